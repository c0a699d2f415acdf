//! CSV import: paste or choose a file, match the columns, see every row that
//! would be imported and every row that would not, then add or replace.
//! Nothing reaches the register before the user confirms.

use super::{focus_on_open, problem_text, show_date, use_ctx, Panel};
use crate::domain::contracts::{
    cancellations_dated_on_expiry, plain_number, read_contracts, BadRow, Contract, CsvFile, DateFormat, DateProblem,
    DateQuestion, ImportField, ImportOptions, ImportPreview, NumberQuestion, RowProblem,
};
use crate::domain::csv::{write_csv, CsvProblem};
use crate::domain::encoding::{decode, detect_encoding, Encoding, MAX_FILE_BYTES};
use crate::domain::input::NumberFormat;
use crate::domain::spreadsheet::{looks_like_spreadsheet, read_spreadsheet, SpreadsheetFormat};
use crate::ui::download::download;
use crate::ui::reactive::memo;
use crate::ui::state::{next_id, number_format, use_notices, Level};
use crate::ui::text::text;
use crate::ui::upload::read_chosen_bytes;
use leptos::prelude::*;
use std::sync::Arc;

/// Ready rows shown in the preview.
const PREVIEW_ROWS: usize = 10;
/// Bad rows listed on screen (all of them are in the download).
const BAD_ROWS_SHOWN: usize = 50;
/// Characters of a bad row's original text shown beside its problems.
const RAW_CHARS: usize = 90;

/// The message for one problem of a row.
fn row_problem_text(p: &RowProblem) -> String {
    let t = &text().contracts;
    let name = t.field_name;
    match p {
        RowProblem::Csv(CsvProblem::UnclosedQuote) => t.problem_unclosed_quote.to_string(),
        RowProblem::Csv(CsvProblem::TextAfterQuote) => t.problem_text_after_quote.to_string(),
        RowProblem::ColumnCount { expected, found } => (t.problem_column_count)(*expected, *found),
        RowProblem::Field(f, problem) => (t.problem_field)(name(*f), &problem_text(*problem)),
        RowProblem::Date(f, DateProblem::Empty) => (t.problem_date_empty)(name(*f)),
        RowProblem::Date(f, DateProblem::Unreadable) => (t.problem_date_unreadable)(name(*f)),
        RowProblem::Date(f, DateProblem::OutOfRange) => (t.problem_date_range)(name(*f)),
        RowProblem::UnknownStatus(s) => (t.problem_status)(s),
        RowProblem::UnknownOutcome(s) => (t.problem_outcome)(s),
        RowProblem::TooMany => t.problem_too_many.to_string(),
    }
}

fn problems_text(row: &BadRow) -> String {
    row.problems.iter().map(row_problem_text).collect::<Vec<_>>().join("; ")
}

/// The original cells of the record starting on `line`.
fn raw_cells(file: &CsvFile, line: usize) -> Vec<String> {
    file.records
        .binary_search_by_key(&line, |r| r.line)
        .ok()
        .and_then(|i| file.records.get(i))
        .map(|r| r.fields.clone())
        .unwrap_or_default()
}

/// The bad rows as CSV: line, problems, then the row as it was.
fn bad_rows_csv(file: &CsvFile, preview: &ImportPreview) -> String {
    let t = &text().contracts;
    let header: Vec<String> = [t.col_line.to_string(), t.col_problems.to_string()]
        .into_iter()
        .chain(file.headers())
        .collect();
    let rows = std::iter::once(header).chain(preview.bad.iter().map(|row| {
        [row.line.to_string(), problems_text(row)]
            .into_iter()
            .chain(raw_cells(file, row.line))
            .collect::<Vec<String>>()
    }));
    format!("\u{feff}{}", write_csv(rows, ','))
}

/// The import panel.
#[component]
pub fn Import() -> impl IntoView {
    let ctx = use_ctx();
    let t = &text().contracts;
    let doc = ctx.doc;
    let notices = use_notices();
    let pasted = RwSignal::new(String::new());
    let parsed = RwSignal::new(None::<Arc<CsvFile>>);
    let source = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let mapping = RwSignal::new(Default::default());
    let dates = RwSignal::new(DateFormat::Iso);
    let numbers = RwSignal::new(number_format());
    let all_bad = RwSignal::new(false);
    // The chosen file's bytes, kept to decode them again in another encoding.
    let raw = RwSignal::new(None::<(String, Arc<Vec<u8>>)>);
    // The encoding a file was read in and the characters it could not read
    // (none for pasted text).
    let encoding = RwSignal::new(None::<(Encoding, usize)>);
    let number_question = RwSignal::new(None::<NumberQuestion>);
    let date_question = RwSignal::new(None::<DateQuestion>);

    let load_file = move |name: Option<String>, file: CsvFile| {
        if file.records.iter().skip(1).all(|r| r.is_blank()) {
            message.set(Some(t.no_data_rows.to_string()));
            return;
        }
        message.set(None);
        source.set(match name {
            Some(name) => (t.source_named)(&name, file.data_rows()),
            None => (t.source_pasted)(file.data_rows()),
        });
        mapping.set(file.mapping.clone());
        dates.set(file.dates);
        numbers.set(file.numbers);
        number_question.set(file.number_question.clone());
        date_question.set(file.date_question.clone());
        parsed.set(Some(Arc::new(file)));
    };
    // A spreadsheet's format and rows, when the file was one.
    let sheet_read = RwSignal::new(None::<(SpreadsheetFormat, usize)>);
    let load = move |name: Option<String>, content: String| {
        if content.trim().is_empty() {
            message.set(Some(t.nothing_to_read.to_string()));
            return;
        }
        sheet_read.set(None);
        load_file(name, CsvFile::read(&content, number_format()));
    };
    // Decodes a chosen file in `chosen` (or the encoding its bytes suggest).
    let load_bytes = move |name: String, bytes: Arc<Vec<u8>>, chosen: Option<Encoding>| {
        // A spreadsheet (a ZIP package, or an old .xls) is read as one; only
        // text goes through the encodings.
        if chosen.is_none() && looks_like_spreadsheet(&bytes) {
            raw.set(None);
            encoding.set(None);
            match read_spreadsheet(&bytes) {
                Ok(sheet) => {
                    sheet_read.set(Some((sheet.format, sheet.rows.len())));
                    load_file(Some(name), CsvFile::from_sheet(&sheet));
                }
                Err(e) => {
                    sheet_read.set(None);
                    message.set(Some((t.spreadsheet_error)(&e)));
                }
            }
            return;
        }
        sheet_read.set(None);
        let used = chosen.unwrap_or_else(|| detect_encoding(&bytes));
        let decoded = decode(&bytes, used);
        encoding.set(Some((used, decoded.replaced)));
        raw.set(Some((name.clone(), bytes)));
        load(Some(name), decoded.text);
    };
    let load_pasted = move |content: String| {
        encoding.set(None);
        raw.set(None);
        load(None, content);
    };
    let questions_open = memo(move |_| number_question.with(Option::is_some) || date_question.with(Option::is_some));

    let preview = memo(move |_| {
        parsed.with(|file| {
            file.as_ref().map(|file| {
                let opts = ImportOptions {
                    numbers: numbers.get(),
                    dates: dates.get(),
                    currency: ctx.currency.get(),
                };
                Arc::new(mapping.with(|m| read_contracts(&file.records, m, opts)))
            })
        })
    });
    let missing = memo(move |_| mapping.with(|m| m.missing()));
    let blocked = memo(move |_| !missing.with(Vec::is_empty) || questions_open.get());
    let ready = memo(move |_| preview.with(|p| p.as_ref().map_or(0, |p| p.rows.len())));
    let existing = memo(move |_| doc.with(|d| d.contracts.len()));

    let confirm = move |replace: bool| {
        if blocked.get_untracked() {
            return;
        }
        let Some(preview) = preview.get_untracked() else {
            return;
        };
        let contracts: Vec<Contract> = preview.rows.iter().map(|(_, c)| c.clone()).collect();
        let count = contracts.len();
        if count == 0 {
            return;
        }
        let before = doc.with_untracked(|d| d.contracts.clone());
        let text = if replace {
            (t.replaced)(before.len(), count)
        } else {
            (t.imported)(count)
        };
        doc.update(|d| {
            if replace {
                d.replace_all(contracts);
            } else {
                d.append(contracts);
            }
        });
        ctx.panel.set(Panel::Closed);
        ctx.status.set(text.clone());
        notices.undo(text, move || {
            let back = before.clone();
            doc.update(|d| d.contracts = back);
        });
    };

    let node = NodeRef::<leptos::html::Section>::new();
    focus_on_open(node);
    let paste_id = format!("csv-paste-{}", next_id());
    let file_id = format!("csv-file-{}", next_id());
    let dates_id = format!("csv-dates-{}", next_id());
    let numbers_id = format!("csv-numbers-{}", next_id());
    let encoding_id = format!("csv-encoding-{}", next_id());

    let source_step = move || {
        view! {
            <div class="import-source">
                <div class="field">
                    <label for=paste_id.clone()>{t.paste_label}</label>
                    <span class="hint">{t.paste_hint}</span>
                    <textarea
                        id=paste_id.clone()
                        rows="8"
                        spellcheck="false"
                        prop:value=move || pasted.get()
                        on:input=move |ev| pasted.set(event_target_value(&ev))
                    ></textarea>
                </div>
                <div class="field">
                    <label for=file_id.clone()>{t.file_label}</label>
                    <span class="hint">{t.file_hint}</span>
                    <input
                        id=file_id.clone()
                        type="file"
                        accept=".csv,.tsv,.txt,.xlsx,.ods,.xls,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet"
                        on:change=move |ev| {
                            read_chosen_bytes(
                                &ev,
                                MAX_FILE_BYTES,
                                move |name| message.set(Some((t.reading_file)(&name))),
                                move |name, bytes| load_bytes(name, Arc::new(bytes), None),
                                move |name| message.set(Some((t.file_too_big)(&name))),
                                move || message.set(Some(t.file_unreadable.to_string())),
                            )
                        }
                    />
                </div>
                <p class="import-message" role="status">{move || message.get()}</p>
                <div class="form-actions">
                    <button type="button" on:click=move |_| load_pasted(pasted.get_untracked())>{t.read_csv}</button>
                    <button type="button" class="ghost" on:click=move |_| ctx.panel.set(Panel::Closed)>{t.cancel}</button>
                </div>
            </div>
        }
    };

    let mapping_step = move |file: Arc<CsvFile>| {
        let encoding_id = encoding_id.clone();
        let headers = file.headers();
        let selects = ImportField::ALL
            .into_iter()
            .map(|field| {
                let id = format!("map-{}-{}", field.key(), next_id());
                let options = headers
                    .iter()
                    .enumerate()
                    .map(|(i, h)| {
                        view! {
                            <option value=i.to_string() selected=move || mapping.with(|m| m.get(field) == Some(i))>
                                {(t.column_option)(i + 1, h)}
                            </option>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="field">
                        <label for=id.clone()>
                            {(t.field_name)(field)}
                            {field.required().then(|| view! { <span class="required">{t.required_mark}</span> })}
                        </label>
                        <select id=id on:change=move |ev| {
                            let v = event_target_value(&ev);
                            mapping.update(|m| m.set(field, v.parse::<usize>().ok()));
                        }>
                            <option value="" selected=move || mapping.with(|m| m.get(field).is_none())>{t.not_in_file}</option>
                            {options}
                        </select>
                    </div>
                }
            })
            .collect_view();
        let file_for_bad = file.clone();
        let file_for_download = file.clone();
        view! {
            <div class="import-mapping">
                <p class="import-source-name">
                    <strong>{move || source.get()}</strong>
                    " "
                    <button type="button" class="ghost small" on:click=move |_| parsed.set(None)>{t.back}</button>
                </p>
                {move || sheet_read.get().map(|(format, rows)| view! {
                    <p class="encoding-used">{(t.spreadsheet_used)(format, rows)}</p>
                })}
                {move || encoding.get().map(|(used, replaced)| {
                    let encoding_id = encoding_id.clone();
                    view! {
                        <div class="import-encoding">
                            <p class="encoding-used">{(t.encoding_used)((t.encoding_name)(used))}</p>
                            {(replaced > 0).then(|| view! {
                                <p class="form-error" role="alert">{(t.encoding_replaced)(replaced)}</p>
                            })}
                            <div class="field">
                                <label for=encoding_id.clone()>{t.encoding_label}</label>
                                <select id=encoding_id on:change=move |ev| {
                                    let chosen = Encoding::from_key(&event_target_value(&ev));
                                    if let (Some(chosen), Some((name, bytes))) = (chosen, raw.get_untracked()) {
                                        load_bytes(name, bytes, Some(chosen));
                                    }
                                }>
                                    {Encoding::ALL.into_iter().map(|e| view! {
                                        <option value=e.key() selected=e == used>{(t.encoding_name)(e)}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                        </div>
                    }
                })}
                {move || number_question.get().map(|q| {
                    let fmt = number_format();
                    // The larger reading (separator as thousands) first.
                    let mut readings = [(q.as_comma, NumberFormat::COMMA), (q.as_point, NumberFormat::POINT)];
                    if q.as_point > q.as_comma {
                        readings.reverse();
                    }
                    let [(a, fa), (b, fb)] = readings;
                    let (a, b) = (plain_number(a, fmt), plain_number(b, fmt));
                    view! {
                        <fieldset class="import-question number-question">
                            <legend>{t.question_numbers}</legend>
                            <p>{(t.question_readings)(&q.sample, &a, &b)}</p>
                            <div class="form-actions">
                                <button type="button" on:click=move |_| { numbers.set(fa); number_question.set(None); }>{(t.read_as)(&a)}</button>
                                <button type="button" on:click=move |_| { numbers.set(fb); number_question.set(None); }>{(t.read_as)(&b)}</button>
                            </div>
                        </fieldset>
                    }
                })}
                {move || date_question.get().map(|q| {
                    let (a, b) = (show_date(q.day_first), show_date(q.month_first));
                    view! {
                        <fieldset class="import-question date-question">
                            <legend>{t.question_dates}</legend>
                            <p>{(t.question_readings)(&q.sample, &a, &b)}</p>
                            <div class="form-actions">
                                <button type="button" on:click=move |_| { dates.set(DateFormat::DayMonthYear); date_question.set(None); }>{(t.read_as)(&a)}</button>
                                <button type="button" on:click=move |_| { dates.set(DateFormat::MonthDayYear); date_question.set(None); }>{(t.read_as)(&b)}</button>
                            </div>
                        </fieldset>
                    }
                })}
                <fieldset class="mapping">
                    <legend>{t.mapping_heading}</legend>
                    <p class="muted">{t.mapping_lead}</p>
                    <div class="form-grid">
                        {selects}
                        <div class="field">
                            <label for=dates_id.clone()>{t.date_format}</label>
                            <select id=dates_id.clone() on:change=move |ev| {
                                let v = event_target_value(&ev);
                                if let Some(f) = DateFormat::ALL.into_iter().find(|f| f.key() == v) {
                                    dates.set(f);
                                    date_question.set(None);
                                }
                            }>
                                {DateFormat::ALL.into_iter().map(|f| view! {
                                    <option value=f.key() selected=move || dates.get() == f>{(t.date_format_name)(f)}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for=numbers_id.clone()>{t.number_format}</label>
                            <select id=numbers_id.clone() on:change=move |ev| {
                                let v = event_target_value(&ev);
                                numbers.set(if v == "comma" { NumberFormat::COMMA } else { NumberFormat::POINT });
                                number_question.set(None);
                            }>
                                {[("point", NumberFormat::POINT), ("comma", NumberFormat::COMMA)].into_iter().map(|(key, f)| view! {
                                    <option value=key selected=move || numbers.get() == f>{(t.number_format_name)(f.decimal)}</option>
                                }).collect_view()}
                            </select>
                        </div>
                    </div>
                </fieldset>
                <Show when=move || !missing.with(Vec::is_empty)>
                    <p class="form-error" role="alert">
                        {move || {
                            let names: Vec<&str> = missing.get().into_iter().map(t.field_name).collect();
                            (t.missing_columns)(&names.join(", "))
                        }}
                    </p>
                </Show>
                <Show when=move || questions_open.get()>
                    <p class="form-error question-pending" role="status">{t.question_pending}</p>
                </Show>
                <h4>{t.preview_heading}</h4>
                <p>
                    <output class="import-summary">
                        {move || preview.with(|p| p.as_ref().map(|p| (t.preview_summary)(p.rows.len(), p.bad.len(), p.blank)))}
                    </output>
                </p>
                {move || {
                    preview
                        .with(|p| p.as_ref().is_some_and(|p| mapping.with(|m| cancellations_dated_on_expiry(m, p))))
                        .then(|| view! { <p class="muted cancelled-on-expiry">{t.cancelled_on_expiry}</p> })
                }}
                {move || preview.get().filter(|p| !p.rows.is_empty()).map(|p| view! {
                    <p class="muted">{(t.preview_first)(p.rows.len().min(PREVIEW_ROWS))}</p>
                    <div class="table-wrap" tabindex="0">
                        <table class="preview-table">
                            <thead>
                                <tr>
                                    <th scope="col" class="num">{t.col_line}</th>
                                    <th scope="col">{t.col_client}</th>
                                    <th scope="col">{t.col_service}</th>
                                    <th scope="col" class="num">{t.col_value}</th>
                                    <th scope="col">{t.col_start}</th>
                                    <th scope="col">{t.col_expiry}</th>
                                    <th scope="col">{t.col_status}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {p.rows.iter().take(PREVIEW_ROWS).map(|(line, c)| view! {
                                    <tr>
                                        <td class="num">{*line}</td>
                                        <th scope="row">{c.client.clone()}</th>
                                        <td>{c.service.clone()}</td>
                                        <td class="num">{ctx.money(c.value.get())}</td>
                                        <td>{show_date(c.start)}</td>
                                        <td>{show_date(c.expiry)}</td>
                                        <td>{(t.status_name)(c.status)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                })}
                {move || {
                    let file = file_for_bad.clone();
                    let file_dl = file_for_download.clone();
                    preview.get().filter(|p| !p.bad.is_empty()).map(move |p| {
                        let shown = if all_bad.get() { p.bad.len() } else { BAD_ROWS_SHOWN };
                        let more = p.bad.len().saturating_sub(shown);
                        let p_dl = p.clone();
                        view! {
                            <div class="bad-rows">
                                <h4>{(t.bad_rows_heading)(p.bad.len())}</h4>
                                <div class="table-wrap" tabindex="0">
                                    <table>
                                        <thead>
                                            <tr>
                                                <th scope="col" class="num">{t.col_line}</th>
                                                <th scope="col">{t.col_problems}</th>
                                                <th scope="col">{t.col_row}</th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {p.bad.iter().take(shown).map(|row| {
                                                let raw: String = raw_cells(&file, row.line).join(" | ");
                                                let raw: String = if raw.chars().count() > RAW_CHARS {
                                                    format!("{}…", raw.chars().take(RAW_CHARS).collect::<String>())
                                                } else {
                                                    raw
                                                };
                                                view! {
                                                    <tr>
                                                        <th scope="row" class="num">{row.line}</th>
                                                        <td>{problems_text(row)}</td>
                                                        <td class="raw"><code>{raw}</code></td>
                                                    </tr>
                                                }
                                            }).collect_view()}
                                        </tbody>
                                    </table>
                                </div>
                                {(more > 0).then(|| view! {
                                    <p class="muted">
                                        {(t.bad_rows_more)(more)}
                                        <button type="button" class="ghost small show-all" on:click=move |_| all_bad.set(true)>
                                            {(t.show_all_rows)(p.bad.len())}
                                        </button>
                                    </p>
                                })}
                                <button type="button" class="ghost" on:click=move |_| {
                                    let csv = bad_rows_csv(&file_dl, &p_dl);
                                    if let Err(e) = download(t.bad_rows_file_name, "text/csv;charset=utf-8", &csv) {
                                        notices.show("contracts-export", Level::Error, (t.export_failed)(&e), None);
                                    }
                                }>{t.download_bad_rows}</button>
                            </div>
                        }
                    })
                }}
                <div class="form-actions">
                    <button
                        type="button"
                        disabled=move || ready.get() == 0 || blocked.get()
                        on:click=move |_| confirm(false)
                    >{move || (t.append)(ready.get())}</button>
                    <Show when=move || { existing.get() > 0 }>
                        <button
                            type="button"
                            class="ghost"
                            disabled=move || ready.get() == 0 || blocked.get()
                            on:click=move |_| confirm(true)
                        >{move || (t.replace)(existing.get(), ready.get())}</button>
                    </Show>
                    <button type="button" class="ghost" on:click=move |_| ctx.panel.set(Panel::Closed)>{t.cancel}</button>
                </div>
            </div>
        }
    };

    view! {
        <section class="subpanel import-panel" node_ref=node aria-labelledby="import-heading">
            <h3 id="import-heading">{t.import_heading}</h3>
            <p class="muted">{t.import_lead}</p>
            {move || match parsed.get() {
                None => source_step().into_any(),
                Some(file) => mapping_step(file).into_any(),
            }}
        </section>
    }
}
