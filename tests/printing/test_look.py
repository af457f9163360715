"""The card look's plain-text paragraphs: made without ReportLab's markup parser, they must be
exactly what the parser makes, and anything with markup must still go through the parser."""

from __future__ import annotations

import pytest
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from dangjian_desktop.printing.look import RED, Look, _plain_frags, hang_room


def parsed(text: str, style) -> list:
    _style, frags, _bullet = ParaParser().parse(cleanBlockQuotedText(text), style)
    return frags


@pytest.mark.parametrize("text", ["安全生产责任区", "  前后 与  中间的   空格 ", "Line A，末尾。", "区" * 500, "１２３ ABC"])
def test_a_plain_text_makes_the_fragment_the_parser_makes(text):
    style = Look(1.41).style(11.5, RED, "center")
    fast = _plain_frags(text, style)
    assert fast is not None and len(fast) == 1
    [slow] = parsed(text, style)
    assert fast[0].__dict__ == slow.__dict__


@pytest.mark.parametrize("text", ["<b>粗</b>", "甲&amp;乙", "&#160;", "", "   "])
def test_markup_entities_and_empty_text_go_through_the_parser(text):
    assert _plain_frags(text, Look().style(10)) is None


def test_fragments_of_one_style_do_not_share_their_lists():
    style = Look().style(10)
    a, b = _plain_frags("甲", style), _plain_frags("乙", style)
    assert a[0].text == "甲" and b[0].text == "乙"
    assert a[0].us_lines is not b[0].us_lines and a[0].link is not b[0].link


def test_a_paragraph_breaks_into_the_same_lines_either_way():
    look = Look()
    text = "每周至少报告一次安全情况，" * 20
    fast = look.para(text, 11)
    slow = look.para(text + "<b></b>", 11)  # an empty tag sends it through the parser
    assert fast.wrap(300, 1000) == slow.wrap(300, 1000)
    assert fast.blPara.lines == slow.blPara.lines and len(fast.blPara.lines) > 3


def test_hang_room_reads_plain_and_marked_up_text():
    assert hang_room("甲乙") == 0.0
    assert hang_room("甲。乙") == 1.0
    assert hang_room("甲，乙") == 1.0  # a Chinese mark ReportLab's own list lacks (fonts.NOT_AT_LINE_START)
    assert hang_room("<b>甲</b>&amp;乙。") == 1.0
