"""``DateField``: THE date field of the program — a line edit that takes a date as typed, and a
button that opens a calendar readable at the theme's sizes.

A typed date is read with the import's reader (``domain.roster_rules.parse_date_precision``),
so every form the roster import accepts is accepted here too: 2012-07-01, 2012/7/1, 2012.7.1,
2012年7月1日, 20120701 and, with ``allow_month``, a date known to the month only (2005-06,
2005.6, 2005年6月, 200506). Typed text is never changed behind the user's back (a QDateEdit
replaces only the section under the cursor); an unreadable text is reported by ``problem()``.

Use in a form: promote a ``QLineEdit``-sized ``QWidget`` to ``DateField`` with the header
``dangjian_desktop/ui/common/date_field.h`` (see ``forms/person_dialog.ui``), or construct it in
code. ``value()`` / ``precision()`` / ``set_value(date, precision)``; empty means 未填 (None).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dangjian_desktop.domain.roster_rules import (
    DATE_FORMS,
    DAY,
    MONTH,
    MONTH_FORMS,
    format_date,
    parse_date_precision,
)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class _CalendarPopup(QFrame):
    """The calendar in a popup frame: short weekday headers (一 … 日), ISO weeks starting on
    Monday, no week numbers; sizes come from the theme (``QCalendarWidget`` rules in theme.py)."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("dateFieldPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("dateFieldCalendar")
        self.calendar.setLocale(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames)
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        layout.addWidget(self.calendar)

    def _pick(self, d: QDate) -> None:
        self.picked.emit(d)
        self.hide()


class DateField(QWidget):
    """A date typed as the user writes it, or picked from a calendar. Empty is 未填."""

    valueChanged = Signal()  # the text changed (typed or picked)

    def __init__(self, parent: QWidget | None = None, *, allow_month: bool = False) -> None:
        super().__init__(parent)
        self.allow_month = allow_month
        self._min = date(1900, 1, 1)
        self._max = date(2100, 12, 31)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateFieldEdit")
        self.edit.setMaxLength(20)
        self.button = QToolButton(self)
        self.button.setObjectName("dateFieldButton")
        self.button.setText("日历")
        self.button.setToolTip("从日历中选择日期")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.popup = _CalendarPopup(self)
        self.popup.picked.connect(self._picked)
        self.button.clicked.connect(self.open_calendar)
        self.edit.textChanged.connect(lambda _t: self.valueChanged.emit())
        self._update_hint()

    # ------------------------------------------------------------ the value

    def set_allow_month(self, allow: bool) -> None:
        self.allow_month = allow
        self._update_hint()

    def _update_hint(self) -> None:
        self.edit.setToolTip(f"可写 {DATE_FORMS}" + (f"；只知年月时写 {MONTH_FORMS}" if self.allow_month else ""))

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming, as QLineEdit)
        self.edit.setText(text)

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802
        self.edit.setPlaceholderText(text)

    def parsed(self) -> tuple[date, str] | None:
        """(date, DAY or MONTH), None when empty; ValueError when the text is no date."""
        return parse_date_precision(self.edit.text(), allow_month=self.allow_month)

    def value(self) -> date | None:
        """The date, None when empty or unreadable (``problem()`` says why)."""
        try:
            got = self.parsed()
        except ValueError:
            return None
        return got[0] if got else None

    def precision(self) -> str:
        try:
            got = self.parsed()
        except ValueError:
            return DAY
        return got[1] if got else DAY

    def is_empty(self) -> bool:
        return not self.edit.text().strip()

    def problem(self, label: str = "日期") -> str | None:
        """Why the text is not a usable date, in Chinese; None when empty or valid."""
        try:
            got = self.parsed()
        except ValueError:
            forms = DATE_FORMS + (f"，只知年月时写 {MONTH_FORMS}" if self.allow_month else "")
            return f"{label}“{self.edit.text().strip()}”不是有效日期（可写 {forms}）"
        if got is None:
            return None
        if not self._min <= got[0] <= self._max:
            return f"{label}应在 {self._min.isoformat()} 至 {self._max.isoformat()} 之间"
        return None

    def set_value(self, value: date | None, precision: str = DAY) -> None:
        self.edit.setText(format_date(value, precision if self.allow_month else DAY))

    def setDate(self, value: date | QDate | None) -> None:  # noqa: N802 (as QDateEdit)
        self.set_value(_pydate(value) if isinstance(value, QDate) else value)

    def setMinimumDate(self, value: date | QDate) -> None:  # noqa: N802
        self._min = _pydate(value) if isinstance(value, QDate) else value
        self.popup.calendar.setMinimumDate(_qdate(self._min))

    def setMaximumDate(self, value: date | QDate) -> None:  # noqa: N802
        self._max = _pydate(value) if isinstance(value, QDate) else value
        self.popup.calendar.setMaximumDate(_qdate(self._max))

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802
        self.edit.setReadOnly(read_only)
        self.button.setEnabled(not read_only)

    # ------------------------------------------------------------ the calendar

    def open_calendar(self) -> None:
        """Show the calendar under the field, on the typed date (or today)."""
        cal = self.popup.calendar
        shown = self.value() or min(max(date.today(), self._min), self._max)
        cal.setSelectedDate(_qdate(shown))
        self.popup.adjustSize()
        at = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry() if self.screen() else None
        size = self.popup.sizeHint()
        if screen is not None:
            at.setX(max(screen.left(), min(at.x(), screen.right() - size.width())))
            if at.y() + size.height() > screen.bottom():
                at.setY(self.mapToGlobal(QPoint(0, 0)).y() - size.height())
        self.popup.move(at)
        self.popup.show()
        cal.setFocus()

    def _picked(self, d: QDate) -> None:
        self.edit.setText(format_date(_pydate(d), DAY))
        self.edit.setFocus()


__all__ = ["DAY", "MONTH", "DateField"]
