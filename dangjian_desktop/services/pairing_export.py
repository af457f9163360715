"""导出结对包保台账: what ``dangjian-desktop export pairings`` and the 结对帮扶 tab's 导出… write.

A workbook with the coverage line on top (包保覆盖 173/176（98.3%）), one row per worker of a
pair active today (member, worker, unit, the latest guarantee's signing date and term, last
follow-up, next due, overdue or not), the sheet 未包保职工 naming every uncovered worker with his
unit and post, and the coverage of each 区队. Coverage is ``services.coverage``'s (through
``pairing_views``), so the file, the tab and the 工作台 say the same. The export is audited.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from dangjian_desktop.domain.org import Branch, Committee
from dangjian_desktop.domain.pairing import DueState, Guarantee
from dangjian_desktop.exporting.table_xlsx import fill_sheet
from dangjian_desktop.printing.output import written_beside

from . import audit
from .audit import AuditAction, AuditEntity
from .pairing_views import DueFilter, DueSort, UncoveredFilter, _coverage_of, _list_due, _list_uncovered, total_coverage
from .uow import Ctx

UNCOVERED_SHEET = "未包保职工"
PAIRS_SHEET = "结对包保"
UNITS_SHEET = "区队覆盖"
PAIR_HEADER = ["结对党员", "职工", "区队/班组", "岗位", "责任书签订日期", "责任期限", "最近跟进", "下次跟进", "是否逾期"]
UNCOVERED_HEADER = ["姓名", "工号", "所属支部", "区队/班组", "岗位", "政治面貌"]
UNITS_HEADER = ["所属支部", "区队", "应包保", "已包保", "未包保", "覆盖率"]


@dataclass(frozen=True)
class PairingExport:
    path: Path
    coverage: str  # the line on top
    rows: int
    uncovered: int


def export_pairings(ctx: Ctx, path: Path, branch_id: int | None = None, today: date | None = None,
                    progress: Callable[[int, str], None] | None = None) -> PairingExport:
    """Write the workbook; ``branch_id`` None: every branch."""
    day = today or date.today()
    report = progress or (lambda _pct, _text: None)
    report(5, "计算包保覆盖")
    with ctx.read() as s:
        branches = _coverage_of(s, day, branch_id)
        report(20, "读取结对")
        due = _list_due(s, DueFilter(day, branch_id=branch_id, sort=DueSort.MEMBER), 0, None)
        latest: dict[int, tuple[date, date, date]] = {}  # pair → the latest signed: signed, term start, end
        ids = sorted({r.pairing_id for r in due})
        for i in range(0, len(ids), 500):
            for pid, signed, start, end in s.execute(
                    select(Guarantee.pairing_id, Guarantee.signed_on, Guarantee.term_start, Guarantee.term_end)
                    .where(Guarantee.pairing_id.in_(ids[i:i + 500])).order_by(Guarantee.signed_on, Guarantee.id)):
                latest[pid] = (signed, start, end)  # the latest signed wins
        report(60, "读取未包保职工")
        uncovered = _list_uncovered(s, UncoveredFilter(day, branch_id=branch_id), 0, None)
        committee = s.scalar(select(Committee.name).order_by(Committee.id)) or ""
        scope = s.scalar(select(Branch.name).where(Branch.id == branch_id)) if branch_id else "全部支部"
    line = branches[0].label if len(branches) == 1 else total_coverage(branches)
    report(80, "写入文件")
    pair_rows: list[list[object]] = []
    for r in due:
        g = latest.get(r.pairing_id)
        pair_rows.append([r.member, r.worker, r.unit, r.post, g[0] if g else "未签订",
                          f"{g[1]:%Y-%m-%d} 至 {g[2]:%Y-%m-%d}" if g else "",
                          r.last_held_on or "尚无", r.next_due_on,
                          "已逾期" if r.state is DueState.OVERDUE else "否"])
    title = f"{scope if branch_id else committee}结对包保台账".strip()
    wb = Workbook()
    ws = wb.active
    ws.title = PAIRS_SHEET
    fill_sheet(ws, title, PAIR_HEADER, pair_rows,
               f"{line}　导出日期：{day.isoformat()}　范围：{scope}　在结对职工 {len(pair_rows)} 人次",
               widths=[12, 12, 24, 14, 16, 26, 14, 14, 10])
    fill_sheet(wb.create_sheet(UNCOVERED_SHEET), f"{title}：未包保职工", UNCOVERED_HEADER,
               [[u.name, u.employee_no, u.branch, u.unit, u.post, u.political_status.value] for u in uncovered],
               f"{line}　未包保 {len(uncovered)} 人（{day.isoformat()}）", widths=[12, 14, 20, 24, 16, 14])
    unit_rows: list[list[object]] = [[b.branch, u.unit, u.count.total, u.count.covered,
                                      u.count.total - u.count.covered, u.label.split("（")[-1].rstrip("）")]
                                     for b in branches for u in b.units]
    unit_rows += [[b.branch, "合计", b.total, b.covered, b.total - b.covered, b.label.split("（")[-1].rstrip("）")]
                  for b in branches]
    fill_sheet(wb.create_sheet(UNITS_SHEET), f"{title}：各区队包保覆盖", UNITS_HEADER, unit_rows, line,
               widths=[20, 20, 10, 10, 10, 24])
    path = Path(path)
    with written_beside(path) as tmp:  # a failed save leaves no half file
        wb.save(tmp)
    with ctx.uow() as s:
        audit.record(s, ctx.actor, AuditAction.EXPORT, AuditEntity.PAIRING, None,
                     f"导出结对包保台账（{scope}，{line}）到 {path.name}")
    report(100, "完成")
    return PairingExport(path, line, len(pair_rows), len(uncovered))
