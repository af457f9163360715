"""The 工作台 tab: today's date, counts, and the due/overdue items of every area.

The items come from ``services.worklist.due_items`` (the areas are listed in its ``SOURCES``; a
source that failed shows as its own line, like any other item). Double-clicking an item with a
target emits :attr:`WorklistTab.openTarget` with its ``WorkTarget``; the main window switches to
the tab that accepts it. The tab is refreshed at start, hourly and on F5. At start it is filled
just after the main window has first painted (``show_pending`` meanwhile says 正在计算…):
``services.worklist`` brings in every area's sources and their tables, and reading them on the
large demo takes longer than the rest of the start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.delegates import TintDelegate
from dangjian_desktop.ui.forms.ui_worklist_tab import Ui_WorklistTab
from dangjian_desktop.ui.worklist.model import COL_AREA, COL_DUE, COL_URGENCY, WorklistModel

if TYPE_CHECKING:
    from dangjian_desktop.services.worklist import Urgency

WEEKDAYS = "一二三四五六日"
PAGE_TABLE, PAGE_EMPTY = 0, 1


class WorklistTab(QWidget):
    #: The WorkTarget of the item double-clicked, e.g. WorkTarget("person", 12).
    openTarget = Signal(object)

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
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 320)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(self.open_index)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.counts: dict[Urgency, int] = {}
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

    def reload(self) -> None:
        from dangjian_desktop.services import worklist  # every area's sources: not before the first paint
        from dangjian_desktop.services.worklist import Urgency

        today = self.today()
        self._show_date(today)
        self.ui.emptyLabel.setText(self._empty_text)
        self.ui.emptyHintLabel.show()
        try:
            items = worklist.due_items(self.ctx, today)
        except DomainError as err:
            # Shown in place, not in a box: the hourly check must not pile up dialogs on a
            # PC whose shared database is out of reach overnight.
            self.ui.dateLabel.setText(self.tr("工作台暂时无法读取：{m}").format(m=err.message))
            items = []
        self.model.set_items(items)
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

    def open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        target = self.model.item_at(index.row()).target
        if target is not None:
            self.openTarget.emit(target)

