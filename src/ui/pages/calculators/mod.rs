//! `/calculators` (the index) and `/calculators/<name>` (one calculator).

pub mod specs;

use crate::domain::format::format_number;
use crate::storage::documents::{CalcScenarios, Scenario};
use crate::storage::Document;
use crate::ui::bind::StaleNote;
use crate::ui::components::chart::LineChart;
use crate::ui::components::field::Field;
use crate::ui::components::rows::KeptByPosition;
use crate::ui::pages::not_found::NotFound;
use crate::ui::pages::set_title;
use crate::ui::reactive::{effect, memo};
use crate::ui::state::{next_id, number_format, use_currency, use_document, use_notices, workspace_key};
use crate::ui::text::text;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use specs::{spec, specs, CalcSpec, Evaluation, Fmt, Kind, Row as ResultRow};
use wasm_bindgen::JsCast;

/// The list of calculators, each with its one-line description.
#[component]
pub fn Page() -> impl IntoView {
    let t = &text().calculators;
    set_title(t.title);
    view! {
        <h1>{t.title}</h1>
        <p class="lead">{t.lead}</p>
        <ul class="cards calc-index">
            {specs().iter().map(|s| view! {
                <li class="card">
                    <h2><a href=format!("/calculators/{}", s.slug)>{s.text.title}</a></h2>
                    <p>{s.text.summary}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// `/calculators/<name>`: the calculator, or the not-found page.
#[component]
pub fn CalculatorRoute() -> impl IntoView {
    let params = use_params_map();
    let slug = memo(move |_| params.read().get("name").unwrap_or_default());
    move || match spec(&slug.get()) {
        Some(spec) => view! { <Calculator spec/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

/// The inputs of `spec` from the page address (a shared link, or a result
/// carried from another calculator), falling back for each missing key to
/// the value last typed (`remembered`), else to the article's example. Values
/// are only read here (see `domain::share_link`), then validated like
/// anything typed.
fn inputs_from_query(spec: &CalcSpec, remembered: Option<&[(String, String)]>) -> Vec<String> {
    let search = leptos_router::hooks::use_location().search.get_untracked();
    let fallback: Vec<&str> = spec
        .fields
        .iter()
        .map(|f| {
            remembered
                .and_then(|r| r.iter().find(|(k, _)| k == f.key))
                .map_or(f.default, |(_, v)| v.as_str())
        })
        .collect();
    let fields: Vec<(&str, &str)> = spec.fields.iter().zip(fallback).map(|(f, v)| (f.key, v)).collect();
    crate::domain::share_link::read_inputs(&search, &fields)
}

/// The (field key, raw text) pairs of `values`.
fn keyed(spec: &CalcSpec, values: Vec<String>) -> Vec<(String, String)> {
    spec.fields.iter().map(|f| f.key.to_string()).zip(values).collect()
}

/// A link that restores `values` exactly.
fn share_url(spec: &CalcSpec, values: &[String]) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let keys: Vec<&str> = spec.fields.iter().map(|f| f.key).collect();
    let query = crate::domain::share_link::write_query(&keys, values);
    format!("{origin}/calculators/{}?{query}", spec.slug)
}

/// Copies text to the clipboard when the browser allows it; never throws.
fn copy_to_clipboard(value: &str) {
    let Some(window) = web_sys::window() else { return };
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if has_clipboard {
        let _ = navigator.clipboard().write_text(value);
    }
}

/// Replaces the address bar's URL without navigating.
fn replace_url(url: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}

/// One calculator: inputs, live results, formula and references, share link,
/// saved scenarios and their comparison.
#[component]
fn Calculator(spec: &'static CalcSpec) -> impl IntoView {
    let t = &text().calculators;
    set_title(spec.text.title);
    let currency = use_currency();
    let doc = use_document::<CalcScenarios>(workspace_key(CalcScenarios::NAME));
    let remembered = doc.with_untracked(|d| d.last.get(spec.slug).cloned());
    let raw: Vec<RwSignal<String>> = inputs_from_query(spec, remembered.as_deref())
        .into_iter()
        .map(RwSignal::new)
        .collect();
    let raw = StoredValue::new(raw);
    let values = move || raw.with_value(|r| r.iter().map(|s| s.get()).collect::<Vec<_>>());
    // The inputs are kept in the workspace as they are typed, so the
    // calculator opens as it was left (opening it untouched writes nothing).
    effect(move |_| {
        let current = keyed(spec, values());
        let untouched = doc.with_untracked(|d| match d.last.get(spec.slug) {
            Some(last) => *last == current,
            None => current == keyed(spec, spec.defaults()),
        });
        if !untouched {
            doc.update(|d| {
                d.last.insert(spec.slug.to_string(), current);
            });
        }
    });
    let fmt = move || Fmt {
        number: number_format(),
        currency: currency.get(),
    };
    let evaluation = memo(move |_| spec.evaluate(&values(), &fmt()));
    let link = RwSignal::new(None::<String>);

    let fields = spec
        .fields
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let value = raw.with_value(|r| r[i]);
            // Memos, not derived signals: a keystroke changes the evaluation,
            // rarely a field's message or visibility, and only a change should
            // reach the field's markup.
            let error: Signal<Option<String>> = Signal::from(memo(move |_| {
                evaluation.with(|e| e.field_errors.get(i).cloned().flatten())
            }));
            let visible = memo(move |_| evaluation.with(|e| e.visible.get(i).copied().unwrap_or(true)));
            let input = match f.kind {
                Kind::Choice(options) => view! { <ChoiceField label=f.label options value/> }.into_any(),
                Kind::Scores => view! { <Field label=f.label value error hint=f.hint inputmode="text"/> }.into_any(),
                _ => view! { <Field label=f.label value error suffix=f.suffix hint=f.hint/> }.into_any(),
            };
            view! { <div class="calc-field" class:hidden=move || !visible.get()>{input}</div> }
        })
        .collect_view();

    // The chart is created once and fed new series, not rebuilt per keystroke.
    let example_chart = spec.evaluate(&spec.defaults(), &fmt()).outcome.and_then(|o| o.chart);
    // While a field is refused, the last valid chart stays, dimmed (as the
    // results do: see `Results`).
    let chart = memo(move |prev: Option<&Option<specs::ChartData>>| {
        evaluation.with(|e| match &e.outcome {
            Some(o) => o.chart.clone(),
            None => prev.cloned().flatten(),
        })
    });
    let chart_stale = memo(move |_| evaluation.with(|e| e.outcome.is_none()));
    let chart_view = example_chart.map(|example| {
        let money = example.money;
        let format_y = Callback::new(move |y: f64| {
            let f = fmt();
            // Customers are whole people; money keeps its cents.
            if money {
                f.money(y)
            } else {
                f.num(y.round())
            }
        });
        let format_x = Callback::new(move |x: f64| format_number(x, number_format()));
        let series = Signal::derive(move || chart.with(|c| c.as_ref().map(|c| c.series.clone()).unwrap_or_default()));
        let title: Signal<String> = Signal::from(memo(move |_| {
            chart.with(|c| c.as_ref().map_or_else(String::new, |c| c.title.clone()))
        }));
        view! {
            <section class="panel calc-chart" class:hidden=move || chart.with(Option::is_none) class:stale=move || chart_stale.get()>
                <LineChart title x_label=t.year_axis y_label=example.y_label series format_x format_y/>
            </section>
        }
    });

    view! {
        <nav class="breadcrumb" aria-label="Breadcrumb"><a href="/calculators">{t.all_calculators}</a></nav>
        <h1>{spec.text.title}</h1>
        <p class="lead">{spec.text.summary}</p>
        <div class="calc-layout">
            <section class="panel calc-inputs" aria-labelledby="inputs-heading">
                <h2 id="inputs-heading">{t.inputs}</h2>
                <form class="calc-form" on:submit=|ev| ev.prevent_default()>{fields}</form>
                <div class="calc-actions no-print">
                    <button type="button" on:click=move |_| {
                        let url = share_url(spec, &values());
                        copy_to_clipboard(&url);
                        replace_url(&url);
                        link.set(Some(url));
                    }>{t.copy_link}</button>
                    <button type="button" class="ghost" on:click=move |_| {
                        raw.with_value(|r| r.iter().zip(spec.defaults()).for_each(|(s, d)| s.set(d)));
                        link.set(None);
                    }>{t.reset}</button>
                </div>
                {move || link.get().map(|url| view! {
                    <div class="share-link" role="status">
                        <p>{t.link_copied}</p>
                        <label class="field">
                            <span>{t.link_label}</span>
                            <input type="text" readonly value=url class="share-url" on:focus=|ev| {
                                if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                    input.select();
                                }
                            }/>
                        </label>
                    </div>
                })}
            </section>
            <section class="panel calc-results" aria-labelledby="results-heading">
                <h2 id="results-heading">{t.results}</h2>
                <Results evaluation=evaluation.into()/>
                <CarryLinks evaluation=evaluation.into()/>
                <Formula spec/>
            </section>
        </div>
        {chart_view}
        <Scenarios spec doc values=Signal::derive(values) raw/>
    }
}

/// Links that open another calculator with this one's result filled in
/// (churn → lifetime value, retention rate → growth), so nothing is retyped.
#[component]
fn CarryLinks(evaluation: Signal<Evaluation>) -> impl IntoView {
    let t = &text().calculators;
    let links = memo(move |_| {
        evaluation.with(|e| {
            e.outcome.as_ref().map_or_else(Vec::new, |o| {
                o.carry
                    .iter()
                    .filter_map(|c| {
                        let target = spec(c.slug)?;
                        let carried = c
                            .inputs
                            .iter()
                            .filter_map(|(key, value)| {
                                let field = target.fields.iter().find(|f| f.key == *key)?;
                                match field.kind {
                                    Kind::Choice(_) => None,
                                    _ if field.suffix.is_empty() => Some(format!("{} {value}", field.label)),
                                    _ => Some(format!("{} {value} {}", field.label, field.suffix)),
                                }
                            })
                            .collect::<Vec<_>>()
                            .join(", ");
                        let keys: Vec<&str> = c.inputs.iter().map(|(k, _)| *k).collect();
                        let values: Vec<String> = c.inputs.iter().map(|(_, v)| v.clone()).collect();
                        let href = format!(
                            "/calculators/{}?{}",
                            c.slug,
                            crate::domain::share_link::write_query(&keys, &values)
                        );
                        Some((href, target.text.title, carried))
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    move || {
        links.with(|l| {
            (!l.is_empty()).then(|| {
                view! {
                    <nav class="calc-carry no-print" aria-label=t.carry_heading>
                        <h3>{t.carry_heading}</h3>
                        <ul>
                            {l.iter().map(|(href, title, carried)| view! {
                                <li><a href=href.clone()>{*title}" →"</a>" "<span class="muted">{carried.clone()}</span></li>
                            }).collect_view()}
                        </ul>
                    </nav>
                }
            })
        })
    }
}

/// A group of radio buttons for a choice field.
#[component]
fn ChoiceField(
    label: &'static str,
    options: &'static [(&'static str, &'static str)],
    value: RwSignal<String>,
) -> impl IntoView {
    let name = format!("choice-{}", next_id());
    view! {
        <fieldset class="field choice">
            <legend>{label}</legend>
            {options.iter().map(|(v, l)| {
                let v = *v;
                view! {
                    <label class="radio">
                        <input type="radio" name=name.clone() value=v
                            prop:checked=move || value.with(|x| x == v)
                            on:change=move |_| value.set(v.to_string())/>
                        {*l}
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// The labelled results, or why there are none. One element per result
/// position, kept across keystrokes: a recalculation changes only the text
/// that changed (no rebuilt markup). While a field is refused, the results
/// of the last valid inputs stay, dimmed under a line that says so (they
/// are never passed off as current, nor do they vanish while typing).
#[component]
fn Results(evaluation: Signal<Evaluation>) -> impl IntoView {
    let t = &text().calculators;
    type Shown = Option<(Vec<ResultRow>, Vec<String>)>;
    let outcome = memo(move |prev: Option<&Shown>| {
        evaluation
            .with(|e| e.outcome.as_ref().map(|o| (o.rows.clone(), o.notes.clone())))
            .or_else(|| prev.cloned().flatten())
    });
    let stale = memo(move |_| evaluation.with(|e| e.outcome.is_none()) && outcome.with(Option::is_some));
    let calc_error = memo(move |_| evaluation.with(|e| e.calc_error.clone()));
    let rows = memo(move |_| outcome.with(|o| o.as_ref().map(|(rows, _)| rows.clone()).unwrap_or_default()));
    let notes = memo(move |_| outcome.with(|o| o.as_ref().map(|(_, notes)| notes.clone()).unwrap_or_default()));
    let empty = memo(move |_| outcome.with(Option::is_none));
    let result_row = move |_, row: Memo<Option<ResultRow>>| {
        let id = format!("out-{}", next_id());
        let pick = move |pick: fn(&ResultRow) -> String| row.with(|r| r.as_ref().map(pick).unwrap_or_default());
        // A row's label and emphasis rarely change with a keystroke: memos
        // keep them from being written again.
        let headline = memo(move |_| row.with(|r| r.as_ref().is_some_and(|r| r.headline)));
        let label = memo(move |_| pick(|r| r.label.clone()));
        view! {
            <div class="result" class:headline=move || headline.get()>
                <label for=id.clone()>{move || label.get()}</label>
                <output id=id>{move || pick(|r| r.value.clone())}</output>
            </div>
        }
    };
    let note_row =
        |_, note: Memo<Option<String>>| view! { <p class="result-note">{move || note.get().unwrap_or_default()}</p> };
    view! {
        <div class="results" class:empty=move || empty.get() class:stale=move || stale.get() aria-live="polite">
            <StaleNote stale=stale/>
            <KeptByPosition items=rows children=result_row/>
            <KeptByPosition items=notes children=note_row/>
            <Show when=move || empty.get()>
                <p class="no-result">{t.fix_fields}</p>
            </Show>
            {move || calc_error.get().map(|m| view! { <p class="field-error">{m}</p> })}
        </div>
    }
}

/// The formula, its source, and the articles' reference figures.
#[component]
fn Formula(spec: &'static CalcSpec) -> impl IntoView {
    let t = &text().calculators;
    view! {
        <aside class="formula" aria-label=t.formula>
            <h3>{t.formula}</h3>
            {spec.text.formula.iter().map(|line| view! { <p><code>{*line}</code></p> }).collect_view()}
            <p class="muted">{spec.text.explain}</p>
            <p class="source"><strong>{t.source}": "</strong>{spec.text.source}</p>
            {(!spec.text.references.is_empty()).then(|| view! {
                <div class="references">
                    <h3>{t.references}</h3>
                    <p class="muted">{t.references_note}</p>
                    <ul>
                        {spec.text.references.iter().map(|(figure, source)| view! {
                            <li><span class="ref-figure">{*figure}</span>" — "<cite>{*source}</cite></li>
                        }).collect_view()}
                    </ul>
                </div>
            })}
        </aside>
    }
}

/// Saved scenarios of one calculator, and a side-by-side comparison of two.
#[component]
fn Scenarios(
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
fn Compare(
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
