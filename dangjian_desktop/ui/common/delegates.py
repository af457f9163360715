"""Item delegates shared by the tabs.

:class:`TintDelegate` paints a row's ``BackgroundRole`` brush (the 红黄蓝 and overdue tints).
qt-material styles ``QTableView::item``, and a styled item ignores the model's background, so
the tint is painted here first and the styled item (text, selection) is drawn over it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


class TintDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(brush, QBrush) and not option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, brush)
        super().paint(painter, option, index)
