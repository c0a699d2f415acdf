//! What the user sees if the app ever panics: instead of a dead page, a plain
//! screen (built with the DOM directly, because the wasm instance cannot run
//! again) that offers all stored data as a download and a reload.

use crate::storage::{LocalBackend, Store};
use crate::ui::text::text;
use wasm_bindgen::JsValue;

fn element(document: &web_sys::Document, tag: &str, text: &str) -> Option<web_sys::Element> {
    let el = document.create_element(tag).ok()?;
    el.set_text_content(Some(text));
    Some(el)
}

/// Shows the panic screen over the page. Never panics itself.
pub fn show() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    if document.get_element_by_id("panic-screen").is_some() {
        return;
    }
    let t = &text().shell;
    let Some(screen) = element(&document, "div", "") else {
        return;
    };
    let _ = screen.set_attribute("id", "panic-screen");
    let _ = screen.set_attribute("role", "alertdialog");
    let _ = screen.set_attribute("aria-labelledby", "panic-title");
    let mut children = Vec::new();
    if let Some(h) = element(&document, "h1", t.panic_title) {
        let _ = h.set_attribute("id", "panic-title");
        children.push(h);
    }
    children.extend(element(&document, "p", t.panic_body));
    let data = Store::new(LocalBackend)
        .export_raw()
        .unwrap_or_else(|_| "{}".to_string());
    let parts = js_sys::Array::of1(&JsValue::from_str(&data));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let url = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .ok()
        .and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob).ok());
    if let (Some(url), Some(link)) = (url, element(&document, "a", t.panic_download)) {
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", "holdfast-data.json");
        let _ = link.set_attribute("class", "button");
        children.push(link);
    }
    if let Some(reload) = element(&document, "a", t.panic_reload) {
        let _ = reload.set_attribute("href", "/");
        let _ = reload.set_attribute("class", "button ghost");
        children.push(reload);
    }
    for child in &children {
        let _ = screen.append_child(child);
    }
    let _ = body.append_child(&screen);
    // Keyboard and screen-reader users start on the screen's first action.
    if let Some(first) = children.iter().find(|c| c.tag_name() == "A") {
        use wasm_bindgen::JsCast;
        if let Some(el) = first.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}
