//! The banner of notices under the navigation bar.

use crate::ui::download::download;
use crate::ui::state::{use_notices, Level};
use crate::ui::text::text;
use leptos::prelude::*;

/// Lists the current notices, each with its download and dismiss buttons.
#[component]
pub fn NoticeBanner() -> impl IntoView {
    let notices = use_notices();
    let t = &text().shell;
    view! {
        <div class="notices" role="region" aria-label=crate::ui::text::text().shell.notices_label aria-live="polite">
            <For each=move || notices.0.get() key=|n| n.id let:notice>
                <div
                    class="notice"
                    class:notice-info=notice.level == Level::Info
                    class:notice-warning=notice.level == Level::Warning
                    class:notice-error=notice.level == Level::Error
                    role=if notice.level == Level::Error { "alert" } else { "status" }
                >
                    <p>{notice.text.clone()}</p>
                    <div class="notice-actions">
                        {notice.download.clone().map(|(name, content)| view! {
                            <button type="button" class="button" on:click=move |_| { let _ = download(&name, "application/json", &content); }>
                                {t.download}
                            </button>
                        })}
                        {notice.action.clone().map(|action| view! {
                            <button type="button" class="button" on:click=move |_| (action.run)()>{action.label}</button>
                        })}
                        <button type="button" class="button ghost" on:click=move |_| notices.dismiss(notice.id)>{t.dismiss}</button>
                    </div>
                </div>
            </For>
        </div>
    }
}
