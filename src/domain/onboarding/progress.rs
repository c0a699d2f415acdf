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
use crate::domain::order::sort_stable;
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
            p.add(step.status);
        }
        p
    }

    fn add(&mut self, status: StepStatus) {
        self.total = self.total.saturating_add(1);
        match status {
            StepStatus::Done => self.done = self.done.saturating_add(1),
            StepStatus::Skipped => self.skipped = self.skipped.saturating_add(1),
            StepStatus::Blocked => self.blocked = self.blocked.saturating_add(1),
            StepStatus::InProgress => self.in_progress = self.in_progress.saturating_add(1),
            StepStatus::Todo => {}
        }
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

/// How many days after its due date a done step was done, if it was late.
pub fn done_late_by(step: &PlanStep) -> Option<u32> {
    let done_on = step.done_on.filter(|_| step.status == StepStatus::Done)?;
    let late = days_between(step.due, done_on);
    u32::try_from(late).ok().filter(|d| *d > 0)
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
    TooSlow {
        done: u32,
        elapsed_days: u32,
        remaining: u32,
    },
}

/// What one pass over a plan's steps finds out, on `today`.
#[derive(Clone, Copy, Debug)]
struct Facts<'a> {
    progress: Progress,
    overdue: u32,
    planned: Option<NaiveDate>,
    last_done: Option<NaiveDate>,
    /// The open step due first (the first in plan order among equals).
    next: Option<&'a PlanStep>,
}

fn facts(plan: &Plan, today: NaiveDate) -> Facts<'_> {
    let mut f = Facts {
        progress: Progress::default(),
        overdue: 0,
        planned: None,
        last_done: None,
        next: None,
    };
    for step in plan.steps() {
        f.progress.add(step.status);
        if step.status != StepStatus::Skipped {
            f.planned = f.planned.max(Some(step.due));
        }
        if step.status == StepStatus::Done {
            f.last_done = f.last_done.max(step.done_on);
        }
        if step.status.is_open() {
            if step.due < today {
                f.overdue = f.overdue.saturating_add(1);
            }
            if f.next.is_none_or(|n| step.due < n.due) {
                f.next = Some(step);
            }
        }
    }
    f
}

/// Projects when a plan will finish at the pace so far.
pub fn projection(plan: &Plan, today: NaiveDate) -> Projection {
    projection_from(plan.start, &facts(plan, today), today)
}

fn projection_from(start: NaiveDate, f: &Facts<'_>, today: NaiveDate) -> Projection {
    let progress = f.progress;
    if progress.counted() == 0 {
        return Projection::NothingToCount;
    }
    if progress.is_complete() {
        return Projection::Finished { on: f.last_done };
    }
    if start > today {
        return Projection::NotStarted;
    }
    let done = progress.done;
    if done == 0 {
        return Projection::NoProgress;
    }
    let elapsed = days_between(start, today).saturating_add(1).max(1);
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
    let f = facts(plan, today);
    health_from(plan.start, &f, projection_from(plan.start, &f, today), today)
}

fn health_from(start: NaiveDate, f: &Facts<'_>, projected: Projection, today: NaiveDate) -> Health {
    if f.progress.counted() == 0 {
        return Health::NothingToCount;
    }
    if f.progress.is_complete() {
        let on_time = match (f.last_done, f.planned) {
            (Some(done), Some(planned)) => done <= planned,
            _ => true,
        };
        return Health::Complete { on_time };
    }
    if f.overdue > 0 {
        return Health::Late { overdue: f.overdue };
    }
    if start > today {
        return Health::NotStarted;
    }
    match (projected, f.planned) {
        (Projection::Projected { on, .. }, Some(planned)) if on > planned => Health::AtRisk,
        (Projection::TooSlow { .. }, _) => Health::AtRisk,
        _ => Health::OnTrack,
    }
}

/// Open steps (to do, in progress, blocked), earliest due first; steps due
/// the same day stay in plan order.
pub fn open_steps_by_due(plan: &Plan) -> Vec<&PlanStep> {
    let mut open: Vec<&PlanStep> = plan.steps().filter(|s| s.status.is_open()).collect();
    sort_stable(&mut open, &|a, b| a.due.cmp(&b.due));
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

/// The next open step of a plan, for the portfolio (its title is read from
/// the plan when the row is drawn).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NextStep {
    pub id: u64,
    pub owner: Side,
    pub due: NaiveDate,
    pub status: StepStatus,
    /// Days past its due date, when it is overdue.
    pub days_overdue: Option<u32>,
}

/// One plan as the portfolio counts, orders and filters it: numbers and
/// dates only, so that summarising 500 plans after every click allocates
/// nothing. Names and titles are read from the [`Plan`] itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PlanSummary {
    pub id: u64,
    pub start: NaiveDate,
    pub progress: Progress,
    pub overdue: u32,
    pub health: Health,
    pub planned_finish: Option<NaiveDate>,
    pub projection: Projection,
    pub next: Option<NextStep>,
}

impl PlanSummary {
    /// Summarises `plan` on `today` in one pass over its steps.
    pub fn of(plan: &Plan, today: NaiveDate) -> PlanSummary {
        let f = facts(plan, today);
        let projection = projection_from(plan.start, &f, today);
        PlanSummary {
            id: plan.id,
            start: plan.start,
            progress: f.progress,
            overdue: f.overdue,
            health: health_from(plan.start, &f, projection, today),
            planned_finish: f.planned,
            projection,
            next: f.next.map(|s| NextStep {
                id: s.id,
                owner: s.owner,
                due: s.due,
                status: s.status,
                days_overdue: days_overdue(s, today),
            }),
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

    /// Whether `text` contains the query, ignoring case.
    fn found_in(&self, text: &str) -> bool {
        self.0.is_empty() || text.to_lowercase().contains(&self.0)
    }
}

/// Whether a plan passes the filter. `query` is matched, ignoring case,
/// against the client's and the template's names; an empty query matches all.
pub fn matches(plan: &Plan, summary: &PlanSummary, query: &TextQuery, status: StatusFilter) -> bool {
    let status_ok = match status {
        StatusFilter::All => true,
        StatusFilter::Active => !matches!(summary.health, Health::Complete { .. }),
        StatusFilter::Late => matches!(summary.health, Health::Late { .. }),
        StatusFilter::AtRisk => summary.health == Health::AtRisk,
        StatusFilter::OnTrack => summary.health == Health::OnTrack,
        StatusFilter::NotStarted => summary.health == Health::NotStarted,
        StatusFilter::Blocked => summary.progress.blocked > 0,
        StatusFilter::Complete => matches!(summary.health, Health::Complete { .. }),
    };
    status_ok && (query.found_in(&plan.client) || query.found_in(&plan.template))
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

/// A plan with its summary, as the portfolio orders them.
pub type Listed<'a> = (&'a Plan, &'a PlanSummary);

/// Client names, ignoring case (without allocating), then ids.
fn by_name(a: Listed<'_>, b: Listed<'_>) -> Ordering {
    let (x, y) = (&a.0.client, &b.0.client);
    let order = if x.is_ascii() && y.is_ascii() {
        x.bytes()
            .map(|c| c.to_ascii_lowercase())
            .cmp(y.bytes().map(|c| c.to_ascii_lowercase()))
    } else {
        x.chars()
            .flat_map(char::to_lowercase)
            .cmp(y.chars().flat_map(char::to_lowercase))
    };
    order.then(a.1.id.cmp(&b.1.id))
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
pub fn risk_order(a: Listed<'_>, b: Listed<'_>) -> Ordering {
    let (sa, sb) = (a.1, b.1);
    sb.overdue
        .cmp(&sa.overdue)
        .then(sb.health.risk().cmp(&sa.health.risk()))
        .then(sb.progress.blocked.cmp(&sa.progress.blocked))
        .then_with(|| by_progress(sa, sb))
        .then_with(|| by_name(a, b))
}

/// Compares two plans in the order `by`.
pub fn compare(by: SortBy, a: Listed<'_>, b: Listed<'_>) -> Ordering {
    match by {
        SortBy::Risk => risk_order(a, b),
        SortBy::Client => by_name(a, b),
        SortBy::Progress => by_progress(a.1, b.1).then_with(|| by_name(a, b)),
        SortBy::Start => a.1.start.cmp(&b.1.start).then_with(|| by_name(a, b)),
    }
}

/// Orders plans in place.
pub fn sort_plans(list: &mut Vec<Listed<'_>>, by: SortBy) {
    sort_stable(list, &|a, b| compare(by, *a, *b));
}
