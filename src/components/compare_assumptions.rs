//! What the compared scenarios assume differently: every lever of every year on which they do
//! not all agree, each value marked where it departs from the first column (the baseline).

use super::lever_panel::GROUPS;
use crate::format;
use crate::i18n::{self, Language};
use planner_core::{Assumptions, Lever};
use yew::prelude::*;

/// The levers and years on which the columns differ, in the lever panel's order.
pub fn differing(columns: &[&Assumptions]) -> Vec<(u16, Lever)> {
    let Some(first) = columns.first() else {
        return Vec::new();
    };
    let value =
        |a: &Assumptions, year: u16, lever: Lever| a.year(year).map(|v| lever.round(v.get(lever)));
    let mut rows = Vec::new();
    for year in first.plan().iter() {
        for &lever in GROUPS.iter().flat_map(|(_, _, levers)| levers.iter()) {
            let here = value(first, year, lever);
            if columns.iter().any(|a| value(a, year, lever) != here) {
                rows.push((year, lever));
            }
        }
    }
    rows
}

/// A table body of the differing assumptions; `names` labels each column for narrow screens.
pub fn assumptions_body(columns: &[&Assumptions], names: &[String], l: Language) -> Html {
    let rows = differing(columns);
    html! {
        <tbody class="compare-assumptions" data-compare-assumptions={rows.len().to_string()}>
            <tr class="compare-heading">
                <th scope="row" colspan={(columns.len() + 1).to_string()}>
                    { l.pick("Giả định khác nhau", "Assumptions that differ") }
                    if rows.is_empty() {
                        { l.pick(": không có", ": none") }
                    }
                </th>
            </tr>
            for (year, lever) in rows {
                <tr data-lever={lever.id()} data-year={year.to_string()}>
                    <th scope="row">
                        { format!("{} {year}", i18n::lever(lever, l)) }
                        <span class="unit">{ format!(" ({})", i18n::unit(lever.unit(), l)) }</span>
                    </th>
                    for (i, a) in columns.iter().enumerate() {
                        { cell(a, columns[0], year, lever, names.get(i), l) }
                    }
                </tr>
            }
        </tbody>
    }
}

/// One column's value of a lever in a year, marked (and said) where it departs from the first
/// column's.
fn cell(
    a: &Assumptions,
    first: &Assumptions,
    year: u16,
    lever: Lever,
    name: Option<&String>,
    l: Language,
) -> Html {
    let value = a.year(year).map(|v| lever.round(v.get(lever)));
    let differs = value != first.year(year).map(|v| lever.round(v.get(lever)));
    html! {
        <td class={classes!("num", differs.then_some("differs"))} data-label={name.cloned()}
            data-differs={differs.then_some("true")}>
            { value.map(|v| format::number_trimmed(v, lever.decimals() as usize, l)).unwrap_or_default() }
            if differs {
                <span class="visually-hidden">{ l.pick(" (khác mặc định)", " (differs from the baseline)") }</span>
            }
        </td>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use planner_core::presets::presets;

    #[test]
    fn only_the_levers_that_differ_are_listed() {
        let province = presets()
            .expect("presets")
            .into_iter()
            .next()
            .expect("a preset");
        let base = province.defaults().clone();
        assert!(differing(&[&base, &base]).is_empty());
        let mut changed = base.clone();
        let year = base.plan().first();
        let value = base
            .year(year)
            .map(|v| v.get(Lever::GrowthServices))
            .unwrap_or(0.0);
        changed
            .set(year, Lever::GrowthServices, value + 1.0)
            .expect("within bounds");
        assert_eq!(
            differing(&[&base, &changed]),
            vec![(year, Lever::GrowthServices)]
        );
        assert_eq!(
            differing(&[&changed, &base, &base]),
            vec![(year, Lever::GrowthServices)]
        );
    }
}
