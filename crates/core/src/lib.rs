//! The projection model of the provincial target planner.
//!
//! Pure Rust, no web dependency: the province data and its provenance, the levers, the
//! projection of each plan year from the province's base year, and the attainment of each
//! target.
//!
//! ```
//! use planner_core::{presets, project, board, scoreboard, Stated, Tolerance};
//!
//! let provinces = presets().expect("bundled presets are valid");
//! let ha_tinh = &provinces[0];
//! let projection = project(ha_tinh.base(), ha_tinh.defaults());
//! let rows = board(ha_tinh, &projection, &Stated::new(), 2024, Tolerance::default());
//! let score = scoreboard(2024, &rows);
//! // Ha Tinh's 2024 targets with a published value: ten the model projects, and the share of
//! // trained workers, which the user states (nothing is reported for it, so it is not judged).
//! assert_eq!((score.total, score.no_value), (11, 1));
//! assert!(score.met <= score.total);
//! ```
#![deny(missing_docs)]

mod assumptions;
mod attainment;
pub mod backtest;
mod base;
pub mod decimal;
mod error;
pub mod export;
pub mod goal;
pub mod goal_path;
mod indicator;
pub mod kept;
mod layer;
pub mod league;
mod lever;
pub mod link;
pub mod map;
pub mod montecarlo;
pub mod nowcast;
pub mod outcomes;
pub mod plans;
pub mod presets;
mod projection;
mod provenance;
mod province;
pub mod saved;
mod scenario;
mod target;
mod vietnam;

pub use assumptions::{Assumptions, LeverValues, PlanYears};
pub use attainment::{
    assess, board, entered_value, latest_reported, scoreboard, Assessment, Attainment, Scoreboard,
    Stated, Status, Tolerance,
};
pub use base::{BaseField, BaseYear};
pub use error::Error;
pub use indicator::{Indicator, Measure, Unit};
pub use layer::{Layer, TargetSet};
pub use lever::{Bounds, Lever, Sector};
pub use map::Map;
pub use presets::{presets, PRESET_FILES};
pub use projection::{project, Projection, YearProjection};
pub use provenance::{Provenance, Source, Sourced, Text};
pub use province::{Names, Province, ProvinceId, YearTargets, ELIDED};
pub use scenario::{original, Scenario};
pub use target::{Direction, Target};
pub use vietnam::{slug, PROVINCES};
