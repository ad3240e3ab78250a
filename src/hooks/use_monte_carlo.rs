//! The Monte Carlo run of the current scenario, started shortly after the inputs stop changing
//! (so dragging stays smooth) and timed in the page.

use crate::state::Shared;
use gloo::timers::callback::Timeout;
use planner_core::montecarlo::{Outcome, Simulation};
use planner_core::Scenario;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// A finished run.
#[derive(Debug, PartialEq)]
pub struct Run {
    /// Probabilities and bands.
    pub outcome: Outcome,
    /// Time spent drawing in the page, ms (the slices added up).
    pub millis: f64,
    /// The longest slice, ms: the longest the run kept the page from answering input.
    pub longest_slice: f64,
}

/// How long the inputs must rest before a run starts, ms.
const SETTLE_MS: u32 = 120;

/// Draws per slice: about 5 ms of work, after which the page handles any input before the next
/// slice, so even 100,000 draws never hold it up.
const SLICE: usize = 1_500;

/// The latest run of the scenario, or `None` while uncertainty is off.
#[hook]
pub fn use_monte_carlo(scenario: Shared<Scenario>) -> Option<Rc<Run>> {
    let run = use_state(|| None::<Rc<Run>>);
    let pending = use_mut_ref(|| None::<Timeout>);
    // Which inputs are current: a run started for older inputs stops at its next slice.
    let generation = use_mut_ref(|| 0u32);
    {
        let run = run.clone();
        use_effect_with(scenario, move |scenario| {
            let id = {
                let mut current = generation.borrow_mut();
                *current = current.wrapping_add(1);
                *current
            };
            let Some(u) = scenario.uncertainty.clone() else {
                pending.borrow_mut().take();
                // Setting state re-renders: only when there is a run to clear.
                if run.is_some() {
                    run.set(None);
                }
                return;
            };
            let s = scenario.clone();
            let timeout = Timeout::new(SETTLE_MS, move || {
                let simulation = Simulation::new(
                    &s.province,
                    &s.assumptions,
                    s.tolerance,
                    &u,
                    s.nowcast.as_deref(),
                );
                take_slices(simulation, (0.0, 0.0), id, generation, run);
            });
            *pending.borrow_mut() = Some(timeout);
        });
    }
    (*run).clone()
}

/// Takes one slice of draws, then yields to the page and goes on, until the run is complete or
/// its inputs are no longer current. `spent` is the time spent drawing so far and the longest
/// slice, ms.
fn take_slices(
    mut simulation: Simulation,
    spent: (f64, f64),
    id: u32,
    generation: Rc<RefCell<u32>>,
    run: UseStateHandle<Option<Rc<Run>>>,
) {
    if *generation.borrow() != id {
        return;
    }
    let now = || {
        web_sys::window()
            .and_then(|w| w.performance())
            .map_or(0.0, |p| p.now())
    };
    let start = now();
    // The last slice also reads the probabilities and percentiles off the draws.
    let next = if simulation.advance(SLICE) {
        Ok(simulation.outcome())
    } else {
        Err(simulation)
    };
    let slice = now() - start;
    let spent = (spent.0 + slice, spent.1.max(slice));
    match next {
        Ok(outcome) => run.set(Some(Rc::new(Run {
            outcome,
            millis: spent.0,
            longest_slice: spent.1,
        }))),
        Err(simulation) => {
            Timeout::new(0, move || {
                take_slices(simulation, spent, id, generation, run)
            })
            .forget();
        }
    }
}
