//! English.

use super::*;

pub const EN: Text = Text {
    shell: Shell {
        app_name: "Holdfast",
        tagline: "Customer retention toolkit",
        skip_to_content: "Skip to content",
        nav_label: "Main",
        nav_home: "Home",
        nav_calculators: "Calculators",
        nav_contracts: "Contracts",
        nav_loyalty: "Loyalty",
        nav_onboarding: "Onboarding",
        nav_customers: "Customers",
        nav_data: "Data",
        theme_label: "Theme",
        theme_system: "System",
        theme_light: "Light",
        theme_dark: "Dark",
        lang_label: "Language",
        notices_label: "Notices",
        breadcrumb_label: "Breadcrumb",
        footer: "Holdfast runs entirely in this browser. Nothing you enter leaves this device.",
        dismiss: "Dismiss",
        download: "Download the data",
        undo: "Undo",
        panic_title: "Holdfast stopped working",
        panic_body: "Something unexpected happened and this page cannot continue. Everything saved before this moment is still in this browser. Download a copy of your data to be safe, then reload.",
        panic_download: "Download my data",
        panic_reload: "Reload Holdfast",
        chunk_failed_title: "This screen could not be loaded",
        chunk_failed_body: "Its code did not arrive: the connection may have dropped. Your data is safe in this browser. Try again when you are back online.",
        chunk_failed_retry: "Try again",
        chunk_loading: "Loading…",
        menu: "Menu",
        menu_label: "Navigation and settings",
    },
    home: Home {
        title: "Keep the customers you have won",
        lead: "Holdfast turns the arithmetic of customer retention into screens you can show a client: \
               what churn costs, which contracts to call about, what a loyalty programme would pay back, \
               and how far each new client's onboarding has come.",
        privacy: "No account, no server, no install: everything is calculated and kept in this browser, \
                  and works without a network connection.",
        calculators: ("Retention calculators", "Retention rate, churn, compounding growth, lifetime value, win-back return and more, with the sources' reference figures."),
        contracts: ("Contracts and win-back", "A register of service contracts: attrition against the structural baseline, lost value by reason, renewal calls due and the win-back pipeline."),
        loyalty: ("Loyalty-programme planner", "Tiers, points, rewards and referrals, with cost, liability, breakage and return modelled before launch."),
        customers: ("Customer base", "From a client's order export: acquisition cohorts and retention, the customers still active and what they are likely to buy (BG/NBD and Gamma-Gamma), and who is slipping away."),
        onboarding: ("Onboarding tracker", "Per-client onboarding plans from templates, with a visible progress bar, owners, due dates and a projected finish."),
        open: "Open",
    },
    data: DataPage {
        title: "Workspace and data",
        lead: "Settings for this workspace, and the state of the data kept in this browser.",
        workspace_heading: "Workspace",
        workspace_name: "Workspace name",
        currency: "Currency",
        prepared_by: "Your name or firm (optional)",
        prepared_by_hint: "Printed as “prepared by” on the report and the client’s onboarding view.",
        logo: "Your logo (optional)",
        logo_hint: "A PNG, JPEG, WebP or SVG image, printed on the report. It stays in this browser.",
        logo_remove: "Remove the logo",
        logo_not_image: "This file is not a PNG, JPEG, WebP or SVG image.",
        logo_too_large: |max| format!("This image is too large: choose one under {max}."),
        storage_heading: "Storage in this browser",
        storage_used: |bytes| format!("Holdfast keeps {} of data in this browser (browsers allow about 5 MB).", human_bytes(bytes)),
        storage_unavailable: "This browser does not let Holdfast store data (storage is disabled or in a private mode). You can use every screen, but nothing will be kept after you close the page.",
        safari_note: "Some browsers (Safari) delete a site's stored data after seven days without a visit. Download a backup before you rely on it.",
        recovery_heading: "Data kept aside",
        recovery_none: "Nothing has been kept aside.",
        recovery_lead: "Stored data that could not be read, or a change that collided with another tab, is kept here untouched. Download it before you discard it.",
        discard: "Discard",
    },
    not_found: NotFound {
        title: "Page not found",
        lead: "There is no page at this address. It may have been mistyped, or the link may be from a newer version of Holdfast.",
        home_link: "Go to the home page",
    },
    storage: StorageText {
        recovered: |doc, problem| format!("Your saved {doc} could not be read ({problem}). The original was kept aside untouched and Holdfast started with defaults."),
        recovery_copy_failed: |doc, problem| format!("Your saved {doc} could not be read ({problem}) and there is no room to keep a copy aside, so it is left as it was and changes to it will not be saved."),
        read_only: |doc, problem| format!("Your saved {doc} was {problem}. It is shown read-only: changes will not be saved, so nothing of it is lost."),
        save_failed: |reason| format!("Your last change could not be saved: {reason}. It is still on screen; download your data before closing the page."),
        quota: "the browser's storage for this site is full",
        unavailable: "this browser does not allow Holdfast to store data",
        read_only_data: "this data is read-only",
        encode_failed: "the data could not be encoded",
        conflict: |doc| format!("Your {doc} was changed in another tab at the same time. That tab's version is shown; your change was kept aside (see Data)."),
        reloaded_from_other_tab: |doc| format!("Your {doc} was updated from another tab."),
        doc_name: |name| match name {
            "settings" => "settings",
            "profile" => "workspace settings",
            "calculators" => "calculator scenarios",
            "contracts" => "contract register",
            "loyalty" => "loyalty programmes",
            "onboarding" => "onboarding plans",
            "winback" => "departed customers and warning signals",
            "customers" => "customers: purchases, cohorts and predictions",
            _ => "data",
        },
        problem: |p| p.to_string(),
    },
    input: InputText {
        empty: "Enter a value.",
        not_a_number: "Enter a plain number, such as 1234.56.",
        bad_grouping: "Could not read this number: use \".\" for decimals and \",\" only between groups of three digits (1,234.56).",
        negative: "Cannot be negative.",
        not_whole: "Enter a whole number.",
        over_hundred: "A percentage cannot be above 100.",
        too_large: |max| format!("Too large: at most {max}."),
        too_small: |min| format!("Too small: at least {min}."),
        other_currency: |symbol, code, typed| {
            format!("This workspace counts in {symbol} ({code}); {typed} is another currency.")
        },
        stale: "Figures for the last valid entries: fix the highlighted field to update them.",
    },
    charts: ChartText {
        show_table: "Show as table",
        cumulative_share: "Cumulative share",
        pareto_note: "Bars: value per item, largest first. Dashed line: cumulative share of the total (top axis).",
        item: "Item",
    },
    workspace: super::workspace::EN,
    calculators: super::calculators::EN,
    contracts: super::contracts::EN,
    loyalty: super::loyalty::EN,
    onboarding: super::onboarding::EN,
    winback: super::winback::EN,
    customers: super::customers::EN,
    report: super::report::EN,
};

fn human_bytes(bytes: usize) -> String {
    if bytes < 1024 {
        format!("{bytes} bytes")
    } else if bytes < 1024 * 1024 {
        format!("{:.1} KB", bytes as f64 / 1024.0)
    } else {
        format!("{:.2} MB", bytes as f64 / (1024.0 * 1024.0))
    }
}
