//! Custom hooks.

mod use_chart_layout;
mod use_in_view;
mod use_media_query;
mod use_monte_carlo;
mod use_outlook;

pub use use_chart_layout::use_chart_layout;
pub use use_in_view::{use_drawing, use_in_view};
pub use use_media_query::{request_print, use_media_query, use_printing, use_printing_and_print};
pub use use_monte_carlo::{use_monte_carlo, Run};
pub use use_outlook::{use_outlook, Outlook};
