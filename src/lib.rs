//! The provincial target planner in the browser: a Yew app over the pure `planner-core` model.
//!
//! Layers: [`state`] holds the one reducer of inputs around the core's scenario; [`components`]
//! render it; [`i18n`] and [`format`] give words and numbers in Vietnamese or English, and
//! [`entry`] reads the numbers users type.

pub mod app;
pub mod components;
pub mod entry;
pub mod export;
pub mod format;
pub mod hooks;
pub mod i18n;
pub mod paste;
pub mod services;
pub mod state;
pub mod svg_markup;

pub use app::App;
