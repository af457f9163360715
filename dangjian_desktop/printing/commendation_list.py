"""评先选优名单 as a PDF: one list printed in the card frame (the red band with the title and the
branch, the footer with the contact and the print date, 第 N 页 / 共 M 页 when it runs on), on A4
landscape, in the shipped font (embedded). A row whose confirmation a later veto contradicts is
shaded and the warnings follow the table. Plain data in, a file out: no Qt, no database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, TableStyle

from .data import BranchInfo
from .fonts import ensure_font
from .frame import Cancelled, CardDoc, CardHead, Progress
from .look import GREY, RED, Look
from .output import written_beside
from .paper import Paper
from .tables import board_table

WIDTHS = (0.06, 0.1, 0.075, 0.13, 0.08, 0.06, 0.055, 0.17, 0.185, 0.085)
ALIGNS = ["center", "left", "center", "left", "center", "center", "center", "left", "left", "center"]
WARN = colors.HexColor("#FCE4D6")
TITLE = "评先选优名单"


@dataclass(frozen=True)
class CommendationSheet:
    branch: BranchInfo  # the branch, or 全部支部
    period: str  # 2026Q3 / 2026H2 / 2026
    header: list[str]
    rows: list[list[str]]  # plain text, one list per row
    late_rows: list[int] = field(default_factory=list)  # rows a later veto contradicts
    warnings: list[str] = field(default_factory=list)
    printed_on: date = field(default_factory=date.today)


def _body(sheet: CommendationSheet, look: Look) -> list[Flowable]:
    size = look.size(9.5)
    heading = look.para(f"{escape(sheet.branch.name)}　{escape(sheet.period)}　评先选优名单", look.size(16), RED,
                        "center", leading=1.35, space_after=2 * mm)
    rows = [[escape(cell) for cell in row] for row in sheet.rows] or [["—"] * len(sheet.header)]
    table = board_table([escape(h) for h in sheet.header], rows, WIDTHS, look, size, ALIGNS)
    if sheet.late_rows:
        table.setStyle(TableStyle([("BACKGROUND", (0, r + 1), (-1, r + 1), WARN) for r in sheet.late_rows]))
    out: list[Flowable] = [heading, table]
    lines = list(sheet.warnings) or []
    lines.append(f"共{len(sheet.rows)}条。“是否可评”按打印日的记录核查：事故直接责任、责任区“三违”、承诺未践诺、"
                 f"一岗双责未落实为否决情形；支部未完成安全目标不能评为优质责任区、先进党支部。")
    for k, line in enumerate(lines):
        p = look.para(escape(line), look.size(9.5), RED if line.startswith("⚠") else GREY, leading=1.35)
        p.spaceBefore = (3 if k == 0 else 1) * mm
        out.append(p)
    return out


def render_list(sheet: CommendationSheet, out: Path, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> Path:
    """Write the list's PDF beside ``out`` and move it into place (nothing left when cancelled)."""
    ensure_font()
    with written_beside(Path(out)) as tmp:
        doc = CardDoc(str(tmp), Paper.A4_LANDSCAPE, 1, sheet.printed_on, TITLE, progress, cancelled)
        head = CardHead(TITLE, sheet.branch, name=f"{sheet.branch.name} · {sheet.period}", subtitle=sheet.period)
        doc.build_cards([(head, _body(sheet, doc.boxes[0].look))])
    return Path(out)

