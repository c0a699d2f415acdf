//! Tiers: validation (thresholds rise strictly), assignment (the highest tier
//! whose threshold a member reaches) and the projected share of members and of
//! spend in each tier.

use super::fields::{clamp, MAX_MULTIPLIER, MAX_THRESHOLD};
use super::programme::{Distribution, Qualifier, Tier, TierRules, Window};

/// What is wrong with a tier, reported next to it.
#[derive(Clone, Debug, PartialEq)]
pub enum TierIssue {
    /// Its threshold is not above the threshold of the tier below.
    NotRising {
        /// The tier below (its name as typed, and its threshold).
        below_name: String,
        below_threshold: f64,
    },
}

/// Checks that thresholds rise strictly, lowest tier first. Returns the id of
/// each offending tier with its issue; empty when the ladder is valid.
pub fn check_tiers(tiers: &[Tier]) -> Vec<(u64, TierIssue)> {
    tiers
        .windows(2)
        .filter_map(|pair| match pair {
            [below, tier] if tier.threshold.partial_cmp(&below.threshold) != Some(std::cmp::Ordering::Greater) => {
                Some((
                    tier.id,
                    TierIssue::NotRising {
                        below_name: below.name.clone(),
                        below_threshold: below.threshold,
                    },
                ))
            }
            _ => None,
        })
        .collect()
}

/// Ids of tiers whose multiplier is below the tier beneath them: allowed, but
/// members would earn less by moving up, which is worth a warning.
pub fn falling_multipliers(tiers: &[Tier]) -> Vec<u64> {
    tiers
        .windows(2)
        .filter_map(|pair| match pair {
            [below, tier] if tier.multiplier < below.multiplier => Some(tier.id),
            _ => None,
        })
        .collect()
}

/// A validated tier ladder: thresholds finite, not negative and strictly rising.
#[derive(Clone, Debug, PartialEq)]
pub struct Ladder {
    qualifier: Qualifier,
    window: Window,
    /// (threshold, multiplier), lowest first.
    steps: Vec<(f64, f64)>,
}

impl Ladder {
    /// Validates `rules`; on failure, the issues of [`check_tiers`]. Stored
    /// values out of range are clamped first (thresholds to 0..=1e12,
    /// multipliers to 0..=100).
    pub fn new(rules: &TierRules) -> Result<Ladder, Vec<(u64, TierIssue)>> {
        let tiers: Vec<Tier> = rules
            .tiers
            .iter()
            .map(|t| Tier {
                threshold: clamp(t.threshold, 0.0, MAX_THRESHOLD),
                ..t.clone()
            })
            .collect();
        let issues = check_tiers(&tiers);
        if !issues.is_empty() {
            return Err(issues);
        }
        Ok(Ladder {
            qualifier: rules.qualifier,
            window: rules.window,
            steps: tiers
                .iter()
                .map(|t| (t.threshold, clamp(t.multiplier, 0.0, MAX_MULTIPLIER)))
                .collect(),
        })
    }

    pub fn qualifier(&self) -> Qualifier {
        self.qualifier
    }
    pub fn window(&self) -> Window {
        self.window
    }
    /// Number of tiers.
    pub fn len(&self) -> usize {
        self.steps.len()
    }
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }
    /// Thresholds, lowest first.
    pub fn thresholds(&self) -> impl Iterator<Item = f64> + '_ {
        self.steps.iter().map(|s| s.0)
    }
    /// Multipliers, lowest tier first.
    pub fn multipliers(&self) -> impl Iterator<Item = f64> + '_ {
        self.steps.iter().map(|s| s.1)
    }
}

/// The tier a member with `qualifying` points (or spend) reaches: the index
/// of the highest tier whose threshold is at most `qualifying`, or `None`
/// below the first tier. Monotone: more never gives a lower tier.
pub fn assign_tier(ladder: &Ladder, qualifying: f64) -> Option<usize> {
    if qualifying.is_nan() {
        return None;
    }
    // Thresholds rise strictly, so those reached form a prefix.
    let reached = ladder
        .steps
        .iter()
        .take_while(|(threshold, _)| *threshold <= qualifying)
        .count();
    reached.checked_sub(1)
}

/// Members and spend in each band of the ladder: band 0 is below the first
/// tier, band i + 1 is tier i.
#[derive(Clone, Debug, PartialEq)]
pub struct TierSpread {
    /// Share of members per band (fractions adding up to 1).
    pub members: Vec<f64>,
    /// Share of spend per band (fractions adding up to 1, or all 0 when
    /// nobody spends).
    pub spend: Vec<f64>,
    /// Spend-weighted average earn multiplier (1 below the first tier).
    pub average_multiplier: f64,
}

/// Share of an exponential distribution with mean `mean` at or above `x`.
fn tail(x: f64, mean: f64) -> f64 {
    if x <= 0.0 {
        1.0
    } else if mean <= 0.0 {
        0.0
    } else {
        (-x / mean).exp()
    }
}

/// Spend of an exponential distribution with mean `mean` at or above `x`, as
/// a share of all spend: (x + mean)/mean × e^(−x/mean).
fn spend_tail(x: f64, mean: f64) -> f64 {
    if x <= 0.0 {
        1.0
    } else if mean <= 0.0 {
        0.0
    } else {
        let r = x / mean;
        ((1.0 + r) * (-r).exp()).min(1.0)
    }
}

/// How members and spend spread over the tiers in year `year` (1, 2, 3 …) of
/// the programme.
///
/// `spend_per_year` is a member's average yearly spend with the programme
/// (s′), `points_per_unit` converts a points threshold to spend. With
/// [`Distribution::Derived`], qualifying spend is exponential with mean
/// s′ × years in the window (1 for calendar-year and rolling windows; `year`
/// for a lifetime window). With [`Distribution::Manual`], `shares` (percent,
/// one per tier) are used as entered, the rest of the members are below the
/// first tier, and spend follows members; shares adding to more than 100 %
/// are scaled down to 100 %.
pub fn spread(
    ladder: &Ladder,
    distribution: Distribution,
    shares: &[f64],
    spend_per_year: f64,
    points_per_unit: f64,
    year: u32,
) -> TierSpread {
    let n = ladder.len();
    let (members, spend) = match distribution {
        Distribution::Manual => {
            let mut tiers: Vec<f64> = (0..n)
                .map(|i| clamp(shares.get(i).copied().unwrap_or(0.0), 0.0, 100.0) / 100.0)
                .collect();
            let total: f64 = tiers.iter().sum();
            if total > 1.0 {
                tiers.iter_mut().for_each(|s| *s /= total);
            }
            let below = (1.0 - tiers.iter().sum::<f64>()).max(0.0);
            let members: Vec<f64> = std::iter::once(below).chain(tiers).collect();
            (members.clone(), members)
        }
        Distribution::Derived => {
            let years = match ladder.window() {
                Window::Lifetime => f64::from(year.max(1)),
                Window::CalendarYear | Window::Rolling12Months => 1.0,
            };
            let mean = clamp(spend_per_year, 0.0, f64::MAX / 1e6) * years;
            // Each threshold as a qualifying spend.
            let spend_at: Vec<f64> = ladder
                .thresholds()
                .map(|t| match ladder.qualifier() {
                    Qualifier::Spend => t,
                    Qualifier::Points if t <= 0.0 => 0.0,
                    Qualifier::Points if points_per_unit > 0.0 => t / points_per_unit,
                    Qualifier::Points => f64::INFINITY,
                })
                .collect();
            let band = |f: &dyn Fn(f64) -> f64| -> Vec<f64> {
                let mut out = Vec::with_capacity(n + 1);
                let mut upper_tail_prev = 1.0;
                for &x in &spend_at {
                    let t = if x.is_finite() { f(x) } else { 0.0 };
                    out.push((upper_tail_prev - t).max(0.0));
                    upper_tail_prev = t;
                }
                out.push(upper_tail_prev.max(0.0));
                out
            };
            let members = band(&|x| tail(x, mean));
            let spend = if mean > 0.0 {
                band(&|x| spend_tail(x, mean))
            } else {
                members.clone()
            };
            (members, spend)
        }
    };
    let multipliers: Vec<f64> = std::iter::once(1.0).chain(ladder.multipliers()).collect();
    let average_multiplier = spend.iter().zip(&multipliers).map(|(s, m)| s * m).sum::<f64>();
    let spend_total: f64 = spend.iter().sum();
    let average_multiplier = if spend_total > 0.0 {
        clamp(average_multiplier / spend_total, 0.0, MAX_MULTIPLIER)
    } else {
        1.0
    };
    TierSpread {
        members,
        spend,
        average_multiplier,
    }
}
