"""考核与评比: commendations (评先选优) and their per-quarter limits.

The start of the assessment area (issue 14 builds its tab on it). Each public function is one
unit of work that checks the actor, records the change in the audit log and returns frozen
rows. How many 党员之星 and 优质责任区 a branch may confirm each quarter is a shared setting
(``domain.assessment.COMMENDATION_CAPS_KEY``, one each by default), checked here on confirming.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Session

from dangjian_desktop.domain.assessment import (
    COMMENDATION_CAPS_KEY,
    DEFAULT_RANKING_WEIGHTS,
    DEFAULT_SCORE_ITEMS,
    DEFAULT_SCORE_SHEET,
    QUARTERLY_KINDS,
    RANKING_PARTS,
    RANKING_WEIGHTS_KEY,
    VIOLATION_PENALTY,
    BranchTarget,
    Commendation,
    CommendationKind,
    CommendationStatus,
    DutyCheck,
    MonthlySelfCheck,
    QuarterlyReview,
    ScoreSheet,
    ScoreSheetItem,
    SupervisionNote,
    WeeklyScore,
    WeeklyScoreItem,
    combined_score,
    commendation_cap_problem,
    commendation_caps,
    commendation_period_problem,
    labels_within,
    pooled_score,
    ranking_weight_problems,
    ranking_weights,
)
from dangjian_desktop.domain.base import utcnow
from dangjian_desktop.domain.errors import ConflictError, NotFound, ValidationError
from dangjian_desktop.domain.hazards import Accident, Hazard, HazardStatus, Violation
from dangjian_desktop.domain.org import Branch, Person
from dangjian_desktop.domain.periods import Period, PeriodKind, dekad_start, parse_period, quarter_of, week_start
from dangjian_desktop.domain.pledges import Pledge, PledgeStatus
from dangjian_desktop.domain.text import clean_text
from dangjian_desktop.domain.zones import Zone, ZoneReport, ZoneStatus
from dangjian_desktop.printing.data import BranchInfo

from . import audit, points, records
from .audit import AuditAction, AuditEntity
from .pledges import broken_pledges_in
from .shared_settings import read_setting, write_setting
from .uow import Actor, Ctx

if TYPE_CHECKING:
    from .worklist import WorkItem


@dataclass(frozen=True)
class CommendationRow:
    id: int
    version: int
    branch_id: int
    branch_name: str
    period: str  # 2026Q3 / 2026H2 / 2026
    kind: CommendationKind
    status: CommendationStatus
    person_id: int | None
    person_name: str | None
    zone_id: int | None
    zone_name: str | None
    score: float | None
    confirmed_on: date | None
    veto_reason: str | None

    @property
    def candidate(self) -> str:
        """Who or what is commended, as a list shows it."""
        return self.zone_name or self.person_name or ""


def _row(s: Session, c: Commendation) -> CommendationRow:
    branch = s.get(Branch, c.branch_id)
    person = s.get(Person, c.person_id) if c.person_id is not None else None
    zone = s.get(Zone, c.zone_id) if c.zone_id is not None else None
    return CommendationRow(c.id, c.version, c.branch_id, branch.name if branch else "", c.period, c.kind, c.status,
                           c.person_id, person.name if person else None, c.zone_id, zone.name if zone else None,
                           c.score, c.confirmed_on, c.veto_reason)


def get_commendation(ctx: Ctx, commendation_id: int) -> CommendationRow:
    with ctx.read() as s:
        c = s.get(Commendation, commendation_id)
        if c is None:
            raise NotFound("该评先选优记录不存在。")
        return _row(s, c)


# ---------------------------------------------------------------- the per-quarter limits

def quarter_caps(ctx: Ctx) -> dict[CommendationKind, int]:
    """How many 党员之星 / 优质责任区 each branch may confirm per quarter."""
    with ctx.read() as s:
        return commendation_caps(read_setting(s, COMMENDATION_CAPS_KEY))


def set_quarter_caps(ctx: Ctx, caps: dict[CommendationKind, int]) -> dict[CommendationKind, int]:
    """Change the per-quarter limits (secretary only); a kind not given keeps its value."""
    ctx.actor.require_secretary()
    bad = [k.value for k, n in caps.items() if k not in QUARTERLY_KINDS or not isinstance(n, int) or n < 1]
    if bad:
        raise ValidationError(f"{'、'.join(bad)}的每季度名额应为不小于1的整数（且只限党员之星、优质责任区）。")
    with ctx.uow() as s:
        before = commendation_caps(read_setting(s, COMMENDATION_CAPS_KEY))
        after = before | caps
        write_setting(s, COMMENDATION_CAPS_KEY, {k.value: n for k, n in after.items()})
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.SETTING, None,
                     "修改每季度评选名额：" + "、".join(f"{k.value}{n}个" for k, n in after.items()),
                     {"before": {k.value: n for k, n in before.items()}, "after": {k.value: n for k, n in after.items()}})
    return after


# ---------------------------------------------------------------- confirming

def confirm_commendation(ctx: Ctx, commendation_id: int, expected_version: int,
                         today: date | None = None) -> CommendationRow:
    """Confirm a proposed commendation (提名 → 已确认).

    Refused when it was vetoed or is already confirmed, when a 党员之星 / 优质责任区 is not for
    a quarter, and when its branch already has the allowed number of that kind confirmed for
    that quarter (the setting, one by default).
    """
    ctx.actor.require_write()
    with ctx.uow() as s:
        c = s.get(Commendation, commendation_id)
        if c is None:
            raise NotFound("该评先选优记录不存在（可能已被删除）。")
        if c.version != expected_version:
            raise ConflictError()
        if c.status is CommendationStatus.CONFIRMED:
            raise ValidationError("该评先选优已经确认。")
        if c.status is CommendationStatus.VETOED:
            raise ValidationError(f"该提名已被否决（{c.veto_reason or '未填写原因'}），不能确认。")
        problem = commendation_period_problem(c.kind, c.period)
        if problem:
            raise ValidationError(problem)
        reasons = vetoes_of(s, c)
        if reasons:  # recorded since it was proposed (an accident, a 三违 …): refused, nothing written
            raise ValidationError(f"该候选存在否决情形，不能确认：{'；'.join(reasons)}。")
        # The branch row is locked (PostgreSQL) so two offices confirming at once are counted
        # one after the other; SQLite allows one writer at a time anyway.
        branch = s.execute(select(Branch).where(Branch.id == c.branch_id).with_for_update()).scalar_one()
        if c.kind in QUARTERLY_KINDS:
            confirmed = s.scalar(select(func.count(Commendation.id)).where(
                Commendation.branch_id == c.branch_id, Commendation.period == c.period, Commendation.kind == c.kind,
                Commendation.status == CommendationStatus.CONFIRMED, Commendation.id != c.id)) or 0
            problem = commendation_cap_problem(c.kind, c.period, confirmed,
                                               commendation_caps(read_setting(s, COMMENDATION_CAPS_KEY)), branch.name)
            if problem:
                raise ValidationError(problem)
        c.status = CommendationStatus.CONFIRMED
        c.confirmed_on = today or date.today()
        s.flush()
        row = _row(s, c)
        audit.record(s, ctx.actor, AuditAction.CONFIRM, AuditEntity.COMMENDATION, c.id,
                     f"确认{branch.name}{c.period}{c.kind.value}：{row.candidate}",
                     {"period": c.period, "kind": c.kind.value, "person_id": c.person_id, "zone_id": c.zone_id})
    return row


# ================================================================ weekly check (周检查)

@dataclass(frozen=True)
class SheetItemRow:
    id: int
    position: int
    text: str
    max_score: float
    weight: float


@dataclass(frozen=True)
class SheetRow:
    id: int
    version: int
    name: str
    items: tuple[SheetItemRow, ...]

    @property
    def max_total(self) -> float:
        return round(sum(i.max_score * i.weight for i in self.items), 2)


def _sheet_in(s: Session) -> ScoreSheet | None:
    return s.scalars(select(ScoreSheet).where(ScoreSheet.active.is_(True)).order_by(ScoreSheet.id)).first()


def _sheet_row(s: Session, sheet: ScoreSheet) -> SheetRow:
    items = s.scalars(select(ScoreSheetItem).where(ScoreSheetItem.sheet_id == sheet.id)
                      .order_by(ScoreSheetItem.position, ScoreSheetItem.id))
    return SheetRow(sheet.id, sheet.version, sheet.name,
                    tuple(SheetItemRow(i.id, i.position, i.text, float(i.max_score), float(i.weight)) for i in items))


def score_sheet(ctx: Ctx) -> SheetRow | None:
    """The weekly check's score sheet; a writer opening a database without one gets the default
    (the 五明确 standards)."""
    if ctx.actor.can_write:
        with ctx.uow() as s:
            if _sheet_in(s) is None:
                sheet = ScoreSheet(name=DEFAULT_SCORE_SHEET, active=True)
                s.add(sheet)
                s.flush()
                for pos, (text, top) in enumerate(DEFAULT_SCORE_ITEMS):
                    s.add(ScoreSheetItem(sheet_id=sheet.id, position=pos, text=text, max_score=top, weight=1.0))
                audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.SETTING, sheet.id,
                             f"建立默认周检查评分表“{sheet.name}”", {"items": len(DEFAULT_SCORE_ITEMS)})
    with ctx.read() as s:
        current = _sheet_in(s)
        return _sheet_row(s, current) if current else None


@dataclass(frozen=True)
class SheetItemEdit:
    id: int | None  # None: a new item
    text: str
    max_score: float
    weight: float


def save_sheet_items(ctx: Ctx, sheet_id: int, expected_version: int, items: list[SheetItemEdit]) -> SheetRow:
    """Replace the sheet's items (text, highest score, weight), in the given order. An item already
    used by a score cannot be left out (its scores would lose their meaning)."""
    ctx.actor.require_secretary()
    problems = []
    cleaned = []
    for n, it in enumerate(items, 1):
        text = clean_text(it.text)
        if not text:
            problems.append(f"第{n}项：请填写评分项目。")
        if not 0 < it.max_score <= 100:
            problems.append(f"第{n}项：满分应在0到100之间。")
        if not 0 < it.weight <= 10:
            problems.append(f"第{n}项：权重应在0到10之间。")
        cleaned.append(SheetItemEdit(it.id, text, round(it.max_score, 2), round(it.weight, 3)))
    if not items:
        problems.append("评分表至少要有一项。")
    records.raise_problems(problems)
    with ctx.uow() as s:
        sheet = records.load_for_edit(s, ScoreSheet, sheet_id, expected_version, "该评分表不存在。")
        existing = {i.id: i for i in s.scalars(select(ScoreSheetItem).where(ScoreSheetItem.sheet_id == sheet.id))}
        kept = {it.id for it in cleaned if it.id is not None}
        dropped = [i for iid, i in existing.items() if iid not in kept]
        used = set(s.scalars(select(WeeklyScoreItem.item_id).where(
            WeeklyScoreItem.item_id.in_([i.id for i in dropped])).distinct())) if dropped else set()
        if used:
            names = "、".join(f"“{existing[i].text}”" for i in used)
            raise ValidationError(f"{names}已有评分记录，不能删除（可修改文字或权重）。")
        for i in dropped:
            s.delete(i)
        for pos, it in enumerate(cleaned):
            if it.id is None:
                s.add(ScoreSheetItem(sheet_id=sheet.id, position=pos, text=it.text, max_score=it.max_score,
                                     weight=it.weight))
            elif it.id in existing:
                item_row = existing[it.id]
                item_row.position, item_row.text = pos, it.text
                item_row.max_score, item_row.weight = it.max_score, it.weight
            else:
                raise NotFound("评分项目不存在（可能已被删除），请重新打开评分表。")
        sheet.updated_at = utcnow()  # the sheet's version moves with its items (optimistic lock)
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.SETTING, sheet.id,
                     f"修改周检查评分表“{sheet.name}”：{len(cleaned)}项",
                     {"items": [[it.text, it.max_score, it.weight] for it in cleaned]})
        s.flush()
        row = _sheet_row(s, sheet)
    return row


@dataclass(frozen=True)
class PooledScore:
    """A zone's week as reports show it: how many scored, the pooled score; never who gave which."""

    zone_id: int
    zone: str
    member: str
    week: date
    scores: int
    pooled: float | None


def _zone_label(s: Session, zone_id: int) -> tuple[Zone, str]:
    z = s.get(Zone, zone_id)
    if z is None:
        raise NotFound("该责任区不存在（可能已被删除）。")
    member = s.get(Person, z.member_id) if z.member_id else None
    return z, member.name if member else ""


def enter_weekly_score(ctx: Ctx, zone_id: int, week: date, inspector_id: int, values: dict[int, float],
                       today: date | None = None) -> PooledScore:
    """One inspector's score of one zone in one week (one per inspector, zone and week). Each
    item's value must lie within 0 and its highest score. Returns the zone's pooled week."""
    ctx.actor.require_write()
    today = today or date.today()
    monday = week_start(week)
    with ctx.uow() as s:
        z, member = _zone_label(s, zone_id)
        sheet = _sheet_in(s)
        if sheet is None:
            raise ValidationError("还没有周检查评分表，请先在“评分表”中建立。")
        items = list(s.scalars(select(ScoreSheetItem).where(ScoreSheetItem.sheet_id == sheet.id)
                               .order_by(ScoreSheetItem.position, ScoreSheetItem.id)))
        problems = []
        if monday > week_start(today):
            problems.append(f"不能为以后的周（{monday:%Y-%m-%d}起）评分。")
        if z.status is ZoneStatus.DRAFT:
            problems.append(f"“{z.name}”尚未设立完成（草稿），不能评分。")
        if s.get(Person, inspector_id) is None:
            problems.append("请选择检查人。")
        for it in items:
            v = values.get(it.id)
            if v is None:
                problems.append(f"请为“{it.text}”打分。")
            elif not 0 <= v <= float(it.max_score):
                problems.append(f"“{it.text}”的得分{v:g}超出范围（0～{float(it.max_score):g}分）。")
        unknown = set(values) - {it.id for it in items}
        if unknown:
            problems.append("评分项目与评分表不符，请重新打开评分表。")
        records.raise_problems(problems)
        dup = s.scalar(select(WeeklyScore.id).where(WeeklyScore.zone_id == zone_id, WeeklyScore.week_start == monday,
                                                    WeeklyScore.inspector_id == inspector_id))
        if dup is not None:
            raise ValidationError(f"该检查人已为“{z.name}”{monday:%Y-%m-%d}这一周评过分，每人每周只能评一次。")
        total = round(sum(values[it.id] * float(it.weight) for it in items), 2)
        score = WeeklyScore(sheet_id=sheet.id, zone_id=zone_id, week_start=monday, inspector_id=inspector_id, total=total)
        s.add(score)
        s.flush()
        for it in items:
            s.add(WeeklyScoreItem(score_id=score.id, item_id=it.id, value=round(values[it.id], 2)))
        n = s.scalar(select(func.count(WeeklyScore.id)).where(WeeklyScore.zone_id == zone_id,
                                                              WeeklyScore.week_start == monday)) or 0
        # Neither who scored nor the score goes into the log: only that one more score came in.
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.WEEKLY_SCORE, None,
                     f"录入周检查评分：{z.name}，{monday:%Y-%m-%d}这一周（已有{n}份）",
                     {"zone_id": zone_id, "week": monday.isoformat()})
        totals = [float(t) for t in s.scalars(select(WeeklyScore.total).where(
            WeeklyScore.zone_id == zone_id, WeeklyScore.week_start == monday))]
        return PooledScore(zone_id, z.name, member, monday, len(totals), pooled_score(totals))


def week_overview(ctx: Ctx, branch_id: int, week: date) -> list[PooledScore]:
    """Every zone of the branch in its term that week, with how many scored it and the pooled score."""
    monday = week_start(week)
    with ctx.read() as s:
        zones = s.execute(select(Zone.id, Zone.name, Person.name).outerjoin(Person, Zone.member_id == Person.id)
                          .where(Zone.branch_id == branch_id, _zone_in_term(monday, monday + timedelta(days=6)))
                          .order_by(Zone.id)).all()
        totals: dict[int, list[float]] = defaultdict(list)
        for zid, total in s.execute(select(WeeklyScore.zone_id, WeeklyScore.total).where(
                WeeklyScore.week_start == monday, WeeklyScore.zone_id.in_([z[0] for z in zones]))):
            totals[zid].append(float(total))
    return [PooledScore(zid, name, member or "", monday, len(totals[zid]), pooled_score(totals[zid]))
            for zid, name, member in zones]


def _zone_in_term(start: date, end: date) -> Any:
    """A zone that was set up (not a draft) and in its term some day between start and end."""
    return and_(Zone.status != ZoneStatus.DRAFT, Zone.starts_on.is_not(None), Zone.starts_on <= end,
                or_(Zone.revoked_on.is_(None), Zone.revoked_on >= start),
                or_(Zone.ends_on.is_(None), Zone.ends_on >= start))


def inspectors(ctx: Ctx, branch_id: int) -> list[tuple[int, str]]:
    """Who may score the branch's zones: its party members (the panel the secretary names)."""
    with ctx.read() as s:
        return [(i, f"{n}（{p}）" if p else n) for i, n, p in s.execute(
            select(Person.id, Person.name, Person.post).where(Person.branch_id == branch_id, Person.archived_at.is_(None),
                                                              Person.political_status.in_(points.PARTY))
            .order_by(Person.name_pinyin))]


def branches(ctx: Ctx) -> list[tuple[int, str]]:
    with ctx.read() as s:
        return [(i, n) for i, n in s.execute(select(Branch.id, Branch.name).where(Branch.archived_at.is_(None))
                                             .order_by(Branch.id))]


# ================================================================ vetoes

@dataclass(frozen=True)
class Vetoes:
    """Why someone or something cannot be commended in a period, each reason in Chinese."""

    person: dict[int, list[str]]
    zone: dict[int, list[str]]  # the zone's own (摘牌), its member's are in ``person``
    branch: dict[int, list[str]]  # safety targets missed


def _vetoes_in(s: Session, period: Period, person_ids: Iterable[int], zone_ids: Iterable[int],
               branch_ids: Iterable[int]) -> Vetoes:
    persons, zones, branch_list = set(person_ids), set(zone_ids), set(branch_ids)
    person: dict[int, list[str]] = defaultdict(list)
    zone: dict[int, list[str]] = defaultdict(list)
    branch: dict[int, list[str]] = defaultdict(list)
    labels = labels_within(period.label)
    span = (Accident.occurred_on >= period.start, Accident.occurred_on <= period.end)
    if persons:
        for pid, on in s.execute(select(Accident.responsible_person_id, Accident.occurred_on).where(
                Accident.responsible_person_id.in_(persons), *span).order_by(Accident.occurred_on)):
            if pid is not None:
                person[pid].append(f"对{on:%Y-%m-%d}的事故负有直接责任")
        for pid, on, kind in s.execute(
                select(Zone.member_id, Violation.occurred_on, Violation.kind).join(Zone, Violation.zone_id == Zone.id)
                .where(Zone.member_id.in_(persons), Violation.occurred_on >= period.start,
                       Violation.occurred_on <= period.end).order_by(Violation.occurred_on)):
            if pid is not None:
                person[pid].append(f"责任区内{on:%Y-%m-%d}发生“三违”（{kind.value}）")
        for pid, reason in broken_pledges_in(s, persons, period.start, period.end):
            person[pid].append("安全承诺未践诺" + (f"（{reason}）" if reason else ""))
        for pid, label, note in s.execute(select(DutyCheck.person_id, DutyCheck.period, DutyCheck.note).where(
                DutyCheck.person_id.in_(persons), DutyCheck.met.is_(False), DutyCheck.period.in_(labels))):
            person[pid].append(f"{label}一岗双责未落实" + (f"（{note}）" if note else ""))
    if zones:
        for zid, revoked_on, reason in s.execute(select(Zone.id, Zone.revoked_on, Zone.revoke_reason).where(
                Zone.id.in_(zones), Zone.status == ZoneStatus.REVOKED, Zone.revoked_on.is_not(None),
                Zone.revoked_on <= period.end)):
            zone[zid].append(f"{revoked_on:%Y-%m-%d}已摘牌" + (f"（{reason}）" if reason else ""))
    if branch_list:
        for bid, label, note in s.execute(select(BranchTarget.branch_id, BranchTarget.period, BranchTarget.note).where(
                BranchTarget.branch_id.in_(branch_list), BranchTarget.targets_met.is_(False),
                BranchTarget.period.in_(labels))):
            branch[bid].append(f"支部{label}未完成安全目标" + (f"（{note}）" if note else ""))
    return Vetoes(dict(person), dict(zone), dict(branch))


def _commendation_vetoes(c: Commendation, member_id: int | None, v: Vetoes) -> list[str]:
    """The reasons that bar this commendation: its person's (or its zone member's), its zone's, and
    for a rating of excellence (优质责任区, 先进党支部) its branch's missed safety targets."""
    out = list(v.person.get(member_id, [])) if member_id is not None else []
    if c.zone_id is not None:
        out += v.zone.get(c.zone_id, [])
    if c.kind in (CommendationKind.BEST_ZONE, CommendationKind.EXCELLENT_BRANCH):
        out += v.branch.get(c.branch_id, [])
    return out


def _member_of(s: Session, c: Commendation) -> int | None:
    if c.person_id is not None:
        return c.person_id
    if c.zone_id is not None:
        z = s.get(Zone, c.zone_id)
        return z.member_id if z else None
    return None


def vetoes_of(s: Session, c: Commendation) -> list[str]:
    """What bars the commendation now, from the records as they are (for its own period)."""
    period = parse_period(c.period)
    member = _member_of(s, c)
    v = _vetoes_in(s, period, [member] if member else [], [c.zone_id] if c.zone_id else [], [c.branch_id])
    return _commendation_vetoes(c, member, v)


# ================================================================ the quarterly ranking (季讲评)

@dataclass(frozen=True)
class RankingRow:
    zone_id: int
    zone: str
    category: str
    member_id: int | None
    member: str
    weekly: float | None  # pooled weekly scores, mean over the weeks scored, as % of the sheet
    weeks_scored: int
    hazards_due: int
    hazards_on_time: int
    reports_due: int
    reports_made: int
    violations: int
    pledge: str  # 已践诺 / 未践诺 / —
    parts: dict[str, float | None]
    total: float | None
    rank: int | None
    points: float
    vetoes: tuple[str, ...]  # of the member and the zone (摘牌); the branch's are in Ranking
    title_kept: bool
    zone_version: int

    @property
    def records(self) -> str:
        """One line of the zone's record for lists and exports."""
        return (f"隐患按期闭合{self.hazards_on_time}/{self.hazards_due}，周报{self.reports_made}/{self.reports_due}，"
                f"三违{self.violations}起，承诺{self.pledge}")


@dataclass(frozen=True)
class Ranking:
    period: str
    branch_id: int
    branch: str
    weights: dict[str, float]
    rows: tuple[RankingRow, ...]
    branch_vetoes: tuple[str, ...]


def _ranking_in(s: Session, q: Period, branch_ids: list[int], today: date) -> dict[int, list[RankingRow]]:
    """The quarter's ranking of the zones of each branch (batched: one query per part)."""
    weights = ranking_weights(read_setting(s, RANKING_WEIGHTS_KEY))
    zones = s.execute(select(Zone.id, Zone.branch_id, Zone.name, Zone.category, Zone.member_id, Person.name,
                             Zone.starts_on, Zone.ends_on, Zone.revoked_on, Zone.status, Zone.version)
                      .outerjoin(Person, Zone.member_id == Person.id)
                      .where(Zone.branch_id.in_(branch_ids), _zone_in_term(q.start, q.end)).order_by(Zone.id)).all()
    ids = [z[0] for z in zones]
    if not ids:
        return {b: [] for b in branch_ids}
    # weekly: pooled per (zone, week), then the mean of the weeks, as a share of the sheet's highest total
    sheet_max = {sid: float(m or 0) for sid, m in s.execute(
        select(ScoreSheetItem.sheet_id, func.sum(ScoreSheetItem.max_score * ScoreSheetItem.weight))
        .group_by(ScoreSheetItem.sheet_id))}
    by_week: dict[tuple[int, date], list[float]] = defaultdict(list)
    for zid, week, total, sid in s.execute(select(WeeklyScore.zone_id, WeeklyScore.week_start, WeeklyScore.total,
                                                  WeeklyScore.sheet_id).where(
            WeeklyScore.zone_id.in_(ids), WeeklyScore.week_start >= q.start, WeeklyScore.week_start <= q.end)):
        top = sheet_max.get(sid) or 100.0
        by_week[(zid, week)].append(float(total) * 100.0 / top)
    weekly: dict[int, list[float]] = defaultdict(list)
    for (zid, _w), values in by_week.items():
        p = pooled_score(values)
        if p is not None:
            weekly[zid].append(p)
    due: dict[int, int] = defaultdict(int)
    on_time: dict[int, int] = defaultdict(int)
    for h_zone, deadline, h_status, closed in s.execute(select(Hazard.zone_id, Hazard.deadline, Hazard.status,
                                                               Hazard.closed_on).where(
            Hazard.zone_id.in_(ids), Hazard.deadline >= q.start, Hazard.deadline <= q.end)):
        done = h_status is HazardStatus.CLOSED and closed is not None and closed <= deadline
        if h_zone is not None and (done or deadline < today):
            due[h_zone] += 1
            on_time[h_zone] += done
    reported = {(z, w) for z, w in s.execute(select(ZoneReport.zone_id, ZoneReport.week_start).where(
        ZoneReport.zone_id.in_(ids), ZoneReport.week_start >= q.start - timedelta(days=6),
        ZoneReport.week_start <= q.end))}
    violations: dict[int, int] = defaultdict(int)
    for (v_zone,) in s.execute(select(Violation.zone_id).where(
            Violation.zone_id.in_(ids), Violation.occurred_on >= q.start, Violation.occurred_on <= q.end)):
        if v_zone is not None:
            violations[v_zone] += 1
    members = {z[4] for z in zones if z[4] is not None}
    pledges: dict[int, set[PledgeStatus]] = defaultdict(set)
    for pid, st in s.execute(select(Pledge.member_id, Pledge.status).where(
            Pledge.member_id.in_(members), Pledge.status.in_((PledgeStatus.KEPT, PledgeStatus.BROKEN)),
            Pledge.reviewed_on >= q.start, Pledge.reviewed_on <= q.end)):
        pledges[pid].add(st)
    pts = points.points_by_member(s, q)
    v = _vetoes_in(s, q, members, ids, branch_ids)
    out: dict[int, list[RankingRow]] = {b: [] for b in branch_ids}
    for zid, bid, name, category, member_id, member, starts, ends, revoked, status, version in zones:
        if starts is None:  # excluded by the query; for the type checker
            continue
        weeks = [w for w in points.report_weeks(starts, points.zone_last_day(ends, revoked, today), today)
                 if w + timedelta(days=6) in q]
        made = sum(1 for w in weeks if (zid, w) in reported)
        pstat = pledges.get(member_id, set()) if member_id else set()
        pledge = "未践诺" if PledgeStatus.BROKEN in pstat else "已践诺" if pstat else "—"
        wk = round(sum(weekly[zid]) / len(weekly[zid]), 2) if weekly.get(zid) else None
        parts = {"weekly": wk,
                 "hazards": round(100.0 * on_time[zid] / due[zid], 2) if due.get(zid) else 100.0,
                 "reports": round(100.0 * made / len(weeks), 2) if weeks else 100.0,
                 "violations": max(0.0, 100.0 - VIOLATION_PENALTY * violations.get(zid, 0)),
                 "pledge": 0.0 if pledge == "未践诺" else 100.0 if pledge == "已践诺" else None}
        vetoes = tuple(v.person.get(member_id, []) if member_id else []) + tuple(v.zone.get(zid, []))
        kept = not (status is ZoneStatus.REVOKED and revoked is not None and revoked <= q.end)
        out[bid].append(RankingRow(zid, name, category.value, member_id, member or "", wk, len(weekly.get(zid, [])),
                                   due.get(zid, 0), on_time.get(zid, 0), len(weeks), made, violations.get(zid, 0),
                                   pledge, parts, combined_score(parts, weights), None,
                                   pts.get(member_id, 0.0) if member_id else 0.0, vetoes, kept, version))
    for bid, rows in out.items():
        rows.sort(key=lambda r: (r.total is None, -(r.total or 0), r.zone_id))
        out[bid] = [replace(r, rank=k if r.total is not None else None) for k, r in enumerate(rows, 1)]
    return out


def _branch(s: Session, branch_id: int) -> Branch:
    b = s.get(Branch, branch_id)
    if b is None:
        raise NotFound("该支部不存在。")
    return b


def quarterly_ranking(ctx: Ctx, period: str, branch_id: int, today: date | None = None) -> Ranking:
    q = parse_period(period, PeriodKind.QUARTER)
    today = today or date.today()
    with ctx.read() as s:
        b = _branch(s, branch_id)
        rows = _ranking_in(s, q, [branch_id], today)[branch_id]
        bv = _vetoes_in(s, q, [], [], [branch_id]).branch.get(branch_id, [])
        return Ranking(q.label, branch_id, b.name, ranking_weights(read_setting(s, RANKING_WEIGHTS_KEY)),
                       tuple(rows), tuple(bv))


def weights(ctx: Ctx) -> dict[str, float]:
    with ctx.read() as s:
        return ranking_weights(read_setting(s, RANKING_WEIGHTS_KEY))


def set_weights(ctx: Ctx, new: dict[str, float]) -> dict[str, float]:
    """Change the ranking's weights (secretary)."""
    ctx.actor.require_secretary()
    records.raise_problems(ranking_weight_problems(new))
    labels = dict(RANKING_PARTS)
    with ctx.uow() as s:
        before = ranking_weights(read_setting(s, RANKING_WEIGHTS_KEY))
        after = before | {k: float(v) for k, v in new.items()}
        write_setting(s, RANKING_WEIGHTS_KEY, after)
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.SETTING, None,
                     "修改季度排名权重：" + "、".join(f"{labels[k]}{v:g}" for k, v in after.items()),
                     {"before": before, "after": after})
    return after


def save_review(ctx: Ctx, period: str, branch_id: int, today: date | None = None) -> int:
    """Record the quarter's ranking as the branch's 季讲评 (one row per zone, replaced when saved again)."""
    ctx.actor.require_write()
    q = parse_period(period, PeriodKind.QUARTER)
    with ctx.uow() as s:
        b = _branch(s, branch_id)
        n = _save_review_in(s, q, {branch_id: _ranking_in(s, q, [branch_id], today or date.today())[branch_id]})
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.QUARTERLY_REVIEW, None,
                     f"保存{b.name}{q.label}季讲评：{n}个责任区/示范岗", {"period": q.label, "branch_id": branch_id})
    return n


def _save_review_in(s: Session, q: Period, ranked: dict[int, list[RankingRow]]) -> int:
    n = 0
    for bid, rows in ranked.items():
        existing = {r.zone_id: r for r in s.scalars(select(QuarterlyReview).where(
            QuarterlyReview.branch_id == bid, QuarterlyReview.period == q.label))}
        for r in rows:
            review = existing.get(r.zone_id) or QuarterlyReview(branch_id=bid, zone_id=r.zone_id, period=q.label)
            review.weekly_mean, review.total, review.rank, review.title_kept = r.weekly, r.total, r.rank, r.title_kept
            review.record_score = combined_score({k: v for k, v in r.parts.items() if k != "weekly"},
                                                 DEFAULT_RANKING_WEIGHTS)
            if r.zone_id not in existing:
                s.add(review)
            n += 1
    s.flush()
    return n


def revoke_title(ctx: Ctx, zone_id: int, expected_version: int, reason: str, today: date | None = None) -> None:
    """摘牌: a zone or post that slipped loses its title, with the reason (written on the zone)."""
    ctx.actor.require_write()
    text = records.required_text(reason, "请填写摘牌原因。", 500)
    today = today or date.today()
    with ctx.uow() as s:
        z = records.load_for_edit(s, Zone, zone_id, expected_version, "该责任区不存在（可能已被删除）。")
        if z.status is not ZoneStatus.ACTIVE:
            raise ValidationError(f"“{z.name}”当前为“{z.status.value}”，只有在岗的责任区/示范岗可以摘牌。")
        z.status, z.revoked_on, z.revoke_reason = ZoneStatus.REVOKED, today, text
        s.flush()
        for review in s.scalars(select(QuarterlyReview).where(QuarterlyReview.zone_id == zone_id,
                                                              QuarterlyReview.period == quarter_of(today).label)):
            review.title_kept = False
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.ZONE, z.id, f"摘牌：{z.name}（{text}）",
                     {"status": [ZoneStatus.ACTIVE.value, ZoneStatus.REVOKED.value], "revoke_reason": [None, text]})
        points.record_for(s, "zone", z.id, today)


# ================================================================ quarterly selection (评先选优)

def _propose_in(s: Session, q: Period, branch_id: int, rows: list[RankingRow], branch_vetoes: list[str],
                caps: dict[CommendationKind, int]) -> list[int]:
    """Replace the quarter's proposals (and vetoed candidates) of the branch from the ranking:
    党员之星 by the member's points (then the zone's total), 优质责任区 by the zone's total; a
    vetoed candidate ranked above those proposed is recorded as 否决 with its reasons."""
    s.execute(delete(Commendation).where(Commendation.branch_id == branch_id, Commendation.period == q.label,
                                         Commendation.kind.in_(QUARTERLY_KINDS),
                                         Commendation.status != CommendationStatus.CONFIRMED))
    confirmed = list(s.scalars(select(Commendation).where(
        Commendation.branch_id == branch_id, Commendation.period == q.label, Commendation.kind.in_(QUARTERLY_KINDS),
        Commendation.status == CommendationStatus.CONFIRMED)))
    made: list[Commendation] = []
    taken_zones = {c.zone_id for c in confirmed if c.zone_id} | {
        r.zone_id for r in rows for c in confirmed if c.person_id and c.person_id == r.member_id}
    ranked = [r for r in rows if r.total is not None and r.member_id is not None]
    orders = {
        CommendationKind.MEMBER_STAR: sorted(ranked, key=lambda r: (-r.points, -(r.total or 0), r.zone_id)),
        CommendationKind.BEST_ZONE: sorted(ranked, key=lambda r: (-(r.total or 0), r.zone_id)),
    }
    for kind in QUARTERLY_KINDS:
        want = caps.get(kind, 1) - sum(1 for c in confirmed if c.kind is kind)
        seen_people: set[int] = set()
        for r in orders[kind]:
            if want <= 0:
                break
            if r.zone_id in taken_zones or r.member_id in seen_people:
                continue  # one honour a quarter for a zone and its member, where the ranking allows
            star = kind is CommendationKind.MEMBER_STAR
            if not star and branch_vetoes:  # no zone of the branch can be rated excellent: said once
                made.append(Commendation(branch_id=branch_id, period=q.label, kind=kind, zone_id=r.zone_id,
                                         score=r.total, achievements=r.records, status=CommendationStatus.VETOED,
                                         veto_reason="；".join(list(r.vetoes) + branch_vetoes)))
                break
            reasons = list(r.vetoes)
            c = Commendation(branch_id=branch_id, period=q.label, kind=kind, person_id=r.member_id if star else None,
                             zone_id=None if star else r.zone_id, score=r.points if star else r.total,
                             achievements=r.records)
            if reasons:
                c.status, c.veto_reason = CommendationStatus.VETOED, "；".join(reasons)
            else:
                c.status = CommendationStatus.PROPOSED
                want -= 1
                taken_zones.add(r.zone_id)
            if r.member_id is not None:
                seen_people.add(r.member_id)
            made.append(c)
    s.add_all(made)
    s.flush()
    return [c.id for c in made]


def propose_quarter(ctx: Ctx, period: str, branch_id: int, today: date | None = None) -> list[CommendationRow]:
    """Propose the branch's 党员之星 and 优质责任区 for the quarter from its ranking (replacing
    earlier proposals; confirmed ones stay and count)."""
    ctx.actor.require_write()
    q = parse_period(period, PeriodKind.QUARTER)
    with ctx.uow() as s:
        b = _branch(s, branch_id)
        rows = _ranking_in(s, q, [branch_id], today or date.today())[branch_id]
        bv = _vetoes_in(s, q, [], [], [branch_id]).branch.get(branch_id, [])
        ids = _propose_in(s, q, branch_id, rows, bv, commendation_caps(read_setting(s, COMMENDATION_CAPS_KEY)))
        out = [_row(s, s.get(Commendation, i)) for i in ids]  # type: ignore[arg-type]
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.COMMENDATION, None,
                     f"按排名提名{b.name}{q.label}党员之星、优质责任区：" +
                     ("、".join(f"{r.kind.value}{r.candidate}（{r.status.value}）" for r in out) or "无候选"),
                     {"period": q.label, "branch_id": branch_id, "ids": ids})
    return out


def quarter_commendations(ctx: Ctx, period: str, branch_id: int, today: date | None = None) -> list[ListRow]:
    """The quarter's proposals, vetoed candidates and confirmed ones of the branch, with vetoes found now."""
    q = parse_period(period, PeriodKind.QUARTER)
    with ctx.read() as s:
        return _list_in(s, q, branch_id, today or date.today())


# ================================================================ the commendation list (评先选优名单)

@dataclass(frozen=True)
class ListRow:
    id: int
    version: int
    period: str
    branch_id: int
    branch: str
    kind: CommendationKind
    candidate: str  # the member, or the zone (its member)
    status: CommendationStatus
    score: float | None
    points: float | None  # the member's points in the commendation's period
    records: str
    eligibility: str  # 可评 / 否决：reasons
    late_veto: str | None  # confirmed, then a veto appeared: the reasons
    confirmed_on: date | None

    @property
    def status_text(self) -> str:
        return self.status.value + ("（确认后发现否决情形）" if self.late_veto else "")


def _list_in(s: Session, period: Period, branch_id: int | None, today: date) -> list[ListRow]:
    labels = labels_within(period.label)
    q = select(Commendation).where(Commendation.period.in_(labels))
    if branch_id is not None:
        q = q.where(Commendation.branch_id == branch_id)
    rows = list(s.scalars(q))
    if not rows:
        return []
    zones = {z.id: z for z in s.scalars(select(Zone).where(Zone.id.in_({c.zone_id for c in rows if c.zone_id})))}
    member_of = {c.id: c.person_id if c.person_id else (zones[c.zone_id].member_id if c.zone_id in zones else None)
                 for c in rows}
    names = {i: n for i, n in s.execute(select(Person.id, Person.name).where(
        Person.id.in_({m for m in member_of.values() if m})))}
    branch_names = {i: n for i, n in s.execute(select(Branch.id, Branch.name))}
    out = []
    by_period: dict[str, list[Commendation]] = defaultdict(list)
    for c in rows:
        by_period[c.period].append(c)
    for label, group in by_period.items():
        p = parse_period(label)
        v = _vetoes_in(s, p, {m for c in group if (m := member_of[c.id])}, {c.zone_id for c in group if c.zone_id},
                       {c.branch_id for c in group})
        pts = points.points_by_member(s, p)
        ranking: dict[int, RankingRow] = {}
        if p.kind is PeriodKind.QUARTER:
            for branch_rows in _ranking_in(s, p, list({c.branch_id for c in group}), today).values():
                ranking |= {r.zone_id: r for r in branch_rows}
        zone_of_member = {r.member_id: r for r in ranking.values() if r.member_id}
        for c in group:
            member = member_of[c.id]
            reasons = _commendation_vetoes(c, member, v)
            if c.zone_id is not None:
                z = zones.get(c.zone_id)
                candidate = f"{z.name}（{names.get(member, '') if member else ''}）" if z else f"#{c.zone_id}"
            elif member is not None:
                candidate = names.get(member, f"#{member}")
            else:
                candidate = branch_names.get(c.branch_id, "")
            r = ranking.get(c.zone_id) if c.zone_id else zone_of_member.get(member) if member else None
            if c.status is CommendationStatus.VETOED:
                eligibility = "否决：" + (c.veto_reason or "；".join(reasons) or "未填写原因")
            elif reasons:
                eligibility = "否决：" + "；".join(reasons)
            else:
                eligibility = "可评"
            late = "；".join(reasons) if c.status is CommendationStatus.CONFIRMED and reasons else None
            out.append(ListRow(c.id, c.version, c.period, c.branch_id, branch_names.get(c.branch_id, ""), c.kind,
                               candidate, c.status, None if c.score is None else float(c.score),
                               pts.get(member, 0.0) if member else None,
                               r.records if r else (c.achievements or ""), eligibility, late, c.confirmed_on))
    order = {k: i for i, k in enumerate(CommendationKind)}
    status_order = {CommendationStatus.CONFIRMED: 0, CommendationStatus.PROPOSED: 1, CommendationStatus.VETOED: 2}
    out.sort(key=lambda r: (r.period, r.branch_id, order[r.kind], status_order[r.status], -(r.score or 0), r.id))
    return out


@dataclass(frozen=True)
class CommendationList:
    period: str
    branch: str | None
    rows: tuple[ListRow, ...]

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(f"⚠ 注意：{r.branch}{r.period}{r.kind.value}“{r.candidate}”确认后发现否决情形：{r.late_veto}。"
                     f"请书记复核后处理。" for r in self.rows if r.late_veto)


LIST_PERIOD_MESSAGE = "评先选优名单按季度、半年或年度列出，期间应写作 2026Q3、2026H2 或 2026，不能是“{0}”。"


def commendation_list(ctx: Ctx, period: str, branch: str | int | None = None,
                      today: date | None = None) -> CommendationList:
    """The confirmed candidates and the proposals of a quarter, half-year or year, with their
    scores, records, points and eligibility, and any veto found after a confirmation."""
    p = parse_period(period)
    if p.kind is PeriodKind.MONTH:
        raise ValidationError(LIST_PERIOD_MESSAGE.format(period))
    with ctx.read() as s:
        branch_id = points.branch_id_by_name(s, branch) if isinstance(branch, str) else branch
        name = _branch(s, branch_id).name if branch_id is not None else None
        rows = _list_in(s, p, branch_id, today or date.today())
    return CommendationList(p.label, name, tuple(rows))


LIST_HEADER = ("期间", "支部", "类别", "对象", "状态", "得分", "积分", "记录", "是否可评", "确认日期")


def list_table(cl: CommendationList) -> list[list[object]]:
    return [[r.period, r.branch, r.kind.value, r.candidate, r.status_text, r.score, r.points, r.records,
             r.eligibility, r.confirmed_on] for r in cl.rows]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    period: str
    rows: int
    warnings: tuple[str, ...]


def export_commendations(ctx: Ctx, period: str, out: Path, branch: str | None = None,
                         today: date | None = None, progress: Callable[[int, str], None] | None = None,
                         cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """The list as a formatted workbook (.xlsx) or a PDF printed in the card frame (.pdf)."""
    out = Path(out)
    cl = commendation_list(ctx, period, branch, today)
    title = f"{cl.branch or '全部支部'} {cl.period} 评先选优名单"
    if out.suffix.lower() == ".pdf":
        from dangjian_desktop.printing.commendation_list import CommendationSheet, render_list

        with ctx.read() as s:
            b = s.scalars(select(Branch).where(Branch.name == cl.branch)).first() if cl.branch else None
            info = BranchInfo(b.name if b else "全部支部", b.secretary_name if b else None, b.contact_phone if b else None)
        sheet = CommendationSheet(info, cl.period, list(LIST_HEADER), [[_pdf_cell(v) for v in row] for row in list_table(cl)],
                                  [i for i, r in enumerate(cl.rows) if r.late_veto], list(cl.warnings),
                                  today or date.today())
        render_list(sheet, out, progress, cancelled)
    else:
        from dangjian_desktop.exporting.assessment_xlsx import write_sheet

        write_sheet(out, title, f"共{len(cl.rows)}条：已确认、提名与否决的候选；“是否可评”按导出时的记录核查",
                    list(LIST_HEADER), list_table(cl), widths=[9, 16, 12, 24, 14, 8, 8, 40, 36, 12],
                    number_columns=(6, 7), highlight_rows=[i for i, r in enumerate(cl.rows) if r.late_veto],
                    notes=list(cl.warnings))
    if ctx.actor.can_write:
        with ctx.uow() as s:
            audit.record(s, ctx.actor, AuditAction.EXPORT, AuditEntity.COMMENDATION, None, f"导出{title}",
                         {"period": cl.period, "branch": cl.branch, "rows": len(cl.rows), "file": out.name})
    return ExportResult(out, cl.period, len(cl.rows), cl.warnings)


def _pdf_cell(v: object) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:g}"
    if isinstance(v, date):
        return f"{v:%Y-%m-%d}"
    return str(v)


# ================================================================ the 工作台

AREA = "考核评比"


def _caps_in(s: Session) -> dict[CommendationKind, int]:
    return commendation_caps(read_setting(s, COMMENDATION_CAPS_KEY))


def work_unscored(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """周检查: zones of each branch not scored yet this week (one line a branch)."""
    from .worklist import Urgency, WorkItem, WorkTarget  # the 工作台 lists this module: imported late

    monday = week_start(today)
    zones = s.execute(select(Zone.branch_id, Zone.id).where(_zone_in_term(monday, monday + timedelta(days=6)))).all()
    scored = set(s.scalars(select(WeeklyScore.zone_id).where(WeeklyScore.week_start == monday).distinct()))
    missing: dict[int, int] = defaultdict(int)
    for bid, zid in zones:
        if zid not in scored:
            missing[bid] += 1
    names = {i: n for i, n in s.execute(select(Branch.id, Branch.name))}
    sunday = monday + timedelta(days=6)
    return [WorkItem(AREA, f"{names.get(bid, '')}本周尚有{n}个责任区/示范岗未进行周检查评分",
                     f"本周（{monday:%m-%d}～{sunday:%m-%d}）的周检查评分", sunday,
                     Urgency.DUE_TODAY if today == sunday else Urgency.DUE_SOON, WorkTarget("assessment_week", bid))
            for bid, n in sorted(missing.items())]


def work_selection(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """A quarter's selection waiting for confirmation: from the quarter's last week until confirmed
    (this quarter once its last week began, and the last quarter)."""
    from .worklist import Urgency, WorkItem, WorkTarget  # the 工作台 lists this module: imported late

    current = quarter_of(today)
    quarters = [quarter_of(current.start - timedelta(days=1))]
    if today >= week_start(current.end):
        quarters.append(current)
    caps = _caps_in(s)
    names = {i: n for i, n in s.execute(select(Branch.id, Branch.name).where(Branch.archived_at.is_(None)))}
    has_zones = set(s.scalars(select(Zone.branch_id).where(Zone.status != ZoneStatus.DRAFT).distinct()))
    items = []
    for q in quarters:
        confirmed: dict[tuple[int, CommendationKind], int] = defaultdict(int)
        for bid, kind in s.execute(select(Commendation.branch_id, Commendation.kind).where(
                Commendation.period == q.label, Commendation.status == CommendationStatus.CONFIRMED)):
            confirmed[(bid, kind)] += 1
        for bid, name in names.items():
            if bid not in has_zones:
                continue
            short = [k.value for k in QUARTERLY_KINDS if confirmed[(bid, k)] < caps[k]]
            if short:
                due = q.end + timedelta(days=10)
                items.append(WorkItem(AREA, f"{name}{q.label}{'、'.join(short)}待评选确认",
                                      "按季度排名提名并由书记确认（每季度末最后一周起）", due,
                                      Urgency.OVERDUE if due < today else Urgency.DUE_SOON,
                                      WorkTarget("assessment_quarter", bid)))
    return items


def work_late_vetoes(s: Session, actor: Actor, today: date) -> list[WorkItem]:
    """Confirmed commendations of this year and last for which a veto has appeared since."""
    from .worklist import Urgency, WorkItem, WorkTarget  # the 工作台 lists this module: imported late

    labels = labels_within(str(today.year)) | labels_within(str(today.year - 1))
    items = []
    for c in s.scalars(select(Commendation).where(Commendation.status == CommendationStatus.CONFIRMED,
                                                  Commendation.period.in_(labels))):
        reasons = vetoes_of(s, c)
        if reasons:
            row = _row(s, c)
            items.append(WorkItem(AREA, f"{row.branch_name}{c.period}{c.kind.value}“{row.candidate}”确认后发现否决情形",
                                  "；".join(reasons), None, Urgency.DUE_TODAY, WorkTarget("commendation", c.id)))
    return items


# ================================================================ the demo's past quarters

def close_quarters_in(s: Session, quarters: list[str], decided: Callable[[Period], date], today: date) -> int:
    """For the demo (and a database filled from elsewhere): each quarter's 季讲评 saved, the
    selection proposed from the ranking and confirmed on ``decided(quarter)``, as the secretary would.
    Returns how many commendations (confirmed and vetoed) were recorded."""
    n = 0
    branch_ids = list(s.scalars(select(Branch.id).order_by(Branch.id)))
    caps = _caps_in(s)
    for label in quarters:
        q = parse_period(label, PeriodKind.QUARTER)
        ranked = _ranking_in(s, q, branch_ids, today)
        _save_review_in(s, q, ranked)
        bv = _vetoes_in(s, q, [], [], branch_ids).branch
        for bid in branch_ids:
            for cid in _propose_in(s, q, bid, ranked[bid], bv.get(bid, []), caps):
                n += 1
                c = s.get(Commendation, cid)
                if c is not None and c.status is CommendationStatus.PROPOSED:
                    c.status, c.confirmed_on = CommendationStatus.CONFIRMED, decided(q)
    s.flush()
    return n


# ================================================================ 月考核 and 旬督导 (read for the tab)

@dataclass(frozen=True)
class MonthlyRow:
    month: str
    zone: str
    member: str
    score: float
    note: str


@dataclass(frozen=True)
class SupervisionRow:
    dekad_start: date
    held_on: date
    author: str
    content: str


def monthly_checks(ctx: Ctx, period: str, branch_id: int) -> list[MonthlyRow]:
    """月考核 of the branch's zones in the period's months."""
    p = parse_period(period)
    months = sorted(label for label in labels_within(p.label) if "-" in label)
    with ctx.read() as s:
        rows = s.execute(select(MonthlySelfCheck.month, Zone.name, Person.name, MonthlySelfCheck.score,
                                MonthlySelfCheck.note).join(Zone, MonthlySelfCheck.zone_id == Zone.id)
                         .outerjoin(Person, Zone.member_id == Person.id)
                         .where(Zone.branch_id == branch_id, MonthlySelfCheck.month.in_(months))
                         .order_by(MonthlySelfCheck.month, Zone.id)).all()
    return [MonthlyRow(m, z, n or "", float(sc), note or "") for m, z, n, sc, note in rows]


def supervision_notes(ctx: Ctx, period: str, branch_id: int) -> list[SupervisionRow]:
    """旬督导 notes of the branch in the period."""
    p = parse_period(period)
    with ctx.read() as s:
        rows = s.execute(select(SupervisionNote.dekad_start, SupervisionNote.held_on, Person.name, SupervisionNote.content)
                         .outerjoin(Person, SupervisionNote.author_id == Person.id)
                         .where(SupervisionNote.branch_id == branch_id, SupervisionNote.dekad_start >= p.start,
                                SupervisionNote.dekad_start <= p.end).order_by(SupervisionNote.dekad_start)).all()
    return [SupervisionRow(d, h, a or "", c) for d, h, a, c in rows]


def record_monthly_check(ctx: Ctx, zone_id: int, month: str, score: float, note: str = "",
                         today: date | None = None) -> MonthlyRow:
    """月考核: a zone's self-check score for a month (0–100), once per zone and month."""
    ctx.actor.require_write()
    today = today or date.today()
    m = parse_period(month, PeriodKind.MONTH)
    text = clean_text(note, multiline=True)
    problems = []
    if m.start > today:
        problems.append(f"不能为以后的月份（{m.label}）录入月考核。")
    if not 0 <= score <= 100:
        problems.append(f"自查得分{score:g}超出范围（0～100分）。")
    records.raise_problems(problems)
    with ctx.uow() as s:
        z, member = _zone_label(s, zone_id)
        if s.scalar(select(MonthlySelfCheck.id).where(MonthlySelfCheck.zone_id == zone_id,
                                                      MonthlySelfCheck.month == m.label)) is not None:
            raise ValidationError(f"“{z.name}”{m.label}的月考核已经录入。")
        s.add(MonthlySelfCheck(zone_id=zone_id, month=m.label, score=round(score, 1), note=text or None))
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.MONTHLY_SELF_CHECK, None,
                     f"录入月考核：{z.name} {m.label} {score:g}分", {"zone_id": zone_id, "month": m.label})
    return MonthlyRow(m.label, z.name, member, round(score, 1), text)


def add_supervision_note(ctx: Ctx, branch_id: int, held_on: date, content: str,
                         today: date | None = None) -> SupervisionRow:
    """旬督导: a note of the branch's ten-day supervision (filed under its 旬)."""
    ctx.actor.require_write()
    today = today or date.today()
    text = clean_text(content, multiline=True)
    problems = []
    if not text:
        problems.append("请填写督导内容。")
    if held_on > today:
        problems.append("督导日期不能晚于今天。")
    records.raise_problems(problems)
    with ctx.uow() as s:
        b = _branch(s, branch_id)
        start = dekad_start(held_on)
        s.add(SupervisionNote(branch_id=branch_id, dekad_start=start, held_on=held_on, author_id=ctx.actor.person_id,
                              content=text))
        author = s.get(Person, ctx.actor.person_id) if ctx.actor.person_id else None
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.SUPERVISION_NOTE, None,
                     f"记录{b.name}旬督导：{start:%Y-%m-%d}这一旬", {"branch_id": branch_id, "held_on": held_on.isoformat()})
    return SupervisionRow(start, held_on, author.name if author else ctx.actor.display_name, text)
