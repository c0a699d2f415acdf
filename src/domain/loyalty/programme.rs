//! The stored programme drafts: plain data, saved as one document per
//! workspace. Every struct has `#[serde(default)]`, so fields added later load
//! from older data without a migration.
//!
//! Values here have passed the input boundary ([`super::fields`]) when typed,
//! but stored data can be edited by hand: the calculations sanitise every value
//! again and never trust it.

use serde::{Deserialize, Serialize};

/// Longest programme, tier, reward or badge name.
pub const MAX_NAME_CHARS: usize = 80;
/// Longest free text (perks, conditions, descriptions).
pub const MAX_NOTE_CHARS: usize = 300;
/// Most drafts kept in one workspace.
pub const MAX_DRAFTS: usize = 50;
/// Most items in one list (tiers, rewards, bonus actions, badges, challenges).
pub const MAX_ITEMS: usize = 12;

/// All the drafts of a workspace: the loyalty module's one stored document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LoyaltyDrafts {
    pub drafts: Vec<Programme>,
    /// The id the next draft gets. Never reused, so a deleted draft put back
    /// by "undo" keeps an id nobody else has.
    pub next_id: u64,
}

impl LoyaltyDrafts {
    /// The draft with `id`.
    pub fn get(&self, id: u64) -> Option<&Programme> {
        self.drafts.iter().find(|p| p.id == id)
    }

    /// The draft with `id`, to change it.
    pub fn get_mut(&mut self, id: u64) -> Option<&mut Programme> {
        self.drafts.iter_mut().find(|p| p.id == id)
    }

    /// A fresh id: above every id in use and every id handed out before.
    fn fresh_id(&mut self) -> u64 {
        let above_used = self
            .drafts
            .iter()
            .map(|p| p.id)
            .max()
            .map_or(1, |m| m.saturating_add(1));
        let id = self.next_id.max(above_used).max(1);
        self.next_id = id.saturating_add(1);
        id
    }

    /// Whether another draft fits ([`MAX_DRAFTS`]).
    pub fn has_room(&self) -> bool {
        self.drafts.len() < MAX_DRAFTS
    }

    /// Adds `programme` as a new draft with a fresh id and returns the id, or
    /// `None` when the workspace already holds [`MAX_DRAFTS`].
    pub fn add(&mut self, mut programme: Programme) -> Option<u64> {
        if !self.has_room() {
            return None;
        }
        let id = self.fresh_id();
        programme.id = id;
        self.drafts.push(programme);
        Some(id)
    }

    /// Copies draft `id` under the name `name`, placed right after it.
    pub fn duplicate(&mut self, id: u64, name: String) -> Option<u64> {
        if !self.has_room() {
            return None;
        }
        let index = self.drafts.iter().position(|p| p.id == id)?;
        let mut copy = self.drafts.get(index)?.clone();
        let new_id = self.fresh_id();
        copy.id = new_id;
        copy.name = name;
        self.drafts.insert(index + 1, copy);
        Some(new_id)
    }

    /// Removes draft `id`; returns where it was and what it was, for undo.
    pub fn remove(&mut self, id: u64) -> Option<(usize, Programme)> {
        let index = self.drafts.iter().position(|p| p.id == id)?;
        Some((index, self.drafts.remove(index)))
    }

    /// Puts a removed draft back where it was (or at the end). Does nothing
    /// when a draft with its id is already there (undo pressed twice).
    pub fn restore(&mut self, index: usize, programme: Programme) {
        if self.get(programme.id).is_some() {
            return;
        }
        self.next_id = self.next_id.max(programme.id.saturating_add(1));
        let at = index.min(self.drafts.len());
        self.drafts.insert(at, programme);
    }
}

/// One programme draft: its rules and the economic assumptions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Programme {
    pub id: u64,
    pub name: String,
    /// Which template it started from (for the record; nothing depends on it).
    pub template: Option<Template>,
    /// Points earned per unit of currency spent (before tier multipliers).
    pub points_per_unit: f64,
    /// Points for actions other than buying.
    pub bonus: Vec<BonusAction>,
    /// How the cost of a point is set.
    pub point_value: PointValueMode,
    /// Cost to the business of one point when redeemed (used when
    /// `point_value` is [`PointValueMode::Entered`]).
    pub cost_per_point: f64,
    pub tiers: TierRules,
    pub rewards: Vec<Reward>,
    pub referral: Referral,
    pub badges: Vec<Achievement>,
    pub challenges: Vec<Achievement>,
    pub economics: EconomicInputs,
    /// How members spread over the tiers in the projection.
    pub distribution: Distribution,
    /// The id the next item (tier, reward …) gets; ids are per programme.
    pub next_item: u64,
}

impl Default for Programme {
    /// A programme from scratch: one point per unit, a point costing 0.01,
    /// nothing else decided and no economics entered yet.
    fn default() -> Self {
        Programme {
            id: 0,
            name: String::new(),
            template: None,
            points_per_unit: 1.0,
            bonus: Vec::new(),
            point_value: PointValueMode::Entered,
            cost_per_point: 0.01,
            tiers: TierRules::default(),
            rewards: Vec::new(),
            referral: Referral::default(),
            badges: Vec::new(),
            challenges: Vec::new(),
            economics: EconomicInputs::default(),
            distribution: Distribution::Derived,
            next_item: 1,
        }
    }
}

impl Programme {
    /// A fresh item id within this programme.
    pub fn new_item_id(&mut self) -> u64 {
        let used = self
            .bonus
            .iter()
            .map(|b| b.id)
            .chain(self.tiers.tiers.iter().map(|t| t.id))
            .chain(self.rewards.iter().map(|r| r.id))
            .chain(self.badges.iter().map(|a| a.id))
            .chain(self.challenges.iter().map(|a| a.id))
            .max()
            .map_or(1, |m| m.saturating_add(1));
        let id = self.next_item.max(used).max(1);
        self.next_item = id.saturating_add(1);
        id
    }

    /// Whether another tier can be added ([`MAX_ITEMS`]).
    pub fn tier_room(&self) -> bool {
        self.tiers.tiers.len() < MAX_ITEMS
    }

    /// Adds a tier above the top one: threshold double the top's (or 1,000
    /// when there is none), multiplier 0.25 above it. Returns its id.
    pub fn add_tier(&mut self, name: String) -> Option<u64> {
        if !self.tier_room() {
            return None;
        }
        let id = self.new_item_id();
        let (threshold, multiplier) = match self.tiers.tiers.last() {
            Some(top) if top.threshold > 0.0 => (top.threshold * 2.0, top.multiplier + 0.25),
            Some(top) => (1000.0, top.multiplier + 0.25),
            None => (0.0, 1.0),
        };
        self.tiers.tiers.push(Tier {
            id,
            name,
            threshold: super::fields::clamp(threshold, 0.0, super::fields::MAX_THRESHOLD),
            multiplier: super::fields::clamp(multiplier, 0.0, super::fields::MAX_MULTIPLIER),
            perks: String::new(),
            share: 0.0,
        });
        Some(id)
    }
}

/// What qualifies a member for a tier.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Qualifier {
    /// Base points earned from spend (before multipliers; bonus points do not count).
    #[default]
    Points,
    /// Money spent.
    Spend,
}

/// Over which period qualifying points or spend are counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Window {
    /// Everything since joining; tiers are never lost.
    Lifetime,
    /// The current calendar year; tiers reset each January.
    #[default]
    CalendarYear,
    /// The last twelve months, rolling.
    Rolling12Months,
}

impl Window {
    pub const ALL: [Window; 3] = [Window::Lifetime, Window::CalendarYear, Window::Rolling12Months];
}

impl Qualifier {
    pub const ALL: [Qualifier; 2] = [Qualifier::Points, Qualifier::Spend];
}

/// The tier ladder: one basis and one window for all tiers, so thresholds can
/// be compared and must rise strictly from the first tier to the last.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TierRules {
    pub qualifier: Qualifier,
    pub window: Window,
    /// Lowest first.
    pub tiers: Vec<Tier>,
}

/// One tier.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Tier {
    pub id: u64,
    pub name: String,
    /// Qualifying points or spend (per the ladder's basis) to reach this tier.
    pub threshold: f64,
    /// Earn multiplier on spend points (1 = the base rate).
    pub multiplier: f64,
    /// What members of the tier get, as written for the client.
    pub perks: String,
    /// Share of members in this tier, percent (used when the distribution is
    /// entered by hand).
    pub share: f64,
}

/// How the projection spreads members over tiers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Distribution {
    /// From the thresholds and the average spend (exponential spend; see the
    /// module docs).
    #[default]
    Derived,
    /// Shares entered per tier; the rest are below the first tier.
    Manual,
}

/// An action other than buying that earns points.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BonusKind {
    #[default]
    Review,
    Birthday,
    /// User-generated content: photos, posts, case studies.
    UserContent,
    /// Anything else (completing a profile, following on social media …).
    Other,
}

impl BonusKind {
    pub const ALL: [BonusKind; 4] = [
        BonusKind::Review,
        BonusKind::Birthday,
        BonusKind::UserContent,
        BonusKind::Other,
    ];
}

/// A bonus action and what it is worth. (Referrals are set in [`Referral`].)
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BonusAction {
    pub id: u64,
    pub kind: BonusKind,
    /// What exactly earns the points ("a review with a photo").
    pub description: String,
    pub points: f64,
    /// Expected times per member per year (0.3 = three members in ten, once).
    pub per_member_year: f64,
}

/// How the cost of a point is decided.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PointValueMode {
    /// The value typed in `cost_per_point`.
    #[default]
    Entered,
    /// The rewards catalogue: each reward's cost ÷ points price, weighted by
    /// its share of redemptions (shares must add up to 100 %).
    Catalogue,
}

/// A kind of reward in the catalogue (article 004: badges, discount coupons,
/// free shipping).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RewardKind {
    #[default]
    DiscountCoupon,
    FreeShipping,
    FreeProduct,
    Experience,
    Badge,
}

impl RewardKind {
    pub const ALL: [RewardKind; 5] = [
        RewardKind::DiscountCoupon,
        RewardKind::FreeShipping,
        RewardKind::FreeProduct,
        RewardKind::Experience,
        RewardKind::Badge,
    ];
}

/// A reward members can buy with points.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Reward {
    pub id: u64,
    pub kind: RewardKind,
    pub name: String,
    /// Points a member spends to get it.
    pub points_price: f64,
    /// What it costs the business each time (not its retail value).
    pub cost: f64,
    /// Expected share of all redemptions, percent.
    pub mix: f64,
}

/// Whether a referral reward is points or money off.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReferralForm {
    #[default]
    Points,
    /// A value (credit, money off) in the workspace currency.
    Value,
}

/// What one side of a referral gets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReferralReward {
    pub form: ReferralForm,
    /// Points, or an amount of money, per successful referral.
    pub amount: f64,
}

/// The referral reward (article 002: "rewards for customer referrals").
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Referral {
    /// The member who refers.
    pub referrer: ReferralReward,
    /// The new customer referred.
    pub referee: ReferralReward,
    /// Successful referrals (the referred customer buys) per member per year,
    /// that would not have happened without the programme.
    pub per_member_year: f64,
}

/// A badge or a challenge (gamification).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Achievement {
    pub id: u64,
    pub name: String,
    /// What a member must do ("three orders in a quarter").
    pub condition: String,
    /// Points awarded on completion.
    pub points: f64,
    /// Share of members completing it in a year, percent.
    pub share: f64,
}

/// The economics inputs of a draft.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EconomicInputs {
    /// Members at launch.
    pub members: u64,
    pub average_order_value: f64,
    pub purchases_per_year: f64,
    /// Percent.
    pub gross_margin: f64,
    /// Share of a year's points redeemed that year, percent.
    pub redemption_rate: f64,
    /// Share of outstanding points never redeemed, percent.
    pub breakage: f64,
    /// Current yearly retention rate, percent.
    pub current_retention: f64,
    /// Expected lift in yearly retention, percentage points.
    pub retention_lift: f64,
    /// Expected lift in purchases per member, percent.
    pub frequency_lift: f64,
    /// Running cost per year (software, staff, fulfilment).
    pub fixed_cost: f64,
    /// One-off cost to launch.
    pub launch_cost: f64,
}

impl Default for EconomicInputs {
    /// Nothing entered yet, except the reference retention of 80 % (article
    /// 003: the average business loses about 20 % of its customers a year).
    fn default() -> Self {
        EconomicInputs {
            members: 0,
            average_order_value: 0.0,
            purchases_per_year: 0.0,
            gross_margin: 0.0,
            redemption_rate: 0.0,
            breakage: 0.0,
            current_retention: 80.0,
            retention_lift: 0.0,
            frequency_lift: 0.0,
            fixed_cost: 0.0,
            launch_cost: 0.0,
        }
    }
}

/// The templates offered (their figures and words are in [`super::templates`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Template {
    /// A retailer selling online and in shops.
    Retail,
    /// A business-to-business service provider (facilities, IT, maintenance).
    B2bServices,
    /// A monthly subscription (boxes, memberships, software for consumers).
    Subscription,
    /// A local service business with repeat visits (pet shops, salons,
    /// clinics): a few hundred to a few thousand customers.
    LocalServices,
}
