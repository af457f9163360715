"""党员之星 · 优质责任区: a quarter's confirmed ones of a branch, each with its photo (or a
placeholder), who or what it is, the score and the achievements."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from ..data import StarBoard, StarEntry
from ..fit import Fit, Part, PhotoBox, fit
from ..frame import CardHead, FrameBreakIn, Rect, SlotBox, head_and_columns, single_frame
from ..look import GOLD, LINE, RED, WHITE, Look, markup, plain
from .pairing_board import _para, note

TEXT_SIZE = 13.0
PHOTO = (34 * mm, 46 * mm)
HEAD_STRIP = 22 * mm  # the title's strip over the two columns of a landscape board


class StarPanel(Flowable):
    """One commended member or zone: a red strip naming the title (★ 党员之星), the photo with
    the name, who or what it is and the score beside it, then the achievements across the
    panel. Too tall for what is left, it splits inside the achievements."""

    def __init__(self, kind: str, head: Paragraph | None, body: Paragraph, photo: PhotoBox | None, look: Look,
                 size: float, continued: bool = False) -> None:
        super().__init__()
        self.kind, self.head, self.body, self.photo, self.look = kind, head, body, photo, look
        self.size, self.continued = size, continued
        self.pad = 3 * mm * look.s
        self.strip = size * 2.0
        self.spaceBefore = 4 * mm * look.s

    def _head_width(self, aw: float) -> float:
        return aw - 3 * self.pad - (self.photo.width if self.photo else 0)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self._top = 0.0
        if self.head is not None:
            _w, head_h = self.head.wrap(self._head_width(aw), 1e7)
            self._head_h = head_h
            self._top = max(head_h, self.photo.height if self.photo else 0) + self.pad
        _w, self._body_h = self.body.wrap(aw - 2 * self.pad, 1e7)
        self.height = self.strip + self.pad + self._top + self._body_h + self.pad
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self.wrap(aw, ah)
        room = ah - (self.strip + self.pad + self._top + self.pad)
        if room < self.size * 3:
            return []
        width = aw - 2 * self.pad
        self.body.wrap(width, room)
        pieces = self.body.split(width, room)
        if len(pieces) < 2:
            return []
        return [StarPanel(self.kind, self.head, pieces[0], self.photo, self.look, self.size, self.continued),
                StarPanel(self.kind, None, pieces[1], None, self.look, self.size, continued=True)]

    def draw(self) -> None:
        c, s, pad = self.canv, self.look.s, self.pad
        w, h = self.width, self.height
        c.saveState()
        c.setStrokeColor(LINE)
        c.setLineWidth(0.8 * s)
        c.rect(0, 0, w, h, stroke=1, fill=0)
        c.setFillColor(RED)
        c.rect(0, h - self.strip, w, self.strip, stroke=0, fill=1)
        c.setFillColor(GOLD)
        font = self.look.style(self.size).fontName
        c.setFont(font, self.size * 1.1)
        c.drawString(pad, h - self.strip + self.strip * 0.3, "★")
        c.setFillColor(WHITE)
        c.drawString(pad + self.size * 1.5, h - self.strip + self.strip * 0.3, self.kind + ("（续）" if self.continued else ""))
        c.restoreState()
        y = h - self.strip - pad
        if self.head is not None:
            x = pad
            if self.photo is not None:
                self.photo.drawOn(c, pad, y - self.photo.height)
                x += self.photo.width + pad
            self.head.drawOn(c, x, y - self._head_h)
            y -= self._top
        self.body.drawOn(c, pad, y - self._body_h)


def _entry(e: StarEntry, look: Look) -> Fit:
    def make(size: float) -> Flowable:
        lines = [f'<font size="{size * 1.6:.1f}" color="{_hex(RED)}">{markup(e.title)}</font>']
        if e.subtitle:
            lines.append(escape(plain(e.subtitle)))
        if e.score is not None:
            lines.append(f'季度考核得分：<font color="{_hex(RED)}">{e.score:.2f}</font>')
        head = look.para("<br/>".join(lines), size, leading=1.55, hang=1.6)  # the name is 1.6 times larger
        head.autoLeading = "max"  # on the paragraph: the style is shared
        body = look.para(f'<font color="#777777">主要事迹：</font>{markup(e.achievements)}', size, leading=1.55)
        grown = size / look.size(TEXT_SIZE)  # the photo grows and shrinks with the text
        photo = PhotoBox(e.photo, look, PHOTO[0] * grown, PHOTO[1] * grown)
        return StarPanel(e.kind, head, body, photo, look, size)

    return Fit(make, look.size(TEXT_SIZE), look.min_size, group="entries")


def _hex(color: Color) -> str:
    return "#" + color.hexval()[2:]


def frames(box: SlotBox, first: bool = True) -> list[Rect]:
    """Portrait: the entries one under the other. Landscape: the title across the top, the
    entries side by side in two columns."""
    return head_and_columns(box, HEAD_STRIP, first) if box.landscape else single_frame(box)


def parts(board: StarBoard, look: Look, columns: bool = False) -> list[Part]:
    kinds = "、".join(dict.fromkeys(e.kind for e in board.entries))
    out: list[Part] = [
        _para(f"{escape(board.period)}　{escape(kinds)}", look, 20, RED, space_after=1 * mm * look.s),
        _para(f'<font color="{_hex(GOLD)}">★★★</font>　{markup(board.branch.name)}　'
              f'<font color="{_hex(GOLD)}">★★★</font>', look, 12),
    ]
    if columns:
        out.append(FrameBreakIn(0))
    for k, e in enumerate(board.entries):
        if columns and k == 1:
            out.append(FrameBreakIn(1))  # the second beside the first
        out.append(_entry(e, look))
    out.append(note("党员之星、优质责任区按季度评选，经季讲评排序、支部审定。向先进学习，比学赶超，共保安全。", look))
    return out


def layout(board: StarBoard, box: SlotBox) -> tuple[CardHead, list[Flowable]]:
    fitted = fit(parts(board, box.look, columns=box.landscape), frames(box), box.look, grow=2.0)
    return CardHead("党员之星 · 优质责任区", board.branch, name=board.period, subtitle=board.period), fitted.flowables
