//! `/loyalty`: the loyalty-programme planner.
//!
//! - `/loyalty`: the drafts of the workspace; start one from a template
//!   (fitted to the expected members, in the workspace currency) or from
//!   scratch; rename, duplicate, delete (with undo); choose two to compare.
//! - `/loyalty/:id`: the editor ([`editor`]) with the economics ([`economics`]).
//! - `/loyalty/:id/print`: a one-page summary for the client ([`print`]).
//! - `/loyalty/compare/:a/:b`: two drafts side by side ([`compare`]).
//!
//! [`Layout`] holds the stored document for all of them, so moving between
//! these screens never reloads it and an undo always has it at hand.

pub mod bind;
pub mod compare;
pub mod economics;
pub mod editor;
pub mod print;
pub mod summary;

pub use compare::ComparePage;
pub use editor::EditorPage;
pub use print::PrintPage;

use crate::domain::format::{format_money, format_number};
use crate::domain::loyalty::fields::parse_expected_members;
use crate::domain::loyalty::programme::{MAX_DRAFTS, MAX_NAME_CHARS};
use crate::domain::loyalty::templates::{build_for, Template};
use crate::domain::loyalty::{project, LoyaltyDrafts, Programme};
use crate::storage::Document;
use crate::ui::components::field::Field;
use crate::ui::pages::set_title;
use crate::ui::reactive::{effect, memo};
use crate::ui::state::{number_format, update_stored, use_currency, use_document, use_notices, workspace_key, Level};
use crate::ui::text::{input_error, text};
use bind::{use_drafts, Drafts};
use leptos::prelude::*;
use leptos_router::components::{Outlet, A};
use leptos_router::hooks::use_navigate;

/// The parent of every loyalty route: loads the document once.
#[component]
pub fn Layout() -> impl IntoView {
    let doc = use_document::<LoyaltyDrafts>(workspace_key(LoyaltyDrafts::NAME));
    provide_context(Drafts(doc));
    view! { <Outlet/> }
}

/// Puts a deleted draft back: in the live document while a loyalty screen is
/// open, otherwise straight into storage (the screen reloads it later).
pub fn restore_draft(doc: RwSignal<LoyaltyDrafts>, key: &str, at: usize, programme: Programme) {
    if doc.try_update(|d| d.restore(at, programme.clone())).is_some() {
        return;
    }
    update_stored::<LoyaltyDrafts>(key, |drafts| drafts.restore(at, programme));
}

/// Deletes draft `id` and offers to undo it.
pub fn delete_draft(doc: RwSignal<LoyaltyDrafts>, id: u64) {
    if let Some(offer) = delete_quietly(doc, id) {
        offer();
    }
}

/// Deletes draft `id`; returns what shows the "undo" notice, for a caller
/// that navigates first (moving to another page clears undo notices).
pub fn delete_quietly(doc: RwSignal<LoyaltyDrafts>, id: u64) -> Option<impl FnOnce() + 'static> {
    let t = &text().loyalty;
    let key = workspace_key(LoyaltyDrafts::NAME);
    let notices = use_notices();
    let (at, programme) = doc.try_update(|d| d.remove(id)).flatten()?;
    Some(move || {
        let name = display_name(&programme.name);
        notices.undo((t.deleted_draft)(&name), move || {
            restore_draft(doc, &key, at, programme.clone());
        });
    })
}

/// Copies draft `id` as "Copy of …"; returns the copy's id.
pub fn duplicate_draft(doc: RwSignal<LoyaltyDrafts>, id: u64) -> Option<u64> {
    let t = &text().loyalty;
    let mut copy = None;
    doc.update(|d| {
        let name = d.get(id).map(|p| (t.copy_name)(&display_name(&p.name)));
        if let Some(name) = name {
            let name: String = name.chars().take(MAX_NAME_CHARS).collect();
            copy = d.duplicate(id, name);
        }
    });
    if copy.is_none() {
        use_notices().show("loyalty", Level::Warning, t.too_many_drafts.to_string(), None);
    }
    copy
}

/// A draft's name, or "Untitled draft".
pub fn display_name(name: &str) -> String {
    if name.trim().is_empty() {
        text().loyalty.unnamed.to_string()
    } else {
        name.to_string()
    }
}

/// The list of drafts.
#[component]
pub fn Page() -> impl IntoView {
    let t = &text().loyalty;
    set_title(t.title);
    let doc = use_drafts();
    let navigate = use_navigate();
    let ids = memo(move |_| doc.with(|d| d.drafts.iter().map(|p| p.id).collect::<Vec<_>>()));
    let full = memo(move |_| doc.with(|d| d.drafts.len() >= MAX_DRAFTS));

    let create = move |programme: Programme| {
        let mut id = None;
        doc.update(|d| id = d.add(programme));
        id
    };
    let currency = use_currency();
    let template_cards = Template::ALL
        .into_iter()
        .map(|template| {
            let navigate = navigate.clone();
            let default_members = format_number(template.default_members() as f64, number_format());
            let members = RwSignal::new(default_members.clone());
            let parsed = memo(move |_| members.with(|raw| parse_expected_members(raw, number_format())));
            let error = Signal::derive(move || {
                parsed
                    .get()
                    .err()
                    .map(|e| input_error(e, |x| format_number(x, number_format())))
            });
            let in_currency = move || {
                let c = currency.get();
                (t.figures_in_currency)(c.code(), &format_money(1000.0, c, number_format()))
            };
            view! {
                <li class="card loy-template">
                    <h3>{(t.template_name)(template)}</h3>
                    <p>{(t.template_description)(template)}</p>
                    <form class="loy-template-form" on:submit=move |ev| {
                        ev.prevent_default();
                        let Ok(count) = parsed.get_untracked() else { return };
                        let words = (t.template_words)(template);
                        let fitted = build_for(template, &words, count, currency.get_untracked(), number_format());
                        if let Some(id) = fitted.ok().and_then(create) {
                            navigate(&format!("/loyalty/{id}"), Default::default());
                        }
                    }>
                        <Field label=t.expected_members value=members error inputmode="numeric"/>
                        <p class="muted loy-template-fit">
                            {(t.expected_members_hint)(&default_members)}" "{in_currency}
                        </p>
                        <button type="submit" disabled=move || full.get()>{(t.create_from_template)(template)}</button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let navigate_scratch = navigate.clone();

    view! {
        <h1>{t.title}</h1>
        <p class="lead">{t.lead}</p>
        <section class="panel" aria-labelledby="loy-new-heading">
            <h2 id="loy-new-heading">{t.new_heading}</h2>
            <p class="muted">{t.new_lead}</p>
            <ul class="cards loy-templates">
                {template_cards}
                <li class="card loy-template">
                    <h3>{t.scratch_name}</h3>
                    <p>{t.scratch_description}</p>
                    <button type="button" class="ghost" disabled=move || full.get() on:click=move |_| {
                        let programme = Programme { name: t.scratch_programme.to_string(), ..Programme::default() };
                        if let Some(id) = create(programme) {
                            navigate_scratch(&format!("/loyalty/{id}"), Default::default());
                        }
                    }>{t.create_scratch}</button>
                </li>
            </ul>
            <Show when=move || full.get()>
                <p class="notice notice-warning" role="status">{t.too_many_drafts}</p>
            </Show>
        </section>
        <section class="panel" aria-labelledby="loy-drafts-heading">
            <h2 id="loy-drafts-heading">{t.drafts_heading}</h2>
            <Show when=move || !ids.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t.no_drafts}</p> }>
                <ul class="loy-draft-list">
                    <For each=move || ids.get() key=|id| *id let:id>
                        <DraftRow id/>
                    </For>
                </ul>
            </Show>
        </section>
        <CompareChooser/>
    }
}

/// One draft in the list, with its actions.
#[component]
fn DraftRow(id: u64) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let fmt = crate::ui::state::use_fmt();
    let name = memo(move |_| doc.with(|d| d.get(id).map(|p| display_name(&p.name)).unwrap_or_default()));
    let facts = memo(move |_| {
        let f = fmt.get();
        doc.with(|d| {
            d.get(id).map(|p| {
                let roi = match project(p) {
                    Ok(e) => e
                        .year1()
                        .and_then(|y| y.roi)
                        .map_or_else(|| t.not_defined_no_cost.to_string(), |r| f.share(r)),
                    Err(_) => t.none.to_string(),
                };
                (t.draft_facts)(p.tiers.tiers.len(), p.rewards.len(), &roi)
            })
        })
    });
    let renaming = RwSignal::new(false);
    let new_name = RwSignal::new(String::new());
    let name_result = memo(move |_| new_name.with(|n| crate::domain::input::parse_text(n, MAX_NAME_CHARS)));
    let name_error = Signal::derive(move || {
        renaming.get().then(|| name_result.get().err()).flatten().map(|e| {
            crate::ui::text::input_error(e, |x| {
                crate::domain::format::format_number(x, crate::ui::state::number_format())
            })
        })
    });
    let save = move || {
        if let Ok(valid) = name_result.get_untracked() {
            doc.update(|d| {
                if let Some(p) = d.get_mut(id) {
                    p.name = valid;
                }
            });
            renaming.set(false);
        }
    };
    let href = format!("/loyalty/{id}");
    let print_href = format!("/loyalty/{id}/print");
    view! {
        <li class="loy-draft">
            <div class="loy-draft-main">
                <A href=href.clone() attr:class="loy-draft-name">{move || name.get()}</A>
                <span class="muted">{move || facts.get()}</span>
            </div>
            <Show when=move || renaming.get()>
                <form class="loy-rename" on:submit=move |ev| { ev.prevent_default(); save(); }
                    on:keydown=move |ev| if ev.key() == "Escape" { renaming.set(false); }>
                    <Field label=t.draft_name value=new_name error=name_error inputmode="text"/>
                    <div class="loy-actions">
                        <button type="submit">{t.save}</button>
                        <button type="button" class="ghost" on:click=move |_| renaming.set(false)>{t.cancel}</button>
                    </div>
                </form>
            </Show>
            <div class="loy-actions" role="group" aria-label=move || (t.draft_actions)(&name.get())>
                <A href=href attr:class="button">{t.open}</A>
                <button type="button" class="ghost" on:click=move |_| {
                    new_name.set(name.get_untracked());
                    renaming.set(true);
                }>{t.rename}</button>
                <button type="button" class="ghost" on:click=move |_| { duplicate_draft(doc, id); }>{t.duplicate}</button>
                <A href=print_href attr:class="button ghost">{t.print_summary}</A>
                <button type="button" class="danger" on:click=move |_| delete_draft(doc, id)>{t.delete}</button>
            </div>
        </li>
    }
}

/// Two selects and a button that open the comparison of two drafts.
#[component]
fn CompareChooser() -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let navigate = use_navigate();
    let options = memo(move |_| {
        doc.with(|d| {
            d.drafts
                .iter()
                .map(|p| (p.id, display_name(&p.name)))
                .collect::<Vec<_>>()
        })
    });
    let first = RwSignal::new(None::<u64>);
    let second = RwSignal::new(None::<u64>);
    // Default to the first two drafts, and keep choices that still exist.
    effect(move |_| {
        let all = options.get();
        let valid = |x: Option<u64>| x.filter(|id| all.iter().any(|(i, _)| i == id));
        let a = valid(first.get_untracked()).or(all.first().map(|o| o.0));
        let b = valid(second.get_untracked()).or(all.get(1).map(|o| o.0));
        first.set(a);
        second.set(b);
    });
    let select = move |label: &'static str, chosen: RwSignal<Option<u64>>| {
        let id = format!("loy-cmp-{}", crate::ui::state::next_id());
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <select id=id on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())>
                    {move || options.get().into_iter().map(|(id, name)| view! {
                        <option value=id.to_string() prop:selected=move || chosen.get() == Some(id)>{name}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let same = move || first.get().is_some() && first.get() == second.get();
    view! {
        <section class="panel" aria-labelledby="loy-compare-heading">
            <h2 id="loy-compare-heading">{t.compare_heading}</h2>
            <Show when=move || { options.with(Vec::len) >= 2 } fallback=move || view! { <p class="muted">{t.compare_need_two}</p> }>
                <form class="loy-compare-form" on:submit={
                    let navigate = navigate.clone();
                    move |ev| {
                        ev.prevent_default();
                        if let (Some(a), Some(b)) = (first.get_untracked(), second.get_untracked()) {
                            if a != b {
                                navigate(&format!("/loyalty/compare/{a}/{b}"), Default::default());
                            }
                        }
                    }
                }>
                    {select(t.compare_first, first)}
                    {select(t.compare_second, second)}
                    <button type="submit" disabled=same>{t.compare_button}</button>
                </form>
                <Show when=same>
                    <p class="field-error">{t.compare_same}</p>
                </Show>
            </Show>
        </section>
    }
}
