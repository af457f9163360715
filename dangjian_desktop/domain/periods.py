"""Period arithmetic used across the areas: weeks, ten-day spans (旬), months, quarters, halves.

Periods are written as on the committee's forms: ``2026-11`` (month), ``2026Q3`` (quarter),
``2026H2`` (half-year), ``2026`` (year). Weeks start on Monday (ISO weeks, which may span
two months or two years).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import ValidationError

_PERIOD = re.compile(r"^(\d{4})(?:-(\d{1,2})|Q([1-4])|H([12]))?$")


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date  # inclusive
    label: str

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end


def _month_end(year: int, month: int) -> date:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def parse_period(text: str) -> Period:
    """``2026-11``, ``2026Q3``, ``2026H2`` or ``2026``; a clear Chinese error otherwise."""
    m = _PERIOD.match((text or "").strip().upper())
    if not m:
        raise ValidationError(f"无法识别的期间“{text}”，应写作 2026-11、2026Q3、2026H2 或 2026。")
    year = int(m.group(1))
    month, quarter, half = m.group(2), m.group(3), m.group(4)
    if month:
        mo = int(month)
        if not 1 <= mo <= 12:
            raise ValidationError(f"月份“{text}”不正确。")
        return Period(date(year, mo, 1), _month_end(year, mo), f"{year}-{mo:02d}")
    if quarter:
        q = int(quarter)
        return Period(date(year, 3 * q - 2, 1), _month_end(year, 3 * q), f"{year}Q{q}")
    if half:
        h = int(half)
        return Period(date(year, 6 * h - 5, 1), _month_end(year, 6 * h), f"{year}H{h}")
    return Period(date(year, 1, 1), date(year, 12, 31), str(year))


def quarter_of(day: date) -> Period:
    return parse_period(f"{day.year}Q{(day.month - 1) // 3 + 1}")


def month_of(day: date) -> Period:
    return parse_period(f"{day.year}-{day.month}")


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
