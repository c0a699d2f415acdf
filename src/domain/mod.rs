pub mod format;
pub mod input;
