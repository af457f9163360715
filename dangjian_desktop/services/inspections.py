"""党代表安全巡视: checklist templates, inspections (group, route, template), results, and
their findings, each 不符合 a hazard of the ledger (source 党代表巡视, ``finding_id``), so its
rectification follows the ledger's closed loop.

A new inspection of a branch points at the branch's previous round (``previous_id``); its
carry-over (:func:`carry_over`) lists the findings of the earlier rounds whose hazards are not
closed yet, each with its current status: they are checked first. The two checklists of the
seeds (《党管安全责任落实表》, 《现场安全文明生产检查表》) are written at first use
(:func:`ensure_templates`). Each write is one unit of work, role checked first, audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from dangjian_desktop.domain.errors import NotFound, ValidationError
from dangjian_desktop.domain.hazard_rules import HazardInput, is_overdue
from dangjian_desktop.domain.hazards import Hazard, HazardLevel, HazardSource, HazardStatus
from dangjian_desktop.domain.inspections import (
    ChecklistItem,
    ChecklistTemplate,
    FindingOutcome,
    Inspection,
    InspectionFinding,
    InspectionMember,
    InspectionStatus,
    InspectionStop,
)
from dangjian_desktop.domain.org import Branch, Person, PoliticalStatus
from dangjian_desktop.domain.text import clean_text, shorten
from dangjian_desktop.domain.zones import Zone

from . import audit, hazards
from .audit import AuditAction, AuditEntity
from .records import raise_problems, required_text
from .uow import Actor, Ctx

if TYPE_CHECKING:
    from .worklist import WorkItem

INSPECTION_NOT_FOUND = "该巡视记录不存在（可能已被删除）。"

#: The seeds' two checklists: (name, description, ((category, text), …)).
DEFAULT_TEMPLATES: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("党管安全责任落实表", "党建组用：检查基层支部班子、党员干部安全责任落实，上一次巡视的整改情况先查。", (
        ("上次整改", "上一次巡视发现问题的整改情况，逐项核对闭合"),
        ("安全谈心谈话", "书记与主任每月开展安全谈话，指出党建、安全、管理上的不足并共同提出改进措施"),
        ("安全谈心谈话", "党员与班组职工开展安全谈心，有记录，支部书记定期在场指导"),
        ("干部带班值班", "领导班子和部门负责人下现场、带班值班记录齐全"),
        ("生产设备管理", "设备包机责任落实到人，点检、维护记录完整"),
        ("现场文明生产", "党员责任区内现场整洁，物料码放整齐，标识清楚"),
        ("职工安全行为", "职工上标准岗、干标准活，党员身边无“三违”"),
        ("一区一岗和安全联保考核上墙", "党员一区一岗、安全联保考核情况及时上墙，接受群众监督"),
    )),
    ("现场安全文明生产检查表", "现场安全组用：作业现场安全条件与文明生产。", (
        ("作业环境", "作业场所整洁，通道畅通，无积水、积尘、杂物"),
        ("安全防护", "设备防护罩、栏杆、盖板齐全完好"),
        ("安全标识", "安全警示标志、管线标识齐全醒目"),
        ("劳动防护", "劳动防护用品佩戴齐全、正确"),
        ("持证上岗", "特种作业人员持证上岗，证件在有效期内"),
        ("设备完好", "设备运行正常，无跑冒滴漏，完好率达标"),
        ("消防应急", "消防器材齐全有效，应急通道畅通"),
    )),
)


# ---------------------------------------------------------------- templates


@dataclass(frozen=True)
class ItemRow:
    id: int
    position: int
    category: str | None
    text: str


@dataclass(frozen=True)
class TemplateRow:
    id: int
    name: str
    description: str | None
    active: bool
    items: tuple[ItemRow, ...]


def ensure_templates(ctx: Ctx) -> bool:
    """Write the seeds' two checklists when there is no template at all; True when it did."""
    with ctx.read() as s:
        if s.scalar(select(func.count(ChecklistTemplate.id))):
            return False
    if not ctx.actor.can_write:
        return False
    with ctx.uow() as s:
        if s.scalar(select(func.count(ChecklistTemplate.id))):
            return False
        for name, desc, items in DEFAULT_TEMPLATES:
            t = ChecklistTemplate(name=name, description=desc, active=True)
            s.add(t)
            s.flush()
            s.add_all(ChecklistItem(template_id=t.id, position=i, category=c, text=x) for i, (c, x) in enumerate(items))
            audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.INSPECTION, None, f"建立巡视检查表《{name}》")
        return True


def list_templates(ctx: Ctx, active_only: bool = False) -> list[TemplateRow]:
    with ctx.read() as s:
        q = select(ChecklistTemplate).order_by(ChecklistTemplate.id)
        if active_only:
            q = q.where(ChecklistTemplate.active.is_(True))
        items: dict[int, list[ItemRow]] = {}
        for i in s.scalars(select(ChecklistItem).order_by(ChecklistItem.template_id, ChecklistItem.position,
                                                          ChecklistItem.id)):
            items.setdefault(i.template_id, []).append(ItemRow(i.id, i.position, i.category, i.text))
        return [TemplateRow(t.id, t.name, t.description, t.active, tuple(items.get(t.id, ())))
                for t in s.scalars(q)]


def create_template(ctx: Ctx, name: str, description: str = "") -> int:
    ctx.actor.require_secretary()
    name = required_text(name, "请填写检查表名称。")
    with ctx.uow() as s:
        if s.scalar(select(ChecklistTemplate.id).where(ChecklistTemplate.name == name)):
            raise ValidationError(f"已有名为《{name}》的检查表。")
        t = ChecklistTemplate(name=name, description=clean_text(description) or None, active=True)
        s.add(t)
        s.flush()
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.INSPECTION, None, f"新建巡视检查表《{name}》")
        return t.id


def set_items(ctx: Ctx, template_id: int, items: Sequence[tuple[int | None, str, str]]) -> None:
    """The secretary edits a checklist: ``items`` is its new list of (item id or None for a new
    one, category, text), in order. Items left out are removed (findings keep their text)."""
    ctx.actor.require_secretary()
    cleaned = [(i, clean_text(c) or None, clean_text(x)) for i, c, x in items]
    problems = [f"第 {n} 项内容为空" for n, (_i, _c, x) in enumerate(cleaned, start=1) if not x]
    raise_problems(problems)
    with ctx.uow() as s:
        t = s.get(ChecklistTemplate, template_id)
        if t is None:
            raise NotFound("该检查表不存在。")
        existing = {i.id: i for i in s.scalars(select(ChecklistItem).where(ChecklistItem.template_id == template_id))}
        kept = {i for i, _c, _x in cleaned if i is not None}
        gone = [i for i in existing if i not in kept]
        if gone:
            s.execute(update(InspectionFinding).where(InspectionFinding.item_id.in_(gone)).values(item_id=None))
            s.execute(delete(ChecklistItem).where(ChecklistItem.id.in_(gone)))
        for pos, (item_id, category, text) in enumerate(cleaned):
            if item_id is not None and item_id in existing:
                row = existing[item_id]
                row.position, row.category, row.text = pos, category, text
            else:
                s.add(ChecklistItem(template_id=template_id, position=pos, category=category, text=text))
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.INSPECTION, None,
                     f"修改巡视检查表《{t.name}》：共 {len(cleaned)} 项（删去 {len(gone)} 项）")


# ---------------------------------------------------------------- inspections


@dataclass(frozen=True)
class Stop:
    zone_id: int | None = None
    place: str = ""


@dataclass(frozen=True)
class InspectionInput:
    branch_id: int | None
    title: str
    planned_on: date | None
    member_ids: tuple[int, ...]  # the group; the first is its leader
    stops: tuple[Stop, ...]  # the route, in order
    template_id: int | None = None  # the checklist the results follow (kept in the summary line)


@dataclass(frozen=True)
class InspectionRow:
    id: int
    title: str
    branch_id: int | None
    branch: str | None
    planned_on: date
    done_on: date | None
    status: InspectionStatus
    previous_id: int | None
    findings: int
    failed: int


@dataclass(frozen=True)
class FindingRow:
    id: int
    item_text: str
    zone: str | None
    outcome: FindingOutcome
    comment: str | None
    hazard_id: int | None
    hazard_status: HazardStatus | None
    responsible_dept: str | None
    deadline: date | None
    overdue: bool = False
    inspection_id: int | None = None
    inspection_title: str | None = None


@dataclass(frozen=True)
class InspectionDetail:
    row: InspectionRow
    members: tuple[str, ...]  # the leader first, marked
    member_ids: tuple[int, ...]
    route: tuple[str, ...]
    findings: tuple[FindingRow, ...]
    carry_over: tuple[FindingRow, ...] = field(default=())


def create_inspection(ctx: Ctx, data: InspectionInput) -> int:
    """Plan an inspection: its group and route. It follows the branch's latest earlier round."""
    ctx.actor.require_write()
    title = clean_text(data.title)
    problems = []
    if not title:
        problems.append("请填写巡视名称")
    if data.planned_on is None:
        problems.append("请填写巡视日期")
    if not data.member_ids:
        problems.append("请选择巡视组成员（党代表）")
    if len(set(data.member_ids)) != len(data.member_ids):
        problems.append("巡视组成员有重复")
    if not data.stops:
        problems.append("请填写巡视路线（至少一处）")
    with ctx.uow() as s:
        if data.branch_id is not None and s.get(Branch, data.branch_id) is None:
            problems.append("所选支部不存在")
        people: dict[int, PoliticalStatus] = {}
        if data.member_ids:
            q = select(Person.id, Person.political_status).where(Person.id.in_(data.member_ids))
            people = {pid: status for pid, status in s.execute(q)}
        if set(data.member_ids) - set(people):
            problems.append("巡视组成员不在名册中")
        not_members = [pid for pid, status in people.items() if status not in hazards.PARTY]
        if not_members:
            names = "、".join(s.scalars(select(Person.name).where(Person.id.in_(not_members))))
            problems.append(f"{names}不是党员，不能作为党代表参加巡视")
        for n, stop in enumerate(data.stops, start=1):
            if stop.zone_id is None and not clean_text(stop.place):
                problems.append(f"路线第 {n} 站没有责任区或地点")
            elif stop.zone_id is not None and s.get(Zone, stop.zone_id) is None:
                problems.append(f"路线第 {n} 站的责任区不存在")
        raise_problems(problems)
        assert data.planned_on is not None
        same = Inspection.branch_id.is_(None) if data.branch_id is None else Inspection.branch_id == data.branch_id
        previous = s.scalar(select(Inspection.id).where(same, Inspection.planned_on <= data.planned_on)
                            .order_by(Inspection.planned_on.desc(), Inspection.id.desc()).limit(1))
        summary = None
        if data.template_id is not None:
            summary = s.scalar(select(ChecklistTemplate.name).where(ChecklistTemplate.id == data.template_id))
        i = Inspection(branch_id=data.branch_id, title=title, planned_on=data.planned_on,
                       status=InspectionStatus.PLANNED, previous_id=previous,
                       summary=f"检查表：《{summary}》" if summary else None)
        s.add(i)
        s.flush()
        s.add_all(InspectionMember(inspection_id=i.id, person_id=p, is_leader=n == 0)
                  for n, p in enumerate(data.member_ids))
        s.add_all(InspectionStop(inspection_id=i.id, position=n, zone_id=st.zone_id, place=clean_text(st.place) or None)
                  for n, st in enumerate(data.stops))
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.INSPECTION, i.id,
                     f"计划巡视：{title}（{data.planned_on}，{len(data.member_ids)} 人，{len(data.stops)} 站）")
        return i.id


@dataclass(frozen=True)
class ResultInput:
    """One checklist item's result; a 不符合 needs a department and a deadline (it becomes a hazard)."""

    item_text: str
    outcome: FindingOutcome
    comment: str = ""
    item_id: int | None = None
    zone_id: int | None = None
    responsible_dept: str = ""
    deadline: date | None = None
    level: HazardLevel = HazardLevel.ORDINARY
    responsible_person_id: int | None = None


def record_results(ctx: Ctx, inspection_id: int, results: Sequence[ResultInput], done_on: date | None,
                   today: date | None = None) -> list[int]:
    """The inspection done: a finding per result, a hazard per 不符合 (all or nothing).
    Returns the new hazards' ids."""
    ctx.actor.require_write()
    today = today or date.today()
    problems = []
    if done_on is None:
        problems.append("请填写巡视完成日期")
    elif done_on > today:
        problems.append(f"巡视完成日期 {done_on:%Y-%m-%d} 晚于今天")
    if not results:
        problems.append("没有任何检查结果")
    for r in results:
        if FindingOutcome(r.outcome) is FindingOutcome.FAIL:
            missing = [w for w, ok in (("责任部门", clean_text(r.responsible_dept)), ("整改期限", r.deadline)) if not ok]
            if missing:
                problems.append(f"“{shorten(clean_text(r.item_text), 16)}”为不符合，须填写{'和'.join(missing)}")
            elif done_on is not None and r.deadline is not None and r.deadline < done_on:
                problems.append(f"“{shorten(clean_text(r.item_text), 16)}”的整改期限早于巡视日期")
    raise_problems(problems)
    assert done_on is not None
    new_hazards: list[int] = []
    with ctx.uow() as s:
        i = s.get(Inspection, inspection_id)
        if i is None:
            raise NotFound(INSPECTION_NOT_FOUND)
        if i.status is InspectionStatus.DONE:
            raise ValidationError("该巡视已记录结果，不能重复记录。")
        branch_id = i.branch_id
        for r in results:
            outcome = FindingOutcome(r.outcome)
            comment = clean_text(r.comment)
            f = InspectionFinding(inspection_id=i.id, item_id=r.item_id, item_text=clean_text(r.item_text),
                                  zone_id=r.zone_id, outcome=outcome, comment=comment or None)
            s.add(f)
            s.flush()
            if outcome is FindingOutcome.FAIL:
                description = f"【党代表巡视】{f.item_text}" + (f"：{comment}" if comment else "")
                data = HazardInput(found_on=done_on, description=description, deadline=r.deadline,
                                   zone_id=r.zone_id, branch_id=None if r.zone_id else branch_id,
                                   level=HazardLevel(r.level), responsible_dept=clean_text(r.responsible_dept),
                                   responsible_person_id=r.responsible_person_id, measures="")
                if data.zone_id is None and data.branch_id is None:
                    raise ValidationError(f"“{shorten(f.item_text, 16)}”为不符合，须选择责任区（全公司巡视没有所属支部）。")
                new_hazards.append(hazards.add_hazard(s, ctx, data, today, HazardSource.INSPECTION, f.id))
        i.status, i.done_on = InspectionStatus.DONE, done_on
        failed = sum(1 for r in results if FindingOutcome(r.outcome) is FindingOutcome.FAIL)
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.INSPECTION, i.id,
                     f"记录巡视结果：{i.title}，{len(results)} 项，不符合 {failed} 项")
    return new_hazards


def list_inspections(ctx: Ctx, branch_id: int | None = None) -> list[InspectionRow]:
    with ctx.read() as s:
        return _rows(s, branch_id=branch_id)


def _rows(s: Session, branch_id: int | None = None, ids: Sequence[int] | None = None) -> list[InspectionRow]:
    counts = (select(InspectionFinding.inspection_id, func.count().label("n"),
                     func.count(InspectionFinding.id).filter(InspectionFinding.outcome == FindingOutcome.FAIL)
                     .label("failed"))
              .group_by(InspectionFinding.inspection_id).subquery())
    q = (select(Inspection.id, Inspection.title, Inspection.branch_id, Branch.name, Inspection.planned_on,
                Inspection.done_on, Inspection.status, Inspection.previous_id,
                func.coalesce(counts.c.n, 0), func.coalesce(counts.c.failed, 0))
         .outerjoin(Branch, Inspection.branch_id == Branch.id)
         .outerjoin(counts, counts.c.inspection_id == Inspection.id))
    if branch_id is not None:
        q = q.where(Inspection.branch_id == branch_id)
    if ids is not None:
        q = q.where(Inspection.id.in_(ids))
    return [InspectionRow(*r) for r in s.execute(q.order_by(Inspection.planned_on.desc(), Inspection.id.desc()))]


def _findings(s: Session, inspection_ids: Sequence[int], today: date, open_only: bool = False) -> list[FindingRow]:
    q = (select(InspectionFinding.id, InspectionFinding.item_text, Zone.name, InspectionFinding.outcome,
                InspectionFinding.comment, Hazard.id, Hazard.status, Hazard.responsible_dept, Hazard.deadline,
                Inspection.id, Inspection.title)
         .join(Inspection, InspectionFinding.inspection_id == Inspection.id)
         .outerjoin(Zone, InspectionFinding.zone_id == Zone.id)
         .outerjoin(Hazard, Hazard.finding_id == InspectionFinding.id)
         .where(InspectionFinding.inspection_id.in_(inspection_ids)))
    if open_only:
        q = q.where(Hazard.id.is_not(None), Hazard.status != HazardStatus.CLOSED)
    rows = []
    for fid, text, zone, outcome, comment, hid, status, dept, deadline, iid, title in s.execute(
            q.order_by(Inspection.planned_on, InspectionFinding.id)):
        overdue = status is not None and deadline is not None and is_overdue(status, deadline, today)
        rows.append(FindingRow(fid, text, zone, outcome, comment, hid, status, dept, deadline, overdue, iid, title))
    return rows


def _earlier_rounds(s: Session, inspection: Inspection) -> list[int]:
    """The rounds before this one, following ``previous_id`` back (the nearest first)."""
    out: list[int] = []
    prev = inspection.previous_id
    while prev is not None and prev not in out and len(out) < 500:
        out.append(prev)
        prev = s.scalar(select(Inspection.previous_id).where(Inspection.id == prev))
    return out


def planned_template(ctx: Ctx, inspection_id: int) -> int | None:
    """The checklist the plan named (kept in the inspection's summary line), if any."""
    with ctx.read() as s:
        summary = s.scalar(select(Inspection.summary).where(Inspection.id == inspection_id)) or ""
        for tid, name in s.execute(select(ChecklistTemplate.id, ChecklistTemplate.name)):
            if f"《{name}》" in summary:
                return int(tid)
    return None


def carry_over(ctx: Ctx, inspection_id: int, today: date | None = None) -> list[FindingRow]:
    """The earlier rounds' findings whose hazards are not closed yet, with their current status:
    the first thing this inspection checks (the overdue ones first)."""
    with ctx.read() as s:
        i = s.get(Inspection, inspection_id)
        if i is None:
            raise NotFound(INSPECTION_NOT_FOUND)
        rounds = _earlier_rounds(s, i)
        rows = _findings(s, rounds, today or date.today(), open_only=True) if rounds else []
    return sorted(rows, key=lambda r: (not r.overdue, r.deadline or date.max))


def get_inspection(ctx: Ctx, inspection_id: int, today: date | None = None) -> InspectionDetail:
    today = today or date.today()
    with ctx.read() as s:
        found = _rows(s, ids=[inspection_id])
        if not found:
            raise NotFound(INSPECTION_NOT_FOUND)
        members = s.execute(select(InspectionMember.person_id, Person.name, InspectionMember.is_leader)
                            .join(Person, InspectionMember.person_id == Person.id)
                            .where(InspectionMember.inspection_id == inspection_id)
                            .order_by(InspectionMember.is_leader.desc(), InspectionMember.id)).all()
        route = [z or p or "" for z, p in s.execute(
            select(Zone.name, InspectionStop.place).outerjoin(Zone, InspectionStop.zone_id == Zone.id)
            .where(InspectionStop.inspection_id == inspection_id).order_by(InspectionStop.position))]
        findings = _findings(s, [inspection_id], today)
    return InspectionDetail(found[0], tuple(f"{n}（组长）" if lead else n for _p, n, lead in members),
                            tuple(p for p, _n, _l in members), tuple(route), tuple(findings),
                            tuple(carry_over(ctx, inspection_id, today)))


# ---------------------------------------------------------------- 工作台

AREA = "安全巡视"


def planned_this_week_items(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """Inspections planned this week (Monday to Sunday) and not done yet."""
    from .worklist import Urgency, WorkItem, WorkTarget

    monday = today - timedelta(days=today.weekday())
    rows = s.execute(
        select(Inspection.id, Inspection.title, Inspection.planned_on, Branch.name)
        .outerjoin(Branch, Inspection.branch_id == Branch.id)
        .where(Inspection.status != InspectionStatus.DONE, Inspection.planned_on >= monday,
               Inspection.planned_on <= monday + timedelta(days=6))
        .order_by(Inspection.planned_on, Inspection.id))
    return [WorkItem(AREA, f"本周巡视：{title}", f"{branch or '公司党委'} · 计划 {on:%Y-%m-%d}", on,
                     Urgency.OVERDUE if on < today else Urgency.DUE_TODAY if on == today else Urgency.DUE_SOON,
                     WorkTarget("inspection", iid)) for iid, title, on, branch in rows]


# ---------------------------------------------------------------- the report


def report_data(ctx: Ctx, inspection_id: int, today: date | None = None):  # -> printing.InspectionReport
    """The inspection report's plain data (``printing.inspection_report``)."""
    from dangjian_desktop.domain.org import Committee
    from dangjian_desktop.printing.inspection_report import FindingLine, InspectionReport, ResultLine

    today = today or date.today()
    d = get_inspection(ctx, inspection_id, today)
    with ctx.read() as s:
        committee = s.scalar(select(Committee.name).order_by(Committee.id)) or ""
        summary = s.scalar(select(Inspection.summary).where(Inspection.id == inspection_id)) or ""
        used = list(s.scalars(
            select(ChecklistTemplate.name).join(ChecklistItem, ChecklistItem.template_id == ChecklistTemplate.id)
            .join(InspectionFinding, InspectionFinding.item_id == ChecklistItem.id)
            .where(InspectionFinding.inspection_id == inspection_id).distinct().order_by(ChecklistTemplate.name)))
    templates = "、".join(f"《{n}》" for n in used) or (summary.removeprefix("检查表：") if summary.startswith("检查表：")
                                                         else "")

    def status(f: FindingRow) -> str:
        if f.hazard_status is None:
            return "—"
        return f.hazard_status.value + ("（逾期）" if f.overdue else "")

    results = tuple(ResultLine(f.item_text, f.zone or "", f.outcome.value, f.comment or "") for f in d.findings)
    findings = tuple(FindingLine(f.item_text, f.comment or "", f.responsible_dept or "", f.deadline, status(f))
                     for f in d.findings if f.outcome is FindingOutcome.FAIL)
    carried = tuple(FindingLine(f.item_text, f.comment or "", f.responsible_dept or "", f.deadline, status(f),
                                f.inspection_title or "") for f in d.carry_over)
    return InspectionReport(d.row.title, committee, d.row.branch or "公司党委", d.row.planned_on, d.row.done_on,
                            d.row.status.value, templates, d.members, d.route,
                            results, findings, carried, today)
