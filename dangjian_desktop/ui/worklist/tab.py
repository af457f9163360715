"""The 工作台 tab: today's date, counts, and the due/overdue items of every area.

The items come from ``services.worklist.due_items`` (the areas are listed in its ``SOURCES``; a
source that failed shows as its own line, like any other item). Double-clicking an item with a
target emits :attr:`WorklistTab.openTarget` with its ``WorkTarget``; the main window switches to
the tab that accepts it. The tab is refreshed at start, hourly and on F5. At start it is filled
just after the main window has first painted (``show_pending`` meanwhile says 正在计算…):
``services.worklist`` brings in every area's sources and their tables, and reading them on the
large demo takes longer than the rest of the start. The read runs in the background
(``run_task`` without a dialog); :attr:`WorklistTab.reloaded` says when its result is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QWidget

from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.delegates import TintDelegate
from dangjian_desktop.ui.common.tasks import Progress, Task, error_text, run_task
from dangjian_desktop.ui.forms.ui_worklist_tab import Ui_WorklistTab
from dangjian_desktop.ui.worklist.model import COL_AREA, COL_DUE, COL_URGENCY, WorklistModel

if TYPE_CHECKING:
    from dangjian_desktop.services.worklist import Urgency, WorkItem

WEEKDAYS = "一二三四五六日"
PAGE_TABLE, PAGE_EMPTY = 0, 1


class WorklistTab(QWidget):
    #: The WorkTarget of the item double-clicked, e.g. WorkTarget("person", 12).
    openTarget = Signal(object)
    #: A reload's items (or its error) are shown.
    reloaded = Signal()

    def __init__(self, ctx: Ctx, parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today  # tests fix the date
        self.ui = Ui_WorklistTab()
        self.ui.setupUi(self)
        self.model = WorklistModel(self)
        view = self.ui.tableView
        view.setModel(self.model)
        view.setItemDelegate(TintDelegate(view))  # overdue red, due-today amber, despite the theme
        header = view.horizontalHeader()
        for col in (COL_URGENCY, COL_DUE, COL_AREA):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)  # sized in _fit_columns
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 320)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(self.open_index)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.counts: dict[Urgency, int] = {}
        self._generation = 0  # of the last reload asked for; a read of an older one is dropped
        self._task: Task | None = None  # the read running
        self._fit_columns([])
        self._empty_text = self.ui.emptyLabel.text()
        # No reload here: the main window loads every tab once when it is ready (data_changed).

    def _show_date(self, today: date) -> None:
        self.ui.dateLabel.setText(self.tr("今天是 {d:%Y年%m月%d日} 星期{w}").format(d=today, w=WEEKDAYS[today.weekday()]))

    def show_pending(self) -> None:
        """Before the first reload: the date, and 正在计算… where the items will be."""
        self._show_date(self.today())
        self.ui.emptyLabel.setText(self.tr("正在计算…"))
        self.ui.emptyHintLabel.hide()
        self.ui.stack.setCurrentIndex(PAGE_EMPTY)

    @property
    def reading(self) -> bool:
        """A read is running in the background (its result not yet shown)."""
        return self._task is not None

    def reload(self) -> None:
        """Read the items again, off the GUI thread (the read imports every area's sources and
        takes a second or more on a large database); they are shown when the read ends. The
        last request wins: a read still running is told to stop, and its result is dropped."""
        self._generation += 1
        generation, ctx, today = self._generation, self.ctx, self.today()
        if self._task is not None:
            self._task.cancel()
        if not self.counts:  # nothing shown yet: 正在计算… meanwhile (a list shown stays until replaced)
            self.show_pending()

        def read(progress: Progress) -> list[WorkItem]:  # worker thread: no widgets here
            from dangjian_desktop.services import worklist  # every area's sources: not before the first paint

            return worklist.due_items(ctx, today, stop=progress.cancelled)

        def ended(items: list[WorkItem], error: BaseException | None) -> None:  # GUI thread
            task.deleteLater()  # one a reload: hourly, and after every save
            self._read(generation, today, items, error)

        task = run_task(self, self.tr("工作台"), read, lambda items: ended(items, None),
                        lambda exc: ended([], exc), show_dialog=False)
        self._task = task

    def shutdown(self, timeout: float = 10.0) -> None:
        """The window closes: stop a read that is running and wait for it (it must not read a
        database being closed, nor show its result in a widget being deleted)."""
        self._generation += 1
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            task.wait(timeout)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def _read(self, generation: int, today: date, items: list[WorkItem], error: BaseException | None) -> None:
        """A read ended (GUI thread): show it, unless another was asked for since."""
        if generation != self._generation:
            return  # stale: a newer read is running, or the tab was shut down
        self._task = None
        self._show(today, items, error)
        self.reloaded.emit()

    def _show(self, today: date, items: list[WorkItem], error: BaseException | None) -> None:
        from dangjian_desktop.services.worklist import Urgency

        self._show_date(today)
        self.ui.emptyLabel.setText(self._empty_text)
        self.ui.emptyHintLabel.show()
        if error is not None:
            # Shown in place, not in a box: the hourly check must not pile up dialogs on a
            # PC whose shared database is out of reach overnight.
            self.ui.dateLabel.setText(self.tr("工作台暂时无法读取：{m}").format(m=error_text(error)))
            items = []
        self.model.set_items(items)
        self._fit_columns(items)
        self.counts = {u: sum(1 for i in items if i.urgency is u) for u in Urgency}
        for label, text, urgency in ((self.ui.overdueLabel, self.tr("已逾期 {n}"), Urgency.OVERDUE),
                                     (self.ui.todayLabel, self.tr("今日到期 {n}"), Urgency.DUE_TODAY),
                                     (self.ui.soonLabel, self.tr("近期 {n}"), Urgency.DUE_SOON)):
            n = self.counts[urgency]
            label.setText(text.format(n=n))
            # A zero in alarm red reads as a warning: nothing due shows in the muted grey.
            if label.property("muted") != (n == 0):
                label.setProperty("muted", n == 0)
                label.style().unpolish(label)
                label.style().polish(label)
        self.ui.stack.setCurrentIndex(PAGE_TABLE if items else PAGE_EMPTY)

    def _fit_columns(self, items: list[WorkItem]) -> None:
        """The short columns as wide as their header or their widest text, measured on the few
        distinct texts (ResizeToContents would ask the model for every cell of a long list)."""
        view, header = self.ui.tableView, self.ui.tableView.horizontalHeader()
        metrics = view.fontMetrics()
        # The cell's margins and the focus frame (the style's, on each side), and some air.
        pad = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 16
        for col in (COL_URGENCY, COL_DUE, COL_AREA):
            texts = {WorklistModel.text(i, col) for i in items}
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            header.resizeSection(col, max(header.sectionSizeHint(col), widest + pad))

    def open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        target = self.model.item_at(index.row()).target
        if target is not None:
            self.openTarget.emit(target)

