"""model corrections: coverage from pairings, warning due dates, period labels, enums, keys

Revision ID: 0002_model_corrections
Revises: 0001_baseline
Create Date: 2026-11-29

- ``mood_file.covering_member_id`` is dropped: the active pairing is the one source of truth
  for who covers a worker. A file whose covering member had no active pairing with the worker
  gets one (in the worker's branch, from the file's ``opened_on``), so nobody loses access;
  each such pairing is named in the audit log. The downgrade fills the column again from the
  active pairings (the most recently started one when several cover the worker).
- ``mood_warning.due_on``: the next step's date, backfilled with the default time limits;
  lifted and escalated warnings get NULL.
- Periods are stored as their labels (``2026-11``, ``2026Q3``, ``2026H2``, ``2026``) in
  VARCHAR(7): ``mood_analysis.month`` and ``monthly_self_check.month`` were the month's first
  day; the other period columns are normalised (``2026q3`` → ``2026Q3``). A period that cannot
  be read stops the upgrade with a message (nothing is changed; the program never wrote one).
- Fixed vocabularies: ``hazard_photo.stage`` (整改前/整改后), ``point_rule.cap_period``
  (月/季/半年/年) and the ``pairing.goals`` list are normalised; a goal that fits none of the
  four is kept in the pairing's note, not lost.
- One hazard per inspection finding (unique index; a second hazard of one finding is detached
  and the audit log says which), an index on ``audit_entry (entity, entity_id)``, and
  ``pledge.branch_id`` (filled with the member's branch).

The rules used here are copies frozen at this revision (not imports of ``domain``), so the
migration does the same thing whatever later code says.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta, timezone
from typing import Any, Sequence, Union

import sqlalchemy as sa
from alembic import op

from dangjian_desktop.domain.errors import DomainError

revision: str = '0002_model_corrections'
down_revision: Union[str, None] = '0001_baseline'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

UPGRADE_ACTOR = "数据库升级 0002"
# Period columns that were already text (VARCHAR(8)); (table, column).
TEXT_PERIODS = (("quarterly_review", "period"), ("duty_check", "period"), ("branch_target", "period"),
                ("commendation", "period"))
# Period columns that held the first day of a month; (table, column, unique constraint columns).
MONTH_DATES = (("mood_analysis", "month", ("branch_id", "month")), ("monthly_self_check", "month", ("zone_id", "month")))


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


_AUDIT = sa.table(
    "audit_entry", sa.column("at", sa.DateTime), sa.column("created_at", sa.DateTime), sa.column("updated_at", sa.DateTime),
    sa.column("user_id", sa.Integer), sa.column("username", sa.String), sa.column("action", sa.String),
    sa.column("entity", sa.String), sa.column("entity_id", sa.Integer), sa.column("summary", sa.Text),
    sa.column("details", sa.JSON),
)


Note = tuple[str, Union[int, None], str, dict[str, Any]]  # entity, id, summary, details


def _audit(entries: list[Note]) -> None:
    """What the upgrade decided for the user, in the audit log (entity, id, summary, details)."""
    if not entries:
        return
    now = _utcnow()
    op.get_bind().execute(_AUDIT.insert(), [
        {"at": now, "created_at": now, "updated_at": now, "user_id": None, "username": UPGRADE_ACTOR,
         "action": "升级", "entity": entity, "entity_id": entity_id, "summary": summary, "details": details}
        for entity, entity_id, summary, details in entries])


def upgrade() -> None:
    today = date.today()
    _check_periods()
    _vocabularies()
    _periods_to_labels()
    _one_hazard_per_finding()
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_index("ix_audit_entry_entity")
        batch.create_index("ix_audit_entry_entity_entity_id", ["entity", "entity_id"], unique=False)
    _pledge_branch()
    _warning_due_on()
    _coverage_from_pairings(today)


def downgrade() -> None:
    today = date.today()
    with op.batch_alter_table("mood_file") as batch:
        batch.add_column(sa.Column("covering_member_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_mood_file_covering_member_id_person", "person", ["covering_member_id"], ["id"])
        batch.create_index("ix_mood_file_covering_member_id", ["covering_member_id"], unique=False)
    _fill_covering_member(today)
    with op.batch_alter_table("mood_warning") as batch:
        batch.drop_index("ix_mood_warning_due_on")
        batch.drop_column("due_on")
    with op.batch_alter_table("pledge") as batch:
        batch.drop_index("ix_pledge_branch_id")
        batch.drop_constraint("fk_pledge_branch_id_branch", type_="foreignkey")
        batch.drop_column("branch_id")
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_index("ix_audit_entry_entity_entity_id")
        batch.create_index("ix_audit_entry_entity", ["entity"], unique=False)
    with op.batch_alter_table("hazard") as batch:
        batch.drop_index("uq_hazard_finding_id")
        batch.create_index("ix_hazard_finding_id", ["finding_id"], unique=False)
    for table, column in TEXT_PERIODS:
        with op.batch_alter_table(table) as batch:
            batch.alter_column(column, existing_type=sa.String(7), type_=sa.String(8), existing_nullable=False)
    for table, column, unique in MONTH_DATES:
        _retype(table, column, sa.String(7), sa.Date(), lambda label: date(int(label[:4]), int(label[5:7]), 1), unique)
    # The vocabularies need nothing: their values were valid before as well.


# ---------------------------------------------------------------- fixed vocabularies

_STAGE_AFTER = re.compile(r"后|完成|已整改|AFTER", re.IGNORECASE)
_CAP_PERIODS = {
    "月": ("月", "每月", "月度", "M", "MONTH"), "季": ("季", "每季", "季度", "Q", "QUARTER"),
    "半年": ("半年", "每半年", "半年度", "H", "HALF"), "年": ("年", "每年", "年度", "Y", "YEAR"),
}
_GOALS = {
    "谈心谈话": ("谈心谈话", "谈心", "谈话", "谈心谈话提醒"),
    "技术传帮带": ("技术传帮带", "传帮带", "技术帮带", "师带徒"),
    "遵章守纪提醒": ("遵章守纪提醒", "遵章守纪", "安全提醒", "遵章守纪教育"),
    "困难帮扶": ("困难帮扶", "帮扶", "困难职工帮扶"),
}
_GOAL_SPLIT = re.compile(r"[,，、;；/\s]+")


def _stage(value: str | None) -> str:
    text = (value or "").strip()
    if text in ("整改前", "整改后"):
        return text
    return "整改后" if _STAGE_AFTER.search(text) else "整改前"


def _cap_period(value: str | None) -> str:
    text = (value or "").strip().upper()
    for kind, words in _CAP_PERIODS.items():
        if text in words:
            return kind
    return "季"  # the column's default


def _goals(value: Any) -> tuple[list[str], list[str]]:
    """(the recognised goals in order, without repeats; what fits none)."""
    items = _GOAL_SPLIT.split(value) if isinstance(value, str) else list(value or []) if isinstance(value, list) else []
    known: list[str] = []
    unknown: list[str] = []
    for item in items:
        text = str(item).strip()
        if not text:
            continue
        goal = next((g for g, words in _GOALS.items() if text in words), None)
        if goal is None:
            unknown.append(text)
        elif goal not in known:
            known.append(goal)
    return known, unknown


def _normalise_text(table: str, column: str, fix: Callable[[str | None], str]) -> dict[str, str]:
    """Replace each distinct value by ``fix(value)``; returns what changed (old → new)."""
    bind = op.get_bind()
    t = sa.table(table, sa.column(column, sa.String))
    changed = {}
    for (old,) in bind.execute(sa.select(t.c[column]).distinct()).all():
        new = fix(old)
        if new != old:
            bind.execute(t.update().where(t.c[column] == old).values({column: new}))
            changed[str(old)] = new
    return changed


def _vocabularies() -> None:
    notes: list[Note] = []
    for table, column, fix in (("hazard_photo", "stage", _stage), ("point_rule", "cap_period", _cap_period)):
        changed = _normalise_text(table, column, fix)
        if changed:
            notes.append((table, None, f"数据库升级：{table}.{column} 的取值统一为固定选项", {"changed": changed}))
    bind = op.get_bind()
    pairing = sa.table("pairing", sa.column("id", sa.Integer), sa.column("goals", sa.JSON), sa.column("note", sa.Text))
    for pid, goals, note in bind.execute(sa.select(pairing.c.id, pairing.c.goals, pairing.c.note)).all():
        known, unknown = _goals(goals)
        if known == goals and not unknown:
            continue
        values: dict[str, Any] = {"goals": known}
        if unknown:
            kept = "原结对目标（升级时无法归入固定选项）：" + "、".join(unknown)
            values["note"] = f"{note}\n{kept}" if note else kept
            notes.append(("pairing", pid, f"数据库升级：结对目标“{'、'.join(unknown)}”不在固定选项中，已移入备注",
                          {"goals_before": goals, "goals_after": known}))
        bind.execute(pairing.update().where(pairing.c.id == pid).values(values))
    _audit(notes)


# ---------------------------------------------------------------- periods

_PERIOD = re.compile(r"^(\d{4})(?:-(\d{1,2})|Q([1-4])|H([12]))?$")
_CN_DIGITS = {"一": "1", "二": "2", "三": "3", "四": "4"}
_LOOSE = (
    (re.compile(r"^(\d{4})\s*(?:年|[/.]|-)\s*(\d{1,2})\s*月?$"), "{0}-{1}"),
    (re.compile(r"^(\d{4})\s*(?:年)?\s*第?\s*([1-4一二三四])\s*季度?$"), "{0}Q{1}"),
    (re.compile(r"^(\d{4})\s*-?\s*Q\s*([1-4])$"), "{0}Q{1}"),
    (re.compile(r"^(\d{4})\s*-?\s*H\s*([12])$"), "{0}H{1}"),
    (re.compile(r"^(\d{4})\s*年?\s*上半年$"), "{0}H1"),
    (re.compile(r"^(\d{4})\s*年?\s*下半年$"), "{0}H2"),
    (re.compile(r"^(\d{4})\s*年度?$"), "{0}"),
)


def period_label(text: str | None) -> str | None:
    """``periods.parse_period(text).label`` as of this revision; None when it cannot be read."""
    cleaned = (text or "").strip().upper()
    if not _PERIOD.match(cleaned):
        for pattern, form in _LOOSE:
            m = pattern.match(cleaned)
            if m:
                cleaned = form.format(*(_CN_DIGITS.get(g, g) for g in m.groups()))
                break
    m = _PERIOD.match(cleaned)
    if not m:
        return None
    year, month, quarter, half = m.groups()
    if month:
        return f"{year}-{int(month):02d}" if 1 <= int(month) <= 12 else None
    if quarter:
        return f"{year}Q{quarter}"
    if half:
        return f"{year}H{half}"
    return year


def _check_periods() -> None:
    """Stop before changing anything when a stored period cannot be read."""
    bind = op.get_bind()
    for table, column in TEXT_PERIODS:
        t = sa.table(table, sa.column(column, sa.String))
        bad = [v for (v,) in bind.execute(sa.select(t.c[column]).distinct()) if period_label(v) is None]
        if bad:
            raise DomainError(f"数据库升级未进行：表 {table} 的期间“{'”、“'.join(map(str, bad[:5]))}”无法识别"
                              f"（应写作 2026-11、2026Q3、2026H2 或 2026）。数据库未做任何改动。")


def _periods_to_labels() -> None:
    for table, column in TEXT_PERIODS:
        changed = _normalise_text(table, column, lambda value: period_label(value) or "")
        if changed:
            _audit([(table, None, f"数据库升级：{table}.{column} 的期间统一写作 2026Q3 等形式", {"changed": changed})])
        with op.batch_alter_table(table) as batch:
            batch.alter_column(column, existing_type=sa.String(8), type_=sa.String(7), existing_nullable=False)
    for table, column, unique in MONTH_DATES:
        _retype(table, column, sa.Date(), sa.String(7), lambda day: f"{day.year}-{day.month:02d}", unique)


def _retype(table: str, column: str, old_type: sa.types.TypeEngine, new_type: sa.types.TypeEngine,
            convert: Callable[[Any], Any], unique: Iterable[str]) -> None:
    """Change a column's type through a new column filled in Python.

    Not ``alter_column(type_=...)``: on SQLite a batch copies with CAST, and CAST('2026-11-01'
    AS DATE) keeps only 2026 (NUMERIC affinity). Here each value is converted by ``convert``.
    """
    bind = op.get_bind()
    tmp = f"{column}_new"
    with op.batch_alter_table(table) as batch:
        batch.add_column(sa.Column(tmp, new_type, nullable=True))
    t = sa.table(table, sa.column("id", sa.Integer), sa.column(column, old_type), sa.column(tmp, new_type))
    rows = bind.execute(sa.select(t.c.id, t.c[column])).all()
    if rows:
        bind.execute(t.update().where(t.c.id == sa.bindparam("row_id")).values({tmp: sa.bindparam("value")}),
                     [{"row_id": rid, "value": convert(value)} for rid, value in rows])
    unique = list(unique)
    name = f"uq_{table}_{'_'.join(unique)}"
    with op.batch_alter_table(table) as batch:
        batch.drop_constraint(name, type_="unique")
        batch.drop_column(column)
        batch.alter_column(tmp, new_column_name=column, existing_type=new_type, nullable=False)
    with op.batch_alter_table(table) as batch:
        batch.create_unique_constraint(name, unique)


# ---------------------------------------------------------------- keys and indexes

def _one_hazard_per_finding() -> None:
    bind = op.get_bind()
    hazard = sa.table("hazard", sa.column("id", sa.Integer), sa.column("finding_id", sa.Integer))
    rows = bind.execute(sa.select(hazard.c.finding_id, hazard.c.id).where(hazard.c.finding_id.is_not(None))
                        .order_by(hazard.c.finding_id, hazard.c.id)).all()
    first: dict[int, int] = {}
    notes: list[Note] = []
    for finding_id, hazard_id in rows:
        if finding_id not in first:
            first[finding_id] = hazard_id
            continue
        kept = first[finding_id]
        bind.execute(hazard.update().where(hazard.c.id == hazard_id).values(finding_id=None))
        notes.append(("hazard", hazard_id,
                      f"数据库升级：巡视发现问题#{finding_id}已对应隐患#{kept}，本隐患与该发现问题解除关联（每个发现问题只对应一条隐患）",
                      {"finding_id": finding_id, "kept_hazard_id": kept}))
    _audit(notes)
    with op.batch_alter_table("hazard") as batch:
        batch.drop_index("ix_hazard_finding_id")
        batch.create_index("uq_hazard_finding_id", ["finding_id"], unique=True)


def _pledge_branch() -> None:
    with op.batch_alter_table("pledge") as batch:
        batch.add_column(sa.Column("branch_id", sa.Integer(), nullable=True))
    # The member's branch now: the best record there is of his branch when he pledged.
    op.execute("UPDATE pledge SET branch_id = (SELECT person.branch_id FROM person WHERE person.id = pledge.member_id)")
    with op.batch_alter_table("pledge") as batch:
        batch.alter_column("branch_id", existing_type=sa.Integer(), nullable=False)
        batch.create_foreign_key("fk_pledge_branch_id_branch", "branch", ["branch_id"], ["id"])
        batch.create_index("ix_pledge_branch_id", ["branch_id"], unique=False)


# ---------------------------------------------------------------- warning due dates

# domain.mood.WarningLimits defaults as of this revision: (first talk, measures, review) in days.
_LIMITS = {"红": (1, 3, 7), "黄": (3, None, 15), "蓝": (7, None, 30)}
_MEASURES = {"家访", "帮扶", "复查"}


def due_on(level: str, status: str, raised_on: date, actions: list[tuple[str, date]]) -> date | None:
    """``domain.mood.due_on_from_actions`` with the default limits, as of this revision."""
    if status in ("已解除", "已升级") or level not in _LIMITS:
        return None
    talk, measures, review = _LIMITS[level]
    if status in ("新建", "已指派"):
        return raised_on + timedelta(days=talk)
    if measures is not None and not any(kind in _MEASURES for kind, _d in actions):
        return raised_on + timedelta(days=measures)
    last = max((d for _k, d in actions), default=raised_on)
    return last + timedelta(days=review)


def _warning_due_on() -> None:
    with op.batch_alter_table("mood_warning") as batch:
        batch.add_column(sa.Column("due_on", sa.Date(), nullable=True))
        batch.create_index("ix_mood_warning_due_on", ["due_on"], unique=False)
    bind = op.get_bind()
    warning = sa.table("mood_warning", sa.column("id", sa.Integer), sa.column("level", sa.String),
                       sa.column("status", sa.String), sa.column("raised_on", sa.Date), sa.column("due_on", sa.Date))
    action = sa.table("warning_action", sa.column("warning_id", sa.Integer), sa.column("kind", sa.String),
                      sa.column("acted_on", sa.Date))
    open_ = warning.c.status.not_in(["已解除", "已升级"])
    actions: dict[int, list[tuple[str, date]]] = defaultdict(list)
    for wid, kind, acted_on in bind.execute(sa.select(action.c.warning_id, action.c.kind, action.c.acted_on)
                                            .join_from(action, warning, action.c.warning_id == warning.c.id).where(open_)):
        actions[wid].append((kind, acted_on))
    updates = [{"row_id": wid, "value": due_on(level, status, raised_on, actions[wid])}
               for wid, level, status, raised_on in bind.execute(
                   sa.select(warning.c.id, warning.c.level, warning.c.status, warning.c.raised_on).where(open_))]
    if updates:
        bind.execute(warning.update().where(warning.c.id == sa.bindparam("row_id")).values(due_on=sa.bindparam("value")),
                     updates)


# ---------------------------------------------------------------- coverage: the active pairing

_PAIRING = sa.table(
    "pairing", sa.column("id", sa.Integer), sa.column("branch_id", sa.Integer), sa.column("member_id", sa.Integer),
    sa.column("starts_on", sa.Date), sa.column("ends_on", sa.Date), sa.column("goals", sa.JSON),
    sa.column("frequency_days", sa.Integer), sa.column("note", sa.Text),
    sa.column("created_at", sa.DateTime), sa.column("updated_at", sa.DateTime),
)
_PAIRING_WORKER = sa.table("pairing_worker", sa.column("id", sa.Integer), sa.column("pairing_id", sa.Integer),
                           sa.column("worker_id", sa.Integer), sa.column("created_at", sa.DateTime),
                           sa.column("updated_at", sa.DateTime))
_PERSON = sa.table("person", sa.column("id", sa.Integer), sa.column("name", sa.String), sa.column("branch_id", sa.Integer))


def _active(today: date) -> sa.ColumnElement[bool]:
    return sa.and_(_PAIRING.c.starts_on <= today, sa.or_(_PAIRING.c.ends_on.is_(None), _PAIRING.c.ends_on >= today))


def _coverage_from_pairings(today: date) -> None:
    bind = op.get_bind()
    mood_file = sa.table("mood_file", sa.column("id", sa.Integer), sa.column("worker_id", sa.Integer),
                         sa.column("covering_member_id", sa.Integer), sa.column("opened_on", sa.Date))
    covered = {(m, w) for m, w in bind.execute(
        sa.select(_PAIRING.c.member_id, _PAIRING_WORKER.c.worker_id)
        .join_from(_PAIRING, _PAIRING_WORKER, _PAIRING_WORKER.c.pairing_id == _PAIRING.c.id).where(_active(today)))}
    names = dict(bind.execute(sa.select(_PERSON.c.id, _PERSON.c.name)).all())
    branch_of = dict(bind.execute(sa.select(_PERSON.c.id, _PERSON.c.branch_id)).all())
    notes: list[Note] = []
    files = bind.execute(sa.select(mood_file.c.worker_id, mood_file.c.covering_member_id, mood_file.c.opened_on)
                         .where(mood_file.c.covering_member_id.is_not(None)).order_by(mood_file.c.id)).all()
    for worker, member, opened_on in files:
        if (member, worker) in covered:
            continue
        starts = min(opened_on, today)
        now = _utcnow()
        pid = bind.execute(_PAIRING.insert().values(
            branch_id=branch_of[worker], member_id=member, starts_on=starts, ends_on=None, goals=[], frequency_days=30,
            note="数据库升级时根据思想动态档案的包保党员补建", created_at=now, updated_at=now)
            .returning(_PAIRING.c.id)).scalar_one()
        bind.execute(_PAIRING_WORKER.insert().values(pairing_id=pid, worker_id=worker, created_at=now, updated_at=now))
        covered.add((member, worker))
        notes.append(("pairing", pid,
                      f"数据库升级：思想动态档案记载{names.get(member)}包保{names.get(worker)}，二人没有有效结对，"
                      f"已补建结对（自{starts.isoformat()}起），以结对为包保关系的唯一依据",
                      {"member_id": member, "worker_id": worker, "starts_on": starts.isoformat()}))
    _audit(notes)
    with op.batch_alter_table("mood_file") as batch:
        batch.drop_index("ix_mood_file_covering_member_id")
        batch.drop_constraint("fk_mood_file_covering_member_id_person", type_="foreignkey")
        batch.drop_column("covering_member_id")


def _fill_covering_member(today: date) -> None:
    bind = op.get_bind()
    mood_file = sa.table("mood_file", sa.column("id", sa.Integer), sa.column("worker_id", sa.Integer),
                         sa.column("covering_member_id", sa.Integer))
    best: dict[int, tuple[date, int, int]] = {}  # worker → (starts_on, pairing id, member)
    for worker, starts, pid, member in bind.execute(
            sa.select(_PAIRING_WORKER.c.worker_id, _PAIRING.c.starts_on, _PAIRING.c.id, _PAIRING.c.member_id)
            .join_from(_PAIRING, _PAIRING_WORKER, _PAIRING_WORKER.c.pairing_id == _PAIRING.c.id).where(_active(today))):
        if worker not in best or (starts, pid) > best[worker][:2]:
            best[worker] = (starts, pid, member)
    updates = [{"row_id": fid, "value": best[worker][2]}
               for fid, worker in bind.execute(sa.select(mood_file.c.id, mood_file.c.worker_id)) if worker in best]
    if updates:
        bind.execute(mood_file.update().where(mood_file.c.id == sa.bindparam("row_id"))
                     .values(covering_member_id=sa.bindparam("value")), updates)
