"""The 结对帮扶 tab's tables: the follow-up list and the uncovered workers page from SQL
(``services.pairing_views``); the coverage per 区队, the member load and the hardship plans are
short lists kept in memory."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication

from dangjian_desktop import settings
from dangjian_desktop.domain.pairing import DueState
from dangjian_desktop.services import pairing_views
from dangjian_desktop.services.pairing_views import DueFilter, DueRow, DueSort, UncoveredFilter, UncoveredRow
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common import theme
from dangjian_desktop.ui.common.table_model import ALIGN_CENTER, ALIGN_RIGHT, Column, ListColumn, PagedTableModel

(COL_STATE, COL_DUE, COL_WORKER, COL_UNIT, COL_POST, COL_MEMBER, COL_LAST) = range(7)

OVERDUE_COLOUR = QColor("#c00000")
DUE_COLOUR = QColor("#b36b00")


class DueModel(PagedTableModel[DueFilter, DueRow]):
    """One row per worker of a pair active today; overdue and due first."""

    COLUMNS = (
        Column("状态", None, ALIGN_CENTER),
        Column("下次跟进", DueSort.DUE, ALIGN_CENTER),
        Column("职工", DueSort.WORKER),
        Column("区队/班组", DueSort.UNIT),
        Column("岗位", None),
        Column("结对党员", DueSort.MEMBER),
        Column("最近跟进", DueSort.LAST, ALIGN_CENTER),
    )
    DEFAULT_SORT_COLUMN = COL_DUE

    def __init__(self, ctx: Ctx, initial: DueFilter, parent: Any = None) -> None:
        super().__init__(lambda f: pairing_views.count_due(ctx, f),
                         lambda f, offset, limit, key, desc: pairing_views.list_due(
                             ctx, replace(f, sort=key or DueSort.DUE, descending=desc), offset, limit),
                         initial, parent, load=False)  # the tab's first reload() reads

    def display(self, row: DueRow, column: int) -> str:
        if column == COL_STATE:
            return row.state.label
        if column == COL_DUE:
            return f"{row.next_due_on:%Y-%m-%d}"
        if column == COL_WORKER:
            return row.worker
        if column == COL_UNIT:
            return row.unit
        if column == COL_POST:
            return row.post
        if column == COL_MEMBER:
            return row.member
        if column == COL_LAST:
            return f"{row.last_held_on:%Y-%m-%d}" if row.last_held_on else "尚无"
        return ""

    def tooltip(self, row: DueRow, column: int) -> str | None:
        return (f"{row.member} — {row.worker}（{row.unit}）\n结对 {row.starts_on:%Y-%m-%d} 起，每 {row.frequency_days} 天跟进一次"
                f"\n双击记录跟进")

    def foreground(self, row: DueRow, column: int) -> QBrush | None:
        if row.state is DueState.OVERDUE:
            return QBrush(OVERDUE_COLOUR)
        if row.state is DueState.DUE:
            return QBrush(DUE_COLOUR)
        return None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The 状态 and 下次跟进 cells tinted (painted by the table's TintDelegate: the theme
        # ignores a model's colours), so overdue rows stand out in either theme.
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.column() in (COL_STATE, COL_DUE) \
                and index.row() < self.rowCount():
            state = self.row_at(index.row()).state
            tint = _TINTS[_mode()].get(state)
            return QBrush(QColor(tint)) if tint else None
        return super().data(index, role)


def _mode() -> str:
    app = QApplication.instance()
    return theme.current_mode(app) if isinstance(app, QApplication) else settings.DEFAULT_THEME


_TINTS = {
    settings.THEME_LIGHT: {DueState.OVERDUE: "#f8d0d0", DueState.DUE: "#fbe8c0"},
    settings.THEME_DARK: {DueState.OVERDUE: "#5a1e1e", DueState.DUE: "#4d3b12"},
}


(UCOL_NAME, UCOL_NO, UCOL_BRANCH, UCOL_UNIT, UCOL_POST, UCOL_STATUS) = range(6)


class UncoveredModel(PagedTableModel[UncoveredFilter, UncoveredRow]):
    """Workers nobody covers today, by 区队 and name (a fixed order: whom to assign next)."""

    COLUMNS = (Column("姓名"), Column("工号"), Column("所属支部"), Column("区队/班组"), Column("岗位"), Column("政治面貌"))

    def __init__(self, ctx: Ctx, initial: UncoveredFilter, parent: Any = None) -> None:
        super().__init__(lambda f: pairing_views.count_uncovered(ctx, f),
                         lambda f, offset, limit, _key, _desc: pairing_views.list_uncovered(ctx, f, offset, limit),
                         initial, parent, load=False)

    def display(self, row: UncoveredRow, column: int) -> str:
        return (row.name, row.employee_no, row.branch, row.unit, row.post, row.political_status.value)[column]


UNIT_COLUMNS = (
    ListColumn("区队", lambda u: u.unit),
    ListColumn("应包保", lambda u: str(u.count.total), ALIGN_RIGHT),
    ListColumn("已包保", lambda u: str(u.count.covered), ALIGN_RIGHT),
    ListColumn("未包保", lambda u: str(u.count.total - u.count.covered), ALIGN_RIGHT),
    ListColumn("覆盖率", lambda u: u.label.split("（")[-1].rstrip("）"), ALIGN_RIGHT),
)

LOAD_COLUMNS = (
    ListColumn("党员", lambda m: m.name),
    ListColumn("区队/班组", lambda m: m.unit),
    ListColumn("包保职工", lambda m: str(m.workers), ALIGN_RIGHT),
    ListColumn("已逾期", lambda m: str(m.overdue) if m.overdue else "", ALIGN_RIGHT),
    ListColumn("即将到期", lambda m: str(m.due) if m.due else "", ALIGN_RIGHT),
)

PLAN_COLUMNS = (
    ListColumn("职工", lambda p: p.worker),
    ListColumn("帮扶党员", lambda p: p.member),
    ListColumn("困难情况", lambda p: p.situation),
    ListColumn("计划脱困", lambda p: f"{p.target_on:%Y-%m-%d}", ALIGN_CENTER),
    ListColumn("进度", lambda p: f"{p.steps_done}/{len(p.steps)}", ALIGN_CENTER),
    ListColumn("状态", lambda p: p.status.value + (f" {p.closed_on:%Y-%m-%d}" if p.closed_on else ""), ALIGN_CENTER,
               tooltip=lambda p: p.closing_note or p.situation),
)

STEP_COLUMNS = (
    ListColumn("步骤", lambda st: st.text),
    ListColumn("完成时限", lambda st: f"{st.due_on:%Y-%m-%d}" if st.due_on else "", ALIGN_CENTER),
    ListColumn("完成日期", lambda st: f"{st.done_on:%Y-%m-%d}" if st.done_on else "未完成", ALIGN_CENTER),
)
