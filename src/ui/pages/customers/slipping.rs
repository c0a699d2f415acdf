//! Customers slipping away, ranked by value at risk: pick some and add them
//! to the win-back list, or export the list as CSV.

use super::*;
use crate::domain::contracts::Reason;
use crate::domain::csv::write_csv;
use crate::domain::customers::bgnbd;
use crate::domain::customers::check::{slipping_away, AtRisk};
use crate::domain::customers::gamma_gamma::lifetime_value;
use crate::domain::customers::TimeUnit;
use crate::domain::input::Money;
use crate::domain::winback::{DepartedCustomer, WinbackDoc};
use crate::ui::download::download;
use std::collections::BTreeSet;

/// Customers listed.
const TOP: usize = 50;

/// One listed customer: the domain's ranking plus expected purchases and
/// the discounted value over the horizon.
#[derive(Clone, Debug, PartialEq)]
struct Listed {
    risk: AtRisk,
    expected: f64,
    clv: Option<f64>,
}

/// The section.
#[component]
pub(super) fn Slipping() -> impl IntoView {
    let ctx = use_customers();
    let doc = ctx.doc;
    let t = &text().customers;
    let notices = use_notices();
    let winback = use_document::<WinbackDoc>(workspace_key(WinbackDoc::NAME));
    let picked = RwSignal::new(BTreeSet::<String>::new());
    let list = memo(move |_| {
        let (months, discount) = doc.with(|d| (d.horizon_months.clamp(1, 120), d.discount_percent.max(0.0) / 100.0));
        let fit = ctx.fit.get();
        let Some(Ok(fit)) = fit else {
            return Arc::new(Vec::new());
        };
        ctx.base.with(|b| {
            let Some(b) = b else {
                return Arc::new(Vec::new());
            };
            let horizon = f64::from(months) * TimeUnit::Weeks.per_month();
            let ranked = slipping_away(fit.bg.params, fit.gg.ok().map(|g| g.params), &b.summary, horizon, TOP)
                .unwrap_or_default();
            let listed = ranked
                .into_iter()
                .map(|risk| {
                    let c = b.summary.customers.iter().find(|c| c.customer == risk.customer);
                    let expected = c
                        .and_then(|c| bgnbd::expected_purchases(fit.bg.params, c.history, horizon).ok())
                        .unwrap_or(0.0);
                    let clv = c.and_then(|c| {
                        let spend = match fit.gg {
                            Ok(g) => crate::domain::customers::gamma_gamma::expected_spend(
                                g.params,
                                c.history.frequency(),
                                c.monetary_value,
                            )
                            .ok()?,
                            Err(_) => c.monetary_value,
                        };
                        lifetime_value(fit.bg.params, c.history, spend, TimeUnit::Weeks, months, discount).ok()
                    });
                    Listed { risk, expected, clv }
                })
                .collect();
            Arc::new(listed)
        })
    });
    let add = move |_| {
        let chosen = picked.get_untracked();
        if chosen.is_empty() {
            return;
        }
        let today = today();
        let rows: Vec<DepartedCustomer> = list.with_untracked(|l| {
            l.iter()
                .filter(|c| chosen.contains(&c.risk.customer))
                .map(|c| DepartedCustomer {
                    name: c.risk.customer.clone(),
                    lost_revenue: Money::new((c.risk.value_if_active * 100.0).round() / 100.0)
                        .unwrap_or_else(|_| Money::zero()),
                    departed_on: today,
                    reason: Reason::Other,
                    reason_detail: t.winback_detail.to_string(),
                    ..DepartedCustomer::default()
                })
                .collect()
        });
        let n = rows.len();
        let before = winback.get_untracked();
        winback.update(|w| {
            for r in rows {
                w.add_customer(r);
            }
        });
        picked.set(BTreeSet::new());
        notices.undo((t.added_winback)(n), move || winback.set(before.clone()));
    };
    let export = move |_| {
        let f = ctx.fmt.get_untracked();
        let header = vec![
            t.col_customer.to_string(),
            t.col_p_alive.to_string(),
            t.col_expected.to_string(),
            t.col_value_if_active.to_string(),
            t.col_value_at_risk.to_string(),
        ];
        let sep = if f.number.decimal == ',' { ';' } else { ',' };
        let rows = list.with_untracked(|l| {
            std::iter::once(header)
                .chain(l.iter().map(|c| {
                    vec![
                        c.risk.customer.clone(),
                        f.typed(c.risk.p_alive * 100.0),
                        f.typed(c.expected),
                        f.typed(c.risk.value_if_active),
                        f.typed(c.risk.value_at_risk),
                    ]
                }))
                .collect::<Vec<_>>()
        });
        if let Err(e) = download(
            t.csv_file_name,
            "text/csv",
            &format!("\u{feff}{}", write_csv(rows, sep)),
        ) {
            notices.show("customers-export", crate::ui::state::Level::Error, e, None);
        }
    };
    let horizon_id = format!("cust-horizon-{}", next_id());
    let discount_id = format!("cust-discount-{}", next_id());
    let table = move || {
        let f = ctx.fmt.get();
        let l = list.get();
        if l.is_empty() {
            return view! { <p class="muted">{t.none_at_risk}</p> }.into_any();
        }
        let rows: Vec<_> = l
            .iter()
            .map(|c| {
                let id = c.risk.customer.clone();
                let id2 = id.clone();
                let id3 = id.clone();
                view! {
                    <tr>
                        <td><input type="checkbox" aria-label=(t.pick_label)(&id)
                            prop:checked=move || picked.with(|p| p.contains(&id2))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                picked.update(|p| { if on { p.insert(id3.clone()); } else { p.remove(&id3); } });
                            }/></td>
                        <th scope="row">{id.clone()}</th>
                        <td class="num">{f.share(c.risk.p_alive)}</td>
                        <td class="num">{f.num(c.expected)}</td>
                        <td class="num">{f.money(c.risk.value_if_active)}</td>
                        <td class="num">{c.clv.map(|v| f.money(v)).unwrap_or_default()}</td>
                        <td class="num">{f.money(c.risk.value_at_risk)}</td>
                    </tr>
                }
            })
            .collect();
        view! {
            <div class="table-wrap" tabindex="0">
                <table class="cust-slipping">
                    <thead><tr>
                        <th scope="col">{t.col_pick}</th>
                        <th scope="col">{t.col_customer}</th>
                        <th scope="col" class="num">{t.col_p_alive}</th>
                        <th scope="col" class="num">{t.col_expected}</th>
                        <th scope="col" class="num">{t.col_value_if_active}</th>
                        <th scope="col" class="num">{t.col_clv}</th>
                        <th scope="col" class="num">{t.col_value_at_risk}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="panel cust-slipping-section" id="cust-slipping" aria-labelledby="cust-slipping-h">
            <h2 id="cust-slipping-h">{t.h_slipping}</h2>
            <p class="muted">{t.slipping_explain}</p>
            <div class="form-grid">
                <div class="field">
                    <label for=horizon_id.clone()>{t.horizon}</label>
                    <input id=horizon_id type="number" min="1" max="120" step="1"
                        prop:value=move || doc.with(|d| d.horizon_months.to_string())
                        on:change=move |ev| {
                            if let Ok(n) = event_target_value(&ev).trim().parse::<u32>() {
                                doc.update(|d| d.horizon_months = n.clamp(1, 120));
                            }
                        }/>
                </div>
                <div class="field">
                    <label for=discount_id.clone()>{t.discount}</label>
                    <input id=discount_id type="text" inputmode="decimal"
                        prop:value=move || doc.with(|d| ctx.fmt.get().typed(d.discount_percent))
                        on:change=move |ev| {
                            if let Ok(p) = crate::domain::input::parse_percent(&event_target_value(&ev), number_format()) {
                                doc.update(|d| d.discount_percent = p.points());
                            }
                        }/>
                </div>
            </div>
            {table}
            <div class="form-actions">
                <button type="button" class="primary cust-to-winback" disabled=move || picked.with(BTreeSet::is_empty) on:click=add>
                    {move || (t.add_winback)(picked.with(BTreeSet::len))}
                </button>
                <button type="button" class="ghost" on:click=export>{t.export_csv}</button>
            </div>
        </section>
    }
}
