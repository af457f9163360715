"""The 安全巡视 tab: the inspections of a branch, one's group, route, carry-over and results;
plan, record results (每一项不符合 → 隐患台账), print the report, edit the checklists.

An area tab (``ui/common/tab_platform.AreaTab``); the 工作台's ``inspection`` items select the
inspection. The seeds' two checklists are written the first time the tab is opened by a writer.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.inspections import FindingOutcome, InspectionStatus
from dangjian_desktop.services import inspections as ins
from dangjian_desktop.services import roster
from dangjian_desktop.services.hazards import Choice
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.services.worklist import WorkTarget
from dangjian_desktop.ui.common.table_model import ALIGN_CENTER, ListColumn, ListTableModel
from dangjian_desktop.ui.common.tasks import error_text, run_task
from dangjian_desktop.ui.forms.ui_inspections_tab import Ui_InspectionsTab
from dangjian_desktop.ui.hazards.dialogs import fill_combo
from dangjian_desktop.ui.hazards.tab import Clock, clock_of

from .dialogs import ChecklistDialog, InspectionPlanDialog, InspectionResultsDialog


def _status(f: ins.FindingRow) -> str:
    if f.hazard_status is None:
        return ""
    return f.hazard_status.value + ("（逾期）" if f.overdue else "")


INSPECTION_COLUMNS = (
    ListColumn("日期", lambda r: (r.done_on or r.planned_on).isoformat(), ALIGN_CENTER),
    ListColumn("巡视", lambda r: r.title, tooltip=lambda r: f"{r.title}（{r.branch or '全公司'}）"),  # which branch's
    ListColumn("状态", lambda r: r.status.value, ALIGN_CENTER),
    ListColumn("检查项", lambda r: str(r.findings) if r.findings else "", ALIGN_CENTER),
    ListColumn("不符合", lambda r: str(r.failed) if r.failed else "", ALIGN_CENTER),
)
CARRY_COLUMNS = (
    ListColumn("发现于", lambda f: f.inspection_title or ""),
    ListColumn("检查项目", lambda f: f.item_text),
    ListColumn("问题", lambda f: f.comment or ""),
    ListColumn("责任部门", lambda f: f.responsible_dept or ""),
    ListColumn("整改期限", lambda f: str(f.deadline or ""), ALIGN_CENTER),
    ListColumn("当前状态", _status, ALIGN_CENTER),
)
FINDING_COLUMNS = (
    ListColumn("检查项目", lambda f: f.item_text),
    ListColumn("责任区", lambda f: f.zone or ""),
    ListColumn("结果", lambda f: f.outcome.value, ALIGN_CENTER),
    ListColumn("说明", lambda f: f.comment or ""),
    ListColumn("整改状态", _status, ALIGN_CENTER),
)


class InspectionsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: Ctx, parent: QWidget | None = None, today: Clock | date | None = None) -> None:
        """``today``: the window's clock (TabHost passes it), or a fixed date (tests)."""
        super().__init__(parent)
        self.ctx, self._clock = ctx, clock_of(today)
        self.ui = Ui_InspectionsTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.dialog: InspectionPlanDialog | InspectionResultsDialog | ChecklistDialog | None = None
        try:
            ins.ensure_templates(ctx)  # the seeds' two checklists, at first use
        except DomainError as err:
            ui.messageLabel.setText(err.message)
        self.inspections = ListTableModel(INSPECTION_COLUMNS, parent=self)
        self.carried = ListTableModel(CARRY_COLUMNS, parent=self)
        self.findings = ListTableModel(FINDING_COLUMNS, parent=self)
        for table, model, stretch in ((ui.inspectionTable, self.inspections, 1), (ui.carryTable, self.carried, 2),
                                      (ui.findingTable, self.findings, 0)):
            table.setModel(model)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([480, 720])
        ui.detailLayout.setStretch(2, 1)  # the two tables share the height
        ui.detailLayout.setStretch(4, 2)
        ui.inspectionTable.selectionModel().selectionChanged.connect(self._show_selected)
        ui.branchCombo.currentIndexChanged.connect(self.reload_list)
        ui.planButton.clicked.connect(self.plan)
        ui.resultsButton.clicked.connect(self.record_results)
        ui.printButton.clicked.connect(self.print_report)
        ui.templatesButton.clicked.connect(self.edit_templates)
        self.reload()

    def today(self) -> date:
        return self._clock()

    def reload(self) -> None:
        keep = self.ui.branchCombo.currentData()
        fill_combo(self.ui.branchCombo, [Choice(b.id, b.name) for b in roster.org_tree(self.ctx)], "全部支部", keep)
        self.reload_list()

    def reload_list(self, *_args: object, select_id: int | None = None) -> None:
        current = self.selected()
        keep = select_id or (current.id if current else None)
        self.inspections.set_rows(ins.list_inspections(self.ctx, self.ui.branchCombo.currentData()))
        # the kept inspection, else the first (the latest) so that the detail shows something
        if not (keep is not None and self.select(keep)) and self.inspections.rowCount():
            self.select(self.inspections.row_at(0).id)
        self._show_selected()

    def selected(self) -> ins.InspectionRow | None:
        if not hasattr(self, "inspections"):
            return None
        rows = self.ui.inspectionTable.selectionModel().selectedRows()
        return self.inspections.row_at(rows[0].row()) if rows else None

    def select(self, inspection_id: int) -> bool:
        """Select the inspection if the list shows it; False when it does not."""
        for i in range(self.inspections.rowCount()):
            if self.inspections.row_at(i).id == inspection_id:
                index = self.inspections.index(i, 0)
                self.ui.inspectionTable.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.ui.inspectionTable.scrollTo(index)
                return True
        return False

    def _show_selected(self, *_args: object) -> None:
        ui = self.ui
        row = self.selected()
        write = self.ctx.actor.can_write
        ui.planButton.setEnabled(write)
        ui.resultsButton.setEnabled(write and row is not None and row.status is not InspectionStatus.DONE)
        ui.printButton.setEnabled(row is not None)
        ui.templatesButton.setEnabled(self.ctx.actor.is_secretary)
        if row is None:
            ui.infoLabel.setText("选择左侧的一次巡视查看详情。")
            self.carried.set_rows([])
            self.findings.set_rows([])
            return
        d = ins.get_inspection(self.ctx, row.id, self.today())
        fails = sum(1 for f in d.findings if f.outcome is FindingOutcome.FAIL)
        ui.infoLabel.setText(
            f"<b>{d.row.title}</b>（{d.row.status.value}，{d.row.done_on or d.row.planned_on}）<br>"
            f"巡视组：{'、'.join(d.members)}<br>路线：{' → '.join(d.route)}<br>"
            f"检查 {len(d.findings)} 项，不符合 {fails} 项")
        ui.carryLabel.setText(f"上轮未闭合的整改项（{len(d.carry_over)} 项，本次先查）")
        self.carried.set_rows(list(d.carry_over))
        self.findings.set_rows(list(d.findings))

    def show_target(self, target: WorkTarget) -> None:
        if target.kind == "inspection" and target.record_id is not None:
            self.ui.branchCombo.setCurrentIndex(0)
            self.reload_list(select_id=target.record_id)

    # ------------------------------------------------------------ actions

    def _open(self, dlg: InspectionPlanDialog | InspectionResultsDialog | ChecklistDialog) -> None:
        self.dialog = dlg
        dlg.finished.connect(self._closed)
        dlg.open()

    def _closed(self) -> None:
        dlg, self.dialog = self.dialog, None
        if dlg is not None:
            dlg.deleteLater()

    def plan(self) -> None:
        dlg = InspectionPlanDialog(self.ctx, self.ui.branchCombo.currentData(), self.today(), self)
        dlg.saved.connect(self._planned)
        self._open(dlg)

    def _planned(self, inspection_id: int) -> None:
        self.reload_list(select_id=inspection_id)
        self.ui.messageLabel.setText("已计划巡视。")
        self.changed.emit()

    def record_results(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            dlg = InspectionResultsDialog(self.ctx, row.id, self.today(), self)
        except DomainError as err:
            QMessageBox.warning(self, "无法打开", err.message)
            return
        dlg.saved.connect(lambda n: self._recorded(row.id, n))
        self._open(dlg)

    def _recorded(self, inspection_id: int, failed: int) -> None:
        self.reload_list(select_id=inspection_id)
        self.ui.messageLabel.setText(f"已记录巡视结果，{failed} 项不符合已进入隐患台账。")
        self.changed.emit()

    def edit_templates(self) -> None:
        if self.ctx.actor.is_secretary:
            self._open(ChecklistDialog(self.ctx, self))

    def print_report(self) -> None:
        row = self.selected()
        if row is None:
            return
        from dangjian_desktop.ui.roster.files import documents_dir

        path, _ = QFileDialog.getSaveFileName(self, "打印巡视报告", str(Path(documents_dir()) / f"{row.title}.pdf"),
                                              "PDF 文件 (*.pdf)")
        if path:
            self.report_to(path)

    def report_to(self, path: str) -> None:
        from dangjian_desktop.printing.inspection_report import render_report

        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        row = self.selected()
        if row is None:
            return

        def done(pages: int) -> None:
            self.ui.messageLabel.setText(f"已生成巡视报告（{pages} 页）：{path}")

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, "未能生成巡视报告", error_text(exc))

        report = ins.report_data(self.ctx, row.id, self.today())
        self.report_task = run_task(self, "正在生成巡视报告……", lambda _p: render_report(report, Path(path)), done, failed,
                                    cancellable=False)
