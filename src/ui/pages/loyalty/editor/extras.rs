//! The referral and gamification sections of the editor.

use super::*;

/// The referral reward.
#[component]
pub(super) fn ReferralSection(id: u64) -> impl IntoView {
    let t = &text().loyalty;
    let rate = num(
        id,
        |p| p.referral.per_member_year,
        |p, v| p.referral.per_member_year = v,
        parse_per_year,
    );
    view! {
        <section class="panel" aria-labelledby="loy-referral-heading">
            <h2 id="loy-referral-heading">{t.referral_heading}</h2>
            <p class="muted">{t.referral_lead}</p>
            <div class="loy-referral">
                <ReferralSide id referrer=true/>
                <ReferralSide id referrer=false/>
            </div>
            <Field label=t.referral_rate value=rate.raw error=rate.error hint=t.referral_rate_hint/>
        </section>
    }
}

/// The referrer's or the referee's reward.
#[component]
pub(super) fn ReferralSide(id: u64, referrer: bool) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let side = move |p: &Programme| {
        if referrer {
            p.referral.referrer
        } else {
            p.referral.referee
        }
    };
    let form = Signal::derive(move || doc.with(|d| d.get(id).map(|p| side(p).form)));
    let amount = bind_number(
        doc,
        id,
        move |p| Some(side(p).amount),
        move |p, v| {
            if referrer {
                p.referral.referrer.amount = v;
            } else {
                p.referral.referee.amount = v;
            }
        },
        move |raw, f| match form.get() {
            Some(ReferralForm::Value) => parse_amount(raw, f),
            _ => parse_points(raw, f),
        },
    );
    let options = vec![
        (ReferralForm::Points, (t.form_name)(ReferralForm::Points)),
        (ReferralForm::Value, (t.form_name)(ReferralForm::Value)),
    ];
    view! {
        <fieldset class="loy-item">
            <legend>{if referrer { t.referrer } else { t.referee }}</legend>
            <Choice label=t.referral_form options value=form on_change=Callback::new(move |v| doc.update(|d| {
                if let Some(p) = d.get_mut(id) {
                    if referrer { p.referral.referrer.form = v } else { p.referral.referee.form = v }
                }
            }))/>
            {move || if form.get() == Some(ReferralForm::Value) {
                view! { <Field label=t.referral_value value=amount.raw error=amount.error/> }.into_any()
            } else {
                view! { <Field label=t.referral_points value=amount.raw error=amount.error/> }.into_any()
            }}
        </fieldset>
    }
}

/// Which list of achievements a row belongs to.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Kind {
    Badge,
    Challenge,
}

pub(super) fn achievements(p: &Programme, kind: Kind) -> &Vec<Achievement> {
    match kind {
        Kind::Badge => &p.badges,
        Kind::Challenge => &p.challenges,
    }
}
pub(super) fn achievement(p: &Programme, kind: Kind, item: u64) -> Option<&Achievement> {
    achievements(p, kind).iter().find(|x| x.id == item)
}
pub(super) fn achievement_mut(p: &mut Programme, kind: Kind, item: u64) -> Option<&mut Achievement> {
    match kind {
        Kind::Badge => &mut p.badges,
        Kind::Challenge => &mut p.challenges,
    }
    .iter_mut()
    .find(|x| x.id == item)
}

/// Badges and challenges.
#[component]
pub(super) fn GamificationSection(id: u64) -> impl IntoView {
    let t = &text().loyalty;
    view! {
        <section class="panel" aria-labelledby="loy-game-heading">
            <h2 id="loy-game-heading">{t.gamification_heading}</h2>
            <p class="muted">{t.gamification_lead}</p>
            <AchievementList id kind=Kind::Badge/>
            <AchievementList id kind=Kind::Challenge/>
        </section>
    }
}

/// The badges or the challenges.
#[component]
pub(super) fn AchievementList(id: u64, kind: Kind) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let ids = match kind {
        Kind::Badge => item_ids(id, |p| &p.badges, |x| x.id),
        Kind::Challenge => item_ids(id, |p| &p.challenges, |x| x.id),
    };
    let room = match kind {
        Kind::Badge => has_room(id, |p| &p.badges),
        Kind::Challenge => has_room(id, |p| &p.challenges),
    };
    let (heading, empty, add_label, new_name) = match kind {
        Kind::Badge => (t.badges_heading, t.no_badges, t.add_badge, t.new_badge),
        Kind::Challenge => (t.challenges_heading, t.no_challenges, t.add_challenge, t.new_challenge),
    };
    let add = move |_| {
        doc.update(|d| {
            if let Some(p) = d.get_mut(id) {
                if achievements(p, kind).len() < MAX_ITEMS {
                    let item = p.new_item_id();
                    let a = Achievement {
                        id: item,
                        name: new_name.to_string(),
                        condition: String::new(),
                        points: 100.0,
                        share: 10.0,
                    };
                    match kind {
                        Kind::Badge => p.badges.push(a),
                        Kind::Challenge => p.challenges.push(a),
                    }
                }
            }
        })
    };
    view! {
        <h3>{heading}</h3>
        <Show when=move || !ids.with(Vec::is_empty) fallback=move || view! { <p class="muted">{empty}</p> }>
            <div class="loy-items">
                <For each=move || ids.get() key=|x| *x let:item>
                    <AchievementRow id item kind/>
                </For>
            </div>
        </Show>
        <button type="button" class="ghost" disabled=move || !room.get() on:click=add>{add_label}</button>
    }
}

/// One badge or challenge.
#[component]
pub(super) fn AchievementRow(id: u64, item: u64, kind: Kind) -> impl IntoView {
    let t = &text().loyalty;
    let doc = use_drafts();
    let label = match kind {
        Kind::Badge => item_label(id, item, |p| &p.badges, |x| x.id, |x| x.name.clone()),
        Kind::Challenge => item_label(id, item, |p| &p.challenges, |x| x.id, |x| x.name.clone()),
    };
    let name = bind_text(
        doc,
        id,
        move |p| achievement(p, kind, item).map(|x| x.name.clone()),
        move |p, v| {
            if let Some(x) = achievement_mut(p, kind, item) {
                x.name = v;
            }
        },
        true,
        MAX_NAME_CHARS,
    );
    let condition = bind_text(
        doc,
        id,
        move |p| achievement(p, kind, item).map(|x| x.condition.clone()),
        move |p, v| {
            if let Some(x) = achievement_mut(p, kind, item) {
                x.condition = v;
            }
        },
        false,
        MAX_NOTE_CHARS,
    );
    let points = bind_number(
        doc,
        id,
        move |p| achievement(p, kind, item).map(|x| x.points),
        move |p, v| {
            if let Some(x) = achievement_mut(p, kind, item) {
                x.points = v;
            }
        },
        parse_points,
    );
    let share = bind_number(
        doc,
        id,
        move |p| achievement(p, kind, item).map(|x| x.share),
        move |p, v| {
            if let Some(x) = achievement_mut(p, kind, item) {
                x.share = v;
            }
        },
        parse_share,
    );
    let legend_fn = match kind {
        Kind::Badge => t.badge_legend,
        Kind::Challenge => t.challenge_legend,
    };
    view! {
        <fieldset class="loy-item">
            <legend>{legend(legend_fn, label)}</legend>
            <div class="form-grid">
                <Field label=t.achievement_name value=name.raw error=name.error inputmode="text"/>
                <Field label=t.condition value=condition.raw error=condition.error inputmode="text"/>
                <Field label=t.points value=points.raw error=points.error/>
                <Field label=t.achievement_share value=share.raw error=share.error suffix="%"/>
            </div>
            <button type="button" class="danger small" on:click=move |_| {
                let name = label.get_untracked().1;
                match kind {
                    Kind::Badge => remove_item(id, item, |p| &mut p.badges, |x| x.id, name),
                    Kind::Challenge => remove_item(id, item, |p| &mut p.challenges, |x| x.id, name),
                }
            }>{t.remove}</button>
        </fieldset>
    }
}
