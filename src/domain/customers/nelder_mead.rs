//! A small Nelder–Mead minimiser: derivative-free, for a handful of
//! parameters (the models have three or four).
//!
//! The method of Nelder and Mead (1965) with the standard coefficients
//! (reflection 1, expansion 2, contraction ½, shrink ½), the initial simplex and
//! the stopping rule of SciPy's `minimize(method="Nelder-Mead")`: stop when
//! every vertex is within `x_tolerance` of the best one in every coordinate and
//! every value within `f_tolerance` of the best value.
//!
//! The objective may return NaN or ±∞ (a likelihood evaluated far outside its
//! domain): such values count as +∞, so the simplex moves away from them and
//! nothing here panics.

/// Settings of [`minimise`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NelderMeadOptions {
    /// Most iterations (each one to three objective evaluations, or a shrink).
    pub max_iterations: usize,
    /// Largest coordinate distance from the best vertex at convergence.
    pub x_tolerance: f64,
    /// Largest value difference from the best vertex at convergence.
    pub f_tolerance: f64,
    /// Relative size of the initial simplex: each coordinate of the start is
    /// moved by this share of itself (SciPy's 5 %), or by 0.00025 when it is 0.
    pub initial_step: f64,
}

impl Default for NelderMeadOptions {
    /// 10 000 iterations, tolerances 1e-10, a 5 % initial simplex.
    fn default() -> Self {
        NelderMeadOptions {
            max_iterations: 10_000,
            x_tolerance: 1e-10,
            f_tolerance: 1e-10,
            initial_step: 0.05,
        }
    }
}

/// The best point found.
#[derive(Clone, Debug, PartialEq)]
pub struct Minimum {
    /// Where the objective is smallest among the points tried.
    pub point: Vec<f64>,
    /// The objective there (finite).
    pub value: f64,
    /// Iterations used.
    pub iterations: usize,
    /// Objective evaluations used.
    pub evaluations: usize,
}

/// Why [`minimise`] has no answer.
#[derive(Clone, Debug, PartialEq)]
pub enum NelderMeadError {
    /// The start has no coordinates.
    EmptyStart,
    /// A start coordinate is NaN or infinite.
    NonFiniteStart,
    /// The objective is NaN or infinite at every vertex of the initial simplex.
    NoFiniteValue,
    /// The iteration limit came first; `best` is the best point so far.
    DidNotConverge { best: Minimum },
}

/// The objective as the minimiser sees it: NaN and ±∞ become +∞.
fn clean(value: f64) -> f64 {
    if value.is_finite() {
        value
    } else {
        f64::INFINITY
    }
}

/// Minimises `f` from `start` by Nelder–Mead.
///
/// `f` is a `dyn` closure so that one copy of the method serves every model.
///
/// ```
/// use holdfast::domain::customers::nelder_mead::{minimise, NelderMeadOptions};
/// // The Rosenbrock function has its minimum 0 at (1, 1).
/// let mut rosenbrock = |p: &[f64]| match p {
///     [x, y] => (1.0 - x).powi(2) + 100.0 * (y - x * x).powi(2),
///     _ => f64::NAN,
/// };
/// let min = minimise(&mut rosenbrock, &[-1.2, 1.0], &NelderMeadOptions::default()).unwrap();
/// assert!((min.point[0] - 1.0).abs() < 1e-6 && (min.point[1] - 1.0).abs() < 1e-6);
/// ```
pub fn minimise(
    f: &mut dyn FnMut(&[f64]) -> f64,
    start: &[f64],
    options: &NelderMeadOptions,
) -> Result<Minimum, NelderMeadError> {
    let mut search = Search::new(f, start, *options)?;
    loop {
        if let Some(done) = search.step(f) {
            return done;
        }
    }
}

/// A Nelder–Mead search that runs one iteration at a time, so that a caller
/// on the browser's main thread can spread it over frames: [`minimise`] is
/// [`Search::new`] and [`Search::step`] until it answers.
#[derive(Clone, Debug)]
pub struct Search {
    /// The vertices and their values.
    simplex: Vec<(Vec<f64>, f64)>,
    iterations: usize,
    evaluations: usize,
    options: NelderMeadOptions,
}

impl Search {
    /// Evaluates the initial simplex around `start`.
    pub fn new(
        f: &mut dyn FnMut(&[f64]) -> f64,
        start: &[f64],
        options: NelderMeadOptions,
    ) -> Result<Search, NelderMeadError> {
        if start.is_empty() {
            return Err(NelderMeadError::EmptyStart);
        }
        if start.iter().any(|v| !v.is_finite()) {
            return Err(NelderMeadError::NonFiniteStart);
        }
        let n = start.len();
        let mut search = Search {
            simplex: Vec::with_capacity(n + 1),
            iterations: 0,
            evaluations: 0,
            options,
        };
        // The initial simplex: the start and one vertex per coordinate.
        let value = search.eval(f, start);
        search.simplex.push((start.to_vec(), value));
        for i in 0..n {
            let mut vertex = start.to_vec();
            if let Some(v) = vertex.get_mut(i) {
                *v = if *v == 0.0 {
                    0.00025
                } else {
                    *v * (1.0 + options.initial_step)
                };
            }
            let value = search.eval(f, &vertex);
            search.simplex.push((vertex, value));
        }
        if search.simplex.iter().all(|(_, v)| v.is_infinite()) {
            return Err(NelderMeadError::NoFiniteValue);
        }
        Ok(search)
    }

    fn eval(&mut self, f: &mut dyn FnMut(&[f64]) -> f64, p: &[f64]) -> f64 {
        self.evaluations += 1;
        clean(f(p))
    }

    /// One iteration; `Some` with the answer once the search has converged
    /// or reached its iteration limit.
    pub fn step(&mut self, f: &mut dyn FnMut(&[f64]) -> f64) -> Option<Result<Minimum, NelderMeadError>> {
        let n = self.simplex.len().saturating_sub(1);
        order_simplex(&mut self.simplex);
        if converged(&self.simplex, &self.options) {
            return Some(Ok(best_of(&self.simplex, self.iterations, self.evaluations)));
        }
        if self.iterations >= self.options.max_iterations {
            let best = best_of(&self.simplex, self.iterations, self.evaluations);
            return Some(Err(NelderMeadError::DidNotConverge { best }));
        }
        self.iterations += 1;

        let Some((worst, worst_value)) = self.simplex.last().cloned() else {
            return Some(Err(NelderMeadError::EmptyStart));
        };
        let best_value = self.simplex.first().map_or(f64::INFINITY, |v| v.1);
        let second_worst_value = self.simplex.get(n.saturating_sub(1)).map_or(f64::INFINITY, |v| v.1);
        // The centroid of every vertex but the worst.
        let mut centroid = vec![0.0; n];
        for (vertex, _) in self.simplex.iter().take(n) {
            for (c, v) in centroid.iter_mut().zip(vertex) {
                *c += v / n as f64;
            }
        }
        let towards = |coefficient: f64| -> Vec<f64> {
            centroid
                .iter()
                .zip(&worst)
                .map(|(c, w)| c + coefficient * (c - w))
                .collect()
        };

        let reflected = towards(1.0);
        let reflected_value = self.eval(f, &reflected);
        let replacement = if reflected_value < best_value {
            let expanded = towards(2.0);
            let expanded_value = self.eval(f, &expanded);
            if expanded_value < reflected_value {
                Some((expanded, expanded_value))
            } else {
                Some((reflected, reflected_value))
            }
        } else if reflected_value < second_worst_value {
            Some((reflected, reflected_value))
        } else if reflected_value < worst_value {
            // Outside contraction.
            let contracted = towards(0.5);
            let contracted_value = self.eval(f, &contracted);
            (contracted_value <= reflected_value).then_some((contracted, contracted_value))
        } else {
            // Inside contraction.
            let contracted = towards(-0.5);
            let contracted_value = self.eval(f, &contracted);
            (contracted_value < worst_value).then_some((contracted, contracted_value))
        };

        match replacement {
            Some(vertex) => {
                if let Some(last) = self.simplex.last_mut() {
                    *last = vertex;
                }
            }
            None => {
                // Shrink every vertex towards the best.
                let best = self.simplex.first().map(|v| v.0.clone())?;
                for k in 1..self.simplex.len() {
                    let Some(vertex) = self.simplex.get_mut(k).map(|(vertex, _)| {
                        for (v, b) in vertex.iter_mut().zip(&best) {
                            *v = b + 0.5 * (*v - b);
                        }
                        vertex.clone()
                    }) else {
                        continue;
                    };
                    let value = self.eval(f, &vertex);
                    if let Some(slot) = self.simplex.get_mut(k) {
                        slot.1 = value;
                    }
                }
            }
        }
        None
    }
}

/// Nelder–Mead restarted from its own answer until the value stops improving
/// by more than 1e-10 (a fresh simplex around a converged point catches a
/// simplex that collapsed early), one iteration at a time.
#[derive(Clone, Debug)]
pub struct Restarted {
    search: Search,
    /// The value of the previous round's answer.
    previous: f64,
    /// Rounds still allowed after this one.
    rounds_left: usize,
    /// Iterations of the finished rounds.
    done_iterations: usize,
}

impl Restarted {
    /// Starts the first of at most `1 + restarts` rounds at `start`.
    pub fn new(f: &mut dyn FnMut(&[f64]) -> f64, start: &[f64], restarts: usize) -> Result<Restarted, NelderMeadError> {
        Ok(Restarted {
            search: Search::new(f, start, NelderMeadOptions::default())?,
            previous: f64::INFINITY,
            rounds_left: restarts,
            done_iterations: 0,
        })
    }

    /// Runs at most `iterations` iterations; `Some` with the final answer (its
    /// `iterations` counting every round) once the rounds are over.
    pub fn run(
        &mut self,
        f: &mut dyn FnMut(&[f64]) -> f64,
        iterations: usize,
    ) -> Option<Result<Minimum, NelderMeadError>> {
        for _ in 0..iterations {
            let found = match self.search.step(f) {
                None => continue,
                Some(Ok(found)) => found,
                Some(Err(e)) => return Some(Err(e)),
            };
            self.done_iterations += found.iterations;
            let improved = self.previous - found.value;
            self.previous = found.value;
            if improved.abs() < 1e-10 || self.rounds_left == 0 {
                return Some(Ok(Minimum {
                    iterations: self.done_iterations,
                    ..found
                }));
            }
            self.rounds_left -= 1;
            match Search::new(f, &found.point, self.search.options) {
                Ok(search) => self.search = search,
                Err(e) => return Some(Err(e)),
            }
        }
        None
    }
}

/// Sorts the simplex by value, best first (stable, so ties keep their order).
fn order_simplex(simplex: &mut Vec<(Vec<f64>, f64)>) {
    crate::domain::order::sort_stable(simplex, &|x, y| x.1.total_cmp(&y.1));
}

/// SciPy's test: every vertex within `x_tolerance` of the best in every
/// coordinate and within `f_tolerance` in value.
fn converged(simplex: &[(Vec<f64>, f64)], options: &NelderMeadOptions) -> bool {
    let Some((best, best_value)) = simplex.first() else {
        return true;
    };
    simplex.iter().skip(1).all(|(vertex, value)| {
        (value - best_value).abs() <= options.f_tolerance
            && vertex
                .iter()
                .zip(best)
                .all(|(v, b)| (v - b).abs() <= options.x_tolerance)
    })
}

/// The best vertex as a [`Minimum`].
fn best_of(simplex: &[(Vec<f64>, f64)], iterations: usize, evaluations: usize) -> Minimum {
    let (point, value) = simplex.first().cloned().unwrap_or_default();
    Minimum {
        point,
        value,
        iterations,
        evaluations,
    }
}

impl From<NelderMeadError> for super::CustomersError {
    /// A fit whose search ran out of iterations did not converge; any other
    /// failure (no finite value, a bad start) means the data left the model
    /// nowhere to go.
    fn from(e: NelderMeadError) -> Self {
        match e {
            NelderMeadError::DidNotConverge { .. } => super::CustomersError::FitDidNotConverge,
            _ => super::CustomersError::DegenerateFit,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_minimum_of_a_quadratic_bowl() {
        let mut bowl = |p: &[f64]| p.iter().enumerate().map(|(i, x)| (x - i as f64).powi(2)).sum::<f64>();
        let min = minimise(&mut bowl, &[5.0, 5.0, 5.0, 5.0], &NelderMeadOptions::default()).unwrap();
        for (i, x) in min.point.iter().enumerate() {
            assert!((x - i as f64).abs() < 1e-6, "{:?}", min.point);
        }
    }

    #[test]
    fn treats_nan_and_infinity_as_walls() {
        // Undefined for x < 0; the minimum is at x = 2.
        let mut f = |p: &[f64]| {
            let x = p.first().copied().unwrap_or(f64::NAN);
            if x < 0.0 {
                f64::NAN
            } else {
                (x.sqrt() - 2f64.sqrt()).powi(2)
            }
        };
        let min = minimise(&mut f, &[0.1], &NelderMeadOptions::default()).unwrap();
        assert!((min.point[0] - 2.0).abs() < 1e-6);
        let mut never = |_: &[f64]| f64::NAN;
        assert_eq!(
            minimise(&mut never, &[1.0, 2.0], &NelderMeadOptions::default()),
            Err(NelderMeadError::NoFiniteValue)
        );
    }

    #[test]
    fn refuses_bad_starts_and_reports_the_iteration_limit() {
        let mut f = |p: &[f64]| p.iter().map(|x| x * x).sum::<f64>();
        let opts = NelderMeadOptions::default();
        assert_eq!(minimise(&mut f, &[], &opts), Err(NelderMeadError::EmptyStart));
        assert_eq!(
            minimise(&mut f, &[f64::NAN], &opts),
            Err(NelderMeadError::NonFiniteStart)
        );
        let few = NelderMeadOptions {
            max_iterations: 3,
            ..opts
        };
        assert!(matches!(
            minimise(&mut f, &[3.0, 4.0], &few),
            Err(NelderMeadError::DidNotConverge { .. })
        ));
    }
}
