//! The sub-navigation of the contracts screens: register, win-back, signals.

use crate::ui::text::text;
use leptos::prelude::*;
use leptos_router::components::A;

/// Links between the three contracts screens, the current one marked with
/// `aria-current="page"`. Put it right under the page's `<h1>`.
#[component]
pub fn ContractsNav() -> impl IntoView {
    let t = &text().contracts;
    view! {
        <nav class="subnav" aria-label=t.subnav_label>
            <ul>
                <li><A href="/contracts" exact=true>{t.subnav_register}</A></li>
                <li><A href="/contracts/win-back">{t.subnav_winback}</A></li>
                <li><A href="/contracts/signals">{t.subnav_signals}</A></li>
            </ul>
        </nav>
    }
}
