"""导出名册: the roster as an xlsx file, in the template's columns, so that it imports again.

``export_members`` is what the 人员 tab's 导出名册… and ``dangjian-desktop export members`` call:
the people the filter finds, in pinyin order, under a title and a line with the date and what
was selected. Anyone signed in may export what the roster shows him; the export is recorded in
the audit log (the file holds phone numbers).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select

from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.org import Branch, Committee, WorkUnit
from dangjian_desktop.domain.roster_rules import MONTH
from dangjian_desktop.domain.text import clean_text
from dangjian_desktop.exporting.roster_xlsx import write_roster

from . import audit
from .audit import AuditAction, AuditEntity
from .roster import PersonFilter, PersonRow, SortKey, count_people, list_people
from .uow import Ctx

PAGE = 1000


@dataclass(frozen=True)
class ExportResult:
    path: Path
    people: int


def branch_id_by_name(ctx: Ctx, name: str) -> int:
    """The branch called ``name`` (for ``--branch``); ValidationError naming the ones there are."""
    name = clean_text(name)
    with ctx.read() as s:
        found = s.scalar(select(Branch.id).where(Branch.name == name))
        if found is not None:
            return found
        names = list(s.scalars(select(Branch.name).order_by(Branch.id)))
    listed = "、".join(names) if names else "（尚未建立支部）"
    raise ValidationError(f"没有名为“{name}”的支部。已有的支部：{listed}")


def export_row(p: PersonRow) -> list[object]:
    """A person in the template's columns (区队/班组 written “区队/班组”, as the import reads it)."""
    unit = (p.unit or "").replace(" / ", "/")
    # A date known to the month only is written as the office wrote it (2005-06), not as a
    # made-up first of the month: the import reads it back with the same precision.
    joined: object = p.joined_shown if p.joined_party_precision == MONTH else p.joined_party_on
    return [p.name, p.gender.value if p.gender else "", p.employee_no, p.branch, unit, p.post or "",
            p.political_status.value, joined, p.phone or ""]


def _describe(ctx: Ctx, f: PersonFilter) -> tuple[str, str]:
    """(title, what was selected) for the file's first two lines."""
    with ctx.read() as s:
        committee = s.scalar(select(Committee.name).order_by(Committee.id)) or ""
        branch = s.scalar(select(Branch.name).where(Branch.id == f.branch_id)) if f.branch_id else None
        unit = s.scalar(select(WorkUnit.name).where(WorkUnit.id == f.unit_id)) if f.unit_id else None
    title = f"{branch or committee}人员名册".strip()
    scope = [branch or "全部支部"]
    if unit:
        scope.append(unit)
    if f.political:
        scope.append("、".join(s.value for s in f.political))
    if f.text:
        scope.append(f"搜索“{f.text}”")
    if f.include_archived:
        scope.append("含已归档")
    return title, "，".join(scope)


def export_members(ctx: Ctx, path: Path, f: PersonFilter = PersonFilter(), today: date | None = None,
                   progress: Callable[[int, str], None] | None = None) -> ExportResult:
    """Write the people ``f`` finds to ``path`` (xlsx), in pinyin order; returns how many."""
    f = replace(f, sort=SortKey.NAME, descending=False)
    report = progress or (lambda _pct, _step: None)
    total = count_people(ctx, f)
    rows: list[list[object]] = []
    offset = 0
    while True:
        page = list_people(ctx, f, offset, PAGE)
        rows += [export_row(p) for p in page]
        offset += len(page)
        report(min(90, int(90 * offset / max(total, 1))), f"读取名册 {offset}/{total}")
        if len(page) < PAGE:
            break
    title, scope = _describe(ctx, f)
    day = today or date.today()
    subtitle = f"导出日期：{day.isoformat()}　范围：{scope}　共 {len(rows)} 人"
    report(95, "写入文件")
    path = write_roster(Path(path), rows, title, subtitle)
    with ctx.uow() as s:
        audit.record(s, ctx.actor, AuditAction.EXPORT, AuditEntity.PERSON, None,
                     f"导出人员名册 {len(rows)} 人（{scope}）到 {path.name}")
    report(100, "完成")
    return ExportResult(path, len(rows))
