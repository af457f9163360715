"""责任区 reports and what is counted from them: weekly safety reports and suggestions, the
compliance grid (13 weeks × 6 months), the quick entry, the export, and the 工作台 sources.

Each write is one unit of work like those of ``services.zones`` (role first, every rule checked
before anything is written, an audit entry in the same transaction). Weeks are ISO weeks known
by their Monday; a week that spans two months or two years counts once, in the week it starts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangjian_desktop.domain.errors import NotFound, ValidationError
from dangjian_desktop.domain.org import Branch, WorkUnit
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
    last_months,
    last_weeks,
    month_duty,
    month_end,
    week_duty,
)
from dangjian_desktop.domain.zones import Suggestion, Zone, ZoneReport, ZoneStatus

from . import audit, points
from .audit import AuditAction, AuditEntity
from .records import raise_problems
from .uow import Actor, Ctx
from .zones import (
    AREA,
    TEXT_MAX,
    ZONE_NOT_FOUND,
    ZoneFilter,
    _Member,
    _Parent,
    _status_condition,
    _unit_label,
    _zone_query,
    list_zones,
)

if TYPE_CHECKING:
    from .worklist import Urgency, WorkItem

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
        points.record_for(s, "zone_report", r.id, day)  # 党员积分: in the same unit of work
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
        report_ids = []
        for z in zones:
            r = ZoneReport(zone_id=z.id, member_id=z.member_id, week_start=monday, reported_on=reported_on,
                           safety_ok=True, content="本周责任区安全状况正常。")
            s.add(r)
            s.flush()
            audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.ZONE_REPORT, r.id,
                         f"{z.name} 周报（{monday:%Y-%m-%d} 周，快速录入）")
            report_ids.append(r.id)
        points.record_for(s, "zone_report", report_ids, day)  # 党员积分: one pass for the whole batch
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
        points.record_for(s, "suggestion", sg.id, day)
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


def compliance(ctx: Ctx, f: ZoneFilter | None = None) -> Compliance:
    """The grid for the zones the filter selects (drafts owe nothing and are left out)."""
    f = f or ZoneFilter()
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
    """The zones 在岗 today (id, name, member, branch id, branch): the 工作台 asks at every start,
    so only the tables it names are joined."""
    q = select(Zone.id, Zone.name, _Member.name, Branch.id, Branch.name).join(Branch, Zone.branch_id == Branch.id) \
        .outerjoin(_Member, Zone.member_id == _Member.id) \
        .where(_status_condition(ZoneStatus.ACTIVE, today)).order_by(Branch.id, Zone.id)
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


__all__ = ["Compliance", "ComplianceRow", "EXPORT_HEADER", "ExportResult", "GROUP_OVER", "QuickEntryRow", "ReportRow", "SuggestionRow", "add_suggestion", "compliance", "due_reports", "due_suggestions", "ending_soon", "export_zones", "list_reports", "list_suggestions", "quick_entry_rows", "record_report", "record_week_reports"]
