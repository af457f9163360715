"""看板: the wall-board view of the zones, one painted card per zone.

Model/view with a painting delegate, not one widget per zone: a :class:`BoardModel` holds the
rows the service returned (600 for the large demo) and :class:`BoardDelegate` paints each card
(coloured by kind, marked by status, the member, the post, this week's report, the open
hazards). The view lays the cards out in a grid of uniform cells, so scrolling paints only the
cards in sight.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from dangjian_desktop.domain.zones import ZoneCategory, ZoneKind, ZoneStatus
from dangjian_desktop.services.zones import ZoneRow
from dangjian_desktop.ui.common.table_model import ID_ROLE, Index

from .model import STATUS_COLOURS

ROW_ROLE = Qt.ItemDataRole.UserRole + 2
CARD_W, CARD_H, GAP = 236, 112, 8

#: (background, stripe) per kind: 四区联动.
KIND_COLOURS = {
    ZoneKind.THOUGHT: ("#ede7f6", "#6a1b9a"),
    ZoneKind.SAFETY: ("#e8f5e9", "#2e7d32"),
    ZoneKind.QUALITY: ("#e3f2fd", "#1565c0"),
    ZoneKind.PRODUCTION: ("#fff3e0", "#e65100"),
}
_INK, _MUTED, _RED = QColor("#212121"), QColor("#5f6368"), QColor("#c62828")


class BoardModel(QAbstractListModel):
    """The zones on the board, in the order the service gave them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ZoneRow] = []

    def set_rows(self, rows: Sequence[ZoneRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, i: int) -> ZoneRow:
        return self._rows[i]

    def find_row(self, zone_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == zone_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{row.category.value} · {row.kind.value}：{row.name}", f"{row.branch} · {row.unit or ''}",
                     f"示范者：{row.member or '未定'}　状态：{row.status.value}"]
            if row.post_text:
                lines.append(f"岗位：{row.post_text}")
            if row.status is ZoneStatus.REVOKED:
                lines.append(f"摘牌原因：{row.revoke_reason or ''}")
            return "\n".join(lines)
        return None


class BoardDelegate(QStyledItemDelegate):
    """Paints one zone card; the fonts and their metrics are made once."""

    #: The card's “隐患 N” was clicked: the zone's id.
    hazardsClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        base = parent.font() if parent is not None else QFont()
        self.title_font = QFont(base)
        self.title_font.setBold(True)
        self.title_font.setPointSizeF(base.pointSizeF() * 1.05 if base.pointSizeF() > 0 else 10)
        self.text_font = QFont(base)
        self.small_font = QFont(base)
        self.small_font.setPointSizeF(base.pointSizeF() * 0.9 if base.pointSizeF() > 0 else 8)
        self.title_fm = QFontMetrics(self.title_font)
        self.text_fm = QFontMetrics(self.text_font)
        self.small_fm = QFontMetrics(self.small_font)
        self.card_width = CARD_W  # widened to share the view's width between the columns

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.card_width, CARD_H)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: ZoneRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        r = option.rect.adjusted(3, 3, -3, -3)
        bg, stripe = KIND_COLOURS[row.kind]
        dim = row.status in (ZoneStatus.REVOKED, ZoneStatus.ENDED)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(QColor("#1a73e8") if selected else QColor(stripe).lighter(140), 2.5 if selected else 1))
        painter.setBrush(QColor("#f2f2f2") if dim else QColor(bg))
        painter.drawRoundedRect(r, 6, 6)
        painter.fillRect(QRect(r.left() + 1, r.top() + 6, 5, r.height() - 12), QColor("#9e9e9e") if dim else QColor(stripe))

        x, right = r.left() + 12, r.right() - 8
        # status badge, top right
        painter.setFont(self.small_font)
        badge = row.status.value
        bw = self.small_fm.horizontalAdvance(badge) + 10
        bh = self.small_fm.height() + 2
        badge_rect = QRect(right - bw, r.top() + 7, bw, bh)
        colour = QColor(STATUS_COLOURS[row.status])
        painter.setPen(QPen(colour, 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(badge_rect, 3, 3)
        painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)

        # title
        painter.setFont(self.title_font)
        painter.setPen(_MUTED if dim else _INK)
        title_w = badge_rect.left() - 6 - x
        y = r.top() + 6
        painter.drawText(QRect(x, y, title_w, self.title_fm.height()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.title_fm.elidedText(row.name, Qt.TextElideMode.ElideRight, title_w))
        y += self.title_fm.height() + 4

        painter.setFont(self.text_font)
        line_h = self.text_fm.height()
        kind = f"{row.kind.value}{'示范岗' if row.category is ZoneCategory.POST else '责任区'}"
        member = f"{row.member or '示范者未定'}　{kind}"
        painter.setPen(QColor(stripe) if not dim else _MUTED)
        painter.drawText(QRect(x, y, right - x, line_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.text_fm.elidedText(member, Qt.TextElideMode.ElideRight, right - x))
        y += line_h + 2
        painter.setPen(_MUTED)
        post = row.post_text or row.unit or row.branch
        painter.drawText(QRect(x, y, right - x, line_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.text_fm.elidedText(f"岗位：{post}", Qt.TextElideMode.ElideRight, right - x))

        # bottom line: this week's report and the open hazards
        painter.setFont(self.small_font)
        by = r.bottom() - self.small_fm.height() - 6
        if row.is_active:
            reported = row.reported_this_week
            painter.setPen(QColor("#2e7d32") if reported else _RED)
            painter.drawText(QRect(x, by, 110, self.small_fm.height()), Qt.AlignmentFlag.AlignLeft,
                             f"本周：{'已报' if reported else '未报'}")
        elif row.status is ZoneStatus.DRAFT:
            painter.setPen(QColor(STATUS_COLOURS[ZoneStatus.DRAFT]))
            painter.drawText(QRect(x, by, right - x, self.small_fm.height()), Qt.AlignmentFlag.AlignLeft,
                             f"尚缺 {len(row.five.missing())} 项五明确")
        hz = f"隐患 {row.open_hazards}"
        font = QFont(self.small_font)
        font.setUnderline(bool(row.open_hazards))  # a link to the 隐患台账
        painter.setFont(font)
        painter.setPen(_RED if row.open_hazards else _MUTED)
        painter.drawText(QRect(right - 90, by, 90, self.small_fm.height()), Qt.AlignmentFlag.AlignRight, hz)
        painter.restore()

    def hazards_rect(self, cell: QRect, row: ZoneRow) -> QRect:
        """Where a card in ``cell`` shows its “隐患 N” (as :meth:`paint` draws it)."""
        r = cell.adjusted(3, 3, -3, -3)
        right, h = r.right() - 8, self.small_fm.height()
        width = self.small_fm.horizontalAdvance(f"隐患 {row.open_hazards}") + 6
        return QRect(right - width, r.bottom() - h - 6, width, h)

    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: Index) -> bool:  # noqa: N802
        """A click on a card's “隐患 N” (N > 0): :attr:`hazardsClicked` with the zone."""
        if (event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton):
            row: ZoneRow | None = index.data(ROW_ROLE)
            if row is not None and row.open_hazards and self.hazards_rect(option.rect, row).contains(
                    event.position().toPoint()):
                self.hazardsClicked.emit(row.id)
                return True
        return super().editorEvent(event, model, option, index)


class _FitColumns(QObject):
    """On a resize, the cards share the view's width (as many columns as fit at CARD_W)."""

    def __init__(self, view: QListView, delegate: BoardDelegate) -> None:
        super().__init__(view)
        self.view, self.delegate = view, delegate
        view.viewport().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            width = self.view.viewport().width() - 2
            columns = max(1, width // (CARD_W + GAP))
            cell = max(CARD_W + GAP, width // columns)
            if cell - GAP != self.delegate.card_width:
                self.delegate.card_width = cell - GAP
                self.view.setGridSize(QSize(cell, CARD_H + GAP))
        return False


def setup_board_view(view: QListView) -> BoardModel:
    """Make ``view`` the board: a wrapping grid of uniform cards; returns its model."""
    model = BoardModel(view)
    view.setModel(model)
    delegate = BoardDelegate(view)
    view.setItemDelegate(delegate)
    _FitColumns(view, delegate)
    view.setViewMode(QListView.ViewMode.IconMode)
    view.setFlow(QListView.Flow.LeftToRight)
    view.setWrapping(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setMovement(QListView.Movement.Static)
    view.setUniformItemSizes(True)
    view.setGridSize(QSize(CARD_W + GAP, CARD_H + GAP))
    view.setSpacing(0)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.verticalScrollBar().setSingleStep(24)
    view.setMouseTracking(False)
    return model
