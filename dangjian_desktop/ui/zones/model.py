"""Table models of the 责任区 tab: the paged zone list and the compliance grid."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from dangjian_desktop.domain.zone_rules import Duty
from dangjian_desktop.domain.zones import ZoneStatus
from dangjian_desktop.services import zones
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.services.zone_reports import Compliance
from dangjian_desktop.services.zones import SortKey, ZoneFilter, ZoneRow
from dangjian_desktop.ui.common.table_model import ALIGN_CENTER, ID_ROLE, Column, Index, PagedTableModel

(COL_NAME, COL_CATEGORY, COL_KIND, COL_MEMBER, COL_BRANCH, COL_UNIT, COL_STATUS, COL_WEEK, COL_MONTH, COL_HAZARDS,
 COL_ENDS) = range(11)

#: The status colours of the list and the board (text on the theme's background).
STATUS_COLOURS = {
    ZoneStatus.DRAFT: "#8a6d00",
    ZoneStatus.ACTIVE: "#2e7d32",
    ZoneStatus.REVOKED: "#c62828",
    ZoneStatus.ENDED: "#757575",
}


#: The 隐患 count opens the 隐患台账 (the list's cell and the board's card): drawn as a link.
LINK_COLOUR = "#1565c0"


class ZonesModel(PagedTableModel[ZoneFilter, ZoneRow]):
    COLUMNS = (
        Column("名称", SortKey.NAME),
        Column("类别", SortKey.CATEGORY, ALIGN_CENTER),
        Column("类型", SortKey.KIND, ALIGN_CENTER),
        Column("示范者", SortKey.MEMBER),
        Column("支部", SortKey.BRANCH),
        Column("区队/班组", SortKey.UNIT),
        Column("状态", SortKey.STATUS, ALIGN_CENTER),
        Column("本周周报", None, ALIGN_CENTER),
        Column("本月建议", None, ALIGN_CENTER),
        Column("隐患", None, ALIGN_CENTER),  # open ones (the tooltip says so)
        Column("结束日期", SortKey.ENDS, ALIGN_CENTER),
    )
    DEFAULT_SORT_COLUMN = COL_BRANCH

    def __init__(self, ctx: Ctx, initial_filter: ZoneFilter | None = None, parent: Any = None) -> None:
        self.ctx = ctx
        super().__init__(
            lambda f: zones.count_zones(ctx, f),
            lambda f, offset, limit, key, desc: zones.list_zones(ctx, replace(f, sort=key, descending=desc), offset,
                                                                 limit),
            initial_filter or ZoneFilter(), parent)

    def display(self, row: ZoneRow, column: int) -> str:
        if column == COL_NAME:
            return row.name
        if column == COL_CATEGORY:
            return "示范岗" if row.category.value.endswith("岗") else "责任区"
        if column == COL_KIND:
            return row.kind.value
        if column == COL_MEMBER:
            return row.member or "（未定）"
        if column == COL_BRANCH:
            return row.branch
        if column == COL_UNIT:
            return row.unit or ""
        if column == COL_STATUS:
            return row.status.value
        if column == COL_WEEK:
            return row.week_label
        if column == COL_MONTH:
            return row.month_label
        if column == COL_HAZARDS:
            return str(row.open_hazards) if row.open_hazards else ""
        if column == COL_ENDS:
            return f"{row.ends_on:%Y-%m-%d}" if row.ends_on else ""
        return ""

    def tooltip(self, row: ZoneRow, column: int) -> str | None:
        if column == COL_HAZARDS:
            return f"未闭合的隐患：{row.open_hazards} 条" + ("（单击在隐患台账中查看）" if row.open_hazards else "")
        lines = [f"{row.category.value} · {row.kind.value} · {row.name}", f"{row.branch}" + (f" · {row.unit}" if row.unit else "")]
        missing = row.five.missing()
        if missing and row.status is ZoneStatus.DRAFT:
            lines.append(f"草稿：尚缺 {'、'.join(missing)}")
        if row.status is ZoneStatus.REVOKED:
            lines.append(f"摘牌 {row.revoked_on or ''}：{row.revoke_reason or ''}")
        return "\n".join(lines)

    def foreground(self, row: ZoneRow, column: int) -> QBrush | None:
        if column == COL_STATUS:
            return QBrush(QColor(STATUS_COLOURS[row.status]))
        if column == COL_WEEK and row.week_label == "未报":
            return QBrush(QColor("#c62828"))
        if column == COL_MONTH and row.month_label == "未提":
            return QBrush(QColor("#b26a00"))
        if column == COL_HAZARDS and row.open_hazards:
            return QBrush(QColor(LINK_COLOUR))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.column() == COL_HAZARDS and index.isValid():
            if index.row() < self.rowCount() and self.row_at(index.row()).open_hazards:
                font = QFont()  # only the underline set: the rest is the table's
                font.setUnderline(True)
                return font  # a link: a click opens the 隐患台账 on the zone
            return None
        return super().data(index, role)


_DUTY_TEXT = {Duty.DONE: "✓", Duty.MISSING: "✗", Duty.PENDING: "○", Duty.NONE: ""}
_DUTY_COLOUR = {Duty.DONE: "#2e7d32", Duty.MISSING: "#c62828", Duty.PENDING: "#8a6d00"}


class ComplianceModel(QAbstractTableModel):
    """Zones × the last 13 weeks, then × the last 6 months, then the counts missed."""

    FIXED = 2  # 名称, 示范者

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: Compliance | None = None

    def set_grid(self, grid: Compliance) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() or self.grid is None else len(self.grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        if parent.isValid() or self.grid is None:
            return 0
        return self.FIXED + len(self.grid.weeks) + len(self.grid.months) + 2

    def _cell(self, row: int, col: int) -> tuple[str, Duty | None]:
        assert self.grid is not None
        r = self.grid.rows[row]
        nw, nm = len(self.grid.weeks), len(self.grid.months)
        if col == 0:
            return r.name, None
        if col == 1:
            return r.member or "", None
        if col < self.FIXED + nw:
            d = r.weeks[col - self.FIXED]
            return _DUTY_TEXT[d], d
        if col < self.FIXED + nw + nm:
            d = r.months[col - self.FIXED - nw]
            return _DUTY_TEXT[d], d
        if col == self.FIXED + nw + nm:
            return str(r.weeks_missed or ""), None
        return str(r.months_missed or ""), None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        text, duty = self._cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ForegroundRole and duty in _DUTY_COLOUR:
            return QBrush(QColor(_DUTY_COLOUR[duty]))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self.FIXED:
            return int(ALIGN_CENTER)
        if role == Qt.ItemDataRole.ToolTipRole and duty is not None:
            return duty.value or "未在岗"
        if role == ID_ROLE:
            return self.grid.rows[index.row()].zone_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt's name)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        nw, nm = len(self.grid.weeks), len(self.grid.months)
        if section == 0:
            return "责任区"
        if section == 1:
            return "示范者"
        if section < self.FIXED + nw:
            w = self.grid.weeks[section - self.FIXED]
            if role == Qt.ItemDataRole.ToolTipRole:
                iso = w.isocalendar()
                return f"{iso[0]} 年第 {iso[1]} 周（{w:%Y-%m-%d} 周一起）"
            return f"{w:%m-%d}"
        if section < self.FIXED + nw + nm:
            m = self.grid.months[section - self.FIXED - nw]
            return f"{m:%Y-%m}" if role == Qt.ItemDataRole.ToolTipRole else f"{m.month}月"
        return "缺周报" if section == self.FIXED + nw + nm else "缺建议"


class ColouredTextDelegate(QStyledItemDelegate):
    """Draws a cell's text in its ``ForegroundRole`` colour (状态, 未报): qt-material's item style
    sets the text colour itself, so the model's colour is painted here over the styled cell."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        if not isinstance(brush, QBrush) or option.state & QStyle.StateFlag.State_Selected:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        painter.save()
        painter.setPen(brush.color())
        painter.setFont(opt.font)
        painter.drawText(rect.adjusted(2, 0, -2, 0), int(opt.displayAlignment), text)
        painter.restore()
