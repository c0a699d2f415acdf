//! Every user-facing string, in one place.
//!
//! Each language is one constant of the [`Text`] struct: adding a language
//! means adding one more constant, and the compiler refuses it until every
//! field is filled, so no key can be missing. Components read strings with
//! [`text()`] and never spell user-facing words themselves.

pub mod calculators;
pub mod contracts;
pub mod customers;
mod en;
pub mod loyalty;
pub mod onboarding;
pub mod plural;
mod pt_br;
pub mod report;
mod ro;
pub mod winback;
pub mod workspace;

use crate::domain::format::{format_fixed, Lang};
use crate::domain::input::InputError;
use std::sync::atomic::{AtomicU8, Ordering};

/// Strings of the application shell.
pub struct Shell {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_calculators: &'static str,
    pub nav_contracts: &'static str,
    pub nav_loyalty: &'static str,
    pub nav_onboarding: &'static str,
    pub nav_customers: &'static str,
    pub nav_data: &'static str,
    pub theme_label: &'static str,
    pub theme_system: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub lang_label: &'static str,
    /// Accessible name of the notice banner.
    pub notices_label: &'static str,
    /// Accessible name of a breadcrumb trail.
    pub breadcrumb_label: &'static str,
    pub footer: &'static str,
    pub dismiss: &'static str,
    pub download: &'static str,
    pub undo: &'static str,
    pub panic_title: &'static str,
    pub panic_body: &'static str,
    pub panic_download: &'static str,
    pub panic_reload: &'static str,
    /// A screen's code could not be fetched (the network dropped).
    pub chunk_failed_title: &'static str,
    pub chunk_failed_body: &'static str,
    pub chunk_failed_retry: &'static str,
    /// While a screen's code is fetched again.
    pub chunk_loading: &'static str,
    /// The button that opens the navigation on a narrow screen.
    pub menu: &'static str,
    /// Accessible name of the menu that button opens.
    pub menu_label: &'static str,
}

/// Strings of the home page.
pub struct Home {
    pub title: &'static str,
    pub lead: &'static str,
    pub privacy: &'static str,
    /// (title, description) of each module, in navigation order.
    pub calculators: (&'static str, &'static str),
    pub contracts: (&'static str, &'static str),
    pub customers: (&'static str, &'static str),
    pub loyalty: (&'static str, &'static str),
    pub onboarding: (&'static str, &'static str),
    pub open: &'static str,
}

/// Strings of the data page.
pub struct DataPage {
    pub title: &'static str,
    pub lead: &'static str,
    pub workspace_heading: &'static str,
    pub workspace_name: &'static str,
    pub currency: &'static str,
    /// The consultant's name or firm, printed as "prepared by".
    pub prepared_by: &'static str,
    pub prepared_by_hint: &'static str,
    /// The consultant's logo, printed on the report.
    pub logo: &'static str,
    pub logo_hint: &'static str,
    pub logo_remove: &'static str,
    pub logo_not_image: &'static str,
    /// (largest size, e.g. "150 KB").
    pub logo_too_large: fn(&str) -> String,
    pub storage_heading: &'static str,
    pub storage_used: fn(usize) -> String,
    pub storage_unavailable: &'static str,
    pub safari_note: &'static str,
    pub recovery_heading: &'static str,
    pub recovery_none: &'static str,
    pub recovery_lead: &'static str,
    pub discard: &'static str,
}

/// Strings of the not-found page.
pub struct NotFound {
    pub title: &'static str,
    pub lead: &'static str,
    pub home_link: &'static str,
}

/// Messages about stored data, shown in the banner.
pub struct StorageText {
    pub recovered: fn(&str, &str) -> String,
    pub recovery_copy_failed: fn(&str, &str) -> String,
    pub read_only: fn(&str, &str) -> String,
    pub save_failed: fn(&str) -> String,
    pub quota: &'static str,
    pub unavailable: &'static str,
    /// Why a save did not happen: the data is read-only.
    pub read_only_data: &'static str,
    /// Why a save did not happen: the data could not be encoded.
    pub encode_failed: &'static str,
    pub conflict: fn(&str) -> String,
    pub reloaded_from_other_tab: fn(&str) -> String,
    /// Human name of a stored document, by its key name.
    pub doc_name: fn(&str) -> &'static str,
    /// Why stored data could not be used, as a clause.
    pub problem: fn(&crate::storage::Problem) -> String,
}

/// Messages for refused input, shown next to the field.
pub struct InputText {
    pub empty: &'static str,
    pub not_a_number: &'static str,
    pub bad_grouping: &'static str,
    pub negative: &'static str,
    pub not_whole: &'static str,
    pub over_hundred: &'static str,
    pub too_large: fn(&str) -> String,
    pub too_small: fn(&str) -> String,
    /// Another currency typed: (the workspace's symbol, its code, the symbol typed).
    pub other_currency: fn(&str, &str, &str) -> String,
    /// Above figures computed from the last valid entries while a field refuses its text.
    pub stale: &'static str,
}

/// Strings of the charts.
pub struct ChartText {
    pub show_table: &'static str,
    pub cumulative_share: &'static str,
    pub pareto_note: &'static str,
    pub item: &'static str,
}

/// All the strings of one language.
pub struct Text {
    pub shell: Shell,
    pub home: Home,
    pub data: DataPage,
    pub not_found: NotFound,
    pub storage: StorageText,
    pub input: InputText,
    pub charts: ChartText,
    pub workspace: workspace::WorkspaceText,
    pub calculators: calculators::CalculatorsText,
    pub contracts: contracts::ContractsText,
    pub loyalty: loyalty::LoyaltyText,
    pub onboarding: onboarding::OnboardingText,
    pub winback: winback::WinbackText,
    pub customers: customers::CustomersText,
    pub report: report::ReportText,
}

/// The language on screen. Set once at start-up, before anything is drawn;
/// switching languages saves the choice and reloads the page, so every string
/// already on screen (and every cached one) is in one language.
static LANG: AtomicU8 = AtomicU8::new(0);

/// Makes `lang` the language on screen.
pub fn set_lang(lang: Lang) {
    let code = match lang {
        Lang::En => 0,
        Lang::PtBr => 1,
        Lang::Ro => 2,
    };
    LANG.store(code, Ordering::Relaxed);
}

/// The language on screen.
pub fn lang() -> Lang {
    match LANG.load(Ordering::Relaxed) {
        1 => Lang::PtBr,
        2 => Lang::Ro,
        _ => Lang::En,
    }
}

/// The strings of one language.
pub fn text_for(lang: Lang) -> &'static Text {
    // Statics, not the consts themselves: one address per language, even
    // where this function is inlined into another crate.
    static EN: Text = en::EN;
    static PT_BR: Text = pt_br::PT_BR;
    static RO: Text = ro::RO;
    match lang {
        Lang::En => &EN,
        Lang::PtBr => &PT_BR,
        Lang::Ro => &RO,
    }
}

/// The strings of the language on screen.
pub fn text() -> &'static Text {
    text_for(lang())
}

/// A language's name in that language, for the language switcher (a reader
/// who cannot read the current language still finds their own).
pub fn native_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::PtBr => "Português (Brasil)",
        Lang::Ro => "Română",
    }
}

/// A storage size in the conventions of `lang` (`1.5 KB`, `1,5 KB`).
fn human_bytes(bytes: usize, lang: Lang, unit: &str) -> String {
    let fmt = lang.number_format();
    if bytes < 1024 {
        format!("{bytes} {unit}")
    } else if bytes < 1024 * 1024 {
        format!("{} KB", format_fixed(bytes as f64 / 1024.0, 1, fmt))
    } else {
        format!("{} MB", format_fixed(bytes as f64 / (1024.0 * 1024.0), 2, fmt))
    }
}

/// The message for a refused value; `fmt_number` writes bounds in the
/// screen's number convention.
pub fn input_error(err: InputError, fmt_number: impl Fn(f64) -> String) -> String {
    let t = &text().input;
    match err {
        InputError::Empty => t.empty.to_string(),
        InputError::NotANumber => t.not_a_number.to_string(),
        InputError::BadGrouping => t.bad_grouping.to_string(),
        InputError::Negative => t.negative.to_string(),
        InputError::NotWhole => t.not_whole.to_string(),
        InputError::OverHundredPercent => t.over_hundred.to_string(),
        InputError::TooLarge { max } => (t.too_large)(&fmt_number(max)),
        InputError::TooSmall { min } => (t.too_small)(&fmt_number(min)),
        InputError::OtherCurrency { typed, expected } => {
            (t.other_currency)(expected.symbol(), expected.code(), typed.symbol())
        }
    }
}
