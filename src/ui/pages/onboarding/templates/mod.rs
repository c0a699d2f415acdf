//! `/onboarding/templates`: the onboarding processes plans start from:
//! phases of steps, each with an owner, a due offset and a milestone flag.

use super::widgets::focus_after_render;
use super::widgets::{movable_at, MoveButtons, OwnerSelect, RowField};
use super::{use_onboarding, Onboarding};
use crate::domain::input::{parse_text, parse_whole_in};
use crate::domain::onboarding::schedule::{DayCount, DueOffset, MAX_OFFSET_DAYS};
use crate::domain::onboarding::{
    move_item, parse_optional_text, Direction, OnboardingBook, Template, TemplateStep, MAX_DESCRIPTION_CHARS,
    MAX_TITLE_CHARS,
};
use crate::ui::bind::error_text;
use crate::ui::components::form_scope::{ControlGroup, ScopedItem};
use crate::ui::pages::set_title;
use crate::ui::reactive::{effect, memo};
use crate::ui::state::{next_id, number_format, use_notices};
use crate::ui::text::text;
use leptos::prelude::*;
use leptos_router::components::A;

mod phase;
use phase::PhaseEditor;

fn edit_template(book: RwSignal<OnboardingBook>, id: u64, f: impl FnOnce(&mut Template)) {
    book.update(|b| {
        if let Some(t) = b.template_mut(id) {
            f(t);
        }
    });
}

fn edit_step(book: RwSignal<OnboardingBook>, template: u64, step: u64, f: impl FnOnce(&mut TemplateStep)) {
    edit_template(book, template, |t| {
        if let Some(s) = t
            .phases
            .iter_mut()
            .flat_map(|p| p.steps.iter_mut())
            .find(|s| s.id == step)
        {
            f(s);
        }
    });
}

fn count_id(count: DayCount) -> &'static str {
    match count {
        DayCount::Calendar => "calendar",
        DayCount::Business => "business",
    }
}

fn count_label(count: DayCount) -> &'static str {
    let t = &text().onboarding;
    match count {
        DayCount::Calendar => t.calendar_days,
        DayCount::Business => t.business_days,
    }
}

/// The templates page.
#[component]
pub fn Templates() -> impl IntoView {
    let t = &text().onboarding;
    set_title(t.templates_title);
    let Onboarding { book, .. } = use_onboarding();
    let selected = RwSignal::new(None::<u64>);
    let current = memo(move |_| {
        book.with(|b| {
            selected
                .get()
                .filter(|id| b.template(*id).is_some())
                .or_else(|| b.templates.first().map(|t| t.id))
        })
    });
    let list = memo(move |_| {
        book.with(|b| {
            b.templates
                .iter()
                .map(|t| (t.id, t.name.clone(), t.step_count()))
                .collect::<Vec<_>>()
        })
    });
    let missing = memo(move |_| {
        book.with(|b| {
            t.default_templates
                .iter()
                .filter(|spec| !b.templates.iter().any(|tpl| tpl.name == spec.name))
                .count()
        })
    });

    let add = move |_| {
        let mut id = 0;
        book.update(|b| id = b.add_template(t.new_template_name.to_string(), t.new_phase_name.to_string()));
        selected.set(Some(id));
        focus_after_render("ob-template-name".to_string(), "ob-templates-heading");
    };
    let restore = move |_| {
        book.update(|b| {
            b.add_missing_defaults(t.default_templates);
        })
    };

    view! {
        <p class="ob-breadcrumb"><A href="/onboarding">{t.back_to_plans}</A></p>
        <h1 id="ob-templates-heading" tabindex="-1">{t.templates_title}</h1>
        <p class="lead">{t.templates_lead}</p>
        <div class="ob-templates">
            <nav class="panel ob-template-list" aria-labelledby="ob-template-list-heading">
                <h2 id="ob-template-list-heading">{t.templates_list}</h2>
                <ul>
                    <For each=move || list.get() key=|row| row.clone() let:row>
                        <li>
                            <button
                                type="button"
                                class="ob-template-pick"
                                aria-current=move || if current.get() == Some(row.0) { "true" } else { "false" }
                                on:click=move |_| selected.set(Some(row.0))
                            >
                                <span class="ob-template-pick-name">{row.1.clone()}</span>
                                <span class="ob-template-pick-count">{(t.step_count)(row.2)}</span>
                            </button>
                        </li>
                    </For>
                </ul>
                <div class="ob-template-list-actions">
                    <button type="button" class="ghost" on:click=add>{t.new_template}</button>
                    <Show when=move || { missing.get() > 0 }>
                        <button type="button" class="ghost" on:click=restore>{t.restore_defaults}</button>
                    </Show>
                </div>
            </nav>
            <div class="ob-template-edit">
                {move || match current.get() {
                    Some(id) => view! { <TemplateEditor id=id selected=selected/> }.into_any(),
                    None => view! { <p class="panel">{t.no_templates_yet}</p> }.into_any(),
                }}
            </div>
        </div>
    }
}

/// The editor of one template.
#[component]
fn TemplateEditor(id: u64, selected: RwSignal<Option<u64>>) -> impl IntoView {
    let t = &text().onboarding;
    let ob = use_onboarding();
    let Onboarding { book, .. } = ob;
    let notices = use_notices();
    let initial = book.with_untracked(|b| b.template(id).cloned()).unwrap_or_default();

    let name = RwSignal::new(initial.name.clone());
    let name_result = memo(move |_| name.with(|v| parse_text(v, MAX_TITLE_CHARS)));
    effect(move |first: Option<()>| {
        let result = name_result.get();
        if first.is_some() {
            if let Ok(v) = result {
                edit_template(book, id, |tpl| tpl.name = v);
            }
        }
    });
    let name_error = Signal::derive(move || name_result.get().err().map(error_text));
    let description_id = format!("ob-tdesc-{}", next_id());

    let phase_ids = memo(move |_| {
        book.with(|b| {
            b.template(id)
                .map(|tpl| tpl.phases.iter().map(|p| p.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let template_name = memo(move |_| book.with(|b| b.template(id).map(|tpl| tpl.name.clone()).unwrap_or_default()));

    let duplicate = move |_| {
        let mut copy = None;
        let copy_name = (t.copy_of)(&template_name.get_untracked());
        book.update(|b| copy = b.duplicate_template(id, copy_name));
        if copy.is_some() {
            selected.set(copy);
            focus_after_render("ob-template-name".to_string(), "ob-templates-heading");
        }
    };
    let delete = move |_| {
        let mut removed = None;
        book.update(|b| removed = b.remove_template(id));
        if let Some((index, template)) = removed {
            ob.offer_undo(notices, (t.template_deleted)(&template.name), move || {
                let template = template.clone();
                let tid = template.id;
                book.update(|b| b.restore_template(index, template));
                selected.set(Some(tid));
            });
            selected.set(None);
            focus_after_render("ob-templates-heading".to_string(), "main");
        }
    };
    let add_phase = move |_| {
        let mut added = None;
        book.update(|b| added = b.add_template_phase(id, t.new_phase_name.to_string()));
        if let Some(phase) = added {
            focus_after_render(format!("ob-phase-name-{phase}"), "ob-templates-heading");
        }
    };

    view! {
        <section class="panel" aria-labelledby="ob-template-heading">
            <h2 id="ob-template-heading">{move || template_name.get()}</h2>
            <div class="form-grid">
                <RowField label=t.template_name context=Signal::derive(String::new) value=name error=name_error id="ob-template-name"/>
            </div>
            <div class="field">
                <label for=description_id.clone()>{t.template_description}</label>
                <textarea
                    id=description_id
                    rows="2"
                    maxlength=MAX_DESCRIPTION_CHARS.to_string()
                    prop:value=move || book.with(|b| b.template(id).map(|tpl| tpl.description.clone()).unwrap_or_default())
                    on:input=move |ev| {
                        if let Ok(v) = parse_optional_text(&event_target_value(&ev), MAX_DESCRIPTION_CHARS) {
                            edit_template(book, id, |tpl| tpl.description = v);
                        }
                    }
                ></textarea>
            </div>
            <div class="ob-row-actions">
                <button type="button" class="ghost" on:click=duplicate>{t.duplicate_template}</button>
                <button type="button" class="danger" on:click=delete>{t.delete_template}</button>
            </div>
        </section>
        <For each=move || phase_ids.get() key=|p| *p let:phase>
            <PhaseEditor template=id phase=phase/>
        </For>
        <p><button type="button" class="ghost" on:click=add_phase>{t.add_phase}</button></p>
    }
}
