"""人员名册导入: preview a roster file, import it all-or-nothing, list the imports, undo the last.

Each public function is one unit of work. ``plan_import`` reads the file
(``importing.roster_file``) and checks every row against the database
(``importing.roster_rows``) without writing: the preview, with every bad row and its reasons.
``apply_import`` checks the same rows again inside one transaction and writes all of them or
nothing; ``undo_last_import`` reverses the newest import while nothing depends on it.
``import_file`` is the command line's plan-then-apply.

An unknown 区队 or 班组 named by the file is created under its branch: an HR roster often names
units the program has not got yet, and refusing it would make the secretary type them all in
first. Their ids are kept in the import's audit entry, so the undo removes them again when
nothing else uses them.

The file and row rules are described where they are enforced, in ``importing``; the names the
dialog, the command line and the tests use are re-exported here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dangjian_desktop.domain import Base
from dangjian_desktop.domain.base import utcnow
from dangjian_desktop.domain.errors import ConflictError, ValidationError
from dangjian_desktop.domain.org import Branch, Person, UnitKind, WorkUnit
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.domain.security import ImportBatch, ImportChange
from dangjian_desktop.importing.roster_file import (
    HEADER_ALIASES,
    REQUIRED_COLUMNS,
    ROSTER_COLUMNS,
    RosterTable,
    map_header,
    read_roster,
)
from dangjian_desktop.importing.roster_plan import ADD, UPDATE, ImportPlan, PlannedRow, RowError
from dangjian_desktop.importing.roster_rows import OrgLookup, plan_rows

from . import audit
from .audit import AuditAction, AuditEntity
from .records import diff, plain_value, typed_value
from .roster import PERSON_FIELDS
from .unit_names import IMPORTED, name_guard
from .uow import Ctx

__all__ = [
    "ADD", "HEADER_ALIASES", "REQUIRED_COLUMNS", "ROSTER_COLUMNS", "UPDATE", "ImportBatchRow", "ImportPlan",
    "ImportResult", "PlannedRow", "RowError", "apply_import", "import_file", "list_imports", "plan_import",
    "undo_last_import",
]

_KIND = "members"  # ImportBatch.kind of a roster import
_CHUNK = 500  # IN-list size: well under SQLite's and psycopg's parameter limits


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    added: int
    updated: int
    units_created: int = 0


@dataclass(frozen=True)
class ImportBatchRow:
    """One line of the import history."""

    id: int
    at: datetime
    file_name: str
    username: str
    added: int
    updated: int
    undone_at: datetime | None


# ---------------------------------------------------------------- plan


def plan_import(ctx: Ctx, path: Path, today: date | None = None) -> ImportPlan:
    """Read the file and check every row; writes nothing. Raises ValidationError for a file
    that cannot be read as a roster at all (not xlsx/csv, no data rows, required columns missing)."""
    ctx.actor.require_write()
    path = Path(path)
    table = read_roster(path)
    with ctx.read() as s:
        plan, _org, _people = _check(s, path.name, table, today or date.today())
        return plan


def _check(s: Session, file_name: str, table: RosterTable, today: date
           ) -> tuple[ImportPlan, OrgLookup, dict[str, Person]]:
    """The plan, with the lookups it was checked against. The caller keeps the people
    referenced while it needs them: the session's identity map is weak, and apply updates
    these very objects."""
    header = map_header(table)
    org = OrgLookup.of(s.scalars(select(Branch)), s.scalars(select(WorkUnit)))
    people = _people_by_number(s, (header.cell(cells, "工号") for _, cells in table.rows))
    return plan_rows(file_name, table, header, org, people, today), org, people


def _people_by_number(s: Session, numbers: Iterable[str]) -> dict[str, Person]:
    found: dict[str, Person] = {}
    for chunk in _chunks(sorted({n for n in numbers if n})):
        found.update((p.employee_no, p) for p in s.scalars(select(Person).where(Person.employee_no.in_(chunk))))
    return found


def _chunks(ids: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


# ---------------------------------------------------------------- apply


def apply_import(ctx: Ctx, plan: ImportPlan, today: date | None = None) -> ImportResult:
    """Write the plan: all rows or none, after checking them again in the same transaction."""
    ctx.actor.require_write()
    if plan.errors:
        raise ValidationError(f"文件中有 {len(plan.errors)} 行错误，未导入任何数据。请改正后重新导入。",
                              _row_reasons(plan.errors))
    if not plan.rows:
        raise ValidationError("没有需要导入的内容：文件中的人员都已在名册中，且信息相同。")
    table = RosterTable(plan.header, plan.header_row, plan.numbered_rows())
    with ctx.uow() as s:
        fresh, org, people = _check(s, plan.file_name, table, today or date.today())
        if fresh.errors:
            raise ValidationError("预览之后名册已有变化，现在文件中有错误行，未导入任何数据。请重新预览。",
                                  _row_reasons(fresh.errors))
        if _outcome(fresh) != _outcome(plan):
            raise ConflictError("预览之后名册已被他人修改，未导入任何数据。请重新预览后再导入。")
        made, new_unit_ids = _create_units(s, org, fresh.rows)
        rows = [(r, replace(r.data, unit_id=made[(r.data.branch_id, r.unit_path)]) if r.unit_path else r.data)
                for r in fresh.rows]
        added = _insert_people(s, [(r, data) for r, data in rows if r.action == ADD])
        by_id = {p.id: p for p in people.values()}
        updated = _update_people(s, [(r, by_id[r.person_id], data) for r, data in rows
                                     if r.action == UPDATE and r.person_id is not None])
        batch = ImportBatch(kind=_KIND, file_name=plan.file_name[:255], user_id=ctx.actor.user_id,
                            username=ctx.actor.label, added_count=len(added), updated_count=len(updated),
                            created_unit_ids=new_unit_ids)
        s.add(batch)
        s.flush()
        changes = added + updated
        if changes:
            s.execute(insert(ImportChange).execution_options(render_nulls=True),
                      [c | {"batch_id": batch.id} for c in changes])
        audit.record(s, ctx.actor, AuditAction.IMPORT, AuditEntity.IMPORT_BATCH, batch.id,
                     f"导入名册 {plan.file_name}：新增 {len(added)} 人，更新 {len(updated)} 人"
                     + (f"，新建区队/班组 {len(new_unit_ids)} 个" if new_unit_ids else ""),
                     {"file": plan.file_name, "added": len(added), "updated": len(updated), "new_units": new_unit_ids})
        return ImportResult(batch.id, len(added), len(updated), len(new_unit_ids))


def _row_reasons(errors: Iterable[RowError]) -> list[str]:
    return [f"第 {e.row} 行：{'；'.join(e.reasons)}" for e in errors]


def _outcome(plan: ImportPlan) -> list[tuple[Any, ...]]:
    """What the preview promised, row by row: the same persons at the same versions."""
    return [(r.row, r.action, r.person_id, r.version, r.unit_path) for r in plan.rows]


def _create_units(s: Session, org: OrgLookup, rows: Iterable[PlannedRow]
                  ) -> tuple[dict[tuple[int, tuple[str, ...]], int], list[int]]:
    """Create the units and teams the plan names; returns (branch, path) → id and the new ids."""
    made: dict[tuple[int, tuple[str, ...]], int] = {}
    new_ids: list[int] = []

    def create(**values: Any) -> int:
        unit = WorkUnit(**values)
        # Checked new by this import, and perhaps created by another one since: then the whole
        # import is refused (the unit of work rolls back every row written so far).
        with name_guard(s, values["kind"], values["name"], IMPORTED):
            s.add(unit)
        new_ids.append(unit.id)
        return unit.id

    for r in rows:
        bid, path = r.data.branch_id, r.unit_path
        if not path or (bid, path) in made:
            continue
        top_id = made.get((bid, path[:1]))
        if top_id is None:
            top = org.top.get((bid, path[0]))
            top_id = top.id if top is not None else create(branch_id=bid, name=path[0], kind=UnitKind.UNIT)
            made[(bid, path[:1])] = top_id
        if len(path) == 2:
            made[(bid, path)] = create(branch_id=bid, parent_id=top_id, name=path[1], kind=UnitKind.TEAM)
    return made, new_ids


def _insert_people(s: Session, rows: Sequence[tuple[PlannedRow, PersonInput]]) -> list[dict[str, Any]]:
    """Add the new people; returns their ImportChange values."""
    if not rows:
        return []
    values = [{f: getattr(data, f) for f in PERSON_FIELDS} | {"version": 1} for _, data in rows]
    # One executemany: render_nulls keeps rows with and without, say, a 入党日期 in one
    # batch; ids are read back by the unique 工号 (RETURNING in parameter order would
    # make SQLite insert row by row).
    s.execute(insert(Person).execution_options(render_nulls=True), values)
    numbers = [v["employee_no"] for v in values]
    id_of: dict[str, int] = {}
    for chunk in _chunks(numbers):
        id_of.update(s.execute(select(Person.employee_no, Person.id).where(Person.employee_no.in_(chunk))).all())
    return [{"person_id": id_of[no], "action": ADD, "before": None, "version_after": 1, "note": f"第 {r.row} 行",
             "version": 1} for no, (r, _) in zip(numbers, rows, strict=True)]


def _update_people(s: Session, rows: Sequence[tuple[PlannedRow, Person, PersonInput]]) -> list[dict[str, Any]]:
    """Write the updates (restoring archived people); returns their ImportChange values, whose
    ``before`` holds the old value of every field changed, for the undo."""
    befores = []
    for _, p, data in rows:
        before: dict[str, Any] = {"version": p.version}
        before |= {f: plain_value(old) for f, (old, _new) in diff(p, data, PERSON_FIELDS).items()}
        if p.archived_at is not None:
            before |= {"archived_at": plain_value(p.archived_at), "archive_reason": p.archive_reason}
            p.archived_at, p.archive_reason = None, None
        befores.append(before)
    s.flush()  # the versions after the update
    return [{"person_id": p.id, "action": UPDATE, "before": before, "version_after": p.version,
             "note": f"第 {r.row} 行", "version": 1} for (r, p, _), before in zip(rows, befores, strict=True)]


def import_file(ctx: Ctx, path: Path, today: date | None = None, dry_run: bool = False
                ) -> tuple[ImportPlan, ImportResult | None]:
    """Plan, and apply when the plan is good and this is not a dry run (for the CLI)."""
    plan = plan_import(ctx, path, today)
    if not plan.ok or dry_run:
        return plan, None
    return plan, apply_import(ctx, plan, today)


# ---------------------------------------------------------------- history and undo


def _batch_row(b: ImportBatch) -> ImportBatchRow:
    return ImportBatchRow(b.id, b.created_at, b.file_name, b.username, b.added_count, b.updated_count, b.undone_at)


def list_imports(ctx: Ctx) -> list[ImportBatchRow]:
    """Every roster import, newest first."""
    with ctx.read() as s:
        q = select(ImportBatch).where(ImportBatch.kind == _KIND).order_by(ImportBatch.id.desc())
        return [_batch_row(b) for b in s.scalars(q)]


def undo_last_import(ctx: Ctx, batch_id: int | None = None) -> ImportBatchRow:
    """撤销上次导入: delete the people it added, restore the ones it updated, all or nothing.

    ``batch_id``: the import the user confirmed; refused if another import became the last
    one meanwhile (on a shared database someone may have imported since the question).
    Refused while something depends on it: a person it touched was edited since, or a person
    it added is already used by another record (a pledge, a pairing, an account …).
    """
    ctx.actor.require_write()
    with ctx.uow() as s:
        batch = s.scalar(select(ImportBatch).where(ImportBatch.kind == _KIND, ImportBatch.undone_at.is_(None))
                         .order_by(ImportBatch.id.desc()).limit(1).with_for_update())
        if batch is None:
            raise ValidationError("没有可以撤销的导入。")
        if batch_id is not None and batch.id != batch_id:
            raise ValidationError("最近一次导入已不是您确认撤销的那一次（可能刚有人导入了新文件），未做任何修改。"
                                  "请重新查看导入记录后再撤销。")
        changes = list(s.scalars(select(ImportChange).where(ImportChange.batch_id == batch.id)))
        people: dict[int, Person] = {}
        for chunk in _chunks([c.person_id for c in changes]):
            people.update((p.id, p) for p in s.scalars(select(Person).where(Person.id.in_(chunk)).with_for_update()))
        edited = [people[c.person_id] for c in changes
                  if c.person_id in people and people[c.person_id].version != c.version_after]
        if edited:
            raise ValidationError(f"无法撤销上次导入：导入之后以下人员的信息又被修改过：{_names(edited)}。"
                                  "撤销会覆盖这些修改，请改为在人员页逐个修改。")
        added = [c.person_id for c in changes if c.action == ADD]
        used = _references(s, "person", added, skip=("import_change",))
        if used:
            raise ValidationError(f"无法撤销上次导入：本次导入新增的人员已在其他记录中使用（如账号、承诺、结对、隐患等）："
                                  f"{_names(people[i] for i in added if i in used)}。")
        restored = [c for c in changes if c.action == UPDATE and c.before]
        for c in restored:
            _restore(people[c.person_id], c.before or {})
        s.flush()
        _keep_older_imports_undoable(s, batch.id, restored, people)
        try:
            for chunk in _chunks(added):
                s.execute(delete(Person).where(Person.id.in_(chunk)).execution_options(synchronize_session=False))
            for pid in added:
                if pid in people:
                    s.expunge(people[pid])
            _drop_unused_units(s, batch.created_unit_ids or [])
            s.flush()
        except IntegrityError as exc:  # a reference the check above did not see
            raise ValidationError("无法撤销上次导入：本次导入新增的人员已在其他记录中使用。") from exc
        batch.undone_at = utcnow()
        audit.record(s, ctx.actor, AuditAction.UNDO_IMPORT, AuditEntity.IMPORT_BATCH, batch.id,
                     f"撤销导入 {batch.file_name}：删除新增的 {len(added)} 人，恢复更新的 {len(changes) - len(added)} 人")
        s.flush()
        return _batch_row(batch)


def _names(people: Iterable[Person], limit: int = 5) -> str:
    people = list(people)
    shown = "、".join(f"{p.name}（{p.employee_no}）" for p in people[:limit])
    return shown + (f" 等 {len(people)} 人" if len(people) > limit else "")


def _restore(p: Person, before: dict[str, Any]) -> None:
    """Put back the values an import's ``before`` kept, in the columns' types."""
    for f, v in before.items():
        if f != "version":
            setattr(p, f, typed_value(Person, f, v))


def _keep_older_imports_undoable(s: Session, batch_id: int, restored: Iterable[ImportChange],
                                 people: dict[int, Person]) -> None:
    """An older import's record of a restored person matches the restored version again, so
    that import stays undoable (its person was restored, not edited)."""
    version_before = {c.person_id: c.before["version"] for c in restored if c.before and "version" in c.before}
    older = select(ImportBatch.id).where(ImportBatch.undone_at.is_(None), ImportBatch.id != batch_id)
    for chunk in _chunks(list(version_before)):
        for old in s.scalars(select(ImportChange).where(ImportChange.person_id.in_(chunk),
                                                         ImportChange.batch_id.in_(older))):
            if old.version_after == version_before[old.person_id]:
                old.version_after = people[old.person_id].version


def _references(s: Session, table: str, ids: Sequence[int], skip: tuple[str, ...] = ()) -> dict[int, set[str]]:
    """Which of ``ids`` (rows of ``table``) other rows point to, through any foreign key."""
    found: dict[int, set[str]] = defaultdict(set)
    for t in Base.metadata.sorted_tables:
        if t.name in skip:
            continue
        for fk in t.foreign_keys:
            if fk.column.table.name != table:
                continue
            for chunk in _chunks(ids):
                for v in s.scalars(select(fk.parent).where(fk.parent.in_(chunk)).distinct()):
                    found[v].add(t.name)
    return found


def _drop_unused_units(s: Session, unit_ids: list[int]) -> None:
    """Remove the units and teams the import created, unless something now uses them."""
    for uid in reversed(unit_ids):  # teams were created after their unit, and point to it
        if not _references(s, "work_unit", [uid]):
            s.execute(delete(WorkUnit).where(WorkUnit.id == uid).execution_options(synchronize_session=False))
