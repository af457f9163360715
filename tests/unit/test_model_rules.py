"""Pure rules of the model corrections: warning due dates, active pairings, commendation caps,
and the column types that refuse a value outside their vocabulary."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy.dialects import sqlite

from dangjian_desktop.domain.assessment import (
    CommendationKind,
    commendation_cap_problem,
    commendation_caps,
    commendation_period_problem,
)
from dangjian_desktop.domain.base import EnumList, PeriodLabel
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.mood import (
    WarningActionKind,
    WarningLevel,
    WarningLimits,
    WarningStatus,
    due_on_from_actions,
    next_due_on,
)
from dangjian_desktop.domain.pairing import PairingGoal, is_active
from dangjian_desktop.domain.periods import PeriodKind

A, L, S = WarningActionKind, WarningLevel, WarningStatus
RAISED = date(2026, 11, 2)
D = sqlite.dialect()


def days(n: int) -> date:
    return RAISED + timedelta(days=n)


# ---------------------------------------------------------------- warning time limits

@pytest.mark.parametrize("level,talk,review", [(L.RED, 1, 7), (L.YELLOW, 3, 15), (L.BLUE, 7, 30)])
def test_first_talk_then_reviews_by_level(level, talk, review):
    for status in (S.NEW, S.ASSIGNED):
        assert next_due_on(level, status, RAISED) == days(talk)
    # 处置中 after the talk (and, for red, the measures): the next review from the last action.
    assert next_due_on(level, S.HANDLING, RAISED, days(2), measures_taken=True) == days(2 + review)


def test_red_measures_within_three_days_before_reviews():
    assert next_due_on(L.RED, S.HANDLING, RAISED, days(1)) == days(3)
    assert due_on_from_actions(L.RED, S.HANDLING, RAISED, [(A.ASSIGN, days(0)), (A.TALK, days(1))]) == days(3)
    assert due_on_from_actions(L.RED, S.HANDLING, RAISED,
                               [(A.ASSIGN, days(0)), (A.TALK, days(1)), (A.HOME_VISIT, days(2))]) == days(9)
    # Yellow and blue have no measures step.
    assert due_on_from_actions(L.YELLOW, S.HANDLING, RAISED, [(A.TALK, days(1))]) == days(16)


def test_nothing_due_once_lifted_or_escalated():
    for status in (S.LIFTED, S.ESCALATED):
        assert next_due_on(L.RED, status, RAISED, days(1)) is None


def test_limits_come_from_the_setting_with_defaults_for_what_is_missing_or_bad():
    limits = WarningLimits.from_json({"red_talk_days": 2, "blue_review_days": 0, "yellow_review_days": "10", "x": 3})
    assert limits == WarningLimits(red_talk_days=2)
    assert WarningLimits.from_json(None) == WarningLimits() == WarningLimits.from_json(WarningLimits().to_json())
    assert next_due_on(L.RED, S.NEW, RAISED, limits=limits) == days(2)


# ---------------------------------------------------------------- active pairings

def test_a_pairing_is_active_from_its_first_to_its_last_day():
    start, end = date(2026, 1, 1), date(2026, 6, 30)
    assert not is_active(start, end, date(2025, 12, 31))
    assert is_active(start, end, start) and is_active(start, end, end)
    assert not is_active(start, end, date(2026, 7, 1))
    assert is_active(start, None, date(2030, 1, 1))


# ---------------------------------------------------------------- commendations

def test_quarterly_commendations_are_capped_per_branch_and_quarter():
    caps = commendation_caps(None)
    assert caps == {CommendationKind.MEMBER_STAR: 1, CommendationKind.BEST_ZONE: 1}
    assert commendation_cap_problem(CommendationKind.MEMBER_STAR, "2026Q3", 0, caps, "运行部党支部") is None
    problem = commendation_cap_problem(CommendationKind.MEMBER_STAR, "2026Q3", 1, caps, "运行部党支部")
    assert problem is not None and "运行部党支部" in problem and "2026年第3季度" in problem and "党员之星" in problem
    # Other kinds are not capped; the setting may allow more.
    assert commendation_cap_problem(CommendationKind.EXCELLENT_MEMBER, "2026", 5, caps, "运行部党支部") is None
    more = commendation_caps({"党员之星": 2, "优质责任区": "x"})
    assert more == {CommendationKind.MEMBER_STAR: 2, CommendationKind.BEST_ZONE: 1}
    assert commendation_cap_problem(CommendationKind.MEMBER_STAR, "2026Q3", 1, more, "b") is None


def test_star_and_best_zone_are_named_per_quarter():
    assert commendation_period_problem(CommendationKind.BEST_ZONE, "2026Q3") is None
    assert "2026Q3" in (commendation_period_problem(CommendationKind.MEMBER_STAR, "2026H2") or "")
    assert commendation_period_problem(CommendationKind.EXCELLENT_BRANCH, "2026") is None


# ---------------------------------------------------------------- column types

def test_period_column_stores_the_label_and_refuses_another_kind():
    month = PeriodLabel(PeriodKind.MONTH)
    assert month.process_bind_param("2026年3月", D) == "2026-03"
    assert month.process_bind_param(None, D) is None
    with pytest.raises(ValidationError, match="不是月份"):
        month.process_bind_param("2026Q1", D)
    assert PeriodLabel().process_bind_param("2026q3", D) == "2026Q3"


def test_goal_list_refuses_an_unknown_goal_and_reads_members():
    goals = EnumList(PairingGoal)
    assert goals.process_bind_param([PairingGoal.TALK, "技术传帮带", "谈心谈话"], D) == ["谈心谈话", "技术传帮带"]
    with pytest.raises(ValidationError, match="不是可选的值"):
        goals.process_bind_param(["喝茶"], D)
    assert goals.process_result_value(["困难帮扶", "已删除的目标"], D) == [PairingGoal.HARDSHIP]
