//! A `<form>` that only groups controls, and the row widgets that carry one,
//! for long editable lists. Pages never place a form scope by hand (the
//! architecture test checks it): they build their rows from these widgets.
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

/// A list item whose controls are their own form: the row of an editable
/// list (a plan's step, a template's step, a win-back call's step). Its
/// attributes are given after `{..}`: `<ScopedItem {..} class="ob-step">`.
#[component]
pub fn ScopedItem(children: Children) -> impl IntoView {
    view! { <li><FormScope>{children()}</FormScope></li> }
}

/// A table cell whose controls are their own form (one per row of a long
/// table). Attributes after `{..}`, as for [`ScopedItem`].
#[component]
pub fn ScopedCell(children: Children) -> impl IntoView {
    view! { <td><FormScope>{children()}</FormScope></td> }
}

/// A box of controls that is its own form: a toolbar's filters, a settings
/// grid, a row's head. `class` lays it out as the `div` it replaces.
#[component]
pub fn ControlGroup(class: &'static str, children: Children) -> impl IntoView {
    view! {
        <form class=class novalidate on:submit=|ev| ev.prevent_default()>
            {children()}
        </form>
    }
}

/// A form's closing row: "Add", or "Save" and "Cancel" while an existing
/// entry is being edited.
#[component]
pub fn AddOrSave(
    /// Whether an existing entry is being edited.
    #[prop(into)]
    editing: Signal<bool>,
    add: &'static str,
    save: &'static str,
    cancel: &'static str,
    /// Called by "Cancel".
    on_cancel: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="wb-form-actions">
            <button type="submit">{move || if editing.get() { save } else { add }}</button>
            <Show when=move || editing.get()>
                <button type="button" class="ghost" on:click=move |_| on_cancel.run(())>{cancel}</button>
            </Show>
        </div>
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
        <ScopedCell>
            <label class="wb-check">
                <input type="checkbox" prop:checked=checked on:change=move |ev| on_change(event_target_checked(&ev))/>
                {label}
            </label>
        </ScopedCell>
    }
}
