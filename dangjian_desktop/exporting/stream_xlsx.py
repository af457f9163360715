"""A fast, streamed xlsx sheet for very long tables (the 100,000-row hazard ledger).

openpyxl's write-only mode builds an element per cell: 100,000 rows of 14 columns took 35–45 s
on the project's machines (with or without lxml), past the 15 s the ledger's export may take.
This writer streams the sheet's XML as text straight into the zip: a title, a subtitle, a red
header, frozen panes, column widths, an auto filter, the page setup of the other exports
(``table_xlsx.print_layout``: print area, header on every page, A4 landscape, one page wide);
dates as dates (``yyyy-mm-dd``), numbers as numbers, every text as an inline string — never a formula — with
the ``quotePrefix`` style on text a spreadsheet would act on (as ``exporting.xlsx`` does), and
characters XML cannot carry dropped (``safe_cell_value``). The result opens in Excel, WPS and
LibreOffice, and openpyxl reads it back. Plain data in, a file out: no Qt, no database.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

from dangjian_desktop.printing.output import written_beside

from .xlsx import looks_like_formula, safe_cell_value

_EPOCH = date(1899, 12, 30)
# cellXfs: 0 plain, 1 date, 2 header, 3 title, 4 subtitle, 5 text with quotePrefix, 6 date-time
_DATE, _HEADER, _TITLE, _SUBTITLE, _QUOTED, _DATETIME = 1, 2, 3, 4, 5, 6

_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd hh:mm:ss"/></numFmts>
<fonts count="4"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font><font><b/><sz val="16"/><color rgb="FFC00000"/><name val="Calibri"/></font><font><sz val="11"/><color rgb="FF595959"/><name val="Calibri"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFC00000"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="7">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""

_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""

_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""


def _text(ref: str, text: str, style: int = 0) -> str:
    if style == 0 and looks_like_formula(text):
        style = _QUOTED
    s = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{escape(text)}</t></is></c>'


def _cell(ref: str, value: object) -> str:
    v = safe_cell_value(value)
    if v is None or v == "":  # an empty cell, as openpyxl leaves it
        return ""
    if isinstance(v, bool):
        return f'<c r="{ref}" t="b"><v>{int(v)}</v></c>'
    if isinstance(v, datetime):
        serial = (v - datetime(1899, 12, 30)).total_seconds() / 86400
        return f'<c r="{ref}" s="{_DATETIME}"><v>{serial}</v></c>'
    if isinstance(v, date):
        return f'<c r="{ref}" s="{_DATE}"><v>{(v - _EPOCH).days}</v></c>'
    if isinstance(v, (int, float)):
        return f'<c r="{ref}"><v>{v}</v></c>'
    return _text(ref, str(v))


def write_table(path: Path, sheet: str, title: str, subtitle: str, header: Sequence[str], widths: Sequence[float],
                rows: Iterable[Sequence[object]], progress: Callable[[int], None] | None = None) -> int:
    """Write one formatted sheet (row 1 title, row 2 subtitle, row 3 header, rows from 4) to
    ``path`` (written beside it and moved into place when complete); returns the rows written.
    ``progress(n)`` is told every 5,000 rows; it may raise to stop (nothing is left behind)."""
    path = Path(path)
    letters = [get_column_letter(i) for i in range(1, len(header) + 1)]
    last = letters[-1]
    n = 0
    with written_beside(path) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        z.writestr("xl/styles.xml", _STYLES)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                           for i, w in enumerate(widths, start=1))
            head = "".join(_text(f"{c}3", h, _HEADER) for c, h in zip(letters, header, strict=True))
            out.write((
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
                '<sheetViews><sheetView workbookViewId="0"><pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" '
                'state="frozen"/><selection pane="bottomLeft" activeCell="A4" sqref="A4"/></sheetView></sheetViews>'
                f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>'
                f'<row r="1" ht="28" customHeight="1">{_text("A1", title, _TITLE)}</row>'
                f'<row r="2">{_text("A2", subtitle, _SUBTITLE)}</row>'
                f'<row r="3">{head}</row>'
            ).encode())
            buf: list[str] = []
            for values in rows:
                r = n + 4
                buf.append(f'<row r="{r}">' + "".join(_cell(f"{c}{r}", v) for c, v in zip(letters, values, strict=False))
                           + "</row>")
                n += 1
                if n % 5000 == 0:
                    out.write("".join(buf).encode())
                    buf.clear()
                    if progress:
                        progress(n)
            out.write("".join(buf).encode())
            out.write((
                f'</sheetData><autoFilter ref="A3:{last}{3 + max(n, 1)}"/>'
                f'<mergeCells count="2"><mergeCell ref="A1:{last}1"/><mergeCell ref="A2:{last}2"/></mergeCells>'
                '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
                '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>'
            ).encode())
        name = escape(sheet[:31], {'"': "&quot;"})
        end = 3 + max(n, 1)
        z.writestr("xl/workbook.xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets>'
            f"<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'{name}'!$A$3:${last}${end}</definedName>"
            f"<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">'{name}'!$A$1:${last}${end}</definedName>"
            f"<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'{name}'!$3:$3</definedName></definedNames>"
            "</workbook>"))
    return n
