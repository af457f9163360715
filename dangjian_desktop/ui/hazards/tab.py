"""The 隐患台账 tab: the paged, filtered hazard ledger, its dialog and the status actions.

An area tab (``ui/common/tab_platform.AreaTab``): built the first time it is shown, ``changed``
after every write (the 工作台 is checked again), ``reload()`` and ``show_target()`` for the
工作台's ``hazard`` and ``hazards_overdue`` items and the 责任区 tab's ``hazards_zone`` link.
Filtering, sorting and paging are SQL's (``services.hazards``); overdue hazards are listed
first, in red.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMenu, QMessageBox, QWidget

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.hazards import HazardLevel, HazardStatus
from dangjian_desktop.services import hazards, roster
from dangjian_desktop.services.hazards import Choice, HazardFilter, HazardRow
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.services.worklist import WorkTarget
from dangjian_desktop.ui.common.delegates import TintDelegate
from dangjian_desktop.ui.common.tasks import error_text, run_task
from dangjian_desktop.ui.forms.ui_hazards_tab import Ui_HazardsTab

from .dialogs import RECTIFIED, SEND_BACK, VERIFY, HazardDialog, HazardStatusDialog, fill_combo
from .model import COL_BRANCH, COL_DESCRIPTION, COL_FOUND, COL_UNIT, HazardModel

Clock = Callable[[], date]


def clock_of(today: Clock | date | None) -> Clock:
    """The tab's clock: the window's (a function), a fixed date, or the real today."""
    if today is None:
        return date.today
    if isinstance(today, date):
        return lambda: today
    return today


OVERDUE_LABEL = "逾期"
#: The 状态 filter: label → (statuses, overdue only).
STATUS_FILTERS: tuple[tuple[str, tuple[HazardStatus, ...], bool], ...] = (
    ("全部状态", (), False),
    ("未闭合", (HazardStatus.OPEN, HazardStatus.IN_PROGRESS, HazardStatus.AWAITING_CHECK), False),
    *((s.value, (s,), False) for s in HazardStatus),
    (OVERDUE_LABEL, (), True),
)
UNCLOSED = [s[0] for s in STATUS_FILTERS].index("未闭合")
#: 工作台 summary targets (record_id: the branch) → the 状态 filter they open with.
TARGET_FILTERS = {"hazards_overdue": len(STATUS_FILTERS) - 1, "hazards_due_soon": 1,
                  "hazards_awaiting": [s[0] for s in STATUS_FILTERS].index(HazardStatus.AWAITING_CHECK.value)}
SEARCH_DELAY_MS = 250
COLUMN_WIDTHS = {0: 62, 1: 58, 2: 90, 3: 120, 4: 96, 5: 116, 6: 64, 8: 46, 9: 120, 10: 90}
#: Below this table width 区队/班组 is hidden, so the description keeps room (1024×768 screens).
NARROW = 1150


class HazardsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: Ctx, parent: QWidget | None = None, today: Clock | date | None = None) -> None:
        """``today``: the window's clock (TabHost passes it), or a fixed date (tests)."""
        super().__init__(parent)
        self.ctx = ctx
        self._clock = clock_of(today)
        self.ui = Ui_HazardsTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.hazard_dialog: HazardDialog | None = None
        self.status_dialog: HazardStatusDialog | None = None

        for label, _s, _o in STATUS_FILTERS:
            ui.statusCombo.addItem(label)
        ui.levelCombo.addItem("全部等级", None)
        for lv in HazardLevel:
            ui.levelCombo.addItem(lv.value, lv)
        self._load_branches()
        ui.fromDate.setPlaceholderText("起")
        ui.toDate.setPlaceholderText("止")

        self.model = HazardModel(ctx, self._base_filter(), self)
        table = ui.hazardTable
        table.setModel(self.model)
        table.setItemDelegate(TintDelegate(table))  # overdue rows tinted red, despite the theme
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)
        header.setHighlightSections(False)
        for col, w in COLUMN_WIDTHS.items():
            header.resizeSection(col, w)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        table.viewport().installEventFilter(self)

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
        for combo in (ui.statusCombo, ui.levelCombo, ui.unitCombo, ui.zoneCombo, ui.finderCombo):
            combo.currentIndexChanged.connect(self.apply_filter)
        ui.branchCombo.currentIndexChanged.connect(self._branch_changed)
        ui.fromDate.valueChanged.connect(self._search_timer.start)
        ui.toDate.valueChanged.connect(self._search_timer.start)
        ui.clearFilterButton.clicked.connect(self.clear_filter)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(lambda _i: self.edit_selected())
        table.customContextMenuRequested.connect(self._table_menu)
        ui.addButton.clicked.connect(self.add_hazard)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.startButton.clicked.connect(self.start_selected)
        ui.rectifiedButton.clicked.connect(lambda: self.open_status(RECTIFIED))
        ui.verifyButton.clicked.connect(lambda: self.open_status(VERIFY))
        ui.sendBackButton.clicked.connect(lambda: self.open_status(SEND_BACK))
        ui.exportButton.clicked.connect(self.export_hazards)
        if not ctx.actor.can_write:
            ui.editButton.setText("查看…")
        self._after_query()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.ui.hazardTable.viewport() and event.type() == QEvent.Type.Resize:
            self.ui.hazardTable.setColumnHidden(COL_UNIT, self.ui.hazardTable.width() < NARROW)
        return super().eventFilter(obj, event)

    def today(self) -> date:
        return self._clock()

    # ------------------------------------------------------------ filters

    def _load_branches(self) -> None:
        self._tree = roster.org_tree(self.ctx)
        keep = self.ui.branchCombo.currentData()
        fill_combo(self.ui.branchCombo, [Choice(b.id, b.name) for b in self._tree], "全部支部", keep)
        self._fill_branch_lists()

    def _fill_branch_lists(self) -> None:
        ui = self.ui
        branch_id = ui.branchCombo.currentData()
        branch = next((b for b in self._tree if b.id == branch_id), None)
        units: list[Choice] = []
        for u in branch.units if branch else ():
            units.append(Choice(u.id, u.name))
            units += [Choice(t.id, f"{u.name} / {t.name}") for t in u.teams]
        fill_combo(ui.unitCombo, units, "全部区队/班组", ui.unitCombo.currentData())
        zones = hazards.zone_choices(self.ctx, branch_id) if branch_id is not None else []
        fill_combo(ui.zoneCombo, [replace(z, label=z.label.split("（")[0]) for z in zones], "全部责任区",
                   ui.zoneCombo.currentData())
        people = hazards.people_choices(self.ctx, branch_id) if branch_id is not None else []
        fill_combo(ui.finderCombo, people, "全部", ui.finderCombo.currentData())
        for combo in (ui.unitCombo, ui.zoneCombo, ui.finderCombo):
            combo.setEnabled(branch_id is not None)

    def _branch_changed(self) -> None:
        self._fill_branch_lists()
        self.apply_filter()

    def _base_filter(self) -> HazardFilter:
        ui = self.ui
        _label, statuses, overdue = STATUS_FILTERS[max(ui.statusCombo.currentIndex(), 0)]
        level = ui.levelCombo.currentData()
        return HazardFilter(
            text=ui.searchEdit.text().strip(), statuses=statuses, overdue=overdue,
            levels=(level,) if level is not None else (), branch_id=ui.branchCombo.currentData(),
            unit_id=ui.unitCombo.currentData(), zone_id=ui.zoneCombo.currentData(),
            finder_id=ui.finderCombo.currentData(), found_from=ui.fromDate.value(), found_to=ui.toDate.value(),
            today=self.today(),
        )

    def current_filter(self) -> HazardFilter:
        f = self._base_filter()
        return replace(f, sort=self.model.filter.sort, descending=self.model.filter.descending)

    def apply_filter(self) -> None:
        self._search_timer.stop()
        keep = self.selected_hazard()
        self.model.set_filter(self._base_filter())
        self._after_query(keep.id if keep else None)

    def clear_filter(self) -> None:
        ui = self.ui
        widgets = (ui.searchEdit, ui.statusCombo, ui.levelCombo, ui.branchCombo, ui.fromDate, ui.toDate)
        for w in widgets:
            w.blockSignals(True)
        try:
            ui.searchEdit.clear()
            ui.statusCombo.setCurrentIndex(0)
            ui.levelCombo.setCurrentIndex(0)
            ui.branchCombo.setCurrentIndex(0)
            ui.fromDate.set_value(None)
            ui.toDate.set_value(None)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self._fill_branch_lists()
        self.apply_filter()

    def _after_query(self, select_id: int | None = None) -> None:
        self.ui.hazardTable.setColumnHidden(COL_BRANCH, self.model.filter.branch_id is not None)
        if select_id is not None:
            i = self.model.find_row(select_id)
            if i is not None:
                self._select_row(i)
        total = self.model.total
        overdue = self.model.count_overdue() if total else 0
        self.ui.countLabel.setText(f"共 {total} 条" + (f"（逾期 {overdue} 条）" if overdue else ""))
        self._update_buttons()

    def _keep_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(column):
            header = self.ui.hazardTable.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)
        else:
            self._after_query()

    def reload(self) -> None:
        keep = self.selected_hazard()
        self._load_branches()
        self.model.set_filter(self._base_filter())
        self._after_query(keep.id if keep else None)

    # ------------------------------------------------------------ selection

    def selected_hazard(self) -> HazardRow | None:
        if not hasattr(self, "model"):
            return None
        rows = self.ui.hazardTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _select_row(self, i: int) -> None:
        index = self.model.index(i, COL_FOUND)
        self.ui.hazardTable.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.ui.hazardTable.scrollTo(index)

    def show_hazard(self, hazard_id: int) -> None:
        """Select the hazard, clearing the filters that hide it (the 工作台 links here)."""
        self.apply_filter()
        i = self.model.find_row(hazard_id, load=True)
        if i is None:
            self.clear_filter()
            i = self.model.find_row(hazard_id, load=True)
        if i is not None:
            self._select_row(i)
        self._update_buttons()

    def show_target(self, target: WorkTarget) -> None:
        if target.kind == "hazard" and target.record_id is not None:
            self.show_hazard(target.record_id)
        elif target.kind in TARGET_FILTERS:
            self.clear_filter()
            ui = self.ui
            ui.statusCombo.blockSignals(True)
            ui.statusCombo.setCurrentIndex(TARGET_FILTERS[target.kind])
            ui.statusCombo.blockSignals(False)
            if target.record_id is not None:
                ui.branchCombo.setCurrentIndex(max(ui.branchCombo.findData(target.record_id), 0))
            self.apply_filter()
        elif target.kind == "hazards_zone" and target.record_id is not None:
            self.show_zone(target.record_id)

    def show_zone(self, zone_id: int) -> None:
        """The zone's hazards not yet closed (the 责任区 tab's 隐患 count links here): the other
        filters cleared, its branch and the zone chosen, 未闭合."""
        zone = next((z for z in hazards.zone_choices(self.ctx) if z.id == zone_id), None)
        if zone is None:
            self._message("该责任区已不存在。")
            return
        ui = self.ui
        widgets = (ui.searchEdit, ui.statusCombo, ui.levelCombo, ui.branchCombo, ui.fromDate, ui.toDate)
        for w in widgets:
            w.blockSignals(True)
        try:
            ui.searchEdit.clear()
            ui.statusCombo.setCurrentIndex(UNCLOSED)
            ui.levelCombo.setCurrentIndex(0)
            ui.branchCombo.setCurrentIndex(max(ui.branchCombo.findData(zone.branch_id), 0))
            ui.fromDate.set_value(None)
            ui.toDate.set_value(None)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self._fill_branch_lists()
        for combo, value in ((ui.unitCombo, None), (ui.finderCombo, None), (ui.zoneCombo, zone_id)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.apply_filter()
        self._message(f"责任区“{zone.label.split('（')[0]}”未闭合的隐患：{self.model.total} 条")

    def _update_buttons(self) -> None:
        ui = self.ui
        write = self.ctx.actor.can_write
        h = self.selected_hazard()
        status = h.status if h else None
        ui.addButton.setEnabled(write)
        ui.editButton.setEnabled(h is not None)
        ui.startButton.setEnabled(write and status is HazardStatus.OPEN)
        ui.rectifiedButton.setEnabled(write and status is HazardStatus.IN_PROGRESS)
        ui.verifyButton.setEnabled(write and status is HazardStatus.AWAITING_CHECK)
        ui.sendBackButton.setEnabled(write and status is HazardStatus.AWAITING_CHECK)
        ui.exportButton.setEnabled(self.model.total > 0 if hasattr(self, "model") else False)

    def _message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self._message_timer.start()

    def _table_menu(self, pos: QPoint) -> None:
        ui = self.ui
        index = ui.hazardTable.indexAt(pos)
        if index.isValid():
            self._select_row(index.row())
        menu = QMenu(self)
        for button in (ui.editButton, ui.startButton, ui.rectifiedButton, ui.verifyButton, ui.sendBackButton):
            act = menu.addAction(button.text(), button.click)
            act.setEnabled(button.isEnabled())
        menu.exec(ui.hazardTable.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------ writes

    def add_hazard(self) -> None:
        if not self.ctx.actor.can_write:
            return
        self._open_dialog(HazardDialog(self.ctx, zone_id=self.ui.zoneCombo.currentData(), today=self.today(),
                                       parent=self))

    def edit_selected(self) -> None:
        h = self.selected_hazard()
        if h is None:
            return
        try:
            detail = hazards.get_hazard(self.ctx, h.id, self.today())
        except DomainError as err:
            QMessageBox.warning(self, "无法打开", err.message)
            self.reload()
            return
        self._open_dialog(HazardDialog(self.ctx, detail, today=self.today(), parent=self))

    def _open_dialog(self, dlg: HazardDialog) -> None:
        self.hazard_dialog = dlg
        dlg.saved.connect(self._saved)
        dlg.finished.connect(self._dialog_closed)
        dlg.open()

    def _dialog_closed(self) -> None:
        dlg, self.hazard_dialog = self.hazard_dialog, None
        if dlg is not None:
            dlg.deleteLater()

    def _saved(self, hazard_id: int) -> None:
        self.show_hazard(hazard_id)
        self._message("已保存隐患。")
        self.changed.emit()

    def start_selected(self) -> None:
        h = self.selected_hazard()
        if h is None or h.status is not HazardStatus.OPEN:
            return
        try:
            hazards.start_rectification(self.ctx, h.id, h.version)
        except DomainError as err:
            QMessageBox.warning(self, "未能开始整改", err.message)
            self.reload()
            return
        self._moved(h.id, "已开始整改。")

    def open_status(self, mode: str) -> None:
        h = self.selected_hazard()
        if h is None:
            return
        dlg = HazardStatusDialog(self.ctx, h, mode, self.today(), self)
        self.status_dialog = dlg
        dlg.moved.connect(lambda hid: self._moved(hid, {RECTIFIED: "已标记整改完成，待验收。", VERIFY: "已验收，隐患闭合。",
                                                        SEND_BACK: "已退回整改。"}[mode]))
        dlg.finished.connect(self._status_closed)
        dlg.open()

    def _status_closed(self) -> None:
        dlg, self.status_dialog = self.status_dialog, None
        if dlg is not None:
            dlg.deleteLater()

    def _moved(self, hazard_id: int, text: str) -> None:
        self.apply_filter()
        i = self.model.find_row(hazard_id)
        if i is not None:
            self._select_row(i)
        self._update_buttons()
        self._message(text)
        self.changed.emit()

    # ------------------------------------------------------------ export

    def export_hazards(self) -> None:
        """导出 the hazards the current filter selects, in the background (progress, cancel)."""
        from dangjian_desktop.ui.roster.files import documents_dir

        day = self.today()
        path, _ = QFileDialog.getSaveFileName(self, "导出隐患台账", str(Path(documents_dir()) / f"隐患台账-{day:%Y%m%d}.xlsx"),
                                              "Excel 工作簿 (*.xlsx)")
        if not path:
            return
        self.export_to(path)

    def export_to(self, path: str) -> None:
        from dangjian_desktop.services import hazard_export

        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        f = self.current_filter()

        def done(result: hazard_export.ExportResult) -> None:
            self._message(f"已导出隐患台账 {result.hazards} 条：{result.path}")

        def failed(exc: BaseException) -> None:
            if isinstance(exc, hazard_export.ExportCancelled):
                self._message(exc.message)
            else:
                QMessageBox.warning(self, "未能导出隐患台账", error_text(exc))

        self.export_task = run_task(
            self, "正在导出隐患台账……",
            lambda progress: hazard_export.export_hazards(self.ctx, Path(path), f, self.today(), progress.report,
                                                          progress.cancelled),
            done, failed)
