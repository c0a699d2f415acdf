//! `memo` and `effect`: `Memo::new` and `Effect::new` given one boxed closure
//! type. Leptos compiles its memo and effect machinery once per closure type,
//! which for the app's ~200 memos and ~30 effects (the generic ones once per
//! document type) was about 200 KB of wasm. Boxed, it is compiled once per
//! value type. The cost is one indirect call per run.

use leptos::prelude::*;

type MemoFn<T> = Box<dyn Fn(Option<&T>) -> T + Send + Sync>;

/// `Memo::new(f)`, compiled once per `T`.
#[track_caller]
pub fn memo<T>(f: impl Fn(Option<&T>) -> T + Send + Sync + 'static) -> Memo<T>
where
    T: PartialEq + Send + Sync + 'static,
{
    let f: MemoFn<T> = Box::new(f);
    Memo::new(f)
}

/// `Effect::new(f)`, compiled once per `T` (the value handed to the next run).
#[track_caller]
pub fn effect<T: 'static>(f: impl FnMut(Option<T>) -> T + 'static) -> Effect<LocalStorage> {
    let f: Box<dyn FnMut(Option<T>) -> T> = Box::new(f);
    Effect::new(f)
}
