"""Pinyin keys: a name sorts before the longer names it begins, as in a dictionary."""

from __future__ import annotations

import locale

import pytest

from dangjian_desktop.domain.pinyin import name_key


def test_key_fields() -> None:
    assert name_key("张伟") == "zhang wei 0|zhangwei|zw"
    assert name_key("  ") == ""
    assert name_key("曾强").startswith("zeng qiang ")


@pytest.mark.parametrize(("short", "long"), [("王成", "王成伟"), ("陈民", "陈民永"), ("王成", "王成安"), ("李", "李娜")])
def test_a_prefix_sorts_first(short: str, long: str) -> None:
    assert sorted([long, short], key=name_key) == [short, long]
    assert name_key(short) < name_key(long)


def test_pinyin_order_still_holds() -> None:
    names = ["张伟", "王强", "李娜", "陈静", "王成伟", "王成", "赵敏"]
    assert sorted(names, key=name_key) == ["陈静", "李娜", "王成", "王成伟", "王强", "张伟", "赵敏"]


def test_a_prefix_sorts_first_under_a_linguistic_collation() -> None:
    """PostgreSQL on an office server may sort with the locale's rules (spaces and "|" skipped)."""
    for name in ("en_US.UTF-8", "zh_CN.UTF-8"):
        try:
            locale.setlocale(locale.LC_COLLATE, name)
            break
        except locale.Error:
            continue
    else:
        pytest.skip("no linguistic locale installed (en_US.UTF-8 or zh_CN.UTF-8)")
    try:
        for short, long in (("王成", "王成伟"), ("王成", "王成安"), ("陈民", "陈民永")):
            assert locale.strxfrm(name_key(short)) < locale.strxfrm(name_key(long))
    finally:
        locale.setlocale(locale.LC_COLLATE, "C")
