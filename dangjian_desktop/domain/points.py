"""党员积分: the default rules and the pure arithmetic of the points log.

A rule (table ``point_rule``) has a fixed ``code`` naming what in the other areas' records earns
or loses points (the source: ``services/points.py`` reads it); its item text, points, cap and
evidence flag are the secretary's to edit. The log (``point_entry``) is append-only: each entry
names its rule and its source record (``source_table``, ``source_id``) and the day it counts on.

What the log *should* hold is a function of the source records and the rules alone
(``expected_entries``): every candidate of a rule earns the rule's points, in date order, until
the member's total for that rule in the cap's period (month, quarter …) would pass the cap.
Comparing it with what the log holds, key by key (member, rule, source, day), gives the
differences; a correction is one more entry of the difference, never an edit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from .periods import PeriodKind

# (code, item, points, cap per period, the period the cap is per, evidence required)
DEFAULT_POINT_RULES: tuple[tuple[str, str, float, float | None, PeriodKind, bool], ...] = (
    ("hazard_found", "排查发现隐患", 1, 10, PeriodKind.MONTH, True),
    ("hazard_closed_on_time", "责任区隐患按期整改闭合", 1, 10, PeriodKind.MONTH, True),
    ("hazard_overdue", "责任区隐患逾期未整改", -2, None, PeriodKind.MONTH, True),
    ("zone_report", "按时报告责任区安全动态", 0.5, None, PeriodKind.MONTH, False),
    ("report_missed", "未按周报告责任区安全动态", -1, None, PeriodKind.MONTH, False),
    ("suggestion", "提出合理化建议", 1, 3, PeriodKind.MONTH, False),
    ("suggestion_adopted", "合理化建议被采纳", 3, None, PeriodKind.MONTH, True),
    ("follow_up", "结对回访、谈心谈话", 0.5, 5, PeriodKind.MONTH, False),
    ("pledge_kept", "安全承诺践诺", 5, None, PeriodKind.QUARTER, True),
    ("pledge_broken", "安全承诺未践诺", -5, None, PeriodKind.QUARTER, True),
    ("commendation", "获评党员之星 / 优质责任区", 10, None, PeriodKind.QUARTER, True),
    ("violation_in_zone", "责任区内发生“三违”", -3, None, PeriodKind.MONTH, True),
    ("accident", "对事故负有直接责任", -20, None, PeriodKind.YEAR, True),
)
RULE_CODES = tuple(r[0] for r in DEFAULT_POINT_RULES)
POINTS_LIMIT = 9999.99  # Numeric(6, 2)


def rounded(value: float) -> float:
    """Points are kept to two decimals (the column's scale); compare them that way too."""
    return round(value + 0.0, 2) + 0.0


@dataclass(frozen=True)
class RuleTerms:
    """What the arithmetic needs of a rule."""

    rule_id: int
    points: float
    cap: float | None
    cap_period: PeriodKind


class Candidate(NamedTuple):
    """A source record that earns (or loses) a rule's points for a member on a day (a tuple:
    hundreds of thousands are sorted and compared for the large demo)."""

    occurred_on: date
    source_table: str
    source_id: int
    person_id: int


def cap_slot(day: date, kind: PeriodKind) -> tuple[int, int]:
    """Which month, quarter, half-year or year ``day`` falls in, as a key (as ``period_of``, cheaper)."""
    if kind is PeriodKind.MONTH:
        return (day.year, day.month)
    if kind is PeriodKind.QUARTER:
        return (day.year, (day.month - 1) // 3)
    if kind is PeriodKind.HALF:
        return (day.year, (day.month - 1) // 6)
    return (day.year, 0)


# (person, rule, source table, source id, day): the log is compared with what it should be per key.
Key = tuple[int, int, str, int, date]


def expected_entries(rules: Iterable[tuple[RuleTerms, Iterable[Candidate]]]) -> dict[Key, float]:
    """What the log should hold: each rule's candidates in date order, capped per member and period.

    A candidate that would take the member's total for the rule in the cap's period past the cap
    (in absolute value: a cap also bounds a deduction) earns nothing; one source counts once.
    """
    out: dict[Key, float] = {}
    for terms, candidates in rules:
        used: dict[tuple[int, tuple[int, int]], float] = defaultdict(float)
        points = rounded(terms.points)
        if not points:
            continue
        for on, table, source_id, person in sorted(set(candidates)):
            if terms.cap is not None:
                slot = (person, cap_slot(on, terms.cap_period))
                if abs(used[slot] + terms.points) > terms.cap + 1e-9:
                    continue
                used[slot] += terms.points
            out[(person, terms.rule_id, table, source_id, on)] = points
    return out


@dataclass(frozen=True)
class Difference:
    key: Key
    expected: float
    found: float

    @property
    def correction(self) -> float:
        return rounded(self.expected - self.found)


def differences(expected: Mapping[Key, float], found: Mapping[Key, float]) -> list[Difference]:
    """Every key where the log's sum differs from what it should be, in key order."""
    out = []
    for key, e in expected.items():
        f = found.get(key, 0.0)
        if abs(e - f) > 0.001:
            out.append(Difference(key, rounded(e), rounded(f)))
    out += [Difference(key, 0.0, rounded(f)) for key, f in found.items() if key not in expected and abs(f) > 0.001]
    out.sort(key=lambda d: d.key)
    return out


def rule_problems(item: str, points: float | None, cap: float | None) -> list[str]:
    """Why a rule as edited cannot be saved (Chinese), empty when it can."""
    problems = []
    if not item:
        problems.append("请填写积分项目。")
    elif len(item) > 100:
        problems.append("积分项目不能超过100个字。")
    if points is None:
        problems.append("请填写分值（加分为正数，扣分为负数）。")
    elif points == 0 or abs(points) > 1000:
        problems.append("分值不能为0，且应在 -1000 到 1000 之间。")
    if cap is not None:
        if cap <= 0 or cap > POINTS_LIMIT:
            problems.append("每期上限应为正数（不设上限请留空）。")
        elif points is not None and points != 0 and cap < abs(points):
            problems.append(f"每期上限（{cap:g}）小于一次的分值（{abs(points):g}），这一项将永远不计分。")
    return problems
