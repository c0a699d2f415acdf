//! A labelled text field with its error message next to it.

use crate::ui::state::next_id;
use leptos::prelude::*;

/// The ids that tie a field's input to its hint and error message.
pub struct FieldIds {
    pub id: String,
    pub err_id: String,
    pub hint_id: String,
    /// For `aria-describedby`: the hint (when there is one), then the error.
    pub described: String,
}

impl FieldIds {
    /// Fresh ids starting with `prefix`.
    pub fn new(prefix: &str, hint: &str) -> Self {
        let id = format!("{prefix}{}", next_id());
        let err_id = format!("{id}-err");
        let hint_id = format!("{id}-hint");
        let described = if hint.is_empty() {
            err_id.clone()
        } else {
            format!("{hint_id} {err_id}")
        };
        FieldIds {
            id,
            err_id,
            hint_id,
            described,
        }
    }
}

/// A visible `<label>` and a text input bound to `value`; `error` is shown
/// under the input and marks it invalid for assistive technology.
#[component]
pub fn Field(
    /// The label text (tests and people find fields by it).
    label: &'static str,
    /// What the user typed.
    value: RwSignal<String>,
    /// The message for what was typed, if it was refused.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// A unit shown after the input ("%", "years").
    #[prop(optional)]
    suffix: &'static str,
    /// A short hint under the label.
    #[prop(optional)]
    hint: &'static str,
    /// `inputmode` for on-screen keyboards: "decimal" (default), "numeric" or "text".
    #[prop(default = "decimal")]
    inputmode: &'static str,
) -> impl IntoView {
    let FieldIds {
        id,
        err_id,
        hint_id,
        described,
    } = FieldIds::new("f", hint);
    view! {
        <div class="field" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
            {(!hint.is_empty()).then(|| view! { <span class="hint" id=hint_id.clone()>{hint}</span> })}
            <div class="input-row">
                <input
                    id=id
                    type="text"
                    inputmode=inputmode
                    autocomplete="off"
                    spellcheck="false"
                    aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                    aria-describedby=described
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
                {(!suffix.is_empty()).then(|| view! { <span class="suffix" aria-hidden="true">{suffix}</span> })}
            </div>
            <p class="field-error" id=err_id aria-live="polite">{move || error.get()}</p>
        </div>
    }
}
