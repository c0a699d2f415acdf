//! Starting points for a draft, with realistic numbers for three kinds of
//! business. The words (names, perks, conditions) come from the screen's
//! language through [`TemplateWords`]; the numbers are here.

use super::programme::{
    Achievement, BonusAction, BonusKind, Distribution, EconomicInputs, PointValueMode, Programme, Qualifier, Referral,
    ReferralForm, ReferralReward, Reward, RewardKind, Tier, TierRules, Window,
};
use serde::{Deserialize, Serialize};

/// The templates offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Template {
    /// A retailer selling online and in shops.
    Retail,
    /// A business-to-business service provider (facilities, IT, maintenance).
    B2bServices,
    /// A monthly subscription (boxes, memberships, software for consumers).
    Subscription,
}

impl Template {
    pub const ALL: [Template; 3] = [Template::Retail, Template::B2bServices, Template::Subscription];
}

/// The words of a template, in the language on screen.
#[derive(Clone, Copy, Debug)]
pub struct TemplateWords {
    pub programme: &'static str,
    /// (name, perks) of the three tiers, lowest first.
    pub tiers: [(&'static str, &'static str); 3],
    /// Names of the five rewards: coupon, free shipping, free product,
    /// experience, badge.
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
        },
    }
}

/// A draft built from `template` with `words` for its names. Its id is 0
/// until it is added to [`super::LoyaltyDrafts`].
pub fn build(template: Template, words: &TemplateWords) -> Programme {
    let n = numbers(template);
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
            name: name.to_string(),
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
