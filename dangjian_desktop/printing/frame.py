"""The one card frame every card is printed in, and the document that lays cards out.

Every card (or board) occupies one slot of a sheet (the whole sheet, or half of it with two
per sheet) and gets, drawn around its body: the red header band with the board's title and
the branch, and a footer with the branch, its contact line and the print date. A card too
long for one slot continues in the next with its header repeated ("（续）" and the card's
name in the band), and then all its slots say 第 N 页 / 共 M 页 (counted per card: a batch
of one-page cards carries no numbers, a card that runs on does).

``CardDoc.build_cards`` takes each card's body flowables; progress and cancel are checked
as each card is laid out.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate
from reportlab.platypus.doctemplate import ActionFlowable, FrameBreak

from .data import BranchInfo
from .fonts import ensure_font
from .look import DARK_RED, GOLD, GREY, INK, RED, WHITE, Look, cn_date, plain, thread_cache
from .paper import MARGIN, Paper, Slot, slots

BAND_HEIGHT = 22 * mm
FOOTER_HEIGHT = 10 * mm
GAP = 5 * mm

Progress = Callable[[int, str], None]
Cancelled = Callable[[], bool]


class RenderCancelled(Exception):
    """The user cancelled a print job; no file was written."""

    message = "已取消打印，未生成文件。"

    def __init__(self) -> None:
        super().__init__(self.message)


@dataclass(frozen=True)
class CardHead:
    """What the frame prints around one card."""

    title: str  # the board's title: 党员责任区, 安全承诺书 …
    branch: BranchInfo
    name: str | None = None  # the card's own name, repeated in the band on the slots it runs on to
    subtitle: str | None = None  # under the title on its first slot (a period, a unit); the name when continued


@dataclass(frozen=True)
class Rect:
    """A frame of a slot's body, in points from the sheet's lower left corner."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class SlotBox:
    """Where a slot's band, body and footer are."""

    slot: Slot
    look: Look
    x: float
    width: float
    band_top: float
    band_bottom: float
    body_top: float
    body_bottom: float
    footer_top: float
    footer_bottom: float

    @property
    def body_height(self) -> float:
        return self.body_top - self.body_bottom

    @property
    def body(self) -> Rect:
        return Rect(self.x, self.body_bottom, self.width, self.body_height)

    @property
    def landscape(self) -> bool:
        return self.slot.width > self.slot.height

    @classmethod
    def of(cls, slot: Slot) -> SlotBox:
        look = Look(slot.scale)
        s = look.s
        m = MARGIN * s
        band_top = slot.y + slot.height - m
        band_bottom = band_top - BAND_HEIGHT * s
        footer_bottom = slot.y + m
        footer_top = footer_bottom + FOOTER_HEIGHT * s
        return cls(slot, look, slot.x + m, slot.width - 2 * m, band_top, band_bottom,
                   band_bottom - GAP * s, footer_top + GAP * s * 0.6, footer_top, footer_bottom)


# A card's frames in a slot: on its first page (``first``), and on the pages it runs on to.
FrameLayout = Callable[[SlotBox, bool], list[Rect]]


def single_frame(box: SlotBox, first: bool = True) -> list[Rect]:
    """The whole body as one frame: what most cards use."""
    return [box.body]


def head_and_columns(box: SlotBox, top: float, first: bool = True, columns: int = 2, gap: float = 7 * mm) -> list[Rect]:
    """A full-width strip ``top`` high (at A4 scale) over ``columns`` columns: a portrait card on a
    landscape sheet. The pages a card runs on to have the columns only."""
    b, s = box.body, box.look.s
    top_h = top * s if first else 0.0
    width = (b.width - gap * s * (columns - 1)) / columns
    under = b.height - top_h
    strip = [Rect(b.x, b.y + under, b.width, top_h)] if first else []
    return strip + [Rect(b.x + k * (width + gap * s), b.y, width, under) for k in range(columns)]


class FrameBreakIn(Flowable):
    """Moves on to the slot's next frame when laid out in one of the frames ``indices`` (0 = the
    slot's first): a section that should begin a column, a heading that fills the top strip."""

    def __init__(self, *indices: int) -> None:
        super().__init__()
        self.indices = frozenset(indices)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        if frame is not None and frame_index(frame.id) in self.indices:
            frame.add_generated_content(FrameBreak)
        return 0, 0

    def draw(self) -> None:
        pass


def frame_index(frame_id: str) -> int:
    """The frame's place in its slot, from its id ``s<slot>f<index>``."""
    return int(frame_id.rsplit("f", 1)[1])


def slot_index(frame_id: str) -> int:
    return int(frame_id[1:].split("f", 1)[0])


class SlotBreak(ActionFlowable):
    """Ends the current slot: the next card begins in the next slot (or on the next sheet)."""

    def __init__(self) -> None:
        super().__init__(("slotEnd",))


class CardStart(Flowable):
    """Marks where a card begins (no size): the document notes which slot shows which card."""

    def __init__(self, index: int, head: CardHead) -> None:
        super().__init__()
        self.index, self.head = index, head

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class CardEnd(CardStart):
    """Marks where a card ends."""


class _NumberedCanvas(Canvas):
    """Keeps the pages until the end, so each card's slots can say 第 N 页 / 共 M 页."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = kwargs.get("initialFontName") or ensure_font()  # not Helvetica: all embedded
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.dj_slots: list[tuple[int, SlotBox]] = []  # this page's (card index, slot)

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()
        self.dj_slots = []

    def save(self) -> None:
        per_card = Counter(index for page in self._pages for index, _box in page["dj_slots"])
        seen: Counter[int] = Counter()
        for page in self._pages:
            self.__dict__.update(page)
            for index, box in page["dj_slots"]:
                seen[index] += 1
                if per_card[index] > 1:
                    _draw_page_number(self, box, seen[index], per_card[index])
            super().showPage()
        super().save()


def _draw_page_number(canv: Canvas, box: SlotBox, n: int, total: int) -> None:
    size = box.look.min_size
    canv.setFont(box.look.style(size).fontName, size)
    canv.setFillColor(INK)
    canv.drawRightString(box.x + box.width, box.footer_bottom + size * 0.3, f"第 {n} 页 / 共 {total} 页")


def draw_fitted(canv: Canvas, lines: Sequence[str], x: float, y_top: float, width: float, height: float, look: Look,
                size: float, color: Any, align: str = "left", min_size: float | None = None) -> float:
    """Plain ``lines`` wrapped into the box (top left ``x, y_top``), shrunk down to the minimum to
    fit; past the minimum the longest line is cut with “…” rather than drawn outside. Returns the
    height used."""
    floor = look.min_size if min_size is None else min_size
    lines = [line for line in lines if line]
    key = (tuple(lines), round(width, 3), round(height, 3), look, size, color.hexval(), align, floor)
    cache = thread_cache("fitted")
    if key not in cache:  # the same band and footer on many pages: fitted once, drawn on each
        cache[key] = _fit_lines(lines, width, height, look, size, color, align, floor)
    para, h = cache[key]
    para.drawOn(canv, x, y_top - h)
    return h


def _fit_lines(lines: list[str], width: float, height: float, look: Look, size: float, color: Any, align: str,
               floor: float) -> tuple[Any, float]:
    current = size

    def made() -> tuple[Any, float]:
        para = look.para("<br/>".join(escape(line) for line in lines), current, color, align, leading=1.25)
        return para, para.wrap(width, height)[1]

    para, h = made()
    while h > height + 0.01 and current > floor:
        current = max(floor, current - 0.5 * look.s)
        para, h = made()
    while h > height + 0.01 and any(len(line) > 1 for line in lines):  # even the minimum does not fit: cut
        k = max(range(len(lines)), key=lambda i: len(lines[i]))
        lines[k] = lines[k][: max(1, int(len(lines[k]) * 0.9))].rstrip("…") + "…"
        para, h = made()
    return para, h


def _height(look: Look, text_markup: str, size: float, color: Any, align: str, width: float, height: float) -> float:
    """Height of the text at ``size`` wrapped ``width`` wide (leading 1.25), worked out once per thread."""
    cache = thread_cache("heights")
    key = (look, text_markup, size, color.hexval(), align, round(width, 3), round(height, 3))
    if key not in cache:
        cache[key] = look.para(text_markup, size, color, align, leading=1.25).wrap(width, height)[1]
    return cache[key]


def draw_band(canv: Canvas, box: SlotBox, head: CardHead, continued: bool) -> None:
    """The red header band: title on the left; the branch (and the card's name on a continued slot) on the right."""
    look, s = box.look, box.look.s
    h = box.band_top - box.band_bottom
    canv.saveState()
    canv.setFillColor(RED)
    canv.rect(box.x, box.band_bottom, box.width, h, stroke=0, fill=1)
    canv.setFillColor(GOLD)
    canv.rect(box.x, box.band_bottom - 1.2 * s, box.width, 1.2 * s, stroke=0, fill=1)
    pad = 5 * mm * s
    title = head.title + ("（续）" if continued else "")
    title_size = 24 * s
    font = look.style(title_size).fontName
    title_w = min(canv.stringWidth(title, font, title_size), box.width * 0.6)
    draw_fitted(canv, [title], box.x + pad, box.band_top - pad * 0.8, title_w + 1, h - pad, look,
                title_size, WHITE, min_size=12 * s)
    right_w = box.width - title_w - 3 * pad
    sub = head.name if continued else head.subtitle
    lines = [plain(head.branch.name), plain(sub, "")]
    para_h = h - pad * 0.9
    # vertically centred in the band when short
    ph = _height(look, "<br/>".join(escape(line) for line in lines if line), 13 * s, WHITE, "right", right_w, para_h)
    top = box.band_bottom + (h + min(ph, para_h)) / 2
    draw_fitted(canv, lines, box.x + box.width - pad - right_w, top, right_w, para_h, look, 13 * s, WHITE, "right")
    canv.restoreState()


def draw_footer(canv: Canvas, box: SlotBox, head: CardHead, printed_on: date) -> None:
    """A thin red rule, the branch and its contact on the left, the print date on the right."""
    look = box.look
    size = look.min_size
    canv.saveState()
    canv.setStrokeColor(DARK_RED)
    canv.setLineWidth(0.8 * look.s)
    canv.line(box.x, box.footer_top, box.x + box.width, box.footer_top)
    date_text = f"打印日期：{cn_date(printed_on)}"
    canv.setFont(look.style(size).fontName, size)
    canv.setFillColor(GREY)
    date_w = canv.stringWidth(date_text, look.style(size).fontName, size)
    canv.drawRightString(box.x + box.width, box.footer_top - size * 1.35, date_text)
    width, height = box.width - date_w - 8 * look.s, box.footer_top - box.footer_bottom - size * 0.25
    lines = [plain(head.branch.name), head.branch.contact]
    one_line = "　".join(line for line in lines if line)
    if _height(look, escape(one_line), size, INK, "left", width, height) <= height:
        lines = [one_line]  # else the contact keeps a line of its own: a long name is cut, never the phone
    draw_fitted(canv, lines, box.x, box.footer_top - size * 0.25, width, height, look, size, INK)
    canv.restoreState()


class CardDoc(BaseDocTemplate):
    """A PDF of cards, one card per slot (continuing into the next slots when it must)."""

    def __init__(self, target: str | os.PathLike[str] | IO[bytes], paper: Paper, per_sheet: int, printed_on: date,
                 title: str, progress: Progress | None = None, cancelled: Cancelled | None = None,
                 frames: FrameLayout = single_frame) -> None:
        (w, h), areas = slots(paper, per_sheet)
        self.boxes = [SlotBox.of(a) for a in areas]
        self.printed_on = printed_on
        self._progress = progress
        self._cancelled = cancelled
        self._total = 1
        self._current: CardStart | None = None
        self._page_slots: dict[int, tuple[CardStart, bool]] = {}
        super().__init__(target, pagesize=(w, h), title=title, author="dangjian-desktop",
                         creator="dangjian-desktop", initialFontName=ensure_font(), leftMargin=0, rightMargin=0,
                         topMargin=0, bottomMargin=0)
        if len(self.boxes) > 1:
            frames = single_frame  # two cards a sheet: each half is one frame
        self._first_frame = [f"s{i}f0" for i in range(len(self.boxes))]
        templates = []
        for name, first in (("first", True), ("more", False)):
            page_frames = [Frame(r.x, r.y, r.width, r.height, leftPadding=0, rightPadding=0, topPadding=0,
                                 bottomPadding=0, id=f"s{i}f{k}")
                           for i, b in enumerate(self.boxes) for k, r in enumerate(frames(b, first))]
            templates.append(PageTemplate(name, frames=page_frames, onPageEnd=self._end_page, pagesize=(w, h)))
        self.addPageTemplates(templates)

    # --- which card shows in which slot
    def handle_frameBegin(self, resume: int = 0, pageTopFlowables: Any = None) -> None:  # noqa: N802, N803
        super().handle_frameBegin(resume, pageTopFlowables)
        slot = slot_index(self.frame.id)
        if self._current is not None and slot not in self._page_slots:
            self._page_slots[slot] = (self._current, True)

    def handle_slotEnd(self) -> None:  # noqa: N802 - ReportLab calls handle_<action>
        """SlotBreak: on to the next slot's first frame, or the next sheet after the last slot."""
        slot = slot_index(self.frame.id)
        if slot + 1 < len(self.boxes):
            self.handle_nextFrame(self._first_frame[slot + 1])
            self.handle_frameEnd()
        else:
            self.handle_pageBreak()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        if isinstance(flowable, CardEnd):
            self._current = None
        elif isinstance(flowable, CardStart):
            self._current = flowable
            self._page_slots[slot_index(self.frame.id)] = (flowable, False)
            if self._cancelled is not None and self._cancelled():
                raise RenderCancelled()
            if self._progress is not None:
                self._progress(50 + 50 * flowable.index // self._total, f"排版第 {flowable.index + 1} 张")

    def _end_page(self, canv: Canvas, _doc: Any) -> None:
        for slot, (start, continued) in sorted(self._page_slots.items()):
            box = self.boxes[slot]
            draw_band(canv, box, start.head, continued)
            draw_footer(canv, box, start.head, self.printed_on)
            canv.dj_slots.append((start.index, box))
        if len(self.boxes) == 2:  # where to cut two cards apart
            canv.saveState()
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.4)
            canv.setDash(3, 3)
            x = self.boxes[1].slot.x
            canv.line(x, 4 * mm, x, self.pagesize[1] - 4 * mm)
            canv.restoreState()
        self._page_slots = {}

    def build_cards(self, cards: Sequence[tuple[CardHead, list[Flowable]]]) -> None:
        self._total = max(1, len(cards))
        story: list[Flowable] = []
        for i, (head, body) in enumerate(cards):
            if i:
                story += [NextPageTemplate("first"), SlotBreak()]
            # The pages a card runs on to use the "more" frames (a landscape card: no top strip).
            story += [NextPageTemplate("more"), CardStart(i, head), *body, CardEnd(i, head)]
        self.build(story, canvasmaker=_NumberedCanvas)
