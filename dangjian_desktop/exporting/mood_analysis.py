"""月度思想动态分析 as a PDF (ReportLab, with a bar chart of 12 months by level drawn with
ReportLab's own graphics) and as an xlsx workbook. Every page is marked 内部资料 · 注意保密:
the PDF's header and footer, each sheet's first row and its printed header and footer.

Plain data in (``services.mood.MonthlyAnalysis``), a file out: no Qt, no database.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from .xlsx import write_cell

if TYPE_CHECKING:
    from dangjian_desktop.services.mood import AnalysisLine, MonthlyAnalysis

SECRET = "内部资料 · 注意保密"
LEVEL_COLOURS = {"红": "#C00000", "黄": "#E6A700", "蓝": "#1F5FBF"}
_RED = "C00000"
_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def _title(data: MonthlyAnalysis) -> str:
    return f"{data.branch} {data.month} 月度思想动态分析"


def _scope_note(data: MonthlyAnalysis) -> str:
    shown = {"全部": "列出全部预警人员姓名", "本人包保的职工": "只列出导出人包保的职工姓名，数字为支部合计",
             "不显示": "不含姓名和内容，只有统计数字"}[data.names_shown]
    return f"导出人：{data.made_for}　{shown}"


def _line_cells(line: AnalysisLine) -> list[object]:
    return [line.name, line.unit, f"{line.level.value}色", line.status.value, line.reason, line.next_step,
            line.due_on, "已逾期" if line.overdue else "", line.raised_on]


LINE_HEADER = ["姓名", "区队/班组", "等级", "状态", "预警原因", "下一步", "应完成日期", "逾期", "预警日期"]


# ---------------------------------------------------------------- xlsx


def _sheet_head(ws: Any, title: str, subtitle: str, width: int) -> int:
    last = get_column_letter(max(width, 2))
    write_cell(ws, 1, 1, SECRET).font = Font(bold=True, color=_RED)
    ws.merge_cells(f"A1:{last}1")
    write_cell(ws, 2, 1, title).font = Font(bold=True, size=15, color=_RED)
    ws.merge_cells(f"A2:{last}2")
    write_cell(ws, 3, 1, subtitle).font = Font(color="595959")
    ws.merge_cells(f"A3:{last}3")
    ws.oddHeader.center.text = SECRET
    ws.oddFooter.center.text = SECRET + "　第 &P 页 共 &N 页"
    ws.evenHeader.center.text = SECRET
    ws.evenFooter.center.text = SECRET
    return 5


def _table(ws: Any, row: int, header: list[str], rows: list[list[object]]) -> int:
    for i, name in enumerate(header, start=1):
        c = write_cell(ws, row, i, name)
        c.font, c.fill, c.border = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor=_RED), _BORDER
        c.alignment = Alignment(horizontal="center")
    for r, values in enumerate(rows, start=row + 1):
        for c_i, v in enumerate(values, start=1):
            cell = write_cell(ws, r, c_i, v)
            cell.border = _BORDER
            cell.alignment = Alignment(vertical="top", wrap_text=isinstance(v, str) and len(v) > 30)
    return row + len(rows) + 2


def write_xlsx(data: MonthlyAnalysis, path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "统计"
    sub = f"{_scope_note(data)}"
    row = _sheet_head(ws, _title(data), sub, 4)
    row = _table(ws, row, ["项目", "数量"], [["本月新增预警", data.raised], ["本月解除预警", data.lifted],
                                          ["逾期未处置预警", data.overdue], ["等待矿上答复", data.awaiting_count]])
    row = _table(ws, row, ["预警等级", "本月新增"], [[f"{lv.value}色", n] for lv, n in data.by_level.items()])
    row = _table(ws, row, ["思想动态类别", "本月记录"], [[c.value, n] for c, n in data.by_category.items()])
    row = _table(ws, row, ["区队/班组", "本月记录", "本月预警"], [list(u) for u in data.by_unit])
    row = _table(ws, row, ["月份", "红色", "黄色", "蓝色"],
                 [[m, *counts.values()] for m, counts in data.trend])
    write_cell(ws, row, 1, "支部分析结论").font = Font(bold=True)
    c = write_cell(ws, row + 1, 1, data.summary or "（尚未填写）")
    c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(f"A{row + 1}:D{row + 1}")
    ws.row_dimensions[row + 1].height = max(30, 15 * (1 + len(data.summary) // 40))
    for i, w in enumerate((26, 12, 12, 12), start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    if data.names_shown != "不显示":
        for title, lines in (("红黄预警", data.open_red_yellow), ("待矿上答复", data.awaiting)):
            s2 = wb.create_sheet(title)
            r = _sheet_head(s2, f"{_title(data)} · {title}", sub, len(LINE_HEADER))
            _table(s2, r, LINE_HEADER, [_line_cells(x) for x in lines])
            for i, w in enumerate((10, 14, 6, 8, 36, 14, 12, 8, 12), start=1):
                s2.column_dimensions[get_column_letter(i)].width = w
            for rr in s2.iter_rows(min_row=r + 1):
                for cell in rr:
                    if hasattr(cell.value, "isoformat"):
                        cell.number_format = "yyyy-mm-dd"
    for sheet in wb.worksheets:
        sheet.page_setup.orientation = "landscape"
    return _save(path, wb.save)


def _save(path: Path, save: Any) -> Path:
    """Written beside the target and moved into place when complete, readable by its owner only
    (the analysis holds names from the mood files): ``db.partials.written_beside``."""
    from dangjian_desktop.db.partials import written_beside

    path = Path(path)
    with written_beside(path) as tmp:
        save(str(tmp))
    return path


# ---------------------------------------------------------------- pdf


def _chart(data: MonthlyAnalysis, font: str, width: float, height: float) -> Any:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    d = Drawing(width, height)
    d.initialFontName = font  # the chart's own default is Helvetica, which is not embedded
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 36
    chart.width, chart.height = width - 60, height - 70
    levels = list(LEVEL_COLOURS)
    chart.data = [[counts[lv] for counts in (c for _m, c in data.trend) for lv in counts if lv.value == name]
                  for name in levels]
    chart.categoryAxis.categoryNames = [m[2:] for m, _c in data.trend]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max([max(series) for series in chart.data] + [1])
    chart.valueAxis.valueMax = top + max(1, top // 5)
    chart.valueAxis.valueStep = max(1, (top + 4) // 5)
    for i, name in enumerate(levels):
        chart.bars[i].fillColor = colors.HexColor(LEVEL_COLOURS[name])
        chart.bars[i].strokeColor = None
    chart.groupSpacing = 4
    d.add(chart)
    legend = Legend()
    legend.fontName = font
    legend.fontSize = 8
    legend.x, legend.y = 40, height - 10
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 8
    legend.deltax = 50
    legend.colorNamePairs = [(colors.HexColor(LEVEL_COLOURS[n]), f"{n}色预警") for n in levels]
    d.add(legend)
    return d


def write_pdf(data: MonthlyAnalysis, path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from dangjian_desktop.printing.fonts import ensure_font

    font = ensure_font()
    body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=14, wordWrap="CJK")
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=11, textColor=colors.HexColor("#595959"))
    head = ParagraphStyle("head", parent=body, fontSize=12, leading=18, textColor=colors.HexColor("#C00000"),
                          spaceBefore=8, spaceAfter=4)
    title = ParagraphStyle("title", parent=body, fontSize=17, leading=24, alignment=1,
                           textColor=colors.HexColor("#C00000"))
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11)

    def esc(text: object) -> str:
        from xml.sax.saxutils import escape

        return escape(str(text)).replace("\n", "<br/>")

    def table(header: list[str], rows: list[list[object]], widths: list[float] | None = None) -> Table:
        cells = [[Paragraph(f"<b>{esc(h)}</b>", cell) for h in header]]
        cells += [[Paragraph(esc("" if v is None else f"{v:%Y-%m-%d}" if hasattr(v, "strftime") else v), cell)
                   for v in r] for r in rows]
        t = Table(cells, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), font),  # a cell's own default is Helvetica, not embedded
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#BFBFBF")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F4DADA")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        return t

    def mark(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.setFillColor(colors.HexColor("#C00000"))
        w, h = A4
        canvas.drawRightString(w - 15 * mm, h - 10 * mm, SECRET)
        canvas.drawString(15 * mm, 8 * mm, SECRET)
        canvas.setFillColor(colors.HexColor("#595959"))
        canvas.drawRightString(w - 15 * mm, 8 * mm, f"{_title(data)} · 第 {doc.page} 页")
        canvas.restoreState()

    story: list[Any] = [Paragraph(esc(_title(data)), title), Paragraph(esc(_scope_note(data)), small), Spacer(1, 4)]
    story.append(Paragraph("一、本月概况", head))
    story.append(table(["本月新增预警", "其中红色", "其中黄色", "其中蓝色", "本月解除", "逾期未处置", "等待矿上答复"],
                       [[data.raised, *data.by_level.values(), data.lifted, data.overdue, data.awaiting_count]]))
    story.append(Paragraph("二、思想动态类别（本月记录）", head))
    cats = list(data.by_category.items())
    story.append(table([c.value for c, _n in cats], [[n for _c, n in cats]]))
    story.append(Paragraph("三、各区队/班组", head))
    story.append(table(["区队/班组", "本月记录", "本月预警"], [list(u) for u in data.by_unit] or [["（本月无记录）", "", ""]],
                       [80 * mm, 40 * mm, 40 * mm]))
    story.append(Paragraph("四、近12个月预警数量（按等级）", head))
    story.append(_chart(data, font, 175 * mm, 62 * mm))
    widths = [16 * mm, 20 * mm, 12 * mm, 14 * mm, 46 * mm, 22 * mm, 20 * mm, 15 * mm, 12 * mm]
    if data.names_shown != "不显示":
        story.append(Paragraph("五、在管红色、黄色预警", head))
        story.append(table(LINE_HEADER[:-1], [_line_cells(x)[:-1] for x in data.open_red_yellow]
                           or [["（无）", *[""] * 7]], widths[:-1]))
        story.append(Paragraph("六、等待矿上答复的事项", head))
        story.append(table(LINE_HEADER[:-1], [_line_cells(x)[:-1] for x in data.awaiting]
                           or [["（无）", *[""] * 7]], widths[:-1]))
    else:
        story.append(Paragraph("五、在管预警与上报事项", head))
        story.append(Paragraph(esc(f"在管预警的姓名和内容不向“查看”账号提供；等待矿上答复 {data.awaiting_count} 条。"), body))
    story.append(Paragraph("七、支部分析结论", head))
    held = f"（分析会 {data.held_on:%Y-%m-%d}）" if data.held_on else ""
    story.append(Paragraph(esc((data.summary or "（尚未填写）") + held), body))

    def build(target: str) -> None:
        doc = SimpleDocTemplate(target, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=16 * mm,
                                bottomMargin=16 * mm, title=_title(data), author="dangjian-desktop",
                                initialFontName=font)  # not Helvetica: every font embedded
        doc.build(story, onFirstPage=mark, onLaterPages=mark)

    return _save(path, build)
