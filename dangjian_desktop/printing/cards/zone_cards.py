"""党员责任区 / 党员示范岗 card: the zone's name and kind, the 五明确, the 五亮 with the member's
photo (or a placeholder), and the line inviting supervision with the branch's contact."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from ..data import ZoneCard
from ..fit import PHOTO_HEIGHT, Fit, Part, PhotoBox, TextBox, fit, section
from ..frame import CardHead, FrameBreakIn, Rect, SlotBox, head_and_columns, single_frame
from ..look import DASH, INK, RED, Look, cn_span, markup, plain

LABEL_WIDTH = 34 * mm
TEXT_SIZE = 11.5  # the boxes' text at A4, before shrinking: a typical zone's 五明确 and 五亮 fit at this size (at 12 pt none of the demo's did, and each card was laid out twice)
HEAD_STRIP = 24 * mm  # the name's strip above the two columns of a landscape card


def _box(label: str, text_markup: str, look: Look, photo: PhotoBox | None = None) -> Fit:
    def make(size: float) -> Flowable:
        return TextBox(label, look.text(text_markup, size), look, LABEL_WIDTH * look.s, photo)

    return Fit(make, look.size(TEXT_SIZE), look.min_size, group="boxes")


def _line(text_markup: str, look: Look, design: float, color=INK, space_after: float = 0.0) -> Fit:
    def make(size: float) -> Flowable:
        return look.para(text_markup, size, color, "center", leading=1.3, space_after=space_after)

    return Fit(make, look.size(design), look.min_size)


def _supervision(card: ZoneCard, look: Look) -> Fit:
    phone = card.branch.phone
    text = "欢迎广大职工群众监督" + (f"　监督电话：{escape(plain(phone))}" if phone else "")
    text += f"（{escape(plain(card.branch.name))}）"

    def make(size: float) -> Flowable:
        t = Table([[look.para(text, size, RED, "center", leading=1.3)]], colWidths=["100%"])
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), look.style(size).fontName), ("BOX", (0, 0), (-1, -1), 1.2 * look.s, RED),
                               ("TOPPADDING", (0, 0), (-1, -1), 2 * mm * look.s),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm * look.s)]))
        t.spaceBefore = 3 * mm * look.s
        return t

    return Fit(make, look.size(13), look.min_size)


def frames(box: SlotBox, first: bool = True) -> list[Rect]:
    """Portrait: one frame. Landscape: the name across the top, 五明确 and 五亮 in two columns."""
    return head_and_columns(box, HEAD_STRIP, first) if box.landscape else single_frame(box)


def parts(card: ZoneCard, look: Look, columns: bool = False) -> list[Part]:
    member = " ".join(x for x in (plain(card.member_status, ""), plain(card.member, "")) if x)
    assessor = f"考核人：{markup(card.assessor)}<br/>考核标准：{markup(card.assessment_standard)}"
    info = [f'<font color="{RED.hexval().replace("0x", "#")}">【{escape(plain(card.kind))}】</font>{escape(card.category)}']
    if card.location:
        info.append(f"位置：{escape(plain(card.location))}")
    if card.unit:
        info.append(f"区队/班组：{escape(plain(card.unit))}")
    photo = PhotoBox(card.photo, look)
    return [
        _line(markup(card.name), look, 22, RED, space_after=1.5 * mm * look.s),
        _line("　".join(info), look, 12),
        *([FrameBreakIn(0)] if columns else []),
        *section("五明确", look),
        _box("明确区域", markup(card.area), look),
        _box("明确示范者", escape(member) or DASH, look),
        _box("明确示范依据和示范标准", markup(card.basis_and_standard), look),
        _box("明确考核人和考核标准", assessor, look),
        _box("明确示范起止时间", escape(cn_span(card.starts_on, card.ends_on)), look),
        *section("五亮", look, room=PHOTO_HEIGHT + 8 * mm),  # the photo's box follows: no title alone
        _box("亮身份", markup(card.identity), look, photo),
        _box("亮岗位", markup(card.post), look),
        _box("亮职责", markup(card.duties), look),
        _box("亮标准", markup(card.standard), look),
        _box("亮业绩", markup(card.achievements), look),
        _supervision(card, look),
    ]


def layout(card: ZoneCard, box: SlotBox) -> tuple[CardHead, list[Flowable]]:
    fitted = fit(parts(card, box.look, columns=box.landscape), frames(box), box.look)
    head = CardHead(card.category, card.branch, name=card.name, subtitle=card.unit)
    return head, fitted.flowables
