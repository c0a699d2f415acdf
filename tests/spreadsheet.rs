//! Spreadsheets brought for import (`.xlsx`, `.ods`) read to the importer's
//! records: real files made by LibreOffice and openpyxl
//! (tests/data/spreadsheets/README.md), archives built here for what those
//! do not write, the serial date table, the caps (zip bombs, repeats), and
//! damaged or foreign bytes, which must give a typed error and never panic.

use chrono::NaiveDate;
use holdfast::domain::contracts::{read_contracts, CsvFile, DateFormat, ImportField, ImportOptions};
use holdfast::domain::format::Currency;
use holdfast::domain::input::NumberFormat;
use holdfast::domain::spreadsheet::xlsx::is_date_format;
use holdfast::domain::spreadsheet::zip::{Archive, Limits, ZipError};
use holdfast::domain::spreadsheet::{
    read_spreadsheet, serial_to_date, Cell, DateSystem, Sheet, SpreadsheetError, SpreadsheetFormat, MAX_CELLS,
};
use proptest::prelude::*;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/data/spreadsheets/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The records of a sheet as (line, fields).
fn rows(sheet: &Sheet) -> Vec<(usize, Vec<String>)> {
    sheet.records().into_iter().map(|r| (r.line, r.fields)).collect()
}

fn expected(table: &[(usize, &[&str])]) -> Vec<(usize, Vec<String>)> {
    table
        .iter()
        .map(|(line, fields)| (*line, fields.iter().map(|f| f.to_string()).collect()))
        .collect()
}

const BRAZIL: &[(usize, &[&str])] = &[
    (
        1,
        &[
            "Cliente",
            "Serviço / área",
            "Valor anual",
            "Início",
            "Vencimento",
            "Situação",
            "Motivo",
        ],
    ),
    (
        2,
        &[
            "São Paulo Café",
            "Contabilidade",
            "1234.56",
            "2024-01-15",
            "2025-01-14",
            "Ativo",
            "",
        ],
    ),
    (
        3,
        &[
            "Padaria Pão de Açúcar",
            "Folha de pagamento",
            "2500",
            "2023-06-01",
            "2024-05-31",
            "Expirado",
            "Mudança de endereço",
        ],
    ),
    (
        4,
        &[
            "Ótica Visão & Cia",
            "Fiscal",
            "980",
            "2024-03-01",
            "2025-02-28",
            "Renovado",
            "",
        ],
    ),
];

const ROMANIA: &[(usize, &[&str])] = &[
    (
        1,
        &[
            "Client",
            "Serviciu",
            "Valoare anuală",
            "Data început",
            "Data expirării",
            "Stare",
            "Motiv",
        ],
    ),
    (
        2,
        &[
            "Brutăria Ștefan",
            "Contabilitate",
            "4500.5",
            "2024-02-01",
            "2025-01-31",
            "Activ",
            "",
        ],
    ),
    (
        3,
        &[
            "Țesătoria Îngerilor",
            "Salarizare",
            "12000",
            "2023-09-15",
            "2024-09-14",
            "Expirat",
            "Preț",
        ],
    ),
    (
        4,
        &[
            "Cârciuma Âșa",
            "Fiscalitate",
            "760.25",
            "2024-05-10",
            "2025-05-09",
            "Activ",
            "",
        ],
    ),
];

#[test]
fn every_brazilian_fixture_reads_to_the_same_rows() {
    for (name, format) in [
        ("brazil_libreoffice.xlsx", SpreadsheetFormat::Xlsx),
        ("brazil_openpyxl.xlsx", SpreadsheetFormat::Xlsx),
        ("brazil_1904.xlsx", SpreadsheetFormat::Xlsx),
        ("brazil_libreoffice.ods", SpreadsheetFormat::Ods),
    ] {
        let sheet = read_spreadsheet(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(sheet.format, format, "{name}");
        assert_eq!(rows(&sheet), expected(BRAZIL), "{name}");
    }
}

#[test]
fn every_romanian_fixture_reads_to_the_same_rows() {
    for name in [
        "romania_libreoffice.xlsx",
        "romania_openpyxl.xlsx",
        "romania_libreoffice.ods",
    ] {
        let sheet = read_spreadsheet(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(rows(&sheet), expected(ROMANIA), "{name}");
    }
}

#[test]
fn dates_are_date_cells_and_numbers_number_cells() {
    let sheet = read_spreadsheet(&fixture("brazil_openpyxl.xlsx")).expect("fixture");
    let second = &sheet.rows[1].cells;
    assert_eq!(second[2], Cell::Number(1234.56));
    assert_eq!(second[3], Cell::Date(d("2024-01-15")));
    let sheet = read_spreadsheet(&fixture("brazil_1904.xlsx")).expect("fixture");
    assert_eq!(sheet.rows[1].cells[3], Cell::Date(d("2024-01-15")));
}

#[test]
fn an_ods_with_repeated_cells_and_paragraphs_reads_as_written() {
    let sheet = read_spreadsheet(&fixture("repeats_libreoffice.ods")).expect("fixture");
    assert_eq!(
        rows(&sheet),
        expected(&[
            (1, &["Client", "Note", "A", "B", "C"]),
            (2, &["Same", "x", "1", "1", "1"]),
            (3, &["Same", "x", "1", "1", "1"]),
            // Row 4 is empty: left out, the numbers go on.
            (5, &["Two lines", "Linha 1\nLinha 2", "2", "", "3"]),
        ])
    );
}

#[test]
fn the_brazilian_register_maps_every_column_without_a_number_question() {
    for name in [
        "brazil_libreoffice.xlsx",
        "brazil_openpyxl.xlsx",
        "brazil_libreoffice.ods",
    ] {
        let sheet = read_spreadsheet(&fixture(name)).expect("fixture");
        // Whatever the language on screen, the cells' numbers have a decimal point.
        let file = CsvFile::from_sheet(&sheet);
        assert_eq!(file.delimiter, None);
        assert_eq!(file.numbers, NumberFormat::POINT, "{name}");
        assert_eq!(file.number_question, None, "{name}");
        assert_eq!(file.dates, DateFormat::Iso, "{name}");
        assert_eq!(file.date_question, None, "{name}");
        for (field, column) in [
            (ImportField::Client, 0),
            (ImportField::Service, 1),
            (ImportField::Value, 2),
            (ImportField::Start, 3),
            (ImportField::Expiry, 4),
            (ImportField::Status, 5),
            (ImportField::Reason, 6),
        ] {
            assert_eq!(file.mapping.get(field), Some(column), "{name}: {field:?}");
        }
        let preview = read_contracts(
            &file.records,
            &file.mapping,
            ImportOptions {
                numbers: file.numbers,
                dates: file.dates,
                currency: Currency::BRL,
            },
        );
        assert!(preview.bad.is_empty(), "{name}: {:?}", preview.bad);
        let read: Vec<(usize, f64, NaiveDate)> = preview
            .rows
            .iter()
            .map(|(line, c)| (*line, c.value.get(), c.start))
            .collect();
        assert_eq!(
            read,
            vec![
                (2, 1234.56, d("2024-01-15")),
                (3, 2500.0, d("2023-06-01")),
                (4, 980.0, d("2024-03-01")),
            ],
            "{name}"
        );
    }
}

#[test]
fn a_csv_file_still_reads_through_the_shared_body() {
    let file = CsvFile::read(
        "Cliente;Valor anual;Início;Vencimento\nA;1.500;01/02/2024;31/01/2025\n",
        NumberFormat::POINT,
    );
    assert_eq!(file.delimiter, Some(';'));
    assert_eq!(file.numbers, NumberFormat::COMMA);
    assert_eq!(file.dates, DateFormat::DayMonthYear);
}

// ---------------------------------------------------------------------------
// Dates and formats
// ---------------------------------------------------------------------------

#[test]
fn serial_numbers_convert_to_days_in_both_date_systems() {
    use DateSystem::{Excel1900, Excel1904};
    let cases: &[(f64, DateSystem, Option<&str>)] = &[
        // Serial 1 is the first day of the 1900 system.
        (1.0, Excel1900, Some("1900-01-01")),
        // The last real day before Lotus's fake leap day.
        (59.0, Excel1900, Some("1900-02-28")),
        // 29 February 1900 never was.
        (60.0, Excel1900, None),
        // From here on serials count from 1899-12-30.
        (61.0, Excel1900, Some("1900-03-01")),
        (45000.0, Excel1900, Some("2023-03-15")),
        // The time of day is dropped.
        (45000.75, Excel1900, Some("2023-03-15")),
        (2_958_465.0, Excel1900, Some("9999-12-31")),
        // A time alone, a negative or a non-finite serial is no day.
        (0.5, Excel1900, None),
        (-1.0, Excel1900, None),
        (f64::NAN, Excel1900, None),
        (f64::INFINITY, Excel1904, None),
        (2_958_466.0, Excel1900, None),
        // The 1904 system starts on its serial 0.
        (0.0, Excel1904, Some("1904-01-01")),
        (1.0, Excel1904, Some("1904-01-02")),
        (43844.0, Excel1904, Some("2024-01-15")),
    ];
    for (serial, system, day) in cases {
        assert_eq!(serial_to_date(*serial, *system), day.map(d), "{serial} in {system:?}");
    }
}

#[test]
fn date_formats_are_told_from_number_formats() {
    let cases = [
        ("dd/mm/yyyy", true),
        ("yyyy\\-mm\\-dd", true),
        ("[$-F800]dddd, mmmm dd, yyyy", true),
        ("h:mm AM/PM", true),
        ("mmm-yy", true),
        ("General", false),
        ("0.00", false),
        ("#,##0.00", false),
        // Letters in quotes, brackets or escaped are not codes.
        ("#,##0\" days\"", false),
        ("[Red]#,##0.00", false),
        ("[$R$-416] #,##0.00", false),
        ("0\\h", false),
        ("_(* #,##0_)", false),
        ("0.00E+00", false),
        ("@", false),
    ];
    for (code, date) in cases {
        assert_eq!(is_date_format(code), date, "{code}");
    }
}

#[test]
fn numbers_are_written_exactly_with_a_point_and_no_grouping() {
    let cases = [
        (2500.0, "2500"),
        (1234.56, "1234.56"),
        (0.1 + 0.2, "0.30000000000000004"),
        (-0.0, "0"),
        (1e21, "1000000000000000000000"),
        (1.5e-7, "0.00000015"),
        (-980.5, "-980.5"),
    ];
    for (n, text) in cases {
        assert_eq!(Cell::Number(n).to_text(), text);
        assert_eq!(
            text.parse::<f64>().ok(),
            Some(n).map(|n| if n == 0.0 { 0.0 } else { n })
        );
    }
    assert_eq!(Cell::Bool(true).to_text(), "TRUE");
    assert_eq!(Cell::Bool(false).to_text(), "FALSE");
    assert_eq!(Cell::Date(d("2024-02-29")).to_text(), "2024-02-29");
}

// ---------------------------------------------------------------------------
// Archives built here
// ---------------------------------------------------------------------------

/// An entry of a test archive.
struct Part<'a> {
    name: &'a str,
    data: Vec<u8>,
    deflate: bool,
    flags: u16,
    /// The inflated size to declare instead of the real one.
    declared: Option<u32>,
}

fn part<'a>(name: &'a str, text: &str) -> Part<'a> {
    Part {
        name,
        data: text.as_bytes().to_vec(),
        deflate: true,
        flags: 0,
        declared: None,
    }
}

/// A ZIP archive of `parts` (no CRC: the reader does not check it).
fn zip(parts: &[Part<'_>]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for p in parts {
        let offset = out.len() as u32;
        let (method, body) = if p.deflate {
            (8u16, miniz_oxide::deflate::compress_to_vec(&p.data, 6))
        } else {
            (0u16, p.data.clone())
        };
        let size = p.declared.unwrap_or(p.data.len() as u32);
        let header = |sig: u32, central_fields: bool| {
            let mut h = Vec::new();
            h.extend(sig.to_le_bytes());
            if central_fields {
                h.extend(20u16.to_le_bytes());
            }
            h.extend(20u16.to_le_bytes());
            h.extend(p.flags.to_le_bytes());
            h.extend(method.to_le_bytes());
            h.extend([0u8; 4]);
            h.extend(0u32.to_le_bytes());
            h.extend((body.len() as u32).to_le_bytes());
            h.extend(size.to_le_bytes());
            h.extend((p.name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes());
            if central_fields {
                // Comment length, disk, internal and external attributes.
                h.extend([0u8; 6]);
                h.extend(0u32.to_le_bytes());
                h.extend(offset.to_le_bytes());
            }
            h.extend(p.name.as_bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend(&body);
        central.extend(header(0x0201_4b50, true));
    }
    let cd_offset = out.len() as u32;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend((parts.len() as u16).to_le_bytes());
    out.extend((parts.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(cd_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

const MAIN_NS: &str = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

/// A workbook whose first sheet is `worksheets/data.xml` (found through the
/// relationships), after a second sheet listed later.
fn workbook(sheet: &str, strings: &str, styles: &str, date1904: bool) -> Vec<u8> {
    let pr = if date1904 {
        "<workbookPr date1904=\"true\"/>"
    } else {
        "<workbookPr/>"
    };
    let workbook = format!(
        "<?xml version=\"1.0\"?><workbook {MAIN_NS} xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">{pr}<sheets><sheet name=\"Dados\" sheetId=\"7\" r:id=\"rId3\"/><sheet name=\"Other\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
    );
    let rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
        <Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>\
        <Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"/xl/worksheets/data.xml\"/>\
        <Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"./strings.xml\"/>\
        <Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
        </Relationships>";
    let other = format!(
        "<worksheet {MAIN_NS}><sheetData><row r=\"1\"><c r=\"A1\"><v>999</v></c></row></sheetData></worksheet>"
    );
    zip(&[
        part("[Content_Types].xml", "<Types/>"),
        part("xl/workbook.xml", &workbook),
        part("xl/_rels/workbook.xml.rels", rels),
        part("xl/worksheets/sheet1.xml", &other),
        part("xl/worksheets/data.xml", sheet),
        part("xl/strings.xml", strings),
        part("xl/styles.xml", styles),
    ])
}

const STYLES: &str = "<styleSheet><numFmts count=\"3\">\
    <numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>\
    <numFmt numFmtId=\"165\" formatCode=\"#,##0&quot; lei&quot;\"/>\
    <numFmt numFmtId=\"166\" formatCode=\"[Red]0.00\"/></numFmts>\
    <cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>\
    <cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"14\"/><xf numFmtId=\"4\"/></cellXfs>\
    </styleSheet>";

const STRINGS: &str = "<sst count=\"4\">\
    <si><t>Cliente</t></si>\
    <si><r><rPr><b/></rPr><t>São </t></r><r><t xml:space=\"preserve\">Paulo &amp; Café </t></r><rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>\
    <si><t>Linha&#10;dois&#x21;</t></si>\
    <si><t>a_x000D_b _x005F_x0041_</t></si>\
    </sst>";

#[test]
fn an_xlsx_reads_its_first_sheet_strings_styles_and_every_kind_of_cell() {
    let sheet = format!(
        "<worksheet {MAIN_NS}><sheetData>\
        <row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"D1\" t=\"s\"><v>1</v></c></row>\
        <row r=\"3\" spans=\"1:9\">\
          <c r=\"A3\" s=\"1\"><v>45306</v></c>\
          <c s=\"2\"><v>1500</v></c>\
          <c s=\"3\" t=\"n\"><v>-2.5</v></c>\
          <c s=\"4\"><v>60</v></c>\
          <c t=\"b\"><v>1</v></c>\
          <c t=\"e\"><v>#N/A</v></c>\
          <c t=\"str\"><f>A1&amp;\"x\"</f><v>Clientex</v></c>\
          <c t=\"inlineStr\"><is><r><t>in</t></r><r><t>line</t></r></is></c>\
          <c t=\"d\"><v>2024-02-29T10:00:00</v></c>\
        </row>\
        <row><c t=\"s\"><v>2</v></c><c t=\"s\"><v>3</v></c><c r=\"E4\" s=\"5\"/><c r=\"F4\" t=\"b\"><v>0</v></c></row>\
        <row r=\"9\"/>\
        </sheetData></worksheet>"
    );
    let sheet = read_spreadsheet(&workbook(&sheet, STRINGS, STYLES, false)).expect("workbook");
    assert_eq!(
        rows(&sheet),
        expected(&[
            (1, &["Cliente", "", "", "São Paulo & Café ", "", "", "", "", ""]),
            (
                3,
                &[
                    "2024-01-15",
                    "1500",
                    "-2.5",
                    // A date style on serial 60 (no such day) keeps the number.
                    "60",
                    "TRUE",
                    "#N/A",
                    "Clientex",
                    "inline",
                    "2024-02-29",
                ],
            ),
            // A row without `r` follows the previous one.
            (4, &["Linha\ndois!", "a\rb _x0041_", "", "", "", "FALSE", "", "", ""]),
        ])
    );
}

#[test]
fn an_xlsx_in_the_1904_system_shifts_its_dates() {
    let sheet = format!("<worksheet {MAIN_NS}><sheetData><row><c s=\"1\"><v>0</v></c><c s=\"1\"><v>43844.5</v></c></row></sheetData></worksheet>");
    let sheet = read_spreadsheet(&workbook(&sheet, STRINGS, STYLES, true)).expect("workbook");
    assert_eq!(rows(&sheet), expected(&[(1, &["1904-01-01", "2024-01-15"])]));
}

#[test]
fn an_xlsx_without_relationships_falls_back_to_sheet1() {
    let bytes = zip(&[
        part("xl/workbook.xml", "<workbook><sheets><sheet name=\"A\" sheetId=\"1\" r:id=\"rId9\"/></sheets></workbook>"),
        part(
            "xl/worksheets/sheet1.xml",
            "<x:worksheet xmlns:x=\"urn:x\"><x:sheetData><x:row><x:c><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>",
        ),
    ]);
    let sheet = read_spreadsheet(&bytes).expect("workbook");
    assert_eq!(rows(&sheet), expected(&[(1, &["7"])]));
}

#[test]
fn an_xlsx_with_rows_out_of_order_or_a_missing_string_is_refused() {
    let out_of_order = format!("<worksheet {MAIN_NS}><sheetData><row r=\"2\"><c><v>1</v></c></row><row r=\"1\"><c><v>1</v></c></row></sheetData></worksheet>");
    let missing =
        format!("<worksheet {MAIN_NS}><sheetData><row><c t=\"s\"><v>99</v></c></row></sheetData></worksheet>");
    for sheet in [out_of_order, missing] {
        assert_eq!(
            read_spreadsheet(&workbook(&sheet, STRINGS, STYLES, false)),
            Err(SpreadsheetError::Malformed {
                part: "xl/worksheets/data.xml".into()
            })
        );
    }
}

#[test]
fn values_past_excels_last_row_or_column_are_refused() {
    let far_row =
        format!("<worksheet {MAIN_NS}><sheetData><row r=\"1048577\"><c><v>1</v></c></row></sheetData></worksheet>");
    let far_column =
        format!("<worksheet {MAIN_NS}><sheetData><row><c r=\"XFE1\"><v>1</v></c></row></sheetData></worksheet>");
    let last = format!(
        "<worksheet {MAIN_NS}><sheetData><row r=\"1048576\"><c r=\"C1\"><v>1</v></c></row></sheetData></worksheet>"
    );
    assert_eq!(
        read_spreadsheet(&workbook(&far_row, STRINGS, STYLES, false)),
        Err(SpreadsheetError::TooManyRows)
    );
    assert_eq!(
        read_spreadsheet(&workbook(&far_column, STRINGS, STYLES, false)),
        Err(SpreadsheetError::TooManyColumns)
    );
    let sheet = read_spreadsheet(&workbook(&last, STRINGS, STYLES, false)).expect("the last row");
    assert_eq!(rows(&sheet), expected(&[(1_048_576, &["", "", "1"])]));
}

#[test]
fn a_sheet_of_too_many_cells_is_refused() {
    // 400 rows with a value in the last column: 400 × 16,384 cells.
    let row = "<row><c r=\"XFD1\"><v>1</v></c></row>".repeat(400);
    let sheet = format!("<worksheet {MAIN_NS}><sheetData>{row}</sheetData></worksheet>");
    const { assert!(400 * 16_384 > MAX_CELLS) };
    assert_eq!(
        read_spreadsheet(&workbook(&sheet, STRINGS, STYLES, false)),
        Err(SpreadsheetError::TooManyCells)
    );
}

fn ods(content: &str) -> Vec<u8> {
    let mut mimetype = part("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    mimetype.deflate = false;
    zip(&[
        mimetype,
        part("META-INF/manifest.xml", "<manifest:manifest/>"),
        part("content.xml", content),
    ])
}

#[test]
fn an_ods_reads_values_repeats_text_and_ignores_trailing_empty_repeats() {
    let content = "<?xml version=\"1.0\"?><office:document-content><office:body><office:spreadsheet>\
        <table:table table:name=\"Um\">\
        <table:table-column table:number-columns-repeated=\"16384\"/>\
        <table:table-header-rows><table:table-row>\
          <table:table-cell office:value-type=\"string\"><text:p>Cliente</text:p></table:table-cell>\
          <table:table-cell office:value-type=\"string\" office:string-value=\"Valor\"><text:p>shown</text:p></table:table-cell>\
          <table:table-cell table:number-columns-repeated=\"16382\"/>\
        </table:table-row></table:table-header-rows>\
        <table:table-row table:number-rows-repeated=\"2\">\
          <table:table-cell office:value-type=\"string\"><text:p>a<text:s text:c=\"3\"/>b<text:tab/>c<text:line-break/>d <text:span>e</text:span></text:p><office:annotation><text:p>a comment</text:p></office:annotation></table:table-cell>\
          <table:table-cell office:value-type=\"currency\" office:currency=\"BRL\" office:value=\"1234.56\"><text:p>R$ 1.234,56</text:p></table:table-cell>\
          <table:table-cell office:value-type=\"percentage\" office:value=\"0.15\"><text:p>15%</text:p></table:table-cell>\
          <table:table-cell office:value-type=\"date\" office:date-value=\"2024-03-01T12:30:00\"><text:p>01/03/24</text:p></table:table-cell>\
          <table:table-cell office:value-type=\"boolean\" office:boolean-value=\"false\"><text:p>FALSE</text:p></table:table-cell>\
          <table:covered-table-cell/>\
          <table:table-cell office:value-type=\"time\" office:time-value=\"PT12H30M\"><text:p>12:30</text:p></table:table-cell>\
          <table:table-cell table:number-columns-repeated=\"16377\"/>\
        </table:table-row>\
        <table:table-row table:number-rows-repeated=\"3\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>\
        <table:table-row><table:table-cell table:number-columns-repeated=\"2\"/><table:table-cell office:value-type=\"float\" office:value=\"2500\" table:number-columns-repeated=\"2\"><text:p>2.500</text:p></table:table-cell><table:table-cell><text:p/><text:p>second</text:p></table:table-cell></table:table-row>\
        <table:table-row table:number-rows-repeated=\"1048569\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>\
        </table:table>\
        <table:table table:name=\"Dois\"><table:table-row><table:table-cell office:value-type=\"float\" office:value=\"9\"/></table:table-row></table:table>\
        </office:spreadsheet></office:body></office:document-content>";
    let sheet = read_spreadsheet(&ods(content)).expect("ods");
    assert_eq!(sheet.format, SpreadsheetFormat::Ods);
    let repeated: &[&str] = &["a   b\tc\nd e", "1234.56", "0.15", "2024-03-01", "FALSE", "", "12:30"];
    assert_eq!(
        rows(&sheet),
        expected(&[
            (1, &["Cliente", "Valor", "", "", "", "", ""]),
            (2, repeated),
            (3, repeated),
            // Rows 4 to 6 are empty.
            (7, &["", "", "2500", "2500", "\nsecond", "", ""]),
        ])
    );
}

#[test]
fn an_ods_repeating_a_value_a_million_times_is_refused_not_materialised() {
    let rows_repeated = "<office:document-content><office:body><office:spreadsheet><table:table>\
        <table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell table:number-columns-repeated=\"10\" office:value-type=\"float\" office:value=\"1\"/></table:table-row>\
        </table:table></office:spreadsheet></office:body></office:document-content>";
    assert_eq!(
        read_spreadsheet(&ods(rows_repeated)),
        Err(SpreadsheetError::TooManyCells)
    );
    let columns_repeated = "<office:document-content><office:body><office:spreadsheet><table:table>\
        <table:table-row><table:table-cell table:number-columns-repeated=\"4000000000\" office:value-type=\"float\" office:value=\"1\"/></table:table-row>\
        </table:table></office:spreadsheet></office:body></office:document-content>";
    assert_eq!(
        read_spreadsheet(&ods(columns_repeated)),
        Err(SpreadsheetError::TooManyColumns)
    );
}

#[test]
fn an_encrypted_ods_or_one_without_a_table_gives_a_typed_error() {
    let mut encrypted = part("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    encrypted.deflate = false;
    let bytes = zip(&[
        encrypted,
        part(
            "META-INF/manifest.xml",
            "<manifest:manifest><manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>",
        ),
        part("content.xml", "garbage"),
    ]);
    assert_eq!(read_spreadsheet(&bytes), Err(SpreadsheetError::Encrypted));
    assert_eq!(
        read_spreadsheet(&ods("<office:document-content/>")),
        Err(SpreadsheetError::NoSheet)
    );
}

// ---------------------------------------------------------------------------
// Caps and damaged input
// ---------------------------------------------------------------------------

#[test]
fn an_entry_declaring_more_than_the_cap_is_refused_before_inflating() {
    let mut bomb = part("xl/workbook.xml", "");
    bomb.data = vec![0; 1024];
    bomb.declared = Some(300 * 1024 * 1024);
    let bytes = zip(&[bomb]);
    assert_eq!(
        read_spreadsheet(&bytes),
        Err(SpreadsheetError::Zip(ZipError::EntryTooLarge {
            name: "xl/workbook.xml".into()
        }))
    );
}

#[test]
fn a_zip_bomb_lying_about_its_size_stops_inflating_at_the_declared_size() {
    // 64 MB of zeros deflate to about 64 KB; the entry claims 1 KB.
    let mut bomb = part("xl/workbook.xml", "");
    bomb.data = vec![0; 64 * 1024 * 1024];
    bomb.declared = Some(1024);
    let bytes = zip(&[bomb]);
    assert!(bytes.len() < 200 * 1024, "the bomb is small: {}", bytes.len());
    assert_eq!(
        read_spreadsheet(&bytes),
        Err(SpreadsheetError::Zip(ZipError::SizeMismatch {
            name: "xl/workbook.xml".into()
        }))
    );
}

#[test]
fn entries_together_may_not_inflate_past_the_total_cap() {
    let big = |name| Part {
        name,
        data: vec![b'x'; 3 * 1024 * 1024],
        deflate: true,
        flags: 0,
        declared: None,
    };
    let bytes = zip(&[big("a"), big("b")]);
    let limits = Limits {
        entries: 10,
        entry_bytes: 4 * 1024 * 1024,
        total_bytes: 5 * 1024 * 1024,
    };
    let mut archive = Archive::with_limits(&bytes, limits).expect("archive");
    assert_eq!(archive.read("a").map(|a| a.len()), Ok(3 * 1024 * 1024));
    assert_eq!(archive.read("b"), Err(ZipError::TotalTooLarge));
    let few = Limits { entries: 1, ..limits };
    assert_eq!(Archive::with_limits(&bytes, few).err(), Some(ZipError::TooManyEntries));
}

#[test]
fn encrypted_and_unknown_method_entries_are_refused() {
    let mut encrypted = part("xl/workbook.xml", "<workbook/>");
    encrypted.flags = 1;
    assert_eq!(read_spreadsheet(&zip(&[encrypted])), Err(SpreadsheetError::Encrypted));
    let mut bytes = zip(&[part("xl/workbook.xml", "<workbook/>")]);
    // Method 12 (bzip2) in the central directory.
    let central = bytes
        .windows(4)
        .position(|w| w == 0x0201_4b50u32.to_le_bytes())
        .expect("central directory");
    bytes[central + 10] = 12;
    assert_eq!(
        read_spreadsheet(&bytes),
        Err(SpreadsheetError::Zip(ZipError::UnsupportedMethod {
            name: "xl/workbook.xml".into(),
            method: 12
        }))
    );
}

#[test]
fn old_excel_files_foreign_bytes_and_other_archives_get_typed_errors() {
    let mut xls = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    xls.extend([0u8; 504]);
    assert_eq!(read_spreadsheet(&xls), Err(SpreadsheetError::OldExcelFormat));
    let mut protected = xls.clone();
    protected.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(read_spreadsheet(&protected), Err(SpreadsheetError::Encrypted));
    assert_eq!(read_spreadsheet(b""), Err(SpreadsheetError::NotASpreadsheet));
    assert_eq!(
        read_spreadsheet(b"Cliente;Valor\nA;1\n"),
        Err(SpreadsheetError::NotASpreadsheet)
    );
    assert_eq!(
        read_spreadsheet(&zip(&[part("word/document.xml", "<w/>")])),
        Err(SpreadsheetError::NotASpreadsheet)
    );
    let mut zip64 = zip(&[part("xl/workbook.xml", "<workbook/>")]);
    let eocd = zip64.len() - 22;
    zip64[eocd + 16..eocd + 20].copy_from_slice(&u32::MAX.to_le_bytes());
    assert_eq!(read_spreadsheet(&zip64), Err(SpreadsheetError::Zip(ZipError::Zip64)));
    assert_eq!(
        read_spreadsheet(&zip(&[part(
            "xl/workbook.xml",
            "<!DOCTYPE x [<!ENTITY a \"b\">]><workbook/>"
        )])),
        Err(SpreadsheetError::Xml {
            part: "xl/workbook.xml".into(),
            error: holdfast::domain::spreadsheet::xml::XmlError::Doctype
        })
    );
}

#[test]
fn every_truncation_of_a_fixture_is_an_error_not_a_panic() {
    let bytes = fixture("brazil_libreoffice.xlsx");
    for len in 0..bytes.len() {
        let result = read_spreadsheet(&bytes[..len]);
        assert!(result.is_err(), "cut at {len} read as {result:?}");
    }
    let cut = read_spreadsheet(&bytes[..bytes.len() / 2]);
    assert_eq!(cut, Err(SpreadsheetError::Zip(ZipError::Truncated)));
}

#[test]
fn flipping_any_byte_of_a_fixture_never_panics() {
    for name in ["brazil_openpyxl.xlsx", "repeats_libreoffice.ods"] {
        let bytes = fixture(name);
        for at in 0..bytes.len() {
            let mut damaged = bytes.clone();
            damaged[at] ^= 0xA5;
            let _ = read_spreadsheet(&damaged);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(256), ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = read_spreadsheet(&bytes);
    }

    #[test]
    fn arbitrary_xml_in_a_sheet_never_panics(sheet in "[<>/a-z =\"'&#;0-9A-Z:]{0,300}") {
        let _ = read_spreadsheet(&workbook(&sheet, STRINGS, STYLES, false));
        let _ = read_spreadsheet(&ods(&sheet));
    }

    #[test]
    fn any_finite_number_is_written_so_it_reads_back_exactly(n in any::<f64>().prop_filter("finite", |n| n.is_finite())) {
        let text = Cell::Number(n).to_text();
        prop_assert!(!text.contains(',') && !text.contains('e'));
        prop_assert_eq!(text.parse::<f64>().ok(), Some(if n == 0.0 { 0.0 } else { n }));
    }
}
