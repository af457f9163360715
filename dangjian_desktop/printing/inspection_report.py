"""The inspection report (巡视报告): one inspection's group, route, every checked item's result,
its findings with their rectification status, and the earlier rounds' items still open.

A document rather than a wall-board card: A4 portrait, as many pages as it needs, with the
print engine's shipped font embedded (``printing.fonts``) and its Party red. Plain data in
(:class:`InspectionReport`), a PDF out, written beside the target and moved into place when
complete. No Qt, no database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from .fonts import ensure_font
from .output import written_beside

RESULT_PASS, RESULT_FAIL = "符合", "不符合"


@dataclass(frozen=True)
class ResultLine:
    item: str
    zone: str
    result: str  # 符合 / 不符合
    comment: str


@dataclass(frozen=True)
class FindingLine:
    item: str
    comment: str
    dept: str
    deadline: date | None
    status: str  # the hazard's status now, 逾期 noted
    round: str = ""  # for a carried-over item: the round it was found in


@dataclass(frozen=True)
class InspectionReport:
    title: str
    committee: str
    branch: str
    planned_on: date
    done_on: date | None
    status: str
    template: str
    members: tuple[str, ...]
    route: tuple[str, ...]
    results: tuple[ResultLine, ...]
    findings: tuple[FindingLine, ...]
    carried: tuple[FindingLine, ...]
    printed_on: date


def render_report(report: InspectionReport, out: Path) -> int:
    """Write the report to ``out``; returns its page count."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = ensure_font()
    red = colors.HexColor("#C8102E")
    ink = colors.HexColor("#222222")
    grid = colors.HexColor("#BFBFBF")

    def style(size: float, color: colors.Color = ink, align: int = 0, bold_space: float = 0) -> ParagraphStyle:
        return ParagraphStyle("s", fontName=font, fontSize=size, leading=size * 1.35, textColor=color,
                              alignment=align, wordWrap="CJK", spaceAfter=bold_space)

    title_s, head_s, body_s, small_s = style(18, red, 1, 4), style(12.5, red, 0, 3), style(10), style(9)
    cell_head = style(9.5, colors.white, 1)

    def p(text: str, s: ParagraphStyle = body_s) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), s)

    def table(header: list[str], rows: list[list[str]], widths: list[float], red_rows: frozenset[int] | set[int] = frozenset()) -> Table:
        data = [[p(h, cell_head) for h in header]] + [[p(c, small_s) for c in r] for r in rows]
        t = Table(data, colWidths=widths, repeatRows=1)
        cmds = [("FONTNAME", (0, 0), (-1, -1), font), ("BACKGROUND", (0, 0), (-1, 0), red),
                ("GRID", (0, 0), (-1, -1), 0.5, grid),
                ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        cmds += [("BACKGROUND", (0, i + 1), (-1, i + 1), colors.HexColor("#FBE3E3")) for i in red_rows]
        t.setStyle(TableStyle(cmds))
        return t

    width = A4[0] - 36 * mm
    story: list = [p(report.title, title_s), p(f"{report.committee}　{report.branch}", style(10.5, ink, 1, 6))]
    facts = [["巡视日期", str(report.done_on or report.planned_on) + ("" if report.done_on else "（计划）"), "状态", report.status],
             ["巡视组", "、".join(report.members), "检查表", report.template or "—"],
             ["巡视路线", " → ".join(report.route), "", ""]]
    t = Table([[p(c, small_s) for c in r] for r in facts], colWidths=[20 * mm, 80 * mm, 16 * mm, width - 116 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.5, grid),
                           ("SPAN", (1, 2), (3, 2)),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")),
                           ("BACKGROUND", (2, 0), (2, 1), colors.HexColor("#F2F2F2")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 5 * mm)]

    story.append(p(f"一、上轮未闭合的整改项（{len(report.carried)} 项，本次先查）", head_s))
    if report.carried:
        rows = [[c.round, c.item, c.comment, c.dept, str(c.deadline or ""), c.status] for c in report.carried]
        story.append(table(["发现于", "检查项目", "问题", "责任部门", "整改期限", "当前状态"], rows,
                           [30 * mm, 36 * mm, width - 140 * mm, 22 * mm, 23 * mm, 29 * mm],
                           {i for i, c in enumerate(report.carried) if "逾期" in c.status}))
    else:
        story.append(p("无：上一轮巡视发现的问题均已整改闭合。", small_s))
    story.append(Spacer(1, 5 * mm))

    fails = sum(1 for r in report.results if r.result == RESULT_FAIL)
    story.append(p(f"二、检查结果（共 {len(report.results)} 项，不符合 {fails} 项）", head_s))
    if report.results:
        rows = [[str(i), r.item, r.zone, r.result, r.comment] for i, r in enumerate(report.results, start=1)]
        story.append(table(["序号", "检查项目", "责任区/地点", "结果", "说明"], rows,
                           [12 * mm, 74 * mm, 28 * mm, 15 * mm, width - 129 * mm],
                           {i for i, r in enumerate(report.results) if r.result == RESULT_FAIL}))
    else:
        story.append(p("尚未记录检查结果。", small_s))
    story.append(Spacer(1, 5 * mm))

    story.append(p(f"三、发现问题及整改情况（{len(report.findings)} 项）", head_s))
    if report.findings:
        rows = [[str(i), f.item, f.comment, f.dept, str(f.deadline or ""), f.status]
                for i, f in enumerate(report.findings, start=1)]
        story.append(table(["序号", "检查项目", "问题", "责任部门", "整改期限", "整改状态"], rows,
                           [12 * mm, 44 * mm, width - 130 * mm, 22 * mm, 23 * mm, 29 * mm],
                           {i for i, f in enumerate(report.findings) if "逾期" in f.status}))
    else:
        story.append(p("本次巡视未发现问题。", small_s))
    story += [Spacer(1, 10 * mm), p("巡视组组长（签字）：____________　　　　支部书记（签字）：____________", body_s)]

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColor(colors.HexColor("#777777"))
        canvas.drawString(18 * mm, 10 * mm, f"{report.title}　打印日期 {report.printed_on}")
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"第 {doc.page} 页")
        canvas.restoreState()

    with written_beside(Path(out)) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                                bottomMargin=16 * mm, title=report.title, author=report.committee,
                                creator="dangjian-desktop", initialFontName=font)  # not Helvetica: all embedded
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return int(doc.page)
