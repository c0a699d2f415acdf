//! Architecture invariants that are structure, checked on the sources:
//! - `src/domain/` is pure Rust: it imports no UI, browser or storage crate,
//!   so every calculation runs and is tested natively;
//! - the app sorts through `domain::order` (one compiled sort);
//! - memos and effects are made through `ui/reactive.rs` (one compiled copy
//!   of Leptos's machinery per value type, not per closure: ~200 KB of wasm);
//! - lists kept by position are drawn by `ui/components/rows.rs` (a memo per
//!   position), never by a hand-written index-keyed `For`;
//! - the controls of long lists get their own form from the shared row
//!   widgets of `ui/components/form_scope.rs` (`ScopedItem`, `ScopedCell`,
//!   `ControlGroup`, `CheckCell`), never from a `FormScope` placed by hand;
//! - no two modules import each other, directly or through others (a module
//!   and its own submodules excepted): each layer reads downwards only.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("the sources are readable") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every source file with its text, comments dropped line by line.
fn sources() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let text = fs::read_to_string(&f).expect("readable source");
            let code: Vec<&str> = text.lines().map(|l| l.split("//").next().unwrap_or("")).collect();
            (f, code.join("\n"))
        })
        .collect()
}

#[test]
fn memos_and_effects_are_made_through_ui_reactive() {
    let mut offences = Vec::new();
    for (file, code) in sources() {
        if file.ends_with("ui/reactive.rs") {
            continue;
        }
        for (n, line) in code.lines().enumerate() {
            if line.contains("Memo::new") || line.contains("Effect::new") {
                offences.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "use ui::reactive::{{memo, effect}}:\n{}",
        offences.join("\n")
    );
}

#[test]
fn rows_kept_by_position_go_through_one_component() {
    let mut offences = Vec::new();
    for (file, code) in sources() {
        if file.ends_with("ui/components/rows.rs") {
            continue;
        }
        // `<For each=move || 0..n key=|i| *i …>`: a list of positions.
        let flat: String = code.split_whitespace().collect::<Vec<_>>().join(" ");
        for (at, _) in flat.match_indices("<For ") {
            let tag = &flat[at..flat.len().min(at + 200)];
            let tag = tag.split('>').next().unwrap_or(tag);
            if tag.contains("|| 0..") || tag.contains("|| (0..") {
                offences.push(format!("{}: {}", file.display(), tag));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "draw rows kept by position with ui::components::rows::KeptByPosition:\n{}",
        offences.join("\n")
    );
}

/// The module path of a source file: `src/ui/pages/demo.rs` → `ui::pages::demo`.
#[test]
fn form_scopes_come_with_the_shared_row_widgets() {
    let offences: Vec<String> = sources()
        .into_iter()
        .filter(|(file, _)| !file.ends_with("ui/components/form_scope.rs"))
        .flat_map(|(file, code)| {
            code.lines()
                .enumerate()
                .filter(|(_, line)| line.contains("FormScope"))
                .map(|(n, line)| format!("{}:{}: {}", file.display(), n + 1, line.trim()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        offences.is_empty(),
        "build the row from ScopedItem, ScopedCell, ControlGroup or CheckCell:\n{}",
        offences.join("\n")
    );
}

fn module_of(file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src()).expect("under src");
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let last = parts.pop().unwrap_or_default();
    match last.as_str() {
        "mod.rs" | "lib.rs" | "main.rs" => {}
        other => parts.push(other.trim_end_matches(".rs").to_string()),
    }
    parts
}

/// `use a::{b, c::{d, e}}` written out as `a::b a::c::d a::c::e`.
fn expand_braces(code: &str) -> String {
    let Some(open) = code.find("::{") else {
        return code.to_string();
    };
    let start = code[..open]
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .map_or(0, |i| i + 1);
    let prefix = &code[start..open];
    let mut depth = 0;
    let mut close = None;
    for (i, c) in code[open + 2..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(open + 2 + i);
                    break;
                }
            }
            _ => {}
        }
    }
    let Some(close) = close else {
        return code.to_string();
    };
    let inner = expand_braces(&code[open + 3..close]);
    let items: Vec<String> = inner
        .split([',', ' ', '\n'])
        .map(str::trim)
        .filter(|w| !w.is_empty() && *w != "as")
        .map(|w| format!("{prefix}::{w}"))
        .collect();
    format!(
        "{}{} {}",
        &code[..start],
        items.join(" "),
        expand_braces(&code[close + 1..])
    )
}

/// Module paths named in `code` (`crate::a::b`, `super::c`), as written.
fn references(module: &[String], code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let code = expand_braces(code);
    let words: Vec<&str> = code
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .filter(|w| w.contains("::"))
        .collect();
    for word in words {
        let segs: Vec<&str> = word.split("::").filter(|s| !s.is_empty()).collect();
        let (mut base, rest): (Vec<String>, &[&str]) = match segs.first() {
            Some(&"crate") => (Vec::new(), &segs[1..]),
            Some(&"super") => {
                // `super` is the parent module (of `a::b`, whether written
                // as a/b.rs or a/b/mod.rs: `a`).
                let mut base = module.to_vec();
                let mut rest = &segs[..];
                while rest.first() == Some(&"super") {
                    base.pop();
                    rest = &rest[1..];
                }
                (base, rest)
            }
            Some(&"self") => (module.to_vec(), &segs[1..]),
            _ => continue,
        };
        base.extend(rest.iter().map(|s| s.to_string()));
        out.push(base);
    }
    out
}

#[test]
fn no_two_modules_import_each_other() {
    let files = sources();
    let modules: BTreeSet<Vec<String>> = files.iter().map(|(f, _)| module_of(f)).collect();
    // Each reference resolves to the longest known module it starts with.
    let resolve = |path: &[String]| -> Option<Vec<String>> {
        (1..=path.len())
            .rev()
            .map(|n| path[..n].to_vec())
            .find(|p| modules.contains(p))
    };
    let related = |a: &[String], b: &[String]| a.starts_with(b) || b.starts_with(a);
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (file, code) in &files {
        let from = module_of(file);
        for reference in references(&from, code) {
            if let Some(to) = resolve(&reference) {
                if !related(&from, &to) {
                    edges.entry(from.clone()).or_default().insert(to);
                }
            }
        }
    }
    // A cycle: a module reachable from one of the modules it reaches.
    let mut cycles = BTreeSet::new();
    for start in edges.keys() {
        let mut stack: Vec<(Vec<String>, Vec<Vec<String>>)> = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((node, path)) = stack.pop() {
            for next in edges.get(&node).into_iter().flatten() {
                if next == start {
                    let mut names: Vec<String> = path.iter().map(|m| m.join("::")).collect();
                    let min = names
                        .iter()
                        .enumerate()
                        .min_by_key(|(_, n)| (*n).clone())
                        .map_or(0, |(i, _)| i);
                    names.rotate_left(min);
                    cycles.insert(names.join(" → "));
                } else if seen.insert(next.clone()) {
                    let mut longer = path.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    assert!(
        cycles.is_empty(),
        "modules that import each other (directly or around a loop):\n{}",
        cycles.into_iter().collect::<Vec<_>>().join("\n")
    );
}

const FORBIDDEN: &[&str] = &[
    "leptos",
    "web_sys",
    "wasm_bindgen",
    "gloo",
    "js_sys",
    "crate::storage",
    "crate::ui",
];

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
