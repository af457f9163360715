"""Text fitting: boxes that wrap their text, shrink it to fit, and run on when they must.

A card's body is a list of parts; a ``Fit`` part is made at a font size of our choice.
``fit`` shrinks the tallest shrinkable part step by step (0.5 pt) until the body fits its
slot or every part is at the minimum size (about 9 pt); what still does not fit then runs on
into the next slot, where the frame repeats the card's header. A ``TextBox`` splits between
lines of its text, its label repeated with “（续）”, so nothing is ever cut off or drawn
outside its box or the page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import TypeAlias, Union

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from .frame import FrameBreakIn, Rect
from .look import DARK_RED, GREY, LINE, PALE, RED, WHITE, Look, thread_cache

log = logging.getLogger(__name__)

STEP = 0.5  # points (at A4) a shrinking text loses per step
FLOOR_CHECK_AFTER = 2  # steps tried before asking whether the card fits at the minimum at all
_TALL = 1e7  # "no limit" for measuring a flowable's full height

PHOTO_WIDTH = 26 * mm  # 2-inch photo proportions, at A4
PHOTO_HEIGHT = 36 * mm
PHOTO_PIXELS = (600, 840)
KEEP_WHOLE = 45 * mm  # a box shorter than this (at A4) is never split  # a photo is scaled down to this before it goes into the PDF


@dataclass
class Fit:
    """A part of a card whose text size ``fit`` chooses: ``make(size)`` builds it at that size.

    Parts of one ``group`` (the boxes of a card) always share their size, so a card's boxes
    never mix sizes; a part without a group is sized on its own."""

    make: Callable[[float], Flowable]
    size: float  # its design size at the slot's scale: the largest it is printed
    floor: float  # the smallest
    group: str | None = None


Part: TypeAlias = Union[Flowable, Fit]  # Union, not "|": Flowable is untyped (Any)


@dataclass
class Fitted:
    flowables: list[Flowable]
    fits: bool  # False: even at the minimum the card runs on into the next slot
    sizes: dict[str, float]  # the size chosen for each group (and "#i" for a part of its own)


def measure(f: Flowable, width: float) -> float:
    """Height ``f`` takes in a frame ``width`` wide, with its spaces before and after."""
    _w, h = f.wrap(width, _TALL)
    return h + f.getSpaceBefore() + f.getSpaceAfter()


class _Probe:
    """Part ``i`` as the fitting sees it: made for the width of the frame it is tried in."""

    def __init__(self, i: int, make: Callable[[int, float | None], Flowable]) -> None:
        self.i, self.make = i, make

    def at(self, width: float) -> Flowable:
        return self.make(self.i, width)

    @classmethod
    def many(cls, n: int, make: Callable[[int, float | None], Flowable]) -> list[_Probe]:
        return [cls(i, make) for i in range(n)]


def fits_in(flowables: Sequence[Flowable | _Probe], frames: Sequence[Rect],
            height_of: Callable[[int, float], float] | None = None, split: set[int] | None = None) -> bool:
    """Whether the flowables fit the frames of one slot, laid out as the document will:
    frame after frame, a ``TextBox`` split between lines, ``CondPageBreak`` and ``FrameBreakIn`` obeyed.
    ``split`` collects the ids of the flowables that were split (they are not handed on)."""
    queue: list[tuple[Flowable | _Probe, int | None]] = [(f, i) for i, f in enumerate(flowables)]
    k, remaining = 0, frames[0].height
    while queue:
        item, i = queue.pop(0)
        width = frames[k].width
        f = item.at(width) if isinstance(item, _Probe) else item
        if isinstance(f, CondPageBreak) or isinstance(f, FrameBreakIn):
            if (f.height > remaining) if isinstance(f, CondPageBreak) else (k in f.indices):
                k += 1
                if k >= len(frames):
                    return False
                remaining = frames[k].height
            continue
        h = height_of(i, width) if (height_of is not None and i is not None) else measure(f, width)
        if h <= remaining + 0.01:
            remaining -= h
            continue
        pieces = f.split(width, remaining - f.getSpaceBefore()) if remaining > 1 else []
        if split is not None and pieces is not None:
            split.add(id(f))
        if len(pieces) >= 2:
            queue[0:0] = [(p, None) for p in pieces]
            continue
        k += 1
        if k >= len(frames):
            return False
        remaining = frames[k].height
        queue.insert(0, (item, i))
    return True


def fit(parts: Sequence[Part], frames: Sequence[Rect], look: Look, grow: float = 1.0) -> Fitted:
    """Choose the size of every ``Fit`` part so that the whole fits the slot's ``frames``: step by
    step, the group whose next smaller step saves most height shrinks. When even the minimum
    does not fit, the groups print at the minimum (parts of their own, short headings, keep
    their size) and the card runs on into the next slot. A short card may ``grow`` (up to that
    factor) to fill its slot better."""
    fitting = {i: p for i, p in enumerate(parts) if isinstance(p, Fit)}
    key_of = {i: (p.group or f"#{i}") for i, p in fitting.items()}
    members: dict[str, list[int]] = {}
    for i, key in key_of.items():
        members.setdefault(key, []).append(i)
    design = {key: max(fitting[i].size for i in idx) for key, idx in members.items()}
    floor = {key: min(fitting[i].floor for i in idx) for key, idx in members.items()}
    sizes = dict(design)
    # A flowable is measured at one width only (a Table keeps the column widths of its first
    # wrap): one instance per part, size and width. The document gets the instances measured
    # at its frame's width (their lines are not broken again), fresh ones when it could lay them
    # out at another width (frames of different widths) or when the fitting split them.
    made: dict[tuple[int, float, float], Flowable] = {}
    heights: dict[tuple[int, float, float], float] = {}
    split: set[int] = set()
    one_width = len({round(r.width, 2) for r in frames}) == 1

    def make(i: int, width: float | None) -> Flowable:
        if i not in fitting:
            return parts[i]
        size = sizes[key_of[i]]
        if width is None:
            return fitting[i].make(size)
        key = (i, size, round(width, 2))
        if key not in made:
            made[key] = fitting[i].make(size)
        return made[key]

    def height_of(i: int, width: float) -> float:
        key = (i, sizes[key_of[i]] if i in fitting else 0.0, round(width, 2))
        if key not in heights:
            heights[key] = measure(make(i, width), width)
        return heights[key]

    def fits() -> bool:
        return fits_in(_Probe.many(len(parts), make), frames, height_of, split)

    def final(i: int) -> Flowable:
        if i in fitting and one_width:
            done = made.get((i, sizes[key_of[i]], round(frames[0].width, 2)))
            if done is not None and id(done) not in split:
                return done
        return make(i, None)

    def group_height(key: str) -> float:
        return sum(height_of(i, frames[-1].width) for i in members[key])

    ok = fits()
    if ok and grow > 1.0:  # room left: everything larger, up to ``grow`` times the design (bisection)
        low, high = 1.0, grow
        for _ in range(5):
            mid = (low + high) / 2
            sizes.update({key: design[key] * mid for key in sizes})
            low, high = (mid, high) if fits() else (low, mid)
        sizes.update({key: design[key] * low for key in sizes})
    if not ok:  # shrink no more than needed; when even the minimum does not fit, the card runs on
        step = STEP * look.s

        def gain(key: str) -> tuple[float, float]:
            """About the height a step smaller saves, then the height. Estimated, not laid out
            again: a text's lines and their height both scale with its size, so a group of height
            ``h`` at size ``s`` saves about ``h * step / s`` (laying every candidate out at its
            smaller size cost more than the rest of the card). Whether the card then fits is
            always laid out exactly."""
            now, size = group_height(key), sizes[key]
            smaller = max(floor[key], size - step)
            return round(now * (size - smaller) / size, 3), now

        def fits_at_floor() -> bool:
            now = dict(sizes)
            sizes.update(floor)
            result = fits()
            sizes.update(now)
            return result

        # Most cards fit a step or two below the design size: whether the minimum fits at all
        # (a layout of its own) is asked only when a few steps were not enough. The steps taken
        # are the same either way: the result is the same as asking first.
        can_fit: bool | None = None
        steps = 0
        while not fits():
            if can_fit is None and steps >= FLOOR_CHECK_AFTER:
                can_fit = fits_at_floor()
                if not can_fit:
                    break
            shrinkable = [k for k in sizes if sizes[k] > floor[k] + 1e-6]
            if not shrinkable:
                break
            best = max(shrinkable, key=gain)
            sizes[best] = max(floor[best], sizes[best] - step)
            steps += 1
        ok = can_fit is not False and fits()  # the heights are known: no new layout
        if not ok:  # it runs on anyway: the boxes at the minimum, a heading of its own as designed
            for key in sizes:
                if not key.startswith("#"):
                    sizes[key] = floor[key]
                else:
                    sizes[key] = design[key]
    return Fitted([final(i) for i in range(len(parts))], ok, dict(sizes))


# ---------------------------------------------------------------- photo

def _photo_reader(data: bytes | None) -> ImageReader | None:
    """The stored photo, scaled down and ready to draw; None when there is none or it cannot be read."""
    if not data:
        return None
    try:
        from PIL import Image, ImageOps

        with Image.open(BytesIO(data)) as im:
            im = ImageOps.exif_transpose(im)
            im.thumbnail(PHOTO_PIXELS)
            out = BytesIO()
            im.convert("RGB").save(out, "JPEG", quality=88)
        return ImageReader(BytesIO(out.getvalue()))
    except Exception as exc:  # noqa: BLE001 - a broken photo prints the placeholder, never stops a batch
        log.warning("照片无法读取，打印占位框：%s", exc)
        return None


class PhotoBox(Flowable):
    """The member's photo in a thin frame, or a neat placeholder saying 照片 when there is none."""

    def __init__(self, data: bytes | None, look: Look, width: float = PHOTO_WIDTH, height: float = PHOTO_HEIGHT) -> None:
        super().__init__()
        self.look = look
        self.width, self.height = width * look.s, height * look.s
        self.reader = _photo_reader(data)

    @property
    def has_photo(self) -> bool:
        return self.reader is not None

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c, s = self.canv, self.look.s
        c.saveState()
        if self.reader is not None:
            c.drawImage(self.reader, 0, 0, self.width, self.height, preserveAspectRatio=True, anchor="c")
            c.setStrokeColor(LINE)
            c.setLineWidth(0.6 * s)
            c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        else:
            c.setFillColor(PALE)
            c.setStrokeColor(GREY)
            c.setLineWidth(0.6 * s)
            c.setDash(2 * s, 2 * s)
            c.rect(0, 0, self.width, self.height, stroke=1, fill=1)
            size = self.look.size(12)
            c.setFillColor(GREY)
            c.setFont(self.look.style(size).fontName, size)
            c.drawCentredString(self.width / 2, self.height / 2 - size * 0.35, "照片")
        c.restoreState()


# ---------------------------------------------------------------- boxes

class TextBox(Flowable):
    """A labelled box: the label in a pale column on the left, the text beside it (and a photo
    at its right when given). Too tall for the space left, it splits between lines of its text."""

    def __init__(self, label: str, text: Flowable, look: Look, label_width: float, photo: PhotoBox | None = None,
                 min_height: float = 0.0, continued: bool = False, label_size: float | None = None) -> None:
        super().__init__()
        self.label_text, self.text, self.look = label, text, look
        self.label_width, self.photo, self.min_height, self.continued = label_width, photo, min_height, continued
        self.label_size = label_size
        shown = label + ("（续）" if continued else "")
        if label_size is None:  # a little smaller than the text, shrinking and growing with it
            label_size = max(look.min_size, text.style.fontSize * 11 / 12)
        self.label = _label(look, shown, label_size, label_width)
        self.pad = 2.6 * mm * look.s
        self.width = self.height = 0.0
        self._wrapped_at: float | None = None

    def _value_width(self, aw: float) -> float:
        w = aw - self.label_width - 2 * self.pad
        if self.photo is not None:
            w -= self.photo.width + self.pad
        return max(w, 10.0)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        if aw == self._wrapped_at:  # measured while fitting, laid out at the same width: no second line breaking
            return aw, self.height
        self.width = aw
        self._wrapped_at = aw
        _w, self._text_h = self.text.wrap(self._value_width(aw), _TALL)
        _w, self._label_h = self.label.wrap(self.label_width - 2 * self.pad, _TALL)
        photo_h = self.photo.height if self.photo is not None else 0.0
        self.height = max(self._text_h, self._label_h, photo_h) + 2 * self.pad
        self.height = max(self.height, self.min_height)
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self._wrapped_at = None
        inner = ah - 2 * self.pad
        self.wrap(aw, ah)
        if self.height < KEEP_WHOLE * self.look.s:  # a short box moves on whole rather than in two halves
            return []
        if inner <= 0 or self._label_h > inner or (self.photo is not None and self.photo.height > inner):
            return []
        vw = self._value_width(aw)
        self.text.wrap(vw, inner)
        parts = self.text.split(vw, inner)
        if len(parts) < 2:
            return []
        first = TextBox(self.label_text, parts[0], self.look, self.label_width, self.photo, continued=self.continued,
                        label_size=self.label_size)
        rest = TextBox(self.label_text, parts[1], self.look, self.label_width, continued=True, label_size=self.label_size)
        return [first, rest]

    def draw(self) -> None:
        c, s = self.canv, self.look.s
        w, h = self.width, self.height
        c.saveState()
        c.setFillColor(PALE)
        c.rect(0, 0, self.label_width, h, stroke=0, fill=1)
        c.setStrokeColor(LINE)
        c.setLineWidth(0.8 * s)
        c.rect(0, 0, w, h, stroke=1, fill=0)
        c.line(self.label_width, 0, self.label_width, h)
        c.restoreState()
        self.label.drawOn(c, self.pad, h - self.pad - self._label_h)
        self.text.drawOn(c, self.label_width + self.pad, h - self.pad - self._text_h)
        if self.photo is not None:
            self.photo.drawOn(c, w - self.pad - self.photo.width, h - self.pad - self.photo.height)


def _label(look: Look, shown: str, size: float, column: float) -> Paragraph:
    """A box's label: the same few labels at a few sizes on every card, so made once (per thread)
    and shared; one instance per label ``column`` width, the only width it is wrapped at (it is
    never split)."""
    cache = thread_cache("labels", 256)
    key = (look, shown, size, column)
    if key not in cache:
        cache[key] = look.para(shown, size, DARK_RED, leading=1.3)
    return cache[key]


def section(title: str, look: Look, note: str | None = None, room: float = 18 * mm) -> list[Flowable]:
    """A section's title, moved on to the next slot with what follows when less than ``room``
    (at A4) is left under it: a title never stands alone at the bottom."""
    bar = SectionBar(title, look, note)
    return [CondPageBreak(bar.bar + bar.spaceBefore + room * look.s), bar]


class SectionBar(Flowable):
    """A section's title (五明确, 五亮): white on a red tab, a red rule to the right edge."""

    def __init__(self, title: str, look: Look, note: str | None = None) -> None:
        super().__init__()
        self.title, self.note, self.look = title, note, look
        self.size = look.size(14)
        self.bar = self.size * 1.9
        self.spaceBefore = 3 * mm * look.s
        self.spaceAfter = 1.5 * mm * look.s

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        return aw, self.bar

    def draw(self) -> None:
        c, s = self.canv, self.look.s
        font = self.look.style(self.size).fontName
        pad = 4 * mm * s
        tab = c.stringWidth(self.title, font, self.size) + 2 * pad
        c.saveState()
        c.setFillColor(RED)
        c.rect(0, 0, tab, self.bar, stroke=0, fill=1)
        c.setStrokeColor(RED)
        c.setLineWidth(1.2 * s)
        c.line(tab, 0.6 * s, self.width, 0.6 * s)
        c.setFillColor(WHITE)
        c.setFont(font, self.size)
        c.drawString(pad, (self.bar - self.size) / 2 + self.size * 0.15, self.title)
        if self.note:
            small = self.look.min_size
            c.setFillColor(GREY)
            c.setFont(font, small)
            room = self.width - tab - 3 * s
            note = self.note
            while note and c.stringWidth(note, font, small) > room:
                note = note[:-2] + "…" if len(note) > 2 else ""
            c.drawRightString(self.width, 3 * s, note)
        c.restoreState()
