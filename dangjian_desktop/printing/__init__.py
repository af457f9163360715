"""Printing the wall-board cards: ReportLab only; no Qt, no database.

The public API (the print dialog and the command line use nothing else):

- ``CARDS`` / ``spec(key)``: the five cards (key, Chinese title, selection fields, default paper);
- ``render(key, data, options, out_path, progress=None, cancelled=None)`` → ``RenderResult``;
- ``render_bytes(key, data, options)`` → the PDF's bytes (a preview of ``data.first()``);
- ``PrintOptions(paper, per_sheet)``, ``Paper``; ``RenderCancelled``, ``NothingToPrint``.

The data comes from ``services.cards.load(key, ctx, selection)``: plain dataclasses
(``printing.data``). Layers: this package imports neither Qt nor SQLAlchemy nor the services.
"""

from .data import CardData
from .engine import NothingToPrint, PrintOptions, RenderResult, render, render_bytes
from .frame import RenderCancelled
from .paper import Paper
from .registry import CARDS, CardSpec, spec

__all__ = ["CARDS", "CardData", "CardSpec", "NothingToPrint", "Paper", "PrintOptions", "RenderCancelled",
           "RenderResult", "render", "render_bytes", "spec"]
