//! The onboarding tracker's domain: due dates, progress, projected finish,
//! schedule status, the portfolio's order and filter, and plan edits.

use chrono::{Datelike, NaiveDate, Weekday};
use holdfast::domain::onboarding::progress::*;
use holdfast::domain::onboarding::schedule::*;
use holdfast::domain::onboarding::*;
use holdfast::domain::paging::{page_of, Page};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a valid date in a test table")
}

fn business(days: u32) -> DueOffset {
    DueOffset::new(days, DayCount::Business).expect("offset in range")
}

fn calendar(days: u32) -> DueOffset {
    DueOffset::new(days, DayCount::Calendar).expect("offset in range")
}

/// A step with a status and due date; done steps are done on their due date.
fn step(id: u64, status: StepStatus, due: NaiveDate) -> PlanStep {
    PlanStep {
        id,
        title: format!("Step {id}"),
        due,
        status,
        done_on: (status == StepStatus::Done).then_some(due),
        ..PlanStep::default()
    }
}

fn plan_of(start: NaiveDate, steps: Vec<PlanStep>) -> Plan {
    Plan {
        id: 1,
        client: "Acme Facilities".into(),
        template: "Standard".into(),
        start,
        phases: vec![PlanPhase {
            id: 2,
            name: "All".into(),
            steps,
        }],
    }
}

// ---------------------------------------------------------------- due dates

#[test]
fn calendar_offsets_cross_month_ends_and_leap_days() {
    let cases = [
        // (start, days, due, why)
        (d(2024, 1, 31), 30, d(2024, 3, 1), "January's end into a leap February"),
        (d(2023, 1, 31), 30, d(2023, 3, 2), "the same in a common year"),
        (d(2024, 2, 28), 1, d(2024, 2, 29), "the leap day itself"),
        (d(2023, 2, 28), 1, d(2023, 3, 1), "no leap day in 2023"),
        (d(2023, 12, 31), 1, d(2024, 1, 1), "year end"),
        (d(2024, 3, 4), 0, d(2024, 3, 4), "zero is the start"),
        (d(2024, 3, 2), 0, d(2024, 3, 2), "calendar days may fall on a Saturday"),
        (d(2024, 1, 1), 90, d(2024, 3, 31), "a 90-day review in a leap year"),
        (d(2023, 1, 1), 90, d(2023, 4, 1), "a 90-day review in a common year"),
        (d(2100, 2, 28), 1, d(2100, 3, 1), "2100 is not a leap year"),
        (d(2000, 2, 28), 1, d(2000, 2, 29), "2000 is"),
    ];
    for (start, days, due, why) in cases {
        assert_eq!(due_date(start, calendar(days)), due, "{why}");
    }
}

#[test]
fn business_day_offsets_skip_weekends() {
    let cases = [
        (d(2024, 3, 1), 1, d(2024, 3, 4), "Friday + 1 is Monday"),
        (d(2024, 3, 1), 5, d(2024, 3, 8), "Friday + 5 is the next Friday"),
        (d(2024, 3, 4), 4, d(2024, 3, 8), "Monday + 4 is Friday"),
        (d(2024, 3, 4), 5, d(2024, 3, 11), "Monday + 5 is the next Monday"),
        (d(2024, 3, 6), 3, d(2024, 3, 11), "Wednesday + 3 jumps the weekend"),
        (d(2024, 3, 4), 0, d(2024, 3, 4), "zero on a weekday is the start"),
        (d(2024, 3, 2), 0, d(2024, 3, 4), "zero on a Saturday rolls to Monday"),
        (d(2024, 3, 3), 0, d(2024, 3, 4), "zero on a Sunday rolls to Monday"),
        (d(2024, 3, 2), 1, d(2024, 3, 4), "Saturday + 1 is Monday"),
        (d(2024, 3, 3), 1, d(2024, 3, 4), "Sunday + 1 is Monday"),
        (d(2024, 3, 3), 5, d(2024, 3, 8), "Sunday + 5 is Friday"),
        (d(2024, 3, 4), 10, d(2024, 3, 18), "two whole weeks"),
        (d(2024, 3, 1), 20, d(2024, 3, 29), "four whole weeks from a Friday"),
    ];
    for (start, days, due, why) in cases {
        assert_eq!(due_date(start, business(days)), due, "{why}");
    }
}

#[test]
fn business_day_offsets_cross_month_ends_and_leap_days() {
    let cases = [
        (
            d(2024, 5, 31),
            1,
            d(2024, 6, 3),
            "a Friday month end to the next month's Monday",
        ),
        (
            d(2024, 2, 28),
            1,
            d(2024, 2, 29),
            "Wednesday 28 February 2024 + 1 is the leap day",
        ),
        (d(2024, 2, 29), 1, d(2024, 3, 1), "the leap day + 1 is 1 March"),
        (
            d(2023, 2, 28),
            1,
            d(2023, 3, 1),
            "Tuesday 28 February 2023 + 1 is 1 March",
        ),
        (d(2024, 1, 31), 20, d(2024, 2, 28), "four weeks from 31 January 2024"),
        (d(2024, 1, 31), 21, d(2024, 2, 29), "and one more day is the leap day"),
        (d(2024, 12, 31), 3, d(2025, 1, 3), "across the year end"),
        (d(2024, 12, 26), 2, d(2024, 12, 30), "a Thursday + 2 is the Monday"),
        (
            d(2028, 2, 25),
            2,
            d(2028, 2, 29),
            "Friday 25 February 2028 + 2 is the leap Tuesday",
        ),
    ];
    for (start, days, due, why) in cases {
        assert_eq!(due_date(start, business(days)), due, "{why}");
    }
}

#[test]
fn offsets_above_ten_years_are_refused_at_the_boundary() {
    assert!(DueOffset::new(MAX_OFFSET_DAYS, DayCount::Business).is_ok());
    assert!(DueOffset::new(MAX_OFFSET_DAYS + 1, DayCount::Calendar).is_err());
}

#[test]
fn due_dates_at_the_end_of_time_are_clamped_instead_of_panicking() {
    assert_eq!(due_date(NaiveDate::MAX, calendar(5)), NaiveDate::MAX);
    let _ = due_date(NaiveDate::MAX, business(7));
    let _ = due_date(NaiveDate::MIN, business(0));
}

/// Counts weekdays one day at a time: the slow, obviously right reference.
fn naive_business_days(start: NaiveDate, n: u32) -> NaiveDate {
    let mut date = start;
    if n == 0 {
        while !is_business_day(date) {
            date = date.succ_opt().expect("in range");
        }
        return date;
    }
    let mut left = n;
    while left > 0 {
        date = date.succ_opt().expect("in range");
        if is_business_day(date) {
            left -= 1;
        }
    }
    date
}

proptest! {
    #[test]
    fn business_offsets_agree_with_counting_day_by_day(days_from_epoch in 0i64..100_000, n in 0u32..400) {
        let start = d(1900, 1, 1) + chrono::Duration::days(days_from_epoch);
        let due = due_date(start, business(n));
        prop_assert_eq!(due, naive_business_days(start, n));
        prop_assert!(!matches!(due.weekday(), Weekday::Sat | Weekday::Sun));
        prop_assert!(due >= start);
    }

    #[test]
    fn more_business_days_never_come_earlier(days_from_epoch in 0i64..100_000, n in 0u32..MAX_OFFSET_DAYS) {
        let start = d(1900, 1, 1) + chrono::Duration::days(days_from_epoch);
        // Strictly later, except 0 and 1 from a weekend: both are the Monday
        // (the WORKDAY convention of the module docs). Found by the slow run.
        let (earlier, later) = (due_date(start, business(n)), due_date(start, business(n + 1)));
        prop_assert!(later > earlier || (n == 0 && !is_business_day(start) && later == earlier));
    }
}

// ----------------------------------------------------------------- progress

#[test]
fn an_empty_plan_has_no_percentage_and_nothing_to_project() {
    let plan = plan_of(d(2024, 3, 4), Vec::new());
    let p = Progress::of(plan.steps());
    assert_eq!(p.counted(), 0);
    assert_eq!(p.percent(), None);
    assert_eq!(p.whole_percent(), None);
    assert!(!p.is_complete());
    assert_eq!(projection(&plan, d(2024, 3, 10)), Projection::NothingToCount);
    assert_eq!(health(&plan, d(2024, 3, 10)), Health::NothingToCount);
}

#[test]
fn a_plan_with_every_step_skipped_counts_nothing() {
    let due = d(2024, 3, 5);
    let plan = plan_of(
        d(2024, 3, 4),
        vec![step(1, StepStatus::Skipped, due), step(2, StepStatus::Skipped, due)],
    );
    let p = Progress::of(plan.steps());
    assert_eq!((p.total, p.skipped, p.counted()), (2, 2, 0));
    assert_eq!(p.percent(), None);
    assert!(!p.is_complete());
    assert_eq!(projection(&plan, d(2024, 3, 30)), Projection::NothingToCount);
    assert_eq!(health(&plan, d(2024, 3, 30)), Health::NothingToCount);
    assert_eq!(planned_finish(plan.steps()), None);
}

#[test]
fn skipped_steps_leave_the_denominator_and_blocked_steps_stay_in_it() {
    let due = d(2024, 3, 20);
    let mut steps = vec![
        step(1, StepStatus::Done, due),
        step(2, StepStatus::Done, due),
        step(3, StepStatus::Done, due),
        step(4, StepStatus::Skipped, due),
        step(5, StepStatus::Skipped, due),
        step(6, StepStatus::Blocked, due),
        step(7, StepStatus::InProgress, due),
    ];
    steps.extend((8..=10).map(|i| step(i, StepStatus::Todo, due)));
    let p = Progress::of(&steps);
    assert_eq!((p.total, p.done, p.skipped, p.blocked, p.in_progress), (10, 3, 2, 1, 1));
    assert_eq!(p.counted(), 8);
    assert_eq!(p.remaining(), 5);
    assert_eq!(p.percent().map(|x| x.points()), Some(37.5));
    assert_eq!(p.whole_percent(), Some(37));
}

#[test]
fn percentages_round_down_so_100_means_finished() {
    let due = d(2024, 3, 20);
    let cases = [
        // (done, open, whole percent)
        (0, 3, 0),
        (1, 2, 33),
        (2, 1, 66),
        (199, 1, 99),
        (3, 0, 100),
    ];
    for (done, open, whole) in cases {
        let steps: Vec<PlanStep> = (0..done)
            .map(|i| step(i, StepStatus::Done, due))
            .chain((done..done + open).map(|i| step(i, StepStatus::Todo, due)))
            .collect();
        let p = Progress::of(&steps);
        assert_eq!(p.whole_percent(), Some(whole as u32), "{done} done, {open} open");
        assert_eq!(p.is_complete(), open == 0);
    }
}

// ------------------------------------------------------- projected finish

#[test]
fn the_projection_extrapolates_the_pace_so_far_to_the_remaining_steps() {
    // Started 1 March; on 10 March (day 10) 4 of 10 steps are done: 0.4 a
    // day, so the other 6 take ceil(6 × 10 / 4) = 15 days: 25 March.
    let start = d(2024, 3, 1);
    let today = d(2024, 3, 10);
    let steps: Vec<PlanStep> = (0..10)
        .map(|i| {
            step(
                i,
                if i < 4 { StepStatus::Done } else { StepStatus::Todo },
                d(2024, 3, 30),
            )
        })
        .collect();
    let plan = plan_of(start, steps);
    assert_eq!(
        projection(&plan, today),
        Projection::Projected {
            on: d(2024, 3, 25),
            done: 4,
            elapsed_days: 10,
            remaining: 6,
            days_left: 15
        }
    );
    assert_eq!(health(&plan, today), Health::OnTrack);
}

#[test]
fn a_plan_started_today_counts_one_elapsed_day() {
    let today = d(2024, 3, 4);
    let plan = plan_of(
        today,
        vec![
            step(1, StepStatus::Done, today),
            step(2, StepStatus::Todo, today),
            step(3, StepStatus::Todo, today),
        ],
    );
    assert_eq!(
        projection(&plan, today),
        Projection::Projected {
            on: d(2024, 3, 6),
            done: 1,
            elapsed_days: 1,
            remaining: 2,
            days_left: 2
        }
    );
}

#[test]
fn with_nothing_done_there_is_not_enough_progress_to_project() {
    let plan = plan_of(
        d(2024, 3, 1),
        vec![
            step(1, StepStatus::Todo, d(2024, 3, 20)),
            step(2, StepStatus::InProgress, d(2024, 3, 20)),
        ],
    );
    assert_eq!(projection(&plan, d(2024, 3, 10)), Projection::NoProgress);
    assert_eq!(health(&plan, d(2024, 3, 10)), Health::OnTrack);
}

#[test]
fn a_plan_starting_later_is_not_started_and_not_projected() {
    let plan = plan_of(d(2024, 4, 1), vec![step(1, StepStatus::Todo, d(2024, 4, 5))]);
    assert_eq!(projection(&plan, d(2024, 3, 10)), Projection::NotStarted);
    assert_eq!(health(&plan, d(2024, 3, 10)), Health::NotStarted);
}

#[test]
fn a_pace_needing_more_than_ten_years_gives_no_date() {
    // One step done in 1000 days, 10 left: 10 000 days to go.
    let start = d(2020, 1, 1);
    let today = start + chrono::Duration::days(999);
    let mut steps = vec![step(0, StepStatus::Done, d(2040, 1, 1))];
    steps.extend((1..=10).map(|i| step(i, StepStatus::Todo, d(2040, 1, 1))));
    let plan = plan_of(start, steps);
    assert_eq!(
        projection(&plan, today),
        Projection::TooSlow {
            done: 1,
            elapsed_days: 1000,
            remaining: 10
        }
    );
    assert_eq!(health(&plan, today), Health::AtRisk);
}

#[test]
fn a_finished_plan_reports_its_last_completion_date() {
    let mut a = step(1, StepStatus::Done, d(2024, 3, 5));
    a.done_on = Some(d(2024, 3, 4));
    let mut b = step(2, StepStatus::Done, d(2024, 3, 8));
    b.done_on = Some(d(2024, 3, 7));
    let plan = plan_of(d(2024, 3, 1), vec![a, b, step(3, StepStatus::Skipped, d(2024, 3, 30))]);
    assert_eq!(
        projection(&plan, d(2024, 4, 1)),
        Projection::Finished {
            on: Some(d(2024, 3, 7))
        }
    );
    assert_eq!(health(&plan, d(2024, 4, 1)), Health::Complete { on_time: true });
}

// ------------------------------------------------------------- late status

#[test]
fn an_open_step_past_its_due_date_makes_the_plan_late() {
    let today = d(2024, 3, 10);
    let plan = plan_of(
        d(2024, 3, 1),
        vec![
            step(1, StepStatus::Done, d(2024, 3, 2)),
            step(2, StepStatus::Todo, d(2024, 3, 8)),
            step(3, StepStatus::Blocked, d(2024, 3, 9)),
            step(4, StepStatus::Todo, d(2024, 3, 10)),
            step(5, StepStatus::Skipped, d(2024, 3, 1)),
        ],
    );
    let overdue: Vec<u64> = plan.steps().filter(|s| is_overdue(s, today)).map(|s| s.id).collect();
    assert_eq!(
        overdue,
        vec![2, 3],
        "due today is not overdue; done and skipped never are"
    );
    assert_eq!(days_overdue(plan.step(2).expect("step 2"), today), Some(2));
    assert_eq!(days_overdue(plan.step(4).expect("step 4"), today), None);
    assert_eq!(health(&plan, today), Health::Late { overdue: 2 });
}

#[test]
fn a_step_done_after_its_due_date_says_how_late_it_was() {
    let mut s = step(1, StepStatus::Done, d(2024, 2, 27));
    s.done_on = Some(d(2024, 3, 1));
    assert_eq!(done_late_by(&s), Some(3), "across the leap day");
    s.done_on = Some(d(2024, 2, 27));
    assert_eq!(done_late_by(&s), None, "done on the day is on time");
    s.done_on = Some(d(2024, 2, 20));
    assert_eq!(done_late_by(&s), None, "done early is on time");
    s.status = StepStatus::Todo;
    s.done_on = Some(d(2024, 3, 9));
    assert_eq!(done_late_by(&s), None, "only done steps can be done late");
}

#[test]
fn a_plan_finished_after_its_planned_finish_is_complete_but_late() {
    let mut s = step(1, StepStatus::Done, d(2024, 3, 5));
    s.done_on = Some(d(2024, 3, 9));
    let plan = plan_of(d(2024, 3, 1), vec![s]);
    assert_eq!(health(&plan, d(2024, 3, 10)), Health::Complete { on_time: false });
}

#[test]
fn a_slow_pace_with_nothing_overdue_yet_is_at_risk() {
    // Day 10, 1 of 5 done, the rest due on 20 March: ceil(4 × 10 / 1) = 40
    // more days, well after 20 March.
    let start = d(2024, 3, 1);
    let today = d(2024, 3, 10);
    let mut steps = vec![step(0, StepStatus::Done, d(2024, 3, 2))];
    steps.extend((1..5).map(|i| step(i, StepStatus::Todo, d(2024, 3, 20))));
    let plan = plan_of(start, steps);
    assert!(matches!(projection(&plan, today), Projection::Projected { on, .. } if on == d(2024, 4, 19)));
    assert_eq!(health(&plan, today), Health::AtRisk);
}

// ------------------------------------------------------------- milestones

#[test]
fn milestones_sit_at_their_share_of_the_counted_steps() {
    let due = d(2024, 3, 20);
    let mut steps: Vec<PlanStep> = (1..=5).map(|i| step(i, StepStatus::Todo, due)).collect();
    steps[1].milestone = true; // second of four counted steps: 50 %
    steps[2].status = StepStatus::Skipped;
    steps[4].milestone = true; // the last: 100 %
    steps[4].status = StepStatus::Done;
    let marks = milestones(&steps);
    assert_eq!(marks.len(), 2);
    assert_eq!(marks[0].at_percent(), 50.0);
    assert!(!marks[0].done);
    assert_eq!(marks[1].at_percent(), 100.0);
    assert!(marks[1].done);
}

// ------------------------------------------------- portfolio order, filter

fn listed(client: &str, steps: Vec<PlanStep>, today: NaiveDate) -> (Plan, PlanSummary) {
    let mut plan = plan_of(d(2024, 3, 1), steps);
    plan.client = client.into();
    plan.id = client.len() as u64;
    let summary = PlanSummary::of(&plan, today);
    (plan, summary)
}

#[test]
fn the_portfolio_puts_the_most_overdue_plans_first() {
    let today = d(2024, 3, 10);
    let past = d(2024, 3, 5);
    let later = d(2024, 3, 30);
    let done_early = step(9, StepStatus::Done, d(2024, 3, 2));
    let plans = [
        listed(
            "Calm",
            vec![done_early.clone(), step(1, StepStatus::Todo, later)],
            today,
        ),
        listed(
            "Two overdue",
            vec![step(1, StepStatus::Todo, past), step(2, StepStatus::Todo, past)],
            today,
        ),
        listed(
            "One overdue",
            vec![step(1, StepStatus::Todo, past), step(2, StepStatus::Todo, later)],
            today,
        ),
        listed("Done", vec![done_early.clone()], today),
        listed(
            "Slow",
            vec![
                done_early,
                step(1, StepStatus::Todo, d(2024, 3, 12)),
                step(2, StepStatus::Todo, d(2024, 3, 12)),
            ],
            today,
        ),
        listed("Blocked", vec![step(1, StepStatus::Blocked, later)], today),
    ];
    let mut list: Vec<Listed> = plans.iter().map(|(p, s)| (p, s)).collect();
    sort_plans(&mut list, SortBy::Risk);
    let order: Vec<&str> = list.iter().map(|(p, _)| p.client.as_str()).collect();
    assert_eq!(order, ["Two overdue", "One overdue", "Slow", "Blocked", "Calm", "Done"]);
    sort_plans(&mut list, SortBy::Client);
    let order: Vec<&str> = list.iter().map(|(p, _)| p.client.as_str()).collect();
    assert_eq!(order, ["Blocked", "Calm", "Done", "One overdue", "Slow", "Two overdue"]);
}

#[test]
fn client_names_sort_ignoring_case_and_accents_stay_in_place() {
    let today = d(2024, 3, 10);
    let plans = [
        listed("beta", vec![], today),
        listed("Alpha", vec![], today),
        listed("Échelle", vec![], today),
        listed("delta", vec![], today),
    ];
    let mut list: Vec<Listed> = plans.iter().map(|(p, s)| (p, s)).collect();
    sort_plans(&mut list, SortBy::Client);
    let order: Vec<&str> = list.iter().map(|(p, _)| p.client.as_str()).collect();
    assert_eq!(order, ["Alpha", "beta", "delta", "Échelle"]);
}

#[test]
fn the_filter_matches_names_ignoring_case_and_by_status() {
    let today = d(2024, 3, 10);
    let (late_plan, late) = listed("Acme Facilities", vec![step(1, StepStatus::Todo, d(2024, 3, 5))], today);
    let (fine_plan, fine) = listed("Northwind", vec![step(1, StepStatus::Todo, d(2024, 3, 30))], today);
    assert!(matches(&late_plan, &late, &TextQuery::new("acme"), StatusFilter::All));
    assert!(matches(
        &late_plan,
        &late,
        &TextQuery::new("  FACIL "),
        StatusFilter::Late
    ));
    assert!(
        matches(&late_plan, &late, &TextQuery::new("standard"), StatusFilter::All),
        "the template name is searched too"
    );
    assert!(!matches(&fine_plan, &fine, &TextQuery::new("acme"), StatusFilter::All));
    assert!(!matches(&fine_plan, &fine, &TextQuery::new(""), StatusFilter::Late));
    assert!(matches(&fine_plan, &fine, &TextQuery::new(""), StatusFilter::OnTrack));
    assert!(matches(&fine_plan, &fine, &TextQuery::new(""), StatusFilter::Active));
    assert!(!matches(&fine_plan, &fine, &TextQuery::new(""), StatusFilter::Complete));
}

#[test]
fn the_summary_names_the_open_step_due_first() {
    let today = d(2024, 3, 10);
    let mut steps = vec![
        step(1, StepStatus::Done, d(2024, 3, 2)),
        step(2, StepStatus::Todo, d(2024, 3, 20)),
        step(3, StepStatus::Blocked, d(2024, 3, 8)),
        step(4, StepStatus::Todo, d(2024, 3, 8)),
    ];
    steps[2].owner = Side::Client;
    let (_, s) = listed("Acme", steps, today);
    let next = s.next.expect("an open step");
    assert_eq!(
        (next.id, next.owner, next.status, next.days_overdue),
        (3, Side::Client, StepStatus::Blocked, Some(2))
    );
    assert_eq!((s.progress.done, s.progress.counted(), s.overdue), (1, 4, 2));
    assert_eq!(s.planned_finish, Some(d(2024, 3, 20)));
}

#[test]
fn pages_cover_the_list_and_clamp_the_page_number() {
    assert_eq!(
        page_of(0, 25, 1),
        Page {
            number: 1,
            pages: 1,
            from: 0,
            to: 0
        }
    );
    assert_eq!(
        page_of(500, 25, 20),
        Page {
            number: 20,
            pages: 20,
            from: 475,
            to: 500
        }
    );
    assert_eq!(
        page_of(51, 25, 9),
        Page {
            number: 3,
            pages: 3,
            from: 50,
            to: 51
        }
    );
    assert_eq!(
        page_of(10, 0, 0),
        Page {
            number: 1,
            pages: 10,
            from: 0,
            to: 1
        }
    );
}

// -------------------------------------------------------------- plan edits

/// A small template: two phases, business and calendar offsets, a milestone.
static STANDARD: TemplateSpec = TemplateSpec {
    name: "Standard",
    description: "",
    phases: &[
        PhaseSpec {
            name: "Kickoff",
            steps: &[
                StepSpec {
                    title: "Welcome pack sent",
                    description: "Who is who, how to reach us.",
                    owner: Side::Us,
                    days: 1,
                    count: DayCount::Business,
                    milestone: false,
                },
                StepSpec {
                    title: "Kickoff meeting held",
                    description: "With an agenda.",
                    owner: Side::Us,
                    days: 5,
                    count: DayCount::Business,
                    milestone: true,
                },
            ],
        },
        PhaseSpec {
            name: "Setup",
            steps: &[StepSpec {
                title: "Access provided",
                description: "",
                owner: Side::Client,
                days: 30,
                count: DayCount::Calendar,
                milestone: false,
            }],
        },
    ],
};

fn book_with_plan(start: NaiveDate) -> (OnboardingBook, u64) {
    let mut book = OnboardingBook::default();
    let template = book.add_template_from_spec(&STANDARD);
    let plan = book
        .start_plan(template, "Acme Facilities".into(), start)
        .expect("the template exists");
    (book, plan)
}

#[test]
fn a_plan_takes_its_due_dates_from_the_template_offsets() {
    // Friday 1 March 2024: +1 business day is Monday 4 March, +5 is Friday 8
    // March, +30 calendar days is Sunday 31 March.
    let (book, id) = book_with_plan(d(2024, 3, 1));
    let plan = book.plan(id).expect("the plan");
    let dues: Vec<NaiveDate> = plan.steps().map(|s| s.due).collect();
    assert_eq!(dues, [d(2024, 3, 4), d(2024, 3, 8), d(2024, 3, 31)]);
    assert_eq!(plan.phases.len(), 2);
    assert_eq!(plan.template, "Standard");
    assert!(plan.steps().all(|s| s.status == StepStatus::Todo));
}

#[test]
fn every_id_in_a_book_is_unique() {
    let (mut book, id) = book_with_plan(d(2024, 3, 1));
    let template = book.templates[0].id;
    book.start_plan(template, "Second".into(), d(2024, 3, 1));
    book.last_id = 0; // a counter behind the data (edited by hand) is not trusted
    let phase = book.plan(id).expect("plan").phases[0].id;
    book.add_plan_step(
        id,
        phase,
        NewStep {
            title: "Extra".into(),
            owner: Side::Client,
            due: d(2024, 3, 5),
            milestone: false,
        },
    );
    let mut ids: Vec<u64> = Vec::new();
    for t in &book.templates {
        ids.push(t.id);
        for p in &t.phases {
            ids.push(p.id);
            ids.extend(p.steps.iter().map(|s| s.id));
        }
    }
    for plan in &book.plans {
        ids.push(plan.id);
        for p in &plan.phases {
            ids.push(p.id);
            ids.extend(p.steps.iter().map(|s| s.id));
        }
    }
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n);
}

#[test]
fn ticking_a_step_records_today_and_unticking_clears_it() {
    let (mut book, id) = book_with_plan(d(2024, 3, 1));
    let today = d(2024, 3, 6);
    let plan = book.plan_mut(id).expect("plan");
    let first = plan.phases[0].steps[0].id;
    assert!(plan.toggle_done(first, today));
    assert_eq!(
        plan.step(first).map(|s| (s.status, s.done_on)),
        Some((StepStatus::Done, Some(today)))
    );
    // Setting Done again keeps the recorded date.
    plan.set_status(first, StepStatus::Done, d(2024, 3, 9));
    assert_eq!(plan.step(first).and_then(|s| s.done_on), Some(today));
    assert!(plan.toggle_done(first, today));
    assert_eq!(
        plan.step(first).map(|s| (s.status, s.done_on)),
        Some((StepStatus::Todo, None))
    );
    plan.set_status(first, StepStatus::Blocked, today);
    assert_eq!(plan.step(first).and_then(|s| s.done_on), None);
    assert!(!plan.toggle_done(999_999, today), "an unknown step changes nothing");
}

#[test]
fn steps_move_within_and_across_phases() {
    let (mut book, id) = book_with_plan(d(2024, 3, 1));
    let plan = book.plan_mut(id).expect("plan");
    let titles = |p: &Plan| -> Vec<Vec<String>> {
        p.phases
            .iter()
            .map(|ph| ph.steps.iter().map(|s| s.title.clone()).collect())
            .collect()
    };
    let welcome = plan.phases[0].steps[0].id;
    let access = plan.phases[1].steps[0].id;
    assert!(
        !plan.move_step(welcome, Direction::Up),
        "the very first step cannot go up"
    );
    assert!(plan.move_step(welcome, Direction::Down));
    assert_eq!(
        titles(plan),
        [
            vec!["Kickoff meeting held", "Welcome pack sent"],
            vec!["Access provided"]
        ]
    );
    assert!(
        plan.move_step(welcome, Direction::Down),
        "from the bottom of a phase to the top of the next"
    );
    assert_eq!(
        titles(plan),
        [
            vec!["Kickoff meeting held"],
            vec!["Welcome pack sent", "Access provided"]
        ]
    );
    assert!(
        !plan.move_step(access, Direction::Down),
        "the very last step cannot go down"
    );
    assert!(plan.move_step(welcome, Direction::Up));
    assert_eq!(
        titles(plan),
        [
            vec!["Kickoff meeting held", "Welcome pack sent"],
            vec!["Access provided"]
        ]
    );
}

#[test]
fn a_removed_step_goes_back_where_it_was() {
    let (mut book, id) = book_with_plan(d(2024, 3, 1));
    let plan = book.plan_mut(id).expect("plan");
    let before = plan.clone();
    let kickoff = plan.phases[0].steps[1].id;
    let (place, removed) = plan.remove_step(kickoff).expect("removed");
    assert_eq!(place, StepPlace { phase: 0, index: 1 });
    assert_eq!(plan.step_count(), 2);
    plan.restore_step(place, removed.clone());
    assert_eq!(*plan, before);
    plan.restore_step(place, removed);
    assert_eq!(*plan, before, "restoring twice does not duplicate the step");
}

#[test]
fn a_removed_plan_goes_back_where_it_was() {
    let (mut book, id) = book_with_plan(d(2024, 3, 1));
    let template = book.templates[0].id;
    book.start_plan(template, "Second".into(), d(2024, 3, 1));
    let before = book.clone();
    let (index, plan) = book.remove_plan(id).expect("removed");
    assert_eq!(book.plans.len(), 1);
    book.restore_plan(index, plan);
    assert_eq!(book, before);
}

#[test]
fn rescheduling_moves_only_the_due_dates_that_follow_the_template() {
    let (mut book, id) = book_with_plan(d(2024, 3, 1));
    let plan = book.plan_mut(id).expect("plan");
    let kickoff = plan.phases[0].steps[1].id;
    plan.set_due(kickoff, d(2024, 3, 20));
    plan.reschedule(d(2024, 4, 1)); // a Monday
    let dues: Vec<NaiveDate> = plan.steps().map(|s| s.due).collect();
    assert_eq!(dues, [d(2024, 4, 2), d(2024, 3, 20), d(2024, 5, 1)]);
}

#[test]
fn templates_edited_later_do_not_change_running_plans() {
    let (mut book, id) = book_with_plan(d(2024, 3, 1));
    let before = book.plan(id).cloned();
    book.templates[0].phases[0].steps[0].title = "Renamed".into();
    assert_eq!(book.plan(id).cloned(), before);
}

#[test]
fn default_templates_are_added_once_and_can_be_restored() {
    let specs = [TemplateSpec {
        name: "Standard",
        description: "",
        phases: &[],
    }];
    let mut book = OnboardingBook::default();
    book.seed(&specs);
    assert_eq!(book.templates.len(), 1);
    let (index, removed) = book.remove_template(book.templates[0].id).expect("removed");
    book.seed(&specs);
    assert!(book.templates.is_empty(), "a deleted default stays deleted");
    assert_eq!(book.add_missing_defaults(&specs), 1);
    assert_eq!(book.add_missing_defaults(&specs), 0);
    book.templates.clear();
    book.restore_template(index, removed);
    assert_eq!(book.templates.len(), 1);
}

#[test]
fn a_duplicated_template_gets_new_ids() {
    let (mut book, _) = book_with_plan(d(2024, 3, 1));
    let original = book.templates[0].clone();
    let copy_id = book.duplicate_template(original.id, "Copy".into()).expect("copied");
    let copy = book.template(copy_id).expect("the copy");
    assert_eq!(copy.step_count(), original.step_count());
    assert!(copy.phases.iter().zip(&original.phases).all(|(a, b)| a.id != b.id));
    assert_eq!(book.templates[1].id, copy_id, "the copy follows its original");
}

#[test]
fn a_plan_survives_a_json_round_trip() {
    let (mut book, id) = book_with_plan(d(2024, 3, 1));
    let plan = book.plan_mut(id).expect("plan");
    let first = plan.phases[0].steps[0].id;
    plan.toggle_done(first, d(2024, 3, 4));
    plan.step_mut(first).expect("step").notes = "Sent by post too".into();
    let json = serde_json::to_string(&book).expect("encodes");
    let back: holdfast::domain::onboarding::OnboardingBook = serde_json::from_str(&json).expect("decodes");
    assert_eq!(back, book);
}

// --------------------------------------------------------------- properties

fn any_status() -> impl Strategy<Value = StepStatus> {
    prop::sample::select(StepStatus::ALL.to_vec())
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (0i64..110_000).prop_map(|n| d(1900, 1, 1) + chrono::Duration::days(n))
}

fn any_plan() -> impl Strategy<Value = Plan> {
    (
        any_date(),
        prop::collection::vec(
            prop::collection::vec(
                (any_status(), any_date(), any::<bool>(), prop::option::of(any_date())),
                0..12,
            ),
            0..4,
        ),
    )
        .prop_map(|(start, phases)| {
            let mut id = 0;
            Plan {
                id: 1,
                client: "P".into(),
                template: "T".into(),
                start,
                phases: phases
                    .into_iter()
                    .map(|steps| PlanPhase {
                        id: 0,
                        name: String::new(),
                        steps: steps
                            .into_iter()
                            .map(|(status, due, milestone, done_on)| {
                                id += 1;
                                PlanStep {
                                    id,
                                    status,
                                    due,
                                    milestone,
                                    done_on,
                                    ..PlanStep::default()
                                }
                            })
                            .collect(),
                    })
                    .collect(),
            }
        })
}

proptest! {
    #[test]
    fn progress_is_always_between_0_and_100_percent(plan in any_plan()) {
        let p = Progress::of(plan.steps());
        if let Some(percent) = p.percent() {
            prop_assert!((0.0..=100.0).contains(&percent.points()));
        }
        if let Some(whole) = p.whole_percent() {
            prop_assert!(whole <= 100);
            prop_assert_eq!(whole == 100, p.is_complete());
        }
        prop_assert_eq!(p.percent().is_none(), p.counted() == 0);
        for phase in &plan.phases {
            let pp = Progress::of(&phase.steps);
            prop_assert!(pp.percent().is_none_or(|x| (0.0..=100.0).contains(&x.points())));
        }
        for mark in milestones(plan.steps()) {
            prop_assert!((0.0..=100.0).contains(&mark.at_percent()));
        }
    }

    #[test]
    fn status_and_projection_never_panic_and_project_forwards(plan in any_plan(), today in any_date()) {
        let summary = PlanSummary::of(&plan, today);
        prop_assert_eq!(summary.health, health(&plan, today));
        prop_assert_eq!(summary.projection, projection(&plan, today));
        prop_assert_eq!(summary.progress, Progress::of(plan.steps()));
        prop_assert_eq!(summary.planned_finish, planned_finish(plan.steps()));
        prop_assert_eq!(summary.overdue, overdue_count(plan.steps(), today));
        if let Projection::Projected { on, days_left, .. } = projection(&plan, today) {
            prop_assert!(on >= today);
            prop_assert!(u64::from(days_left) <= MAX_PROJECTION_DAYS);
        }
        let _ = matches(&plan, &summary, &TextQuery::new("x"), StatusFilter::Late);
    }

    #[test]
    fn edits_never_lose_or_duplicate_steps(mut plan in any_plan(), picks in prop::collection::vec((0u64..40, any::<bool>()), 0..30)) {
        let mut before: Vec<u64> = plan.steps().map(|s| s.id).collect();
        for (id, up) in picks {
            plan.move_step(id, if up { Direction::Up } else { Direction::Down });
        }
        let mut after: Vec<u64> = plan.steps().map(|s| s.id).collect();
        before.sort_unstable();
        after.sort_unstable();
        prop_assert_eq!(before, after);
    }
}

// ---------------------------------------------------------------- plausibility

#[test]
fn a_plan_start_far_from_today_is_refused() {
    let today = d(2026, 12, 4);
    assert_eq!(check_start(today, today), Ok(today));
    assert_eq!(check_start(d(2021, 12, 4), today), Ok(d(2021, 12, 4)));
    assert_eq!(check_start(d(2028, 12, 4), today), Ok(d(2028, 12, 4)));
    let range = (d(2021, 12, 4), d(2028, 12, 4));
    assert_eq!(start_range(today), range);
    assert_eq!(
        check_start(d(1990, 1, 1), today),
        Err(StartProblem::TooEarly {
            earliest: range.0,
            latest: range.1
        })
    );
    assert_eq!(
        check_start(d(2021, 12, 3), today),
        Err(StartProblem::TooEarly {
            earliest: range.0,
            latest: range.1
        })
    );
    assert_eq!(
        check_start(d(2099, 1, 1), today),
        Err(StartProblem::TooLate {
            earliest: range.0,
            latest: range.1
        })
    );
    // At the ends of the calendar: no panic.
    let _ = check_start(NaiveDate::MIN, NaiveDate::MIN);
    let _ = check_start(NaiveDate::MAX, NaiveDate::MAX);
}

#[test]
fn a_done_date_can_be_set_back_and_lateness_follows_it() {
    let today = d(2026, 12, 4);
    let due = d(2026, 11, 27);
    let mut plan = plan_of(d(2026, 11, 1), vec![step(1, StepStatus::Todo, due)]);
    // Ticked today: a week late.
    assert!(plan.toggle_done(1, today));
    assert_eq!(plan.step(1).and_then(|s| s.done_on), Some(today));
    assert_eq!(plan.step(1).and_then(done_late_by), Some(7));
    // Done last week, on its due date: not late.
    assert_eq!(plan.set_done_on(1, due, today), Ok(()));
    assert_eq!(plan.step(1).and_then(done_late_by), None);
    // Not in the future, not before the plan started.
    assert_eq!(
        plan.set_done_on(1, d(2026, 12, 5), today),
        Err(DoneDateProblem::InFuture)
    );
    assert_eq!(
        plan.set_done_on(1, d(2026, 10, 31), today),
        Err(DoneDateProblem::BeforeStart)
    );
    assert_eq!(plan.set_done_on(1, d(2026, 11, 1), today), Ok(()));
    assert_eq!(plan.step(1).and_then(|s| s.done_on), Some(d(2026, 11, 1)));
    // Only a done step has a completion date.
    plan.toggle_done(1, today);
    assert_eq!(plan.set_done_on(1, due, today), Err(DoneDateProblem::NotDone));
    assert_eq!(plan.set_done_on(9, due, today), Err(DoneDateProblem::NotDone));
}
