"""The text normaliser every input goes through, and the short echo of values in messages."""

from __future__ import annotations

import pytest

from dangjian_desktop.domain.text import clean_text, has_visible, shorten


@pytest.mark.parametrize("raw,expected", [
    ("张\u200b磊", "张磊"),  # zero-width space
    ("\ufeff张磊", "张磊"),  # byte-order mark pasted from a file
    ("张\u202e磊", "张磊"),  # right-to-left override
    ("\u200e\u200f\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069张磊\u2060\u200c\u200d", "张磊"),
    ("DT010001\u200b", "DT010001"),
    ("ＤＴ０１０００１", "DT010001"),  # full-width letters and digits (NFKC)
    ("\u3000综采二区\u3000党支部\u3000", "综采二区 党支部"),  # ideographic spaces
    ("  a \t\t b  ", "a b"),
    ("a\r\nb\nc", "a b c"),  # one line
    ("a\x00b\x07c\x1f", "abc"),  # control characters
    ("\u00a0x\u00a0", "x"),  # no-break spaces
    ("\u00ad", ""),  # a soft hyphen alone
    ("调离：调往机关（东区），见《通知》；！？～／￥", "调离：调往机关（东区），见《通知》；！？～／￥"),  # Chinese punctuation
    ("\uf900\uff71\u2460", "\u8c48\u30a21"),  # compatibility ideograph, half-width katakana, circled 1
    ("Ｔ：０１", "T：01"),
    ("", ""),
    (None, ""),
])
def test_clean_text(raw, expected):
    assert clean_text(raw) == expected
    assert clean_text(clean_text(raw)) == clean_text(raw)  # idempotent


@pytest.mark.parametrize("raw", ["\u200b", "\u200b\u200b\ufeff", " \u3000 ", "\u3164", "\u3164\u200b\u115f",
                                 "\u2800", "\u0301", "\t\n"])
def test_text_with_nothing_visible_is_empty(raw):
    assert not has_visible(raw)
    assert clean_text(raw) == ""


def test_visible_text():
    for text in ("张", "a", "1", "·", "=", "\ue000", "\U00031350"):  # punctuation, private use, CJK Ext. H
        assert has_visible(text), text


def test_multiline_keeps_line_breaks_and_trims_each_line():
    assert clean_text("\n  第一行 \u200b \r\n\r\n第二行\t\n\n", multiline=True) == "第一行\n\n第二行"
    assert clean_text("a\u2028b", multiline=True) == "a\nb"


def test_characters_that_only_look_like_formula_triggers_stay():
    assert clean_text("=HYPERLINK(\"http://x\",\"y\")") == "=HYPERLINK(\"http://x\",\"y\")"
    assert clean_text("'张伟") == "'张伟"


def test_shorten():
    assert shorten("张伟") == "张伟"
    assert shorten("张" * 30) == "张" * 30
    assert shorten("张" * 10_000) == "张" * 29 + "…"
    assert len(shorten("x" * 100, 10)) == 10
    assert shorten(12345, 3) == "12…"
