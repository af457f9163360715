"""公开监督栏: the 一区一岗 and 安全联保 assessment of a month or a quarter, one row per zone.
Counts only: no worker is named, and nothing comes from the mood files."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ..data import SupervisionBoard
from ..fit import Fit, Part, fit
from ..frame import CardHead, SlotBox
from ..look import DASH, RED, Look, markup
from ..tables import board_table
from .pairing_board import _para, note

TABLE_SIZE = 11.5
HEADER = ["排名", "责任区 / 示范岗", "类型", "党员", "周报<br/>已报/应报", "隐患<br/>发现/闭合",
          "联保<br/>职工", "结对<br/>回访", "三违", "得分", "状态"]
WIDTHS = (0.055, 0.265, 0.06, 0.09, 0.095, 0.095, 0.06, 0.06, 0.06, 0.08, 0.08)
ALIGNS = ["center", "left", "center", "center", "center", "center", "center", "center", "center", "center", "center"]


def parts(board: SupervisionBoard, look: Look) -> list[Part]:
    rows = []
    for r in board.rows:
        late = r.reports_made < r.reports_expected
        reports = f"{r.reports_made}/{r.reports_expected}"
        rows.append([
            str(r.rank) if r.rank is not None else DASH,
            markup(r.zone), escape(r.kind), markup(r.member),
            f'<font color="#C8102E">{reports}</font>' if late else reports,
            f"{r.hazards_found}/{r.hazards_closed_on_time}", str(r.paired_workers), str(r.follow_ups),
            f'<font color="#C8102E">{r.violations}</font>' if r.violations else "0",
            f"{r.score:.1f}" if r.score is not None else DASH,
            escape(r.status),
        ])

    def table(size: float) -> Flowable:
        t = board_table(HEADER, rows, WIDTHS, look, size, ALIGNS)
        t.spaceBefore = 3 * mm * look.s
        return t

    legend = (f"说明：周报为党员每周向支部报告责任区安全情况的次数（已报/应报）；隐患为本期在责任区发现的隐患条数"
              f"及其中在整改期限内闭合的条数（发现/闭合）；联保职工为党员结对的职工人数，结对回访为本期回访次数；"
              f"三违为本期责任区内发生的“三违”起数；得分为{escape(board.score_basis)}，排名为支部内名次，"
              f"“—”为本期未评分。本栏只公布数字，不公布职工个人信息。")
    return [
        _para(f"{escape(board.period)}　一区一岗 · 安全联保考核结果", look, 18, RED, space_after=1 * mm * look.s),
        _para(markup(board.scope), look, 12),
        Fit(table, look.size(TABLE_SIZE), look.min_size, group="table"),
        note(legend, look, 9.5),
    ]


def layout(board: SupervisionBoard, box: SlotBox) -> tuple[CardHead, list[Flowable]]:
    fitted = fit(parts(board, box.look), [box.body], box.look, grow=1.2)
    return CardHead("公开监督栏", board.branch, name=f"{board.scope} · {board.period}", subtitle=board.period), \
        fitted.flowables
