//! The tiers section of the editor.

use super::*;

pub(super) fn tier(p: &Programme, item: u64) -> Option<&Tier> {
    p.tiers.tiers.iter().find(|x| x.id == item)
}
pub(super) fn tier_mut(p: &mut Programme, item: u64) -> Option<&mut Tier> {
    p.tiers.tiers.iter_mut().find(|x| x.id == item)
}

/// The tier ladder.
#[component]
pub(super) fn TiersSection(id: u64) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let ids = item_ids(id, |p| &p.tiers.tiers, |x| x.id);
    let room = memo(move |_| doc.with(|d| d.get(id).is_some_and(Programme::tier_room)));
    let qualifier = Signal::derive(move || doc.with(|d| d.get(id).map(|p| p.tiers.qualifier)));
    let window = Signal::derive(move || doc.with(|d| d.get(id).map(|p| p.tiers.window)));
    let issues = memo(move |_| doc.with(|d| d.get(id).map(|p| check_tiers(&p.tiers.tiers)).unwrap_or_default()));
    let falling = memo(move |_| {
        doc.with(|d| {
            d.get(id)
                .map(|p| falling_multipliers(&p.tiers.tiers))
                .unwrap_or_default()
        })
    });
    let q_options = Qualifier::ALL
        .iter()
        .map(|q| (*q, (t.qualifier_name)(*q)))
        .collect::<Vec<_>>();
    let w_options = Window::ALL
        .iter()
        .map(|w| (*w, (t.window_name)(*w)))
        .collect::<Vec<_>>();
    let add = move |_| {
        doc.update(|d| {
            if let Some(p) = d.get_mut(id) {
                p.add_tier(t.new_tier.to_string());
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="loy-tiers-heading">
            <h2 id="loy-tiers-heading">{t.tiers_heading}</h2>
            <p class="muted">{t.tiers_lead}</p>
            <div class="form-grid">
                <Choice label=t.qualifier_label options=q_options value=qualifier on_change=Callback::new(move |q| doc.update(|d| {
                    if let Some(p) = d.get_mut(id) { p.tiers.qualifier = q; }
                }))/>
                <Choice label=t.window_label options=w_options value=window on_change=Callback::new(move |w| doc.update(|d| {
                    if let Some(p) = d.get_mut(id) { p.tiers.window = w; }
                }))/>
            </div>
            <p class="muted">{move || window.get().map(t.window_note)}</p>
            <Show when=move || !issues.with(Vec::is_empty)>
                <p class="loy-alert" role="alert">
                    <span aria-hidden="true">"⚠ "</span>{t.fix_tiers}
                </p>
            </Show>
            <Show when=move || !ids.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t.no_tiers}</p> }>
                <p class="muted">{t.below_first_note}</p>
                <ol class="loy-items loy-tiers">
                    <For each=move || ids.get() key=|x| *x let:item>
                        <TierRow id item issues falling/>
                    </For>
                </ol>
            </Show>
            <button type="button" class="ghost" disabled=move || !room.get() on:click=add>{t.add_tier}</button>
        </section>
    }
}

/// One tier, with the ladder's message next to its threshold.
#[component]
pub(super) fn TierRow(
    id: u64,
    item: u64,
    issues: Memo<Vec<(u64, TierIssue)>>,
    falling: Memo<Vec<u64>>,
) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let fmt = crate::ui::state::use_fmt();
    let label = item_label(id, item, |p| &p.tiers.tiers, |x| x.id, |x| x.name.clone());
    let by_spend = memo(move |_| doc.with(|d| d.get(id).is_some_and(|p| p.tiers.qualifier == Qualifier::Spend)));
    let manual = memo(move |_| doc.with(|d| d.get(id).is_some_and(|p| p.distribution == Distribution::Manual)));
    let name = bind_text(
        doc,
        id,
        move |p| tier(p, item).map(|x| x.name.clone()),
        move |p, v| {
            if let Some(x) = tier_mut(p, item) {
                x.name = v;
            }
        },
        true,
        MAX_NAME_CHARS,
    );
    let threshold = bind_number(
        doc,
        id,
        move |p| tier(p, item).map(|x| x.threshold),
        move |p, v| {
            if let Some(x) = tier_mut(p, item) {
                x.threshold = v;
            }
        },
        move |raw, f| parse_threshold(raw, f, by_spend.get()),
    );
    let multiplier = bind_number(
        doc,
        id,
        move |p| tier(p, item).map(|x| x.multiplier),
        move |p, v| {
            if let Some(x) = tier_mut(p, item) {
                x.multiplier = v;
            }
        },
        parse_multiplier,
    );
    let perks = bind_text(
        doc,
        id,
        move |p| tier(p, item).map(|x| x.perks.clone()),
        move |p, v| {
            if let Some(x) = tier_mut(p, item) {
                x.perks = v;
            }
        },
        false,
        MAX_NOTE_CHARS,
    );
    let share = bind_number(
        doc,
        id,
        move |p| tier(p, item).map(|x| x.share),
        move |p, v| {
            if let Some(x) = tier_mut(p, item) {
                x.share = v;
            }
        },
        parse_share,
    );
    // The input error first; then the ladder's message for this tier.
    let threshold_error = Signal::derive(move || {
        threshold.error.get().or_else(|| {
            issues.with(|all| {
                all.iter().find(|(tid, _)| *tid == item).map(|(_, issue)| match issue {
                    TierIssue::NotRising {
                        below_name,
                        below_threshold,
                    } => {
                        let f = fmt.get();
                        let value = if by_spend.get() {
                            f.money(*below_threshold)
                        } else {
                            f.whole(*below_threshold)
                        };
                        (t.not_rising)(&display_name(below_name), &value)
                    }
                })
            })
        })
    });
    let multiplier_falls = memo(move |_| falling.with(|f| f.contains(&item)));
    view! {
        <li>
            <fieldset class="loy-item" class:invalid=move || threshold_error.with(Option::is_some)>
                <legend>{legend(t.tier_legend, label)}</legend>
                <div class="form-grid">
                    <Field label=t.tier_name value=name.raw error=name.error inputmode="text"/>
                    {move || if by_spend.get() {
                        view! { <Field label=t.threshold_spend value=threshold.raw error=threshold_error/> }.into_any()
                    } else {
                        view! { <Field label=t.threshold_points value=threshold.raw error=threshold_error/> }.into_any()
                    }}
                    <div>
                        <Field label=t.multiplier value=multiplier.raw error=multiplier.error hint=t.multiplier_hint/>
                        <Show when=move || multiplier_falls.get()>
                            <p class="loy-warning"><span aria-hidden="true">"⚠ "</span>{t.multiplier_falls}</p>
                        </Show>
                    </div>
                    <Show when=move || manual.get()>
                        <Field label=t.tier_share value=share.raw error=share.error suffix="%"/>
                    </Show>
                </div>
                <Field label=t.perks value=perks.raw error=perks.error inputmode="text"/>
                <button type="button" class="danger small" on:click=move |_| {
                    let name = label.get_untracked().1;
                    remove_item(id, item, |p| &mut p.tiers.tiers, |x| x.id, name);
                }>{t.remove}</button>
            </fieldset>
        </li>
    }
}
