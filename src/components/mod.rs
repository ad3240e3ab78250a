//! Small components, one per file; each gets values and callbacks, nothing more.

pub mod about_view;
pub mod analysis;
pub mod attainment_chart;
pub mod base_editor;
pub mod chart_export;
pub mod chart_table;
pub mod compare;
pub mod contributions_chart;
pub mod data_view;
pub mod league;
pub mod lever_input;
pub mod lever_panel;
pub mod new_province;
pub mod notice;
pub mod planner;
pub mod planner_view;
pub mod provenance_tag;
pub mod province_picker;
pub mod saved_view;
pub mod scoreboard;
pub mod select;
pub mod target_board;
pub mod target_editor;
pub mod trajectory_chart;
pub mod typed_number;
pub mod view_nav;
