//! One module per screen.

pub mod calculators;
pub mod contracts;
pub mod customers;
pub mod data;
pub mod home;
pub mod loyalty;
pub mod not_found;
pub mod onboarding;
pub mod report;

/// Sets the browser tab's title to "`page` · Holdfast".
pub fn set_title(page: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        let app = crate::ui::text::text().shell.app_name;
        doc.set_title(&if page.is_empty() {
            app.to_string()
        } else {
            format!("{page} · {app}")
        });
    }
}
