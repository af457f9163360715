"""党员责任区 · 示范岗 (一区一岗): zones and posts, weekly reports, suggestions, compliance.

Each write is one unit of work: the role checked first, every rule checked before anything is
written (``raise_problems``), an audit entry in the same transaction. Reads return frozen rows.
A zone's status as shown is computed from ``today`` (``zone_rules.effective_status``): one past
its end date is 期满 even while nobody has opened it since. The list, the board and the export
all read through :func:`list_zones`, filtered in SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from dangjian_desktop.domain.base import utcnow
from dangjian_desktop.domain.errors import NotFound, ValidationError
from dangjian_desktop.domain.hazards import Hazard, HazardStatus
from dangjian_desktop.domain.org import Branch, Person, PoliticalStatus, WorkUnit
from dangjian_desktop.domain.periods import week_start
from dangjian_desktop.domain.text import clean_text, shorten
from dangjian_desktop.domain.zone_rules import (
    COMPLIANCE_MONTHS,
    COMPLIANCE_WEEKS,
    END_NOTICE_DAYS,
    REPORT_FROM_WEEKDAY,
    SUGGESTION_LAST_DAYS,
    ActiveSpan,
    Duty,
    FiveClear,
    effective_status,
    holds_post,
    last_months,
    last_weeks,
    month_duty,
    month_end,
    stored_status,
    week_duty,
)
from dangjian_desktop.domain.zones import Suggestion, Zone, ZoneCategory, ZoneKind, ZoneReport, ZoneStatus, ZoneWorker

from . import audit
from .audit import AuditAction, AuditEntity
from .records import audit_details, diff, load_for_edit, raise_problems
from .search import contains, search_text
from .uow import Actor, Ctx

if TYPE_CHECKING:
    from .worklist import Urgency, WorkItem

AREA = "责任区"
ZONE_NOT_FOUND = "该责任区/示范岗不存在（可能已被删除）。"
TEXT_MAX = 2000
PHOTO_MAX_BYTES = 200 * 1024
PARTY = (PoliticalStatus.MEMBER, PoliticalStatus.PROBATIONARY)
OPEN_HAZARDS = (HazardStatus.OPEN, HazardStatus.IN_PROGRESS, HazardStatus.AWAITING_CHECK)

# The ZoneInput fields a Zone stores, with the name the user sees (audit, messages).
ZONE_FIELDS: dict[str, str] = {
    "branch_id": "所属支部", "unit_id": "区队/班组", "category": "类别", "kind": "类型", "name": "名称",
    "location": "地点", "area": "明确区域", "member_id": "示范者", "basis_and_standard": "示范依据和示范标准",
    "assessor_id": "考核人", "assessment_standard": "考核标准", "starts_on": "开始日期", "ends_on": "结束日期",
    "identity": "亮身份", "post_text": "亮岗位", "duties": "亮职责", "standard": "亮标准", "achievements": "亮业绩",
}
_OPTIONAL_TEXT = ("location", "area", "basis_and_standard", "assessment_standard", "identity", "post_text", "duties",
                  "standard", "achievements")


# ---------------------------------------------------------------- input and rows


@dataclass(frozen=True)
class ZoneInput:
    """A zone or post as the dialog (or a test) gives it; ``worker_ids``: 带一片人."""

    branch_id: int
    name: str
    kind: ZoneKind
    category: ZoneCategory = ZoneCategory.ZONE
    unit_id: int | None = None
    location: str | None = None
    area: str | None = None
    member_id: int | None = None
    basis_and_standard: str | None = None
    assessor_id: int | None = None
    assessment_standard: str | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    identity: str | None = None
    post_text: str | None = None
    duties: str | None = None
    standard: str | None = None
    achievements: str | None = None
    worker_ids: tuple[int, ...] = ()

    def cleaned(self) -> ZoneInput:
        texts: dict[str, Any] = {f: (clean_text(getattr(self, f) or "") or None) for f in _OPTIONAL_TEXT}
        return replace(self, name=clean_text(self.name), worker_ids=tuple(dict.fromkeys(self.worker_ids)), **texts)

    @property
    def five(self) -> FiveClear:
        return FiveClear(self.area, self.member_id, self.basis_and_standard, self.assessor_id,
                         self.assessment_standard, self.starts_on, self.ends_on)


class SortKey(str, Enum):
    NAME = "name"
    BRANCH = "branch"
    UNIT = "unit"
    MEMBER = "member"
    KIND = "kind"
    CATEGORY = "category"
    STATUS = "status"
    ENDS = "ends_on"


@dataclass(frozen=True)
class ZoneFilter:
    """What the 责任区 tab and the board filter by (in SQL); ``status`` is the status as shown."""

    text: str = ""  # name, member, location or area contains
    branch_id: int | None = None
    unit_id: int | None = None  # a 区队 includes its 班组
    kind: ZoneKind | None = None
    category: ZoneCategory | None = None
    status: ZoneStatus | None = None
    today: date | None = None
    sort: SortKey = SortKey.BRANCH
    descending: bool = False

    @property
    def day(self) -> date:
        return self.today or date.today()


@dataclass(frozen=True)
class ZoneRow:
    """A zone as the list, the board and the export show it."""

    id: int
    branch_id: int
    branch: str
    unit_id: int | None
    unit: str | None
    category: ZoneCategory
    kind: ZoneKind
    name: str
    location: str | None
    area: str | None
    member_id: int | None
    member: str | None
    basis_and_standard: str | None
    assessor_id: int | None
    assessor: str | None
    assessment_standard: str | None
    starts_on: date | None
    ends_on: date | None
    identity: str | None
    post_text: str | None
    duties: str | None
    standard: str | None
    achievements: str | None
    stored_status: ZoneStatus
    status: ZoneStatus  # as shown on ``day``
    revoked_on: date | None
    revoke_reason: str | None
    version: int
    reported_this_week: bool
    suggested_this_month: bool
    open_hazards: int
    has_photo: bool

    @property
    def is_active(self) -> bool:
        return self.status is ZoneStatus.ACTIVE

    @property
    def five(self) -> FiveClear:
        return FiveClear(self.area, self.member_id, self.basis_and_standard, self.assessor_id,
                         self.assessment_standard, self.starts_on, self.ends_on)

    @property
    def week_label(self) -> str:
        """本周周报: 已报 / 未报 for an active zone, — for the others."""
        if not self.is_active:
            return "—"
        return "已报" if self.reported_this_week else "未报"

    @property
    def month_label(self) -> str:
        """本月建议: 已提 / 未提 for an active zone, — for the others."""
        if not self.is_active:
            return "—"
        return "已提" if self.suggested_this_month else "未提"

    def to_input(self, worker_ids: Sequence[int] = ()) -> ZoneInput:
        values = {f.name: getattr(self, f.name) for f in fields(ZoneInput) if f.name != "worker_ids"}
        return ZoneInput(**values, worker_ids=tuple(worker_ids))


@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str
    unit_id: int | None
    unit: str | None
    political_status: PoliticalStatus


@dataclass(frozen=True)
class ZoneDetail:
    """A zone with the people it covers, for the dialog."""

    row: ZoneRow
    workers: tuple[PersonChoice, ...] = ()


_Member = aliased(Person)
_Assessor = aliased(Person)
_Parent = aliased(WorkUnit)


def _unit_label(unit: str | None, parent: str | None) -> str | None:
    return f"{parent} / {unit}" if parent and unit else unit


def _status_condition(status: ZoneStatus, today: date):
    """The zones shown with ``status`` on ``today`` (期满 computed from the end date)."""
    current = or_(Zone.ends_on.is_(None), Zone.ends_on >= today)
    if status is ZoneStatus.REVOKED:
        return Zone.status == ZoneStatus.REVOKED
    if status is ZoneStatus.ENDED:
        return or_(Zone.status == ZoneStatus.ENDED,
                   and_(Zone.status.in_([ZoneStatus.ACTIVE, ZoneStatus.DRAFT]), Zone.ends_on < today))
    return and_(Zone.status == status, current)


def _zone_query(cols: Select, f: ZoneFilter) -> Select:
    q = cols.select_from(Zone).join(Branch, Zone.branch_id == Branch.id) \
        .outerjoin(WorkUnit, Zone.unit_id == WorkUnit.id).outerjoin(_Parent, WorkUnit.parent_id == _Parent.id) \
        .outerjoin(_Member, Zone.member_id == _Member.id).outerjoin(_Assessor, Zone.assessor_id == _Assessor.id)
    if f.branch_id is not None:
        q = q.where(Zone.branch_id == f.branch_id)
    if f.unit_id is not None:
        q = q.where(or_(Zone.unit_id == f.unit_id, WorkUnit.parent_id == f.unit_id))
    if f.kind is not None:
        q = q.where(Zone.kind == f.kind)
    if f.category is not None:
        q = q.where(Zone.category == f.category)
    if f.status is not None:
        q = q.where(_status_condition(f.status, f.day))
    text = search_text(f.text)
    if text:
        conditions = [contains(c, text) for c in (Zone.name, _Member.name, Zone.location, Zone.area)]
        if text.isascii() and text.isalpha():
            conditions.append(contains(_Member.name_pinyin, f"|{text.lower()}"))
        q = q.where(or_(*conditions))
    return q


_SORT = {
    SortKey.NAME: Zone.name, SortKey.BRANCH: Branch.id, SortKey.UNIT: WorkUnit.name, SortKey.MEMBER: _Member.name_pinyin,
    SortKey.KIND: Zone.kind, SortKey.CATEGORY: Zone.category, SortKey.STATUS: Zone.status, SortKey.ENDS: Zone.ends_on,
}


_ROW_COLUMNS = select(Zone, Branch.name, WorkUnit.name, _Parent.name, _Member.name, _Assessor.name,
                     _Member.photo.is_not(None).label("has_photo"))


@dataclass(frozen=True)
class _Tallies:
    """What a zone row shows beside the zone: this week's report, this month's suggestion, open hazards."""

    reported: set[int]
    suggested: set[int]
    hazards: dict[int, int]


def _tallies(s: Session, zones: Sequence[Zone], day: date) -> _Tallies:
    """Three grouped reads for the zones of a page (not a correlated subquery per row: with 100,000
    hazards those cost a quarter of a second for the 600 zones of the board)."""
    reported: set[int] = set()
    suggested: set[int] = set()
    hazards: dict[int, int] = {}
    monday, first = week_start(day), day.replace(day=1)
    ids = [z.id for z in zones]
    for chunk in (ids[i:i + 900] for i in range(0, len(ids), 900)):
        reported |= set(s.scalars(select(ZoneReport.zone_id).where(ZoneReport.zone_id.in_(chunk),
                                                                   ZoneReport.week_start == monday)))
        suggested |= set(s.scalars(select(Suggestion.zone_id).where(
            Suggestion.zone_id.in_(chunk), Suggestion.made_on >= first, Suggestion.made_on <= month_end(first))))
        branches = sorted({z.branch_id for z in zones})
        # branch and status first: the hazard table's (branch_id, status, deadline) index finds the open ones
        hazards.update({zid or 0: n for zid, n in s.execute(select(Hazard.zone_id, func.count(Hazard.id)).where(
            Hazard.branch_id.in_(branches), Hazard.status.in_(OPEN_HAZARDS), Hazard.zone_id.in_(chunk))
            .group_by(Hazard.zone_id))})
    return _Tallies(reported, suggested, hazards)


def _rows(s: Session, q: Select, day: date) -> list[ZoneRow]:
    result = s.execute(q).all()
    t = _tallies(s, [r[0] for r in result], day)
    return [_row(r, day, t) for r in result]


def _row(r, day: date, t: _Tallies) -> ZoneRow:
    z: Zone = r[0]
    return ZoneRow(
        z.id, z.branch_id, r[1], z.unit_id, _unit_label(r[2], r[3]), z.category, z.kind, z.name, z.location, z.area,
        z.member_id, r[4], z.basis_and_standard, z.assessor_id, r[5], z.assessment_standard, z.starts_on, z.ends_on,
        z.identity, z.post_text, z.duties, z.standard, z.achievements, z.status,
        effective_status(z.status, z.ends_on, day), z.revoked_on, z.revoke_reason, z.version,
        z.id in t.reported, z.id in t.suggested, t.hazards.get(z.id, 0), bool(r[6]),
    )


def count_zones(ctx: Ctx, f: ZoneFilter = ZoneFilter()) -> int:
    with ctx.read() as s:
        return s.scalar(_zone_query(select(func.count(Zone.id)), f)) or 0


def list_zones(ctx: Ctx, f: ZoneFilter = ZoneFilter(), offset: int = 0, limit: int | None = 200) -> list[ZoneRow]:
    """One page of zones (``limit`` None: all), filtered and sorted in SQL."""
    col = _SORT[f.sort]
    q = _zone_query(_ROW_COLUMNS, f).order_by(col.desc() if f.descending else col.asc(), Zone.id)
    q = q.offset(offset)
    if limit is not None:
        q = q.limit(limit)
    with ctx.read() as s:
        return _rows(s, q, f.day)


def _get_row(s: Session, zone_id: int, day: date) -> ZoneRow:
    rows = _rows(s, _zone_query(_ROW_COLUMNS, ZoneFilter()).where(Zone.id == zone_id), day)
    if not rows:
        raise NotFound(ZONE_NOT_FOUND)
    return rows[0]


def get_zone(ctx: Ctx, zone_id: int, today: date | None = None) -> ZoneDetail:
    """The zone with the workers it covers."""
    day = today or date.today()
    with ctx.read() as s:
        row = _get_row(s, zone_id, day)
        workers = _people(s, select(Person).join(ZoneWorker, ZoneWorker.person_id == Person.id)
                          .where(ZoneWorker.zone_id == zone_id))
    return ZoneDetail(row, tuple(workers))


# ---------------------------------------------------------------- people to pick


def _people(s: Session, q: Select) -> list[PersonChoice]:
    q = q.add_columns(WorkUnit.name, _Parent.name).outerjoin(WorkUnit, Person.unit_id == WorkUnit.id) \
        .outerjoin(_Parent, WorkUnit.parent_id == _Parent.id).order_by(Person.name_pinyin, Person.id)
    return [PersonChoice(p.id, p.name, p.unit_id, _unit_label(u, pu), p.political_status) for p, u, pu in s.execute(q)]


def people_choices(ctx: Ctx, branch_id: int, unit_id: int | None = None, members_only: bool = False
                   ) -> list[PersonChoice]:
    """The branch's people on the roster (a 区队 includes its 班组), in pinyin order; with
    ``members_only`` its 中共党员 and 中共预备党员 (示范者)."""
    with ctx.read() as s:
        q = select(Person).where(Person.branch_id == branch_id, Person.archived_at.is_(None))
        if members_only:
            q = q.where(Person.political_status.in_(PARTY))
        if unit_id is not None:
            teams = select(WorkUnit.id).where(WorkUnit.parent_id == unit_id)
            q = q.where(or_(Person.unit_id == unit_id, Person.unit_id.in_(teams)))
        return _people(s, q)


@dataclass(frozen=True)
class OrgChoices:
    branches: list[tuple[int, str]] = field(default_factory=list)
    units: dict[int, list[tuple[int, str]]] = field(default_factory=dict)  # branch → (id, label)


def org_choices(ctx: Ctx) -> OrgChoices:
    """Branches and their units (“综采二区 / 检修班”) for the filters and the dialog."""
    from .roster import choices

    c = choices(ctx)
    return OrgChoices(c.branches, c.units)


# ---------------------------------------------------------------- checks


def _check(s: Session, data: ZoneInput, day: date, zone_id: int | None) -> list[str]:
    problems: list[str] = []
    if not data.name:
        problems.append("名称不能为空")
    elif len(data.name) > 100:
        problems.append(f"名称“{shorten(data.name, 20)}”过长（最多100个字）")
    for f in _OPTIONAL_TEXT:
        v = getattr(data, f)
        if v is not None and len(v) > (200 if f == "location" else TEXT_MAX):
            problems.append(f"{ZONE_FIELDS[f]}过长")
    branch = s.get(Branch, data.branch_id)
    if branch is None:
        return problems + ["所属支部不存在"]
    if data.unit_id is not None:
        unit = s.get(WorkUnit, data.unit_id)
        if unit is None or unit.branch_id != data.branch_id:
            problems.append("区队/班组不属于所选支部")
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        problems.append(f"结束日期 {data.ends_on:%Y-%m-%d} 早于开始日期 {data.starts_on:%Y-%m-%d}")
    if data.member_id is not None:
        m = s.get(Person, data.member_id)
        if m is None or m.archived_at is not None:
            problems.append("示范者不在名册上")
        elif m.branch_id != data.branch_id or not m.political_status.is_party_member:
            problems.append(f"示范者“{m.name}”不是{branch.name}的党员（须为本支部的中共党员或中共预备党员）")
        else:
            problems += _one_zone_one_post(s, data, m, day, zone_id)
    if data.assessor_id is not None:
        a = s.get(Person, data.assessor_id)
        if a is None or a.archived_at is not None:
            problems.append("考核人不在名册上")
    if data.worker_ids:
        found = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(data.worker_ids)))}
        for wid in data.worker_ids:
            p = found.get(wid)
            if p is None:
                problems.append("所带职工中有人不在名册上")
            elif p.branch_id != data.branch_id:
                other = s.get(Branch, p.branch_id)
                problems.append(f"所带职工“{p.name}”属于{other.name if other else '其他支部'}，不属于{branch.name}")
    return problems


def _one_zone_one_post(s: Session, data: ZoneInput, member: Person, day: date, zone_id: int | None) -> list[str]:
    """一区一岗: one active 责任区 per member, and one active 示范岗 of a kind per member."""
    q = select(Zone).where(Zone.member_id == member.id, Zone.category == data.category)
    if data.category is ZoneCategory.POST:
        q = q.where(Zone.kind == data.kind)
    if zone_id is not None:
        q = q.where(Zone.id != zone_id)
    for other in s.scalars(q.order_by(Zone.id)):
        if holds_post(other.status, other.ends_on, day):
            what = "党员责任区" if data.category is ZoneCategory.ZONE else f"{data.kind.value}类党员示范岗"
            return [f"一区一岗：{member.name}已有{effective_status(other.status, other.ends_on, day).value}的{what}"
                    f"“{other.name}”，不能再担任一个（请先将其摘牌或期满）"]
    return []


def _set_workers(s: Session, zone_id: int, worker_ids: Iterable[int]) -> bool:
    wanted = set(worker_ids)
    rows = list(s.scalars(select(ZoneWorker).where(ZoneWorker.zone_id == zone_id)))
    have = {r.person_id for r in rows}
    for r in rows:
        if r.person_id not in wanted:
            s.delete(r)
    for pid in wanted - have:
        s.add(ZoneWorker(zone_id=zone_id, person_id=pid))
    return wanted != have


def _describe_status(status: ZoneStatus, five: FiveClear) -> str:
    if status is ZoneStatus.DRAFT:
        return f"草稿（尚缺：{'、'.join(five.missing())}）"
    return status.value


# ---------------------------------------------------------------- writes


def create_zone(ctx: Ctx, data: ZoneInput, today: date | None = None) -> ZoneRow:
    """A new zone or post: 草稿 while a 五明确 is missing, 在岗 once all five are set."""
    ctx.actor.require_write()
    day = today or date.today()
    data = data.cleaned()
    with ctx.uow() as s:
        raise_problems(_check(s, data, day, None))
        z = Zone()
        diff(z, data, ZONE_FIELDS)
        z.status = stored_status(data.five)
        s.add(z)
        s.flush()
        _set_workers(s, z.id, data.worker_ids)
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.ZONE, z.id,
                     f"新增{data.category.value} {data.name}（{_describe_status(z.status, data.five)}）")
        s.flush()
        return _get_row(s, z.id, day)


def update_zone(ctx: Ctx, zone_id: int, expected_version: int, data: ZoneInput, today: date | None = None) -> ZoneRow:
    """Save an edit: the status follows the 五明确 (a revoked or ended zone stays so)."""
    ctx.actor.require_write()
    day = today or date.today()
    data = data.cleaned()
    with ctx.uow() as s:
        z = load_for_edit(s, Zone, zone_id, expected_version, ZONE_NOT_FOUND)
        check_data = data
        if z.status in (ZoneStatus.REVOKED, ZoneStatus.ENDED):
            # A zone no longer on the wall holds no post: 一区一岗 does not apply to its edits.
            check_data = replace(data, member_id=None)
        problems = _check(s, check_data, day, zone_id)
        if check_data is not data and data.member_id is not None:
            m = s.get(Person, data.member_id)
            if m is None or m.branch_id != data.branch_id or not m.political_status.is_party_member:
                problems.append("示范者须为本支部的中共党员或中共预备党员")
        raise_problems(problems)
        changes = diff(z, data, ZONE_FIELDS)
        new_status = stored_status(data.five, z.status)
        if new_status is not z.status:
            changes["status"] = (z.status, new_status)
            z.status = new_status
        workers_changed = _set_workers(s, zone_id, data.worker_ids)
        if changes or workers_changed:
            names = [ZONE_FIELDS.get(k, "状态") for k in changes] + (["所带职工"] if workers_changed else [])
            audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.ZONE, zone_id,
                         f"修改{z.category.value} {z.name}：{'、'.join(names)}", audit_details(changes))
            if not changes:
                z.updated_at = utcnow()  # the worker list alone: the zone's version still moves on
        s.flush()
        return _get_row(s, zone_id, day)


def revoke_zone(ctx: Ctx, zone_id: int, expected_version: int, reason: str, on: date | None = None,
                today: date | None = None) -> ZoneRow:
    """摘牌: the post loses its title, with a reason (required) and a date (default today)."""
    ctx.actor.require_write()
    day = today or date.today()
    when = on or day
    problems = []
    reason = clean_text(reason or "")
    if not reason:
        problems.append("请填写摘牌原因")
    elif len(reason) > TEXT_MAX:
        problems.append("摘牌原因过长")
    if when > day:
        problems.append(f"摘牌日期 {when:%Y-%m-%d} 晚于今天")
    with ctx.uow() as s:
        z = load_for_edit(s, Zone, zone_id, expected_version, ZONE_NOT_FOUND)
        if z.status is ZoneStatus.REVOKED:
            problems.append(f"“{z.name}”已于 {z.revoked_on:%Y-%m-%d} 摘牌" if z.revoked_on else f"“{z.name}”已摘牌")
        elif z.starts_on is not None and when < z.starts_on:
            problems.append(f"摘牌日期早于开始日期 {z.starts_on:%Y-%m-%d}")
        raise_problems(problems)
        old = z.status
        z.status, z.revoked_on, z.revoke_reason = ZoneStatus.REVOKED, when, reason
        audit.record(s, ctx.actor, AuditAction.REVOKE, AuditEntity.ZONE, zone_id,
                     f"{z.category.value} {z.name} 摘牌：{reason}",
                     audit_details({"status": (old, ZoneStatus.REVOKED), "revoked_on": (None, when),
                                    "revoke_reason": (None, reason)}))
        s.flush()
        return _get_row(s, zone_id, day)


def end_zone(ctx: Ctx, zone_id: int, expected_version: int, on: date | None = None,
             today: date | None = None) -> ZoneRow:
    """期满: end the zone on ``on`` (default today): its end date becomes that day if later."""
    ctx.actor.require_write()
    day = today or date.today()
    when = on or day
    with ctx.uow() as s:
        z = load_for_edit(s, Zone, zone_id, expected_version, ZONE_NOT_FOUND)
        problems = []
        if z.status is ZoneStatus.REVOKED:
            problems.append(f"“{z.name}”已摘牌，无需再结束")
        elif z.status is ZoneStatus.ENDED:
            problems.append(f"“{z.name}”已期满")
        if when > day:
            problems.append(f"结束日期 {when:%Y-%m-%d} 晚于今天")
        if z.starts_on is not None and when < z.starts_on:
            problems.append(f"结束日期早于开始日期 {z.starts_on:%Y-%m-%d}")
        raise_problems(problems)
        changes: dict[str, tuple[Any, Any]] = {"status": (z.status, ZoneStatus.ENDED)}
        if z.ends_on is None or z.ends_on > when:
            changes["ends_on"] = (z.ends_on, when)
            z.ends_on = when
        z.status = ZoneStatus.ENDED
        audit.record(s, ctx.actor, AuditAction.END, AuditEntity.ZONE, zone_id,
                     f"{z.category.value} {z.name} 期满结束（{when:%Y-%m-%d}）", audit_details(changes))
        s.flush()
        return _get_row(s, zone_id, day)


# ---------------------------------------------------------------- reports and suggestions


@dataclass(frozen=True)
class ReportRow:
    id: int
    zone_id: int
    week_start: date
    reported_on: date
    safety_ok: bool
    content: str


@dataclass(frozen=True)
class SuggestionRow:
    id: int
    zone_id: int
    made_on: date
    content: str
    adopted: bool


def _reporting_zone(s: Session, zone_id: int, what: str) -> Zone:
    z = s.get(Zone, zone_id)
    if z is None:
        raise NotFound(ZONE_NOT_FOUND)
    if z.status is ZoneStatus.DRAFT:
        raise ValidationError(f"“{z.name}”还是草稿（五明确未填全），不能{what}。")
    if z.member_id is None:
        raise ValidationError(f"“{z.name}”没有示范者，不能{what}。")
    return z


def _report_problems(s: Session, z: Zone, monday: date, reported_on: date, day: date) -> list[str]:
    problems = []
    if reported_on > day:
        problems.append(f"报告日期 {reported_on:%Y-%m-%d} 晚于今天")
    if monday > week_start(day):
        problems.append("不能报告尚未开始的周")
    if reported_on < monday:
        problems.append(f"报告日期 {reported_on:%Y-%m-%d} 早于所报的周（{monday:%Y-%m-%d} 起）")
    if z.starts_on is not None and monday < week_start(z.starts_on):
        problems.append(f"所报的周早于“{z.name}”的开始日期 {z.starts_on:%Y-%m-%d}")
    last = ActiveSpan(z.starts_on, z.ends_on, z.status, z.revoked_on).last_day
    if last is not None and monday > last:
        problems.append(f"“{z.name}”已于 {last:%Y-%m-%d} {'摘牌' if z.status is ZoneStatus.REVOKED else '期满'}")
    if s.scalar(select(ZoneReport.id).where(ZoneReport.zone_id == z.id, ZoneReport.week_start == monday)):
        problems.append(f"“{z.name}”{monday:%Y-%m-%d} 这一周已有周报，每周记一次")
    return problems


def record_report(ctx: Ctx, zone_id: int, week: date, reported_on: date, safety_ok: bool, content: str,
                  today: date | None = None) -> ReportRow:
    """The member's weekly safety report: ``week`` is any day of the ISO week reported on."""
    ctx.actor.require_write()
    day = today or date.today()
    monday = week_start(week)
    content = clean_text(content or "")
    with ctx.uow() as s:
        z = _reporting_zone(s, zone_id, "记周报")
        problems = _report_problems(s, z, monday, reported_on, day)
        if len(content) > TEXT_MAX:
            problems.append("报告内容过长")
        raise_problems(problems)
        r = ZoneReport(zone_id=zone_id, member_id=z.member_id, week_start=monday, reported_on=reported_on,
                       safety_ok=safety_ok, content=content)
        s.add(r)
        s.flush()
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.ZONE_REPORT, r.id,
                     f"{z.name} 周报（{monday:%Y-%m-%d} 周，{'安全' if safety_ok else '有问题'}）")
        return ReportRow(r.id, zone_id, monday, reported_on, safety_ok, content)


def record_week_reports(ctx: Ctx, zone_ids: Sequence[int], week: date, reported_on: date,
                        today: date | None = None) -> int:
    """The quick entry: a report (safety OK) for each ticked zone for the week, all or none."""
    ctx.actor.require_write()
    day = today or date.today()
    monday = week_start(week)
    with ctx.uow() as s:
        problems: list[str] = []
        zones = []
        for zid in dict.fromkeys(zone_ids):
            try:
                z = _reporting_zone(s, zid, "记周报")
            except ValidationError as err:
                problems.append(err.message.rstrip("。"))
                continue
            problems += _report_problems(s, z, monday, reported_on, day)
            zones.append(z)
        raise_problems(list(dict.fromkeys(problems)))
        for z in zones:
            r = ZoneReport(zone_id=z.id, member_id=z.member_id, week_start=monday, reported_on=reported_on,
                           safety_ok=True, content="本周责任区安全状况正常。")
            s.add(r)
            s.flush()
            audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.ZONE_REPORT, r.id,
                         f"{z.name} 周报（{monday:%Y-%m-%d} 周，快速录入）")
        return len(zones)


def list_reports(ctx: Ctx, zone_id: int) -> list[ReportRow]:
    with ctx.read() as s:
        rows = s.scalars(select(ZoneReport).where(ZoneReport.zone_id == zone_id).order_by(ZoneReport.week_start.desc()))
        return [ReportRow(r.id, r.zone_id, r.week_start, r.reported_on, r.safety_ok, r.content) for r in rows]


def add_suggestion(ctx: Ctx, zone_id: int, made_on: date, content: str, adopted: bool = False,
                   today: date | None = None) -> SuggestionRow:
    """A 合理化建议 of the zone's member (每月至少一条)."""
    ctx.actor.require_write()
    day = today or date.today()
    problems = []
    content = clean_text(content or "")
    if not content:
        problems.append("请填写建议内容")
    elif len(content) > TEXT_MAX:
        problems.append("建议内容过长")
    if made_on > day:
        problems.append(f"建议日期 {made_on:%Y-%m-%d} 晚于今天")
    with ctx.uow() as s:
        z = _reporting_zone(s, zone_id, "记建议")
        if z.starts_on is not None and made_on < z.starts_on.replace(day=1):
            problems.append(f"建议日期早于“{z.name}”的开始日期 {z.starts_on:%Y-%m-%d}")
        raise_problems(problems)
        sg = Suggestion(zone_id=zone_id, member_id=z.member_id, made_on=made_on, content=content, adopted=adopted)
        s.add(sg)
        s.flush()
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.SUGGESTION, sg.id,
                     f"{z.name} 合理化建议（{made_on:%Y-%m-%d}）：{shorten(content, 30)}")
        return SuggestionRow(sg.id, zone_id, made_on, content, adopted)


def list_suggestions(ctx: Ctx, zone_id: int) -> list[SuggestionRow]:
    with ctx.read() as s:
        rows = s.scalars(select(Suggestion).where(Suggestion.zone_id == zone_id).order_by(Suggestion.made_on.desc()))
        return [SuggestionRow(r.id, r.zone_id, r.made_on, r.content, r.adopted) for r in rows]


# ---------------------------------------------------------------- compliance


@dataclass(frozen=True)
class ComplianceRow:
    zone_id: int
    name: str
    member: str | None
    unit: str | None
    weeks: tuple[Duty, ...]
    months: tuple[Duty, ...]

    @property
    def weeks_missed(self) -> int:
        return sum(d is Duty.MISSING for d in self.weeks)

    @property
    def months_missed(self) -> int:
        return sum(d is Duty.MISSING for d in self.months)


@dataclass(frozen=True)
class Compliance:
    """Zones × the last 13 weeks (reports) and × the last 6 months (suggestions)."""

    weeks: tuple[date, ...]  # Mondays, oldest first
    months: tuple[date, ...]  # first days, oldest first
    rows: tuple[ComplianceRow, ...]

    def missing(self) -> list[str]:
        """One line per zone that missed a week or a month, for the secretary."""
        out = []
        for r in self.rows:
            parts = []
            if r.weeks_missed:
                days = [f"{w:%m-%d}" for w, d in zip(self.weeks, r.weeks, strict=True) if d is Duty.MISSING]
                parts.append(f"缺周报 {r.weeks_missed} 周（{'、'.join(days)} 起）")
            if r.months_missed:
                months = [f"{m:%Y-%m}" for m, d in zip(self.months, r.months, strict=True) if d is Duty.MISSING]
                parts.append(f"缺建议 {r.months_missed} 个月（{'、'.join(months)}）")
            if parts:
                out.append(f"{r.name}（{r.member or '未定示范者'}）：{'；'.join(parts)}")
        return out


def _compliance(s: Session, zones: Sequence[tuple[int, str, str | None, str | None, ActiveSpan]], day: date
                ) -> Compliance:
    weeks = last_weeks(day, COMPLIANCE_WEEKS)
    months = last_months(day, COMPLIANCE_MONTHS)
    ids = [z[0] for z in zones]
    reported: set[tuple[int, date]] = set()
    suggested: set[tuple[int, date]] = set()
    for chunk in (ids[i:i + 900] for i in range(0, len(ids), 900)):
        reported |= {(zid, w) for zid, w in s.execute(
            select(ZoneReport.zone_id, ZoneReport.week_start).where(ZoneReport.zone_id.in_(chunk),
                                                                    ZoneReport.week_start >= weeks[0]))}
        suggested |= {(zid, d.replace(day=1)) for zid, d in s.execute(
            select(Suggestion.zone_id, Suggestion.made_on).where(Suggestion.zone_id.in_(chunk),
                                                                 Suggestion.made_on >= months[0]))}
    rows = []
    for zid, name, member, unit, span in zones:
        rows.append(ComplianceRow(
            zid, name, member, unit,
            tuple(week_duty(span, w, (zid, w) in reported, day) for w in weeks),
            tuple(month_duty(span, m, (zid, m) in suggested, day) for m in months)))
    return Compliance(tuple(weeks), tuple(months), tuple(rows))


def compliance(ctx: Ctx, f: ZoneFilter = ZoneFilter()) -> Compliance:
    """The grid for the zones the filter selects (drafts owe nothing and are left out)."""
    day = f.day
    with ctx.read() as s:
        q = _zone_query(select(Zone.id, Zone.name, _Member.name, WorkUnit.name, _Parent.name, Zone.starts_on,
                               Zone.ends_on, Zone.status, Zone.revoked_on), f) \
            .where(Zone.status != ZoneStatus.DRAFT).order_by(Branch.id, Zone.id)
        zones = [(zid, name, member, _unit_label(u, pu), ActiveSpan(st, en, status, rv))
                 for zid, name, member, u, pu, st, en, status, rv in s.execute(q)]
        return _compliance(s, zones, day)


# ---------------------------------------------------------------- quick entry


@dataclass(frozen=True)
class QuickEntryRow:
    zone_id: int
    name: str
    member: str | None
    unit: str | None
    reported: bool  # already reported for the week


def quick_entry_rows(ctx: Ctx, branch_id: int | None, unit_id: int | None, week: date,
                     today: date | None = None) -> list[QuickEntryRow]:
    """The active zones of a unit (or branch) with whether the week is reported already."""
    day = today or date.today()
    monday = week_start(week)
    f = ZoneFilter(branch_id=branch_id, unit_id=unit_id, status=ZoneStatus.ACTIVE, today=max(day, monday))
    with ctx.read() as s:
        q = _zone_query(select(Zone.id, Zone.name, _Member.name, WorkUnit.name, _Parent.name), f) \
            .order_by(Branch.id, WorkUnit.name, Zone.id)
        rows = s.execute(q).all()
        done = set(s.scalars(select(ZoneReport.zone_id).where(ZoneReport.week_start == monday,
                                                              ZoneReport.zone_id.in_([r[0] for r in rows]))))
    return [QuickEntryRow(zid, name, member, _unit_label(u, pu), zid in done) for zid, name, member, u, pu in rows]


# ---------------------------------------------------------------- photos


def get_photo(ctx: Ctx, person_id: int) -> bytes | None:
    with ctx.read() as s:
        return s.scalar(select(Person.photo).where(Person.id == person_id))


def set_photo(ctx: Ctx, person_id: int, jpeg: bytes | None) -> None:
    """Store a member's photo (a JPEG under 200 KB, scaled by the caller), or remove it (None)."""
    ctx.actor.require_write()
    if jpeg is not None:
        if not jpeg.startswith(b"\xff\xd8"):
            raise ValidationError("照片须为 JPEG 图片。")
        if len(jpeg) > PHOTO_MAX_BYTES:
            raise ValidationError(f"照片过大（{len(jpeg) // 1024} KB），最多 200 KB。")
    with ctx.uow() as s:
        p = s.get(Person, person_id)
        if p is None:
            raise NotFound("该人员不存在。")
        p.photo = jpeg
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.PERSON, person_id,
                     f"{'设置' if jpeg is not None else '删除'}照片：{p.name}")


# ---------------------------------------------------------------- export


@dataclass(frozen=True)
class ExportResult:
    path: Path
    zones: int


EXPORT_HEADER = ("支部", "区队/班组", "类别", "类型", "名称", "示范者", "明确区域", "示范依据和示范标准", "考核人",
                 "考核标准", "开始日期", "结束日期", "状态", "本周周报", "本月建议", "近13周未报周数")


def export_zones(ctx: Ctx, path: Path, branch_id: int | None = None, today: date | None = None,
                 progress: Callable[[int, str], None] | None = None) -> ExportResult:
    """One row per zone (the branch's, or every branch's) to an xlsx file; recorded in the audit log."""
    from dangjian_desktop.exporting.zones_xlsx import write_zones

    day = today or date.today()
    report = progress or (lambda _pct, _step: None)
    f = ZoneFilter(branch_id=branch_id, today=day)
    report(10, "读取责任区")
    rows = list_zones(ctx, f, 0, None)
    report(50, "统计周报")
    grid = compliance(ctx, f)
    missed = {r.zone_id: r.weeks_missed for r in grid.rows}
    with ctx.read() as s:
        branch = s.scalar(select(Branch.name).where(Branch.id == branch_id)) if branch_id is not None else None
    table = [[r.branch, r.unit or "", r.category.value, r.kind.value, r.name, r.member or "", r.area or "",
              r.basis_and_standard or "", r.assessor or "", r.assessment_standard or "", r.starts_on, r.ends_on,
              r.status.value, r.week_label, r.month_label, missed.get(r.id, 0) if r.status is not ZoneStatus.DRAFT
              else 0] for r in rows]
    report(80, "写入文件")
    title = f"{branch or '全部支部'}党员责任区 · 示范岗一览"
    subtitle = f"导出日期：{day.isoformat()}　范围：{branch or '全部支部'}　共 {len(rows)} 个　" \
               f"本周自 {week_start(day):%Y-%m-%d} 起"
    out = write_zones(Path(path), title, subtitle, list(EXPORT_HEADER), table)
    with ctx.uow() as s:
        audit.record(s, ctx.actor, AuditAction.EXPORT, AuditEntity.ZONE, None,
                     f"导出责任区一览 {len(rows)} 个（{branch or '全部支部'}）到 {out.name}")
    report(100, "完成")
    return ExportResult(out, len(rows))


# ---------------------------------------------------------------- 工作台 sources


def _active_zones(s: Session, actor: Actor, today: date) -> list[tuple[int, str, str | None, int, str]]:
    q = _zone_query(select(Zone.id, Zone.name, _Member.name, Branch.id, Branch.name),
                    ZoneFilter(status=ZoneStatus.ACTIVE, today=today)).order_by(Branch.id, Zone.id)
    return [(r[0], r[1], r[2], r[3], r[4]) for r in s.execute(q)]


#: A branch with more zones missing than this gets one 工作台 line for them all (with names).
GROUP_OVER = 3


def _missing_items(missing: list[tuple[int, str, str | None, int, str]], what: str, rule: str, due: date,
                   urgency: Urgency) -> list[WorkItem]:
    """One item per zone; a branch with many gets one item that opens its 报告情况 grid."""
    from .worklist import WorkItem, WorkTarget

    by_branch: dict[int, list[tuple[int, str, str | None, int, str]]] = {}
    for z in missing:
        by_branch.setdefault(z[3], []).append(z)
    items = []
    for bid, zs in by_branch.items():
        branch = zs[0][4]
        if len(zs) <= GROUP_OVER:
            items += [WorkItem(AREA, f"{name} {what}", f"{branch} · 示范者 {member or '—'} · {rule}", due, urgency,
                               WorkTarget("zone", zid)) for zid, name, member, _b, _bn in zs]
        else:
            names = "、".join(f"{member or name}" for _z, name, member, _b, _bn in zs[:6])
            items.append(WorkItem(AREA, f"{branch}：{len(zs)} 个责任区{what}",
                                  f"{names}{' 等' if len(zs) > 6 else ''} · {rule}", due, urgency,
                                  WorkTarget("zone-branch", bid)))
    return items


def due_reports(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """From Thursday on: the active zones without this week's report."""
    from .worklist import Urgency  # not at the top: worklist lists these sources

    if today.weekday() < REPORT_FROM_WEEKDAY:
        return []
    monday = week_start(today)
    sunday = monday + timedelta(days=6)
    done = set(s.scalars(select(ZoneReport.zone_id).where(ZoneReport.week_start == monday)))
    urgency = Urgency.DUE_TODAY if today == sunday else Urgency.DUE_SOON
    missing = [z for z in _active_zones(s, actor, today) if z[0] not in done]
    return _missing_items(missing, "本周未报告安全状况", f"每周至少报告一次（本周 {monday:%m-%d} 至 {sunday:%m-%d}）",
                          sunday, urgency)


def due_suggestions(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """In the month's last seven days: the active zones without a suggestion this month."""
    from .worklist import Urgency  # not at the top: worklist lists these sources

    first = today.replace(day=1)
    last = month_end(first)
    if (last - today).days >= SUGGESTION_LAST_DAYS:
        return []
    done = set(s.scalars(select(Suggestion.zone_id).where(Suggestion.made_on >= first, Suggestion.made_on <= last)))
    urgency = Urgency.DUE_TODAY if today == last else Urgency.DUE_SOON
    missing = [z for z in _active_zones(s, actor, today) if z[0] not in done]
    return _missing_items(missing, "本月尚无合理化建议", f"每月至少一条（{last:%m-%d} 前）", last, urgency)


def ending_soon(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """Zones reaching their end date within 14 days (期满: renew or end them)."""
    from .worklist import Urgency, WorkItem, WorkTarget  # not at the top: worklist lists these sources

    q = _zone_query(select(Zone.id, Zone.name, _Member.name, Branch.name, Zone.ends_on),
                    ZoneFilter(today=today)).where(
        Zone.status.in_([ZoneStatus.ACTIVE, ZoneStatus.DRAFT]), Zone.ends_on >= today,
        Zone.ends_on <= today + timedelta(days=END_NOTICE_DAYS)).order_by(Zone.ends_on, Zone.id)
    return [WorkItem(AREA, f"{name} 将于 {ends:%Y-%m-%d} 期满", f"{branch} · 示范者 {member or '—'} · 请续期或安排期满",
                     ends, Urgency.DUE_TODAY if ends == today else Urgency.DUE_SOON, WorkTarget("zone", zid))
            for zid, name, member, branch, ends in s.execute(q)]


def branch_id_by_name(ctx: Ctx, name: str) -> int:
    """The branch called ``name`` (``--branch``); a clear message naming the ones there are."""
    from .roster_export import branch_id_by_name as by_name

    return by_name(ctx, name)


__all__ = ["AREA", "Compliance", "ComplianceRow", "Duty", "ExportResult", "PersonChoice", "QuickEntryRow",
           "ReportRow", "SortKey", "SuggestionRow", "ZoneDetail", "ZoneFilter", "ZoneInput", "ZoneRow",
           "add_suggestion", "branch_id_by_name", "compliance", "count_zones", "create_zone", "due_reports",
           "due_suggestions", "end_zone", "ending_soon", "export_zones", "get_photo", "get_zone", "list_reports",
           "list_suggestions", "list_zones", "org_choices", "people_choices", "quick_entry_rows", "record_report",
           "record_week_reports", "revoke_zone", "set_photo", "update_zone"]
