//! Starting points for a draft, with realistic numbers for four kinds of
//! business. The words (names, perks, conditions) come from the screen's
//! language through [`TemplateWords`]; the numbers are here.
//!
//! The numbers are written for the template's own number of members and in
//! pounds sterling. [`build_for`] fits them to the client: the expected
//! number of members (fixed costs follow it, see [`scale_fixed_cost`]) and
//! the workspace currency (money and points follow it, see
//! [`pounds_to`]). Every figure is a Holdfast default, not a figure from the
//! articles, and is meant to be edited.

use super::programme::{
    Achievement, BonusAction, BonusKind, Distribution, EconomicInputs, PointValueMode, Programme, Qualifier, Referral,
    ReferralForm, ReferralReward, Reward, RewardKind, Tier, TierRules, Window,
};
use crate::domain::format::{format_money, Currency};
use crate::domain::input::{InputError, NumberFormat};

pub use super::fields::{check_members, MAX_MEMBERS, MIN_MEMBERS};
/// How fixed costs grow with the number of members (see [`scale_fixed_cost`]).
pub const FIXED_COST_ELASTICITY: f64 = 0.8;
/// Where a reward name shows its amount (the reward's cost, in the workspace
/// currency).
pub const MONEY_PLACEHOLDER: &str = "{money}";

pub use super::programme::Template;

impl Template {
    pub const ALL: [Template; 4] = [
        Template::Retail,
        Template::B2bServices,
        Template::Subscription,
        Template::LocalServices,
    ];

    /// The number of members the template's figures are written for.
    pub fn default_members(self) -> u64 {
        numbers(self).economics.members
    }
}

/// The words of a template, in the language on screen.
#[derive(Clone, Copy, Debug)]
pub struct TemplateWords {
    pub programme: &'static str,
    /// (name, perks) of the three tiers, lowest first.
    pub tiers: [(&'static str, &'static str); 3],
    /// Names of the five rewards: coupon, free shipping, free product,
    /// experience, badge. [`MONEY_PLACEHOLDER`] in a name is replaced by the
    /// reward's cost in the workspace currency ("Coupon: {money} off" →
    /// "Coupon: £5 off").
    pub rewards: [&'static str; 5],
    /// Descriptions of the bonus actions: review, birthday, user content.
    pub bonus: [&'static str; 3],
    /// (name, condition) of two badges.
    pub badges: [(&'static str, &'static str); 2],
    /// (name, condition) of two challenges.
    pub challenges: [(&'static str, &'static str); 2],
}

/// The numbers of a template.
struct Numbers {
    points_per_unit: f64,
    cost_per_point: f64,
    qualifier: Qualifier,
    window: Window,
    /// (threshold, multiplier) of the three tiers.
    tiers: [(f64, f64); 3],
    /// (points price, cost, share of redemptions %) of the five rewards.
    rewards: [(f64, f64, f64); 5],
    /// (points, times per member per year) of review, birthday, user content.
    bonus: [(f64, f64); 3],
    referrer: ReferralReward,
    referee: ReferralReward,
    referrals: f64,
    /// (points, share of members %) of the badges and the challenges.
    badges: [(f64, f64); 2],
    challenges: [(f64, f64); 2],
    economics: EconomicInputs,
    /// The least the running cost and the launch cost come to however few
    /// members there are (software subscription, printed cards, set-up).
    fixed_floor: f64,
    launch_floor: f64,
}

fn numbers(template: Template) -> Numbers {
    let points = |amount| ReferralReward {
        form: ReferralForm::Points,
        amount,
    };
    let value = |amount| ReferralReward {
        form: ReferralForm::Value,
        amount,
    };
    match template {
        // One point per unit and 100 points = 1 unit of reward: a 1 % base
        // rate, tiers on spend per calendar year.
        Template::Retail => Numbers {
            points_per_unit: 1.0,
            cost_per_point: 0.01,
            qualifier: Qualifier::Spend,
            window: Window::CalendarYear,
            tiers: [(0.0, 1.0), (200.0, 1.25), (500.0, 1.5)],
            rewards: [
                (500.0, 5.0, 55.0),
                (300.0, 3.95, 25.0),
                (1000.0, 4.0, 10.0),
                (2500.0, 15.0, 5.0),
                (100.0, 0.0, 5.0),
            ],
            bonus: [(50.0, 0.3), (100.0, 0.6), (100.0, 0.05)],
            referrer: points(500.0),
            referee: value(10.0),
            referrals: 0.02,
            badges: [(50.0, 20.0), (100.0, 15.0)],
            challenges: [(150.0, 10.0), (100.0, 8.0)],
            economics: EconomicInputs {
                members: 20_000,
                average_order_value: 45.0,
                purchases_per_year: 3.2,
                gross_margin: 45.0,
                redemption_rate: 60.0,
                breakage: 30.0,
                current_retention: 60.0,
                retention_lift: 3.0,
                frequency_lift: 2.0,
                fixed_cost: 20_000.0,
                launch_cost: 25_000.0,
            },
            fixed_floor: 1_000.0,
            launch_floor: 500.0,
        },
        // One point per ten units, a point worth 0.05: 0.5 % base rate on
        // large invoices; tiers on spend over a rolling twelve months.
        Template::B2bServices => Numbers {
            points_per_unit: 0.1,
            cost_per_point: 0.05,
            qualifier: Qualifier::Spend,
            window: Window::Rolling12Months,
            tiers: [(0.0, 1.0), (20_000.0, 1.25), (50_000.0, 1.5)],
            rewards: [
                (5000.0, 250.0, 40.0),
                (1500.0, 60.0, 20.0),
                (8000.0, 180.0, 25.0),
                (20_000.0, 400.0, 10.0),
                (1000.0, 0.0, 5.0),
            ],
            bonus: [(500.0, 0.2), (250.0, 1.0), (2000.0, 0.05)],
            referrer: value(500.0),
            referee: points(2500.0),
            referrals: 0.01,
            badges: [(1000.0, 10.0), (2000.0, 5.0)],
            challenges: [(500.0, 40.0), (750.0, 15.0)],
            economics: EconomicInputs {
                members: 400,
                average_order_value: 2500.0,
                purchases_per_year: 6.0,
                gross_margin: 35.0,
                redemption_rate: 50.0,
                breakage: 40.0,
                current_retention: 85.0,
                retention_lift: 2.0,
                frequency_lift: 1.0,
                fixed_cost: 12_000.0,
                launch_cost: 15_000.0,
            },
            fixed_floor: 2_000.0,
            launch_floor: 2_000.0,
        },
        // One point per unit, a point worth 0.005: 0.5 % base rate on a
        // monthly bill; tiers on lifetime points, so loyal subscribers climb.
        Template::Subscription => Numbers {
            points_per_unit: 1.0,
            cost_per_point: 0.005,
            qualifier: Qualifier::Points,
            window: Window::Lifetime,
            tiers: [(0.0, 1.0), (500.0, 1.2), (1500.0, 1.5)],
            rewards: [
                (1000.0, 5.0, 45.0),
                (600.0, 3.0, 25.0),
                (800.0, 2.5, 20.0),
                (5000.0, 25.0, 5.0),
                (250.0, 0.0, 5.0),
            ],
            bonus: [(50.0, 0.5), (100.0, 0.8), (150.0, 0.1)],
            referrer: points(1000.0),
            referee: value(15.0),
            referrals: 0.02,
            badges: [(100.0, 60.0), (250.0, 25.0)],
            challenges: [(200.0, 20.0), (150.0, 12.0)],
            economics: EconomicInputs {
                members: 8_000,
                average_order_value: 29.0,
                purchases_per_year: 12.0,
                gross_margin: 40.0,
                redemption_rate: 55.0,
                breakage: 35.0,
                current_retention: 70.0,
                retention_lift: 4.0,
                frequency_lift: 1.0,
                fixed_cost: 30_000.0,
                launch_cost: 20_000.0,
            },
            fixed_floor: 1_500.0,
            launch_floor: 1_000.0,
        },
        // Holdfast defaults for a local service with repeat visits (a pet
        // shop with grooming, a salon, a clinic): 800 customers visiting every
        // two months with a ticket of 40. One point per unit and a point worth
        // 0.025: the stamp card's "a free basic service after about ten
        // visits" (400 points for a service costing 10), tiers on spend over
        // a rolling twelve months; a birthday treat most customers receive and
        // a referral reward, since these businesses grow by word of mouth.
        Template::LocalServices => Numbers {
            points_per_unit: 1.0,
            cost_per_point: 0.025,
            qualifier: Qualifier::Spend,
            window: Window::Rolling12Months,
            tiers: [(0.0, 1.0), (300.0, 1.25), (600.0, 1.5)],
            rewards: [
                (200.0, 5.0, 30.0),
                (150.0, 4.0, 10.0),
                (400.0, 10.0, 45.0),
                (800.0, 18.0, 10.0),
                (100.0, 0.0, 5.0),
            ],
            bonus: [(25.0, 0.3), (50.0, 0.7), (25.0, 0.1)],
            referrer: points(200.0),
            referee: value(10.0),
            referrals: 0.05,
            badges: [(50.0, 25.0), (50.0, 15.0)],
            challenges: [(50.0, 20.0), (50.0, 10.0)],
            economics: EconomicInputs {
                members: 800,
                average_order_value: 40.0,
                purchases_per_year: 6.0,
                gross_margin: 60.0,
                redemption_rate: 55.0,
                breakage: 35.0,
                current_retention: 65.0,
                retention_lift: 4.0,
                frequency_lift: 3.0,
                fixed_cost: 1_500.0,
                launch_cost: 1_000.0,
            },
            fixed_floor: 600.0,
            launch_floor: 300.0,
        },
    }
}

/// Roughly how many units of `currency` one pound sterling buys (rates of
/// 2025, rounded: EUR 1.15, USD 1.3, BRL 7, RON 5.8). The templates are
/// written in pounds; in another currency their money and points are
/// multiplied by this factor and rounded with [`round_nice`], so a draft
/// starts with figures a client in that currency would recognise (an order
/// of about R$ 320 instead of R$ 45). It is a starting point, not a quote.
pub fn pounds_to(currency: Currency) -> f64 {
    match currency {
        Currency::GBP => 1.0,
        Currency::EUR => 1.15,
        Currency::USD => 1.3,
        Currency::BRL => 7.0,
        Currency::RON => 5.8,
    }
}

/// `x` rounded to two significant figures, so a converted or scaled amount
/// reads as a round figure and stays within 5 % of the exact one: 315 → 320,
/// 35 → 35, 4.54 → 4.5, 30,674 → 31,000. Zero, negatives and values that are
/// not finite give 0.
pub fn round_nice(x: f64) -> f64 {
    if !x.is_finite() || x <= 0.0 {
        return 0.0;
    }
    let unit = 10f64.powf(x.log10().floor() - 1.0);
    let v = (x / unit).round() * unit;
    // Drop the binary noise of the multiplication (4.5 not 4.500000000001).
    let v = if v >= 10.0 {
        v.round()
    } else {
        (v * 100.0).round() / 100.0
    };
    if v.is_finite() {
        v
    } else {
        0.0
    }
}

/// A cost that is fixed per programme (running cost, launch cost), fitted to
/// `members` from the `base` written for `base_members`:
///
/// base × (members ÷ base_members)^0.8, rounded with [`round_nice`], and
/// never below `floor`.
///
/// Software, staff time and materials grow with the number of members, but
/// less than in proportion (a platform's price steps up slowly with
/// members; one person runs a small programme or a mid-sized one): an
/// elasticity of 0.8 ([`FIXED_COST_ELASTICITY`]) keeps the cost per member of
/// a programme seven times smaller about 1.5 × the template's, instead of
/// 7 × with the cost left as written, and lets large programmes gain from
/// their size. The floor is what the smallest programme still pays. At
/// `base_members` the base is returned unchanged.
pub fn scale_fixed_cost(base: f64, base_members: u64, members: u64, floor: f64) -> f64 {
    let base = if base.is_finite() { base.max(0.0) } else { 0.0 };
    let floor = if floor.is_finite() { floor.max(0.0) } else { 0.0 };
    if members == base_members || base_members == 0 {
        return base;
    }
    let ratio = members as f64 / base_members as f64;
    round_nice(base * ratio.powf(FIXED_COST_ELASTICITY)).max(floor)
}

/// A draft from `template` fitted to the client: `members` expected members
/// and figures in `currency` (reward names written with `fmt`).
///
/// - Members: the economics start at `members`; the running cost and the
///   launch cost follow [`scale_fixed_cost`] (with the template's floors).
///   Everything per member (order value, purchases, rates, shares, points per
///   action) stays as written.
/// - Currency: money (order value, costs, reward costs, referral credits,
///   spend thresholds) and points (reward prices, bonus, badge, challenge and
///   referral points, points thresholds) are multiplied by
///   [`pounds_to`]`(currency)` and rounded with [`round_nice`]; the points per
///   unit and the cost of a point stay, since both are per unit of currency
///   (1 point per unit and 100 points worth 1 is a 1 % rate in any
///   currency). In pounds nothing is rounded.
///
/// Fails when `members` is outside [`MIN_MEMBERS`]..=[`MAX_MEMBERS`].
pub fn build_for(
    template: Template,
    words: &TemplateWords,
    members: u64,
    currency: Currency,
    fmt: NumberFormat,
) -> Result<Programme, InputError> {
    let members = check_members(members)?;
    Ok(assemble(template, words, members, currency, fmt))
}

/// The template's numbers fitted to `members` and `currency` (see [`build_for`]).
fn fitted(template: Template, members: u64, currency: Currency) -> Numbers {
    let mut n = numbers(template);
    let factor = pounds_to(currency);
    let convert = |x: f64| if factor == 1.0 { x } else { round_nice(x * factor) };
    let base_members = n.economics.members;
    let e = &mut n.economics;
    e.fixed_cost = convert(scale_fixed_cost(e.fixed_cost, base_members, members, n.fixed_floor));
    e.launch_cost = convert(scale_fixed_cost(e.launch_cost, base_members, members, n.launch_floor));
    e.members = members;
    e.average_order_value = convert(e.average_order_value);
    for tier in n.tiers.iter_mut() {
        tier.0 = convert(tier.0);
    }
    for reward in n.rewards.iter_mut() {
        reward.0 = convert(reward.0);
        reward.1 = convert(reward.1);
    }
    for bonus in n.bonus.iter_mut() {
        bonus.0 = convert(bonus.0);
    }
    for achievement in n.badges.iter_mut().chain(n.challenges.iter_mut()) {
        achievement.0 = convert(achievement.0);
    }
    n.referrer.amount = convert(n.referrer.amount);
    n.referee.amount = convert(n.referee.amount);
    n
}

/// A draft built from `template` with `words` for its names, as written: the
/// template's own members, amounts in pounds. Its id is 0 until it is added
/// to [`super::LoyaltyDrafts`].
pub fn build(template: Template, words: &TemplateWords) -> Programme {
    assemble(
        template,
        words,
        template.default_members(),
        Currency::GBP,
        NumberFormat::POINT,
    )
}

fn assemble(
    template: Template,
    words: &TemplateWords,
    members: u64,
    currency: Currency,
    fmt: NumberFormat,
) -> Programme {
    let n = fitted(template, members, currency);
    let mut p = Programme {
        name: words.programme.to_string(),
        template: Some(template),
        points_per_unit: n.points_per_unit,
        point_value: PointValueMode::Entered,
        cost_per_point: n.cost_per_point,
        referral: Referral {
            referrer: n.referrer,
            referee: n.referee,
            per_member_year: n.referrals,
        },
        economics: n.economics,
        distribution: Distribution::Derived,
        tiers: TierRules {
            qualifier: n.qualifier,
            window: n.window,
            tiers: Vec::new(),
        },
        ..Programme::default()
    };
    for ((name, perks), (threshold, multiplier)) in words.tiers.iter().zip(n.tiers) {
        let id = p.new_item_id();
        p.tiers.tiers.push(Tier {
            id,
            name: name.to_string(),
            threshold,
            multiplier,
            perks: perks.to_string(),
            share: 0.0,
        });
    }
    for ((name, kind), (points_price, cost, mix)) in words.rewards.iter().zip(RewardKind::ALL).zip(n.rewards) {
        let id = p.new_item_id();
        p.rewards.push(Reward {
            id,
            kind,
            name: name.replace(MONEY_PLACEHOLDER, &format_money(cost, currency, fmt)),
            points_price,
            cost,
            mix,
        });
    }
    let kinds = [BonusKind::Review, BonusKind::Birthday, BonusKind::UserContent];
    for ((description, kind), (points, per_member_year)) in words.bonus.iter().zip(kinds).zip(n.bonus) {
        let id = p.new_item_id();
        p.bonus.push(BonusAction {
            id,
            kind,
            description: description.to_string(),
            points,
            per_member_year,
        });
    }
    for ((name, condition), (points, share)) in words.badges.iter().zip(n.badges) {
        let id = p.new_item_id();
        p.badges.push(Achievement {
            id,
            name: name.to_string(),
            condition: condition.to_string(),
            points,
            share,
        });
    }
    for ((name, condition), (points, share)) in words.challenges.iter().zip(n.challenges) {
        let id = p.new_item_id();
        p.challenges.push(Achievement {
            id,
            name: name.to_string(),
            condition: condition.to_string(),
            points,
            share,
        });
    }
    p
}
