"""The tables of the 思想动态 tab: paged models over ``services.mood`` (filtered and ordered in SQL:
overdue first, red before yellow before blue)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from dangjian_desktop.domain.mood import WarningLevel
from dangjian_desktop.services import mood
from dangjian_desktop.services.mood import FileFilter, FileRow, WarningFilter, WarningRow
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.table_model import ALIGN_CENTER, ALIGN_RIGHT, Column, Index, PagedTableModel

LEVEL_COLOURS = {WarningLevel.RED: "#c00000", WarningLevel.YELLOW: "#b8860b", WarningLevel.BLUE: "#1f5fbf"}
OVERDUE_COLOUR = "#c00000"
#: Cell tints (painted by TintDelegate: the theme ignores a model's colours): the level, and an overdue date.
LEVEL_TINTS = {WarningLevel.RED: "#f8d0d0", WarningLevel.YELLOW: "#fbecc0", WarningLevel.BLUE: "#d3e2f7"}
OVERDUE_TINT = "#f8d0d0"

(W_LEVEL, W_NAME, W_BRANCH, W_UNIT, W_STATUS, W_NEXT, W_DUE, W_REASON, W_REPORT) = range(9)
(F_NAME, F_BRANCH, F_UNIT, F_COVER, F_ENTRIES, F_OPEN) = range(6)


def level_text(level: WarningLevel | None) -> str:
    return f"{level.value}色" if level else ""


class WarningsModel(PagedTableModel[WarningFilter, WarningRow]):
    COLUMNS = (
        Column("等级", None, ALIGN_CENTER),
        Column("姓名"),
        Column("支部"),
        Column("区队/班组"),
        Column("状态", None, ALIGN_CENTER),
        Column("下一步"),
        Column("应完成", None, ALIGN_CENTER),
        Column("预警原因"),
        Column("上报", None, ALIGN_CENTER),
    )

    def __init__(self, ctx: Ctx, today: Callable[[], date], parent: Any = None, load: bool = True) -> None:
        self.today = today
        super().__init__(lambda f: mood.count_warnings(ctx, f, today()),
                         lambda f, offset, limit, _key, _desc: mood.list_warnings(ctx, f, today(), offset, limit),
                         WarningFilter(), parent, load)

    def display(self, row: WarningRow, column: int) -> str:
        if column == W_LEVEL:
            return level_text(row.level)
        if column == W_NAME:
            return row.name
        if column == W_BRANCH:
            return row.branch
        if column == W_UNIT:
            return row.unit
        if column == W_STATUS:
            return row.status.value
        if column == W_NEXT:
            return row.next_step if row.is_open else ""
        if column == W_DUE:
            if row.due_on is None:
                return f"{row.lifted_on:%Y-%m-%d} 解除" if row.lifted_on else ""
            return f"{row.due_on:%Y-%m-%d}{' 已逾期' if row.overdue else ''}"
        if column == W_REASON:
            return row.reason
        if column == W_REPORT:
            if not row.needs_report:
                return ""
            return "已答复" if row.answered_on else "待答复"
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.row() < self.rowCount():
            row = self.row_at(index.row())
            if index.column() == W_LEVEL:
                return QBrush(QColor(LEVEL_TINTS[row.level]))
            if index.column() == W_DUE and row.overdue:
                return QBrush(QColor(OVERDUE_TINT))
            return None
        return super().data(index, role)

    def tooltip(self, row: WarningRow, column: int) -> str | None:
        if column == W_REASON:
            return row.reason
        if column == W_DUE and row.overdue:
            return f"{row.next_step}应于 {row.due_on:%Y-%m-%d} 前完成，已逾期"
        return None

    def foreground(self, row: WarningRow, column: int) -> QBrush | None:
        if column == W_LEVEL:
            return QBrush(QColor(LEVEL_COLOURS[row.level]))
        if column == W_DUE and row.overdue:
            return QBrush(QColor(OVERDUE_COLOUR))
        return None


class FilesModel(PagedTableModel[FileFilter, FileRow]):
    COLUMNS = (
        Column("姓名"),
        Column("支部"),
        Column("区队/班组"),
        Column("包保党员"),
        Column("记录", None, ALIGN_RIGHT),
        Column("在管预警", None, ALIGN_CENTER),
    )

    def __init__(self, ctx: Ctx, today: Callable[[], date], parent: Any = None, load: bool = True) -> None:
        super().__init__(lambda f: mood.count_files(ctx, f, today()),
                         lambda f, offset, limit, _key, _desc: mood.list_files(ctx, f, today(), offset, limit),
                         FileFilter(), parent, load)

    def row_id(self, row: FileRow) -> int:
        return row.worker_id

    def display(self, row: FileRow, column: int) -> str:
        if column == F_NAME:
            return row.name
        if column == F_BRANCH:
            return row.branch
        if column == F_UNIT:
            return row.unit
        if column == F_COVER:
            return row.covering or "（无人包保）"
        if column == F_ENTRIES:
            return str(row.entries)
        if column == F_OPEN:
            return f"{row.open_warnings} 条（最高{level_text(row.top_level)}）" if row.open_warnings else ""
        return ""

    def foreground(self, row: FileRow, column: int) -> QBrush | None:
        if column == F_OPEN and row.top_level is not None:
            return QBrush(QColor(LEVEL_COLOURS[row.top_level]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.row() < self.rowCount():
            row = self.row_at(index.row())
            if index.column() == F_OPEN and row.top_level is not None:
                return QBrush(QColor(LEVEL_TINTS[row.top_level]))
            return None
        return super().data(index, role)
