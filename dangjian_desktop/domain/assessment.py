"""考核与评比: score sheets, weekly scores, reviews, commendations, and the points log."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any, Optional

from sqlalchemy import Boolean, Date, ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from . import org, zones  # noqa: F401 - the tables its foreign keys point at (domain/__init__)
from .base import Base, PeriodLabel, enum_column
from .periods import PeriodKind, parse_period


class CommendationKind(str, enum.Enum):
    MEMBER_STAR = "党员之星"
    BEST_ZONE = "优质责任区"
    EXCELLENT_MEMBER = "优秀共产党员"
    EXCELLENT_BRANCH = "先进党支部"


class CommendationStatus(str, enum.Enum):
    PROPOSED = "提名"
    CONFIRMED = "已确认"
    VETOED = "否决"


class ScoreSheet(Base):
    """评分表 for the weekly check; editable, a default is seeded from the 五明确 standards."""

    __tablename__ = "score_sheet"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    branch_id: Mapped[Optional[int]] = mapped_column(ForeignKey("branch.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ScoreSheetItem(Base):
    __tablename__ = "score_sheet_item"

    sheet_id: Mapped[int] = mapped_column(ForeignKey("score_sheet.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)
    max_score: Mapped[float] = mapped_column(Numeric(6, 2, asdecimal=False))
    weight: Mapped[float] = mapped_column(Numeric(6, 3, asdecimal=False), default=1.0)


class WeeklyScore(Base):
    """One inspector's anonymous score of one zone in one week (周检查)."""

    __tablename__ = "weekly_score"
    __table_args__ = (UniqueConstraint("zone_id", "week_start", "inspector_id"),)

    sheet_id: Mapped[int] = mapped_column(ForeignKey("score_sheet.id"))
    zone_id: Mapped[int] = mapped_column(ForeignKey("zone.id"), index=True)
    week_start: Mapped[date] = mapped_column(Date)
    # Stored to refuse a second score; reports pool scores and never show who gave which.
    inspector_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    total: Mapped[float] = mapped_column(Numeric(7, 2, asdecimal=False))


class WeeklyScoreItem(Base):
    __tablename__ = "weekly_score_item"
    __table_args__ = (UniqueConstraint("score_id", "item_id"),)

    score_id: Mapped[int] = mapped_column(ForeignKey("weekly_score.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("score_sheet_item.id"))
    value: Mapped[float] = mapped_column(Numeric(6, 2, asdecimal=False))


class SupervisionNote(Base):
    """旬督导: ten-day supervision."""

    __tablename__ = "supervision_note"

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    dekad_start: Mapped[date] = mapped_column(Date)  # 1st, 11th or 21st
    held_on: Mapped[date] = mapped_column(Date)
    author_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"))
    content: Mapped[str] = mapped_column(Text)


class MonthlySelfCheck(Base):
    """月考核: the zone's monthly self-check."""

    __tablename__ = "monthly_self_check"
    __table_args__ = (UniqueConstraint("zone_id", "month"),)

    zone_id: Mapped[int] = mapped_column(ForeignKey("zone.id"))
    month: Mapped[str] = mapped_column(PeriodLabel(PeriodKind.MONTH))  # 2026-11
    score: Mapped[float] = mapped_column(Numeric(6, 2, asdecimal=False))
    note: Mapped[Optional[str]] = mapped_column(Text)


class QuarterlyReview(Base):
    """季讲评: a zone's combined result and rank for a quarter ("2026Q3")."""

    __tablename__ = "quarterly_review"
    __table_args__ = (UniqueConstraint("zone_id", "period"),)

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    zone_id: Mapped[int] = mapped_column(ForeignKey("zone.id"))
    period: Mapped[str] = mapped_column(PeriodLabel(PeriodKind.QUARTER))
    weekly_mean: Mapped[Optional[float]] = mapped_column(Numeric(7, 2, asdecimal=False))
    record_score: Mapped[Optional[float]] = mapped_column(Numeric(7, 2, asdecimal=False))
    total: Mapped[Optional[float]] = mapped_column(Numeric(7, 2, asdecimal=False))
    rank: Mapped[Optional[int]]
    title_kept: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[Optional[str]] = mapped_column(Text)


class DutyCheck(Base):
    """一岗双责 for a member and a period; not met vetoes commendation."""

    __tablename__ = "duty_check"
    __table_args__ = (UniqueConstraint("person_id", "period"),)

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    period: Mapped[str] = mapped_column(PeriodLabel())
    met: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[Optional[str]] = mapped_column(Text)


class BranchTarget(Base):
    """Whether a branch met its safety targets in a period; a miss bars 先进 ratings."""

    __tablename__ = "branch_target"
    __table_args__ = (UniqueConstraint("branch_id", "period"),)

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    period: Mapped[str] = mapped_column(PeriodLabel())
    targets_met: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[Optional[str]] = mapped_column(Text)


class Commendation(Base):
    """评先选优: a candidate for a period, proposed, then confirmed or vetoed with a reason."""

    __tablename__ = "commendation"
    __table_args__ = (Index("ix_commendation_branch_period", "branch_id", "period"),)

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    period: Mapped[str] = mapped_column(PeriodLabel())  # 2026Q3 (党员之星, 优质责任区) / 2026H2 / 2026
    kind: Mapped[CommendationKind] = mapped_column(enum_column(CommendationKind))
    person_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id"))
    zone_id: Mapped[Optional[int]] = mapped_column(ForeignKey("zone.id"))
    score: Mapped[Optional[float]] = mapped_column(Numeric(7, 2, asdecimal=False))
    status: Mapped[CommendationStatus] = mapped_column(enum_column(CommendationStatus), default=CommendationStatus.PROPOSED)
    veto_reason: Mapped[Optional[str]] = mapped_column(Text)
    achievements: Mapped[Optional[str]] = mapped_column(Text)
    confirmed_on: Mapped[Optional[date]] = mapped_column(Date)


class PointRule(Base):
    """党员积分 rule: item, points (+/−), cap per period, evidence required."""

    __tablename__ = "point_rule"

    code: Mapped[str] = mapped_column(String(40), unique=True)  # e.g. hazard_found
    item: Mapped[str] = mapped_column(String(100))
    points: Mapped[float] = mapped_column(Numeric(6, 2, asdecimal=False))
    cap_per_period: Mapped[Optional[float]] = mapped_column(Numeric(7, 2, asdecimal=False))
    cap_period: Mapped[PeriodKind] = mapped_column(enum_column(PeriodKind, 4), default=PeriodKind.QUARTER)
    evidence_required: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PointEntry(Base):
    """Append-only log of points; each names its source record so totals can be recomputed."""

    __tablename__ = "point_entry"
    __table_args__ = (
        Index("ix_point_entry_person_on", "person_id", "occurred_on"),
        Index("ix_point_entry_source", "source_table", "source_id"),
    )

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    rule_id: Mapped[int] = mapped_column(ForeignKey("point_rule.id"))
    occurred_on: Mapped[date] = mapped_column(Date)
    points: Mapped[float] = mapped_column(Numeric(6, 2, asdecimal=False))
    source_table: Mapped[str] = mapped_column(String(40))
    source_id: Mapped[int]
    note: Mapped[Optional[str]] = mapped_column(Text)


# ---------------------------------------------------------------- rules for commendations

# Named each quarter per branch and shown on the board (看板栏): one of each by default.
QUARTERLY_KINDS: tuple[CommendationKind, ...] = (CommendationKind.MEMBER_STAR, CommendationKind.BEST_ZONE)
# Setting (table ``setting``): {"党员之星": 1, "优质责任区": 1}, how many each branch may confirm a quarter.
COMMENDATION_CAPS_KEY = "commendation_caps_per_quarter"
DEFAULT_COMMENDATION_CAPS: dict[CommendationKind, int] = {k: 1 for k in QUARTERLY_KINDS}


def commendation_caps(setting_value: Any) -> dict[CommendationKind, int]:
    """The caps from the setting's stored JSON; the default (1) for a kind missing or not a count ≥ 1."""
    caps = dict(DEFAULT_COMMENDATION_CAPS)
    if isinstance(setting_value, dict):
        for kind in QUARTERLY_KINDS:
            value = setting_value.get(kind.value)
            if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
                caps[kind] = value
    return caps


def commendation_period_problem(kind: CommendationKind, period: str) -> str | None:
    """党员之星 and 优质责任区 are quarterly: their period must be a quarter ("2026Q3")."""
    if kind in QUARTERLY_KINDS and parse_period(period).kind is not PeriodKind.QUARTER:
        return f"{kind.value}按季度评选，期间应写作如 2026Q3，不能是“{period}”。"
    return None


def commendation_cap_problem(kind: CommendationKind, period: str, already_confirmed: int,
                             caps: dict[CommendationKind, int], branch_name: str) -> str | None:
    """Why one more confirmed ``kind`` for the branch and quarter is refused, or None when allowed."""
    cap = caps.get(kind)
    if cap is None or already_confirmed < cap:
        return None
    quarter = parse_period(period)
    return (f"{branch_name}{quarter.start.year}年第{(quarter.start.month - 1) // 3 + 1}季度（{quarter.label}）"
            f"已确认{already_confirmed}个{kind.value}（每个支部每季度最多{cap}个），不能再确认。")


# ---------------------------------------------------------------- weekly scores and the quarterly ranking

# The score sheet a new database starts with, from the 五明确 standards (item, highest score).
DEFAULT_SCORE_SHEET = "党员责任区（示范岗）周检查评分表"
DEFAULT_SCORE_ITEMS: tuple[tuple[str, float], ...] = (
    ("五明确内容齐全，牌板悬挂规范、信息准确", 15),
    ("责任区内隐患排查及时，整改闭合", 25),
    ("现场文明生产、质量标准化动态达标", 20),
    ("党员带头上标准岗、干标准活，身边无“三违”", 20),
    ("每周报告安全动态、每月提出合理化建议", 10),
    ("带动职工：结对帮扶、安全联保落实", 10),
)
TRIM_FROM = 5  # with this many scores or more, the highest and the lowest are dropped


def pooled_score(values: list[float]) -> float | None:
    """The pooled weekly score of one zone: the mean, or with ``TRIM_FROM`` scores or more the
    mean without the highest and the lowest. Reports show only this, never a single score."""
    if not values:
        return None
    kept = sorted(values)[1:-1] if len(values) >= TRIM_FROM else list(values)
    return round(sum(kept) / len(kept), 2)


# Setting (table ``setting``): the weight of each part of the quarterly ranking.
RANKING_WEIGHTS_KEY = "assessment_ranking_weights"
RANKING_PARTS: tuple[tuple[str, str], ...] = (
    ("weekly", "周检查得分"),
    ("hazards", "隐患按期闭合"),
    ("reports", "周报按时"),
    ("violations", "责任区无“三违”"),
    ("pledge", "承诺践诺"),
)
DEFAULT_RANKING_WEIGHTS: dict[str, float] = {"weekly": 50, "hazards": 15, "reports": 15, "violations": 10, "pledge": 10}
VIOLATION_PENALTY = 25.0  # each 三违 in the zone takes this much off that part's 100


def ranking_weights(setting_value: Any) -> dict[str, float]:
    """The weights from the stored JSON; the default for a part missing or not a number ≥ 0."""
    weights = dict(DEFAULT_RANKING_WEIGHTS)
    if isinstance(setting_value, dict):
        for key in weights:
            value = setting_value.get(key)
            if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1000:
                weights[key] = float(value)
    return weights


def ranking_weight_problems(weights: dict[str, float]) -> list[str]:
    labels = dict(RANKING_PARTS)
    problems = [f"“{labels.get(k, k)}”的权重应为0到1000之间的数。" for k, v in weights.items()
                if k not in labels or not isinstance(v, (int, float)) or isinstance(v, bool) or not 0 <= v <= 1000]
    if not problems and not any(weights.get(k, 0) > 0 for k in labels):
        problems.append("至少要有一项权重大于0。")
    return problems


def combined_score(parts: dict[str, float | None], weights: dict[str, float]) -> float | None:
    """The weighted mean of the parts that have a value (a part without data carries no weight)."""
    total = sum(weights.get(k, 0) for k, v in parts.items() if v is not None)
    if total <= 0:
        return None
    return round(sum(weights.get(k, 0) * v for k, v in parts.items() if v is not None) / total, 2)


def labels_within(period_text: str) -> set[str]:
    """The labels of the period and of every shorter period inside it (its halves, quarters, months):
    what a record "in the period" may be filed under."""
    from .periods import parse_period

    p = parse_period(period_text)
    out = {p.label}
    year = p.start.year
    for m in range(p.start.month, p.end.month + 1):
        out.add(f"{year}-{m:02d}")
        out.add(f"{year}Q{(m - 1) // 3 + 1}")
        out.add(f"{year}H{1 if m <= 6 else 2}")
    return {label for label in out if parse_period(label).start >= p.start and parse_period(label).end <= p.end}


def quarters_within(period_text: str) -> list[str]:
    """The quarters a quarter, half-year or year holds, in order."""
    return sorted(label for label in labels_within(period_text) if "Q" in label)
