"""Search boxes: what a user types is matched literally, in every list that filters by text.

A plain ``LIKE '%…%'`` reads the typed text as a pattern: ``%`` and ``_`` match anything, and on
PostgreSQL a backslash escapes the next character (its default escape), so searching
“100%合格” or “张_伟” found the wrong people, and “\\” found nothing. A NUL matched everything on
SQLite and was an unhandled driver error on PostgreSQL. Here the text is cleaned as every input
is (``domain.text.clean_text``: control and format characters removed, NFKC, spaces trimmed),
the wildcards and the escape character are escaped, and the pattern names its ``ESCAPE``
character explicitly (“!”, so that no database's own treatment of the backslash plays a part).

Text with nothing left after cleaning (only spaces or control characters) is no filter at all:
the same as an empty search box.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, or_
from sqlalchemy.orm import QueryableAttribute

from dangjian_desktop.domain.text import clean_text

ESCAPE = "!"
_SPECIAL = (ESCAPE, "%", "_")  # the escape character first: the others' escapes add more of it

TextColumn = ColumnElement[Any] | QueryableAttribute[Any]  # a text column or a mapped attribute


def search_text(text: str | None) -> str:
    """``text`` as a search compares it: cleaned like stored text ("" when nothing is left)."""
    return clean_text(text)


def escape_like(text: str) -> str:
    """``text`` with the LIKE wildcards and ``ESCAPE`` escaped (no cleaning, no ``%`` around it)."""
    for ch in _SPECIAL:
        text = text.replace(ch, ESCAPE + ch)
    return text


def like_pattern(text: str | None) -> str:
    """The pattern for “contains ``text``” (cleaned, escaped), to use with ``escape=ESCAPE``."""
    return f"%{escape_like(search_text(text))}%"


def contains(column: TextColumn, text: str) -> ColumnElement[bool]:
    """``column`` contains ``text`` literally (``text`` cleaned first; use ``matches_any``
    to skip the filter when nothing is left)."""
    return column.like(like_pattern(text), escape=ESCAPE)


def matches_any(columns: Iterable[TextColumn], text: str | None) -> ColumnElement[bool] | None:
    """Any of ``columns`` contains ``text`` literally; None when the cleaned text is empty
    (no filter: every row)."""
    text = search_text(text)
    if not text:
        return None
    return or_(*(contains(c, text) for c in columns))
