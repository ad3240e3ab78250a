//! Scenario links: the whole scenario in a URL query, versioned, compact (only what differs from
//! the preset), with readable keys, and decoded without ever failing: whatever cannot be read is
//! reported as a [`LinkIssue`] and the rest is kept.
//!
//! Scheme (version 2; a version-1 link is read with the preset defaults of its day, see
//! `migrate.rs`), keys in this order:
//!
//! | key | value | example |
//! |---|---|---|
//! | `v` | scheme version | `v=2` |
//! | `p` | province id | `p=ha-tinh` |
//! | `from`, `name`, `name.en` | a user's own province: template id and names | `from=ha-tinh&name=Ngh%E1%BB%87+An` |
//! | `period` | the plan's years, for any plan of the province (or of the template) after its first | `period=2026-2030` |
//! | `layer` | target layer judged against, when not the province's default: `council`, `government`, `term` or `committee` | `layer=term` |
//! | `lang` | `vi` or `en` | `lang=en` |
//! | `view` | `planner`, `data`, `saved` or `about` | `view=data` |
//! | `chart` | indicator of the trajectory chart | `chart=budget_revenue` |
//! | `year` | a long plan's year shown in the headline and open board, when not the first shown | `year=2028` |
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
//! assert_eq!(query, "v=2&p=bac-giang&2024.growth.industry_construction=18");
//! assert_eq!(decode(&query).link, link);
//! assert!(decode("v=2&p=<script>&2024.jobs=NaN").issues.len() == 2);
//! ```

use crate::attainment::Tolerance;
use crate::base::BaseField;
use crate::indicator::Indicator;
use crate::layer::Layer;
use crate::lever::Lever;
use crate::province::{Names, ProvinceId};
use crate::target::{Direction, Target};
use crate::Map;

mod decode;
mod issue;
mod migrate;

pub use decode::decode;
pub use issue::{LinkIssue, Reason};

/// The scheme version written by [`encode`].
pub const LINK_VERSION: u32 = 2;
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
    /// The plan's period, when not the province's (or the template's) first plan.
    pub period: Option<crate::plans::Period>,
    /// The target layer, when not the province's default.
    pub layer: Option<Layer>,
    /// Display language id (one of [`LANGUAGES`]).
    pub language: Option<String>,
    /// View id (one of [`VIEWS`]).
    pub view: Option<String>,
    /// Indicator of the trajectory chart.
    pub chart: Option<Indicator>,
    /// The plan year of the headline and the open board, when the user chose another than the
    /// one shown first (a long plan's).
    pub year: Option<u16>,
    /// At-risk tolerance, when not the default.
    pub tolerance: Option<Tolerance>,
    /// Edited base-year figures.
    pub base: Map<BaseField, f64>,
    /// Edited targets (`None`: the preset's target removed).
    pub targets: Map<(u16, Indicator), Option<Target>>,
    /// Levers that differ from the preset's defaults.
    pub levers: Map<(u16, Lever), f64>,
    /// Values stated for entered indicators (`<year>.<indicator>`, like a lever).
    pub stated: Map<(u16, Indicator), f64>,
    /// Year-to-date nowcast, when on: the figures that differ from the province's published ones.
    pub ytd: Option<LinkYtd>,
    /// Uncertainty, when on.
    pub uncertainty: Option<crate::montecarlo::Uncertainty>,
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
    if let Some(period) = link.period {
        out.append_pair("period", &period.to_string());
    }
    if let Some(layer) = link.layer {
        out.append_pair("layer", layer.id());
    }
    for (key, value) in [("lang", &link.language), ("view", &link.view)] {
        if let Some(v) = value {
            out.append_pair(key, v);
        }
    }
    if let Some(chart) = link.chart {
        out.append_pair("chart", chart.id());
    }
    if let Some(year) = link.year {
        out.append_pair("year", &year.to_string());
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
    for ((year, indicator), value) in &link.stated {
        out.append_pair(&format!("{year}.{indicator}"), &number(*value));
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

pub(crate) fn target_text(t: Target) -> String {
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

/// Shortest decimal that reads back to the same number.
pub(crate) fn number(v: f64) -> String {
    format!("{v}")
}

pub(crate) fn cut_to(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        text.chars().take(MAX).chain(std::iter::once('…')).collect()
    }
}
