//! Binding the stored drafts to form fields (through the one binding of
//! [`crate::ui::bind`]), and number formatting for the loyalty screens.

use crate::domain::input::{parse_text, InputError, NumberFormat};
use crate::domain::loyalty::{LoyaltyDrafts, Programme};
use crate::ui::bind::{bind, plain};
use crate::ui::state::{next_id, number_format};
use leptos::prelude::*;

/// The loyalty document, shared by every loyalty screen through context.
#[derive(Clone, Copy)]
pub struct Drafts(pub RwSignal<LoyaltyDrafts>);

/// The loyalty document of the current workspace.
pub fn use_drafts() -> RwSignal<LoyaltyDrafts> {
    expect_context::<Drafts>().0
}

/// A field bound to a draft (see [`crate::ui::bind`]).
pub type Bound = crate::ui::bind::Bound<f64>;

/// A text field bound to a draft.
pub type BoundText = crate::ui::bind::Bound<String>;

/// Writes `v` into draft `draft` with `set` (nothing once the draft is gone).
fn write<T>(d: &mut LoyaltyDrafts, draft: u64, set: impl Fn(&mut Programme, T), v: T) {
    if let Some(p) = d.get_mut(draft) {
        set(p, v);
    }
}

/// Binds a number of draft `draft` to a field: `get` reads it (`None` when
/// the item is gone), `set` writes a valid value, `parse` is the boundary.
pub fn bind_number<G, S, P>(doc: RwSignal<LoyaltyDrafts>, draft: u64, get: G, set: S, parse: P) -> Bound
where
    G: Fn(&Programme) -> Option<f64> + Copy + Send + Sync + 'static,
    S: Fn(&mut Programme, f64) + Copy + Send + Sync + 'static,
    P: Fn(&str, NumberFormat) -> Result<f64, InputError> + Copy + Send + Sync + 'static,
{
    bind(
        doc,
        move |d: &LoyaltyDrafts| d.get(draft).and_then(get),
        move |d, v| write(d, draft, set, v),
        move |raw| parse(raw, number_format()),
        |v| plain(*v, number_format()),
    )
}

/// Binds a piece of text of draft `draft`; `required` refuses empty text.
pub fn bind_text<G, S>(
    doc: RwSignal<LoyaltyDrafts>,
    draft: u64,
    get: G,
    set: S,
    required: bool,
    max: usize,
) -> BoundText
where
    G: Fn(&Programme) -> Option<String> + Copy + Send + Sync + 'static,
    S: Fn(&mut Programme, String) + Copy + Send + Sync + 'static,
{
    bind(
        doc,
        move |d: &LoyaltyDrafts| d.get(draft).and_then(get),
        move |d, v| write(d, draft, set, v),
        move |raw| match parse_text(raw, max) {
            Err(InputError::Empty) if !required => Ok(String::new()),
            other => other,
        },
        String::clone,
    )
}

/// A labelled `<select>` over `options`; `value` is the current choice.
#[component]
pub fn Choice<T>(
    /// The visible label.
    label: &'static str,
    /// (value, text) of each option.
    options: Vec<(T, &'static str)>,
    /// The current value.
    #[prop(into)]
    value: Signal<Option<T>>,
    /// Called with the chosen value.
    on_change: Callback<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let id = format!("c{}", next_id());
    let options = StoredValue::new(options);
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| {
                let chosen = event_target_value(&ev).parse::<usize>().ok();
                if let Some((v, _)) = chosen.and_then(|i| options.with_value(|o| o.get(i).copied())) {
                    on_change.run(v);
                }
            }>
                {options.with_value(|o| o.iter().enumerate().map(|(i, (v, text))| {
                    let v = *v;
                    view! { <option value=i.to_string() prop:selected=move || value.get() == Some(v)>{*text}</option> }
                }).collect_view())}
            </select>
        </div>
    }
}

pub use crate::domain::format::Fmt;
