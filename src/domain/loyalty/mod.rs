//! The loyalty-programme planner: programme drafts, their rules, and the
//! economics of running them, modelled before launch.
//!
//! Brief: article 002, strategy 12 ("build a customer loyalty programme: user
//! content, loyalty bonuses, gamification and referral rewards") and article
//! 004, "reward loyal customers" (badges, discount coupons, free shipping).
//!
//! # Files
//! - [`programme`]: the stored drafts ([`LoyaltyDrafts`], [`Programme`] and its
//!   parts), and the operations on them (create, duplicate, delete, restore).
//! - [`fields`]: the input boundary for this module's fields (points,
//!   multipliers, rates per year), on top of `domain::input`.
//! - [`tiers`]: tier validation (thresholds must rise strictly), tier
//!   assignment, and the projected share of members in each tier.
//! - [`economics`]: the model below, one function per formula.
//! - [`templates`]: retail, B2B services, subscription and local services
//!   starting points, fitted to the expected members and the workspace
//!   currency ([`templates::build_for`]).
//!
//! # The economic model
//! Symbols (all inputs are sanitised first: a value that is not finite counts
//! as 0 and every value is clamped to the range its field accepts, so no
//! input, however it was stored, makes a figure NaN or infinite):
//!
//! | symbol | meaning |
//! |---|---|
//! | M | members at launch |
//! | AOV | average order value |
//! | f | purchases per member per year |
//! | g | gross margin (fraction) |
//! | ρ | redemption rate: share of a year's points redeemed in that year |
//! | b | breakage: share of the points still outstanding at a year's end that will never be redeemed |
//! | L | retention lift (fraction: 3 points = 0.03) |
//! | φ | purchase-frequency lift (fraction) |
//! | r₀ | current yearly retention rate (fraction) |
//! | F | fixed running cost per year; K one-off launch cost |
//! | u | points per unit of currency spent; c cost per point when redeemed |
//! | q | successful referrals per member per year |
//!
//! 1. **Spend.** Yearly spend per member before the programme s = AOV × f;
//!    with it s′ = s × (1 + φ).
//! 2. **Tiers.** Members qualify by the tier ladder's basis (base points
//!    u × spend, or spend) over its window. Unless shares are entered by hand,
//!    a member's qualifying spend is assumed exponentially distributed with
//!    mean s′ per year of the window (one year for a calendar-year or rolling
//!    window, the years since launch for a lifetime window): the share spending
//!    at least x is e^(−x/mean). The average multiplier m̄ is weighted by spend
//!    (each tier's share of all spend × its multiplier; below the first tier
//!    the multiplier is 1). With hand-entered shares every tier is assumed to
//!    spend the average, so m̄ is weighted by members.
//! 3. **Points per member per year** p = u × s′ × m̄ (spend) + Σ bonus points ×
//!    times per member per year + Σ badge and challenge points × share of
//!    members earning them + q × (referrer points + referee points, when the
//!    referral rewards are points).
//! 4. **Redemption.** A year's points: ρ redeemed that year; of the rest,
//!    (1 − b) redeemed the next year and b expire unredeemed at its end. The
//!    share of issued points ever redeemed is R = ρ + (1 − ρ)(1 − b).
//! 5. **Effective reward rate** (share of spend given back through spend
//!    points) = u × m̄ × c × R.
//! 6. **Members.** Extra members kept by the programme E₁ = M × L, then
//!    Eₜ = Eₜ₋₁ × (r₀ + L) + M × L (kept members stay at the improved rate);
//!    members in year t Nₜ = M + Eₜ. Members kept count for the whole year.
//! 7. **Annual programme cost** Cₜ = Nₜ × p × R × c (points, valued when
//!    issued at what their redemption will cost) + Nₜ × q × (referral rewards
//!    paid as value) + F.
//! 8. **Points liability** at the end of year t = outstanding points ×
//!    (1 − b) × c, with outstanding points = (1 − ρ) × Nₜ × p (earlier years'
//!    points are redeemed or expired by then).
//! 9. **Incremental gross profit** Gₜ = g × (Nₜ × s′ − M × s + Nₜ × q × s):
//!    members kept and the frequency lift, plus referred customers' first
//!    year at the spend before the programme. Referred customers are not added
//!    to the members.
//! 10. **ROI** = (Gₜ − Cₜ) / Cₜ; not defined when Cₜ = 0. Three-year ROI =
//!     (ΣG − ΣC − K) / (ΣC + K).
//! 11. **Payback**: months until the cumulative net benefit (Gₜ − Cₜ, spread
//!     evenly over each year's months) covers K; 0 when K = 0 and year 1 is
//!     not a loss; none within ten years is reported as such.
//! 12. **Break-even retention lift** L*: the lift at which year 1's net
//!     benefit is zero. Year 1 is linear in L: net(L) = (1 + L) × k − g × M × s
//!     − F with k = M × (g × s′ + g × q × s − p × R × c − q × V), V the
//!     referral value per referral. So L* = 0 when net(0) ≥ 0, else
//!     L* = (g × M × s + F) / k − 1 when k > 0 and that is at most 100
//!     points; otherwise the programme never breaks even within 0–100 points.
//!
//! The figures headed "annual" are year 1 of the projection.

pub mod economics;
pub mod fields;
pub mod programme;
pub mod templates;
pub mod tiers;

pub use economics::{break_even_lift, project, BreakEven, Economics, ModelError, YearFigures};
pub use programme::{
    Achievement, BonusAction, BonusKind, Distribution, EconomicInputs, LoyaltyDrafts, PointValueMode, Programme,
    Qualifier, Referral, ReferralForm, ReferralReward, Reward, RewardKind, Tier, TierRules, Window,
};
pub use tiers::{assign_tier, check_tiers, Ladder, TierIssue};
