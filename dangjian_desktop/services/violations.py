"""三违 (违章指挥, 违章作业, 违反劳动纪律) with their 帮教, and accidents.

A violation is recorded against the person, in a zone of his branch; the zone's responsible
member (``zone.member_id``) answers for it (出现“三违”党员负责): :func:`flagged_members` says who
is flagged in a period, for the assessment. An accident's directly responsible person cannot be
commended in its period (:func:`accident_vetoes`). Each write is one unit of work, role checked
first, with its audit entry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from dangjian_desktop.domain.errors import NotFound
from dangjian_desktop.domain.hazards import Accident, Violation, ViolationEducation, ViolationKind
from dangjian_desktop.domain.org import Branch, Person
from dangjian_desktop.domain.text import clean_text, shorten
from dangjian_desktop.domain.zones import Zone
from dangjian_desktop.exporting.violations_xlsx import write_violations

from . import audit, points
from .audit import AuditAction, AuditEntity
from .records import raise_problems
from .uow import Ctx

TEXT_MAX = 1000
_Member = aliased(Person)
_Educator = aliased(Person)


@dataclass(frozen=True)
class ViolationInput:
    person_id: int | None
    occurred_on: date | None
    kind: ViolationKind
    description: str
    zone_id: int | None = None


@dataclass(frozen=True)
class ViolationRow:
    id: int
    occurred_on: date
    kind: ViolationKind
    person_id: int
    person: str
    branch_id: int
    branch: str
    zone_id: int | None
    zone: str | None
    member_id: int | None  # the zone's member, who answers for it
    member: str | None
    description: str
    educations: int


@dataclass(frozen=True)
class EducationRow:
    id: int
    held_on: date
    educator: str
    content: str


@dataclass(frozen=True)
class AccidentInput:
    occurred_on: date | None
    description: str
    zone_id: int | None = None
    branch_id: int | None = None
    responsible_person_id: int | None = None


@dataclass(frozen=True)
class AccidentRow:
    id: int
    occurred_on: date
    branch: str
    zone: str | None
    description: str
    responsible_person_id: int | None
    responsible_person: str | None


def _date_problem(on: date | None, today: date, label: str) -> str | None:
    if on is None:
        return f"请填写{label}"
    if on > today:
        return f"{label} {on:%Y-%m-%d} 晚于今天"
    return None


def _text_problem(text: str, label: str) -> str | None:
    if not text:
        return f"请填写{label}"
    if len(text) > TEXT_MAX:
        return f"{label}过长（最多{TEXT_MAX}个字）"
    return None


# ---------------------------------------------------------------- 三违


def record_violation(ctx: Ctx, data: ViolationInput, today: date | None = None) -> int:
    """Record a 三违 of a person, in a zone of his own branch; returns its id."""
    ctx.actor.require_write()
    today = today or date.today()
    description = clean_text(data.description)
    problems = [p for p in (_date_problem(data.occurred_on, today, "发生日期"), _text_problem(description, "违章情况"))
                if p]
    with ctx.uow() as s:
        person = s.get(Person, data.person_id) if data.person_id is not None else None
        if person is None:
            problems.append("请选择违章人员" if data.person_id is None else "所选人员不在名册中")
        zone = s.get(Zone, data.zone_id) if data.zone_id is not None else None
        if data.zone_id is not None and zone is None:
            problems.append("所选责任区不存在")
        if person is not None and zone is not None and zone.branch_id != person.branch_id:
            zone_branch = s.scalar(select(Branch.name).where(Branch.id == zone.branch_id))
            problems.append(f"{person.name}不属于责任区“{zone.name}”所在的{zone_branch}，不能记在该责任区")
        raise_problems(problems)
        assert person is not None and data.occurred_on is not None
        v = Violation(person_id=person.id, branch_id=person.branch_id, zone_id=data.zone_id,
                      occurred_on=data.occurred_on, kind=ViolationKind(data.kind), description=description,
                      recorded_by_id=ctx.actor.person_id)
        s.add(v)
        s.flush()
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.VIOLATION, v.id,
                     f"记录三违：{person.name} {v.kind.value}（{v.occurred_on}）")
        points.record_for(s, "violation", v.id, today)  # 党员积分: the zone's member answers for it
        return v.id


def add_education(ctx: Ctx, violation_id: int, educator_id: int | None, held_on: date | None, content: str,
                  today: date | None = None) -> int:
    """A 帮教 record for a violation (educator, date, content)."""
    ctx.actor.require_write()
    today = today or date.today()
    content = clean_text(content)
    problems = [p for p in (_date_problem(held_on, today, "帮教日期"), _text_problem(content, "帮教内容")) if p]
    with ctx.uow() as s:
        v = s.get(Violation, violation_id)
        if v is None:
            raise NotFound("该三违记录不存在（可能已被删除）。")
        if held_on is not None and held_on < v.occurred_on:
            problems.append(f"帮教日期 {held_on:%Y-%m-%d} 早于违章日期 {v.occurred_on:%Y-%m-%d}")
        educator = s.get(Person, educator_id) if educator_id is not None else None
        if educator is None:
            problems.append("请选择帮教人" if educator_id is None else "所选帮教人不在名册中")
        elif educator.id == v.person_id:
            problems.append("帮教人不能是违章者本人")
        raise_problems(problems)
        assert educator is not None and held_on is not None
        e = ViolationEducation(violation_id=v.id, educator_id=educator.id, held_on=held_on, content=content)
        s.add(e)
        s.flush()
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.VIOLATION, v.id,
                     f"三违 {v.id} 帮教：{educator.name}（{held_on}）{shorten(content, 30)}")
        return e.id


def list_violations(ctx: Ctx, branch_id: int | None = None, start: date | None = None, end: date | None = None,
                    limit: int | None = 500) -> list[ViolationRow]:
    """Violations, the newest first, with the zone's member and the number of 帮教 (all: ``limit=None``)."""
    educations = (select(ViolationEducation.violation_id, func.count().label("n"))
                  .group_by(ViolationEducation.violation_id).subquery())
    q = (select(Violation.id, Violation.occurred_on, Violation.kind, Violation.person_id, Person.name,
                Violation.branch_id, Branch.name, Violation.zone_id, Zone.name, Zone.member_id, _Member.name,
                Violation.description, func.coalesce(educations.c.n, 0))
         .join(Person, Violation.person_id == Person.id).join(Branch, Violation.branch_id == Branch.id)
         .outerjoin(Zone, Violation.zone_id == Zone.id).outerjoin(_Member, Zone.member_id == _Member.id)
         .outerjoin(educations, educations.c.violation_id == Violation.id))
    if branch_id is not None:
        q = q.where(Violation.branch_id == branch_id)
    if start is not None:
        q = q.where(Violation.occurred_on >= start)
    if end is not None:
        q = q.where(Violation.occurred_on <= end)
    with ctx.read() as s:
        return [ViolationRow(*r) for r in s.execute(q.order_by(Violation.occurred_on.desc(), Violation.id.desc())
                                                     .limit(limit))]


def educations_of(ctx: Ctx, violation_id: int) -> list[EducationRow]:
    with ctx.read() as s:
        return [EducationRow(*r) for r in s.execute(
            select(ViolationEducation.id, ViolationEducation.held_on, _Educator.name, ViolationEducation.content)
            .join(_Educator, ViolationEducation.educator_id == _Educator.id)
            .where(ViolationEducation.violation_id == violation_id).order_by(ViolationEducation.held_on))]


def flagged_members(s: Session, start: date, end: date) -> dict[int, list[str]]:
    """出现“三违”党员负责: each zone member whose zone had a violation or an accident from
    ``start`` to ``end`` (both included), with why (for the assessment)."""
    out: dict[int, list[str]] = defaultdict(list)
    for member, name, kind, on in s.execute(
            select(Zone.member_id, Person.name, Violation.kind, Violation.occurred_on)
            .join(Zone, Violation.zone_id == Zone.id).join(Person, Violation.person_id == Person.id)
            .where(Zone.member_id.is_not(None), Violation.occurred_on >= start, Violation.occurred_on <= end)
            .order_by(Violation.occurred_on)):
        if member is not None:
            out[member].append(f"{on:%Y-%m-%d} 责任区内 {name} {kind.value}")
    for member, on, desc in s.execute(
            select(Zone.member_id, Accident.occurred_on, Accident.description)
            .join(Zone, Accident.zone_id == Zone.id)
            .where(Zone.member_id.is_not(None), Accident.occurred_on >= start, Accident.occurred_on <= end)
            .order_by(Accident.occurred_on)):
        if member is not None:
            out[member].append(f"{on:%Y-%m-%d} 责任区内发生事故：{shorten(desc, 20)}")
    return dict(out)


# ---------------------------------------------------------------- accidents


def record_accident(ctx: Ctx, data: AccidentInput, today: date | None = None) -> int:
    """Record an accident (date, zone or branch, description, directly responsible person)."""
    ctx.actor.require_write()
    today = today or date.today()
    description = clean_text(data.description)
    problems = [p for p in (_date_problem(data.occurred_on, today, "事故日期"), _text_problem(description, "事故情况"))
                if p]
    with ctx.uow() as s:
        branch_id = data.branch_id
        if data.zone_id is not None:
            zone = s.get(Zone, data.zone_id)
            if zone is None:
                problems.append("所选责任区不存在")
            else:
                branch_id = zone.branch_id
        if branch_id is None:
            problems.append("请选择责任区（或所属支部）")
        elif s.get(Branch, branch_id) is None:
            problems.append("所选支部不存在")
        if data.responsible_person_id is not None and s.get(Person, data.responsible_person_id) is None:
            problems.append("所选直接责任人不在名册中")
        raise_problems(problems)
        assert branch_id is not None and data.occurred_on is not None
        a = Accident(branch_id=branch_id, zone_id=data.zone_id, occurred_on=data.occurred_on, description=description,
                     responsible_person_id=data.responsible_person_id)
        s.add(a)
        s.flush()
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.ACCIDENT, a.id,
                     f"记录事故（{a.occurred_on}）：{shorten(description, 30)}")
        points.record_for(s, "accident", a.id, today)
        return a.id


def list_accidents(ctx: Ctx, branch_id: int | None = None, limit: int | None = 500) -> list[AccidentRow]:
    q = (select(Accident.id, Accident.occurred_on, Branch.name, Zone.name, Accident.description,
                Accident.responsible_person_id, Person.name)
         .join(Branch, Accident.branch_id == Branch.id).outerjoin(Zone, Accident.zone_id == Zone.id)
         .outerjoin(Person, Accident.responsible_person_id == Person.id))
    if branch_id is not None:
        q = q.where(Accident.branch_id == branch_id)
    with ctx.read() as s:
        return [AccidentRow(*r) for r in s.execute(q.order_by(Accident.occurred_on.desc(), Accident.id.desc())
                                                    .limit(limit))]


def accident_vetoes(s: Session, start: date, end: date) -> set[int]:
    """The people directly responsible for an accident from ``start`` to ``end``: not commended."""
    return set(s.scalars(select(Accident.responsible_person_id).where(
        Accident.responsible_person_id.is_not(None), Accident.occurred_on >= start, Accident.occurred_on <= end)))


@dataclass(frozen=True)
class ExportResult:
    path: Path
    violations: int
    accidents: int


def export_violations(ctx: Ctx, out: Path, branch_id: int | None = None, today: date | None = None,
                      progress: Callable[[int, str], None] | None = None) -> ExportResult:
    """导出…: every 三违 (with its 帮教 count) and accident of the branch (all branches when None),
    newest first, to ``out`` (``.xlsx`` added when missing); recorded in the audit log."""
    today = today or date.today()
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    with ctx.read() as s:
        b = s.get(Branch, branch_id) if branch_id is not None else None
        if branch_id is not None and b is None:
            raise NotFound("该支部不存在（可能已被删除）。")
        branch = b.name if b is not None else "全部支部"
    violations = list_violations(ctx, branch_id, limit=None)
    accidents = list_accidents(ctx, branch_id, limit=None)
    if progress is not None:
        progress(50, "正在写出文件……")
    subtitle = f"{branch} · 三违 {len(violations)} 起，事故 {len(accidents)} 起 · 导出日期 {today:%Y-%m-%d}"
    path = write_violations(out, subtitle, [
        (v.occurred_on, v.person, v.kind.value, v.branch, v.zone or "", v.member or "", v.description, v.educations)
        for v in violations], [
        (a.occurred_on, a.branch, a.zone or "", a.responsible_person or "", a.description) for a in accidents])
    with ctx.uow() as s:
        audit.record(s, ctx.actor, AuditAction.EXPORT, AuditEntity.VIOLATION, None,
                     f"导出三违与事故（{branch}，三违 {len(violations)} 起、事故 {len(accidents)} 起）：{path.name}")
    if progress is not None:
        progress(100, "完成")
    return ExportResult(path, len(violations), len(accidents))
