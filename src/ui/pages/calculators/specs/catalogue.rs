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
    vec![
        {
            const START: Key<Count> = key("start");
            const END: Key<Count> = key("end");
            const NEW: Key<Count> = key("new");
            CalcSpec {
                slug: "retention-rate",
                text: &t.retention,
                fields: vec![
                    START.field(t.customers_at_start, "20"),
                    END.field(t.customers_at_end, "24"),
                    NEW.field(t.new_customers, "5"),
                ],
                compute: |i, f| {
                    let t = &text().calculators;
                    let r = calc::retention_rate(i.get(START), i.get(END), i.get(NEW))?;
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
            }
        },
        {
            const START: Key<Count> = key("start");
            const LOST: Key<Count> = key("lost");
            const NEW: Key<Count> = key("new");
            CalcSpec {
                slug: "churn",
                text: &t.churn,
                fields: vec![
                    START.field(t.customers_at_start, "500"),
                    LOST.field(t.customers_lost, "10"),
                    NEW.field(t.new_customers, "250"),
                ],
                compute: |i, f| {
                    let t = &text().calculators;
                    let r = calc::churn(i.get(START), i.get(LOST), i.get(NEW))?;
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
            }
        },
        {
            const START: Key<Count> = key("start");
            const RETENTION: Key<Percent> = key("retention");
            const COMPARE: Key<Percent> = key("compare");
            const ACQUISITION: Key<f64> = key("acquisition");
            const YEARS: Key<f64> = key("years");
            CalcSpec {
                slug: "growth",
                text: &t.growth,
                fields: vec![
                    START.field(t.starting_customers, "1000"),
                    RETENTION.field(t.retention_rate, "90"),
                    COMPARE.field(t.compare_retention, "80"),
                    ACQUISITION.rate(t.acquisition_rate, 0.0, 1000.0, "20"),
                    YEARS.whole(t.years, 1, 50, "10"),
                ],
                compute: |i, f| {
                    let t = &text().calculators;
                    let years = i.get(YEARS) as u32;
                    let acquisition = i.get(ACQUISITION) / 100.0;
                    let a = calc::growth_projection(i.get(START), i.get(RETENTION), acquisition, years);
                    let b = calc::growth_projection(i.get(START), i.get(COMPARE), acquisition, years);
                    let doubling = |g: &calc::GrowthProjection| {
                        g.doubling_years
                            .map_or_else(|| t.never_doubles.to_string(), |y| years_text(*f, y))
                    };
                    let last = |g: &calc::GrowthProjection| g.by_year.last().map_or(0.0, |y| y.1);
                    let chart = ChartData {
                        title: t.chart_customers_title.to_string(),
                        y_label: t.axis_customers,
                        series: vec![
                            years_series((t.series_retention)(&f.percent(i.get(RETENTION).points())), &a.by_year),
                            years_series((t.series_retention)(&f.percent(i.get(COMPARE).points())), &b.by_year),
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
            }
        },
        {
            const TARGET: Key<f64> = key("target");
            const CHURN: Key<Percent> = key("churn");
            const CONVENTION: Key<Choice> = key("convention");
            CalcSpec {
                slug: "growth-needed",
                text: &t.growth_needed,
                fields: vec![
                    TARGET.rate(t.net_growth_target, -100.0, 1000.0, "10"),
                    CHURN.field(t.churn_rate, "18"),
                    CONVENTION.field(
                        t.convention,
                        options([("additive", t.additive), ("compounding", t.compounding)]),
                        "additive",
                    ),
                ],
                compute: |i, f| {
                    let t = &text().calculators;
                    let compounding = i.get(CONVENTION) == "compounding";
                    let convention = if compounding {
                        Convention::Compounding
                    } else {
                        Convention::Additive
                    };
                    let needed = calc::growth_needed(i.get(TARGET) / 100.0, i.get(CHURN), convention)?;
                    Ok(Outcome::default()
                        .headline(t.out_growth_needed, f.percent(needed * 100.0))
                        .note(if compounding {
                            t.shown_compounding
                        } else {
                            t.shown_additive
                        }))
                },
            }
        },
        {
            const AOV: Key<Money> = key("aov");
            const PURCHASES: Key<f64> = key("purchases");
            const MARGIN: Key<Percent> = key("margin");
            const MODE: Key<Choice> = key("mode");
            const RETENTION: Key<Percent> = key("retention");
            const CHURN: Key<Percent> = key("churn");
            const DISCOUNT: Key<Percent> = key("discount");
            CalcSpec {
                slug: "lifetime-value",
                text: &t.clv,
                fields: vec![
                    AOV.field(t.average_order_value, "80"),
                    PURCHASES.decimal(t.purchases_per_year, 0.0, 100_000.0, "6"),
                    MARGIN.field(t.gross_margin, "40"),
                    MODE.field(
                        t.retention_or_churn,
                        options([("retention", t.use_retention), ("churn", t.use_churn)]),
                        "retention",
                    ),
                    RETENTION.field(t.retention_rate, "80").when(MODE, "retention"),
                    CHURN.field(t.annual_churn, "20").when(MODE, "churn"),
                    DISCOUNT.field(t.discount_rate, "10"),
                ],
                compute: |i, f| {
                    let t = &text().calculators;
                    let by_churn = i.get(MODE) == "churn";
                    let retention = if by_churn {
                        Percent::new(100.0 - i.get(CHURN).points()).unwrap_or_default()
                    } else {
                        i.get(RETENTION)
                    };
                    let field_at_fault = if by_churn { CHURN.name } else { RETENTION.name };
                    let v = calc::lifetime_value(
                        i.get(AOV),
                        i.get(PURCHASES),
                        i.get(MARGIN),
                        retention,
                        i.get(DISCOUNT),
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
            }
        },
        {
            const BASE: Key<Percent> = key("base");
            const LIFT: Key<f64> = key("lift");
            const MARGIN: Key<Money> = key("margin");
            const DISCOUNT: Key<Percent> = key("discount");
            CalcSpec {
                slug: "retention-lift",
                text: &t.lift,
                fields: vec![
                    BASE.field(t.base_retention, "80"),
                    LIFT.decimal(t.lift_points, 0.0, 100.0, "5").suffix("pts"),
                    MARGIN.field(t.annual_margin_per_customer, "192"),
                    DISCOUNT.field(t.discount_rate, "10"),
                ],
                compute: |i, f| {
                    let t = &text().calculators;
                    let r = calc::retention_lift(i.get(BASE), i.get(LIFT), i.get(MARGIN), i.get(DISCOUNT))?;
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
            }
        },
        {
            const ACQUISITION: Key<Money> = key("acquisition");
            const RETENTION: Key<Money> = key("retention");
            const P_EXISTING: Key<Percent> = key("p_existing");
            const P_NEW: Key<Percent> = key("p_new");
            CalcSpec {
                slug: "acquire-or-retain",
                text: &t.acquire,
                fields: vec![
                    ACQUISITION.field(t.acquisition_cost, "250"),
                    RETENTION.field(t.retention_cost, "25"),
                    P_EXISTING.field(t.p_existing, "65").hint("60–70 %"),
                    P_NEW.field(t.p_new, "12.5").hint("5–20 %"),
                ],
                compute: |i, f| {
                    let t = &text().calculators;
                    let r =
                        calc::acquire_or_retain(i.get(ACQUISITION), i.get(RETENTION), i.get(P_EXISTING), i.get(P_NEW))?;
                    Ok(Outcome::default()
                        .headline(
                            t.out_cost_ratio,
                            r.ratio
                                .map_or_else(|| t.not_defined.to_string(), |x| format!("{} ×", f.num(x))),
                        )
                        .row(t.out_cost_new_sale, f.money(r.cost_per_new_sale))
                        .row(t.out_cost_existing_sale, f.money(r.cost_per_existing_sale)))
                },
            }
        },
        {
            const START: Key<Money> = key("start");
            const EXPANSION: Key<Money> = key("expansion");
            const CONTRACTION: Key<Money> = key("contraction");
            const CHURNED: Key<Money> = key("churned");
            const NEW: Key<Money> = key("new");
            CalcSpec {
                slug: "revenue-retention",
                text: &t.revenue,
                fields: vec![
                    START.field(t.starting_revenue, "100000"),
                    EXPANSION.field(t.expansion, "8000"),
                    CONTRACTION.field(t.contraction, "2000"),
                    CHURNED.field(t.churned_revenue, "5000"),
                    NEW.field(t.new_revenue, "12000"),
                ],
                compute: |i, f| {
                    let t = &text().calculators;
                    let r = calc::revenue_retention(
                        i.get(START),
                        i.get(EXPANSION),
                        i.get(CONTRACTION),
                        i.get(CHURNED),
                        i.get(NEW),
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
            }
        },
        {
            const MODE: Key<Choice> = key("mode");
            const PROMOTERS: Key<Count> = key("promoters");
            const PASSIVES: Key<Count> = key("passives");
            const DETRACTORS: Key<Count> = key("detractors");
            const SCORES: Key<Scores> = key("scores");
            CalcSpec {
                slug: "nps",
                text: &t.nps,
                fields: vec![
                    MODE.field(
                        t.nps_input,
                        options([("counts", t.nps_counts), ("list", t.nps_list)]),
                        "counts",
                    ),
                    PROMOTERS.field(t.promoters, "50").when(MODE, "counts"),
                    PASSIVES.field(t.passives, "30").when(MODE, "counts"),
                    DETRACTORS.field(t.detractors, "20").when(MODE, "counts"),
                    SCORES
                        .field(t.scores, "10, 9, 9, 8, 7, 6, 10, 3, 9, 8")
                        .hint(t.scores_hint)
                        .when(MODE, "list"),
                ],
                compute: |i, f| {
                    let t = &text().calculators;
                    let (p, pa, d) = if i.get(MODE) == "list" {
                        calc::classify_scores(&i.get(SCORES).0)?
                    } else {
                        (i.get(PROMOTERS), i.get(PASSIVES), i.get(DETRACTORS))
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
            }
        },
        {
            const COMPLAINTS: Key<Count> = key("complaints");
            const SHARE: Key<Percent> = key("share");
            CalcSpec {
                slug: "silent-complaints",
                text: &t.complaints_calc,
                fields: vec![
                    COMPLAINTS.field(t.complaints, "10"),
                    SHARE.field(t.share_who_complain, "4"),
                ],
                compute: |i, f| {
                    let t = &text().calculators;
                    let r = calc::silent_complaints(i.get(COMPLAINTS), i.get(SHARE))?;
                    Ok(Outcome::default()
                        .headline(t.out_unhappy, f.num(r.unhappy.round()))
                        .row(t.out_silent, f.num(r.silent.round())))
                },
            }
        },
        {
            const LAPSED: Key<Count> = key("lapsed");
            const RECEPTIVE: Key<Percent> = key("receptive");
            const RECOVERED: Key<Percent> = key("recovered");
            const REVENUE: Key<Money> = key("revenue");
            const COST: Key<Money> = key("cost");
            CalcSpec {
                slug: "win-back",
                text: &t.winback,
                fields: vec![
                    LAPSED.field(t.lapsed, "200"),
                    RECEPTIVE.field(t.share_receptive, "40").hint("25–60 %"),
                    RECOVERED.field(t.share_recovered, "12").hint(t.recovered_hint),
                    REVENUE.field(t.average_annual_revenue, "1200"),
                    COST.field(t.cost_per_contact, "15"),
                ],
                compute: |i, f| {
                    let t = &text().calculators;
                    let r = calc::win_back(
                        i.get(LAPSED),
                        i.get(RECEPTIVE),
                        i.get(RECOVERED),
                        i.get(REVENUE),
                        i.get(COST),
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
            }
        },
    ]
}
