"""隐患排查台账: record and edit hazards, move them through 待整改 → 整改中 → 待验收 → 已闭合,
photos, and the paged, filtered list of the 隐患台账 tab (100,000 rows stay fast).

逾期 is never stored: it is computed from ``today`` in SQL (``_overdue``) and in Python
(``domain.hazard_rules.is_overdue``). Overdue hazards are listed first. Each public write is
one unit of work that checks the actor may write and records the change in the audit log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import ColumnElement, Select, and_, case, func, not_, or_, select
from sqlalchemy.orm import Session, aliased

from dangjian_desktop.domain.errors import NotFound, ValidationError
from dangjian_desktop.domain.hazard_rules import (
    MAX_PHOTOS,
    OPEN_STATES,
    PHOTO_MAX_PX,
    HazardInput,
    input_problems,
    overdue_days,
    transition_problem,
)
from dangjian_desktop.domain.hazards import Hazard, HazardLevel, HazardPhoto, HazardSource, HazardStatus, PhotoStage
from dangjian_desktop.domain.org import Branch, Person, PoliticalStatus, WorkUnit
from dangjian_desktop.domain.text import clean_text, shorten
from dangjian_desktop.domain.zones import Zone

from . import audit, points
from .audit import AuditAction, AuditEntity
from .records import audit_details, diff, load_for_edit, raise_problems
from .search import matches_any
from .uow import Actor, Ctx

if TYPE_CHECKING:
    from .worklist import WorkItem

HAZARD_NOT_FOUND = "该隐患不存在（可能已被删除）。"
PARTY = (PoliticalStatus.MEMBER, PoliticalStatus.PROBATIONARY)
OVERDUE = "overdue"  # the export's --status word for 逾期
JPEG_MAGIC = b"\xff\xd8\xff"
PHOTO_BYTES_MAX = 8 * 1024 * 1024

_Finder = aliased(Person)
_Responsible = aliased(Person)
_Rectifier = aliased(Person)
_Verifier = aliased(Person)


class SortKey(str, Enum):
    FOUND = "found_on"
    DEADLINE = "deadline"


_SORT_COLUMNS = {SortKey.FOUND: Hazard.found_on, SortKey.DEADLINE: Hazard.deadline}


@dataclass(frozen=True)
class HazardFilter:
    """What the 隐患台账 tab and the export filter by (all in SQL)."""

    text: str = ""  # the description contains
    statuses: tuple[HazardStatus, ...] = ()
    levels: tuple[HazardLevel, ...] = ()
    overdue: bool = False  # only the overdue ones
    branch_id: int | None = None
    unit_id: int | None = None
    zone_id: int | None = None
    finder_id: int | None = None
    found_from: date | None = None
    found_to: date | None = None
    today: date | None = None  # None: the real today
    sort: SortKey = SortKey.FOUND
    descending: bool = True

    def day(self) -> date:
        return self.today or date.today()


@dataclass(frozen=True)
class HazardRow:
    id: int
    found_on: date
    branch_id: int
    branch: str
    unit_id: int | None
    unit: str | None
    zone_id: int | None
    zone: str | None
    finder_id: int | None
    finder: str | None
    description: str
    level: HazardLevel
    source: HazardSource
    responsible_dept: str | None
    responsible_person_id: int | None
    responsible_person: str | None
    deadline: date
    measures: str | None
    status: HazardStatus
    rectified_by_id: int | None
    rectified_by: str | None
    rectified_on: date | None
    verified_by_id: int | None
    verified_by: str | None
    verified_on: date | None
    closed_on: date | None
    finding_id: int | None
    version: int
    overdue_days: int = 0  # > 0: overdue on the day the row was read

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0

    def to_input(self) -> HazardInput:
        return HazardInput(self.found_on, self.description, self.deadline, self.zone_id, self.branch_id, self.unit_id,
                           self.finder_id, self.level, self.responsible_dept or "", self.responsible_person_id,
                           self.measures or "")


@dataclass(frozen=True)
class Photo:
    id: int
    stage: PhotoStage


@dataclass(frozen=True)
class HazardDetail:
    row: HazardRow
    photos: tuple[Photo, ...] = field(default=())


# ---------------------------------------------------------------- reading


def _overdue(today: date) -> ColumnElement[bool]:
    return and_(Hazard.status.in_(OPEN_STATES), Hazard.deadline < today)


_ROW_COLUMNS = select(  # plain columns, in HazardRow's order: no ORM object per row
    Hazard.id, Hazard.found_on, Hazard.branch_id, Branch.name, Hazard.unit_id, WorkUnit.name, Hazard.zone_id, Zone.name,
    Hazard.finder_id, _Finder.name, Hazard.description, Hazard.level, Hazard.source, Hazard.responsible_dept,
    Hazard.responsible_person_id, _Responsible.name, Hazard.deadline, Hazard.measures, Hazard.status,
    Hazard.rectified_by_id, _Rectifier.name, Hazard.rectified_on, Hazard.verified_by_id, _Verifier.name,
    Hazard.verified_on, Hazard.closed_on, Hazard.finding_id, Hazard.version,
)


def _joined(cols: Select) -> Select:
    return (cols.select_from(Hazard).join(Branch, Hazard.branch_id == Branch.id)
            .outerjoin(WorkUnit, Hazard.unit_id == WorkUnit.id).outerjoin(Zone, Hazard.zone_id == Zone.id)
            .outerjoin(_Finder, Hazard.finder_id == _Finder.id)
            .outerjoin(_Responsible, Hazard.responsible_person_id == _Responsible.id)
            .outerjoin(_Rectifier, Hazard.rectified_by_id == _Rectifier.id)
            .outerjoin(_Verifier, Hazard.verified_by_id == _Verifier.id))


def _conditions(f: HazardFilter, walk_found_on: bool = False) -> list[ColumnElement[bool]]:
    """The filter as WHERE conditions on ``hazard`` alone (no join needed: they stay fast).

    ``walk_found_on``: for a page of the not-overdue rows, read in the order of the found_on
    index; the status condition is then written so that no index serves it (SQLite without
    statistics would otherwise take the status index and sort 96,000 已闭合 rows)."""
    where: list[ColumnElement[bool]] = []
    if f.statuses:
        status = func.coalesce(Hazard.status, Hazard.status) if walk_found_on else Hazard.status
        where.append(status.in_(f.statuses))
    if f.levels:
        where.append(Hazard.level.in_(f.levels))
    if f.overdue:
        where.append(_overdue(f.day()))
    if f.branch_id is not None:
        where.append(Hazard.branch_id == f.branch_id)
    if f.unit_id is not None:
        teams = select(WorkUnit.id).where(WorkUnit.parent_id == f.unit_id)  # a unit includes its teams
        where.append(or_(Hazard.unit_id == f.unit_id, Hazard.unit_id.in_(teams)))
    if f.zone_id is not None:
        where.append(Hazard.zone_id == f.zone_id)
    if f.finder_id is not None:
        where.append(Hazard.finder_id == f.finder_id)
    if f.found_from is not None:
        where.append(Hazard.found_on >= f.found_from)
    if f.found_to is not None:
        where.append(Hazard.found_on <= f.found_to)
    text = matches_any([Hazard.description], f.text)  # literal: "%" and "_" are characters
    if text is not None:
        where.append(text)
    return where


def count_hazards(ctx: Ctx, f: HazardFilter = HazardFilter()) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count(Hazard.id)).where(*_conditions(f))) or 0


def count_overdue(ctx: Ctx, f: HazardFilter = HazardFilter()) -> int:
    """How many of the hazards ``f`` finds are overdue."""
    with ctx.read() as s:
        return s.scalar(select(func.count(Hazard.id)).where(*_conditions(f), _overdue(f.day()))) or 0


def _order(f: HazardFilter, unindexed: bool = False) -> list[Any]:
    """The ORDER BY of ``f``. ``unindexed``: as an expression no index gives (for the few
    overdue rows: SQLite would otherwise walk the whole found_on index looking for them)."""
    col: ColumnElement[object] = _SORT_COLUMNS[f.sort]  # type: ignore[assignment]
    if unindexed:
        col = func.coalesce(col, col)
    return [col.desc() if f.descending else col.asc(), Hazard.id.desc() if f.descending else Hazard.id.asc()]


def list_hazards(ctx: Ctx, f: HazardFilter = HazardFilter(), offset: int = 0, limit: int = 200) -> list[HazardRow]:
    """One page of hazards, overdue ones first, then in ``f.sort`` order, all in SQL.

    Without a text filter the overdue and the other hazards are read by two queries that each
    walk an index in order, rather than one that sorts the whole table by an expression: the
    first page of 100,000 comes in a few milliseconds. A text filter scans the descriptions
    anyway; then one query sorts the (fewer) matches.
    """
    today = f.day()
    where, order, overdue = _conditions(f), _order(f), _overdue(today)
    few = _order(f, unindexed=True)
    with ctx.read() as s:
        if f.text.strip() or f.overdue:
            ids = _ids(s, select(Hazard.id).where(*where).order_by(case((overdue, 0), else_=1), *order), offset, limit)
            return _rows_by_id(s, ids, today)
        if offset == 0:  # the first page needs no count of the overdue: fewer than a page tells it
            ids = _ids(s, select(Hazard.id).where(*where, overdue).order_by(*few), 0, limit)
            n_overdue = len(ids)
        else:
            n_overdue = s.scalar(select(func.count(Hazard.id)).where(*where, overdue)) or 0
            ids = []
            if offset < n_overdue:
                ids = _ids(s, select(Hazard.id).where(*where, overdue).order_by(*few), offset, limit)
        if len(ids) < limit:
            rest = select(Hazard.id).where(*_conditions(f, walk_found_on=True), not_(overdue)).order_by(*order)
            ids += _ids(s, rest, max(0, offset - n_overdue), limit - len(ids))
        return _rows_by_id(s, ids, today)


def _ids(s: Session, q: Select, offset: int, limit: int) -> list[int]:
    """The ids of one page: sorted and cut on ``hazard`` alone, before any join."""
    return list(s.scalars(q.offset(offset).limit(limit)))


def _rows_by_id(s: Session, ids: list[int], today: date) -> list[HazardRow]:
    """The rows of ``ids`` with their names joined in, in the order of ``ids``."""
    if not ids:
        return []
    found = {r[0]: _row(r, today) for r in s.execute(_joined(_ROW_COLUMNS).where(Hazard.id.in_(ids)))}
    return [found[i] for i in ids if i in found]


@dataclass(frozen=True)
class Page:
    """The first page of a filter with its totals: what the tab shows after a filter change."""

    total: int
    overdue: int
    rows: list[HazardRow]


def first_page(ctx: Ctx, f: HazardFilter = HazardFilter(), limit: int = 200) -> Page:
    """The count, the overdue count and the first page of ``f`` in as few passes as the
    filter allows. A text filter must read every description (and a level filter every row): it
    is read once, the matches' ids, overdue flags and sort keys come back and are ordered here
    (the total and the overdue count are then free), instead of a count, an overdue count and a
    sorted page each scanning the 100,000 rows again."""
    if not f.text.strip() and not f.levels:
        # (a level has no index either: like a text, its matches are gathered in one pass)
        return Page(count_hazards(ctx, f), count_overdue(ctx, f), list_hazards(ctx, f, 0, limit))
    today = f.day()
    overdue = case((_overdue(today), 1), else_=0)
    q = select(Hazard.id, overdue, _SORT_COLUMNS[f.sort]).where(*_conditions(f))
    with ctx.read() as s:
        matches = s.execute(q).all()
        matches.sort(key=lambda m: (m[2], m[0]), reverse=f.descending)
        matches.sort(key=lambda m: -m[1])  # stable: the overdue first, each part in the sort order
        n_overdue = sum(m[1] for m in matches)
        return Page(len(matches), n_overdue, _rows_by_id(s, [m[0] for m in matches[:limit]], today))


def iter_hazards(ctx: Ctx, f: HazardFilter = HazardFilter(), batch: int = 2000) -> Iterator[HazardRow]:
    """Every hazard ``f`` finds, overdue first then in ``f.sort`` order, streamed (the export)."""
    today = f.day()
    q = _joined(_ROW_COLUMNS).where(*_conditions(f)).order_by(case((_overdue(today), 0), else_=1), *_order(f))
    with ctx.read() as s:
        for r in s.execute(q.execution_options(yield_per=batch)):
            yield _row(r, today)


def _row(r: Any, today: date) -> HazardRow:
    """A row of ``_ROW_COLUMNS`` (HazardRow's fields in order) with its overdue days on ``today``."""
    row: HazardRow = cast(Any, HazardRow)(*r, overdue_days(r[18], r[16], today))
    return row


def get_hazard(ctx: Ctx, hazard_id: int, today: date | None = None) -> HazardDetail:
    with ctx.read() as s:
        r = s.execute(_joined(_ROW_COLUMNS).where(Hazard.id == hazard_id)).first()
        if r is None:
            raise NotFound(HAZARD_NOT_FOUND)
        photos = tuple(Photo(pid, stage) for pid, stage in s.execute(
            select(HazardPhoto.id, HazardPhoto.stage).where(HazardPhoto.hazard_id == hazard_id).order_by(HazardPhoto.id)))
        return HazardDetail(_row(r, today or date.today()), photos)


def photo_bytes(ctx: Ctx, photo_id: int) -> bytes:
    with ctx.read() as s:
        data = s.scalar(select(HazardPhoto.image).where(HazardPhoto.id == photo_id))
        if data is None:
            raise NotFound("该照片不存在（可能已被删除）。")
        return data


# ---------------------------------------------------------------- writing

HAZARD_FIELDS: dict[str, str] = {
    "found_on": "发现日期", "description": "隐患描述", "deadline": "整改期限", "zone_id": "责任区",
    "branch_id": "所属支部", "unit_id": "区队/班组", "finder_id": "发现人", "level": "隐患等级",
    "responsible_dept": "责任部门", "responsible_person_id": "责任人", "measures": "整改措施",
}


def _clean(data: HazardInput) -> HazardInput:
    return HazardInput(
        data.found_on, clean_text(data.description), data.deadline, data.zone_id, data.branch_id, data.unit_id,
        data.finder_id, HazardLevel(data.level), clean_text(data.responsible_dept), data.responsible_person_id,
        clean_text(data.measures),
    )


def _resolve(s: Session, data: HazardInput, today: date) -> dict[str, object]:
    """The stored values of ``data``: the zone gives the branch and unit; every problem raised at once."""
    problems = input_problems(data, today)
    branch_id, unit_id = data.branch_id, data.unit_id
    if data.zone_id is not None:
        zone = s.get(Zone, data.zone_id)
        if zone is None:
            problems.append("所选责任区不存在")
        else:
            branch_id, unit_id = zone.branch_id, zone.unit_id
    elif branch_id is not None:
        if s.get(Branch, branch_id) is None:
            problems.append("所选支部不存在")
        if unit_id is not None:
            unit = s.get(WorkUnit, unit_id)
            if unit is None or unit.branch_id != branch_id:
                problems.append("所选区队/班组不属于该支部")
    for pid, label in ((data.finder_id, "发现人"), (data.responsible_person_id, "责任人")):
        if pid is not None and s.get(Person, pid) is None:
            problems.append(f"所选{label}不在名册中")
    raise_problems(problems)
    return {
        "found_on": data.found_on, "description": data.description, "deadline": data.deadline,
        "zone_id": data.zone_id, "branch_id": branch_id, "unit_id": unit_id, "finder_id": data.finder_id,
        "level": data.level, "responsible_dept": data.responsible_dept or None,
        "responsible_person_id": data.responsible_person_id, "measures": data.measures or None,
    }


def create_hazard(ctx: Ctx, data: HazardInput, today: date | None = None,
                  source: HazardSource = HazardSource.DAILY, finding_id: int | None = None) -> int:
    """Record a hazard (待整改); returns its id."""
    ctx.actor.require_write()
    data = _clean(data)
    with ctx.uow() as s:
        return add_hazard(s, ctx, data, today or date.today(), source, finding_id)


def add_hazard(s: Session, ctx: Ctx, data: HazardInput, today: date, source: HazardSource = HazardSource.DAILY,
               finding_id: int | None = None) -> int:
    """``create_hazard`` inside the caller's unit of work (an inspection's finding raises one)."""
    values = _resolve(s, data, today)
    h = Hazard(**values, source=source, finding_id=finding_id, status=HazardStatus.OPEN)
    s.add(h)
    s.flush()
    audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.HAZARD, h.id,
                 f"登记隐患：{shorten(data.description, 30)}（{source.value}，期限 {data.deadline}）")
    points.record_for(s, "hazard", h.id, today)  # 党员积分: in the same unit of work
    return h.id


def update_hazard(ctx: Ctx, hazard_id: int, expected_version: int, data: HazardInput,
                  today: date | None = None) -> bool:
    """Edit a hazard that is not closed; returns whether anything changed."""
    ctx.actor.require_write()
    data = _clean(data)
    with ctx.uow() as s:
        h = load_for_edit(s, Hazard, hazard_id, expected_version, HAZARD_NOT_FOUND)
        if h.status is HazardStatus.CLOSED:
            raise ValidationError("隐患已闭合，不能再修改。")
        values = _resolve(s, data, today or date.today())
        changes = diff(h, values, HAZARD_FIELDS)
        if changes:
            labels = "、".join(HAZARD_FIELDS[k] for k in changes)
            audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.HAZARD, h.id,
                         f"修改隐患 {h.id}：{labels}", audit_details(changes))
            points.record_for(s, "hazard", h.id, today)
        return bool(changes)


def _move(s: Session, ctx: Ctx, hazard_id: int, expected_version: int, wanted: HazardStatus) -> Hazard:
    h = load_for_edit(s, Hazard, hazard_id, expected_version, HAZARD_NOT_FOUND)
    problem = transition_problem(h.status, wanted)
    if problem:
        raise ValidationError(problem + "。")
    return h


def _person(s: Session, person_id: int | None, label: str) -> Person:
    if person_id is None:
        raise ValidationError(f"请选择{label}。")
    p = s.get(Person, person_id)
    if p is None:
        raise ValidationError(f"所选{label}不在名册中。")
    return p


def _day(on: date | None, today: date, label: str, not_before: date | None = None) -> date:
    if on is None:
        raise ValidationError(f"请填写{label}。")
    if on > today:
        raise ValidationError(f"{label} {on:%Y-%m-%d} 晚于今天。")
    if not_before is not None and on < not_before:
        raise ValidationError(f"{label} {on:%Y-%m-%d} 早于 {not_before:%Y-%m-%d}。")
    return on


def _status_log(s: Session, ctx: Ctx, h: Hazard, old: HazardStatus, summary: str,
                extra: dict[str, object] | None = None) -> None:
    details: dict[str, object] = {"status": [old.value, h.status.value]}
    details.update(extra or {})
    audit.record(s, ctx.actor, AuditAction.STATUS, AuditEntity.HAZARD, h.id, summary, details)
    points.record_for(s, "hazard", h.id)  # closed on time (+) or not: the member's points follow


def start_rectification(ctx: Ctx, hazard_id: int, expected_version: int) -> None:
    """待整改 → 整改中."""
    ctx.actor.require_write()
    with ctx.uow() as s:
        h = _move(s, ctx, hazard_id, expected_version, HazardStatus.IN_PROGRESS)
        if h.status is not HazardStatus.OPEN:
            raise ValidationError(f"只有“待整改”的隐患可以开始整改，当前为“{h.status.value}”。")
        old, h.status = h.status, HazardStatus.IN_PROGRESS
        _status_log(s, ctx, h, old, f"隐患 {h.id} 开始整改")


def mark_rectified(ctx: Ctx, hazard_id: int, expected_version: int, by_id: int | None, on: date | None,
                   today: date | None = None) -> None:
    """整改中 → 待验收: rectified by whom, on which day."""
    ctx.actor.require_write()
    today = today or date.today()
    with ctx.uow() as s:
        h = _move(s, ctx, hazard_id, expected_version, HazardStatus.AWAITING_CHECK)
        who = _person(s, by_id, "整改人")
        day = _day(on, today, "整改完成日期", h.found_on)
        old = h.status
        h.status, h.rectified_by_id, h.rectified_on = HazardStatus.AWAITING_CHECK, who.id, day
        _status_log(s, ctx, h, old, f"隐患 {h.id} 整改完成（{who.name}，{day}），待验收",
                    {"rectified_by": who.name, "rectified_on": day.isoformat()})


def verify(ctx: Ctx, hazard_id: int, expected_version: int, by_id: int | None, on: date | None,
           today: date | None = None) -> None:
    """待验收 → 已闭合: verified by someone other than the rectifier."""
    ctx.actor.require_write()
    today = today or date.today()
    with ctx.uow() as s:
        h = _move(s, ctx, hazard_id, expected_version, HazardStatus.CLOSED)
        who = _person(s, by_id, "验收人")
        if who.id == h.rectified_by_id:
            raise ValidationError(f"验收人不能是整改人（{who.name}），请由他人验收。")
        day = _day(on, today, "验收日期", h.rectified_on)
        old = h.status
        h.status, h.verified_by_id, h.verified_on, h.closed_on = HazardStatus.CLOSED, who.id, day, day
        _status_log(s, ctx, h, old, f"隐患 {h.id} 验收合格，已闭合（{who.name}，{day}）",
                    {"verified_by": who.name, "verified_on": day.isoformat()})


def send_back(ctx: Ctx, hazard_id: int, expected_version: int, by_id: int | None, reason: str) -> None:
    """待验收 → 整改中: the verifier sends it back, with a reason."""
    ctx.actor.require_write()
    reason = clean_text(reason)
    with ctx.uow() as s:
        h = _move(s, ctx, hazard_id, expected_version, HazardStatus.IN_PROGRESS)
        if h.status is not HazardStatus.AWAITING_CHECK:
            raise ValidationError(f"只有“待验收”的隐患可以退回，当前为“{h.status.value}”。")
        if not reason:
            raise ValidationError("请填写退回整改的原因。")
        who = _person(s, by_id, "验收人")
        old = h.status
        previous = {"rectified_by_id": h.rectified_by_id,
                    "rectified_on": h.rectified_on.isoformat() if h.rectified_on else None}
        h.status, h.rectified_by_id, h.rectified_on = HazardStatus.IN_PROGRESS, None, None
        _status_log(s, ctx, h, old, f"隐患 {h.id} 验收未通过，退回整改（{who.name}）：{shorten(reason, 40)}",
                    {"reason": reason, "returned_by": who.name, **previous})


# ---------------------------------------------------------------- photos


def add_photo(ctx: Ctx, hazard_id: int, stage: PhotoStage, jpeg: bytes) -> int:
    """Store a photo (JPEG bytes, already scaled by the caller to at most 1600 px)."""
    ctx.actor.require_write()
    if not jpeg.startswith(JPEG_MAGIC) or len(jpeg) < 100:
        raise ValidationError("照片不是有效的图片（应为 JPEG）。")
    if len(jpeg) > PHOTO_BYTES_MAX:
        raise ValidationError("照片过大，请缩小后再添加。")
    _check_jpeg(jpeg)
    with ctx.uow() as s:
        h = s.get(Hazard, hazard_id)
        if h is None:
            raise NotFound(HAZARD_NOT_FOUND)
        n = s.scalar(select(func.count(HazardPhoto.id)).where(HazardPhoto.hazard_id == hazard_id)) or 0
        if n >= MAX_PHOTOS:
            raise ValidationError(f"每条隐患最多 {MAX_PHOTOS} 张照片。")
        p = HazardPhoto(hazard_id=hazard_id, stage=PhotoStage(stage), image=jpeg)
        s.add(p)
        s.flush()
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.HAZARD, hazard_id,
                     f"隐患 {hazard_id} 添加{PhotoStage(stage).value}照片")
        return p.id


def _check_jpeg(jpeg: bytes) -> None:
    """A JPEG that decodes, its longer side at most PHOTO_MAX_PX (Pillow comes with ReportLab)."""
    from io import BytesIO

    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(BytesIO(jpeg)) as img:
            if img.format != "JPEG":
                raise ValidationError("照片不是有效的图片（应为 JPEG）。")
            if max(img.size) > PHOTO_MAX_PX:
                raise ValidationError(f"照片过大（{img.size[0]}×{img.size[1]}），长边最多 {PHOTO_MAX_PX} 像素。")
            img.verify()
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise ValidationError("照片不是有效的图片（应为 JPEG）。") from exc


def delete_photo(ctx: Ctx, photo_id: int) -> None:
    ctx.actor.require_write()
    with ctx.uow() as s:
        p = s.get(HazardPhoto, photo_id)
        if p is None:
            raise NotFound("该照片不存在（可能已被删除）。")
        hazard_id, stage = p.hazard_id, p.stage
        s.delete(p)
        audit.record(s, ctx.actor, AuditAction.DELETE, AuditEntity.HAZARD, hazard_id,
                     f"隐患 {hazard_id} 删除{stage.value}照片")


# ---------------------------------------------------------------- choices for the dialog


@dataclass(frozen=True)
class Choice:
    id: int
    label: str
    branch_id: int | None = None


def zone_choices(ctx: Ctx, branch_id: int | None = None) -> list[Choice]:
    """Zones (not revoked) as “name（branch）”."""
    q = select(Zone.id, Zone.name, Branch.name, Zone.branch_id).join(Branch, Zone.branch_id == Branch.id)
    if branch_id is not None:
        q = q.where(Zone.branch_id == branch_id)
    with ctx.read() as s:
        return [Choice(i, f"{n}（{b}）", bid) for i, n, b, bid in s.execute(q.order_by(Branch.id, Zone.name))]


def people_choices(ctx: Ctx, branch_id: int | None = None, members_only: bool = False) -> list[Choice]:
    """People on the roster (not archived), as “name（工号）”; ``members_only``: 党员 and 预备党员."""
    q = select(Person.id, Person.name, Person.employee_no, Person.branch_id).where(Person.archived_at.is_(None))
    if members_only:
        q = q.where(Person.political_status.in_(PARTY))
    if branch_id is not None:
        q = q.where(Person.branch_id == branch_id)
    with ctx.read() as s:
        return [Choice(i, f"{n}（{no}）", b) for i, n, no, b in s.execute(q.order_by(Person.name_pinyin))]


def branch_id_by_name(ctx: Ctx, name: str) -> int:
    from .roster_export import branch_id_by_name as by_name

    return by_name(ctx, name)


# ---------------------------------------------------------------- 工作台

AREA = "隐患台账"
DUE_SOON_DAYS = 3
AWAITING_DAYS = 3


#: A branch with more items of one kind than this gets one summary line for them on the 工作台
#: (the large demo has hundreds waiting for verification), which opens the tab filtered.
ITEMS_PER_BRANCH = 3


def _per_branch(rows: list[tuple[int, str, date, int, str]], one: Callable[[int, str, date, str], WorkItem],
                many: Callable[[int, str, int, date], WorkItem]) -> list[WorkItem]:
    """rows (hazard id, description, date, branch id, branch), in date order → a line each, or one
    summary line for a branch with more than ITEMS_PER_BRANCH."""
    by_branch: dict[int, list[tuple[int, str, date, int, str]]] = {}
    for r in rows:
        by_branch.setdefault(r[3], []).append(r)
    items: list[WorkItem] = []
    for branch_id, mine in by_branch.items():
        if len(mine) > ITEMS_PER_BRANCH:
            items.append(many(branch_id, mine[0][4], len(mine), mine[0][2]))
        else:
            items += [one(hid, desc, on, branch) for hid, desc, on, _b, branch in mine]
    return items


def due_soon_items(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """Open hazards due within three days (today included)."""
    from .worklist import Urgency, WorkItem, WorkTarget

    rows = s.execute(
        select(Hazard.id, Hazard.description, Hazard.deadline, Branch.id, Branch.name)
        .join(Branch, Hazard.branch_id == Branch.id)
        .where(Hazard.status.in_(OPEN_STATES), Hazard.deadline >= today,
               Hazard.deadline <= today + timedelta(days=DUE_SOON_DAYS))
        .order_by(Hazard.deadline, Hazard.id)
    ).all()

    def urgency(on: date) -> Urgency:
        return Urgency.DUE_TODAY if on == today else Urgency.DUE_SOON

    return _per_branch(
        list(rows),
        lambda hid, d, dl, b: WorkItem(AREA, f"隐患将到整改期限：{shorten(d, 24)}", f"{b} · 期限 {dl:%Y-%m-%d}", dl,
                                       urgency(dl), WorkTarget("hazard", hid)),
        lambda bid, b, n, first: WorkItem(AREA, f"{b}：{DUE_SOON_DAYS} 天内到期的隐患 {n} 条",
                                          f"最早期限 {first:%Y-%m-%d}", first, urgency(first),
                                          WorkTarget("hazards_due_soon", bid)))


def overdue_items(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """Overdue hazards, one item per branch with the count."""
    from .worklist import Urgency, WorkItem, WorkTarget

    rows = s.execute(
        select(Branch.id, Branch.name, func.count(Hazard.id), func.min(Hazard.deadline))
        .join(Branch, Hazard.branch_id == Branch.id).where(_overdue(today))
        .group_by(Branch.id, Branch.name).order_by(Branch.id)
    )
    return [WorkItem(AREA, f"{b}：逾期未整改隐患 {n} 条", f"最早期限 {first:%Y-%m-%d}", first, Urgency.OVERDUE,
                     WorkTarget("hazards_overdue", bid)) for bid, b, n, first in rows]


def awaiting_check_items(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """Hazards rectified more than three days ago and still not verified."""
    from .worklist import Urgency, WorkItem, WorkTarget

    rows = s.execute(
        select(Hazard.id, Hazard.description, Hazard.rectified_on, Branch.id, Branch.name)
        .join(Branch, Hazard.branch_id == Branch.id)
        .where(Hazard.status == HazardStatus.AWAITING_CHECK,
               Hazard.rectified_on < today - timedelta(days=AWAITING_DAYS))
        .order_by(Hazard.rectified_on, Hazard.id)
    ).all()
    return _per_branch(
        [(hid, d, on, bid, b) for hid, d, on, bid, b in rows if on is not None],
        lambda hid, d, on, b: WorkItem(AREA, f"隐患待验收超过{AWAITING_DAYS}天：{shorten(d, 24)}",
                                       f"{b} · 整改完成 {on:%Y-%m-%d}", on, Urgency.DUE_SOON, WorkTarget("hazard", hid)),
        lambda bid, b, n, first: WorkItem(AREA, f"{b}：待验收超过{AWAITING_DAYS}天的隐患 {n} 条",
                                          f"最早整改完成 {first:%Y-%m-%d}", first, Urgency.DUE_SOON,
                                          WorkTarget("hazards_awaiting", bid)))
