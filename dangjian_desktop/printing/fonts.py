"""The one font of every card: the shipped WenQuanYi Micro Hei, registered once per process.

ReportLab's built-in CID fonts (``STSong-Light``) are never embedded: on a PC without Chinese
fonts a card would print blank. The shipped TrueType font is embedded as a subset of the glyphs
a PDF uses, so a card looks the same on every PC. It has no bold or italic face: emphasis comes
from size and colour, and the family maps every face to the one font so ``<b>`` never fails.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dangjian_desktop import paths

FONT = "WQYMicroHei"

_lock = threading.Lock()
_registered = False


def font_file() -> Path:
    return paths.font_path()


def ensure_font() -> str:
    """Register the shipped font (the first call only; about 0.1 s) and return its name."""
    global _registered
    if _registered:
        return FONT
    with _lock:
        if not _registered:
            path = font_file()
            if not path.is_file():
                raise FileNotFoundError(f"找不到打印字体 {path}，安装可能不完整。")
            pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT, bold, italic, FONT)
            _chinese_line_breaking()
            _registered = True
    return FONT


# Chinese punctuation that must not begin a line (避头点). ReportLab's list is Japanese: it
# lacks the full-width comma, colon, semicolon, marks and closing quotes, so a line could
# begin with "，". A mark in this list hangs at the end of the line before instead (one at
# most); every paragraph style keeps an em free for it (``look.Look.style``).
NOT_AT_LINE_START = "，；：！？”’》〉…—％"


def _chinese_line_breaking() -> None:
    # Both line breakers read the list as a module global: one paragraph style's text
    # (textsplit.wordSplit) and mixed styles (paragraph.cjkFragSplit).
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        missing = "".join(c for c in NOT_AT_LINE_START if c not in module.ALL_CANNOT_START)
        module.ALL_CANNOT_START += missing

