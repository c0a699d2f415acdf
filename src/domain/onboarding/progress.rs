//! How far a plan has come: progress, overdue steps, schedule status and a
//! projected finish date; and, for the portfolio, one summary per plan with
//! the risk order and the filter.
//!
//! # Progress
//! Progress is done steps ÷ counted steps, where counted steps are all steps
//! except skipped ones (a skipped step is not needed for this client, so it
//! neither helps nor hurts). Blocked steps are counted: they still have to be
//! done. A plan with no counted step (empty, or every step skipped) has no
//! percentage at all rather than a made-up 0 % or 100 %.
//!
//! # Projected finish
//! From the pace so far: `done` steps in `elapsed` days, where `elapsed`
//! counts the start day as day 1 (so a plan started today has one elapsed
//! day). The remaining steps are assumed to go at the same pace:
//! `days left = ceil(remaining × elapsed ÷ done)`, and the projected finish is
//! today plus that many calendar days. With nothing done there is not enough
//! progress to project; beyond [`MAX_PROJECTION_DAYS`] the pace is reported
//! as too slow to give a date.

use super::schedule::days_between;
use super::{Plan, PlanStep, Side, StepStatus};
use crate::domain::input::Percent;
use chrono::{Days, NaiveDate};
use std::cmp::Ordering;

/// Longest projection given as a date (ten years).
pub const MAX_PROJECTION_DAYS: u64 = 3650;

/// Counts of a set of steps by status.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Progress {
    pub total: u32,
    pub done: u32,
    pub skipped: u32,
    pub blocked: u32,
    pub in_progress: u32,
}

impl Progress {
    /// Counts `steps`.
    pub fn of<'a>(steps: impl IntoIterator<Item = &'a PlanStep>) -> Progress {
        let mut p = Progress::default();
        for step in steps {
            p.total = p.total.saturating_add(1);
            match step.status {
                StepStatus::Done => p.done = p.done.saturating_add(1),
                StepStatus::Skipped => p.skipped = p.skipped.saturating_add(1),
                StepStatus::Blocked => p.blocked = p.blocked.saturating_add(1),
                StepStatus::InProgress => p.in_progress = p.in_progress.saturating_add(1),
                StepStatus::Todo => {}
            }
        }
        p
    }

    /// Steps that count towards progress (all but skipped ones).
    pub fn counted(&self) -> u32 {
        self.total.saturating_sub(self.skipped)
    }

    /// Counted steps not done yet.
    pub fn remaining(&self) -> u32 {
        self.counted().saturating_sub(self.done)
    }

    /// Done ÷ counted, or `None` when no step is counted.
    pub fn percent(&self) -> Option<Percent> {
        let counted = self.counted();
        if counted == 0 {
            return None;
        }
        let done = self.done.min(counted);
        Percent::new(f64::from(done) * 100.0 / f64::from(counted)).ok()
    }

    /// The percentage rounded down to a whole number, so that 100 means
    /// every counted step is done (99.6 % shows as 99 %).
    pub fn whole_percent(&self) -> Option<u32> {
        let counted = u64::from(self.counted());
        if counted == 0 {
            return None;
        }
        let done = u64::from(self.done).min(counted);
        u32::try_from(done * 100 / counted).ok()
    }

    /// Every counted step done (and at least one step is counted).
    pub fn is_complete(&self) -> bool {
        self.counted() > 0 && self.remaining() == 0
    }
}

/// Whether a step is past its due date and still open (due today is not overdue).
pub fn is_overdue(step: &PlanStep, today: NaiveDate) -> bool {
    step.status.is_open() && step.due < today
}

/// How many days a step is overdue, if it is.
pub fn days_overdue(step: &PlanStep, today: NaiveDate) -> Option<u32> {
    if is_overdue(step, today) {
        u32::try_from(days_between(step.due, today)).ok()
    } else {
        None
    }
}

/// The steps past their due date and still open.
pub fn overdue_count<'a>(steps: impl IntoIterator<Item = &'a PlanStep>, today: NaiveDate) -> u32 {
    let n = steps.into_iter().filter(|s| is_overdue(s, today)).count();
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The plan's own finish date: the latest due date of a counted step.
pub fn planned_finish<'a>(steps: impl IntoIterator<Item = &'a PlanStep>) -> Option<NaiveDate> {
    steps
        .into_iter()
        .filter(|s| s.status != StepStatus::Skipped)
        .map(|s| s.due)
        .max()
}

/// When the last done step was done (the finish date of a complete plan).
pub fn last_done<'a>(steps: impl IntoIterator<Item = &'a PlanStep>) -> Option<NaiveDate> {
    steps
        .into_iter()
        .filter(|s| s.status == StepStatus::Done)
        .filter_map(|s| s.done_on)
        .max()
}

/// The projected finish (see the module docs for the method).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Projection {
    /// No step is counted: the plan is empty or every step was skipped.
    NothingToCount,
    /// Every counted step is done; `on` is the last completion date.
    Finished { on: Option<NaiveDate> },
    /// The plan starts after today.
    NotStarted,
    /// Nothing is done yet: not enough progress to project.
    NoProgress,
    /// At the pace so far the plan finishes `on`.
    Projected {
        on: NaiveDate,
        done: u32,
        elapsed_days: u32,
        remaining: u32,
        days_left: u32,
    },
    /// At the pace so far it would take more than [`MAX_PROJECTION_DAYS`].
    TooSlow { done: u32, elapsed_days: u32, remaining: u32 },
}

/// Projects when a plan will finish at the pace so far.
pub fn projection(plan: &Plan, today: NaiveDate) -> Projection {
    let progress = Progress::of(plan.steps());
    if progress.counted() == 0 {
        return Projection::NothingToCount;
    }
    if progress.is_complete() {
        return Projection::Finished {
            on: last_done(plan.steps()),
        };
    }
    if plan.start > today {
        return Projection::NotStarted;
    }
    let done = progress.done;
    if done == 0 {
        return Projection::NoProgress;
    }
    let elapsed = days_between(plan.start, today).saturating_add(1).max(1);
    let elapsed_days = u32::try_from(elapsed).unwrap_or(u32::MAX);
    let remaining = progress.remaining();
    // ceil(remaining × elapsed ÷ done) in integers; done > 0 here.
    let work = u64::from(remaining).saturating_mul(u64::from(elapsed_days));
    let days_left = work.div_ceil(u64::from(done));
    if days_left > MAX_PROJECTION_DAYS {
        return Projection::TooSlow {
            done,
            elapsed_days,
            remaining,
        };
    }
    match today.checked_add_days(Days::new(days_left)) {
        Some(on) => Projection::Projected {
            on,
            done,
            elapsed_days,
            remaining,
            days_left: u32::try_from(days_left).unwrap_or(u32::MAX),
        },
        None => Projection::TooSlow {
            done,
            elapsed_days,
            remaining,
        },
    }
}

/// Where a plan stands against its schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Health {
    /// No step is counted (empty, or every step skipped).
    NothingToCount,
    /// Every counted step done; `on_time` when the last one was done by the
    /// planned finish date.
    Complete { on_time: bool },
    /// Open steps are past their due dates.
    Late { overdue: u32 },
    /// Nothing is overdue, but at the pace so far the plan finishes after
    /// its planned finish date.
    AtRisk,
    /// Starts after today.
    NotStarted,
    /// Nothing overdue and the pace (if any yet) is good enough.
    OnTrack,
}

impl Health {
    /// Higher is riskier: the portfolio's second sort key after overdue steps.
    pub fn risk(self) -> u8 {
        match self {
            Health::Late { .. } => 5,
            Health::AtRisk => 4,
            Health::OnTrack => 3,
            Health::NotStarted => 2,
            Health::NothingToCount => 1,
            Health::Complete { .. } => 0,
        }
    }
}

/// The schedule status of a plan on `today`.
pub fn health(plan: &Plan, today: NaiveDate) -> Health {
    let progress = Progress::of(plan.steps());
    let planned = planned_finish(plan.steps());
    health_from(plan, &progress, planned, projection(plan, today), today)
}

fn health_from(plan: &Plan, progress: &Progress, planned: Option<NaiveDate>, projected: Projection, today: NaiveDate) -> Health {
    if progress.counted() == 0 {
        return Health::NothingToCount;
    }
    if progress.is_complete() {
        let on_time = match (last_done(plan.steps()), planned) {
            (Some(done), Some(planned)) => done <= planned,
            _ => true,
        };
        return Health::Complete { on_time };
    }
    let overdue = overdue_count(plan.steps(), today);
    if overdue > 0 {
        return Health::Late { overdue };
    }
    if plan.start > today {
        return Health::NotStarted;
    }
    match (projected, planned) {
        (Projection::Projected { on, .. }, Some(planned)) if on > planned => Health::AtRisk,
        (Projection::TooSlow { .. }, _) => Health::AtRisk,
        _ => Health::OnTrack,
    }
}

/// Open steps (to do, in progress, blocked), earliest due first; steps due
/// the same day stay in plan order.
pub fn open_steps_by_due(plan: &Plan) -> Vec<&PlanStep> {
    let mut open: Vec<&PlanStep> = plan.steps().filter(|s| s.status.is_open()).collect();
    open.sort_by_key(|s| s.due);
    open
}

/// Open steps owed by one side, earliest due first.
pub fn owed_by(plan: &Plan, side: Side) -> Vec<&PlanStep> {
    open_steps_by_due(plan)
        .into_iter()
        .filter(|s| s.owner == side)
        .collect()
}

/// A milestone's mark on a progress bar.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MilestoneMark {
    pub id: u64,
    pub title: String,
    /// Where on the bar, in hundredths of a percent (0–10000): the share of
    /// counted steps up to and including this one, in plan order.
    pub at_basis_points: u32,
    pub done: bool,
    pub due: NaiveDate,
}

impl MilestoneMark {
    /// The position as a percentage, 0–100.
    pub fn at_percent(&self) -> f64 {
        f64::from(self.at_basis_points.min(10_000)) / 100.0
    }
}

/// The milestones among `steps` (skipped ones left out), placed on the bar.
pub fn milestones<'a>(steps: impl IntoIterator<Item = &'a PlanStep> + Clone) -> Vec<MilestoneMark> {
    let counted = steps
        .clone()
        .into_iter()
        .filter(|s| s.status != StepStatus::Skipped)
        .count() as u64;
    if counted == 0 {
        return Vec::new();
    }
    let mut seen = 0u64;
    let mut marks = Vec::new();
    for step in steps.into_iter().filter(|s| s.status != StepStatus::Skipped) {
        seen += 1;
        if step.milestone {
            marks.push(MilestoneMark {
                id: step.id,
                title: step.title.clone(),
                at_basis_points: u32::try_from(seen * 10_000 / counted).unwrap_or(10_000),
                done: step.status == StepStatus::Done,
                due: step.due,
            });
        }
    }
    marks
}

/// The next open step of a plan, for the portfolio.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NextStep {
    pub id: u64,
    pub title: String,
    pub owner: Side,
    pub due: NaiveDate,
    pub status: StepStatus,
    /// Days past its due date, when it is overdue.
    pub days_overdue: Option<u32>,
}

/// One plan as the portfolio lists it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PlanSummary {
    pub id: u64,
    pub client: String,
    pub template: String,
    pub start: NaiveDate,
    pub progress: Progress,
    pub overdue: u32,
    pub health: Health,
    pub planned_finish: Option<NaiveDate>,
    pub projection: Projection,
    pub next: Option<NextStep>,
    /// Client and template names in lower case, for the text filter.
    search: String,
}

impl PlanSummary {
    /// Summarises `plan` on `today`.
    pub fn of(plan: &Plan, today: NaiveDate) -> PlanSummary {
        let progress = Progress::of(plan.steps());
        let planned = planned_finish(plan.steps());
        let projection = projection(plan, today);
        let health = health_from(plan, &progress, planned, projection, today);
        let next = plan
            .steps()
            .filter(|s| s.status.is_open())
            .min_by_key(|s| s.due)
            .map(|s| NextStep {
                id: s.id,
                title: s.title.clone(),
                owner: s.owner,
                due: s.due,
                status: s.status,
                days_overdue: days_overdue(s, today),
            });
        PlanSummary {
            id: plan.id,
            client: plan.client.clone(),
            template: plan.template.clone(),
            start: plan.start,
            progress,
            overdue: overdue_count(plan.steps(), today),
            health,
            planned_finish: planned,
            projection,
            next,
            search: format!("{}\n{}", plan.client.to_lowercase(), plan.template.to_lowercase()),
        }
    }
}

/// Which plans the portfolio shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum StatusFilter {
    #[default]
    All,
    /// Not complete: everything still under way or about to start.
    Active,
    Late,
    AtRisk,
    OnTrack,
    NotStarted,
    /// With at least one blocked step.
    Blocked,
    Complete,
}

impl StatusFilter {
    pub const ALL: [StatusFilter; 8] = [
        StatusFilter::All,
        StatusFilter::Active,
        StatusFilter::Late,
        StatusFilter::AtRisk,
        StatusFilter::OnTrack,
        StatusFilter::NotStarted,
        StatusFilter::Blocked,
        StatusFilter::Complete,
    ];
}

/// Text typed into the portfolio's search box, trimmed and in lower case.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextQuery(String);

impl TextQuery {
    pub fn new(raw: &str) -> TextQuery {
        TextQuery(raw.trim().to_lowercase())
    }
}

/// Whether a plan passes the filter. `query` is matched, ignoring case,
/// against the client's and the template's names; an empty query matches all.
pub fn matches(summary: &PlanSummary, query: &TextQuery, status: StatusFilter) -> bool {
    let text_ok = query.0.is_empty() || summary.search.contains(&query.0);
    text_ok
        && match status {
            StatusFilter::All => true,
            StatusFilter::Active => !matches!(summary.health, Health::Complete { .. }),
            StatusFilter::Late => matches!(summary.health, Health::Late { .. }),
            StatusFilter::AtRisk => summary.health == Health::AtRisk,
            StatusFilter::OnTrack => summary.health == Health::OnTrack,
            StatusFilter::NotStarted => summary.health == Health::NotStarted,
            StatusFilter::Blocked => summary.progress.blocked > 0,
            StatusFilter::Complete => matches!(summary.health, Health::Complete { .. }),
        }
}

/// How the portfolio is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortBy {
    /// Most overdue steps first, then late before at risk before on track,
    /// then most blocked steps, then least progress, then client name.
    #[default]
    Risk,
    /// Client name, A to Z.
    Client,
    /// Least progress first.
    Progress,
    /// Earliest start first.
    Start,
}

impl SortBy {
    pub const ALL: [SortBy; 4] = [SortBy::Risk, SortBy::Client, SortBy::Progress, SortBy::Start];
}

fn by_name(a: &PlanSummary, b: &PlanSummary) -> Ordering {
    a.search.cmp(&b.search).then(a.id.cmp(&b.id))
}

fn by_progress(a: &PlanSummary, b: &PlanSummary) -> Ordering {
    // Plans with nothing to count go last; otherwise least done first,
    // compared as fractions without division.
    match (a.progress.counted(), b.progress.counted()) {
        (0, 0) => Ordering::Equal,
        (0, _) => Ordering::Greater,
        (_, 0) => Ordering::Less,
        (ca, cb) => (u64::from(a.progress.done) * u64::from(cb)).cmp(&(u64::from(b.progress.done) * u64::from(ca))),
    }
}

/// The risk order: riskiest first (see [`SortBy::Risk`]).
pub fn risk_order(a: &PlanSummary, b: &PlanSummary) -> Ordering {
    b.overdue
        .cmp(&a.overdue)
        .then(b.health.risk().cmp(&a.health.risk()))
        .then(b.progress.blocked.cmp(&a.progress.blocked))
        .then_with(|| by_progress(a, b))
        .then_with(|| by_name(a, b))
}

/// Orders summaries in place.
pub fn sort_summaries(list: &mut [&PlanSummary], by: SortBy) {
    match by {
        SortBy::Risk => list.sort_by(|a, b| risk_order(a, b)),
        SortBy::Client => list.sort_by(|a, b| by_name(a, b)),
        SortBy::Progress => list.sort_by(|a, b| by_progress(a, b).then_with(|| by_name(a, b))),
        SortBy::Start => list.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| by_name(a, b))),
    }
}

/// One page of a list: the items' index range and how many pages there are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// 1-based page number, clamped to the pages there are.
    pub number: usize,
    pub pages: usize,
    pub from: usize,
    pub to: usize,
}

/// The `number`th page of `len` items, `size` per page (at least one page,
/// even when empty; `size` 0 is read as 1).
pub fn page_of(len: usize, size: usize, number: usize) -> Page {
    let size = size.max(1);
    let pages = len.div_ceil(size).max(1);
    let number = number.clamp(1, pages);
    let from = (number - 1).saturating_mul(size).min(len);
    let to = from.saturating_add(size).min(len);
    Page { number, pages, from, to }
}
