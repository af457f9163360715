"""Paper sizes, and the geometry of the card areas (slots) on a sheet.

A card is designed for A4 and laid out again on A3: every size (fonts, bands, margins, photo)
is multiplied by ``scale``, the slot's short side over A4's (1.0 on A4 either way, 1.41 on A3),
so an A3 card is the A4 card larger, not a small A4 in a corner. Two cards per sheet put two
portrait halves side by side on the landscape sheet (two A5 cards on an A4 sheet).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.units import mm

A4_SHORT = A4[0]


class Paper(str, enum.Enum):
    """The paper a card is printed on; the value is how the command line writes it."""

    A4 = "A4"
    A4_LANDSCAPE = "A4-landscape"
    A3 = "A3"
    A3_LANDSCAPE = "A3-landscape"

    @property
    def label(self) -> str:
        """How a dialog shows it."""
        return {"A4": "A4 纵向", "A4-landscape": "A4 横向", "A3": "A3 纵向", "A3-landscape": "A3 横向"}[self.value]

    @property
    def size(self) -> tuple[float, float]:
        """(width, height) in points."""
        w, h = A3 if self.value.startswith("A3") else A4
        return (h, w) if self.landscape else (w, h)

    @property
    def landscape(self) -> bool:
        return self.value.endswith("-landscape")

    def as_landscape(self) -> Paper:
        return Paper(self.value.split("-")[0] + "-landscape")

    @classmethod
    def parse(cls, text: str) -> Paper:
        """``A4``, ``a3-landscape``, ``A4横向`` …; ValueError with a Chinese message otherwise."""
        cleaned = (text or "").strip().upper().replace("横向", "-LANDSCAPE").replace("纵向", "").replace("_", "-")
        for p in cls:
            if p.value.upper() == cleaned:
                return p
        raise ValueError(f"无法识别的纸张“{text}”，应为 {'、'.join(p.value for p in cls)}。")


@dataclass(frozen=True)
class Slot:
    """One card's area on the sheet, in points from the sheet's lower left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def scale(self) -> float:
        """Sizes relative to the A4 design; a half sheet keeps the A4 sizes (fonts never below the minimum)."""
        return max(1.0, min(self.width, self.height) / A4_SHORT)


def slots(paper: Paper, per_sheet: int) -> tuple[tuple[float, float], list[Slot]]:
    """The sheet's size and its card areas: the whole sheet, or two portrait halves of the
    landscape sheet (``per_sheet`` 2)."""
    if per_sheet == 1:
        w, h = paper.size
        return (w, h), [Slot(0, 0, w, h)]
    if per_sheet == 2:
        w, h = paper.as_landscape().size
        return (w, h), [Slot(0, 0, w / 2, h), Slot(w / 2, 0, w / 2, h)]
    raise ValueError(f"每张纸只能印 1 或 2 张卡片，不能是 {per_sheet}。")


MARGIN = 12 * mm  # around a card at A4 size (scaled with the card)
