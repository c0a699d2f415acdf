//! Presentation mode (large type, editing controls hidden, full screen, toggled
//! with P or the top-bar button; Esc leaves) and the "new version" notice.

use crate::ui::reactive::effect;
use crate::ui::state::{use_notices, Level, NoticeAction};
use crate::ui::text::text;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};

/// Whether presentation mode is on, shared through context.
#[derive(Clone, Copy)]
pub struct Presenting(pub RwSignal<bool>);

/// Calls `obj[name]()` if it is a function; errors are ignored (full screen
/// is a nicety: some browsers refuse it).
fn call_method(obj: &JsValue, name: &str) {
    if let Some(f) = js_sys::Reflect::get(obj, &name.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        if let Ok(promise) = f.call0(obj).and_then(|p| p.dyn_into::<js_sys::Promise>()) {
            // A refused full-screen request must not surface as an unhandled rejection.
            let ignore = wasm_bindgen::closure::Closure::once(|_: JsValue| {});
            let _ = promise.catch(&ignore);
            ignore.forget();
        }
    }
}

fn in_fullscreen(document: &web_sys::Document) -> bool {
    js_sys::Reflect::get(document, &"fullscreenElement".into())
        .map(|e| !e.is_null() && !e.is_undefined())
        .unwrap_or(false)
}

/// Sets up presentation mode for the whole app; returns its signal.
pub fn provide_presentation() -> Presenting {
    let presenting = Presenting(RwSignal::new(false));
    provide_context(presenting);
    let on = presenting.0;
    effect(move |previous: Option<bool>| {
        let now = on.get();
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return now;
        };
        if let Some(root) = document.document_element() {
            let _ = root.class_list().toggle_with_force("presenting", now);
            if now && previous == Some(false) && !in_fullscreen(&document) {
                call_method(&root, "requestFullscreen");
            }
        }
        if !now && previous == Some(true) && in_fullscreen(&document) {
            call_method(&document, "exitFullscreen");
        }
        now
    });
    // P toggles (outside text fields); Esc leaves.
    let keys = window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let editing = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.has_attribute("contenteditable")
            })
            .unwrap_or(false);
        match ev.key().as_str() {
            "p" | "P" if !editing => on.update(|p| *p = !*p),
            "Escape" if on.get_untracked() => on.set(false),
            _ => {}
        }
    });
    // Leaving full screen with the browser's own key leaves presentation mode.
    let fullscreen = window_event_listener_untyped("fullscreenchange", move |_| {
        let outside = web_sys::window()
            .and_then(|w| w.document())
            .map(|d| !in_fullscreen(&d))
            .unwrap_or(true);
        if outside && on.get_untracked() {
            on.set(false);
        }
    });
    on_cleanup(move || {
        keys.remove();
        fullscreen.remove();
    });
    presenting
}

/// The top-bar button that switches presentation mode.
#[component]
pub fn PresentButton() -> impl IntoView {
    let on = expect_context::<Presenting>().0;
    let t = &text().workspace;
    view! {
        <button type="button" class="ghost present-button" aria-pressed=move || on.get().to_string() aria-keyshortcuts="P"
            title=format!("{} {}", t.present_hint, t.present_keys) on:click=move |_| on.update(|p| *p = !*p)>
            {move || if on.get() { t.stop_presenting } else { t.present }}
        </button>
    }
}

/// The line under the top bar that says how to leave presentation mode (a
/// sibling of the narrow screens' menu, so it shows while that is closed).
#[component]
pub fn PresentHint() -> impl IntoView {
    let on = expect_context::<Presenting>().0;
    let t = &text().workspace;
    view! {
        <p class="present-hint" role="status">{move || on.get().then(|| view! {
            {t.present_hint}" "<span class="hint-keys">{t.present_keys}</span>
        })}</p>
    }
}

/// Offers a reload when a new version has been installed in the background.
pub fn listen_for_updates() {
    let notices = use_notices();
    let handle = window_event_listener_untyped("holdfast-update-ready", move |_| {
        let t = &text().workspace;
        let run: Arc<dyn Fn() + Send + Sync> = Arc::new(|| {
            if let Some(w) = web_sys::window() {
                call_method(&w, "holdfastApplyUpdate");
            }
        });
        notices.show_action(
            "update",
            Level::Info,
            t.update_ready.to_string(),
            NoticeAction { label: t.reload, run },
        );
    });
    on_cleanup(move || handle.remove());
}
