"""党员积分: the rules, the append-only log, and keeping the log equal to its sources.

Every entry of the log (``point_entry``) names its rule and its source record. What the log
should hold is recomputed from the source records (hazards, weekly reports, suggestions,
follow-ups, pledges, commendations, 三违, accidents: read from their tables directly) and the
rules (``domain/points.py``); the engine appends the difference, never edits or deletes:

- ``record_for(session, source_table, source_id)``: called by a service that saves a source
  record, inside its own unit of work, appends that record's entries (and corrections);
- ``check(ctx, period)`` lists the differences, ``rebuild(ctx, period)`` appends them;
- the demo writes its log with ``sync_log`` (the same engine), so a fresh demo checks clean.

Two rules follow the calendar rather than a save (a hazard past its deadline, a week without
a report): their entries are due once the day has passed, and ``rebuild`` (the 积分 page's
补记, or the command line) appends them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, insert, or_, select, true
from sqlalchemy.orm import Session

from dangjian_desktop.domain.assessment import Commendation, CommendationStatus, PointEntry, PointRule
from dangjian_desktop.domain.base import Base, utcnow
from dangjian_desktop.domain.errors import NotFound, ValidationError
from dangjian_desktop.domain.hazards import Accident, Hazard, HazardStatus, Violation
from dangjian_desktop.domain.org import Branch, Person, PoliticalStatus
from dangjian_desktop.domain.pairing import FollowUp, Pairing
from dangjian_desktop.domain.periods import Period, PeriodKind, parse_period, period_of, week_start
from dangjian_desktop.domain.pledges import Pledge, PledgeStatus
from dangjian_desktop.domain.points import (
    DEFAULT_POINT_RULES,
    Candidate,
    Difference,
    Key,
    RuleTerms,
    differences,
    expected_entries,
    rounded,
    rule_problems,
)
from dangjian_desktop.domain.text import clean_text
from dangjian_desktop.domain.zones import Suggestion, Zone, ZoneReport, ZoneStatus

from . import audit, records
from .audit import AuditAction, AuditEntity
from .uow import Ctx

PARTY = (PoliticalStatus.MEMBER, PoliticalStatus.PROBATIONARY)
Span = tuple[date | None, date | None]
Collector = Callable[[Session, Span, date, "set[int] | None"], list[Candidate]]


# ---------------------------------------------------------------- where each rule's points come from

def _between(column: Any, span: Span) -> Any:
    start, end = span
    conds = []
    if start is not None:
        conds.append(column >= start)
    if end is not None:
        conds.append(column <= end)
    return and_(*conds) if conds else column.is_not(None)


def _core(s: Session, q: Any) -> Any:
    """Run a select of columns without the ORM's row handling (hundreds of thousands of rows on the
    large demo); the session's pending changes are flushed by the callers first."""
    return s.connection().execute(q)


def _only(column: Any, persons: set[int] | None) -> Any:
    """Limit to those people (a save touches one or two members: filtered in SQL)."""
    return true() if persons is None else column.in_(list(persons))


def _cands(table: str, rows: Iterable[tuple[int, int | None, date | None]]) -> list[Candidate]:
    """Candidates from (source id, person, day) rows; one without a person or a day earns nothing."""
    return [Candidate(on, table, i, p) for i, p, on in rows if p is not None and on is not None]


def _in(day: date, span: Span) -> bool:
    return (span[0] is None or day >= span[0]) and (span[1] is None or day <= span[1])


def _hazard_found(s: Session, span: Span, today: date, persons: set[int] | None = None) -> list[Candidate]:
    q = select(Hazard.id, Hazard.finder_id, Hazard.found_on).where(Hazard.finder_id.is_not(None),
                                                                   _between(Hazard.found_on, span),
                                                                   _only(Hazard.finder_id, persons))
    return _cands("hazard", _core(s, q))


def _hazard_closed_on_time(s: Session, span: Span, today: date, persons: set[int] | None = None) -> list[Candidate]:
    q = (select(Hazard.id, Zone.member_id, Hazard.closed_on).join(Zone, Hazard.zone_id == Zone.id)
         .where(Zone.member_id.is_not(None), Hazard.status == HazardStatus.CLOSED, Hazard.closed_on.is_not(None),
                Hazard.closed_on <= Hazard.deadline, _between(Hazard.closed_on, span), _only(Zone.member_id, persons)))
    return _cands("hazard", _core(s, q))


def _hazard_overdue(s: Session, span: Span, today: date, persons: set[int] | None = None) -> list[Candidate]:
    """Counted the day after the deadline, once that day has come, whether closed late or still open."""
    start, end = span
    wide = (start - timedelta(days=1) if start else None, end - timedelta(days=1) if end else None)
    q = (select(Hazard.id, Zone.member_id, Hazard.deadline).join(Zone, Hazard.zone_id == Zone.id)
         .where(Zone.member_id.is_not(None), _between(Hazard.deadline, wide), Hazard.deadline < today,
                _only(Zone.member_id, persons),
                or_(and_(Hazard.status != HazardStatus.CLOSED), Hazard.closed_on > Hazard.deadline)))
    return _cands("hazard", ((i, p, d + timedelta(days=1)) for i, p, d in _core(s, q)))


def _zone_report(s: Session, span: Span, today: date, persons: set[int] | None = None) -> list[Candidate]:
    """A weekly report made within its week."""
    q = select(ZoneReport.id, ZoneReport.member_id, ZoneReport.reported_on, ZoneReport.week_start).where(
        _between(ZoneReport.reported_on, span), _only(ZoneReport.member_id, persons))
    return _cands("zone_report", ((i, p, on) for i, p, on, w in _core(s, q) if on <= w + timedelta(days=6)))


def report_weeks(starts_on: date, last_day: date, today: date) -> list[date]:
    """The Mondays of the weeks a zone owes a report for that are over by ``today``."""
    week = week_start(starts_on)
    out = []
    while week <= last_day and week + timedelta(days=6) < today:
        out.append(week)
        week += timedelta(days=7)
    return out


def zone_last_day(z_ends: date | None, z_revoked: date | None, today: date) -> date:
    return min(d for d in (z_ends, z_revoked, today) if d is not None)


def _report_missed(s: Session, span: Span, today: date, persons: set[int] | None = None) -> list[Candidate]:
    """A week of a zone's term (over by today) without any report: counted on the week's Sunday."""
    start, end = span
    zones = _core(s, select(Zone.id, Zone.member_id, Zone.starts_on, Zone.ends_on, Zone.revoked_on).where(
        Zone.member_id.is_not(None), Zone.starts_on.is_not(None), Zone.status != ZoneStatus.DRAFT,
        _only(Zone.member_id, persons))).all()
    wq = select(ZoneReport.zone_id, ZoneReport.week_start)
    if start is not None:
        wq = wq.where(ZoneReport.week_start >= start - timedelta(days=6))
    if end is not None:
        wq = wq.where(ZoneReport.week_start <= end)
    reported = {(z, w) for z, w in _core(s, wq)}
    out = []
    for zid, member, starts, ends, revoked in zones:
        if member is None or starts is None:
            continue
        for week in report_weeks(starts, zone_last_day(ends, revoked, today), today):
            day = week + timedelta(days=6)
            if _in(day, span) and (zid, week) not in reported:
                out.append(Candidate(day, "zone", zid, member))
    return out


def _suggestion(s: Session, span: Span, today: date, persons: set[int] | None = None) -> list[Candidate]:
    q = select(Suggestion.id, Suggestion.member_id, Suggestion.made_on).where(_between(Suggestion.made_on, span),
                                                                              _only(Suggestion.member_id, persons))
    return _cands("suggestion", _core(s, q))


def _suggestion_adopted(s: Session, span: Span, today: date, persons: set[int] | None = None) -> list[Candidate]:
    q = select(Suggestion.id, Suggestion.member_id, Suggestion.made_on).where(
        Suggestion.adopted.is_(True), _between(Suggestion.made_on, span), _only(Suggestion.member_id, persons))
    return _cands("suggestion", _core(s, q))


def _follow_up(s: Session, span: Span, today: date, persons: set[int] | None = None) -> list[Candidate]:
    q = (select(FollowUp.id, Pairing.member_id, FollowUp.held_on).join(Pairing, FollowUp.pairing_id == Pairing.id)
         .where(_between(FollowUp.held_on, span), _only(Pairing.member_id, persons)))
    return _cands("follow_up", _core(s, q))


def _pledge(status: PledgeStatus) -> Collector:
    def collect(s: Session, span: Span, today: date, persons: set[int] | None = None) -> list[Candidate]:
        q = select(Pledge.id, Pledge.member_id, Pledge.reviewed_on).where(
            Pledge.status == status, Pledge.reviewed_on.is_not(None), _between(Pledge.reviewed_on, span),
            _only(Pledge.member_id, persons))
        return _cands("pledge", _core(s, q))
    return collect


def _commendation(s: Session, span: Span, today: date, persons: set[int] | None = None) -> list[Candidate]:
    """A confirmed 党员之星 (the member) or 优质责任区 (its zone's member)."""
    q = (select(Commendation.id, func.coalesce(Commendation.person_id, Zone.member_id), Commendation.confirmed_on)
         .outerjoin(Zone, Commendation.zone_id == Zone.id)
         .where(Commendation.status == CommendationStatus.CONFIRMED, Commendation.confirmed_on.is_not(None),
                _between(Commendation.confirmed_on, span),
                _only(func.coalesce(Commendation.person_id, Zone.member_id), persons)))
    return _cands("commendation", _core(s, q))


def _violation_in_zone(s: Session, span: Span, today: date, persons: set[int] | None = None) -> list[Candidate]:
    q = (select(Violation.id, Zone.member_id, Violation.occurred_on).join(Zone, Violation.zone_id == Zone.id)
         .where(Zone.member_id.is_not(None), _between(Violation.occurred_on, span), _only(Zone.member_id, persons)))
    return _cands("violation", _core(s, q))


def _accident(s: Session, span: Span, today: date, persons: set[int] | None = None) -> list[Candidate]:
    q = select(Accident.id, Accident.responsible_person_id, Accident.occurred_on).where(
        Accident.responsible_person_id.is_not(None), _between(Accident.occurred_on, span),
        _only(Accident.responsible_person_id, persons))
    return _cands("accident", _core(s, q))


COLLECTORS: dict[str, Collector] = {
    "hazard_found": _hazard_found,
    "hazard_closed_on_time": _hazard_closed_on_time,
    "hazard_overdue": _hazard_overdue,
    "zone_report": _zone_report,
    "report_missed": _report_missed,
    "suggestion": _suggestion,
    "suggestion_adopted": _suggestion_adopted,
    "follow_up": _follow_up,
    "pledge_kept": _pledge(PledgeStatus.KEPT),
    "pledge_broken": _pledge(PledgeStatus.BROKEN),
    "commendation": _commendation,
    "violation_in_zone": _violation_in_zone,
    "accident": _accident,
}

SOURCE_LABELS = {"hazard": "隐患", "zone_report": "责任区周报", "zone": "责任区", "suggestion": "合理化建议",
                 "follow_up": "结对回访", "pledge": "安全承诺", "commendation": "评先选优", "violation": "三违",
                 "accident": "事故"}


# ---------------------------------------------------------------- the engine

def ensure_default_rules(s: Session) -> int:
    """Add the default rule of every code the table lacks (a new database); returns how many."""
    have = set(s.scalars(select(PointRule.code)))
    missing = [r for r in DEFAULT_POINT_RULES if r[0] not in have]
    for code, item, points, cap, cap_period, evidence in missing:
        s.add(PointRule(code=code, item=item, points=points, cap_per_period=cap, cap_period=cap_period,
                        evidence_required=evidence, active=True))
    if missing:
        s.flush()
    return len(missing)


def _active_rules(s: Session, codes: Iterable[str] | None = None) -> list[PointRule]:
    q = select(PointRule).where(PointRule.active.is_(True), PointRule.code.in_(list(COLLECTORS)))
    if codes is not None:
        q = q.where(PointRule.code.in_(list(codes)))
    return list(s.scalars(q.order_by(PointRule.id)))


def _party_members(s: Session, persons: set[int] | None = None) -> set[int]:
    return set(s.scalars(select(Person.id).where(Person.political_status.in_(PARTY), _only(Person.id, persons))))


def _expected(s: Session, rules: list[PointRule], span: Span, today: date,
              persons: set[int] | None = None) -> dict[Key, float]:
    members = _party_members(s, persons)
    pairs = []
    for r in rules:
        terms = RuleTerms(r.id, float(r.points), None if r.cap_per_period is None else float(r.cap_per_period),
                          r.cap_period)
        pairs.append((terms, [c for c in COLLECTORS[r.code](s, span, today, persons) if c.person_id in members]))
    return expected_entries(pairs)


def _found(s: Session, rules: list[PointRule], span: Span, persons: set[int] | None = None) -> dict[Key, float]:
    if not rules:
        return {}
    q = (select(PointEntry.person_id, PointEntry.rule_id, PointEntry.source_table, PointEntry.source_id,
                PointEntry.occurred_on, func.sum(PointEntry.points))
         .where(PointEntry.rule_id.in_([r.id for r in rules]), _between(PointEntry.occurred_on, span))
         .group_by(PointEntry.person_id, PointEntry.rule_id, PointEntry.source_table, PointEntry.source_id,
                   PointEntry.occurred_on))
    if persons is not None:
        q = q.where(PointEntry.person_id.in_(list(persons)))
    return {(p, r, t, i, on): float(total or 0) for p, r, t, i, on, total in _core(s, q)}


def _aligned(period: Period | None) -> Span:
    """The whole years around ``period``: every rule's cap period (month … year) lies inside one."""
    if period is None:
        return (None, None)
    return (date(period.start.year, 1, 1), date(period.end.year, 12, 31))


def _diffs(s: Session, period: Period | None, today: date, rules: list[PointRule] | None = None,
           persons: set[int] | None = None, span: Span | None = None) -> list[Difference]:
    rules = _active_rules(s) if rules is None else rules
    span = _aligned(period) if span is None else span
    exp = _expected(s, rules, span, today, persons)
    fnd = _found(s, rules, span, persons)
    if period is not None:
        exp = {k: v for k, v in exp.items() if k[4] in period}
        fnd = {k: v for k, v in fnd.items() if k[4] in period}
    return differences(exp, fnd)


def _append(s: Session, diffs: list[Difference], rules: dict[int, PointRule], note: str | None = None) -> int:
    """The correcting entries, one per difference, inserted in bulk."""
    now = utcnow()
    rows = []
    for d in diffs:
        person, rule_id, table, source_id, on = d.key
        text = rules[rule_id].item if d.found == 0 else f"更正：应为{d.expected:g}分，原记{d.found:g}分"
        rows.append({"person_id": person, "rule_id": rule_id, "occurred_on": on, "points": d.correction,
                     "source_table": table, "source_id": source_id, "note": note or text,
                     "created_at": now, "updated_at": now, "version": 1})
    for i in range(0, len(rows), 5000):  # Core executemany: the demo appends 200,000 at once
        s.connection().execute(insert(Base.metadata.tables["point_entry"]), rows[i:i + 5000])
    return len(rows)


def sync_log(s: Session, period: Period | None, today: date, note: str | None = None,
             codes: Iterable[str] | None = None) -> int:
    """Append what makes the log agree with the sources for ``period`` (None: all time), in the
    caller's transaction (``codes``: only those rules). The demo writes its log with this;
    ``rebuild`` is it as a unit of work."""
    ensure_default_rules(s)
    rules = _active_rules(s, codes)
    return _append(s, _diffs(s, period, today, rules), {r.id: r for r in rules}, note)


# Which rules a saved source record can change, and the people and days it touches.
_TABLE_CODES: dict[str, tuple[str, ...]] = {
    "hazard": ("hazard_found", "hazard_closed_on_time", "hazard_overdue"),
    "zone_report": ("zone_report", "report_missed"),
    "suggestion": ("suggestion", "suggestion_adopted"),
    "follow_up": ("follow_up",),
    "pledge": ("pledge_kept", "pledge_broken"),
    "commendation": ("commendation",),
    "violation": ("violation_in_zone",),
    "accident": ("accident",),
    "zone": ("report_missed", "hazard_closed_on_time", "hazard_overdue", "violation_in_zone"),
}


def _touched(s: Session, table: str, source_id: int) -> tuple[set[int], set[date]]:
    """The people and days a source record's entries may fall on, as it is now."""
    people: set[int | None] = set()
    days: set[date | None] = set()
    if table == "hazard":
        h = s.get(Hazard, source_id)
        if h is not None:
            zone = s.get(Zone, h.zone_id) if h.zone_id else None
            people |= {h.finder_id, zone.member_id if zone else None}
            days |= {h.found_on, h.closed_on, h.deadline + timedelta(days=1)}
    elif table == "zone_report":
        r = s.get(ZoneReport, source_id)
        if r is not None:
            zone = s.get(Zone, r.zone_id)
            people |= {r.member_id, zone.member_id if zone else None}
            days |= {r.reported_on, r.week_start + timedelta(days=6)}
    elif table == "suggestion":
        sg = s.get(Suggestion, source_id)
        if sg is not None:
            people.add(sg.member_id)
            days.add(sg.made_on)
    elif table == "follow_up":
        f = s.get(FollowUp, source_id)
        if f is not None:
            pairing = s.get(Pairing, f.pairing_id)
            people.add(pairing.member_id if pairing else None)
            days.add(f.held_on)
    elif table == "pledge":
        pledge = s.get(Pledge, source_id)
        if pledge is not None:
            people.add(pledge.member_id)
            days.add(pledge.reviewed_on)
    elif table == "commendation":
        c = s.get(Commendation, source_id)
        if c is not None:
            zone = s.get(Zone, c.zone_id) if c.zone_id else None
            people |= {c.person_id, zone.member_id if zone else None}
            days.add(c.confirmed_on)
    elif table == "violation":
        v = s.get(Violation, source_id)
        if v is not None:
            zone = s.get(Zone, v.zone_id) if v.zone_id else None
            people.add(zone.member_id if zone else None)
            days.add(v.occurred_on)
    elif table == "accident":
        a = s.get(Accident, source_id)
        if a is not None:
            people.add(a.responsible_person_id)
            days.add(a.occurred_on)
    elif table == "zone":
        z = s.get(Zone, source_id)
        if z is not None:
            people.add(z.member_id)
    # and wherever its entries are now (a record moved to another day or member)
    for person, on in _core(s, select(PointEntry.person_id, PointEntry.occurred_on).where(
            PointEntry.source_table == table, PointEntry.source_id == source_id).distinct()):
        people.add(person)
        days.add(on)
    return {p for p in people if p is not None}, {d for d in days if d is not None}


def record_for(s: Session, source_table: str, source_id: int | Iterable[int], today: date | None = None) -> int:
    """Append the points log entries of one source record just saved (or their corrections), in
    the caller's unit of work; returns how many were appended. ``source_id`` may also be several
    records of that table saved together (the zones' quick entry): one pass for all of them.

    The services of the other areas call this after saving a hazard, a weekly report, a
    suggestion, a follow-up, a reviewed pledge, a 三违, an accident (or a zone whose member
    changed): ``points.record_for(session, "hazard", hazard.id)``. It recomputes the touched
    members' entries of the record's rules over the cap periods the record falls in, so a cap
    shared with the member's other records stays right.
    """
    today = today or date.today()
    codes = _TABLE_CODES.get(source_table)
    if codes is None:
        raise ValueError(f"unknown points source table {source_table!r}")
    s.flush()
    ensure_default_rules(s)
    rules = _active_rules(s, codes)
    people: set[int] = set()
    days: set[date] = set()
    for sid in ([source_id] if isinstance(source_id, int) else source_id):
        more_people, more_days = _touched(s, source_table, sid)
        people |= more_people
        days |= more_days
    if not people:
        return 0
    by_id = {r.id: r for r in rules}
    if source_table == "zone":  # a zone's term or member changed: its member's entries, all time
        return _append(s, _diffs(s, None, today, rules, people), by_id)
    appended = 0
    for rule in rules:
        for span in sorted({_cap_span(day, rule) for day in days}):
            appended += _append(s, _diffs(s, None, today, [rule], people, span), by_id)
    return appended


def _cap_span(day: date, rule: PointRule) -> tuple[date, date]:
    if rule.cap_per_period is None:
        return (day, day)
    p = period_of(day, rule.cap_period)
    return (p.start, p.end)


# ---------------------------------------------------------------- check and rebuild (units of work)

def parse_optional_period(text: str | None) -> Period | None:
    """A period as typed (``2026Q3``, ``2026H2``, ``2026-11``, ``2026``), None for none;
    ``2026Q5`` or ``2026-13`` is refused in Chinese."""
    if text is None or not text.strip():
        return None
    return parse_period(text)


@dataclass(frozen=True)
class DifferenceRow:
    person_id: int
    person: str  # 张三（M001）
    rule: str
    source: str  # 隐患 #123
    occurred_on: date
    expected: float
    found: float


@dataclass(frozen=True)
class CheckResult:
    period: str | None
    entries: int  # entries of the log in the period
    differences: tuple[DifferenceRow, ...]

    @property
    def ok(self) -> bool:
        return not self.differences


def _rows(s: Session, diffs: list[Difference]) -> tuple[DifferenceRow, ...]:
    ids = {d.key[0] for d in diffs}
    people = {i: (n, no) for i, n, no in s.execute(select(Person.id, Person.name, Person.employee_no)
                                                     .where(Person.id.in_(list(ids))))} if ids else {}
    rules = {r.id: r.item for r in s.scalars(select(PointRule))}
    out = []
    for d in diffs:
        person, rule_id, table, sid, on = d.key
        name, no = people.get(person, (f"#{person}", ""))
        out.append(DifferenceRow(person, f"{name}（{no}）" if no else name, rules.get(rule_id, f"#{rule_id}"),
                                 f"{SOURCE_LABELS.get(table, table)} #{sid}", on, d.expected, d.found))
    return tuple(out)


def check(ctx: Ctx, period: str | None = None, today: date | None = None) -> CheckResult:
    """Recompute the log for ``period`` (None: all time) and list where it differs."""
    p = parse_optional_period(period)
    with ctx.read() as s:
        diffs = _diffs(s, p, today or date.today())
        n = s.scalar(select(func.count(PointEntry.id)).where(_between(PointEntry.occurred_on, (p.start, p.end) if p else (None, None)))) or 0
        return CheckResult(p.label if p else None, n, _rows(s, diffs))


def rebuild(ctx: Ctx, period: str | None = None, today: date | None = None) -> int:
    """Append the entries that make the log agree with its sources for ``period``; how many."""
    p = parse_optional_period(period)
    ctx.actor.require_write()
    with ctx.uow() as s:
        n = sync_log(s, p, today or date.today())
        if n:
            audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.POINT_ENTRY, None,
                         f"核对并补记党员积分{('（' + p.label + '）') if p else ''}：追加{n}条记录",
                         {"period": p.label if p else None, "appended": n})
    return n


# ---------------------------------------------------------------- the rules

@dataclass(frozen=True)
class RuleRow:
    id: int
    version: int
    code: str
    item: str
    points: float
    cap: float | None
    cap_period: PeriodKind
    evidence_required: bool
    active: bool


def _rule_row(r: PointRule) -> RuleRow:
    return RuleRow(r.id, r.version, r.code, r.item, float(r.points),
                   None if r.cap_per_period is None else float(r.cap_per_period), r.cap_period,
                   bool(r.evidence_required), bool(r.active))


def list_rules(ctx: Ctx) -> list[RuleRow]:
    """The rules, the defaults added first when a writer opens a database that lacks them."""
    if ctx.actor.can_write:
        with ctx.uow() as s:
            ensure_default_rules(s)
    with ctx.read() as s:
        return [_rule_row(r) for r in s.scalars(select(PointRule).order_by(PointRule.id))]


@dataclass(frozen=True)
class RuleEdit:
    item: str
    points: float
    cap: float | None
    cap_period: PeriodKind
    evidence_required: bool
    active: bool


def update_rule(ctx: Ctx, rule_id: int, expected_version: int, edit: RuleEdit,
                today: date | None = None) -> tuple[RuleRow, int]:
    """Change a rule (secretary); the log is corrected to it in the same transaction (entries
    appended, none edited). Returns the rule and how many entries were appended."""
    ctx.actor.require_secretary()
    item = clean_text(edit.item)
    records.raise_problems(rule_problems(item, edit.points, edit.cap))
    with ctx.uow() as s:
        r = records.load_for_edit(s, PointRule, rule_id, expected_version, "该积分规则不存在。")
        data = RuleEdit(item, rounded(edit.points), None if edit.cap is None else rounded(edit.cap), edit.cap_period,
                        edit.evidence_required, edit.active)
        changes = records.diff(r, _as_columns(data), ("item", "points", "cap_per_period", "cap_period",
                                                      "evidence_required", "active"))
        s.flush()
        appended = 0
        if changes and r.active:
            appended = _append(s, _diffs(s, None, today or date.today(), [r]), {r.id: r})
        if changes:
            audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.SETTING, r.id,
                         f"修改积分规则“{r.item}”" + (f"，追加更正记录{appended}条" if appended else ""),
                         records.audit_details(changes) | {"appended": [0, appended]})
        row = _rule_row(r)
    return row, appended


@dataclass(frozen=True)
class _Columns:
    item: str
    points: float
    cap_per_period: float | None
    cap_period: PeriodKind
    evidence_required: bool
    active: bool


def _as_columns(e: RuleEdit) -> _Columns:
    return _Columns(e.item, e.points, e.cap, e.cap_period, e.evidence_required, e.active)


# ---------------------------------------------------------------- members' points

@dataclass(frozen=True)
class MemberPoints:
    person_id: int
    name: str
    employee_no: str
    branch: str
    by_rule: dict[int, float]  # rule id → points in the period
    total: float
    rank: int


@dataclass(frozen=True)
class PointsTable:
    period: str
    branch: str | None
    rules: tuple[RuleRow, ...]  # the columns, in rule order
    members: tuple[MemberPoints, ...]  # by rank, then pinyin


def branch_id_by_name(s: Session, name: str) -> int:
    bid = s.scalar(select(Branch.id).where(Branch.name == clean_text(name)))
    if bid is None:
        names = "、".join(s.scalars(select(Branch.name).order_by(Branch.id)))
        raise NotFound(f"没有名为“{name}”的支部（现有：{names or '无'}）。")
    return bid


def points_by_member(s: Session, period: Period, branch_id: int | None = None) -> dict[int, float]:
    """Each member's total points in the period (only those with entries)."""
    q = (select(PointEntry.person_id, func.sum(PointEntry.points)).where(_between(PointEntry.occurred_on, (period.start, period.end)))
         .group_by(PointEntry.person_id))
    if branch_id is not None:
        q = q.join(Person, Person.id == PointEntry.person_id).where(Person.branch_id == branch_id)
    return {p: rounded(float(t or 0)) for p, t in s.execute(q)}


def points_table(ctx: Ctx, period: str, branch: str | None = None) -> PointsTable:
    """One row per party member (of the branch) with points by rule, the total and the rank."""
    p = parse_period(period)
    with ctx.read() as s:
        branch_id = branch_id_by_name(s, branch) if branch else None
        rules = [_rule_row(r) for r in s.scalars(select(PointRule).order_by(PointRule.id))]
        mq = (select(Person.id, Person.name, Person.employee_no, Branch.name).join(Branch, Person.branch_id == Branch.id)
              .where(Person.political_status.in_(PARTY), Person.archived_at.is_(None)))
        if branch_id is not None:
            mq = mq.where(Person.branch_id == branch_id)
        members = s.execute(mq.order_by(Branch.id, Person.name_pinyin)).all()
        sums: dict[int, dict[int, float]] = defaultdict(dict)
        q = (select(PointEntry.person_id, PointEntry.rule_id, func.sum(PointEntry.points))
             .where(_between(PointEntry.occurred_on, (p.start, p.end)))
             .group_by(PointEntry.person_id, PointEntry.rule_id))
        if branch_id is not None:
            q = q.join(Person, Person.id == PointEntry.person_id).where(Person.branch_id == branch_id)
        for person, rule, total in s.execute(q):
            sums[person][rule] = rounded(float(total or 0))
    totals = [(rounded(sum(sums[m[0]].values())), k, m) for k, m in enumerate(members)]
    totals.sort(key=lambda t: (-t[0], t[1]))
    out, rank, previous = [], 0, None
    for n, (total, _k, (pid, name, no, bname)) in enumerate(totals, 1):
        if total != previous:
            rank, previous = n, total
        out.append(MemberPoints(pid, name, no, bname, dict(sums[pid]), total, rank))
    return PointsTable(p.label, clean_text(branch) if branch else None, tuple(rules), tuple(out))


def export_points(ctx: Ctx, period: str, out: Path, branch: str | None = None) -> tuple[Path, int]:
    """``export points``: the points table as a formatted workbook; (path, members)."""
    from dangjian_desktop.exporting.assessment_xlsx import write_sheet

    table = points_table(ctx, period, branch)
    used = [r for r in table.rules if r.active or any(r.id in m.by_rule for m in table.members)]
    header = ["排名", "姓名", "工号", "支部", *[f"{r.item}（{r.points:+g}）" for r in used], "合计"]
    rows = [[m.rank, m.name, m.employee_no, m.branch, *[m.by_rule.get(r.id, 0.0) for r in used], m.total]
            for m in table.members]
    title = f"{table.branch or '全部支部'} 党员积分 {table.period}"
    subtitle = f"共{len(rows)}名党员；按积分从高到低排名，积分按规则自各项记录计算（只增不改的积分记录合计）"
    path = write_sheet(Path(out), title, subtitle, header, rows, widths=[6, 10, 10, 18, *[12] * len(used), 9],
                       number_columns=range(5, 6 + len(used)))
    if ctx.actor.can_write:
        with ctx.uow() as s:
            audit.record(s, ctx.actor, AuditAction.EXPORT, AuditEntity.POINT_ENTRY, None,
                         f"导出党员积分：{title}", {"period": table.period, "branch": table.branch, "members": len(rows)})
    return path, len(rows)


def validate_export_path(out: Path, suffixes: tuple[str, ...]) -> Path:
    if out.suffix.lower() not in suffixes:
        raise ValidationError(f"输出文件应以 {' 或 '.join(suffixes)} 结尾：{out}")
    if out.is_dir():
        raise ValidationError(f"{out} 是一个文件夹，请给出文件名。")
    return out


@dataclass(frozen=True)
class EntryRow:
    id: int
    occurred_on: date
    rule: str
    points: float
    source: str  # 隐患 #123
    note: str


def member_entries(ctx: Ctx, person_id: int, period: str) -> list[EntryRow]:
    """One member's log entries in the period, each with its rule and source record, in order."""
    p = parse_period(period)
    with ctx.read() as s:
        rows = s.execute(select(PointEntry.id, PointEntry.occurred_on, PointRule.item, PointEntry.points,
                                PointEntry.source_table, PointEntry.source_id, PointEntry.note)
                         .join(PointRule, PointRule.id == PointEntry.rule_id)
                         .where(PointEntry.person_id == person_id, _between(PointEntry.occurred_on, (p.start, p.end)))
                         .order_by(PointEntry.occurred_on, PointEntry.id)).all()
    return [EntryRow(i, on, item, float(pts), f"{SOURCE_LABELS.get(t, t)} #{sid}", note or "")
            for i, on, item, pts, t, sid, note in rows]
