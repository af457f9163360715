"""What the demo generators share: the random source, the dates, and the people made so far."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from dangjian_desktop.domain.org import Gender, PoliticalStatus
from dangjian_desktop.domain.zones import ZoneKind, ZoneStatus

from .catalog import BranchSpec
from .names import NameMaker
from .writer import BulkWriter


@dataclass(frozen=True)
class SizeSpec:
    """How big a demo is. ``None`` totals scale with the roster instead of being exact."""

    branches: int
    people_per_branch: int
    members_per_branch: int
    hazards: int
    reports: int | None  # None: about 94% of the weeks are reported
    follow_ups: int
    warnings: int


SIZES: dict[str, SizeSpec] = {
    "normal": SizeSpec(branches=2, people_per_branch=110, members_per_branch=22,
                       hazards=900, reports=None, follow_ups=1500, warnings=24),
    # The benchmark database of issue 2: 15 branches, 3,000 workers, 600 members and zones.
    "large": SizeSpec(branches=15, people_per_branch=200, members_per_branch=40,
                      hazards=100_000, reports=30_000, follow_ups=20_000, warnings=5_000),
}


@dataclass
class PersonInfo:
    id: int
    name: str
    gender: Gender
    branch: int  # index into DemoState.branches
    unit_id: int
    unit_name: str
    team_name: str | None
    post: str
    status: PoliticalStatus
    joined: date | None

    @property
    def is_member(self) -> bool:
        return self.status.is_party_member

    @property
    def workplace(self) -> str:
        return f"{self.unit_name}{self.team_name or ''}"


@dataclass
class BranchInfo:
    id: int
    spec: BranchSpec
    unit_ids: dict[str, int] = field(default_factory=dict)  # "综采二区" and "综采二区/检修班" → id
    people: list[PersonInfo] = field(default_factory=list)
    secretary: PersonInfo | None = None

    @property
    def members(self) -> list[PersonInfo]:
        return [p for p in self.people if p.is_member]

    @property
    def head(self) -> PersonInfo:
        """The secretary, once the people are built."""
        assert self.secretary is not None, "build_people sets the secretary first"
        return self.secretary

    @property
    def workers(self) -> list[PersonInfo]:
        return [p for p in self.people if not p.is_member]


@dataclass
class ZoneInfo:
    id: int
    branch: int
    member: PersonInfo
    kind: ZoneKind
    name: str
    place: str
    starts_on: date
    status: ZoneStatus
    ends_active: date  # last day the zone is worked (today, or the day it lost its title)
    workers: list[PersonInfo] = field(default_factory=list)


@dataclass
class DemoState:
    rng: random.Random
    today: date
    size: SizeSpec
    w: BulkWriter
    names: NameMaker
    committee_id: int = 0
    demo_user: tuple[int | None, str] = (None, "demo")  # (user id, name as the audit log shows it)
    branches: list[BranchInfo] = field(default_factory=list)
    zones: list[ZoneInfo] = field(default_factory=list)
    zone_of: dict[int, ZoneInfo] = field(default_factory=dict)  # person id → his zone (worker or member)
    hazard_ids_by_finder: dict[int, list[tuple[int, date]]] = field(default_factory=dict)
    accident_people: set[int] = field(default_factory=set)
    accident_dates: list[tuple[int, date]] = field(default_factory=list)  # (branch index, day)

    @property
    def start(self) -> date:
        """The first day of the year of history."""
        return self.today - timedelta(days=364)

    def day_between(self, a: date, b: date) -> date:
        if b <= a:
            return a
        return a + timedelta(days=self.rng.randrange((b - a).days + 1))

    def people(self) -> list[PersonInfo]:
        return [p for b in self.branches for p in b.people]

    def members(self) -> list[PersonInfo]:
        return [p for b in self.branches for p in b.members]


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def quarter_of(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def quarter_label(year: int, q: int) -> str:
    return f"{year}Q{q}"


def quarter_bounds(year: int, q: int) -> tuple[date, date]:
    first = date(year, 3 * q - 2, 1)
    last = date(year + (q == 4), 1 if q == 4 else 3 * q + 1, 1) - timedelta(days=1)
    return first, last


def past_quarters(today: date, n: int) -> list[tuple[int, int]]:
    """The ``n`` complete quarters before today's, oldest first."""
    y, q = quarter_of(today)
    out = []
    for _ in range(n):
        y, q = (y - 1, 4) if q == 1 else (y, q - 1)
        out.append((y, q))
    return out[::-1]


def month_starts(start: date, today: date) -> list[date]:
    out, d = [], date(start.year, start.month, 1)
    while d <= today:
        out.append(d)
        d = date(d.year + (d.month == 12), 1 if d.month == 12 else d.month + 1, 1)
    return out


def committee_member(st: DemoState) -> PersonInfo:
    """The member the demo's 委员 account (weiyuan) is linked to: the first branch's 安全员."""
    return next(p for p in st.branches[0].members if p.post == "安全员")
