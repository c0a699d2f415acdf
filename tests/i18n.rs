//! Languages: every language has every string, Portuguese and Romanian screens
//! show no English left behind, and numbers, money and dates are written and
//! read in each language's convention.
//!
//! A missing key cannot compile: each language is one constant of a struct
//! with no defaults. The walkers below destructure the structs without `..`,
//! so a field added later also fails this file until it is compared here.

use chrono::NaiveDate;
use holdfast::domain::format::{format_date, format_money, format_number, format_percent, Currency, Lang};
use holdfast::domain::input::{parse_count, parse_decimal, parse_money, parse_percent, InputError, NumberFormat};
use holdfast::storage::documents::{Settings, Theme};
use holdfast::storage::{doc_key, Backend, MemoryBackend, Store};
use holdfast::ui::text::calculators::{CalcText, CalculatorsText};
use holdfast::ui::text::{
    self, native_name, text_for, ChartText, DataPage, Home, InputText, NotFound, Shell, StorageText, Text,
};

/// Every language constant of every struct exists (checked by the compiler:
/// this function only has to compile).
#[test]
fn every_struct_has_a_constant_for_every_language() {
    let _: [&Text; 3] = [text_for(Lang::En), text_for(Lang::PtBr), text_for(Lang::Ro)];
    let _: [&CalculatorsText; 3] = [
        &text::calculators::EN,
        &text::calculators::PT_BR,
        &text::calculators::RO,
    ];
    let _: [&text::contracts::ContractsText; 3] = [&text::contracts::EN, &text::contracts::PT_BR, &text::contracts::RO];
    let _: [&text::loyalty::LoyaltyText; 3] = [&text::loyalty::EN, &text::loyalty::PT_BR, &text::loyalty::RO];
    let _: [&text::onboarding::OnboardingText; 3] =
        [&text::onboarding::EN, &text::onboarding::PT_BR, &text::onboarding::RO];
    let _: [&text::winback::WinbackText; 3] = [&text::winback::EN, &text::winback::PT_BR, &text::winback::RO];
    let _: [&text::customers::CustomersText; 3] = [&text::customers::EN, &text::customers::PT_BR, &text::customers::RO];
}

/// The language's whole text uses that language's area constants, not
/// English ones left in place.
#[test]
fn each_language_uses_its_own_area_constants() {
    for lang in [Lang::PtBr, Lang::Ro] {
        let (t, en) = (text_for(lang), text_for(Lang::En));
        assert_ne!(t.calculators.title, en.calculators.title, "{lang:?} calculators");
        assert_ne!(t.contracts.title, en.contracts.title, "{lang:?} contracts");
        assert_ne!(t.loyalty.title, en.loyalty.title, "{lang:?} loyalty");
        assert_ne!(t.onboarding.title, en.onboarding.title, "{lang:?} onboarding");
        assert_ne!(t.winback.title, en.winback.title, "{lang:?} winback");
        assert_ne!(t.customers.title, en.customers.title, "{lang:?} customers");
    }
}

/// Strings that are the same in every language: names, abbreviations and
/// formulas written in symbols.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    "Holdfast",
    "NPS",
    "CSV",
    "%",
    "—",
    "Item",
    // Portuguese says "Menu" too.
    "Menu",
    "CRR = (E − N) / S × 100",
    "CLV(r) = m · r / (1 + d − r)",
    // Brazilian Portuguese says "churn" too.
    "Churn",
];

/// (field name, string) for every string of one language's shell screens.
fn shell_strings(t: &Text) -> Vec<(&'static str, String)> {
    let Shell {
        app_name,
        tagline,
        skip_to_content,
        nav_label,
        nav_home,
        nav_calculators,
        nav_contracts,
        nav_loyalty,
        nav_onboarding,
        nav_customers,
        nav_data,
        theme_label,
        theme_system,
        theme_light,
        theme_dark,
        lang_label,
        notices_label,
        breadcrumb_label,
        footer,
        dismiss,
        download,
        undo,
        panic_title,
        panic_body,
        panic_download,
        panic_reload,
        chunk_failed_title,
        chunk_failed_body,
        chunk_failed_retry,
        chunk_loading,
        menu,
        menu_label,
    } = &t.shell;
    let Home {
        title: home_title,
        lead: home_lead,
        privacy,
        calculators,
        contracts,
        customers,
        loyalty,
        onboarding,
        open,
    } = &t.home;
    let DataPage {
        title: data_title,
        lead: data_lead,
        workspace_heading,
        workspace_name,
        currency,
        prepared_by,
        prepared_by_hint,
        logo,
        logo_hint,
        logo_remove,
        logo_not_image,
        logo_too_large,
        storage_heading,
        storage_used,
        storage_unavailable,
        safari_note,
        recovery_heading,
        recovery_none,
        recovery_lead,
        discard,
    } = &t.data;
    let NotFound {
        title: nf_title,
        lead: nf_lead,
        home_link,
    } = &t.not_found;
    let StorageText {
        recovered,
        recovery_copy_failed,
        read_only,
        save_failed,
        quota,
        unavailable,
        read_only_data,
        encode_failed,
        conflict,
        reloaded_from_other_tab,
        doc_name,
        problem,
    } = &t.storage;
    let InputText {
        empty,
        not_a_number,
        bad_grouping,
        negative,
        not_whole,
        over_hundred,
        too_large,
        too_small,
        other_currency,
        stale,
    } = &t.input;
    let ChartText {
        show_table,
        cumulative_share,
        pareto_note,
        item,
    } = &t.charts;
    let mut out: Vec<(&'static str, String)> = vec![
        ("app_name", app_name.to_string()),
        ("tagline", tagline.to_string()),
        ("skip_to_content", skip_to_content.to_string()),
        ("nav_label", nav_label.to_string()),
        ("nav_home", nav_home.to_string()),
        ("nav_calculators", nav_calculators.to_string()),
        ("nav_contracts", nav_contracts.to_string()),
        ("nav_loyalty", nav_loyalty.to_string()),
        ("nav_onboarding", nav_onboarding.to_string()),
        ("nav_customers", nav_customers.to_string()),
        ("nav_data", nav_data.to_string()),
        ("theme_label", theme_label.to_string()),
        ("theme_system", theme_system.to_string()),
        ("theme_light", theme_light.to_string()),
        ("theme_dark", theme_dark.to_string()),
        ("lang_label", lang_label.to_string()),
        ("notices_label", notices_label.to_string()),
        ("breadcrumb_label", breadcrumb_label.to_string()),
        ("footer", footer.to_string()),
        ("dismiss", dismiss.to_string()),
        ("download", download.to_string()),
        ("undo", undo.to_string()),
        ("panic_title", panic_title.to_string()),
        ("panic_body", panic_body.to_string()),
        ("panic_download", panic_download.to_string()),
        ("panic_reload", panic_reload.to_string()),
        ("chunk_failed_title", chunk_failed_title.to_string()),
        ("chunk_failed_body", chunk_failed_body.to_string()),
        ("chunk_failed_retry", chunk_failed_retry.to_string()),
        ("chunk_loading", chunk_loading.to_string()),
        ("menu", menu.to_string()),
        ("menu_label", menu_label.to_string()),
        ("home.title", home_title.to_string()),
        ("home.lead", home_lead.to_string()),
        ("privacy", privacy.to_string()),
        ("home.calculators.0", calculators.0.to_string()),
        ("home.calculators.1", calculators.1.to_string()),
        ("home.contracts.0", contracts.0.to_string()),
        ("home.contracts.1", contracts.1.to_string()),
        ("home.customers.0", customers.0.to_string()),
        ("home.customers.1", customers.1.to_string()),
        ("home.loyalty.0", loyalty.0.to_string()),
        ("home.loyalty.1", loyalty.1.to_string()),
        ("home.onboarding.0", onboarding.0.to_string()),
        ("home.onboarding.1", onboarding.1.to_string()),
        ("open", open.to_string()),
        ("data.title", data_title.to_string()),
        ("data.lead", data_lead.to_string()),
        ("workspace_heading", workspace_heading.to_string()),
        ("workspace_name", workspace_name.to_string()),
        ("currency", currency.to_string()),
        ("prepared_by", prepared_by.to_string()),
        ("prepared_by_hint", prepared_by_hint.to_string()),
        ("logo", logo.to_string()),
        ("logo_hint", logo_hint.to_string()),
        ("logo_remove", logo_remove.to_string()),
        ("logo_not_image", logo_not_image.to_string()),
        ("logo_too_large", logo_too_large("150 KB")),
        ("storage_heading", storage_heading.to_string()),
        ("storage_used(100)", storage_used(100)),
        ("storage_used(1536)", storage_used(1536)),
        ("storage_unavailable", storage_unavailable.to_string()),
        ("safari_note", safari_note.to_string()),
        ("recovery_heading", recovery_heading.to_string()),
        ("recovery_none", recovery_none.to_string()),
        ("recovery_lead", recovery_lead.to_string()),
        ("discard", discard.to_string()),
        ("not_found.title", nf_title.to_string()),
        ("not_found.lead", nf_lead.to_string()),
        ("home_link", home_link.to_string()),
        ("recovered", recovered("X", "Y")),
        ("recovery_copy_failed", recovery_copy_failed("X", "Y")),
        ("read_only", read_only("X", "Y")),
        ("save_failed", save_failed("X")),
        ("quota", quota.to_string()),
        ("unavailable", unavailable.to_string()),
        ("read_only_data", read_only_data.to_string()),
        ("encode_failed", encode_failed.to_string()),
        ("conflict", conflict("X")),
        ("reloaded_from_other_tab", reloaded_from_other_tab("X")),
        ("empty", empty.to_string()),
        ("not_a_number", not_a_number.to_string()),
        ("bad_grouping", bad_grouping.to_string()),
        ("negative", negative.to_string()),
        ("not_whole", not_whole.to_string()),
        ("over_hundred", over_hundred.to_string()),
        ("too_large", too_large("9")),
        ("too_small", too_small("9")),
        ("other_currency", other_currency("R$", "BRL", "£")),
        ("stale", stale.to_string()),
        ("show_table", show_table.to_string()),
        ("cumulative_share", cumulative_share.to_string()),
        ("pareto_note", pareto_note.to_string()),
        ("item", item.to_string()),
    ];
    for doc in [
        "settings",
        "profile",
        "calculators",
        "contracts",
        "loyalty",
        "onboarding",
        "winback",
        "customers",
        "unknown",
    ] {
        out.push(("doc_name", doc_name(doc).to_string()));
    }
    use holdfast::storage::Problem;
    for p in [
        Problem::NotJson("e".into()),
        Problem::NoEnvelope,
        Problem::MigrationFailed {
            from: 1,
            reason: "r".into(),
        },
        Problem::BadData("e".into()),
        Problem::FutureVersion { found: 3, supported: 2 },
    ] {
        out.push(("problem", problem(&p)));
    }
    out
}

fn calc_text_strings(name: &'static str, c: &CalcText, out: &mut Vec<(&'static str, String)>) {
    let CalcText {
        title,
        summary,
        formula,
        source,
        references,
        explain,
    } = c;
    out.push((name, title.to_string()));
    out.push((name, summary.to_string()));
    out.extend(formula.iter().map(|f| (name, f.to_string())));
    out.push((name, source.to_string()));
    for (figure, from) in references.iter() {
        out.push((name, figure.to_string()));
        out.push((name, from.to_string()));
    }
    out.push((name, explain.to_string()));
}

/// (field name, string) for every string of one language's calculators.
fn calculator_strings(c: &CalculatorsText) -> Vec<(&'static str, String)> {
    let CalculatorsText {
        title,
        lead,
        inputs,
        results,
        formula,
        source,
        references,
        references_note,
        fix_fields,
        copy_link,
        link_copied,
        link_label,
        reset,
        all_calculators,
        scenarios,
        scenario_name,
        save_scenario,
        no_scenarios,
        load,
        delete,
        deleted,
        saved_as,
        compare,
        compare_a,
        compare_b,
        compare_need_two,
        differs,
        same,
        no_result,
        not_defined,
        years_unit,
        periods_unit,
        year_unit_one,
        period_unit_one,
        year_axis,
        points_unit,
        err_zero_start,
        err_zero_revenue,
        err_zero_probability,
        err_zero_share,
        err_end_below_new,
        err_retained_above_start,
        err_lost_above_start,
        err_lost_revenue_above_start,
        err_total_churn,
        err_unbounded,
        err_recovered_above_receptive,
        err_bad_score,
        err_no_responses,
        customers_at_start,
        customers_at_end,
        new_customers,
        customers_lost,
        starting_customers,
        retention_rate,
        compare_retention,
        acquisition_rate,
        years,
        net_growth_target,
        churn_rate,
        convention,
        additive,
        compounding,
        average_order_value,
        purchases_per_year,
        gross_margin,
        retention_or_churn,
        use_retention,
        use_churn,
        annual_churn,
        discount_rate,
        base_retention,
        lift_points,
        annual_margin_per_customer,
        acquisition_cost,
        retention_cost,
        p_existing,
        p_new,
        starting_revenue,
        expansion,
        contraction,
        churned_revenue,
        new_revenue,
        nps_input,
        nps_counts,
        nps_list,
        promoters,
        passives,
        detractors,
        scores,
        scores_hint,
        recovered_hint,
        complaints,
        share_who_complain,
        lapsed,
        share_receptive,
        share_recovered,
        average_annual_revenue,
        cost_per_contact,
        out_retention_rate,
        out_retained,
        out_lost,
        out_churn_rate,
        out_retention,
        out_lifetime,
        out_lost_per_100,
        out_net_growth,
        out_doubling,
        never_doubles,
        out_customers_after,
        out_compare_growth,
        out_compare_doubling,
        out_growth_needed,
        shown_additive,
        shown_compounding,
        out_annual_revenue,
        out_annual_margin,
        out_lifetime_years,
        out_lifetime_revenue,
        out_margin_clv,
        out_discounted_clv,
        out_max_spend,
        unbounded,
        out_clv_before,
        out_clv_after,
        out_clv_change,
        out_retention_after,
        out_cost_new_sale,
        out_cost_existing_sale,
        out_cost_ratio,
        out_nrr,
        out_grr,
        out_quick_ratio,
        out_ending_revenue,
        out_nps,
        out_responses,
        out_promoters,
        out_passives,
        out_detractors,
        passives_warning,
        out_unhappy,
        out_silent,
        out_receptive,
        out_recovered,
        out_revenue_recovered,
        out_campaign_cost,
        out_roi,
        chart_customers,
        chart_customers_title,
        chart_clv,
        chart_clv_title,
        clv_chart_horizon,
        carry_heading,
        series_retention,
        series_clv,
        axis_customers,
        axis_value,
        retention,
        churn,
        growth,
        growth_needed,
        clv,
        lift,
        acquire,
        revenue,
        nps,
        complaints_calc,
        winback,
    } = c;
    let plain: &[(&'static str, &str)] = &[
        ("title", title),
        ("lead", lead),
        ("inputs", inputs),
        ("results", results),
        ("formula", formula),
        ("source", source),
        ("references", references),
        ("references_note", references_note),
        ("fix_fields", fix_fields),
        ("copy_link", copy_link),
        ("link_copied", link_copied),
        ("link_label", link_label),
        ("reset", reset),
        ("all_calculators", all_calculators),
        ("scenarios", scenarios),
        ("scenario_name", scenario_name),
        ("save_scenario", save_scenario),
        ("no_scenarios", no_scenarios),
        ("load", load),
        ("delete", delete),
        ("compare", compare),
        ("compare_a", compare_a),
        ("compare_b", compare_b),
        ("compare_need_two", compare_need_two),
        ("differs", differs),
        ("same", same),
        ("no_result", no_result),
        ("not_defined", not_defined),
        ("years_unit", years_unit),
        ("periods_unit", periods_unit),
        ("year_unit_one", year_unit_one),
        ("period_unit_one", period_unit_one),
        ("year_axis", year_axis),
        ("points_unit", points_unit),
        ("err_zero_start", err_zero_start),
        ("err_zero_revenue", err_zero_revenue),
        ("err_zero_probability", err_zero_probability),
        ("err_zero_share", err_zero_share),
        ("err_end_below_new", err_end_below_new),
        ("err_retained_above_start", err_retained_above_start),
        ("err_lost_above_start", err_lost_above_start),
        ("err_lost_revenue_above_start", err_lost_revenue_above_start),
        ("err_total_churn", err_total_churn),
        ("err_unbounded", err_unbounded),
        ("err_recovered_above_receptive", err_recovered_above_receptive),
        ("err_no_responses", err_no_responses),
        ("customers_at_start", customers_at_start),
        ("customers_at_end", customers_at_end),
        ("new_customers", new_customers),
        ("customers_lost", customers_lost),
        ("starting_customers", starting_customers),
        ("retention_rate", retention_rate),
        ("compare_retention", compare_retention),
        ("acquisition_rate", acquisition_rate),
        ("years", years),
        ("net_growth_target", net_growth_target),
        ("churn_rate", churn_rate),
        ("convention", convention),
        ("additive", additive),
        ("compounding", compounding),
        ("average_order_value", average_order_value),
        ("purchases_per_year", purchases_per_year),
        ("gross_margin", gross_margin),
        ("retention_or_churn", retention_or_churn),
        ("use_retention", use_retention),
        ("use_churn", use_churn),
        ("annual_churn", annual_churn),
        ("discount_rate", discount_rate),
        ("base_retention", base_retention),
        ("lift_points", lift_points),
        ("annual_margin_per_customer", annual_margin_per_customer),
        ("acquisition_cost", acquisition_cost),
        ("retention_cost", retention_cost),
        ("p_existing", p_existing),
        ("p_new", p_new),
        ("starting_revenue", starting_revenue),
        ("expansion", expansion),
        ("contraction", contraction),
        ("churned_revenue", churned_revenue),
        ("new_revenue", new_revenue),
        ("nps_input", nps_input),
        ("nps_counts", nps_counts),
        ("nps_list", nps_list),
        ("promoters", promoters),
        ("passives", passives),
        ("detractors", detractors),
        ("scores", scores),
        ("scores_hint", scores_hint),
        ("recovered_hint", recovered_hint),
        ("complaints", complaints),
        ("share_who_complain", share_who_complain),
        ("lapsed", lapsed),
        ("share_receptive", share_receptive),
        ("share_recovered", share_recovered),
        ("average_annual_revenue", average_annual_revenue),
        ("cost_per_contact", cost_per_contact),
        ("out_retention_rate", out_retention_rate),
        ("out_retained", out_retained),
        ("out_lost", out_lost),
        ("out_churn_rate", out_churn_rate),
        ("out_retention", out_retention),
        ("out_lifetime", out_lifetime),
        ("out_lost_per_100", out_lost_per_100),
        ("out_net_growth", out_net_growth),
        ("out_doubling", out_doubling),
        ("never_doubles", never_doubles),
        ("out_compare_growth", out_compare_growth),
        ("out_compare_doubling", out_compare_doubling),
        ("out_growth_needed", out_growth_needed),
        ("shown_additive", shown_additive),
        ("shown_compounding", shown_compounding),
        ("out_annual_revenue", out_annual_revenue),
        ("out_annual_margin", out_annual_margin),
        ("out_lifetime_years", out_lifetime_years),
        ("out_lifetime_revenue", out_lifetime_revenue),
        ("out_margin_clv", out_margin_clv),
        ("out_discounted_clv", out_discounted_clv),
        ("out_max_spend", out_max_spend),
        ("unbounded", unbounded),
        ("out_clv_before", out_clv_before),
        ("out_clv_after", out_clv_after),
        ("out_clv_change", out_clv_change),
        ("out_retention_after", out_retention_after),
        ("out_cost_new_sale", out_cost_new_sale),
        ("out_cost_existing_sale", out_cost_existing_sale),
        ("out_cost_ratio", out_cost_ratio),
        ("out_nrr", out_nrr),
        ("out_grr", out_grr),
        ("out_quick_ratio", out_quick_ratio),
        ("out_ending_revenue", out_ending_revenue),
        ("out_nps", out_nps),
        ("out_responses", out_responses),
        ("out_promoters", out_promoters),
        ("out_passives", out_passives),
        ("out_detractors", out_detractors),
        ("passives_warning", passives_warning),
        ("out_unhappy", out_unhappy),
        ("out_silent", out_silent),
        ("out_receptive", out_receptive),
        ("out_recovered", out_recovered),
        ("out_revenue_recovered", out_revenue_recovered),
        ("out_campaign_cost", out_campaign_cost),
        ("out_roi", out_roi),
        ("chart_customers", chart_customers),
        ("chart_customers_title", chart_customers_title),
        ("chart_clv", chart_clv),
        ("carry_heading", carry_heading),
        ("series_clv", series_clv),
        ("axis_customers", axis_customers),
        ("axis_value", axis_value),
    ];
    let mut out: Vec<(&'static str, String)> = plain.iter().map(|(k, v)| (*k, v.to_string())).collect();
    out.push(("deleted", deleted("X")));
    out.push(("saved_as", saved_as("X")));
    out.push(("err_bad_score", err_bad_score(3)));
    out.push(("out_customers_after(1)", out_customers_after(1)));
    out.push(("out_customers_after(10)", out_customers_after(10)));
    out.push(("out_customers_after(25)", out_customers_after(25)));
    out.push(("series_retention", series_retention("90 %")));
    out.push(("chart_clv_title", chart_clv_title(15)));
    out.push(("clv_chart_horizon", clv_chart_horizon(15, "£1", "£2")));
    for (name, calc) in [
        ("retention", retention),
        ("churn", churn),
        ("growth", growth),
        ("growth_needed", growth_needed),
        ("clv", clv),
        ("lift", lift),
        ("acquire", acquire),
        ("revenue", revenue),
        ("nps", nps),
        ("complaints_calc", complaints_calc),
        ("winback", winback),
    ] {
        calc_text_strings(name, calc, &mut out);
    }
    out
}

/// Compares one language's strings with English, pair by pair: none may be
/// English left behind, unless it is the same in every language.
fn assert_translated(lang: Lang, en: &[(&'static str, String)], other: &[(&'static str, String)]) {
    assert_eq!(
        en.len(),
        other.len(),
        "{lang:?}: the walkers produced different numbers of strings"
    );
    let mut untranslated = Vec::new();
    for ((key, e), (key2, o)) in en.iter().zip(other) {
        assert_eq!(key, key2);
        assert!(!o.trim().is_empty(), "{lang:?} {key} is empty");
        if e == o && !SAME_IN_EVERY_LANGUAGE.contains(&o.as_str()) {
            untranslated.push(format!("{key}: {o:?}"));
        }
    }
    assert!(untranslated.is_empty(), "{lang:?} has English left: {untranslated:#?}");
}

#[test]
fn portuguese_and_romanian_shell_strings_are_all_translated() {
    let en = shell_strings(text_for(Lang::En));
    assert!(en.len() > 80);
    for lang in [Lang::PtBr, Lang::Ro] {
        assert_translated(lang, &en, &shell_strings(text_for(lang)));
    }
}

#[test]
fn portuguese_and_romanian_calculator_strings_are_all_translated() {
    let en = calculator_strings(&text::calculators::EN);
    assert!(en.len() > 200);
    assert_translated(Lang::PtBr, &en, &calculator_strings(&text::calculators::PT_BR));
    assert_translated(Lang::Ro, &en, &calculator_strings(&text::calculators::RO));
}

#[test]
fn the_allow_list_holds_only_strings_that_really_occur_unchanged() {
    // An allow-list entry nobody uses would hide nothing; keep the list honest.
    let mut all: Vec<String> = shell_strings(text_for(Lang::PtBr))
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    all.extend(
        calculator_strings(&text::calculators::PT_BR)
            .into_iter()
            .map(|(_, s)| s),
    );
    all.extend(calculator_strings(&text::calculators::RO).into_iter().map(|(_, s)| s));
    all.extend(shell_strings(text_for(Lang::Ro)).into_iter().map(|(_, s)| s));
    all.extend(customers_strings(&text::customers::PT_BR).into_iter().map(|(_, s)| s));
    let unused: Vec<&&str> = SAME_IN_EVERY_LANGUAGE
        .iter()
        .filter(|a| !["NPS", "CSV", "%", "—"].contains(a) && !all.iter().any(|s| s == *a))
        .collect();
    assert!(unused.is_empty(), "allow-list entries never used: {unused:?}");
}

#[test]
fn romanian_counts_take_de_from_twenty() {
    let t = &text::calculators::RO;
    assert_eq!((t.out_customers_after)(1), "Clienți după 1 an");
    assert_eq!((t.out_customers_after)(10), "Clienți după 10 ani");
    assert_eq!((t.out_customers_after)(20), "Clienți după 20 de ani");
    assert_eq!((t.out_customers_after)(101), "Clienți după 101 ani");
    assert_eq!((t.out_customers_after)(120), "Clienți după 120 de ani");
    let c = &text::contracts::RO;
    assert_eq!((c.contracts_count)(1.0, "1"), "1 contract");
    assert_eq!((c.contracts_count)(5.0, "5"), "5 contracte");
    assert_eq!((c.contracts_count)(40.0, "40"), "40 de contracte");
    assert_eq!((c.contracts_count)(5.47, "5,47"), "5,47 contracte");
}

#[test]
fn each_language_is_named_in_itself_and_has_a_tag() {
    assert_eq!(native_name(Lang::En), "English");
    assert_eq!(native_name(Lang::PtBr), "Português (Brasil)");
    assert_eq!(native_name(Lang::Ro), "Română");
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), lang);
    }
}

#[test]
fn the_browser_language_picks_the_closest_interface_language() {
    let cases = [
        ("pt-BR", Lang::PtBr),
        ("pt", Lang::PtBr),
        ("pt-PT", Lang::PtBr),
        ("PT_br", Lang::PtBr),
        ("ro", Lang::Ro),
        ("ro-RO", Lang::Ro),
        ("ro-MD", Lang::Ro),
        ("en-GB", Lang::En),
        ("en-US", Lang::En),
        ("de-DE", Lang::En),
        ("", Lang::En),
    ];
    for (tag, lang) in cases {
        assert_eq!(Lang::from_tag(tag), lang, "{tag}");
    }
}

#[test]
fn the_current_language_is_global_and_defaults_to_english() {
    // The only test that changes the global, so tests running at the same
    // time are not disturbed: every other test uses `text_for`.
    assert_eq!(text::lang(), Lang::En);
    for lang in [Lang::Ro, Lang::PtBr, Lang::En] {
        text::set_lang(lang);
        assert_eq!(text::lang(), lang);
        assert!(std::ptr::eq(text::text(), text_for(lang)));
    }
}

// ---------------------------------------------------------------------------
// Numbers, money and dates, written.

#[test]
fn numbers_are_written_in_each_languages_convention() {
    let cases = [
        (Lang::En, 1234.56, "1,234.56"),
        (Lang::PtBr, 1234.56, "1.234,56"),
        (Lang::Ro, 1234.56, "1.234,56"),
        (Lang::En, 1_234_567.0, "1,234,567"),
        (Lang::PtBr, 1_234_567.0, "1.234.567"),
        (Lang::Ro, -0.5, "-0,50"),
        (Lang::PtBr, 95.0, "95"),
    ];
    for (lang, value, shown) in cases {
        assert_eq!(format_number(value, lang.number_format()), shown, "{lang:?} {value}");
    }
}

#[test]
fn the_articles_retention_example_reads_70_45_percent_in_each_language() {
    assert_eq!(format_percent(70.45, Lang::En.number_format()), "70.45 %");
    assert_eq!(format_percent(70.45, Lang::PtBr.number_format()), "70,45 %");
    assert_eq!(format_percent(70.45, Lang::Ro.number_format()), "70,45 %");
}

#[test]
fn money_places_the_currency_as_each_language_writes_it() {
    let cases = [
        (Lang::En, Currency::GBP, "£1,234.56"),
        (Lang::En, Currency::EUR, "€1,234.56"),
        (Lang::En, Currency::BRL, "R$ 1,234.56"),
        (Lang::PtBr, Currency::BRL, "R$ 1.234,56"),
        (Lang::PtBr, Currency::EUR, "1.234,56 €"),
        (Lang::Ro, Currency::RON, "1.234,56 lei"),
        (Lang::Ro, Currency::EUR, "1.234,56 €"),
    ];
    for (lang, currency, shown) in cases {
        assert_eq!(
            format_money(1234.56, currency, lang.number_format()),
            shown,
            "{lang:?} {currency:?}"
        );
    }
    assert_eq!(
        format_money(-1500.0, Currency::RON, Lang::Ro.number_format()),
        "-1.500 lei"
    );
}

#[test]
fn dates_are_written_with_each_languages_month_names() {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let cases = [
        (Lang::En, d(2026, 11, 24), "24 Nov 2026"),
        (Lang::PtBr, d(2026, 11, 24), "24 nov. 2026"),
        (Lang::Ro, d(2026, 11, 24), "24 nov. 2026"),
        (Lang::En, d(2025, 5, 31), "31 May 2025"),
        (Lang::PtBr, d(2025, 5, 31), "31 mai. 2025"),
        (Lang::Ro, d(2025, 5, 31), "31 mai 2025"),
        (Lang::PtBr, d(2025, 2, 1), "1 fev. 2025"),
        (Lang::Ro, d(2025, 1, 9), "9 ian. 2025"),
        (Lang::Ro, d(2025, 9, 9), "9 sept. 2025"),
    ];
    for (lang, date, shown) in cases {
        assert_eq!(format_date(date, lang), shown, "{lang:?}");
    }
}

#[test]
fn area_dates_use_the_languages_month_names() {
    let date = NaiveDate::from_ymd_opt(2025, 2, 3).unwrap();
    assert_eq!((text::contracts::PT_BR.date)(date), "3 fev. 2025");
    assert_eq!((text::contracts::RO.date)(date), "3 feb. 2025");
}

#[test]
fn storage_sizes_use_the_languages_decimal_separator() {
    assert!((text_for(Lang::En).data.storage_used)(1536).contains("1.5 KB"));
    assert!((text_for(Lang::PtBr).data.storage_used)(1536).contains("1,5 KB"));
    assert!((text_for(Lang::Ro).data.storage_used)(1536).contains("1,5 KB"));
    assert!((text_for(Lang::Ro).data.storage_used)(100).contains("100 octeți"));
}

// ---------------------------------------------------------------------------
// Numbers, read.

#[test]
fn numbers_are_read_in_each_languages_convention() {
    let cases = [
        (Lang::En, "1,234.56", 1234.56),
        (Lang::PtBr, "1.234,56", 1234.56),
        (Lang::Ro, "1.234,56", 1234.56),
        (Lang::PtBr, "70,45", 70.45),
        (Lang::Ro, "1 234,56", 1234.56),
        (Lang::PtBr, "1234,56", 1234.56),
        (Lang::En, "1234.56", 1234.56),
        (Lang::Ro, "-0,5", -0.5),
    ];
    for (lang, typed, value) in cases {
        let read = parse_decimal(typed, lang.number_format());
        assert_eq!(read, Ok(value), "{lang:?} {typed}");
    }
}

#[test]
fn the_other_languages_numbers_are_refused_not_guessed() {
    let cases = [
        (Lang::En, "70,45"),
        (Lang::En, "1.234,56"),
        (Lang::PtBr, "70.45"),
        (Lang::PtBr, "1,234.56"),
        (Lang::Ro, "1.2345"),
        (Lang::Ro, "12.5"),
    ];
    for (lang, typed) in cases {
        assert_eq!(
            parse_decimal(typed, lang.number_format()),
            Err(InputError::BadGrouping),
            "{lang:?} {typed}"
        );
    }
}

#[test]
fn counts_percentages_and_money_follow_the_language() {
    let comma = Lang::PtBr.number_format();
    assert_eq!(parse_count("1.234", comma).map(|c| c.get()), Ok(1234));
    assert_eq!(parse_count("12,5", comma), Err(InputError::NotWhole));
    assert_eq!(parse_percent("70,45 %", comma).map(|p| p.points()), Ok(70.45));
    assert_eq!(
        parse_money("1.234,56", comma, Currency::BRL).map(|m| m.get()),
        Ok(1234.56)
    );
    assert_eq!(parse_count("1,234", NumberFormat::POINT).map(|c| c.get()), Ok(1234));
}

#[test]
fn the_examples_in_each_languages_messages_read_back_in_that_language() {
    // The message for a misplaced separator shows the rule with an example;
    // the example must itself be accepted, or the message misleads.
    for lang in Lang::ALL {
        let t = &text_for(lang).input;
        let fmt = lang.number_format();
        let example = t
            .bad_grouping
            .rsplit_once('(')
            .and_then(|(_, rest)| rest.split_once(')'))
            .map(|(inside, _)| inside)
            .expect("the message ends with an example in brackets");
        assert_eq!(parse_decimal(example, fmt), Ok(1234.56), "{lang:?} {example}");
        let plain = t
            .not_a_number
            .split_whitespace()
            .last()
            .map(|w| w.trim_end_matches('.'))
            .unwrap();
        assert_eq!(parse_decimal(plain, fmt), Ok(1234.56), "{lang:?} {plain}");
        // The message names the decimal separator the language reads.
        assert!(t.bad_grouping.contains(&format!("\"{}\"", fmt.decimal)), "{lang:?}");
    }
}

#[test]
fn bounds_in_messages_are_written_in_the_languages_convention() {
    let err = InputError::TooLarge { max: 1000.5 };
    let shown = |lang: Lang| {
        let t = &text_for(lang).input;
        match err {
            InputError::TooLarge { max } => (t.too_large)(&format_number(max, lang.number_format())),
            _ => unreachable!(),
        }
    };
    assert_eq!(shown(Lang::En), "Too large: at most 1,000.50.");
    assert_eq!(shown(Lang::PtBr), "Grande demais: no máximo 1.000,50.");
    assert_eq!(shown(Lang::Ro), "Prea mare: cel mult 1.000,50.");
}

// ---------------------------------------------------------------------------
// The choice, remembered.

#[test]
fn settings_saved_before_languages_existed_still_load_and_follow_the_browser() {
    let store = Store::new(MemoryBackend::default());
    let now = chrono::Utc::now();
    let key = &doc_key("settings", None);
    store
        .backend()
        .set(
            key,
            r#"{"schema":1,"rev":3,"saved_at":"2026-01-01T00:00:00.000Z","data":{"theme":"Dark"}}"#,
        )
        .unwrap();
    let loaded = store.load::<Settings>(key, now).unwrap();
    assert_eq!(loaded.value.theme, Theme::Dark);
    assert_eq!(loaded.value.lang, None);
}

#[test]
fn a_chosen_language_is_saved_and_read_back() {
    let store = Store::new(MemoryBackend::default());
    let now = chrono::Utc::now();
    let key = &doc_key("settings", None);
    for lang in Lang::ALL {
        let settings = Settings {
            lang: Some(lang),
            ..Settings::default()
        };
        let rev = store.load::<Settings>(key, now).unwrap().rev;
        store.save(key, &settings, rev, now).unwrap();
        assert_eq!(store.load::<Settings>(key, now).unwrap().value.lang, Some(lang));
    }
}

#[test]
fn the_demo_onboarding_templates_are_translated_with_the_same_schedule() {
    // The templates a new workspace starts with are demo data: written in the
    // workspace's language, with the same steps, owners, days and milestones.
    let en = text::onboarding::EN.default_templates;
    for lang in [Lang::PtBr, Lang::Ro] {
        let other = text_for(lang).onboarding.default_templates;
        assert_eq!(en.len(), other.len(), "{lang:?}");
        for (e, o) in en.iter().zip(other) {
            assert_ne!(e.name, o.name, "{lang:?}");
            assert_ne!(e.description, o.description, "{lang:?}");
            assert_eq!(e.phases.len(), o.phases.len(), "{lang:?} {}", o.name);
            for (ep, op) in e.phases.iter().zip(o.phases) {
                assert_ne!(ep.name, op.name, "{lang:?}");
                assert_eq!(ep.steps.len(), op.steps.len(), "{lang:?} {}", op.name);
                for (es, os) in ep.steps.iter().zip(op.steps) {
                    assert_ne!(es.title, os.title, "{lang:?}");
                    assert_ne!(es.description, os.description, "{lang:?}");
                    assert_eq!(
                        (
                            format!("{:?}", es.owner),
                            es.days,
                            format!("{:?}", es.count),
                            es.milestone
                        ),
                        (
                            format!("{:?}", os.owner),
                            os.days,
                            format!("{:?}", os.count),
                            os.milestone
                        ),
                        "{lang:?} {}",
                        os.title
                    );
                }
            }
        }
    }
    let date = NaiveDate::from_ymd_opt(2025, 5, 31).unwrap();
    assert_eq!((text::onboarding::PT_BR.date)(date), "31 mai. 2025");
    assert_eq!((text::onboarding::RO.date)(date), "31 mai 2025");
}

#[test]
fn onboarding_day_counts_group_thousands_as_each_language_writes_them() {
    use holdfast::ui::text::onboarding::{EN, PT_BR, RO};
    assert_eq!((EN.overdue_by)(13_484), "Overdue by 13,484 days");
    assert_eq!((PT_BR.overdue_by)(13_484), "Atrasada há 13.484 dias");
    assert_eq!((RO.overdue_by)(13_484), "Întârziat cu 13.484 de zile");
    assert_eq!((EN.done_late_by)(1), "1 day late");
    assert_eq!((PT_BR.overdue_by)(12), "Atrasada há 12 dias");
    assert_eq!((RO.overdue_by)(1_005), "Întârziat cu 1.005 zile");
}

/// (field name, string) for every string of the Customers screen.
fn customers_strings(c: &text::customers::CustomersText) -> Vec<(&'static str, String)> {
    use holdfast::domain::customers::CustomersError;
    let text::customers::CustomersText {
        title,
        lead,
        sources,
        empty,
        import_open,
        import_heading,
        import_lead,
        no_data_rows,
        mapping_lead,
        append,
        replace,
        bad_rows_file_name,
        f_customer,
        f_date,
        f_amount,
        f_quantity,
        p_no_customer,
        p_bad_date,
        p_bad_amount,
        p_negative,
        p_bad_quantity,
        p_too_many,
        imported,
        stored,
        stored_note,
        h_cohorts,
        period_label,
        by_month,
        by_quarter,
        heat_caption,
        heat_explain,
        revenue_caption,
        revenue_explain,
        col_cohort,
        col_size,
        after,
        repeat_rate,
        repeat_explain,
        median_gap,
        median_explain,
        days,
        h_retention,
        retention_period,
        s_label,
        e_label,
        returning_label,
        n_label,
        rate_label,
        churn_label,
        retention_explain,
        open_retention,
        open_churn,
        no_retention,
        h_model,
        model_lead,
        fitting,
        fitting_holdout,
        bgnbd_caption,
        gg_caption,
        col_parameter,
        col_value,
        col_meaning,
        r_meaning,
        alpha_meaning,
        a_meaning,
        b_meaning,
        p_meaning,
        q_meaning,
        gamma_meaning,
        no_spend_model,
        spend_spread_unexplained,
        model_error,
        horizon,
        discount,
        holdout_heading,
        holdout_title,
        holdout_explain,
        holdout_x,
        holdout_y,
        series_actual,
        series_predicted,
        no_holdout,
        h_slipping,
        slipping_explain,
        col_customer,
        col_p_alive,
        col_expected,
        col_value_if_active,
        col_clv,
        col_value_at_risk,
        col_pick,
        pick_label,
        add_winback,
        added_winback,
        winback_detail,
        export_csv,
        csv_file_name,
        none_at_risk,
    } = c;
    let plain: &[(&'static str, &str)] = &[
        ("title", title),
        ("lead", lead),
        ("sources.label", sources.label),
        ("sources.gamma_gamma", sources.gamma_gamma),
        ("empty", empty),
        ("import_open", import_open),
        ("import_heading", import_heading),
        ("import_lead", import_lead),
        ("no_data_rows", no_data_rows),
        ("mapping_lead", mapping_lead),
        ("bad_rows_file_name", bad_rows_file_name),
        ("f_customer", f_customer),
        ("f_date", f_date),
        ("f_amount", f_amount),
        ("f_quantity", f_quantity),
        ("p_no_customer", p_no_customer),
        ("p_bad_date", p_bad_date),
        ("p_bad_amount", p_bad_amount),
        ("p_negative", p_negative),
        ("p_bad_quantity", p_bad_quantity),
        ("p_too_many", p_too_many),
        ("stored_note", stored_note),
        ("h_cohorts", h_cohorts),
        ("period_label", period_label),
        ("by_month", by_month),
        ("by_quarter", by_quarter),
        ("heat_caption", heat_caption),
        ("heat_explain", heat_explain),
        ("revenue_caption", revenue_caption),
        ("revenue_explain", revenue_explain),
        ("col_cohort", col_cohort),
        ("col_size", col_size),
        ("repeat_rate", repeat_rate),
        ("repeat_explain", repeat_explain),
        ("median_gap", median_gap),
        ("median_explain", median_explain),
        ("h_retention", h_retention),
        ("retention_period", retention_period),
        ("s_label", s_label),
        ("e_label", e_label),
        ("returning_label", returning_label),
        ("n_label", n_label),
        ("rate_label", rate_label),
        ("churn_label", churn_label),
        ("retention_explain", retention_explain),
        ("open_retention", open_retention),
        ("open_churn", open_churn),
        ("no_retention", no_retention),
        ("h_model", h_model),
        ("model_lead", model_lead),
        ("fitting", fitting),
        ("fitting_holdout", fitting_holdout),
        ("bgnbd_caption", bgnbd_caption),
        ("gg_caption", gg_caption),
        ("col_parameter", col_parameter),
        ("col_value", col_value),
        ("col_meaning", col_meaning),
        ("r_meaning", r_meaning),
        ("alpha_meaning", alpha_meaning),
        ("a_meaning", a_meaning),
        ("b_meaning", b_meaning),
        ("p_meaning", p_meaning),
        ("q_meaning", q_meaning),
        ("gamma_meaning", gamma_meaning),
        ("no_spend_model", no_spend_model),
        ("spend_spread_unexplained", spend_spread_unexplained),
        ("horizon", horizon),
        ("discount", discount),
        ("holdout_heading", holdout_heading),
        ("holdout_title", holdout_title),
        ("holdout_explain", holdout_explain),
        ("holdout_x", holdout_x),
        ("holdout_y", holdout_y),
        ("series_actual", series_actual),
        ("series_predicted", series_predicted),
        ("no_holdout", no_holdout),
        ("h_slipping", h_slipping),
        ("slipping_explain", slipping_explain),
        ("col_customer", col_customer),
        ("col_p_alive", col_p_alive),
        ("col_expected", col_expected),
        ("col_value_if_active", col_value_if_active),
        ("col_clv", col_clv),
        ("col_value_at_risk", col_value_at_risk),
        ("col_pick", col_pick),
        ("winback_detail", winback_detail),
        ("export_csv", export_csv),
        ("csv_file_name", csv_file_name),
        ("none_at_risk", none_at_risk),
    ];
    let mut out: Vec<(&'static str, String)> = plain.iter().map(|(k, v)| (*k, v.to_string())).collect();
    out.push(("append", append(3)));
    out.push(("replace", replace(2, 3)));
    out.push(("imported", imported(20, 3)));
    out.push(("stored", stored(20, 3, 2048, "X", "Y")));
    out.push(("days", days(12.5)));
    out.push(("pick_label", pick_label("X")));
    out.push(("add_winback", add_winback(2)));
    out.push(("added_winback", added_winback(2)));
    for e in [
        CustomersError::OneCustomer,
        CustomersError::OnlyOneTimeBuyers,
        CustomersError::OneDayOfData,
        CustomersError::NoData,
        CustomersError::DegenerateFit,
    ] {
        out.push(("model_error", model_error(e).to_string()));
    }
    let _ = after;
    out
}

#[test]
fn portuguese_and_romanian_customers_strings_are_all_translated() {
    let en = customers_strings(&text::customers::EN);
    assert_translated(Lang::PtBr, &en, &customers_strings(&text::customers::PT_BR));
    assert_translated(Lang::Ro, &en, &customers_strings(&text::customers::RO));
}
