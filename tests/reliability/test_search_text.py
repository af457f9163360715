"""Search text is taken literally: ``%``, ``_`` and ``\\`` are characters, not wildcards, and a
control character (NUL) is dropped, on SQLite and on PostgreSQL (the roster and the audit log)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.services import audit, roster
from dangjian_desktop.services.roster import PersonFilter
from dangjian_desktop.services.search import like_pattern
from dangjian_desktop.services.uow import Ctx

NAMES = ["100%合格", "张_伟", "a\\b", "张三伟", "李四"]


@pytest.fixture
def people(secretary: Ctx, org) -> Ctx:
    for i, name in enumerate(NAMES, 1):
        roster.add_person(secretary, PersonInput(name=name, employee_no=f"E{i}", branch_id=org["branch"],
                                                 political_status=PoliticalStatus.MASSES), date(2026, 11, 24))
    return secretary


def _found(ctx: Ctx, text: str) -> list[str]:
    f = PersonFilter(text=text)
    names = sorted(p.name for p in roster.list_people(ctx, f))
    assert roster.count_people(ctx, f) == len(names)
    return names


@pytest.mark.parametrize(("text", "expected"), [
    ("%", ["100%合格"]),
    ("_", ["张_伟"]),
    ("\\", ["a\\b"]),
    ("张_伟", ["张_伟"]),  # not 张三伟
    ("0%合", ["100%合格"]),
    ("a\\b", ["a\\b"]),
    ("!", []),  # the escape character itself is an ordinary character too
])
def test_roster_search_is_literal(people: Ctx, text: str, expected: list[str]) -> None:
    assert _found(people, text) == expected


def test_control_characters_are_dropped_from_roster_search(people: Ctx) -> None:
    # A NUL alone is no text at all: the same as an empty search box (everyone), never an error.
    assert _found(people, "\x00") == sorted(NAMES)
    assert _found(people, " \x00\t\u200b ") == sorted(NAMES)
    assert _found(people, "张\x00_伟") == ["张_伟"]
    assert _found(people, "\x00%") == ["100%合格"]


def test_pinyin_search_still_works(people: Ctx) -> None:
    assert "李四" in _found(people, "ls")


def _summaries(ctx: Ctx, text: str) -> list[str]:
    rows = audit.list_entries(ctx, text)
    assert audit.count_entries(ctx, text) == len(rows)
    return [r.summary for r in rows]


@pytest.mark.parametrize(("text", "expected"), [
    ("%", ["新增人员 100%合格（E1）"]),
    ("_", ["新增人员 张_伟（E2）"]),
    ("\\", ["新增人员 a\\b（E3）"]),
    ("张_伟", ["新增人员 张_伟（E2）"]),
])
def test_audit_log_search_is_literal(people: Ctx, text: str, expected: list[str]) -> None:
    assert _summaries(people, text) == expected


def test_control_characters_are_dropped_from_audit_search(people: Ctx) -> None:
    everything = _summaries(people, "")
    assert len(everything) > len(NAMES)
    assert _summaries(people, "\x00") == everything
    assert _summaries(people, "张\x00_伟") == ["新增人员 张_伟（E2）"]


def test_like_pattern() -> None:
    assert like_pattern("a%b_c!d\\e") == "%a!%b!_c!!d\\e%"
    assert like_pattern(" \x00张\u200b伟 ") == "%张伟%"
    assert like_pattern("\x00") == "%%"


def test_every_text_filter_uses_the_helper() -> None:
    """A bare ``.like(`` elsewhere would read the user's text as a pattern again. Only a module
    that imports SQLAlchemy can build one (a widget's ``QRect.contains(`` is not a filter)."""
    root = Path(__file__).resolve().parents[2] / "dangjian_desktop"
    sources = {path: path.read_text(encoding="utf-8") for path in root.rglob("*.py") if path.name != "search.py"}
    bare = [f"{path.relative_to(root)}:{n}" for path, text in sources.items() if "sqlalchemy" in text
            for n, line in enumerate(text.splitlines(), 1)
            if re.search(r"\.(i?like|contains|not_like|not_ilike)\(", line)]
    assert bare == []
