//! Scenario links: the whole scenario in a URL query, versioned, compact (only what differs from
//! the preset), with readable keys, and decoded without ever failing: whatever cannot be read is
//! reported as a [`LinkIssue`] and the rest is kept.
//!
//! Scheme (version 1), keys in this order:
//!
//! | key | value | example |
//! |---|---|---|
//! | `v` | scheme version | `v=1` |
//! | `p` | province id | `p=ha-tinh` |
//! | `from`, `name`, `name.en` | a user's own province: template id and names | `from=ha-tinh&name=Ngh%E1%BB%87+An` |
//! | `lang` | `vi` or `en` | `lang=en` |
//! | `view` | `planner`, `data`, `saved` or `about` | `view=data` |
//! | `chart` | indicator of the trajectory chart | `chart=budget_revenue` |
//! | `tol.level`, `tol.rate` | at-risk tolerance (fraction; pp) | `tol.level=0.05` |
//! | `base.<field>` | an edited base-year figure | `base.exports=2600` |
//! | `target.<year>.<indicator>` | an edited target: value, `low~high`, `max:` prefix for at-most, or `none` | `target.2024.grdp_growth=8~8.5` |
//! | `<year>.<lever>` | a lever that differs from the preset's default | `2024.growth.services=7.48` |
//! | `ytd` | year-to-date nowcast of the first projection year on (`1`) | `ytd=1` |
//! | `ytd.share`, `ytd.grdp_growth` | period's share of the prior year; its growth, %, or `none` for a published growth cleared | `ytd.share=0.22&ytd.grdp_growth=14.18` |
//! | `ytd.<flow>` | a flow to date and its growth on the same period, `amount~growth`, or `none` for a published flow cleared | `ytd.budget_revenue=4680~11.1` |
//! | `mc` | uncertainty on (`1`) | `mc=1` |
//! | `mc.seed`, `mc.draws`, `mc.shape`, `mc.width` | Monte Carlo seed, draws, `uniform`/`triangular`, range multiplier | `mc.seed=7&mc.width=1.5` |
//! | `mc.range.<lever>` | half-width of one lever's range, in its unit | `mc.range.growth.services=2.5` |
//!
//! ```
//! use planner_core::link::{decode, encode, Link};
//! use planner_core::{Lever, ProvinceId};
//!
//! let mut link = Link { province: Some(ProvinceId::new("bac-giang").unwrap()), ..Link::default() };
//! link.levers.insert((2024, Lever::GrowthIndustryConstruction), 18.0);
//! let query = encode(&link);
//! assert_eq!(query, "v=1&p=bac-giang&2024.growth.industry_construction=18");
//! assert_eq!(decode(&query).link, link);
//! assert!(decode("v=1&p=<script>&2024.jobs=NaN").issues.len() == 2);
//! ```

use crate::assumptions::PROJECTION_YEARS;
use crate::attainment::Tolerance;
use crate::base::BaseField;
use crate::indicator::{Indicator, Measure};
use crate::lever::Lever;
use crate::province::{Names, ProvinceId};
use crate::target::{Direction, Target};
use crate::Map;
use std::fmt;

/// The scheme version written by [`encode`].
pub const LINK_VERSION: u32 = 1;
/// Longest query read; the rest of a longer one is ignored (and reported).
pub const MAX_LINK_BYTES: usize = 16 * 1024;
/// Most key/value pairs read.
pub const MAX_PAIRS: usize = 300;
/// Language ids a link may carry.
pub const LANGUAGES: [&str; 2] = ["vi", "en"];
/// View ids a link may carry.
pub const VIEWS: [&str; 4] = ["planner", "data", "saved", "about"];

/// A user's own province, rebuilt from a template when the link is opened.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnProvince {
    /// Province whose figures it started from.
    pub template: ProvinceId,
    /// Its names.
    pub name: Names,
}

/// Everything a link carries. Empty maps and `None` mean "as in the preset".
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Link {
    /// Province id.
    pub province: Option<ProvinceId>,
    /// Set when the province is a user's own.
    pub own: Option<OwnProvince>,
    /// Display language id (one of [`LANGUAGES`]).
    pub language: Option<String>,
    /// View id (one of [`VIEWS`]).
    pub view: Option<String>,
    /// Indicator of the trajectory chart.
    pub chart: Option<Indicator>,
    /// At-risk tolerance, when not the default.
    pub tolerance: Option<Tolerance>,
    /// Edited base-year figures.
    pub base: Map<BaseField, f64>,
    /// Edited targets (`None`: the preset's target removed).
    pub targets: Map<(u16, Indicator), Option<Target>>,
    /// Levers that differ from the preset's defaults.
    pub levers: Map<(u16, Lever), f64>,
    /// Year-to-date nowcast, when on: the figures that differ from the province's published ones.
    pub ytd: Option<LinkYtd>,
    /// Uncertainty, when on.
    pub uncertainty: Option<LinkUncertainty>,
}

/// Year-to-date figures carried by a link (each `None` or absent: the province's own).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LinkYtd {
    /// φ, the period's share of the prior year.
    pub share: Option<f64>,
    /// Growth of the period, %; `Some(None)` when a published figure was cleared (`none`).
    pub grdp_growth: Option<Option<f64>>,
    /// Flows to date: amount and growth on the same period, %; `None` when a published flow was
    /// cleared (`none`).
    pub flows: Map<Indicator, Option<(f64, f64)>>,
}

/// Monte Carlo settings carried by a link.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkUncertainty {
    /// Seed.
    pub seed: u64,
    /// Draws (1 … 100,000).
    pub draws: u32,
    /// Shape.
    pub shape: crate::montecarlo::Shape,
    /// Multiplier of every lever's default range (0 … 5).
    pub width: f64,
    /// Half-width of a lever's range, where set by the user.
    pub spread: Map<Lever, f64>,
}

impl Default for LinkUncertainty {
    fn default() -> Self {
        let u = crate::montecarlo::Uncertainty::default();
        LinkUncertainty {
            seed: u.seed,
            draws: u.draws,
            shape: u.shape,
            width: u.width,
            spread: Map::new(),
        }
    }
}

/// Something in a link that was not used, and why. Keys and values are cut to 60 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkIssue {
    /// A key this version does not know.
    UnknownKey(String),
    /// A value refused for a known key.
    BadValue {
        /// The key.
        key: String,
        /// The value as given.
        value: String,
        /// Why it was refused.
        reason: String,
    },
    /// The province is neither bundled nor described by the link.
    UnknownProvince(String),
    /// Written by a newer version of the app: read as far as this version understands.
    FutureVersion(String),
    /// The link is longer than this version reads.
    TooLong {
        /// Pairs read.
        read: usize,
    },
}

impl fmt::Display for LinkIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkIssue::UnknownKey(key) => write!(f, "unknown key “{key}” ignored"),
            LinkIssue::BadValue { key, value, reason } => write!(f, "“{key}={value}” ignored: {reason}"),
            LinkIssue::UnknownProvince(id) => write!(f, "unknown province “{id}”: the first bundled province is shown"),
            LinkIssue::FutureVersion(v) => write!(f, "the link comes from a newer version (v={v}); what this version understands was used"),
            LinkIssue::TooLong { read } => write!(f, "the link is too long: only its first {read} entries were read"),
        }
    }
}

/// A decoded link and what could not be used.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Decoded {
    /// What was read.
    pub link: Link,
    /// What was not, and why.
    pub issues: Vec<LinkIssue>,
}

/// Writes a link as a URL query (without the leading `?`).
pub fn encode(link: &Link) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    out.append_pair("v", &LINK_VERSION.to_string());
    if let Some(p) = &link.province {
        out.append_pair("p", p.as_str());
    }
    if let Some(own) = &link.own {
        out.append_pair("from", own.template.as_str());
        out.append_pair("name", &own.name.vi);
        out.append_pair("name.en", &own.name.en);
    }
    for (key, value) in [("lang", &link.language), ("view", &link.view)] {
        if let Some(v) = value {
            out.append_pair(key, v);
        }
    }
    if let Some(chart) = link.chart {
        out.append_pair("chart", chart.id());
    }
    if let Some(t) = link.tolerance {
        out.append_pair("tol.level", &number(t.level_ratio));
        out.append_pair("tol.rate", &number(t.rate_points));
    }
    for (field, value) in &link.base {
        out.append_pair(&format!("base.{field}"), &number(*value));
    }
    for ((year, indicator), target) in &link.targets {
        out.append_pair(
            &format!("target.{year}.{indicator}"),
            &target.map_or_else(|| "none".to_owned(), target_text),
        );
    }
    for ((year, lever), value) in &link.levers {
        out.append_pair(&format!("{year}.{lever}"), &number(*value));
    }
    if let Some(ytd) = &link.ytd {
        out.append_pair("ytd", "1");
        if let Some(v) = ytd.share {
            out.append_pair("ytd.share", &number(v));
        }
        if let Some(v) = ytd.grdp_growth {
            out.append_pair(
                "ytd.grdp_growth",
                &v.map_or_else(|| "none".to_owned(), number),
            );
        }
        for (indicator, flow) in &ytd.flows {
            out.append_pair(
                &format!("ytd.{indicator}"),
                &flow.map_or_else(
                    || "none".to_owned(),
                    |(amount, growth)| format!("{}~{}", number(amount), number(growth)),
                ),
            );
        }
    }
    if let Some(u) = &link.uncertainty {
        out.append_pair("mc", "1");
        out.append_pair("mc.seed", &u.seed.to_string());
        out.append_pair("mc.draws", &u.draws.to_string());
        out.append_pair("mc.shape", u.shape.id());
        out.append_pair("mc.width", &number(u.width));
        for (lever, half) in &u.spread {
            out.append_pair(&format!("mc.range.{lever}"), &number(*half));
        }
    }
    out.finish()
}

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
    match version.as_deref().map(str::parse::<u32>) {
        None => {}
        Some(Ok(v)) if v <= LINK_VERSION => {}
        Some(_) => decoded.issues.push(LinkIssue::FutureVersion(cut_to(
            version.as_deref().unwrap_or_default(),
        ))),
    }
    let mut own_template = None;
    let mut own_names = (None, None);
    for (key, value) in pairs {
        let bad = |reason: String| LinkIssue::BadValue {
            key: cut_to(&key),
            value: cut_to(&value),
            reason,
        };
        let outcome = match key.as_str() {
            "v" => Ok(()),
            "p" => ProvinceId::new(&value)
                .map(|id| decoded.link.province = Some(id))
                .map_err(|e| bad(e.to_string())),
            "from" => ProvinceId::new(&value)
                .map(|id| own_template = Some(id))
                .map_err(|e| bad(e.to_string())),
            "name" | "name.en" => name(&value)
                .map(|n| {
                    if key == "name" {
                        own_names.0 = Some(n)
                    } else {
                        own_names.1 = Some(n)
                    }
                })
                .map_err(bad),
            "lang" => one_of(&value, &LANGUAGES)
                .map(|v| decoded.link.language = Some(v))
                .map_err(bad),
            "view" => one_of(&value, &VIEWS)
                .map(|v| decoded.link.view = Some(v))
                .map_err(bad),
            "chart" => value
                .parse::<Indicator>()
                .map(|i| decoded.link.chart = Some(i))
                .map_err(|e| bad(e.to_string())),
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
                            .get_or_insert_with(LinkUncertainty::default);
                    }
                    Ok(())
                }
                "0" => Ok(()),
                _ => Err(bad("expected 1 or 0".into())),
            },
            "ytd.share" => within(&value, 0.01, 0.99)
                .map(|v| ytd(&mut decoded.link).share = Some(v))
                .map_err(bad),
            "ytd.grdp_growth" => none_or(&value, |v| within(v, -99.0, 999.0))
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
                .map_err(|_| bad("expected a whole number".into())),
            "mc.draws" => within(&value, 1.0, 100_000.0)
                .map(|v| mc(&mut decoded.link).draws = v.round() as u32)
                .map_err(bad),
            "mc.shape" => crate::montecarlo::Shape::from_id(&value)
                .map(|v| mc(&mut decoded.link).shape = v)
                .ok_or_else(|| bad("expected uniform or triangular".into())),
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
    decoded
}

fn ytd(link: &mut Link) -> &mut LinkYtd {
    link.ytd.get_or_insert_with(LinkYtd::default)
}

fn mc(link: &mut Link) -> &mut LinkUncertainty {
    link.uncertainty
        .get_or_insert_with(LinkUncertainty::default)
}

fn flow(value: &str) -> Result<(f64, f64), String> {
    let (amount, growth) = value
        .split_once('~')
        .ok_or_else(|| "expected amount~growth".to_owned())?;
    Ok((within(amount, 0.0, 1e9)?, within(growth, -99.0, 999.0)?))
}

enum Unread {
    Unknown,
    Bad(String),
}

/// `base.*`, `target.*` and `<year>.<lever>` keys.
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
    let lever: Lever = lever.parse().map_err(|_| Unread::Unknown)?;
    let b = lever.bounds();
    let v = within(value, b.min, b.max).map_err(Unread::Bad)?;
    link.levers.insert((year, lever), v);
    Ok(())
}

fn projection_year(text: &str) -> Option<u16> {
    text.parse::<u16>()
        .ok()
        .filter(|y| PROJECTION_YEARS.contains(y))
}

fn parse_target(value: &str, indicator: Indicator) -> Result<Option<Target>, String> {
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
    let target = Target::new(low, high, direction).map_err(|e| e.to_string())?;
    if indicator.measure() == Measure::Level && target.low() <= 0.0 {
        return Err("a target of this indicator must be above zero".into());
    }
    Ok(Some(target))
}

fn target_text(t: Target) -> String {
    let prefix = if t.direction() == Direction::AtMost {
        "max:"
    } else {
        ""
    };
    match t.high() {
        Some(h) => format!("{prefix}{}~{}", number(t.low()), number(h)),
        None => format!("{prefix}{}", number(t.low())),
    }
}

/// `none` (a published figure cleared), or a value.
fn none_or<T>(
    text: &str,
    read: impl FnOnce(&str) -> Result<T, String>,
) -> Result<Option<T>, String> {
    if text == "none" {
        Ok(None)
    } else {
        read(text).map(Some)
    }
}

fn finite(text: &str) -> Result<f64, String> {
    if text.len() > 32 {
        return Err("not a number".into());
    }
    crate::decimal::parse(text.trim())
        .filter(|v| v.is_finite())
        .ok_or_else(|| "not a number".to_owned())
}

fn within(text: &str, min: f64, max: f64) -> Result<f64, String> {
    let v = finite(text)?;
    if v < min || v > max {
        return Err(format!("outside {} … {}", number(min), number(max)));
    }
    Ok(v)
}

fn one_of(value: &str, allowed: &[&str]) -> Result<String, String> {
    allowed
        .iter()
        .find(|a| **a == value)
        .map(|a| (*a).to_owned())
        .ok_or_else(|| format!("expected one of {}", allowed.join(", ")))
}

fn name(value: &str) -> Result<String, String> {
    let trimmed = value.trim();
    if trimmed.is_empty() || trimmed.chars().count() > 80 || trimmed.chars().any(char::is_control) {
        Err("a name has 1–80 printable characters".into())
    } else {
        Ok(trimmed.to_owned())
    }
}

/// Shortest decimal that reads back to the same number.
fn number(v: f64) -> String {
    format!("{v}")
}

fn cut_to(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        text.chars().take(MAX).chain(std::iter::once('…')).collect()
    }
}
