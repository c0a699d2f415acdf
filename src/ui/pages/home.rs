//! `/`: what Holdfast is, and the way into each module.

use crate::ui::pages::set_title;
use crate::ui::text::text;
use leptos::prelude::*;

/// The home page.
#[component]
pub fn Home() -> impl IntoView {
    let t = &text().home;
    set_title("");
    let modules = [
        ("/calculators", t.calculators, "calc"),
        ("/contracts", t.contracts, "contracts"),
        ("/customers", t.customers, "customers"),
        ("/loyalty", t.loyalty, "loyalty"),
        ("/onboarding", t.onboarding, "onboarding"),
    ];
    view! {
        <section class="hero">
            <h1>{t.title}</h1>
            <p class="lead">{t.lead}</p>
            <p class="muted">{t.privacy}</p>
        </section>
        <crate::ui::chunks::LazyHomeDemoOffer/>
        <ul class="cards module-cards">
            {modules.into_iter().map(|(href, (title, description), icon)| view! {
                <li class="card">
                    <span class=format!("module-icon icon-{icon}") aria-hidden="true"></span>
                    <h2><a href=href>{title}</a></h2>
                    <p>{description}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}
