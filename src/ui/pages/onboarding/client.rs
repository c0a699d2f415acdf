//! `/onboarding/:id/client`: a clean, read-only page to show the client how
//! far their onboarding has come, what is next and who owes what. Printable.
//! Internal notes are never shown here.

use super::plan::{plan_id_param, PlanMissing};
use super::widgets::{progress_words, status_label, ProgressBar};
use super::{use_onboarding, Onboarding};
use crate::domain::onboarding::progress::{
    days_overdue, health, milestones, open_steps_by_due, owed_by, planned_finish, projection, Health, Progress,
    Projection,
};
use crate::domain::onboarding::{Plan, PlanStep, Side, StepStatus};
use crate::ui::pages::set_title;
use crate::ui::reactive::{effect, memo};
use crate::ui::state::use_workspace;
use crate::ui::text::text;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;

/// How many open steps "Next steps" lists.
const NEXT_STEPS: usize = 5;

/// The client view (the plan is chosen by the address).
#[component]
pub fn ClientView() -> impl IntoView {
    let id = plan_id_param();
    let Onboarding { book, .. } = use_onboarding();
    let plan = memo(move |_| id.get().and_then(|id| book.with(|b| b.plan(id).cloned())));
    move || {
        if plan.with(Option::is_some) {
            view! { <ClientBody plan=plan/> }.into_any()
        } else {
            view! { <PlanMissing/> }.into_any()
        }
    }
}

/// A step as the client sees it.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Line {
    id: u64,
    title: String,
    description: String,
    owner: Side,
    due: NaiveDate,
    status: StepStatus,
    overdue: Option<u32>,
    assignee: String,
}

fn line(step: &PlanStep, today: NaiveDate) -> Line {
    Line {
        id: step.id,
        title: step.title.clone(),
        description: step.description.clone(),
        owner: step.owner,
        due: step.due,
        status: step.status,
        overdue: days_overdue(step, today),
        assignee: step.assignee.clone(),
    }
}

/// The client's words for who owes a step.
fn side_words(side: Side) -> &'static str {
    let t = &text().onboarding;
    match side {
        Side::Us => t.client_side_us,
        Side::Client => t.client_side_you,
    }
}

/// The schedule in words for the client.
fn client_health(h: Health) -> String {
    let t = &text().onboarding;
    match h {
        Health::Late { overdue } => (t.client_health_late)(overdue),
        Health::Complete { .. } => t.client_health_complete.to_string(),
        Health::NotStarted => t.client_health_not_started.to_string(),
        Health::AtRisk => t.client_health_at_risk.to_string(),
        Health::OnTrack | Health::NothingToCount => t.client_health_on_track.to_string(),
    }
}

#[component]
fn ClientBody(plan: Memo<Option<Plan>>) -> impl IntoView {
    let t = &text().onboarding;
    let Onboarding { today, .. } = use_onboarding();
    let ws = use_workspace();
    let client = memo(move |_| plan.with(|p| p.as_ref().map(|p| p.client.clone()).unwrap_or_default()));
    effect(move |_| set_title(&(t.client_title)(&client.get())));
    let id = memo(move |_| plan.with(|p| p.as_ref().map_or(0, |p| p.id)));
    let progress =
        Signal::derive(move || plan.with(|p| p.as_ref().map(|p| Progress::of(p.steps())).unwrap_or_default()));
    let marks = Signal::derive(move || plan.with(|p| p.as_ref().map(|p| milestones(p.steps())).unwrap_or_default()));
    let status = memo(move |_| plan.with(|p| p.as_ref().map_or(Health::NothingToCount, |p| health(p, today))));
    let finish = memo(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| (planned_finish(p.steps()), projection(p, today)))
                .unwrap_or((None, Projection::NothingToCount))
        })
    });
    let next = memo(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| {
                    open_steps_by_due(p)
                        .into_iter()
                        .take(NEXT_STEPS)
                        .map(|s| line(s, today))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let owed = move |side: Side| {
        memo(move |_| {
            plan.with(|p| {
                p.as_ref()
                    .map(|p| owed_by(p, side).into_iter().map(|s| line(s, today)).collect::<Vec<_>>())
                    .unwrap_or_default()
            })
        })
    };
    let ours = owed(Side::Us);
    let theirs = owed(Side::Client);
    let phases = memo(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.phases
                        .iter()
                        .map(|ph| (ph.id, ph.name.clone(), Progress::of(&ph.steps), milestones(&ph.steps)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let milestone_list = memo(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.steps()
                        .filter(|s| s.milestone && s.status != StepStatus::Skipped)
                        .map(|s| (s.id, s.title.clone(), s.due, s.status == StepStatus::Done, s.done_on))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });

    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };

    view! {
        <article class="ob-client">
            <div class="ob-client-tools no-print">
                <A href=move || format!("/onboarding/{}", id.get())>{t.back_to_plan}</A>
                <button type="button" on:click=print>{t.print}</button>
            </div>
            <header class="ob-client-head">
                <p class="ob-client-from">{move || ws.profile.with(|p| if p.prepared_by.is_empty() {
                    (t.client_prepared_on)(&(t.date)(today))
                } else {
                    (t.client_prepared_by)(&p.prepared_by, &(t.date)(today))
                })}</p>
                <h1>{move || (t.client_title)(&client.get())}</h1>
                <p class="ob-client-health">{move || client_health(status.get())}</p>
            </header>

            <section class="ob-client-progress" aria-labelledby="ob-client-progress-heading">
                <h2 id="ob-client-progress-heading" class="visually-hidden">{t.progress_heading}</h2>
                <p class="ob-big-number" aria-hidden="true">{move || progress.with(super::widgets::percent_text)}</p>
                <ProgressBar label=Signal::derive(move || t.overall_progress.to_string()) progress=progress milestones=marks size="large"/>
                <p class="ob-progress-words">{move || progress.with(progress_words)}</p>
                <dl class="ob-facts">
                    <div><dt>{t.started}</dt><dd>{move || plan.with(|p| p.as_ref().map(|p| (t.date)(p.start)))}</dd></div>
                    <div><dt>{t.planned_finish}</dt><dd>{move || finish.get().0.map_or_else(|| "—".to_string(), t.date)}</dd></div>
                    <div><dt>{t.expected_finish}</dt><dd>{move || match finish.get().1 {
                        Projection::Projected { on, .. } => (t.date)(on),
                        Projection::Finished { on: Some(on) } => (t.finished_on_short)(&(t.date)(on)),
                        Projection::TooSlow { .. } => t.expected_too_slow.to_string(),
                        Projection::NotStarted => t.client_health_not_started.to_string(),
                        _ => t.expected_unknown.to_string(),
                    }}</dd></div>
                </dl>
            </section>

            <Show when=move || !milestone_list.with(Vec::is_empty)>
                <section class="ob-client-section" aria-labelledby="ob-client-milestones">
                    <h2 id="ob-client-milestones">{t.milestones_heading}</h2>
                    <ol class="ob-milestones">
                        <For each=move || milestone_list.get() key=|m| m.clone() let:m>
                            <li class:reached=m.3>
                                <span aria-hidden="true" class="ob-milestone-symbol">{if m.3 { "◆" } else { "◇" }}</span>
                                " "<span class="ob-milestone-title">{m.1.clone()}</span>" — "
                                {match (m.3, m.4) {
                                    (true, Some(on)) => (t.milestone_reached_on)(&(t.date)(on)),
                                    (true, None) => t.status_done.to_string(),
                                    _ => (t.due_on)(&(t.date)(m.2)),
                                }}
                            </li>
                        </For>
                    </ol>
                </section>
            </Show>

            <section class="ob-client-section" aria-labelledby="ob-client-next">
                <h2 id="ob-client-next">{t.next_steps}</h2>
                <Show when=move || !next.with(Vec::is_empty) fallback=move || view! { <p>{t.nothing_open}</p> }>
                    <ol class="ob-client-next">
                        <For each=move || next.get() key=|l| l.clone() let:l>
                            <li>
                                <span class="ob-next-title">{l.title.clone()}</span>
                                <span class="ob-next-meta">
                                    <span class=format!("ob-owner ob-owner-{}", super::widgets::owner_id(l.owner))>{side_words(l.owner)}</span>
                                    " · "{(t.due_on)(&(t.date)(l.due))}
                                    {(l.status != StepStatus::Todo).then(|| format!(" · {}", status_label(l.status)))}
                                </span>
                                {l.overdue.map(|d| view! { <span class="ob-overdue"><span aria-hidden="true">"⚠ "</span>{(t.overdue_by)(d)}</span> })}
                                {(!l.description.is_empty()).then(|| view! { <p class="ob-description">{l.description.clone()}</p> })}
                            </li>
                        </For>
                    </ol>
                </Show>
            </section>

            <section class="ob-client-section" aria-labelledby="ob-client-owes">
                <h2 id="ob-client-owes">{t.who_owes_what}</h2>
                <div class="ob-owes">
                    <OwedList heading=t.client_side_us_heading lines=ours/>
                    <OwedList heading=t.client_side_you_heading lines=theirs/>
                </div>
            </section>

            <section class="ob-client-section" aria-labelledby="ob-client-phases">
                <h2 id="ob-client-phases">{t.phases_heading}</h2>
                <ul class="ob-client-phases">
                    <For each=move || phases.get() key=|p| p.clone() let:p>
                        <li>
                            <h3>{p.1.clone()}</h3>
                            <ProgressBar
                                label=Signal::derive({ let name = p.1.clone(); move || (t.progress_of)(&name) })
                                progress=Signal::derive(move || p.2)
                                milestones=Signal::derive({ let m = p.3.clone(); move || m.clone() })
                            />
                        </li>
                    </For>
                </ul>
            </section>
        </article>
    }
}

/// The open steps one side owes.
#[component]
fn OwedList(heading: &'static str, lines: Memo<Vec<Line>>) -> impl IntoView {
    let t = &text().onboarding;
    view! {
        <div class="ob-owes-side">
            <h3>{heading}" "<span class="ob-owes-count">{move || (t.open_count)(lines.with(Vec::len))}</span></h3>
            <Show when=move || !lines.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t.nothing_owed}</p> }>
                <ul>
                    <For each=move || lines.get() key=|l| l.clone() let:l>
                        <li>
                            <span class="ob-next-title">{l.title.clone()}</span>
                            <span class="ob-next-meta">
                                {(t.due_on)(&(t.date)(l.due))}
                                {(!l.assignee.is_empty()).then(|| format!(" · {}", l.assignee))}
                                {(l.status == StepStatus::Blocked).then(|| format!(" · {}", status_label(l.status)))}
                            </span>
                            {l.overdue.map(|d| view! { <span class="ob-overdue"><span aria-hidden="true">"⚠ "</span>{(t.overdue_by)(d)}</span> })}
                        </li>
                    </For>
                </ul>
            </Show>
        </div>
    }
}
