//! Widgets shared by several pages.

pub mod chart;
pub mod contracts_nav;
pub mod field;
pub mod form_scope;
pub mod import_panel;
pub mod notices;
pub mod pager;
pub mod presentation;
pub mod rows;
