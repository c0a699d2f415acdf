//! The rewards section of the editor.

use super::*;

pub(super) fn reward(p: &Programme, item: u64) -> Option<&Reward> {
    p.rewards.iter().find(|x| x.id == item)
}
pub(super) fn reward_mut(p: &mut Programme, item: u64) -> Option<&mut Reward> {
    p.rewards.iter_mut().find(|x| x.id == item)
}

/// The rewards catalogue.
#[component]
pub(super) fn RewardsSection(id: u64) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let fmt = crate::ui::state::use_fmt();
    let ids = item_ids(id, |p| &p.rewards, |x| x.id);
    let room = has_room(id, |p| &p.rewards);
    let mix_total = memo(move |_| doc.with(|d| d.get(id).map(|p| p.rewards.iter().map(|r| r.mix).sum::<f64>())));
    let add = move |_| {
        doc.update(|d| {
            if let Some(p) = d.get_mut(id) {
                if p.rewards.len() < MAX_ITEMS {
                    let item = p.new_item_id();
                    p.rewards.push(Reward {
                        id: item,
                        kind: RewardKind::DiscountCoupon,
                        name: t.new_reward.to_string(),
                        points_price: 500.0,
                        cost: 5.0,
                        mix: 0.0,
                    });
                }
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="loy-rewards-heading">
            <h2 id="loy-rewards-heading">{t.rewards_heading}</h2>
            <p class="muted">{t.rewards_lead}</p>
            <Show when=move || !ids.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t.no_rewards}</p> }>
                <div class="loy-items">
                    <For each=move || ids.get() key=|x| *x let:item>
                        <RewardRow id item/>
                    </For>
                </div>
            </Show>
            {move || mix_total.get().filter(|_| !ids.with(Vec::is_empty)).map(|total| {
                let f = fmt.get();
                let text = f.share(total / 100.0);
                if (total - 100.0).abs() > 0.01 {
                    view! { <p class="loy-warning" role="status"><span aria-hidden="true">"⚠ "</span>{(t.mix_not_100)(&text)}</p> }.into_any()
                } else {
                    view! { <p class="muted" role="status">{(t.mix_total)(&text)}</p> }.into_any()
                }
            })}
            <button type="button" class="ghost" disabled=move || !room.get() on:click=add>{t.add_reward}</button>
        </section>
    }
}

/// One reward.
#[component]
pub(super) fn RewardRow(id: u64, item: u64) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let fmt = crate::ui::state::use_fmt();
    let label = item_label(id, item, |p| &p.rewards, |x| x.id, |x| x.name.clone());
    let kind = Signal::derive(move || doc.with(|d| d.get(id).and_then(|p| reward(p, item)).map(|x| x.kind)));
    let name = bind_text(
        doc,
        id,
        move |p| reward(p, item).map(|x| x.name.clone()),
        move |p, v| {
            if let Some(x) = reward_mut(p, item) {
                x.name = v;
            }
        },
        true,
        MAX_NAME_CHARS,
    );
    let price = bind_number(
        doc,
        id,
        move |p| reward(p, item).map(|x| x.points_price),
        move |p, v| {
            if let Some(x) = reward_mut(p, item) {
                x.points_price = v;
            }
        },
        parse_points,
    );
    let cost = bind_number(
        doc,
        id,
        move |p| reward(p, item).map(|x| x.cost),
        move |p, v| {
            if let Some(x) = reward_mut(p, item) {
                x.cost = v;
            }
        },
        parse_amount,
    );
    let mix = bind_number(
        doc,
        id,
        move |p| reward(p, item).map(|x| x.mix),
        move |p, v| {
            if let Some(x) = reward_mut(p, item) {
                x.mix = v;
            }
        },
        parse_share,
    );
    let per_point = memo(move |_| {
        let f = fmt.get();
        doc.with(|d| {
            d.get(id).and_then(|p| reward(p, item)).map(|r| {
                if r.points_price > 0.0 {
                    (t.reward_per_point)(&f.money_fine(r.cost / r.points_price))
                } else {
                    t.reward_free.to_string()
                }
            })
        })
    });
    let options = RewardKind::ALL
        .iter()
        .map(|k| (*k, (t.reward_kind_name)(*k)))
        .collect::<Vec<_>>();
    view! {
        <fieldset class="loy-item">
            <legend>{legend(t.reward_legend, label)}</legend>
            <div class="form-grid">
                <Choice label=t.reward_kind options value=kind on_change=Callback::new(move |k| doc.update(|d| {
                    if let Some(x) = d.get_mut(id).and_then(|p| reward_mut(p, item)) { x.kind = k; }
                }))/>
                <Field label=t.reward_name value=name.raw error=name.error inputmode="text"/>
                <Field label=t.points_price value=price.raw error=price.error/>
                <Field label=t.reward_cost value=cost.raw error=cost.error hint=t.reward_cost_hint/>
                <Field label=t.mix value=mix.raw error=mix.error suffix="%"/>
            </div>
            <p class="muted">{move || per_point.get()}</p>
            <button type="button" class="danger small" on:click=move |_| {
                let name = label.get_untracked().1;
                remove_item(id, item, |p| &mut p.rewards, |x| x.id, name);
            }>{t.remove}</button>
        </fieldset>
    }
}
