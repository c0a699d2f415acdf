//! A `<form>` that only groups controls, for long editable lists.
//!
//! Chromium's autofill re-reads a changed control's whole form after every
//! change, and every control outside a form counts as one big form: on a plan
//! of 25 steps (75 loose controls) that re-read took about 10 ms after each
//! tick, longer than the tick itself. Grouping each row's controls in its own
//! form keeps the re-read to that row (measured: a status change on a plan of
//! 25 steps went from 19 to 10 ms p95, click to the next task).

use leptos::prelude::*;

/// Wraps `children` in a `<form>` that takes no space of its own (`display:
/// contents`, so the row's layout is unchanged) and is never submitted
/// (pressing Enter in a lone text field would otherwise reload the page).
#[component]
pub fn FormScope(children: Children) -> impl IntoView {
    view! {
        <form class="form-scope" novalidate on:submit=|ev| ev.prevent_default()>
            {children()}
        </form>
    }
}

/// A table cell holding one labelled checkbox in its own [`FormScope`]: the
/// row widget of the long win-back lists (one per customer), so no list can
/// forget the scope.
#[component]
pub fn CheckCell(
    /// Whether the box is ticked.
    #[prop(into)]
    checked: Signal<bool>,
    /// The visible label beside the box.
    label: &'static str,
    /// Called with the new state when the user ticks or unticks.
    on_change: impl Fn(bool) + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <td><FormScope>
            <label class="wb-check">
                <input type="checkbox" prop:checked=checked on:change=move |ev| on_change(event_target_checked(&ev))/>
                {label}
            </label>
        </FormScope></td>
    }
}
