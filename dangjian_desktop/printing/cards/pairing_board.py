"""结对子 · 安全联保 公示: a branch's (or a unit's) active pairs, each member with the workers he
is paired with and his 安全联保责任书's date and term; the table's header repeats on every page."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ..data import PairingBoard
from ..fit import Fit, Part, fit
from ..frame import CardHead, SlotBox
from ..look import DASH, GREY, INK, RED, Look, cn_date, markup, plain
from ..tables import board_table

TABLE_SIZE = 12.0
HEADER = ["序号", "党员", "所在区队/班组", "结对职工", "联保责任书<br/>签订日期", "联保期限"]
WIDTHS = (0.07, 0.12, 0.17, 0.34, 0.13, 0.17)
ALIGNS = ["center", "center", "left", "left", "center", "center"]


def short_date(day: date | None) -> str:
    return f"{day.year}.{day.month:02d}.{day.day:02d}" if day else DASH


def _para(text_markup: str, look: Look, design: float, color=INK, align: str = "center", space_after: float = 0.0) -> Fit:
    def make(size: float) -> Flowable:
        return look.para(text_markup, size, color, align, leading=1.35, space_after=space_after)

    return Fit(make, look.size(design), look.min_size)


def parts(board: PairingBoard, look: Look) -> list[Part]:
    workers = sum(len(r.workers) for r in board.rows)
    signed = sum(1 for r in board.rows if r.guarantee_signed_on)
    members = len({r.member for r in board.rows})
    summary = (f"截至{escape(cn_date(board.as_of))}，共有党员 {members} 名与职工 {workers} 名结对子，"
               f"签订安全联保责任书 {signed} 份。")
    rows = []
    for k, r in enumerate(board.rows, 1):
        term = (f"{short_date(r.term_start)} 至 {short_date(r.term_end)}" if r.term_start or r.term_end else DASH)
        rows.append([str(k), markup(r.member), markup(r.member_unit), escape("、".join(plain(w) for w in r.workers)),
                     short_date(r.guarantee_signed_on) if r.guarantee_signed_on else '<font color="#777777">未签订</font>',
                     term])

    def table(size: float) -> Flowable:
        t = board_table(HEADER, rows, WIDTHS, look, size, ALIGNS)
        t.spaceBefore = 3 * mm * look.s
        return t

    closing = "党员与职工结对子、签订安全联保责任书，互相提醒、共保安全，欢迎职工群众监督。"
    if board.branch.phone:
        closing += f"监督电话：{escape(plain(board.branch.phone))}"
    return [
        _para(markup(board.scope), look, 18, RED, space_after=1.5 * mm * look.s),
        _para(summary, look, 12),
        Fit(table, look.size(TABLE_SIZE), look.min_size, group="table"),
        note(closing, look),
    ]


def note(text_markup: str, look: Look, design: float = 10.5) -> Fit:
    """A grey line under a board (what it shows, whom to call)."""

    def make(size: float) -> Flowable:
        p = look.para(text_markup, size, GREY, leading=1.35)
        p.spaceBefore = 3 * mm * look.s
        return p

    return Fit(make, look.size(design), look.min_size)


def layout(board: PairingBoard, box: SlotBox) -> tuple[CardHead, list[Flowable]]:
    fitted = fit(parts(board, box.look), [box.body], box.look, grow=1.2)
    return CardHead("结对子 · 安全联保 公示", board.branch, name=board.scope, subtitle=None), fitted.flowables
