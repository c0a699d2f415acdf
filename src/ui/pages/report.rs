//! `/report`: the workspace on one or two printed pages for the client: the
//! saved calculator scenarios, the contract register's key figures, the
//! loyalty drafts' economics and the progress of onboarding. Every figure
//! comes from the same domain functions the module pages use; this page only
//! lays them out. "Print / Save as PDF" opens the browser's print dialog, and
//! `style/report.css` gives the page its paper layout.

use crate::domain::contracts::{
    attrition, reasons, renewal_calls, value_concentration, CallRules, CallStatus, ContractsDoc, ReasonClass,
};
use crate::domain::format::format_date;
use crate::domain::input::Percent;
use crate::domain::loyalty::{project, LoyaltyDrafts};
use crate::domain::onboarding::progress::{Health, PlanSummary, Projection};
use crate::domain::onboarding::OnboardingBook;
use crate::domain::winback::{recovery, WinbackDoc};
use crate::storage::documents::CalcScenarios;
use crate::storage::Document;
use crate::ui::components::chart::{Bar, BarChart};
use crate::ui::pages::calculators::specs::{self, spec};
use crate::ui::pages::loyalty::bind::Fmt;
use crate::ui::pages::loyalty::display_name;
use crate::ui::pages::loyalty::summary::{model_error, payback_text};
use crate::ui::pages::set_title;
use crate::ui::reactive::memo;
use crate::ui::state::{today, use_document, use_workspace, use_workspaces, workspace_key};
use crate::ui::text::{lang, text};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The report page.
#[component]
pub fn ReportPage() -> impl IntoView {
    let t = &text().report;
    set_title(t.title);
    let ws = use_workspace();
    let index = use_workspaces();
    let is_demo = memo(move |_| index.with(|i| i.is_demo(&ws.id.get_value())));
    let today = today();
    let date = format_date(today, lang());
    let fmt = crate::ui::state::use_fmt();
    let scenarios = use_document::<CalcScenarios>(workspace_key(CalcScenarios::NAME));
    let contracts = use_document::<ContractsDoc>(workspace_key(ContractsDoc::NAME));
    let winback = use_document::<WinbackDoc>(workspace_key(WinbackDoc::NAME));
    let loyalty = use_document::<LoyaltyDrafts>(workspace_key(LoyaltyDrafts::NAME));
    let onboarding = use_document::<OnboardingBook>(workspace_key(OnboardingBook::NAME));
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="report-page">
            <div class="report-actions no-print">
                <p class="lead">{t.lead}</p>
                <button type="button" class="report-print" on:click=print>{t.print}</button>
            </div>
            <article class="report">
                <header class="report-head">
                    {move || ws.profile.with(|p| (!p.logo.is_empty()).then(|| view! {
                        <img class="report-logo" src=p.logo.clone() alt=""/>
                    }))}
                    <h1>{t.title}</h1>
                    <p class="report-client">{move || (t.prepared_for)(&ws.profile.with(crate::ui::state::display_name))}</p>
                    {move || ws.profile.with(|p| (!p.prepared_by.is_empty()).then(|| view! {
                        <p class="report-by">{(t.prepared_by)(&p.prepared_by)}</p>
                    }))}
                    <p class="report-date">{(t.prepared_on)(&date)}</p>
                    <Show when=move || is_demo.get()>
                        <p class="report-demo">{t.demo_note}</p>
                    </Show>
                </header>
                <section class="report-section report-calculators" aria-labelledby="report-calculators">
                    <h2 id="report-calculators">{t.calc_heading}</h2>
                    {move || calculators_view(&scenarios.get(), fmt.get())}
                </section>
                <section class="report-section report-contracts" aria-labelledby="report-contracts">
                    <h2 id="report-contracts">{t.contracts_heading}</h2>
                    {move || contracts.with(|c| winback.with(|w| contracts_view(c, w, today, fmt.get())))}
                </section>
                <section class="report-section report-loyalty" aria-labelledby="report-loyalty">
                    <h2 id="report-loyalty">{t.loyalty_heading}</h2>
                    {move || loyalty.with(|l| loyalty_view(l, fmt.get()))}
                </section>
                <section class="report-section report-onboarding" aria-labelledby="report-onboarding">
                    <h2 id="report-onboarding">{t.onboarding_heading}</h2>
                    {move || onboarding.with(|o| onboarding_view(o, today))}
                </section>
                <footer class="report-foot"><p>{t.footer}</p></footer>
            </article>
        </div>
    }
}

/// One line saying a module has nothing to report.
fn empty_line(message: &'static str) -> AnyView {
    view! { <p class="report-empty">{message}</p> }.into_any()
}

/// A key figure: label, value and a few words of context.
fn kpi(label: &'static str, value: String, detail: String) -> impl IntoView {
    view! {
        <div class="report-kpi">
            <dt>{label}</dt>
            <dd><output class="report-kpi-value">{value}</output>" "<span class="report-kpi-detail">{detail}</span></dd>
        </div>
    }
}

/// The saved scenarios with their headline results.
fn calculators_view(doc: &CalcScenarios, f: Fmt) -> AnyView {
    let t = &text().report;
    if doc.scenarios.is_empty() {
        return empty_line(t.calc_empty);
    }
    let fmt = specs::Fmt {
        number: f.number,
        currency: f.currency,
    };
    let rows: Vec<(String, String, String)> = doc
        .scenarios
        .iter()
        .filter_map(|s| {
            let spec = spec(&s.calculator)?;
            let raw: Vec<String> = spec
                .fields
                .iter()
                .map(|field| {
                    s.inputs
                        .iter()
                        .find(|(k, _)| k == field.key)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default()
                })
                .collect();
            let result = match spec.evaluate(&raw, &fmt).outcome {
                Some(outcome) => outcome
                    .rows
                    .iter()
                    .filter(|r| r.headline)
                    .map(|r| format!("{}: {}", r.label, r.value))
                    .collect::<Vec<_>>()
                    .join(" · "),
                None => t.calc_invalid.to_string(),
            };
            Some((spec.text.title.to_string(), s.name.clone(), result))
        })
        .collect();
    if rows.is_empty() {
        return empty_line(t.calc_empty);
    }
    view! {
        <div class="table-wrap" tabindex="0">
            <table class="report-table">
            <thead>
                <tr>
                    <th scope="col">{t.col_calculator}</th>
                    <th scope="col">{t.col_scenario}</th>
                    <th scope="col">{t.col_result}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|(calculator, name, result)| view! {
                    <tr>
                        <td>{calculator}</td>
                        <th scope="row">{name}</th>
                        <td>{result}</td>
                    </tr>
                }).collect_view()}
            </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The register's key figures, with the settings saved on the contracts page.
fn contracts_view(doc: &ContractsDoc, winback: &WinbackDoc, today: NaiveDate, f: Fmt) -> AnyView {
    let t = &text().report;
    let tc = &text().contracts;
    if doc.contracts.is_empty() {
        return empty_line(t.contracts_empty);
    }
    let live: Vec<_> = doc.contracts.iter().filter(|c| c.status.is_live()).collect();
    let live_value: f64 = live.iter().map(|c| c.value.get()).sum();
    let period = doc.period(today);
    let baseline = Percent::new(doc.baseline_points).unwrap_or_default();
    let a = attrition(&doc.contracts, period, baseline, &doc.classes);
    let (from, to) = ((tc.date)(period.from()), (tc.date)(period.to()));
    let attrition_value = a.rate.map_or_else(|| t.not_defined.to_string(), |r| f.share(r));
    let attrition_detail = match a.rate {
        Some(_) => (t.attrition_detail)(
            a.lost.count,
            &crate::domain::format::format_fixed(a.average.0, 1, f.number),
            &f.share(a.baseline),
            &from,
            &to,
        ),
        None => (t.attrition_none)(&from, &to),
    };
    let top = reasons(&doc.contracts, period, &doc.classes);
    let concentration = value_concentration(
        &doc.contracts,
        Percent::new(doc.concentration_points).unwrap_or_default(),
    );
    let key_share = concentration.key_clients.last().map_or(0.0, |k| k.cumulative);
    let calls = renewal_calls(
        &doc.contracts,
        today,
        CallRules {
            threshold: doc.call_threshold_in(f.currency),
            window_months: doc.call_window_months,
            lead_months: doc.call_lead_months,
        },
    );
    let pending = calls.iter().filter(|c| c.status != CallStatus::Done).count();
    let overdue = calls.iter().filter(|c| c.status == CallStatus::Overdue).count();
    let r = recovery(&winback.customers);
    view! {
        <dl class="report-kpis">
            {kpi(t.active_contracts, live.len().to_string(), (t.active_detail)(&f.money_whole(live_value)))}
            {kpi(t.attrition, attrition_value, attrition_detail)}
            {kpi(
                t.key_clients,
                concentration.key_clients.len().to_string(),
                (t.key_clients_detail)(concentration.key_clients.len(), concentration.clients, &f.share(key_share)),
            )}
            {kpi(t.renewals, calls.len().to_string(), (t.renewals_detail)(doc.call_window_months, pending, overdue))}
            {(r.departed > 0).then(|| kpi(
                t.winback,
                r.rate.map_or_else(|| t.not_defined.to_string(), |p| f.share(p.fraction())),
                (t.winback_detail)(r.won_back, r.contacted, r.departed, &f.money_whole(r.recovered)),
            ))}
        </dl>
        <h3>{t.lost_by_reason}</h3>
        {if top.is_empty() {
            view! { <p class="report-empty">{t.no_cancellations}</p> }.into_any()
        } else {
            // The same chart as on the contracts page: lost value by reason,
            // structural reasons marked, with the cumulative share.
            let bars: Vec<Bar> = top
                .iter()
                .map(|r| Bar {
                    label: (tc.reason_name)(r.reason).to_string(),
                    value: r.lost.value,
                    highlight: r.class == ReasonClass::Structural,
                })
                .collect();
            let format_value = Callback::new(move |x: f64| f.money_whole(x));
            view! {
                <div class="report-chart">
                    <BarChart
                        title=Signal::derive(move || tc.reasons_chart_title.to_string())
                        value_label=tc.col_lost_value
                        bars=Signal::derive(move || bars.clone())
                        format_value=format_value
                        cumulative=true
                    />
                </div>
                <div class="table-wrap" tabindex="0">
                    <table class="report-table report-reasons">
                    <thead>
                        <tr>
                            <th scope="col">{tc.col_reason}</th>
                            <th scope="col" class="num">{tc.col_contracts}</th>
                            <th scope="col" class="num">{tc.col_lost_value}</th>
                            <th scope="col" class="num">{tc.col_share}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {top.into_iter().take(3).map(|r| view! {
                            <tr>
                                <th scope="row">{(tc.reason_name)(r.reason)}</th>
                                <td class="num">{r.lost.count}</td>
                                <td class="num">{f.money_whole(r.lost.value)}</td>
                                <td class="num">{f.share(r.share)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                    </table>
                </div>
            }
            .into_any()
        }}
    }
    .into_any()
}

/// Year 1 of every draft's projection.
fn loyalty_view(doc: &LoyaltyDrafts, f: Fmt) -> AnyView {
    let t = &text().report;
    if doc.drafts.is_empty() {
        return empty_line(t.loyalty_empty);
    }
    view! {
        <p class="report-note">{t.loyalty_lead}</p>
        <div class="table-wrap" tabindex="0">
            <table class="report-table report-drafts">
            <thead>
                <tr>
                    <th scope="col">{t.col_draft}</th>
                    <th scope="col" class="num">{t.col_cost}</th>
                    <th scope="col" class="num">{t.col_liability}</th>
                    <th scope="col" class="num">{text().loyalty.breakage}</th>
                    <th scope="col" class="num">{t.col_roi}</th>
                    <th scope="col" class="num">{t.col_roi_3y}</th>
                    <th scope="col">{t.col_payback}</th>
                </tr>
            </thead>
            <tbody>
                {doc.drafts.iter().map(|p| {
                    let name = display_name(&p.name);
                    match project(p) {
                        Ok(e) => {
                            let roi = |r: Option<f64>| r.map_or_else(|| t.not_defined.to_string(), |r| f.share(r));
                            let (cost, liability, roi1) = e.year1().map_or(
                                (t.not_defined.to_string(), t.not_defined.to_string(), t.not_defined.to_string()),
                                |y| (f.money_whole(y.cost), f.money_whole(y.liability), roi(y.roi)),
                            );
                            view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <td class="num">{cost}</td>
                                    <td class="num">{liability}</td>
                                    // The draft's own breakage, as typed in its editor
                                    // (the label is the editor's too).
                                    <td class="num">{f.share(e.assumptions.breakage)}</td>
                                    <td class="num">{roi1}</td>
                                    <td class="num">{roi(e.three_year_roi)}</td>
                                    <td>{payback_text(&e, f)}</td>
                                </tr>
                            }
                            .into_any()
                        }
                        Err(err) => view! {
                            <tr>
                                <th scope="row">{name}</th>
                                <td colspan="6">{model_error(&err, f)}</td>
                            </tr>
                        }
                        .into_any(),
                    }
                }).collect_view()}
            </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The projected finish in a few words (as in the portfolio).
fn finish_words(projection: Projection) -> String {
    let t = &text().onboarding;
    match projection {
        Projection::Projected { on, .. } => (t.expected)(&(t.date)(on)),
        Projection::Finished { on: Some(on) } => (t.finished_on_short)(&(t.date)(on)),
        Projection::Finished { on: None } => t.health_complete_on_time.to_string(),
        Projection::NoProgress => t.expected_unknown.to_string(),
        Projection::TooSlow { .. } => t.expected_too_slow.to_string(),
        Projection::NotStarted => t.health_not_started.to_string(),
        Projection::NothingToCount => text().report.not_defined.to_string(),
    }
}

/// Every plan's progress, overdue steps, status and projected finish.
fn onboarding_view(doc: &OnboardingBook, today: NaiveDate) -> AnyView {
    let t = &text().report;
    if doc.plans.is_empty() {
        return empty_line(t.onboarding_empty);
    }
    let rows: Vec<(String, PlanSummary)> = doc
        .plans
        .iter()
        .map(|p| (p.client.clone(), PlanSummary::of(p, today)))
        .collect();
    let finished = rows
        .iter()
        .filter(|(_, s)| matches!(s.health, Health::Complete { .. }))
        .count();
    let late = rows.iter().filter(|(_, s)| s.overdue > 0).count();
    let overdue: u32 = rows.iter().map(|(_, s)| s.overdue).fold(0, u32::saturating_add);
    let number = crate::ui::state::number_format();
    view! {
        <p class="report-note report-onboarding-summary">{(t.onboarding_summary)(rows.len(), finished, late, overdue)}</p>
        <div class="table-wrap" tabindex="0">
            <table class="report-table report-plans">
            <thead>
                <tr>
                    <th scope="col">{t.col_client}</th>
                    <th scope="col" class="num">{t.col_progress}</th>
                    <th scope="col" class="num">{t.col_overdue}</th>
                    <th scope="col">{t.col_status}</th>
                    <th scope="col">{t.col_finish}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|(client, s)| {
                    let progress = s.progress.whole_percent().map_or_else(
                        || t.not_defined.to_string(),
                        |p| crate::domain::format::format_percent(f64::from(p), number),
                    );
                    let done = s.progress.whole_percent();
                    view! {
                        <tr>
                            <th scope="row">{client}</th>
                            <td class="num report-progress">
                                // A bar per plan: the meeting reads progress at a glance.
                                {done.map(|p| view! { <progress max="100" value=p.to_string() aria-hidden="true"></progress> })}
                                {progress}
                            </td>
                            <td class="num">{s.overdue}</td>
                            <td>{crate::ui::pages::onboarding::widgets::health_words(s.health)}</td>
                            <td>{finish_words(s.projection)}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
            </table>
        </div>
    }
    .into_any()
}
