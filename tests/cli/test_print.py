"""``dangjian-desktop print``: every card from a fresh demo, and each refusal as one Chinese line."""

from __future__ import annotations

from pathlib import Path

import pytest

from dangjian_desktop.printing import CARDS

from ..printing import pdf

pytestmark = pdf.needs_poppler


def url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.mark.parametrize("key", list(CARDS))
def test_every_card_prints_from_the_demo_with_its_defaults(cli, demo_file, tmp_path, key):
    out = tmp_path / "卡片" / f"{key}.pdf"  # a folder that is not there yet
    done = cli("--db", url(demo_file), "print", key, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 1000 and f"已生成 {out}" in done.stdout
    assert CARDS[key].title.replace(" ", "").split("/")[0] in pdf.flat(out)
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # nothing left beside it
    if key == "star-board":  # the demo's quarter is not reviewed yet: the latest one, said on stderr
        assert "尚未评出，打印最近一期" in done.stderr


def test_options_of_a_print(cli, demo_file, tmp_path):
    out = tmp_path / "承诺书.pdf"
    out.write_bytes(b"old")
    done = cli("--db", url(demo_file), "print", "pledge-cards", "--out", str(out), "--branch", "运行部党支部",
               "--unit", "运行一班", "--paper", "a4", "--per-sheet", "2")
    assert done.returncode == 0, done.stderr
    assert "每张纸两份" in done.stdout and "A4 横向" in done.stdout
    w, h = pdf.page_size(out)
    assert w > h
    text = pdf.flat(out)
    assert "运行部党支部" in text and "综采二区党支部" not in text
    done = cli("--db", url(demo_file), "print", "supervision-board", "--out", str(out), "--period", "2026年第三季度",
               "--paper", "A3-landscape", "--branch", "综采二区党支部")
    assert done.returncode == 0, done.stderr
    assert "2026年第三季度" in pdf.flat(out) and round(pdf.page_size(out)[0]) == 1191


@pytest.mark.parametrize(("args", "message"), [
    (["zone-cards", "--branch", "不存在的支部"], "找不到支部“不存在的支部”"),
    (["pairing-board", "--unit", "不存在的班组"], "找不到区队/班组“不存在的班组”"),
    (["pledge-cards", "--campaign", "不存在的活动"], "找不到承诺活动“不存在的活动”"),
    (["supervision-board", "--period", "2020-01"], "没有可打印的内容"),
    (["star-board", "--period", "2020Q1"], "没有已确认的党员之星"),
    (["star-board", "--period", "2026-11"], "不是季度"),
    (["supervision-board", "--period", "明年"], "无法识别的期间"),
    (["star-board", "--unit", "综采二区"], "不按区队/班组选择"),
    (["zone-cards", "--campaign", "百日安全"], "不按承诺活动选择"),
    (["pairing-board", "--period", "2026-11"], "不按期间选择"),
    (["zone-cards", "--per-sheet", "2"], "每张纸只能印 1 份"),
])
def test_each_refusal_is_one_chinese_line_and_no_file(cli, demo_file, tmp_path, args, message):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "x.pdf"
    done = cli("--db", url(demo_file), "print", *args, "--out", str(out))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert list(folder.iterdir()) == []  # never an empty PDF, nothing half-written


def test_a_bad_paper_or_card_is_refused_by_the_parser(cli, demo_file, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    done = cli("--db", url(demo_file), "print", "zone-cards", "--paper", "B5", "--out", str(folder / "x.pdf"))
    assert done.returncode == 2 and "无法识别的纸张“B5”" in done.stderr
    done = cli("--db", url(demo_file), "print", "wall", "--out", str(folder / "x.pdf"))
    assert done.returncode == 2 and "无效的选择" in done.stderr
    done = cli("--db", url(demo_file), "print", "zone-cards", "--out", str(folder / "x.docx"))
    assert done.returncode == 1 and "应以 .pdf 结尾" in done.stderr
    assert list(folder.iterdir()) == []
