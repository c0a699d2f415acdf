//! Tracking departures: from the register, by hand, and the list by period.

use super::*;

/// The register's cancelled and not-renewed contracts that are not in the
/// list yet, offered in one action (undoable), so nothing is typed twice.
#[component]
pub(super) fn FromRegister() -> impl IntoView {
    let wb = use_winback();
    let (doc, register) = (wb.doc, wb.register);
    let t = &text().winback;
    let currency = use_currency();
    let notices = use_notices();
    let pending = memo(move |_| {
        register.with(|r| doc.with(|d| d.departures_from_register(&r.contracts, today(), t.not_renewed)))
    });
    let add = move |_| {
        let added = register.with_untracked(|r| {
            doc.try_update(|d| d.add_from_register(&r.contracts, today(), t.not_renewed))
                .unwrap_or_default()
        });
        if !added.is_empty() {
            notices.undo((t.from_register_added)(added.len()), move || {
                doc.update(|d| d.remove_customers(&added));
            });
        }
    };
    move || {
        pending.with(|p| {
            (!p.is_empty()).then(|| {
                let value: f64 = p.iter().map(DepartedCustomer::amount).sum();
                view! {
                    <div class="wb-from-register" role="status">
                        <p>{(t.from_register_offer)(p.len(), &money(value, currency.get()))}</p>
                        <button type="button" class="primary" on:click=add>{(t.from_register_add)(p.len())}</button>
                    </div>
                }
            })
        })
    }
}

/// A labelled select of departure reasons.
#[component]
pub(super) fn ReasonSelect(
    /// The label text.
    label: &'static str,
    /// The reason shown.
    #[prop(into)]
    value: Signal<Reason>,
    /// Called with the reason picked.
    on_pick: Callback<Reason>,
) -> impl IntoView {
    let t = &text().contracts;
    let id = format!("r{}", next_id());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| {
                let key = event_target_value(&ev);
                if let Some(r) = Reason::ALL.into_iter().find(|r| r.key() == key) {
                    on_pick.run(r);
                }
            }>
                {Reason::ALL.into_iter().map(|r| view! {
                    <option value=r.key() prop:selected=move || value.get() == r>{(t.reason_name)(r)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// Add or edit a departed customer.
#[component]
pub(super) fn CustomerForm() -> impl IntoView {
    let wb = use_winback();
    let (doc, editing) = (wb.doc, wb.editing);
    let t = &text().winback;
    let name = RwSignal::new(String::new());
    let revenue = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let reason = RwSignal::new(Reason::PoorService);
    let detail = RwSignal::new(String::new());
    let attempted = RwSignal::new(false);

    let name_r = memo(move |_| name.with(|n| parse_text(n, MAX_NAME_CHARS)));
    let currency = use_currency();
    let revenue_r = memo(move |_| revenue.with(|r| parse_money(r, number_format(), currency.get())));
    let date_r = memo(move |_| date.with(|d| parse_date(d)));
    let detail_r = memo(move |_| {
        detail.with(|d| {
            if d.trim().chars().count() > MAX_NOTE_CHARS {
                Err(InputError::TooLarge {
                    max: MAX_NOTE_CHARS as f64,
                })
            } else {
                Ok(d.trim().to_string())
            }
        })
    });
    // Errors show once something was typed, or after a submit attempt.
    let shown = move |raw: RwSignal<String>, err: Option<InputError>| {
        let typed = raw.with(|r| !r.trim().is_empty());
        err.filter(|_| typed || attempted.get()).map(error_text)
    };
    let name_err = Signal::derive(move || shown(name, name_r.get().err()));
    let revenue_err = Signal::derive(move || shown(revenue, revenue_r.get().err()));
    let date_err = Signal::derive(move || shown(date, date_r.get().err()));
    let detail_err = Signal::derive(move || detail_r.get().err().map(error_text));

    let clear = move || {
        name.set(String::new());
        revenue.set(String::new());
        date.set(String::new());
        reason.set(Reason::PoorService);
        detail.set(String::new());
        attempted.set(false);
    };

    // Editing a customer fills the form with its values.
    effect(move |_| {
        if let Some(id) = editing.get() {
            if let Some(c) = doc.with_untracked(|d| d.customer(id).cloned()) {
                name.set(c.name.clone());
                revenue.set(format_number(c.amount(), number_format()));
                date.set(c.departed_on.format("%Y-%m-%d").to_string());
                reason.set(c.reason);
                detail.set(c.reason_detail);
                attempted.set(false);
            }
        }
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Ok(n), Ok(r), Ok(dt), Ok(det)) = (name_r.get(), revenue_r.get(), date_r.get(), detail_r.get()) else {
            attempted.set(true);
            return;
        };
        let why = reason.get();
        match editing.get() {
            Some(id) => doc.update(|d| {
                if let Some(c) = d.customer_mut(id) {
                    c.name = n;
                    c.lost_revenue = r;
                    c.departed_on = dt;
                    c.reason = why;
                    c.reason_detail = det;
                }
            }),
            None => {
                doc.update(|d| {
                    d.add_customer(DepartedCustomer {
                        name: n,
                        lost_revenue: r,
                        departed_on: dt,
                        reason: why,
                        reason_detail: det,
                        ..DepartedCustomer::default()
                    });
                });
            }
        }
        editing.set(None);
        clear();
    };

    let detail_id = format!("det{}", next_id());
    view! {
        <form class="wb-form" id="wb-form" on:submit=submit novalidate>
            <h3>{move || match editing.get().and_then(|id| doc.with(|d| d.customer(id).map(|c| c.name.clone()))) {
                Some(n) => (t.form_edit_heading)(&n),
                None => t.form_add_heading.to_string(),
            }}</h3>
            <div class="form-grid">
                <Field label=t.name value=name error=name_err inputmode="text"/>
                <Field label=t.lost_revenue value=revenue error=revenue_err hint=t.lost_revenue_hint/>
                <DateField label=t.departed_on value=date error=date_err/>
                <ReasonSelect label=t.reason value=reason on_pick=Callback::new(move |r| reason.set(r))/>
            </div>
            <div class="field wb-detail" class:invalid=move || detail_err.with(Option::is_some)>
                <label for=detail_id.clone()>{t.reason_detail}</label>
                <span class="hint">{t.reason_detail_hint}</span>
                <textarea id=detail_id rows="2" prop:value=move || detail.get()
                    on:input=move |ev| detail.set(event_target_value(&ev))></textarea>
                <p class="field-error" aria-live="polite">{move || detail_err.get()}</p>
            </div>
            <AddOrSave editing=Signal::derive(move || editing.with(Option::is_some)) add=t.add save=t.save cancel=t.cancel
                on_cancel=Callback::new(move |()| { editing.set(None); clear(); })/>
        </form>
    }
}

/// Departures per month or quarter: a table and a bar chart.
#[component]
pub(super) fn Departures() -> impl IntoView {
    let wb = use_winback();
    let doc = wb.doc;
    let t = &text().winback;
    let currency = use_currency();
    let granularity = memo(move |_| doc.with(|d| d.granularity));
    let periods = memo(move |_| doc.with(|d| departures_by_period(&d.customers, d.granularity)));
    let label = move |p: crate::domain::winback::Period, g: Granularity| match g {
        Granularity::Month => (t.month_label)(p.year, p.index),
        Granularity::Quarter => (t.quarter_label)(p.year, p.index),
    };
    let bars = Signal::derive(move || {
        let g = granularity.get();
        periods.with(|all| {
            let skip = all.len().saturating_sub(CHART_PERIODS);
            all.iter()
                .skip(skip)
                .map(|p| Bar {
                    label: label(p.period, g),
                    value: p.lost,
                    highlight: false,
                })
                .collect::<Vec<Bar>>()
        })
    });
    let chart_title = Signal::derive(move || {
        let n = periods.with(Vec::len).min(CHART_PERIODS);
        (t.chart_periods_title)(granularity.get() == Granularity::Quarter, n)
    });
    let format_value = Callback::new(move |x: f64| money(x, currency.get()));
    let name = format!("gran{}", next_id());
    let set = move |g: Granularity| {
        if doc.with_untracked(|d| d.granularity != g) {
            doc.update(|d| d.granularity = g);
        }
    };
    let totals = memo(move |_| {
        periods.with(|all| {
            (
                all.iter().map(|p| p.count).sum::<u64>(),
                all.iter().map(|p| p.lost).sum::<f64>(),
            )
        })
    });
    view! {
        <div class="wb-departures">
            <div class="wb-departures-head">
                <h3>{t.departures_heading}</h3>
                <fieldset class="wb-toggle">
                    <legend>{t.group_by}</legend>
                    <label><input type="radio" name=name.clone() value="month"
                        prop:checked=move || granularity.get() == Granularity::Month
                        on:change=move |_| set(Granularity::Month)/>{t.monthly}</label>
                    <label><input type="radio" name=name value="quarter"
                        prop:checked=move || granularity.get() == Granularity::Quarter
                        on:change=move |_| set(Granularity::Quarter)/>{t.quarterly}</label>
                </fieldset>
            </div>
            <Show when=move || !periods.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t.no_departures}</p> }>
                <div class="wb-two">
                    <div class="table-wrap wb-scroll" tabindex="0">
                        <table class="wb-periods">
                            <thead>
                                <tr>
                                    <th scope="col">{move || if granularity.get() == Granularity::Month { t.month } else { t.quarter }}</th>
                                    <th scope="col" class="num">{t.departed_count}</th>
                                    <th scope="col" class="num">{t.lost_revenue}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {move || {
                                    let g = granularity.get();
                                    periods.get().into_iter().rev().map(|p| view! {
                                        <tr class:quiet=p.count == 0>
                                            <th scope="row">{label(p.period, g)}</th>
                                            <td class="num">{p.count}</td>
                                            <td class="num">{money(p.lost, currency.get())}</td>
                                        </tr>
                                    }).collect_view()
                                }}
                            </tbody>
                            <tfoot>
                                <tr>
                                    <th scope="row">{t.total}</th>
                                    <td class="num">{move || totals.with(|x| x.0)}</td>
                                    <td class="num">{move || money(totals.with(|x| x.1), currency.get())}</td>
                                </tr>
                            </tfoot>
                        </table>
                    </div>
                    <BarChart title=chart_title value_label=t.lost_revenue bars=bars format_value=format_value/>
                </div>
            </Show>
        </div>
    }
}
