//! One binding of a form field to a value in a stored document, and the
//! record of which fields are refusing what was typed.
//!
//! A bound field holds what the user typed; a memo parses it at the input
//! boundary; a valid value is written into the document at once (and so
//! saved, with undo and other tabs handled by the document), an invalid one
//! only shows its message next to the field. When the value changes from
//! elsewhere (undo, another tab, a reset), the field shows the new value.
//!
//! Every bound field inside a [`provide_pending`] scope reports whether it
//! refuses its text, so the figures computed from the document can say they
//! are those of the last valid entries ([`StaleNote`]) instead of passing
//! them off as current.

use crate::domain::format::format_number;
use crate::domain::input::{InputError, NumberFormat};
use crate::ui::reactive::{effect, memo};
use crate::ui::state::{next_id, number_format};
use crate::ui::text::{input_error, text};
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

/// A field bound to a document: what is typed, its parsed value and the
/// message for it.
pub struct Bound<T: Send + Sync + 'static> {
    /// The text in the field.
    pub raw: RwSignal<String>,
    /// What the text reads as.
    pub parsed: Memo<Result<T, InputError>>,
    /// The message shown next to the field, if the text is refused.
    pub error: Signal<Option<String>>,
}

impl<T: Send + Sync + 'static> Clone for Bound<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Bound<T> {}

/// A stored number as typed text that reads back to the same value: up to
/// six decimals, no grouping, the screen's decimal separator.
pub fn plain(x: f64, fmt: NumberFormat) -> String {
    if !x.is_finite() {
        return String::new();
    }
    let text = format!("{x:.6}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let text = if text == "-0" { "0" } else { text };
    text.replace('.', &fmt.decimal.to_string())
}

/// The message for a refused value, in the screen's number format.
pub fn error_text(err: InputError) -> String {
    input_error(err, |x| format_number(x, number_format()))
}

type Read<D, T> = Arc<dyn Fn(&D) -> Option<T> + Send + Sync>;
type Write<D, T> = Arc<dyn Fn(&mut D, T) + Send + Sync>;
type Parse<T> = Arc<dyn Fn(&str) -> Result<T, InputError> + Send + Sync>;
type Show<T> = Arc<dyn Fn(&T) -> String + Send + Sync>;

/// Binds a field to a value of `doc`.
///
/// `read` finds the value (`None` once it is gone, e.g. its item deleted:
/// the field then keeps its text and writes nothing), `write` stores a valid
/// one, `parse` is the input boundary and `show` writes a value as text that
/// parses back to it. The closures are boxed so that the binding machinery
/// is compiled once per document and value type, not once per field.
pub fn bind<D, T>(
    doc: RwSignal<D>,
    read: impl Fn(&D) -> Option<T> + Send + Sync + 'static,
    write: impl Fn(&mut D, T) + Send + Sync + 'static,
    parse: impl Fn(&str) -> Result<T, InputError> + Send + Sync + 'static,
    show: impl Fn(&T) -> String + Send + Sync + 'static,
) -> Bound<T>
where
    D: Send + Sync + 'static,
    T: Clone + PartialEq + Send + Sync + 'static,
{
    bind_boxed(doc, Arc::new(read), Arc::new(write), Arc::new(parse), Arc::new(show))
}

fn bind_boxed<D, T>(doc: RwSignal<D>, read: Read<D, T>, write: Write<D, T>, parse: Parse<T>, show: Show<T>) -> Bound<T>
where
    D: Send + Sync + 'static,
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let current = memo(move |_| doc.with(|d| read(d)));
    let raw = RwSignal::new(current.with_untracked(|c| c.as_ref().map(|v| show(v)).unwrap_or_default()));
    let parsed = memo(move |_| raw.with(|r| parse(r)));
    effect(move |_| {
        if let Ok(v) = parsed.get() {
            if current.with_untracked(|c| c.as_ref().is_some_and(|c| *c != v)) {
                doc.update(|d| write(d, v));
            }
        }
    });
    effect(move |_| {
        if let Some(c) = current.get() {
            if parsed.with_untracked(|p| p.as_ref() != Ok(&c)) {
                raw.set(show(&c));
            }
        }
    });
    report_pending(Signal::derive(move || parsed.with(Result::is_err)));
    Bound {
        raw,
        parsed,
        error: Signal::derive(move || parsed.get().err().map(error_text)),
    }
}

/// The fields of a screen that currently refuse their text (by an id given
/// at binding).
#[derive(Clone, Copy)]
struct Pending(RwSignal<BTreeSet<u64>>);

/// Starts a scope in which bound fields report refused text; returns whether
/// any does. Figures computed from the document inside the scope then show
/// as those of the last valid entries.
pub fn provide_pending() -> Signal<bool> {
    let set = RwSignal::new(BTreeSet::new());
    provide_context(Pending(set));
    Signal::derive(move || set.with(|s| !s.is_empty()))
}

/// Whether a field of the enclosing [`provide_pending`] scope refuses its
/// text (always false outside one).
pub fn use_pending() -> Signal<bool> {
    match use_context::<Pending>() {
        Some(Pending(set)) => Signal::derive(move || set.with(|s| !s.is_empty())),
        None => Signal::derive(|| false),
    }
}

/// Records, in the enclosing [`provide_pending`] scope if any, whether a field
/// refuses its text (`refused`); the record goes with the field.
pub fn report_pending(refused: Signal<bool>) {
    let Some(Pending(set)) = use_context::<Pending>() else {
        return;
    };
    let id = next_id();
    effect(move |_| {
        let bad = refused.get();
        if set.with_untracked(|s| s.contains(&id)) != bad {
            set.update(|s| {
                if bad {
                    s.insert(id);
                } else {
                    s.remove(&id);
                }
            });
        }
    });
    on_cleanup(move || {
        if set.try_with_untracked(|s| s.contains(&id)) == Some(true) {
            set.try_update(|s| s.remove(&id));
        }
    });
}

/// The line above figures that are those of the last valid entries, shown
/// while `stale` holds.
#[component]
pub fn StaleNote(
    /// Whether a field refuses its text.
    #[prop(into)]
    stale: Signal<bool>,
) -> impl IntoView {
    view! {
        <Show when=move || stale.get()>
            <p class="stale-note" role="status">{text().input.stale}</p>
        </Show>
    }
}
