"""The 思想动态 tab (职工思想动态 · 红黄蓝预警): the warnings (overdue first, red before yellow
before blue), the workers' files, and the monthly analysis with its export.

An area tab (``ui/common/tab_platform.AreaTab``). What a user may see is decided by
``services.mood`` (书记 all, 委员 the workers he covers, 查看 counts only); this tab shows
what it is given and says so. ``today`` is a callable so tests fix the date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableView, QWidget

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.mood import WarningLevel
from dangjian_desktop.domain.periods import month_of
from dangjian_desktop.services import mood, roster
from dangjian_desktop.services.mood import FileFilter, MonthlyAnalysis, WarningFilter
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.services.worklist import WorkTarget
from dangjian_desktop.ui.common.delegates import TintDelegate
from dangjian_desktop.ui.common.messages import problems_text, show_error
from dangjian_desktop.ui.common.table_model import ID_ROLE
from dangjian_desktop.ui.common.tasks import run_task
from dangjian_desktop.ui.forms.ui_mood_tab import Ui_MoodTab
from dangjian_desktop.ui.roster.files import documents_dir

from .dialogs import EntryDialog, FileDialog, HandleDialog, LimitsDialog, WarningDialog
from .model import LEVEL_COLOURS, FilesModel, WarningsModel, level_text

SEARCH_DELAY_MS = 200
EXPORT_SUFFIXES = (".pdf", ".xlsx")  # the monthly analysis: PDF or Excel, by the name chosen
PAGE_WARNINGS, PAGE_FILES, PAGE_ANALYSIS = range(3)


class MoodTab(QWidget):
    changed = Signal()
    #: A record of another tab to show (a WorkTarget): 调整包保… opens the worker's pair.
    openTarget = Signal(object)

    def __init__(self, ctx: Ctx, parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.ui = Ui_MoodTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.may_read = ctx.actor.may_read_mood_files
        self.warning_dialog: WarningDialog | None = None
        self.entry_dialog: EntryDialog | None = None
        self.handle_dialog: HandleDialog | None = None
        self.file_dialog: FileDialog | None = None
        self.limits_dialog: LimitsDialog | None = None
        self.analysis: MonthlyAnalysis | None = None
        #: Where an export goes: asks with a file dialog (tests replace it).
        self.ask_path: Callable[[str, str, str], str] = self._ask_path

        ui.levelCombo.addItem("全部等级", None)
        for level in WarningLevel:
            ui.levelCombo.addItem(level_text(level) + "预警", level)
        self.warnings = WarningsModel(ctx, today, self, load=self.may_read)
        self.files = FilesModel(ctx, today, self, load=self.may_read)
        for table, model in ((ui.warningsTable, self.warnings), (ui.filesTable, self.files)):
            table.setModel(model)
            table.setItemDelegate(TintDelegate(table))  # the level tints, despite the theme
            self._table_look(table)
        ui.warningsTable.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        ui.filesTable.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self._search = QTimer(self)
        self._search.setSingleShot(True)
        self._search.setInterval(SEARCH_DELAY_MS)
        self._search.timeout.connect(self.apply_filters)
        for edit in (ui.warningSearchEdit, ui.fileSearchEdit):
            edit.textChanged.connect(self._search.start)
        for box in (ui.openOnlyCheck, ui.overdueOnlyCheck, ui.awaitingCheck, ui.withWarningsCheck):
            box.toggled.connect(self.apply_filters)
        ui.levelCombo.currentIndexChanged.connect(self.apply_filters)

        ui.raiseButton.clicked.connect(lambda: self.raise_warning())
        ui.handleButton.clicked.connect(self.handle_selected)
        ui.warningsTable.doubleClicked.connect(lambda _i: self.handle_selected())
        ui.warningFileButton.clicked.connect(self._open_warning_file)
        ui.limitsButton.clicked.connect(self.edit_limits)
        ui.openFileButton.clicked.connect(self.open_selected_file)
        ui.filesTable.doubleClicked.connect(lambda _i: self.open_selected_file())
        ui.addEntryButton.clicked.connect(self._entry_for_selected)
        ui.fileRaiseButton.clicked.connect(self._raise_for_selected)
        ui.showAnalysisButton.clicked.connect(self.show_analysis)
        ui.periodEdit.returnPressed.connect(self.show_analysis)
        ui.branchCombo.currentIndexChanged.connect(lambda _i: self.show_analysis())
        ui.exportButton.clicked.connect(self.export_analysis)
        ui.saveSummaryButton.clicked.connect(self.save_summary)
        for table in (ui.warningsTable, ui.filesTable):
            table.selectionModel().selectionChanged.connect(self._update_buttons)

        ui.heldOnField.setMaximumWidth(220)
        ui.periodEdit.setText(month_of(today()).label)
        ui.branchCombo.addItem("全部支部", None)
        for node in roster.org_tree(ctx):
            ui.branchCombo.addItem(node.name, node.id)
        writer = ctx.actor.can_write
        for button in (ui.raiseButton, ui.addEntryButton, ui.fileRaiseButton):
            button.setVisible(writer)
        ui.limitsButton.setText("处置时限…" if ctx.actor.is_secretary else "查看处置时限…")
        ui.views.setTabEnabled(PAGE_WARNINGS, self.may_read)
        ui.views.setTabEnabled(PAGE_FILES, self.may_read)
        if not self.may_read:
            ui.views.setCurrentIndex(PAGE_ANALYSIS)
        self.reload()

    @staticmethod
    def _table_look(table: QTableView) -> None:
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        table.verticalHeader().setVisible(False)

    # ------------------------------------------------------------ AreaTab

    def reload(self) -> None:
        if self.may_read:
            self.apply_filters()
        self._show_counts()
        self.show_analysis()

    def show_target(self, target: WorkTarget) -> None:
        if target.kind == "mood_warning" and target.record_id is not None:
            self.ui.views.setCurrentIndex(PAGE_WARNINGS)
            self.handle(target.record_id)
        elif target.kind == "mood_file" and target.record_id is not None:
            self.ui.views.setCurrentIndex(PAGE_FILES)
            self.open_file(target.record_id)

    # ------------------------------------------------------------ lists

    def _show_counts(self) -> None:
        try:
            c = mood.counts(self.ctx, self.today())
        except DomainError as exc:
            self.ui.countsLabel.setText(exc.message)
            return
        parts = [f"<span style='color:{LEVEL_COLOURS[lv]}'>{level_text(lv)} {c.open_by_level[lv]}</span>"
                 for lv in WarningLevel]
        late = sum(c.overdue_by_level.values())
        who = ("书记：可查看全部职工的档案和预警。" if self.ctx.actor.is_secretary else
               "委员：只能查看本人包保（当前有效结对）职工的档案和预警。" if self.may_read else
               "“查看”账号：只显示统计数字，不显示姓名和内容。")
        self.ui.countsLabel.setText(
            f"全矿在管预警：{'　'.join(parts)}　其中逾期 <b>{late}</b> 条　待矿上答复 {c.awaiting_answer} 条　"
            f"档案 {c.files} 份<br/><span style='color:#666'>{escape(who)}</span>")

    def apply_filters(self) -> None:
        if not self.may_read:
            return
        ui = self.ui
        keep = [(table, model, self._selected(table)) for table, model in
                ((ui.warningsTable, self.warnings), (ui.filesTable, self.files))]
        try:
            self.warnings.set_filter(WarningFilter(
                text=ui.warningSearchEdit.text(),
                level=WarningLevel(ui.levelCombo.currentData()) if ui.levelCombo.currentData() else None,
                open_only=ui.openOnlyCheck.isChecked(), overdue_only=ui.overdueOnlyCheck.isChecked(),
                awaiting_answer=ui.awaitingCheck.isChecked()))
            self.files.set_filter(FileFilter(text=ui.fileSearchEdit.text(),
                                             with_open_warnings=ui.withWarningsCheck.isChecked()))
        except DomainError as exc:
            self._message(exc.message)
        for table, model, row_id in keep:  # the same record stays selected after a write
            row = model.find_row(row_id) if row_id is not None else None
            if row is not None:
                table.selectRow(row)
        ui.views.setTabText(PAGE_WARNINGS, f"红黄蓝预警（{self.warnings.total}）")
        ui.views.setTabText(PAGE_FILES, f"思想动态档案（{self.files.total}）")
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        has_w = bool(ui.warningsTable.selectionModel().selectedRows())
        has_f = bool(ui.filesTable.selectionModel().selectedRows())
        ui.handleButton.setEnabled(has_w)
        ui.warningFileButton.setEnabled(has_w)
        for b in (ui.openFileButton, ui.addEntryButton, ui.fileRaiseButton):
            b.setEnabled(has_f)

    def _selected(self, table: QTableView) -> int | None:
        rows = table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)

    def _after_write(self, text: str = "") -> None:
        self.apply_filters()
        self._show_counts()
        if text:
            self._message(text)
        self.changed.emit()

    # ------------------------------------------------------------ warnings

    def raise_warning(self, worker_id: int | None = None) -> None:
        try:
            dlg = WarningDialog(self.ctx, self.today, worker_id, self)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.warning_dialog = dlg
        dlg.saved.connect(lambda wid: self._after_write("预警已建立。"))
        dlg.open()

    def handle_selected(self) -> None:
        wid = self._selected(self.ui.warningsTable)
        if wid is not None:
            self.handle(wid)

    def handle(self, warning_id: int) -> None:
        try:
            dlg = HandleDialog(self.ctx, self.today, warning_id, self)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.handle_dialog = dlg
        dlg.changed.connect(lambda: self._after_write())
        dlg.open()

    def _open_warning_file(self) -> None:
        wid = self._selected(self.ui.warningsTable)
        if wid is None:
            return
        row = self.warnings.find_row(wid)
        if row is not None:
            self.open_file(self.warnings.row_at(row).worker_id)

    def edit_limits(self) -> None:
        dlg = LimitsDialog(self.ctx, self)
        self.limits_dialog = dlg
        dlg.saved.connect(lambda: self._message("处置时限已保存，此后的处置按新时限计算。"))
        dlg.open()

    # ------------------------------------------------------------ files

    def open_selected_file(self) -> None:
        wid = self._selected(self.ui.filesTable)
        if wid is not None:
            self.open_file(wid)

    def open_file(self, worker_id: int) -> None:
        try:
            dlg = FileDialog(self.ctx, self.today, worker_id, self)
        except DomainError as exc:
            show_error(self, exc)  # a refused read: the service audited it
            return
        self.file_dialog = dlg
        dlg.handle_requested.connect(self.handle)
        dlg.raise_requested.connect(self.raise_warning)
        dlg.entry_requested.connect(self.add_entry)
        dlg.pairing_requested.connect(self._pairing)
        dlg.open()

    def _pairing(self, worker_id: int) -> None:
        """调整包保…: the file closes and the 结对帮扶 tab shows the worker's pair (or him uncovered)."""
        if self.file_dialog is not None:
            self.file_dialog.accept()
        self.openTarget.emit(WorkTarget("pairing_worker", worker_id))

    def add_entry(self, worker_id: int, name: str) -> None:
        dlg = EntryDialog(self.ctx, self.today, worker_id, name, self)
        self.entry_dialog = dlg
        dlg.saved.connect(self._entry_saved)
        dlg.open()

    def _entry_saved(self) -> None:
        if self.file_dialog is not None and self.file_dialog.isVisible():
            self.file_dialog.load(audit=False)  # his own entry, in the file he opened
        self._after_write("已记录思想动态。")

    def _entry_for_selected(self) -> None:
        wid = self._selected(self.ui.filesTable)
        row = self.files.find_row(wid) if wid is not None else None
        if wid is not None and row is not None:
            self.add_entry(wid, self.files.row_at(row).name)

    def _raise_for_selected(self) -> None:
        wid = self._selected(self.ui.filesTable)
        if wid is not None:
            self.raise_warning(wid)

    # ------------------------------------------------------------ monthly analysis

    def show_analysis(self) -> None:
        ui = self.ui
        branch_id = ui.branchCombo.currentData()
        ui.summaryEdit.setEnabled(branch_id is not None and self.ctx.actor.can_write)
        ui.saveSummaryButton.setEnabled(branch_id is not None and self.ctx.actor.can_write)
        ui.heldOnField.setEnabled(branch_id is not None and self.ctx.actor.can_write)
        try:
            a = mood.monthly_analysis(self.ctx, ui.periodEdit.text(), branch_id, self.today())
        except DomainError as exc:
            self.analysis = None
            ui.analysisView.setHtml(f"<p style='color:#c00000'>{escape(problems_text(exc))}</p>")
            return
        self.analysis = a
        ui.summaryEdit.setPlainText(a.summary if branch_id is not None else "")
        ui.heldOnField.set_value(a.held_on)
        ink = ui.countsLabel.palette().color(QPalette.ColorRole.WindowText).name()  # the theme tints a browser's text
        ui.analysisView.setHtml(f"<div style='color:{ink}'>{analysis_html(a)}</div>")

    def save_summary(self) -> None:
        ui = self.ui
        branch_id = ui.branchCombo.currentData()
        if branch_id is None:
            return
        problem = ui.heldOnField.problem("分析会日期") if not ui.heldOnField.is_empty() else None
        if problem:
            self._message(problem)
            return
        try:
            mood.save_summary(self.ctx, branch_id, ui.periodEdit.text(), ui.summaryEdit.toPlainText(),
                              ui.heldOnField.value(), self.today())
        except DomainError as exc:
            show_error(self, exc)
            return
        self._message("分析结论已保存。")
        self.show_analysis()

    def _ask_path(self, title: str, name: str, pattern: str) -> str:
        path, chosen = QFileDialog.getSaveFileName(self, title, str(Path(documents_dir()) / name), pattern)
        if path and not path.lower().endswith(EXPORT_SUFFIXES):
            path += ".xlsx" if "xlsx" in chosen else ".pdf"  # the type chosen in the dialog
        return path

    def export_analysis(self) -> None:
        """导出…: the month's analysis of the chosen branch, PDF or Excel by the name chosen."""
        ui = self.ui
        label = ui.periodEdit.text().strip()
        branch = ui.branchCombo.currentText()
        path = self.ask_path("导出月度思想动态分析", f"{branch}-{label}-思想动态分析.pdf",
                             "PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx)")
        if not path:
            return
        if not path.lower().endswith(EXPORT_SUFFIXES):
            path += ".pdf"
        branch_id = ui.branchCombo.currentData()
        today = self.today()

        def done(_a: object) -> None:
            self._message(f"已导出：{path}（内部资料，注意保密）")

        run_task(self, "正在导出月度思想动态分析……",
                 lambda progress: mood.export_analysis(self.ctx, label, branch_id, Path(path), today, progress.report),
                 done, lambda exc: show_error(self, exc, "导出失败"), cancellable=False)


def analysis_html(a: MonthlyAnalysis) -> str:
    """The month's figures as the tab shows them."""
    lv = "　".join(f"<span style='color:{LEVEL_COLOURS[k]}'>{level_text(k)} {n}</span>" for k, n in a.by_level.items())
    cats = "　".join(f"{c.value} {n}" for c, n in a.by_category.items())
    units = "".join(f"<tr><td>{escape(u)}</td><td align='right'>{e}</td><td align='right'>{w}</td></tr>"
                    for u, e, w in a.by_unit) or "<tr><td colspan='3'>（本月无记录）</td></tr>"
    trend = "　".join(f"{m[5:]}月 {sum(c.values())}" for m, c in a.trend)
    parts = [f"<h3 style='color:#c00000'>{escape(a.branch)} {a.month} 月度思想动态分析</h3>",
             f"<p>本月新增预警 <b>{a.raised}</b> 条（{lv}），解除 <b>{a.lifted}</b> 条，逾期未处置 <b>{a.overdue}</b> 条，"
             f"等待矿上答复 <b>{a.awaiting_count}</b> 条。</p>",
             f"<p>本月思想动态记录：{cats}</p>",
             "<table border='0' cellspacing='0' cellpadding='3'><tr><th align='left'>区队/班组</th><th>记录</th>"
             f"<th>预警</th></tr>{units}</table>",
             f"<p style='color:#666'>近12个月预警数：{trend}</p>"]
    if a.names_shown == "不显示":
        parts.append("<p style='color:#666'>“查看”账号只显示统计数字，不显示姓名和内容。</p>")
    else:
        scope = "（只列本人包保的职工）" if a.names_shown == "本人包保的职工" else ""
        lines = "".join(
            f"<li><span style='color:{LEVEL_COLOURS[x.level]}'>{level_text(x.level)}</span> {escape(x.name)}"
            f"{'（' + escape(x.unit) + '）' if x.unit else ''}：{escape(x.next_step)}"
            f"{f' {x.due_on:%Y-%m-%d}' if x.due_on else ''}{' <b>已逾期</b>' if x.overdue else ''}</li>"
            for x in a.open_red_yellow) or "<li>无</li>"
        parts.append(f"<p><b>在管红色、黄色预警{scope}</b></p><ul>{lines}</ul>")
        waiting = "".join(f"<li>{escape(x.name)}：{escape(x.reason)}（{x.raised_on:%Y-%m-%d}）</li>"
                          for x in a.awaiting) or "<li>无</li>"
        parts.append(f"<p><b>等待矿上答复</b></p><ul>{waiting}</ul>")
    return "".join(parts)
