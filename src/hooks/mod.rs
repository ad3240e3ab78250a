//! Custom hooks.

mod use_outlook;

pub use use_outlook::{use_outlook, Outlook};
