//! Year-to-date figures in a link: only what differs from the province's published ones.

use crate::indicator::Indicator;
use crate::link::LinkYtd;
use crate::nowcast::{FlowToDate, YearToDate};
use crate::provenance::{Provenance, Sourced, Text};
use crate::province::Province;
use crate::Map;

/// The province's published figures with the link's changes (marked as edited). A province
/// without published figures starts from an assumed φ of 0.25.
pub(super) fn from_link(province: &Province, link: &LinkYtd) -> YearToDate {
    let mut ytd = province
        .ytd(province.nowcast_year())
        .cloned()
        .unwrap_or_else(|| YearToDate {
            period: String::new(),
            share: Sourced {
                value: 0.25,
                provenance: Provenance::Assumed {
                    reason: Text::new("một quý trong năm", "one quarter of the year"),
                },
            },
            grdp_growth: None,
            flows: Map::new(),
        });
    if let Some(v) = link.share {
        ytd.share = Sourced::edited(v);
    }
    if let Some(v) = link.grdp_growth {
        ytd.grdp_growth = v.map(Sourced::edited);
    }
    for (&indicator, &flow) in &link.flows {
        match flow {
            Some((amount, growth)) => {
                ytd.flows.insert(
                    indicator,
                    FlowToDate {
                        amount: Sourced::edited(amount),
                        growth: Sourced::edited(growth),
                    },
                );
            }
            None => {
                ytd.flows.remove(&indicator);
            }
        }
    }
    ytd
}

/// The link form of year-to-date figures: what differs from those a bare `ytd=1` gives (the
/// published ones, or the assumed φ where none are published).
pub(super) fn to_link(province: &Province, ytd: &YearToDate) -> LinkYtd {
    let unchanged = from_link(province, &LinkYtd::default());
    let published = Some(&unchanged);
    let mut link = LinkYtd::default();
    if unchanged.share.value != ytd.share.value {
        link.share = Some(ytd.share.value);
    }
    let published_growth = published.and_then(|p| p.grdp_growth.as_ref().map(|g| g.value));
    let growth = ytd.grdp_growth.as_ref().map(|g| g.value);
    if growth != published_growth {
        link.grdp_growth = Some(growth);
    }
    let flow =
        |y: &YearToDate, i: &Indicator| y.flows.get(i).map(|f| (f.amount.value, f.growth.value));
    for indicator in ytd
        .flows
        .keys()
        .chain(published.iter().flat_map(|p| p.flows.keys()))
    {
        let now = flow(ytd, indicator);
        if now != published.and_then(|p| flow(p, indicator)) {
            link.flows.insert(*indicator, now);
        }
    }
    link
}
