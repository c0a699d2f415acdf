//! Rows kept by position: the one place a list is drawn with one element per
//! position instead of one per item.
//!
//! A list whose items change with every keystroke (a calculator's results, a
//! chart's lines, a sorted page of the register) would be rebuilt row by row
//! if keyed by item. Kept by position, the element at position `i` stays and
//! only the text and attributes that read its item change: each position
//! reads its item through its own memo, so a row whose item did not change is
//! not touched at all. Rows are added or removed at the end when the list
//! grows or shrinks.
//!
//! `tests/architecture.rs` fails on an index-keyed `For` written anywhere
//! else.

use crate::ui::reactive::memo;
use leptos::prelude::*;

/// One element per position of `items`, drawn once by
/// `children(position, item)`, where `item` is a memo of the item at that
/// position (`None` only for the moment between the list shrinking and the
/// row going).
#[component]
pub fn KeptByPosition<T, C, V>(
    /// The list drawn.
    #[prop(into)]
    items: Signal<Vec<T>>,
    /// Draws the row at a position from the memo of its item.
    children: C,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
    C: Fn(usize, Memo<Option<T>>) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let count = memo(move |_| items.with(Vec::len));
    view! {
        <For
            each=move || 0..count.get()
            key=|position| *position
            children=move |position| {
                let item = memo(move |_| items.with(|all| all.get(position).cloned()));
                children(position, item)
            }
        />
    }
}
