//! The backup panel of `/data`: download one or every workspace, restore from a file.

use crate::storage::backup::{plan_import, ImportPlan};
use crate::storage::documents::validate_workspace_document;
use crate::storage::workspaces::WorkspaceIndex;
use crate::ui::download::download;
use crate::ui::state::{next_id, now, store, use_notices, use_workspace, use_workspaces, Level};
use crate::ui::text::text;
use crate::ui::upload::read_chosen_file;
use leptos::prelude::*;

use super::workspaces::{reload_soon, storage_failed};

/// Backup downloads and restore from a file.
#[component]
pub fn BackupPanel() -> impl IntoView {
    let t = &text().workspace;
    let index = use_workspaces();
    let ws = use_workspace();
    let notices = use_notices();
    let plan = RwSignal::new(None::<ImportPlan>);
    let refused = RwSignal::new(None::<String>);

    let export = move |ids: Vec<String>, label: String| {
        let stamp = now();
        match store().export_backup(&ids, &stamp.to_rfc3339()) {
            Ok(file) => {
                let slug: String = label
                    .chars()
                    .map(|c| if c.is_alphanumeric() { c } else { '-' })
                    .collect();
                let name = format!("holdfast-{}-{}.json", slug.trim_matches('-'), stamp.format("%Y-%m-%d"));
                let _ = download(&name, "application/json", &file);
            }
            Err(e) => storage_failed(notices, &e),
        }
    };
    let load = move |_name: String, text_in: String| {
        let ids = index.with_untracked(|i| i.ids.clone());
        match plan_import(&text_in, &ids, validate_workspace_document) {
            Ok(p) => {
                refused.set(None);
                plan.set(Some(p));
            }
            Err(e) => {
                plan.set(None);
                refused.set(Some((t.refused)(&(t.backup_error)(&e))));
            }
        }
    };
    let fail = move || {
        plan.set(None);
        refused.set(Some(t.read_failed.to_string()));
    };
    let apply = move || {
        let Some(p) = plan.get_untracked() else { return };
        match store().apply_import(&p) {
            Ok(()) => {
                plan.set(None);
                let added: Vec<String> = p.workspaces.iter().map(|w| w.id.clone()).collect();
                index.update(|i: &mut WorkspaceIndex| {
                    for id in added {
                        if !i.ids.contains(&id) {
                            i.ids.push(id);
                        }
                    }
                });
                notices.show("workspaces", Level::Info, t.restored.to_string(), None);
                reload_soon();
            }
            Err(e) => storage_failed(notices, &e),
        }
    };
    let file_id = format!("restore-{}", next_id());
    view! {
        <section class="panel" aria-labelledby="backup-heading">
            <h2 id="backup-heading">{t.backup_heading}</h2>
            <p class="muted">{t.backup_lead}</p>
            <div class="button-row">
                <button type="button" on:click=move |_| export(vec![ws.id.get_value()], ws.profile.with_untracked(crate::ui::state::display_name))>{t.export_current}</button>
                <button type="button" class="ghost" on:click=move |_| export(index.with_untracked(|i| i.ids.clone()), "all".into())>{t.export_all}</button>
            </div>
            <div class="field restore-field">
                <label for=file_id.clone()>{t.restore_label}</label>
                <input id=file_id type="file" accept=".json,application/json" on:change=move |ev| read_chosen_file(&ev, |_| (), load, fail)/>
            </div>
            {move || refused.get().map(|m| view! { <p class="notice notice-error" role="alert">{m}</p> })}
            {move || plan.get().map(|p| view! {
                <div class="restore-plan" role="status">
                    <p><strong>{t.restore_plan}</strong></p>
                    <ul>
                        {p.workspaces.iter().map(|w| {
                            let name = w.name.clone().unwrap_or_else(|| w.id.clone());
                            let what = if w.replaces { (t.will_replace)(&name) } else { (t.will_add)(&name) };
                            view! { <li class:replaces=w.replaces>{what}" ("{(t.documents)(w.documents.len())}")"</li> }
                        }).collect_view()}
                    </ul>
                    <div class="button-row">
                        <button type="button" on:click=move |_| apply()>{t.restore}</button>
                        <button type="button" class="ghost" on:click=move |_| plan.set(None)>{t.cancel}</button>
                    </div>
                </div>
            })}
        </section>
    }
}
