//! Browser services: the parts of the app that talk to the browser rather than draw.

pub mod address;
pub mod crash;
pub mod files;
pub mod offline;
pub mod presets;
pub mod storage;
pub mod views;
