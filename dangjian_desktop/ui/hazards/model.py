"""The hazard table of the 隐患台账 tab: a paged model over ``services.hazards``; overdue rows red."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication

from dangjian_desktop import settings
from dangjian_desktop.services import hazards
from dangjian_desktop.services.hazards import HazardFilter, HazardRow, SortKey
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.table_model import ALIGN_CENTER, ALIGN_RIGHT, Column, PagedTableModel

(COL_STATUS, COL_OVERDUE, COL_FOUND, COL_BRANCH, COL_UNIT, COL_ZONE, COL_FINDER, COL_DESCRIPTION, COL_LEVEL,
 COL_RESPONSIBLE, COL_DEADLINE) = range(11)

#: An overdue row: (background, text) per theme. The background is painted by the table's
#: TintDelegate (qt-material's styled items ignore a model's colours); 状态 and 逾期 are bold.
_OVERDUE_TINTS = {
    settings.THEME_LIGHT: ("#f9d6d6", "#a00000"),
    settings.THEME_DARK: ("#4a1c1c", "#ff9c9c"),
}


def _mode() -> str:
    from dangjian_desktop.ui.common import theme

    app = QApplication.instance()
    return theme.current_mode(app) if isinstance(app, QApplication) else settings.DEFAULT_THEME
_BOLD = QFont()
_BOLD.setBold(True)


class HazardModel(PagedTableModel[HazardFilter, HazardRow]):
    COLUMNS = (
        Column("状态", None, ALIGN_CENTER),
        Column("逾期", None, ALIGN_RIGHT),
        Column("发现日期", SortKey.FOUND, ALIGN_CENTER),
        Column("所属支部", None),
        Column("区队/班组", None),
        Column("责任区", None),
        Column("发现人", None),
        Column("隐患描述", None),
        Column("等级", None, ALIGN_CENTER),
        Column("责任部门/责任人", None),
        Column("整改期限", SortKey.DEADLINE, ALIGN_CENTER),
    )
    DEFAULT_SORT_COLUMN = COL_FOUND

    def __init__(self, ctx: Ctx, initial_filter: HazardFilter = HazardFilter(), parent: Any = None) -> None:
        self.ctx = ctx
        super().__init__(
            lambda f: hazards.count_hazards(ctx, f),
            lambda f, offset, limit, key, desc: hazards.list_hazards(ctx, replace(f, sort=key, descending=desc),
                                                                     offset, limit),
            initial_filter, parent, load=False,
        )
        self._descending = True  # the newest first (after the overdue ones)
        self._overdue = 0
        self.refresh()

    def count_overdue(self) -> int:
        """The overdue among the rows of the filter (known since the last re-query)."""
        return self._overdue

    def refresh(self) -> None:
        """Re-query from the first page: the count, the overdue count and the page come from one
        service call (a text filter reads the 100,000 descriptions once, not three times)."""
        key = self.COLUMNS[self._sort_column].sort_key
        f = replace(self._filter, sort=key, descending=self._descending)
        self.beginResetModel()
        try:
            page = hazards.first_page(self.ctx, f, self.PAGE_SIZE)
            self._total, self._overdue, self._rows = page.total, page.overdue, list(page.rows)
        finally:
            self.endResetModel()
        self.reset_done.emit(self._total)

    def display(self, row: HazardRow, column: int) -> str:
        if column == COL_STATUS:
            return row.status.value
        if column == COL_OVERDUE:
            return f"{row.overdue_days} 天" if row.overdue else ""
        if column == COL_FOUND:
            return row.found_on.isoformat()
        if column == COL_BRANCH:
            return row.branch
        if column == COL_UNIT:
            return row.unit or ""
        if column == COL_ZONE:
            return row.zone or ""
        if column == COL_FINDER:
            return row.finder or ""
        if column == COL_DESCRIPTION:
            return row.description.replace("\n", " ")
        if column == COL_LEVEL:
            return row.level.value
        if column == COL_RESPONSIBLE:
            return " ".join(x for x in (row.responsible_dept, row.responsible_person) if x)
        if column == COL_DEADLINE:
            return row.deadline.isoformat()
        return ""

    def tooltip(self, row: HazardRow, column: int) -> str | None:
        lines = [row.description, f"{row.branch}" + (f" · {row.zone}" if row.zone else "") + f"（{row.source.value}）",
                 f"{row.status.value}，整改期限 {row.deadline}" + (f"，已逾期 {row.overdue_days} 天" if row.overdue else "")]
        if row.rectified_on:
            lines.append(f"整改：{row.rectified_by or ''} {row.rectified_on}")
        if row.verified_on:
            lines.append(f"验收：{row.verified_by or ''} {row.verified_on}")
        if row.measures:
            lines.append(f"措施：{row.measures}")
        return "\n".join(lines)

    def foreground(self, row: HazardRow, column: int) -> QBrush | None:
        return QBrush(QColor(_OVERDUE_TINTS[_mode()][1])) if row.overdue else None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole) and index.isValid() \
                and index.row() < self.rowCount() and self.row_at(index.row()).overdue:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(_OVERDUE_TINTS[_mode()][0]))
            return _BOLD if index.column() in (COL_STATUS, COL_OVERDUE) else None
        return super().data(index, role)
