"""困难职工帮扶: a plan for a worker in hardship with its steps and target dates (脱困时间表),
each step done or not; the plan is closed when the hardship is solved (对账销户).

Units of work like every service: role first, validation in Chinese, audit in the same
transaction. ``overdue_step_items`` is the area's 工作台 source (steps past their target date).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from dangjian_desktop.domain.errors import NotFound, ValidationError
from dangjian_desktop.domain.org import Branch, Person
from dangjian_desktop.domain.pairing import HardshipPlan, HardshipStatus, HardshipStep
from dangjian_desktop.domain.text import clean_text

from . import audit
from .audit import AuditAction, AuditEntity
from .records import load_for_edit, raise_problems
from .uow import Actor, Ctx
from .worklist import Urgency, WorkItem, WorkTarget

PLAN_NOT_FOUND = "该帮扶计划不存在（可能已被删除）。"
TEXT_MAX = 2000

_Worker = aliased(Person, name="hw")
_Member = aliased(Person, name="hm")


@dataclass(frozen=True)
class StepInput:
    text: str
    due_on: date | None


@dataclass(frozen=True)
class PlanInput:
    worker_id: int | None
    member_id: int | None
    opened_on: date | None
    target_on: date | None
    situation: str
    steps: tuple[StepInput, ...] = ()


@dataclass(frozen=True)
class StepRow:
    id: int
    position: int
    text: str
    due_on: date | None
    done_on: date | None
    version: int


@dataclass(frozen=True)
class PlanRow:
    id: int
    worker_id: int
    worker: str
    member_id: int | None
    member: str
    opened_on: date
    target_on: date
    situation: str
    status: HardshipStatus
    closed_on: date | None
    closing_note: str
    version: int
    steps: tuple[StepRow, ...]

    @property
    def steps_done(self) -> int:
        return sum(1 for st in self.steps if st.done_on is not None)


def create_plan(ctx: Ctx, data: PlanInput) -> int:
    """A new plan with its steps (each a text and a target date)."""
    ctx.actor.require_write()
    situation = clean_text(data.situation, multiline=True)[:TEXT_MAX]
    with ctx.uow() as s:
        problems = []
        worker = s.get(Person, data.worker_id) if data.worker_id is not None else None
        if worker is None or worker.archived_at is not None:
            problems.append("请选择帮扶的职工")
        if data.member_id is not None:
            member = s.get(Person, data.member_id)
            if member is None or not member.is_party_member:
                problems.append("帮扶责任人须为中共党员或中共预备党员")
        if data.opened_on is None or data.target_on is None:
            problems.append("请填写开始日期和计划脱困日期")
        elif data.target_on < data.opened_on:
            problems.append("计划脱困日期不能早于开始日期")
        if not situation:
            problems.append("请填写困难情况")
        steps = [(clean_text(st.text)[:TEXT_MAX], st.due_on) for st in data.steps if clean_text(st.text)]
        for text, due in steps:
            if due is not None and data.opened_on is not None and due < data.opened_on:
                problems.append(f"步骤“{text[:20]}”的完成时限早于开始日期")
        raise_problems(problems)
        assert worker is not None and data.opened_on is not None and data.target_on is not None
        plan = HardshipPlan(worker_id=worker.id, member_id=data.member_id, opened_on=data.opened_on,
                            target_on=data.target_on, situation=situation, status=HardshipStatus.OPEN)
        s.add(plan)
        s.flush()
        s.add_all(HardshipStep(plan_id=plan.id, position=i, text=t, due_on=d) for i, (t, d) in enumerate(steps))
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.HARDSHIP_PLAN, plan.id,
                     f"新增困难帮扶计划：{worker.name}（{len(steps)} 个步骤，计划 {data.target_on:%Y-%m-%d} 脱困）")
        return plan.id


def set_step_done(ctx: Ctx, step_id: int, expected_version: int, done_on: date | None, today: date) -> None:
    """Mark a step done on ``done_on`` (not in the future), or not done (None)."""
    ctx.actor.require_write()
    with ctx.uow() as s:
        step = load_for_edit(s, HardshipStep, step_id, expected_version)
        if done_on is not None and done_on > today:
            raise ValidationError("完成日期不能晚于今天。")
        plan = s.get(HardshipPlan, step.plan_id)
        if plan is not None and plan.status is HardshipStatus.CLOSED:
            raise ValidationError("该帮扶计划已销户，不能再修改。")
        step.done_on = done_on
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.HARDSHIP_PLAN, step.plan_id,
                     f"帮扶步骤“{step.text[:30]}”" + (f"于 {done_on:%Y-%m-%d} 完成" if done_on else "改为未完成"))


def close_plan(ctx: Ctx, plan_id: int, expected_version: int, closed_on: date | None, note: str, today: date) -> None:
    """对账销户: the hardship is solved; a date (not in the future) and a note are required."""
    ctx.actor.require_write()
    note = clean_text(note, multiline=True)[:TEXT_MAX]
    with ctx.uow() as s:
        plan = load_for_edit(s, HardshipPlan, plan_id, expected_version, PLAN_NOT_FOUND)
        problems = []
        if plan.status is HardshipStatus.CLOSED:
            problems.append("该帮扶计划已经销户")
        if closed_on is None:
            problems.append("请填写销户日期")
        elif closed_on > today:
            problems.append("销户日期不能晚于今天")
        elif closed_on < plan.opened_on:
            problems.append("销户日期不能早于帮扶开始日期")
        if not note:
            problems.append("请填写销户说明（对账情况）")
        raise_problems(problems)
        plan.status, plan.closed_on, plan.closing_note = HardshipStatus.CLOSED, closed_on, note
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.HARDSHIP_PLAN, plan_id,
                     f"困难帮扶对账销户：{_name(s, plan.worker_id)}（{closed_on:%Y-%m-%d}）")


def _name(s: Session, pid: int | None) -> str:
    return (s.scalar(select(Person.name).where(Person.id == pid)) if pid else None) or ""


def list_plans(ctx: Ctx, branch_id: int | None = None, include_closed: bool = False) -> list[PlanRow]:
    """The plans (open first, then by target date), with their steps."""
    with ctx.read() as s:
        q = (select(HardshipPlan, _Worker.name, _Member.name).join(_Worker, HardshipPlan.worker_id == _Worker.id)
             .outerjoin(_Member, HardshipPlan.member_id == _Member.id))
        if branch_id is not None:
            q = q.where(_Worker.branch_id == branch_id)
        if not include_closed:
            q = q.where(HardshipPlan.status == HardshipStatus.OPEN)
        plans = s.execute(q.order_by(HardshipPlan.status, HardshipPlan.target_on, HardshipPlan.id)).all()
        steps: dict[int, list[StepRow]] = {}
        ids = [p.id for p, _w, _m in plans]
        for i in range(0, len(ids), 500):
            for st in s.scalars(select(HardshipStep).where(HardshipStep.plan_id.in_(ids[i:i + 500]))
                                .order_by(HardshipStep.plan_id, HardshipStep.position, HardshipStep.id)):
                steps.setdefault(st.plan_id, []).append(StepRow(st.id, st.position, st.text, st.due_on, st.done_on,
                                                                st.version))
        return [PlanRow(p.id, p.worker_id, w, p.member_id, m or "", p.opened_on, p.target_on, p.situation, p.status,
                        p.closed_on, p.closing_note or "", p.version, tuple(steps.get(p.id, ())))
                for p, w, m in plans]


def get_plan(ctx: Ctx, plan_id: int) -> PlanRow:
    for p in list_plans(ctx, include_closed=True):
        if p.id == plan_id:
            return p
    raise NotFound(PLAN_NOT_FOUND)


PLANS_PER_BRANCH = 3  # a branch with more plans behind than this is one 工作台 line, like the follow-ups


def overdue_step_items(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """工作台: steps of open plans past their target date and not done, one line per plan; one line
    per branch for a branch with more than ``PLANS_PER_BRANCH`` plans behind."""
    q = (select(HardshipPlan.id, _Worker.name, Branch.id, Branch.name, func.count(HardshipStep.id),
                func.min(HardshipStep.due_on))
         .join(HardshipStep, HardshipStep.plan_id == HardshipPlan.id).join(_Worker, HardshipPlan.worker_id == _Worker.id)
         .join(Branch, _Worker.branch_id == Branch.id)
         .where(HardshipPlan.status == HardshipStatus.OPEN, HardshipStep.done_on.is_(None),
                HardshipStep.due_on < today)
         .group_by(HardshipPlan.id, _Worker.name, Branch.id, Branch.name))
    per_branch: dict[tuple[int, str], list[tuple[int, str, int, date]]] = defaultdict(list)
    for pid, worker, branch_id, branch, n, first in s.execute(q):
        assert first is not None  # the steps counted are all past a target date
        per_branch[(branch_id, branch)].append((pid, worker, n, first))
    items = []
    for (branch_id, branch), plans in per_branch.items():
        if len(plans) > PLANS_PER_BRANCH:
            first = min(p[3] for p in plans)
            workers = "、".join(p[1] for p in plans[:8]) + ("等" if len(plans) > 8 else "")
            items.append(WorkItem("结对帮扶", f"{branch}：困难帮扶逾期 {len(plans)} 户",
                                  f"{workers} · 最早时限 {first:%Y-%m-%d}，请推进脱困时间表。", first, Urgency.OVERDUE,
                                  WorkTarget("hardship_branch", branch_id)))
        else:
            items += [WorkItem("结对帮扶", f"困难帮扶：{worker} 有 {n} 个步骤已过完成时限",
                               f"最早时限 {first:%Y-%m-%d}，请推进脱困时间表。", first, Urgency.OVERDUE,
                               WorkTarget("hardship_plan", pid))
                      for pid, worker, n, first in plans]
    return items
