"""The 责任区 tab: 党员责任区 and 党员示范岗 as a list, a wall board and a compliance grid.

An area tab (``ui/common/tab_platform.AreaTab``), built the first time it is shown. The filter
bar (branch, unit, kind, status, text) drives all three views; every read and write goes
through ``services.zones``. The list pages from SQL; the board loads the filtered zones when it
is first shown (a painted card each, ``board.py``); the grid shows the last 13 weeks and 6
months and lists what is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMenu, QMessageBox, QWidget

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.zones import ZoneKind, ZoneStatus
from dangjian_desktop.services import zone_reports, zones
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.services.worklist import WorkTarget
from dangjian_desktop.services.zone_reports import ReportRow, SuggestionRow
from dangjian_desktop.services.zones import ZoneFilter, ZoneRow
from dangjian_desktop.ui.common.tasks import error_text, run_task
from dangjian_desktop.ui.forms.ui_zones_tab import Ui_ZonesTab

from .board import BoardDelegate, setup_board_view
from .dialogs import QuickDialog, ReportDialog, RevokeDialog, SuggestionDialog, ZoneDialog
from .model import COL_BRANCH, COL_HAZARDS, COL_NAME, ColouredTextDelegate, ComplianceModel, ZonesModel

SEARCH_DELAY_MS = 200
PAGE_LIST, PAGE_BOARD, PAGE_GRID = range(3)


class ZonesTab(QWidget):
    changed = Signal()
    #: A record of another tab to show (a WorkTarget): a zone's 隐患 count opens the 隐患台账.
    openTarget = Signal(object)

    def __init__(self, ctx: Ctx, parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self.ui = ui = Ui_ZonesTab()
        ui.setupUi(self)
        self.dialog: QWidget | None = None
        self.print_dialog: QWidget | None = None
        self._board_stale = True
        self._grid_stale = True

        self._org = zones.org_choices(ctx)
        ui.branchCombo.addItem("全部支部", None)
        for bid, name in self._org.branches:
            ui.branchCombo.addItem(name, bid)
        if len(self._org.branches) == 1:
            ui.branchCombo.setCurrentIndex(1)
        self._fill_units()
        ui.kindCombo.addItem("全部", None)
        for k in ZoneKind:
            ui.kindCombo.addItem(k.value, k.name)
        ui.statusCombo.addItem("全部", None)
        for st in ZoneStatus:
            ui.statusCombo.addItem(st.value, st.name)

        self.model = ZonesModel(ctx, self.current_filter(), self)
        table = ui.zoneTable
        table.setModel(self.model)
        table.setItemDelegate(ColouredTextDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)  # the rest of the room: no scroll bar
        header.setMinimumSectionSize(40)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        table.doubleClicked.connect(self._table_double_clicked)
        table.clicked.connect(self._table_clicked)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.customContextMenuRequested.connect(self._table_menu)

        self.board_model = setup_board_view(ui.boardView)
        ui.boardView.doubleClicked.connect(self._board_double_clicked)
        board_delegate = ui.boardView.itemDelegate()
        assert isinstance(board_delegate, BoardDelegate)
        board_delegate.hazardsClicked.connect(self.open_hazards)
        ui.boardView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.grid_model = ComplianceModel(self)
        ui.complianceTable.setModel(self.grid_model)
        ui.complianceTable.setItemDelegate(ColouredTextDelegate(ui.complianceTable))
        ui.complianceTable.doubleClicked.connect(self._grid_double_clicked)
        ui.complianceSplitter.setStretchFactor(0, 3)
        ui.complianceSplitter.setStretchFactor(1, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(10_000)
        self._message_timer.timeout.connect(ui.messageLabel.clear)
        ui.searchEdit.textChanged.connect(self._search_timer.start)
        ui.searchEdit.returnPressed.connect(self.apply_filter)
        ui.branchCombo.currentIndexChanged.connect(self._branch_changed)
        for combo in (ui.unitCombo, ui.kindCombo, ui.statusCombo):
            combo.currentIndexChanged.connect(self.apply_filter)
        ui.viewTabs.currentChanged.connect(self._view_changed)

        ui.addButton.clicked.connect(self.add_zone)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.reportButton.clicked.connect(self.add_report)
        ui.suggestionButton.clicked.connect(self.add_suggestion)
        ui.quickButton.clicked.connect(self.quick_entry)
        ui.revokeButton.clicked.connect(self.revoke_selected)
        ui.endButton.clicked.connect(self.end_selected)
        ui.exportButton.clicked.connect(self.export_zones)
        ui.printButton.clicked.connect(self.print_cards)
        if not ctx.actor.can_write:
            ui.editButton.setText("查看…")
        self._size_columns()
        self._after_query()

    # ------------------------------------------------------------ filter

    @property
    def today(self) -> date:
        return self._today()

    def _fill_units(self) -> None:
        ui = self.ui
        ui.unitCombo.blockSignals(True)
        ui.unitCombo.clear()
        ui.unitCombo.addItem("全部", None)
        for uid, label in self._org.units.get(ui.branchCombo.currentData(), []):
            ui.unitCombo.addItem(label, uid)
        ui.unitCombo.setEnabled(ui.branchCombo.currentData() is not None)
        ui.unitCombo.blockSignals(False)

    def _branch_changed(self) -> None:
        self._fill_units()
        self.apply_filter()

    def current_filter(self) -> ZoneFilter:
        ui = self.ui
        kind, status = ui.kindCombo.currentData(), ui.statusCombo.currentData()
        base = self.model.filter if hasattr(self, "model") else ZoneFilter()
        return replace(base, text=ui.searchEdit.text().strip(), branch_id=ui.branchCombo.currentData(),
                       unit_id=ui.unitCombo.currentData(), kind=ZoneKind[kind] if kind else None,
                       status=ZoneStatus[status] if status else None, today=self.today)

    def apply_filter(self) -> None:
        self._search_timer.stop()
        keep = self.selected_zone()
        self.model.set_filter(self.current_filter())
        self._board_stale = self._grid_stale = True
        self._after_query(keep.id if keep else None)
        self._refresh_visible_view()

    def reload(self) -> None:
        self._org = zones.org_choices(self.ctx)
        keep_branch = self.ui.branchCombo.currentData()
        self.ui.branchCombo.blockSignals(True)
        self.ui.branchCombo.clear()
        self.ui.branchCombo.addItem("全部支部", None)
        for bid, name in self._org.branches:
            self.ui.branchCombo.addItem(name, bid)
        self.ui.branchCombo.setCurrentIndex(max(self.ui.branchCombo.findData(keep_branch), 0))
        self.ui.branchCombo.blockSignals(False)
        keep_unit = self.ui.unitCombo.currentData()
        self._fill_units()
        self.ui.unitCombo.setCurrentIndex(max(self.ui.unitCombo.findData(keep_unit), 0))
        self.apply_filter()

    def _after_query(self, select_id: int | None = None) -> None:
        self.ui.zoneTable.setColumnHidden(COL_BRANCH, self.model.filter.branch_id is not None)
        if select_id is not None:
            i = self.model.find_row(select_id)
            if i is not None:
                self._select_row(i)
        self.ui.countLabel.setText(f"共 {self.model.total} 个责任区/示范岗")
        self._update_buttons()

    def _size_columns(self) -> None:
        table = self.ui.zoneTable
        fm = table.fontMetrics()
        # in characters: 类别, 类型, 示范者, 支部, 区队/班组, 状态, 本周周报, 本月建议, 隐患, 结束日期 (名称 stretches)
        widths = {1: 3, 2: 2, 3: 4, COL_BRANCH: 8, 5: 8, 6: 2, 7: 4, 8: 4, 9: 2, 10: 5}
        for col, chars in widths.items():
            table.horizontalHeader().resizeSection(col, fm.horizontalAdvance("中" * chars) + 24)

    # ------------------------------------------------------------ views

    def _view_changed(self, _index: int) -> None:
        self._refresh_visible_view()
        self._update_buttons()

    def _refresh_visible_view(self) -> None:
        page = self.ui.viewTabs.currentIndex()
        if page == PAGE_BOARD and self._board_stale:
            self.load_board()
        elif page == PAGE_GRID and self._grid_stale:
            self.load_grid()

    def load_board(self) -> None:
        """All zones the filter selects, as cards (one query, painted on demand)."""
        self.board_model.set_rows(zones.list_zones(self.ctx, self.model.filter, 0, None))
        self._board_stale = False

    def load_grid(self) -> None:
        grid = zone_reports.compliance(self.ctx, self.model.filter)
        self.grid_model.set_grid(grid)
        table = self.ui.complianceTable
        table.resizeColumnsToContents()
        table.horizontalHeader().resizeSection(0, min(table.horizontalHeader().sectionSize(0), 240))
        missing = grid.missing()
        self.ui.missingText.setPlainText(
            (f"需要督促的责任区（{len(missing)} 个）：\n" + "\n".join(missing)) if missing else "")
        self._grid_stale = False

    def show_board(self) -> None:
        self.ui.viewTabs.setCurrentIndex(PAGE_BOARD)

    def show_compliance(self) -> None:
        self.ui.viewTabs.setCurrentIndex(PAGE_GRID)

    def _board_double_clicked(self, index) -> None:
        if index.isValid():
            self.open_zone(self.board_model.row_at(index.row()).id)

    def _grid_double_clicked(self, index) -> None:
        if index.isValid() and self.grid_model.grid is not None:
            self.open_zone(self.grid_model.grid.rows[index.row()].zone_id)

    # ------------------------------------------------------------ selection

    def selected_zone(self) -> ZoneRow | None:
        if self.ui.viewTabs.currentIndex() == PAGE_BOARD:
            rows = self.ui.boardView.selectionModel().selectedIndexes()
            return self.board_model.row_at(rows[0].row()) if rows else None
        rows = self.ui.zoneTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _select_row(self, i: int) -> None:
        table = self.ui.zoneTable
        index = self.model.index(i, COL_NAME)
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        table.scrollTo(index)

    def _update_buttons(self) -> None:
        ui = self.ui
        write = self.ctx.actor.can_write
        z = self.selected_zone() if hasattr(self, "model") else None
        active = z is not None and z.is_active
        ui.addButton.setEnabled(write and bool(self._org.branches))
        ui.editButton.setEnabled(z is not None)
        ui.reportButton.setEnabled(write and active)
        ui.suggestionButton.setEnabled(write and active)
        ui.quickButton.setEnabled(write and bool(self._org.branches))
        ui.revokeButton.setEnabled(write and z is not None and z.status is not ZoneStatus.REVOKED)
        ui.endButton.setEnabled(write and z is not None and z.stored_status in (ZoneStatus.ACTIVE, ZoneStatus.DRAFT))
        ui.exportButton.setEnabled(self.model.total > 0 if hasattr(self, "model") else False)

    def message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self._message_timer.start()

    def show_target(self, target: WorkTarget) -> None:
        """A 工作台 item: the zone, selected in the list (the filters that hide it cleared)."""
        if target.kind == "zone" and target.record_id is not None:
            self.show_zone(target.record_id)
        elif target.kind == "zone-branch":  # many zones of a branch missing: its 报告情况 grid
            self.ui.branchCombo.setCurrentIndex(max(self.ui.branchCombo.findData(target.record_id), 0))
            self.show_compliance()

    def show_zone(self, zone_id: int) -> None:
        ui = self.ui
        ui.viewTabs.setCurrentIndex(PAGE_LIST)
        i = self.model.find_row(zone_id, load=True)
        if i is None:
            for w in (ui.searchEdit, ui.kindCombo, ui.statusCombo, ui.branchCombo, ui.unitCombo):
                w.blockSignals(True)
            ui.searchEdit.clear()
            for combo in (ui.kindCombo, ui.statusCombo, ui.branchCombo):
                combo.setCurrentIndex(0)
            self._fill_units()
            for w in (ui.searchEdit, ui.kindCombo, ui.statusCombo, ui.branchCombo, ui.unitCombo):
                w.blockSignals(False)
            self.apply_filter()
            i = self.model.find_row(zone_id, load=True)
        if i is not None:
            self._select_row(i)
        self._update_buttons()

    # ------------------------------------------------------------ dialogs

    def _open(self, dlg) -> None:
        self.dialog = dlg
        # Bound methods, not lambdas: Qt drops them with the tab, so a dialog that finishes
        # while the window closes never calls into a deleted tab.
        dlg.finished.connect(self._dialog_finished)
        dlg.open()

    def _dialog_finished(self, _result: int) -> None:
        dlg = self.sender()
        if self.dialog is dlg:
            self.dialog = None
        if dlg is not None:
            dlg.deleteLater()

    def _table_double_clicked(self, _index: object) -> None:
        self.edit_selected()

    def _table_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() == COL_HAZARDS:
            row = self.model.row_at(index.row())
            if row.open_hazards:
                self.open_hazards(row.id)

    def open_hazards(self, zone_id: int) -> None:
        """A zone's 隐患 count (list, board, menu): the 隐患台账 on the zone's open hazards."""
        self.openTarget.emit(WorkTarget("hazards_zone", zone_id))

    def _report_saved(self, row: ReportRow) -> None:
        self._written(f"已记周报（{row.week_start:%m-%d} 起的一周）")

    def _suggestion_saved(self, row: SuggestionRow) -> None:
        self._written(f"已记合理化建议（{row.made_on:%Y-%m-%d}）")

    def _quick_saved(self, n: int) -> None:
        self._written(f"已记周报 {n} 个责任区")

    def _revoked(self, row: ZoneRow) -> None:
        self._written(f"已摘牌：{row.name}（{row.revoke_reason}）")

    def add_zone(self) -> ZoneDialog | None:
        if not self.ctx.actor.can_write:
            return None
        f = self.model.filter
        dlg = ZoneDialog(self.ctx, branch_id=f.branch_id, unit_id=f.unit_id, today=self.today, parent=self)
        dlg.saved.connect(self._zone_saved)
        dlg.data_changed.connect(self._written)
        self._open(dlg)
        return dlg

    def edit_selected(self) -> ZoneDialog | None:
        z = self.selected_zone()
        return self.open_zone(z.id) if z is not None else None

    def open_zone(self, zone_id: int) -> ZoneDialog | None:
        try:
            detail = zones.get_zone(self.ctx, zone_id, self.today)
        except DomainError as err:
            QMessageBox.warning(self, "无法打开", err.message)
            self.apply_filter()
            return None
        dlg = ZoneDialog(self.ctx, detail, today=self.today, parent=self)
        dlg.saved.connect(self._zone_saved)
        dlg.data_changed.connect(self._written)
        self._open(dlg)
        return dlg

    def _zone_saved(self, row: ZoneRow) -> None:
        self.apply_filter()
        if self.ui.viewTabs.currentIndex() == PAGE_LIST:
            self.show_zone(row.id)
        self.message(f"已保存：{row.name}（{row.status.value}）")
        self.changed.emit()

    def _written(self, text: object = None) -> None:
        """After a write: re-read, say what was done (a str), tell the 工作台."""
        self.apply_filter()
        if isinstance(text, str):
            self.message(text)
        self.changed.emit()

    def add_report(self) -> ReportDialog | None:
        z = self.selected_zone()
        if z is None or not self.ctx.actor.can_write:
            return None
        dlg = ReportDialog(self.ctx, z, self.today, self)
        dlg.saved.connect(self._report_saved)
        self._open(dlg)
        return dlg

    def add_suggestion(self) -> SuggestionDialog | None:
        z = self.selected_zone()
        if z is None or not self.ctx.actor.can_write:
            return None
        dlg = SuggestionDialog(self.ctx, z, self.today, self)
        dlg.saved.connect(self._suggestion_saved)
        self._open(dlg)
        return dlg

    def quick_entry(self) -> QuickDialog | None:
        if not self.ctx.actor.can_write:
            return None
        f = self.model.filter
        dlg = QuickDialog(self.ctx, f.branch_id, f.unit_id, self.today, self)
        dlg.saved.connect(self._quick_saved)
        self._open(dlg)
        return dlg

    def revoke_selected(self) -> RevokeDialog | None:
        z = self.selected_zone()
        if z is None or not self.ctx.actor.can_write or z.status is ZoneStatus.REVOKED:
            return None
        dlg = RevokeDialog(self.ctx, z, self.today, self)
        dlg.saved.connect(self._revoked)
        self._open(dlg)
        return dlg

    def end_selected(self) -> None:
        z = self.selected_zone()
        if z is None or not self.ctx.actor.can_write:
            return
        if z.ends_on is not None and z.ends_on > self.today:  # ended early: say so, with the date it was due
            text = (f"“{z.name}”原定 {z.ends_on:%Y-%m-%d} 期满，现提前于今天（{self.today:%Y-%m-%d}）结束，"
                    "不再上墙公示？")
        else:
            text = f"“{z.name}”今天（{self.today:%Y-%m-%d}）期满结束，不再上墙公示？"
        answer = QMessageBox.question(self, "期满结束", text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            zones.end_zone(self.ctx, z.id, z.version, today=self.today)
        except DomainError as err:
            QMessageBox.warning(self, "未能结束", err.message)
            self.apply_filter()
            return
        self._written()
        self.message(f"已期满结束：{z.name}")

    def _table_menu(self, pos: QPoint) -> None:
        ui = self.ui
        index = ui.zoneTable.indexAt(pos)
        if index.isValid():
            self._select_row(index.row())
        menu = QMenu(self)
        for button in (ui.editButton, ui.reportButton, ui.suggestionButton, ui.revokeButton, ui.endButton):
            act = menu.addAction(button.text(), button.click)
            act.setEnabled(button.isEnabled())
        z = self.selected_zone()
        if z is not None:
            menu.addSeparator()
            act = menu.addAction(f"查看未闭合的隐患（{z.open_hazards}）", lambda: self.open_hazards(z.id))
            act.setEnabled(z.open_hazards > 0)
        menu.exec(ui.zoneTable.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------ export and print

    def export_zones(self, path: str | None = None) -> None:
        """导出 the zones of the branch chosen (all branches when none) to xlsx, in the background."""
        from dangjian_desktop.ui.roster.files import documents_dir

        day = self.today
        branch_id = self.model.filter.branch_id
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, "导出责任区一览",
                                                  str(Path(documents_dir()) / f"责任区一览-{day:%Y%m%d}.xlsx"),
                                                  "Excel 工作簿 (*.xlsx)")
            if not path:
                return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        out = Path(path)

        def done(result: zone_reports.ExportResult) -> None:
            self.message(f"已导出责任区 {result.zones} 个：{result.path}")

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, "未能导出", error_text(exc))

        run_task(self, "正在导出责任区一览……",
                 lambda progress: zone_reports.export_zones(self.ctx, out, branch_id, day, progress.report), done, failed,
                 cancellable=False)

    def print_cards(self) -> None:
        """打印: the print dialog of the zone cards, preset to the branch and unit chosen here, and
        on the 看板 to the cards selected there."""
        from dangjian_desktop.services.cards import CardSelection
        from dangjian_desktop.ui.printing.dialog import open_print_dialog

        f = self.model.filter
        branch = self.ui.branchCombo.currentText() if f.branch_id is not None else None
        unit = None
        if f.unit_id is not None:
            unit = self.ui.unitCombo.currentText().split(" / ")[-1]
        chosen: tuple[int, ...] = ()
        if self.ui.viewTabs.currentIndex() == PAGE_BOARD:
            chosen = tuple(self.board_model.row_at(i.row()).id for i in self.ui.boardView.selectionModel().selectedIndexes())
        self.print_dialog = open_print_dialog(self.ctx, "zone-cards", self,
                                              CardSelection(branch=branch, unit=unit, zone_ids=chosen))
