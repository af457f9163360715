"""The shared edit helpers (services.records): load for an edit, text checks, diff and undo."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dangjian_desktop.domain.errors import ConflictError, NotFound, ValidationError
from dangjian_desktop.domain.org import Branch, Gender, Person, PoliticalStatus
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.services import records
from dangjian_desktop.services.roster import PERSON_FIELDS


def test_load_for_edit_finds_the_row_at_its_version_or_says_why_not(secretary, org):
    with secretary.db.uow() as s:
        branch = records.load_for_edit(s, Branch, org["branch"], 1)
        assert branch.name == "综采二区党支部"
        branch.contact_phone = "111"  # version 2 on commit
    with secretary.db.uow() as s:
        with pytest.raises(ConflictError, match="已被他人修改"):
            records.load_for_edit(s, Branch, org["branch"], 1)
        with pytest.raises(NotFound, match="支部不存在"):
            records.load_for_edit(s, Branch, 999_999, 1, not_found="支部不存在。")
        with pytest.raises(NotFound, match="该记录不存在"):
            records.load_for_edit(s, Branch, 999_999, 1)
        assert records.load_for_edit(s, Branch, org["branch"], 2).contact_phone == "111"


def test_required_text_strips_and_refuses_empty_or_too_long():
    assert records.required_text("  综采二区 ", "不能为空。") == "综采二区"
    with pytest.raises(ValidationError, match="^不能为空。$"):
        records.required_text(" \t", "不能为空。")
    assert records.required_text("区" * 100, "不能为空。") == "区" * 100
    with pytest.raises(ValidationError, match="过长（最多100个字）"):
        records.required_text("区" * 101, "不能为空。")
    with pytest.raises(ValidationError, match="最多5个字"):
        records.required_text("调离本单位了", "不能为空。", longest=5)


def test_raise_problems_lists_every_problem():
    records.raise_problems([])
    with pytest.raises(ValidationError) as err:
        records.raise_problems(["姓名不能为空", "工号不能为空"])
    assert str(err.value) == "姓名不能为空；工号不能为空。"
    assert err.value.problems == ["姓名不能为空", "工号不能为空"]


def test_diff_applies_the_changes_and_its_inverse_undoes_them():
    p = Person(name="张伟", employee_no="A1", branch_id=1, political_status=PoliticalStatus.MASSES, post="采煤",
               special_post=False, joined_party_precision="day")  # as stored (the column default)
    before = {f: getattr(p, f) for f in PERSON_FIELDS}
    data = PersonInput(name="张伟", employee_no="A1", branch_id=1, gender=Gender.MALE, post="检修",
                       political_status=PoliticalStatus.MEMBER, joined_party_on=date(2012, 7, 1))
    changes = records.diff(p, data, PERSON_FIELDS)
    assert list(changes) == ["gender", "post", "political_status", "joined_party_on"]  # in field order
    assert changes["post"] == ("采煤", "检修") and p.post == "检修"
    assert records.diff(p, data, PERSON_FIELDS) == {}  # nothing left to change
    undone = records.diff(p, records.new_values(records.inverse(changes)), changes)
    assert undone == records.inverse(changes)
    assert {f: getattr(p, f) for f in PERSON_FIELDS} == before
    assert records.diff(p, {"post": "电工"}, ["post"]) == {"post": ("采煤", "电工")}  # a mapping works too


def test_audit_details_are_plain_and_read_back_in_the_column_types():
    changes = {
        "gender": (None, Gender.FEMALE),
        "political_status": (PoliticalStatus.MASSES, PoliticalStatus.PROBATIONARY),
        "joined_party_on": (None, date(2026, 3, 1)),
        "archived_at": (datetime(2026, 1, 2, 3, 4, 5), None),
        "post": ("采煤", None),
    }
    details = records.audit_details(changes)
    assert details == {
        "gender": [None, "女"], "political_status": ["群众", "中共预备党员"], "joined_party_on": [None, "2026-03-01"],
        "archived_at": ["2026-01-02T03:04:05", None], "post": ["采煤", None],
    }
    assert records.changes_from_details(Person, details) == changes
    assert records.typed_value(Person, "gender", "") is None  # an empty cell of an old record
    assert records.typed_value(Person, "name", "张伟") == "张伟"
