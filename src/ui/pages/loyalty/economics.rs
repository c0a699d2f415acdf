//! The economics of a draft on the editor: the inputs, the results with their
//! formulas and sources, members per tier, and the three-year chart.

use super::bind::{bind_number, use_drafts, Bound, Choice, Fmt};
use super::summary::{model_error, result_rows, ResultRow};
use crate::domain::loyalty::fields::*;
use crate::domain::loyalty::{Distribution, EconomicInputs, Economics, ModelError, Qualifier};
use crate::ui::bind::StaleNote;
use crate::ui::components::chart::{LineChart, Series};
use crate::ui::components::field::Field;
use crate::ui::reactive::{effect, memo};
use crate::ui::state::next_id;
use crate::ui::text::text;
use leptos::prelude::*;

/// What the editor computes once per change: `None` while the draft is gone.
pub type EconomicsMemo = Memo<Option<Result<Economics, ModelError>>>;

/// The key results, in a strip that stays in view while editing.
#[component]
pub fn KeyFigures(economics: EconomicsMemo, #[prop(into)] stale: Signal<bool>) -> impl IntoView {
    let t = &text().loyalty;
    let fmt = crate::ui::state::use_fmt();
    let rows = memo(move |_| {
        let f = fmt.get();
        economics.with(|e| match e {
            Some(Ok(e)) => Ok(with_programme(e, f)),
            Some(Err(err)) => Err(model_error(err, f)),
            None => Ok(Vec::new()),
        })
    });
    // The strip sticks just under the top bar, whose height depends on the
    // width and the text size: measure it.
    let top = RwSignal::new(None::<i32>);
    let measure = move || {
        use wasm_bindgen::JsCast;
        let height = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(".topbar").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            .map(|e| e.offset_height());
        top.set(height);
    };
    effect(move |_| measure());
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    view! {
        <section class="loy-key" class:is-stale=move || stale.get() aria-label=t.key_figures style=move || top.get().map(|h| format!("--loy-sticky-top: {h}px"))>
            <StaleNote stale/>
            {move || match rows.get() {
                Ok(rows) => view! {
                    <dl class="loy-key-list" aria-live="polite">
                        {rows.into_iter().map(|(label, value, good)| view! {
                            <div class="loy-key-item" class:good=good == Some(true) class:bad=good == Some(false)>
                                <dt>{label}</dt>
                                <dd>
                                    {good.map(|g| view! { <span class="loy-sign" aria-hidden="true">{if g { "▲ " } else { "▼ " }}</span> })}
                                    {value}
                                </dd>
                            </div>
                        }).collect_view()}
                    </dl>
                }.into_any(),
                Err(message) => view! { <p class="loy-alert" role="status"><span aria-hidden="true">"⚠ "</span>{message}</p> }.into_any(),
            }}
        </section>
    }
}

/// The key figures: (label, value, good or bad news).
fn with_programme(e: &Economics, f: Fmt) -> Vec<(&'static str, String, Option<bool>)> {
    const KEYS: [&str; 7] = [
        "reward_rate",
        "cost",
        "liability",
        "profit",
        "roi",
        "payback",
        "break_even",
    ];
    let rows = result_rows(e, f);
    KEYS.iter()
        .filter_map(|k| rows.iter().find(|r| r.key == *k))
        .map(|r| {
            // The strip is short of room: "0 points" says it all there.
            let value = match (r.key, e.break_even) {
                ("break_even", crate::domain::loyalty::BreakEven::AtZero) => {
                    (text().loyalty.break_even_at)(&f.num(0.0))
                }
                _ => r.value.clone(),
            };
            (r.label, value, r.good)
        })
        .collect()
}

/// Inputs, results, members per tier and the chart.
#[component]
pub fn EconomicsPanel(id: u64, economics: EconomicsMemo, #[prop(into)] stale: Signal<bool>) -> impl IntoView {
    let t = &text().loyalty;
    view! {
        <EconomicInputsSection id/>
        <section class="panel" class:is-stale=move || stale.get() aria-labelledby="loy-results-heading">
            <h2 id="loy-results-heading">{t.results_heading}</h2>
            <p class="muted">{t.results_lead}</p>
            <StaleNote stale/>
            <Results economics/>
        </section>
        <div class:is-stale=move || stale.get()>
            <Projection id economics/>
        </div>
        <Model/>
    }
}

fn econ(
    id: u64,
    get: fn(&EconomicInputs) -> f64,
    set: fn(&mut EconomicInputs, f64),
    parse: fn(&str, crate::domain::input::NumberFormat) -> Result<f64, crate::domain::input::InputError>,
) -> Bound {
    bind_number(
        use_drafts(),
        id,
        move |p| Some(get(&p.economics)),
        move |p, v| set(&mut p.economics, v),
        parse,
    )
}

/// The economics inputs.
#[component]
fn EconomicInputsSection(id: u64) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let members = econ(
        id,
        |e| e.members as f64,
        |e, v| e.members = v as u64,
        |raw, f| parse_members(raw, f).map(|m| m as f64),
    );
    let aov = econ(
        id,
        |e| e.average_order_value,
        |e, v| e.average_order_value = v,
        parse_amount,
    );
    let purchases = econ(
        id,
        |e| e.purchases_per_year,
        |e, v| e.purchases_per_year = v,
        parse_per_year,
    );
    let margin = econ(id, |e| e.gross_margin, |e, v| e.gross_margin = v, parse_share);
    let redemption = econ(id, |e| e.redemption_rate, |e, v| e.redemption_rate = v, parse_share);
    let breakage = econ(id, |e| e.breakage, |e, v| e.breakage = v, parse_share);
    let retention = econ(id, |e| e.current_retention, |e, v| e.current_retention = v, parse_share);
    let lift = bind_number(
        doc,
        id,
        |p| Some(p.economics.retention_lift),
        |p, v| p.economics.retention_lift = v,
        move |raw, f| {
            let current = doc.with(|d| d.get(id).map(|p| p.economics.current_retention).unwrap_or(0.0));
            parse_retention_lift(raw, f, current)
        },
    );
    let frequency = econ(
        id,
        |e| e.frequency_lift,
        |e, v| e.frequency_lift = v,
        parse_frequency_lift,
    );
    let fixed = econ(id, |e| e.fixed_cost, |e, v| e.fixed_cost = v, parse_amount);
    let launch = econ(id, |e| e.launch_cost, |e, v| e.launch_cost = v, parse_amount);
    view! {
        <section class="panel" aria-labelledby="loy-econ-heading">
            <h2 id="loy-econ-heading">{t.economics_heading}</h2>
            <p class="muted">{t.economics_lead}</p>
            <div class="form-grid loy-econ-grid">
                <Field label=t.members value=members.raw error=members.error/>
                <Field label=t.average_order_value value=aov.raw error=aov.error/>
                <Field label=t.purchases_per_year value=purchases.raw error=purchases.error/>
                <Field label=t.gross_margin value=margin.raw error=margin.error suffix="%"/>
                <Field label=t.redemption_rate value=redemption.raw error=redemption.error suffix="%" hint=t.redemption_rate_hint/>
                <Field label=t.breakage value=breakage.raw error=breakage.error suffix="%" hint=t.breakage_hint/>
                <Field label=t.current_retention value=retention.raw error=retention.error suffix="%" hint=t.current_retention_hint/>
                <Field label=t.retention_lift value=lift.raw error=lift.error hint=t.retention_lift_hint/>
                <Field label=t.frequency_lift value=frequency.raw error=frequency.error suffix="%"/>
                <Field label=t.fixed_cost value=fixed.raw error=fixed.error hint=t.fixed_cost_hint/>
                <Field label=t.launch_cost value=launch.raw error=launch.error/>
            </div>
        </section>
    }
}

/// The results with their formulas and sources, and the figures behind them.
#[component]
fn Results(economics: EconomicsMemo) -> impl IntoView {
    let t = &text().loyalty;
    let fmt = crate::ui::state::use_fmt();
    let rows = memo(move |_| {
        let f = fmt.get();
        economics.with(|e| match e {
            Some(Ok(e)) => Some(Ok((result_rows(e, f), intermediate(e, f)))),
            Some(Err(err)) => Some(Err(model_error(err, f))),
            None => None,
        })
    });
    move || match rows.get() {
        Some(Ok((rows, inner))) => view! {
            <div class="loy-results" aria-live="polite">
                {rows.into_iter().map(|row| view! { <ResultLine row/> }).collect_view()}
            </div>
            <details class="loy-inner">
                <summary>{t.intermediate_heading}</summary>
                <div class="loy-results">
                    {inner.into_iter().map(|row| view! { <ResultLine row/> }).collect_view()}
                </div>
            </details>
        }
        .into_any(),
        Some(Err(message)) => view! {
            <p class="loy-alert" role="status"><span aria-hidden="true">"⚠ "</span>{message}</p>
        }
        .into_any(),
        None => ().into_any(),
    }
}

/// The figures the results are built from.
fn intermediate(e: &Economics, f: Fmt) -> Vec<ResultRow> {
    let t = &text().loyalty;
    let a = &e.assumptions;
    let Some(y) = e.year1() else {
        return Vec::new();
    };
    let row = |key, label, value, formula| ResultRow {
        key,
        label,
        value,
        formula,
        source: "",
        good: None,
        note: None,
    };
    vec![
        row(
            "spend",
            t.spend_before,
            f.money(e.spend_per_member),
            (t.f_spend)(&f.money(a.average_order_value), &f.num(a.purchases_per_year)),
        ),
        row(
            "spend_after",
            t.spend_after,
            f.money(e.spend_with_programme),
            (t.f_spend_after)(&f.money(e.spend_per_member), &f.share(a.frequency_lift)),
        ),
        row(
            "multiplier",
            t.average_multiplier,
            f.mult(y.average_multiplier),
            String::new(),
        ),
        row(
            "points",
            t.points_per_member,
            f.whole(y.points_per_member),
            String::new(),
        ),
        row(
            "redemption_share",
            t.redemption_share,
            f.share(e.redemption_share),
            (t.f_redemption_share)(&f.share(a.redemption), &f.share(a.breakage)),
        ),
        row(
            "overall_breakage",
            t.overall_breakage,
            f.share(e.overall_breakage),
            (t.f_overall_breakage)(&f.share(a.redemption), &f.share(a.breakage)),
        ),
    ]
}

/// One result: label, value, formula, source.
#[component]
pub fn ResultLine(row: ResultRow) -> impl IntoView {
    let t = &text().loyalty;
    let id = format!("loy-out-{}", next_id());
    view! {
        <div class="loy-result" data-key=row.key>
            <div class="loy-result-head">
                <label for=id.clone()>{row.label}</label>
                <span class="loy-value" class:good=row.good == Some(true) class:bad=row.good == Some(false)>
                    {row.good.map(|g| view! { <span class="loy-sign" aria-hidden="true">{if g { "▲ " } else { "▼ " }}</span> })}
                    <output id=id>{row.value}</output>
                </span>
            </div>
            {row.note.map(|n| view! { <p class="loy-warning">{n}</p> })}
            {(!row.formula.is_empty()).then(|| view! { <p class="loy-formula"><code>{row.formula}</code></p> })}
            {(!row.source.is_empty()).then(|| view! { <p class="loy-source"><strong>{t.source}": "</strong>{row.source}</p> })}
        </div>
    }
}

/// Members per tier (with the distribution assumption) and the chart.
#[component]
fn Projection(id: u64, economics: EconomicsMemo) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let fmt = crate::ui::state::use_fmt();
    let distribution = Signal::derive(move || doc.with(|d| d.get(id).map(|p| p.distribution)));
    let manual_total =
        memo(move |_| doc.with(|d| d.get(id).map(|p| p.tiers.tiers.iter().map(|x| x.share).sum::<f64>())));
    let options = vec![
        (Distribution::Derived, (t.distribution_name)(Distribution::Derived)),
        (Distribution::Manual, (t.distribution_name)(Distribution::Manual)),
    ];
    // (tier name, threshold, multiplier, share year 1, members years 1–3).
    let table = memo(move |_| {
        let f = fmt.get();
        economics.with(|e| {
            let Some(Ok(e)) = e else { return Vec::new() };
            doc.with(|d| {
                let Some(p) = d.get(id) else { return Vec::new() };
                let by_spend = p.tiers.qualifier == Qualifier::Spend;
                let names = std::iter::once((t.below_first.to_string(), String::new(), f.mult(1.0))).chain(
                    p.tiers.tiers.iter().map(|x| {
                        let threshold = if by_spend {
                            f.money(x.threshold)
                        } else {
                            f.whole(x.threshold)
                        };
                        (super::display_name(&x.name), threshold, f.mult(x.multiplier))
                    }),
                );
                // Nobody is below a first tier that starts at zero.
                let skip_below = p.tiers.tiers.first().is_some_and(|x| x.threshold <= 0.0);
                names
                    .enumerate()
                    .skip(usize::from(skip_below))
                    .map(|(band, (name, threshold, mult))| {
                        let share = e.spread.members.get(band).copied().unwrap_or(0.0);
                        let members: Vec<String> = e
                            .years
                            .iter()
                            .map(|y| f.whole(y.members_per_band.get(band).copied().unwrap_or(0.0)))
                            .collect();
                        (name, threshold, mult, f.share(share), members)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let series = memo(move |_| {
        economics.with(|e| match e {
            Some(Ok(e)) => {
                let line = |name: &str, value: fn(&crate::domain::loyalty::YearFigures) -> f64| Series {
                    name: name.to_string(),
                    points: e.years.iter().map(|y| (f64::from(y.year), value(y))).collect(),
                };
                vec![
                    line(t.series_cost, |y| y.cost),
                    line(t.series_liability, |y| y.liability),
                    line(t.series_profit, |y| y.incremental_gross_profit),
                ]
            }
            _ => Vec::new(),
        })
    });
    let years_table = memo(move |_| {
        let f = fmt.get();
        economics.with(|e| match e {
            Some(Ok(e)) => {
                let row = |label: &'static str, value: &dyn Fn(&crate::domain::loyalty::YearFigures) -> String| {
                    (label, e.years.iter().map(value).collect::<Vec<_>>())
                };
                vec![
                    row(t.row_members, &|y| f.whole(y.members)),
                    row(t.row_points_issued, &|y| f.whole(y.points_issued)),
                    row(t.series_cost, &|y| f.money_whole(y.cost)),
                    row(t.series_liability, &|y| f.money_whole(y.liability)),
                    row(t.series_profit, &|y| f.money_whole(y.incremental_gross_profit)),
                    row(t.row_net, &|y| f.money_whole(y.net)),
                    row(t.roi, &|y| {
                        y.roi.map_or_else(|| t.not_defined_no_cost.to_string(), |r| f.share(r))
                    }),
                ]
            }
            _ => Vec::new(),
        })
    });
    let format_x = Callback::new(move |x: f64| (t.col_year)(x.round().max(0.0) as u32));
    let format_y = Callback::new(move |y: f64| fmt.get().money_whole(y));
    view! {
        <section class="panel" aria-labelledby="loy-tiers-projection-heading">
            <h2 id="loy-tiers-projection-heading">{t.projection_heading}</h2>
            <Choice label=t.distribution_label options value=distribution on_change=Callback::new(move |v| doc.update(|d| {
                if let Some(p) = d.get_mut(id) { p.distribution = v; }
            }))/>
            <p class="muted">{move || match distribution.get() {
                Some(Distribution::Manual) => t.assumption_manual,
                _ => t.assumption_derived,
            }}</p>
            <Show when=move || distribution.get() == Some(Distribution::Manual)>
                <p class="muted">{move || manual_total.get().map(|s| (t.manual_total)(&fmt.get().share(s / 100.0)))}</p>
            </Show>
            <Show when=move || !table.with(Vec::is_empty)>
                // Wider than the panel on narrow screens: focusable so the
                // keyboard can scroll it.
                <div class="table-wrap" tabindex="0">
                    <table class="loy-tier-table">
                        <thead>
                            <tr>
                                <th scope="col">{t.col_tier}</th>
                                <th scope="col" class="num">{t.col_threshold}</th>
                                <th scope="col" class="num">{t.col_multiplier}</th>
                                <th scope="col" class="num">{t.col_share}</th>
                                {(1..=3).map(|y| view! { <th scope="col" class="num">{(t.col_year)(y)}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {move || table.get().into_iter().map(|(name, threshold, mult, share, members)| view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <td class="num">{threshold}</td>
                                    <td class="num">{mult}</td>
                                    <td class="num">{share}</td>
                                    {members.into_iter().map(|m| view! { <td class="num">{m}</td> }).collect_view()}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
        <Show when=move || !series.with(Vec::is_empty)>
            <section class="panel loy-chart" aria-labelledby="loy-chart-heading">
                <h2 id="loy-chart-heading" class="visually-hidden">{t.chart_title}</h2>
                <LineChart
                    title=Signal::derive(move || t.chart_title.to_string())
                    x_label=t.chart_x
                    y_label=t.chart_y
                    series=Signal::derive(move || series.get())
                    format_x
                    format_y
                />
                <div class="table-wrap" tabindex="0">
                    <table class="loy-year-table">
                        <caption>{t.year_table_caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t.col_item}</th>
                                {(1..=3).map(|y| view! { <th scope="col" class="num">{(t.col_year)(y)}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {move || years_table.get().into_iter().map(|(label, values)| view! {
                                <tr>
                                    <th scope="row">{label}</th>
                                    {values.into_iter().map(|v| view! { <td class="num">{v}</td> }).collect_view()}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>
        </Show>
    }
}

/// The model in words, and the articles' reference figures.
#[component]
fn Model() -> impl IntoView {
    let t = &text().loyalty;
    view! {
        <section class="panel loy-model" aria-labelledby="loy-model-heading">
            <h2 id="loy-model-heading">{t.model_heading}</h2>
            <ol>
                {t.model_steps.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}
            </ol>
            <h3>{t.references_heading}</h3>
            <p class="muted">{t.references_note}</p>
            <ul class="loy-references">
                {t.references.iter().map(|(figure, source)| view! {
                    <li><span>{*figure}</span>" — "<cite>{*source}</cite></li>
                }).collect_view()}
            </ul>
        </section>
    }
}
