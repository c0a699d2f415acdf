//! Saved scenarios of a calculator and their side-by-side comparison.

use super::*;

/// Saved scenarios of one calculator, and a side-by-side comparison of two.
#[component]
pub(super) fn Scenarios(
    spec: &'static CalcSpec,
    /// The workspace's saved scenarios (and last inputs).
    doc: RwSignal<CalcScenarios>,
    values: Signal<Vec<String>>,
    raw: StoredValue<Vec<RwSignal<String>>>,
) -> impl IntoView {
    let t = &text().calculators;
    let notices = use_notices();
    let currency = use_currency();
    let name = RwSignal::new(String::new());
    let mine = memo(move |_| {
        doc.with(|d| {
            d.scenarios
                .iter()
                .filter(|s| s.calculator == spec.slug)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let save = move || {
        let label = name.with(|n| n.trim().chars().take(80).collect::<String>());
        let label = if label.is_empty() {
            format!("{} {}", spec.text.title, mine.with(Vec::len) + 1)
        } else {
            label
        };
        let inputs = spec
            .fields
            .iter()
            .map(|f| f.key.to_string())
            .zip(values.get())
            .collect();
        doc.update(|d| {
            let id = d.scenarios.iter().map(|s| s.id).max().unwrap_or(0) + 1;
            d.scenarios.push(Scenario {
                id,
                calculator: spec.slug.to_string(),
                name: label.clone(),
                inputs,
            });
        });
        name.set(String::new());
        notices.show("scenario", crate::ui::state::Level::Info, (t.saved_as)(&label), None);
    };
    let load = move |s: &Scenario| {
        raw.with_value(|r| {
            for (i, f) in spec.fields.iter().enumerate() {
                if let (Some(signal), Some((_, v))) = (r.get(i), s.inputs.iter().find(|(k, _)| k == f.key)) {
                    signal.set(v.clone());
                }
            }
        });
    };
    let remove = move |id: u64| {
        let removed = doc.with_untracked(|d| {
            d.scenarios
                .iter()
                .position(|s| s.id == id)
                .map(|i| (i, d.scenarios[i].clone()))
        });
        if let Some((index, scenario)) = removed {
            doc.update(|d| d.scenarios.retain(|s| s.id != id));
            let name = scenario.name.clone();
            notices.undo((t.deleted)(&name), move || {
                let scenario = scenario.clone();
                doc.update(|d| {
                    let at = index.min(d.scenarios.len());
                    d.scenarios.insert(at, scenario);
                })
            });
        }
    };
    let name_id = format!("scenario-name-{}", next_id());
    view! {
        <section class="panel scenarios no-print" aria-labelledby="scenarios-heading">
            <h2 id="scenarios-heading">{t.scenarios}</h2>
            <form class="scenario-save" on:submit=move |ev| { ev.prevent_default(); save(); }>
                <div class="field">
                    <label for=name_id.clone()>{t.scenario_name}</label>
                    <input id=name_id type="text" maxlength="80" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <button type="submit">{t.save_scenario}</button>
            </form>
            <Show when=move || !mine.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t.no_scenarios}</p> }>
                <ul class="scenario-list">
                    <For each=move || mine.get() key=|s| s.id let:s>
                        <li>
                            <span class="scenario-name">{s.name.clone()}</span>
                            <button type="button" class="ghost" on:click={ let s = s.clone(); move |_| load(&s) }>{t.load}</button>
                            <button type="button" class="danger" on:click=move |_| remove(s.id)>{t.delete}</button>
                        </li>
                    </For>
                </ul>
            </Show>
            <Compare spec scenarios=mine.into() currency/>
        </section>
    }
}

/// Two scenarios side by side, differences marked in text and colour.
#[component]
pub(super) fn Compare(
    spec: &'static CalcSpec,
    scenarios: Signal<Vec<Scenario>>,
    currency: Signal<crate::domain::format::Currency>,
) -> impl IntoView {
    let t = &text().calculators;
    let a = RwSignal::new(None::<u64>);
    let b = RwSignal::new(None::<u64>);
    let pick = move |which: RwSignal<Option<u64>>, fallback: usize| {
        scenarios.with(|list| {
            which
                .get()
                .and_then(|id| list.iter().find(|s| s.id == id))
                .or_else(|| list.get(fallback))
                .cloned()
        })
    };
    let select = move |label: &'static str, which: RwSignal<Option<u64>>, fallback: usize| {
        let id = format!("cmp-{}", next_id());
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <select id=id on:change=move |ev| which.set(event_target_value(&ev).parse().ok())>
                    {move || {
                        let current = pick(which, fallback).map(|s| s.id);
                        scenarios.get().into_iter().map(|s| view! {
                            <option value=s.id.to_string() selected=current == Some(s.id)>{s.name}</option>
                        }).collect_view()
                    }}
                </select>
            </div>
        }
    };
    let table = move || {
        let (Some(sa), Some(sb)) = (pick(a, 0), pick(b, 1)) else {
            return view! { <p class="muted">{t.compare_need_two}</p> }.into_any();
        };
        let fmt = Fmt {
            number: number_format(),
            currency: currency.get(),
        };
        let inputs_of = |s: &Scenario| -> Vec<String> {
            spec.fields
                .iter()
                .map(|f| {
                    s.inputs
                        .iter()
                        .find(|(k, _)| k == f.key)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default()
                })
                .collect()
        };
        let (ia, ib) = (inputs_of(&sa), inputs_of(&sb));
        let (ea, eb) = (spec.evaluate(&ia, &fmt), spec.evaluate(&ib, &fmt));
        let mut rows: Vec<(String, String, String)> = spec
            .fields
            .iter()
            .enumerate()
            .map(|(i, f)| (f.label.to_string(), ia[i].clone(), ib[i].clone()))
            .collect();
        let outputs = |e: &Evaluation| e.outcome.as_ref().map(|o| o.rows.clone()).unwrap_or_default();
        let (oa, ob) = (outputs(&ea), outputs(&eb));
        let mut labels: Vec<String> = oa.iter().map(|r| r.label.clone()).collect();
        labels.extend(
            ob.iter()
                .map(|r| r.label.clone())
                .filter(|l| !oa.iter().any(|r| &r.label == l)),
        );
        let value = |rows: &[specs::Row], label: &str| {
            rows.iter()
                .find(|r| r.label == label)
                .map(|r| r.value.clone())
                .unwrap_or_else(|| t.no_result.to_string())
        };
        rows.extend(labels.into_iter().map(|l| (l.clone(), value(&oa, &l), value(&ob, &l))));
        let inputs_count = spec.fields.len();
        view! {
            <div class="table-wrap" tabindex="0">
                <table class="compare-table">
                    <thead><tr><th scope="col"></th><th scope="col">{sa.name.clone()}</th><th scope="col">{sb.name.clone()}</th><th scope="col"></th></tr></thead>
                    <tbody>
                        {rows.into_iter().enumerate().map(|(i, (label, va, vb))| {
                            let differs = va.trim() != vb.trim();
                            let is_output = i >= inputs_count;
                            view! {
                                <tr class:differs=differs class:output-row=is_output>
                                    <th scope="row">{label}</th>
                                    <td>{va}</td>
                                    <td>{vb}</td>
                                    <td class="marker">{if differs { format!("≠ {}", t.differs) } else { t.same.to_string() }}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <div class="compare">
            <h3>{t.compare}</h3>
            <Show when=move || scenarios.with(|s| s.len() >= 2) fallback=move || view! { <p class="muted">{t.compare_need_two}</p> }>
                <div class="form-grid">{select(t.compare_a, a, 0)}{select(t.compare_b, b, 1)}</div>
                {table}
            </Show>
        </div>
    }
}
