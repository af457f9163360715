"""The printing engine on hand-made data: fonts, paper, the frame, text fitting, writing the file."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from dangjian_desktop.printing import (
    CARDS,
    CardData,
    NothingToPrint,
    Paper,
    PrintOptions,
    RenderCancelled,
    render,
    render_bytes,
)
from dangjian_desktop.printing.frame import SlotBox
from dangjian_desktop.printing.paper import MARGIN, slots

from . import pdf
from .samples import BRANCH, PLEDGE, SAMPLES, TODAY, ZONE, ZONE_TEXTS, empty_zone, long_zone, png

pytestmark = pdf.needs_poppler
A4_W, A4_H = 595.28, 841.89


def test_the_registry_names_five_cards_with_a_title_and_paper():
    assert list(CARDS) == ["zone-cards", "pledge-cards", "pairing-board", "supervision-board", "star-board"]
    for key, spec in CARDS.items():
        assert spec.key == key and spec.title and spec.module and isinstance(spec.paper, Paper)
    assert CARDS["pledge-cards"].per_sheet == (1, 2)
    assert CARDS["star-board"].period_kinds == ("quarter",)


@pytest.mark.parametrize("key", list(CARDS))
@pytest.mark.parametrize("paper", list(Paper))
def test_every_card_on_every_paper_embeds_its_font_and_stays_on_the_page(key, paper, tmp_path):
    out = render(key, SAMPLES[key], PrintOptions(paper), tmp_path / "card.pdf").path
    assert out is not None
    found = pdf.fonts(out)
    assert found and all(f.embedded and f.subset for f in found), found
    assert all("WenQuanYi" in f.name for f in found), found  # never STSong-Light, never Helvetica
    w, h = pdf.page_size(out)
    assert (round(w), round(h)) == tuple(round(v) for v in paper.size)
    m = MARGIN * (1.41 if paper.value.startswith("A3") else 1.0) - 1
    for page in pdf.pages(out):
        for word in page.words:
            assert m <= word.x0 and word.x1 <= page.width - m and m <= word.y0 and word.y1 <= page.height - m, word
    text = pdf.flat(out)
    assert CARDS[key].title.replace(" ", "").split("/")[0] in text.replace(" ", "") or key == "zone-cards"
    assert BRANCH.name in text and "打印日期：2026年11月24日" in text


def test_the_zone_card_shows_its_five_clear_and_five_bright(tmp_path):
    card = replace(ZONE, photo=png())
    out = render("zone-cards", CardData((card,), TODAY), PrintOptions(), tmp_path / "z.pdf").path
    text = pdf.flat(out)
    for label in ("党员责任区", "五明确", "明确区域", "明确示范者", "明确示范依据和示范标准", "明确考核人和考核标准",
                  "明确示范起止时间", "五亮", "亮身份", "亮岗位", "亮职责", "亮标准", "亮业绩", "欢迎广大职工群众监督"):
        assert label in text, label
    for value in (ZONE.name, ZONE.member, ZONE.assessor, "2025年11月24日至2027年11月23日", "0516-80011951", "采煤机司机"):
        assert value.replace(" ", "").replace("　", "") in text, value
    assert "照片" not in text  # the photo is printed, not the placeholder
    assert b"/Subtype /Image" in out.read_bytes()
    assert pdf.page_count(out) == 1 and "第1页" not in text  # one page: no page numbers


def test_a_zone_without_photo_or_optional_fields_prints_neat_placeholders(tmp_path):
    out = render("zone-cards", CardData((empty_zone(),), TODAY), PrintOptions(), tmp_path / "z.pdf").path
    text = pdf.flat(out)
    assert "照片" in text and "—" in text and "None" not in text
    assert pdf.page_count(out) == 1
    broken = replace(ZONE, photo=b"not a picture")
    out = render("zone-cards", CardData((broken,), TODAY), PrintOptions(), tmp_path / "b.pdf").path
    assert "照片" in pdf.flat(out)  # a photo that cannot be read: the placeholder, not a failure


@pytest.mark.parametrize("paper", [Paper.A4, Paper.A3_LANDSCAPE])
def test_thousands_of_characters_in_every_field_run_on_with_the_header_and_nothing_is_lost(paper, tmp_path):
    out = render("zone-cards", CardData((long_zone(3000),), TODAY), PrintOptions(paper), tmp_path / "long.pdf").path
    text = pdf.flat(out)
    for k, field in enumerate(ZONE_TEXTS):
        assert f"Z{k:02d}止" in text, f"the end of {field} is missing"
    n = pdf.page_count(out)
    assert n > 3
    (_w, _h), (slot,) = slots(paper, 1)
    box = SlotBox.of(slot)
    for page in pdf.pages(out):
        page_text = "".join(w.text for w in page.words)
        assert f"第{page.number}页/共{n}页" in page_text
        if page.number > 1:
            assert "（续）" in page_text  # the card's header repeated
        assert BRANCH.name in page_text and "打印日期" in page_text
        for word in page.words:  # every word inside the band, the body or the footer: nothing drawn elsewhere
            assert any(_inside(word, page.height, region) for region in _regions(box)), word


def _regions(box: SlotBox) -> list[tuple[float, float, float, float]]:
    """(x0, x1, bottom, top) of the band, the body and the footer, in points from the bottom."""
    x0, x1 = box.x, box.x + box.width
    return [(x0, x1, box.band_bottom, box.band_top), (x0, x1, box.body_bottom, box.body_top),
            (x0, x1, box.footer_bottom, box.footer_top)]


def _inside(word: pdf.Word, height: float, region: tuple[float, float, float, float], fuzz: float = 1.5) -> bool:
    x0, x1, bottom, top = region
    return (x0 - fuzz <= word.x0 and word.x1 <= x1 + fuzz
            and bottom - fuzz <= height - word.y1 and height - word.y0 <= top + fuzz)


def test_text_shrinks_to_the_minimum_before_running_on(tmp_path):
    """A card a little too long for its page shrinks to fit one page; far too long, it runs on."""
    def pages_for(n: int) -> tuple[int, str]:
        card = replace(ZONE, achievements="今年以来排查隐患45条，全部整改闭合。" * n)
        out = render("zone-cards", CardData((card,), TODAY), PrintOptions(), tmp_path / f"z{n}.pdf").path
        pages = pdf.page_count(out)
        # (the one a page turn cuts in two is counted by its pieces: the header stands between)
        assert pdf.flat(out).count("今年以来排查隐患45条") >= n - (pages - 1)
        return pages, pdf.text(out)

    assert pages_for(20)[0] == 1  # shrunk (about 9 pt), still one page
    n, text = pages_for(60)
    assert n == 2 and "亮业绩（续）" in text.replace("\n", "")


def test_a_twenty_character_name_prints_whole(tmp_path):
    name = "八一零三综采工作面机头机尾联合安全责任区"
    member = "欧阳买买提·艾力克斯坦布尔木汗古丽娜尔汗"  # 20 characters
    assert len(name) == 20 and len(member) == 20
    card = replace(ZONE, name=name, member=member)
    out = render("zone-cards", CardData((card,), TODAY), PrintOptions(), tmp_path / "z.pdf").path
    text = pdf.flat(out)
    assert name in text and member in text
    assert pdf.page_count(out) == 1
    pledge = replace(PLEDGE, member=member)
    out = render("pledge-cards", CardData((pledge,), TODAY), PrintOptions(per_sheet=2), tmp_path / "p.pdf").path
    assert member in pdf.flat(out)


def test_text_prints_as_typed_markup_included(tmp_path):
    card = replace(ZONE, duties='<b>加粗</b> & <font size="80">大</font> 换行\n第二行\t制表')
    out = render("zone-cards", CardData((card,), TODAY), PrintOptions(), tmp_path / "z.pdf").path
    text = pdf.flat(out)
    assert '<b>加粗</b>&<fontsize="80">大</font>换行第二行制表' in text


def test_a_long_branch_name_with_markup_characters_stays_in_the_band_and_footer(tmp_path):
    branch = replace(BRANCH, name="<煤矿>&“党支部”" * 12, secretary="张&磊", phone="0516-<8001>")
    card = replace(ZONE, branch=branch, name="安全责任区" * 20, achievements="长" * 3000)
    for paper in (Paper.A4, Paper.A3_LANDSCAPE):
        out = render("zone-cards", CardData((card,), TODAY), PrintOptions(paper), tmp_path / "b.pdf").path
        text = pdf.flat(out)
        assert "<煤矿>&“党支部”" in text and "张&磊" in text and "0516-<8001>" in text  # as typed; the contact whole
        (_w, _h), (slot,) = slots(paper, 1)
        box = SlotBox.of(slot)
        for page in pdf.pages(out):
            assert all(any(_inside(w, page.height, r) for r in _regions(box)) for w in page.words)


def test_a_card_laid_out_on_a3_is_the_a4_card_larger(tmp_path):
    a4 = render("zone-cards", SAMPLES["zone-cards"], PrintOptions(Paper.A4), tmp_path / "a4.pdf").path
    a3 = render("zone-cards", SAMPLES["zone-cards"], PrintOptions(Paper.A3), tmp_path / "a3.pdf").path

    def heading(path: Path) -> pdf.Word:
        (page,) = pdf.pages(path)
        return next(w for w in page.words if ZONE.name in w.text)

    h4, h3 = heading(a4), heading(a3)
    assert 1.3 < (h3.y1 - h3.y0) / (h4.y1 - h4.y0) < 1.5  # the text grew with the paper
    (page,) = pdf.pages(a3)
    assert max(w.x1 for w in page.words) > 0.85 * page.width  # the whole sheet is used, not an A4 corner
    assert max(w.y1 for w in page.words) > 0.85 * page.height


def test_two_pledge_cards_on_one_a4_landscape_sheet(tmp_path):
    other = replace(PLEDGE, member="刘峰勇", signed_on=None)
    out = render("pledge-cards", CardData((PLEDGE, other), TODAY), PrintOptions(per_sheet=2), tmp_path / "p.pdf").path
    assert pdf.page_count(out) == 1
    w, h = pdf.page_size(out)
    assert w > h and round(w) == 842
    (page,) = pdf.pages(out)
    left = "".join(x.text for x in page.words if x.x1 <= w / 2)
    right = "".join(x.text for x in page.words if x.x0 >= w / 2)
    assert "黄蕾月" in left and "刘峰勇" in right
    assert "2026年10月17日" in left and "年月日" in right  # unsigned: a blank date to fill in
    for key in ("zone-cards", "pairing-board", "supervision-board", "star-board"):
        with pytest.raises(ValueError):
            render(key, SAMPLES[key], PrintOptions(per_sheet=2), tmp_path / "x.pdf")


def test_a_board_repeats_its_table_header_on_every_page(tmp_path):
    board = SAMPLES["pairing-board"].items[0]
    many = replace(board, rows=board.rows * 12)
    out = render("pairing-board", CardData((many,), TODAY), PrintOptions(), tmp_path / "b.pdf").path
    n = pdf.page_count(out)
    assert n >= 3
    for page in pdf.pages(out):
        words = "".join(w.text for w in page.words)
        assert "结对职工" in words and f"共{n}页" in words
    assert "144" in pdf.text(out)  # the last row's number


def test_progress_and_cancel(tmp_path):
    data = CardData((ZONE,) * 6, TODAY)
    seen: list[int] = []
    render("zone-cards", data, PrintOptions(), tmp_path / "ok.pdf", progress=lambda pct, _text: seen.append(pct))
    assert seen == sorted(seen) and seen[-1] == 100

    target = tmp_path / "cards.pdf"
    target.write_bytes(b"an older file")
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(RenderCancelled):
        render("zone-cards", data, PrintOptions(), target, cancelled=cancelled)
    assert target.read_bytes() == b"an older file"  # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cards.pdf", "ok.pdf"]  # no partial file left


def test_nothing_to_print_writes_no_file(tmp_path):
    with pytest.raises(NothingToPrint):
        render("zone-cards", CardData((), TODAY), PrintOptions(), tmp_path / "none.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_preview_of_one_card_is_fast():
    render_bytes("zone-cards", SAMPLES["zone-cards"])  # the font is registered once per process
    best = min(_timed(lambda: render_bytes("zone-cards", SAMPLES["zone-cards"].first())) for _ in range(5))
    assert best < 0.15, f"{best:.3f} s"


def _timed(f) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    f()
    return time.perf_counter() - start


@pytest.mark.parametrize("paper", [Paper.A4, Paper.A3_LANDSCAPE])
def test_a_text_of_many_lines_runs_on_with_every_line_once_and_in_order(paper, tmp_path):
    """A text with line breaks is a stack of one paragraph per line (``Look.text``): split
    between lines and inside a long line, it still prints each line once, in order."""
    lines = [f"L{i:03d}" + ("班前会讲安全，" * (1 + i % 7)) + f"E{i:03d}" for i in range(240)]
    lines[5] = ""  # an empty line keeps its place
    card = replace(ZONE, achievements="\n".join(lines), duties="第一行\n\n第三行")
    out = render("zone-cards", CardData((card,), TODAY), PrintOptions(paper), tmp_path / "lines.pdf").path
    text = pdf.flat(out)
    assert pdf.page_count(out) > 1
    where = [text.find(f"L{i:03d}") for i in range(240) if i != 5]
    assert all(k >= 0 for k in where) and where == sorted(where)
    assert all(text.count(f"E{i:03d}") == 1 for i in range(240) if i != 5)
    assert "第一行" in text and "第三行" in text
