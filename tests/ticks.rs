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
