//! `/loyalty/:id`: the editor of one draft. The rules are on the left
//! (earning, point value, tiers, rewards, referral, gamification), the
//! economics on the right ([`super::economics`]), and the key figures stay in
//! view above both while anything is edited.

use super::bind::{bind_number, bind_text, use_drafts, Bound, Choice, Fmt};
use super::economics::{EconomicsPanel, KeyFigures};
use super::{delete_quietly, display_name, duplicate_draft};
use crate::domain::loyalty::economics::catalogue_cost_per_point;
use crate::domain::loyalty::fields::*;
use crate::domain::loyalty::programme::{MAX_ITEMS, MAX_NAME_CHARS, MAX_NOTE_CHARS};
use crate::domain::loyalty::tiers::falling_multipliers;
use crate::domain::loyalty::{
    check_tiers, project, Achievement, BonusAction, BonusKind, Distribution, PointValueMode, Programme, Qualifier,
    ReferralForm, Reward, RewardKind, Tier, TierIssue, Window,
};
use crate::ui::bind::provide_pending;
use crate::ui::components::field::Field;
use crate::ui::pages::set_title;
use crate::ui::reactive::{effect, memo};
use crate::ui::state::use_notices;
use crate::ui::text::text;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

/// The route: the draft named by `:id`, or a "not found" message.
#[component]
pub fn EditorPage() -> impl IntoView {
    let doc = use_drafts();
    let params = use_params_map();
    let id = memo(move |_| params.with(|p| p.get("id").and_then(|s| s.parse::<u64>().ok())));
    let found = memo(move |_| id.get().filter(|id| doc.with(|d| d.get(*id).is_some())));
    move || match found.get() {
        Some(id) => view! { <Editor id/> }.into_any(),
        None => view! { <DraftNotFound/> }.into_any(),
    }
}

/// Shown for an address with no draft.
#[component]
pub fn DraftNotFound() -> impl IntoView {
    let t = &text().loyalty;
    set_title(t.not_found_title);
    view! {
        <nav class="breadcrumb" aria-label="Breadcrumb"><A href="/loyalty">{t.all_drafts}</A></nav>
        <h1>{t.not_found_title}</h1>
        <p class="lead">{t.not_found}</p>
    }
}

/// The editor of draft `id`.
#[component]
fn Editor(id: u64) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let navigate = use_navigate();
    let name = memo(move |_| doc.with(|d| d.get(id).map(|p| display_name(&p.name)).unwrap_or_default()));
    effect(move |_| set_title(&name.get()));
    let economics = memo(move |_| doc.with(|d| d.get(id).map(project)));
    // The figures say when a field refuses its text (they are then those
    // of the last valid entries).
    let stale = provide_pending();
    let print_href = format!("/loyalty/{id}/print");
    let navigate_copy = navigate.clone();
    view! {
        <nav class="breadcrumb" aria-label="Breadcrumb"><A href="/loyalty">{t.all_drafts}</A></nav>
        <div class="loy-head">
            <h1>{move || name.get()}</h1>
            <div class="loy-actions no-print">
                <A href=print_href attr:class="button ghost">{t.print_summary}</A>
                <button type="button" class="ghost" on:click=move |_| {
                    if let Some(copy) = duplicate_draft(doc, id) {
                        navigate_copy(&format!("/loyalty/{copy}"), Default::default());
                    }
                }>{t.duplicate}</button>
                <button type="button" class="danger" on:click=move |_| {
                    let offer = delete_quietly(doc, id);
                    navigate("/loyalty", Default::default());
                    // Offer the undo once the list is on screen: moving to
                    // another page clears undo notices.
                    if let Some(offer) = offer {
                        set_timeout(offer, std::time::Duration::from_millis(0));
                    }
                }>{t.delete}</button>
            </div>
        </div>
        <KeyFigures economics stale/>
        <div class="loy-editor">
            <div class="loy-design">
                <h2 class="visually-hidden">{t.design_heading}</h2>
                <ProgrammeSection id/>
                <EarningSection id/>
                <PointValueSection id/>
                <TiersSection id/>
                <RewardsSection id/>
                <ReferralSection id/>
                <GamificationSection id/>
            </div>
            <div class="loy-economics">
                <EconomicsPanel id economics stale/>
            </div>
        </div>
    }
}

// Helpers --------------------------------------------------------------------

/// The ids of the items of a list of draft `id`, in order.
fn item_ids<T: 'static>(id: u64, list: fn(&Programme) -> &Vec<T>, item_id: fn(&T) -> u64) -> Memo<Vec<u64>> {
    let doc = use_drafts();
    memo(move |_| {
        doc.with(|d| {
            d.get(id)
                .map(|p| list(p).iter().map(item_id).collect())
                .unwrap_or_default()
        })
    })
}

/// Position (1-based) and name of an item, for its legend.
fn item_label<T: 'static>(
    id: u64,
    item: u64,
    list: fn(&Programme) -> &Vec<T>,
    item_id: fn(&T) -> u64,
    name: fn(&T) -> String,
) -> Memo<(usize, String)> {
    let doc = use_drafts();
    memo(move |_| {
        doc.with(|d| {
            d.get(id)
                .and_then(|p| {
                    let items = list(p);
                    let at = items.iter().position(|x| item_id(x) == item)?;
                    Some((at + 1, items.get(at).map(name).unwrap_or_default()))
                })
                .unwrap_or_default()
        })
    })
}

/// Removes an item, with an undo that puts it back where it was.
fn remove_item<T: Clone + Send + Sync + 'static>(
    id: u64,
    item: u64,
    list: fn(&mut Programme) -> &mut Vec<T>,
    item_id: fn(&T) -> u64,
    name: String,
) {
    let doc = use_drafts();
    let removed = doc
        .try_update(|d| {
            let items = list(d.get_mut(id)?);
            let at = items.iter().position(|x| item_id(x) == item)?;
            Some((at, items.remove(at)))
        })
        .flatten();
    if let Some((at, value)) = removed {
        let name = if name.trim().is_empty() {
            text().loyalty.none.to_string()
        } else {
            name
        };
        use_notices().undo((text().loyalty.removed_item)(&name), move || {
            let value = value.clone();
            doc.try_update(|d| {
                if let Some(p) = d.get_mut(id) {
                    let items = list(p);
                    if !items.iter().any(|x| item_id(x) == item) {
                        let at = at.min(items.len());
                        items.insert(at, value);
                    }
                }
            });
        });
    }
}

/// Whether a list of draft `id` still has room.
fn has_room<T: 'static>(id: u64, list: fn(&Programme) -> &Vec<T>) -> Memo<bool> {
    let doc = use_drafts();
    memo(move |_| doc.with(|d| d.get(id).is_some_and(|p| list(p).len() < MAX_ITEMS)))
}

/// A number field of the draft itself (not of an item).
fn num(
    id: u64,
    get: fn(&Programme) -> f64,
    set: fn(&mut Programme, f64),
    parse: fn(&str, crate::domain::input::NumberFormat) -> Result<f64, crate::domain::input::InputError>,
) -> Bound {
    bind_number(use_drafts(), id, move |p| Some(get(p)), set, parse)
}

fn legend(f: fn(usize, &str) -> String, label: Memo<(usize, String)>) -> impl Fn() -> String {
    move || {
        label.with(|(n, name)| {
            let name = if name.trim().is_empty() {
                text().loyalty.none
            } else {
                name.as_str()
            };
            f(*n, name)
        })
    }
}

// Sections -------------------------------------------------------------------

/// The programme's name and origin.
#[component]
fn ProgrammeSection(id: u64) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let name = bind_text(
        doc,
        id,
        |p| Some(p.name.clone()),
        |p, v| p.name = v,
        true,
        MAX_NAME_CHARS,
    );
    let origin = memo(move |_| doc.with(|d| d.get(id).and_then(|p| p.template)));
    view! {
        <section class="panel" aria-labelledby="loy-programme-heading">
            <h2 id="loy-programme-heading">{t.programme_heading}</h2>
            <Field label=t.programme_name value=name.raw error=name.error inputmode="text"/>
            {move || origin.get().map(|tpl| view! { <p class="muted">{(t.started_from)((t.template_name)(tpl))}</p> })}
        </section>
    }
}

/// Points per unit spent and the bonus actions.
#[component]
fn EarningSection(id: u64) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let fmt = Fmt::signal();
    let ppu = num(
        id,
        |p| p.points_per_unit,
        |p, v| p.points_per_unit = v,
        parse_points_per_unit,
    );
    let ids = item_ids(id, |p| &p.bonus, |b| b.id);
    let room = has_room(id, |p| &p.bonus);
    let referral = memo(move |_| {
        let f = fmt.get();
        doc.with(|d| {
            d.get(id).map(|p| {
                let r = &p.referral.referrer;
                match r.form {
                    ReferralForm::Points => format!("{} {}", f.whole(r.amount), t.points.to_lowercase()),
                    ReferralForm::Value => f.money(r.amount),
                }
            })
        })
    });
    let add = move |_| {
        doc.update(|d| {
            if let Some(p) = d.get_mut(id) {
                if p.bonus.len() < MAX_ITEMS {
                    let item = p.new_item_id();
                    p.bonus.push(BonusAction {
                        id: item,
                        kind: BonusKind::Other,
                        points: 50.0,
                        per_member_year: 0.1,
                        ..BonusAction::default()
                    });
                }
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="loy-earning-heading">
            <h2 id="loy-earning-heading">{t.earning_heading}</h2>
            <p class="muted">{t.earning_lead}</p>
            <Field label=t.points_per_unit value=ppu.raw error=ppu.error hint=t.points_per_unit_hint/>
            <h3>{t.bonus_heading}</h3>
            <Show when=move || !ids.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t.no_bonus}</p> }>
                <div class="loy-items">
                    <For each=move || ids.get() key=|x| *x let:item>
                        <BonusRow id item/>
                    </For>
                </div>
            </Show>
            <p class="muted">{move || referral.get().map(|r| (t.referral_in_bonus)(&r))}</p>
            <button type="button" class="ghost" disabled=move || !room.get() on:click=add>{t.add_bonus}</button>
        </section>
    }
}

fn bonus(p: &Programme, item: u64) -> Option<&BonusAction> {
    p.bonus.iter().find(|b| b.id == item)
}
fn bonus_mut(p: &mut Programme, item: u64) -> Option<&mut BonusAction> {
    p.bonus.iter_mut().find(|b| b.id == item)
}

/// One bonus action.
#[component]
fn BonusRow(id: u64, item: u64) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let label = item_label(
        id,
        item,
        |p| &p.bonus,
        |b| b.id,
        |b| {
            let kind = (text().loyalty.bonus_kind_name)(b.kind);
            kind.to_string()
        },
    );
    let kind = Signal::derive(move || doc.with(|d| d.get(id).and_then(|p| bonus(p, item)).map(|b| b.kind)));
    let description = bind_text(
        doc,
        id,
        move |p| bonus(p, item).map(|b| b.description.clone()),
        move |p, v| {
            if let Some(b) = bonus_mut(p, item) {
                b.description = v;
            }
        },
        false,
        MAX_NOTE_CHARS,
    );
    let points = bind_number(
        doc,
        id,
        move |p| bonus(p, item).map(|b| b.points),
        move |p, v| {
            if let Some(b) = bonus_mut(p, item) {
                b.points = v;
            }
        },
        parse_points,
    );
    let times = bind_number(
        doc,
        id,
        move |p| bonus(p, item).map(|b| b.per_member_year),
        move |p, v| {
            if let Some(b) = bonus_mut(p, item) {
                b.per_member_year = v;
            }
        },
        parse_per_year,
    );
    let options = BonusKind::ALL
        .iter()
        .map(|k| (*k, (t.bonus_kind_name)(*k)))
        .collect::<Vec<_>>();
    view! {
        <fieldset class="loy-item">
            <legend>{legend(t.bonus_legend, label)}</legend>
            <div class="form-grid">
                <Choice label=t.bonus_kind options value=kind on_change=Callback::new(move |k| doc.update(|d| {
                    if let Some(b) = d.get_mut(id).and_then(|p| bonus_mut(p, item)) { b.kind = k; }
                }))/>
                <Field label=t.description value=description.raw error=description.error inputmode="text"/>
                <Field label=t.points value=points.raw error=points.error/>
                <Field label=t.per_member_year value=times.raw error=times.error hint=t.per_member_year_hint/>
            </div>
            <button type="button" class="danger small" on:click=move |_| {
                let name = label.get_untracked().1;
                remove_item(id, item, |p| &mut p.bonus, |b| b.id, name);
            }>{t.remove}</button>
        </fieldset>
    }
}

/// What a point costs: entered, or from the catalogue.
#[component]
fn PointValueSection(id: u64) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let fmt = Fmt::signal();
    let cpp = num(
        id,
        |p| p.cost_per_point,
        |p, v| p.cost_per_point = v,
        parse_cost_per_point,
    );
    let mode = Signal::derive(move || doc.with(|d| d.get(id).map(|p| p.point_value)));
    let catalogue = memo(move |_| doc.with(|d| d.get(id).map(catalogue_cost_per_point)));
    let hundred = memo(move |_| {
        let f = fmt.get();
        doc.with(|d| {
            d.get(id)
                .map(|p| (t.points_for_one)(&f.whole(100.0), &f.money_fine(p.cost_per_point * 100.0)))
        })
    });
    let options = vec![
        (PointValueMode::Entered, t.mode_entered),
        (PointValueMode::Catalogue, t.mode_catalogue),
    ];
    view! {
        <section class="panel" aria-labelledby="loy-value-heading">
            <h2 id="loy-value-heading">{t.point_value_heading}</h2>
            <p class="muted">{t.point_value_lead}</p>
            <div class="form-grid">
                <Choice label=t.point_value_mode options value=mode on_change=Callback::new(move |m| doc.update(|d| {
                    if let Some(p) = d.get_mut(id) { p.point_value = m; }
                }))/>
                <Show when=move || mode.get() == Some(PointValueMode::Entered)>
                    <Field label=t.cost_per_point value=cpp.raw error=cpp.error hint=t.cost_per_point_hint/>
                </Show>
            </div>
            <Show when=move || mode.get() == Some(PointValueMode::Entered)>
                <p class="muted">{move || hundred.get()}</p>
            </Show>
            <p class="loy-catalogue-note" aria-live="polite">
                {move || match catalogue.get() {
                    Some(Ok(c)) => (t.catalogue_gives)(&fmt.get().money_fine(c)),
                    Some(Err(_)) => t.catalogue_unusable.to_string(),
                    None => String::new(),
                }}
            </p>
        </section>
    }
}

fn tier(p: &Programme, item: u64) -> Option<&Tier> {
    p.tiers.tiers.iter().find(|x| x.id == item)
}
fn tier_mut(p: &mut Programme, item: u64) -> Option<&mut Tier> {
    p.tiers.tiers.iter_mut().find(|x| x.id == item)
}

/// The tier ladder.
#[component]
fn TiersSection(id: u64) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let ids = item_ids(id, |p| &p.tiers.tiers, |x| x.id);
    let room = memo(move |_| doc.with(|d| d.get(id).is_some_and(Programme::tier_room)));
    let qualifier = Signal::derive(move || doc.with(|d| d.get(id).map(|p| p.tiers.qualifier)));
    let window = Signal::derive(move || doc.with(|d| d.get(id).map(|p| p.tiers.window)));
    let issues = memo(move |_| doc.with(|d| d.get(id).map(|p| check_tiers(&p.tiers.tiers)).unwrap_or_default()));
    let falling = memo(move |_| {
        doc.with(|d| {
            d.get(id)
                .map(|p| falling_multipliers(&p.tiers.tiers))
                .unwrap_or_default()
        })
    });
    let q_options = Qualifier::ALL
        .iter()
        .map(|q| (*q, (t.qualifier_name)(*q)))
        .collect::<Vec<_>>();
    let w_options = Window::ALL
        .iter()
        .map(|w| (*w, (t.window_name)(*w)))
        .collect::<Vec<_>>();
    let add = move |_| {
        doc.update(|d| {
            if let Some(p) = d.get_mut(id) {
                p.add_tier(t.new_tier.to_string());
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="loy-tiers-heading">
            <h2 id="loy-tiers-heading">{t.tiers_heading}</h2>
            <p class="muted">{t.tiers_lead}</p>
            <div class="form-grid">
                <Choice label=t.qualifier_label options=q_options value=qualifier on_change=Callback::new(move |q| doc.update(|d| {
                    if let Some(p) = d.get_mut(id) { p.tiers.qualifier = q; }
                }))/>
                <Choice label=t.window_label options=w_options value=window on_change=Callback::new(move |w| doc.update(|d| {
                    if let Some(p) = d.get_mut(id) { p.tiers.window = w; }
                }))/>
            </div>
            <p class="muted">{move || window.get().map(t.window_note)}</p>
            <Show when=move || !issues.with(Vec::is_empty)>
                <p class="loy-alert" role="alert">
                    <span aria-hidden="true">"⚠ "</span>{t.fix_tiers}
                </p>
            </Show>
            <Show when=move || !ids.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t.no_tiers}</p> }>
                <p class="muted">{t.below_first_note}</p>
                <ol class="loy-items loy-tiers">
                    <For each=move || ids.get() key=|x| *x let:item>
                        <TierRow id item issues falling/>
                    </For>
                </ol>
            </Show>
            <button type="button" class="ghost" disabled=move || !room.get() on:click=add>{t.add_tier}</button>
        </section>
    }
}

/// One tier, with the ladder's message next to its threshold.
#[component]
fn TierRow(id: u64, item: u64, issues: Memo<Vec<(u64, TierIssue)>>, falling: Memo<Vec<u64>>) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let fmt = Fmt::signal();
    let label = item_label(id, item, |p| &p.tiers.tiers, |x| x.id, |x| x.name.clone());
    let by_spend = memo(move |_| doc.with(|d| d.get(id).is_some_and(|p| p.tiers.qualifier == Qualifier::Spend)));
    let manual = memo(move |_| doc.with(|d| d.get(id).is_some_and(|p| p.distribution == Distribution::Manual)));
    let name = bind_text(
        doc,
        id,
        move |p| tier(p, item).map(|x| x.name.clone()),
        move |p, v| {
            if let Some(x) = tier_mut(p, item) {
                x.name = v;
            }
        },
        true,
        MAX_NAME_CHARS,
    );
    let threshold = bind_number(
        doc,
        id,
        move |p| tier(p, item).map(|x| x.threshold),
        move |p, v| {
            if let Some(x) = tier_mut(p, item) {
                x.threshold = v;
            }
        },
        move |raw, f| parse_threshold(raw, f, by_spend.get()),
    );
    let multiplier = bind_number(
        doc,
        id,
        move |p| tier(p, item).map(|x| x.multiplier),
        move |p, v| {
            if let Some(x) = tier_mut(p, item) {
                x.multiplier = v;
            }
        },
        parse_multiplier,
    );
    let perks = bind_text(
        doc,
        id,
        move |p| tier(p, item).map(|x| x.perks.clone()),
        move |p, v| {
            if let Some(x) = tier_mut(p, item) {
                x.perks = v;
            }
        },
        false,
        MAX_NOTE_CHARS,
    );
    let share = bind_number(
        doc,
        id,
        move |p| tier(p, item).map(|x| x.share),
        move |p, v| {
            if let Some(x) = tier_mut(p, item) {
                x.share = v;
            }
        },
        parse_share,
    );
    // The input error first; then the ladder's message for this tier.
    let threshold_error = Signal::derive(move || {
        threshold.error.get().or_else(|| {
            issues.with(|all| {
                all.iter().find(|(tid, _)| *tid == item).map(|(_, issue)| match issue {
                    TierIssue::NotRising {
                        below_name,
                        below_threshold,
                    } => {
                        let f = fmt.get();
                        let value = if by_spend.get() {
                            f.money(*below_threshold)
                        } else {
                            f.whole(*below_threshold)
                        };
                        (t.not_rising)(&display_name(below_name), &value)
                    }
                })
            })
        })
    });
    let multiplier_falls = memo(move |_| falling.with(|f| f.contains(&item)));
    view! {
        <li>
            <fieldset class="loy-item" class:invalid=move || threshold_error.with(Option::is_some)>
                <legend>{legend(t.tier_legend, label)}</legend>
                <div class="form-grid">
                    <Field label=t.tier_name value=name.raw error=name.error inputmode="text"/>
                    {move || if by_spend.get() {
                        view! { <Field label=t.threshold_spend value=threshold.raw error=threshold_error/> }.into_any()
                    } else {
                        view! { <Field label=t.threshold_points value=threshold.raw error=threshold_error/> }.into_any()
                    }}
                    <div>
                        <Field label=t.multiplier value=multiplier.raw error=multiplier.error hint=t.multiplier_hint/>
                        <Show when=move || multiplier_falls.get()>
                            <p class="loy-warning"><span aria-hidden="true">"⚠ "</span>{t.multiplier_falls}</p>
                        </Show>
                    </div>
                    <Show when=move || manual.get()>
                        <Field label=t.tier_share value=share.raw error=share.error suffix="%"/>
                    </Show>
                </div>
                <Field label=t.perks value=perks.raw error=perks.error inputmode="text"/>
                <button type="button" class="danger small" on:click=move |_| {
                    let name = label.get_untracked().1;
                    remove_item(id, item, |p| &mut p.tiers.tiers, |x| x.id, name);
                }>{t.remove}</button>
            </fieldset>
        </li>
    }
}

fn reward(p: &Programme, item: u64) -> Option<&Reward> {
    p.rewards.iter().find(|x| x.id == item)
}
fn reward_mut(p: &mut Programme, item: u64) -> Option<&mut Reward> {
    p.rewards.iter_mut().find(|x| x.id == item)
}

/// The rewards catalogue.
#[component]
fn RewardsSection(id: u64) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let fmt = Fmt::signal();
    let ids = item_ids(id, |p| &p.rewards, |x| x.id);
    let room = has_room(id, |p| &p.rewards);
    let mix_total = memo(move |_| doc.with(|d| d.get(id).map(|p| p.rewards.iter().map(|r| r.mix).sum::<f64>())));
    let add = move |_| {
        doc.update(|d| {
            if let Some(p) = d.get_mut(id) {
                if p.rewards.len() < MAX_ITEMS {
                    let item = p.new_item_id();
                    p.rewards.push(Reward {
                        id: item,
                        kind: RewardKind::DiscountCoupon,
                        name: t.new_reward.to_string(),
                        points_price: 500.0,
                        cost: 5.0,
                        mix: 0.0,
                    });
                }
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="loy-rewards-heading">
            <h2 id="loy-rewards-heading">{t.rewards_heading}</h2>
            <p class="muted">{t.rewards_lead}</p>
            <Show when=move || !ids.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t.no_rewards}</p> }>
                <div class="loy-items">
                    <For each=move || ids.get() key=|x| *x let:item>
                        <RewardRow id item/>
                    </For>
                </div>
            </Show>
            {move || mix_total.get().filter(|_| !ids.with(Vec::is_empty)).map(|total| {
                let f = fmt.get();
                let text = f.pct(total / 100.0);
                if (total - 100.0).abs() > 0.01 {
                    view! { <p class="loy-warning" role="status"><span aria-hidden="true">"⚠ "</span>{(t.mix_not_100)(&text)}</p> }.into_any()
                } else {
                    view! { <p class="muted" role="status">{(t.mix_total)(&text)}</p> }.into_any()
                }
            })}
            <button type="button" class="ghost" disabled=move || !room.get() on:click=add>{t.add_reward}</button>
        </section>
    }
}

/// One reward.
#[component]
fn RewardRow(id: u64, item: u64) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let fmt = Fmt::signal();
    let label = item_label(id, item, |p| &p.rewards, |x| x.id, |x| x.name.clone());
    let kind = Signal::derive(move || doc.with(|d| d.get(id).and_then(|p| reward(p, item)).map(|x| x.kind)));
    let name = bind_text(
        doc,
        id,
        move |p| reward(p, item).map(|x| x.name.clone()),
        move |p, v| {
            if let Some(x) = reward_mut(p, item) {
                x.name = v;
            }
        },
        true,
        MAX_NAME_CHARS,
    );
    let price = bind_number(
        doc,
        id,
        move |p| reward(p, item).map(|x| x.points_price),
        move |p, v| {
            if let Some(x) = reward_mut(p, item) {
                x.points_price = v;
            }
        },
        parse_points,
    );
    let cost = bind_number(
        doc,
        id,
        move |p| reward(p, item).map(|x| x.cost),
        move |p, v| {
            if let Some(x) = reward_mut(p, item) {
                x.cost = v;
            }
        },
        parse_amount,
    );
    let mix = bind_number(
        doc,
        id,
        move |p| reward(p, item).map(|x| x.mix),
        move |p, v| {
            if let Some(x) = reward_mut(p, item) {
                x.mix = v;
            }
        },
        parse_share,
    );
    let per_point = memo(move |_| {
        let f = fmt.get();
        doc.with(|d| {
            d.get(id).and_then(|p| reward(p, item)).map(|r| {
                if r.points_price > 0.0 {
                    (t.reward_per_point)(&f.money_fine(r.cost / r.points_price))
                } else {
                    t.reward_free.to_string()
                }
            })
        })
    });
    let options = RewardKind::ALL
        .iter()
        .map(|k| (*k, (t.reward_kind_name)(*k)))
        .collect::<Vec<_>>();
    view! {
        <fieldset class="loy-item">
            <legend>{legend(t.reward_legend, label)}</legend>
            <div class="form-grid">
                <Choice label=t.reward_kind options value=kind on_change=Callback::new(move |k| doc.update(|d| {
                    if let Some(x) = d.get_mut(id).and_then(|p| reward_mut(p, item)) { x.kind = k; }
                }))/>
                <Field label=t.reward_name value=name.raw error=name.error inputmode="text"/>
                <Field label=t.points_price value=price.raw error=price.error/>
                <Field label=t.reward_cost value=cost.raw error=cost.error hint=t.reward_cost_hint/>
                <Field label=t.mix value=mix.raw error=mix.error suffix="%"/>
            </div>
            <p class="muted">{move || per_point.get()}</p>
            <button type="button" class="danger small" on:click=move |_| {
                let name = label.get_untracked().1;
                remove_item(id, item, |p| &mut p.rewards, |x| x.id, name);
            }>{t.remove}</button>
        </fieldset>
    }
}

/// The referral reward.
#[component]
fn ReferralSection(id: u64) -> impl IntoView {
    let t = &text().loyalty;
    let rate = num(
        id,
        |p| p.referral.per_member_year,
        |p, v| p.referral.per_member_year = v,
        parse_per_year,
    );
    view! {
        <section class="panel" aria-labelledby="loy-referral-heading">
            <h2 id="loy-referral-heading">{t.referral_heading}</h2>
            <p class="muted">{t.referral_lead}</p>
            <div class="loy-referral">
                <ReferralSide id referrer=true/>
                <ReferralSide id referrer=false/>
            </div>
            <Field label=t.referral_rate value=rate.raw error=rate.error hint=t.referral_rate_hint/>
        </section>
    }
}

/// The referrer's or the referee's reward.
#[component]
fn ReferralSide(id: u64, referrer: bool) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let side = move |p: &Programme| {
        if referrer {
            p.referral.referrer
        } else {
            p.referral.referee
        }
    };
    let form = Signal::derive(move || doc.with(|d| d.get(id).map(|p| side(p).form)));
    let amount = bind_number(
        doc,
        id,
        move |p| Some(side(p).amount),
        move |p, v| {
            if referrer {
                p.referral.referrer.amount = v;
            } else {
                p.referral.referee.amount = v;
            }
        },
        move |raw, f| match form.get() {
            Some(ReferralForm::Value) => parse_amount(raw, f),
            _ => parse_points(raw, f),
        },
    );
    let options = vec![
        (ReferralForm::Points, (t.form_name)(ReferralForm::Points)),
        (ReferralForm::Value, (t.form_name)(ReferralForm::Value)),
    ];
    view! {
        <fieldset class="loy-item">
            <legend>{if referrer { t.referrer } else { t.referee }}</legend>
            <Choice label=t.referral_form options value=form on_change=Callback::new(move |v| doc.update(|d| {
                if let Some(p) = d.get_mut(id) {
                    if referrer { p.referral.referrer.form = v } else { p.referral.referee.form = v }
                }
            }))/>
            {move || if form.get() == Some(ReferralForm::Value) {
                view! { <Field label=t.referral_value value=amount.raw error=amount.error/> }.into_any()
            } else {
                view! { <Field label=t.referral_points value=amount.raw error=amount.error/> }.into_any()
            }}
        </fieldset>
    }
}

/// Which list of achievements a row belongs to.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Badge,
    Challenge,
}

fn achievements(p: &Programme, kind: Kind) -> &Vec<Achievement> {
    match kind {
        Kind::Badge => &p.badges,
        Kind::Challenge => &p.challenges,
    }
}
fn achievement(p: &Programme, kind: Kind, item: u64) -> Option<&Achievement> {
    achievements(p, kind).iter().find(|x| x.id == item)
}
fn achievement_mut(p: &mut Programme, kind: Kind, item: u64) -> Option<&mut Achievement> {
    match kind {
        Kind::Badge => &mut p.badges,
        Kind::Challenge => &mut p.challenges,
    }
    .iter_mut()
    .find(|x| x.id == item)
}

/// Badges and challenges.
#[component]
fn GamificationSection(id: u64) -> impl IntoView {
    let t = &text().loyalty;
    view! {
        <section class="panel" aria-labelledby="loy-game-heading">
            <h2 id="loy-game-heading">{t.gamification_heading}</h2>
            <p class="muted">{t.gamification_lead}</p>
            <AchievementList id kind=Kind::Badge/>
            <AchievementList id kind=Kind::Challenge/>
        </section>
    }
}

/// The badges or the challenges.
#[component]
fn AchievementList(id: u64, kind: Kind) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let ids = match kind {
        Kind::Badge => item_ids(id, |p| &p.badges, |x| x.id),
        Kind::Challenge => item_ids(id, |p| &p.challenges, |x| x.id),
    };
    let room = match kind {
        Kind::Badge => has_room(id, |p| &p.badges),
        Kind::Challenge => has_room(id, |p| &p.challenges),
    };
    let (heading, empty, add_label, new_name) = match kind {
        Kind::Badge => (t.badges_heading, t.no_badges, t.add_badge, t.new_badge),
        Kind::Challenge => (t.challenges_heading, t.no_challenges, t.add_challenge, t.new_challenge),
    };
    let add = move |_| {
        doc.update(|d| {
            if let Some(p) = d.get_mut(id) {
                if achievements(p, kind).len() < MAX_ITEMS {
                    let item = p.new_item_id();
                    let a = Achievement {
                        id: item,
                        name: new_name.to_string(),
                        condition: String::new(),
                        points: 100.0,
                        share: 10.0,
                    };
                    match kind {
                        Kind::Badge => p.badges.push(a),
                        Kind::Challenge => p.challenges.push(a),
                    }
                }
            }
        })
    };
    view! {
        <h3>{heading}</h3>
        <Show when=move || !ids.with(Vec::is_empty) fallback=move || view! { <p class="muted">{empty}</p> }>
            <div class="loy-items">
                <For each=move || ids.get() key=|x| *x let:item>
                    <AchievementRow id item kind/>
                </For>
            </div>
        </Show>
        <button type="button" class="ghost" disabled=move || !room.get() on:click=add>{add_label}</button>
    }
}

/// One badge or challenge.
#[component]
fn AchievementRow(id: u64, item: u64, kind: Kind) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let label = match kind {
        Kind::Badge => item_label(id, item, |p| &p.badges, |x| x.id, |x| x.name.clone()),
        Kind::Challenge => item_label(id, item, |p| &p.challenges, |x| x.id, |x| x.name.clone()),
    };
    let name = bind_text(
        doc,
        id,
        move |p| achievement(p, kind, item).map(|x| x.name.clone()),
        move |p, v| {
            if let Some(x) = achievement_mut(p, kind, item) {
                x.name = v;
            }
        },
        true,
        MAX_NAME_CHARS,
    );
    let condition = bind_text(
        doc,
        id,
        move |p| achievement(p, kind, item).map(|x| x.condition.clone()),
        move |p, v| {
            if let Some(x) = achievement_mut(p, kind, item) {
                x.condition = v;
            }
        },
        false,
        MAX_NOTE_CHARS,
    );
    let points = bind_number(
        doc,
        id,
        move |p| achievement(p, kind, item).map(|x| x.points),
        move |p, v| {
            if let Some(x) = achievement_mut(p, kind, item) {
                x.points = v;
            }
        },
        parse_points,
    );
    let share = bind_number(
        doc,
        id,
        move |p| achievement(p, kind, item).map(|x| x.share),
        move |p, v| {
            if let Some(x) = achievement_mut(p, kind, item) {
                x.share = v;
            }
        },
        parse_share,
    );
    let legend_fn = match kind {
        Kind::Badge => t.badge_legend,
        Kind::Challenge => t.challenge_legend,
    };
    view! {
        <fieldset class="loy-item">
            <legend>{legend(legend_fn, label)}</legend>
            <div class="form-grid">
                <Field label=t.achievement_name value=name.raw error=name.error inputmode="text"/>
                <Field label=t.condition value=condition.raw error=condition.error inputmode="text"/>
                <Field label=t.points value=points.raw error=points.error/>
                <Field label=t.achievement_share value=share.raw error=share.error suffix="%"/>
            </div>
            <button type="button" class="danger small" on:click=move |_| {
                let name = label.get_untracked().1;
                match kind {
                    Kind::Badge => remove_item(id, item, |p| &mut p.badges, |x| x.id, name),
                    Kind::Challenge => remove_item(id, item, |p| &mut p.challenges, |x| x.id, name),
                }
            }>{t.remove}</button>
        </fieldset>
    }
}
