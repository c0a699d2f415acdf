"""Makes the spreadsheet fixtures of tests/spreadsheet.rs (see README.md).

Run from this folder with a Python that has openpyxl, and LibreOffice's
`soffice` on the PATH:  python3 make_fixtures.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904

BRAZIL = [
    ["Cliente", "Serviço / área", "Valor anual", "Início", "Vencimento", "Situação", "Motivo"],
    ["São Paulo Café", "Contabilidade", "1234.56", "2024-01-15", "2025-01-14", "Ativo", ""],
    ["Padaria Pão de Açúcar", "Folha de pagamento", "2500", "2023-06-01", "2024-05-31", "Expirado", "Mudança de endereço"],
    ["Ótica Visão & Cia", "Fiscal", "980", "2024-03-01", "2025-02-28", "Renovado", ""],
]

ROMANIA = [
    ["Client", "Serviciu", "Valoare anuală", "Data început", "Data expirării", "Stare", "Motiv"],
    ["Brutăria Ștefan", "Contabilitate", "4500.5", "2024-02-01", "2025-01-31", "Activ", ""],
    ["Țesătoria Îngerilor", "Salarizare", "12000", "2023-09-15", "2024-09-14", "Expirat", "Preț"],
    ["Cârciuma Âșa", "Fiscalitate", "760.25", "2024-05-10", "2025-05-09", "Activ", ""],
]

# An .ods with repeats: three equal cells in a row, two equal rows, an empty
# row between, and a cell of two paragraphs.
REPEATS = [
    ["Client", "Note", "A", "B", "C"],
    ["Same", "x", "1", "1", "1"],
    ["Same", "x", "1", "1", "1"],
    ["", "", "", "", ""],
    ["Two lines", "Linha 1\nLinha 2", "2", "", "3"],
]


def write_csv(rows, path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


def soffice(src, fmt, out_dir):
    subprocess.run(
        ["soffice", "--headless", "--infilter=CSV:44,34,76,1,,1033,false,true", "--convert-to", fmt,
         "--outdir", out_dir, src],
        check=True, capture_output=True)


def typed(rows):
    """The rows with numbers and ISO dates as Python values."""
    out = []
    for row in rows:
        cells = []
        for v in row:
            if len(v) == 10 and v[4] == "-" and v[7] == "-":
                cells.append(dt.date.fromisoformat(v))
            else:
                try:
                    cells.append(int(v) if v.isdigit() else float(v))
                except ValueError:
                    cells.append(v if v else None)
        out.append(cells)
    return out


def openpyxl_book(rows, path, epoch=None, rich=False):
    wb = openpyxl.Workbook()
    if epoch is not None:
        wb.epoch = epoch
    ws = wb.active
    for r, row in enumerate(typed(rows), start=1):
        for c, v in enumerate(row, start=1):
            if v is None:
                continue
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
            elif isinstance(v, float):
                cell.number_format = "#,##0.00"
    if rich:
        # A header in two runs, the second bold: shared string with <r> runs.
        ws.cell(row=1, column=1).value = CellRichText("Cli", TextBlock(InlineFont(b=True), "ente"))
    wb.save(path)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    tmp = tempfile.mkdtemp()
    for name, rows in [("brazil", BRAZIL), ("romania", ROMANIA), ("repeats", REPEATS)]:
        src = os.path.join(tmp, name + ".csv")
        write_csv(rows, src)
        for fmt in ["xlsx", "ods"]:
            if name == "repeats" and fmt == "xlsx":
                continue
            soffice(src, fmt, tmp)
            shutil.copy(os.path.join(tmp, f"{name}.{fmt}"), os.path.join(here, f"{name}_libreoffice.{fmt}"))
    openpyxl_book(BRAZIL, os.path.join(here, "brazil_openpyxl.xlsx"), rich=True)
    openpyxl_book(ROMANIA, os.path.join(here, "romania_openpyxl.xlsx"))
    openpyxl_book(BRAZIL, os.path.join(here, "brazil_1904.xlsx"), epoch=CALENDAR_MAC_1904)
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
