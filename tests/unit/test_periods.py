from datetime import date

import pytest

from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.periods import dekad_start, parse_period, quarter_of, week_start, weeks_in


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
