//! The results of a draft as labelled rows (value, formula with the draft's
//! numbers, source), and a draft as comparable rows. Shared by the editor,
//! the printable summary and the comparison.

use super::bind::Fmt;
use crate::domain::loyalty::{BreakEven, Economics, ModelError, PointValueMode, Programme, ReferralForm};
use crate::ui::text::text;

/// One result with its formula and source.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultRow {
    /// Stable key (used by the comparison and tests).
    pub key: &'static str,
    pub label: &'static str,
    pub value: String,
    pub formula: String,
    pub source: &'static str,
    /// Good (true) or bad (false) news, when the value has a direction.
    pub good: Option<bool>,
    /// A remark under the value.
    pub note: Option<String>,
}

/// Why a draft has no economics, as a sentence.
pub fn model_error(err: &ModelError, f: Fmt) -> String {
    let t = &text().loyalty;
    match err {
        ModelError::Tiers(_) => t.fix_tiers.to_string(),
        ModelError::EmptyCatalogue => t.fix_catalogue_empty.to_string(),
        ModelError::MixNot100(sum) => (t.fix_catalogue_mix)(&f.share(sum / 100.0)),
    }
}

/// The break-even lift as text.
pub fn break_even_text(e: &Economics, f: Fmt) -> String {
    let t = &text().loyalty;
    match e.break_even {
        BreakEven::AtZero => t.break_even_zero.to_string(),
        BreakEven::At(l) => (t.break_even_at)(&f.num(l * 100.0)),
        BreakEven::Never => t.break_even_never.to_string(),
    }
}

/// The payback period as text.
pub fn payback_text(e: &Economics, f: Fmt) -> String {
    let t = &text().loyalty;
    match e.payback_months {
        Some(m) if m <= 0.0 => t.payback_now.to_string(),
        Some(m) => (t.months)(&format_one_decimal(m, f)),
        None => t.payback_never.to_string(),
    }
}

fn format_one_decimal(x: f64, f: Fmt) -> String {
    crate::domain::format::format_fixed((x * 10.0).round() / 10.0, 1, f.number)
        .trim_end_matches(['0'])
        .trim_end_matches([f.number.decimal])
        .to_string()
}

/// The headline results of a draft, each with its formula and source.
pub fn result_rows(e: &Economics, f: Fmt) -> Vec<ResultRow> {
    let t = &text().loyalty;
    let a = &e.assumptions;
    let Some(y) = e.year1() else {
        return Vec::new();
    };
    let cpp = f.money_fine(a.cost_per_point);
    let r = f.share(e.redemption_share);
    let roi_value = |roi: Option<f64>| roi.map_or_else(|| t.not_defined_no_cost.to_string(), |x| f.share(x));
    let net_sum: Vec<String> = e.years.iter().map(|y| f.money_whole(y.net)).collect();
    let (sum_gp, sum_cost) = e
        .years
        .iter()
        .fold((0.0, 0.0), |(g, c), y| (g + y.incremental_gross_profit, c + y.cost));
    let referred = y.members * a.referrals;
    // With no members nothing is good or bad news yet.
    let judged = a.members > 0.0;
    let lift_note = e
        .lift_limited
        .then(|| (t.lift_limited)(&f.num(a.effective_lift() * 100.0)));
    let break_even_note = match e.break_even {
        BreakEven::At(l) if l > 1.0 - a.current_retention + 1e-12 => {
            Some((t.break_even_out_of_reach)(&f.num((1.0 - a.current_retention) * 100.0)))
        }
        _ => None,
    };
    vec![
        ResultRow {
            key: "reward_rate",
            label: t.reward_rate,
            value: f.share(e.effective_reward_rate),
            formula: (t.f_reward_rate)(&f.num(a.points_per_unit), &f.num(y.average_multiplier), &cpp, &r),
            source: t.s_reward_rate,
            good: None,
            note: None,
        },
        ResultRow {
            key: "give_back",
            label: t.give_back,
            value: e
                .give_back_rate
                .map_or_else(|| t.not_defined_no_spend.to_string(), |x| f.share(x)),
            formula: (t.f_give_back)(
                &f.money_whole(y.points_cost),
                &f.money_whole(y.referral_value_cost),
                &f.money_whole(y.members * e.spend_with_programme),
            ),
            source: t.s_give_back,
            good: None,
            note: None,
        },
        ResultRow {
            key: "cost",
            label: t.annual_cost,
            value: f.money_whole(y.cost),
            formula: (t.f_cost)(
                &f.whole(y.members),
                &f.whole(y.points_per_member),
                &r,
                &cpp,
                &f.money_whole(y.referral_value_cost),
                &f.money_whole(a.fixed_cost),
            ),
            source: t.s_cost,
            good: None,
            note: None,
        },
        ResultRow {
            key: "liability",
            label: t.liability,
            value: f.money_whole(y.liability),
            formula: (t.f_liability)(&f.whole(y.outstanding_points), &f.share(a.breakage), &cpp),
            source: t.s_liability,
            good: None,
            note: None,
        },
        ResultRow {
            key: "profit",
            label: t.incremental_profit,
            value: f.money_whole(y.incremental_gross_profit),
            formula: (t.f_profit)(
                &f.share(a.margin),
                &f.whole(y.members),
                &f.money(e.spend_with_programme),
                &f.whole(a.members),
                &f.money(e.spend_per_member),
                &f.whole(referred),
                "",
            ),
            source: t.s_profit,
            good: None,
            note: lift_note,
        },
        ResultRow {
            key: "roi",
            label: t.roi,
            value: roi_value(y.roi),
            formula: (t.f_roi)(&f.money_whole(y.incremental_gross_profit), &f.money_whole(y.cost)),
            source: t.s_roi,
            good: y.roi.map(|x| x >= 0.0).filter(|_| judged),
            note: None,
        },
        ResultRow {
            key: "roi3",
            label: t.roi_three_years,
            value: roi_value(e.three_year_roi),
            formula: (t.f_roi_three)(
                &f.money_whole(sum_gp),
                &f.money_whole(sum_cost),
                &f.money_whole(a.launch_cost),
            ),
            source: t.s_roi,
            good: e.three_year_roi.map(|x| x >= 0.0).filter(|_| judged),
            note: None,
        },
        ResultRow {
            key: "payback",
            label: t.payback,
            value: payback_text(e, f),
            formula: (t.f_payback)(&f.money_whole(a.launch_cost), &net_sum.join(", ")),
            source: t.s_payback,
            good: Some(e.payback_months.is_some()).filter(|_| judged),
            note: None,
        },
        ResultRow {
            key: "break_even",
            label: t.break_even,
            value: break_even_text(e, f),
            formula: (t.f_break_even)(
                &f.money_whole(-e.net_without_lift),
                &f.money_whole(e.net_per_lift_point),
            ),
            source: t.s_break_even,
            good: Some(match e.break_even {
                BreakEven::AtZero => true,
                BreakEven::At(l) => l <= a.effective_lift() + 1e-12,
                BreakEven::Never => false,
            })
            .filter(|_| judged),
            note: break_even_note,
        },
    ]
}

/// A row of the comparison: a setting and its value in a draft.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareRow {
    /// Section title.
    pub section: &'static str,
    pub label: String,
    pub value: String,
}

/// A draft as rows to compare: its rules, economics inputs and results.
pub fn compare_rows(p: &Programme, e: &Result<Economics, ModelError>, f: Fmt) -> Vec<CompareRow> {
    let t = &text().loyalty;
    let mut rows = Vec::new();
    let mut push =
        |section: &'static str, label: String, value: String| rows.push(CompareRow { section, label, value });
    let rules = t.section_rules;
    push(rules, t.points_per_unit.to_string(), f.num(p.points_per_unit));
    push(
        rules,
        t.point_value_mode.to_string(),
        match p.point_value {
            PointValueMode::Entered => t.mode_entered,
            PointValueMode::Catalogue => t.mode_catalogue,
        }
        .to_string(),
    );
    push(rules, t.cost_per_point.to_string(), f.money_fine(p.cost_per_point));
    let side = |form: ReferralForm, amount: f64| match form {
        ReferralForm::Points => format!("{} {}", f.whole(amount), t.points.to_lowercase()),
        ReferralForm::Value => f.money(amount),
    };
    push(
        rules,
        t.referrer.to_string(),
        side(p.referral.referrer.form, p.referral.referrer.amount),
    );
    push(
        rules,
        t.referee.to_string(),
        side(p.referral.referee.form, p.referral.referee.amount),
    );
    push(rules, t.referral_rate.to_string(), f.num(p.referral.per_member_year));

    let tiers = t.section_tiers;
    push(
        tiers,
        t.tier_basis.to_string(),
        format!(
            "{} · {}",
            (t.qualifier_name)(p.tiers.qualifier),
            (t.window_name)(p.tiers.window)
        ),
    );
    let by_spend = p.tiers.qualifier == crate::domain::loyalty::Qualifier::Spend;
    for (i, tier) in p.tiers.tiers.iter().enumerate() {
        let threshold = if by_spend {
            f.money(tier.threshold)
        } else {
            f.whole(tier.threshold)
        };
        push(
            tiers,
            (t.tier_row)(i + 1),
            (t.tier_value)(&tier.name, &threshold, &f.num(tier.multiplier)),
        );
        push(
            tiers,
            format!("{} · {}", (t.tier_row)(i + 1), t.perks),
            tier.perks.clone(),
        );
    }

    let rewards = t.section_rewards;
    for (i, r) in p.rewards.iter().enumerate() {
        push(
            rewards,
            (t.reward_row)(i + 1),
            format!(
                "{} ({}) · {}",
                (t.reward_value)(&r.name, &f.whole(r.points_price), &f.money(r.cost)),
                (t.reward_kind_name)(r.kind),
                f.share(r.mix / 100.0)
            ),
        );
    }

    let game = t.section_gamification;
    for (i, b) in p.bonus.iter().enumerate() {
        let name = if b.description.is_empty() {
            (t.bonus_kind_name)(b.kind).to_string()
        } else {
            format!("{} ({})", (t.bonus_kind_name)(b.kind), b.description)
        };
        push(
            game,
            (t.bonus_row)(i + 1),
            (t.bonus_value)(&name, &f.whole(b.points), &f.num(b.per_member_year)),
        );
    }
    for (i, a) in p.badges.iter().enumerate() {
        push(
            game,
            (t.badge_row)(i + 1),
            (t.achievement_value)(&a.name, &f.whole(a.points), &f.share(a.share / 100.0)),
        );
    }
    for (i, a) in p.challenges.iter().enumerate() {
        push(
            game,
            (t.challenge_row)(i + 1),
            (t.achievement_value)(&a.name, &f.whole(a.points), &f.share(a.share / 100.0)),
        );
    }

    let inputs = t.section_inputs;
    let x = &p.economics;
    for (label, value) in [
        (t.members, f.whole(x.members as f64)),
        (t.average_order_value, f.money(x.average_order_value)),
        (t.purchases_per_year, f.num(x.purchases_per_year)),
        (t.gross_margin, f.share(x.gross_margin / 100.0)),
        (t.redemption_rate, f.share(x.redemption_rate / 100.0)),
        (t.breakage, f.share(x.breakage / 100.0)),
        (t.current_retention, f.share(x.current_retention / 100.0)),
        (t.retention_lift, f.num(x.retention_lift)),
        (t.frequency_lift, f.share(x.frequency_lift / 100.0)),
        (t.fixed_cost, f.money(x.fixed_cost)),
        (t.launch_cost, f.money(x.launch_cost)),
        (t.distribution_label, (t.distribution_name)(p.distribution).to_string()),
    ] {
        push(inputs, label.to_string(), value);
    }

    let results = t.section_results;
    match e {
        Ok(e) => {
            for row in result_rows(e, f) {
                push(results, row.label.to_string(), row.value);
            }
            if let Some(y) = e.year1() {
                push(results, t.points_per_member.to_string(), f.whole(y.points_per_member));
                push(results, t.average_multiplier.to_string(), f.mult(y.average_multiplier));
            }
        }
        Err(err) => push(results, t.results_heading.to_string(), model_error(err, f)),
    }
    rows
}
