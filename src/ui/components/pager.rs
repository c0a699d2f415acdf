//! The one pager: "Previous", "Page 2 of 7", "Next", shown when a list has
//! more than one page. Its arithmetic is `domain::paging`.

use crate::domain::paging::Page;
use leptos::prelude::*;

/// Moves `page` (1-based) through the pages of `current`.
#[component]
pub fn Pager(
    /// The page asked for, 1-based.
    page: RwSignal<usize>,
    /// The page shown ([`crate::domain::paging::page_of`] of the list and `page`).
    #[prop(into)]
    current: Signal<Page>,
    /// The nav element's class.
    class: &'static str,
    /// The nav element's accessible name.
    label: &'static str,
    previous: &'static str,
    next: &'static str,
    /// "Page 2 of 7".
    page_of: fn(usize, usize) -> String,
) -> impl IntoView {
    view! {
        <Show when=move || current.with(|p| p.pages > 1)>
            <nav class=class aria-label=label>
                <button
                    type="button"
                    class="ghost"
                    disabled=move || current.with(|p| p.number <= 1)
                    on:click=move |_| page.set(current.with_untracked(|p| p.number.saturating_sub(1).max(1)))
                >{previous}</button>
                <span>{move || current.with(|p| page_of(p.number, p.pages))}</span>
                <button
                    type="button"
                    class="ghost"
                    disabled=move || current.with(|p| p.number >= p.pages)
                    on:click=move |_| page.set(current.with_untracked(|p| (p.number + 1).min(p.pages)))
                >{next}</button>
            </nav>
        </Show>
    }
}
