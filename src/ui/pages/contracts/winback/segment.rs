//! Segmenting the departed customers and picking whom to call.

use super::*;
use crate::domain::paging::page_of;
use crate::ui::components::pager::Pager;

/// Segmentation settings, the segment totals and the executive quota.
#[component]
pub(super) fn SegmentSettingsForm() -> impl IntoView {
    let wb = use_winback();
    let (doc, ranked) = (wb.doc, wb.ranked);
    let t = &text().winback;
    let currency = use_currency();
    let stale = use_pending();
    let Bound {
        raw: top_share,
        error: top_share_err,
        ..
    } = bind(
        doc,
        |d: &WinbackDoc| Some(d.segments.top_share),
        |d, v| d.segments.top_share = v,
        move |s| parse_percent(s, number_format()).map(|p| p.points()),
        |v: &f64| format_number(*v, number_format()),
    );
    let Bound {
        raw: mid_share,
        error: mid_share_err,
        ..
    } = bind(
        doc,
        |d: &WinbackDoc| Some(d.segments.mid_share),
        |d, v| d.segments.mid_share = v,
        move |s| parse_percent(s, number_format()).map(|p| p.points()),
        |v: &f64| format_number(*v, number_format()),
    );
    let Bound {
        raw: top_from,
        error: top_from_err,
        ..
    } = bind(
        doc,
        move |d: &WinbackDoc| Some(d.segments.in_currency(currency.get()).top_from),
        |d, v| {
            d.segments.top_from = v;
            d.segments.amounts_chosen = true;
        },
        move |s| parse_money(s, number_format(), currency.get()),
        |v: &Money| format_number(v.get(), number_format()),
    );
    let Bound {
        raw: mid_from,
        error: mid_from_err,
        ..
    } = bind(
        doc,
        move |d: &WinbackDoc| Some(d.segments.in_currency(currency.get()).mid_from),
        |d, v| {
            d.segments.mid_from = v;
            d.segments.amounts_chosen = true;
        },
        move |s| parse_money(s, number_format(), currency.get()),
        |v: &Money| format_number(v.get(), number_format()),
    );
    let Bound {
        raw: quota,
        error: quota_err,
        ..
    } = bind(
        doc,
        |d: &WinbackDoc| Some(d.executive_quota),
        |d, v| d.executive_quota = v,
        move |s| parse_whole_in(s, number_format(), 0, MAX_EXECUTIVE_QUOTA),
        |v| v.to_string(),
    );
    let method = memo(move |_| doc.with(|d| d.segments.method));
    let method_id = format!("segm{}", next_id());
    let explain = move || {
        doc.with(|d| {
            let s = d.segments.in_currency(currency.get());
            match s.method {
                SegmentMethod::Rank => (t.explain_rank)(
                    &format_percent(crate::domain::input::clamp_points(s.top_share), number_format()),
                    &format_percent(crate::domain::input::clamp_points(s.mid_share), number_format()),
                ),
                SegmentMethod::Revenue => (t.explain_revenue)(
                    &money(s.top_from.get(), currency.get()),
                    &money(s.mid_from.get(), currency.get()),
                ),
            }
        })
    };
    // Per segment: customers, lost revenue, share of the lost revenue.
    let totals = memo(move |_| {
        let ranked = ranked.get();
        doc.with(|d| {
            let mut out = [
                (Segment::Top, 0usize, 0.0f64),
                (Segment::Mid, 0, 0.0),
                (Segment::Low, 0, 0.0),
            ];
            for r in &ranked {
                let amount = d.customer(r.id).map(DepartedCustomer::amount).unwrap_or(0.0);
                if let Some(slot) = out.iter_mut().find(|(s, _, _)| *s == r.segment) {
                    slot.1 += 1;
                    slot.2 += amount;
                }
            }
            out
        })
    });
    let pick = move |segments: &'static [Segment]| {
        let ids: Vec<(u64, Segment)> = ranked.with_untracked(|r| r.iter().map(|x| (x.id, x.segment)).collect());
        doc.update(|d| {
            for (id, seg) in &ids {
                if let Some(c) = d.customer_mut(*id) {
                    c.to_contact = segments.contains(seg);
                }
            }
        });
    };
    view! {
        <div class="wb-two wb-segments">
            <div>
                <div class="form-grid">
                    <div class="field">
                        <label for=method_id.clone()>{t.segment_by}</label>
                        <select id=method_id on:change=move |ev| {
                            let m = if event_target_value(&ev) == "revenue" { SegmentMethod::Revenue } else { SegmentMethod::Rank };
                            doc.update(|d| d.segments.method = m);
                        }>
                            <option value="rank" prop:selected=move || method.get() == SegmentMethod::Rank>{t.method_rank}</option>
                            <option value="revenue" prop:selected=move || method.get() == SegmentMethod::Revenue>{t.method_revenue}</option>
                        </select>
                    </div>
                    <Show when=move || method.get() == SegmentMethod::Rank fallback=move || view! {
                        <Field label=t.top_from value=top_from error=top_from_err hint=t.top_from_hint/>
                        <Field label=t.mid_from value=mid_from error=mid_from_err hint=t.mid_from_hint/>
                    }>
                        <Field label=t.top_share value=top_share error=top_share_err hint=t.top_share_hint suffix="%"/>
                        <Field label=t.mid_share value=mid_share error=mid_share_err hint=t.mid_share_hint suffix="%"/>
                    </Show>
                    <Field label=t.executive_quota value=quota error=quota_err hint=t.executive_quota_hint inputmode="numeric"/>
                </div>
                <p class="wb-explain">{explain}</p>
                <p class="muted">{t.explain_callers}</p>
            </div>
            <div class="table-wrap" tabindex="0" class:is-stale=move || stale.get()>
                <StaleNote stale/>
                <table class="wb-seg-table">
                    <caption>{t.segments_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_segment}</th>
                            <th scope="col" class="num">{t.customers}</th>
                            <th scope="col" class="num">{t.lost_revenue}</th>
                            <th scope="col" class="num">{t.col_share}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let rows = totals.get();
                            let all: f64 = rows.iter().map(|r| r.2).sum();
                            rows.into_iter().map(|(seg, n, lost)| view! {
                                <tr>
                                    <th scope="row"><span class=format!("wb-seg wb-seg-{}", seg_class(seg))>{(t.segment_name)(seg)}</span></th>
                                    <td class="num">{n}</td>
                                    <td class="num">{money(lost, currency.get())}</td>
                                    <td class="num">{if all > 0.0 { format_percent(lost / all * 100.0, number_format()) } else { t.dash.to_string() }}</td>
                                </tr>
                            }).collect_view()
                        }}
                    </tbody>
                </table>
                <div class="wb-pick">
                    <span class="muted">{t.pick_label}</span>
                    <button type="button" class="ghost" on:click=move |_| pick(&[Segment::Top])>{t.pick_top}</button>
                    <button type="button" class="ghost" on:click=move |_| pick(&[Segment::Top, Segment::Mid])>{t.pick_top_mid}</button>
                    <button type="button" class="ghost" on:click=move |_| pick(&[])>{t.pick_none}</button>
                </div>
            </div>
        </div>
    }
}

pub(super) fn seg_class(s: Segment) -> &'static str {
    match s {
        Segment::Top => "top",
        Segment::Mid => "mid",
        Segment::Low => "low",
    }
}

/// Which customers the list shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ListFilter {
    All,
    Segment(Segment),
    Picked,
    Open,
}

/// The departed customers ranked by lost revenue, with segment, pick, caller
/// and progress; paginated.
#[component]
pub(super) fn CustomerTable() -> impl IntoView {
    let wb = use_winback();
    let (doc, ranked, callers) = (wb.doc, wb.ranked, wb.callers);
    let t = &text().winback;
    let filter = RwSignal::new(ListFilter::All);
    let page = RwSignal::new(1usize);
    let ids = memo(move |_| {
        let f = filter.get();
        let callers = callers.get();
        ranked.with(|r| {
            doc.with(|d| {
                r.iter()
                    .filter(|x| match f {
                        ListFilter::All => true,
                        ListFilter::Segment(s) => x.segment == s,
                        ListFilter::Picked => callers.contains_key(&x.id),
                        ListFilter::Open => d.customer(x.id).is_some_and(|c| c.outcome == Outcome::Open),
                    })
                    .map(|x| x.id)
                    .collect::<Vec<u64>>()
            })
        })
    });
    let current = memo(move |_| ids.with(|all| page_of(all.len(), PAGE_SIZE, page.get())));
    let visible = memo(move |_| {
        let p = current.get();
        ids.with(|all| all.get(p.from..p.to).unwrap_or_default().to_vec())
    });
    let filter_id = format!("flt{}", next_id());
    let filters: [(ListFilter, &'static str, &'static str); 6] = [
        (ListFilter::All, "all", t.filter_all),
        (ListFilter::Segment(Segment::Top), "top", (t.segment_name)(Segment::Top)),
        (ListFilter::Segment(Segment::Mid), "mid", (t.segment_name)(Segment::Mid)),
        (ListFilter::Segment(Segment::Low), "low", (t.segment_name)(Segment::Low)),
        (ListFilter::Picked, "picked", t.filter_picked),
        (ListFilter::Open, "open", t.filter_open),
    ];
    view! {
        <div class="wb-list-head">
            <h3>{t.list_heading}</h3>
            <div class="field wb-inline">
                <label for=filter_id.clone()>{t.filter_label}</label>
                <select id=filter_id on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some((f, _, _)) = filters.iter().find(|(_, id, _)| *id == v) {
                        filter.set(*f);
                        page.set(1);
                    }
                }>
                    {filters.into_iter().map(|(f, id, label)| view! {
                        <option value=id prop:selected=move || filter.get() == f>{label}</option>
                    }).collect_view()}
                </select>
            </div>
        </div>
        <Show when=move || doc.with(|d| !d.customers.is_empty()) fallback=move || view! { <p class="muted">{t.no_customers}</p> }>
            <div class="table-wrap">
                <table class="wb-customers phone-cards">
                    <thead>
                        <tr>
                            <th scope="col" class="num">{t.col_rank}</th>
                            <th scope="col">{t.col_customer}</th>
                            <th scope="col" class="num">{t.lost_revenue}</th>
                            <th scope="col">{t.col_segment}</th>
                            <th scope="col">{t.col_contact}</th>
                            <th scope="col">{t.col_caller}</th>
                            <th scope="col">{t.col_progress}</th>
                            <th scope="col"><span class="visually-hidden">{t.col_actions}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || visible.get() key=|id| *id let:id>
                            <CustomerRow id=id/>
                        </For>
                    </tbody>
                </table>
            </div>
            <Pager page current class="wb-pager" label=t.pages_label previous=t.prev next=t.next page_of=t.page_of/>
            <p class="muted">{move || (t.showing)(ids.with(Vec::len), doc.with(|d| d.customers.len()))}</p>
        </Show>
    }
}

/// The progress of a win-back, in words.
pub(super) fn progress_text(c: &DepartedCustomer) -> String {
    let t = &text().winback;
    match (c.outcome, c.step) {
        (Outcome::Open, None) => t.not_called.to_string(),
        (Outcome::Open, Some(step)) => (t.step_of)(step.number(), (t.step_name)(step)),
        (outcome, _) => (t.outcome_name)(outcome).to_string(),
    }
}

/// One row of the customer list.
#[component]
pub(super) fn CustomerRow(
    /// The customer's id.
    id: u64,
) -> impl IntoView {
    let wb = use_winback();
    let (doc, ranked, callers, editing, selected) = (wb.doc, wb.ranked, wb.callers, wb.editing, wb.selected);
    let t = &text().winback;
    let currency = use_currency();
    let notices = use_notices();
    let c = memo(move |_| doc.with(|d| d.customer(id).cloned()));
    let place = memo(move |_| ranked.with(|r| r.iter().find(|x| x.id == id).copied()));
    let caller = memo(move |_| callers.with(|m| m.get(&id).copied()));
    let field = move |f: fn(&DepartedCustomer) -> String| move || c.with(|c| c.as_ref().map(f).unwrap_or_default());
    let delete = move |_| {
        let removed = doc.try_update(|d| d.remove_customer(id)).flatten();
        if let Some((at, customer)) = removed {
            if selected.get_untracked() == Some(id) {
                selected.set(None);
            }
            if editing.get_untracked() == Some(id) {
                editing.set(None);
            }
            let message = (t.deleted)(&customer.name);
            notices.undo(message, move || {
                let customer = customer.clone();
                doc.update(|d| d.restore_customer(at, customer));
            });
        }
    };
    view! {
        <tr class:wb-selected=move || selected.get() == Some(id)>
            <td class="num" data-label=t.col_rank>{move || place.get().map(|p| p.rank)}</td>
            <th scope="row">
                <span class="wb-name">{field(|c| c.name.clone())}</span>
                <span class="wb-sub muted">{field(|c| {
                    let t = &text().winback;
                    (t.customer_sub)((text().contracts.reason_name)(c.reason), &(t.date)(c.departed_on))
                })}</span>
            </th>
            <td class="num" data-label=t.lost_revenue>{move || money(c.with(|c| c.as_ref().map(DepartedCustomer::amount).unwrap_or(0.0)), currency.get())}</td>
            <td data-label=t.col_segment>{move || place.get().map(|p| view! {
                <span class=format!("wb-seg wb-seg-{}", seg_class(p.segment))>{(t.segment_name)(p.segment)}</span>
            })}</td>
            <CheckCell label=t.to_contact
                checked=Signal::derive(move || c.with(|c| c.as_ref().is_some_and(|c| c.to_contact)))
                on_change=move |on| doc.update(|d| if let Some(c) = d.customer_mut(id) { c.to_contact = on; })/>
            <td data-label=t.col_caller>{move || caller.get().map(|k| (t.caller_name)(k)).unwrap_or(t.dash)}</td>
            <td data-label=t.col_progress class=move || c.with(|c| format!("wb-progress wb-out-{}", c.as_ref().map(|c| c.outcome.id()).unwrap_or("open")))>
                {move || c.with(|c| c.as_ref().map(progress_text).unwrap_or_default())}
            </td>
            <td class="wb-actions card-actions">
                <button type="button" class="ghost" on:click=move |_| {
                    selected.set(Some(id));
                    request_animation_frame(|| scroll_to("wb-call", false));
                }>{t.open_call}</button>
                <button type="button" class="ghost" on:click=move |_| {
                    editing.set(Some(id));
                    request_animation_frame(|| scroll_to("wb-form", true));
                }>{t.edit}</button>
                <button type="button" class="danger" on:click=delete>{t.delete}</button>
            </td>
        </tr>
    }
}
