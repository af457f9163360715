"""The 工作台 table: one row per WorkItem, overdue rows tinted red, due-today amber."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication

from dangjian_desktop import settings
from dangjian_desktop.ui.common import theme

if TYPE_CHECKING:
    from dangjian_desktop.services.worklist import WorkItem

COL_URGENCY, COL_TITLE, COL_DETAIL, COL_DUE, COL_AREA = range(5)
HEADERS = ("紧急程度", "事项", "说明", "到期日", "类别")

# (background, text) per theme and Urgency name; the dark theme gets deeper tints so white text
# stays readable. By name: ``services.worklist`` is imported only when the 工作台 is first read.
_TINTS = {
    settings.THEME_LIGHT: {"OVERDUE": ("#ffd6d9", "#8e0000"), "DUE_TODAY": ("#ffe9b8", "#6d4c00")},
    settings.THEME_DARK: {"OVERDUE": ("#6b1f2a", "#ffffff"), "DUE_TODAY": ("#5e4812", "#ffffff")},
}

Index = QModelIndex | QPersistentModelIndex


class WorklistModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[WorkItem] = []

    def set_items(self, items: list[WorkItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> WorkItem:
        return self._items[row]

    def items(self) -> list[WorkItem]:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item, col = self._items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(item, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.title}\n{item.detail}" if col in (COL_TITLE, COL_DETAIL) else None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return _brush(_mode(), item.urgency.name, role == Qt.ItemDataRole.BackgroundRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_URGENCY, COL_DUE, COL_AREA):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def text(item: WorkItem, col: int) -> str:
        """The text of a column (also what the tab measures its short columns by)."""
        if col == COL_URGENCY:
            return item.urgency.label
        if col == COL_TITLE:
            return item.title
        if col == COL_DETAIL:
            return item.detail
        if col == COL_DUE:
            return f"{item.due_on:%Y-%m-%d}" if item.due_on else "—"
        return item.area


_BRUSHES: dict[tuple[str, str, bool], QBrush | None] = {}


def _brush(mode: str, urgency: str, background: bool) -> QBrush | None:
    """The tint of a row, made once per theme (the view asks for it for every cell it paints or sizes)."""
    key = (mode, urgency, background)
    if key not in _BRUSHES:
        tint = _TINTS[mode].get(urgency)
        _BRUSHES[key] = None if tint is None else QBrush(QColor(tint[0] if background else tint[1]))
    return _BRUSHES[key]


def _mode() -> str:
    app = QApplication.instance()
    return theme.current_mode(app) if isinstance(app, QApplication) else settings.DEFAULT_THEME
