//! The projection of the current scenario and of the baseline, and the attainment boards,
//! recomputed only when the province, the levers or the tolerance change.

use crate::state::Shared;
use planner_core::{
    board, project, Assumptions, Attainment, Projection, Province, Tolerance, PROJECTION_YEARS,
};
use std::rc::Rc;
use yew::prelude::*;

/// Everything derived from the inputs.
#[derive(Debug, PartialEq)]
pub struct Outlook {
    /// The current scenario.
    pub projection: Projection,
    /// The preset's default levers on the same province data.
    pub baseline: Projection,
    /// Attainment board of each projection year, targets first.
    pub boards: [Rc<[Attainment]>; PROJECTION_YEARS.len()],
}

/// Memoised outlook.
///
/// ```ignore
/// let outlook = use_outlook(state.province().clone(), state.assumptions, state.tolerance);
/// html! { <p>{ outlook.boards[0].len() }</p> }
/// ```
#[hook]
pub fn use_outlook(
    province: Shared<Province>,
    assumptions: Assumptions,
    tolerance: Tolerance,
) -> Rc<Outlook> {
    use_memo(
        (province, assumptions, tolerance),
        |(province, assumptions, tolerance)| {
            let projection = project(province.base(), assumptions);
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
