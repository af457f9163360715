"""审计日志: every recorded change, newest first, searchable; pages load as the user scrolls."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from dangjian_desktop.services import audit
from dangjian_desktop.services.audit import AuditEntity, AuditRow
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.table_model import ALIGN_CENTER, Column, PagedTableModel
from dangjian_desktop.ui.common.text import local_time
from dangjian_desktop.ui.forms.ui_audit_dialog import Ui_AuditDialog

COL_AT, COL_USER, COL_ACTION, COL_ENTITY, COL_SUMMARY = range(5)


class AuditModel(PagedTableModel[str, AuditRow]):
    COLUMNS = (
        Column("时间", None, ALIGN_CENTER),
        Column("用户"),
        Column("操作", None, ALIGN_CENTER),
        Column("对象"),
        Column("内容"),
    )

    def display(self, row: AuditRow, column: int) -> str:
        if column == COL_AT:
            return local_time(row.at)
        if column == COL_USER:
            return row.username
        if column == COL_ACTION:
            return row.action
        if column == COL_ENTITY:
            name = AuditEntity.label_of(row.entity)  # an unknown stored name is shown as it is
            return f"{name} #{row.entity_id}" if row.entity_id is not None else name
        return row.summary

    def tooltip(self, row: AuditRow, column: int) -> str | None:
        return row.summary if column == COL_SUMMARY else None


class AuditDialog(QDialog):
    """Read-only; the service refuses anyone but a 书记."""

    def __init__(self, ctx: Ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        # Newest first whatever the sort arrow says: the service orders by id descending.
        self.model = AuditModel(
            lambda text: audit.count_entries(ctx, text),
            lambda text, offset, limit, _key, _desc: audit.list_entries(ctx, text, offset, limit),
            "",
            self,
        )
        self.ui.tableView.setModel(self.model)
        header = self.ui.tableView.horizontalHeader()
        for col in (COL_AT, COL_USER, COL_ACTION, COL_ENTITY):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.apply_search)
        self.ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        self.model.reset_done.connect(self._show_count)
        self._show_count(self.model.total)

    def apply_search(self) -> None:
        self.model.set_filter(self.ui.searchEdit.text().strip())

    def _show_count(self, total: int) -> None:
        self.ui.countLabel.setText(self.tr("共 {n} 条").format(n=total))
