//! Architecture invariant: `src/domain/` is pure Rust. It imports no UI, browser
//! or storage crate, so every calculation runs and is tested natively.

use std::fs;
use std::path::Path;

const FORBIDDEN: &[&str] = &[
    "leptos",
    "web_sys",
    "wasm_bindgen",
    "gloo",
    "js_sys",
    "crate::storage",
    "crate::ui",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("the sources are readable") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn domain_imports_no_web_ui_or_storage_crate() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain"), &mut files);
    assert!(files.len() >= 2, "found the domain sources");
    let mut offences = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("readable source");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for word in FORBIDDEN {
                if code.contains(word) {
                    offences.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "src/domain must stay pure:\n{}",
        offences.join("\n")
    );
}

/// Size invariant: the app sorts through `domain::order`, whose comparator is a
/// `dyn Fn`, so the standard library's sort is compiled once. A `sort_by` with
/// a closure elsewhere compiles another copy (about 4 KB of wasm each).
#[test]
fn the_app_sorts_through_domain_order() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let mut offences = Vec::new();
    for file in files.iter().filter(|f| !f.ends_with("domain/order.rs")) {
        let text = fs::read_to_string(file).expect("readable source");
        // Unit tests may compare against the standard sort.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in code.lines().enumerate() {
            let line = line.split("//").next().unwrap_or("");
            if [
                ".sort_by(",
                ".sort_by_key(",
                ".sort_unstable_by",
                ".sort_by_cached_key(",
            ]
            .iter()
            .any(|w| line.contains(w))
            {
                offences.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "sort with domain::order::sort_stable or sort_positions:\n{}",
        offences.join("\n")
    );
}
