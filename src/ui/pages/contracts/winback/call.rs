//! The call panel: the win-back steps for one customer.

use super::*;

/// The win-back call of the selected customer: five steps with notes, the
/// current step and the outcome.
#[component]
pub(super) fn CallPanel() -> impl IntoView {
    let wb = use_winback();
    let (doc, selected) = (wb.doc, wb.selected);
    let t = &text().winback;
    // Only a change of customer rebuilds the panel (not every keystroke).
    let shown = memo(move |_| selected.get().filter(|id| doc.with(|d| d.customer(*id).is_some())));
    let pipeline = memo(move |_| {
        doc.with(|d| {
            let mut counts = [0usize; 6];
            let mut outcomes = [0usize; 4];
            for c in &d.customers {
                if c.outcome == Outcome::Open {
                    let i = c.step.map(Step::number).unwrap_or(0);
                    if let Some(slot) = counts.get_mut(i) {
                        *slot += 1;
                    }
                }
                if let Some(i) = Outcome::ALL.iter().position(|o| *o == c.outcome) {
                    if let Some(slot) = outcomes.get_mut(i) {
                        *slot += 1;
                    }
                }
            }
            (counts, outcomes)
        })
    });
    view! {
        <div class="table-wrap" tabindex="0">
            <table class="wb-pipeline">
                <caption>{t.pipeline_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.not_called}</th>
                        {Step::ALL.into_iter().map(|s| view! { <th scope="col" class="num">{(t.step_of)(s.number(), (t.step_name)(s))}</th> }).collect_view()}
                        {[Outcome::WonBack, Outcome::Declined, Outcome::NoAnswer].into_iter().map(|o| view! { <th scope="col" class="num">{(t.outcome_name)(o)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        {(0..6).map(|i| view! { <td class="num">{move || pipeline.with(|p| p.0.get(i).copied().unwrap_or(0))}</td> }).collect_view()}
                        {(1..4).map(|i| view! { <td class="num">{move || pipeline.with(|p| p.1.get(i).copied().unwrap_or(0))}</td> }).collect_view()}
                    </tr>
                </tbody>
            </table>
        </div>
        {move || match shown.get() {
            None => view! { <p class="muted wb-call-none">{t.call_none}</p> }.into_any(),
            Some(id) => view! { <CallDetail id=id/> }.into_any(),
        }}
    }
}

/// The call of one customer.
#[component]
pub(super) fn CallDetail(
    /// The customer's id.
    id: u64,
) -> impl IntoView {
    let wb = use_winback();
    let (doc, ranked, callers, selected) = (wb.doc, wb.ranked, wb.callers, wb.selected);
    let t = &text().winback;
    let currency = use_currency();
    let c = memo(move |_| doc.with(|d| d.customer(id).cloned()));
    let get = move |f: fn(&DepartedCustomer) -> String| c.with(|c| c.as_ref().map(f).unwrap_or_default());
    let step = memo(move |_| c.with(|c| c.as_ref().and_then(|c| c.step)));
    let outcome = memo(move |_| c.with(|c| c.as_ref().map(|c| c.outcome).unwrap_or_default()));
    let edit = move |f: &dyn Fn(&mut DepartedCustomer)| {
        doc.update(|d| {
            if let Some(c) = d.customer_mut(id) {
                f(c);
            }
        })
    };
    let step_id = format!("step{}", next_id());
    let outcome_id = format!("out{}", next_id());
    let won_id = format!("won{}", next_id());
    let won_error = RwSignal::new(None::<String>);
    let meta = move || {
        let place = ranked.with(|r| r.iter().find(|x| x.id == id).copied());
        let caller = callers.with(|m| m.get(&id).copied());
        let amount = c.with(|c| c.as_ref().map(DepartedCustomer::amount).unwrap_or(0.0));
        (t.call_meta)(
            &money(amount, currency.get()),
            place.map(|p| (t.segment_name)(p.segment)).unwrap_or(t.dash),
            place.map(|p| p.rank).unwrap_or(0),
            caller.map(|k| (t.caller_name)(k)).unwrap_or(t.not_picked),
        )
    };
    view! {
        <article class="wb-call" aria-labelledby="wb-call-name">
            <header class="wb-call-head">
                <h3 id="wb-call-name">{move || (t.call_heading)(&get(|c| c.name.clone()))}</h3>
                <button type="button" class="ghost" on:click=move |_| selected.set(None)>{t.close}</button>
            </header>
            <p class="muted">{meta}</p>
            <ol class="wb-steps">
                {Step::ALL.into_iter().map(|s| {
                    let notes_id = format!("note{}", next_id());
                    let state = move || match step.get() {
                        Some(cur) if s.number() < cur.number() => "done",
                        Some(cur) if s == cur => "current",
                        _ => "todo",
                    };
                    view! {
                        <ScopedItem {..} class=move || format!("wb-step wb-step-{}", state())>
                            <div class="wb-step-head">
                                <span class="wb-step-num" aria-hidden="true">{s.number()}</span>
                                <h4>{(t.step_name)(s)}</h4>
                                <span class="wb-step-state">{move || match state() {
                                    "done" => t.state_done,
                                    "current" => t.state_current,
                                    _ => t.state_todo,
                                }}</span>
                            </div>
                            <p class="muted wb-guide">{(t.step_guide)(s)}</p>
                            <label for=notes_id.clone()>{(t.notes_for)((t.step_name)(s))}</label>
                            <textarea id=notes_id rows="2"
                                prop:value=move || c.with(|c| c.as_ref().and_then(|c| c.notes.get(&s).cloned()).unwrap_or_default())
                                on:input=move |ev| {
                                    let mut v = event_target_value(&ev);
                                    if v.chars().count() > MAX_NOTE_CHARS {
                                        v = v.chars().take(MAX_NOTE_CHARS).collect();
                                    }
                                    edit(&|c| {
                                        if v.is_empty() { c.notes.remove(&s); } else { c.notes.insert(s, v.clone()); }
                                    });
                                }></textarea>
                            {(s == Step::Diagnose).then(|| view! {
                                <div class="wb-diagnose">
                                    <ReasonSelect label=t.reason_recorded
                                        value=Signal::derive(move || c.with(|c| c.as_ref().map(|c| c.reason).unwrap_or(Reason::PoorService)))
                                        on_pick=Callback::new(move |r| edit(&|c| c.reason = r))/>
                                    <label class="wb-check">
                                        <input type="checkbox"
                                            prop:checked=move || c.with(|c| c.as_ref().is_some_and(|c| c.feedback_shared))
                                            on:change=move |ev| { let on = event_target_checked(&ev); edit(&|c| c.feedback_shared = on); }/>
                                        {t.feedback_shared}
                                    </label>
                                </div>
                            })}
                        </ScopedItem>
                    }
                }).collect_view()}
            </ol>
            <div class="wb-call-controls">
                <div class="field">
                    <label for=step_id.clone()>{t.current_step}</label>
                    <select id=step_id on:change=move |ev| {
                        let v = Step::from_id(&event_target_value(&ev));
                        edit(&|c| c.step = v);
                    }>
                        <option value="" prop:selected=move || step.get().is_none()>{t.not_started}</option>
                        {Step::ALL.into_iter().map(|s| view! {
                            <option value=s.id() prop:selected=move || step.get() == Some(s)>{(t.step_of)(s.number(), (t.step_name)(s))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="button" disabled=move || step.get() == Some(Step::Offer)
                    on:click=move |_| {
                        let next = match step.get_untracked() { None => Some(Step::Apologise), Some(s) => s.next().or(Some(s)) };
                        edit(&|c| c.step = next);
                    }>{t.next_step}</button>
                <div class="field">
                    <label for=outcome_id.clone()>{t.outcome}</label>
                    <select id=outcome_id on:change=move |ev| {
                        if let Some(o) = Outcome::from_id(&event_target_value(&ev)) {
                            let day = today();
                            edit(&|c| c.set_outcome(o, day));
                        }
                    }>
                        {Outcome::ALL.into_iter().map(|o| view! {
                            <option value=o.id() prop:selected=move || outcome.get() == o>{(t.outcome_name)(o)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <Show when=move || outcome.get() == Outcome::WonBack>
                    <div class="field" class:invalid=move || won_error.with(Option::is_some)>
                        <label for=won_id.clone()>{t.won_back_on}</label>
                        <input id=won_id.clone() type="date" min="1900-01-01" max="2200-12-31"
                            prop:value=move || c.with(|c| c.as_ref().and_then(|c| c.won_back_on).map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default())
                            on:change=move |ev| match parse_date(&event_target_value(&ev)) {
                                Ok(day) => { won_error.set(None); edit(&|c| c.won_back_on = Some(day)); }
                                Err(e) => won_error.set(Some(error_text(e))),
                            }/>
                        <p class="field-error" aria-live="polite">{move || won_error.get()}</p>
                    </div>
                </Show>
            </div>
            <Show when=move || outcome.get() == Outcome::WonBack>
                <p class="wb-care-note">{move || {
                    let next = c.with(|c| c.as_ref().and_then(DepartedCustomer::next_review));
                    next.map(|d| (t.care_next)((t.date)(d))).unwrap_or_default()
                }}</p>
            </Show>
        </article>
    }
}
