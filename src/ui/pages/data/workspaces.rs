//! The workspace list (create, open, duplicate, delete with undo) and backup
//! and restore, both shown on the data page.

use crate::domain::format::Currency;
use crate::domain::input::parse_text;
use crate::domain::workspace::{WorkspaceProfile, MAX_NAME_CHARS};
use crate::storage::workspaces::new_workspace_id;
use crate::storage::{doc_key, Document, StorageError};
use crate::ui::reactive::memo;
use crate::ui::state::{next_id, now, store, use_notices, use_workspace, use_workspaces, Level, Notices};
use crate::ui::text::text;
use crate::ui::upload::reload_page;
use leptos::prelude::*;
use std::time::Duration;

fn profile_key(id: &str) -> String {
    doc_key(WorkspaceProfile::NAME, Some(id))
}

fn load_profile(id: &str) -> WorkspaceProfile {
    store()
        .load::<WorkspaceProfile>(&profile_key(id), now())
        .map(|l| l.value)
        .unwrap_or_default()
}

pub(super) fn storage_failed(notices: Notices, err: &StorageError) {
    notices.show(
        "workspaces",
        Level::Error,
        (text().workspace.failed)(&err.to_string()),
        None,
    );
}

/// Reloads once the index change has been saved (effects run first).
pub(super) fn reload_soon() {
    set_timeout(reload_page, Duration::from_millis(60));
}

/// The workspaces of this browser.
#[component]
pub fn WorkspacesPanel() -> impl IntoView {
    let t = &text().workspace;
    let index = use_workspaces();
    let ws = use_workspace();
    let current = ws.id.get_value();
    let notices = use_notices();
    let refresh = RwSignal::new(0u32);
    let rows = memo({
        let current = current.clone();
        move |_| {
            refresh.track();
            index
                .with(|i| i.ids.clone())
                .into_iter()
                .map(|id| {
                    let profile = if id == current {
                        ws.profile.get()
                    } else {
                        load_profile(&id)
                    };
                    (id, profile)
                })
                .collect::<Vec<_>>()
        }
    });

    let open = move |id: String| {
        index.update(|i| i.current = id);
        reload_soon();
    };
    let duplicate = move |id: String| {
        let ids = index.with_untracked(|i| i.ids.clone());
        let copy = new_workspace_id(now().timestamp_millis(), &ids);
        let result = store().copy_workspace(&id, &copy).and_then(|_| {
            let key = profile_key(&copy);
            let loaded = store().load::<WorkspaceProfile>(&key, now())?;
            let renamed = WorkspaceProfile {
                name: (t.copy_of)(&loaded.value.name),
                ..loaded.value
            };
            store()
                .save(&key, &renamed, loaded.rev, now())
                .map(|_| ())
                .map_err(|e| StorageError::Other(e.to_string()))
        });
        match result {
            Ok(()) => index.update(|i| i.ids.push(copy)),
            Err(e) => {
                let _ = store().delete_workspace(&copy);
                storage_failed(notices, &e);
            }
        }
    };
    let delete = move |id: String, name: String| {
        let confirmed = web_sys::window()
            .and_then(|w| w.confirm_with_message(&(t.confirm_delete)(&name)).ok())
            .unwrap_or(false);
        if !confirmed {
            return;
        }
        match store().delete_workspace(&id) {
            Ok(snapshot) => {
                let position = index.with_untracked(|i| i.ids.iter().position(|x| x == &id).unwrap_or(i.ids.len()));
                index.update(|i| i.ids.retain(|x| x != &id));
                notices.undo((t.deleted)(&name), move || match store().restore_snapshot(&snapshot) {
                    Ok(()) => index.update(|i| {
                        if !i.ids.contains(&id) {
                            i.ids.insert(position.min(i.ids.len()), id.clone());
                        }
                    }),
                    Err(e) => storage_failed(notices, &e),
                });
            }
            Err(e) => storage_failed(notices, &e),
        }
    };

    // New workspace.
    let new_name = RwSignal::new(String::new());
    let new_currency = RwSignal::new(ws.profile.with_untracked(|p| p.currency));
    let name_error = RwSignal::new(None::<String>);
    let create = move || match parse_text(&new_name.get_untracked(), MAX_NAME_CHARS) {
        Err(e) => name_error.set(Some(crate::ui::text::input_error(e, |x| x.to_string()))),
        Ok(name) => {
            name_error.set(None);
            let ids = index.with_untracked(|i| i.ids.clone());
            let id = new_workspace_id(now().timestamp_millis(), &ids);
            let profile = WorkspaceProfile {
                name,
                currency: new_currency.get_untracked(),
                // The consultant stays the same from one client to the next.
                prepared_by: ws.profile.with_untracked(|p| p.prepared_by.clone()),
                logo: ws.profile.with_untracked(|p| p.logo.clone()),
            };
            match store().save(&profile_key(&id), &profile, 0, now()) {
                Ok(_) => {
                    index.update(|i| {
                        i.ids.push(id.clone());
                        i.current = id;
                    });
                    reload_soon();
                }
                Err(e) => notices.show("workspaces", Level::Error, (t.failed)(&e.to_string()), None),
            }
        }
    };
    let name_id = format!("new-ws-{}", next_id());
    let currency_id = format!("new-ws-cur-{}", next_id());

    view! {
        <section class="panel" aria-labelledby="workspaces-heading">
            <h2 id="workspaces-heading">{t.heading}</h2>
            <p class="muted">{t.lead}</p>
            <div class="table-wrap">
                <table class="workspace-table phone-cards">
                    <thead><tr><th scope="col">{t.name}</th><th scope="col">{t.currency}</th><td></td></tr></thead>
                    <tbody>
                        <For each=move || rows.get() key=|(id, p)| (id.clone(), p.name.clone(), p.currency) let:row>
                            {
                                let (id, profile) = row;
                                let is_current = id == current;
                                let name = crate::ui::state::display_name(&profile);
                                let (open_id, dup_id, del_id, del_name) = (id.clone(), id.clone(), id.clone(), name.clone());
                                view! {
                                    <tr class:current=is_current>
                                        <th scope="row">{name}{is_current.then(|| view! { <span class="badge">{t.current}</span> })}{index.with_untracked(|i| i.is_demo(&id)).then(|| view! { <span class="badge badge-demo">{t.demo_badge}</span> })}</th>
                                        <td data-label=t.currency>{profile.currency.code()}</td>
                                        <td class="actions card-actions">
                                            {(!is_current).then(|| view! { <button type="button" on:click=move |_| open(open_id.clone())>{t.open}</button> })}
                                            <button type="button" class="ghost" on:click=move |_| duplicate(dup_id.clone())>{t.duplicate}</button>
                                            // The workspace in use cannot be deleted: say so in
                                            // text (a tooltip needs a hover a phone lacks).
                                            {if is_current {
                                                view! { <span class="hint ws-keep">{t.cannot_delete_current}</span> }.into_any()
                                            } else {
                                                view! {
                                                    <button type="button" class="danger" on:click=move |_| delete(del_id.clone(), del_name.clone())>{t.delete}</button>
                                                }.into_any()
                                            }}
                                        </td>
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
                </table>
            </div>
            <crate::ui::pages::data::demo::DemoPanel/>
            <h3>{t.new_heading}</h3>
            <form class="new-workspace" on:submit=move |ev| { ev.prevent_default(); create(); }>
                <div class="field" class:invalid=move || name_error.with(Option::is_some)>
                    <label for=name_id.clone()>{t.new_name}</label>
                    <input id=name_id type="text" maxlength="80" prop:value=move || new_name.get() on:input=move |ev| new_name.set(event_target_value(&ev))/>
                    <p class="field-error" aria-live="polite">{move || name_error.get()}</p>
                </div>
                <div class="field">
                    <label for=currency_id.clone()>{t.new_currency}</label>
                    <select id=currency_id on:change=move |ev| if let Some(c) = Currency::from_code(&event_target_value(&ev)) { new_currency.set(c) }>
                        {Currency::ALL.into_iter().map(|c| view! { <option value=c.code() selected=move || new_currency.get() == c>{c.code()}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit">{t.create}</button>
            </form>
        </section>
    }
}
