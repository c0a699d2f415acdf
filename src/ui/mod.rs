//! The Leptos user interface: the app shell, pages and shared widgets.

pub mod app;
pub mod bind;
pub mod chunks;
pub mod components;
pub mod download;
pub mod pages;
pub mod panic_screen;
pub mod reactive;
pub mod state;
pub mod text;
pub mod upload;
