//! The application shell: navigation, banner, routes and theme.

use crate::storage::documents::Theme;
use crate::storage::workspaces::WorkspaceIndex;
use crate::ui::chunks::{Lazy, Screen};
use crate::ui::components::notices::NoticeBanner;
use crate::ui::pages::{home::Home, not_found::NotFound};
use crate::ui::reactive::effect;
use crate::ui::state::{
    provide_notices, provide_settings, provide_workspace, provide_workspaces, use_settings, use_workspace,
};
use crate::ui::text::text;
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes, A};
use leptos_router::path;
use wasm_bindgen::JsCast;

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    // The language comes first: every string drawn below is in it.
    let lang = crate::ui::state::start_language();
    crate::ui::text::set_lang(lang);
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
    }
    provide_notices();
    let settings = provide_settings();
    let workspaces = provide_workspaces();
    crate::ui::components::presentation::provide_presentation();
    crate::ui::components::presentation::listen_for_updates();
    provide_workspace(&workspaces.with_untracked(WorkspaceIndex::current_id));

    // The theme is an attribute on <html>, so CSS can switch every colour.
    effect(move |_| {
        let theme = settings.with(|s| s.theme);
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let value = match theme {
                Theme::System => None,
                Theme::Light => Some("light"),
                Theme::Dark => Some("dark"),
            };
            let _ = match value {
                Some(v) => root.set_attribute("data-theme", v),
                None => root.remove_attribute("data-theme"),
            };
        }
    });

    let t = &text().shell;
    // While a route's chunk is fetched, the page on screen stays and a bar
    // runs along the top; the main region says it is busy.
    let (routing, set_routing) = signal(false);
    let menu_open = RwSignal::new(false);
    view! {
        <Router set_is_routing=set_routing>
            <div class="route-progress" class:active=routing aria-hidden="true"></div>
            <a class="skip-link" href="#main">{t.skip_to_content}</a>
            <header class="topbar" class:menu-open=move || menu_open.get() on:keydown=move |ev| on_menu_key(ev, menu_open)
                on:focusout=move |ev| close_when_focus_leaves(ev, menu_open)>
                <a class="brand" href="/">
                    <span class="brand-mark" aria-hidden="true"></span>
                    <span class="brand-name">{t.app_name}</span>
                    <WorkspaceName/>
                </a>
                <CurrentSection/>
                // Narrow screens: one button opens the links, language, theme
                // and presentation mode (a disclosure); wide screens show them
                // in the bar and never see the button (style/main.css).
                <button type="button" class="ghost menu-button" aria-controls="topbar-menu"
                    aria-expanded=move || menu_open.get().to_string()
                    on:click=move |_| toggle_menu(menu_open)>
                    <span class="menu-icon" aria-hidden="true"></span>
                    <span>{t.menu}</span>
                </button>
                <div id="topbar-menu" class="topbar-menu" role="group" aria-label=t.menu_label>
                    <nav aria-label=t.nav_label>
                        <ul>
                            <li><A href="/calculators">{t.nav_calculators}</A></li>
                            <li><A href="/contracts">{t.nav_contracts}</A></li>
                            <li><A href="/customers">{t.nav_customers}</A></li>
                            <li><A href="/loyalty">{t.nav_loyalty}</A></li>
                            <li><A href="/onboarding">{t.nav_onboarding}</A></li>
                            // Workspaces, backup and demo data are not for a client's eyes.
                            <li class="no-present"><A href="/data">{t.nav_data}</A></li>
                            <li><A href="/report">{text().report.nav}</A></li>
                        </ul>
                    </nav>
                    <LangSwitch/>
                    <crate::ui::components::presentation::PresentButton/>
                    <ThemeSwitch/>
                </div>
                <crate::ui::components::presentation::PresentHint/>
                <CloseMenuOnNavigate open=menu_open/>
            </header>
            <NoticeBanner/>
            <ClearUndoOnNavigate/>
            <main id="main" tabindex="-1" aria-busy=move || routing.get().then_some("true")>
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=Home/>
                    <Route path=path!("/calculators") view=Lazy(Screen::Calculators)/>
                    <Route path=path!("/calculators/:name") view=Lazy(Screen::Calculator)/>
                    <Route path=path!("/contracts") view=Lazy(Screen::Contracts)/>
                    <Route path=path!("/contracts/win-back") view=Lazy(Screen::WinBack)/>
                    <Route path=path!("/contracts/signals") view=Lazy(Screen::Signals)/>
                    <Route path=path!("/customers") view=Lazy(Screen::Customers)/>
                    <ParentRoute path=path!("/loyalty") view=Lazy(Screen::LoyaltyLayout)>
                        <Route path=path!("") view=Lazy(Screen::LoyaltyDrafts)/>
                        <Route path=path!(":id") view=Lazy(Screen::LoyaltyEditor)/>
                        <Route path=path!(":id/print") view=Lazy(Screen::LoyaltyPrint)/>
                        <Route path=path!("compare/:a/:b") view=Lazy(Screen::LoyaltyCompare)/>
                    </ParentRoute>
                    <ParentRoute path=path!("/onboarding") view=Lazy(Screen::OnboardingLayout)>
                        <Route path=path!("") view=Lazy(Screen::OnboardingPortfolio)/>
                        <Route path=path!("templates") view=Lazy(Screen::OnboardingTemplates)/>
                        <Route path=path!(":id/client") view=Lazy(Screen::OnboardingClient)/>
                        <Route path=path!(":id") view=Lazy(Screen::OnboardingPlan)/>
                    </ParentRoute>
                    <Route path=path!("/data") view=Lazy(Screen::Data)/>
                    <Route path=path!("/report") view=Lazy(Screen::Report)/>
                </Routes>
            </main>
            <footer class="footer"><p>{t.footer}</p></footer>
        </Router>
    }
}

/// Opens or closes the narrow screens' menu; opening moves focus to its
/// first link (after the menu is drawn), so the keyboard and screen readers
/// land in it.
fn toggle_menu(open: RwSignal<bool>) {
    let now = !open.get_untracked();
    open.set(now);
    if now {
        request_animation_frame(|| {
            if let Some(first) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector("#topbar-menu a").ok().flatten())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = first.focus();
            }
        });
    }
}

/// Escape closes the menu and gives focus back to its button (and does not
/// also leave presentation mode).
fn on_menu_key(ev: web_sys::KeyboardEvent, open: RwSignal<bool>) {
    if ev.key() == "Escape" && open.get_untracked() {
        ev.stop_propagation();
        open.set(false);
        if let Some(button) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(".topbar .menu-button").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = button.focus();
        }
    }
}

/// Tabbing out of the top bar closes the menu.
fn close_when_focus_leaves(ev: web_sys::FocusEvent, open: RwSignal<bool>) {
    let inside = |t: Option<web_sys::EventTarget>| {
        t.and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .zip(ev.current_target().and_then(|c| c.dyn_into::<web_sys::Node>().ok()))
            .is_some_and(|(node, bar)| bar.contains(Some(&node)))
    };
    if open.get_untracked() && ev.related_target().is_some() && !inside(ev.related_target()) {
        open.set(false);
    }
}

/// Closes the menu when the page changes and on a tap or click outside the bar.
#[component]
fn CloseMenuOnNavigate(open: RwSignal<bool>) -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    effect(move |_| {
        location.pathname.track();
        open.set(false);
    });
    let outside = window_event_listener(leptos::ev::pointerdown, move |ev: web_sys::PointerEvent| {
        if !open.get_untracked() {
            return;
        }
        let in_bar = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| el.closest("header.topbar").ok().flatten().is_some());
        if !in_bar {
            open.set(false);
        }
    });
    on_cleanup(move || outside.remove());
}

/// The section the page belongs to, shown beside the brand on narrow
/// screens (where the links are in the menu).
#[component]
fn CurrentSection() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let t = &text().shell;
    let name = move || {
        let path = location.pathname.get();
        let first = path
            .trim_start_matches('/')
            .split('/')
            .next()
            .unwrap_or_default()
            .to_string();
        match first.as_str() {
            "calculators" => t.nav_calculators,
            "contracts" => t.nav_contracts,
            "loyalty" => t.nav_loyalty,
            "onboarding" => t.nav_onboarding,
            "data" => t.nav_data,
            "report" => text().report.nav,
            _ => "",
        }
    };
    view! { <span class="current-section">{name}</span> }
}

/// Undo notices write to the signals of the page that made them: they go
/// when the user moves to another page.
#[component]
fn ClearUndoOnNavigate() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let notices = crate::ui::state::use_notices();
    effect(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            notices.clear("undo");
        }
        path
    });
}

/// The current workspace's name, beside the brand.
#[component]
fn WorkspaceName() -> impl IntoView {
    let ws = use_workspace();
    view! { <span class="brand-workspace">{move || ws.profile.with(crate::ui::state::display_name)}</span> }
}

/// Light, dark or system theme, remembered in this browser.
#[component]
fn ThemeSwitch() -> impl IntoView {
    let settings = use_settings();
    let t = &text().shell;
    let options = [
        (Theme::System, t.theme_system, "system"),
        (Theme::Light, t.theme_light, "light"),
        (Theme::Dark, t.theme_dark, "dark"),
    ];
    view! {
        <label class="theme-switch">
            <span class="visually-hidden">{t.theme_label}</span>
            <select on:change=move |ev| {
                let v = event_target_value(&ev);
                if let Some((theme, _, _)) = options.iter().find(|(_, _, id)| *id == v) {
                    settings.update(|s| s.theme = *theme);
                }
            }>
                {options.into_iter().map(|(theme, label, id)| view! {
                    <option value=id selected=move || settings.with(|s| s.theme == theme)>{label}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

/// The language of the interface, remembered in this browser. Each option is
/// written in its own language. Choosing one saves it and reloads the page, so
/// that every string, number and date on screen changes together.
#[component]
fn LangSwitch() -> impl IntoView {
    use crate::domain::format::Lang;
    use crate::ui::text::{lang, native_name};
    let settings = use_settings();
    let current = lang();
    view! {
        <span class="theme-switch lang-switch">
            <label for="lang-switch" class="visually-hidden">{text().shell.lang_label}</label>
            <select id="lang-switch" on:change=move |ev| {
                let v = event_target_value(&ev);
                if let Some(chosen) = Lang::ALL.into_iter().find(|l| l.tag() == v) {
                    if chosen != current {
                        settings.update(|s| s.lang = Some(chosen));
                        // After the settings effect has saved (it runs as a
                        // microtask), start again in the new language.
                        set_timeout(
                            || {
                                if let Some(w) = web_sys::window() {
                                    let _ = w.location().reload();
                                }
                            },
                            std::time::Duration::from_millis(0),
                        );
                    }
                }
            }>
                {Lang::ALL.into_iter().map(|l| view! {
                    <option value=l.tag() lang=l.tag() selected=l == current>{native_name(l)}</option>
                }).collect_view()}
            </select>
        </span>
    }
}
