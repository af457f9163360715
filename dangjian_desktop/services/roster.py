"""人员名册: the organisation tree and people (add, edit, archive, filter).

Each public function is one unit of work that checks the actor may write and records the change
in the audit log; reads return frozen rows with the branch and unit names filled in. Files
(import from Excel/CSV) are ``roster_import``'s.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from dangjian_desktop.domain.base import utcnow
from dangjian_desktop.domain.errors import NotFound, ValidationError
from dangjian_desktop.domain.org import Branch, Committee, Gender, Person, PoliticalStatus, UnitKind, WorkUnit
from dangjian_desktop.domain.roster_rules import PersonInput, person_problems

from . import audit
from .audit import AuditAction, AuditEntity
from .records import audit_details, diff, load_for_edit, raise_problems, required_text
from .records import plain_value as plain_value  # its home was here: kept for callers elsewhere
from .search import contains, search_text
from .unit_names import CREATED, RENAMED, name_guard
from .uow import Ctx

DEFAULT_COMMITTEE = "公司党委"

# The PersonInput fields a Person stores (``extra`` is not), with the column the user sees.
PERSON_FIELDS: dict[str, str] = {
    "name": "姓名", "employee_no": "工号", "branch_id": "所属支部", "unit_id": "区队/班组", "gender": "性别",
    "post": "岗位", "special_post": "特种岗位", "political_status": "政治面貌", "joined_party_on": "入党日期",
    "phone": "联系电话", "note": "备注",
}
PERSON_NOT_FOUND = "该人员不存在（可能已被删除）。"


# ---------------------------------------------------------------- organisation tree


@dataclass(frozen=True)
class UnitNode:
    """A 区队 (with its 班组 in ``teams``) or a 班组; ``people`` counts the teams' people too."""

    id: int
    name: str
    kind: UnitKind
    parent_id: int | None
    people: int
    teams: tuple[UnitNode, ...] = ()


@dataclass(frozen=True)
class BranchNode:
    """A branch with its units; ``members`` counts 党员 and 预备党员."""

    id: int
    name: str
    committee: str
    people: int
    members: int
    units: tuple[UnitNode, ...] = ()
    contact_phone: str | None = None


def org_tree(ctx: Ctx) -> list[BranchNode]:
    """Committee → branches → units → teams, with head counts of people on the roster."""
    with ctx.read() as s:
        # One pass over the people: head counts by (branch, unit), members among them.
        member = Person.political_status.in_([PoliticalStatus.MEMBER, PoliticalStatus.PROBATIONARY])
        counts = s.execute(
            select(Person.branch_id, Person.unit_id, func.count(), func.count(case((member, 1))))
            .where(Person.archived_at.is_(None)).group_by(Person.branch_id, Person.unit_id)
        )
        by_unit: dict[int | None, int] = defaultdict(int)
        by_branch: dict[int, int] = defaultdict(int)
        members_by_branch: dict[int, int] = defaultdict(int)
        for branch_id, unit_id, people, members in counts:
            by_unit[unit_id] += people
            by_branch[branch_id] += people
            members_by_branch[branch_id] += members

        tops: dict[int, list[WorkUnit]] = defaultdict(list)  # branch → its 区队
        teams_of: dict[int, list[WorkUnit]] = defaultdict(list)  # 区队 → its 班组
        for u in s.scalars(select(WorkUnit).where(WorkUnit.archived_at.is_(None)).order_by(WorkUnit.id)):
            if u.parent_id is None:
                tops[u.branch_id].append(u)
            else:
                teams_of[u.parent_id].append(u)

        def node(u: WorkUnit) -> UnitNode:
            teams = tuple(node(t) for t in teams_of[u.id])
            return UnitNode(u.id, u.name, u.kind, u.parent_id, by_unit[u.id] + sum(t.people for t in teams), teams)

        rows = s.execute(
            select(Branch, Committee.name).join(Committee).where(Branch.archived_at.is_(None)).order_by(Branch.id)
        )
        return [BranchNode(b.id, b.name, committee, by_branch[b.id], members_by_branch[b.id],
                           tuple(node(u) for u in tops[b.id]), b.contact_phone)
                for b, committee in rows]


def create_branch(ctx: Ctx, name: str, committee_name: str | None = None, contact_phone: str | None = None) -> int:
    """A new branch under the named committee (the first one, or 公司党委, when none is named)."""
    ctx.actor.require_write()
    name = required_text(name, "支部名称不能为空。")
    with ctx.uow() as s:
        if s.scalar(select(Branch.id).where(Branch.name == name)):
            raise ValidationError(f"支部“{name}”已存在。")
        committee = _committee(s, committee_name)
        b = Branch(name=name, committee=committee, contact_phone=(contact_phone or "").strip() or None)
        s.add(b)
        s.flush()
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.BRANCH, b.id, f"新增支部 {name}")
        return b.id


def _committee(s: Session, name: str | None) -> Committee:
    """The committee of that name, or the first one; created when missing."""
    c = s.scalar(select(Committee).where(Committee.name == name)) if name else s.scalar(select(Committee).order_by(Committee.id))
    if c is None:
        c = Committee(name=name or DEFAULT_COMMITTEE)
        s.add(c)
        s.flush()
    return c


def create_unit(ctx: Ctx, branch_id: int, name: str, parent_id: int | None = None) -> int:
    """A 区队 under a branch, or a 班组 under a 区队."""
    ctx.actor.require_write()
    name = required_text(name, "区队/班组名称不能为空。")
    with ctx.uow() as s:
        if s.get(Branch, branch_id) is None:
            raise NotFound("所属支部不存在。")
        kind = UnitKind.UNIT
        if parent_id is not None:
            parent = s.get(WorkUnit, parent_id)
            if parent is None or parent.branch_id != branch_id:
                raise ValidationError("上级区队不属于该支部。")
            if parent.parent_id is not None:
                raise ValidationError("班组下不能再设下级。")
            kind = UnitKind.TEAM
        _require_unit_name_free(s, branch_id, parent_id, name)
        u = WorkUnit(branch_id=branch_id, parent_id=parent_id, name=name, kind=kind)
        with name_guard(s, kind, name, CREATED):  # another program may have created it since the check
            s.add(u)
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.WORK_UNIT, u.id, f"新增{kind.value} {name}")
        return u.id


def rename_unit(ctx: Ctx, unit_id: int, name: str) -> None:
    """Rename a 区队 or 班组; refused when a sibling already has the name."""
    ctx.actor.require_write()
    name = required_text(name, "区队/班组名称不能为空。")
    with ctx.uow() as s:
        u = s.get(WorkUnit, unit_id)
        if u is None:
            raise NotFound("区队/班组不存在。")
        if u.name == name:
            return
        _require_unit_name_free(s, u.branch_id, u.parent_id, name)
        with name_guard(s, u.kind, name, RENAMED):
            old, u.name = u.name, name
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.WORK_UNIT, unit_id, f"{old} 改名为 {name}")


def _require_unit_name_free(s: Session, branch_id: int, parent_id: int | None, name: str) -> None:
    """Names are unique among a branch's 区队 and among a 区队's 班组: a roster file names them."""
    same_parent = WorkUnit.parent_id.is_(None) if parent_id is None else WorkUnit.parent_id == parent_id
    if s.scalar(select(WorkUnit.id).where(WorkUnit.branch_id == branch_id, WorkUnit.name == name, same_parent)):
        raise ValidationError(f"本支部已有区队“{name}”。" if parent_id is None else f"该区队下已有班组“{name}”。")


# ---------------------------------------------------------------- people


class SortKey(str, Enum):
    """The roster's sort columns."""

    NAME = "name"
    EMPLOYEE_NO = "employee_no"
    BRANCH = "branch"
    UNIT = "unit"
    POST = "post"
    POLITICAL = "political_status"
    JOINED = "joined_party_on"


@dataclass(frozen=True)
class PersonFilter:
    """What the 人员 tab filters and sorts by (in SQL)."""

    text: str = ""  # name, 工号, post or phone contains
    branch_id: int | None = None
    unit_id: int | None = None  # a unit includes its teams
    political: tuple[PoliticalStatus, ...] = ()
    include_archived: bool = False
    sort: SortKey = SortKey.NAME
    descending: bool = False


@dataclass(frozen=True)
class PersonRow:
    """A person as the roster shows him, with the names of his branch and unit."""

    id: int
    name: str
    employee_no: str
    gender: Gender | None
    branch_id: int
    branch: str
    unit_id: int | None
    unit: str | None  # "综采二区 / 检修班" for a team
    post: str | None
    special_post: bool
    political_status: PoliticalStatus
    joined_party_on: date | None
    phone: str | None
    note: str | None
    archived_at: datetime | None
    archive_reason: str | None
    version: int

    def to_input(self) -> PersonInput:
        """The person as the dialog edits him."""
        return PersonInput(**{f: getattr(self, f) for f in PERSON_FIELDS})


_ParentUnit = aliased(WorkUnit)
_ROW_COLUMNS = select(Person, Branch.name, WorkUnit.name, _ParentUnit.name)  # what _row takes


def _people_query(cols: Select, f: PersonFilter) -> Select:
    """``cols`` from people joined to their branch, unit and the unit's parent, filtered."""
    q = cols.select_from(Person).join(Branch, Person.branch_id == Branch.id).outerjoin(
        WorkUnit, Person.unit_id == WorkUnit.id
    ).outerjoin(_ParentUnit, WorkUnit.parent_id == _ParentUnit.id)
    if not f.include_archived:
        q = q.where(Person.archived_at.is_(None))
    if f.branch_id is not None:
        q = q.where(Person.branch_id == f.branch_id)
    if f.unit_id is not None:
        q = q.where(or_(Person.unit_id == f.unit_id, WorkUnit.parent_id == f.unit_id))
    if f.political:
        q = q.where(Person.political_status.in_(f.political))
    text = search_text(f.text)  # taken literally: "%" and "_" are characters (services/search.py)
    if text:
        conditions = [contains(c, text) for c in (Person.name, Person.employee_no, Person.post, Person.phone)]
        if text.isascii() and text.isalpha():
            # Pinyin from the start of the name or its initials: "zw" or "zhangw" finds 张伟.
            conditions.append(contains(Person.name_pinyin, f"|{text.lower()}"))
        q = q.where(or_(*conditions))
    return q


_SORT_COLUMNS = {
    SortKey.NAME: Person.name_pinyin,  # pinyin order, as on a paper roster
    SortKey.EMPLOYEE_NO: Person.employee_no,
    SortKey.BRANCH: Branch.name,
    SortKey.UNIT: WorkUnit.name,
    SortKey.POST: Person.post,
    SortKey.POLITICAL: Person.political_status,
    SortKey.JOINED: Person.joined_party_on,
}


def is_empty(ctx: Ctx) -> bool:
    """No branch and no person yet: what the demo may fill (it refuses anything else)."""
    with ctx.read() as s:
        return s.scalar(select(Branch.id).limit(1)) is None and s.scalar(select(Person.id).limit(1)) is None


def count_people(ctx: Ctx, f: PersonFilter = PersonFilter()) -> int:
    """How many people the filter finds."""
    with ctx.read() as s:
        return s.scalar(_people_query(select(func.count(Person.id)), f)) or 0


def list_people(ctx: Ctx, f: PersonFilter = PersonFilter(), offset: int = 0, limit: int = 200) -> list[PersonRow]:
    """One page of people, filtered and sorted in SQL."""
    col = _SORT_COLUMNS[f.sort]
    order = [col.desc() if f.descending else col.asc(), Person.id]
    q = _people_query(_ROW_COLUMNS, f).order_by(*order)
    with ctx.read() as s:
        return [_row(*r) for r in s.execute(q.offset(offset).limit(limit))]


def _row(p: Person, branch: str, unit: str | None, parent_unit: str | None) -> PersonRow:
    unit_label = f"{parent_unit} / {unit}" if parent_unit and unit else unit
    return PersonRow(
        p.id, p.name, p.employee_no, p.gender, p.branch_id, branch, p.unit_id, unit_label, p.post, p.special_post,
        p.political_status, p.joined_party_on, p.phone, p.note, p.archived_at, p.archive_reason, p.version,
    )


def get_person(ctx: Ctx, person_id: int) -> PersonRow:
    """One person, archived or not."""
    q = _people_query(_ROW_COLUMNS, PersonFilter(include_archived=True))
    with ctx.read() as s:
        r = s.execute(q.where(Person.id == person_id)).first()
        if r is None:
            raise NotFound("该人员不存在。")
        return _row(*r)


def check_person(s: Session, data: PersonInput, today: date, person_id: int | None = None) -> list[str]:
    """Rule problems plus the ones that need the database (unique 工号, unit in branch)."""
    problems = person_problems(data, today)
    if data.employee_no:
        q = select(Person.name).where(Person.employee_no == data.employee_no)
        if person_id is not None:
            q = q.where(Person.id != person_id)
        other = s.scalar(q)
        if other:
            problems.append(f"工号 {data.employee_no} 已被“{other}”使用")
    if s.get(Branch, data.branch_id) is None:
        problems.append("所属支部不存在")
    if data.unit_id is not None:
        unit = s.get(WorkUnit, data.unit_id)
        if unit is None or unit.branch_id != data.branch_id:
            problems.append("区队/班组不属于所选支部")
    return problems


def add_person(ctx: Ctx, data: PersonInput, today: date | None = None) -> PersonRow:
    """Add a person after every check (rules, unique 工号, unit in branch)."""
    ctx.actor.require_write()
    data = data.cleaned()
    with ctx.uow() as s:
        raise_problems(check_person(s, data, today or date.today()))
        p = Person()
        diff(p, data, PERSON_FIELDS)
        s.add(p)
        s.flush()
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.PERSON, p.id, f"新增人员 {p.name}（{p.employee_no}）")
        pid = p.id
    return get_person(ctx, pid)


def update_person(ctx: Ctx, person_id: int, expected_version: int, data: PersonInput,
                  today: date | None = None) -> PersonRow:
    """Save an edit; refused with ConflictError if someone else changed the person meanwhile."""
    ctx.actor.require_write()
    data = data.cleaned()
    with ctx.uow() as s:
        p = load_for_edit(s, Person, person_id, expected_version, PERSON_NOT_FOUND)
        raise_problems(check_person(s, data, today or date.today(), person_id))
        changes = diff(p, data, PERSON_FIELDS)
        if changes:
            audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.PERSON, p.id,
                         f"修改人员 {p.name}：{'、'.join(PERSON_FIELDS[k] for k in changes)}", audit_details(changes))
    return get_person(ctx, person_id)


def archive_person(ctx: Ctx, person_id: int, expected_version: int, reason: str) -> PersonRow:
    """Archive (调离、退休 …): kept for the records that name him, hidden from daily lists."""
    ctx.actor.require_write()
    reason = required_text(reason, "请填写归档原因（如调离、退休）。", longest=200)
    with ctx.uow() as s:
        p = load_for_edit(s, Person, person_id, expected_version, PERSON_NOT_FOUND)
        if p.archived_at is not None:
            raise ValidationError(f"{p.name} 已归档。")
        p.archived_at, p.archive_reason = utcnow(), reason
        audit.record(s, ctx.actor, AuditAction.ARCHIVE, AuditEntity.PERSON, p.id, f"归档人员 {p.name}：{reason}")
    return get_person(ctx, person_id)


def restore_person(ctx: Ctx, person_id: int, expected_version: int) -> PersonRow:
    """Put an archived person back on the roster."""
    ctx.actor.require_write()
    with ctx.uow() as s:
        p = load_for_edit(s, Person, person_id, expected_version, PERSON_NOT_FOUND)
        if p.archived_at is None:
            raise ValidationError(f"{p.name} 没有归档，无需恢复。")
        p.archived_at, p.archive_reason = None, None
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.PERSON, p.id, f"恢复人员 {p.name}")
    return get_person(ctx, person_id)


@dataclass(frozen=True)
class Choices:
    """What the person dialog offers in its drop-downs."""

    branches: list[tuple[int, str]] = field(default_factory=list)
    units: dict[int, list[tuple[int, str]]] = field(default_factory=dict)  # branch → (id, label)


def choices(ctx: Ctx) -> Choices:
    """The active branches and, for each, its units and teams (“综采二区 / 检修班”)."""
    # Two plain reads: the drop-downs need no head counts (org_tree counts the whole roster).
    with ctx.read() as s:
        branches = s.execute(select(Branch.id, Branch.name).where(Branch.archived_at.is_(None))
                             .order_by(Branch.id)).all()
        all_units = s.execute(select(WorkUnit.id, WorkUnit.branch_id, WorkUnit.parent_id, WorkUnit.name)
                              .where(WorkUnit.archived_at.is_(None)).order_by(WorkUnit.id)).all()
    teams_of: dict[int, list[tuple[int, str]]] = {}
    for uid, _b, parent, name in all_units:
        if parent is not None:
            teams_of.setdefault(parent, []).append((uid, name))
    units: dict[int, list[tuple[int, str]]] = {bid: [] for bid, _ in branches}
    for uid, bid, parent, name in all_units:
        if parent is None and bid in units:
            units[bid].append((uid, name))
            units[bid] += [(tid, f"{name} / {tname}") for tid, tname in teams_of.get(uid, [])]
    return Choices([(bid, name) for bid, name in branches], units)
