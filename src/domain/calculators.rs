//! The retention calculators: pure functions on validated inputs.
//!
//! Every function returns a result struct or a [`CalcError`] naming the input
//! at fault, so the screen can show the message next to that field. No
//! function panics, and no result is NaN or infinite: quantities that do not
//! exist for the inputs (the lifetime when nobody leaves, the doubling time
//! when there is no growth) are `None`.

use super::input::{Count, Money, Percent};

/// Why a calculation has no result. `field` is the key of the input to blame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalcError {
    pub field: &'static str,
    pub kind: CalcErrorKind,
}

/// What is wrong with the inputs together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalcErrorKind {
    /// A base that must be above zero is zero (customers at start, revenue, a probability).
    Zero,
    /// Customers at end minus new customers is negative: more new customers than at the end.
    EndBelowNew,
    /// More customers retained (end − new) than there were at the start.
    RetainedAboveStart,
    /// More customers lost than there were at the start.
    LostAboveStart,
    /// More revenue lost (contraction + churn) than there was at the start.
    LostRevenueAboveStart,
    /// 100 % churn: the compounding formula divides by zero.
    TotalChurn,
    /// Retention (after any lift) at or above 100 % + discount rate: the value is unbounded.
    UnboundedValue,
    /// A share of a group larger than the group it is a share of.
    RecoveredAboveReceptive,
    /// A list of scores has an entry that is not a whole number from 0 to 10.
    BadScore { position: usize },
    /// No responses to compute a score from.
    NoResponses,
}

fn err(field: &'static str, kind: CalcErrorKind) -> CalcError {
    CalcError { field, kind }
}

/// Divides, or `None` when the divisor is zero or the result is not finite.
fn ratio(numerator: f64, denominator: f64) -> Option<f64> {
    if denominator == 0.0 {
        return None;
    }
    let r = numerator / denominator;
    r.is_finite().then_some(r)
}

// 1. Retention rate ---------------------------------------------------------

/// Customer retention rate over a period (article 002).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RetentionRate {
    /// ((E − N) / S) × 100.
    pub rate: Percent,
    /// Customers from the start still there at the end: E − N.
    pub retained: u64,
    /// Customers from the start who left: S − (E − N).
    pub lost: u64,
}

/// CRR = ((E − N) / S) × 100, where S is customers at the start, E at the end
/// and N acquired during the period.
pub fn retention_rate(start: Count, end: Count, new: Count) -> Result<RetentionRate, CalcError> {
    let (s, e, n) = (start.get(), end.get(), new.get());
    if s == 0 {
        return Err(err("start", CalcErrorKind::Zero));
    }
    let retained = e.checked_sub(n).ok_or(err("end", CalcErrorKind::EndBelowNew))?;
    if retained > s {
        return Err(err("end", CalcErrorKind::RetainedAboveStart));
    }
    let rate =
        Percent::new(retained as f64 / s as f64 * 100.0).map_err(|_| err("end", CalcErrorKind::RetainedAboveStart))?;
    Ok(RetentionRate {
        rate,
        retained,
        lost: s - retained,
    })
}

// 2. Churn -------------------------------------------------------------------

/// Churn over a period, and the article's "lost per acquired" figure named honestly.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Churn {
    /// Customers lost ÷ customers at the start.
    pub churn_rate: Percent,
    /// 1 − churn.
    pub retention: Percent,
    /// 1 ÷ churn, in periods; `None` when nobody was lost.
    pub expected_lifetime_periods: Option<f64>,
    /// Lost ÷ new × 100 (article 004's "churn"); `None` without new customers.
    pub lost_per_100_acquired: Option<f64>,
}

pub fn churn(start: Count, lost: Count, new: Count) -> Result<Churn, CalcError> {
    let (s, l, n) = (start.as_f64(), lost.as_f64(), new.as_f64());
    if start.get() == 0 {
        return Err(err("start", CalcErrorKind::Zero));
    }
    if lost.get() > start.get() {
        return Err(err("lost", CalcErrorKind::LostAboveStart));
    }
    let churn_rate = Percent::from_fraction(l / s).map_err(|_| err("lost", CalcErrorKind::LostAboveStart))?;
    let retention = Percent::from_fraction(1.0 - l / s).map_err(|_| err("lost", CalcErrorKind::LostAboveStart))?;
    Ok(Churn {
        churn_rate,
        retention,
        expected_lifetime_periods: ratio(s, l),
        lost_per_100_acquired: ratio(l * 100.0, n),
    })
}

// 3. Growth projection -------------------------------------------------------

/// Customers over the years when retention and acquisition compound (article 003).
#[derive(Clone, Debug, PartialEq)]
pub struct GrowthProjection {
    /// Net growth per year, as a fraction: acquisition − (1 − retention).
    pub net_growth: f64,
    /// ln 2 / ln(1 + g) in years; `None` when g ≤ 0 (never doubles).
    pub doubling_years: Option<f64>,
    /// (year, customers) from year 0 to the last year.
    pub by_year: Vec<(u32, f64)>,
}

/// Projects `start` customers over `years` with yearly `retention` and
/// `acquisition` (new customers as a share of those at the start of each year).
pub fn growth_projection(start: Count, retention: Percent, acquisition: f64, years: u32) -> GrowthProjection {
    let acquisition = if acquisition.is_finite() {
        acquisition.max(0.0)
    } else {
        0.0
    };
    let g = acquisition - (1.0 - retention.fraction());
    let factor = (1.0 + g).max(0.0);
    let mut by_year = Vec::with_capacity(years as usize + 1);
    let mut customers = start.as_f64();
    for year in 0..=years {
        by_year.push((year, customers));
        customers = (customers * factor).min(f64::MAX);
    }
    let doubling_years = if g > 1e-12 {
        ratio(std::f64::consts::LN_2, (1.0 + g).ln())
    } else {
        None
    };
    GrowthProjection {
        net_growth: g,
        doubling_years,
        by_year,
    }
}

// 4. Growth needed for a target ----------------------------------------------

/// How new-customer growth and churn combine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Convention {
    /// target + churn (article 002's rule of thumb: 10 % + 18 % = 28 %).
    Additive,
    /// (1 + target) / (1 − churn) − 1: the growth that, after churn, leaves the target.
    Compounding,
}

/// Gross growth from new customers needed to reach a net growth target
/// despite churn, as a fraction.
pub fn growth_needed(target: f64, churn: Percent, convention: Convention) -> Result<f64, CalcError> {
    match convention {
        Convention::Additive => Ok(target + churn.fraction()),
        Convention::Compounding => ratio(1.0 + target, 1.0 - churn.fraction())
            .map(|r| r - 1.0)
            .ok_or(err("churn", CalcErrorKind::TotalChurn)),
    }
}

// 5. Customer lifetime value --------------------------------------------------

/// Lifetime value of a customer.
#[derive(Clone, Debug, PartialEq)]
pub struct LifetimeValue {
    /// Average order value × purchases per year.
    pub annual_revenue: f64,
    /// Annual revenue × gross margin: m.
    pub annual_margin: f64,
    /// 1 ÷ churn, in years; `None` at 100 % retention.
    pub expected_lifetime_years: Option<f64>,
    /// Annual revenue ÷ churn; `None` at 100 % retention.
    pub lifetime_revenue: Option<f64>,
    /// m ÷ churn; `None` at 100 % retention.
    pub margin_clv: Option<f64>,
    /// m·r / (1 + d − r).
    pub discounted_clv: f64,
    /// The most that can be spent per year on keeping a customer while each
    /// year stays profitable: the annual margin m.
    pub max_retention_spend_per_year: f64,
    /// Cumulative discounted margin after each year: Σ m·rᵗ/(1 + d)ᵗ, t = 1..=n.
    pub cumulative_by_year: Vec<(u32, f64)>,
}

pub fn lifetime_value(
    order_value: Money,
    purchases_per_year: f64,
    margin: Percent,
    retention: Percent,
    discount: Percent,
    years_shown: u32,
) -> Result<LifetimeValue, CalcError> {
    let purchases = if purchases_per_year.is_finite() {
        purchases_per_year.max(0.0)
    } else {
        0.0
    };
    let annual_revenue = order_value.get() * purchases;
    let m = annual_revenue * margin.fraction();
    let r = retention.fraction();
    let d = discount.fraction();
    let churn = 1.0 - r;
    let denominator = 1.0 + d - r;
    if denominator <= 0.0 {
        return Err(err("retention", CalcErrorKind::UnboundedValue));
    }
    let discounted_clv = m * r / denominator;
    let mut cumulative_by_year = Vec::with_capacity(years_shown as usize + 1);
    let (mut total, mut weight) = (0.0, 1.0);
    cumulative_by_year.push((0, 0.0));
    for year in 1..=years_shown {
        weight *= r / (1.0 + d);
        total += m * weight;
        cumulative_by_year.push((year, total));
    }
    Ok(LifetimeValue {
        annual_revenue,
        annual_margin: m,
        expected_lifetime_years: ratio(1.0, churn),
        lifetime_revenue: ratio(annual_revenue, churn),
        margin_clv: ratio(m, churn),
        discounted_clv,
        max_retention_spend_per_year: m,
        cumulative_by_year,
    })
}

// 6. Retention lift impact -----------------------------------------------------

/// What a lift in retention does to discounted lifetime value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LiftImpact {
    pub retention_before: f64,
    /// Capped at 100 %.
    pub retention_after: f64,
    pub clv_before: f64,
    pub clv_after: f64,
    /// (after − before) / before × 100; `None` when the value before is zero.
    pub change_percent: Option<f64>,
}

/// Discounted CLV m·r/(1 + d − r) before and after lifting retention by `lift_points`.
pub fn retention_lift(
    base: Percent,
    lift_points: f64,
    annual_margin: Money,
    discount: Percent,
) -> Result<LiftImpact, CalcError> {
    let lift = if lift_points.is_finite() {
        lift_points.max(0.0)
    } else {
        0.0
    };
    let before = base.fraction();
    let after = ((base.points() + lift).min(100.0)) / 100.0;
    let d = discount.fraction();
    let clv = |r: f64| {
        let denominator = 1.0 + d - r;
        (denominator > 0.0).then(|| annual_margin.get() * r / denominator)
    };
    let clv_before = clv(before).ok_or(err("base", CalcErrorKind::UnboundedValue))?;
    let clv_after = clv(after).ok_or(err("lift", CalcErrorKind::UnboundedValue))?;
    Ok(LiftImpact {
        retention_before: before,
        retention_after: after,
        clv_before,
        clv_after,
        change_percent: ratio((clv_after - clv_before) * 100.0, clv_before),
    })
}

// 7. Acquire or retain ------------------------------------------------------------

/// Cost of a sale to a new customer against one to an existing customer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AcquireOrRetain {
    /// Acquisition cost ÷ probability of selling to a new customer.
    pub cost_per_new_sale: f64,
    /// Retention cost ÷ probability of selling to an existing customer.
    pub cost_per_existing_sale: f64,
    /// New ÷ existing; `None` when a sale to an existing customer costs nothing.
    pub ratio: Option<f64>,
}

pub fn acquire_or_retain(
    acquisition_cost: Money,
    retention_cost: Money,
    p_existing: Percent,
    p_new: Percent,
) -> Result<AcquireOrRetain, CalcError> {
    let cost_per_new_sale = ratio(acquisition_cost.get(), p_new.fraction()).ok_or(err("p_new", CalcErrorKind::Zero))?;
    let cost_per_existing_sale =
        ratio(retention_cost.get(), p_existing.fraction()).ok_or(err("p_existing", CalcErrorKind::Zero))?;
    Ok(AcquireOrRetain {
        cost_per_new_sale,
        cost_per_existing_sale,
        ratio: ratio(cost_per_new_sale, cost_per_existing_sale),
    })
}

// 8. Revenue retention ---------------------------------------------------------------

/// Net and gross revenue retention and the quick ratio.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RevenueRetention {
    /// (start + expansion − contraction − churned) ÷ start × 100.
    pub net: f64,
    /// (start − contraction − churned) ÷ start × 100; never above 100.
    pub gross: Percent,
    /// (new + expansion) ÷ (contraction + churned); `None` when nothing was lost.
    pub quick_ratio: Option<f64>,
    /// Recurring revenue at the end: start + new + expansion − contraction − churned.
    pub ending: f64,
}

pub fn revenue_retention(
    start: Money,
    expansion: Money,
    contraction: Money,
    churned: Money,
    new: Money,
) -> Result<RevenueRetention, CalcError> {
    let s = start.get();
    if s == 0.0 {
        return Err(err("start", CalcErrorKind::Zero));
    }
    let lost = contraction.get() + churned.get();
    if lost > s {
        return Err(err("churned", CalcErrorKind::LostRevenueAboveStart));
    }
    let gross =
        Percent::new((s - lost) / s * 100.0).map_err(|_| err("churned", CalcErrorKind::LostRevenueAboveStart))?;
    Ok(RevenueRetention {
        net: (s + expansion.get() - lost) / s * 100.0,
        gross,
        quick_ratio: ratio(new.get() + expansion.get(), lost),
        ending: s + new.get() + expansion.get() - lost,
    })
}

// 9. Net Promoter Score ------------------------------------------------------------

/// Net Promoter Score from the answers to "how likely are you to recommend us".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Nps {
    /// (promoters − detractors) ÷ responses × 100, from −100 to 100.
    pub score: f64,
    pub responses: u64,
    pub promoters_share: f64,
    /// Passives (7–8) are an early churn signal (article 004).
    pub passives_share: f64,
    pub detractors_share: f64,
}

pub fn nps(promoters: Count, passives: Count, detractors: Count) -> Result<Nps, CalcError> {
    let total = promoters
        .get()
        .saturating_add(passives.get())
        .saturating_add(detractors.get());
    if total == 0 {
        return Err(err("promoters", CalcErrorKind::NoResponses));
    }
    let t = total as f64;
    let share = |c: Count| c.as_f64() / t * 100.0;
    Ok(Nps {
        score: share(promoters) - share(detractors),
        responses: total,
        promoters_share: share(promoters),
        passives_share: share(passives),
        detractors_share: share(detractors),
    })
}

/// Counts promoters (9–10), passives (7–8) and detractors (0–6) in a list of
/// scores separated by commas, semicolons, spaces or new lines.
pub fn classify_scores(list: &str) -> Result<(Count, Count, Count), CalcError> {
    let (mut promoters, mut passives, mut detractors) = (0u64, 0u64, 0u64);
    let tokens = list
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|t| !t.is_empty());
    for (i, token) in tokens.enumerate() {
        match token.parse::<u8>() {
            Ok(9..=10) => promoters += 1,
            Ok(7..=8) => passives += 1,
            Ok(0..=6) => detractors += 1,
            _ => return Err(err("scores", CalcErrorKind::BadScore { position: i + 1 })),
        }
    }
    if promoters + passives + detractors == 0 {
        return Err(err("scores", CalcErrorKind::NoResponses));
    }
    let count = |n: u64| Count::new(n).map_err(|_| err("scores", CalcErrorKind::NoResponses));
    Ok((count(promoters)?, count(passives)?, count(detractors)?))
}

// 10. Silent complaints -----------------------------------------------------------

/// Unhappy customers behind the complaints received.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SilentComplaints {
    /// Complaints ÷ share who complain.
    pub unhappy: f64,
    /// Unhappy − complaints: those who never said so.
    pub silent: f64,
}

pub fn silent_complaints(complaints: Count, share_who_complain: Percent) -> Result<SilentComplaints, CalcError> {
    let unhappy = ratio(complaints.as_f64(), share_who_complain.fraction()).ok_or(err("share", CalcErrorKind::Zero))?;
    Ok(SilentComplaints {
        unhappy,
        silent: unhappy - complaints.as_f64(),
    })
}

// 11. Win-back return --------------------------------------------------------------

/// What a win-back campaign to lapsed customers returns.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WinBack {
    pub receptive: f64,
    pub recovered: f64,
    /// Recovered × average annual revenue.
    pub revenue_recovered: f64,
    /// Lapsed × cost per contact (everyone is contacted).
    pub campaign_cost: f64,
    /// (revenue recovered − cost) ÷ cost × 100, on revenue; `None` when the campaign costs nothing.
    pub roi_percent: Option<f64>,
}

pub fn win_back(
    lapsed: Count,
    receptive: Percent,
    recovered: Percent,
    annual_revenue: Money,
    cost_per_contact: Money,
) -> Result<WinBack, CalcError> {
    if recovered.points() > receptive.points() {
        return Err(err("recovered", CalcErrorKind::RecoveredAboveReceptive));
    }
    let n = lapsed.as_f64();
    let recovered_customers = n * recovered.fraction();
    let revenue_recovered = recovered_customers * annual_revenue.get();
    let campaign_cost = n * cost_per_contact.get();
    Ok(WinBack {
        receptive: n * receptive.fraction(),
        recovered: recovered_customers,
        revenue_recovered,
        campaign_cost,
        roi_percent: ratio((revenue_recovered - campaign_cost) * 100.0, campaign_cost),
    })
}
