"""The roster's files, from the 人员 tab: import a roster, the import template, the import
history (导入记录) and 撤销上次导入.

:class:`RosterFiles` owns the dialogs these open and emits ``changed`` after anything that
changed the roster (an import, an undo), so the tab re-reads its tree and table. The import
service (and openpyxl) load only when a file is actually imported.
"""

from __future__ import annotations

from datetime import date, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.services import roster
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.tasks import error_text, run_task

if TYPE_CHECKING:
    from dangjian_desktop.services.roster_import import ImportBatchRow

    from .history_dialog import ImportHistoryDialog
    from .import_dialog import ImportDialog

UNDO_TITLE = "撤销上次导入"


def describe_batch(batch: ImportBatchRow) -> str:
    """“名册.xlsx”（2026-11-24 10:05，新增 30 人、更新 2 人）"""
    when = batch.at.replace(tzinfo=timezone.utc).astimezone() if batch.at.tzinfo is None else batch.at.astimezone()
    return (f"“{batch.file_name or '未命名文件'}”（{when:%Y-%m-%d %H:%M}，"
            f"新增 {batch.added} 人、更新 {batch.updated} 人）")


def documents_dir() -> str:
    """The Documents folder where it exists, else the home folder. (A folder that does not
    exist would not be opened: the file dialog would put its name, "Documents", in the file
    name box instead.)"""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and Path(docs).is_dir() else str(Path.home())


class RosterFiles(QObject):
    """Import, template, history and undo, with ``owner`` (the tab) as the dialogs' parent."""

    #: The roster changed (an import or an undo finished, or an undo failed and data may be stale).
    changed = Signal()
    #: A short line for the tab's status label.
    message = Signal(str)

    def __init__(self, ctx: Ctx, owner: QWidget) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self.owner = owner
        self.import_dialog: ImportDialog | None = None
        self.history_dialog: ImportHistoryDialog | None = None

    # ------------------------------------------------------------ import

    def open_import(self) -> None:
        """Pick a roster file, preview what it would change, then import it (all or nothing)."""
        if not self.ctx.actor.can_write:
            return
        from .import_dialog import ImportDialog  # openpyxl loads only when a file is imported

        dlg = ImportDialog(self.ctx, self.owner)
        self.import_dialog = dlg
        dlg.imported.connect(lambda _result: self._changed())
        dlg.finished.connect(lambda _r: self._import_closed(dlg))
        dlg.open()
        if not dlg.choose_file():
            dlg.reject()

    def save_template(self) -> None:
        """Write the empty roster template (with this database's branches as examples)."""
        path, _ = QFileDialog.getSaveFileName(self.owner, "导出名册模板", str(Path(documents_dir()) / "人员名册模板.xlsx"),
                                              "Excel 工作簿 (*.xlsx)")
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from dangjian_desktop.exporting import roster_xlsx

        try:
            roster_xlsx.write_template(Path(path), branches=[name for _id, name in roster.choices(self.ctx).branches])
        except (OSError, DomainError) as err:
            QMessageBox.warning(self.owner, "未能保存模板", error_text(err))
            return
        self.message.emit(f"模板已保存：{path}")

    def export_roster(self, f: roster.PersonFilter) -> None:
        """导出名册: the people ``f`` finds, to an xlsx file, in the background."""
        day = date.today()
        path, _ = QFileDialog.getSaveFileName(self.owner, "导出名册", str(Path(documents_dir()) / f"人员名册-{day:%Y%m%d}.xlsx"),
                                              "Excel 工作簿 (*.xlsx)")
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from dangjian_desktop.services import roster_export

        def done(result: roster_export.ExportResult) -> None:
            self.message.emit(f"已导出名册 {result.people} 人：{result.path}")

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self.owner, "未能导出名册", error_text(exc))

        run_task(self.owner, "正在导出名册……",
                 lambda progress: roster_export.export_members(self.ctx, Path(path), f, day, progress.report), done, failed,
                 cancellable=False)

    def _import_closed(self, dlg: QWidget) -> None:
        self.import_dialog = None
        dlg.deleteLater()

    # ------------------------------------------------------------ history and undo

    def _history_closed(self, dlg: QWidget) -> None:
        self.history_dialog = None
        dlg.deleteLater()

    def show_history(self) -> ImportHistoryDialog:
        """导入记录: the list of imports, with 撤销上次导入 beside it."""
        from .history_dialog import ImportHistoryDialog

        if self.history_dialog is not None:
            self.history_dialog.reload()
            self.history_dialog.raise_()
            return self.history_dialog
        dlg = ImportHistoryDialog(self.ctx, self.owner)
        self.history_dialog = dlg
        dlg.undoRequested.connect(self.undo_last_import)
        dlg.finished.connect(lambda _r: self._history_closed(dlg))
        dlg.open()
        return dlg

    def undo_last_import(self) -> None:
        """Undo the newest import after saying which one it is."""
        if not self.ctx.actor.can_write:
            return
        from dangjian_desktop.services import roster_import

        parent = self.history_dialog or self.owner
        try:
            batches = roster_import.list_imports(self.ctx)
        except DomainError as err:
            QMessageBox.warning(parent, UNDO_TITLE, err.message)
            return
        pending = [b for b in batches if b.undone_at is None]  # newest first
        if not pending:
            QMessageBox.information(parent, UNDO_TITLE, "没有可以撤销的导入。")
            return
        last = pending[0]
        if QMessageBox.question(
            parent, UNDO_TITLE,
            f"撤销 {describe_batch(last)} 的导入？\n\n这次新增的人员将被删除，更新过的人员恢复为导入前的数据。",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        ) != QMessageBox.StandardButton.Yes:
            return

        def done(batch: ImportBatchRow) -> None:
            self._changed()
            QMessageBox.information(self.history_dialog or self.owner, UNDO_TITLE, f"已撤销 {describe_batch(batch)} 的导入。")

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self.history_dialog or self.owner, "未能撤销", error_text(exc))
            self._changed()

        run_task(parent, "正在撤销导入……", lambda _p: roster_import.undo_last_import(self.ctx, last.id), done, failed,
                 cancellable=False)

    def _changed(self) -> None:
        if self.history_dialog is not None:
            self.history_dialog.reload()
        self.changed.emit()
