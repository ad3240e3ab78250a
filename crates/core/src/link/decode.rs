//! Reading a link: never fails; what cannot be read becomes a [`LinkIssue`] with its [`Reason`].

use super::{cut_to, Decoded, Link, LinkIssue, LinkYtd, OwnProvince, Reason};
use super::{LANGUAGES, LINK_VERSION, MAX_LINK_BYTES, MAX_PAIRS, VIEWS};
use crate::attainment::Tolerance;
use crate::base::BaseField;
use crate::indicator::{Indicator, Measure};
use crate::layer::Layer;
use crate::lever::Lever;
use crate::montecarlo::{Shape, Uncertainty};
use crate::nowcast::{AMOUNT_RANGE, GROWTH_RANGE, SHARE_RANGE};
use crate::province::{Names, ProvinceId};
use crate::target::{Direction, Target};

const LAYERS: &[&str] = &["council", "government", "term", "committee"];

/// Reads a URL query (with or without the leading `?`). Never fails: see [`Decoded::issues`].
pub fn decode(query: &str) -> Decoded {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut decoded = Decoded::default();
    let mut cut = query.len().min(MAX_LINK_BYTES);
    while !query.is_char_boundary(cut) {
        cut -= 1;
    }
    let readable = &query[..cut];
    let mut pairs: Vec<(String, String)> = form_urlencoded::parse(readable.as_bytes())
        .take(MAX_PAIRS + 1)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if pairs.len() > MAX_PAIRS || cut < query.len() {
        pairs.truncate(MAX_PAIRS);
        decoded
            .issues
            .push(LinkIssue::TooLong { read: pairs.len() });
    }
    let version = pairs
        .iter()
        .rev()
        .find(|(k, _)| k == "v")
        .map(|(_, v)| v.clone());
    let mut from_v1 = false;
    match version.as_deref().map(str::parse::<u32>) {
        None => {}
        Some(Ok(v)) if v <= LINK_VERSION => from_v1 = v <= 1,
        Some(_) => decoded.issues.push(LinkIssue::FutureVersion(cut_to(
            version.as_deref().unwrap_or_default(),
        ))),
    }
    let mut own_template = None;
    let mut own_names = (None, None);
    for (key, value) in pairs {
        let bad = |reason: Reason| LinkIssue::BadValue {
            key: cut_to(&key),
            value: cut_to(&value),
            reason,
        };
        let outcome = match key.as_str() {
            "v" => Ok(()),
            "p" => ProvinceId::new(&value)
                .map(|id| decoded.link.province = Some(id))
                .map_err(|_| bad(Reason::BadId)),
            "from" => ProvinceId::new(&value)
                .map(|id| own_template = Some(id))
                .map_err(|_| bad(Reason::BadId)),
            "period" => value
                .parse()
                .map(|p| decoded.link.period = Some(p))
                .map_err(|()| bad(Reason::NotAPeriod)),
            "name" | "name.en" => name(&value)
                .map(|n| {
                    if key == "name" {
                        own_names.0 = Some(n)
                    } else {
                        own_names.1 = Some(n)
                    }
                })
                .map_err(bad),
            "layer" => value
                .parse::<Layer>()
                .map(|l| decoded.link.layer = Some(l))
                .map_err(|_| bad(Reason::NotOneOf(LAYERS))),
            "lang" => one_of(&value, &LANGUAGES)
                .map(|v| decoded.link.language = Some(v))
                .map_err(bad),
            "view" => one_of(&value, &VIEWS)
                .map(|v| decoded.link.view = Some(v))
                .map_err(bad),
            "year" => value
                .parse::<u16>()
                .map(|y| decoded.link.year = Some(y))
                .map_err(|_| bad(Reason::NotAWholeNumber)),
            "chart" => value
                .parse::<Indicator>()
                .map(|i| decoded.link.chart = Some(i))
                .map_err(|_| bad(Reason::UnknownIndicator)),
            "tol.level" | "tol.rate" => {
                let limit = if key == "tol.level" { 0.5 } else { 10.0 };
                within(&value, 0.0, limit)
                    .map(|v| {
                        let t = decoded
                            .link
                            .tolerance
                            .get_or_insert_with(Tolerance::default);
                        if key == "tol.level" {
                            t.level_ratio = v
                        } else {
                            t.rate_points = v
                        }
                    })
                    .map_err(bad)
            }
            "ytd" | "mc" => match value.as_str() {
                "1" => {
                    if key == "ytd" {
                        decoded.link.ytd.get_or_insert_with(LinkYtd::default);
                    } else {
                        decoded
                            .link
                            .uncertainty
                            .get_or_insert_with(Uncertainty::default);
                    }
                    Ok(())
                }
                "0" => Ok(()),
                _ => Err(bad(Reason::NotOneOf(&["1", "0"]))),
            },
            "ytd.share" => within(&value, SHARE_RANGE.0, SHARE_RANGE.1)
                .map(|v| ytd(&mut decoded.link).share = Some(v))
                .map_err(bad),
            "ytd.grdp_growth" => none_or(&value, |v| within(v, GROWTH_RANGE.0, GROWTH_RANGE.1))
                .map(|v| ytd(&mut decoded.link).grdp_growth = Some(v))
                .map_err(bad),
            "ytd.budget_revenue" | "ytd.exports" => none_or(&value, flow)
                .map(|f| {
                    let indicator = if key == "ytd.exports" {
                        Indicator::Exports
                    } else {
                        Indicator::BudgetRevenue
                    };
                    ytd(&mut decoded.link).flows.insert(indicator, f);
                })
                .map_err(bad),
            "mc.seed" => value
                .parse::<u64>()
                .map(|v| mc(&mut decoded.link).seed = v)
                .map_err(|_| bad(Reason::NotAWholeNumber)),
            "mc.draws" => within(&value, 1.0, 100_000.0)
                .map(|v| mc(&mut decoded.link).draws = v.round() as u32)
                .map_err(bad),
            "mc.shape" => Shape::from_id(&value)
                .map(|v| mc(&mut decoded.link).shape = v)
                .ok_or_else(|| bad(Reason::NotOneOf(&["uniform", "triangular"]))),
            "mc.width" => within(&value, 0.0, 5.0)
                .map(|v| mc(&mut decoded.link).width = v)
                .map_err(bad),
            _ if key.starts_with("mc.range.") => match key["mc.range.".len()..].parse::<Lever>() {
                Ok(lever) => {
                    let b = lever.bounds();
                    within(&value, 0.0, b.max - b.min)
                        .map(|v| {
                            mc(&mut decoded.link).spread.insert(lever, v);
                        })
                        .map_err(bad)
                }
                Err(_) => Err(LinkIssue::UnknownKey(cut_to(&key))),
            },
            _ => keyed(&key, &value, &mut decoded.link).map_err(|reason| match reason {
                Unread::Unknown => LinkIssue::UnknownKey(cut_to(&key)),
                Unread::Bad(reason) => bad(reason),
            }),
        };
        if let Err(issue) = outcome {
            decoded.issues.push(issue);
        }
    }
    if let Some(template) = own_template {
        let vi = own_names.0.or_else(|| own_names.1.clone());
        let vi = vi.unwrap_or_else(|| {
            decoded
                .link
                .province
                .as_ref()
                .map_or_else(String::new, |p| p.to_string())
        });
        let en = own_names.1.unwrap_or_else(|| vi.clone());
        decoded.link.own = Some(OwnProvince {
            template,
            name: Names { vi, en },
        });
    }
    if from_v1 {
        super::migrate::from_v1(&mut decoded.link);
    }
    decoded
}

fn ytd(link: &mut Link) -> &mut LinkYtd {
    link.ytd.get_or_insert_with(LinkYtd::default)
}

fn mc(link: &mut Link) -> &mut Uncertainty {
    link.uncertainty.get_or_insert_with(Uncertainty::default)
}

fn flow(value: &str) -> Result<(f64, f64), Reason> {
    let (amount, growth) = value.split_once('~').ok_or(Reason::NotAFlow)?;
    Ok((
        within(amount, AMOUNT_RANGE.0, AMOUNT_RANGE.1)?,
        within(growth, GROWTH_RANGE.0, GROWTH_RANGE.1)?,
    ))
}

enum Unread {
    Unknown,
    Bad(Reason),
}

/// `base.*`, `target.*`, `<year>.<lever>` and `<year>.<entered indicator>` keys.
fn keyed(key: &str, value: &str, link: &mut Link) -> Result<(), Unread> {
    if let Some(field) = key.strip_prefix("base.") {
        let field: BaseField = field.parse().map_err(|_| Unread::Unknown)?;
        let (min, max) = field.range();
        let v = within(value, min, max).map_err(Unread::Bad)?;
        link.base.insert(field, v);
        return Ok(());
    }
    if let Some(rest) = key.strip_prefix("target.") {
        let (year, indicator) = rest.split_once('.').ok_or(Unread::Unknown)?;
        let year = projection_year(year).ok_or(Unread::Unknown)?;
        let indicator: Indicator = indicator.parse().map_err(|_| Unread::Unknown)?;
        let target = parse_target(value, indicator).map_err(Unread::Bad)?;
        link.targets.insert((year, indicator), target);
        return Ok(());
    }
    let (year, lever) = key.split_once('.').ok_or(Unread::Unknown)?;
    let year = projection_year(year).ok_or(Unread::Unknown)?;
    if let Ok(indicator) = lever.parse::<Indicator>() {
        if indicator.entered() {
            let (min, max) = indicator.entry_range();
            let v = within(value, min, max).map_err(Unread::Bad)?;
            link.stated.insert((year, indicator), v);
            return Ok(());
        }
    }
    let lever: Lever = lever.parse().map_err(|_| Unread::Unknown)?;
    let b = lever.bounds();
    let v = within(value, b.min, b.max).map_err(Unread::Bad)?;
    link.levers.insert((year, lever), v);
    Ok(())
}

/// A year as a link may name one; whether the province plans it is checked when the scenario is
/// rebuilt, where the plan is known.
fn projection_year(text: &str) -> Option<u16> {
    text.parse::<u16>()
        .ok()
        .filter(|y| (1990..=2100).contains(y))
}

fn parse_target(value: &str, indicator: Indicator) -> Result<Option<Target>, Reason> {
    if value == "none" {
        return Ok(None);
    }
    let (direction, bounds) = match value.strip_prefix("max:") {
        Some(rest) => (Direction::AtMost, rest),
        None => (Direction::AtLeast, value),
    };
    let (low, high) = match bounds.split_once('~') {
        Some((low, high)) => (finite(low)?, Some(finite(high)?)),
        None => (finite(bounds)?, None),
    };
    let target = Target::new(low, high, direction).map_err(|e| match e {
        crate::Error::InvalidRange { .. } => Reason::ReversedRange,
        other => Reason::Refused(other),
    })?;
    if indicator.measure() == Measure::Level && target.low() <= 0.0 {
        return Err(Reason::NotPositive);
    }
    Ok(Some(target))
}

/// `none` (a published figure cleared), or a value.
fn none_or<T>(
    text: &str,
    read: impl FnOnce(&str) -> Result<T, Reason>,
) -> Result<Option<T>, Reason> {
    if text == "none" {
        Ok(None)
    } else {
        read(text).map(Some)
    }
}

fn finite(text: &str) -> Result<f64, Reason> {
    if text.len() > 32 {
        return Err(Reason::NotANumber);
    }
    crate::decimal::parse(text.trim())
        .filter(|v| v.is_finite())
        .ok_or(Reason::NotANumber)
}

fn within(text: &str, min: f64, max: f64) -> Result<f64, Reason> {
    let v = finite(text)?;
    if v < min || v > max {
        return Err(Reason::OutOfRange { min, max });
    }
    Ok(v)
}

fn one_of(value: &str, allowed: &'static [&'static str]) -> Result<String, Reason> {
    allowed
        .iter()
        .find(|a| **a == value)
        .map(|a| (*a).to_owned())
        .ok_or(Reason::NotOneOf(allowed))
}

fn name(value: &str) -> Result<String, Reason> {
    let trimmed = value.trim();
    if trimmed.is_empty() || trimmed.chars().count() > 80 || trimmed.chars().any(char::is_control) {
        Err(Reason::BadName)
    } else {
        Ok(trimmed.to_owned())
    }
}
