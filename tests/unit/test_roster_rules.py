"""Roster rules shared by the person dialog and the import: dates, 政治面貌, person problems."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dangjian_desktop.domain.org import Gender, PoliticalStatus
from dangjian_desktop.domain.roster_rules import (
    DAY,
    MONTH,
    PHONE_PROBLEM,
    PersonInput,
    format_date,
    parse_date,
    parse_date_precision,
    parse_gender,
    parse_political_status,
    person_problems,
    phone_ok,
    probation_ends,
)

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize("text", ["2012-07-01", "2012/7/1", "2012年7月1日", "2012年07月01日", "2012年7月1",
                                  "2012.7.1", "20120701", " 2012-7-1 ", "2012-07-01 00:00:00"])
def test_parse_date_accepts_the_forms_on_rosters(text):
    assert parse_date(text) == date(2012, 7, 1)


def test_parse_date_takes_excel_cells_and_empty_values():
    assert parse_date(datetime(2012, 7, 1, 0, 0)) == date(2012, 7, 1)
    assert parse_date(date(2012, 7, 1)) == date(2012, 7, 1)
    assert parse_date(None) is None
    assert parse_date("") is None
    assert parse_date("   ") is None


@pytest.mark.parametrize("text", ["2012-02-30", "2012-13-01", "2011年2月29日", "2012/0/1", "七月一日", "2012-07",
                                  "01/07/2012", "2012-07-01x", "12-7-1"])
def test_parse_date_refuses_what_is_not_a_date(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_leap_day_is_a_date_and_probation_ends_on_28_february():
    assert parse_date("2024年2月29日") == date(2024, 2, 29)
    assert probation_ends(date(2024, 2, 29)) == date(2025, 2, 28)
    assert probation_ends(date(2025, 7, 1)) == date(2026, 7, 1)
    assert probation_ends(date(2025, 12, 31)) == date(2026, 12, 31)


@pytest.mark.parametrize("text,expected", [
    ("中共党员", PoliticalStatus.MEMBER), ("党员", PoliticalStatus.MEMBER), ("中 共 党 员", PoliticalStatus.MEMBER),
    ("正式党员", PoliticalStatus.MEMBER), ("预备党员", PoliticalStatus.PROBATIONARY),
    ("中共预备党员", PoliticalStatus.PROBATIONARY), ("积极分子", PoliticalStatus.ACTIVIST),
    ("入党积极分子", PoliticalStatus.ACTIVIST), ("团员", PoliticalStatus.LEAGUE), ("共青团员", PoliticalStatus.LEAGUE),
    ("群众", PoliticalStatus.MASSES), ("无", PoliticalStatus.MASSES),
])
def test_political_status_aliases(text, expected):
    assert parse_political_status(text) is expected


@pytest.mark.parametrize("text", ["民主党派", "党", "", None, "Party member"])
def test_unknown_political_status_is_none(text):
    assert parse_political_status(text) is None


def test_gender():
    assert parse_gender(" 男 ") is Gender.MALE
    assert parse_gender("女性") is Gender.FEMALE
    assert parse_gender("M") is None
    assert parse_gender("") is None


def _p(**kw) -> PersonInput:
    base = dict(name="张伟", employee_no="A001", branch_id=1)
    return PersonInput(**(base | kw)).cleaned()


def test_valid_person_has_no_problems():
    assert person_problems(_p(political_status=PoliticalStatus.MEMBER, joined_party_on=date(2012, 7, 1),
                              phone="0516-1234567"), TODAY) == []


def test_every_problem_is_listed_at_once():
    problems = person_problems(_p(name="  ", employee_no=" ", joined_party_on=date(2030, 1, 1), phone="abc"), TODAY)
    assert problems == [
        "姓名不能为空", "工号不能为空", "入党日期不能晚于今天",
        "政治面貌为“群众”时不应填写入党日期", PHONE_PROBLEM,
    ]


@pytest.mark.parametrize("phone", [
    "13800138000", "138 0013 8000", "138-0013-8000", "+8613800138000", "0516-1234567", "0516-12345678",
    "(0516)1234567", "（0516）1234567", "010 12345678", "0516-1234567-123", "0516-1234567转123",
])
def test_mainland_mobiles_and_landlines_are_accepted(phone):
    assert phone_ok(phone) and person_problems(_p(phone=phone), TODAY) == []


@pytest.mark.parametrize("phone", ["1380000", "12345", "abc", "23800138000", "138001380001", "0516-123",
                                   "1234567", "13800138000-1"])
def test_a_number_that_is_neither_is_refused(phone):
    """Issue 7: "1380000" was accepted."""
    assert not phone_ok(phone) and person_problems(_p(phone=phone), TODAY) == [PHONE_PROBLEM]


def test_limits_and_edges():
    assert person_problems(_p(name="张" * 51), TODAY) == ["姓名过长（最多50字）"]
    assert person_problems(_p(name="张" * 50), TODAY) == []
    assert person_problems(_p(employee_no="9" * 33), TODAY) == ["工号过长（最多32位）"]
    assert person_problems(_p(post="岗" * 51), TODAY) == ["岗位名称过长（最多50字）"]
    # joining today is allowed, tomorrow is not
    member = dict(political_status=PoliticalStatus.PROBATIONARY)
    assert person_problems(_p(joined_party_on=TODAY, **member), TODAY) == []
    assert person_problems(_p(joined_party_on=date(2026, 11, 25), **member), TODAY) == ["入党日期不能晚于今天"]
    # nobody joined the Party before it was founded
    assert person_problems(_p(joined_party_on=date(1921, 7, 1), **member), TODAY) == []
    for early in (date(1921, 6, 30), date(1899, 12, 31), date(1, 1, 1)):
        assert person_problems(_p(joined_party_on=early, **member), TODAY) == ["入党日期不能早于1921年7月1日"]


def test_cleaned_strips_spaces_inside_names_and_empty_optionals():
    p = PersonInput(name=" 张 伟 ", employee_no=" A001 ", branch_id=1, post="  ", phone=" 138 ").cleaned()
    assert (p.name, p.employee_no, p.post, p.phone) == ("张伟", "A001", None, "138")


@pytest.mark.parametrize("text", ["2005.06", "2005.6", "2005-6", "2005/6", "2005年6月", "200506", "２００５年６月"])
def test_dates_to_the_month_only_as_offices_write_them(text):
    assert parse_date_precision(text) == (date(2005, 6, 1), MONTH)
    with pytest.raises(ValueError):
        parse_date(text)  # the day-only reader still refuses them
    assert format_date(date(2005, 6, 1), MONTH) == "2005-06"


def test_a_month_date_is_stored_as_the_first_with_its_precision():
    p = PersonInput(name="张伟", employee_no="1", branch_id=1, joined_party_on=date(2005, 6, 17),
                    joined_party_precision=MONTH).cleaned()
    assert (p.joined_party_on, p.joined_party_precision) == (date(2005, 6, 1), MONTH)
    assert PersonInput(name="张伟", employee_no="1", branch_id=1, joined_party_precision=MONTH).cleaned(
    ).joined_party_precision == DAY  # no date: nothing to be precise about
    with pytest.raises(ValueError):
        parse_date_precision("2005-13")
