"""The 三违与事故 tab: violations with their 帮教, and accidents, per branch.

An area tab (``ui/common/tab_platform.AreaTab``). The lists are short (a branch records a few
a month), so they are read whole (newest first, at most 500) into in-memory models. Every check
is ``services.violations``'; its Chinese message shows in the dialog, which keeps what was typed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QWidget

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.hazards import ViolationKind
from dangjian_desktop.services import hazards, roster
from dangjian_desktop.services import violations as vs
from dangjian_desktop.services.hazards import Choice
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.services.worklist import WorkTarget
from dangjian_desktop.ui.common.table_model import ALIGN_CENTER, ListColumn, ListTableModel
from dangjian_desktop.ui.common.tasks import Task, error_text, run_task
from dangjian_desktop.ui.forms.ui_violation_dialog import Ui_ViolationDialog
from dangjian_desktop.ui.forms.ui_violations_tab import Ui_ViolationsTab
from dangjian_desktop.ui.hazards.dialogs import combo_id, fill_combo
from dangjian_desktop.ui.hazards.tab import Clock, clock_of

VIOLATION, EDUCATION, ACCIDENT = "violation", "education", "accident"

VIOLATION_COLUMNS = (
    ListColumn("日期", lambda r: r.occurred_on.isoformat(), ALIGN_CENTER),
    ListColumn("违章人员", lambda r: r.person),
    ListColumn("类别", lambda r: r.kind.value, ALIGN_CENTER),
    ListColumn("支部", lambda r: r.branch),
    ListColumn("责任区", lambda r: r.zone or "", tooltip=lambda r: r.zone),
    ListColumn("负责党员", lambda r: r.member or "", tooltip=lambda r: "出现“三违”党员负责" if r.member else None),
    ListColumn("违章情况", lambda r: r.description),
    ListColumn("帮教", lambda r: f"{r.educations} 次" if r.educations else "未帮教", ALIGN_CENTER),
)
ACCIDENT_COLUMNS = (
    ListColumn("日期", lambda r: r.occurred_on.isoformat(), ALIGN_CENTER),
    ListColumn("支部", lambda r: r.branch),
    ListColumn("责任区", lambda r: r.zone or "", tooltip=lambda r: r.zone),
    ListColumn("直接责任人", lambda r: r.responsible_person or ""),
    ListColumn("事故情况", lambda r: r.description),
)


class ViolationDialog(QDialog):
    """记录三违, 帮教 (for a violation) or 记录事故: one form, its rows shown as the kind needs."""

    saved = Signal(int)

    def __init__(self, ctx: Ctx, mode: str, violation: vs.ViolationRow | None = None, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.mode, self.violation = ctx, mode, violation
        self.today = today or date.today()
        self.ui = Ui_ViolationDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.problemLabel.setStyleSheet("color: #c00000;")
        ui.problemLabel.hide()
        ui.dateField.set_value(self.today)
        ui.dateField.setMaximumDate(self.today)
        self._zones = hazards.zone_choices(ctx)
        for k in ViolationKind:
            ui.kindCombo.addItem(k.value, k)
        if mode == EDUCATION:
            assert violation is not None
            self.setWindowTitle("帮教")
            ui.headLabel.setText(f"{violation.person}　{violation.kind.value}（{violation.occurred_on}）\n{violation.description}")
            for w in (ui.zoneLabel, ui.zoneCombo, ui.kindLabel, ui.kindCombo):
                w.hide()
            ui.dayLabel.setText("帮教日期")
            ui.personLabel.setText("帮教人")
            ui.textLabel.setText("帮教内容")
            fill_combo(ui.personCombo, hazards.people_choices(ctx, violation.branch_id))
            for e in vs.educations_of(ctx, violation.id):
                ui.historyList.addItem(f"{e.held_on}　{e.educator}：{e.content}")
                ui.historyList.item(ui.historyList.count() - 1).setToolTip(f"{e.held_on}　{e.educator}：{e.content}")
            if not ui.historyList.count():
                ui.historyList.addItem("尚无帮教记录。")
        else:
            ui.historyList.hide()
            ui.headLabel.hide()
            fill_combo(ui.zoneCombo, self._zones)
            ui.zoneCombo.currentIndexChanged.connect(self._zone_changed)
            self._zone_changed()
            if mode == ACCIDENT:
                self.setWindowTitle("记录事故")
                ui.dayLabel.setText("事故日期")
                ui.personLabel.setText("直接责任人")
                ui.textLabel.setText("事故情况")
                ui.kindLabel.hide()
                ui.kindCombo.hide()
            else:
                self.setWindowTitle("记录三违")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def _zone_changed(self, *_args: object) -> None:
        zid = combo_id(self.ui.zoneCombo)
        branch = next((z.branch_id for z in self._zones if z.id == zid), None)
        keep = combo_id(self.ui.personCombo)
        fill_combo(self.ui.personCombo, hazards.people_choices(self.ctx, branch) if branch is not None else [],
                   keep=keep)

    def save(self) -> None:
        ui = self.ui
        try:
            problem = ui.dateField.problem(ui.dayLabel.text())
            if problem:
                raise DomainError(problem + "。")
            person = combo_id(ui.personCombo)
            text = ui.textEdit.toPlainText()
            if self.mode == EDUCATION:
                assert self.violation is not None
                vs.add_education(self.ctx, self.violation.id, person, ui.dateField.value(), text, self.today)
                saved = self.violation.id
            elif self.mode == ACCIDENT:
                saved = vs.record_accident(self.ctx, vs.AccidentInput(ui.dateField.value(), text, combo_id(ui.zoneCombo),
                                                                      responsible_person_id=person), self.today)
            else:
                saved = vs.record_violation(self.ctx, vs.ViolationInput(person, ui.dateField.value(),
                                                                        ui.kindCombo.currentData(), text,
                                                                        combo_id(ui.zoneCombo)), self.today)
        except DomainError as err:
            ui.problemLabel.setText(err.message)
            ui.problemLabel.show()
            return
        self.saved.emit(saved)
        self.accept()


class ViolationsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: Ctx, parent: QWidget | None = None, today: Clock | date | None = None) -> None:
        """``today``: the window's clock (TabHost passes it), or a fixed date (tests)."""
        super().__init__(parent)
        self.ctx, self._clock = ctx, clock_of(today)
        self.ui = Ui_ViolationsTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.dialog: ViolationDialog | None = None
        self.violations = ListTableModel(VIOLATION_COLUMNS, parent=self)
        self.accidents = ListTableModel(ACCIDENT_COLUMNS, parent=self)
        # newest first as read; a click on a header sorts (违章人员, 类别 …), the rows found through the proxy
        self.violation_view, self.accident_view = QSortFilterProxyModel(self), QSortFilterProxyModel(self)
        for view, model, table in ((self.violation_view, self.violations, ui.violationTable),
                                   (self.accident_view, self.accidents, ui.accidentTable)):
            view.setSourceModel(model)
            table.setModel(view)
            table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # as read
            table.setSortingEnabled(True)
        zone_width = ui.violationTable.fontMetrics().horizontalAdvance("综采二区采煤一班安全责任区") + 16
        for table, stretch, zone in ((ui.violationTable, 6, 4), (ui.accidentTable, 4, 2)):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            # a long zone name is cut (its tooltip is whole): the room goes to 违章情况 / 事故情况
            header.setSectionResizeMode(zone, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(zone, zone_width)
            table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.branchCombo.currentIndexChanged.connect(self.reload_lists)
        ui.addViolationButton.clicked.connect(lambda: self._open(ViolationDialog(ctx, VIOLATION, None, self.today(),
                                                                                 self)))
        ui.addAccidentButton.clicked.connect(lambda: self._open(ViolationDialog(ctx, ACCIDENT, None, self.today(),
                                                                                self)))
        ui.educationButton.clicked.connect(self.open_education)
        ui.violationTable.doubleClicked.connect(lambda _i: self.open_education())
        ui.exportButton.clicked.connect(lambda _checked=False: self.export_violations())
        self.export_task: Task | None = None
        self.reload()

    def today(self) -> date:
        return self._clock()

    def reload(self) -> None:
        keep = self.ui.branchCombo.currentData()
        fill_combo(self.ui.branchCombo, [Choice(b.id, b.name) for b in roster.org_tree(self.ctx)], "全部支部", keep)
        self.reload_lists()

    def reload_lists(self) -> None:
        branch = self.ui.branchCombo.currentData()
        self.violations.set_rows(vs.list_violations(self.ctx, branch))
        self.accidents.set_rows(vs.list_accidents(self.ctx, branch))
        self.ui.countLabel.setText(f"三违 {self.violations.rowCount()} 起，事故 {self.accidents.rowCount()} 起")
        self._update_buttons()

    def selected_violation(self) -> vs.ViolationRow | None:
        rows = self.ui.violationTable.selectionModel().selectedRows()
        return self.violations.row_at(self.violation_view.mapToSource(rows[0]).row()) if rows else None

    def _update_buttons(self) -> None:
        write = self.ctx.actor.can_write
        self.ui.addViolationButton.setEnabled(write)
        self.ui.addAccidentButton.setEnabled(write)
        self.ui.educationButton.setEnabled(write and self.selected_violation() is not None)

    def open_education(self) -> None:
        v = self.selected_violation()
        if v is not None and self.ctx.actor.can_write:
            self._open(ViolationDialog(self.ctx, EDUCATION, v, self.today(), self))

    def _open(self, dlg: ViolationDialog) -> None:
        self.dialog = dlg
        dlg.saved.connect(self._saved)
        dlg.finished.connect(self._closed)
        dlg.open()

    def _closed(self) -> None:
        dlg, self.dialog = self.dialog, None
        if dlg is not None:
            dlg.deleteLater()

    def _saved(self, _id: int) -> None:
        self.reload_lists()
        self.ui.messageLabel.setText("已保存。")
        self.changed.emit()

    def show_target(self, target: WorkTarget) -> None:
        self.reload()

    # ------------------------------------------------------------ export

    def export_violations(self, path: str | None = None) -> None:
        """导出… the branch's 三违 and accidents (all branches' under 全部支部) to xlsx, in the background."""
        from dangjian_desktop.ui.roster.files import documents_dir

        day = self.today()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, "导出三违与事故",
                                                  str(Path(documents_dir()) / f"三违与事故-{day:%Y%m%d}.xlsx"),
                                                  "Excel 工作簿 (*.xlsx)")
            if not path:
                return
        branch = self.ui.branchCombo.currentData()

        def done(result: vs.ExportResult) -> None:
            self.ui.messageLabel.setText(f"已导出三违 {result.violations} 起、事故 {result.accidents} 起：{result.path}")

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, "未能导出三违与事故", error_text(exc))

        self.export_task = run_task(
            self, "正在导出三违与事故……",
            lambda progress: vs.export_violations(self.ctx, Path(path), branch, day, progress.report),
            done, failed, cancellable=False)
