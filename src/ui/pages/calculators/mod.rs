//! `/calculators` (the index) and `/calculators/<name>` (one calculator).

mod results;
mod scenarios;
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
use results::{CarryLinks, Formula, Results};
use scenarios::Scenarios;
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
