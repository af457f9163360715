"""导出隐患台账: the hazards a filter finds as an xlsx file, one row per hazard, overdue first.

What ``dangjian-desktop export hazards`` and the 隐患台账 tab's 导出… call. The rows are streamed
from the database into openpyxl's write-only workbook (the 100,000 of the large demo in a
few seconds). The export is recorded in the audit log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from dangjian_desktop.domain.errors import DomainError, ValidationError
from dangjian_desktop.domain.hazards import HazardStatus
from dangjian_desktop.domain.org import Branch, Committee, WorkUnit
from dangjian_desktop.domain.zones import Zone
from dangjian_desktop.exporting.hazards_xlsx import write_hazards

from . import audit
from .audit import AuditAction, AuditEntity
from .hazards import OVERDUE, HazardFilter, HazardRow, count_hazards, iter_hazards
from .uow import Ctx

STATUS_WORDS = tuple(s.value for s in HazardStatus) + (OVERDUE,)


class ExportCancelled(DomainError):
    """The user cancelled the export: no file was left behind."""

    def __init__(self) -> None:
        super().__init__("已取消导出，未生成文件。")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    hazards: int


def status_filter(word: str) -> HazardFilter:
    """``--status WORD`` as a filter: one of the four statuses, or ``overdue``."""
    if word == OVERDUE:
        return HazardFilter(overdue=True)
    try:
        return HazardFilter(statuses=(HazardStatus(word),))
    except ValueError:
        raise ValidationError(f"未知的隐患状态“{word}”，可选：{'、'.join(STATUS_WORDS)}。") from None


def export_row(r: HazardRow) -> list[object]:
    responsible = " ".join(x for x in (r.responsible_dept, r.responsible_person) if x)
    rectified = f"{r.rectified_by or ''} {r.rectified_on or ''}".strip()
    verified = f"{r.verified_by or ''} {r.verified_on or ''}".strip()
    return [r.found_on, r.branch, r.unit or "", r.zone or "", r.finder or "", r.description, r.level.value, responsible,
            r.deadline, r.status.value, r.overdue_days or None, rectified, verified, r.closed_on]


def describe(ctx: Ctx, f: HazardFilter) -> tuple[str, str]:
    """(title, what was selected) for the file's first two lines."""
    with ctx.read() as s:
        committee = s.scalar(select(Committee.name).order_by(Committee.id)) or ""
        branch = s.scalar(select(Branch.name).where(Branch.id == f.branch_id)) if f.branch_id else None
        unit = s.scalar(select(WorkUnit.name).where(WorkUnit.id == f.unit_id)) if f.unit_id else None
        zone = s.scalar(select(Zone.name).where(Zone.id == f.zone_id)) if f.zone_id else None
    scope = [branch or "全部支部"]
    scope += [x for x in (unit, zone) if x]
    if f.overdue:
        scope.append("逾期")
    if f.statuses:
        scope.append("、".join(s.value for s in f.statuses))
    if f.levels:
        scope.append("、".join(lv.value for lv in f.levels))
    if f.found_from or f.found_to:
        scope.append(f"发现日期 {f.found_from or '…'} 至 {f.found_to or '…'}")
    if f.text:
        scope.append(f"搜索“{f.text}”")
    return f"{branch or committee}隐患排查台账".strip(), "，".join(scope)


def export_hazards(ctx: Ctx, path: Path, f: HazardFilter = HazardFilter(), today: date | None = None,
                   progress: Callable[[int, str], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write the hazards ``f`` finds to ``path`` (xlsx); returns how many. ``cancelled()`` is
    asked every 5,000 rows: True stops with ExportCancelled and no file."""
    day = today or f.today or date.today()
    f = HazardFilter(**{**f.__dict__, "today": day})
    if f.found_from and f.found_to and f.found_from > f.found_to:
        raise ValidationError(f"起始日期 {f.found_from} 晚于截止日期 {f.found_to}。")
    report = progress or (lambda _pct, _step: None)
    total = count_hazards(ctx, f)
    title, scope = describe(ctx, f)
    subtitle = f"导出日期：{day.isoformat()}　范围：{scope}　共 {total} 条（逾期的排在前面）"

    def rows() -> Iterator[list[object]]:
        for r in iter_hazards(ctx, f):
            yield export_row(r)

    def step(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        report(min(95, int(95 * done / max(total, 1))), f"写入 {done}/{total}")

    n = write_hazards(Path(path), title, subtitle, rows(), step)
    with ctx.uow() as s:
        audit.record(s, ctx.actor, AuditAction.EXPORT, AuditEntity.HAZARD, None,
                     f"导出隐患台账 {n} 条（{scope}）到 {Path(path).name}")
    report(100, "完成")
    return ExportResult(Path(path), n)
