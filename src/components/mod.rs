//! Small components, one per file; each gets values and callbacks, nothing more.

pub mod attainment_chart;
pub mod lever_input;
pub mod lever_panel;
pub mod notice;
pub mod planner;
pub mod provenance_tag;
pub mod province_picker;
pub mod scoreboard;
pub mod target_board;
