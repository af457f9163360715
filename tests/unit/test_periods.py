from datetime import date

import pytest

from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.periods import (
    LABEL_LENGTH,
    PeriodKind,
    dekad_start,
    half_of,
    month_of,
    parse_period,
    period_label,
    period_of,
    quarter_of,
    week_start,
    weeks_in,
    year_of,
)


@pytest.mark.parametrize("text,start,end,label", [
    ("2026-11", date(2026, 11, 1), date(2026, 11, 30), "2026-11"),
    ("2024-2", date(2024, 2, 1), date(2024, 2, 29), "2024-02"),
    ("2026q4", date(2026, 10, 1), date(2026, 12, 31), "2026Q4"),
    ("2026H1", date(2026, 1, 1), date(2026, 6, 30), "2026H1"),
    ("2026", date(2026, 1, 1), date(2026, 12, 31), "2026"),
])
def test_parse_period(text, start, end, label):
    p = parse_period(text)
    assert (p.start, p.end, p.label) == (start, end, label)


@pytest.mark.parametrize("bad", ["", "2026Q5", "2026-13", "26Q1", "第三季度"])
def test_bad_period_is_a_chinese_error(bad):
    with pytest.raises(ValidationError, match="期间|月份"):
        parse_period(bad)


def test_weeks_across_year_end_and_dekads():
    assert week_start(date(2027, 1, 1)) == date(2026, 12, 28)  # Friday → Monday of the previous year
    assert quarter_of(date(2026, 9, 30)).label == "2026Q3"
    weeks = weeks_in(parse_period("2026-11"))
    assert weeks[0] == date(2026, 11, 2) and weeks[-1] == date(2026, 11, 30) and len(weeks) == 5
    assert [dekad_start(date(2026, 11, d)) for d in (10, 11, 20, 21, 30)] == [
        date(2026, 11, 1), date(2026, 11, 11), date(2026, 11, 11), date(2026, 11, 21), date(2026, 11, 21)]


@pytest.mark.parametrize("typed,label", [
    ("2026年11月", "2026-11"), ("2026/3", "2026-03"), ("2026.03", "2026-03"), (" 2026-11 ", "2026-11"),
    ("2026年第三季度", "2026Q3"), ("2026年3季度", "2026Q3"), ("2026-Q3", "2026Q3"), ("2026 q4", "2026Q4"),
    ("2026年上半年", "2026H1"), ("2026下半年", "2026H2"), ("2026-H2", "2026H2"), ("2026年度", "2026"), ("2026年", "2026"),
])
def test_usual_ways_of_writing_a_period_give_its_label(typed, label):
    assert period_label(typed) == label


@pytest.mark.parametrize("label,kind", [
    ("2026-11", PeriodKind.MONTH), ("2026Q3", PeriodKind.QUARTER), ("2026H2", PeriodKind.HALF), ("2026", PeriodKind.YEAR),
])
def test_kind_of_a_period_and_a_column_restricted_to_one_kind(label, kind):
    assert parse_period(label).kind is kind
    assert parse_period(label, kind).label == label
    other = PeriodKind.YEAR if kind is not PeriodKind.YEAR else PeriodKind.MONTH
    with pytest.raises(ValidationError, match=f"不是{other.noun}.*{other.example}"):
        parse_period(label, other)


def test_period_of_a_day_for_each_kind():
    day = date(2026, 8, 15)
    assert [period_of(day, k).label for k in PeriodKind] == ["2026-08", "2026Q3", "2026H2", "2026"]
    assert month_of(date(2026, 1, 31)).label == "2026-01"
    assert half_of(date(2026, 6, 30)).label == "2026H1" and half_of(date(2026, 7, 1)).label == "2026H2"
    assert year_of(day).end == date(2026, 12, 31)
    # Labels of one kind sort as text in time order (what a period column relies on).
    months = [period_of(date(2026, m, 1), PeriodKind.MONTH).label for m in range(1, 13)]
    assert months == sorted(months)


def test_labels_fit_the_column_and_odd_years_are_refused():
    assert max(len(period_of(date(2999, 12, 31), k).label) for k in PeriodKind) == LABEL_LENGTH
    with pytest.raises(ValidationError, match="年份"):
        parse_period("0000")
