//! `/data`: workspace settings, storage use, and data kept aside.

use crate::domain::format::{format_number, Currency};
use crate::domain::input::{parse_text, InputError};
use crate::domain::workspace::{check_logo, LogoError, MAX_LOGO_CHARS, MAX_NAME_CHARS};
use crate::storage::LocalBackend;
use crate::ui::components::field::Field;
use crate::ui::download::download;
use crate::ui::pages::set_title;
use crate::ui::reactive::{effect, memo};
use crate::ui::state::{next_id, number_format, store, use_notices, use_workspace};
use crate::ui::text::{input_error, text};
use backup::BackupPanel;
use leptos::prelude::*;
use workspaces::WorkspacesPanel;

mod backup;
pub mod demo;
mod workspaces;

/// The consultant's logo: chosen from a file, checked, shown, removable.
#[component]
fn LogoField() -> impl IntoView {
    let t = &text().data;
    let ws = use_workspace();
    let error = RwSignal::new(None::<String>);
    let id = format!("logo-{}", next_id());
    let hint_id = format!("{id}-hint");
    let chosen = move |ev: leptos::ev::Event| {
        crate::ui::upload::read_chosen_file_as_data_url(
            &ev,
            move |url| match check_logo(&url) {
                Ok(()) => {
                    error.set(None);
                    ws.profile.update(|p| p.logo = url);
                }
                Err(LogoError::NotAnImage) => error.set(Some(t.logo_not_image.to_string())),
                Err(LogoError::TooLarge) => error.set(Some((t.logo_too_large)(&human_bytes(MAX_LOGO_CHARS * 3 / 4)))),
            },
            move || error.set(Some(t.logo_not_image.to_string())),
        )
    };
    view! {
        <div class="field logo-field" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{t.logo}</label>
            <input id=id type="file" accept="image/png,image/jpeg,image/webp,image/svg+xml" aria-describedby=hint_id.clone() on:change=chosen/>
            <p class="field-hint" id=hint_id>{t.logo_hint}</p>
            <p class="field-error" aria-live="polite">{move || error.get()}</p>
            {move || ws.profile.with(|p| (!p.logo.is_empty()).then(|| {
                let src = p.logo.clone();
                view! {
                    <div class="logo-preview">
                        <img src=src alt=""/>
                        <button type="button" class="ghost small" on:click=move |_| ws.profile.update(|p| p.logo.clear())>{t.logo_remove}</button>
                    </div>
                }
            }))}
        </div>
    }
}

/// "146 KB".
fn human_bytes(bytes: usize) -> String {
    format!("{} KB", format_number((bytes / 1024) as f64, number_format()))
}

/// The data page.
#[component]
pub fn DataPage() -> impl IntoView {
    let t = &text().data;
    set_title(t.title);
    let ws = use_workspace();
    let notices = use_notices();

    // Workspace name: typed text, validated, saved only when valid.
    let name = RwSignal::new(ws.profile.with_untracked(crate::ui::state::display_name));
    let name_result = memo(move |_| name.with(|n| parse_text(n, MAX_NAME_CHARS)));
    effect(move |_| {
        if let Ok(valid) = name_result.get() {
            // Compared with the name as shown: opening the page writes nothing.
            if ws
                .profile
                .with_untracked(|p| crate::ui::state::display_name(p) != valid)
            {
                ws.profile.update(|p| p.name = valid);
            }
        }
    });
    let name_error = Signal::derive(move || {
        name_result
            .get()
            .err()
            .map(|e| input_error(e, |x| format_number(x, number_format())))
    });
    let currency_id = format!("currency-{}", next_id());

    // Who prepares the reports: optional, saved when it fits.
    let prepared_by = RwSignal::new(ws.profile.with_untracked(|p| p.prepared_by.clone()));
    let prepared_result = memo(move |_| {
        prepared_by.with(|raw| match parse_text(raw, MAX_NAME_CHARS) {
            Err(InputError::Empty) => Ok(String::new()),
            other => other,
        })
    });
    effect(move |_| {
        if let Ok(valid) = prepared_result.get() {
            if ws.profile.with_untracked(|p| p.prepared_by != valid) {
                ws.profile.update(|p| p.prepared_by = valid);
            }
        }
    });
    let prepared_error = Signal::derive(move || {
        prepared_result
            .get()
            .err()
            .map(|e| input_error(e, |x| format_number(x, number_format())))
    });

    // Storage: usage and recovery keys, refreshed after a discard.
    let refresh = RwSignal::new(0u32);
    let available = LocalBackend::available();
    let usage = memo(move |_| {
        refresh.track();
        notices.0.track();
        store().usage().ok()
    });
    let recovery = memo(move |_| {
        refresh.track();
        notices.0.track();
        store().recovery_keys().unwrap_or_default()
    });

    view! {
        <h1>{t.title}</h1>
        <p class="lead">{t.lead}</p>
        <section class="panel" aria-labelledby="ws-heading">
            <h2 id="ws-heading">{t.workspace_heading}</h2>
            <div class="form-grid">
                <Field label=t.workspace_name value=name error=name_error inputmode="text"/>
                <div class="field">
                    <label for=currency_id.clone()>{t.currency}</label>
                    <select
                        id=currency_id
                        on:change=move |ev| {
                            if let Some(c) = Currency::from_code(&event_target_value(&ev)) {
                                ws.profile.update(|p| p.currency = c);
                            }
                        }
                    >
                        {Currency::ALL.into_iter().map(|c| view! {
                            <option value=c.code() selected=move || ws.profile.with(|p| p.currency == c)>{c.code()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <Field label=t.prepared_by value=prepared_by error=prepared_error inputmode="text" hint=t.prepared_by_hint/>
            </div>
            <LogoField/>
        </section>
        <WorkspacesPanel/>
        <BackupPanel/>
        <section class="panel" aria-labelledby="storage-heading">
            <h2 id="storage-heading">{t.storage_heading}</h2>
            {if available {
                view! { <p>{move || usage.get().map(t.storage_used)}</p> }.into_any()
            } else {
                view! { <p class="notice notice-error">{t.storage_unavailable}</p> }.into_any()
            }}
            <p class="muted">{t.safari_note}</p>
        </section>
        <section class="panel" aria-labelledby="recovery-heading">
            <h2 id="recovery-heading">{t.recovery_heading}</h2>
            <p class="muted">{t.recovery_lead}</p>
            <Show when=move || !recovery.with(Vec::is_empty) fallback=move || view! { <p>{t.recovery_none}</p> }>
                <ul class="recovery-list">
                    <For each=move || recovery.get() key=|k| k.clone() let:key>
                        <li>
                            <code>{key.clone()}</code>
                            <button type="button" class="button" on:click={
                                let key = key.clone();
                                move |_| {
                                    if let Ok(Some(raw)) = store().raw(&key) {
                                        let _ = download(&format!("{key}.json"), "application/json", &raw);
                                    }
                                }
                            }>{text().shell.download}</button>
                            <button type="button" class="button ghost" on:click={
                                let key = key.clone();
                                move |_| {
                                    let _ = store().remove(&key);
                                    refresh.update(|n| *n += 1);
                                }
                            }>{t.discard}</button>
                        </li>
                    </For>
                </ul>
            </Show>
        </section>
    }
}
