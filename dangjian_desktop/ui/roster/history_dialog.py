"""导入记录: every roster import, newest first, with 撤销上次导入 beside the list.

The list comes from ``services.roster_import.list_imports``. The dialog does not undo by itself:
its button emits :attr:`ImportHistoryDialog.undoRequested`, and the roster tab's file actions
ask for confirmation, undo in the background and call :meth:`ImportHistoryDialog.reload`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.services import roster_import
from dangjian_desktop.services.roster_import import ImportBatchRow
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.table_model import ALIGN_CENTER, ALIGN_RIGHT, ListColumn, ListTableModel
from dangjian_desktop.ui.common.text import local_time
from dangjian_desktop.ui.forms.ui_import_history_dialog import Ui_ImportHistoryDialog

PAGE_TABLE, PAGE_EMPTY = 0, 1


def batch_state(batch: ImportBatchRow, newest_pending: bool) -> str:
    if batch.undone_at is not None:
        return f"已撤销（{local_time(batch.undone_at, seconds=False)}）"
    return "已导入 · 最近一次" if newest_pending else "已导入"


#: A row is (batch, whether it is the newest import not yet undone: the one 撤销 would take back).
HISTORY_COLUMNS = (
    ListColumn("导入时间", lambda r: local_time(r[0].at, seconds=False), ALIGN_CENTER),
    ListColumn("文件", lambda r: r[0].file_name or "未命名文件"),
    ListColumn("操作人", lambda r: r[0].username),
    ListColumn("新增", lambda r: f"{r[0].added} 人", ALIGN_RIGHT),
    ListColumn("更新", lambda r: f"{r[0].updated} 人", ALIGN_RIGHT),
    ListColumn("状态", lambda r: batch_state(*r)),
)


class ImportHistoryDialog(QDialog):
    """Read by anyone; 撤销上次导入 is enabled for a user who may write, when there is one."""

    undoRequested = Signal()

    def __init__(self, ctx: Ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ImportHistoryDialog()
        self.ui.setupUi(self)
        self.model = ListTableModel(HISTORY_COLUMNS, parent=self)
        self.ui.tableView.setModel(self.model)
        self.ui.tableView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.undoButton.clicked.connect(self.undoRequested)
        self.batches: list[ImportBatchRow] = []
        self.reload()

    def pending(self) -> ImportBatchRow | None:
        """The import 撤销上次导入 would take back: the newest one not undone."""
        return next((b for b in self.batches if b.undone_at is None), None)

    def reload(self) -> None:
        try:
            self.batches = roster_import.list_imports(self.ctx)
            problem = ""
        except DomainError as err:
            self.batches, problem = [], err.message
        pending = self.pending()
        self.model.set_rows([(b, pending is not None and b.id == pending.id) for b in self.batches])
        self.ui.stack.setCurrentIndex(PAGE_TABLE if self.batches else PAGE_EMPTY)
        if problem:
            self.ui.emptyLabel.setText(problem)
        self.ui.countLabel.setText(f"共 {len(self.batches)} 次导入" if self.batches else "")
        self.ui.undoButton.setEnabled(self.ctx.actor.can_write and pending is not None)
        view = self.ui.tableView
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        for c in range(header.count() - 1):
            header.resizeSection(c, min(header.sectionSize(c) + 16, 320))
        if pending is not None:
            view.selectRow(self.batches.index(pending))
