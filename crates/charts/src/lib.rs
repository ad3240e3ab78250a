//! Charts of the planner as SVG strings: pure functions of their inputs, no browser needed.
//!
//! Geometry is drawn with plotters' SVG backend; text is written as SVG `<text>` from the same
//! coordinates, escaped, because plotters measures every label through the DOM on wasm (a forced
//! layout per label) and the charts are redrawn while a slider is dragged.

mod attainment;
mod contributions;
mod errors;
mod frame;
mod grid;
mod layout;
pub mod samples;
mod scale;
mod snapshot;
mod svg;
mod trajectory;

pub use attainment::{attainment_svg, share_met_svg, AttainmentBar, ShareBar};
pub use contributions::{contributions_svg, ContributionText, ContributionYear};
pub use errors::{errors_svg, ErrorRow, ErrorText};
pub use frame::{framed, Frame};
pub use layout::Layout;
pub use trajectory::{trajectory_svg, TrajectoryPoint, TrajectoryText};
