//! The importer's panel, one for every table (contracts, departed customers,
//! a transaction log): paste or choose a file (CSV or text in any of the
//! encodings, .xlsx, .ods), see the encoding, match the columns, answer the
//! questions a column that reads two ways raises, see every row that would be
//! imported and every row that would not (with a download of the latter),
//! then add or replace. Nothing is stored before the user confirms: the page
//! does that in `on_import`.

use crate::domain::csv::{write_csv, CsvProblem};
use crate::domain::encoding::{decode, detect_encoding, Encoding, MAX_FILE_BYTES};
use crate::domain::format::Currency;
use crate::domain::input::NumberFormat;
use crate::domain::spreadsheet::{looks_like_spreadsheet, read_spreadsheet, SpreadsheetFormat};
use crate::domain::table::{
    plain_number, BadRow, Columns, DateFormat, DateQuestion, Malformed, NumberQuestion, Preview, ReadOptions, Table,
    TableFile,
};
use crate::ui::download::download;
use crate::ui::reactive::{effect, memo};
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

/// The words of one table's import, in the screen's language.
#[derive(Clone, Copy)]
pub struct TableWords {
    pub heading: &'static str,
    pub lead: &'static str,
    /// A file with a header and nothing under it.
    pub no_data_rows: &'static str,
    pub mapping_lead: &'static str,
    /// "Add 12 contracts to the register".
    pub append: fn(usize) -> String,
    /// "Replace the 3 contracts with these 12".
    pub replace: fn(usize, usize) -> String,
    pub bad_rows_file_name: &'static str,
}

/// A table as the panel shows it.
pub trait ImportTable: Table + PartialEq + Send + Sync + Sized {
    /// A field's name on screen.
    fn field_name(field: Self::Field) -> &'static str;
    /// A field's stable key (element ids).
    fn field_key(field: Self::Field) -> &'static str;
    /// A refused row's problem, in words.
    fn problem_text(problem: &Self::Problem) -> String;
    /// The words of this table's import.
    fn words() -> TableWords;
    /// The preview's columns after the line: (name, numeric); the first is
    /// the row's header.
    fn columns() -> Vec<(&'static str, bool)>;
    /// A good row's cells under [`ImportTable::columns`].
    fn cells(row: &Self::Row, currency: Currency) -> Vec<String>;
    /// A remark on what the preview shows (contracts: cancellations dated
    /// on expiry for lack of a column).
    fn note(_mapping: &Columns<Self>, _preview: &Preview<Self>) -> Option<&'static str>
    where
        Self: Sized,
    {
        None
    }
}

/// Brings an editor that just opened into view and puts the cursor in its
/// first field, so keyboard users land where they work.
pub fn focus_on_open<E>(node: NodeRef<E>)
where
    E: leptos::html::ElementType,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    effect(move |_| {
        let Some(el) = node.get() else {
            return;
        };
        let el: &web_sys::Element = wasm_bindgen::JsCast::unchecked_ref(&el);
        el.scroll_into_view();
        if let Some(field) = el
            .query_selector("input, select, textarea")
            .ok()
            .flatten()
            .and_then(|f| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(f).ok())
        {
            let _ = field.focus();
        }
    });
}

/// What is wrong with a malformed row, in words (every table's).
pub fn malformed_text(m: Malformed, too_many: &'static str) -> String {
    let t = &text().contracts;
    match m {
        Malformed::Csv(CsvProblem::UnclosedQuote) => t.problem_unclosed_quote.to_string(),
        Malformed::Csv(CsvProblem::TextAfterQuote) => t.problem_text_after_quote.to_string(),
        Malformed::ColumnCount { expected, found } => (t.problem_column_count)(expected, found),
        Malformed::TooMany => too_many.to_string(),
    }
}

fn problems_text<T: ImportTable>(row: &BadRow<T::Problem>) -> String {
    row.problems.iter().map(T::problem_text).collect::<Vec<_>>().join("; ")
}

/// The original cells of the record starting on `line`.
fn raw_cells<T: Table>(file: &TableFile<T>, line: usize) -> Vec<String> {
    file.records
        .binary_search_by_key(&line, |r| r.line)
        .ok()
        .and_then(|i| file.records.get(i))
        .map(|r| r.fields.clone())
        .unwrap_or_default()
}

/// The bad rows as CSV: line, problems, then the row as it was.
fn bad_rows_csv<T: ImportTable>(file: &TableFile<T>, preview: &Preview<T>) -> String {
    let t = &text().contracts;
    let header: Vec<String> = [t.col_line.to_string(), t.col_problems.to_string()]
        .into_iter()
        .chain(file.headers())
        .collect();
    let rows = std::iter::once(header).chain(preview.bad.iter().map(|row| {
        [row.line.to_string(), problems_text::<T>(row)]
            .into_iter()
            .chain(raw_cells(file, row.line))
            .collect::<Vec<String>>()
    }));
    format!("\u{feff}{}", write_csv(rows, ','))
}

/// The import panel of table `T`.
#[component]
pub fn ImportPanel<T: ImportTable>(
    /// The workspace currency (amounts marked with another are refused).
    #[prop(into)]
    currency: Signal<Currency>,
    /// How many rows the table holds now (replacing is offered when any).
    #[prop(into)]
    existing: Signal<usize>,
    /// Called with the rows read and whether they replace the table's.
    on_import: Callback<(Vec<T::Row>, bool)>,
    /// Called by "Cancel".
    on_close: Callback<()>,
    /// The table (only its type).
    #[prop(optional)]
    table: std::marker::PhantomData<T>,
) -> impl IntoView {
    let _ = table;
    let t = &text().contracts;
    let words = T::words();
    let notices = use_notices();
    let heading_id = format!("import-heading-{}", next_id());
    let pasted = RwSignal::new(String::new());
    let parsed = RwSignal::new(None::<Arc<TableFile<T>>>);
    let source = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    // A chosen file is being read.
    let reading = RwSignal::new(false);
    let mapping = RwSignal::new(Columns::<T>::default());
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

    let load_file = move |name: Option<String>, file: TableFile<T>| {
        if file.data().iter().all(|r| r.is_blank()) {
            message.set(Some(words.no_data_rows.to_string()));
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
        load_file(name, TableFile::read(&content, number_format()));
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
                    load_file(Some(name), TableFile::from_sheet(&sheet));
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
                let opts = ReadOptions {
                    numbers: numbers.get(),
                    dates: dates.get(),
                    currency: currency.get(),
                };
                Arc::new(mapping.with(|m| file.read_rows(m, opts)))
            })
        })
    });
    let missing = memo(move |_| mapping.with(|m| m.missing()));
    let blocked = memo(move |_| !missing.with(Vec::is_empty) || questions_open.get());
    let ready = memo(move |_| preview.with(|p| p.as_ref().map_or(0, |p| p.rows.len())));

    let confirm = move |replace: bool| {
        if blocked.get_untracked() {
            return;
        }
        let Some(preview) = preview.get_untracked() else {
            return;
        };
        let rows: Vec<T::Row> = preview.rows.iter().map(|(_, r)| r.clone()).collect();
        if !rows.is_empty() {
            on_import.run((rows, replace));
        }
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
                                move |name| {
                                    reading.set(true);
                                    message.set(Some((t.reading_file)(&name)));
                                },
                                move |name, bytes| {
                                    // Read after the next frame, so the progress bar is on
                                    // screen (its animation runs while the file is read).
                                    request_animation_frame(move || {
                                        set_timeout(
                                            move || {
                                                load_bytes(name, Arc::new(bytes), None);
                                                reading.set(false);
                                            },
                                            std::time::Duration::ZERO,
                                        )
                                    })
                                },
                                move |name| {
                                    reading.set(false);
                                    message.set(Some((t.file_too_big)(&name)));
                                },
                                move || {
                                    reading.set(false);
                                    message.set(Some(t.file_unreadable.to_string()));
                                },
                            )
                        }
                    />
                </div>
                <p class="import-message" role="status">{move || message.get()}</p>
                // Shown from 300 ms on (style: a delayed fade-in), so a quick
                // read never flashes it.
                <div class="import-progress" role="progressbar" aria-label=move || message.get().unwrap_or_default()
                    aria-busy="true" hidden=move || !reading.get()></div>
                <div class="form-actions">
                    <button type="button" on:click=move |_| load_pasted(pasted.get_untracked())>{t.read_csv}</button>
                    <button type="button" class="ghost" on:click=move |_| on_close.run(())>{t.cancel}</button>
                </div>
            </div>
        }
    };

    let mapping_step = move |file: Arc<TableFile<T>>| {
        let encoding_id = encoding_id.clone();
        let headers = file.headers();
        let selects = T::FIELDS
            .iter()
            .copied()
            .map(|field| {
                let id = format!("map-{}-{}", T::field_key(field), next_id());
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
                            {T::field_name(field)}
                            {T::required(field).then(|| view! { <span class="required">{t.required_mark}</span> })}
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
                    let (a, b) = ((t.date)(q.day_first), (t.date)(q.month_first));
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
                    <p class="muted">{words.mapping_lead}</p>
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
                            let names: Vec<&str> = missing.get().into_iter().map(T::field_name).collect();
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
                        .with(|p| p.as_ref().and_then(|p| mapping.with(|m| T::note(m, p))))
                        .map(|note| view! { <p class="muted import-note">{note}</p> })
                }}
                {move || preview.get().filter(|p| !p.rows.is_empty()).map(|p| {
                    let currency = currency.get();
                    let columns = T::columns();
                    view! {
                        <p class="muted">{(t.preview_first)(p.rows.len().min(PREVIEW_ROWS))}</p>
                        <div class="table-wrap" tabindex="0">
                            <table class="preview-table">
                                <thead>
                                    <tr>
                                        <th scope="col" class="num">{t.col_line}</th>
                                        {columns.iter().map(|&(name, numeric)| view! {
                                            <th scope="col" class:num=numeric>{name}</th>
                                        }).collect_view()}
                                    </tr>
                                </thead>
                                <tbody>
                                    {p.rows.iter().take(PREVIEW_ROWS).map(|(line, row)| {
                                        let mut cells = T::cells(row, currency).into_iter().zip(columns.iter().copied());
                                        let first = cells.next().map(|(c, _)| c).unwrap_or_default();
                                        view! {
                                            <tr>
                                                <td class="num">{*line}</td>
                                                <th scope="row">{first}</th>
                                                {cells.map(|(c, (_, numeric))| view! { <td class:num=numeric>{c}</td> }).collect_view()}
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }
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
                                                        <td>{problems_text::<T>(row)}</td>
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
                                    if let Err(e) = download(words.bad_rows_file_name, "text/csv;charset=utf-8", &csv) {
                                        notices.show("import-download", Level::Error, (t.export_failed)(&e), None);
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
                    >{move || (words.append)(ready.get())}</button>
                    <Show when=move || { existing.get() > 0 }>
                        <button
                            type="button"
                            class="ghost"
                            disabled=move || ready.get() == 0 || blocked.get()
                            on:click=move |_| confirm(true)
                        >{move || (words.replace)(existing.get(), ready.get())}</button>
                    </Show>
                    <button type="button" class="ghost" on:click=move |_| on_close.run(())>{t.cancel}</button>
                </div>
            </div>
        }
    };

    view! {
        <section class="subpanel import-panel" node_ref=node aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()>{words.heading}</h3>
            <p class="muted">{words.lead}</p>
            {move || match parsed.get() {
                None => source_step().into_any(),
                Some(file) => mapping_step(file).into_any(),
            }}
        </section>
    }
}
