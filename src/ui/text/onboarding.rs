//! Strings of the onboarding module, and the default templates (which are
//! text too: they are written in the language the workspace starts in).

use super::plural;

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
    /// (the consultant of the workspace settings, date).
    pub client_prepared_by: fn(&str, &str) -> String,
    /// (date): no consultant given.
    pub client_prepared_on: fn(&str) -> String,
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
    // Plausibility
    /// (earliest, latest): a start too far from today.
    pub start_out_of_range: fn(&str, &str) -> String,
    pub done_before_start: &'static str,
    pub done_in_future: &'static str,
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
    template_option: |name, steps| format!("{name} ({})", plural::en(steps as u64, "step", "steps")),
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
            format!("Showing {from}–{to} of {}", plural::en(all as u64, "plan", "plans"))
        } else {
            format!("Showing {from}–{to} of {matching} matching ({} in all)", plural::en(all as u64, "plan", "plans"))
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
    blocked_count_short: |n| plural::en(n, "blocked step", "blocked steps"),

    no_steps: "No steps yet",
    all_skipped: "Every step is skipped: nothing to count",
    steps_done: |done, counted| format!("{done} of {} done", plural::en(counted, "step", "steps")),
    skipped_not_counted: |n| format!(" · {} skipped (not counted)", n),
    blocked_count: |n| format!(" · {} blocked", n),
    health_late: |n| format!("Late: {} overdue", plural::en(n, "step", "steps")),
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
            plural::en(done, "step", "steps"),
            plural::en(elapsed, "day", "days"),
            plural::en(left, "day", "days")
        )
    },
    projection_too_slow: |done, elapsed, remaining| {
        format!(
            "More than ten years away: {} done in {}, {remaining} left at the same pace.",
            plural::en(done, "step", "steps"),
            plural::en(elapsed, "day", "days")
        )
    },
    due_on: |date| format!("Due {date}"),
    done_on: |date| format!("Done {date}"),
    overdue_by: |days| format!("Overdue by {}", plural::en(days, "day", "days")),
    done_late_by: |days| format!("{} late", plural::en(days, "day", "days")),
    overdue_heading: |n| format!("{} overdue", plural::en(n as u64, "step", "steps")),
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
    client_prepared_by: |by, date| format!("Prepared by {by} on {date}"),
    client_prepared_on: |date| format!("Prepared on {date}"),
    back_to_plan: "← Back to the plan",
    print: "Print",
    client_health_late: |n| format!("Behind schedule: {} past the due date", plural::en(n, "step is", "steps are")),
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
    step_count: |n| plural::en(n as u64, "step", "steps"),
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
    start_out_of_range: |earliest, latest| {
        format!("Choose a start between {earliest} and {latest}: a date this far from today is probably a typo.")
    },
    done_before_start: "A step cannot be done before the plan started.",
    done_in_future: "A step cannot be done after today.",
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
/// and, for service contracts, article “4 maneiras de manter contratos de serviço” (SLA reviews, renewal calls).
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

// ---------------------------------------------------------------------------
// Brazilian Portuguese and Romanian.

use crate::domain::format::{format_date, Lang};

/// Brazilian Portuguese.
pub const PT_BR: OnboardingText = OnboardingText {
    title: "Planos de integração",
    lead: "A integração (onboarding) de cada cliente, dos mais arriscados primeiro: um plano a partir de um modelo, uma barra de progresso visível, quem deve cada etapa e quando ela vai realmente terminar.",
    templates_link: "Modelos",
    total_plans: "Planos",
    total_late: "Atrasados",
    total_at_risk: "Em risco",
    total_blocked: "Com etapas bloqueadas",
    total_complete: "Concluídos",
    start_heading: "Começar um plano",
    start_lead: "Escolha o modelo e a data de início: o prazo de cada etapa é contado a partir dela.",
    no_templates: "Ainda não há modelo para começar.",
    client_name: "Nome do cliente",
    template: "Modelo",
    template_option: |name, steps| format!("{name} ({})", plural::pt(steps as u64, "etapa", "etapas")),
    start_date: "Data de início",
    start_button: "Começar o plano",
    plans_heading: "Planos",
    search: "Buscar clientes",
    filter_status: "Mostrar",
    filter_all: "Todos os planos",
    filter_active: "Em andamento (não concluídos)",
    filter_late: "Atrasados (etapas vencidas)",
    filter_at_risk: "Em risco (ritmo lento)",
    filter_on_track: "No prazo",
    filter_not_started: "Ainda não começaram",
    filter_blocked: "Com etapas bloqueadas",
    filter_complete: "Concluídos",
    sort_by: "Ordenar por",
    sort_risk: "Risco (mais atrasados primeiro)",
    sort_client: "Nome do cliente",
    sort_progress: "Menor progresso primeiro",
    sort_start: "Data de início",
    showing: |from, to, matching, all| {
        if matching == all {
            format!("Mostrando {from}–{to} de {}", plural::pt(all as u64, "plano", "planos"))
        } else {
            format!(
                "Mostrando {from}–{to} de {matching} encontrados ({} no total)",
                plural::pt(all as u64, "plano", "planos")
            )
        }
    },
    no_plans: "Ainda não há planos: comece um acima.",
    no_match: "Nenhum plano corresponde à busca e ao filtro.",
    col_client: "Cliente",
    col_progress: "Progresso",
    col_status: "Prazo",
    col_next: "Próxima etapa",
    col_finish: "Término",
    pages_label: "Páginas de planos",
    previous: "Anterior",
    next: "Próxima",
    page_of: |page, pages| format!("Página {page} de {pages}"),
    mark_done_button: "✓ Concluída",
    mark_done_for: |step, client| format!("Marcar “{step}” como concluída para {client}"),
    marked_done: |step, client| format!("“{step}” marcada como concluída para {client}."),
    progress_of: |name| format!("Progresso de {name}"),
    planned: |date| format!("Previsto para {date}"),
    expected: |date| format!("Esperado para {date}"),
    expected_unknown: "Progresso insuficiente para projetar",
    expected_too_slow: "Lento demais para projetar",
    finished_on_short: |date| format!("Concluído em {date}"),
    blocked_count_short: |n| plural::pt(n, "etapa bloqueada", "etapas bloqueadas"),

    no_steps: "Ainda não há etapas",
    all_skipped: "Todas as etapas foram puladas: nada a contar",
    steps_done: |done, counted| format!("{done} de {} concluídas", plural::pt(counted, "etapa", "etapas")),
    skipped_not_counted: |n| format!(" · {} pulada(s) (não contadas)", n),
    blocked_count: |n| format!(" · {} bloqueada(s)", n),
    health_late: |n| format!("Atrasado: {}", plural::pt(n, "etapa vencida", "etapas vencidas")),
    health_at_risk: "Em risco: no ritmo atual, termina depois da data prevista",
    health_on_track: "No prazo",
    health_not_started: "Ainda não começou",
    health_nothing: "Nada a contar",
    health_complete_on_time: "Concluído, no prazo",
    health_complete_late: "Concluído, depois do previsto",
    projection_nothing: "Nenhuma etapa a contar, então não há projeção.",
    projection_finished: "Concluído.",
    projection_finished_on: |date| format!("Concluído em {date}."),
    projection_not_started: "O plano ainda não começou.",
    projection_no_progress: "Progresso insuficiente para projetar: nenhuma etapa foi concluída ainda.",
    projection_on: |date, done, elapsed, remaining, left| {
        format!(
            "{date}: {} concluída(s) em {} até agora; as {remaining} restantes, no mesmo ritmo, levam cerca de mais {}.",
            plural::pt(done, "etapa", "etapas"),
            plural::pt(elapsed, "dia", "dias"),
            plural::pt(left, "dia", "dias")
        )
    },
    projection_too_slow: |done, elapsed, remaining| {
        format!(
            "Mais de dez anos à frente: {} concluída(s) em {}, {remaining} restante(s) no mesmo ritmo.",
            plural::pt(done, "etapa", "etapas"),
            plural::pt(elapsed, "dia", "dias")
        )
    },
    due_on: |date| format!("Prazo {date}"),
    done_on: |date| format!("Concluída em {date}"),
    overdue_by: |days| format!("Atrasada há {}", plural::pt(days, "dia", "dias")),
    done_late_by: |days| format!("{} de atraso", plural::pt(days, "dia", "dias")),
    overdue_heading: |n| plural::pt(n as u64, "etapa vencida", "etapas vencidas"),
    milestones_heading: "Marcos",
    milestone_reached_on: |date| format!("alcançado em {date}"),
    date: |d| format_date(d, Lang::PtBr),

    status_todo: "A fazer",
    status_in_progress: "Em andamento",
    status_done: "Concluída",
    status_blocked: "Bloqueada",
    status_skipped: "Pulada",
    owner_us: "Nossa equipe",
    owner_client: "Cliente",

    back_to_plans: "← Todos os planos",
    plan_missing_title: "Plano não encontrado",
    plan_missing_lead: "Não há nenhum plano de integração neste endereço. Ele pode ter sido excluído.",
    plan_meta: |template, start| format!("{template} · iniciado em {start}"),
    client_view_link: "Visão do cliente",
    progress_heading: "Progresso",
    overall_progress: "Progresso geral",
    schedule: "Prazo",
    planned_finish: "Término previsto",
    projected_finish: "Término projetado",
    settings_heading: "Cliente e data de início",
    start_date_hint: "As etapas que ainda seguem o prazo do modelo acompanham a data; datas definidas à mão ficam como estão.",
    phase_empty: "Nenhuma etapa nesta fase.",
    milestone: "Marco",
    status: "Situação",
    assignee: "Responsável",
    of_step: |title| format!(" de “{title}”"),
    of_phase: |name| format!(" em “{name}”"),
    move_up: |title| format!("Mover “{title}” para cima"),
    move_down: |title| format!("Mover “{title}” para baixo"),
    remove_step: |title| format!("Remover “{title}”"),
    step_removed: |title| format!("Etapa “{title}” removida."),
    details: "Detalhes",
    has_notes: "observações",
    step_title: "Título",
    owner: "Dono",
    due_date: "Prazo",
    completed_on: "Concluída em",
    notes: "Observações (não mostradas ao cliente)",
    add_step_to: |phase| format!("Adicionar uma etapa em {phase}"),
    add_step: "Adicionar a etapa",
    delete_heading: "Excluir este plano",
    delete_lead: "O plano some da lista; você pode desfazer pela mensagem que aparece.",
    delete_plan: "Excluir o plano",
    plan_deleted: |client| format!("Plano de {client} excluído."),

    client_title: |client| format!("{client}: progresso da integração"),
    client_prepared_by: |by, date| format!("Preparado por {by} em {date}"),
    client_prepared_on: |date| format!("Preparado em {date}"),
    back_to_plan: "← Voltar ao plano",
    print: "Imprimir",
    client_health_late: |n| {
        if n == 1 {
            "Atrasado: 1 etapa passou do prazo".to_string()
        } else {
            format!("Atrasado: {n} etapas passaram do prazo")
        }
    },
    client_health_at_risk: "Em andamento; no ritmo atual terminaríamos depois da data prevista",
    client_health_on_track: "No prazo",
    client_health_not_started: "Começa em breve",
    client_health_complete: "Integração concluída",
    started: "Início",
    expected_finish: "Término esperado",
    next_steps: "Próximas etapas",
    nothing_open: "Nada mais a fazer.",
    who_owes_what: "Quem deve o quê",
    client_side_us: "Nós",
    client_side_you: "Vocês",
    client_side_us_heading: "Nossa equipe",
    client_side_you_heading: "Sua equipe",
    open_count: |n| format!("({} em aberto)", n),
    nothing_owed: "Nada em aberto.",
    phases_heading: "Fases",

    templates_title: "Modelos de integração",
    templates_lead: "Uma integração consistente para cada cliente: alinhe as expectativas cedo, faça a reunião de kickoff com uma pauta, compartilhe um roteiro do relacionamento e revise os resultados em datas fixas. Os planos copiam um modelo quando começam; editar um modelo nunca muda um plano em andamento.",
    templates_list: "Modelos",
    step_count: |n| plural::pt(n as u64, "etapa", "etapas"),
    new_template: "Novo modelo",
    restore_defaults: "Adicionar os modelos padrão",
    no_templates_yet: "Ainda não há modelo: crie um ou adicione os modelos padrão.",
    new_template_name: "Novo modelo",
    new_phase_name: "Nova fase",
    new_step_name: "Nova etapa",
    template_name: "Nome do modelo",
    template_description: "Descrição",
    duplicate_template: "Duplicar",
    copy_of: |name| format!("Cópia de {name}"),
    delete_template: "Excluir o modelo",
    template_deleted: |name| format!("Modelo “{name}” excluído."),
    add_phase: "Adicionar uma fase",
    phase_name: "Nome da fase",
    remove_phase: |name| format!("Remover a fase “{name}”"),
    phase_removed: |name| format!("Fase “{name}” removida."),
    description: "Descrição",
    due_after: "Prazo após o início",
    days_suffix: "dias",
    counted_in: "Contados em",
    calendar_days: "Dias corridos",
    business_days: "Dias úteis (seg–sex)",
    default_templates: &PT_DEFAULT_TEMPLATES,
    start_out_of_range: |earliest, latest| {
        format!("Escolha um início entre {earliest} e {latest}: uma data tão distante de hoje provavelmente é um erro de digitação.")
    },
    done_before_start: "Uma etapa não pode ser concluída antes do início do plano.",
    done_in_future: "Uma etapa não pode ser concluída depois de hoje.",
};

/// The default templates in Brazilian Portuguese (the same steps, owners and
/// days as the English ones).
const PT_DEFAULT_TEMPLATES: [TemplateSpec; 3] = [
    TemplateSpec {
        name: "Integração padrão (90 dias)",
        description: "Expectativas alinhadas na primeira semana, um kickoff com pauta, um plano de sucesso e um roteiro do relacionamento, e revisões dos resultados aos 30, 60 e 90 dias.",
        phases: &[
            PhaseSpec {
                name: "Boas-vindas e expectativas",
                steps: &[
                    step("Kit de boas-vindas enviado", "Quem é quem nas duas equipes, como falar conosco, o que acontece nos primeiros 90 dias e o que vamos precisar do cliente.", Us, 1, Business, false),
                    step("Reunião de kickoff marcada e pauta enviada", "Combine uma data com quem decide e envie a pauta com pelo menos dois dias de antecedência: objetivos, escopo, papéis, cronograma e como e com que frequência vamos reportar.", Us, 2, Business, false),
                    step("Participantes e objetivos do kickoff confirmados", "Diga-nos quem vai participar e quais resultados importam mais, para que o kickoff parta dos seus objetivos.", Client, 4, Business, false),
                    step("Reunião de kickoff realizada", "Siga a pauta: o que está incluído, o nosso processo, o estilo de comunicação e as datas das revisões. Cada próximo passo sai com um responsável e uma data.", Us, 5, Business, true),
                    step("Expectativas e critérios de sucesso acordados", "Registre por escrito os resultados mensuráveis que os dois lados acordaram e quando cada um pode realisticamente aparecer (alguns só depois de vários meses), e compartilhe.", Us, 7, Business, true),
                    step("Critérios de sucesso aprovados", "Leia as expectativas e os critérios de sucesso por escrito e aprove-os, ou diga-nos o que mudar.", Client, 10, Business, false),
                ],
            },
            PhaseSpec {
                name: "Acessos e configuração",
                steps: &[
                    step("Acessos, contas e dados fornecidos", "Os acessos, contas, contatos e dados de que precisamos para começar o trabalho.", Client, 8, Business, false),
                    step("Configuração concluída e testada", "Tudo configurado, testado com os dados do próprio cliente, e o que não funcionou corrigido.", Us, 15, Business, false),
                    step("Treinamento da equipe realizado", "A equipe do cliente aprendeu a usar o que foi configurado e onde pedir ajuda.", Us, 18, Business, false),
                ],
            },
            PhaseSpec {
                name: "Plano de sucesso",
                steps: &[
                    step("Plano de sucesso e roteiro do relacionamento compartilhados", "As iniciativas e os projetos dos próximos meses, com datas, para que os dois lados vejam para onde o relacionamento vai. Revisado em cada acompanhamento.", Us, 20, Business, true),
                    step("Plano de sucesso aprovado", "Aprove o plano de sucesso ou diga-nos o que mudar.", Client, 25, Business, false),
                ],
            },
            PhaseSpec {
                name: "Primeiros resultados e feedback",
                steps: &[
                    step("Revisão dos primeiros resultados", "O que foi feito, os resultados até agora em relação às métricas acordadas, onde vemos espaço para melhorar e o que vem no próximo mês.", Us, 21, Calendar, true),
                    step("Conversa de feedback", "Pergunte a todos na equipe do cliente, incluindo quem decide, como está indo; registre as respostas e aja a partir delas.", Us, 28, Calendar, false),
                    step("Revisão de 30 dias", "Progresso em relação aos critérios de sucesso; combine o que muda nos próximos 30 dias.", Us, 30, Calendar, false),
                ],
            },
            PhaseSpec {
                name: "Revisões de 60 e 90 dias",
                steps: &[
                    step("Revisão de 60 dias", "Resultados em relação ao plano de sucesso; atualize o roteiro do relacionamento.", Us, 60, Calendar, false),
                    step("Revisão de 90 dias e encerramento da integração", "Confirme que o cliente recebe o valor acordado no kickoff, combine os próximos objetivos e passe para o ritmo regular de revisões.", Us, 90, Calendar, true),
                ],
            },
        ],
    },
    TemplateSpec {
        name: "Início rápido (30 dias)",
        description: "Uma integração mais curta para clientes menores: boas-vindas, uma ligação de kickoff com pauta, configuração e uma revisão dos primeiros resultados em até um mês.",
        phases: &[
            PhaseSpec {
                name: "Início",
                steps: &[
                    step("Kit de boas-vindas enviado", "Quem é quem, como falar conosco e como é o primeiro mês.", Us, 1, Business, false),
                    step("Ligação de kickoff realizada, com pauta", "Uma ligação curta seguindo uma pauta escrita: objetivos, o que está incluído, quem faz o quê e as datas.", Us, 3, Business, true),
                    step("Expectativas acordadas por escrito", "Os resultados a esperar e quando, confirmados por e-mail depois da ligação.", Us, 4, Business, false),
                ],
            },
            PhaseSpec {
                name: "Configuração",
                steps: &[
                    step("Acessos fornecidos", "Os acessos e os dados de que precisamos para começar.", Client, 5, Business, false),
                    step("Configuração concluída", "Tudo configurado e verificado com o cliente.", Us, 10, Business, true),
                ],
            },
            PhaseSpec {
                name: "Primeiros resultados",
                steps: &[
                    step("Revisão dos primeiros resultados", "Os resultados até agora e o que vem a seguir.", Us, 21, Calendar, false),
                    step("Conversa de feedback", "Pergunte como está indo e aja a partir da resposta.", Us, 25, Calendar, false),
                    step("Revisão de 30 dias", "Resultados em relação ao que foi acordado no kickoff; o plano para os próximos meses.", Us, 30, Calendar, true),
                ],
            },
        ],
    },
    TemplateSpec {
        name: "Integração de contrato de serviço",
        description: "Para um novo contrato de serviço: nível de serviço acordado e explicado, a primeira visita e a primeira revisão presencial do serviço.",
        phases: &[
            PhaseSpec {
                name: "Boas-vindas",
                steps: &[
                    step("Carta de boas-vindas e resumo do contrato enviados", "O que o contrato cobre e seus benefícios, o calendário do serviço e para quem ligar.", Us, 2, Business, false),
                    step("Contatos no local e dados de acesso fornecidos", "Quem encontramos no local, os horários de acesso e as regras de segurança.", Client, 5, Business, false),
                    step("Níveis de serviço e calendário acordados", "Tempos de resposta, datas das visitas e relatórios acordados com quem decide.", Us, 7, Business, true),
                ],
            },
            PhaseSpec {
                name: "Primeiro serviço",
                steps: &[
                    step("Primeira visita de serviço realizada", "A primeira visita conforme o calendário, com um relatório curto para o cliente.", Us, 14, Business, true),
                    step("Relatório da visita confirmado", "Confirme o relatório ou diga-nos o que não estava certo.", Client, 17, Business, false),
                ],
            },
            PhaseSpec {
                name: "Revisão",
                steps: &[
                    step("Ligação de satisfação", "Pergunte como o serviço está indo e o que poderia melhorar; registre as respostas.", Us, 30, Calendar, false),
                    step("Primeira revisão do nível de serviço (presencial)", "Resultados em relação aos níveis de serviço, pendências e o plano para o resto do ano de contrato.", Us, 90, Calendar, true),
                ],
            },
        ],
    },
];

/// Romanian.
pub const RO: OnboardingText = OnboardingText {
    title: "Planuri de integrare",
    lead: "Integrarea (onboarding) fiecărui client, începând cu cele mai riscante: un plan dintr-un șablon, o bară de progres vizibilă, cine datorează fiecare pas și când se va termina de fapt.",
    templates_link: "Șabloane",
    total_plans: "Planuri",
    total_late: "Întârziate",
    total_at_risk: "Cu risc",
    total_blocked: "Cu pași blocați",
    total_complete: "Finalizate",
    start_heading: "Începeți un plan",
    start_lead: "Alegeți șablonul și data de început: termenul fiecărui pas se numără de la ea.",
    no_templates: "Încă nu există niciun șablon de la care să porniți.",
    client_name: "Numele clientului",
    template: "Șablon",
    template_option: |name, steps| format!("{name} ({})", plural::ro(steps as u64, "pas", "pași")),
    start_date: "Data de început",
    start_button: "Începe planul",
    plans_heading: "Planuri",
    search: "Caută clienți",
    filter_status: "Arată",
    filter_all: "Toate planurile",
    filter_active: "În desfășurare (nefinalizate)",
    filter_late: "Întârziate (pași depășiți)",
    filter_at_risk: "Cu risc (ritm lent)",
    filter_on_track: "În grafic",
    filter_not_started: "Neîncepute încă",
    filter_blocked: "Cu pași blocați",
    filter_complete: "Finalizate",
    sort_by: "Sortează după",
    sort_risk: "Risc (cele mai întârziate întâi)",
    sort_client: "Numele clientului",
    sort_progress: "Cel mai mic progres întâi",
    sort_start: "Data de început",
    showing: |from, to, matching, all| {
        if matching == all {
            format!("Se afișează {from}–{to} din {}", plural::ro(all as u64, "plan", "planuri"))
        } else {
            format!(
                "Se afișează {from}–{to} din {matching} găsite ({} în total)",
                plural::ro(all as u64, "plan", "planuri")
            )
        }
    },
    no_plans: "Încă nu există planuri: începeți unul mai sus.",
    no_match: "Niciun plan nu corespunde căutării și filtrului.",
    col_client: "Client",
    col_progress: "Progres",
    col_status: "Grafic",
    col_next: "Pasul următor",
    col_finish: "Finalizare",
    pages_label: "Paginile planurilor",
    previous: "Anterioara",
    next: "Următoarea",
    page_of: |page, pages| format!("Pagina {page} din {pages}"),
    mark_done_button: "✓ Gata",
    mark_done_for: |step, client| format!("Marchează „{step}” ca făcut pentru {client}"),
    marked_done: |step, client| format!("„{step}” a fost marcat ca făcut pentru {client}."),
    progress_of: |name| format!("Progresul pentru {name}"),
    planned: |date| format!("Planificat la {date}"),
    expected: |date| format!("Estimat la {date}"),
    expected_unknown: "Progres insuficient pentru o estimare",
    expected_too_slow: "Prea lent pentru o estimare",
    finished_on_short: |date| format!("Finalizat la {date}"),
    blocked_count_short: |n| plural::ro(n, "pas blocat", "pași blocați"),

    no_steps: "Încă nu există pași",
    all_skipped: "Toți pașii sunt săriți: nimic de numărat",
    steps_done: |done, counted| format!("{done} din {} făcuți", plural::ro(counted, "pas", "pași")),
    skipped_not_counted: |n| format!(" · {} săriți (nenumărați)", n),
    blocked_count: |n| format!(" · {} blocați", n),
    health_late: |n| format!("Întârziat: {} cu termen depășit", plural::ro(n, "pas", "pași")),
    health_at_risk: "Cu risc: în ritmul de până acum se termină după data planificată",
    health_on_track: "În grafic",
    health_not_started: "Neînceput încă",
    health_nothing: "Nimic de numărat",
    health_complete_on_time: "Finalizat la timp",
    health_complete_late: "Finalizat mai târziu decât era planificat",
    projection_nothing: "Niciun pas de numărat, deci nicio estimare.",
    projection_finished: "Finalizat.",
    projection_finished_on: |date| format!("Finalizat la {date}."),
    projection_not_started: "Planul nu a început încă.",
    projection_no_progress: "Progres insuficient pentru o estimare: niciun pas nu este făcut încă.",
    projection_on: |date, done, elapsed, remaining, left| {
        format!(
            "{date}: {} făcuți în {} până acum; cei {remaining} rămași, în același ritm, mai durează circa {}.",
            plural::ro(done, "pas", "pași"),
            plural::ro(elapsed, "zi", "zile"),
            plural::ro(left, "zi", "zile")
        )
    },
    projection_too_slow: |done, elapsed, remaining| {
        format!(
            "Peste mai mult de zece ani: {} făcuți în {}, {remaining} rămași în același ritm.",
            plural::ro(done, "pas", "pași"),
            plural::ro(elapsed, "zi", "zile")
        )
    },
    due_on: |date| format!("Termen {date}"),
    done_on: |date| format!("Făcut la {date}"),
    overdue_by: |days| format!("Întârziat cu {}", plural::ro(days, "zi", "zile")),
    done_late_by: |days| format!("cu {} întârziere", plural::ro(days, "zi", "zile")),
    overdue_heading: |n| format!("{} cu termen depășit", plural::ro(n as u64, "pas", "pași")),
    milestones_heading: "Repere",
    milestone_reached_on: |date| format!("atins la {date}"),
    date: |d| format_date(d, Lang::Ro),

    status_todo: "De făcut",
    status_in_progress: "În lucru",
    status_done: "Făcut",
    status_blocked: "Blocat",
    status_skipped: "Sărit",
    owner_us: "Echipa noastră",
    owner_client: "Client",

    back_to_plans: "← Toate planurile",
    plan_missing_title: "Planul nu a fost găsit",
    plan_missing_lead: "Nu există niciun plan de integrare la această adresă. Poate a fost șters.",
    plan_meta: |template, start| format!("{template} · început la {start}"),
    client_view_link: "Vederea clientului",
    progress_heading: "Progres",
    overall_progress: "Progres general",
    schedule: "Grafic",
    planned_finish: "Finalizare planificată",
    projected_finish: "Finalizare estimată",
    settings_heading: "Client și dată de început",
    start_date_hint: "Pașii care încă urmează termenul din șablon se mută odată cu data; datele puse manual rămân.",
    phase_empty: "Niciun pas în această etapă.",
    milestone: "Reper",
    status: "Stare",
    assignee: "Responsabil",
    of_step: |title| format!(" pentru „{title}”"),
    of_phase: |name| format!(" în „{name}”"),
    move_up: |title| format!("Mută „{title}” în sus"),
    move_down: |title| format!("Mută „{title}” în jos"),
    remove_step: |title| format!("Elimină „{title}”"),
    step_removed: |title| format!("Pasul „{title}” a fost eliminat."),
    details: "Detalii",
    has_notes: "note",
    step_title: "Titlu",
    owner: "Cine îl face",
    due_date: "Termen",
    completed_on: "Făcut la",
    notes: "Note (nu sunt arătate clientului)",
    add_step_to: |phase| format!("Adaugă un pas în {phase}"),
    add_step: "Adaugă pasul",
    delete_heading: "Ștergeți acest plan",
    delete_lead: "Planul dispare din listă; puteți anula din mesajul care apare.",
    delete_plan: "Șterge planul",
    plan_deleted: |client| format!("Planul pentru {client} a fost șters."),

    client_title: |client| format!("{client}: progresul integrării"),
    client_prepared_by: |by, date| format!("Pregătit de {by} la {date}"),
    client_prepared_on: |date| format!("Pregătit la {date}"),
    back_to_plan: "← Înapoi la plan",
    print: "Tipărește",
    client_health_late: |n| {
        if n == 1 {
            "În urmă cu graficul: 1 pas a depășit termenul".to_string()
        } else {
            format!("În urmă cu graficul: {} au depășit termenul", plural::ro(n, "pas", "pași"))
        }
    },
    client_health_at_risk: "În desfășurare; în ritmul actual am termina după data planificată",
    client_health_on_track: "În grafic",
    client_health_not_started: "Începe în curând",
    client_health_complete: "Integrare finalizată",
    started: "Început",
    expected_finish: "Finalizare estimată",
    next_steps: "Pașii următori",
    nothing_open: "Nu mai este nimic de făcut.",
    who_owes_what: "Cine ce are de făcut",
    client_side_us: "Noi",
    client_side_you: "Dumneavoastră",
    client_side_us_heading: "Echipa noastră",
    client_side_you_heading: "Echipa dumneavoastră",
    open_count: |n| format!("({} deschiși)", n),
    nothing_owed: "Nimic deschis.",
    phases_heading: "Etape",

    templates_title: "Șabloane de integrare",
    templates_lead: "O integrare consecventă pentru fiecare client: stabiliți așteptările devreme, țineți ședința de kickoff cu o agendă, împărtășiți o foaie de parcurs a relației și revedeți rezultatele la date fixe. Planurile copiază un șablon când încep; modificarea unui șablon nu schimbă niciodată un plan în desfășurare.",
    templates_list: "Șabloane",
    step_count: |n| plural::ro(n as u64, "pas", "pași"),
    new_template: "Șablon nou",
    restore_defaults: "Adaugă șabloanele implicite",
    no_templates_yet: "Încă nu există șabloane: creați unul sau adăugați șabloanele implicite.",
    new_template_name: "Șablon nou",
    new_phase_name: "Etapă nouă",
    new_step_name: "Pas nou",
    template_name: "Numele șablonului",
    template_description: "Descriere",
    duplicate_template: "Duplică",
    copy_of: |name| format!("Copie – {name}"),
    delete_template: "Șterge șablonul",
    template_deleted: |name| format!("Șablonul „{name}” a fost șters."),
    add_phase: "Adaugă o etapă",
    phase_name: "Numele etapei",
    remove_phase: |name| format!("Elimină etapa „{name}”"),
    phase_removed: |name| format!("Etapa „{name}” a fost eliminată."),
    description: "Descriere",
    due_after: "Termen după început",
    days_suffix: "zile",
    counted_in: "Numărate în",
    calendar_days: "Zile calendaristice",
    business_days: "Zile lucrătoare (lun.–vin.)",
    default_templates: &RO_DEFAULT_TEMPLATES,
    start_out_of_range: |earliest, latest| {
        format!("Alegeți un început între {earliest} și {latest}: o dată atât de departe de azi este probabil o greșeală de tastare.")
    },
    done_before_start: "Un pas nu poate fi făcut înainte de începutul planului.",
    done_in_future: "Un pas nu poate fi făcut după ziua de azi.",
};

/// The default templates in Romanian (the same steps, owners and days as the
/// English ones).
const RO_DEFAULT_TEMPLATES: [TemplateSpec; 3] = [
    TemplateSpec {
        name: "Integrare standard (90 de zile)",
        description: "Așteptări stabilite în prima săptămână, un kickoff cu agendă, un plan de succes și o foaie de parcurs a relației, și revizuiri ale rezultatelor la 30, 60 și 90 de zile.",
        phases: &[
            PhaseSpec {
                name: "Bun venit și așteptări",
                steps: &[
                    step("Pachetul de bun venit trimis", "Cine este cine în cele două echipe, cum ne contactați, ce se întâmplă în primele 90 de zile și de ce vom avea nevoie de la client.", Us, 1, Business, false),
                    step("Ședința de kickoff programată și agenda trimisă", "Stabiliți o dată cu decidentul și trimiteți agenda cu cel puțin două zile înainte: obiective, aria de acoperire, roluri, calendar și cum și cât de des raportăm.", Us, 2, Business, false),
                    step("Participanții și obiectivele kickoff-ului confirmate", "Spuneți-ne cine participă și ce rezultate contează cel mai mult, ca kickoff-ul să pornească de la obiectivele dumneavoastră.", Client, 4, Business, false),
                    step("Ședința de kickoff ținută", "Urmați agenda: ce este inclus, procesul nostru, stilul de comunicare și datele revizuirilor. Fiecare pas următor pleacă cu un responsabil și o dată.", Us, 5, Business, true),
                    step("Așteptări și criterii de succes convenite", "Scrieți rezultatele măsurabile convenite de ambele părți și când poate fi văzut realist fiecare (unele doar după câteva luni) și trimiteți-le.", Us, 7, Business, true),
                    step("Criteriile de succes aprobate", "Citiți așteptările și criteriile de succes scrise și aprobați-le sau spuneți-ne ce să schimbăm.", Client, 10, Business, false),
                ],
            },
            PhaseSpec {
                name: "Acces și configurare",
                steps: &[
                    step("Acces, conturi și date furnizate", "Accesul, conturile, contactele și datele de care avem nevoie pentru a începe lucrul.", Client, 8, Business, false),
                    step("Configurare finalizată și testată", "Totul configurat, testat cu datele clientului și corectat ce nu a funcționat.", Us, 15, Business, false),
                    step("Instruirea echipei ținută", "Echipei clientului i s-a arătat cum să folosească ce a fost configurat și unde să ceară ajutor.", Us, 18, Business, false),
                ],
            },
            PhaseSpec {
                name: "Plan de succes",
                steps: &[
                    step("Planul de succes și foaia de parcurs a relației împărtășite", "Inițiativele și proiectele lunilor următoare, cu date, ca ambele părți să vadă încotro merge relația. Revăzut la fiecare întâlnire de urmărire.", Us, 20, Business, true),
                    step("Planul de succes aprobat", "Aprobați planul de succes sau spuneți-ne ce să schimbăm.", Client, 25, Business, false),
                ],
            },
            PhaseSpec {
                name: "Primele rezultate și feedback",
                steps: &[
                    step("Revizuirea primelor rezultate", "Ce s-a făcut, rezultatele de până acum față de indicatorii conveniți, unde vedem loc de îmbunătățire și ce urmează luna viitoare.", Us, 21, Calendar, true),
                    step("Discuție de feedback", "Întrebați pe toți din echipa clientului, inclusiv decidentul, cum merge; notați răspunsurile și acționați pe baza lor.", Us, 28, Calendar, false),
                    step("Revizuirea la 30 de zile", "Progresul față de criteriile de succes; stabiliți ce se schimbă în următoarele 30 de zile.", Us, 30, Calendar, false),
                ],
            },
            PhaseSpec {
                name: "Revizuirile la 60 și 90 de zile",
                steps: &[
                    step("Revizuirea la 60 de zile", "Rezultatele față de planul de succes; actualizați foaia de parcurs a relației.", Us, 60, Calendar, false),
                    step("Revizuirea la 90 de zile și încheierea integrării", "Confirmați că clientul primește valoarea convenită la kickoff, stabiliți obiectivele următoare și treceți la ritmul obișnuit de revizuiri.", Us, 90, Calendar, true),
                ],
            },
        ],
    },
    TemplateSpec {
        name: "Pornire rapidă (30 de zile)",
        description: "O integrare mai scurtă pentru clienții mai mici: bun venit, un apel de kickoff cu agendă, configurare și o revizuire a primelor rezultate într-o lună.",
        phases: &[
            PhaseSpec {
                name: "Început",
                steps: &[
                    step("Pachetul de bun venit trimis", "Cine este cine, cum ne contactați și cum arată prima lună.", Us, 1, Business, false),
                    step("Apelul de kickoff ținut, cu agendă", "Un apel scurt după o agendă scrisă: obiective, ce este inclus, cine ce face și datele.", Us, 3, Business, true),
                    step("Așteptări convenite în scris", "Rezultatele de așteptat și când, confirmate prin e-mail după apel.", Us, 4, Business, false),
                ],
            },
            PhaseSpec {
                name: "Configurare",
                steps: &[
                    step("Acces furnizat", "Accesul și datele de care avem nevoie pentru a începe.", Client, 5, Business, false),
                    step("Configurare finalizată", "Totul configurat și verificat împreună cu clientul.", Us, 10, Business, true),
                ],
            },
            PhaseSpec {
                name: "Primele rezultate",
                steps: &[
                    step("Revizuirea primelor rezultate", "Rezultatele de până acum și ce urmează.", Us, 21, Calendar, false),
                    step("Discuție de feedback", "Întrebați cum merge și acționați pe baza răspunsului.", Us, 25, Calendar, false),
                    step("Revizuirea la 30 de zile", "Rezultatele față de ce s-a convenit la kickoff; planul pentru lunile următoare.", Us, 30, Calendar, true),
                ],
            },
        ],
    },
    TemplateSpec {
        name: "Integrare pentru contract de service",
        description: "Pentru un contract de service nou: nivelul serviciilor convenit și explicat, prima vizită și prima revizuire a serviciilor față în față.",
        phases: &[
            PhaseSpec {
                name: "Bun venit",
                steps: &[
                    step("Scrisoarea de bun venit și rezumatul contractului trimise", "Ce acoperă contractul și beneficiile lui, programul serviciilor și pe cine să sunați.", Us, 2, Business, false),
                    step("Contactele de la fața locului și datele de acces furnizate", "Pe cine întâlnim la fața locului, orele de acces și regulile de siguranță.", Client, 5, Business, false),
                    step("Nivelurile serviciilor și programul convenite", "Timpii de răspuns, datele vizitelor și raportarea convenite cu decidentul.", Us, 7, Business, true),
                ],
            },
            PhaseSpec {
                name: "Primul serviciu",
                steps: &[
                    step("Prima vizită de service efectuată", "Prima vizită conform programului, cu un scurt raport pentru client.", Us, 14, Business, true),
                    step("Raportul vizitei confirmat", "Confirmați raportul sau spuneți-ne ce nu a fost în regulă.", Client, 17, Business, false),
                ],
            },
            PhaseSpec {
                name: "Revizuire",
                steps: &[
                    step("Apel de verificare a satisfacției", "Întrebați cum merg serviciile și ce ar putea fi mai bine; notați răspunsurile.", Us, 30, Calendar, false),
                    step("Prima revizuire a nivelului serviciilor (față în față)", "Rezultatele față de nivelurile serviciilor, problemele deschise și planul pentru restul anului de contract.", Us, 90, Calendar, true),
                ],
            },
        ],
    },
];
