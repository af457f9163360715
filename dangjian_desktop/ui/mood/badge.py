"""The main window's badge: how many red and yellow warnings the signed-in user may see are
overdue (``services.mood.badge_count``). Hidden at 0 and for whoever may read no mood file;
a click opens the 思想动态 tab."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.services.uow import Ctx

log = logging.getLogger(__name__)


class MoodBadge(QLabel):
    clicked = Signal()

    def __init__(self, ctx: Ctx, today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today
        self.count = 0
        self.setObjectName("moodBadge")
        self.setStyleSheet("QLabel#moodBadge { color: white; background: #C00000; padding: 1px 8px; border-radius: 8px; }")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("逾期未处置的红色、黄色预警（您有权查看的）：点击打开“思想动态”页")
        self.hide()

    def refresh(self) -> None:
        from dangjian_desktop.services import mood  # the mood tables: after the first paint

        try:
            self.count = mood.badge_count(self.ctx, self.today())
        except DomainError as exc:  # an unreachable database: the 工作台 says so
            log.debug("预警角标未能计算：%s", exc)
            self.count = 0
        self.setText(f"预警逾期 {self.count}")
        self.setVisible(self.count > 0)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)
