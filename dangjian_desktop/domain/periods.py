"""Period arithmetic used across the areas: weeks, ten-day spans (旬), months, quarters, halves.

Periods are written as on the committee's forms: ``2026-11`` (month), ``2026Q3`` (quarter),
``2026H2`` (half-year), ``2026`` (year). That label is also how every period column stores
a period (``PeriodLabel`` in ``domain/base.py``: at most 7 characters, sorted as text within
one kind). Weeks start on Monday (ISO weeks, which may span two months or two years) and,
like the 旬, are stored as the date of their first day.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import ValidationError

_PERIOD = re.compile(r"^(\d{4})(?:-(\d{1,2})|Q([1-4])|H([12]))?$")
# What people type besides the labels: 2026年11月, 2026/11, 2026年第三季度, 2026-Q3, 2026年下半年, 2026年度.
_CN_DIGITS = {"一": "1", "二": "2", "三": "3", "四": "4"}
_LOOSE = (
    (re.compile(r"^(\d{4})\s*(?:年|[/.]|-)\s*(\d{1,2})\s*月?$"), "{0}-{1}"),
    (re.compile(r"^(\d{4})\s*(?:年)?\s*第?\s*([1-4一二三四])\s*季度?$"), "{0}Q{1}"),
    (re.compile(r"^(\d{4})\s*-?\s*Q\s*([1-4])$"), "{0}Q{1}"),
    (re.compile(r"^(\d{4})\s*-?\s*H\s*([12])$"), "{0}H{1}"),
    (re.compile(r"^(\d{4})\s*年?\s*上半年$"), "{0}H1"),
    (re.compile(r"^(\d{4})\s*年?\s*下半年$"), "{0}H2"),
    (re.compile(r"^(\d{4})\s*年度?$"), "{0}"),
)
LABEL_LENGTH = 7  # "2026-11", the longest label


class PeriodKind(str, enum.Enum):
    """What a period is: the word a rule uses for "per month / quarter / half-year / year"."""

    MONTH = "月"
    QUARTER = "季"
    HALF = "半年"
    YEAR = "年"

    @property
    def example(self) -> str:
        return {"月": "2026-11", "季": "2026Q3", "半年": "2026H2", "年": "2026"}[self.value]

    @property
    def noun(self) -> str:
        return {"月": "月份", "季": "季度", "半年": "半年", "年": "年度"}[self.value]


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date  # inclusive
    label: str

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def kind(self) -> PeriodKind:
        if "-" in self.label:
            return PeriodKind.MONTH
        if "Q" in self.label:
            return PeriodKind.QUARTER
        if "H" in self.label:
            return PeriodKind.HALF
        return PeriodKind.YEAR


def _month_end(year: int, month: int) -> date:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _canonical(text: str) -> str:
    """The label form of what was typed (``2026年第三季度`` → ``2026Q3``), or the text unchanged."""
    cleaned = (text or "").strip().upper()
    if _PERIOD.match(cleaned):
        return cleaned
    for pattern, form in _LOOSE:
        m = pattern.match(cleaned)
        if m:
            return form.format(*(_CN_DIGITS.get(g, g) for g in m.groups()))
    return cleaned


def parse_period(text: str, kind: PeriodKind | None = None) -> Period:
    """``2026-11``, ``2026Q3``, ``2026H2`` or ``2026`` (and the usual Chinese ways of writing them);
    a clear Chinese error otherwise, or when ``kind`` is given and the period is of another kind."""
    m = _PERIOD.match(_canonical(text))
    if not m:
        raise ValidationError(f"无法识别的期间“{text}”，应写作 2026-11、2026Q3、2026H2 或 2026。")
    year = int(m.group(1))
    if not 1900 <= year <= 2999:
        raise ValidationError(f"期间“{text}”的年份不正确。")
    month, quarter, half = m.group(2), m.group(3), m.group(4)
    if month:
        mo = int(month)
        if not 1 <= mo <= 12:
            raise ValidationError(f"月份“{text}”不正确。")
        period = Period(date(year, mo, 1), _month_end(year, mo), f"{year}-{mo:02d}")
    elif quarter:
        q = int(quarter)
        period = Period(date(year, 3 * q - 2, 1), _month_end(year, 3 * q), f"{year}Q{q}")
    elif half:
        h = int(half)
        period = Period(date(year, 6 * h - 5, 1), _month_end(year, 6 * h), f"{year}H{h}")
    else:
        period = Period(date(year, 1, 1), date(year, 12, 31), str(year))
    if kind is not None and period.kind is not kind:
        raise ValidationError(f"期间“{text}”不是{kind.noun}，应写作如 {kind.example}。")
    return period


def period_label(text: str, kind: PeriodKind | None = None) -> str:
    """The stored form of a typed period: ``parse_period(text, kind).label``."""
    return parse_period(text, kind).label


def quarter_of(day: date) -> Period:
    return parse_period(f"{day.year}Q{(day.month - 1) // 3 + 1}")


def month_of(day: date) -> Period:
    return parse_period(f"{day.year}-{day.month}")


def half_of(day: date) -> Period:
    return parse_period(f"{day.year}H{1 if day.month <= 6 else 2}")


def year_of(day: date) -> Period:
    return parse_period(str(day.year))


def period_of(day: date, kind: PeriodKind) -> Period:
    """The month, quarter, half-year or year holding ``day``."""
    return {PeriodKind.MONTH: month_of, PeriodKind.QUARTER: quarter_of,
            PeriodKind.HALF: half_of, PeriodKind.YEAR: year_of}[kind](day)


def week_start(day: date) -> date:
    """Monday of the ISO week holding ``day``."""
    return day - timedelta(days=day.weekday())


def dekad_start(day: date) -> date:
    """旬: the 1st, 11th or 21st."""
    return day.replace(day=1 if day.day <= 10 else 11 if day.day <= 20 else 21)


def weeks_in(period: Period) -> list[date]:
    """Mondays of the weeks that start inside the period."""
    first = week_start(period.start)
    if first < period.start:
        first += timedelta(days=7)
    return [first + timedelta(days=7 * i) for i in range((period.end - first).days // 7 + 1)]
