"""职工思想动态档案 and the 红黄蓝 warnings: files, entries, the closed loop and its time limits.

Privacy is decided here, not in the widgets (``services/privacy.py``): a 书记 reads every
file, a 委员 the files of the workers his active pairings cover, a 查看 account counts only.
Every read of a file's content (``open_file``, ``warning_detail``) is audited, and so is a
refused one (in a transaction of its own: the refused work rolls back, the record stays).

A warning goes 新建 → 已指派 → 处置中 → 已解除 (a closing review required) or 已升级 (a new
warning one level up, ``escalated_from_id`` pointing back). Its next step's due date is
computed by ``domain.mood.due_on_from_actions`` with the limits in the shared settings when
it changes, and kept; whether it is overdue is computed from ``today``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Select, and_, case, false, func, or_, select
from sqlalchemy.orm import Session, aliased

from dangjian_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from dangjian_desktop.domain.mood import (
    CLOSED_STATUSES,
    MEASURE_KINDS,
    WARNING_LIMITS_KEY,
    MoodAnalysis,
    MoodCategory,
    MoodEntry,
    MoodFile,
    MoodWarning,
    WarningAction,
    WarningActionKind,
    WarningLevel,
    WarningLimits,
    WarningStatus,
    due_on_from_actions,
)
from dangjian_desktop.domain.org import Branch, Person, WorkUnit
from dangjian_desktop.domain.periods import Period, PeriodKind, month_of, parse_period
from dangjian_desktop.domain.security import Role
from dangjian_desktop.domain.text import clean_text, shorten

from . import audit, coverage, privacy, records, shared_settings
from .audit import AuditAction, AuditEntity
from .search import matches_any
from .uow import Actor, Ctx

if TYPE_CHECKING:
    from .worklist import WorkItem

_Q = TypeVar("_Q", bound=Select)  # any select, its columns kept
AREA = "思想动态"
TEXT_MAX = 2000
REASON_MAX = 500
ANSWER_WAIT_DAYS = 14  # an answer from the mine awaited longer than this shows on the 工作台
LEVEL_ORDER = {WarningLevel.RED: 0, WarningLevel.YELLOW: 1, WarningLevel.BLUE: 2}
UP = {WarningLevel.BLUE: WarningLevel.YELLOW, WarningLevel.YELLOW: WarningLevel.RED}
# What a user records by hand (指派, 解除 and 升级 have their own service functions).
RECORDABLE = (WarningActionKind.TALK, WarningActionKind.HOME_VISIT, WarningActionKind.HELP,
              WarningActionKind.REPORT, WarningActionKind.REVIEW)
COUNTS_ONLY = "“查看”账号只能看到思想动态的统计数字，不能查看姓名和内容。"
NOT_A_WORKER = "思想动态档案只为本支部的职工（非党员）建立；该人员是党员，请在党员管理中记录。"
WORKER_GONE = "该职工不存在或已归档。"
WARNING_GONE = "该预警不存在（可能已被删除）。"
CLOSED = "该预警已解除或已升级，不能再处置；如有新情况请新建预警。"


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class FileRow:
    worker_id: int
    file_id: int | None
    name: str
    branch: str
    unit: str
    covering: str  # 包保党员 names, "、"-joined; "" when nobody covers him
    entries: int
    open_warnings: int
    top_level: WarningLevel | None  # the highest level of his open warnings


@dataclass(frozen=True)
class EntryRow:
    id: int
    recorded_on: date
    recorder: str
    category: MoodCategory
    content: str


@dataclass(frozen=True)
class ActionRow:
    id: int
    kind: WarningActionKind
    acted_on: date
    actor: str
    content: str


@dataclass(frozen=True)
class WarningRow:
    id: int
    version: int
    worker_id: int
    name: str
    branch: str
    unit: str
    level: WarningLevel
    status: WarningStatus
    reason: str
    raised_on: date
    assignee: str
    assignee_id: int | None
    due_on: date | None
    overdue: bool
    next_step: str
    needs_report: bool
    report_answer: str | None
    answered_on: date | None
    escalated_from_id: int | None
    lifted_on: date | None
    closing_review: str | None

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_STATUSES


@dataclass(frozen=True)
class WarningDetail:
    warning: WarningRow
    actions: list[ActionRow]
    history: list[WarningRow]  # the warnings it escalated from, oldest first, then those escalated to


@dataclass(frozen=True)
class FileDetail:
    worker_id: int
    file_id: int | None
    name: str
    branch: str
    unit: str
    post: str
    covering: list[tuple[int, str]]  # (member id, name) of the active pairings
    entries: list[EntryRow]
    warnings: list[WarningRow]


@dataclass(frozen=True)
class MoodCounts:
    """What a 查看 account may see: numbers only."""

    files: int
    open_by_level: dict[WarningLevel, int]
    overdue_by_level: dict[WarningLevel, int]
    awaiting_answer: int


@dataclass(frozen=True)
class FileFilter:
    text: str = ""
    branch_id: int | None = None
    with_open_warnings: bool = False


@dataclass(frozen=True)
class WarningFilter:
    text: str = ""
    branch_id: int | None = None
    open_only: bool = True
    level: WarningLevel | None = None
    overdue_only: bool = False
    awaiting_answer: bool = False


# ---------------------------------------------------------------- helpers


def _month_label(d: date) -> str:
    return month_of(d).label


def _limits(s: Session) -> WarningLimits:
    """The 红黄蓝 time limits in force: what a warning's ``due_on`` is computed with when it changes."""
    return WarningLimits.from_json(shared_settings.read_setting(s, WARNING_LIMITS_KEY))


def next_step_text(level: WarningLevel, status: WarningStatus, measures_taken: bool) -> str:
    """The next step in words (what ``due_on`` is the date of)."""
    if status is WarningStatus.LIFTED:
        return "已解除"
    if status is WarningStatus.ESCALATED:
        return "已升级"
    if status in (WarningStatus.NEW, WarningStatus.ASSIGNED):
        return "首次谈心谈话"
    if level is WarningLevel.RED and not measures_taken:
        return "落实帮扶措施"
    return "定期复查"


def _require_readable(ctx: Ctx, worker_id: int, today: date, what: str) -> None:
    """PermissionDenied unless the actor may read the worker's file; a refusal is audited in a
    transaction of its own (it must stay when the caller's work rolls back)."""
    with ctx.db.read() as s:
        refusal = None
        try:
            privacy.require_mood_read(s, ctx.actor, worker_id, today, audit=False)
        except PermissionDenied as exc:
            refusal = exc
        name = s.scalar(select(Person.name).where(Person.id == worker_id)) or f"#{worker_id}"
        file_id = s.scalar(select(MoodFile.id).where(MoodFile.worker_id == worker_id))
    if refusal is None:
        return
    with ctx.db.uow() as s:
        audit.record(s, ctx.actor, AuditAction.VIEW_REFUSED, AuditEntity.MOOD_FILE, file_id,
                     f"拒绝{what}职工 {name} 的思想动态档案：{refusal.message}", {"worker_id": worker_id})
    raise refusal


def _worker_row(s: Session, worker_id: int) -> Person:
    p = s.get(Person, worker_id)
    if p is None or p.archived_at is not None:
        raise NotFound(WORKER_GONE)
    if p.political_status.is_party_member:
        raise ValidationError(NOT_A_WORKER)
    return p


def _file_for(s: Session, worker: Person, today: date) -> MoodFile:
    f = s.scalar(select(MoodFile).where(MoodFile.worker_id == worker.id))
    if f is None:
        f = MoodFile(worker_id=worker.id, opened_on=today)
        s.add(f)
        s.flush()
    return f


def _check_day(day: date | None, label: str, today: date, not_before: date | None = None,
               before_label: str = "") -> list[str]:
    if day is None:
        return [f"请填写{label}"]
    problems = []
    if day > today:
        problems.append(f"{label}不能晚于今天（{today:%Y-%m-%d}）")
    if not_before is not None and day < not_before:
        problems.append(f"{label}不能早于{before_label}（{not_before:%Y-%m-%d}）")
    return problems


def _text(value: str, label: str, longest: int, problems: list[str], required: bool = True) -> str:
    text = clean_text(value or "")
    if required and not text:
        problems.append(f"请填写{label}")
    elif len(text) > longest:
        problems.append(f"{label}过长（最多{longest}个字）")
    return text


def _scope_worker_ids(s: Session, actor: Actor, today: date) -> set[int] | None:
    """Whose names and contents he may list: None all, else a set (empty for 查看)."""
    return privacy.readable_worker_ids(s, actor, today)


def _restrict(q: _Q, column: Any, readable: set[int] | None, actor: Actor, today: date) -> _Q:
    if readable is None:
        return q
    if actor.role is Role.COMMITTEE and actor.person_id is not None:
        return q.where(column.in_(coverage.covered_workers_select(actor.person_id, today)))
    return q.where(column.in_(sorted(readable)) if readable else false())


def _names(s: Session, ids: set[int]) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return dict(s.execute(select(Person.id, Person.name).where(Person.id.in_(sorted(ids)))).all())


def _measures_by_warning(s: Session, warning_ids: list[int]) -> set[int]:
    if not warning_ids:
        return set()
    out: set[int] = set()
    for i in range(0, len(warning_ids), 500):
        out |= set(s.scalars(select(WarningAction.warning_id).where(
            WarningAction.warning_id.in_(warning_ids[i:i + 500]), WarningAction.kind.in_(list(MEASURE_KINDS)))))
    return out


_UNIT = aliased(WorkUnit)


def _warning_select() -> Select:
    return (select(MoodWarning, Person.id, Person.name, Branch.name, _UNIT.name)
            .join(MoodFile, MoodWarning.file_id == MoodFile.id)
            .join(Person, MoodFile.worker_id == Person.id)
            .join(Branch, Person.branch_id == Branch.id)
            .outerjoin(_UNIT, Person.unit_id == _UNIT.id))


def _order(today: date) -> list[Any]:
    """Overdue first, red before yellow before blue, then by due date; closed ones last."""
    overdue = case((and_(MoodWarning.due_on.is_not(None), MoodWarning.due_on < today), 0), else_=1)
    level = case({WarningLevel.RED: 0, WarningLevel.YELLOW: 1, WarningLevel.BLUE: 2}, value=MoodWarning.level)
    closed = case((MoodWarning.status.in_(list(CLOSED_STATUSES)), 1), else_=0)
    return [closed, overdue, level, MoodWarning.due_on, MoodWarning.raised_on.desc(), MoodWarning.id]


def _rows(s: Session, result: list[Any], today: date) -> list[WarningRow]:
    warnings = [r[0] for r in result]
    measured = _measures_by_warning(s, [w.id for w in warnings if w.level is WarningLevel.RED])
    names = _names(s, {w.assignee_id for w in warnings if w.assignee_id})
    out = []
    for w, pid, name, branch, unit in result:
        out.append(_row(w, pid, name, branch, unit or "", names.get(w.assignee_id or 0, ""), w.id in measured, today))
    return out


def _row(w: MoodWarning, pid: int, name: str, branch: str, unit: str, assignee: str, measured: bool,
         today: date) -> WarningRow:
    return WarningRow(
        id=w.id, version=w.version, worker_id=pid, name=name, branch=branch, unit=unit, level=w.level,
        status=w.status, reason=w.reason, raised_on=w.raised_on, assignee=assignee, assignee_id=w.assignee_id,
        due_on=w.due_on, overdue=w.due_on is not None and w.due_on < today,
        next_step=next_step_text(w.level, w.status, measured), needs_report=w.needs_report,
        report_answer=w.report_answer, answered_on=w.answered_on, escalated_from_id=w.escalated_from_id,
        lifted_on=w.lifted_on, closing_review=w.closing_review)


def _filtered_warnings(q: _Q, f: WarningFilter, today: date) -> _Q:
    cond = matches_any((Person.name, MoodWarning.reason), f.text)
    if cond is not None:
        q = q.where(cond)
    if f.branch_id is not None:
        q = q.where(Person.branch_id == f.branch_id)
    if f.open_only:
        q = q.where(MoodWarning.status.not_in(list(CLOSED_STATUSES)))
    if f.level is not None:
        q = q.where(MoodWarning.level == f.level)
    if f.overdue_only:
        q = q.where(MoodWarning.due_on < today)
    if f.awaiting_answer:
        q = q.where(MoodWarning.needs_report.is_(True), MoodWarning.answered_on.is_(None))
    return q


def _require_names(actor: Actor) -> None:
    if not actor.may_read_mood_files:
        if actor.user_id is None:
            raise PermissionDenied(privacy.CLI_REFUSED)
        raise PermissionDenied(COUNTS_ONLY)


# ---------------------------------------------------------------- reads


def count_warnings(ctx: Ctx, f: WarningFilter, today: date) -> int:
    _require_names(ctx.actor)
    with ctx.read() as s:
        readable = _scope_worker_ids(s, ctx.actor, today)
        q = _filtered_warnings(_restrict(select(func.count(MoodWarning.id)).join(MoodFile, MoodWarning.file_id == MoodFile.id)
                                         .join(Person, MoodFile.worker_id == Person.id),
                                         MoodFile.worker_id, readable, ctx.actor, today), f, today)
        return s.scalar(q) or 0


def list_warnings(ctx: Ctx, f: WarningFilter, today: date, offset: int = 0, limit: int = 200) -> list[WarningRow]:
    """The warnings he may see, overdue first (red, yellow, blue), then by due date."""
    _require_names(ctx.actor)
    with ctx.read() as s:
        readable = _scope_worker_ids(s, ctx.actor, today)
        q = _restrict(_warning_select(), MoodFile.worker_id, readable, ctx.actor, today)
        q = _filtered_warnings(q, f, today).order_by(*_order(today)).offset(offset).limit(limit)
        return _rows(s, list(s.execute(q)), today)


def _file_select() -> Select:
    open_count = (select(func.count(MoodWarning.id)).where(MoodWarning.file_id == MoodFile.id,
                                                           MoodWarning.status.not_in(list(CLOSED_STATUSES)))
                  .correlate(MoodFile).scalar_subquery())
    top = (select(func.min(case({WarningLevel.RED: 0, WarningLevel.YELLOW: 1, WarningLevel.BLUE: 2},
                                value=MoodWarning.level)))
           .where(MoodWarning.file_id == MoodFile.id, MoodWarning.status.not_in(list(CLOSED_STATUSES)))
           .correlate(MoodFile).scalar_subquery())
    entries = (select(func.count(MoodEntry.id)).where(MoodEntry.file_id == MoodFile.id)
               .correlate(MoodFile).scalar_subquery())
    return (select(Person.id, MoodFile.id, Person.name, Branch.name, _UNIT.name, entries, open_count, top)
            .join(Branch, Person.branch_id == Branch.id)
            .outerjoin(_UNIT, Person.unit_id == _UNIT.id)
            .outerjoin(MoodFile, MoodFile.worker_id == Person.id)
            .where(Person.archived_at.is_(None),
                   Person.political_status.not_in([p for p in _party_statuses()])))


def _party_statuses() -> list[Any]:
    from dangjian_desktop.domain.org import PoliticalStatus

    return [p for p in PoliticalStatus if p.is_party_member]


def _filtered_files(q: _Q, f: FileFilter) -> _Q:
    cond = matches_any((Person.name, Person.name_pinyin, Person.employee_no), f.text)
    if cond is not None:
        q = q.where(cond)
    if f.branch_id is not None:
        q = q.where(Person.branch_id == f.branch_id)
    if f.with_open_warnings:
        q = q.where(MoodFile.id.in_(select(MoodWarning.file_id).where(MoodWarning.status.not_in(list(CLOSED_STATUSES)))))
    return q


def count_files(ctx: Ctx, f: FileFilter, today: date) -> int:
    _require_names(ctx.actor)
    with ctx.read() as s:
        readable = _scope_worker_ids(s, ctx.actor, today)
        base = _filtered_files(_restrict(_file_select(), Person.id, readable, ctx.actor, today), f)
        return s.scalar(select(func.count()).select_from(base.subquery())) or 0


def list_files(ctx: Ctx, f: FileFilter, today: date, offset: int = 0, limit: int = 200) -> list[FileRow]:
    """The workers whose files he may read (书记 all, 委员 his covered ones), in pinyin order."""
    _require_names(ctx.actor)
    with ctx.read() as s:
        readable = _scope_worker_ids(s, ctx.actor, today)
        q = _filtered_files(_restrict(_file_select(), Person.id, readable, ctx.actor, today), f)
        rows = list(s.execute(q.order_by(Person.name_pinyin, Person.id).offset(offset).limit(limit)))
        cover = coverage.covering_members(s, [r[0] for r in rows], today)
        names = _names(s, {m for ms in cover.values() for m in ms})
    levels = list(LEVEL_ORDER)
    return [FileRow(pid, fid, name, branch, unit or "", "、".join(names[m] for m in cover[pid]), entries or 0,
                    opened or 0, levels[top] if top is not None else None)
            for pid, fid, name, branch, unit, entries, opened, top in rows]


def open_file(ctx: Ctx, worker_id: int, today: date, audit: bool = True) -> FileDetail:
    """A worker's whole file: the audited read (a refused one is audited too); ``audit=False``
    only to show it again after a change made in the dialog that read it."""
    _require_readable(ctx, worker_id, today, "查看")
    with ctx.uow() as s:
        privacy.require_mood_read(s, ctx.actor, worker_id, today, audit=audit)  # the audit entry
        p = s.get(Person, worker_id)
        if p is None:
            raise NotFound(WORKER_GONE)
        f = s.scalar(select(MoodFile).where(MoodFile.worker_id == worker_id))
        cover = coverage.covering_members(s, [worker_id], today)[worker_id]
        names = _names(s, set(cover))
        entries: list[EntryRow] = []
        warnings: list[WarningRow] = []
        if f is not None:
            es = list(s.scalars(select(MoodEntry).where(MoodEntry.file_id == f.id)
                                .order_by(MoodEntry.recorded_on.desc(), MoodEntry.id.desc())))
            rec = _names(s, {e.recorder_id for e in es if e.recorder_id})
            entries = [EntryRow(e.id, e.recorded_on, rec.get(e.recorder_id or 0, ""), e.category, e.content) for e in es]
            q = _warning_select().where(MoodWarning.file_id == f.id).order_by(*_order(today))
            warnings = _rows(s, list(s.execute(q)), today)
        return FileDetail(worker_id, f.id if f else None, p.name, p.branch.name, p.unit.name if p.unit else "",
                          p.post or "", [(m, names[m]) for m in cover], entries, warnings)


def _warning_worker(s: Session, warning_id: int) -> int:
    worker = s.scalar(select(MoodFile.worker_id).join(MoodWarning, MoodWarning.file_id == MoodFile.id)
                      .where(MoodWarning.id == warning_id))
    if worker is None:
        raise NotFound(WARNING_GONE)
    return worker


def warning_detail(ctx: Ctx, warning_id: int, today: date, audit: bool = True) -> WarningDetail:
    """One warning with its actions and its escalation history (an audited read; ``audit=False``
    for showing it again after the user's own change in a dialog he opened with an audited read)."""
    with ctx.read() as s:
        worker = _warning_worker(s, warning_id)
    _require_readable(ctx, worker, today, "查看")
    with ctx.uow() as s:
        privacy.require_mood_read(s, ctx.actor, worker, today, audit=audit)
        chain = _chain(s, warning_id)
        q = _warning_select().where(MoodWarning.id.in_(chain))
        rows = {r.id: r for r in _rows(s, list(s.execute(q)), today)}
        acts = list(s.scalars(select(WarningAction).where(WarningAction.warning_id == warning_id)
                              .order_by(WarningAction.acted_on, WarningAction.id)))
        names = _names(s, {a.actor_id for a in acts if a.actor_id})
        actions = [ActionRow(a.id, a.kind, a.acted_on, names.get(a.actor_id or 0, ""), a.content) for a in acts]
        return WarningDetail(rows[warning_id], actions, [rows[i] for i in chain if i != warning_id])


def _chain(s: Session, warning_id: int) -> list[int]:
    """The ids of the escalation chain through ``warning_id``, oldest first."""
    back = [warning_id]
    seen = {warning_id}
    while True:
        prev = s.scalar(select(MoodWarning.escalated_from_id).where(MoodWarning.id == back[0]))
        if prev is None or prev in seen:
            break
        back.insert(0, prev)
        seen.add(prev)
    while True:
        nxt = s.scalar(select(MoodWarning.id).where(MoodWarning.escalated_from_id == back[-1]))
        if nxt is None or nxt in seen:
            break
        back.append(nxt)
        seen.add(nxt)
    return back


def counts(ctx: Ctx, today: date, branch_id: int | None = None) -> MoodCounts:
    """Numbers only, for everyone signed in (a 查看 account sees no more): files and open,
    overdue and awaiting warnings of the whole program (or the branch)."""
    with ctx.read() as s:
        files_q = select(func.count(MoodFile.id)).join(Person, MoodFile.worker_id == Person.id)
        w_q = (select(MoodWarning.level, func.count(MoodWarning.id),
                      func.sum(case((MoodWarning.due_on < today, 1), else_=0)))
               .join(MoodFile, MoodWarning.file_id == MoodFile.id).join(Person, MoodFile.worker_id == Person.id)
               .where(MoodWarning.status.not_in(list(CLOSED_STATUSES))).group_by(MoodWarning.level))
        a_q = (select(func.count(MoodWarning.id)).join(MoodFile, MoodWarning.file_id == MoodFile.id)
               .join(Person, MoodFile.worker_id == Person.id)
               .where(MoodWarning.needs_report.is_(True), MoodWarning.answered_on.is_(None)))
        if branch_id is not None:
            files_q = files_q.where(Person.branch_id == branch_id)
            w_q = w_q.where(Person.branch_id == branch_id)
            a_q = a_q.where(Person.branch_id == branch_id)
        opened = {lv: 0 for lv in WarningLevel}
        overdue = {lv: 0 for lv in WarningLevel}
        for level, n, late in s.execute(w_q):
            opened[level], overdue[level] = n, int(late or 0)
        return MoodCounts(s.scalar(files_q) or 0, opened, overdue, s.scalar(a_q) or 0)


def badge_count(ctx: Ctx, today: date) -> int:
    """Overdue red and yellow warnings the signed-in user may see (0 for whoever may see none)."""
    if not ctx.actor.may_read_mood_files:
        return 0
    with ctx.read() as s:
        readable = _scope_worker_ids(s, ctx.actor, today)
        q = (select(func.count(MoodWarning.id)).join(MoodFile, MoodWarning.file_id == MoodFile.id)
             .where(MoodWarning.status.not_in(list(CLOSED_STATUSES)), MoodWarning.due_on < today,
                    MoodWarning.level.in_([WarningLevel.RED, WarningLevel.YELLOW])))
        return s.scalar(_restrict(q, MoodFile.worker_id, readable, ctx.actor, today)) or 0


def workers_choice(ctx: Ctx, today: date, text: str = "", limit: int = 50) -> list[tuple[int, str]]:
    """(id, "name · branch · unit") of workers he may raise a warning for or write about."""
    rows = list_files(ctx, FileFilter(text=text), today, 0, limit)
    return [(r.worker_id, " · ".join(x for x in (r.name, r.branch, r.unit) if x)) for r in rows]


def people_choice(ctx: Ctx, branch_id: int | None = None) -> list[tuple[int, str]]:
    """(id, name) of the Party members who may be given a warning (assignee)."""
    _require_names(ctx.actor)
    with ctx.read() as s:
        q = (select(Person.id, Person.name).where(Person.archived_at.is_(None),
                                                   Person.political_status.in_(_party_statuses()))
             .order_by(Person.name_pinyin))
        if branch_id is not None:
            q = q.where(Person.branch_id == branch_id)
        return list(s.execute(q))


# ---------------------------------------------------------------- writes


@contextmanager
def _warning_write(ctx: Ctx, warning_id: int, today: date, version: int | None = None) -> Iterator[
        tuple[Session, MoodWarning, Person]]:
    ctx.actor.require_write()
    with ctx.read() as s:
        worker = _warning_worker(s, warning_id)
    _require_readable(ctx, worker, today, "处置")
    with ctx.uow() as s:
        privacy.require_mood_read(s, ctx.actor, worker, today, audit=False)
        if version is None:
            w = s.get(MoodWarning, warning_id)
            if w is None:
                raise NotFound(WARNING_GONE)
        else:
            w = records.load_for_edit(s, MoodWarning, warning_id, version, WARNING_GONE)
        p = s.get(Person, worker)
        assert p is not None
        yield s, w, p


def _refresh_due(s: Session, w: MoodWarning) -> None:
    s.flush()
    acts = [(k, d) for k, d in s.execute(select(WarningAction.kind, WarningAction.acted_on)
                                         .where(WarningAction.warning_id == w.id))]
    w.due_on = due_on_from_actions(w.level, w.status, w.raised_on, acts, _limits(s))


def add_entry(ctx: Ctx, worker_id: int, recorded_on: date | None, category: MoodCategory | None, content: str,
              today: date) -> int:
    """A dated entry in a worker's file (the file is opened on the first one)."""
    ctx.actor.require_write()
    category = MoodCategory(category) if category else None
    problems = _check_day(recorded_on, "记录日期", today)
    if category is None:
        problems.append("请选择类别")
    text = _text(content, "内容", TEXT_MAX, problems)
    records.raise_problems(problems)
    _require_readable(ctx, worker_id, today, "记录")
    with ctx.uow() as s:
        privacy.require_mood_read(s, ctx.actor, worker_id, today, audit=False)
        p = _worker_row(s, worker_id)
        f = _file_for(s, p, today)
        assert recorded_on is not None and category is not None
        e = MoodEntry(file_id=f.id, recorded_on=recorded_on, recorder_id=ctx.actor.person_id, category=category,
                      content=text)
        s.add(e)
        s.flush()
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.MOOD_ENTRY, e.id,
                     f"为职工 {p.name} 记录思想动态（{category.value}，{recorded_on:%Y-%m-%d}）")
        return e.id


def raise_warning(ctx: Ctx, worker_id: int, level: WarningLevel | None, reason: str, raised_on: date | None,
                  today: date, needs_report: bool = False, assignee_id: int | None = None) -> int:
    """A new 红/黄/蓝 warning (新建, or 已指派 when an assignee is given)."""
    ctx.actor.require_write()
    level = WarningLevel(level) if level else None
    problems = _check_day(raised_on, "预警日期", today)
    if level is None:
        problems.append("请选择预警等级")
    text = _text(reason, "预警原因", REASON_MAX, problems)
    records.raise_problems(problems)
    _require_readable(ctx, worker_id, today, "预警")
    with ctx.uow() as s:
        privacy.require_mood_read(s, ctx.actor, worker_id, today, audit=False)
        p = _worker_row(s, worker_id)
        assert level is not None and raised_on is not None
        f = _file_for(s, p, min(raised_on, today))
        w = MoodWarning(file_id=f.id, level=level, reason=text, raised_on=raised_on, raised_by_id=ctx.actor.person_id,
                        status=WarningStatus.NEW, needs_report=needs_report)
        s.add(w)
        s.flush()
        if assignee_id is not None:
            _assign(s, ctx, w, assignee_id, raised_on)
        _refresh_due(s, w)
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.MOOD_WARNING, w.id,
                     f"为职工 {p.name} 新建{level.value}色预警（{raised_on:%Y-%m-%d}）")
        return w.id


def _assign(s: Session, ctx: Ctx, w: MoodWarning, assignee_id: int, on: date) -> str:
    person = s.get(Person, assignee_id)
    if person is None or person.archived_at is not None or not person.political_status.is_party_member:
        raise ValidationError("处置责任人应为在册党员。")
    w.assignee_id = assignee_id
    if w.status is WarningStatus.NEW:
        w.status = WarningStatus.ASSIGNED
    s.add(WarningAction(warning_id=w.id, kind=WarningActionKind.ASSIGN, acted_on=on, actor_id=ctx.actor.person_id,
                        content=f"指派 {person.name} 负责处置"))
    return person.name


def assign(ctx: Ctx, warning_id: int, assignee_id: int | None, on: date | None, today: date) -> None:
    problems = _check_day(on, "指派日期", today)
    if assignee_id is None:
        problems.append("请选择处置责任人")
    records.raise_problems(problems)
    with _warning_write(ctx, warning_id, today) as (s, w, p):
        _open_only(w)
        assert on is not None and assignee_id is not None
        records.raise_problems(_check_day(on, "指派日期", today, w.raised_on, "预警日期"))
        name = _assign(s, ctx, w, assignee_id, on)
        _refresh_due(s, w)
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.MOOD_WARNING, w.id,
                     f"职工 {p.name} 的{w.level.value}色预警指派给 {name}")


def _open_only(w: MoodWarning) -> None:
    if w.status in CLOSED_STATUSES:
        raise ValidationError(CLOSED)


def record_action(ctx: Ctx, warning_id: int, kind: WarningActionKind | None, acted_on: date | None, content: str,
                  today: date, actor_id: int | None = None) -> int:
    """谈心谈话, 家访, 帮扶, 上报 or 复查, dated no earlier than the warning and not in the future;
    the warning moves to 处置中 and its next step is due again."""
    problems = _check_day(acted_on, "处置日期", today)
    kind = WarningActionKind(kind) if kind else None
    if kind is None or kind not in RECORDABLE:
        problems.append("请选择处置方式（谈心谈话、家访、帮扶、上报或复查）")
    text = _text(content, "处置情况", TEXT_MAX, problems)
    records.raise_problems(problems)
    with _warning_write(ctx, warning_id, today) as (s, w, p):
        _open_only(w)
        assert acted_on is not None and kind is not None
        records.raise_problems(_check_day(acted_on, "处置日期", today, w.raised_on, "预警日期"))
        if kind is WarningActionKind.REPORT:
            w.needs_report = True
        a = WarningAction(warning_id=w.id, kind=kind, acted_on=acted_on,
                          actor_id=actor_id if actor_id is not None else ctx.actor.person_id, content=text)
        s.add(a)
        w.status = WarningStatus.HANDLING
        _refresh_due(s, w)
        s.flush()
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.MOOD_WARNING, w.id,
                     f"职工 {p.name} 的{w.level.value}色预警：{kind.value}（{acted_on:%Y-%m-%d}）")
        return a.id


def lift(ctx: Ctx, warning_id: int, lifted_on: date | None, closing_review: str, today: date) -> None:
    """已解除, with the closing review (复查结论) required."""
    problems = _check_day(lifted_on, "解除日期", today)
    text = _text(closing_review, "解除前的复查结论", TEXT_MAX, problems)
    records.raise_problems(problems)
    with _warning_write(ctx, warning_id, today) as (s, w, p):
        _open_only(w)
        assert lifted_on is not None
        records.raise_problems(_check_day(lifted_on, "解除日期", today, w.raised_on, "预警日期"))
        w.status = WarningStatus.LIFTED
        w.lifted_on = lifted_on
        w.closing_review = text
        s.add(WarningAction(warning_id=w.id, kind=WarningActionKind.LIFT, acted_on=lifted_on,
                            actor_id=ctx.actor.person_id, content=text))
        w.due_on = None
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.MOOD_WARNING, w.id,
                     f"解除职工 {p.name} 的{w.level.value}色预警（{lifted_on:%Y-%m-%d}）")


def escalate(ctx: Ctx, warning_id: int, reason: str, on: date | None, today: date) -> int:
    """升级: a new warning one level up linked by ``escalated_from_id``; the old one is kept, 已升级."""
    problems = _check_day(on, "升级日期", today)
    text = _text(reason, "升级原因", REASON_MAX, problems)
    records.raise_problems(problems)
    with _warning_write(ctx, warning_id, today) as (s, w, p):
        _open_only(w)
        assert on is not None
        records.raise_problems(_check_day(on, "升级日期", today, w.raised_on, "预警日期"))
        up = UP.get(w.level)
        if up is None:
            raise ValidationError("红色预警已是最高等级，不能再升级。")
        w.status = WarningStatus.ESCALATED
        w.due_on = None
        s.add(WarningAction(warning_id=w.id, kind=WarningActionKind.ESCALATE, acted_on=on,
                            actor_id=ctx.actor.person_id, content=text))
        new = MoodWarning(file_id=w.file_id, level=up, reason=text, raised_on=on, raised_by_id=ctx.actor.person_id,
                          status=WarningStatus.NEW, escalated_from_id=w.id, needs_report=w.needs_report,
                          assignee_id=None)
        s.add(new)
        s.flush()
        if w.assignee_id is not None:
            _assign(s, ctx, new, w.assignee_id, on)
        _refresh_due(s, new)
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.MOOD_WARNING, w.id,
                     f"职工 {p.name} 的{w.level.value}色预警升级为{up.value}色（新预警 #{new.id}）")
        return new.id


def set_needs_report(ctx: Ctx, warning_id: int, needs: bool, today: date) -> None:
    with _warning_write(ctx, warning_id, today) as (s, w, p):
        if w.needs_report == needs:
            return
        if not needs and w.answered_on is not None:
            raise ValidationError("矿上已答复，不能取消“需上报”。")
        w.needs_report = needs
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.MOOD_WARNING, w.id,
                     f"职工 {p.name} 的{w.level.value}色预警{'标记为需上报' if needs else '取消需上报'}")


def record_answer(ctx: Ctx, warning_id: int, answer: str, answered_on: date | None, today: date) -> None:
    """The mine's answer to a 需上报 warning, and its date."""
    problems = _check_day(answered_on, "答复日期", today)
    text = _text(answer, "矿上答复", TEXT_MAX, problems)
    records.raise_problems(problems)
    with _warning_write(ctx, warning_id, today) as (s, w, p):
        if not w.needs_report:
            raise ValidationError("该预警未标记为需上报，无需记录矿上答复。")
        assert answered_on is not None
        records.raise_problems(_check_day(answered_on, "答复日期", today, w.raised_on, "预警日期"))
        w.report_answer = text
        w.answered_on = answered_on
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.MOOD_WARNING, w.id,
                     f"记录矿上对职工 {p.name} 的{w.level.value}色预警的答复（{answered_on:%Y-%m-%d}）")


# ---------------------------------------------------------------- time limits


def warning_limits(ctx: Ctx) -> WarningLimits:
    with ctx.read() as s:
        return _limits(s)


LIMIT_LABELS = {
    "red_talk_days": "红色·首次谈话（天）", "red_measures_days": "红色·落实措施（天）", "red_review_days": "红色·复查间隔（天）",
    "yellow_talk_days": "黄色·首次谈话（天）", "yellow_review_days": "黄色·复查间隔（天）",
    "blue_talk_days": "蓝色·首次谈话（天）", "blue_review_days": "蓝色·复查间隔（天）",
}


def set_warning_limits(ctx: Ctx, values: dict[str, Any]) -> WarningLimits:
    """The secretary changes the time limits (whole days, 1 to 365). Deadlines already given stay."""
    ctx.actor.require_secretary()
    problems = []
    good: dict[str, int] = {}
    for key, label in LIMIT_LABELS.items():
        v = values.get(key)
        if not isinstance(v, int) or isinstance(v, bool) or not 1 <= v <= 365:
            problems.append(f"{label}应为 1 到 365 之间的整数")
        else:
            good[key] = v
    records.raise_problems(problems)
    limits = WarningLimits(**good)
    with ctx.uow() as s:
        old = _limits(s)
        if old == limits:
            return limits
        shared_settings.write_setting(s, WARNING_LIMITS_KEY, limits.to_json())
        changes = {k: [getattr(old, k), v] for k, v in good.items() if getattr(old, k) != v}
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.SETTING, None, "修改红黄蓝预警处置时限", changes)
    return limits


# ---------------------------------------------------------------- 工作台


def _wl_level_name(level: WarningLevel) -> str:
    return f"{level.value}色预警"


def worklist_overdue(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """Overdue talks, measures and reviews of red and yellow warnings (personal source)."""
    from .worklist import Urgency, WorkItem, WorkTarget  # worklist imports this module

    readable = privacy.readable_worker_ids(s, actor, today)
    q = _restrict(_warning_select(), MoodFile.worker_id, readable, actor, today).where(
        MoodWarning.status.not_in(list(CLOSED_STATUSES)), MoodWarning.due_on < today,
        MoodWarning.level.in_([WarningLevel.RED, WarningLevel.YELLOW])).order_by(*_order(today))
    return [WorkItem(AREA, f"{r.name} {_wl_level_name(r.level)}：{r.next_step}已逾期",
                     f"{r.branch}{' · ' + r.unit if r.unit else ''} · 应于 {r.due_on:%Y-%m-%d} 前完成 · {shorten(r.reason, 30)}",
                     r.due_on, Urgency.OVERDUE, WorkTarget("mood_warning", r.id))
            for r in _rows(s, list(s.execute(q)), today) if r.due_on is not None]


def _reported_since() -> tuple[Any, Any]:
    """(subquery of each warning's first 上报 date, the date an answer is awaited since: that, or raised_on)."""
    reported = (select(WarningAction.warning_id, func.min(WarningAction.acted_on).label("on"))
                .where(WarningAction.kind == WarningActionKind.REPORT).group_by(WarningAction.warning_id).subquery())
    return reported, func.coalesce(reported.c.on, MoodWarning.raised_on)


def _awaited_long(q: _Q, reported: Any, since: Any, today: date) -> _Q:
    return (q.outerjoin(reported, reported.c.warning_id == MoodWarning.id)
            .where(MoodWarning.needs_report.is_(True), MoodWarning.answered_on.is_(None),
                   since < today - timedelta(days=ANSWER_WAIT_DAYS)))


def worklist_answers(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """需上报 warnings whose answer from the mine is awaited more than 14 days (since reported)."""
    from .worklist import Urgency, WorkItem, WorkTarget  # worklist imports this module

    readable = privacy.readable_worker_ids(s, actor, today)
    reported, since = _reported_since()
    q = _awaited_long(_restrict(_warning_select().add_columns(since), MoodFile.worker_id, readable, actor, today),
                      reported, since, today).order_by(since)
    out = []
    for w, _pid, name, branch, _unit, asked in s.execute(q):
        out.append(WorkItem(AREA, f"{name} {_wl_level_name(w.level)}：矿上答复已等待{(today - asked).days}天",
                            f"{branch} · {asked:%Y-%m-%d} 上报 · {shorten(w.reason, 30)}",
                            asked + timedelta(days=ANSWER_WAIT_DAYS), Urgency.OVERDUE, WorkTarget("mood_warning", w.id)))
    return out


def worklist_counts(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """For whoever may not read the files (查看): the same two figures as counts, no names."""
    from .worklist import Urgency, WorkItem  # worklist imports this module

    if actor.may_read_mood_files:
        return []
    late = s.scalar(select(func.count(MoodWarning.id)).where(
        MoodWarning.status.not_in(list(CLOSED_STATUSES)), MoodWarning.due_on < today,
        MoodWarning.level.in_([WarningLevel.RED, WarningLevel.YELLOW]))) or 0
    reported, since = _reported_since()
    waiting = s.scalar(_awaited_long(select(func.count(MoodWarning.id)), reported, since, today)) or 0
    items = []
    if late:
        items.append(WorkItem(AREA, f"{late} 条红、黄色预警的处置已逾期", "个人信息不对“查看”账号显示。", None, Urgency.OVERDUE))
    if waiting:
        items.append(WorkItem(AREA, f"{waiting} 条上报事项等待矿上答复超过{ANSWER_WAIT_DAYS}天", "个人信息不对“查看”账号显示。",
                              None, Urgency.DUE_TODAY))
    return items


# ---------------------------------------------------------------- monthly analysis


@dataclass(frozen=True)
class AnalysisLine:
    name: str
    unit: str
    level: WarningLevel
    status: WarningStatus
    reason: str
    next_step: str
    due_on: date | None
    overdue: bool
    raised_on: date


@dataclass(frozen=True)
class MonthlyAnalysis:
    month: str
    branch: str  # "全部支部" when none chosen
    branch_id: int | None
    made_for: str  # who asked: the actor's label
    names_shown: str  # "全部", "本人包保的职工", "不显示"
    by_level: dict[WarningLevel, int]  # warnings raised in the month
    by_category: dict[MoodCategory, int]  # entries recorded in the month
    by_unit: list[tuple[str, int, int]]  # unit, entries, warnings raised in the month
    raised: int
    lifted: int
    overdue: int  # open on the month's last day (or today) with the next step past due
    open_red_yellow: list[AnalysisLine]  # by name (only whom he may see)
    awaiting: list[AnalysisLine]  # 需上报 with no answer yet
    awaiting_count: int
    summary: str
    held_on: date | None
    trend: list[tuple[str, dict[WarningLevel, int]]] = field(default_factory=list)  # 12 months, oldest first


def _branch_id(s: Session, name: str | None) -> tuple[int | None, str]:
    if not name:
        return None, "全部支部"
    text = clean_text(name)
    bid = s.scalar(select(Branch.id).where(Branch.name == text))
    if bid is None:
        raise ValidationError(f"找不到支部“{text}”。")
    return bid, text


def branch_id_by_name(ctx: Ctx, name: str) -> int:
    with ctx.read() as s:
        bid, _ = _branch_id(s, name)
    assert bid is not None
    return bid


def _month(period: str) -> Period:
    return parse_period(period, PeriodKind.MONTH)


def monthly_analysis(ctx: Ctx, period: str, branch_id: int | None, today: date) -> MonthlyAnalysis:
    """The month's figures for a branch (or all): counts for everyone signed in, names only of
    whom he may read (书记 all, 委员 his covered workers, 查看 none)."""
    if ctx.actor.user_id is None:
        raise PermissionDenied(privacy.CLI_REFUSED)
    month = _month(period)
    ref = min(month.end, today)
    with ctx.read() as s:
        branch = "全部支部"
        if branch_id is not None:
            b = s.get(Branch, branch_id)
            if b is None:
                raise NotFound("该支部不存在。")
            branch = b.name

        def scoped(q: _Q) -> _Q:
            return q if branch_id is None else q.where(Person.branch_id == branch_id)

        wq = (select(MoodWarning.level, func.count(MoodWarning.id)).join(MoodFile, MoodWarning.file_id == MoodFile.id)
              .join(Person, MoodFile.worker_id == Person.id)
              .where(MoodWarning.raised_on.between(month.start, month.end)).group_by(MoodWarning.level))
        by_level = {lv: 0 for lv in WarningLevel}
        by_level.update(dict(s.execute(scoped(wq)).all()))
        eq = (select(MoodEntry.category, func.count(MoodEntry.id)).join(MoodFile, MoodEntry.file_id == MoodFile.id)
              .join(Person, MoodFile.worker_id == Person.id)
              .where(MoodEntry.recorded_on.between(month.start, month.end)).group_by(MoodEntry.category))
        by_category = {c: 0 for c in MoodCategory}
        by_category.update(dict(s.execute(scoped(eq)).all()))
        unit_name = func.coalesce(_UNIT.name, "（未分区队）")
        ue = dict(s.execute(scoped(
            select(unit_name, func.count(MoodEntry.id)).join(MoodFile, MoodEntry.file_id == MoodFile.id)
            .join(Person, MoodFile.worker_id == Person.id).outerjoin(_UNIT, Person.unit_id == _UNIT.id)
            .where(MoodEntry.recorded_on.between(month.start, month.end)).group_by(unit_name))).all())
        uw = dict(s.execute(scoped(
            select(unit_name, func.count(MoodWarning.id)).join(MoodFile, MoodWarning.file_id == MoodFile.id)
            .join(Person, MoodFile.worker_id == Person.id).outerjoin(_UNIT, Person.unit_id == _UNIT.id)
            .where(MoodWarning.raised_on.between(month.start, month.end)).group_by(unit_name))).all())
        by_unit = sorted(((u, ue.get(u, 0), uw.get(u, 0)) for u in set(ue) | set(uw)), key=lambda t: (-t[2], -t[1], t[0]))
        count_w = (select(func.count(MoodWarning.id)).join(MoodFile, MoodWarning.file_id == MoodFile.id)
                   .join(Person, MoodFile.worker_id == Person.id))
        lifted = s.scalar(scoped(count_w.where(MoodWarning.lifted_on.between(month.start, month.end)))) or 0
        open_then = or_(MoodWarning.status.not_in(list(CLOSED_STATUSES)),
                        MoodWarning.lifted_on > ref)
        overdue = s.scalar(scoped(count_w.where(MoodWarning.raised_on <= ref, MoodWarning.due_on < ref,
                                                MoodWarning.status.not_in(list(CLOSED_STATUSES))))) or 0
        awaiting_count = s.scalar(scoped(count_w.where(MoodWarning.needs_report.is_(True),
                                                       MoodWarning.raised_on <= month.end,
                                                       or_(MoodWarning.answered_on.is_(None),
                                                           MoodWarning.answered_on > ref))))
        readable = privacy.readable_worker_ids(s, ctx.actor, today)
        open_lines: list[AnalysisLine] = []
        awaiting: list[AnalysisLine] = []
        if ctx.actor.may_read_mood_files:
            base = _restrict(scoped(_warning_select()), MoodFile.worker_id, readable, ctx.actor, today)
            rows = _rows(s, list(s.execute(base.where(
                MoodWarning.raised_on <= ref, open_then, MoodWarning.status != WarningStatus.ESCALATED,
                MoodWarning.level.in_([WarningLevel.RED, WarningLevel.YELLOW])).order_by(*_order(ref)))), ref)
            open_lines = [_line(r) for r in rows]
            rows = _rows(s, list(s.execute(base.where(
                MoodWarning.needs_report.is_(True), MoodWarning.raised_on <= month.end,
                or_(MoodWarning.answered_on.is_(None), MoodWarning.answered_on > ref))
                .order_by(MoodWarning.raised_on))), ref)
            awaiting = [_line(r) for r in rows]
        summary, held = "", None
        if branch_id is not None:
            a = s.scalar(select(MoodAnalysis).where(MoodAnalysis.branch_id == branch_id, MoodAnalysis.month == month.label))
            if a is not None:
                summary, held = a.summary or "", a.held_on
        else:
            texts = list(s.execute(select(Branch.name, MoodAnalysis.summary).join(Branch, MoodAnalysis.branch_id == Branch.id)
                                   .where(MoodAnalysis.month == month.label, MoodAnalysis.summary.is_not(None))
                                   .order_by(Branch.name)))
            summary = "\n".join(f"{n}：{t}" for n, t in texts)
        trend = _trend(s, month, scoped)
    names_shown = ("全部" if readable is None else "本人包保的职工" if ctx.actor.may_read_mood_files else "不显示")
    return MonthlyAnalysis(month.label, branch, branch_id, ctx.actor.label, names_shown, by_level, by_category, by_unit,
                           sum(by_level.values()), lifted, overdue, open_lines, awaiting, awaiting_count or 0,
                           summary, held, trend)


def _line(r: WarningRow) -> AnalysisLine:
    return AnalysisLine(r.name, r.unit, r.level, r.status, r.reason, r.next_step, r.due_on, r.overdue, r.raised_on)


def _trend(s: Session, month: Period, scoped: Any) -> list[tuple[str, dict[WarningLevel, int]]]:
    months: list[Period] = []
    d = month.start
    for _ in range(12):
        months.insert(0, month_of(d))
        d = (d.replace(day=1) - timedelta(days=1)).replace(day=1)
    start = months[0].start
    q = (select(MoodWarning.raised_on, MoodWarning.level).join(MoodFile, MoodWarning.file_id == MoodFile.id)
         .join(Person, MoodFile.worker_id == Person.id).where(MoodWarning.raised_on.between(start, month.end)))
    out = {m.label: {lv: 0 for lv in WarningLevel} for m in months}
    for raised, level in s.execute(scoped(q)):
        out[_month_label(raised)][level] += 1
    return [(m.label, out[m.label]) for m in months]


def save_summary(ctx: Ctx, branch_id: int, period: str, summary: str, held_on: date | None, today: date) -> None:
    """The branch meeting's conclusions for the month (书记 or 委员)."""
    ctx.actor.require_write()
    month = _month(period)
    problems: list[str] = []
    text = _text(summary, "分析结论", 4000, problems, required=False)
    if held_on is not None and held_on > today:
        problems.append(f"分析会日期不能晚于今天（{today:%Y-%m-%d}）")
    records.raise_problems(problems)
    with ctx.uow() as s:
        if s.get(Branch, branch_id) is None:
            raise NotFound("该支部不存在。")
        a = s.scalar(select(MoodAnalysis).where(MoodAnalysis.branch_id == branch_id, MoodAnalysis.month == month.label))
        if a is None:
            a = MoodAnalysis(branch_id=branch_id, month=month.label)
            s.add(a)
        a.summary = text or None
        a.held_on = held_on
        s.flush()
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.MOOD_ANALYSIS, a.id,
                     f"保存 {month.label} 月度思想动态分析结论")


def export_analysis(ctx: Ctx, period: str, branch_id: int | None, path: Any, today: date,
                    progress: Any = None) -> MonthlyAnalysis:
    """The monthly analysis to a PDF or xlsx file (by its suffix), every page marked 内部资料 ·
    注意保密; the export is audited (who, which month, which branch, which file)."""
    from pathlib import Path

    from dangjian_desktop.exporting import mood_analysis as out

    path = Path(path)
    kind = path.suffix.lower()
    if kind not in (".pdf", ".xlsx"):
        raise ValidationError(f"输出文件应以 .pdf 或 .xlsx 结尾：{path.name}")
    data = monthly_analysis(ctx, period, branch_id, today)
    if progress is not None:
        progress(30, "正在生成文件…")
    if kind == ".pdf":
        out.write_pdf(data, path)
    else:
        out.write_xlsx(data, path)
    with ctx.uow() as s:
        audit.record(s, ctx.actor, AuditAction.EXPORT, AuditEntity.MOOD_ANALYSIS, None,
                     f"导出 {data.month} 月度思想动态分析（{data.branch}，姓名：{data.names_shown}）到 {path.name}",
                     {"month": data.month, "branch_id": branch_id, "file": path.name})
    if progress is not None:
        progress(100, "完成")
    return data
