//! Acquisition cohorts: the retention heat-map, revenue retention, the
//! repeat-purchase rate, the median gap, and one period's (E − N) / S with
//! links that open the calculators filled in.

use super::*;
use crate::domain::share_link::write_query;

/// A share as a heat-map cell: the text, and one of six solid shades whose
/// text colour keeps a 4.5:1 contrast in both themes (style/customers.css).
fn heat_cell(share: Option<f64>, f: Fmt) -> impl IntoView {
    match share {
        Some(s) => {
            let level = (s.clamp(0.0, 1.0) * 5.0).round() as u8;
            view! { <td class=format!("num heat heat-{level}")>{f.share(s)}</td> }.into_any()
        }
        None => view! { <td class="num heat empty"></td> }.into_any(),
    }
}

/// One cohort table (`revenue`: revenue retention, else customers active).
fn cohort_table(base: &CustomerBase, period: CohortPeriod, revenue: bool, f: Fmt) -> impl IntoView {
    let t = &text().customers;
    let (table, _) = base.by(period);
    let columns = table.columns();
    let head: Vec<_> = (0..columns)
        .map(|k| view! { <th scope="col" class="num">{(t.after)(k)}</th> })
        .collect();
    let rows: Vec<_> = table
        .cohorts
        .iter()
        .map(|c| {
            let cells: Vec<_> = (0..columns)
                .map(|k| {
                    heat_cell(
                        if revenue {
                            c.revenue_retention(k)
                        } else {
                            c.retention(k)
                        },
                        f,
                    )
                })
                .collect();
            view! {
                <tr>
                    <th scope="row">{period_label(period, c.period)}</th>
                    <td class="num">{f.whole(c.customers as f64)}</td>
                    {cells}
                </tr>
            }
        })
        .collect();
    view! {
        <div class="table-wrap" tabindex="0">
            <table class=if revenue { "cust-heat cust-revenue" } else { "cust-heat cust-retention" }>
                <caption>{if revenue { t.revenue_caption } else { t.heat_caption }}</caption>
                <thead><tr><th scope="col">{t.col_cohort}</th><th scope="col" class="num">{t.col_size}</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The cohorts section.
#[component]
pub(super) fn Cohorts() -> impl IntoView {
    let ctx = use_customers();
    let doc = ctx.doc;
    let t = &text().customers;
    let period = memo(move |_| doc.with(|d| d.period));
    let period_id = format!("cust-period-{}", next_id());
    let chosen_id = format!("cust-chosen-{}", next_id());
    // The period whose retention is shown; the latest one by default.
    let chosen = RwSignal::new(None::<i64>);
    effect(move |_| {
        period.track();
        chosen.set(None);
    });
    let retention = memo(move |_| {
        let p = period.get();
        ctx.base.with(|b| {
            b.as_ref().and_then(|b| {
                let (_, list) = b.by(p);
                let at = chosen.get();
                list.iter()
                    .rev()
                    .find(|(q, _)| at.is_none_or(|at| at == *q))
                    .or(list.last())
                    .copied()
            })
        })
    });
    let options = move || {
        let p = period.get();
        ctx.base.with(|b| {
            b.as_ref()
                .map(|b| {
                    b.by(p)
                        .1
                        .iter()
                        .rev()
                        .map(|(q, _)| {
                            let q = *q;
                            view! { <option value=q.to_string() selected=move || retention.with(|r| r.is_some_and(|(at, _)| at == q))>{period_label(p, q)}</option> }
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let figures = move || {
        let f = ctx.fmt.get();
        retention.get().map(|(_, r)| {
            let keys = ["start", "end", "new"];
            let values = [r.start.to_string(), r.end.to_string(), r.new.to_string()];
            let retention_link = format!("/calculators/retention-rate?{}", write_query(&keys, &values));
            let lost = r.start.saturating_sub(r.end.saturating_sub(r.new));
            let churn_values = [r.start.to_string(), lost.to_string(), r.new.to_string()];
            let churn_link = format!(
                "/calculators/churn?{}",
                write_query(&["start", "lost", "new"], &churn_values)
            );
            view! {
                <dl class="cust-figures cust-period-figures">
                    <div><dt>{t.s_label}</dt><dd>{f.whole(r.start as f64)}</dd></div>
                    <div><dt>{t.e_label}</dt><dd>{f.whole(r.end as f64)}</dd></div>
                    <div><dt>{t.n_label}</dt><dd>{f.whole(r.new as f64)}</dd></div>
                    {(r.returning > 0).then(|| view! {
                        <div><dt>{t.returning_label}</dt><dd class="cust-returning">{f.whole(r.returning as f64)}</dd></div>
                    })}
                    <div><dt>{t.rate_label}</dt><dd class="cust-rate">{f.percent(r.rate)}</dd></div>
                    <div><dt>{t.churn_label}</dt><dd class="cust-churn">{f.percent(r.churn)}</dd></div>
                </dl>
                <p class="muted">{t.retention_explain}</p>
                <p class="cust-links">
                    <a href=retention_link class="cust-open-retention">{t.open_retention}</a>" · "
                    <a href=churn_link class="cust-open-churn">{t.open_churn}</a>
                </p>
            }
        })
    };
    let tables = move || {
        let f = ctx.fmt.get();
        let p = period.get();
        ctx.base.with(|b| {
            b.as_ref().map(|b| {
                view! {
                    <dl class="cust-figures">
                        <div>
                            <dt>{t.repeat_rate}</dt>
                            <dd class="cust-repeat">{f.share(b.repeat_rate)}</dd>
                            <dd class="muted">{t.repeat_explain}</dd>
                        </div>
                        <div>
                            <dt>{t.median_gap}</dt>
                            <dd class="cust-median">{b.median_gap_days.map(t.days).unwrap_or_else(|| "—".to_string())}</dd>
                            <dd class="muted">{t.median_explain}</dd>
                        </div>
                    </dl>
                    {cohort_table(b, p, false, f)}
                    <p class="muted">{t.heat_explain}</p>
                    {cohort_table(b, p, true, f)}
                    <p class="muted">{t.revenue_explain}</p>
                }
            })
        })
    };
    view! {
        <section class="panel cust-cohorts" id="cust-cohorts" aria-labelledby="cust-cohorts-h">
            <h2 id="cust-cohorts-h">{t.h_cohorts}</h2>
            <div class="field">
                <label for=period_id.clone()>{t.period_label}</label>
                <select id=period_id on:change=move |ev| {
                    let value = if event_target_value(&ev) == "quarter" { CohortPeriod::Quarter } else { CohortPeriod::Month };
                    doc.update(|d| d.period = value);
                }>
                    <option value="month" selected=move || period.get() == CohortPeriod::Month>{t.by_month}</option>
                    <option value="quarter" selected=move || period.get() == CohortPeriod::Quarter>{t.by_quarter}</option>
                </select>
            </div>
            {tables}
            <h3>{t.h_retention}</h3>
            {move || if retention.with(Option::is_none) {
                view! { <p class="muted">{t.no_retention}</p> }.into_any()
            } else {
                view! {
                    <div class="field">
                        <label for=chosen_id.clone()>{t.retention_period}</label>
                        <select id=chosen_id.clone() on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())>
                            {options}
                        </select>
                    </div>
                    {figures}
                }.into_any()
            }}
        </section>
    }
}
