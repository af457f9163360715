"""The card data: plain frozen dataclasses, the only thing the printing modules take.

``services/cards`` fills them from the public tables (never the mood files); the GUI and the
command line hand them to ``printing.render``. Dates are ``datetime.date``; texts are as the
user typed them (the printing escapes them); a text that is empty or ``None`` prints as a dash.
Photos are the stored image bytes (JPEG or PNG), ``None`` when there is none.

Every ``*Data`` has ``items`` (one card or board each, in print order), ``printed_on`` (the
date in the footer) and ``notice`` (a sentence for the user about what was chosen for him,
e.g. an earlier quarter; ``None`` when there is nothing to say).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Generic, TypeVar


@dataclass(frozen=True)
class BranchInfo:
    """Who a card belongs to: printed in its header and footer."""

    name: str
    secretary: str | None = None
    phone: str | None = None

    @property
    def contact(self) -> str:
        """The footer's contact line: ``支部书记：张磊　联系电话：0516-80011951`` (empty when unknown)."""
        parts = []
        if self.secretary:
            parts.append(f"支部书记：{self.secretary}")
        if self.phone:
            parts.append(f"联系电话：{self.phone}")
        return "　".join(parts)


# ---------------------------------------------------------------- zone / post cards

@dataclass(frozen=True)
class ZoneCard:
    """党员责任区 / 党员示范岗 card: 五明确 and 五亮."""

    branch: BranchInfo
    category: str  # 党员责任区 / 党员示范岗
    kind: str  # 思想 / 安全 / 质量 / 生产
    name: str
    location: str | None = None
    unit: str | None = None  # 区队 / 班组 the zone belongs to
    # 五明确
    area: str | None = None
    member: str | None = None  # 示范者
    member_status: str | None = None  # 中共党员 / 中共预备党员
    basis_and_standard: str | None = None
    assessor: str | None = None
    assessment_standard: str | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    # 五亮
    identity: str | None = None
    post: str | None = None
    duties: str | None = None
    standard: str | None = None
    achievements: str | None = None
    photo: bytes | None = field(default=None, repr=False)


# ---------------------------------------------------------------- pledge cards

@dataclass(frozen=True)
class CommitmentLine:
    text: str
    target: str  # "10次"
    period: str  # 每月 / 每周 / 每季 / 活动期间


@dataclass(frozen=True)
class PledgeCard:
    """安全承诺书 of one member in one campaign."""

    branch: BranchInfo
    campaign: str
    campaign_starts: date
    campaign_ends: date
    member: str
    post: str | None = None
    unit: str | None = None
    text: str | None = None
    commitments: tuple[CommitmentLine, ...] = ()
    signed_on: date | None = None


# ---------------------------------------------------------------- pairing board

@dataclass(frozen=True)
class PairRow:
    member: str
    member_unit: str | None
    workers: tuple[str, ...]
    guarantee_signed_on: date | None = None  # None: no 安全联保责任书 yet
    term_start: date | None = None
    term_end: date | None = None


@dataclass(frozen=True)
class PairingBoard:
    """结对子 · 安全联保 公示 for a branch, or a unit of it."""

    branch: BranchInfo
    scope: str  # the branch's name, or "综采二区党支部 · 综采二区"
    as_of: date
    rows: tuple[PairRow, ...]


# ---------------------------------------------------------------- supervision board

@dataclass(frozen=True)
class SupervisionRow:
    """One zone's results: counts only, never a worker's name."""

    zone: str
    kind: str
    category: str
    member: str | None
    reports_made: int
    reports_expected: int
    hazards_found: int
    hazards_closed_on_time: int
    paired_workers: int  # 安全联保: workers of the member's active pairings
    follow_ups: int  # 结对回访 in the period
    violations: int  # 三违 in the zone in the period
    score: float | None = None
    rank: int | None = None
    status: str = "在岗"


@dataclass(frozen=True)
class SupervisionBoard:
    """公开监督栏: the 一区一岗 and 安全联保 assessment of a month or a quarter."""

    branch: BranchInfo
    scope: str
    period: str  # "2026年11月" / "2026年第三季度"
    period_label: str  # "2026-11" / "2026Q3"
    score_basis: str  # what the score is: "周检查平均分" / "季讲评总分"
    rows: tuple[SupervisionRow, ...]


# ---------------------------------------------------------------- star board

@dataclass(frozen=True)
class StarEntry:
    kind: str  # 党员之星 / 优质责任区
    title: str  # the member's name, or the zone's name
    subtitle: str | None = None  # post and unit, or the zone's member
    achievements: str | None = None
    score: float | None = None
    photo: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class StarBoard:
    """The quarter's confirmed 党员之星 and 优质责任区 of a branch."""

    branch: BranchInfo
    period: str  # "2026年第三季度"
    period_label: str  # "2026Q3"
    entries: tuple[StarEntry, ...]


# ---------------------------------------------------------------- a print job's data

T = TypeVar("T")


@dataclass(frozen=True)
class CardData(Generic[T]):
    """What one print job prints: its cards or boards in order."""

    items: tuple[T, ...]
    printed_on: date
    notice: str | None = None

    def first(self) -> CardData[T]:
        """Only the first card or board: what a preview shows."""
        return replace(self, items=self.items[:1])


ZoneCardsData = CardData[ZoneCard]
PledgeCardsData = CardData[PledgeCard]
PairingBoardData = CardData[PairingBoard]
SupervisionBoardData = CardData[SupervisionBoard]
StarBoardData = CardData[StarBoard]
