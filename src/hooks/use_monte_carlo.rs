//! The Monte Carlo run of the current scenario, started shortly after the inputs stop changing
//! (so dragging stays smooth) and timed in the page.

use crate::state::Shared;
use gloo::timers::callback::Timeout;
use planner_core::montecarlo::{simulate, Outcome, Uncertainty};
use planner_core::nowcast::YearToDate;
use planner_core::{Assumptions, Province, Tolerance};
use std::rc::Rc;
use yew::prelude::*;

/// A finished run.
#[derive(Debug, PartialEq)]
pub struct Run {
    /// Probabilities and bands.
    pub outcome: Outcome,
    /// Time the run took in the page, ms.
    pub millis: f64,
}

/// How long the inputs must rest before a run starts, ms.
const SETTLE_MS: u32 = 120;

/// The latest run, or `None` while uncertainty is off.
#[hook]
pub fn use_monte_carlo(
    province: Shared<Province>,
    assumptions: Assumptions,
    tolerance: Tolerance,
    uncertainty: Option<Rc<Uncertainty>>,
    nowcast: Option<Rc<YearToDate>>,
) -> Option<Rc<Run>> {
    let run = use_state(|| None::<Rc<Run>>);
    let pending = use_mut_ref(|| None::<Timeout>);
    {
        let run = run.clone();
        use_effect_with(
            (province, assumptions, tolerance, uncertainty, nowcast),
            move |(province, assumptions, tolerance, u, nowcast)| {
                let Some(u) = u.clone() else {
                    pending.borrow_mut().take();
                    // Setting state re-renders: only when there is a run to clear.
                    if run.is_some() {
                        run.set(None);
                    }
                    return;
                };
                let (province, assumptions, tolerance, nowcast) =
                    (province.clone(), *assumptions, *tolerance, nowcast.clone());
                let timeout = Timeout::new(SETTLE_MS, move || {
                    let now = || {
                        web_sys::window()
                            .and_then(|w| w.performance())
                            .map_or(0.0, |p| p.now())
                    };
                    let start = now();
                    let outcome =
                        simulate(&province, &assumptions, tolerance, &u, nowcast.as_deref());
                    run.set(Some(Rc::new(Run {
                        outcome,
                        millis: now() - start,
                    })));
                });
                *pending.borrow_mut() = Some(timeout);
            },
        );
    }
    (*run).clone()
}
