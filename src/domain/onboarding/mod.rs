//! Onboarding plans: templates of phases and steps, per-client plans started
//! from them, and the progress of each plan.
//!
//! The brief: article 004 asks for "an exceptional onboarding process … with a
//! visible progress indicator so they see how far they have come"; article 002
//! for setting expectations early, kickoff meetings with agendas, a consistent
//! process and a relationship roadmap.
//!
//! - [`schedule`]: due dates in calendar or business days.
//! - [`progress`]: progress, overdue steps, schedule status, projected finish,
//!   and the portfolio's summaries, risk order and filter.
//! - This module: the stored model ([`OnboardingBook`]) and its edits. A plan
//!   is a copy of its template taken when the plan starts: editing a template
//!   later never changes a running plan.

pub mod progress;
pub mod schedule;

use crate::domain::input::InputError;
use chrono::NaiveDate;
use schedule::{due_date, DayCount, DueOffset};
use serde::{Deserialize, Serialize};

/// Longest client name, template name, phase name or step title.
pub const MAX_TITLE_CHARS: usize = 120;
/// Longest step or template description.
pub const MAX_DESCRIPTION_CHARS: usize = 1000;
/// Longest assignee name.
pub const MAX_ASSIGNEE_CHARS: usize = 80;
/// Longest notes on a step.
pub const MAX_NOTES_CHARS: usize = 4000;

/// How many years before today a plan may start: an earlier start is
/// almost certainly a typo (1990 for 2025).
pub const MAX_START_YEARS_BACK: u32 = 5;
/// How many years after today a plan may start.
pub const MAX_START_YEARS_AHEAD: u32 = 2;

/// Why a plan's start date was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartProblem {
    /// More than [`MAX_START_YEARS_BACK`] years ago.
    TooEarly { earliest: NaiveDate, latest: NaiveDate },
    /// More than [`MAX_START_YEARS_AHEAD`] years ahead.
    TooLate { earliest: NaiveDate, latest: NaiveDate },
}

/// The plausible start dates of a plan on `today`: from
/// [`MAX_START_YEARS_BACK`] years ago to [`MAX_START_YEARS_AHEAD`] ahead.
pub fn start_range(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let earliest = today
        .checked_sub_months(chrono::Months::new(MAX_START_YEARS_BACK * 12))
        .unwrap_or(NaiveDate::MIN);
    let latest = today
        .checked_add_months(chrono::Months::new(MAX_START_YEARS_AHEAD * 12))
        .unwrap_or(NaiveDate::MAX);
    (earliest, latest)
}

/// Checks that a plan start is plausible on `today` (see [`start_range`]).
pub fn check_start(start: NaiveDate, today: NaiveDate) -> Result<NaiveDate, StartProblem> {
    let (earliest, latest) = start_range(today);
    if start < earliest {
        Err(StartProblem::TooEarly { earliest, latest })
    } else if start > latest {
        Err(StartProblem::TooLate { earliest, latest })
    } else {
        Ok(start)
    }
}

/// Why a step's completion date was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DoneDateProblem {
    /// Before the plan started.
    BeforeStart,
    /// After today.
    InFuture,
    /// The step is not done (or not in the plan).
    NotDone,
}

/// Who owes a step.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// Our team (the provider).
    #[default]
    Us,
    /// The client's team.
    Client,
}

/// Where a step of a plan stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepStatus {
    #[default]
    Todo,
    InProgress,
    Done,
    /// Waiting on something; still counted as work to do.
    Blocked,
    /// Not needed for this client: left out of progress entirely.
    Skipped,
}

impl StepStatus {
    pub const ALL: [StepStatus; 5] = [
        StepStatus::Todo,
        StepStatus::InProgress,
        StepStatus::Done,
        StepStatus::Blocked,
        StepStatus::Skipped,
    ];
    /// Still to be done (neither done nor skipped).
    pub fn is_open(self) -> bool {
        !matches!(self, StepStatus::Done | StepStatus::Skipped)
    }
}

/// Up or down in a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// A step of a template.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TemplateStep {
    pub id: u64,
    pub title: String,
    pub description: String,
    pub owner: Side,
    pub offset: DueOffset,
    pub milestone: bool,
}

/// A phase of a template: a named group of steps.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TemplatePhase {
    pub id: u64,
    pub name: String,
    pub steps: Vec<TemplateStep>,
}

/// A reusable onboarding process.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Template {
    pub id: u64,
    pub name: String,
    pub description: String,
    pub phases: Vec<TemplatePhase>,
}

impl Template {
    pub fn step_count(&self) -> usize {
        self.phases.iter().map(|p| p.steps.len()).sum()
    }
}

/// A step of a client's plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanStep {
    pub id: u64,
    pub title: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub owner: Side,
    pub due: NaiveDate,
    /// The template's offset while the due date still follows it; `None`
    /// once the due date was set by hand (or for a step added to the plan).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<DueOffset>,
    #[serde(skip_serializing_if = "is_false")]
    pub milestone: bool,
    #[serde(skip_serializing_if = "is_todo")]
    pub status: StepStatus,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub assignee: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// When it was done: set on ticking, editable, cleared when reopened.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done_on: Option<NaiveDate>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_todo(s: &StepStatus) -> bool {
    *s == StepStatus::Todo
}

/// A phase of a plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanPhase {
    pub id: u64,
    pub name: String,
    pub steps: Vec<PlanStep>,
}

/// One client's onboarding plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub id: u64,
    pub client: String,
    /// The name of the template it was started from, as it was then.
    pub template: String,
    pub start: NaiveDate,
    pub phases: Vec<PlanPhase>,
}

/// Where a step sits in a plan: phase index and step index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepPlace {
    pub phase: usize,
    pub index: usize,
}

impl Plan {
    /// Every step, in order.
    pub fn steps(&self) -> impl Iterator<Item = &PlanStep> + Clone {
        self.phases.iter().flat_map(|p| p.steps.iter())
    }

    pub fn step_count(&self) -> usize {
        self.phases.iter().map(|p| p.steps.len()).sum()
    }

    pub fn step(&self, id: u64) -> Option<&PlanStep> {
        self.steps().find(|s| s.id == id)
    }

    pub fn step_mut(&mut self, id: u64) -> Option<&mut PlanStep> {
        self.phases
            .iter_mut()
            .flat_map(|p| p.steps.iter_mut())
            .find(|s| s.id == id)
    }

    /// The phase and index of a step.
    pub fn place_of(&self, id: u64) -> Option<StepPlace> {
        self.phases.iter().enumerate().find_map(|(phase, p)| {
            p.steps
                .iter()
                .position(|s| s.id == id)
                .map(|index| StepPlace { phase, index })
        })
    }

    /// Sets a step's status. Done records `today` as the completion date
    /// (unless one is set already); any other status clears it.
    pub fn set_status(&mut self, id: u64, status: StepStatus, today: NaiveDate) -> bool {
        let Some(step) = self.step_mut(id) else {
            return false;
        };
        step.status = status;
        if status == StepStatus::Done {
            step.done_on.get_or_insert(today);
        } else {
            step.done_on = None;
        }
        true
    }

    /// Whether `day` can be the completion date of a step on `today`: not
    /// before the plan's start, not after today.
    pub fn check_done_on(&self, day: NaiveDate, today: NaiveDate) -> Result<NaiveDate, DoneDateProblem> {
        if day > today {
            Err(DoneDateProblem::InFuture)
        } else if day < self.start {
            Err(DoneDateProblem::BeforeStart)
        } else {
            Ok(day)
        }
    }

    /// Sets the completion date of a done step (see [`Plan::check_done_on`]).
    pub fn set_done_on(&mut self, id: u64, day: NaiveDate, today: NaiveDate) -> Result<(), DoneDateProblem> {
        self.check_done_on(day, today)?;
        match self.step_mut(id) {
            Some(step) if step.status == StepStatus::Done => {
                step.done_on = Some(day);
                Ok(())
            }
            _ => Err(DoneDateProblem::NotDone),
        }
    }

    /// Ticks a step done, or reopens it (back to "to do") when it was done.
    pub fn toggle_done(&mut self, id: u64, today: NaiveDate) -> bool {
        let done = self.step(id).is_some_and(|s| s.status == StepStatus::Done);
        let next = if done { StepStatus::Todo } else { StepStatus::Done };
        self.set_status(id, next, today)
    }

    /// Moves a step one place up or down. At the top of a phase "up" moves
    /// it to the end of the previous phase; at the bottom "down" moves it to
    /// the start of the next one. Returns whether anything moved.
    pub fn move_step(&mut self, id: u64, direction: Direction) -> bool {
        let Some(StepPlace { phase, index }) = self.place_of(id) else {
            return false;
        };
        let len = self.phases.get(phase).map_or(0, |p| p.steps.len());
        match direction {
            Direction::Up if index > 0 => {
                if let Some(p) = self.phases.get_mut(phase) {
                    p.steps.swap(index - 1, index);
                }
                true
            }
            Direction::Down if index + 1 < len => {
                if let Some(p) = self.phases.get_mut(phase) {
                    p.steps.swap(index, index + 1);
                }
                true
            }
            Direction::Up if phase > 0 => {
                let Some(step) = self.take_step(StepPlace { phase, index }) else {
                    return false;
                };
                if let Some(prev) = self.phases.get_mut(phase - 1) {
                    prev.steps.push(step);
                }
                true
            }
            Direction::Down if phase + 1 < self.phases.len() => {
                let Some(step) = self.take_step(StepPlace { phase, index }) else {
                    return false;
                };
                if let Some(next) = self.phases.get_mut(phase + 1) {
                    next.steps.insert(0, step);
                }
                true
            }
            _ => false,
        }
    }

    fn take_step(&mut self, place: StepPlace) -> Option<PlanStep> {
        let phase = self.phases.get_mut(place.phase)?;
        (place.index < phase.steps.len()).then(|| phase.steps.remove(place.index))
    }

    /// Removes a step, returning it with its place so it can be put back.
    pub fn remove_step(&mut self, id: u64) -> Option<(StepPlace, PlanStep)> {
        let place = self.place_of(id)?;
        self.take_step(place).map(|step| (place, step))
    }

    /// Puts a step back at `place` (clamped to the plan as it is now; into the
    /// last phase if its phase is gone). A step whose id is already in the plan
    /// is not added twice.
    pub fn restore_step(&mut self, place: StepPlace, step: PlanStep) {
        if self.step(step.id).is_some() {
            return;
        }
        let last = self.phases.len().saturating_sub(1);
        if let Some(phase) = self.phases.get_mut(place.phase.min(last)) {
            let index = place.index.min(phase.steps.len());
            phase.steps.insert(index, step);
        }
    }

    /// Moves the start date; steps whose due date still follows the template
    /// are due again counted from the new start, the others keep their date.
    pub fn reschedule(&mut self, start: NaiveDate) {
        self.start = start;
        for step in self.phases.iter_mut().flat_map(|p| p.steps.iter_mut()) {
            if let Some(offset) = step.offset {
                step.due = due_date(start, offset);
            }
        }
    }

    /// Sets a step's due date by hand: it no longer follows the template.
    pub fn set_due(&mut self, id: u64, due: NaiveDate) -> bool {
        let Some(step) = self.step_mut(id) else {
            return false;
        };
        step.due = due;
        step.offset = None;
        true
    }
}

/// A new step typed into a live plan.
#[derive(Clone, Debug, PartialEq)]
pub struct NewStep {
    pub title: String,
    pub owner: Side,
    pub due: NaiveDate,
    pub milestone: bool,
}

/// Everything the onboarding module stores for a workspace.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OnboardingBook {
    /// Whether the default templates were added once (so templates the user
    /// deleted do not come back by themselves).
    pub seeded: bool,
    /// The last id given to a template, phase, step or plan.
    pub last_id: u64,
    pub templates: Vec<Template>,
    pub plans: Vec<Plan>,
}

/// The default templates shipped with the app, as static text (the strings
/// live with the rest of the UI text, one set per language).
#[derive(Clone, Copy, Debug)]
pub struct TemplateSpec {
    pub name: &'static str,
    pub description: &'static str,
    pub phases: &'static [PhaseSpec],
}

/// A phase of a [`TemplateSpec`].
#[derive(Clone, Copy, Debug)]
pub struct PhaseSpec {
    pub name: &'static str,
    pub steps: &'static [StepSpec],
}

/// A step of a [`TemplateSpec`].
#[derive(Clone, Copy, Debug)]
pub struct StepSpec {
    pub title: &'static str,
    pub description: &'static str,
    pub owner: Side,
    pub days: u32,
    pub count: DayCount,
    pub milestone: bool,
}

/// Hands out ids above every id in use, so ids stay unique even when the
/// stored counter is behind (data edited by hand or merged).
struct Ids(u64);

impl Ids {
    fn take(&mut self) -> u64 {
        self.0 = self.0.saturating_add(1);
        self.0
    }
}

impl OnboardingBook {
    fn ids(&self) -> Ids {
        let templates = self.templates.iter().flat_map(|t| {
            std::iter::once(t.id).chain(
                t.phases
                    .iter()
                    .flat_map(|p| std::iter::once(p.id).chain(p.steps.iter().map(|s| s.id))),
            )
        });
        let plans = self.plans.iter().flat_map(|t| {
            std::iter::once(t.id).chain(
                t.phases
                    .iter()
                    .flat_map(|p| std::iter::once(p.id).chain(p.steps.iter().map(|s| s.id))),
            )
        });
        Ids(templates.chain(plans).fold(self.last_id, u64::max))
    }

    fn keep(&mut self, ids: Ids) {
        self.last_id = ids.0;
    }

    pub fn template(&self, id: u64) -> Option<&Template> {
        self.templates.iter().find(|t| t.id == id)
    }

    pub fn template_mut(&mut self, id: u64) -> Option<&mut Template> {
        self.templates.iter_mut().find(|t| t.id == id)
    }

    pub fn plan(&self, id: u64) -> Option<&Plan> {
        self.plans.iter().find(|p| p.id == id)
    }

    pub fn plan_mut(&mut self, id: u64) -> Option<&mut Plan> {
        self.plans.iter_mut().find(|p| p.id == id)
    }

    /// Adds a template built from a shipped spec; returns its id. Offsets
    /// above the maximum are capped at it.
    pub fn add_template_from_spec(&mut self, spec: &TemplateSpec) -> u64 {
        let mut ids = self.ids();
        let template = Template {
            id: ids.take(),
            name: spec.name.to_string(),
            description: spec.description.to_string(),
            phases: spec
                .phases
                .iter()
                .map(|phase| TemplatePhase {
                    id: ids.take(),
                    name: phase.name.to_string(),
                    steps: phase
                        .steps
                        .iter()
                        .map(|s| TemplateStep {
                            id: ids.take(),
                            title: s.title.to_string(),
                            description: s.description.to_string(),
                            owner: s.owner,
                            offset: DueOffset::new(s.days.min(schedule::MAX_OFFSET_DAYS), s.count).unwrap_or_default(),
                            milestone: s.milestone,
                        })
                        .collect(),
                })
                .collect(),
        };
        let id = template.id;
        self.templates.push(template);
        self.keep(ids);
        id
    }

    /// Adds the shipped templates the first time the book is opened.
    pub fn seed(&mut self, specs: &[TemplateSpec]) {
        if self.seeded {
            return;
        }
        self.seeded = true;
        self.add_missing_defaults(specs);
    }

    /// Adds each shipped template no template of the same name exists for;
    /// returns how many were added.
    pub fn add_missing_defaults(&mut self, specs: &[TemplateSpec]) -> usize {
        let mut added = 0;
        for spec in specs {
            if !self.templates.iter().any(|t| t.name == spec.name) {
                self.add_template_from_spec(spec);
                added += 1;
            }
        }
        added
    }

    /// Adds an empty template with one empty phase; returns its id.
    pub fn add_template(&mut self, name: String, phase_name: String) -> u64 {
        let mut ids = self.ids();
        let id = ids.take();
        let phase = TemplatePhase {
            id: ids.take(),
            name: phase_name,
            steps: Vec::new(),
        };
        self.templates.push(Template {
            id,
            name,
            description: String::new(),
            phases: vec![phase],
        });
        self.keep(ids);
        id
    }

    /// Copies a template under a new name; returns the copy's id.
    pub fn duplicate_template(&mut self, id: u64, name: String) -> Option<u64> {
        let mut copy = self.template(id)?.clone();
        let mut ids = self.ids();
        copy.id = ids.take();
        copy.name = name;
        for phase in &mut copy.phases {
            phase.id = ids.take();
            for step in &mut phase.steps {
                step.id = ids.take();
            }
        }
        let new_id = copy.id;
        let at = self
            .templates
            .iter()
            .position(|t| t.id == id)
            .map_or(self.templates.len(), |i| i + 1);
        self.templates.insert(at.min(self.templates.len()), copy);
        self.keep(ids);
        Some(new_id)
    }

    /// Removes a template; returns it with its index so it can be put back.
    pub fn remove_template(&mut self, id: u64) -> Option<(usize, Template)> {
        let index = self.templates.iter().position(|t| t.id == id)?;
        Some((index, self.templates.remove(index)))
    }

    /// Puts a removed template back at `index` (or at the end).
    pub fn restore_template(&mut self, index: usize, template: Template) {
        if self.template(template.id).is_none() {
            let at = index.min(self.templates.len());
            self.templates.insert(at, template);
        }
    }

    /// Adds a phase to a template; returns its id.
    pub fn add_template_phase(&mut self, template: u64, name: String) -> Option<u64> {
        let mut ids = self.ids();
        let id = ids.take();
        self.template_mut(template)?.phases.push(TemplatePhase {
            id,
            name,
            steps: Vec::new(),
        });
        self.keep(ids);
        Some(id)
    }

    /// Adds a step at the end of a template's phase; returns its id.
    pub fn add_template_step(&mut self, template: u64, phase: u64, step: TemplateStep) -> Option<u64> {
        let mut ids = self.ids();
        let id = ids.take();
        let phase = self.template_mut(template)?.phases.iter_mut().find(|p| p.id == phase)?;
        phase.steps.push(TemplateStep { id, ..step });
        self.keep(ids);
        Some(id)
    }

    /// Starts a plan for `client` from a template on `start`; returns its id.
    /// Due dates are computed from each step's offset.
    pub fn start_plan(&mut self, template: u64, client: String, start: NaiveDate) -> Option<u64> {
        let template = self.template(template)?.clone();
        let mut ids = self.ids();
        let plan = Plan {
            id: ids.take(),
            client,
            template: template.name,
            start,
            phases: template
                .phases
                .into_iter()
                .map(|phase| PlanPhase {
                    id: ids.take(),
                    name: phase.name,
                    steps: phase
                        .steps
                        .into_iter()
                        .map(|s| PlanStep {
                            id: ids.take(),
                            title: s.title,
                            description: s.description,
                            owner: s.owner,
                            due: due_date(start, s.offset),
                            offset: Some(s.offset),
                            milestone: s.milestone,
                            ..PlanStep::default()
                        })
                        .collect(),
                })
                .collect(),
        };
        let id = plan.id;
        self.plans.push(plan);
        self.keep(ids);
        Some(id)
    }

    /// Adds a step at the end of a plan's phase; returns its id.
    pub fn add_plan_step(&mut self, plan: u64, phase: u64, step: NewStep) -> Option<u64> {
        let mut ids = self.ids();
        let id = ids.take();
        let phase = self.plan_mut(plan)?.phases.iter_mut().find(|p| p.id == phase)?;
        phase.steps.push(PlanStep {
            id,
            title: step.title,
            owner: step.owner,
            due: step.due,
            milestone: step.milestone,
            ..PlanStep::default()
        });
        self.keep(ids);
        Some(id)
    }

    /// Removes a plan; returns it with its index so it can be put back.
    pub fn remove_plan(&mut self, id: u64) -> Option<(usize, Plan)> {
        let index = self.plans.iter().position(|p| p.id == id)?;
        Some((index, self.plans.remove(index)))
    }

    /// Puts a removed plan back at `index` (or at the end).
    pub fn restore_plan(&mut self, index: usize, plan: Plan) {
        if self.plan(plan.id).is_none() {
            let at = index.min(self.plans.len());
            self.plans.insert(at, plan);
        }
    }
}

/// Moves the item at `index` one place up or down; returns whether it moved.
pub fn move_item<T>(items: &mut [T], index: usize, direction: Direction) -> bool {
    match direction {
        Direction::Up if index > 0 && index < items.len() => {
            items.swap(index - 1, index);
            true
        }
        Direction::Down if index + 1 < items.len() => {
            items.swap(index, index + 1);
            true
        }
        _ => false,
    }
}

/// Cleans optional free text (an assignee, notes): trimmed at the ends is
/// not wanted while typing, so only the length is checked.
pub fn parse_optional_text(raw: &str, max_chars: usize) -> Result<String, InputError> {
    if raw.chars().count() > max_chars {
        Err(InputError::TooLarge { max: max_chars as f64 })
    } else {
        Ok(raw.to_string())
    }
}
