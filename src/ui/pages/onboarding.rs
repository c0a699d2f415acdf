//! `/onboarding`.

use crate::ui::pages::set_title;
use crate::ui::text::text;
use leptos::prelude::*;

/// The onboarding page (being built).
#[component]
pub fn Page() -> impl IntoView {
    let t = &text().onboarding;
    set_title(t.title);
    view! { <h1>{t.title}</h1> }
}
