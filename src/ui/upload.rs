//! Reading a file the user chose in an `<input type="file">`.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The `<input type="file">` that fired `ev` and the first file chosen in
/// it; `None` when nothing was chosen.
fn chosen_file(ev: &leptos::ev::Event) -> Option<(JsValue, JsValue)> {
    let input: JsValue = ev.target()?.into();
    let file = js_sys::Reflect::get(&input, &JsValue::from_str("files"))
        .ok()
        .and_then(|files| js_sys::Reflect::get(&files, &JsValue::from_f64(0.0)).ok())
        .filter(|f| !f.is_undefined() && !f.is_null())?;
    Some((input, file))
}

/// Reads the file chosen in the input that fired `ev` as text, then calls
/// `load(name, text)`, or `fail()` when the browser cannot read it. `starting`
/// is called with the file name first. Clears the input so choosing the same
/// file again reads it again. Never throws.
pub fn read_chosen_file(
    ev: &leptos::ev::Event,
    starting: impl Fn(String) + 'static,
    load: impl Fn(String, String) + Copy + 'static,
    fail: impl Fn() + Copy + 'static,
) {
    let Some((input, file)) = chosen_file(ev) else {
        return;
    };
    let get = |obj: &JsValue, key: &JsValue| js_sys::Reflect::get(obj, key).ok();
    let name = get(&file, &JsValue::from_str("name"))
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    starting(name.clone());
    let promise = get(&file, &JsValue::from_str("text"))
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&file).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = promise else {
        fail();
        return;
    };
    let done = Closure::once(move |value: JsValue| match value.as_string() {
        Some(text) => load(name, text),
        None => fail(),
    });
    let failed = Closure::once(move |_: JsValue| fail());
    let _ = promise.then2(&done, &failed);
    // Each runs at most once; the browser drops its reference afterwards.
    done.forget();
    failed.forget();
    let _ = js_sys::Reflect::set(&input, &JsValue::from_str("value"), &JsValue::from_str(""));
}

/// Reloads the page (after switching workspace or restoring a backup, so
/// every screen reads the new data).
pub fn reload_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Like [`read_chosen_file`], but reads the file's bytes (the importer
/// decodes them itself, to say which encoding it used) and refuses a file
/// larger than `max_bytes` with `too_big(name)` before reading anything.
pub fn read_chosen_bytes(
    ev: &leptos::ev::Event,
    max_bytes: u64,
    starting: impl Fn(String) + 'static,
    load: impl Fn(String, Vec<u8>) + Copy + 'static,
    too_big: impl Fn(String) + 'static,
    fail: impl Fn() + Copy + 'static,
) {
    let Some((input, file)) = chosen_file(ev) else {
        return;
    };
    let get = |obj: &JsValue, key: &JsValue| js_sys::Reflect::get(obj, key).ok();
    let _ = js_sys::Reflect::set(&input, &JsValue::from_str("value"), &JsValue::from_str(""));
    let name = get(&file, &JsValue::from_str("name"))
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    let size = get(&file, &JsValue::from_str("size"))
        .and_then(|s| s.as_f64())
        .unwrap_or(0.0);
    if size > max_bytes as f64 {
        too_big(name);
        return;
    }
    starting(name.clone());
    let promise = get(&file, &JsValue::from_str("arrayBuffer"))
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&file).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = promise else {
        fail();
        return;
    };
    let done = Closure::once(move |value: JsValue| {
        if value.is_instance_of::<js_sys::ArrayBuffer>() {
            load(name, js_sys::Uint8Array::new(&value).to_vec());
        } else {
            fail();
        }
    });
    let failed = Closure::once(move |_: JsValue| fail());
    let _ = promise.then2(&done, &failed);
    done.forget();
    failed.forget();
}

/// Reads the file chosen in the input that fired `ev` as a `data:` URL
/// (FileReader), then calls `load(url)`, or `fail()` when the browser cannot
/// read it. Clears the input. Never throws.
pub fn read_chosen_file_as_data_url(
    ev: &leptos::ev::Event,
    load: impl Fn(String) + Copy + 'static,
    fail: impl Fn() + Copy + 'static,
) {
    let Some((input, file)) = chosen_file(ev) else {
        return;
    };
    let get = |obj: &JsValue, key: &str| js_sys::Reflect::get(obj, &JsValue::from_str(key)).ok();
    let reader = web_sys::window()
        .and_then(|w| get(&w, "FileReader"))
        .and_then(|c| c.dyn_into::<js_sys::Function>().ok())
        .and_then(|c| js_sys::Reflect::construct(&c, &js_sys::Array::new()).ok());
    let Some(reader) = reader else {
        fail();
        return;
    };
    let for_load = reader.clone();
    let done = Closure::once(
        move |_: JsValue| match get(&for_load, "result").and_then(|r| r.as_string()) {
            Some(url) => load(url),
            None => fail(),
        },
    );
    let failed = Closure::once(move |_: JsValue| fail());
    let _ = js_sys::Reflect::set(&reader, &JsValue::from_str("onload"), done.as_ref());
    let _ = js_sys::Reflect::set(&reader, &JsValue::from_str("onerror"), failed.as_ref());
    let started = get(&reader, "readAsDataURL")
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .map(|f| f.call1(&reader, &file).is_ok())
        .unwrap_or(false);
    if started {
        done.forget();
        failed.forget();
    } else {
        fail();
    }
    let _ = js_sys::Reflect::set(&input, &JsValue::from_str("value"), &JsValue::from_str(""));
}
