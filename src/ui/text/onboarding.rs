//! Strings of the onboarding module, and the default templates (which are
//! text too: they are written in the language the workspace starts in).

use crate::domain::onboarding::schedule::DayCount::{Business, Calendar};
use crate::domain::onboarding::Side::{Client, Us};
use crate::domain::onboarding::{PhaseSpec, StepSpec, TemplateSpec};
use chrono::NaiveDate;

/// Every user-facing string of the onboarding screens.
pub struct OnboardingText {
    // Portfolio
    pub title: &'static str,
    pub lead: &'static str,
    pub templates_link: &'static str,
    pub total_plans: &'static str,
    pub total_late: &'static str,
    pub total_at_risk: &'static str,
    pub total_blocked: &'static str,
    pub total_complete: &'static str,
    pub start_heading: &'static str,
    pub start_lead: &'static str,
    pub no_templates: &'static str,
    pub client_name: &'static str,
    pub template: &'static str,
    /// A template in the list: name and number of steps.
    pub template_option: fn(&str, usize) -> String,
    pub start_date: &'static str,
    pub start_button: &'static str,
    pub plans_heading: &'static str,
    pub search: &'static str,
    pub filter_status: &'static str,
    pub filter_all: &'static str,
    pub filter_active: &'static str,
    pub filter_late: &'static str,
    pub filter_at_risk: &'static str,
    pub filter_on_track: &'static str,
    pub filter_not_started: &'static str,
    pub filter_blocked: &'static str,
    pub filter_complete: &'static str,
    pub sort_by: &'static str,
    pub sort_risk: &'static str,
    pub sort_client: &'static str,
    pub sort_progress: &'static str,
    pub sort_start: &'static str,
    /// (first, last, matching, all plans).
    pub showing: fn(usize, usize, usize, usize) -> String,
    pub no_plans: &'static str,
    pub no_match: &'static str,
    pub col_client: &'static str,
    pub col_progress: &'static str,
    pub col_status: &'static str,
    pub col_next: &'static str,
    pub col_finish: &'static str,
    pub pages_label: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub page_of: fn(usize, usize) -> String,
    /// The visible text of the "Mark done" button.
    pub mark_done_button: &'static str,
    /// (step, client): the full name of the "Mark done" button.
    pub mark_done_for: fn(&str, &str) -> String,
    /// (step, client): announced after marking a step done.
    pub marked_done: fn(&str, &str) -> String,
    pub progress_of: fn(&str) -> String,
    pub planned: fn(&str) -> String,
    pub expected: fn(&str) -> String,
    pub expected_unknown: &'static str,
    pub expected_too_slow: &'static str,
    pub finished_on_short: fn(&str) -> String,
    pub blocked_count_short: fn(u32) -> String,

    // Progress and schedule
    pub no_steps: &'static str,
    pub all_skipped: &'static str,
    /// (done, counted).
    pub steps_done: fn(u32, u32) -> String,
    pub skipped_not_counted: fn(u32) -> String,
    pub blocked_count: fn(u32) -> String,
    pub health_late: fn(u32) -> String,
    pub health_at_risk: &'static str,
    pub health_on_track: &'static str,
    pub health_not_started: &'static str,
    pub health_nothing: &'static str,
    pub health_complete_on_time: &'static str,
    pub health_complete_late: &'static str,
    pub projection_nothing: &'static str,
    pub projection_finished: &'static str,
    pub projection_finished_on: fn(&str) -> String,
    pub projection_not_started: &'static str,
    pub projection_no_progress: &'static str,
    /// (date, done, elapsed days, remaining, days left).
    pub projection_on: fn(&str, u32, u32, u32, u32) -> String,
    /// (done, elapsed days, remaining).
    pub projection_too_slow: fn(u32, u32, u32) -> String,
    pub due_on: fn(&str) -> String,
    pub done_on: fn(&str) -> String,
    pub overdue_by: fn(u32) -> String,
    pub done_late_by: fn(u32) -> String,
    pub overdue_heading: fn(usize) -> String,
    pub milestones_heading: &'static str,
    pub milestone_reached_on: fn(&str) -> String,
    /// A date as shown on screen.
    pub date: fn(NaiveDate) -> String,

    // Statuses and owners
    pub status_todo: &'static str,
    pub status_in_progress: &'static str,
    pub status_done: &'static str,
    pub status_blocked: &'static str,
    pub status_skipped: &'static str,
    pub owner_us: &'static str,
    pub owner_client: &'static str,

    // Plan page
    pub back_to_plans: &'static str,
    pub plan_missing_title: &'static str,
    pub plan_missing_lead: &'static str,
    /// (template, start date).
    pub plan_meta: fn(&str, &str) -> String,
    pub client_view_link: &'static str,
    pub progress_heading: &'static str,
    pub overall_progress: &'static str,
    pub schedule: &'static str,
    pub planned_finish: &'static str,
    pub projected_finish: &'static str,
    pub settings_heading: &'static str,
    pub start_date_hint: &'static str,
    pub phase_empty: &'static str,
    pub milestone: &'static str,
    pub status: &'static str,
    pub assignee: &'static str,
    /// Read after a label by screen readers: which step it belongs to.
    pub of_step: fn(&str) -> String,
    pub of_phase: fn(&str) -> String,
    pub move_up: fn(&str) -> String,
    pub move_down: fn(&str) -> String,
    pub remove_step: fn(&str) -> String,
    pub step_removed: fn(&str) -> String,
    pub details: &'static str,
    pub has_notes: &'static str,
    pub step_title: &'static str,
    pub owner: &'static str,
    pub due_date: &'static str,
    pub completed_on: &'static str,
    pub notes: &'static str,
    pub add_step_to: fn(&str) -> String,
    pub add_step: &'static str,
    pub delete_heading: &'static str,
    pub delete_lead: &'static str,
    pub delete_plan: &'static str,
    pub plan_deleted: fn(&str) -> String,

    // Client view
    pub client_title: fn(&str) -> String,
    /// (workspace name, date).
    pub client_prepared_by: fn(&str, &str) -> String,
    pub back_to_plan: &'static str,
    pub print: &'static str,
    pub client_health_late: fn(u32) -> String,
    pub client_health_at_risk: &'static str,
    pub client_health_on_track: &'static str,
    pub client_health_not_started: &'static str,
    pub client_health_complete: &'static str,
    pub started: &'static str,
    pub expected_finish: &'static str,
    pub next_steps: &'static str,
    pub nothing_open: &'static str,
    pub who_owes_what: &'static str,
    pub client_side_us: &'static str,
    pub client_side_you: &'static str,
    pub client_side_us_heading: &'static str,
    pub client_side_you_heading: &'static str,
    pub open_count: fn(usize) -> String,
    pub nothing_owed: &'static str,
    pub phases_heading: &'static str,

    // Templates
    pub templates_title: &'static str,
    pub templates_lead: &'static str,
    pub templates_list: &'static str,
    pub step_count: fn(usize) -> String,
    pub new_template: &'static str,
    pub restore_defaults: &'static str,
    pub no_templates_yet: &'static str,
    pub new_template_name: &'static str,
    pub new_phase_name: &'static str,
    pub new_step_name: &'static str,
    pub template_name: &'static str,
    pub template_description: &'static str,
    pub duplicate_template: &'static str,
    pub copy_of: fn(&str) -> String,
    pub delete_template: &'static str,
    pub template_deleted: fn(&str) -> String,
    pub add_phase: &'static str,
    pub phase_name: &'static str,
    pub remove_phase: fn(&str) -> String,
    pub phase_removed: fn(&str) -> String,
    pub description: &'static str,
    pub due_after: &'static str,
    pub days_suffix: &'static str,
    pub counted_in: &'static str,
    pub calendar_days: &'static str,
    pub business_days: &'static str,
    /// The templates a new workspace starts with.
    pub default_templates: &'static [TemplateSpec],
}

fn plural(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// English.
pub const EN: OnboardingText = OnboardingText {
    title: "Onboarding plans",
    lead: "Every client's onboarding, riskiest first: a plan from a template, a visible progress bar, who owes each step, and when it will really finish.",
    templates_link: "Templates",
    total_plans: "Plans",
    total_late: "Late",
    total_at_risk: "At risk",
    total_blocked: "With blocked steps",
    total_complete: "Complete",
    start_heading: "Start a plan",
    start_lead: "Choose the template and the start date: every step's due date is counted from it.",
    no_templates: "There is no template to start from yet.",
    client_name: "Client name",
    template: "Template",
    template_option: |name, steps| format!("{name} ({})", plural(steps as u64, "step", "steps")),
    start_date: "Start date",
    start_button: "Start the plan",
    plans_heading: "Plans",
    search: "Search clients",
    filter_status: "Show",
    filter_all: "All plans",
    filter_active: "Under way (not complete)",
    filter_late: "Late (overdue steps)",
    filter_at_risk: "At risk (slow pace)",
    filter_on_track: "On track",
    filter_not_started: "Not started yet",
    filter_blocked: "With blocked steps",
    filter_complete: "Complete",
    sort_by: "Sort by",
    sort_risk: "Risk (most overdue first)",
    sort_client: "Client name",
    sort_progress: "Least progress first",
    sort_start: "Start date",
    showing: |from, to, matching, all| {
        if matching == all {
            format!("Showing {from}–{to} of {}", plural(all as u64, "plan", "plans"))
        } else {
            format!("Showing {from}–{to} of {matching} matching ({} in all)", plural(all as u64, "plan", "plans"))
        }
    },
    no_plans: "No plans yet: start one above.",
    no_match: "No plan matches the search and filter.",
    col_client: "Client",
    col_progress: "Progress",
    col_status: "Schedule",
    col_next: "Next step",
    col_finish: "Finish",
    pages_label: "Pages of plans",
    previous: "Previous",
    next: "Next",
    page_of: |page, pages| format!("Page {page} of {pages}"),
    mark_done_button: "✓ Done",
    mark_done_for: |step, client| format!("Mark “{step}” done for {client}"),
    marked_done: |step, client| format!("“{step}” marked done for {client}."),
    progress_of: |name| format!("Progress of {name}"),
    planned: |date| format!("Planned {date}"),
    expected: |date| format!("Expected {date}"),
    expected_unknown: "Not enough progress to project",
    expected_too_slow: "Too slow to project",
    finished_on_short: |date| format!("Finished {date}"),
    blocked_count_short: |n| plural(n, "blocked step", "blocked steps"),

    no_steps: "No steps yet",
    all_skipped: "Every step is skipped: nothing to count",
    steps_done: |done, counted| format!("{done} of {} done", plural(counted, "step", "steps")),
    skipped_not_counted: |n| format!(" · {} skipped (not counted)", n),
    blocked_count: |n| format!(" · {} blocked", n),
    health_late: |n| format!("Late: {} overdue", plural(n, "step", "steps")),
    health_at_risk: "At risk: the pace so far finishes after the planned date",
    health_on_track: "On track",
    health_not_started: "Not started yet",
    health_nothing: "Nothing to count",
    health_complete_on_time: "Complete, on time",
    health_complete_late: "Complete, later than planned",
    projection_nothing: "No step to count, so no projection.",
    projection_finished: "Finished.",
    projection_finished_on: |date| format!("Finished on {date}."),
    projection_not_started: "The plan has not started yet.",
    projection_no_progress: "Not enough progress to project: no step is done yet.",
    projection_on: |date, done, elapsed, remaining, left| {
        format!(
            "{date}: {} done in {} so far; the {remaining} left at the same pace take about {} more.",
            plural(done, "step", "steps"),
            plural(elapsed, "day", "days"),
            plural(left, "day", "days")
        )
    },
    projection_too_slow: |done, elapsed, remaining| {
        format!(
            "More than ten years away: {} done in {}, {remaining} left at the same pace.",
            plural(done, "step", "steps"),
            plural(elapsed, "day", "days")
        )
    },
    due_on: |date| format!("Due {date}"),
    done_on: |date| format!("Done {date}"),
    overdue_by: |days| format!("Overdue by {}", plural(days, "day", "days")),
    done_late_by: |days| format!("{} late", plural(days, "day", "days")),
    overdue_heading: |n| format!("{} overdue", plural(n as u64, "step", "steps")),
    milestones_heading: "Milestones",
    milestone_reached_on: |date| format!("reached {date}"),
    date: |d| d.format("%-d %b %Y").to_string(),

    status_todo: "To do",
    status_in_progress: "In progress",
    status_done: "Done",
    status_blocked: "Blocked",
    status_skipped: "Skipped",
    owner_us: "Our team",
    owner_client: "Client",

    back_to_plans: "← All plans",
    plan_missing_title: "Plan not found",
    plan_missing_lead: "There is no onboarding plan at this address. It may have been deleted.",
    plan_meta: |template, start| format!("{template} · started {start}"),
    client_view_link: "Client view",
    progress_heading: "Progress",
    overall_progress: "Overall progress",
    schedule: "Schedule",
    planned_finish: "Planned finish",
    projected_finish: "Projected finish",
    settings_heading: "Client and start date",
    start_date_hint: "Steps still due as the template says move with it; dates set by hand stay.",
    phase_empty: "No steps in this phase.",
    milestone: "Milestone",
    status: "Status",
    assignee: "Assignee",
    of_step: |title| format!(" of “{title}”"),
    of_phase: |name| format!(" to “{name}”"),
    move_up: |title| format!("Move “{title}” up"),
    move_down: |title| format!("Move “{title}” down"),
    remove_step: |title| format!("Remove “{title}”"),
    step_removed: |title| format!("Removed the step “{title}”."),
    details: "Details",
    has_notes: "notes",
    step_title: "Title",
    owner: "Owner",
    due_date: "Due date",
    completed_on: "Completed on",
    notes: "Notes (not shown to the client)",
    add_step_to: |phase| format!("Add a step to {phase}"),
    add_step: "Add the step",
    delete_heading: "Delete this plan",
    delete_lead: "The plan disappears from the list; you can undo it from the message that appears.",
    delete_plan: "Delete the plan",
    plan_deleted: |client| format!("Deleted the plan of {client}."),

    client_title: |client| format!("{client}: onboarding progress"),
    client_prepared_by: |workspace, date| format!("Prepared by {workspace} on {date}"),
    back_to_plan: "← Back to the plan",
    print: "Print",
    client_health_late: |n| format!("Behind schedule: {} past the due date", plural(n, "step is", "steps are")),
    client_health_at_risk: "Under way; at the current pace we would finish after the planned date",
    client_health_on_track: "On schedule",
    client_health_not_started: "Starting soon",
    client_health_complete: "Onboarding complete",
    started: "Started",
    expected_finish: "Expected finish",
    next_steps: "Next steps",
    nothing_open: "Nothing left to do.",
    who_owes_what: "Who owes what",
    client_side_us: "Us",
    client_side_you: "You",
    client_side_us_heading: "Our team",
    client_side_you_heading: "Your team",
    open_count: |n| format!("({} open)", n),
    nothing_owed: "Nothing open.",
    phases_heading: "Phases",

    templates_title: "Onboarding templates",
    templates_lead: "A consistent onboarding for every client: set expectations early, hold the kickoff with an agenda, share a roadmap of the relationship, and review results at fixed dates. Plans copy a template when they start; editing a template never changes a running plan.",
    templates_list: "Templates",
    step_count: |n| plural(n as u64, "step", "steps"),
    new_template: "New template",
    restore_defaults: "Add the default templates",
    no_templates_yet: "No template yet: create one, or add the default templates.",
    new_template_name: "New template",
    new_phase_name: "New phase",
    new_step_name: "New step",
    template_name: "Template name",
    template_description: "Description",
    duplicate_template: "Duplicate",
    copy_of: |name| format!("Copy of {name}"),
    delete_template: "Delete the template",
    template_deleted: |name| format!("Deleted the template “{name}”."),
    add_phase: "Add a phase",
    phase_name: "Phase name",
    remove_phase: |name| format!("Remove the phase “{name}”"),
    phase_removed: |name| format!("Removed the phase “{name}”."),
    description: "Description",
    due_after: "Due after the start",
    days_suffix: "days",
    counted_in: "Counted in",
    calendar_days: "Calendar days",
    business_days: "Business days (Mon–Fri)",
    default_templates: &DEFAULT_TEMPLATES,
};

/// Brazilian Portuguese. Only the title is translated so far; every other
/// string is the English one until the translation is written.
pub const PT_BR: OnboardingText = OnboardingText {
    title: "Acompanhamento da integração",
    ..EN
};

/// Romanian. Only the title is translated so far; every other string is the
/// English one until the translation is written.
pub const RO: OnboardingText = OnboardingText {
    title: "Urmărirea integrării",
    ..EN
};

const fn step(
    title: &'static str,
    description: &'static str,
    owner: crate::domain::onboarding::Side,
    days: u32,
    count: crate::domain::onboarding::schedule::DayCount,
    milestone: bool,
) -> StepSpec {
    StepSpec {
        title,
        description,
        owner,
        days,
        count,
        milestone,
    }
}

/// The default templates, after articles 002 (set expectations early,
/// kickoff meetings with agendas, a relationship roadmap, regular results
/// and feedback) and 004 (an exceptional onboarding with visible progress),
/// and, for service contracts, article 000 (SLA reviews, renewal calls).
const DEFAULT_TEMPLATES: [TemplateSpec; 3] = [
    TemplateSpec {
        name: "Standard onboarding (90 days)",
        description: "Expectations set in the first week, a kickoff with an agenda, a success plan and relationship roadmap, and reviews of results at 30, 60 and 90 days.",
        phases: &[
            PhaseSpec {
                name: "Welcome and expectations",
                steps: &[
                    step("Welcome pack sent", "Who is who on both teams, how to reach us, what happens in the first 90 days and what we will need from the client.", Us, 1, Business, false),
                    step("Kickoff meeting booked and agenda sent", "Agree a date with the decision maker and send the agenda at least two days ahead: goals, scope, roles, timeline, and how and how often we report.", Us, 2, Business, false),
                    step("Kickoff attendees and goals confirmed", "Tell us who will attend and which results matter most, so the kickoff starts from your goals.", Client, 4, Business, false),
                    step("Kickoff meeting held", "Follow the agenda: what is included, our process, the communication style and the dates of the reviews. Every next step leaves with an owner and a date.", Us, 5, Business, true),
                    step("Expectations and success criteria agreed", "Write down the measurable results both sides agreed and when each can realistically be seen (some only after several months), and share them.", Us, 7, Business, true),
                    step("Success criteria approved", "Read the written expectations and success criteria and approve them, or tell us what to change.", Client, 10, Business, false),
                ],
            },
            PhaseSpec {
                name: "Access and setup",
                steps: &[
                    step("Access, accounts and data provided", "The access, accounts, contacts and data we need to start work.", Client, 8, Business, false),
                    step("Setup completed and tested", "Everything configured, tested with the client's own data, and what did not work fixed.", Us, 15, Business, false),
                    step("Team training held", "The client's team shown how to use what was set up and where to get help.", Us, 18, Business, false),
                ],
            },
            PhaseSpec {
                name: "Success plan",
                steps: &[
                    step("Success plan and relationship roadmap shared", "The initiatives and projects of the coming months, with dates, so both sides see where the relationship is going. Reviewed at every check-in.", Us, 20, Business, true),
                    step("Success plan approved", "Approve the success plan or tell us what to change.", Client, 25, Business, false),
                ],
            },
            PhaseSpec {
                name: "First results and feedback",
                steps: &[
                    step("First results review", "What was done, the results so far against the agreed metrics, where we see room to improve, and what comes next month.", Us, 21, Calendar, true),
                    step("Feedback check-in", "Ask everyone on the client's team, the decision maker included, how it is going; record the answers and act on them.", Us, 28, Calendar, false),
                    step("30-day review", "Progress against the success criteria; agree what changes for the next 30 days.", Us, 30, Calendar, false),
                ],
            },
            PhaseSpec {
                name: "60 and 90-day reviews",
                steps: &[
                    step("60-day review", "Results against the success plan; update the relationship roadmap.", Us, 60, Calendar, false),
                    step("90-day review and onboarding sign-off", "Confirm the client gets the value agreed at the kickoff, agree the next goals, and hand over to the regular review rhythm.", Us, 90, Calendar, true),
                ],
            },
        ],
    },
    TemplateSpec {
        name: "Quick start (30 days)",
        description: "A shorter onboarding for smaller clients: welcome, a kickoff call with an agenda, setup, and a review of first results within a month.",
        phases: &[
            PhaseSpec {
                name: "Start",
                steps: &[
                    step("Welcome pack sent", "Who is who, how to reach us, and what the first month looks like.", Us, 1, Business, false),
                    step("Kickoff call held, with an agenda", "A short call following a written agenda: goals, what is included, who does what, and the dates.", Us, 3, Business, true),
                    step("Expectations agreed in writing", "The results to expect and when, confirmed by email after the call.", Us, 4, Business, false),
                ],
            },
            PhaseSpec {
                name: "Setup",
                steps: &[
                    step("Access provided", "The access and data we need to start.", Client, 5, Business, false),
                    step("Setup completed", "Everything configured and checked with the client.", Us, 10, Business, true),
                ],
            },
            PhaseSpec {
                name: "First results",
                steps: &[
                    step("First results review", "The results so far and what comes next.", Us, 21, Calendar, false),
                    step("Feedback check-in", "Ask how it is going and act on the answer.", Us, 25, Calendar, false),
                    step("30-day review", "Results against what was agreed at the kickoff; the plan for the next months.", Us, 30, Calendar, true),
                ],
            },
        ],
    },
    TemplateSpec {
        name: "Service contract onboarding",
        description: "For a new service contract: service level agreed and explained, the first visit, and the first face-to-face service review.",
        phases: &[
            PhaseSpec {
                name: "Welcome",
                steps: &[
                    step("Welcome letter and contract summary sent", "What the contract covers and its benefits, the service schedule, and who to call.", Us, 2, Business, false),
                    step("Site contacts and access details provided", "Who we meet on site, access hours and any safety rules.", Client, 5, Business, false),
                    step("Service levels and schedule agreed", "Response times, visit dates and reporting agreed with the decision maker.", Us, 7, Business, true),
                ],
            },
            PhaseSpec {
                name: "First service",
                steps: &[
                    step("First service visit done", "The first visit as scheduled, with a short report to the client.", Us, 14, Business, true),
                    step("Visit report acknowledged", "Confirm the report, or tell us what was not right.", Client, 17, Business, false),
                ],
            },
            PhaseSpec {
                name: "Review",
                steps: &[
                    step("Satisfaction check-in call", "Ask how the service is going and what could be better; record the answers.", Us, 30, Calendar, false),
                    step("First service-level review (face to face)", "Results against the service levels, open issues, and the plan for the rest of the contract year.", Us, 90, Calendar, true),
                ],
            },
        ],
    },
];
