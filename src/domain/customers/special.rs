//! Special functions the models need: ln Γ (Lanczos) and the Gauss
//! hypergeometric function ₂F₁ by its power series.
//!
//! Both are written for the arguments the models produce (positive reals for
//! ln Γ, 0 ≤ z < 1 for ₂F₁) and say so in their results: ln Γ of a value that is
//! not positive is NaN, which the callers never pass; ₂F₁ returns an error
//! instead of a wrong number when its series does not settle.

use super::CustomersError;

/// Lanczos coefficients for g = 7, n = 9 (the set published by Paul Godfrey and
/// used by many numerical libraries); relative error about 1e-15 for x ≥ 0.5.
const LANCZOS_G: f64 = 7.0;
const LANCZOS: [f64; 9] = [
    0.999_999_999_999_809_9,
    676.520_368_121_885_1,
    -1_259.139_216_722_402_8,
    771.323_428_777_653_1,
    -176.615_029_162_140_6,
    12.507_343_278_686_905,
    -0.138_571_095_265_720_12,
    9.984_369_578_019_572e-6,
    1.505_632_735_149_311_6e-7,
];

/// ln(√(2π)).
const HALF_LN_TWO_PI: f64 = 0.918_938_533_204_672_8;

/// The natural logarithm of the gamma function, for x > 0.
///
/// Lanczos' approximation (g = 7, nine terms) for x ≥ 0.5 and the recurrence
/// ln Γ(x) = ln Γ(x + 1) − ln x below it. Returns NaN when x is not a positive
/// finite number (the models never ask for one).
///
/// ```
/// use holdfast::domain::customers::special::ln_gamma;
/// assert!((ln_gamma(5.0) - 24f64.ln()).abs() < 1e-13);
/// ```
pub fn ln_gamma(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 {
        return f64::NAN;
    }
    if x.is_infinite() {
        return f64::INFINITY;
    }
    if x < 0.5 {
        return ln_gamma_lanczos(x + 1.0) - x.ln();
    }
    ln_gamma_lanczos(x)
}

/// Lanczos' sum for x ≥ 0.5.
fn ln_gamma_lanczos(x: f64) -> f64 {
    let x = x - 1.0;
    let mut sum = 0.0;
    for (i, c) in LANCZOS.iter().enumerate() {
        sum += if i == 0 { *c } else { c / (x + i as f64) };
    }
    let t = x + LANCZOS_G + 0.5;
    HALF_LN_TWO_PI + (x + 0.5) * t.ln() - t + sum.ln()
}

/// Most terms summed before a series is declared not to converge.
pub const MAX_SERIES_TERMS: usize = 200_000;

/// Relative size of the tail at which a series stops.
const SERIES_TOLERANCE: f64 = 1e-15;

/// The Gauss hypergeometric function ₂F₁(a, b; c; z) by its power series
/// Σ (a)ₙ(b)ₙ / (c)ₙ · zⁿ / n!, for |z| < 1.
///
/// Stops when the estimated tail is below 1e-15 of the sum. Errors with
/// [`CustomersError::SeriesDidNotConverge`] when z is outside (−1, 1), c is
/// zero or a negative integer, an argument is not finite, the sum overflows,
/// or [`MAX_SERIES_TERMS`] terms were not enough. (`lifetimes` calls SciPy's
/// `hyp2f1`, which also covers z ≥ 1 by analytic continuation; the models here
/// only need 0 ≤ z < 1.)
///
/// ```
/// use holdfast::domain::customers::special::hyp2f1;
/// // ₂F₁(1, 1; 2; z) = −ln(1 − z) / z.
/// let z = 0.5_f64;
/// let exact = -(1.0 - z).ln() / z;
/// assert!((hyp2f1(1.0, 1.0, 2.0, z).unwrap() - exact).abs() < 1e-14);
/// ```
pub fn hyp2f1(a: f64, b: f64, c: f64, z: f64) -> Result<f64, CustomersError> {
    if is_non_positive_integer(c) {
        return Err(CustomersError::SeriesDidNotConverge);
    }
    if z == 0.0 && [a, b, c].iter().all(|v| v.is_finite()) {
        return Ok(1.0);
    }
    let first = a * b / c * z;
    series_from(a, b, c, z, first).map(|tail| 1.0 + tail)
}

/// Σ over n ≥ 1 of tₙ, where t₁ = `first` and t_{n+1} = tₙ (a + n)(b + n) z / ((c + n)(n + 1)):
/// the terms of ₂F₁(a, b; c; z) from the first power of z on, or any series
/// with the same term ratio (the models use two such variants). Only c + n
/// for n ≥ 1 divides, so c = 0 is allowed here; c = −1, −2, … is not.
pub(crate) fn series_from(a: f64, b: f64, c: f64, z: f64, first: f64) -> Result<f64, CustomersError> {
    let finite = [a, b, c, z, first].iter().all(|v| v.is_finite());
    if !finite || z.abs() >= 1.0 || (c < 0.0 && is_non_positive_integer(c)) {
        return Err(CustomersError::SeriesDidNotConverge);
    }
    let mut term = first;
    let mut sum = first;
    let (abs_a, abs_b, abs_c) = (a.abs(), b.abs(), c.abs());
    for n in 1..MAX_SERIES_TERMS {
        let n = n as f64;
        term *= (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
        sum += term;
        if !sum.is_finite() {
            return Err(CustomersError::SeriesDidNotConverge);
        }
        if term == 0.0 {
            return Ok(sum);
        }
        // For m ≥ n + 1 > max(|c|, 1) + 1, every later ratio is at most
        // |z| (|a| + m)(|b| + m) / ((m − |c|)(m − 1)), which falls with m; when
        // that bound ρ is below 1 the tail is below |term| ρ / (1 − ρ).
        let m = n + 1.0;
        if m > abs_c.max(1.0) + 1.0 {
            let rho = z.abs() * (abs_a + m) * (abs_b + m) / ((m - abs_c) * (m - 1.0));
            if rho < 1.0 && term.abs() * rho / (1.0 - rho) <= SERIES_TOLERANCE * sum.abs() {
                return Ok(sum);
            }
        }
    }
    Err(CustomersError::SeriesDidNotConverge)
}

/// Whether `c` is 0, −1, −2, …, where (c)ₙ vanishes and ₂F₁ is undefined.
fn is_non_positive_integer(c: f64) -> bool {
    c <= 0.0 && c.fract() == 0.0
}

/// ln(e^u + e^v) without overflow; −∞ when both are −∞.
pub(crate) fn ln_sum_exp(u: f64, v: f64) -> f64 {
    let m = u.max(v);
    if m == f64::NEG_INFINITY {
        return m;
    }
    m + ((u - m).exp() + (v - m).exp()).ln()
}

/// 1 / (1 + eˣ) without overflow (the logistic function of −x).
pub(crate) fn logistic_of_minus(x: f64) -> f64 {
    if x > 0.0 {
        let e = (-x).exp();
        e / (1.0 + e)
    } else {
        1.0 / (1.0 + x.exp())
    }
}

/// (eʸ − 1) / y, which tends to 1 as y → 0.
pub(crate) fn expm1_over(y: f64) -> f64 {
    if y.abs() < 1e-300 {
        1.0
    } else {
        y.exp_m1() / y
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ln_gamma_matches_factorials_and_half_integers() {
        let mut factorial = 1.0_f64;
        for n in 1..30 {
            // Γ(n) = (n − 1)!.
            let got = ln_gamma(n as f64);
            assert!(
                (got - factorial.ln()).abs() < 1e-12 * factorial.ln().abs().max(1.0),
                "n = {n}"
            );
            factorial *= n as f64;
        }
        // Γ(1/2) = √π.
        assert!((ln_gamma(0.5) - std::f64::consts::PI.sqrt().ln()).abs() < 1e-14);
        // Γ(x) ≈ 1/x for tiny x.
        assert!((ln_gamma(1e-8) - (1e8_f64).ln()).abs() < 1e-7);
        assert!(ln_gamma(0.0).is_nan());
        assert!(ln_gamma(-1.0).is_nan());
    }

    #[test]
    fn hyp2f1_matches_closed_forms() {
        for z in [0.0, 0.1, 0.5, 0.9, 0.99, -0.5] {
            // ₂F₁(a, b; b; z) = (1 − z)^(−a).
            let got = hyp2f1(2.5, 1.3, 1.3, z).unwrap();
            let exact = (1.0 - z).powf(-2.5);
            assert!((got - exact).abs() < 1e-12 * exact, "z = {z}: {got} vs {exact}");
        }
        // A terminating series: ₂F₁(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1)).
        let (b, c, z) = (3.0, 4.0, 0.7);
        let exact = 1.0 - 2.0 * b * z / c + b * (b + 1.0) * z * z / (c * (c + 1.0));
        assert!((hyp2f1(-2.0, b, c, z).unwrap() - exact).abs() < 1e-14);
        assert_eq!(hyp2f1(1.0, 1.0, 2.0, 1.0), Err(CustomersError::SeriesDidNotConverge));
        assert_eq!(hyp2f1(1.0, 1.0, -2.0, 0.5), Err(CustomersError::SeriesDidNotConverge));
        assert_eq!(
            hyp2f1(f64::NAN, 1.0, 2.0, 0.5),
            Err(CustomersError::SeriesDidNotConverge)
        );
    }

    #[test]
    fn helpers_are_stable_at_the_extremes() {
        assert!((ln_sum_exp(1000.0, 1000.0) - (1000.0 + 2f64.ln())).abs() < 1e-12);
        assert_eq!(ln_sum_exp(f64::NEG_INFINITY, f64::NEG_INFINITY), f64::NEG_INFINITY);
        assert_eq!(logistic_of_minus(1000.0), 0.0);
        assert_eq!(logistic_of_minus(-1000.0), 1.0);
        assert_eq!(expm1_over(0.0), 1.0);
        assert!((expm1_over(1e-10) - 1.0).abs() < 1e-9);
    }
}
