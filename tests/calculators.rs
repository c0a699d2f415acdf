//! The retention calculators, with the source articles' worked examples.

use holdfast::domain::calculators::*;
use holdfast::domain::input::{Count, Money, Percent};
use proptest::prelude::*;

fn c(n: u64) -> Count {
    Count::new(n).unwrap()
}
fn p(x: f64) -> Percent {
    Percent::new(x).unwrap()
}
fn m(x: f64) -> Money {
    Money::new(x).unwrap()
}
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9 * b.abs().max(1.0)
}
fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[test]
fn retention_rate_reproduces_the_articles_examples() {
    // (S, E, N) → rate, rounded to two decimals (article 002).
    let cases = [
        ((20, 24, 5), 95.0, 1),
        ((44, 43, 12), 70.45, 13),
        ((10, 10, 0), 100.0, 0),
        ((10, 3, 3), 0.0, 10),
    ];
    for ((s, e, n), want, lost) in cases {
        let r = retention_rate(c(s), c(e), c(n)).unwrap();
        assert_eq!(round2(r.rate.points()), want, "S={s} E={e} N={n}");
        assert_eq!(r.lost, lost);
    }
}

#[test]
fn impossible_retention_inputs_each_have_their_own_error() {
    let e = |s, e, n| retention_rate(c(s), c(e), c(n)).unwrap_err();
    assert_eq!(
        e(0, 5, 1),
        CalcError {
            field: "start",
            kind: CalcErrorKind::Zero
        }
    );
    assert_eq!(
        e(20, 4, 5),
        CalcError {
            field: "end",
            kind: CalcErrorKind::EndBelowNew
        }
    );
    assert_eq!(
        e(20, 30, 5),
        CalcError {
            field: "end",
            kind: CalcErrorKind::RetainedAboveStart
        }
    );
}

#[test]
fn churn_is_lost_over_start_and_the_articles_figure_is_lost_per_100_acquired() {
    let r = churn(c(500), c(10), c(250)).unwrap();
    assert_eq!(r.churn_rate.points(), 2.0);
    assert_eq!(r.retention.points(), 98.0);
    assert_eq!(r.expected_lifetime_periods, Some(50.0));
    // Article 004: 10 lost, 250 new → 4.
    assert_eq!(r.lost_per_100_acquired, Some(4.0));
    let none_lost = churn(c(100), c(0), c(0)).unwrap();
    assert_eq!(none_lost.expected_lifetime_periods, None);
    assert_eq!(none_lost.lost_per_100_acquired, None);
    assert_eq!(churn(c(0), c(0), c(3)).unwrap_err().kind, CalcErrorKind::Zero);
    assert_eq!(
        churn(c(5), c(6), c(3)).unwrap_err(),
        CalcError {
            field: "lost",
            kind: CalcErrorKind::LostAboveStart
        }
    );
}

#[test]
fn compounding_growth_reproduces_the_two_firms_of_article_003() {
    let good = growth_projection(c(1000), p(90.0), 0.20, 10);
    assert!(close(good.net_growth, 0.10));
    assert_eq!(good.doubling_years.map(round2), Some(7.27));
    // 1.1^7 ≈ 1.95: about double in seven years.
    assert_eq!(good.by_year[7].1.round(), 1949.0);
    let flat = growth_projection(c(1000), p(80.0), 0.20, 10);
    assert!(close(flat.net_growth, 0.0));
    assert_eq!(flat.doubling_years, None);
    assert!(flat.by_year.iter().all(|(_, n)| close(*n, 1000.0)));
    let shrinking = growth_projection(c(1000), p(10.0), 0.0, 3);
    assert_eq!(shrinking.by_year.last().map(|y| y.1.round()), Some(1.0));
    assert_eq!(shrinking.doubling_years, None);
}

#[test]
fn growth_needed_gives_28_percent_additive_and_34_15_compounding() {
    assert_eq!(
        round2(growth_needed(0.10, p(18.0), Convention::Additive).unwrap() * 100.0),
        28.0
    );
    assert_eq!(
        round2(growth_needed(0.10, p(18.0), Convention::Compounding).unwrap() * 100.0),
        34.15
    );
    assert_eq!(
        growth_needed(0.10, p(100.0), Convention::Compounding).unwrap_err().kind,
        CalcErrorKind::TotalChurn
    );
    assert_eq!(
        round2(growth_needed(0.10, p(100.0), Convention::Additive).unwrap() * 100.0),
        110.0
    );
}

#[test]
fn lifetime_value_gives_simple_margin_and_discounted_values() {
    // £80 × 6 a year = £480 revenue; 40 % margin = £192; 80 % retention; 10 % discount.
    let v = lifetime_value(m(80.0), 6.0, p(40.0), p(80.0), p(10.0), 20).unwrap();
    assert!(close(v.annual_revenue, 480.0));
    assert!(close(v.annual_margin, 192.0));
    assert_eq!(v.expected_lifetime_years.map(round2), Some(5.0));
    assert_eq!(v.lifetime_revenue.map(round2), Some(2400.0));
    assert_eq!(v.margin_clv.map(round2), Some(960.0));
    assert_eq!(round2(v.discounted_clv), 512.0);
    assert_eq!(v.max_retention_spend_per_year, 192.0);
    // The yearly sum converges to the closed form.
    assert!(v.cumulative_by_year.windows(2).all(|w| w[1].1 >= w[0].1));
    assert!(v.cumulative_by_year.last().unwrap().1 < v.discounted_clv);
    let long = lifetime_value(m(80.0), 6.0, p(40.0), p(80.0), p(10.0), 400).unwrap();
    assert!(close(long.cumulative_by_year.last().unwrap().1, v.discounted_clv));
    // Nobody leaves: undiscounted values are unbounded, the discounted one is m/d.
    let forever = lifetime_value(m(80.0), 6.0, p(40.0), p(100.0), p(10.0), 5).unwrap();
    assert_eq!(forever.margin_clv, None);
    assert_eq!(round2(forever.discounted_clv), 1920.0);
    assert_eq!(
        lifetime_value(m(80.0), 6.0, p(40.0), p(100.0), p(0.0), 5)
            .unwrap_err()
            .kind,
        CalcErrorKind::UnboundedValue
    );
}

#[test]
fn a_five_point_retention_lift_changes_lifetime_value_by_its_own_figure() {
    // 80 % → 85 % at 10 % discount: 0.8/0.3 → 0.85/0.25, +27.5 %.
    let r = retention_lift(p(80.0), 5.0, m(192.0), p(10.0)).unwrap();
    assert_eq!(r.change_percent.map(round2), Some(27.5));
    assert_eq!(round2(r.clv_before), 512.0);
    assert_eq!(round2(r.clv_after), 652.8);
    let capped = retention_lift(p(98.0), 5.0, m(100.0), p(10.0)).unwrap();
    assert_eq!(capped.retention_after, 1.0);
    assert_eq!(
        retention_lift(p(98.0), 5.0, m(100.0), p(0.0)).unwrap_err().field,
        "lift"
    );
    assert_eq!(
        retention_lift(p(0.0), 5.0, m(100.0), p(10.0)).unwrap().change_percent,
        None
    );
}

#[test]
fn acquiring_costs_more_per_sale_than_retaining() {
    let r = acquire_or_retain(m(250.0), m(25.0), p(65.0), p(12.5)).unwrap();
    assert_eq!(r.cost_per_new_sale, 2000.0);
    assert_eq!(round2(r.cost_per_existing_sale), 38.46);
    assert_eq!(r.ratio.map(round2), Some(52.0));
    assert_eq!(
        acquire_or_retain(m(250.0), m(25.0), p(65.0), p(0.0)).unwrap_err().field,
        "p_new"
    );
    assert_eq!(
        acquire_or_retain(m(250.0), m(25.0), p(0.0), p(5.0)).unwrap_err().field,
        "p_existing"
    );
    assert_eq!(
        acquire_or_retain(m(250.0), m(0.0), p(60.0), p(5.0)).unwrap().ratio,
        None
    );
}

#[test]
fn revenue_retention_separates_net_from_gross() {
    let r = revenue_retention(m(100_000.0), m(8_000.0), m(2_000.0), m(5_000.0), m(12_000.0)).unwrap();
    assert_eq!(r.net, 101.0);
    assert_eq!(r.gross.points(), 93.0);
    assert_eq!(r.quick_ratio.map(round2), Some(2.86));
    assert_eq!(r.ending, 113_000.0);
    assert_eq!(
        revenue_retention(m(0.0), m(1.0), m(0.0), m(0.0), m(0.0))
            .unwrap_err()
            .field,
        "start"
    );
    assert_eq!(
        revenue_retention(m(10.0), m(0.0), m(6.0), m(5.0), m(0.0))
            .unwrap_err()
            .kind,
        CalcErrorKind::LostRevenueAboveStart
    );
    assert_eq!(
        revenue_retention(m(10.0), m(0.0), m(0.0), m(0.0), m(5.0))
            .unwrap()
            .quick_ratio,
        None
    );
}

#[test]
fn nps_counts_and_score_lists_agree() {
    let r = nps(c(50), c(30), c(20)).unwrap();
    assert_eq!(r.score, 30.0);
    assert_eq!(r.passives_share, 30.0);
    assert_eq!(nps(c(0), c(0), c(7)).unwrap().score, -100.0);
    assert_eq!(nps(c(0), c(0), c(0)).unwrap_err().kind, CalcErrorKind::NoResponses);
    assert_eq!(classify_scores("10, 9; 8 7\n6 0"), Ok((c(2), c(2), c(2))));
    assert_eq!(
        classify_scores("10, 11").unwrap_err().kind,
        CalcErrorKind::BadScore { position: 2 }
    );
    assert_eq!(
        classify_scores("9, x").unwrap_err().kind,
        CalcErrorKind::BadScore { position: 2 }
    );
    assert_eq!(classify_scores(" , ").unwrap_err().kind, CalcErrorKind::NoResponses);
}

#[test]
fn each_complaint_stands_for_25_unhappy_customers_when_4_percent_complain() {
    let r = silent_complaints(c(10), p(4.0)).unwrap();
    assert!(close(r.unhappy, 250.0));
    assert!(close(r.silent, 240.0));
    assert_eq!(silent_complaints(c(10), p(0.0)).unwrap_err().field, "share");
}

#[test]
fn win_back_return_counts_customers_revenue_cost_and_roi() {
    let r = win_back(c(200), p(40.0), p(12.0), m(1200.0), m(15.0)).unwrap();
    assert!(close(r.receptive, 80.0));
    assert!(close(r.recovered, 24.0));
    assert!(close(r.revenue_recovered, 28_800.0));
    assert!(close(r.campaign_cost, 3000.0));
    assert_eq!(r.roi_percent.map(round2), Some(860.0));
    assert_eq!(
        win_back(c(200), p(20.0), p(30.0), m(1.0), m(1.0)).unwrap_err().field,
        "recovered"
    );
    assert_eq!(
        win_back(c(200), p(40.0), p(12.0), m(1200.0), m(0.0))
            .unwrap()
            .roi_percent,
        None
    );
}

fn finite(x: f64) -> bool {
    x.is_finite()
}

proptest! {
    #[test]
    fn retention_rate_is_within_0_and_100_or_an_error(s in 0u64..10_000, e in 0u64..20_000, n in 0u64..20_000) {
        if let Ok(r) = retention_rate(c(s), c(e), c(n)) {
            prop_assert!((0.0..=100.0).contains(&r.rate.points()));
            prop_assert_eq!(r.retained + r.lost, s);
        }
    }

    #[test]
    fn more_retention_never_lowers_lifetime_value(r1 in 0.0f64..100.0, r2 in 0.0f64..100.0, d in 0.0f64..100.0,
                                                  aov in 0.0f64..1e6, n in 0.0f64..1e3, margin in 0.0f64..100.0) {
        let (lo, hi) = (r1.min(r2), r1.max(r2));
        let a = lifetime_value(m(aov), n, p(margin), p(lo), p(d), 10);
        let b = lifetime_value(m(aov), n, p(margin), p(hi), p(d), 10);
        if let (Ok(a), Ok(b)) = (a, b) {
            prop_assert!(b.discounted_clv >= a.discounted_clv);
            prop_assert!(finite(a.discounted_clv) && finite(b.discounted_clv));
            if let (Some(x), Some(y)) = (a.margin_clv, b.margin_clv) { prop_assert!(y >= x); }
        }
    }

    #[test]
    fn gross_revenue_retention_never_exceeds_100(s in 0.0f64..1e9, e in 0.0f64..1e9, con in 0.0f64..1e9, ch in 0.0f64..1e9, n in 0.0f64..1e9) {
        if let Ok(r) = revenue_retention(m(s), m(e), m(con), m(ch), m(n)) {
            prop_assert!(r.gross.points() <= 100.0 && r.gross.points() >= 0.0);
            prop_assert!(r.net >= r.gross.points() - 1e-9);
            prop_assert!(finite(r.net));
        }
    }

    #[test]
    fn nps_is_between_minus_100_and_100(a in 0u64..1_000_000, b in 0u64..1_000_000, d in 0u64..1_000_000) {
        if let Ok(r) = nps(c(a), c(b), c(d)) {
            prop_assert!((-100.0..=100.0).contains(&r.score));
        }
    }

    #[test]
    fn no_calculator_panics_or_returns_a_non_finite_number(
        x in 0u64..1_000_000_000_000u64, y in 0u64..1_000_000_000_000u64, z in 0u64..1_000_000_000_000u64,
        p1 in 0.0f64..=100.0, p2 in 0.0f64..=100.0, p3 in 0.0f64..=100.0,
        m1 in 0.0f64..1e13, m2 in 0.0f64..1e13, rate in -1.0f64..10.0, years in 0u32..=100,
    ) {
        if let Ok(r) = churn(c(x), c(y), c(z)) {
            prop_assert!(r.expected_lifetime_periods.is_none_or(finite) && r.lost_per_100_acquired.is_none_or(finite));
        }
        let g = growth_projection(c(x), p(p1), rate, years);
        prop_assert!(g.by_year.iter().all(|(_, n)| finite(*n) && *n >= 0.0));
        prop_assert!(g.doubling_years.is_none_or(|d| finite(d) && d > 0.0));
        if let Ok(v) = growth_needed(rate, p(p1), Convention::Compounding) { prop_assert!(finite(v)); }
        if let Ok(v) = lifetime_value(m(m1), p3, p(p1), p(p2), p(p3), years) {
            prop_assert!(finite(v.discounted_clv) && v.cumulative_by_year.iter().all(|(_, t)| finite(*t)));
        }
        if let Ok(v) = retention_lift(p(p1), p2, m(m1), p(p3)) { prop_assert!(v.change_percent.is_none_or(finite)); }
        if let Ok(v) = acquire_or_retain(m(m1), m(m2), p(p1), p(p2)) { prop_assert!(v.ratio.is_none_or(finite)); }
        if let Ok(v) = silent_complaints(c(x), p(p1)) { prop_assert!(finite(v.unhappy) && v.silent >= -1e-6); }
        if let Ok(v) = win_back(c(x), p(p1), p(p2), m(m1), m(m2)) { prop_assert!(v.roi_percent.is_none_or(finite)); }
    }
}
