//! Mounts the app; everything else lives in the library so tests can use it.

fn main() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        holdfast::ui::panic_screen::show();
    }));
    leptos::mount::mount_to_body(holdfast::ui::app::App);
}
