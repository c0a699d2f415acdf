//! A plan's phases and steps: each step's row (status, owner, dates, the
//! details and the editor), the completion date, and adding a step.

use super::*;

/// One phase: its progress, its steps and the form to add one.
#[component]
pub(super) fn PhaseSection(plan_id: u64, phase_id: u64, plan: Memo<Option<Plan>>) -> impl IntoView {
    let t = &text().onboarding;
    let phase = memo(move |_| {
        plan.with(|p| {
            p.as_ref()
                .and_then(|p| p.phases.iter().find(|ph| ph.id == phase_id))
                .map(|ph| (ph.name.clone(), Progress::of(&ph.steps), milestones(&ph.steps)))
        })
    });
    let step_ids = memo(move |_| {
        plan.with(|p| {
            p.as_ref()
                .and_then(|p| p.phases.iter().find(|ph| ph.id == phase_id))
                .map(|ph| ph.steps.iter().map(|s| s.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let name = memo(move |_| phase.with(|p| p.as_ref().map(|p| p.0.clone()).unwrap_or_default()));
    let heading_id = format!("ob-phase-{phase_id}");
    view! {
        <section class="panel ob-phase" aria-labelledby=heading_id.clone()>
            <div class="ob-phase-head">
                <h2 id=heading_id.clone() tabindex="-1">{move || name.get()}</h2>
                <ProgressBar
                    label=Signal::derive(move || (t.progress_of)(&name.get()))
                    progress=Signal::derive(move || phase.with(|p| p.as_ref().map(|p| p.1).unwrap_or_default()))
                    milestones=Signal::derive(move || phase.with(|p| p.as_ref().map(|p| p.2.clone()).unwrap_or_default()))
                />
            </div>
            <Show when=move || step_ids.with(Vec::is_empty)>
                <p class="muted">{t.phase_empty}</p>
            </Show>
            <ol class="ob-steps">
                <For each=move || step_ids.get() key=|id| *id let:step>
                    <StepRow plan_id=plan_id phase_id=phase_id step_id=step plan=plan/>
                </For>
            </ol>
            <AddStep plan_id=plan_id phase_id=phase_id phase_name=name/>
        </section>
    }
}

/// One step of a plan.
#[component]
fn StepRow(plan_id: u64, phase_id: u64, step_id: u64, plan: Memo<Option<Plan>>) -> impl IntoView {
    let t = &text().onboarding;
    let ob = use_onboarding();
    let Onboarding { book, today, .. } = ob;
    let notices = use_notices();
    let step = memo(move |_| plan.with(|p| p.as_ref().and_then(|p| p.step(step_id).cloned())));
    // Whether the step can move up / down (not the very first / last).
    let movable = memo(move |_| {
        plan.with(|p| {
            p.as_ref()
                .and_then(|p| {
                    let place = p.place_of(step_id)?;
                    let last_phase = p.phases.len().saturating_sub(1);
                    let last_index = p
                        .phases
                        .get(place.phase)
                        .map_or(0, |ph| ph.steps.len().saturating_sub(1));
                    Some((
                        place.phase > 0 || place.index > 0,
                        place.phase < last_phase || place.index < last_index,
                    ))
                })
                .unwrap_or((false, false))
        })
    });
    let title = memo(move |_| step.with(|s| s.as_ref().map(|s| s.title.clone()).unwrap_or_default()));
    let status = memo(move |_| step.with(|s| s.as_ref().map(|s| s.status).unwrap_or_default()));
    let done = move || status.get() == StepStatus::Done;
    let overdue = memo(move |_| step.with(|s| s.as_ref().and_then(|s| days_overdue(s, today))));
    let context = Signal::derive(move || (t.of_step)(&title.get()));

    let edit = move |f: Box<dyn FnOnce(&mut Plan)>| edit_plan(book, plan_id, f);
    let checkbox_id = format!("ob-done-{step_id}");
    let status_sel = format!("ob-status-{step_id}");
    let assignee_id = format!("ob-assignee-{step_id}");
    let move_step = Callback::new(move |direction: Direction| {
        edit(Box::new(move |p| {
            p.move_step(step_id, direction);
        }));
    });
    let remove = Callback::new(move |()| {
        let mut removed = None;
        edit_plan(book, plan_id, |p| removed = p.remove_step(step_id));
        if let Some((place, removed)) = removed {
            ob.offer_undo(notices, (t.step_removed)(&removed.title), move || {
                let step = removed.clone();
                edit_plan(book, plan_id, |p| p.restore_step(place, step));
            });
            focus_after_render(format!("ob-phase-{phase_id}"), "ob-overview-heading");
        }
    });

    view! {
        <ScopedItem
            {..}
            class="ob-step"
            id=format!("ob-step-{step_id}")
            class:ob-step-done=done
            class:ob-step-skipped=move || status.get() == StepStatus::Skipped
            class:ob-step-overdue=move || overdue.get().is_some()
        >
            <div class="ob-step-main">
                <input
                    type="checkbox"
                    id=checkbox_id.clone()
                    prop:checked=done
                    disabled=move || status.get() == StepStatus::Skipped
                    on:change=move |_| edit(Box::new(move |p| {
                        p.toggle_done(step_id, today);
                    }))
                />
                <div class="ob-step-text">
                    <label for=checkbox_id class="ob-step-title">{move || title.get()}</label>
                    <span class="ob-step-tags">
                        {move || step.with(|s| s.as_ref().filter(|s| s.milestone).map(|_| view! {
                            <span class="ob-tag ob-tag-milestone"><span aria-hidden="true">"◆ "</span>{t.milestone}</span>
                        }))}
                        {move || step.with(|s| s.as_ref().map(|s| view! {
                            <span class=format!("ob-owner ob-owner-{}", owner_id(s.owner))>{owner_label(s.owner)}</span>
                        }))}
                        <span class="ob-step-due">
                            {move || step.with(|s| s.as_ref().map(|s| (t.due_on)(&(t.date)(s.due))))}
                        </span>
                        {move || overdue.get().map(|days| view! {
                            <span class="ob-overdue"><span aria-hidden="true">"⚠ "</span>{(t.overdue_by)(days)}</span>
                        })}
                        {move || step.with(|s| s.as_ref().and_then(|s| s.done_on.filter(|_| s.status == StepStatus::Done)).map(|on| view! {
                            <span class="ob-done-on"><span aria-hidden="true">"✓ "</span>{(t.done_on)(&(t.date)(on))}</span>
                        }))}
                        {move || step.with(|s| s.as_ref().and_then(done_late_by)).map(|days| view! {
                            <span class="ob-done-late">{(t.done_late_by)(days)}</span>
                        })}
                    </span>
                </div>
            </div>
            <div class="ob-step-controls">
                <div class="ob-mini-field">
                    <label for=status_sel.clone()>{t.status}<span class="visually-hidden">{move || context.get()}</span></label>
                    <select
                        id=status_sel
                        class=move || format!("ob-status ob-status-{}", status_id(status.get()))
                        on:change=move |ev| {
                            if let Some(s) = status_from_id(&event_target_value(&ev)) {
                                edit(Box::new(move |p| {
                                    p.set_status(step_id, s, today);
                                }));
                            }
                        }
                    >
                        {StepStatus::ALL.into_iter().map(|s| view! {
                            <option value=status_id(s) selected=move || status.get() == s>{status_label(s)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="ob-mini-field">
                    <label for=assignee_id.clone()>{t.assignee}<span class="visually-hidden">{move || context.get()}</span></label>
                    <input
                        id=assignee_id
                        type="text"
                        autocomplete="off"
                        maxlength=MAX_ASSIGNEE_CHARS.to_string()
                        prop:value=move || step.with(|s| s.as_ref().map(|s| s.assignee.clone()).unwrap_or_default())
                        on:input=move |ev| {
                            if let Ok(v) = parse_optional_text(&event_target_value(&ev), MAX_ASSIGNEE_CHARS) {
                                edit(Box::new(move |p| {
                                    if let Some(s) = p.step_mut(step_id) {
                                        s.assignee = v;
                                    }
                                }));
                            }
                        }
                    />
                </div>
                <Show when=done>
                    <div class="ob-mini-field ob-done-date">
                        <CompletedOn plan_id=plan_id step_id=step_id step=step context=context/>
                    </div>
                </Show>
                <MoveButtons up_id=format!("ob-up-{step_id}") down_id=format!("ob-down-{step_id}") can_move=movable name=title
                    remove_label=t.remove_step fallback="ob-overview-heading" on_move=move_step on_remove=remove/>
            </div>
            <StepDetails plan_id=plan_id step_id=step_id step=step context=context/>
        </ScopedItem>
    }
}

/// The step's description and its less frequent edits, behind "Details".
#[component]
fn StepDetails(
    plan_id: u64,
    step_id: u64,
    step: Memo<Option<crate::domain::onboarding::PlanStep>>,
    context: Signal<String>,
) -> impl IntoView {
    let t = &text().onboarding;
    let open = RwSignal::new(false);
    view! {
        <details class="ob-step-details" on:toggle=move |ev| {
            let is_open = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlDetailsElement>(&event_target::<web_sys::Element>(&ev))
                .is_some_and(|d| d.open());
            open.set(is_open);
        }>
            <summary>{t.details}<span class="visually-hidden">{move || context.get()}</span>
                {move || step.with(|s| s.as_ref().filter(|s| !s.notes.is_empty()).map(|_| view! {
                    <span class="ob-has-notes">{t.has_notes}</span>
                }))}
            </summary>
            <Show when=move || open.get()>
                <StepEditor plan_id=plan_id step_id=step_id step=step context=context/>
            </Show>
        </details>
    }
}

#[component]
fn StepEditor(
    plan_id: u64,
    step_id: u64,
    step: Memo<Option<crate::domain::onboarding::PlanStep>>,
    context: Signal<String>,
) -> impl IntoView {
    let t = &text().onboarding;
    let Onboarding { book, .. } = use_onboarding();
    let initial = step.get_untracked().unwrap_or_default();
    let edit = move |f: Box<dyn FnOnce(&mut crate::domain::onboarding::PlanStep)>| {
        edit_plan(book, plan_id, move |p| {
            if let Some(s) = p.step_mut(step_id) {
                f(s);
            }
        })
    };

    let title = RwSignal::new(initial.title.clone());
    let title_error = apply_each_valid(
        title,
        |v| parse_text(v, MAX_TITLE_CHARS),
        move |v| edit(Box::new(move |s| s.title = v)),
    );

    let due = RwSignal::new(iso(initial.due));
    let due_error = apply_each_valid(due, parse_date, move |d| {
        edit_plan(book, plan_id, move |p| {
            p.set_due(step_id, d);
        })
    });

    let uid = next_id();
    let milestone_id = format!("ob-milestone-{uid}");
    let notes_id = format!("ob-notes-{uid}");
    let description = initial.description.clone();

    view! {
        <div class="ob-step-editor">
            {(!description.is_empty()).then(|| view! { <p class="ob-description">{description.clone()}</p> })}
            <div class="form-grid">
                <Field label=t.step_title value=title error=title_error inputmode="text"/>
                <OwnerSelect context=context value=Signal::derive(move || step.with(|s| s.as_ref().map(|s| s.owner)))
                    on_pick=Callback::new(move |side| edit(Box::new(move |s| s.owner = side)))/>
                <DateField label=t.due_date value=due error=due_error context=context/>
                <div class="field ob-check-field">
                    <input
                        type="checkbox"
                        id=milestone_id.clone()
                        prop:checked=move || step.with(|s| s.as_ref().is_some_and(|s| s.milestone))
                        on:change=move |ev| {
                            let checked = event_target_checked(&ev);
                            edit(Box::new(move |s| s.milestone = checked));
                        }
                    />
                    <label for=milestone_id>{t.milestone}<span class="visually-hidden">{move || context.get()}</span></label>
                </div>
            </div>
            <div class="field">
                <label for=notes_id.clone()>{t.notes}<span class="visually-hidden">{move || context.get()}</span></label>
                <textarea
                    id=notes_id
                    rows="3"
                    maxlength=MAX_NOTES_CHARS.to_string()
                    prop:value=move || step.with(|s| s.as_ref().map(|s| s.notes.clone()).unwrap_or_default())
                    on:input=move |ev| {
                        if let Ok(v) = parse_optional_text(&event_target_value(&ev), MAX_NOTES_CHARS) {
                            edit(Box::new(move |s| s.notes = v));
                        }
                    }
                ></textarea>
            </div>
        </div>
    }
}

/// The completion date of a done step (set when it was ticked).
#[component]
fn CompletedOn(
    plan_id: u64,
    step_id: u64,
    step: Memo<Option<crate::domain::onboarding::PlanStep>>,
    context: Signal<String>,
) -> impl IntoView {
    let t = &text().onboarding;
    let Onboarding { book, today, .. } = use_onboarding();
    let stored = memo(move |_| step.with(|s| s.as_ref().and_then(|s| s.done_on)));
    let value = RwSignal::new(stored.get_untracked().map(iso).unwrap_or_default());
    // The plan's start, which a completion date may not precede.
    let start = memo(move |_| book.with(|b| b.plan(plan_id).map(|p| p.start)));
    let error = apply_each_checked(
        value,
        move |raw| {
            let day = parse_date(raw).map_err(error_text)?;
            book.with_untracked(|b| match b.plan(plan_id) {
                Some(p) => p.check_done_on(day, today).map_err(done_date_text),
                None => Ok(day),
            })
        },
        move |d| {
            edit_plan(book, plan_id, move |p| {
                let _ = p.set_done_on(step_id, d, today);
            })
        },
    );
    // A date changed elsewhere (undo, another tab) shows here.
    effect(move |_| {
        if let Some(d) = stored.get() {
            if value.with_untracked(|v| parse_date(v).ok() != Some(d)) {
                value.set(iso(d));
            }
        }
    });
    let today_iso = iso(today);
    view! {
        <DateField label=t.completed_on value=value error=error context=context
            min=Signal::derive(move || start.get().map(iso).unwrap_or_default())
            max=Signal::derive(move || today_iso.clone())/>
    }
}

/// The form that adds a step to a phase of a live plan.
#[component]
fn AddStep(plan_id: u64, phase_id: u64, phase_name: Memo<String>) -> impl IntoView {
    let t = &text().onboarding;
    let Onboarding { book, today, .. } = use_onboarding();
    let title = RwSignal::new(String::new());
    let title_result = memo(move |_| title.with(|v| parse_text(v, MAX_TITLE_CHARS)));
    let due = RwSignal::new(iso(today));
    let due_result = memo(move |_| due.with(|v| parse_date(v)));
    let owner = RwSignal::new(Side::Us);
    let milestone = RwSignal::new(false);
    let tried = RwSignal::new(false);
    let title_error = Signal::derive(move || {
        if tried.get() {
            title_result.get().err().map(error_text)
        } else {
            None
        }
    });
    let due_error = Signal::derive(move || due_result.get().err().map(error_text));
    let uid = next_id();
    let milestone_id = format!("ob-new-milestone-{uid}");

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let (Ok(name), Ok(date)) = (title_result.get(), due_result.get()) else {
            return;
        };
        let mut added = None;
        book.update(|b| {
            added = b.add_plan_step(
                plan_id,
                phase_id,
                NewStep {
                    title: name,
                    owner: owner.get_untracked(),
                    due: date,
                    milestone: milestone.get_untracked(),
                },
            )
        });
        if let Some(id) = added {
            title.set(String::new());
            milestone.set(false);
            tried.set(false);
            focus_after_render(format!("ob-done-{id}"), "ob-overview-heading");
        }
    };

    view! {
        <details class="ob-add no-print">
            <summary>{move || (t.add_step_to)(&phase_name.get())}</summary>
            <form class="form-grid" on:submit=submit novalidate>
                <Field label=t.step_title value=title error=title_error inputmode="text"/>
                <OwnerSelect value=Signal::derive(move || Some(owner.get())) on_pick=Callback::new(move |side| owner.set(side))/>
                <DateField label=t.due_date value=due error=due_error/>
                <div class="field ob-check-field">
                    <input type="checkbox" id=milestone_id.clone() prop:checked=move || milestone.get() on:change=move |ev| milestone.set(event_target_checked(&ev))/>
                    <label for=milestone_id>{t.milestone}</label>
                </div>
                <div class="field ob-start-action">
                    <button type="submit">{t.add_step}</button>
                </div>
            </form>
        </details>
    }
}
