"""Printing the wall-board cards: ReportLab only; no Qt, no database.

The public API (the print dialog and the command line use nothing else):

- ``CARDS`` / ``spec(key)``: the five cards (key, Chinese title, selection fields, default paper);
- ``render(key, data, options, out_path, progress=None, cancelled=None)`` → ``RenderResult``;
- ``render_bytes(key, data, options)`` → the PDF's bytes (a preview of ``data.first()``);
- ``PrintOptions(paper, per_sheet)``, ``Paper``; ``RenderCancelled``, ``NothingToPrint``.

The data comes from ``services.cards.load(key, ctx, selection)``: plain dataclasses
(``printing.data``). Layers: this package imports neither Qt nor SQLAlchemy nor the services.
ReportLab's layout engine is imported on first use of ``render``: the command line and the
window start without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .data import CardData
from .paper import Paper
from .registry import CARDS, CardSpec, spec

if TYPE_CHECKING:
    from .engine import NothingToPrint, PrintOptions, RenderResult, render, render_bytes
    from .frame import RenderCancelled

_LAZY = {"NothingToPrint": "engine", "PrintOptions": "engine", "RenderResult": "engine", "render": "engine",
         "render_bytes": "engine", "RenderCancelled": "frame"}

__all__ = ["CARDS", "CardData", "CardSpec", "NothingToPrint", "Paper", "PrintOptions", "RenderCancelled",
           "RenderResult", "render", "render_bytes", "spec"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
