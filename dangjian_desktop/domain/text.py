"""Text as people type or paste it: one normaliser for every input, and short echoes in messages.

Names come from dialogs, Excel and CSV files and the command line. Pasted text brings
characters nobody sees: zero-width spaces (U+200B), byte-order marks (U+FEFF), bidirectional
controls (U+202E turns “张磊” around on screen), full-width letters and digits. Left in, they make
a second “张磊” with 工号 “DT010001” that looks exactly like the first, or a name that shows as
nothing. ``clean_text`` is applied to every text field before it is checked and stored, so what
is stored is what is seen, and the same text typed twice is stored the same way.

``shorten`` keeps a value echoed in a message readable: a 10,000-character name pasted by
mistake must not make a 30 KB error line.

``guard_csv_field`` / ``unguard_csv_field``: a CSV file has no cell types, so a spreadsheet
program opening it runs a field starting with “=” as a formula; the writer puts an apostrophe
before such a field and the reader takes it off again (workbooks need no change of the text:
``exporting.xlsx``).
"""

from __future__ import annotations

import re
import unicodedata

# Characters that are letters or symbols to Unicode yet draw nothing: the Hangul fillers and
# the blank Braille pattern. Only a name made of these (or of nothing) is refused; inside a
# visible name they are left alone (they are not controls, and real Korean text may use them).
_BLANK_GRAPHICS = frozenset("\u115f\u1160\u3164\uffa0\u2800")

# Line breaks of every kind; in one-line text they become a space.
_LINE_BREAKS = frozenset("\n\r\x85\u2028\u2029\x1c\x1d\x1e")
_SPACES = re.compile(r"[^\S\n]+")  # whitespace other than the line break

# Full-width punctuation and symbols (：，；（）！？～／￥ …) are how Chinese text is punctuated:
# NFKC would turn “调离：调往机关（东区）” into “调离:调往机关(东区)”. They are kept as typed;
# full-width letters and digits (ＤＴ０１) are folded like everything else.
_FULLWIDTH_PUNCTUATION = re.compile(r"[\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff60\uffe0-\uffe6]+")


def _nfkc(text: str) -> str:
    """NFKC, except full-width punctuation (a starter: splitting around it composes the same)."""
    out, at = [], 0
    for m in _FULLWIDTH_PUNCTUATION.finditer(text):
        out += [unicodedata.normalize("NFKC", text[at : m.start()]), m.group()]
        at = m.end()
    out.append(unicodedata.normalize("NFKC", text[at:]))
    return "".join(out)


def _without_controls(text: str) -> str:
    """Drop format characters (Cf: zero-width, bidi controls, BOM, soft hyphen …), control
    characters (Cc) and lone surrogates (Cs); tabs become spaces, line breaks "\\n"."""
    out = []
    for ch in text.replace("\r\n", "\n"):
        if ch in _LINE_BREAKS:
            out.append("\n")
        elif ch in "\t\x0b\x0c":
            out.append(" ")
        elif unicodedata.category(ch) not in ("Cc", "Cf", "Cs"):
            out.append(ch)
    return "".join(out)


def clean_text(text: str | None, *, multiline: bool = False) -> str:
    """``text`` as it is stored: invisible characters removed, NFKC, spaces trimmed.

    - Zero-width characters (U+200B–U+200D, U+2060, U+FEFF), bidirectional controls
      (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and every other format or control
      character are removed.
    - NFKC: full-width “ＡＢＣ１２３” becomes “ABC123”, an ideographic space a plain space,
      a compatibility ideograph the ordinary one; text typed on any input method compares equal.
      Full-width punctuation (：，（）) is kept: it is ordinary Chinese punctuation.
    - Runs of spaces (tabs too) become one space; the ends are trimmed. One-line text
      (the default) turns line breaks into spaces; ``multiline`` keeps them (备注), trimming
      each line and blank lines at the ends.
    - Text with no visible character at all (``has_visible``) becomes "": a name of
      zero-width spaces or Hangul fillers is an empty name.

    Idempotent: cleaning cleaned text changes nothing.
    """
    if not text:
        return ""
    text = _nfkc(_without_controls(text))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines).strip("\n") if multiline else " ".join(line for line in lines if line)
    return text if has_visible(text) else ""


def has_visible(text: str | None) -> bool:
    """Whether ``text`` has a character that shows: a letter, digit, punctuation or symbol
    (also private-use and not-yet-assigned code points, where rare 生僻字 may live). Spaces,
    controls, combining marks alone and blank fillers do not count."""
    for ch in text or "":
        if ch in _BLANK_GRAPHICS:
            continue
        cat = unicodedata.category(ch)
        if cat[0] in "LNPS" or cat in ("Co", "Cn"):
            return True
    return False


def shorten(value: object, limit: int = 30) -> str:
    """``value`` as text for a message, cut to at most ``limit`` characters with “…”."""
    text = str(value)
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)] + "…"


# What makes a spreadsheet program read a cell's text as a formula (OWASP “CSV injection”):
# “=”, “+”, “-”, “@”, and a tab or carriage return before them.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _guarded(text: str) -> bool:
    """Text ``guard_csv_field`` wrote: an apostrophe before a trigger or another apostrophe."""
    return text[:1] == "'" and (text[1:2] in FORMULA_TRIGGERS or text[1:2] == "'")


def guard_csv_field(text: str) -> str:
    """``text`` for a CSV field: an apostrophe before a leading trigger, so Excel and LibreOffice
    show text instead of running a formula (OWASP's advice). Text that already starts with an
    apostrophe followed by a trigger or an apostrophe gets one too, so that
    ``unguard_csv_field(guard_csv_field(t)) == t`` for every ``t``: the name “'=x” comes back as
    “'=x”, and “'张伟” is written as it is."""
    return "'" + text if text[:1] in FORMULA_TRIGGERS or _guarded(text) else text


def unguard_csv_field(text: str) -> str:
    """The text ``guard_csv_field`` was given: one apostrophe taken off where it put one."""
    return text[1:] if _guarded(text) else text
