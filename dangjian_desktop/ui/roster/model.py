"""The people table of the 人员 tab: a paged model over ``services.roster``."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication

from dangjian_desktop import settings
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.services import roster
from dangjian_desktop.services.roster import PersonFilter, PersonRow, SortKey
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common import theme
from dangjian_desktop.ui.common.table_model import ALIGN_CENTER, Column, PagedTableModel

PARTY = (PoliticalStatus.MEMBER, PoliticalStatus.PROBATIONARY)

(COL_NAME, COL_STATUS, COL_EMPLOYEE_NO, COL_GENDER, COL_BRANCH, COL_UNIT, COL_POST, COL_POLITICAL, COL_JOINED,
 COL_PHONE) = range(10)

ARCHIVED = "已归档"
#: An archived row: (background, text) per theme. The background is painted by the table's
#: TintDelegate (qt-material's styled items ignore a model's colours); the text is italic too.
_ARCHIVED_TINTS = {
    settings.THEME_LIGHT: ("#e4e4e4", "#6e6e6e"),
    settings.THEME_DARK: ("#17191c", "#8f959c"),
}
_ITALIC = QFont()
_ITALIC.setItalic(True)


def _mode() -> str:
    app = QApplication.instance()
    return theme.current_mode(app) if isinstance(app, QApplication) else settings.DEFAULT_THEME


class PeopleModel(PagedTableModel[PersonFilter, PersonRow]):
    COLUMNS = (
        Column("姓名", SortKey.NAME),
        Column("状态", None, ALIGN_CENTER),  # shown only with 显示已归档 (the tab hides it otherwise)
        Column("工号", SortKey.EMPLOYEE_NO),
        Column("性别", None, ALIGN_CENTER),
        Column("所属支部", SortKey.BRANCH),
        Column("区队/班组", SortKey.UNIT),
        Column("岗位", SortKey.POST),
        Column("政治面貌", SortKey.POLITICAL),
        Column("入党日期", SortKey.JOINED, ALIGN_CENTER),
        Column("联系电话", None),
    )
    DEFAULT_SORT_COLUMN = COL_NAME

    def __init__(self, ctx: Ctx, initial_filter: PersonFilter = PersonFilter(), parent: Any = None) -> None:
        self.ctx = ctx
        super().__init__(
            lambda f: roster.count_people(ctx, f),
            lambda f, offset, limit, key, desc: roster.list_people(
                ctx, replace(f, sort=key, descending=desc), offset, limit
            ),
            initial_filter,
            parent,
        )

    def count_members(self) -> int:
        """Party members (正式 and 预备) among the rows the current filter selects."""
        f = self.filter
        wanted = tuple(s for s in PARTY if not f.political or s in f.political)
        if not wanted:
            return 0
        return roster.count_people(self.ctx, replace(f, political=wanted))

    def display(self, row: PersonRow, column: int) -> str:
        if column == COL_NAME:
            return row.name  # whole: the state has its own column, the row its own colours
        if column == COL_STATUS:
            return ARCHIVED if row.archived_at else ""
        if column == COL_EMPLOYEE_NO:
            return row.employee_no
        if column == COL_GENDER:
            return row.gender.value if row.gender else ""
        if column == COL_BRANCH:
            return row.branch
        if column == COL_UNIT:
            return row.unit or ""
        if column == COL_POST:
            return (row.post or "") + ("（特种）" if row.special_post else "")
        if column == COL_POLITICAL:
            return row.political_status.value
        if column == COL_JOINED:
            return row.joined_shown  # 2005-06 when known to the month only
        if column == COL_PHONE:
            return row.phone or ""
        return ""

    def tooltip(self, row: PersonRow, column: int) -> str | None:
        lines = [f"{row.name}（工号 {row.employee_no}）", f"{row.branch}" + (f" · {row.unit}" if row.unit else "")]
        if row.special_post:
            lines.append(f"特种岗位：{row.post or ''}")
        if row.note:
            lines.append(f"备注：{row.note}")
        if row.archived_at:
            lines.append(f"已归档（{row.archive_reason or ''}），{row.archived_at:%Y-%m-%d}")
        return "\n".join(lines)

    def foreground(self, row: PersonRow, column: int) -> QBrush | None:
        return QBrush(QColor(_ARCHIVED_TINTS[_mode()][1])) if row.archived_at else None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole) and index.isValid() \
                and index.row() < self.rowCount() and self.row_at(index.row()).archived_at is not None:
            if role == Qt.ItemDataRole.FontRole:
                return _ITALIC
            return QBrush(QColor(_ARCHIVED_TINTS[_mode()][0]))
        return super().data(index, role)
