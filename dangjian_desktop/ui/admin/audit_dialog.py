"""审计日志: every recorded change, newest first, searchable and narrowed by dates, user and
area (对象); pages load as the user scrolls; 导出… writes what is shown to an xlsx file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QWidget

from dangjian_desktop.services import audit
from dangjian_desktop.services.audit import AuditEntity, AuditFilter, AuditRow
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.table_model import ALIGN_CENTER, Column, PagedTableModel
from dangjian_desktop.ui.common.tasks import error_text, run_task
from dangjian_desktop.ui.common.text import local_time
from dangjian_desktop.ui.forms.ui_audit_dialog import Ui_AuditDialog

COL_AT, COL_USER, COL_ACTION, COL_ENTITY, COL_SUMMARY = range(5)


class AuditModel(PagedTableModel[AuditFilter, AuditRow]):
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


def _day(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class AuditDialog(QDialog):
    """Read-only; the service refuses anyone but a 书记."""

    def __init__(self, ctx: Ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        # Newest first whatever the sort arrow says: the service orders by id descending.
        self.model = AuditModel(
            lambda f: audit.count_entries(ctx, f),
            lambda f, offset, limit, _key, _desc: audit.list_entries(ctx, f, offset, limit),
            AuditFilter(),
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

        ui = self.ui
        today = QDate.currentDate()
        ui.fromDate.setDate(today.addMonths(-1))
        ui.toDate.setDate(today)
        ui.userCombo.addItem(self.tr("全部用户"), None)
        ui.entityCombo.addItem(self.tr("全部对象"), None)
        users, areas = audit.filter_choices(ctx)
        for name in users:
            ui.userCombo.addItem(name, name)
        for stored, label in areas:
            ui.entityCombo.addItem(label, stored)
        ui.dateCheck.toggled.connect(ui.fromDate.setEnabled)
        ui.dateCheck.toggled.connect(ui.toDate.setEnabled)
        for signal in (ui.dateCheck.toggled, ui.fromDate.dateChanged, ui.toDate.dateChanged,
                       ui.userCombo.currentIndexChanged, ui.entityCombo.currentIndexChanged):
            signal.connect(self.apply_search)
        ui.exportButton.clicked.connect(self.export)

    def current_filter(self) -> AuditFilter:
        ui = self.ui
        dates = ui.dateCheck.isChecked()
        start, end = _day(ui.fromDate.date()), _day(ui.toDate.date())
        if dates and start > end:
            start, end = end, start
        return AuditFilter(
            text=ui.searchEdit.text().strip(),
            date_from=start if dates else None,
            date_to=end if dates else None,
            username=ui.userCombo.currentData(),
            entity=ui.entityCombo.currentData(),
        )

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def export(self) -> None:
        """导出…: the entries the filter selects, to an xlsx file, in the background."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出审计日志"),
                                              str(Path.home() / f"审计日志-{date.today():%Y%m%d}.xlsx"),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        f, ctx = self.current_filter(), self.ctx

        def done(n: int) -> None:
            self.model.refresh()  # the export itself is an entry
            self.ui.countLabel.setText(self.tr("已导出 {n} 条：{p}").format(n=n, p=path))

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("未能导出"), error_text(exc))

        run_task(self, self.tr("正在导出审计日志……"), lambda _p: audit.export_entries(ctx, Path(path), f), done,
                 failed, cancellable=False)

    def _show_count(self, total: int) -> None:
        self.ui.countLabel.setText(self.tr("共 {n} 条").format(n=total))
