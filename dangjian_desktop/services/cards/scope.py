"""What every card's data starts from: the selection, the branches and units it names, the
people's names and units as the cards print them.

Public tables only: the organisation, zones, pledges, pairings, hazards and assessments.
Nothing here (or anywhere in ``services/cards``) imports the mood files' module; a test checks it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangjian_desktop.domain.errors import DomainError, NotFound
from dangjian_desktop.domain.org import Branch, Person, WorkUnit
from dangjian_desktop.domain.periods import Period
from dangjian_desktop.domain.text import clean_text
from dangjian_desktop.printing.data import BranchInfo

_CN_QUARTER = "一二三四"
LISTED = 12  # names an error lists at most


class NothingToPrint(DomainError):
    """The selection holds nothing to print: no PDF is made (an empty one would look like success)."""


@dataclass(frozen=True)
class CardSelection:
    """What to print, as the print dialog or the command line gives it (names, not ids).

    ``branch``: one branch's name (None: every branch). ``unit``: a 区队 or 班组 name (with its
    teams). ``campaign``: a pledge campaign's title (None: the running one, or the latest).
    ``period``: ``2026-11`` or ``2026Q3`` (None: the card's default). ``today``: for tests.
    ``zone_ids``: the zone cards of these zones only (the 责任区 tab's 看板 selection).
    """

    branch: str | None = None
    unit: str | None = None
    campaign: str | None = None
    period: str | None = None
    today: date | None = None
    zone_ids: tuple[int, ...] = ()  # zone cards: only these zones (the 责任区 board's selection); empty: all

    @property
    def day(self) -> date:
        return self.today or date.today()


@dataclass(frozen=True)
class BranchScope:
    """One branch of the selection, and the units chosen in it (None: all of it)."""

    id: int
    name: str
    info: BranchInfo
    unit_ids: frozenset[int] | None = None
    unit_name: str | None = None

    @property
    def label(self) -> str:
        """综采二区党支部, or 综采二区党支部 · 综采二区."""
        return f"{self.name} · {self.unit_name}" if self.unit_name else self.name

    def holds_unit(self, unit_id: int | None) -> bool:
        return self.unit_ids is None or unit_id in self.unit_ids


@dataclass
class Names:
    """People's names and the unit labels the cards print, loaded once per card set."""

    people: dict[int, Person] = field(default_factory=dict)
    units: dict[int, str] = field(default_factory=dict)  # unit id → 综采二区采煤一班

    def name(self, person_id: int | None) -> str | None:
        p = self.people.get(person_id) if person_id is not None else None
        return p.name if p else None

    def unit(self, unit_id: int | None) -> str | None:
        return self.units.get(unit_id) if unit_id is not None else None


def _listed(names: Iterable[str]) -> str:
    names = list(names)
    more = f" 等{len(names)}个" if len(names) > LISTED else ""
    return "、".join(names[:LISTED]) + more


def branch_info(b: Branch) -> BranchInfo:
    return BranchInfo(b.name, b.secretary_name, b.contact_phone)


def resolve(s: Session, sel: CardSelection, use_unit: bool = True) -> list[BranchScope]:
    """The branches (and units) the selection names; NotFound in Chinese for a name that is not there."""
    branches = list(s.scalars(select(Branch).where(Branch.archived_at.is_(None)).order_by(Branch.id)))
    wanted = clean_text(sel.branch) if sel.branch else ""
    if wanted:
        chosen = [b for b in branches if b.name == wanted]
        if not chosen:
            raise NotFound(f"找不到支部“{wanted}”。现有支部：{_listed(b.name for b in branches) or '（无）'}。")
        branches = chosen
    if not branches:
        raise NothingToPrint("数据库中还没有支部，没有可打印的内容。")
    unit = clean_text(sel.unit) if (use_unit and sel.unit) else ""
    if not unit:
        return [BranchScope(b.id, b.name, branch_info(b)) for b in branches]
    ids = [b.id for b in branches]
    units = list(s.scalars(select(WorkUnit).where(WorkUnit.branch_id.in_(ids), WorkUnit.archived_at.is_(None))))
    matched = [u for u in units if u.name == unit]
    if not matched:
        where = f"{branches[0].name}中" if wanted else ""
        known = sorted({u.name for u in units})
        raise NotFound(f"{where}找不到区队/班组“{unit}”。现有：{_listed(known) or '（无）'}。")
    children: dict[int, list[int]] = defaultdict(list)
    for u in units:
        if u.parent_id is not None:
            children[u.parent_id].append(u.id)
    scopes = []
    for b in branches:
        roots = [u.id for u in matched if u.branch_id == b.id]
        if not roots:
            continue
        found: set[int] = set()
        todo = list(roots)
        while todo:  # the unit and its teams
            uid = todo.pop()
            if uid not in found:
                found.add(uid)
                todo += children[uid]
        scopes.append(BranchScope(b.id, b.name, branch_info(b), frozenset(found), unit))
    return scopes


def unit_labels(s: Session, branch_ids: Iterable[int]) -> dict[int, str]:
    """Unit id → how a card names it: the 区队, or the 区队 and its 班组 (综采二区采煤一班)."""
    units = {u.id: u for u in s.scalars(select(WorkUnit).where(WorkUnit.branch_id.in_(list(branch_ids))))}
    out = {}
    for uid, u in units.items():
        parent = units.get(u.parent_id) if u.parent_id is not None else None
        out[uid] = f"{parent.name}{u.name}" if parent else u.name
    return out


def load_names(s: Session, person_ids: Iterable[int | None], branch_ids: Iterable[int]) -> Names:
    ids = sorted({i for i in person_ids if i is not None})
    people: dict[int, Person] = {}
    for i in range(0, len(ids), 500):
        for p in s.scalars(select(Person).where(Person.id.in_(ids[i:i + 500]))):
            people[p.id] = p
    return Names(people, unit_labels(s, branch_ids))


def photos(s: Session, person_ids: Iterable[int | None]) -> dict[int, bytes]:
    """The stored photos of these people (the column is deferred: lists never load it)."""
    ids = sorted({i for i in person_ids if i is not None})
    out: dict[int, bytes] = {}
    for i in range(0, len(ids), 500):
        rows = s.execute(select(Person.id, Person.photo).where(Person.id.in_(ids[i:i + 500]), Person.photo.is_not(None)))
        out.update({pid: data for pid, data in rows if data})
    return out


def scope_text(sel: CardSelection, scopes: list[BranchScope]) -> str:
    """How a message names what was selected: 各支部, or the branches (and unit) chosen."""
    if not sel.branch and not sel.unit:
        return "各支部"
    return "、".join(sc.label for sc in scopes)


def period_text(p: Period) -> str:
    """2026年11月, 2026年第三季度, 2026年下半年, 2026年."""
    label = p.label
    if "-" in label:
        return f"{p.start.year}年{p.start.month}月"
    if "Q" in label:
        return f"{p.start.year}年第{_CN_QUARTER[int(label[-1]) - 1]}季度"
    if "H" in label:
        return f"{p.start.year}年{'上' if label.endswith('1') else '下'}半年"
    return f"{p.start.year}年"
