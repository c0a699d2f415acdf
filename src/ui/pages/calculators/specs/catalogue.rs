//! The catalogue: every calculator's fields, defaults, choices and how its
//! results, notes and chart are computed from validated inputs (the engine
//! that reads and checks the inputs is the parent module).

use super::*;

/// Years drawn in the lifetime-value chart.
const CLV_CHART_YEARS: u32 = 15;

/// The options of a choice field. Built once (the specs live in a static), so
/// giving them a static lifetime costs a few bytes once.
fn options(list: [(&'static str, &'static str); 2]) -> &'static [(&'static str, &'static str)] {
    Box::leak(Box::new(list))
}

fn years_series(name: String, points: &[(u32, f64)]) -> Series {
    Series {
        name,
        points: points.iter().map(|(y, v)| (f64::from(*y), *v)).collect(),
    }
}

pub(super) fn build() -> Vec<CalcSpec> {
    let t: &'static CalculatorsText = &text().calculators;
    const PERCENT_RATE: Kind = Kind::Rate {
        min: -100.0,
        max: 1000.0,
    };
    vec![
        CalcSpec {
            slug: "retention-rate",
            text: &t.retention,
            fields: vec![
                field("start", t.customers_at_start, Kind::Count, "20"),
                field("end", t.customers_at_end, Kind::Count, "24"),
                field("new", t.new_customers, Kind::Count, "5"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let r = calc::retention_rate(i.count("start"), i.count("end"), i.count("new"))?;
                let rate = f.typed(r.rate.points());
                Ok(Outcome::default()
                    .headline(t.out_retention_rate, f.percent(r.rate.points()))
                    .row(t.out_retained, f.num(r.retained as f64))
                    .row(t.out_lost, f.num(r.lost as f64))
                    .carry("growth", vec![("retention", rate.clone())])
                    .carry(
                        "lifetime-value",
                        vec![("mode", "retention".into()), ("retention", rate)],
                    ))
            },
        },
        CalcSpec {
            slug: "churn",
            text: &t.churn,
            fields: vec![
                field("start", t.customers_at_start, Kind::Count, "500"),
                field("lost", t.customers_lost, Kind::Count, "10"),
                field("new", t.new_customers, Kind::Count, "250"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let r = calc::churn(i.count("start"), i.count("lost"), i.count("new"))?;
                let churn = f.typed(r.churn_rate.points());
                let lifetime = r.expected_lifetime_periods.map_or_else(
                    || t.unbounded.to_string(),
                    |p| counted(*f, p, t.period_unit_one, t.periods_unit),
                );
                Ok(Outcome::default()
                    .headline(t.out_churn_rate, f.percent(r.churn_rate.points()))
                    .row(t.out_retention, f.percent(r.retention.points()))
                    .row(t.out_lifetime, lifetime)
                    .row(
                        t.out_lost_per_100,
                        r.lost_per_100_acquired
                            .map_or_else(|| t.not_defined.to_string(), |x| f.num(x)),
                    )
                    .carry(
                        "lifetime-value",
                        vec![("mode", "churn".into()), ("churn", churn.clone())],
                    )
                    .carry("growth-needed", vec![("churn", churn)]))
            },
        },
        CalcSpec {
            slug: "growth",
            text: &t.growth,
            fields: vec![
                field("start", t.starting_customers, Kind::Count, "1000"),
                field("retention", t.retention_rate, Kind::Percent, "90").suffix("%"),
                field("compare", t.compare_retention, Kind::Percent, "80").suffix("%"),
                field(
                    "acquisition",
                    t.acquisition_rate,
                    Kind::Rate { min: 0.0, max: 1000.0 },
                    "20",
                )
                .suffix("%"),
                field("years", t.years, Kind::Whole { min: 1, max: 50 }, "10"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let years = i.num("years") as u32;
                let acquisition = i.num("acquisition") / 100.0;
                let a = calc::growth_projection(i.count("start"), i.percent("retention"), acquisition, years);
                let b = calc::growth_projection(i.count("start"), i.percent("compare"), acquisition, years);
                let doubling = |g: &calc::GrowthProjection| {
                    g.doubling_years
                        .map_or_else(|| t.never_doubles.to_string(), |y| years_text(*f, y))
                };
                let last = |g: &calc::GrowthProjection| g.by_year.last().map_or(0.0, |y| y.1);
                let chart = ChartData {
                    title: t.chart_customers_title.to_string(),
                    y_label: t.axis_customers,
                    series: vec![
                        years_series(
                            (t.series_retention)(&f.percent(i.percent("retention").points())),
                            &a.by_year,
                        ),
                        years_series(
                            (t.series_retention)(&f.percent(i.percent("compare").points())),
                            &b.by_year,
                        ),
                    ],
                    money: false,
                };
                let mut out = Outcome::default()
                    .headline(t.out_net_growth, f.percent(a.net_growth * 100.0))
                    .headline(t.out_doubling, doubling(&a))
                    .row(&(t.out_customers_after)(years), f.num(last(&a).round()))
                    .row(t.out_compare_growth, f.percent(b.net_growth * 100.0))
                    .row(t.out_compare_doubling, doubling(&b));
                out.chart = Some(chart);
                Ok(out)
            },
        },
        CalcSpec {
            slug: "growth-needed",
            text: &t.growth_needed,
            fields: vec![
                field("target", t.net_growth_target, PERCENT_RATE, "10").suffix("%"),
                field("churn", t.churn_rate, Kind::Percent, "18").suffix("%"),
                field(
                    "convention",
                    t.convention,
                    Kind::Choice(options([("additive", t.additive), ("compounding", t.compounding)])),
                    "additive",
                ),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let compounding = i.choice("convention") == "compounding";
                let convention = if compounding {
                    Convention::Compounding
                } else {
                    Convention::Additive
                };
                let needed = calc::growth_needed(i.num("target") / 100.0, i.percent("churn"), convention)?;
                Ok(Outcome::default()
                    .headline(t.out_growth_needed, f.percent(needed * 100.0))
                    .note(if compounding {
                        t.shown_compounding
                    } else {
                        t.shown_additive
                    }))
            },
        },
        CalcSpec {
            slug: "lifetime-value",
            text: &t.clv,
            fields: vec![
                field("aov", t.average_order_value, Kind::Money, "80"),
                field(
                    "purchases",
                    t.purchases_per_year,
                    Kind::Decimal {
                        min: 0.0,
                        max: 100_000.0,
                    },
                    "6",
                ),
                field("margin", t.gross_margin, Kind::Percent, "40").suffix("%"),
                field(
                    "mode",
                    t.retention_or_churn,
                    Kind::Choice(options([("retention", t.use_retention), ("churn", t.use_churn)])),
                    "retention",
                ),
                field("retention", t.retention_rate, Kind::Percent, "80")
                    .suffix("%")
                    .when("mode", "retention"),
                field("churn", t.annual_churn, Kind::Percent, "20")
                    .suffix("%")
                    .when("mode", "churn"),
                field("discount", t.discount_rate, Kind::Percent, "10").suffix("%"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let retention = if i.choice("mode") == "churn" {
                    Percent::new(100.0 - i.percent("churn").points()).unwrap_or_default()
                } else {
                    i.percent("retention")
                };
                let field_at_fault = if i.choice("mode") == "churn" {
                    "churn"
                } else {
                    "retention"
                };
                let v = calc::lifetime_value(
                    i.money("aov"),
                    i.num("purchases"),
                    i.percent("margin"),
                    retention,
                    i.percent("discount"),
                    CLV_CHART_YEARS,
                )
                .map_err(|e| CalcError {
                    field: field_at_fault,
                    ..e
                })?;
                let unbounded = || t.unbounded.to_string();
                let chart = ChartData {
                    title: (t.chart_clv_title)(CLV_CHART_YEARS),
                    y_label: t.axis_value,
                    series: vec![years_series(t.series_clv.to_string(), &v.cumulative_by_year)],
                    money: true,
                };
                let mut out = Outcome::default()
                    .headline(t.out_discounted_clv, f.money(v.discounted_clv))
                    .row(t.out_margin_clv, v.margin_clv.map_or_else(unbounded, |x| f.money(x)))
                    .row(
                        t.out_lifetime_revenue,
                        v.lifetime_revenue.map_or_else(unbounded, |x| f.money(x)),
                    )
                    .row(
                        t.out_lifetime_years,
                        v.expected_lifetime_years.map_or_else(unbounded, |y| years_text(*f, y)),
                    )
                    .row(t.out_annual_revenue, f.money(v.annual_revenue))
                    .row(t.out_annual_margin, f.money(v.annual_margin))
                    .row(t.out_max_spend, f.money(v.max_retention_spend_per_year));
                // The chart stops at its horizon: say what it leaves out.
                let charted = v.cumulative_by_year.last().map_or(0.0, |p| p.1);
                if v.discounted_clv - charted >= 0.005 {
                    out = out.note(&(t.clv_chart_horizon)(
                        CLV_CHART_YEARS,
                        &f.money(charted),
                        &f.money(v.discounted_clv),
                    ));
                }
                out.chart = Some(chart);
                Ok(out)
            },
        },
        CalcSpec {
            slug: "retention-lift",
            text: &t.lift,
            fields: vec![
                field("base", t.base_retention, Kind::Percent, "80").suffix("%"),
                field("lift", t.lift_points, Kind::Decimal { min: 0.0, max: 100.0 }, "5").suffix("pts"),
                field("margin", t.annual_margin_per_customer, Kind::Money, "192"),
                field("discount", t.discount_rate, Kind::Percent, "10").suffix("%"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let r = calc::retention_lift(
                    i.percent("base"),
                    i.num("lift"),
                    i.money("margin"),
                    i.percent("discount"),
                )?;
                Ok(Outcome::default()
                    .headline(
                        t.out_clv_change,
                        r.change_percent
                            .map_or_else(|| t.not_defined.to_string(), |c| format!("+{}", f.percent(c))),
                    )
                    .row(t.out_retention_after, f.percent(r.retention_after * 100.0))
                    .row(t.out_clv_before, f.money(r.clv_before))
                    .row(t.out_clv_after, f.money(r.clv_after)))
            },
        },
        CalcSpec {
            slug: "acquire-or-retain",
            text: &t.acquire,
            fields: vec![
                field("acquisition", t.acquisition_cost, Kind::Money, "250"),
                field("retention", t.retention_cost, Kind::Money, "25"),
                field("p_existing", t.p_existing, Kind::Percent, "65")
                    .suffix("%")
                    .hint("60–70 %"),
                field("p_new", t.p_new, Kind::Percent, "12.5")
                    .suffix("%")
                    .hint("5–20 %"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let r = calc::acquire_or_retain(
                    i.money("acquisition"),
                    i.money("retention"),
                    i.percent("p_existing"),
                    i.percent("p_new"),
                )?;
                Ok(Outcome::default()
                    .headline(
                        t.out_cost_ratio,
                        r.ratio
                            .map_or_else(|| t.not_defined.to_string(), |x| format!("{} ×", f.num(x))),
                    )
                    .row(t.out_cost_new_sale, f.money(r.cost_per_new_sale))
                    .row(t.out_cost_existing_sale, f.money(r.cost_per_existing_sale)))
            },
        },
        CalcSpec {
            slug: "revenue-retention",
            text: &t.revenue,
            fields: vec![
                field("start", t.starting_revenue, Kind::Money, "100000"),
                field("expansion", t.expansion, Kind::Money, "8000"),
                field("contraction", t.contraction, Kind::Money, "2000"),
                field("churned", t.churned_revenue, Kind::Money, "5000"),
                field("new", t.new_revenue, Kind::Money, "12000"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let r = calc::revenue_retention(
                    i.money("start"),
                    i.money("expansion"),
                    i.money("contraction"),
                    i.money("churned"),
                    i.money("new"),
                )?;
                Ok(Outcome::default()
                    .headline(t.out_nrr, f.percent(r.net))
                    .headline(t.out_grr, f.percent(r.gross.points()))
                    .row(
                        t.out_quick_ratio,
                        r.quick_ratio.map_or_else(|| t.not_defined.to_string(), |q| f.num(q)),
                    )
                    .row(t.out_ending_revenue, f.money(r.ending)))
            },
        },
        CalcSpec {
            slug: "nps",
            text: &t.nps,
            fields: vec![
                field(
                    "mode",
                    t.nps_input,
                    Kind::Choice(options([("counts", t.nps_counts), ("list", t.nps_list)])),
                    "counts",
                ),
                field("promoters", t.promoters, Kind::Count, "50").when("mode", "counts"),
                field("passives", t.passives, Kind::Count, "30").when("mode", "counts"),
                field("detractors", t.detractors, Kind::Count, "20").when("mode", "counts"),
                field("scores", t.scores, Kind::Scores, "10, 9, 9, 8, 7, 6, 10, 3, 9, 8")
                    .hint(t.scores_hint)
                    .when("mode", "list"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let (p, pa, d) = if i.choice("mode") == "list" {
                    calc::classify_scores(i.text("scores"))?
                } else {
                    (i.count("promoters"), i.count("passives"), i.count("detractors"))
                };
                let r = calc::nps(p, pa, d)?;
                let mut out = Outcome::default()
                    .headline(t.out_nps, f.num(r.score))
                    .row(t.out_responses, f.num(r.responses as f64))
                    .row(t.out_promoters, f.percent(r.promoters_share))
                    .row(t.out_passives, f.percent(r.passives_share))
                    .row(t.out_detractors, f.percent(r.detractors_share));
                if r.passives_share > 0.0 {
                    out = out.note(t.passives_warning);
                }
                Ok(out)
            },
        },
        CalcSpec {
            slug: "silent-complaints",
            text: &t.complaints_calc,
            fields: vec![
                field("complaints", t.complaints, Kind::Count, "10"),
                field("share", t.share_who_complain, Kind::Percent, "4").suffix("%"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let r = calc::silent_complaints(i.count("complaints"), i.percent("share"))?;
                Ok(Outcome::default()
                    .headline(t.out_unhappy, f.num(r.unhappy.round()))
                    .row(t.out_silent, f.num(r.silent.round())))
            },
        },
        CalcSpec {
            slug: "win-back",
            text: &t.winback,
            fields: vec![
                field("lapsed", t.lapsed, Kind::Count, "200"),
                field("receptive", t.share_receptive, Kind::Percent, "40")
                    .suffix("%")
                    .hint("25–60 %"),
                field("recovered", t.share_recovered, Kind::Percent, "12")
                    .suffix("%")
                    .hint(t.recovered_hint),
                field("revenue", t.average_annual_revenue, Kind::Money, "1200"),
                field("cost", t.cost_per_contact, Kind::Money, "15"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let r = calc::win_back(
                    i.count("lapsed"),
                    i.percent("receptive"),
                    i.percent("recovered"),
                    i.money("revenue"),
                    i.money("cost"),
                )?;
                Ok(Outcome::default()
                    .headline(t.out_revenue_recovered, f.money(r.revenue_recovered))
                    .headline(
                        t.out_roi,
                        r.roi_percent
                            .map_or_else(|| t.not_defined.to_string(), |x| f.percent(x)),
                    )
                    .row(t.out_recovered, f.num(r.recovered))
                    .row(t.out_receptive, f.num(r.receptive))
                    .row(t.out_campaign_cost, f.money(r.campaign_cost)))
            },
        },
    ]
}
