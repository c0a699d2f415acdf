//! The economics of a draft: the model written down in the module docs of
//! [`crate::domain::loyalty`], one function per formula, and [`project`],
//! which runs it for three years. No function panics or returns NaN or an
//! infinity, whatever the stored values.

use super::fields::{
    clamp, MAX_COST_PER_POINT, MAX_FREQUENCY_LIFT, MAX_MULTIPLIER, MAX_PER_YEAR, MAX_POINTS, MAX_POINTS_PER_UNIT,
};
use super::programme::{PointValueMode, Programme, ReferralForm};
use super::tiers::{spread, Ladder, TierIssue, TierSpread};
use crate::domain::input::{MAX_COUNT, MAX_MONEY};

/// Years shown in the projection.
pub const PROJECTION_YEARS: u32 = 3;
/// Years searched for the payback month.
pub const PAYBACK_HORIZON_YEARS: u32 = 10;

/// Why the economics cannot be worked out for a draft.
#[derive(Clone, Debug, PartialEq)]
pub enum ModelError {
    /// Tier thresholds do not rise strictly (see [`super::tiers::check_tiers`]).
    Tiers(Vec<(u64, TierIssue)>),
    /// The cost per point comes from the catalogue, but no reward has both a
    /// points price and a share of redemptions.
    EmptyCatalogue,
    /// The catalogue's shares of redemptions do not add up to 100 % (their
    /// sum, percent).
    MixNot100(f64),
}

/// `a / b`, or `None` when `b` is zero or the result is not finite.
pub fn ratio(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 || !a.is_finite() || !b.is_finite() {
        return None;
    }
    let r = a / b;
    r.is_finite().then_some(r)
}

/// A finite value (anything else becomes 0).
fn finite(x: f64) -> f64 {
    if x.is_finite() {
        x
    } else {
        0.0
    }
}

/// R = ρ + (1 − ρ)(1 − b): the share of issued points ever redeemed, from the
/// redemption rate ρ in the year of issue and the breakage b of what is left
/// (both fractions).
pub fn redemption_share(redemption: f64, breakage: f64) -> f64 {
    let (r, b) = (clamp(redemption, 0.0, 1.0), clamp(breakage, 0.0, 1.0));
    clamp(r + (1.0 - r) * (1.0 - b), 0.0, 1.0)
}

/// Effective reward rate: the share of spend given back through spend points,
/// u × m̄ × c × R.
pub fn effective_reward_rate(
    points_per_unit: f64,
    average_multiplier: f64,
    cost_per_point: f64,
    redemption: f64,
) -> f64 {
    finite(
        clamp(points_per_unit, 0.0, MAX_POINTS_PER_UNIT)
            * clamp(average_multiplier, 0.0, MAX_MULTIPLIER)
            * clamp(cost_per_point, 0.0, MAX_COST_PER_POINT)
            * clamp(redemption, 0.0, 1.0),
    )
}

/// Points liability: outstanding points × (1 − breakage) × cost per point.
pub fn points_liability(outstanding_points: f64, breakage: f64, cost_per_point: f64) -> f64 {
    finite(
        clamp(outstanding_points, 0.0, f64::MAX)
            * (1.0 - clamp(breakage, 0.0, 1.0))
            * clamp(cost_per_point, 0.0, f64::MAX),
    )
}

/// ROI = (incremental gross profit − cost) / cost; `None` ("not defined") when
/// the cost is zero.
pub fn roi(incremental_gross_profit: f64, cost: f64) -> Option<f64> {
    ratio(incremental_gross_profit - cost, cost)
}

/// Months until the cumulative net benefit covers the launch cost, with each
/// year's net benefit spread evenly over its months. `None` when that does not
/// happen within the years given.
pub fn payback_months(launch_cost: f64, yearly_net: &[f64]) -> Option<f64> {
    let k = clamp(launch_cost, 0.0, f64::MAX);
    let first = yearly_net.first().copied().map(finite).unwrap_or(0.0);
    if k == 0.0 && first >= 0.0 {
        return Some(0.0);
    }
    let mut cumulative = 0.0;
    for (i, net) in yearly_net.iter().copied().map(finite).enumerate() {
        if net > 0.0 && cumulative < k && cumulative + net >= k {
            let months = 12.0 * i as f64 + 12.0 * ((k - cumulative) / net);
            return Some(clamp(months, 0.0, f64::MAX));
        }
        cumulative += net;
    }
    None
}

/// The catalogue's cost per point: Σ share × cost ÷ points price over rewards
/// with a points price, shares as fractions of all redemptions.
pub fn catalogue_cost_per_point(programme: &Programme) -> Result<f64, ModelError> {
    let priced: Vec<(f64, f64, f64)> = programme
        .rewards
        .iter()
        .map(|r| {
            (
                clamp(r.points_price, 0.0, MAX_POINTS),
                clamp(r.cost, 0.0, MAX_MONEY),
                clamp(r.mix, 0.0, 100.0),
            )
        })
        .collect();
    let total_mix: f64 = priced.iter().map(|r| r.2).sum();
    if !priced.iter().any(|(price, _, mix)| *price > 0.0 && *mix > 0.0) {
        return Err(ModelError::EmptyCatalogue);
    }
    if (total_mix - 100.0).abs() > 0.01 {
        return Err(ModelError::MixNot100(total_mix));
    }
    // A reward with no points price cannot be bought with points: its share
    // of redemptions costs nothing per point.
    let cpp: f64 = priced
        .iter()
        .filter_map(|(price, cost, mix)| ratio(*cost, *price).map(|per_point| per_point * mix / 100.0))
        .sum();
    Ok(clamp(cpp, 0.0, MAX_COST_PER_POINT))
}

/// The inputs of the model, sanitised: fractions for percentages.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Assumptions {
    pub members: f64,
    pub average_order_value: f64,
    pub purchases_per_year: f64,
    pub margin: f64,
    pub redemption: f64,
    pub breakage: f64,
    pub current_retention: f64,
    pub retention_lift: f64,
    pub frequency_lift: f64,
    pub fixed_cost: f64,
    pub launch_cost: f64,
    pub points_per_unit: f64,
    pub cost_per_point: f64,
    /// Points per member per year from bonus actions, badges and challenges.
    pub bonus_points: f64,
    /// Successful referrals per member per year.
    pub referrals: f64,
    /// Points per referral (referrer + referee, where paid in points).
    pub referral_points: f64,
    /// Money per referral (referrer + referee, where paid as value).
    pub referral_value: f64,
}

impl Assumptions {
    /// Reads and sanitises a draft's inputs; fails when the tiers or the
    /// catalogue (when it sets the point cost) are not usable.
    pub fn of(programme: &Programme) -> Result<(Assumptions, Ladder), ModelError> {
        let ladder = Ladder::new(&programme.tiers).map_err(ModelError::Tiers)?;
        let cost_per_point = match programme.point_value {
            PointValueMode::Entered => clamp(programme.cost_per_point, 0.0, MAX_COST_PER_POINT),
            PointValueMode::Catalogue => catalogue_cost_per_point(programme)?,
        };
        let e = &programme.economics;
        let pct = |x: f64| clamp(x, 0.0, 100.0) / 100.0;
        let current_retention = pct(e.current_retention);
        let per_year = |x: f64| clamp(x, 0.0, MAX_PER_YEAR);
        let points = |x: f64| clamp(x, 0.0, MAX_POINTS);
        let bonus_points = programme
            .bonus
            .iter()
            .map(|b| points(b.points) * per_year(b.per_member_year))
            .sum::<f64>()
            + programme
                .badges
                .iter()
                .chain(programme.challenges.iter())
                .map(|a| points(a.points) * pct(a.share))
                .sum::<f64>();
        let r = &programme.referral;
        let side = |form: ReferralForm, amount: f64, want: ReferralForm| {
            if form == want {
                match form {
                    ReferralForm::Points => points(amount),
                    ReferralForm::Value => clamp(amount, 0.0, MAX_MONEY),
                }
            } else {
                0.0
            }
        };
        let referral_points = side(r.referrer.form, r.referrer.amount, ReferralForm::Points)
            + side(r.referee.form, r.referee.amount, ReferralForm::Points);
        let referral_value = side(r.referrer.form, r.referrer.amount, ReferralForm::Value)
            + side(r.referee.form, r.referee.amount, ReferralForm::Value);
        Ok((
            Assumptions {
                members: clamp(e.members.min(MAX_COUNT) as f64, 0.0, MAX_COUNT as f64),
                average_order_value: clamp(e.average_order_value, 0.0, MAX_MONEY),
                purchases_per_year: per_year(e.purchases_per_year),
                margin: pct(e.gross_margin),
                redemption: pct(e.redemption_rate),
                breakage: pct(e.breakage),
                current_retention,
                retention_lift: clamp(e.retention_lift, 0.0, 100.0) / 100.0,
                frequency_lift: clamp(e.frequency_lift, 0.0, MAX_FREQUENCY_LIFT) / 100.0,
                fixed_cost: clamp(e.fixed_cost, 0.0, MAX_MONEY),
                launch_cost: clamp(e.launch_cost, 0.0, MAX_MONEY),
                points_per_unit: clamp(programme.points_per_unit, 0.0, MAX_POINTS_PER_UNIT),
                cost_per_point,
                bonus_points: finite(bonus_points),
                referrals: per_year(r.per_member_year),
                referral_points,
                referral_value,
            },
            ladder,
        ))
    }

    /// s = AOV × f.
    pub fn spend(&self) -> f64 {
        self.average_order_value * self.purchases_per_year
    }
    /// s′ = s × (1 + φ).
    pub fn spend_with_programme(&self) -> f64 {
        self.spend() * (1.0 + self.frequency_lift)
    }
    /// Retention lift actually possible: at most 1 − r₀.
    pub fn effective_lift(&self) -> f64 {
        self.retention_lift.min(1.0 - self.current_retention).max(0.0)
    }
}

/// The figures of one year of the projection.
#[derive(Clone, Debug, PartialEq)]
pub struct YearFigures {
    /// 1, 2, 3 …
    pub year: u32,
    /// Extra members kept by the programme, Eₜ.
    pub extra_members: f64,
    /// Members earning points, Nₜ = M + Eₜ.
    pub members: f64,
    /// Members per band (0 = below the first tier, i + 1 = tier i).
    pub members_per_band: Vec<f64>,
    /// Spend-weighted average multiplier m̄.
    pub average_multiplier: f64,
    /// Points per member per year p.
    pub points_per_member: f64,
    /// Points issued Nₜ × p.
    pub points_issued: f64,
    /// Points outstanding at the year's end, (1 − ρ) × issued.
    pub outstanding_points: f64,
    /// Cost of points Nₜ × p × R × c.
    pub points_cost: f64,
    /// Referral rewards paid as value.
    pub referral_value_cost: f64,
    /// Points cost + referral value + fixed cost.
    pub cost: f64,
    /// Outstanding × (1 − b) × c.
    pub liability: f64,
    /// Gₜ.
    pub incremental_gross_profit: f64,
    /// Gₜ − Cₜ.
    pub net: f64,
    /// (Gₜ − Cₜ) / Cₜ.
    pub roi: Option<f64>,
}

/// The break-even retention lift.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BreakEven {
    /// Year 1 pays for itself with no retention lift at all.
    AtZero,
    /// Pays for itself at this lift (fraction: 0.03 = 3 points).
    At(f64),
    /// Never within 0–100 points.
    Never,
}

/// Everything the economics screen shows for a draft.
#[derive(Clone, Debug, PartialEq)]
pub struct Economics {
    pub assumptions: Assumptions,
    /// s and s′.
    pub spend_per_member: f64,
    pub spend_with_programme: f64,
    /// R.
    pub redemption_share: f64,
    /// Share of issued points never redeemed, (1 − ρ) × b.
    pub overall_breakage: f64,
    /// Year 1 spread over tiers.
    pub spread: TierSpread,
    /// u × m̄ × c × R (year 1).
    pub effective_reward_rate: f64,
    /// All reward costs (points and referral value) as a share of members'
    /// spend in year 1; `None` when nobody spends.
    pub give_back_rate: Option<f64>,
    /// Years 1 to [`PROJECTION_YEARS`].
    pub years: Vec<YearFigures>,
    /// Months to recover the launch cost.
    pub payback_months: Option<f64>,
    /// (ΣG − ΣC − K) / (ΣC + K) over the projection.
    pub three_year_roi: Option<f64>,
    pub break_even: BreakEven,
    /// Year 1's net benefit with no retention lift, net(0).
    pub net_without_lift: f64,
    /// What each point of retention lift adds to year 1's net benefit,
    /// (net(100 points) − net(0)) ÷ 100.
    pub net_per_lift_point: f64,
    /// The retention lift entered was more than 100 % − current retention
    /// allows, and was limited to it.
    pub lift_limited: bool,
}

impl Economics {
    /// Year 1 ("annual").
    pub fn year1(&self) -> Option<&YearFigures> {
        self.years.first()
    }
}

/// One year of the model for a given retention lift and extra members.
fn year_figures(a: &Assumptions, ladder: &Ladder, programme: &Programme, year: u32, extra: f64) -> YearFigures {
    let shares: Vec<f64> = programme.tiers.tiers.iter().map(|t| t.share).collect();
    let s = a.spend();
    let s2 = a.spend_with_programme();
    let tier_spread = spread(ladder, programme.distribution, &shares, s2, a.points_per_unit, year);
    let r = redemption_share(a.redemption, a.breakage);
    let members = a.members + extra;
    let p = finite(
        a.points_per_unit * s2 * tier_spread.average_multiplier + a.bonus_points + a.referrals * a.referral_points,
    );
    let issued = finite(members * p);
    let outstanding = finite((1.0 - a.redemption) * issued);
    let points_cost = finite(issued * r * a.cost_per_point);
    let referral_value_cost = finite(members * a.referrals * a.referral_value);
    let cost = finite(points_cost + referral_value_cost + a.fixed_cost);
    let gp = finite(a.margin * (members * s2 - a.members * s + members * a.referrals * s));
    let net = finite(gp - cost);
    YearFigures {
        year,
        extra_members: finite(extra),
        members: finite(members),
        members_per_band: tier_spread.members.iter().map(|m| finite(m * members)).collect(),
        average_multiplier: tier_spread.average_multiplier,
        points_per_member: p,
        points_issued: issued,
        outstanding_points: outstanding,
        points_cost,
        referral_value_cost,
        cost,
        liability: points_liability(outstanding, a.breakage, a.cost_per_point),
        incremental_gross_profit: gp,
        net,
        roi: roi(gp, cost),
    }
}

/// Extra members kept in years 1..=`years`: E₁ = M × L, Eₜ = Eₜ₋₁ × (r₀ + L) + M × L.
pub fn extra_members(members: f64, current_retention: f64, lift: f64, years: u32) -> Vec<f64> {
    let m = clamp(members, 0.0, MAX_COUNT as f64);
    let l = clamp(lift, 0.0, 1.0);
    let kept = clamp(current_retention + l, 0.0, 1.0);
    let mut out = Vec::with_capacity(years as usize);
    let mut e = 0.0;
    for _ in 0..years {
        e = finite(e * kept + m * l);
        out.push(e);
    }
    out
}

/// Year 1's net benefit at retention lift `lift` (fraction), other inputs held.
pub fn net_at_lift(a: &Assumptions, ladder: &Ladder, programme: &Programme, lift: f64) -> f64 {
    let extra = a.members * clamp(lift, 0.0, 1.0);
    year_figures(a, ladder, programme, 1, extra).net
}

/// The retention lift at which year 1 breaks even, solved exactly: year 1's
/// net benefit is linear in the lift (see the module docs, item 12).
pub fn break_even_lift(a: &Assumptions, ladder: &Ladder, programme: &Programme) -> BreakEven {
    let at0 = net_at_lift(a, ladder, programme, 0.0);
    if at0 >= 0.0 {
        return BreakEven::AtZero;
    }
    // net(L) = net(0) + L × slope, slope = net(1) − net(0) = k.
    let slope = net_at_lift(a, ladder, programme, 1.0) - at0;
    match ratio(-at0, slope) {
        Some(l) if slope > 0.0 && l <= 1.0 => BreakEven::At(clamp(l, 0.0, 1.0)),
        _ => BreakEven::Never,
    }
}

/// Runs the model for a draft: year 1 figures, the three-year projection,
/// payback and break-even.
pub fn project(programme: &Programme) -> Result<Economics, ModelError> {
    let (a, ladder) = Assumptions::of(programme)?;
    let lift = a.effective_lift();
    let extras = extra_members(a.members, a.current_retention, lift, PAYBACK_HORIZON_YEARS);
    let all_years: Vec<YearFigures> = extras
        .iter()
        .zip(1..)
        .map(|(&extra, year)| year_figures(&a, &ladder, programme, year, extra))
        .collect();
    let nets: Vec<f64> = all_years.iter().map(|y| y.net).collect();
    let years: Vec<YearFigures> = all_years.into_iter().take(PROJECTION_YEARS as usize).collect();
    let total_gp: f64 = years.iter().map(|y| y.incremental_gross_profit).sum();
    let total_cost: f64 = years.iter().map(|y| y.cost).sum();
    let s2 = a.spend_with_programme();
    let shares: Vec<f64> = programme.tiers.tiers.iter().map(|t| t.share).collect();
    let year1_spread = spread(&ladder, programme.distribution, &shares, s2, a.points_per_unit, 1);
    let r = redemption_share(a.redemption, a.breakage);
    let give_back_rate = years
        .first()
        .and_then(|y| ratio(y.points_cost + y.referral_value_cost, y.members * s2));
    Ok(Economics {
        spend_per_member: finite(a.spend()),
        spend_with_programme: finite(s2),
        redemption_share: r,
        overall_breakage: clamp((1.0 - a.redemption) * a.breakage, 0.0, 1.0),
        effective_reward_rate: effective_reward_rate(
            a.points_per_unit,
            year1_spread.average_multiplier,
            a.cost_per_point,
            r,
        ),
        spread: year1_spread,
        give_back_rate,
        payback_months: payback_months(a.launch_cost, &nets),
        three_year_roi: ratio(total_gp - total_cost - a.launch_cost, total_cost + a.launch_cost),
        break_even: break_even_lift(&a, &ladder, programme),
        net_without_lift: net_at_lift(&a, &ladder, programme, 0.0),
        net_per_lift_point: finite(
            (net_at_lift(&a, &ladder, programme, 1.0) - net_at_lift(&a, &ladder, programme, 0.0)) / 100.0,
        ),
        lift_limited: a.retention_lift > a.effective_lift() + 1e-12,
        years,
        assumptions: a,
    })
}
