"""The pledges table of the 安全承诺 tab: a paged model over ``services.pledges``."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from dangjian_desktop.domain.pledges import PledgeStatus
from dangjian_desktop.services import pledges
from dangjian_desktop.services.pledges import PledgeFilter, PledgeRow, PledgeSort
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.table_model import ALIGN_CENTER, Column, PagedTableModel

(COL_NAME, COL_EMPLOYEE_NO, COL_BRANCH, COL_UNIT, COL_POST, COL_STATUS, COL_SIGNED, COL_REVIEWED,
 COL_REASON) = range(9)

#: The 状态 cell's tint (painted by ``TintDelegate``: the theme's styled items ignore a model's
#: colours); translucent, so it reads on the light and the dark theme alike.
STATUS_TINTS = {PledgeStatus.DRAFT: QColor(255, 165, 0, 70), PledgeStatus.BROKEN: QColor(220, 40, 40, 80),
                PledgeStatus.KEPT: QColor(46, 139, 87, 70)}


class PledgesModel(PagedTableModel[PledgeFilter, PledgeRow]):
    COLUMNS = (
        Column("姓名", PledgeSort.NAME),
        Column("工号", None),
        Column("所属支部", PledgeSort.BRANCH),
        Column("区队/班组", PledgeSort.UNIT),
        Column("岗位", PledgeSort.POST),
        Column("状态", PledgeSort.STATUS, ALIGN_CENTER),
        Column("签订日期", PledgeSort.SIGNED, ALIGN_CENTER),
        Column("评诺日期", PledgeSort.REVIEWED, ALIGN_CENTER),
        Column("未践诺原因", None),
    )
    DEFAULT_SORT_COLUMN = COL_NAME

    def __init__(self, ctx: Ctx, initial_filter: PledgeFilter | None = None, parent: Any = None) -> None:
        super().__init__(
            lambda f: pledges.count_pledges(ctx, f),
            lambda f, offset, limit, key, desc: pledges.list_pledges(ctx, replace(f, sort=key, descending=desc),
                                                                     offset, limit),
            initial_filter or PledgeFilter(),
            parent,
        )

    def display(self, row: PledgeRow, column: int) -> str:
        if column == COL_NAME:
            return row.name
        if column == COL_EMPLOYEE_NO:
            return row.employee_no
        if column == COL_BRANCH:
            return row.branch
        if column == COL_UNIT:
            return row.unit or ""
        if column == COL_POST:
            return row.post or ""
        if column == COL_STATUS:
            return row.status.value
        if column == COL_SIGNED:
            return f"{row.signed_on:%Y-%m-%d}" if row.signed_on else ""
        if column == COL_REVIEWED:
            return f"{row.reviewed_on:%Y-%m-%d}" if row.reviewed_on else ""
        if column == COL_REASON:
            return row.broken_reason or ""
        return ""

    def tooltip(self, row: PledgeRow, column: int) -> str | None:
        lines = [f"{row.name}（工号 {row.employee_no}）· {row.status.value}", f"{row.branch}" + (f" · {row.unit}" if row.unit else "")]
        if row.broken_reason:
            lines.append(f"未践诺原因：{row.broken_reason}")
        return "\n".join(lines)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.column() == COL_STATUS \
                and index.row() < self.rowCount():
            tint = STATUS_TINTS.get(self.row_at(index.row()).status)
            return QBrush(tint) if tint is not None else None
        return super().data(index, role)
