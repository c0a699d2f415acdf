//! `/loyalty/:id/print`: a one-page summary of a draft to leave with a
//! client: the rules, tiers, rewards, gamification, assumptions and results.

use super::bind::{use_drafts, Fmt};
use super::display_name;
use super::editor::DraftNotFound;
use super::summary::{model_error, result_rows};
use crate::domain::loyalty::{project, Economics, ModelError, Programme, Qualifier, ReferralForm};
use crate::ui::pages::set_title;
use crate::ui::reactive::{effect, memo};
use crate::ui::state::use_workspace;
use crate::ui::text::text;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// The route: the printable summary of the draft named by `:id`.
#[component]
pub fn PrintPage() -> impl IntoView {
    let doc = use_drafts();
    let params = use_params_map();
    let id = memo(move |_| params.with(|p| p.get("id").and_then(|s| s.parse::<u64>().ok())));
    let found = memo(move |_| id.get().filter(|id| doc.with(|d| d.get(*id).is_some())));
    move || match found.get() {
        Some(id) => view! { <Sheet id/> }.into_any(),
        None => view! { <DraftNotFound/> }.into_any(),
    }
}

/// Everything the sheet shows, formatted.
#[derive(Clone, PartialEq)]
struct SheetData {
    programme: Programme,
    economics: Result<Economics, ModelError>,
    fmt: Fmt,
}

/// The sheet of draft `id`.
#[component]
fn Sheet(id: u64) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let ws = use_workspace();
    let fmt = crate::ui::state::use_fmt();
    let data = memo(move |_| {
        let f = fmt.get();
        doc.with(|d| {
            d.get(id).map(|p| SheetData {
                programme: p.clone(),
                economics: project(p),
                fmt: f,
            })
        })
    });
    effect(move |_| {
        if let Some(d) = data.get() {
            set_title(&(t.print_title)(&display_name(&d.programme.name)));
        }
    });
    // The date as every other page writes it ("4 dez. 2026"), in local time.
    let today = crate::domain::format::format_date(chrono::Local::now().date_naive(), crate::ui::text::lang());
    let prepared = move || {
        ws.profile.with(|p| {
            let line = (t.prepared)(&crate::ui::state::display_name(p), &today);
            if p.prepared_by.is_empty() {
                line
            } else {
                format!("{line} {}.", (text().report.prepared_by)(&p.prepared_by))
            }
        })
    };
    view! {
        <div class="loy-print-actions no-print">
            <A href=format!("/loyalty/{id}") attr:class="button ghost">{t.back_to_draft}</A>
            <button type="button" on:click=move |_| {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }>{t.print_button}</button>
        </div>
        {move || data.get().map(|d| view! { <SheetBody data=d prepared=prepared()/> })}
    }
}

/// The printable content.
#[component]
fn SheetBody(data: SheetData, prepared: String) -> impl IntoView {
    let t = &text().loyalty;
    let SheetData {
        programme: p,
        economics,
        fmt: f,
    } = data;
    let by_spend = p.tiers.qualifier == Qualifier::Spend;
    let members_year1: Vec<String> = match &economics {
        Ok(e) => e
            .year1()
            .map(|y| y.members_per_band.iter().map(|m| f.whole(*m)).collect())
            .unwrap_or_default(),
        Err(_) => Vec::new(),
    };
    let side = |form: ReferralForm, amount: f64| match form {
        ReferralForm::Points => format!("{} {}", f.whole(amount), t.points.to_lowercase()),
        ReferralForm::Value => f.money(amount),
    };
    let cpp = match &economics {
        Ok(e) => e.assumptions.cost_per_point,
        Err(_) => p.cost_per_point,
    };
    let redeemed = match &economics {
        Ok(e) => f.share(e.redemption_share),
        Err(_) => t.none.to_string(),
    };
    let x = p.economics;
    let inputs = [
        (t.members, f.whole(x.members as f64)),
        (t.average_order_value, f.money(x.average_order_value)),
        (t.purchases_per_year, f.num(x.purchases_per_year)),
        (t.gross_margin, f.share(x.gross_margin / 100.0)),
        (t.redemption_rate, f.share(x.redemption_rate / 100.0)),
        (t.breakage, f.share(x.breakage / 100.0)),
        (t.current_retention, f.share(x.current_retention / 100.0)),
        (t.retention_lift, f.num(x.retention_lift)),
        (t.frequency_lift, f.share(x.frequency_lift / 100.0)),
        (t.fixed_cost, f.money(x.fixed_cost)),
        (t.launch_cost, f.money(x.launch_cost)),
    ];
    let results = match &economics {
        Ok(e) => view! {
            <dl class="loy-sheet-results">
                {result_rows(e, f).into_iter().map(|r| view! {
                    <div>
                        <dt>{r.label}</dt>
                        <dd>
                            <strong>{r.value}</strong>
                            <span class="loy-sheet-formula">{r.formula}</span>
                        </dd>
                    </div>
                }).collect_view()}
            </dl>
            <div class="table-wrap" tabindex="0">
                <table class="loy-sheet-years">
                <caption>{t.year_table_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_item}</th>
                        {e.years.iter().map(|y| view! { <th scope="col" class="num">{(t.col_year)(y.year)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    <tr><th scope="row">{t.row_members}</th>{e.years.iter().map(|y| view! { <td class="num">{f.whole(y.members)}</td> }).collect_view()}</tr>
                    <tr><th scope="row">{t.series_cost}</th>{e.years.iter().map(|y| view! { <td class="num">{f.money_whole(y.cost)}</td> }).collect_view()}</tr>
                    <tr><th scope="row">{t.series_liability}</th>{e.years.iter().map(|y| view! { <td class="num">{f.money_whole(y.liability)}</td> }).collect_view()}</tr>
                    <tr><th scope="row">{t.series_profit}</th>{e.years.iter().map(|y| view! { <td class="num">{f.money_whole(y.incremental_gross_profit)}</td> }).collect_view()}</tr>
                    <tr><th scope="row">{t.row_net}</th>{e.years.iter().map(|y| view! { <td class="num">{f.money_whole(y.net)}</td> }).collect_view()}</tr>
                </tbody>
                </table>
            </div>
        }
        .into_any(),
        Err(err) => view! { <p class="loy-alert">{model_error(err, f)}</p> }.into_any(),
    };
    view! {
        <article class="loy-sheet">
            <header class="loy-sheet-head">
                <h1>{display_name(&p.name)}</h1>
                <p>{prepared}</p>
            </header>
            <div class="loy-sheet-grid">
                <section>
                    <h2>{t.rules_heading}</h2>
                    <ul class="loy-sheet-rules">
                        <li>{(t.earn_rule)(&f.num(p.points_per_unit))}</li>
                        {p.bonus.iter().map(|b| {
                            let name = if b.description.is_empty() {
                                (t.bonus_kind_name)(b.kind).to_string()
                            } else {
                                b.description.clone()
                            };
                            view! { <li>{(t.bonus_value)(&name, &f.whole(b.points), &f.num(b.per_member_year))}</li> }
                        }).collect_view()}
                        <li>{(t.referral_rule)(
                            &side(p.referral.referrer.form, p.referral.referrer.amount),
                            &side(p.referral.referee.form, p.referral.referee.amount),
                            &f.num(p.referral.per_member_year),
                        )}</li>
                        <li>{(t.point_value_rule)(&f.money_fine(cpp), &redeemed)}</li>
                    </ul>
                    <h2>{t.tiers_heading}</h2>
                    <p class="loy-sheet-note">
                        {format!("{}: {} · {}", t.tier_basis, (t.qualifier_name)(p.tiers.qualifier), (t.window_name)(p.tiers.window))}
                    </p>
                    <div class="table-wrap" tabindex="0">
                        <table>
                        <thead>
                            <tr>
                                <th scope="col">{t.col_tier}</th>
                                <th scope="col" class="num">{t.col_threshold}</th>
                                <th scope="col" class="num">{t.col_multiplier}</th>
                                <th scope="col">{t.col_perks}</th>
                                <th scope="col" class="num">{t.col_members_year1}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {p.tiers.tiers.iter().enumerate().map(|(i, x)| view! {
                                <tr>
                                    <th scope="row">{display_name(&x.name)}</th>
                                    <td class="num">{if by_spend { f.money(x.threshold) } else { f.whole(x.threshold) }}</td>
                                    <td class="num">{f.mult(x.multiplier)}</td>
                                    <td>{x.perks.clone()}</td>
                                    <td class="num">{members_year1.get(i + 1).cloned().unwrap_or_default()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                        </table>
                    </div>
                    <h2>{t.rewards_heading}</h2>
                    <div class="table-wrap" tabindex="0">
                        <table>
                        <thead>
                            <tr>
                                <th scope="col">{t.reward_name}</th>
                                <th scope="col">{t.col_kind}</th>
                                <th scope="col" class="num">{t.col_points_price}</th>
                                <th scope="col" class="num">{t.col_cost}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {p.rewards.iter().map(|r| view! {
                                <tr>
                                    <th scope="row">{display_name(&r.name)}</th>
                                    <td>{(t.reward_kind_name)(r.kind)}</td>
                                    <td class="num">{f.whole(r.points_price)}</td>
                                    <td class="num">{f.money(r.cost)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                        </table>
                    </div>
                    <h2>{t.gamification_heading}</h2>
                    <div class="table-wrap" tabindex="0">
                        <table>
                        <thead>
                            <tr>
                                <th scope="col">{t.achievement_name}</th>
                                <th scope="col">{t.col_condition}</th>
                                <th scope="col" class="num">{t.col_points}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {p.badges.iter().map(|a| (t.badge_word, a)).chain(p.challenges.iter().map(|a| (t.challenge_word, a))).map(|(kind, a)| view! {
                                <tr>
                                    <th scope="row">{format!("{} ({kind})", display_name(&a.name))}</th>
                                    <td>{a.condition.clone()}</td>
                                    <td class="num">{f.whole(a.points)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                        </table>
                    </div>
                </section>
                <section>
                    <h2>{t.inputs_heading}</h2>
                    <dl class="loy-sheet-inputs">
                        {inputs.into_iter().map(|(label, value)| view! { <div><dt>{label}</dt><dd>{value}</dd></div> }).collect_view()}
                    </dl>
                    <h2>{t.outputs_heading}</h2>
                    {results}
                </section>
            </div>
            <footer class="loy-sheet-foot">
                <p>{t.print_disclaimer}</p>
            </footer>
        </article>
    }
}
