//! `/loyalty/compare/:a/:b`: two drafts side by side, rows that differ
//! highlighted and marked in words ("≠ differs"), not by colour alone.

use super::bind::use_drafts;
use super::display_name;
use super::summary::{compare_rows, CompareRow};
use crate::domain::loyalty::project;
use crate::ui::pages::set_title;
use crate::ui::reactive::memo;
use crate::ui::state::next_id;
use crate::ui::text::text;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

/// One line of the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub section: &'static str,
    pub label: String,
    pub a: Option<String>,
    pub b: Option<String>,
}

impl Line {
    pub fn differs(&self) -> bool {
        self.a != self.b
    }
}

/// Lines of both drafts, by section in a's order, with b's extra rows (more
/// tiers, say) after a's rows of the same section.
pub fn merge(a: Vec<CompareRow>, b: Vec<CompareRow>) -> Vec<Line> {
    let mut lines: Vec<Line> = a
        .into_iter()
        .map(|r| Line {
            section: r.section,
            label: r.label,
            a: Some(r.value),
            b: None,
        })
        .collect();
    for r in b {
        if let Some(line) = lines.iter_mut().find(|l| l.section == r.section && l.label == r.label) {
            line.b = Some(r.value);
        } else {
            let at = lines
                .iter()
                .rposition(|l| l.section == r.section)
                .map_or(lines.len(), |i| i + 1);
            lines.insert(
                at,
                Line {
                    section: r.section,
                    label: r.label,
                    a: None,
                    b: Some(r.value),
                },
            );
        }
    }
    lines
}

/// The route.
#[component]
pub fn ComparePage() -> impl IntoView {
    let t = &text().loyalty;
    set_title(t.compare_title);
    let doc = use_drafts();
    let params = use_params_map();
    let navigate = use_navigate();
    let fmt = crate::ui::state::use_fmt();
    let param =
        move |name: &'static str| memo(move |_| params.with(|p| p.get(name).and_then(|s| s.parse::<u64>().ok())));
    let (a, b) = (param("a"), param("b"));
    let names = memo(move |_| {
        doc.with(|d| {
            d.drafts
                .iter()
                .map(|p| (p.id, display_name(&p.name)))
                .collect::<Vec<_>>()
        })
    });
    let name_of = move |id: Option<u64>| {
        names.with(|all| id.and_then(|id| all.iter().find(|(i, _)| *i == id).map(|(_, n)| n.clone())))
    };
    let lines = memo(move |_| {
        let f = fmt.get();
        doc.with(|d| {
            let (pa, pb) = (a.get().and_then(|id| d.get(id)), b.get().and_then(|id| d.get(id)));
            match (pa, pb) {
                (Some(pa), Some(pb)) => Some(merge(
                    compare_rows(pa, &project(pa), f),
                    compare_rows(pb, &project(pb), f),
                )),
                _ => None,
            }
        })
    });
    let go = move |which: char, value: u64| {
        let (na, nb) = match which {
            'a' => (Some(value), b.get_untracked()),
            _ => (a.get_untracked(), Some(value)),
        };
        if let (Some(x), Some(y)) = (na, nb) {
            navigate(&format!("/loyalty/compare/{x}/{y}"), Default::default());
        }
    };
    let go = StoredValue::new_local(go);
    let only_differences = RwSignal::new(false);
    let chooser = move |label: &'static str, which: char, current: Memo<Option<u64>>| {
        let id = format!("loy-cmp-{}", next_id());
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <select id=id on:change=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse::<u64>() {
                        go.with_value(|go| go(which, v));
                    }
                }>
                    {move || names.get().into_iter().map(|(id, name)| view! {
                        <option value=id.to_string() prop:selected=move || current.get() == Some(id)>{name}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <nav class="breadcrumb" aria-label="Breadcrumb"><A href="/loyalty">{t.all_drafts}</A></nav>
        <h1>{t.compare_title}</h1>
        <p class="lead">{t.compare_lead}</p>
        <div class="loy-compare-form no-print">
            {chooser(t.compare_first, 'a', a)}
            {chooser(t.compare_second, 'b', b)}
        </div>
        <label class="loy-only-diff no-print">
            <input type="checkbox" prop:checked=move || only_differences.get()
                on:change=move |ev| only_differences.set(event_target_checked(&ev))/>
            {t.only_differences}
        </label>
        {move || match lines.get() {
            None => view! { <p class="loy-alert">{t.not_found}</p> }.into_any(),
            Some(lines) => {
                let count = lines.iter().filter(|l| l.differs()).count();
                let only = only_differences.get();
                let mut sections: Vec<&'static str> = Vec::new();
                for l in &lines {
                    if !sections.contains(&l.section) {
                        sections.push(l.section);
                    }
                }
                let (name_a, name_b) = (name_of(a.get()).unwrap_or_default(), name_of(b.get()).unwrap_or_default());
                let (href_a, href_b) = (
                    format!("/loyalty/{}", a.get().unwrap_or_default()),
                    format!("/loyalty/{}", b.get().unwrap_or_default()),
                );
                view! {
                    <p class="loy-diff-count" role="status"><strong>{(t.differences)(count)}</strong></p>
                    <div class="table-wrap panel" tabindex="0">
                        <table class="loy-compare">
                            <thead>
                                <tr>
                                    <th scope="col">{t.col_setting}</th>
                                    <th scope="col"><A href=href_a>{name_a}</A></th>
                                    <th scope="col"><A href=href_b>{name_b}</A></th>
                                    <th scope="col">{t.col_differs}</th>
                                </tr>
                            </thead>
                            {sections.into_iter().filter_map(|section| {
                                let rows: Vec<Line> = lines
                                    .iter()
                                    .filter(|l| l.section == section && (!only || l.differs()))
                                    .cloned()
                                    .collect();
                                (!rows.is_empty()).then(|| view! {
                                    <tbody>
                                        <tr class="loy-compare-section"><th colspan="4" scope="colgroup">{section}</th></tr>
                                        {rows.into_iter().map(|l| {
                                            let differs = l.differs();
                                            view! {
                                                <tr class:differs=differs>
                                                    <th scope="row">{l.label}</th>
                                                    <td>{l.a.unwrap_or_else(|| t.none.to_string())}</td>
                                                    <td>{l.b.unwrap_or_else(|| t.none.to_string())}</td>
                                                    <td class="loy-marker">{if differs { t.differs_marker } else { "" }}</td>
                                                </tr>
                                            }
                                        }).collect_view()}
                                    </tbody>
                                })
                            }).collect_view()}
                        </table>
                    </div>
                }
                .into_any()
            }
        }}
    }
}
