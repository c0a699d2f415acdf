//! The demo workspace: its data gives every analysis a meaningful result, its
//! dates follow "today", and creating or resetting it never touches another
//! workspace.

use chrono::{Datelike, Days, NaiveDate, TimeZone, Utc};
use holdfast::domain::contracts::{
    attrition, lapsed, reasons, renewal_calls, value_concentration, CallRules, CallStatus, Period, Reason, Status,
};
use holdfast::domain::demo::{demo_data, DemoData, DemoWords};
use holdfast::domain::format::{Currency, Lang};
use holdfast::domain::input::Percent;
use holdfast::domain::loyalty::project;
use holdfast::domain::loyalty::templates::Template;
use holdfast::domain::onboarding::progress::{Health, PlanSummary, Projection};
use holdfast::domain::onboarding::StepStatus;
use holdfast::domain::signals::{at_risk_list, RegisterValues};
use holdfast::domain::winback::{
    departures_by_period, intensive_care, reasons_by_revenue, recovery, segment, DueStatus, Granularity, Outcome,
};
use holdfast::domain::workspace::WorkspaceProfile;
use holdfast::storage::documents::CalcScenarios;
use holdfast::storage::workspaces::{demo_workspace_id, DemoError, WorkspaceIndex};
use holdfast::storage::{doc_key, Backend, Document, MemoryBackend, StorageError, Store};
use holdfast::ui::text::text_for;

fn words(lang: Lang) -> DemoWords<'static> {
    let t = text_for(lang);
    DemoWords {
        workspace_name: t.workspace.demo_name,
        currency: Currency::GBP,
        services: t.workspace.demo_services,
        loyalty: (t.loyalty.template_words)(Template::Retail),
        onboarding: t.onboarding.default_templates,
        scenarios: t.workspace.demo_scenarios,
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const TODAY: (i32, u32, u32) = (2026, 11, 24);

fn demo() -> (NaiveDate, DemoData) {
    let today = day(TODAY.0, TODAY.1, TODAY.2);
    (today, demo_data(today, &words(Lang::En)))
}

/// Today on many days over several years, leap days and year ends included.
fn many_days() -> Vec<NaiveDate> {
    let mut days = vec![day(2024, 2, 29), day(2025, 12, 31), day(2026, 1, 1), day(2028, 2, 29)];
    let mut d = day(2020, 1, 3);
    while d < day(2032, 1, 1) {
        days.push(d);
        d = d.checked_add_days(Days::new(41)).unwrap();
    }
    days
}

#[test]
fn the_demo_is_the_same_every_time_for_the_same_day() {
    let (today, data) = demo();
    assert_eq!(data, demo_data(today, &words(Lang::En)));
    assert_ne!(
        data.contracts,
        demo_data(today.succ_opt().unwrap(), &words(Lang::En)).contracts
    );
}

#[test]
fn the_register_has_about_fifty_contracts_that_keep_the_register_rules() {
    for today in many_days() {
        let data = demo_data(today, &words(Lang::En));
        let contracts = &data.contracts.contracts;
        assert!((40..=60).contains(&contracts.len()), "{}", contracts.len());
        let mut ids: Vec<u64> = contracts.iter().map(|c| c.id).collect();
        ids.dedup();
        assert_eq!(ids.len(), contracts.len(), "unique ids");
        for c in contracts {
            assert!(!c.client.trim().is_empty());
            assert!(!c.service.is_empty());
            assert!(c.expiry >= c.start, "{} expires before it starts", c.client);
            assert!(c.start <= today, "{} starts in the future", c.client);
            assert!(c.value.get() > 0.0);
            match c.status {
                Status::Cancelled => {
                    let on = c.cancelled_on.expect("cancellation date");
                    assert!(on >= c.start && on <= today);
                    assert!(c.reason.is_some() && c.reason != Some(Reason::Other));
                }
                Status::Expired => assert!(c.expiry < today),
                Status::Active | Status::Renewed => assert!(c.expiry >= today, "no lapsed live contract"),
            }
            if let Some(call) = &c.call {
                assert_eq!(call.for_expiry, c.expiry);
                assert!(call.on <= today);
            }
        }
        assert_eq!(lapsed(contracts, today), 0, "{today}");
    }
}

#[test]
fn attrition_is_well_above_the_structural_baseline_in_the_last_twelve_months() {
    for today in many_days() {
        let data = demo_data(today, &words(Lang::En));
        let doc = &data.contracts;
        let period = doc.period(today);
        assert_eq!(period, Period::last_twelve_months(today), "the period follows today");
        let a = attrition(
            &doc.contracts,
            period,
            Percent::new(doc.baseline_points).unwrap(),
            &doc.classes,
        );
        assert_eq!(a.cancelled.count, 10, "{today}");
        assert!(a.at_start.count >= 30, "{today}: {}", a.at_start.count);
        let rate = a.rate.expect("contracts in force at the start");
        assert!(rate > 3.0 * a.baseline, "{today}: {rate} against {}", a.baseline);
        assert!(a.avoidable.count > 0 && a.avoidable.value > 0.0);
        assert!(a.structural.count > 0 && a.avoidable.count > a.structural.count);
    }
}

#[test]
fn lost_revenue_by_reason_ranks_five_reasons_with_price_first() {
    let (today, data) = demo();
    let doc = &data.contracts;
    let rows = reasons(&doc.contracts, doc.period(today), &doc.classes);
    let order: Vec<Reason> = rows.iter().map(|r| r.reason).collect();
    assert_eq!(
        order,
        [
            Reason::Price,
            Reason::PoorService,
            Reason::Competitor,
            Reason::Relocation,
            Reason::Liquidation
        ]
    );
    assert!((rows[0].lost.value - 27_100.0).abs() < 1e-9);
    assert!(rows[0].share > 0.4 && rows[0].share < 0.6, "{}", rows[0].share);
    assert!((rows.last().unwrap().cumulative - 1.0).abs() < 1e-12);
}

#[test]
fn a_minority_of_clients_holds_most_of_the_live_value() {
    let (_, data) = demo();
    let doc = &data.contracts;
    let c = value_concentration(&doc.contracts, Percent::new(doc.concentration_points).unwrap());
    assert_eq!(c.clients, 24);
    let key = c.key_clients.len();
    assert!((4..=12).contains(&key), "{key} key clients");
    assert_eq!(
        c.key_clients
            .iter()
            .take(3)
            .map(|k| k.client.as_str())
            .collect::<Vec<_>>()
            .len(),
        3
    );
    assert!(c.key_clients[0].share > 0.1);
    assert!(c.key_clients.last().unwrap().cumulative >= 0.8);
}

#[test]
fn eight_renewals_fall_due_in_the_next_ninety_days_and_one_is_upcoming() {
    for today in many_days() {
        let data = demo_data(today, &words(Lang::En));
        let doc = &data.contracts;
        let rules = CallRules {
            threshold: doc.call_threshold_in(Currency::GBP),
            window_months: doc.call_window_months,
            lead_months: doc.call_lead_months,
        };
        let calls = renewal_calls(&doc.contracts, today, rules);
        assert_eq!(calls.len(), 9, "{today}");
        let within_90 = calls
            .iter()
            .filter(|c| (0..=90).contains(&(c.expiry - today).num_days()))
            .count();
        assert_eq!(within_90, 8, "{today}");
        assert_eq!(calls.iter().filter(|c| c.status == CallStatus::Done).count(), 3);
        assert!(calls.iter().any(|c| c.status == CallStatus::Overdue));
        // The default window (4 months) is longer than the lead (3): one
        // call is listed before it falls due.
        assert_eq!(
            calls.iter().filter(|c| c.status == CallStatus::Upcoming).count(),
            1,
            "{today}"
        );
    }
}

#[test]
fn departed_customers_are_at_every_stage_of_the_win_back_pipeline() {
    let (today, data) = demo();
    let w = &data.winback;
    assert_eq!(w.customers.len(), 12);
    let r = recovery(&w.customers);
    assert_eq!(
        (r.departed, r.contacted, r.won_back, r.declined, r.no_answer),
        (12, 7, 2, 2, 1)
    );
    assert!(r.rate.unwrap().points() > 0.0 && r.recovered > 0.0);
    let open_in_call = w
        .customers
        .iter()
        .filter(|c| c.outcome == Outcome::Open && c.step.is_some())
        .count();
    let picked_not_called = w.customers.iter().filter(|c| c.to_contact && c.step.is_none()).count();
    let not_picked = w.customers.iter().filter(|c| !c.to_contact).count();
    assert!(open_in_call >= 2 && picked_not_called >= 2 && not_picked >= 2);
    let care = intensive_care(&w.customers, today);
    assert_eq!(care.len(), 2);
    assert!(care.iter().any(|e| matches!(e.status, DueStatus::Overdue(_))));
    assert!(care.iter().any(|e| matches!(e.status, DueStatus::Upcoming(_))));
    assert!(reasons_by_revenue(&w.customers).len() >= 4);
    assert!(departures_by_period(&w.customers, Granularity::Month).len() >= 10);
    assert_eq!(segment(&w.customers, &w.segments).len(), 12);
    for c in &w.customers {
        assert!(c.departed_on <= today && c.departed_on > today - Days::new(550));
        assert!(c.won_back_on.is_none_or(|d| d >= c.departed_on && d <= today));
    }
    let register = RegisterValues::from_contracts(&data.contracts.contracts);
    let health = at_risk_list(&w.signals, &register);
    assert_eq!(health.len(), 5);
    assert!(health.iter().any(|h| h.at_risk));
    assert!(
        health.iter().all(|h| h.value > 0.0),
        "signal clients are in the register"
    );
}

#[test]
fn the_loyalty_draft_computes_cost_liability_breakage_and_roi() {
    for lang in Lang::ALL {
        let (today, _) = demo();
        let data = demo_data(today, &words(lang));
        assert_eq!(data.loyalty.drafts.len(), 1);
        let draft = &data.loyalty.drafts[0];
        assert!(draft.id > 0 && !draft.name.is_empty());
        assert_eq!(draft.tiers.tiers.len(), 3);
        assert!(!draft.rewards.is_empty() && draft.referral.per_member_year > 0.0);
        let e = project(draft).expect("the retail draft has a model");
        let y1 = e.year1().unwrap();
        assert!(y1.cost > 0.0 && y1.liability > 0.0 && y1.incremental_gross_profit > 0.0);
        assert!(y1.roi.is_some_and(f64::is_finite));
        assert!(e.three_year_roi.is_some_and(f64::is_finite));
        assert!(e.overall_breakage > 0.0 && e.overall_breakage < 1.0);
    }
}

#[test]
fn six_onboarding_plans_are_at_different_stages() {
    for today in many_days() {
        let data = demo_data(today, &words(Lang::En));
        let book = &data.onboarding;
        assert!(book.seeded);
        assert_eq!(book.templates.len(), 3);
        assert_eq!(book.plans.len(), 6, "{today}");
        let summaries: Vec<PlanSummary> = book.plans.iter().map(|p| PlanSummary::of(p, today)).collect();
        let has = |f: &dyn Fn(Health) -> bool| summaries.iter().any(|s| f(s.health));
        assert!(has(&|h| h == Health::NotStarted), "{today}");
        assert!(has(&|h| h == Health::OnTrack), "{today}");
        assert!(has(&|h| matches!(h, Health::Late { .. })), "{today}");
        assert!(has(&|h| h == Health::Complete { on_time: true }), "{today}");
        assert!(summaries
            .iter()
            .any(|s| matches!(s.projection, Projection::Projected { .. })));
        let count = |f: &dyn Fn(Health) -> bool| summaries.iter().filter(|s| f(s.health)).count();
        assert_eq!(
            count(&|h| matches!(h, Health::Late { .. })),
            1,
            "{today}: {summaries:?}"
        );
        assert_eq!(
            count(&|h| matches!(h, Health::Complete { .. })),
            1,
            "{today}: {summaries:?}"
        );
        let overdue: u32 = summaries.iter().map(|s| s.overdue).sum();
        assert!(overdue >= 3, "{today}: {overdue} overdue steps");
        for plan in &book.plans {
            for step in plan.steps() {
                if let Some(done) = step.done_on {
                    assert!(done <= today && step.status == StepStatus::Done);
                }
            }
        }
        let statuses: Vec<StepStatus> = book.plans.iter().flat_map(|p| p.steps().map(|s| s.status)).collect();
        for s in [StepStatus::Blocked, StepStatus::Skipped, StepStatus::InProgress] {
            assert!(statuses.contains(&s), "{today}: {s:?}");
        }
    }
}

#[test]
fn demo_text_follows_the_language_and_client_names_stay() {
    let (today, en) = demo();
    for lang in [Lang::PtBr, Lang::Ro] {
        let other = demo_data(today, &words(lang));
        assert_ne!(other.profile.name, en.profile.name);
        assert_ne!(other.contracts.contracts[0].service, en.contracts.contracts[0].service);
        assert_ne!(other.loyalty.drafts[0].name, en.loyalty.drafts[0].name);
        assert_ne!(other.onboarding.plans[0].template, en.onboarding.plans[0].template);
        assert_ne!(other.scenarios[0].name, en.scenarios[0].name);
        let clients = |d: &DemoData| {
            d.contracts
                .contracts
                .iter()
                .map(|c| c.client.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(clients(&other), clients(&en));
        assert!(other.profile.name.contains("Northwind Retail"));
    }
}

#[test]
fn the_saved_scenarios_give_results_in_every_number_convention() {
    use holdfast::ui::pages::calculators::specs::{spec, Fmt};
    let (_, data) = demo();
    assert_eq!(data.scenarios.len(), 2);
    for s in &data.scenarios {
        let spec = spec(s.calculator).expect("a calculator of that name");
        let raw: Vec<String> = spec
            .fields
            .iter()
            .map(|f| {
                s.inputs
                    .iter()
                    .find(|(k, _)| k == f.key)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default()
            })
            .collect();
        assert!(s.inputs.iter().all(|(k, _)| spec.fields.iter().any(|f| f.key == k)));
        for lang in Lang::ALL {
            let fmt = Fmt {
                number: lang.number_format(),
                currency: Currency::GBP,
            };
            let e = spec.evaluate(&raw, &fmt);
            assert!(
                e.outcome.is_some(),
                "{} in {lang:?}: {:?}",
                s.calculator,
                e.field_errors
            );
        }
    }
}

#[test]
fn every_date_is_relative_to_today() {
    let (today, a) = demo();
    let later = today.checked_add_days(Days::new(100)).unwrap();
    let b = demo_data(later, &words(Lang::En));
    for (x, y) in a.contracts.contracts.iter().zip(&b.contracts.contracts) {
        assert_eq!((y.expiry - x.expiry).num_days(), 100);
        assert_eq!((y.start - x.start).num_days(), 100);
    }
    for (x, y) in a.onboarding.plans.iter().zip(&b.onboarding.plans) {
        assert_eq!((y.start - x.start).num_days(), 100);
    }
    for (x, y) in a.winback.customers.iter().zip(&b.winback.customers) {
        assert_eq!((y.departed_on - x.departed_on).num_days(), 100);
    }
    assert_eq!(later.year(), 2027);
}

// ---------------------------------------------------------------------------
// Storing the demo
// ---------------------------------------------------------------------------

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 12, 0, 0).unwrap()
}

/// A browser with one real workspace holding a profile and a scenario.
fn real_workspace(store: &Store<MemoryBackend>) -> Vec<(String, String)> {
    let profile = WorkspaceProfile {
        name: "Acme".into(),
        currency: Currency::EUR,
        ..WorkspaceProfile::default()
    };
    store
        .save(&doc_key("profile", Some("default")), &profile, 0, now())
        .unwrap();
    store
        .save(
            &doc_key("calculators", Some("default")),
            &CalcScenarios::default(),
            0,
            now(),
        )
        .unwrap();
    store.snapshot_workspace("default").unwrap()
}

fn load<T: Document>(store: &Store<MemoryBackend>, ws: &str) -> T {
    store.load::<T>(&doc_key(T::NAME, Some(ws)), now()).unwrap().value
}

#[test]
fn creating_the_demo_adds_a_flagged_workspace_with_every_document_and_leaves_others_alone() {
    let store = Store::new(MemoryBackend::new());
    let before = real_workspace(&store);
    let (_, data) = demo();
    let index = WorkspaceIndex::default();
    let next = store.create_demo(&index, &data, now()).unwrap();
    assert_eq!(next.ids, ["default", "demo"]);
    assert_eq!(next.current, "demo");
    assert_eq!(next.demo_id(), Some("demo"));
    assert!(next.is_demo("demo") && !next.is_demo("default"));
    assert_eq!(store.snapshot_workspace("default").unwrap(), before);
    assert_eq!(load::<WorkspaceProfile>(&store, "demo"), data.profile);
    assert_eq!(
        load::<holdfast::domain::contracts::ContractsDoc>(&store, "demo"),
        data.contracts
    );
    assert_eq!(
        load::<holdfast::domain::winback::WinbackDoc>(&store, "demo"),
        data.winback
    );
    assert_eq!(
        load::<holdfast::domain::loyalty::LoyaltyDrafts>(&store, "demo"),
        data.loyalty
    );
    assert_eq!(
        load::<holdfast::domain::onboarding::OnboardingBook>(&store, "demo"),
        data.onboarding
    );
    assert_eq!(load::<CalcScenarios>(&store, "demo").scenarios.len(), 2);
    // The flag survives a round trip; an index without it reads as before.
    let json = serde_json::to_string(&next).unwrap();
    assert_eq!(serde_json::from_str::<WorkspaceIndex>(&json).unwrap(), next);
    let old: WorkspaceIndex = serde_json::from_str(r#"{"ids":["default"],"current":"default"}"#).unwrap();
    assert_eq!(old, WorkspaceIndex::default());
    assert!(!serde_json::to_string(&old).unwrap().contains("demo"));
}

#[test]
fn creating_the_demo_again_switches_to_it_without_writing() {
    let store = Store::new(MemoryBackend::new());
    real_workspace(&store);
    let (_, data) = demo();
    let first = store.create_demo(&WorkspaceIndex::default(), &data, now()).unwrap();
    let mut elsewhere = first.clone();
    elsewhere.current = "default".into();
    let keys = store.backend().keys().unwrap();
    let raw: Vec<_> = keys.iter().map(|k| store.backend().get(k).unwrap()).collect();
    let again = store.create_demo(&elsewhere, &data, now()).unwrap();
    assert_eq!(again, first, "switched to the same demo, nothing duplicated");
    assert_eq!(store.backend().keys().unwrap(), keys);
    let raw_after: Vec<_> = keys.iter().map(|k| store.backend().get(k).unwrap()).collect();
    assert_eq!(raw_after, raw);
}

#[test]
fn resetting_the_demo_restores_its_data_and_refuses_any_other_workspace() {
    let store = Store::new(MemoryBackend::new());
    let before = real_workspace(&store);
    let (_, data) = demo();
    let index = store.create_demo(&WorkspaceIndex::default(), &data, now()).unwrap();
    // The user edits the demo.
    let key = doc_key("contracts", Some("demo"));
    let loaded = store
        .load::<holdfast::domain::contracts::ContractsDoc>(&key, now())
        .unwrap();
    let mut edited = loaded.value.clone();
    edited.contracts.truncate(3);
    store.save(&key, &edited, loaded.rev, now()).unwrap();
    store
        .backend()
        .set(
            "holdfast.ws.demo.extra",
            r#"{"schema":1,"rev":1,"saved_at":"x","data":{}}"#,
        )
        .unwrap();
    // A real workspace is refused, untouched.
    assert_eq!(
        store.reset_demo(&index, "default", &data, now()),
        Err(DemoError::NotDemo)
    );
    assert_eq!(store.snapshot_workspace("default").unwrap(), before);
    // The demo comes back as it was, one revision on (other tabs reload).
    store.reset_demo(&index, "demo", &data, now()).unwrap();
    let back = store
        .load::<holdfast::domain::contracts::ContractsDoc>(&key, now())
        .unwrap();
    assert_eq!(back.value, data.contracts);
    assert_eq!(back.rev, loaded.rev + 2);
    assert_eq!(store.backend().get("holdfast.ws.demo.extra").unwrap(), None);
    assert_eq!(store.snapshot_workspace("default").unwrap(), before);
    // A deleted demo is no demo.
    let mut gone = index.clone();
    gone.ids.retain(|id| id != "demo");
    assert_eq!(gone.demo_id(), None);
    assert_eq!(store.reset_demo(&gone, "demo", &data, now()), Err(DemoError::NotDemo));
}

#[test]
fn a_full_browser_keeps_every_workspace_as_it_was() {
    let (_, data) = demo();
    // Room for the real workspace and a little more, not for the demo.
    let store = Store::new(MemoryBackend::with_quota(2_000));
    let before = real_workspace(&store);
    let result = store.create_demo(&WorkspaceIndex::default(), &data, now());
    assert_eq!(result, Err(StorageError::QuotaExceeded));
    assert_eq!(store.snapshot_workspace("demo").unwrap(), vec![]);
    assert_eq!(store.snapshot_workspace("default").unwrap(), before);
    // A reset that does not fit puts the demo back exactly as it was.
    let roomy = Store::new(MemoryBackend::new());
    let index = roomy.create_demo(&WorkspaceIndex::default(), &data, now()).unwrap();
    let demo_before = roomy.snapshot_workspace("demo").unwrap();
    let size: usize = demo_before.iter().map(|(k, v)| k.len() + v.len()).sum();
    let tight = Store::new(MemoryBackend::with_quota(size + 10));
    for (k, v) in &demo_before {
        tight.backend().set(k, v).unwrap();
    }
    let mut bigger = data.clone();
    bigger.contracts.contracts.extend(data.contracts.contracts.clone());
    let failed = tight.reset_demo(&index, "demo", &bigger, now());
    assert!(
        matches!(failed, Err(DemoError::Storage(StorageError::QuotaExceeded))),
        "{failed:?}"
    );
    assert_eq!(tight.snapshot_workspace("demo").unwrap(), demo_before);
}

#[test]
fn the_demo_id_avoids_workspaces_that_exist() {
    assert_eq!(demo_workspace_id(&[]), "demo");
    assert_eq!(demo_workspace_id(&["default".into(), "demo".into()]), "demo-2");
    assert_eq!(demo_workspace_id(&["demo".into(), "demo-2".into()]), "demo-3");
    assert!(holdfast::storage::workspaces::valid_workspace_id(&demo_workspace_id(
        &["demo".into()]
    )));
}

#[test]
fn a_logo_is_an_image_of_a_sane_size() {
    use holdfast::domain::workspace::{check_logo, LogoError, MAX_LOGO_CHARS};
    let png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
    assert_eq!(check_logo(png), Ok(()));
    assert_eq!(
        check_logo("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4="),
        Ok(())
    );
    for bad in [
        "",
        "data:text/html;base64,PHNjcmlwdD4=",
        "https://example.com/logo.png",
        "data:image/png;base64,",
    ] {
        assert_eq!(check_logo(bad), Err(LogoError::NotAnImage), "{bad}");
    }
    let huge = format!("data:image/png;base64,{}", "A".repeat(MAX_LOGO_CHARS));
    assert_eq!(check_logo(&huge), Err(LogoError::TooLarge));
}
