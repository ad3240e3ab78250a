//! The projection of the current scenario and of the baseline, and the attainment boards,
//! recomputed only when the scenario changes.

use crate::state::Shared;
use planner_core::nowcast::project_with;
use planner_core::{board, project, scoreboard, Attainment, Projection, Scenario, Scoreboard};
use std::rc::Rc;
use yew::prelude::*;

/// Everything derived from the scenario.
#[derive(Debug, PartialEq)]
pub struct Outlook {
    /// The current scenario (with the nowcast, when on).
    pub projection: Projection,
    /// The preset's default levers on the same province data.
    pub baseline: Projection,
    /// Attainment board of each plan year, in order, targets first.
    pub boards: Vec<(u16, Rc<[Attainment]>)>,
    /// "N of M targets met" of each board, in the same order: counted once for the headline,
    /// the announcer and the folded boards.
    pub scoreboards: Vec<Scoreboard>,
}

impl Outlook {
    /// The outlook of a scenario.
    pub fn of(s: &Scenario) -> Self {
        let province = &s.province;
        let projection = project_with(province.base(), &s.assumptions, s.nowcast.as_deref());
        let baseline = project(province.base(), province.defaults());
        let boards = province
            .plan()
            .iter()
            .map(|year| {
                (
                    year,
                    Rc::from(board(province, &projection, &s.stated, year, s.tolerance)),
                )
            })
            .collect::<Vec<_>>();
        let scoreboards = boards
            .iter()
            .map(|(year, rows)| scoreboard(*year, rows))
            .collect();
        Outlook {
            projection,
            baseline,
            boards,
            scoreboards,
        }
    }

    /// The board of a plan year (empty for another year).
    pub fn board(&self, year: u16) -> Rc<[Attainment]> {
        self.boards
            .iter()
            .find(|(y, _)| *y == year)
            .map_or_else(|| Rc::from([]), |(_, b)| b.clone())
    }
}

/// Memoised outlook.
///
/// ```ignore
/// let outlook = use_outlook(Shared::from_rc(state.scenario()));
/// html! { <p>{ outlook.boards.len() }</p> }
/// ```
#[hook]
pub fn use_outlook(scenario: Shared<Scenario>) -> Rc<Outlook> {
    use_memo(scenario, |s| Outlook::of(s))
}
