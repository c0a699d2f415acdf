//! A labelled text field and a labelled date field, each with its error
//! message next to it.

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

/// A date as a date input holds it (`YYYY-MM-DD`).
pub fn iso(date: chrono::NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// A labelled `<input type="date">` with its error message.
#[component]
pub fn DateField(
    /// The visible label.
    label: &'static str,
    /// The date as the input gives it (`YYYY-MM-DD`, or empty).
    value: RwSignal<String>,
    /// The message for a refused date.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// A short hint under the label.
    #[prop(optional)]
    hint: &'static str,
    /// Text after the label read only by screen readers (which step it is).
    #[prop(optional, into)]
    context: Option<Signal<String>>,
    /// The earliest date the picker offers (`YYYY-MM-DD`).
    #[prop(optional, into)]
    min: Option<Signal<String>>,
    /// The latest date the picker offers (`YYYY-MM-DD`).
    #[prop(optional, into)]
    max: Option<Signal<String>>,
) -> impl IntoView {
    let FieldIds {
        id,
        err_id,
        hint_id,
        described,
    } = FieldIds::new("date-", hint);
    // The picker's range; typed dates are checked by the field's parser.
    let min = move || min.map_or_else(|| "1900-01-01".to_string(), |m| m.get());
    let max = move || max.map_or_else(|| "2200-12-31".to_string(), |m| m.get());
    view! {
        <div class="field" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>
                {label}
                {context.map(|c| view! { <span class="visually-hidden">{move || c.get()}</span> })}
            </label>
            {(!hint.is_empty()).then(|| view! { <span class="hint" id=hint_id.clone()>{hint}</span> })}
            <div class="input-row">
                <input
                    id=id
                    type="date"
                    min=min
                    max=max
                    aria-describedby=described
                    aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                    on:change=move |ev| value.set(event_target_value(&ev))
                />
            </div>
            <p class="field-error" id=err_id aria-live="polite">{move || error.get()}</p>
        </div>
    }
}

/// A labelled search box, filtering as the user types (the register's, the
/// portfolio's).
#[component]
pub fn SearchField(
    label: &'static str,
    /// An example of what to type, shown while the box is empty.
    #[prop(optional)]
    placeholder: &'static str,
    #[prop(into)] value: Signal<String>,
    /// Called with the text after every keystroke.
    on_input: Callback<String>,
) -> impl IntoView {
    let id = format!("search-{}", next_id());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="search"
                autocomplete="off"
                placeholder=placeholder
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        </div>
    }
}

/// A labelled select of one value among `options`: (value, its words, a key
/// stable across languages).
#[component]
pub fn SelectField<T>(
    label: &'static str,
    options: Vec<(T, &'static str, &'static str)>,
    #[prop(into)] current: Signal<T>,
    on_pick: Callback<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let id = format!("select-{}", next_id());
    let keys: Vec<(T, &'static str)> = options.iter().map(|(v, _, key)| (*v, *key)).collect();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| {
                let chosen = event_target_value(&ev);
                if let Some((v, _)) = keys.iter().find(|(_, key)| *key == chosen) {
                    on_pick.run(*v);
                }
            }>
                {options.into_iter().map(|(v, words, key)| view! {
                    <option value=key selected=move || current.get() == v>{words}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
