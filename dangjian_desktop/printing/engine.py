"""Rendering a card's data to a PDF: the one entry point the GUI and the command line call.

``render`` lays every card of the data out in the card frame, on the chosen paper, and writes
the PDF beside ``out_path`` before moving it into place: a cancelled or failed job leaves no
file. ``render_bytes`` makes the PDF in memory (a preview: ``render_bytes(key, data.first())``).
Both report progress as ``progress(percent, text)`` and ask ``cancelled()`` before each card.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import IO, Any

from reportlab.platypus import Flowable

from .data import CardData
from .fonts import ensure_font
from .frame import Cancelled, CardDoc, CardHead, FrameLayout, Progress, RenderCancelled, SlotBox, single_frame
from .output import written_beside
from .paper import Paper
from .registry import spec

Layout = Callable[[Any, SlotBox], tuple[CardHead, list[Flowable]]]


@dataclass(frozen=True)
class PrintOptions:
    """How to print: the paper (None: the card's default) and cards per sheet (1, or 2 where the card allows)."""

    paper: Paper | None = None
    per_sheet: int = 1


@dataclass(frozen=True)
class RenderResult:
    path: Path | None  # None for render_bytes
    cards: int
    pages: int
    paper: Paper
    seconds: float


class NothingToPrint(ValueError):
    """The data holds no card: no PDF is made (an empty PDF would look like a success)."""

    def __init__(self, message: str = "没有可打印的内容。") -> None:
        super().__init__(message)
        self.message = message


def _module(card_key: str) -> Any:
    return importlib.import_module(f"dangjian_desktop.printing.cards.{spec(card_key).module}")


def _check(card_key: str, data: CardData[Any], options: PrintOptions) -> Paper:
    card = spec(card_key)
    if options.per_sheet not in card.per_sheet:
        raise ValueError(f"“{card.title}”每张纸只能印 {' 或 '.join(map(str, card.per_sheet))} 张。")
    if not data.items:
        raise NothingToPrint()
    paper = options.paper or card.paper
    return paper.as_landscape() if options.per_sheet == 2 else paper


def _build(card_key: str, data: CardData[Any], options: PrintOptions, target: str | Path | IO[bytes],
           progress: Progress | None, cancelled: Cancelled | None) -> tuple[Paper, int]:
    paper = _check(card_key, data, options)
    ensure_font()
    module = _module(card_key)
    layout: Layout = module.layout
    frames: FrameLayout = getattr(module, "frames", single_frame)
    doc = CardDoc(target, paper, options.per_sheet, data.printed_on, spec(card_key).title, progress, cancelled, frames)
    box = doc.boxes[0]
    n = len(data.items)

    def cards() -> Iterator[tuple[CardHead, list[Flowable]]]:
        for i, item in enumerate(data.items):
            if cancelled is not None and cancelled():
                raise RenderCancelled()
            if progress is not None:
                progress(50 * i // n, f"准备第 {i + 1} 张，共 {n} 张")
            yield layout(item, box)

    doc.build_cards(list(cards()))
    if progress is not None:
        progress(100, "完成")
    return paper, doc.page


def render(card_key: str, data: CardData[Any], options: PrintOptions, out_path: str | Path,
           progress: Progress | None = None, cancelled: Cancelled | None = None) -> RenderResult:
    """Print ``data`` as the card ``card_key`` into ``out_path`` (written beside it, then moved).

    Raises ``NothingToPrint`` for data without cards, ``RenderCancelled`` when ``cancelled()``
    turned true (no file is left), ``ValueError`` for options the card does not take.
    """
    started = time.perf_counter()
    out = Path(out_path)
    _check(card_key, data, options)  # before a temporary file is made
    with written_beside(out) as tmp:
        paper, pages = _build(card_key, data, options, str(tmp), progress, cancelled)
    return RenderResult(out, len(data.items), pages, paper, time.perf_counter() - started)


def render_bytes(card_key: str, data: CardData[Any], options: PrintOptions = PrintOptions(),
                 progress: Progress | None = None, cancelled: Cancelled | None = None) -> bytes:
    """The PDF in memory (for a preview: ``render_bytes(key, data.first(), options)``)."""
    buf = BytesIO()
    _build(card_key, data, options, buf, progress, cancelled)
    return buf.getvalue()
