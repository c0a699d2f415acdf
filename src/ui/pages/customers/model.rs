//! The BG/NBD and Gamma-Gamma fits (run a frame after "Fitting…" shows, so a
//! large log never freezes the page without a word), their parameters with
//! what each means, and the holdout check drawn with the shared chart.

use super::*;
use crate::domain::customers::check::{holdout_check, HoldoutBucket, TOP_BUCKET};
use crate::domain::customers::gamma_gamma::{self, GammaGammaFit, Spend};
use crate::domain::customers::{bgnbd, CustomersError};
use crate::ui::components::chart::{LineChart, Series};
use std::time::Duration;

/// The models fitted to the whole log.
#[derive(Clone, Debug, PartialEq)]
pub struct Fitted {
    pub bg: bgnbd::BgNbdFit,
    /// Why the spend model cannot be fitted, when it cannot (values then use
    /// each customer's own mean spend).
    pub gg: Result<GammaGammaFit, CustomersError>,
}

/// Longest run of fitting between two turns of the event loop, in ms: the
/// page answers clicks and keys while a large log is fitted. Under the 50 ms
/// of a "long task", and long enough that the browser's 4 ms clamp on nested
/// timers costs under a tenth of the fit.
const SLICE_MS: f64 = 40.0;

/// Nelder–Mead iterations between two looks at the clock.
const ITERATIONS_PER_CALL: usize = 8;

/// Calls `work` until it says it is done, yielding to the browser every
/// [`SLICE_MS`].
fn in_slices(mut work: impl FnMut() -> bool + 'static) {
    let start = js_sys::Date::now();
    while js_sys::Date::now() - start < SLICE_MS {
        if work() {
            return;
        }
    }
    set_timeout(move || in_slices(work), Duration::ZERO);
}

/// Where the fitting of one log stands.
enum Stage {
    Start,
    Purchases(bgnbd::Fitter),
    Spend(bgnbd::BgNbdFit, gamma_gamma::Fitter),
    Holdout(bgnbd::Fitter),
    Done,
}

/// Fits both models to `base` (and then the purchase model to the first
/// half, checked on the second), a slice at a time; stops when `base` is no
/// longer the page's log.
fn fit_in_slices(
    ctx: CustomersCtx,
    base: Arc<CustomerBase>,
    holdout: RwSignal<Option<Option<Arc<Vec<HoldoutBucket>>>>>,
) {
    let mut stage = Stage::Start;
    let fitted = move |bg, gg| ctx.fit.set(Some(Ok(Arc::new(Fitted { bg, gg }))));
    in_slices(move || {
        // `try_`: the page may have been left between two slices, its
        // signals disposed; the fit then stops instead of panicking.
        let current = ctx
            .base
            .try_with_untracked(|now| now.as_ref().is_some_and(|now| Arc::ptr_eq(now, &base)))
            .unwrap_or(false);
        if !current {
            return true;
        }
        stage = match std::mem::replace(&mut stage, Stage::Done) {
            Stage::Start => match bgnbd::Fitter::new(&base.summary.histories()) {
                Ok(f) => Stage::Purchases(f),
                Err(e) => {
                    ctx.fit.set(Some(Err(e)));
                    Stage::Done
                }
            },
            Stage::Purchases(mut f) => match f.run(ITERATIONS_PER_CALL) {
                None => Stage::Purchases(f),
                Some(Err(e)) => {
                    ctx.fit.set(Some(Err(e)));
                    Stage::Done
                }
                Some(Ok(bg)) => {
                    let spends: Vec<Spend> = base
                        .summary
                        .customers
                        .iter()
                        .filter_map(|c| Spend::new(c.history.frequency(), c.monetary_value))
                        .collect();
                    match gamma_gamma::Fitter::new(&spends) {
                        Ok(g) => Stage::Spend(bg, g),
                        Err(e) => {
                            fitted(bg, Err(e));
                            holdout_stage(&base, holdout)
                        }
                    }
                }
            },
            Stage::Spend(bg, mut g) => match g.run(ITERATIONS_PER_CALL) {
                None => Stage::Spend(bg, g),
                Some(gg) => {
                    fitted(bg, gg);
                    holdout_stage(&base, holdout)
                }
            },
            Stage::Holdout(mut f) => match f.run(ITERATIONS_PER_CALL) {
                None => Stage::Holdout(f),
                Some(fit) => {
                    let checked = fit.ok().and_then(|fit| {
                        let split = base.holdout.as_ref()?;
                        holdout_check(fit.params, split).ok()
                    });
                    holdout.set(Some(checked.map(Arc::new)));
                    Stage::Done
                }
            },
            Stage::Done => Stage::Done,
        };
        matches!(stage, Stage::Done)
    });
}

/// The holdout fit's first stage, or its answer when the log cannot be split
/// or fitted.
fn holdout_stage(base: &CustomerBase, holdout: RwSignal<Option<Option<Arc<Vec<HoldoutBucket>>>>>) -> Stage {
    let fitter = base.holdout.as_ref().and_then(|split| {
        let histories: Vec<_> = split.customers.iter().map(|c| c.calibration.history).collect();
        bgnbd::Fitter::new(&histories).ok()
    });
    match fitter {
        Some(f) => Stage::Holdout(f),
        None => {
            holdout.set(Some(None));
            Stage::Done
        }
    }
}

/// The fit's section.
#[component]
pub(super) fn Model() -> impl IntoView {
    let ctx = use_customers();
    let t = &text().customers;
    let holdout = RwSignal::new(None::<Option<Arc<Vec<HoldoutBucket>>>>);
    // Every new log: say so, and fit in slices while the page stays live.
    effect(move |_| {
        let Some(base) = ctx.base.get() else {
            return;
        };
        ctx.fit.set(None);
        holdout.set(None);
        fit_in_slices(ctx, base, holdout);
    });
    let params = move || {
        let f = ctx.fmt.get();
        let num = move |x: f64| crate::domain::format::format_significant(x, 4, f.number);
        ctx.fit.get().map(|fit| match fit {
            Err(e) => view! { <p class="cust-model-error" role="alert">{(t.model_error)(e)}</p> }.into_any(),
            Ok(fit) => {
                let p = fit.bg.params;
                let bg_rows = [
                    ("r", p.r(), t.r_meaning),
                    ("α", p.alpha(), t.alpha_meaning),
                    ("a", p.a(), t.a_meaning),
                    ("b", p.b(), t.b_meaning),
                ];
                let row = move |(name, value, meaning): (&'static str, f64, &'static str)| {
                    view! { <tr><th scope="row">{name}</th><td class="num">{num(value)}</td><td>{meaning}</td></tr> }
                };
                let gg = match fit.gg {
                    Ok(gg) => {
                        let g = gg.params;
                        let rows = [
                            ("p", g.p(), t.p_meaning),
                            ("q", g.q(), t.q_meaning),
                            ("γ", g.gamma(), t.gamma_meaning),
                        ];
                        view! {
                            <table class="cust-params cust-gg">
                                <caption>{t.gg_caption}</caption>
                                <thead><tr><th scope="col">{t.col_parameter}</th><th scope="col">{t.col_value}</th><th scope="col">{t.col_meaning}</th></tr></thead>
                                <tbody>{rows.into_iter().map(row).collect::<Vec<_>>()}</tbody>
                            </table>
                        }
                        .into_any()
                    }
                    Err(e) => {
                        let why = (e == CustomersError::SpendSpreadUnexplained).then_some(t.spend_spread_unexplained);
                        view! { <p class="muted cust-no-spend">{t.no_spend_model} " " {why}</p> }.into_any()
                    }
                };
                view! {
                    <div class="table-wrap" tabindex="0">
                        <table class="cust-params cust-bgnbd">
                            <caption>{t.bgnbd_caption}</caption>
                            <thead><tr><th scope="col">{t.col_parameter}</th><th scope="col">{t.col_value}</th><th scope="col">{t.col_meaning}</th></tr></thead>
                            <tbody>{bg_rows.into_iter().map(row).collect::<Vec<_>>()}</tbody>
                        </table>
                    </div>
                    <div class="table-wrap" tabindex="0">{gg}</div>
                }
                .into_any()
            }
        })
    };
    let series = Signal::derive(move || {
        holdout.with(|h| match h {
            Some(Some(buckets)) => vec![
                Series {
                    name: t.series_actual.to_string(),
                    points: buckets.iter().map(|b| (f64::from(b.frequency), b.actual)).collect(),
                },
                Series {
                    name: t.series_predicted.to_string(),
                    points: buckets.iter().map(|b| (f64::from(b.frequency), b.predicted)).collect(),
                },
            ],
            _ => Vec::new(),
        })
    });
    let format_x = Callback::new(|x: f64| {
        if x >= f64::from(TOP_BUCKET) {
            format!("{TOP_BUCKET}+")
        } else {
            format!("{x:.0}")
        }
    });
    let fmt = ctx.fmt;
    let format_y = Callback::new(move |y: f64| fmt.get_untracked().num(y));
    let check = move || {
        match holdout.get() {
        None => view! { <p class="cust-progress" role="status">{t.fitting_holdout}</p> }.into_any(),
        Some(None) => view! { <p class="muted">{t.no_holdout}</p> }.into_any(),
        Some(Some(_)) => view! {
            <div class="cust-holdout">
                <LineChart title=Signal::derive(move || t.holdout_title.to_string()) x_label=t.holdout_x y_label=t.holdout_y
                    series format_x format_y/>
            </div>
        }
        .into_any(),
    }
    };
    view! {
        <section class="panel cust-model" id="cust-model" aria-labelledby="cust-model-h">
            <h2 id="cust-model-h">{t.h_model}</h2>
            <p class="muted">{t.model_lead}</p>
            {move || ctx.fit.with(Option::is_none).then(|| view! {
                <p class="cust-progress" role="status"><progress></progress>" "{t.fitting}</p>
            })}
            {params}
            <h3>{t.holdout_heading}</h3>
            <p class="muted">{t.holdout_explain}</p>
            {move || ctx.fit.with(|f| matches!(f, Some(Ok(_)))).then(check)}
        </section>
    }
}
