"""The boards' tables: a red header row repeated on every slot, wrapped cells, light stripes.

A row taller than what is left of a slot splits inside its cells (``splitInRow``), so no row,
however long its text, can stop a board from printing.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from .look import LINE, PALE, RED, WHITE, Look

Cell = str  # Paragraph markup


def board_table(header: Sequence[Cell], rows: Sequence[Sequence[Cell]], widths: Sequence[float], look: Look,
                size: float, aligns: Sequence[str] | None = None, padding: float = 1.2 * mm) -> Table:
    """A table at text ``size``: ``widths`` are fractions of the frame's width (they add up to 1)."""
    aligns = aligns or ["left"] * len(header)
    head_style = look.style(size, WHITE, "center", leading=1.3)  # the table's font
    data = [[look.para(h, size, WHITE, "center", leading=1.3) for h in header]]
    for row in rows:
        data.append([look.para(cell, size, align=aligns[k], leading=1.35) for k, cell in enumerate(row)])
    pad = padding * look.s
    t = Table(data, colWidths=[f"{w * 100:.3f}%" for w in widths], repeatRows=1, splitInRow=1)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), head_style.fontName),
        ("BACKGROUND", (0, 0), (-1, 0), RED),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.6 * look.s, LINE),
        ("BOX", (0, 0), (-1, -1), 1.0 * look.s, RED),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), PALE) for r in range(2, len(data), 2)]
    t.setStyle(TableStyle(commands))
    return t
