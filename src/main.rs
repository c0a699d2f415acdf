//! Mounts the app; everything else lives in the library so tests can use it.

fn main() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        holdfast::ui::panic_screen::show();
    }));
    // The static loading screen of index.html goes in the same task as the
    // app's first render: no frame shows neither.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(holdfast::ui::app::App);
}

/// A deliberate panic, to check the panic screen in the release build
/// (`window.wasmBindings.panic_drill()` from the console or a browser test).
/// Nothing in the app calls it: only someone with the developer tools can,
/// and the worst it does is what it is for, show the panic screen.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn panic_drill() {
    panic!("panic drill");
}
