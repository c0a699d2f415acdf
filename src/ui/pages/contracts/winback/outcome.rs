//! Reasons by lost revenue, intensive care, and the recovery results.

use super::*;

/// Reasons ranked by the lost revenue attached, and the closed loop.
#[component]
pub(super) fn Reasons() -> impl IntoView {
    let wb = use_winback();
    let (doc, classes) = (wb.doc, wb.classes);
    let t = &text().winback;
    let currency = use_currency();
    let reasons = memo(move |_| doc.with(|d| reasons_by_revenue(&d.customers)));
    let bars = Signal::derive(move || {
        reasons.with(|rs| {
            rs.iter()
                .map(|r| Bar {
                    label: (text().contracts.reason_name)(r.reason).to_string(),
                    value: r.lost,
                    highlight: classes.with(|c| c.get(r.reason) == ReasonClass::Structural),
                })
                .collect::<Vec<Bar>>()
        })
    });
    let format_value = Callback::new(move |x: f64| money(x, currency.get()));
    // Customers with a diagnosis note, largest revenue first.
    let diagnoses = memo(move |_| {
        doc.with(|d| {
            let mut list: Vec<(u64, f64)> = d
                .customers
                .iter()
                .filter(|c| c.notes.get(&Step::Diagnose).is_some_and(|n| !n.trim().is_empty()))
                .map(|c| (c.id, c.amount()))
                .collect();
            sort_stable(&mut list, &|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            list.into_iter().map(|(id, _)| id).collect::<Vec<u64>>()
        })
    });
    view! {
        <p class="muted">{t.reasons_lead}</p>
        <Show when=move || !reasons.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t.no_departures}</p> }>
            <div class="wb-stack">
                <div class="table-wrap" tabindex="0">
                    <table class="wb-reasons">
                        <thead>
                            <tr>
                                <th scope="col" class="num">{t.col_rank}</th>
                                <th scope="col">{t.reason}</th>
                                <th scope="col">{t.col_class}</th>
                                <th scope="col" class="num">{t.customers}</th>
                                <th scope="col" class="num">{t.lost_revenue}</th>
                                <th scope="col" class="num">{t.col_share}</th>
                                <th scope="col" class="num">{t.col_won_back}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || reasons.get().into_iter().enumerate().map(|(i, r)| view! {
                                <tr>
                                    <td class="num">{i + 1}</td>
                                    <th scope="row">{(text().contracts.reason_name)(r.reason)}</th>
                                    <td>{(text().contracts.class_name)(classes.with(|c| c.get(r.reason)))}</td>
                                    <td class="num">{r.count}</td>
                                    <td class="num">{money(r.lost, currency.get())}</td>
                                    <td class="num">{format_percent(r.share, number_format())}</td>
                                    <td class="num">{r.won_back}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <div class="wb-chart">
                    <BarChart title=Signal::derive(move || t.reasons_chart.to_string()) value_label=t.lost_revenue
                        bars=bars format_value=format_value cumulative=true/>
                    <p class="muted">{t.structural_note}</p>
                </div>
            </div>
        </Show>
        <h3>{t.closed_loop_heading}</h3>
        <p class="muted">{t.closed_loop_lead}</p>
        <Show when=move || !diagnoses.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t.no_diagnoses}</p> }>
            <div class="table-wrap" tabindex="0">
                <table class="wb-loop">
                    <thead>
                        <tr>
                            <th scope="col">{t.col_customer}</th>
                            <th scope="col">{t.reason}</th>
                            <th scope="col">{t.col_diagnosis}</th>
                            <th scope="col">{t.col_shared}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || diagnoses.get() key=|id| *id let:id>
                            {
                                let c = memo(move |_| doc.with(|d| d.customer(id).cloned()));
                                view! {
                                    <tr>
                                        <th scope="row">{move || c.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default())}</th>
                                        <td>{move || c.with(|c| c.as_ref().map(|c| {
                                            let name = (text().contracts.reason_name)(c.reason);
                                            if c.reason_detail.is_empty() { name.to_string() } else { format!("{name}: {}", c.reason_detail) }
                                        }).unwrap_or_default())}</td>
                                        <td class="wb-note">{move || c.with(|c| c.as_ref().and_then(|c| c.notes.get(&Step::Diagnose).cloned()).unwrap_or_default())}</td>
                                        <CheckCell label=t.shared
                                            checked=Signal::derive(move || c.with(|c| c.as_ref().is_some_and(|c| c.feedback_shared)))
                                            on_change=move |on| doc.update(|d| if let Some(c) = d.customer_mut(id) { c.feedback_shared = on; })/>
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
                </table>
            </div>
        </Show>
    }
}

/// Customers won back, with their six-monthly reviews.
#[component]
pub(super) fn IntensiveCare() -> impl IntoView {
    let wb = use_winback();
    let doc = wb.doc;
    let t = &text().winback;
    let notices = use_notices();
    let day = today();
    let list = memo(move |_| doc.with(|d| intensive_care(&d.customers, day)));
    view! {
        <p class="muted">{t.care_lead}</p>
        <Show when=move || !list.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t.no_care}</p> }>
            <div class="table-wrap" tabindex="0">
                <table class="wb-care phone-cards">
                    <thead>
                        <tr>
                            <th scope="col">{t.col_customer}</th>
                            <th scope="col">{t.won_back_on}</th>
                            <th scope="col" class="num">{t.col_reviews}</th>
                            <th scope="col">{t.col_next_review}</th>
                            <th scope="col">{t.col_status}</th>
                            <th scope="col"><span class="visually-hidden">{t.col_actions}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || list.get().into_iter().map(|e| {
                            let name = doc.with_untracked(|d| d.customer(e.id).map(|c| c.name.clone()).unwrap_or_default());
                            let (status, class) = match e.status {
                                DueStatus::Overdue(days) => ((t.overdue_by)(days), "wb-overdue"),
                                DueStatus::DueToday => (t.due_today.to_string(), "wb-due"),
                                DueStatus::Upcoming(days) => ((t.due_in)(days), "wb-upcoming"),
                            };
                            let id = e.id;
                            let mark = {
                                let name = name.clone();
                                move |_| {
                                    let done = doc.try_update(|d| d.customer_mut(id).is_some_and(|c| c.record_review(today()))).unwrap_or(false);
                                    if done {
                                        notices.undo((t.review_marked)(&name), move || {
                                            doc.update(|d| if let Some(c) = d.customer_mut(id) { c.reviews.pop(); });
                                        });
                                    }
                                }
                            };
                            view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <td data-label=t.won_back_on>{(t.date)(e.won_back_on)}</td>
                                    <td class="num" data-label=t.col_reviews>{e.reviews_done}</td>
                                    <td data-label=t.col_next_review>{(t.date)(e.next_due)}</td>
                                    <td class=class data-label=t.col_status>{status}</td>
                                    <td class="card-actions"><button type="button" class="ghost" on:click=mark>{t.mark_review}</button></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </Show>
    }
}

/// Recovery rate and recovered revenue, with the article's references.
#[component]
pub(super) fn Results() -> impl IntoView {
    let wb = use_winback();
    let doc = wb.doc;
    let t = &text().winback;
    let currency = use_currency();
    let r = memo(move |_| doc.with(|d| recovery(&d.customers)));
    let pct = |x: f64| format_percent(x, number_format());
    let comparison = move || {
        r.get().rate.map(|rate| {
            let (lo, hi) = REFERENCE_AUTOMOTIVE;
            (t.versus)(
                &pct(rate.points()),
                versus_reference(rate, lo, hi),
                versus_reference(rate, 0.0, REFERENCE_FINANCIAL_UP_TO),
            )
        })
    };
    view! {
        <div class="cards wb-results">
            <div class="card">
                <h3>{t.contacted}</h3>
                <output>{move || r.get().contacted}</output>
                <p>{move || (t.of_departed)(r.get().departed)}</p>
            </div>
            <div class="card">
                <h3>{t.sum_won_back}</h3>
                <output>{move || r.get().won_back}</output>
                <p>{move || (t.other_outcomes)(r.get().declined, r.get().no_answer)}</p>
            </div>
            <div class="card">
                <h3>{t.recovery_rate}</h3>
                <output class="wb-rate">{move || r.get().rate.map(|x| pct(x.points())).unwrap_or_else(|| t.dash.to_string())}</output>
                <p>{move || if r.get().rate.is_some() { t.rate_formula } else { t.no_rate }}</p>
            </div>
            <div class="card">
                <h3>{t.recovered_revenue}</h3>
                <output>{move || money(r.get().recovered, currency.get())}</output>
                <p>{move || r.get().recovered_share.map(|s| (t.recovered_share)(&pct(s.points()))).unwrap_or_else(|| t.recovered_per_year.to_string())}</p>
            </div>
        </div>
        <p class="muted">{t.contacted_definition}</p>
        <h3>{t.references_heading}</h3>
        <ul class="wb-references">
            <li>
                <span class="wb-ref-figure">{(t.ref_automotive)(&pct(REFERENCE_AUTOMOTIVE.0), &pct(REFERENCE_AUTOMOTIVE.1))}</span>
                <span class="wb-ref-source">{(t.source_line)(t.source_001)}</span>
            </li>
            <li>
                <span class="wb-ref-figure">{(t.ref_financial)(&pct(REFERENCE_FINANCIAL_UP_TO))}</span>
                <span class="wb-ref-source">{(t.source_line)(t.source_001)}</span>
            </li>
        </ul>
        <p>{comparison}</p>
        <p class="muted">{t.references_note}</p>
    }
}
