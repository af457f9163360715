"""党员责任区 · 示范岗 (一区一岗): zones and posts, their people, photos.

Each write is one unit of work: the role checked first, every rule checked before anything is
written (``raise_problems``), an audit entry in the same transaction. Reads return frozen rows.
A zone's status as shown is computed from ``today`` (``zone_rules.effective_status``): one past
its end date is 期满 even while nobody has opened it since. The list, the board and the export
all read through :func:`list_zones`, filtered in SQL. Reports, suggestions, the compliance grid,
the export and the 工作台 sources are in ``services.zone_reports``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import Enum
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
    FiveClear,
    effective_status,
    holds_post,
    month_end,
    stored_status,
)
from dangjian_desktop.domain.zones import Suggestion, Zone, ZoneCategory, ZoneKind, ZoneReport, ZoneStatus, ZoneWorker

from . import audit, points
from .audit import AuditAction, AuditEntity
from .records import audit_details, diff, load_for_edit, raise_problems
from .search import contains, search_text
from .uow import Ctx

if TYPE_CHECKING:
    pass

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
        points.record_for(s, "zone", z.id, day)  # 党员积分: the zone's member and term count
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
            else:
                s.flush()
                points.record_for(s, "zone", zone_id, day)
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
        points.record_for(s, "zone", zone_id, day)
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
        points.record_for(s, "zone", zone_id, day)
        return _get_row(s, zone_id, day)


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


def branch_id_by_name(ctx: Ctx, name: str) -> int:
    """The branch called ``name`` (``--branch``); a clear message naming the ones there are."""
    from .roster_export import branch_id_by_name as by_name

    return by_name(ctx, name)


__all__ = ["AREA", "PersonChoice", "SortKey", "ZoneDetail", "ZoneFilter", "ZoneInput", "ZoneRow", "branch_id_by_name", "count_zones", "create_zone", "end_zone", "get_photo", "get_zone", "list_zones", "org_choices", "people_choices", "revoke_zone", "set_photo", "update_zone"]
