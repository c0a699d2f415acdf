//! The register: its toolbar, the editor panels, the sortable, filterable,
//! paginated table, and delete with undo.

use super::form::ContractForm;
use super::import::Import;
use super::renew::RenewForm;
use super::{show_date, use_ctx, Panel};
use crate::domain::contracts::{client_key, export_csv_with, lapsed, Contract, CsvLabels, Status};
use crate::domain::order;
use crate::domain::paging::page_of;
use crate::ui::components::field::{SearchField, SelectField};
use crate::ui::components::form_scope::ControlGroup;
use crate::ui::components::pager::Pager;
use crate::ui::components::rows::KeptByPosition;
use crate::ui::download::download;
use crate::ui::reactive::{effect, memo};
use crate::ui::state::{number_format, use_notices, Level};
use crate::ui::text::text;
use leptos::prelude::*;

/// Rows per page of the table.
const PAGE_SIZE: usize = 25;

/// A column the table can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SortKey {
    Client,
    Service,
    Value,
    Start,
    Expiry,
    Status,
}

/// One row as shown: every cell already formatted, so that the keyed list
/// redraws a row exactly when something in it changes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Row {
    id: u64,
    client: String,
    service: String,
    value: String,
    start: String,
    expiry: String,
    status: &'static str,
    cancelled: bool,
    cancellation: String,
    /// Whether it can be renewed (not cancelled).
    renewable: bool,
}

/// Sorts positions in `list` by a column (stable: ties keep register order);
/// `keys` are the clients' search keys, position for position. One comparator
/// for every column, through the app's one sort (`domain::order`).
fn sort_positions(list: &[Contract], keys: &[String], positions: &mut [usize], key: SortKey) {
    let services: Vec<String> = match key {
        SortKey::Service => list.iter().map(|c| c.service.to_lowercase()).collect(),
        _ => Vec::new(),
    };
    order::sort_positions(positions, &|a, b| {
        let (x, y) = (list.get(a), list.get(b));
        match key {
            SortKey::Client => keys.get(a).cmp(&keys.get(b)),
            SortKey::Service => services.get(a).cmp(&services.get(b)),
            SortKey::Value => {
                let value = |c: Option<&Contract>| c.map(|c| c.value.get()).unwrap_or(0.0);
                value(x).total_cmp(&value(y))
            }
            SortKey::Start => x.map(|c| c.start).cmp(&y.map(|c| c.start)),
            SortKey::Expiry => x.map(|c| c.expiry).cmp(&y.map(|c| c.expiry)),
            SortKey::Status => x.map(|c| c.status).cmp(&y.map(|c| c.status)),
        }
    });
}

/// The register section of the page.
#[component]
pub fn Register() -> impl IntoView {
    let ctx = use_ctx();
    let t = &text().contracts;
    let doc = ctx.doc;
    let notices = use_notices();
    let search = RwSignal::new(String::new());
    let filter = RwSignal::new(None::<Status>);
    let sort = RwSignal::new((SortKey::Client, true));
    let page = RwSignal::new(1usize);

    // A new search, filter or order starts again at the first page.
    effect(move |first: Option<()>| {
        search.track();
        filter.track();
        sort.track();
        if first.is_some() && page.get_untracked() != 1 {
            page.set(1);
        }
    });

    // Each client's search key, made once per change of the register rather
    // than on every keystroke.
    let keys = memo(move |_| doc.with(|d| d.contracts.iter().map(|c| client_key(&c.client)).collect::<Vec<_>>()));
    // The whole register in the order of the sorted column, ascending: made
    // again only when the register or the column changes. A search, a filter
    // or a change of direction reads it without sorting.
    let column = memo(move |_| sort.get().0);
    let ranked = memo(move |_| {
        let key = column.get();
        keys.with(|keys| {
            doc.with(|d| {
                let mut positions: Vec<usize> = (0..d.contracts.len()).collect();
                sort_positions(&d.contracts, keys, &mut positions, key);
                positions
            })
        })
    });
    let order = memo(move |_| {
        let needle = client_key(&search.get());
        let wanted = filter.get();
        let ascending = sort.get().1;
        ranked.with(|ranked| {
            keys.with(|keys| {
                doc.with(|d| {
                    let shown = |i: &usize| {
                        d.contracts
                            .get(*i)
                            .is_some_and(|c| wanted.is_none_or(|s| c.status == s))
                            && (needle.is_empty() || keys.get(*i).is_some_and(|k| k.contains(&needle)))
                    };
                    let mut positions: Vec<usize> = ranked.iter().copied().filter(shown).collect();
                    if !ascending {
                        positions.reverse();
                    }
                    positions
                })
            })
        })
    });
    let total = memo(move |_| order.with(Vec::len));
    let current = memo(move |_| page_of(total.get(), PAGE_SIZE, page.get()));
    let rows = memo(move |_| {
        let p = current.get();
        order.with(|positions| {
            doc.with(|d| {
                positions
                    .get(p.from..p.to)
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|i| d.contracts.get(*i))
                    .map(|c| Row {
                        id: c.id,
                        client: c.client.clone(),
                        service: c.service.clone(),
                        value: ctx.money(c.value.get()),
                        start: show_date(c.start),
                        expiry: show_date(c.expiry),
                        status: (t.status_name)(c.status),
                        cancelled: c.status == Status::Cancelled,
                        renewable: c.status != Status::Cancelled,
                        cancellation: match (c.cancelled_on, c.reason) {
                            (Some(on), Some(reason)) if c.status == Status::Cancelled => {
                                let reason = if c.reason_note.is_empty() {
                                    (t.reason_name)(reason).to_string()
                                } else {
                                    format!("{} ({})", (t.reason_name)(reason), c.reason_note)
                                };
                                (t.cancellation_cell)(&show_date(on), &reason)
                            }
                            _ => String::new(),
                        },
                    })
                    .collect::<Vec<Row>>()
            })
        })
    });
    let lapsed_count = memo(move |_| doc.with(|d| lapsed(&d.contracts, ctx.today)));
    let is_empty = memo(move |_| doc.with(|d| d.contracts.is_empty()));

    let open = move |panel: Panel| {
        ctx.status.set(String::new());
        ctx.panel.set(panel);
    };
    let delete = move |id: u64| {
        let mut removed = None;
        doc.update(|d| removed = d.remove(id));
        if let Some((index, contract)) = removed {
            if ctx.panel.get_untracked() == Panel::Edit(id) {
                ctx.panel.set(Panel::Closed);
            }
            ctx.status.set(String::new());
            let message = (t.deleted)(&contract.client);
            notices.undo(message, move || {
                let back = contract.clone();
                doc.update(|d| d.restore(index, back));
            });
        }
    };
    let export = move |_| {
        // The screen's language: its headers and names of statuses and
        // reasons, its decimal separator (and `;` with a decimal comma, what
        // spreadsheets there expect). The importer reads every language back.
        // English keeps the stable keys (`annual_value`, `active`): English
        // words already, and what files exported before wrote.
        let labels = if crate::ui::text::lang() == crate::domain::format::Lang::En {
            CsvLabels::keys(number_format())
        } else {
            CsvLabels {
                numbers: number_format(),
                field: t.field_name,
                status: t.status_name,
                reason: t.reason_name,
                outcome: t.outcome_name,
            }
        };
        // The byte-order mark makes spreadsheets read the file as UTF-8.
        let csv = doc.with_untracked(|d| format!("\u{feff}{}", export_csv_with(&d.contracts, &labels)));
        if let Err(e) = download(&(t.export_file_name)(ctx.today), "text/csv;charset=utf-8", &csv) {
            notices.show("contracts-export", Level::Error, (t.export_failed)(&e), None);
        }
    };

    let status_options: Vec<(Option<Status>, &'static str, &'static str)> = std::iter::once((None, t.all_statuses, ""))
        .chain(Status::ALL.into_iter().map(|s| (Some(s), (t.status_name)(s), s.key())))
        .collect();
    let header = move |key: SortKey, label: &'static str, numeric: bool| {
        let state = move || {
            let (k, ascending) = sort.get();
            if k != key {
                "none"
            } else if ascending {
                "ascending"
            } else {
                "descending"
            }
        };
        view! {
            <th scope="col" class:num=numeric aria-sort=state>
                <button
                    type="button"
                    class="sort"
                    title=(t.sort_by)(label)
                    on:click=move |_| sort.update(|s| if s.0 == key { s.1 = !s.1 } else { *s = (key, true) })
                >
                    {label}
                    <span class="sort-mark" aria-hidden="true">
                        {move || match state() { "ascending" => "▲", "descending" => "▼", _ => "↕" }}
                    </span>
                </button>
            </th>
        }
    };

    let contract_row = move |_, row: Memo<Option<Row>>| {
        let cell = move |pick: fn(&Row) -> String| row.with(|r| r.as_ref().map(pick).unwrap_or_default());
        let id = move || row.with_untracked(|r| r.as_ref().map(|r| r.id));
        view! {
            <tr class:cancelled=move || row.with(|r| r.as_ref().is_some_and(|r| r.cancelled))>
                <th scope="row">{move || cell(|r| r.client.clone())}</th>
                <td data-label=t.col_service>{move || cell(|r| r.service.clone())}</td>
                <td class="num" data-label=t.col_value>{move || cell(|r| r.value.clone())}</td>
                <td class="date" data-label=t.col_start>{move || cell(|r| r.start.clone())}</td>
                <td class="date" data-label=t.col_expiry>{move || cell(|r| r.expiry.clone())}</td>
                <td data-label=t.col_status>{move || cell(|r| r.status.to_string())}</td>
                <td class="cancellation" data-label=t.col_cancellation>{move || cell(|r| r.cancellation.clone())}</td>
                <td class="row-actions card-actions">
                    <button
                        type="button"
                        class="ghost small"
                        aria-label=move || (t.edit_label)(&cell(|r| r.client.clone()))
                        on:click=move |_| {
                            if let Some(id) = id() {
                                open(Panel::Edit(id));
                            }
                        }
                    >{t.edit}</button>
                    <button
                        type="button"
                        class="ghost small renew"
                        hidden=move || !row.with(|r| r.as_ref().is_some_and(|r| r.renewable))
                        aria-label=move || (t.renew_label)(&cell(|r| r.client.clone()))
                        on:click=move |_| {
                            if let Some(id) = id() {
                                open(Panel::Renew(id));
                            }
                        }
                    >{t.renew}</button>
                    <button
                        type="button"
                        class="danger small"
                        aria-label=move || (t.delete_label)(&cell(|r| r.client.clone()))
                        on:click=move |_| {
                            if let Some(id) = id() {
                                delete(id);
                            }
                        }
                    >{t.delete}</button>
                </td>
            </tr>
        }
    };
    let table = move || {
        let status_options = status_options.clone();
        view! {
            <div class="register-toolbar">
                <div class="toolbar-actions">
                    <button type="button" on:click=move |_| open(Panel::Add)>{t.add_contract}</button>
                    <button type="button" class="ghost" on:click=move |_| open(Panel::Import)>{t.import_csv}</button>
                    <button type="button" class="ghost" on:click=export>{t.export_csv}</button>
                </div>
                // Its own form: typing in the search makes the browser's autofill
                // re-read these two fields, not every field on the page.
                <ControlGroup class="toolbar-filters">
                    <SearchField label=t.search_label placeholder=t.search_hint value=search
                        on_input=Callback::new(move |v| search.set(v))/>
                    <SelectField label=t.status_filter options=status_options current=filter
                        on_pick=Callback::new(move |s| filter.set(s))/>
                </ControlGroup>
            </div>
            <Show when=move || { lapsed_count.get() > 0 }>
                <p class="data-warning" role="note">{move || (t.lapsed_warning)(lapsed_count.get())}</p>
            </Show>
            <div class="table-wrap">
                <table class="register-table phone-cards">
                    <caption class="visually-hidden">{t.register_heading}</caption>
                    <colgroup>
                        <col class="c-client"/>
                        <col class="c-service"/>
                        <col class="c-value"/>
                        <col class="c-date"/>
                        <col class="c-date"/>
                        <col class="c-status"/>
                        <col class="c-cancellation"/>
                        <col class="c-actions"/>
                    </colgroup>
                    <thead>
                        <tr>
                            {header(SortKey::Client, t.col_client, false)}
                            {header(SortKey::Service, t.col_service, false)}
                            {header(SortKey::Value, t.col_value, true)}
                            {header(SortKey::Start, t.col_start, false)}
                            {header(SortKey::Expiry, t.col_expiry, false)}
                            {header(SortKey::Status, t.col_status, false)}
                            <th scope="col">{t.col_cancellation}</th>
                            <th scope="col"><span class="visually-hidden">{t.col_actions}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        // One element per position on the page, kept across sorts
                        // and pages: only the text in it changes.
                        // One element per position on the page, kept across sorts
                        // and pages: only the text in it changes. Each position reads
                        // its row through a memo of its own: Leptos unsubscribes a
                        // re-run cell from what it read by a linear search of that
                        // signal's subscribers, so the page's ~300 cells reading `rows`
                        // directly made a sort quadratic (0.45 ms of it, profiled).
                        <KeptByPosition items=rows children=contract_row/>
                    </tbody>
                </table>
            </div>
            <Show when=move || total.get() == 0>
                <p class="muted">{t.no_match}</p>
            </Show>
            <div class="register-footer">
                <p class="muted" aria-live="polite">
                    {move || {
                        let p = current.get();
                        let first = if p.to == 0 { 0 } else { p.from + 1 };
                        (t.showing)(first, p.to, total.get())
                    }}
                </p>
                <Pager page current class="pagination" label=t.pagination_label previous=t.previous_page next=t.next_page
                    page_of=t.page_of/>
            </div>
        }
    };

    view! {
        <section class="panel register" aria-labelledby="register-heading">
            <h2 id="register-heading">{t.register_heading}</h2>
            <p class="status-line" role="status">{move || ctx.status.get()}</p>
            {move || match ctx.panel.get() {
                Panel::Closed => ().into_any(),
                Panel::Add => view! { <ContractForm id=None/> }.into_any(),
                Panel::Edit(id) => view! { <ContractForm id=Some(id)/> }.into_any(),
                Panel::Renew(id) => view! { <RenewForm id=id/> }.into_any(),
                Panel::Import => view! { <Import/> }.into_any(),
            }}
            <Show
                when=move || !is_empty.get()
                fallback=move || view! {
                    <Show when=move || ctx.panel.get() == Panel::Closed>
                        <div class="empty-state">
                            <h3>{t.empty_title}</h3>
                            <p>{t.empty_lead}</p>
                            <div class="empty-actions">
                                <button type="button" on:click=move |_| open(Panel::Import)>{t.import_csv}</button>
                                <button type="button" class="ghost" on:click=move |_| open(Panel::Add)>{t.add_contract}</button>
                            </div>
                        </div>
                    </Show>
                }
            >
                {table()}
            </Show>
        </section>
    }
}
