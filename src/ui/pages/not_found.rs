//! Any address Holdfast does not know.

use crate::ui::pages::set_title;
use crate::ui::text::text;
use leptos::prelude::*;

/// The not-found page.
#[component]
pub fn NotFound() -> impl IntoView {
    let t = &text().not_found;
    set_title(t.title);
    view! {
        <section class="not-found">
            <p class="big-code" aria-hidden="true">"404"</p>
            <h1>{t.title}</h1>
            <p>{t.lead}</p>
            <p><a class="button" href="/">{t.home_link}</a></p>
        </section>
    }
}
