"""安全承诺书: the campaign and its dates, the member, post and unit, the pledge text, each
measurable commitment with its target and period, the signature line and the signed date.
Two cards fit an A4 landscape sheet (``per_sheet`` 2)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from ..data import PledgeCard
from ..fit import Fit, Part, TextBox, fit, section
from ..frame import CardHead, SlotBox
from ..look import GREY, INK, LINE, PALE, RED, Look, cn_date, cn_span, markup, plain
from ..tables import board_table

TEXT_SIZE = 12.5
LABEL_WIDTH = 24 * mm


def _line(text_markup: str, look: Look, design: float, color=INK, space_after: float = 0.0) -> Fit:
    def make(size: float) -> Flowable:
        return look.para(text_markup, size, color, "center", leading=1.3, space_after=space_after)

    return Fit(make, look.size(design), look.min_size)


def _who(card: PledgeCard, look: Look) -> Fit:
    """承诺人 / 岗位 / 区队·班组 as a small grid."""

    def make(size: float) -> Flowable:
        def label(text: str) -> Flowable:
            return look.para(text, size, RED, leading=1.3)

        def value(text: str) -> Flowable:
            return look.para(text, size, leading=1.3)

        t = Table([[label("承诺人"), value(markup(card.member)), label("岗位"), value(markup(card.post))],
                   [label("区队/班组"), value(markup(card.unit)), "", ""]],
                  colWidths=["18%", "32%", "14%", "36%"], splitInRow=1)
        pad = 1.8 * mm * look.s
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), look.style(size).fontName), ("SPAN", (1, 1), (3, 1)),
            ("GRID", (0, 0), (-1, -1), 0.8 * look.s, LINE), ("BACKGROUND", (0, 0), (0, -1), PALE),
            ("BACKGROUND", (2, 0), (2, 0), PALE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad)]))
        t.spaceBefore = 3 * mm * look.s
        return t

    return Fit(make, look.size(TEXT_SIZE), look.min_size, group="text")


def _text(card: PledgeCard, look: Look) -> Fit:
    def make(size: float) -> Flowable:
        box = TextBox("承诺内容", look.text(markup(card.text), size, leading=1.6), look, LABEL_WIDTH * look.s)
        box.spaceBefore = 2 * mm * look.s
        return box

    return Fit(make, look.size(TEXT_SIZE), look.min_size, group="text")


def _commitments(card: PledgeCard, look: Look) -> Fit:
    rows = [[str(k), markup(c.text), escape(plain(c.target)), escape(plain(c.period))]
            for k, c in enumerate(card.commitments, 1)]

    def make(size: float) -> Flowable:
        return board_table(["序号", "承诺事项", "目标", "周期"], rows, (0.09, 0.61, 0.14, 0.16), look, size,
                           ["center", "left", "center", "center"])

    return Fit(make, look.size(TEXT_SIZE - 1), look.min_size, group="text")


def _signature(card: PledgeCard, look: Look) -> Fit:
    """承诺人（签名）and 签订日期 on lines to write on, at the right (the date printed when signed)."""
    signed = escape(cn_date(card.signed_on)) if card.signed_on else "　　　　年　　月　　日"

    def make(size: float) -> Flowable:
        st = look.style(size, leading=1.3)
        label_w = stringWidth("承诺人（签名）：", st.fontName, size) + size * 0.5
        line_w = max(stringWidth("2026年12月31日", st.fontName, size) + size, 40 * mm * look.s)
        t = Table([[look.para("承诺人（签名）：", size, align="right", leading=1.3, hang=0), ""],
                   [look.para("签订日期：", size, align="right", leading=1.3, hang=0), look.para(signed, size, leading=1.3)]],
                  colWidths=[label_w, line_w], rowHeights=[size * 2.6, size * 2.6], hAlign="RIGHT")
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st.fontName), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                               ("LINEBELOW", (1, 0), (1, -1), 0.8 * look.s, INK),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        t.spaceBefore = 6 * mm * look.s
        return t

    return Fit(make, look.size(TEXT_SIZE), look.min_size)


def parts(card: PledgeCard, look: Look) -> list[Part]:
    out: list[Part] = [
        _line(markup(card.campaign), look, 19, RED, space_after=1 * mm * look.s),
        _line(f"活动时间：{escape(cn_span(card.campaign_starts, card.campaign_ends))}", look, 11, GREY),
        _who(card, look),
        _text(card, look),
    ]
    if card.commitments:
        out += [*section("可量化承诺", look, room=20 * mm), _commitments(card, look)]
    out.append(_signature(card, look))
    return out


def layout(card: PledgeCard, box: SlotBox) -> tuple[CardHead, list[Flowable]]:
    fitted = fit(parts(card, box.look), [box.body], box.look, grow=1.45)
    head = CardHead("安全承诺书", card.branch, name=f"{card.member} · {card.campaign}", subtitle=card.unit)
    return head, fitted.flowables
