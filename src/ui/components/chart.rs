//! Light SVG charts drawn by the app itself: a line chart for values over time
//! and a horizontal bar chart (optionally a Pareto chart with the cumulative
//! share). Each has a title for screen readers, series told apart by dash
//! pattern and marker as well as colour, value labels readable on a projector,
//! and a "show as table" alternative with the same numbers.

use crate::domain::ticks::nice_ticks;
use crate::ui::components::rows::KeptByPosition;
use crate::ui::reactive::memo;
use crate::ui::text::text;
use leptos::prelude::*;

/// One line of a [`LineChart`].
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    /// (x, y) points in increasing x.
    pub points: Vec<(f64, f64)>,
}

/// One bar of a [`BarChart`].
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    /// Drawn in the accent colour and marked "◆" (for example structural reasons).
    pub highlight: bool,
}

const W: f64 = 720.0;
const H: f64 = 320.0;
const LEFT: f64 = 72.0;
const RIGHT: f64 = 110.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 44.0;
/// Dash patterns per series, so lines differ without colour.
const DASHES: [&str; 4] = ["", "8 5", "2 4", "12 4 2 4"];

/// A tick of a [`LineChart`] axis: where it is drawn and what it says.
#[derive(Clone, Debug, PartialEq)]
struct Tick {
    at: f64,
    label: String,
}

impl Tick {
    fn key(&self) -> (u64, String) {
        (self.at.to_bits(), self.label.clone())
    }
}

/// The points of a line that can be drawn.
fn finite(s: &Series) -> impl Iterator<Item = (f64, f64)> + '_ {
    s.points.iter().copied().filter(|(x, y)| x.is_finite() && y.is_finite())
}

fn scale(value: f64, lo: f64, hi: f64, from: f64, to: f64) -> f64 {
    if hi - lo == 0.0 {
        from
    } else {
        from + (value - lo) / (hi - lo) * (to - from)
    }
}

/// A line chart with axes, ticks, a legend and end-of-line value labels.
#[component]
pub fn LineChart(
    /// What the chart shows (its accessible name and caption).
    #[prop(into)]
    title: Signal<String>,
    /// Label of the horizontal axis.
    x_label: &'static str,
    /// Label of the vertical axis.
    y_label: &'static str,
    /// The lines to draw.
    #[prop(into)]
    series: Signal<Vec<Series>>,
    /// Formats x values (ticks and table).
    format_x: Callback<f64, String>,
    /// Formats y values (ticks, labels and table).
    format_y: Callback<f64, String>,
) -> impl IntoView {
    // One copy of the lines per change, read by every part of the chart
    // (a derived signal would copy them again on every read).
    let series = memo(move |_| series.get());
    let geometry = memo(move |_| {
        series.with(|all| {
            let points = all
                .iter()
                .flat_map(|s| s.points.iter())
                .filter(|(x, y)| x.is_finite() && y.is_finite());
            let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, 0.0f64, f64::MIN);
            for &(x, y) in points {
                x0 = x0.min(x);
                x1 = x1.max(x);
                y0 = y0.min(y);
                y1 = y1.max(y);
            }
            if x0 > x1 {
                (x0, x1, y1) = (0.0, 1.0, 1.0);
            }
            let y_ticks = nice_ticks(y0, y1, 6);
            let x_ticks: Vec<f64> = if x1 - x0 <= 12.0 && x0.fract() == 0.0 {
                (0..=((x1 - x0) as usize)).map(|i| x0 + i as f64).collect()
            } else if x0.fract() == 0.0 && x1.fract() == 0.0 {
                // Years and periods: whole ticks only (never "2.50").
                crate::domain::ticks::whole_ticks(x0, x1, 8)
            } else {
                nice_ticks(x0, x1, 8)
                    .into_iter()
                    .filter(|t| *t >= x0 && *t <= x1)
                    .collect()
            };
            let (ylo, yhi) = (
                y_ticks.first().copied().unwrap_or(0.0),
                y_ticks.last().copied().unwrap_or(1.0),
            );
            (x0, x1, ylo, yhi, x_ticks, y_ticks)
        })
    });
    let px = move |x: f64| geometry.with(|g| scale(x, g.0, g.1, LEFT, W - RIGHT));
    let py = move |y: f64| geometry.with(|g| scale(y, g.2, g.3, H - BOTTOM, TOP));
    let names = memo(move |_| series.with(|all| all.iter().map(|s| s.name.clone()).collect::<Vec<_>>()));
    // Lines are kept by position and a keystroke changes only their
    // attributes and texts: rebuilding them would remove and set every
    // attribute of every element (type-erased views rebuild that way).
    // Ticks are keyed by where they are and what they say: they move only
    // when the axis range changes, so a keystroke checks two lists, not every
    // tick.
    let y_ticks = memo(move |_| {
        geometry.with(|g| {
            g.5.iter()
                .map(|&t| Tick {
                    at: scale(t, g.2, g.3, H - BOTTOM, TOP),
                    label: format_y.run(t),
                })
                .collect::<Vec<_>>()
        })
    });
    let x_ticks = memo(move |_| {
        geometry.with(|g| {
            g.4.iter()
                .map(|&t| Tick {
                    at: scale(t, g.0, g.1, LEFT, W - RIGHT),
                    label: format_x.run(t),
                })
                .collect::<Vec<_>>()
        })
    });
    // One line per series, kept by position: a keystroke changes only the
    // attributes and texts of the lines whose points changed.
    let line = move |i: usize, line: Memo<Option<Series>>| {
        let polyline = move || {
            line.with(|s| {
                s.as_ref().map_or_else(String::new, |s| {
                    finite(s)
                        .map(|(x, y)| format!("{:.1},{:.1}", px(x), py(y)))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
            })
        };
        // Every point's marker in one path: a keystroke sets one attribute, not
        // two per point.
        let marks = move || {
            line.with(|s| {
                s.as_ref().map_or_else(String::new, |s| {
                    finite(s)
                        .map(|(x, y)| format!("M{:.1},{:.1}a3.5,3.5 0 1,0 7,0a3.5,3.5 0 1,0 -7,0", px(x) - 3.5, py(y)))
                        .collect()
                })
            })
        };
        let last = move || line.with(|s| s.as_ref().and_then(|s| finite(s).last()));
        view! {
            <g class=format!("series series-{}", i % 4 + 1)>
                <polyline points=polyline fill="none" stroke-dasharray=DASHES[i % 4]></polyline>
                <path class="marks" d=marks></path>
                <text class="value-label" class:hidden=move || last().is_none()
                    x=move || last().map_or(0.0, |(x, _)| px(x) + 8.0)
                    y=move || last().map_or(0.0, |(_, y)| py(y) + 4.0 + (i as f64) * 2.0)>
                    {move || last().map(|(_, y)| format_y.run(y)).unwrap_or_default()}
                </text>
            </g>
        }
    };
    // A name can change with each keystroke (it may quote an input): only its
    // text is replaced.
    let legend = |i: usize, name: Memo<Option<String>>| {
        view! {
            <li class=format!("series-{}", i % 4 + 1)>
                <svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke-dasharray=DASHES[i % 4]></line></svg>
                {move || name.get().unwrap_or_default()}
            </li>
        }
    };
    view! {
        <figure class="chart line-chart">
            <figcaption>{move || title.get()}</figcaption>
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=move || title.get() preserveAspectRatio="xMidYMid meet">
                <g class="grid">
                    <For each=move || y_ticks.get() key=Tick::key let:tick>
                        <line x1=LEFT x2=W - RIGHT y1=tick.at y2=tick.at class="grid-line"></line>
                        <text x=LEFT - 8.0 y=tick.at + 4.0 class="tick" text-anchor="end">{tick.label}</text>
                    </For>
                    <For each=move || x_ticks.get() key=Tick::key let:tick>
                        <line x1=tick.at x2=tick.at y1=H - BOTTOM y2=H - BOTTOM + 5.0 class="axis-line"></line>
                        <text x=tick.at y=H - BOTTOM + 20.0 class="tick" text-anchor="middle">{tick.label}</text>
                    </For>
                    <line x1=LEFT x2=W - RIGHT y1=H - BOTTOM y2=H - BOTTOM class="axis-line"></line>
                    <text x=(LEFT + W - RIGHT) / 2.0 y=H - 6.0 class="axis-label" text-anchor="middle">{x_label}</text>
                    <text x=14.0 y=(TOP + H - BOTTOM) / 2.0 class="axis-label" text-anchor="middle"
                        transform=format!("rotate(-90 14 {})", (TOP + H - BOTTOM) / 2.0)>{y_label}</text>
                </g>
                <KeptByPosition items=series children=line/>
            </svg>
            <ul class="legend">
                <KeptByPosition items=names children=legend/>
            </ul>
            <TableToggle table=move || {
                let all = series.get();
                let xs: Vec<f64> = all.first().map(|s| s.points.iter().map(|p| p.0).collect()).unwrap_or_default();
                view! {
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{x_label}</th>
                                {all.iter().map(|s| view! { <th scope="col" class="num">{s.name.clone()}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {xs.into_iter().enumerate().map(|(row, x)| view! {
                                <tr>
                                    <th scope="row">{format_x.run(x)}</th>
                                    {all.iter().map(|s| view! {
                                        <td class="num">{s.points.get(row).map(|p| format_y.run(p.1)).unwrap_or_default()}</td>
                                    }).collect_view()}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }
            }/>
        </figure>
    }
}

/// A horizontal bar chart; with `cumulative`, a Pareto chart whose line shows
/// the cumulative share of the total, bars sorted as given.
#[component]
pub fn BarChart(
    /// What the chart shows (its accessible name and caption).
    #[prop(into)]
    title: Signal<String>,
    /// Heading of the value column in the table alternative.
    value_label: &'static str,
    /// The bars, top to bottom.
    #[prop(into)]
    bars: Signal<Vec<Bar>>,
    /// Formats values (labels and table).
    format_value: Callback<f64, String>,
    /// Draw the cumulative share line (Pareto).
    #[prop(optional)]
    cumulative: bool,
) -> impl IntoView {
    const ROW: f64 = 34.0;
    const LABEL: f64 = 190.0;
    const VALUE: f64 = 150.0;
    let t = &text().charts;
    let layout = memo(move |_| {
        bars.with(|bars| {
            let max = bars
                .iter()
                .map(|b| b.value)
                .filter(|v| v.is_finite())
                .fold(0.0f64, f64::max);
            let total: f64 = bars.iter().map(|b| b.value.max(0.0)).filter(|v| v.is_finite()).sum();
            let mut running = 0.0;
            let shares: Vec<f64> = bars
                .iter()
                .map(|b| {
                    running += b.value.max(0.0);
                    if total > 0.0 {
                        running / total * 100.0
                    } else {
                        0.0
                    }
                })
                .collect();
            (max, shares)
        })
    });
    let height = move || (bars.with(Vec::len) as f64 * ROW + if cumulative { 34.0 } else { 10.0 }).max(60.0);
    let top = if cumulative { 28.0 } else { 4.0 };
    let bar_width = move |v: f64| {
        layout.with(|(max, _)| {
            if *max > 0.0 {
                (v.max(0.0) / max) * (W - LABEL - VALUE)
            } else {
                0.0
            }
        })
    };
    let share_x = move |share: f64| LABEL + share / 100.0 * (W - LABEL - VALUE);
    view! {
        <figure class="chart bar-chart">
            <figcaption>{move || title.get()}</figcaption>
            <svg viewBox=move || format!("0 0 {W} {}", height()) role="img" aria-label=move || title.get()>
                {cumulative.then(|| view! {
                    <g class="grid">
                        {[0.0, 25.0, 50.0, 75.0, 100.0].into_iter().map(|p| view! {
                            <line x1=share_x(p) x2=share_x(p) y1=top - 6.0 y2=move || height() - 4.0 class="grid-line"></line>
                            <text x=share_x(p) y=top - 10.0 class="tick" text-anchor="middle">{format!("{p} %")}</text>
                        }).collect_view()}
                    </g>
                })}
                {move || bars.get().into_iter().enumerate().map(|(i, bar)| {
                    let y = top + i as f64 * ROW;
                    let mark = if bar.highlight { "◆ " } else { "" };
                    view! {
                        <g class="bar" class:highlight=bar.highlight>
                            <text x=LABEL - 8.0 y=y + ROW / 2.0 + 4.0 class="bar-label" text-anchor="end">{format!("{mark}{}", bar.label)}</text>
                            <rect x=LABEL y=y + 6.0 width=bar_width(bar.value) height=ROW - 12.0 rx="3"></rect>
                            <text x=LABEL + bar_width(bar.value) + 6.0 y=y + ROW / 2.0 + 4.0 class="value-label">{format_value.run(bar.value)}</text>
                        </g>
                    }
                }).collect_view()}
                {move || cumulative.then(|| {
                    let points: String = layout.with(|(_, shares)| shares.iter().enumerate()
                        .map(|(i, s)| format!("{:.1},{:.1}", share_x(*s), top + i as f64 * ROW + ROW / 2.0))
                        .collect::<Vec<_>>().join(" "));
                    view! {
                        <g class="cumulative">
                            <polyline points=points fill="none" stroke-dasharray="6 4"></polyline>
                            {layout.with(|(_, shares)| shares.iter().enumerate().map(|(i, s)| view! {
                                <circle cx=share_x(*s) cy=top + i as f64 * ROW + ROW / 2.0 r="4">
                                    <title>{format!("{} {:.0} %", t.cumulative_share, s)}</title>
                                </circle>
                            }).collect_view())}
                        </g>
                    }
                })}
            </svg>
            {cumulative.then(|| view! { <p class="legend-note">{t.pareto_note}</p> })}
            <TableToggle table=move || {
                let shares = layout.with(|(_, s)| s.clone());
                view! {
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{t.item}</th>
                                <th scope="col" class="num">{value_label}</th>
                                {cumulative.then(|| view! { <th scope="col" class="num">{t.cumulative_share}</th> })}
                            </tr>
                        </thead>
                        <tbody>
                            {bars.get().into_iter().zip(shares).map(|(bar, share)| view! {
                                <tr>
                                    <th scope="row">{bar.label}</th>
                                    <td class="num">{format_value.run(bar.value)}</td>
                                    {cumulative.then(|| view! { <td class="num">{format!("{share:.1} %")}</td> })}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }
            }/>
        </figure>
    }
}

/// A chart's "show as table" alternative. The table is built when opened and
/// follows the chart only while open: a closed table costs nothing per
/// keystroke (it had been most of a recalculation's DOM work).
#[component]
fn TableToggle<F, V>(table: F) -> impl IntoView
where
    F: Fn() -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let open = RwSignal::new(false);
    view! {
        <details
            class="chart-table"
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
        >
            <summary>{text().charts.show_table}</summary>
            <div class="table-wrap" tabindex="0">{move || open.get().then(&table)}</div>
        </details>
    }
}
