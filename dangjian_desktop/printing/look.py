"""The cards' look: colours, sizes at a slot's scale, paragraph styles, text made safe to print.

Sizes are designed for an A4 card and multiplied by the slot's scale (``paper.Slot.scale``);
no text is ever smaller than ``MIN_SIZE`` times the scale (about 9 pt on A4).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from xml.sax.saxutils import escape, unescape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import ALL_CANNOT_START, cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from .fonts import NOT_AT_LINE_START, ensure_font

RED = colors.HexColor("#C8102E")  # the Party red of the header band
DARK_RED = colors.HexColor("#9E0B22")
GOLD = colors.HexColor("#F4C542")
PALE = colors.HexColor("#FCF1EC")  # label cells, table stripes
LINE = colors.HexColor("#D9A3A3")  # box borders
INK = colors.HexColor("#222222")
GREY = colors.HexColor("#777777")
WHITE = colors.white

MIN_SIZE = 9.0  # the smallest text a card prints, in points at A4 (about 9 pt: readable on a wall)
LEADING = 1.45  # line height over font size: Chinese text needs air between lines
DASH = "—"  # what an empty field prints

ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}

# Control characters (a tab becomes a space, a line break stays one) and the invisible ones
# a pasted text may carry: they would print as boxes or move text about.
_INVISIBLE = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff]")


@dataclass(frozen=True)
class Look:
    """Sizes for one slot: ``s`` is its scale (1.0 at A4, 1.41 at A3)."""

    s: float = 1.0

    @property
    def min_size(self) -> float:
        return MIN_SIZE * self.s

    def size(self, design: float) -> float:
        """A design size (points at A4) at this scale, never below the minimum."""
        return max(design * self.s, self.min_size)

    def style(self, size: float, color: colors.Color = INK, align: str = "left", leading: float = LEADING,
              space_after: float = 0.0, hang: float = 1.0) -> ParagraphStyle:
        """A paragraph style of the card font at ``size`` (already scaled), wrapping Chinese text anywhere.

        Chinese line breaking lets a punctuation mark that may not begin a line (，。）…) hang
        past the line's end; ``hang`` ems are kept free for it so it never leaves its box."""
        return _style(round(size, 2), color.hexval(), align, leading, round(space_after, 2), hang)

    def para(self, text_markup: str, size: float, color: colors.Color = INK, align: str = "left",
             leading: float = LEADING, space_after: float = 0.0, hang: float | None = None) -> Paragraph:
        """A paragraph of ``text_markup`` in ``style``; room for a hanging mark only when the text
        has one that may hang (``hang_room``), so a short label keeps its whole width."""
        room = hang_room(text_markup) if hang is None else hang * hang_room(text_markup)
        return WrapOnce(text_markup, self.style(size, color, align, leading, space_after, room))


    def text(self, text_markup: str, size: float, color: colors.Color = INK, leading: float = LEADING) -> Flowable:
        """A box's text: one paragraph, or, when its lines are only separated by ``<br/>``, a
        :class:`Stack` of one paragraph per line. ReportLab breaks a paragraph of several
        fragments (a ``<br/>`` makes three) into lines character by character, about eight times
        slower than a paragraph of one fragment; a stack prints the same lines."""
        lines = text_markup.split("<br/>")
        if len(lines) == 1 or any("<" in line for line in lines):
            return self.para(text_markup, size, color, leading=leading)
        return Stack([self.para(line or "&#160;", size, color, leading=leading) for line in lines])


class Stack(Flowable):
    """Paragraphs one under the other, measured, split and drawn as one text (see ``Look.text``)."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        super().__init__()
        self.paragraphs = paragraphs
        self.style = paragraphs[0].style  # what a box reads its text's size from
        self.width = self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        self.width = availWidth
        self.height = sum(p.wrap(availWidth, availHeight)[1] for p in self.paragraphs)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        used = 0.0
        for i, p in enumerate(self.paragraphs):
            h = p.wrap(availWidth, availHeight)[1]
            if used + h <= availHeight + 1e-6:
                used += h
                continue
            pieces = p.split(availWidth, availHeight - used)
            if len(pieces) >= 2:
                return [Stack([*self.paragraphs[:i], pieces[0]]), Stack([*pieces[1:], *self.paragraphs[i + 1:]])]
            if i == 0:
                return []
            return [Stack(self.paragraphs[:i]), Stack(self.paragraphs[i:])]
        return [self]

    def draw(self) -> None:
        y = self.height
        for p in self.paragraphs:
            y -= p.height
            p.drawOn(self.canv, 0, y)


class WrapOnce(Paragraph):
    """A Paragraph that breaks its lines once per width: measured while fitting and then laid out
    by the document at the same width, it is not broken into lines again (its height does not
    depend on the height offered). A split forgets it: splitting may change the fragments."""

    _wrapped_at: float | None = None

    def __init__(self, text: str | None, style: ParagraphStyle, bulletText: str | None = None,  # noqa: N803 - ReportLab's names
                 frags: list | None = None, **kwargs: object) -> None:
        if frags is None and text is not None:
            frags = _plain_frags(text, style)
        super().__init__(text, style, bulletText, frags, **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        if availWidth == self._wrapped_at:
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth if availWidth >= 1 else None
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Paragraph]:  # noqa: N803
        self._wrapped_at = None
        return super().split(availWidth, availHeight)


def _plain_frags(text: str, style: ParagraphStyle) -> list | None:
    """The fragments ReportLab's markup parser would make of ``text``, made without it when the
    text is plain (no tag, no entity: most of a card): one fragment in the style's font and
    colour, its white space collapsed as the parser does. Parsing a paragraph costs more than
    breaking it into lines (an ``HTMLParser`` and a parser state per paragraph); ``None`` lets
    the parser handle everything else."""
    text = cleanBlockQuotedText(text)
    if not text or "<" in text or "&" in text:
        return None
    cache = thread_cache("plain-frags")
    template = cache.get(style.name)
    if template is None:
        _style_, frags, _bullet = ParaParser().parse("x", style)
        template = cache[style.name] = frags[0]
    return [template.clone(text=text, us_lines=[], link=[])]


@lru_cache(maxsize=512)
def _style(size: float, color: str, align: str, leading: float, space_after: float, hang: float) -> ParagraphStyle:
    font = ensure_font()
    room = size * hang
    # Lines break ``room`` short of the width; the indents keep a hanging mark inside it and a
    # centred line centred.
    left, right = {"left": (0.0, room), "center": (room / 2, room / 2), "right": (room, 0.0)}[align]
    return ParagraphStyle(
        f"dj-{size}-{color}-{align}-{leading}-{space_after}-{hang}", fontName=font, fontSize=size,
        leading=size * leading, textColor=colors.HexColor(color), alignment=ALIGN[align], wordWrap="CJK",
        spaceAfter=space_after, allowWidows=1, allowOrphans=1, splitLongWords=True, leftIndent=left, rightIndent=right,
    )


_local = threading.local()


def thread_cache(name: str, limit: int = 512) -> dict:
    """A cache of this thread's own: flowables shared between cards (a label, a footer) hold the
    canvas while drawn, so a preview and a batch in two threads must not draw the same one.
    Emptied when it grows past ``limit``."""
    caches = _local.__dict__.setdefault("caches", {})
    cache = caches.setdefault(name, {})
    if len(cache) > limit:
        cache.clear()
    return cache


_TAG = re.compile(r"<[^>]*>")
# ReportLab's marks and the Chinese ones ``fonts`` adds to its list when the font is registered
# (the name imported above is ReportLab's list before that).
_CANNOT_START = frozenset(ALL_CANNOT_START + NOT_AT_LINE_START)


def hang_room(text_markup: str) -> float:
    """Ems to keep free for a hanging mark: 1 when the text holds a character that may hang
    (see ``Look.style``), 0 when none can: a narrow table cell keeps its whole width."""
    plain_text = "<" not in text_markup and "&" not in text_markup
    visible = text_markup if plain_text else unescape(_TAG.sub("", text_markup))
    return 0.0 if _CANNOT_START.isdisjoint(visible) else 1.0


def clean(text: str | None) -> str:
    """The text to print: invisible characters removed, tabs as spaces, line ends unified, trimmed."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _INVISIBLE.sub("", text).strip()


def markup(text: str | None, empty: str = DASH) -> str:
    """``text`` as Paragraph markup: escaped (a name with ``<`` or ``&`` prints as typed), its
    line breaks kept; ``empty`` when there is nothing to print."""
    cleaned = clean(text)
    if not cleaned:
        return escape(empty)
    return "<br/>".join(escape(line) for line in cleaned.split("\n"))


def plain(text: str | None, empty: str = DASH) -> str:
    """``text`` on one line (for the band and the footer): line breaks become spaces."""
    cleaned = " ".join(clean(text).split())
    return cleaned or empty


def cn_date(day: date | None, empty: str = DASH) -> str:
    """2026年11月29日."""
    return f"{day.year}年{day.month}月{day.day}日" if day else empty


def cn_span(start: date | None, end: date | None) -> str:
    """2026年1月1日 至 2026年12月31日; one side missing prints as 起 / 止 open."""
    if start is None and end is None:
        return DASH
    return f"{cn_date(start, '—')} 至 {cn_date(end, '长期')}"
