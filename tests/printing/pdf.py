"""Reading a PDF back as a user's tools do: pdftotext (text, word boxes), pdffonts, pdfinfo."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

POPPLER = all(shutil.which(t) for t in ("pdftotext", "pdffonts", "pdfinfo"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdffonts) 未安装")


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, encoding="utf-8").stdout


def text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    return _run("pdftotext", "-enc", "UTF-8", *pages, str(pdf), "-")


def flat(pdf: Path) -> str:
    """The text without any white space: words a line break split are whole again."""
    return re.sub(r"\s+", "", text(pdf))


@dataclass(frozen=True)
class Font:
    name: str
    type: str
    embedded: bool
    subset: bool


def fonts(pdf: Path) -> list[Font]:
    lines = _run("pdffonts", str(pdf)).splitlines()
    dashes = lines[1]
    cols = [(m.start(), m.end()) for m in re.finditer(r"-+", dashes)]  # name, type, encoding, emb, sub, uni, object ID

    def col(line: str, k: int) -> str:
        a, b = cols[k]
        return line[a:b + 1].strip()

    return [Font(col(ln, 0), col(ln, 1), col(ln, 3) == "yes", col(ln, 4) == "yes") for ln in lines[2:] if ln.strip()]


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x0: float
    y0: float  # from the top of the page
    x1: float
    y1: float


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    words: tuple[Word, ...]


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>', re.S)


def pages(pdf: Path) -> list[Page]:
    """Every page with its size and each word's box (pdftotext -bbox), in points."""
    out = []
    for n, m in enumerate(_PAGE.finditer(_run("pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-")), 1):
        words = tuple(Word(n, html.unescape(w[4]), float(w[0]), float(w[1]), float(w[2]), float(w[3]))
                      for w in _WORD.findall(m.group(3)))
        out.append(Page(n, float(m.group(1)), float(m.group(2)), words))
    return out


def page_count(pdf: Path) -> int:
    return int(re.search(r"Pages:\s+(\d+)", _run("pdfinfo", str(pdf))).group(1))  # type: ignore[union-attr]


def page_size(pdf: Path) -> tuple[float, float]:
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", _run("pdfinfo", str(pdf)))
    assert m
    return float(m.group(1)), float(m.group(2))
