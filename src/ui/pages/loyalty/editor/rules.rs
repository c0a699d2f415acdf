//! The programme, earning and point-value sections of the editor.

use super::*;

/// The programme's name and origin.
#[component]
pub(super) fn ProgrammeSection(id: u64) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let name = bind_text(
        doc,
        id,
        |p| Some(p.name.clone()),
        |p, v| p.name = v,
        true,
        MAX_NAME_CHARS,
    );
    let origin = memo(move |_| doc.with(|d| d.get(id).and_then(|p| p.template)));
    view! {
        <section class="panel" aria-labelledby="loy-programme-heading">
            <h2 id="loy-programme-heading">{t.programme_heading}</h2>
            <Field label=t.programme_name value=name.raw error=name.error inputmode="text"/>
            {move || origin.get().map(|tpl| view! { <p class="muted">{(t.started_from)((t.template_name)(tpl))}</p> })}
        </section>
    }
}

/// Points per unit spent and the bonus actions.
#[component]
pub(super) fn EarningSection(id: u64) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let fmt = crate::ui::state::use_fmt();
    let ppu = num(
        id,
        |p| p.points_per_unit,
        |p, v| p.points_per_unit = v,
        parse_points_per_unit,
    );
    let ids = item_ids(id, |p| &p.bonus, |b| b.id);
    let room = has_room(id, |p| &p.bonus);
    let referral = memo(move |_| {
        let f = fmt.get();
        doc.with(|d| {
            d.get(id).map(|p| {
                let r = &p.referral.referrer;
                match r.form {
                    ReferralForm::Points => format!("{} {}", f.whole(r.amount), t.points.to_lowercase()),
                    ReferralForm::Value => f.money(r.amount),
                }
            })
        })
    });
    let add = move |_| {
        doc.update(|d| {
            if let Some(p) = d.get_mut(id) {
                if p.bonus.len() < MAX_ITEMS {
                    let item = p.new_item_id();
                    p.bonus.push(BonusAction {
                        id: item,
                        kind: BonusKind::Other,
                        points: 50.0,
                        per_member_year: 0.1,
                        ..BonusAction::default()
                    });
                }
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="loy-earning-heading">
            <h2 id="loy-earning-heading">{t.earning_heading}</h2>
            <p class="muted">{t.earning_lead}</p>
            <Field label=t.points_per_unit value=ppu.raw error=ppu.error hint=t.points_per_unit_hint/>
            <h3>{t.bonus_heading}</h3>
            <Show when=move || !ids.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t.no_bonus}</p> }>
                <div class="loy-items">
                    <For each=move || ids.get() key=|x| *x let:item>
                        <BonusRow id item/>
                    </For>
                </div>
            </Show>
            <p class="muted">{move || referral.get().map(|r| (t.referral_in_bonus)(&r))}</p>
            <button type="button" class="ghost" disabled=move || !room.get() on:click=add>{t.add_bonus}</button>
        </section>
    }
}

pub(super) fn bonus(p: &Programme, item: u64) -> Option<&BonusAction> {
    p.bonus.iter().find(|b| b.id == item)
}
pub(super) fn bonus_mut(p: &mut Programme, item: u64) -> Option<&mut BonusAction> {
    p.bonus.iter_mut().find(|b| b.id == item)
}

/// One bonus action.
#[component]
pub(super) fn BonusRow(id: u64, item: u64) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let label = item_label(
        id,
        item,
        |p| &p.bonus,
        |b| b.id,
        |b| {
            let kind = (text().loyalty.bonus_kind_name)(b.kind);
            kind.to_string()
        },
    );
    let kind = Signal::derive(move || doc.with(|d| d.get(id).and_then(|p| bonus(p, item)).map(|b| b.kind)));
    let description = bind_text(
        doc,
        id,
        move |p| bonus(p, item).map(|b| b.description.clone()),
        move |p, v| {
            if let Some(b) = bonus_mut(p, item) {
                b.description = v;
            }
        },
        false,
        MAX_NOTE_CHARS,
    );
    let points = bind_number(
        doc,
        id,
        move |p| bonus(p, item).map(|b| b.points),
        move |p, v| {
            if let Some(b) = bonus_mut(p, item) {
                b.points = v;
            }
        },
        parse_points,
    );
    let times = bind_number(
        doc,
        id,
        move |p| bonus(p, item).map(|b| b.per_member_year),
        move |p, v| {
            if let Some(b) = bonus_mut(p, item) {
                b.per_member_year = v;
            }
        },
        parse_per_year,
    );
    let options = BonusKind::ALL
        .iter()
        .map(|k| (*k, (t.bonus_kind_name)(*k)))
        .collect::<Vec<_>>();
    view! {
        <fieldset class="loy-item">
            <legend>{legend(t.bonus_legend, label)}</legend>
            <div class="form-grid">
                <Choice label=t.bonus_kind options value=kind on_change=Callback::new(move |k| doc.update(|d| {
                    if let Some(b) = d.get_mut(id).and_then(|p| bonus_mut(p, item)) { b.kind = k; }
                }))/>
                <Field label=t.description value=description.raw error=description.error inputmode="text"/>
                <Field label=t.points value=points.raw error=points.error/>
                <Field label=t.per_member_year value=times.raw error=times.error hint=t.per_member_year_hint/>
            </div>
            <button type="button" class="danger small" on:click=move |_| {
                let name = label.get_untracked().1;
                remove_item(id, item, |p| &mut p.bonus, |b| b.id, name);
            }>{t.remove}</button>
        </fieldset>
    }
}

/// What a point costs: entered, or from the catalogue.
#[component]
pub(super) fn PointValueSection(id: u64) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let fmt = crate::ui::state::use_fmt();
    let cpp = num(
        id,
        |p| p.cost_per_point,
        |p, v| p.cost_per_point = v,
        parse_cost_per_point,
    );
    let mode = Signal::derive(move || doc.with(|d| d.get(id).map(|p| p.point_value)));
    let catalogue = memo(move |_| doc.with(|d| d.get(id).map(catalogue_cost_per_point)));
    let hundred = memo(move |_| {
        let f = fmt.get();
        doc.with(|d| {
            d.get(id)
                .map(|p| (t.points_for_one)(&f.whole(100.0), &f.money_fine(p.cost_per_point * 100.0)))
        })
    });
    let options = vec![
        (PointValueMode::Entered, t.mode_entered),
        (PointValueMode::Catalogue, t.mode_catalogue),
    ];
    view! {
        <section class="panel" aria-labelledby="loy-value-heading">
            <h2 id="loy-value-heading">{t.point_value_heading}</h2>
            <p class="muted">{t.point_value_lead}</p>
            <div class="form-grid">
                <Choice label=t.point_value_mode options value=mode on_change=Callback::new(move |m| doc.update(|d| {
                    if let Some(p) = d.get_mut(id) { p.point_value = m; }
                }))/>
                <Show when=move || mode.get() == Some(PointValueMode::Entered)>
                    <Field label=t.cost_per_point value=cpp.raw error=cpp.error hint=t.cost_per_point_hint/>
                </Show>
            </div>
            <Show when=move || mode.get() == Some(PointValueMode::Entered)>
                <p class="muted">{move || hundred.get()}</p>
            </Show>
            <p class="loy-catalogue-note" aria-live="polite">
                {move || match catalogue.get() {
                    Some(Ok(c)) => (t.catalogue_gives)(&fmt.get().money_fine(c)),
                    Some(Err(_)) => t.catalogue_unusable.to_string(),
                    None => String::new(),
                }}
            </p>
        </section>
    }
}
