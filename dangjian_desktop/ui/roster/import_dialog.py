"""The roster import dialog: choose a file, see the preview, import all of it or nothing.

The file is read and checked by ``services.roster_import.plan_import`` in the background; the
dialog shows what would be added and updated, or every bad row with its reason (then 导入
stays disabled and the rows can be saved as an error workbook to fix in Excel).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QWidget

from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.exporting import roster_xlsx
from dangjian_desktop.services import roster_import
from dangjian_desktop.services.roster_import import ADD, ImportPlan, ImportResult, PlannedRow
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.messages import set_error_style
from dangjian_desktop.ui.common.table_model import ALIGN_CENTER, ALIGN_RIGHT, ListColumn, ListTableModel
from dangjian_desktop.ui.common.tasks import error_text, run_task
from dangjian_desktop.ui.forms.ui_import_dialog import Ui_ImportDialog

FILE_FILTER = "名册文件 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"


def _changes(r: PlannedRow) -> str:
    if r.action == ADD:
        return f"新建区队/班组：{' / '.join(r.unit_path)}" if r.unit_path else ""
    return "；".join(r.changes)


PLAN_COLUMNS = (
    ListColumn("操作", lambda r: r.action, ALIGN_CENTER),
    ListColumn("行号", lambda r: str(r.row), ALIGN_RIGHT),
    ListColumn("姓名", lambda r: r.data.name),
    ListColumn("工号", lambda r: r.data.employee_no),
    ListColumn("所属支部", lambda r: r.branch),
    ListColumn("区队/班组", lambda r: r.unit or ""),
    ListColumn("政治面貌", lambda r: r.data.political_status.value),
    ListColumn("变更内容", _changes),
)

ERROR_COLUMNS = (
    ListColumn("行号", lambda e: str(e.row), ALIGN_RIGHT),
    ListColumn("姓名", lambda e: e.name),
    ListColumn("原因", lambda e: "；".join(e.reasons), tooltip=lambda e: "\n".join(e.reasons)),
)


class ImportDialog(QDialog):
    imported = Signal(object)  # the ImportResult

    def __init__(self, ctx: Ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.imported_result: ImportResult | None = None
        self.busy = False
        self.plan_model = ListTableModel(PLAN_COLUMNS, parent=self)
        self.error_model = ListTableModel(ERROR_COLUMNS, parent=self)
        self.ui.planTable.setModel(self.plan_model)
        self.ui.errorTable.setModel(self.error_model)
        self.ui.errorTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.chooseButton.clicked.connect(self.choose_file)
        self.ui.importButton.clicked.connect(self.start_import)
        self.ui.saveErrorsButton.clicked.connect(self.save_errors)
        self._update_buttons()

    # ------------------------------------------------------------ choosing and previewing

    def choose_file(self) -> bool:
        from .files import documents_dir

        start = str(self.path.parent) if self.path and self.path.parent.is_dir() else documents_dir()
        path, _ = QFileDialog.getOpenFileName(self, "选择人员名册", start, FILE_FILTER)
        if not path:
            return False
        self.load_file(Path(path))
        return True

    def load_file(self, path: Path) -> None:
        """Preview ``path`` in the background; nothing is written."""
        path = Path(path)
        self.path, self.plan, self.imported_result = path, None, None
        self.ui.fileEdit.setText(str(path))
        self.plan_model.set_rows([])
        self.error_model.set_rows([])
        self._set_tab_titles()
        self._say(f"正在读取并检查“{path.name}”……")
        self.busy = True
        self._update_buttons()
        run_task(self, "正在检查名册……", lambda _p: roster_import.plan_import(self.ctx, path),
                 self._show_plan, self._plan_failed, cancellable=False)

    def _plan_failed(self, exc: BaseException) -> None:
        self.busy = False
        lines = [f"无法导入“{self.path.name if self.path else ''}”：{error_text(exc)}"]
        if isinstance(exc, ValidationError) and len(exc.problems) > 1:
            lines += [f"• {p}" for p in exc.problems]
        self._say("\n".join(lines), error=True)
        self._update_buttons()

    def _show_plan(self, plan: ImportPlan) -> None:
        self.busy = False
        self.plan = plan
        self.plan_model.set_rows(plan.rows)
        self.error_model.set_rows(plan.errors)
        self._set_tab_titles()
        for table in (self.ui.planTable, self.ui.errorTable):
            table.resizeColumnsToContents()
            header = table.horizontalHeader()
            for c in range(header.count() - 1):
                header.resizeSection(c, min(header.sectionSize(c), 240))
        # Long reasons wrap; rows follow the column width as the dialog is resized (a few
        # hundred error rows at most in practice; beyond that one line each, full text as tooltip).
        wrap = len(plan.errors) <= 500
        self.ui.errorTable.setWordWrap(wrap)
        self.ui.errorTable.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if wrap else QHeaderView.ResizeMode.Fixed)

        counts = f"新增 {plan.to_add} 人　更新 {plan.to_update} 人　错误 {len(plan.errors)} 行"
        if plan.unchanged:
            counts += f"　无变化 {len(plan.unchanged)} 人"
        lines = [counts]
        if plan.ignored_columns:
            lines.append("忽略的列：" + "、".join(plan.ignored_columns))
        lines += list(plan.notes)
        if plan.skipped:
            lines.append(plan.skipped_text())  # totals and signature lines: not people, not errors
        if plan.errors:
            lines.append(f"文件中有 {len(plan.errors)} 行错误，本次不会导入任何数据。"
                         "请改正后重新导入；可点“保存错误表…”，在 Excel 中按“错误原因”列修改。")
            self.ui.tabs.setCurrentWidget(self.ui.errorPage)
        elif not plan.rows:
            lines.append("没有需要导入的内容：文件中的人员都已在名册中，且信息相同。")
        else:
            lines.append("请核对预览，确认无误后点“导入”。")
            self.ui.tabs.setCurrentWidget(self.ui.planPage)
        self._say("\n".join(lines), error=bool(plan.errors))
        self._update_buttons()

    def _set_tab_titles(self) -> None:
        tabs, plan = self.ui.tabs, self.plan
        tabs.setTabText(tabs.indexOf(self.ui.planPage), f"导入预览（{len(plan.rows)}）" if plan else "导入预览")
        tabs.setTabText(tabs.indexOf(self.ui.errorPage), f"错误（{len(plan.errors)}）" if plan else "错误")

    # ------------------------------------------------------------ importing

    def start_import(self) -> None:
        plan = self.plan
        if plan is None or not plan.ok or self.busy or self.imported_result is not None:
            return
        self.busy = True
        self._update_buttons()
        self._say(f"正在导入“{plan.file_name}”……")
        run_task(self, "正在导入名册……", lambda _p: roster_import.apply_import(self.ctx, plan),
                 self._import_done, self._import_failed, cancellable=False)

    def _import_done(self, result: ImportResult) -> None:
        self.busy = False
        self.imported_result = result
        text = f"导入完成：新增 {result.added} 人，更新 {result.updated} 人"
        if result.units_created:
            text += f"，新建区队/班组 {result.units_created} 个"
        self._say(text + "。如有误，可在人员页“导入记录…”中撤销这次导入。")
        self._update_buttons()
        self.imported.emit(result)

    def _import_failed(self, exc: BaseException) -> None:
        self.busy = False
        QMessageBox.warning(self, "未导入", error_text(exc) + "\n\n未写入任何数据，将重新检查文件。")
        if self.path is not None:
            self.load_file(self.path)  # the roster changed meanwhile: show the fresh preview

    # ------------------------------------------------------------ error workbook

    def default_error_path(self) -> Path:
        assert self.path is not None
        return self.path.with_name(f"{self.path.stem}-错误.xlsx")

    def save_errors(self) -> None:
        plan = self.plan
        if plan is None or not plan.errors:
            return
        path, _ = QFileDialog.getSaveFileName(self, "保存错误表", str(self.default_error_path()), "Excel 工作簿 (*.xlsx)")
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        target = Path(path)

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, "未能保存错误表", error_text(exc))

        run_task(self, "正在保存错误表……", lambda _p: roster_xlsx.write_error_workbook(plan, target),
                 lambda saved: self._say(self.ui.summaryLabel.text() + f"\n错误表已保存：{saved}", error=True),
                 failed, cancellable=False)

    # ------------------------------------------------------------ state

    def _say(self, text: str, error: bool = False) -> None:
        self.ui.summaryLabel.setText(text)
        set_error_style(self.ui.summaryLabel, error)

    def _update_buttons(self) -> None:
        plan = self.plan
        self.ui.chooseButton.setEnabled(not self.busy)
        self.ui.importButton.setEnabled(
            not self.busy and plan is not None and plan.ok and self.imported_result is None and self.ctx.actor.can_write)
        self.ui.saveErrorsButton.setEnabled(not self.busy and plan is not None and bool(plan.errors))

    def reject(self) -> None:
        if self.busy:  # the worker still runs; closing now would drop its result
            return
        super().reject()

