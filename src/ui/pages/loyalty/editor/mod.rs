//! `/loyalty/:id`: the editor of one draft. The rules are on the left
//! (earning, point value, tiers, rewards, referral, gamification), the
//! economics on the right ([`super::economics`]), and the key figures stay in
//! view above both while anything is edited.

mod extras;
mod rewards;
mod rules;
mod tiers;

use super::bind::{bind_number, bind_text, use_drafts, Bound, Choice};
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
use extras::*;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};
use rewards::*;
use rules::*;
use tiers::*;

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
