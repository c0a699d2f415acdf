//! Chart axis ticks.

use holdfast::domain::ticks::nice_ticks;
use proptest::prelude::*;

#[test]
fn ticks_are_round_numbers_covering_the_range() {
    assert_eq!(nice_ticks(0.0, 100.0, 6), vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
    assert_eq!(nice_ticks(0.0, 1.95, 5), vec![0.0, 0.5, 1.0, 1.5, 2.0]);
    assert_eq!(nice_ticks(1000.0, 1000.0, 5).first().copied(), Some(900.0));
    assert_eq!(nice_ticks(0.0, 0.0, 5), vec![0.0, 0.25, 0.5, 0.75, 1.0]);
    assert_eq!(nice_ticks(f64::NAN, 3.0, 5), vec![0.0, 0.25, 0.5, 0.75, 1.0]);
}

proptest! {
    #[test]
    fn ticks_cover_any_finite_range_with_a_bounded_count(a in -1e12f64..1e12, b in -1e12f64..1e12, n in 2usize..12) {
        let ticks = nice_ticks(a, b, n);
        prop_assert!(ticks.len() >= 2 && ticks.len() <= 64);
        prop_assert!(ticks[0] <= a.min(b) + 1e-9 * a.abs().max(1.0));
        prop_assert!(*ticks.last().unwrap() >= a.max(b) - 1e-9 * b.abs().max(1.0));
        prop_assert!(ticks.windows(2).all(|w| w[1] > w[0]));
    }
}

#[test]
fn a_whole_number_axis_never_gets_a_fractional_tick() {
    use holdfast::domain::ticks::whole_ticks;
    // The lifetime-value chart: years 0 to 15 read 0, 5, 10, 15 (not 2.5, 7.5, 12.5).
    assert_eq!(whole_ticks(0.0, 15.0, 8), vec![0.0, 5.0, 10.0, 15.0]);
    assert_eq!(whole_ticks(0.0, 50.0, 8), vec![0.0, 10.0, 20.0, 30.0, 40.0, 50.0]);
    assert_eq!(whole_ticks(0.0, 20.0, 8), vec![0.0, 5.0, 10.0, 15.0, 20.0]);
    assert_eq!(whole_ticks(1.0, 13.0, 8), vec![2.0, 4.0, 6.0, 8.0, 10.0, 12.0]);
    assert_eq!(whole_ticks(f64::NAN, 3.0, 8), vec![0.0, 1.0]);
    for hi in 13..400 {
        let ticks = whole_ticks(0.0, f64::from(hi), 8);
        assert!(
            ticks.iter().all(|t| t.fract() == 0.0 && *t <= f64::from(hi)),
            "{hi}: {ticks:?}"
        );
        assert!((2..=9).contains(&ticks.len()), "{hi}: {ticks:?}");
    }
}
