//! A phase of a template and its steps, edited in place.

use super::*;

/// One phase of a template.
#[component]
pub(super) fn PhaseEditor(template: u64, phase: u64) -> impl IntoView {
    let t = &text().onboarding;
    let ob = use_onboarding();
    let Onboarding { book, .. } = ob;
    let notices = use_notices();
    let can_move = memo(move |_| {
        book.with(|b| {
            movable_at(b.template(template).and_then(|tpl| {
                tpl.phases
                    .iter()
                    .position(|p| p.id == phase)
                    .map(|i| (i, tpl.phases.len()))
            }))
        })
    });
    let step_ids = memo(move |_| {
        book.with(|b| {
            b.template(template)
                .and_then(|tpl| tpl.phases.iter().find(|p| p.id == phase))
                .map(|p| p.steps.iter().map(|s| s.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let initial = book.with_untracked(|b| {
        b.template(template)
            .and_then(|tpl| tpl.phases.iter().find(|p| p.id == phase))
            .map(|p| p.name.clone())
            .unwrap_or_default()
    });
    let name = RwSignal::new(initial);
    let name_result = memo(move |_| name.with(|v| parse_text(v, MAX_TITLE_CHARS)));
    effect(move |first: Option<()>| {
        let result = name_result.get();
        if first.is_some() {
            if let Ok(v) = result {
                edit_template(book, template, |tpl| {
                    if let Some(p) = tpl.phases.iter_mut().find(|p| p.id == phase) {
                        p.name = v;
                    }
                });
            }
        }
    });
    let name_error = Signal::derive(move || name_result.get().err().map(error_text));
    let saved_name = memo(move |_| {
        book.with(|b| {
            b.template(template)
                .and_then(|tpl| tpl.phases.iter().find(|p| p.id == phase))
                .map(|p| p.name.clone())
                .unwrap_or_default()
        })
    });
    let context = Signal::derive(move || (t.of_phase)(&saved_name.get()));

    let move_phase = Callback::new(move |direction: Direction| {
        edit_template(book, template, |tpl| {
            if let Some(i) = tpl.phases.iter().position(|p| p.id == phase) {
                move_item(&mut tpl.phases, i, direction);
            }
        });
    });
    let remove = Callback::new(move |()| {
        let mut removed = None;
        edit_template(book, template, |tpl| {
            if let Some(i) = tpl.phases.iter().position(|p| p.id == phase) {
                removed = Some((i, tpl.phases.remove(i)));
            }
        });
        if let Some((index, removed)) = removed {
            ob.offer_undo(notices, (t.phase_removed)(&removed.name), move || {
                let p = removed.clone();
                edit_template(book, template, |tpl| {
                    if !tpl.phases.iter().any(|x| x.id == p.id) {
                        let at = index.min(tpl.phases.len());
                        tpl.phases.insert(at, p);
                    }
                });
            });
            focus_after_render("ob-template-heading".to_string(), "ob-templates-heading");
        }
    });
    let add_step = move |_| {
        let mut added = None;
        let last = book.with_untracked(|b| {
            b.template(template)
                .and_then(|tpl| tpl.phases.iter().find(|p| p.id == phase))
                .and_then(|p| p.steps.last().map(|s| s.offset))
        });
        book.update(|b| {
            added = b.add_template_step(
                template,
                phase,
                TemplateStep {
                    title: t.new_step_name.to_string(),
                    offset: last.unwrap_or(DueOffset::START),
                    ..TemplateStep::default()
                },
            )
        });
        if let Some(step) = added {
            focus_after_render(format!("ob-tstep-title-{step}"), "ob-templates-heading");
        }
    };

    view! {
        <section class="panel ob-tphase" aria-label=move || saved_name.get()>
            <ControlGroup class="ob-tphase-head">
                <RowField label=t.phase_name context=Signal::derive(String::new) value=name error=name_error id=format!("ob-phase-name-{phase}")/>
                <MoveButtons up_id=format!("ob-phase-up-{phase}") down_id=format!("ob-phase-down-{phase}") can_move=can_move name=saved_name
                    remove_label=t.remove_phase fallback="ob-templates-heading" on_move=move_phase on_remove=remove/>
            </ControlGroup>
            <Show when=move || step_ids.with(Vec::is_empty)>
                <p class="muted">{t.phase_empty}</p>
            </Show>
            <ol class="ob-tsteps">
                <For each=move || step_ids.get() key=|s| *s let:step>
                    <StepEditor template=template phase=phase step=step/>
                </For>
            </ol>
            <p><button type="button" class="ghost" on:click=add_step>{t.add_step}<span class="visually-hidden">{move || context.get()}</span></button></p>
        </section>
    }
}

/// One step of a template.
#[component]
fn StepEditor(template: u64, phase: u64, step: u64) -> impl IntoView {
    let t = &text().onboarding;
    let ob = use_onboarding();
    let Onboarding { book, .. } = ob;
    let notices = use_notices();
    let current = memo(move |_| {
        book.with(|b| {
            b.template(template)
                .and_then(|tpl| tpl.phases.iter().flat_map(|p| p.steps.iter()).find(|s| s.id == step))
                .cloned()
        })
    });
    let can_move = memo(move |_| {
        book.with(|b| {
            movable_at(b.template(template).and_then(|tpl| {
                let steps = &tpl.phases.iter().find(|p| p.id == phase)?.steps;
                steps.iter().position(|s| s.id == step).map(|i| (i, steps.len()))
            }))
        })
    });
    let initial = current.get_untracked().unwrap_or_default();
    let saved_title = memo(move |_| current.with(|s| s.as_ref().map(|s| s.title.clone()).unwrap_or_default()));
    let context = Signal::derive(move || (t.of_step)(&saved_title.get()));

    let title = RwSignal::new(initial.title.clone());
    let title_result = memo(move |_| title.with(|v| parse_text(v, MAX_TITLE_CHARS)));
    effect(move |first: Option<()>| {
        let result = title_result.get();
        if first.is_some() {
            if let Ok(v) = result {
                edit_step(book, template, step, |s| s.title = v);
            }
        }
    });
    let title_error = Signal::derive(move || title_result.get().err().map(error_text));

    let days = RwSignal::new(initial.offset.days().to_string());
    let days_result = memo(move |_| days.with(|v| parse_whole_in(v, number_format(), 0, MAX_OFFSET_DAYS)));
    effect(move |first: Option<()>| {
        let result = days_result.get();
        if first.is_some() {
            if let Ok(n) = result {
                edit_step(book, template, step, |s| {
                    if let Ok(offset) = DueOffset::new(n, s.offset.count()) {
                        s.offset = offset;
                    }
                });
            }
        }
    });
    let days_error = Signal::derive(move || days_result.get().err().map(error_text));

    let uid = next_id();
    let desc_id = format!("ob-tdesc-{uid}");
    let count_sel = format!("ob-tcount-{uid}");
    let milestone_id = format!("ob-tmilestone-{uid}");

    let move_step = Callback::new(move |direction: Direction| {
        edit_template(book, template, |tpl| {
            if let Some(p) = tpl.phases.iter_mut().find(|p| p.id == phase) {
                if let Some(i) = p.steps.iter().position(|s| s.id == step) {
                    move_item(&mut p.steps, i, direction);
                }
            }
        });
    });
    let remove = Callback::new(move |()| {
        let mut removed = None;
        edit_template(book, template, |tpl| {
            if let Some(p) = tpl.phases.iter_mut().find(|p| p.id == phase) {
                if let Some(i) = p.steps.iter().position(|s| s.id == step) {
                    removed = Some((i, p.steps.remove(i)));
                }
            }
        });
        if let Some((index, removed)) = removed {
            ob.offer_undo(notices, (t.step_removed)(&removed.title), move || {
                let s = removed.clone();
                edit_template(book, template, |tpl| {
                    if let Some(p) = tpl.phases.iter_mut().find(|p| p.id == phase) {
                        if !p.steps.iter().any(|x| x.id == s.id) {
                            let at = index.min(p.steps.len());
                            p.steps.insert(at, s);
                        }
                    }
                });
            });
            focus_after_render(format!("ob-phase-name-{phase}"), "ob-templates-heading");
        }
    });

    view! {
        <ScopedItem {..} class="ob-tstep">
            <div class="ob-tstep-top">
                <RowField label=t.step_title context=context value=title error=title_error id=format!("ob-tstep-title-{step}")/>
                <MoveButtons up_id=format!("ob-tstep-up-{step}") down_id=format!("ob-tstep-down-{step}") can_move=can_move name=saved_title
                    remove_label=t.remove_step fallback="ob-templates-heading" on_move=move_step on_remove=remove/>
            </div>
            <div class="ob-tstep-grid">
                <OwnerSelect context=context value=Signal::derive(move || current.with(|s| s.as_ref().map(|s| s.owner)))
                    on_pick=Callback::new(move |side| edit_step(book, template, step, |s| s.owner = side))/>
                <RowField label=t.due_after context=context value=days error=days_error inputmode="numeric" suffix=t.days_suffix/>
                <div class="field">
                    <label for=count_sel.clone()>{t.counted_in}<span class="visually-hidden">{move || context.get()}</span></label>
                    <select id=count_sel on:change=move |ev| {
                        let v = event_target_value(&ev);
                        let count = if v == count_id(DayCount::Business) { DayCount::Business } else { DayCount::Calendar };
                        edit_step(book, template, step, |s| {
                            if let Ok(offset) = DueOffset::new(s.offset.days(), count) {
                                s.offset = offset;
                            }
                        });
                    }>
                        {[DayCount::Calendar, DayCount::Business].into_iter().map(|c| view! {
                            <option value=count_id(c) selected=move || current.with(|s| s.as_ref().is_some_and(|s| s.offset.count() == c))>{count_label(c)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field ob-check-field">
                    <input
                        type="checkbox"
                        id=milestone_id.clone()
                        prop:checked=move || current.with(|s| s.as_ref().is_some_and(|s| s.milestone))
                        on:change=move |ev| {
                            let checked = event_target_checked(&ev);
                            edit_step(book, template, step, |s| s.milestone = checked);
                        }
                    />
                    <label for=milestone_id>{t.milestone}<span class="visually-hidden">{move || context.get()}</span></label>
                </div>
            </div>
            <div class="field">
                <label for=desc_id.clone()>{t.description}<span class="visually-hidden">{move || context.get()}</span></label>
                <textarea
                    id=desc_id
                    rows="2"
                    maxlength=MAX_DESCRIPTION_CHARS.to_string()
                    prop:value=move || current.with(|s| s.as_ref().map(|s| s.description.clone()).unwrap_or_default())
                    on:input=move |ev| {
                        if let Ok(v) = parse_optional_text(&event_target_value(&ev), MAX_DESCRIPTION_CHARS) {
                            edit_step(book, template, step, |s| s.description = v);
                        }
                    }
                ></textarea>
            </div>
        </ScopedItem>
    }
}
