//! `/onboarding/:id`: one client's plan: progress, schedule, and every step
//! to tick, reassign, annotate, reorder, add or remove.

use super::widgets::{focus_after_render, MoveButtons};
use super::widgets::{
    owner_id, owner_label, progress_words, projection_words, status_from_id, status_id, status_label, HealthBadge,
    OwnerSelect, ProgressBar,
};
use super::{use_onboarding, Onboarding};
use crate::domain::input::{parse_date, parse_text, InputError};
use crate::domain::onboarding::progress::{
    days_overdue, done_late_by, health, is_overdue, milestones, planned_finish, projection, Progress,
};
use crate::domain::onboarding::{
    check_start, parse_optional_text, Direction, DoneDateProblem, NewStep, OnboardingBook, Plan, Side, StartProblem,
    StepStatus, MAX_ASSIGNEE_CHARS, MAX_NOTES_CHARS, MAX_TITLE_CHARS,
};
use crate::ui::bind::error_text;
use crate::ui::components::field::Field;
use crate::ui::components::field::{iso, DateField};
use crate::ui::components::form_scope::{ControlGroup, ScopedItem};
use crate::ui::pages::set_title;
use crate::ui::reactive::{effect, memo};
use crate::ui::state::{next_id, use_notices};
use crate::ui::text::text;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

mod steps;
use steps::PhaseSection;

/// Applies `f` to plan `id` of the book, if it is there.
pub(super) fn edit_plan(book: RwSignal<OnboardingBook>, id: u64, f: impl FnOnce(&mut Plan)) {
    book.update(|b| {
        if let Some(plan) = b.plan_mut(id) {
            f(plan);
        }
    });
}

/// The plan id in the address, if it is a number.
pub(super) fn plan_id_param() -> Memo<Option<u64>> {
    let params = use_params_map();
    memo(move |_| params.with(|p| p.get("id").and_then(|v| v.parse::<u64>().ok())))
}

/// Parses `raw` whenever it changes and hands each valid value to `apply`
/// (not the value it starts with); returns the message for a refused one.
fn apply_each_valid<T>(
    raw: RwSignal<String>,
    parse: impl Fn(&str) -> Result<T, InputError> + Send + Sync + 'static,
    apply: impl Fn(T) + 'static,
) -> Signal<Option<String>>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    apply_each_checked(raw, move |v| parse(v).map_err(error_text), apply)
}

/// As [`apply_each_valid`], with a check that words its own message.
fn apply_each_checked<T>(
    raw: RwSignal<String>,
    parse: impl Fn(&str) -> Result<T, String> + Send + Sync + 'static,
    apply: impl Fn(T) + 'static,
) -> Signal<Option<String>>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let result = memo(move |_| raw.with(|v| parse(v)));
    effect(move |first: Option<()>| {
        let result = result.get();
        if first.is_some() {
            if let Ok(v) = result {
                apply(v);
            }
        }
    });
    Signal::derive(move || result.get().err())
}

/// Reads a plan's start date: a date, and a plausible one on `today`
/// (see `domain::onboarding::check_start`); else the message for it.
pub(super) fn parse_start(raw: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let t = &text().onboarding;
    let date = parse_date(raw).map_err(error_text)?;
    check_start(date, today).map_err(|p| match p {
        StartProblem::TooEarly { earliest, latest } | StartProblem::TooLate { earliest, latest } => {
            (t.start_out_of_range)(&(t.date)(earliest), &(t.date)(latest))
        }
    })
}

/// The message for a refused completion date.
fn done_date_text(p: DoneDateProblem) -> String {
    let t = &text().onboarding;
    match p {
        DoneDateProblem::BeforeStart => t.done_before_start.to_string(),
        DoneDateProblem::InFuture => t.done_in_future.to_string(),
        DoneDateProblem::NotDone => String::new(),
    }
}

/// The plan page (the plan is chosen by the address).
#[component]
pub fn PlanPage() -> impl IntoView {
    let id = plan_id_param();
    move || match id.get() {
        Some(id) => view! { <PlanView id=id/> }.into_any(),
        None => view! { <PlanMissing/> }.into_any(),
    }
}

/// Shown for an address with no plan behind it.
#[component]
pub(super) fn PlanMissing() -> impl IntoView {
    let t = &text().onboarding;
    set_title(t.plan_missing_title);
    view! {
        <h1>{t.plan_missing_title}</h1>
        <p class="lead">{t.plan_missing_lead}</p>
        <p><A href="/onboarding">{t.back_to_plans}</A></p>
    }
}

#[component]
fn PlanView(id: u64) -> impl IntoView {
    let Onboarding { book, .. } = use_onboarding();
    let exists = memo(move |_| book.with(|b| b.plan(id).is_some()));
    view! {
        <Show when=move || exists.get() fallback=|| view! { <PlanMissing/> }>
            <PlanBody id=id/>
        </Show>
    }
}

#[component]
fn PlanBody(id: u64) -> impl IntoView {
    let t = &text().onboarding;
    let ob = use_onboarding();
    let Onboarding { book, today, .. } = ob;
    let notices = use_notices();
    let navigate = use_navigate();
    let plan = memo(move |_| book.with(|b| b.plan(id).cloned()));
    let client = memo(move |_| plan.with(|p| p.as_ref().map(|p| p.client.clone()).unwrap_or_default()));
    effect(move |_| set_title(&client.get()));

    let progress =
        Signal::derive(move || plan.with(|p| p.as_ref().map(|p| Progress::of(p.steps())).unwrap_or_default()));
    let marks = Signal::derive(move || plan.with(|p| p.as_ref().map(|p| milestones(p.steps())).unwrap_or_default()));
    let status = Signal::derive(move || {
        plan.with(|p| {
            p.as_ref()
                .map_or(crate::domain::onboarding::progress::Health::NothingToCount, |p| {
                    health(p, today)
                })
        })
    });
    let phase_ids = memo(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| p.phases.iter().map(|ph| ph.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });

    let delete = move |_| {
        let mut removed = None;
        book.update(|b| removed = b.remove_plan(id));
        if let Some((index, plan)) = removed {
            let name = plan.client.clone();
            navigate("/onboarding", Default::default());
            // Offered once the list is on screen: the shell withdraws undo
            // notices when the address changes.
            request_animation_frame(move || {
                ob.offer_undo(notices, (t.plan_deleted)(&name), move || {
                    let plan = plan.clone();
                    book.update(|b| b.restore_plan(index, plan));
                });
            });
        }
    };

    view! {
        <p class="ob-breadcrumb no-print"><A href="/onboarding">{t.back_to_plans}</A></p>
        <header class="ob-header">
            <div>
                <h1>{move || client.get()}</h1>
                <p class="muted">{move || plan.with(|p| p.as_ref().map(|p| (t.plan_meta)(&p.template, &(t.date)(p.start))))}</p>
            </div>
            <div class="ob-header-actions no-print">
                <A href=format!("/onboarding/{id}/client") attr:class="button">{t.client_view_link}</A>
            </div>
        </header>

        <section class="panel ob-overview" aria-labelledby="ob-overview-heading">
            <h2 id="ob-overview-heading">{t.progress_heading}</h2>
            <ProgressBar label=Signal::derive(move || t.overall_progress.to_string()) progress=progress milestones=marks size="large"/>
            <p class="ob-progress-words">{move || progress.with(progress_words)}</p>
            <dl class="ob-facts">
                <div><dt>{t.schedule}</dt><dd><HealthBadge health=status/></dd></div>
                <div><dt>{t.planned_finish}</dt><dd>{move || plan.with(|p| p.as_ref().and_then(|p| planned_finish(p.steps())).map_or_else(|| "—".to_string(), t.date))}</dd></div>
                <div class="ob-fact-wide"><dt>{t.projected_finish}</dt><dd>{move || plan.with(|p| p.as_ref().map(|p| projection_words(projection(p, today))))}</dd></div>
            </dl>
            <Overdue plan=plan/>
            <Milestones plan=plan/>
        </section>

        <PlanSettings id=id plan=plan/>

        <For each=move || phase_ids.get() key=|id| *id let:phase>
            <PhaseSection plan_id=id phase_id=phase plan=plan/>
        </For>

        <section class="panel ob-danger no-print" aria-labelledby="ob-danger-heading">
            <h2 id="ob-danger-heading">{t.delete_heading}</h2>
            <p class="muted">{t.delete_lead}</p>
            <button type="button" class="danger" on:click=delete>{t.delete_plan}</button>
        </section>
    }
}

/// The overdue steps, named in text (not colour alone).
#[component]
fn Overdue(plan: Memo<Option<Plan>>) -> impl IntoView {
    let t = &text().onboarding;
    let Onboarding { today, .. } = use_onboarding();
    let overdue = memo(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.steps()
                        .filter(|s| is_overdue(s, today))
                        .map(|s| (s.id, s.title.clone(), s.owner, days_overdue(s, today).unwrap_or(0)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <Show when=move || !overdue.with(Vec::is_empty)>
            <div class="ob-overdue-box">
                <h3><span aria-hidden="true">"⚠ "</span>{move || (t.overdue_heading)(overdue.with(Vec::len))}</h3>
                <ul>
                    <For each=move || overdue.get() key=|o| o.clone() let:o>
                        <li>
                            <a href=format!("#ob-step-{}", o.0)>{o.1.clone()}</a>
                            " — "{owner_label(o.2)}", "{(t.overdue_by)(o.3)}
                        </li>
                    </For>
                </ul>
            </div>
        </Show>
    }
}

/// The milestones, in text.
#[component]
fn Milestones(plan: Memo<Option<Plan>>) -> impl IntoView {
    let t = &text().onboarding;
    let list = memo(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.steps()
                        .filter(|s| s.milestone)
                        .map(|s| (s.id, s.title.clone(), s.due, s.status, s.done_on))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <Show when=move || !list.with(Vec::is_empty)>
            <h3>{t.milestones_heading}</h3>
            <ul class="ob-milestones">
                <For each=move || list.get() key=|m| m.clone() let:m>
                    <li class:reached=m.3 == StepStatus::Done class:skipped=m.3 == StepStatus::Skipped>
                        <span aria-hidden="true" class="ob-milestone-symbol">{if m.3 == StepStatus::Done { "◆" } else { "◇" }}</span>
                        " "<span class="ob-milestone-title">{m.1.clone()}</span>" — "
                        {match (m.3, m.4) {
                            (StepStatus::Done, Some(on)) => (t.milestone_reached_on)(&(t.date)(on)),
                            (StepStatus::Skipped, _) => t.status_skipped.to_string(),
                            _ => (t.due_on)(&(t.date)(m.2)),
                        }}
                    </li>
                </For>
            </ul>
        </Show>
    }
}

/// The client's name and the start date.
#[component]
fn PlanSettings(id: u64, plan: Memo<Option<Plan>>) -> impl IntoView {
    let t = &text().onboarding;
    let Onboarding { book, today, .. } = use_onboarding();
    let name = RwSignal::new(plan.with_untracked(|p| p.as_ref().map(|p| p.client.clone()).unwrap_or_default()));
    let name_result = memo(move |_| name.with(|n| parse_text(n, MAX_TITLE_CHARS)));
    effect(move |_| {
        if let Ok(valid) = name_result.get() {
            if plan.with_untracked(|p| p.as_ref().is_some_and(|p| p.client != valid)) {
                edit_plan(book, id, |p| p.client = valid);
            }
        }
    });
    let name_error = Signal::derive(move || name_result.get().err().map(error_text));

    let start = RwSignal::new(plan.with_untracked(|p| p.as_ref().map(|p| iso(p.start)).unwrap_or_default()));
    let start_result = memo(move |_| start.with(|s| parse_start(s, today)));
    effect(move |_| {
        if let Ok(date) = start_result.get() {
            if plan.with_untracked(|p| p.as_ref().is_some_and(|p| p.start != date)) {
                edit_plan(book, id, |p| p.reschedule(date));
            }
        }
    });
    let start_error = Signal::derive(move || start_result.get().err());

    view! {
        <section class="panel no-print" aria-labelledby="ob-settings-heading">
            <h2 id="ob-settings-heading">{t.settings_heading}</h2>
            <ControlGroup class="form-grid">
                <Field label=t.client_name value=name error=name_error inputmode="text"/>
                <DateField label=t.start_date value=start error=start_error hint=t.start_date_hint/>
            </ControlGroup>
        </section>
    }
}
