//! The projection of the current scenario and of the baseline, and the attainment boards,
//! recomputed only when the province, the levers, the tolerance or the nowcast change.

use crate::state::Shared;
use planner_core::nowcast::{project_nowcast, YearToDate};
use planner_core::{
    board, project, Assumptions, Attainment, Projection, Province, Tolerance, NOWCAST_YEAR,
    PROJECTION_YEARS,
};
use std::rc::Rc;
use yew::prelude::*;

/// Everything derived from the inputs.
#[derive(Debug, PartialEq)]
pub struct Outlook {
    /// The current scenario (with the nowcast, when on).
    pub projection: Projection,
    /// The preset's default levers on the same province data.
    pub baseline: Projection,
    /// Attainment board of each projection year, targets first.
    pub boards: [Rc<[Attainment]>; PROJECTION_YEARS.len()],
}

/// Memoised outlook.
///
/// ```ignore
/// let outlook = use_outlook(state.province().clone(), state.assumptions, state.tolerance, None);
/// html! { <p>{ outlook.boards[0].len() }</p> }
/// ```
#[hook]
pub fn use_outlook(
    province: Shared<Province>,
    assumptions: Assumptions,
    tolerance: Tolerance,
    nowcast: Option<Rc<YearToDate>>,
) -> Rc<Outlook> {
    use_memo(
        (province, assumptions, tolerance, nowcast),
        |(province, assumptions, tolerance, nowcast)| {
            let projection = match nowcast {
                Some(ytd) => project_nowcast(province.base(), assumptions, NOWCAST_YEAR, ytd),
                None => project(province.base(), assumptions),
            };
            let baseline = project(province.base(), province.defaults());
            let boards = PROJECTION_YEARS
                .map(|year| Rc::from(board(province, &projection, year, *tolerance)));
            Outlook {
                projection,
                baseline,
                boards,
            }
        },
    )
}
