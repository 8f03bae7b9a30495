#!/usr/bin/python3
"""Makes the workbook fixtures of tests/data/workbooks and tests/data/bad-workbooks.

Run once, from the top of the source tree, with the build's typelib on the
path, and commit what it writes (make check never runs it):

    GI_TYPELIB_PATH=_build/libpdz LD_LIBRARY_PATH=_build/libpdz \\
    SOURCE_DATE_EPOCH=1700000000 /usr/bin/python3 tests/data/workbooks/make-fixtures.py

Each bad workbook is the example plan's workbook with one kind of mistake
(openpyxl edits, or the zip rewritten by hand for what openpyxl cannot
write); EXPECTED in tests/test-workbook.c names the sheet and cell that its
error must name. corsichese-libreoffice.ods and corsichese-libreoffice.xlsx
come from LibreOffice (libreoffice --headless --convert-to), made by this
script when LibreOffice is installed.
"""

import datetime
import io
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import gi
import openpyxl

gi.require_version("Pdz", "1.0")
from gi.repository import Gio, Pdz  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
BAD = os.path.join(HERE, "..", "bad-workbooks")
EXAMPLE = os.path.join(HERE, "..", "..", "..", "examples", "data", "corsichese-2021-2023.json")
TMP = tempfile.mkdtemp()


def export(fmt, name):
    plan = Pdz.Plan.load_path(EXAMPLE, None)
    path = os.path.join(TMP, name)
    plan.export_workbook(Gio.File.new_for_path(path), fmt, None)
    return path


XLSX = export(Pdz.WorkbookFormat.XLSX, "example.xlsx")
CSV = export(Pdz.WorkbookFormat.CSV, "csv")


def edited(name, edit, directory=BAD):
    wb = openpyxl.load_workbook(XLSX)
    edit(wb)
    wb.save(os.path.join(directory, name))


def set_cell(sheet, ref, value):
    def edit(wb):
        wb[sheet][ref] = value
    return edit


def rewrite_zip(src, dst, change):
    """Copies the zip @src to @dst, with change(name, data) -> data or None (drop)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info.filename))
            if data is not None:
                zout.writestr(info, data)


# --- Errors, one kind per file -------------------------------------------------

edited("unknown-enum.xlsx", set_cell("Azioni", "F5", "in corsoo"))
edited("unknown-reference.xlsx", set_cell("Azioni", "C6", "obiettivo-che-non-esiste"))
edited("duplicate-id.xlsx", lambda wb: wb["Partner"].__setitem__("A4", wb["Partner"]["A3"].value))
edited("invalid-date.xlsx", set_cell("Azioni", "H7", "31/02/2023"))
edited("negative-amount.xlsx", set_cell("Finanziamenti", "D3", -1250))
edited("non-numeric-amount.xlsx", set_cell("Finanziamenti", "D3", "tanti"))
edited("missing-column.xlsx", lambda wb: wb["Azioni"].delete_cols(5))          # title
edited("unknown-column.xlsx", set_cell("Obiettivi", "G2", "colore"))
edited("missing-sheet.xlsx", lambda wb: wb.remove(wb["Milestone"]))
edited("formula-without-value.xlsx", set_cell("Azioni", "E4", '=CONCATENATE("a","b")'))
edited("many-errors.xlsx",
       lambda wb: [wb["Azioni"].__setitem__("F%d" % r, "boh") for r in range(3, 23)])

# A formula with a cached value: written into the XML by hand, as Excel saves it.
def cached_formula(name, data):
    if name == "xl/worksheets/sheet5.xml":   # Azioni
        text = data.decode()
        start = text.index('<c r="E4"')
        end = text.index("</c>", start) + 4
        text = text[:start] + '<c r="E4" t="str"><f>CONCATENATE("Tavolo ","di rete")</f><v>Tavolo di rete</v></c>' + text[end:]
        return text.encode()
    return data


rewrite_zip(XLSX, os.path.join(HERE, "formula-cached.xlsx"), cached_formula)

# Not workbooks, cut short, zip bombs, the formats refused.
with open(os.path.join(BAD, "not-a-workbook.xlsx"), "w") as f:
    f.write("Questo non è un foglio di calcolo.\n")
with open(XLSX, "rb") as f:
    whole = f.read()
with open(os.path.join(BAD, "truncated.xlsx"), "wb") as f:
    f.write(whole[: len(whole) // 2])
with zipfile.ZipFile(os.path.join(BAD, "zip-bomb.xlsx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
    z.writestr("xl/workbook.xml", b" " * (64 * 1024 * 1024))
with open(os.path.join(BAD, "old-excel.xls"), "wb") as f:
    f.write(bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + b"\0" * 504)
rewrite_zip(XLSX, os.path.join(BAD, "macros.xlsm"),
            lambda n, d: d.replace(b"spreadsheetml.sheet.main+xml",
                                   b"ms-excel.sheet.macroEnabled.main+xml") if n == "[Content_Types].xml" else d)

# A report of `pdz report`, refused with what to use instead.
pdz = os.path.join(os.environ.get("PDZ_BUILD_DIR", "_build"), "tools", "pdz")
subprocess.run([pdz, "report", EXAMPLE, "-f", "xlsx", "-o", os.path.join(BAD, "report.xlsx")], check=True)
report_csv = os.path.join(BAD, "report-csv")
shutil.rmtree(report_csv, ignore_errors=True)
os.makedirs(report_csv)
subprocess.run([pdz, "report", EXAMPLE, "-f", "csv", "-o", report_csv + "/"], check=False)

# CSV: not UTF-8, and a table missing.
bad_csv = os.path.join(BAD, "latin1-csv")
shutil.rmtree(bad_csv, ignore_errors=True)
shutil.copytree(CSV, bad_csv)
with open(os.path.join(bad_csv, "partners.csv"), "rb") as f:
    lines = f.read().split(b"\r\n")
lines[3] = lines[3] + b"\xe0"
with open(os.path.join(bad_csv, "partners.csv"), "wb") as f:
    f.write(b"\r\n".join(lines))
missing_csv = os.path.join(BAD, "missing-table-csv")
shutil.rmtree(missing_csv, ignore_errors=True)
shutil.copytree(CSV, missing_csv)
os.remove(os.path.join(missing_csv, "milestones.csv"))

# --- Good workbooks that use what offices do -------------------------------------

# The Italian Excel form of the CSV tables: ';', a byte-order mark, decimal commas.
it_csv = os.path.join(HERE, "excel-it-csv")
shutil.rmtree(it_csv, ignore_errors=True)
os.makedirs(it_csv)
import csv  # noqa: E402
for name in sorted(os.listdir(CSV)):
    with open(os.path.join(CSV, name), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    with open(os.path.join(it_csv, name), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        for row in rows:
            w.writerow([c.replace(".", ",") if name == "fundings.csv" and c[:1].isdigit() else c for c in row])


# An office's edits: serial dates (1900), Italian dates, a merged cell, a boolean, an x- column.
def office(wb):
    az = wb["Azioni"]
    az["H3"] = datetime.datetime(2023, 1, 24)          # a serial date
    az["H4"] = "novembre 2023"
    az["H5"] = "24/01/2023"
    wb["Partner"]["F2"] = "x-codice"
    wb["Partner"]["F3"] = True


edited("office-edits.xlsx", office, directory=HERE)


# The same in the 1904 date system, and inline strings instead of shared ones.
def date1904(name, data):
    if name == "xl/workbook.xml":
        return data.replace(b"<workbookPr", b'<workbookPr date1904="1"', 1) if b"<workbookPr" in data \
            else data.replace(b"<sheets>", b'<workbookPr date1904="1"/><sheets>', 1)
    if name == "xl/worksheets/sheet5.xml":
        text = data.decode()
        start = text.index('<c r="H3"')
        end = text.index("</c>", start) + 4
        # 2023-01-24 is 44950 in 1900, 43488 in 1904
        text = text[:start] + '<c r="H3"><v>43488</v></c>' + text[end:]
        start = text.index('<c r="H4"')
        end = text.index("</c>", start) + 4
        text = text[:start] + '<c r="H4" t="inlineStr"><is><t>novembre 2023</t></is></c>' + text[end:]
        return text.encode()
    return data


edited("date1904-base.xlsx", lambda wb: [wb["Azioni"].__setitem__(r, "x") for r in ("H3", "H4")], directory=TMP)
rewrite_zip(os.path.join(TMP, "date1904-base.xlsx"), os.path.join(HERE, "date1904-inline.xlsx"), date1904)


# A merged cell: the objective of two actions written once.
def merged(wb):
    az = wb["Azioni"]
    az.merge_cells("C3:C4")


edited("merged-cells.xlsx", merged, directory=HERE)
edited("extra-sheet.xlsx", lambda wb: wb.create_sheet("Appunti").__setitem__("A1", "note"), directory=HERE)

# LibreOffice: the exported XLSX converted to ODS, and the exported ODS to XLSX.
if shutil.which("libreoffice"):
    ods = export(Pdz.WorkbookFormat.ODS, "ours.ods")
    profile = "file://" + os.path.join(TMP, "lo-profile")
    for src, fmt in ((XLSX, "ods"), (ods, "xlsx")):
        subprocess.run(["libreoffice", "-env:UserInstallation=" + profile, "--headless", "--norestore",
                        "--convert-to", fmt, "--outdir", TMP, src], check=True, capture_output=True)
    shutil.copy(os.path.join(TMP, "example.ods"), os.path.join(HERE, "corsichese-libreoffice.ods"))
    shutil.copy(os.path.join(TMP, "ours.xlsx"), os.path.join(HERE, "corsichese-libreoffice.xlsx"))
else:
    print("libreoffice is not installed: the LibreOffice fixtures were not made", file=sys.stderr)

shutil.rmtree(TMP)
