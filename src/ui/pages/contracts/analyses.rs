//! The analyses of the register (article 000): attrition against the
//! structural baseline, lost value by reason, and value concentration.

use super::{error_text, show_date, show_number, show_share, use_ctx, Ctx, Reference};
use crate::domain::contracts::{attrition, reasons, value_concentration, ContractsDoc, Period, Reason, ReasonClass};
use crate::domain::input::{parse_date, parse_percent, parse_rate, InputError, Percent};
use crate::ui::bind::{bind, Bound};
use crate::ui::components::chart::{Bar, BarChart};
use crate::ui::components::field::Field;
use crate::ui::components::field::{iso, DateField};
use crate::ui::reactive::{effect, memo};
use crate::ui::state::{next_id, number_format};
use crate::ui::text::text;
use leptos::prelude::*;

/// Key clients listed before "show all".
const KEY_CLIENTS_SHOWN: usize = 20;

/// "1 contract", "2 contracts": excess losses are whole contracts.
fn contracts_count(n: u64) -> String {
    let n = n as f64;
    (text().contracts.contracts_count)(n, &show_number(n))
}

/// An average count of contracts, to one decimal ("6.0", "5,4").
fn show_average(n: f64) -> String {
    crate::domain::format::format_fixed(n, 1, number_format())
}

/// Attrition and reasons: they share the period.
#[component]
pub fn Analyses() -> impl IntoView {
    let ctx = use_ctx();
    let t = &text().contracts;
    let doc = ctx.doc;
    let today = ctx.today;
    let stored = doc.with_untracked(|d| d.period(today));
    let from = RwSignal::new(iso(stored.from()));
    let to = RwSignal::new(iso(stored.to()));
    let from_parsed = memo(move |_| from.with(|s| parse_date(s)));
    let to_parsed = memo(move |_| to.with(|s| parse_date(s)));
    let period = memo(move |_| match (from_parsed.get(), to_parsed.get()) {
        (Ok(f), Ok(t)) => Period::new(f, t).ok(),
        _ => None,
    });
    // Only a period other than the default is stored, so "the last twelve
    // months" keeps moving with the calendar.
    effect(move |_| {
        if let Some(p) = period.get() {
            if doc.with_untracked(|d| d.period(today) != p) {
                doc.update(|d| {
                    d.period_from = Some(p.from());
                    d.period_to = Some(p.to());
                });
            }
        }
    });
    let date_error = |e: InputError| match e {
        InputError::Empty => error_text(e),
        _ => t.date_invalid.to_string(),
    };
    let from_error = Signal::derive(move || from_parsed.get().err().map(date_error));
    let to_error = Signal::derive(move || match (from_parsed.get(), to_parsed.get()) {
        (_, Err(e)) => Some(date_error(e)),
        (Ok(f), Ok(t)) if t < f => Some(text().contracts.period_end_before_start.to_string()),
        _ => None,
    });
    let reset_period = move |_| {
        let default = Period::last_twelve_months(today);
        doc.update(|d| {
            d.period_from = None;
            d.period_to = None;
        });
        from.set(iso(default.from()));
        to.set(iso(default.to()));
    };
    let Bound {
        raw: baseline_raw,
        parsed: baseline,
        error: baseline_error,
    } = bind(
        doc,
        |d: &ContractsDoc| Some(Percent::new(d.baseline_points).unwrap_or_default()),
        |d, p| d.baseline_points = p.points(),
        |s| parse_percent(s, number_format()),
        |p| show_number(p.points()),
    );
    let baseline = memo(move |_| baseline.get().ok());

    let results = memo(move |_| {
        let (Some(period), Some(baseline)) = (period.get(), baseline.get()) else {
            return None;
        };
        Some(doc.with(|d| {
            (
                attrition(&d.contracts, period, baseline, &d.classes),
                reasons(&d.contracts, period, &d.classes),
            )
        }))
    });

    view! {
        <section class="panel analysis" aria-labelledby="attrition-heading">
            <h2 id="attrition-heading">{t.attrition_heading}</h2>
            <p class="muted">{t.attrition_lead}</p>
            <div class="form-grid analysis-inputs">
                <DateField label=t.period_from value=from error=from_error/>
                <DateField label=t.period_to value=to error=to_error/>
                <Field label=t.baseline value=baseline_raw error=baseline_error suffix="%" hint=t.baseline_hint/>
                <div class="field field-button">
                    <button type="button" class="ghost" on:click=reset_period>{t.last_twelve_months}</button>
                </div>
            </div>
            {move || results.get().map(|(a, _)| attrition_figures(ctx, a))}
            <Reference figure=t.ref_baseline/>
        </section>
        <section class="panel analysis" aria-labelledby="reasons-heading">
            <h2 id="reasons-heading">{t.reasons_heading}</h2>
            {move || period.get().map(|p| view! {
                <p class="muted">{(t.reasons_lead)(&show_date(p.from()), &show_date(p.to()))}</p>
            })}
            <ReasonsView ctx=ctx results=Signal::derive(move || results.get().map(|(_, r)| r))/>
            <ClassesEditor/>
        </section>
        <Concentration/>
    }
}

/// The figures of the attrition analysis.
fn attrition_figures(ctx: Ctx, a: crate::domain::contracts::Attrition) -> impl IntoView {
    let t = &text().contracts;
    let from = show_date(a.period.from());
    let to = show_date(a.period.to());
    let years = a.period.years();
    let annual = doc_baseline_text(ctx);
    let above = a.excess_rate().is_some_and(|x| x > 1e-12);
    view! {
        <div class="figures">
            <div class="figure">
                <span class="figure-label">{t.attrition_rate}</span>
                {match a.rate {
                    Some(rate) => view! {
                        <output class="figure-value attrition-rate">{show_share(rate)}</output>
                        <span class="figure-detail">{(t.attrition_rate_detail)(a.lost.count, &show_average(a.average.0), &from, &to)}</span>
                    }.into_any(),
                    None => view! {
                        <output class="figure-value">{t.no_value}</output>
                        <span class="figure-detail">{(t.too_few_in_force)(&from, &to)}</span>
                    }.into_any(),
                }}
                {a.cohort_rate.map(|share| view! {
                    <span class="figure-detail cohort-rate">
                        {(t.cohort_detail)(a.lost_from_start.count, a.at_start.count, &show_share(share), &from)}
                    </span>
                })}
            </div>
            <div class="figure">
                <span class="figure-label">{t.baseline_for_period}</span>
                <output class="figure-value">{show_share(a.baseline)}</output>
                <span class="figure-detail">{(t.baseline_detail)(&annual, &(t.years)(years, &show_number(years)))}</span>
            </div>
            <div class="figure" class:alert=above>
                <span class="figure-label">
                    {t.avoidable_excess}
                    {above.then(|| view! { <span class="badge bad">{t.above_baseline_flag}</span> })}
                </span>
                <output class="figure-value avoidable-excess">
                    {(t.excess_value)(&contracts_count(a.avoidable.count), &ctx.money(a.avoidable.value))}
                </output>
                <span class="figure-detail">
                    {if above {
                        (t.excess_detail)(&show_share(a.excess_rate().unwrap_or(0.0)))
                    } else {
                        t.within_baseline.to_string()
                    }}
                </span>
            </div>
            <div class="figure">
                <span class="figure-label">{t.lost_value}</span>
                <output class="figure-value">{ctx.money(a.lost.value)}</output>
                <span class="figure-detail">
                    {a.value_rate.map(|r| (t.lost_value_detail)(&show_share(r), &ctx.money(a.average.1)))}
                </span>
            </div>
        </div>
        <p class="by-class">
            {(t.by_reason_class)(a.structural.count, &ctx.money(a.structural.value), a.avoidable.count, &ctx.money(a.avoidable.value))}
        </p>
        {(a.not_renewed.count > 0).then(|| view! {
            <p class="not-renewed">{(t.not_renewed_note)(a.not_renewed.count, &ctx.money(a.not_renewed.value))}</p>
        })}
        {(a.lost_new.count > 0).then(|| view! { <p class="muted">{(t.cancelled_new_note)(a.lost_new.count)}</p> })}
    }
}

fn doc_baseline_text(ctx: Ctx) -> String {
    ctx.doc
        .with_untracked(|d| crate::domain::format::format_percent(d.baseline_points, number_format()))
}

/// The reasons chart and table.
#[component]
fn ReasonsView(
    ctx: Ctx,
    #[prop(into)] results: Signal<Option<Vec<crate::domain::contracts::ReasonLoss>>>,
) -> impl IntoView {
    let t = &text().contracts;
    let bars = Signal::derive(move || {
        results
            .get()
            .unwrap_or_default()
            .into_iter()
            .map(|r| Bar {
                label: (t.reason_name)(r.reason).to_string(),
                value: r.lost.value,
                highlight: r.class == ReasonClass::Structural,
            })
            .collect::<Vec<Bar>>()
    });
    let format_value = Callback::new(move |v: f64| ctx.money(v));
    view! {
        {move || match results.get() {
            None => ().into_any(),
            Some(rows) if rows.is_empty() => view! { <p class="muted">{t.reasons_none}</p> }.into_any(),
            Some(rows) => view! {
                <BarChart
                    title=Signal::derive(move || t.reasons_chart_title.to_string())
                    value_label=t.col_lost_value
                    bars=bars
                    format_value=format_value
                    cumulative=true
                />
                <div class="table-wrap" tabindex="0">
                    <table class="reasons-table">
                        <thead>
                            <tr>
                                <th scope="col">{t.col_reason}</th>
                                <th scope="col">{t.col_class}</th>
                                <th scope="col" class="num">{t.col_contracts}</th>
                                <th scope="col" class="num">{t.col_lost_value}</th>
                                <th scope="col" class="num">{t.col_share}</th>
                                <th scope="col" class="num">{t.col_cumulative}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|r| view! {
                                <tr>
                                    <th scope="row">{(t.reason_name)(r.reason)}</th>
                                    <td>
                                        {(r.class == ReasonClass::Structural).then(|| view! { <span class="marker" aria-hidden="true">{t.structural_marker}</span> })}
                                        {(t.class_name)(r.class)}
                                    </td>
                                    <td class="num">{show_number(r.lost.count as f64)}</td>
                                    <td class="num">{ctx.money(r.lost.value)}</td>
                                    <td class="num">{show_share(r.share)}</td>
                                    <td class="num">{show_share(r.cumulative)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any(),
        }}
    }
}

/// Structural or avoidable, per reason.
#[component]
fn ClassesEditor() -> impl IntoView {
    let ctx = use_ctx();
    let t = &text().contracts;
    let doc = ctx.doc;
    let classes = [ReasonClass::Structural, ReasonClass::Avoidable];
    let key = |c: ReasonClass| match c {
        ReasonClass::Structural => "structural",
        ReasonClass::Avoidable => "avoidable",
    };
    view! {
        <details class="classes-editor">
            <summary>{t.classes_heading}</summary>
            <p class="muted">{t.classes_lead}</p>
            <div class="form-grid">
                {Reason::ALL.into_iter().map(|reason| {
                    let id = format!("class-{}-{}", reason.key(), next_id());
                    view! {
                        <div class="field">
                            <label for=id.clone()>{(t.reason_name)(reason)}</label>
                            <select id=id on:change=move |ev| {
                                let v = event_target_value(&ev);
                                if let Some(c) = classes.into_iter().find(|c| key(*c) == v) {
                                    doc.update(|d| d.classes.set(reason, c));
                                }
                            }>
                                {classes.into_iter().map(|c| view! {
                                    <option value=key(c) selected=move || doc.with(|d| d.classes.get(reason) == c)>{(t.class_name)(c)}</option>
                                }).collect_view()}
                            </select>
                        </div>
                    }
                }).collect_view()}
            </div>
        </details>
    }
}

/// The key clients: the smallest set holding a share of live value.
#[component]
fn Concentration() -> impl IntoView {
    let ctx = use_ctx();
    let t = &text().contracts;
    let doc = ctx.doc;
    let Bound {
        raw,
        parsed: threshold,
        error,
    } = bind(
        doc,
        |d: &ContractsDoc| Some(Percent::new(d.concentration_points).unwrap_or_default()),
        |d, p| d.concentration_points = p.points(),
        |s| parse_rate(s, number_format(), 1.0, 100.0).and_then(Percent::new),
        |p| show_number(p.points()),
    );
    let show_all = RwSignal::new(false);
    let result = memo(move |_| {
        let threshold = threshold.get().ok()?;
        Some(doc.with(|d| value_concentration(&d.contracts, threshold)))
    });
    view! {
        <section class="panel analysis" aria-labelledby="concentration-heading">
            <h2 id="concentration-heading">{t.concentration_heading}</h2>
            <p class="muted">{t.concentration_lead}</p>
            <div class="form-grid analysis-inputs">
                <Field label=t.concentration_threshold value=raw error=error suffix="%"/>
            </div>
            {move || result.get().map(|c| {
                if c.key_clients.is_empty() {
                    return view! { <p class="muted">{t.concentration_empty}</p> }.into_any();
                }
                let share = c.key_clients.last().map(|k| k.cumulative).unwrap_or(0.0);
                let value: f64 = c.key_clients.iter().map(|k| k.value).sum();
                let count = c.key_clients.len();
                let shown = if show_all.get() { count } else { count.min(KEY_CLIENTS_SHOWN) };
                view! {
                    <p>
                        <output class="concentration-summary">
                            {(t.concentration_summary)(count, c.clients, &show_share(share), &ctx.money(value), &ctx.money(c.total))}
                        </output>
                    </p>
                    <div class="table-wrap" tabindex="0">
                        <table class="key-clients">
                            <thead>
                                <tr>
                                    <th scope="col" class="num">{t.col_rank}</th>
                                    <th scope="col">{t.col_client}</th>
                                    <th scope="col" class="num">{t.col_contracts}</th>
                                    <th scope="col" class="num">{t.col_value}</th>
                                    <th scope="col" class="num">{t.col_share}</th>
                                    <th scope="col" class="num">{t.col_cumulative}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {c.key_clients.into_iter().take(shown).enumerate().map(|(i, k)| view! {
                                    <tr>
                                        <td class="num">{i + 1}</td>
                                        <th scope="row">{k.client}</th>
                                        <td class="num">{show_number(k.contracts as f64)}</td>
                                        <td class="num">{ctx.money(k.value)}</td>
                                        <td class="num">{show_share(k.share)}</td>
                                        <td class="num">{show_share(k.cumulative)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    {(count > KEY_CLIENTS_SHOWN).then(|| view! {
                        <button type="button" class="ghost" on:click=move |_| show_all.update(|s| *s = !*s)>
                            {move || if show_all.get() { t.show_fewer.to_string() } else { (t.show_all)(count) }}
                        </button>
                    })}
                }.into_any()
            })}
            <Reference figure=t.ref_concentration/>
        </section>
    }
}
