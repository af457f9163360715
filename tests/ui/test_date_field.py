"""THE date field (ui/common/date_field.DateField): typed dates taken as typed, in every form the
import reads; a calendar whose days, weekday names and month bar can be read (issue 7, item 3)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QTableView, QToolButton, QWidget

from dangjian_desktop.domain.roster_rules import DAY, MONTH
from dangjian_desktop.services import roster
from dangjian_desktop.ui.common import theme
from dangjian_desktop.ui.common.date_field import DateField
from dangjian_desktop.ui.roster.model import COL_JOINED, COL_NAME

from .test_roster_tab import org, select_person, tab  # noqa: F401 (fixtures)


@pytest.fixture
def field(qtbot) -> DateField:
    w = DateField(allow_month=True)
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_date_typed_over_the_selected_text_replaces_all_of_it(qtbot, field):
    field.set_value(date(2026, 3, 15))
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "2015-03-15")
    assert field.value() == date(2015, 3, 15) and field.precision() == DAY


@pytest.mark.parametrize("text,expected", [
    ("2012-07-01", (date(2012, 7, 1), DAY)), ("2012/7/1", (date(2012, 7, 1), DAY)),
    ("2012.7.1", (date(2012, 7, 1), DAY)), ("2012年7月1日", (date(2012, 7, 1), DAY)),
    ("20120701", (date(2012, 7, 1), DAY)), ("2005.06", (date(2005, 6, 1), MONTH)),
    ("2005年6月", (date(2005, 6, 1), MONTH)), ("200506", (date(2005, 6, 1), MONTH)),
])
def test_every_form_the_import_reads(field, text, expected):
    field.setText(text)
    assert field.parsed() == expected and field.problem() is None


def test_month_precision_is_shown_without_a_day(field):
    field.set_value(date(2005, 6, 1), MONTH)
    assert field.text() == "2005-06"
    day_only = DateField()
    day_only.setText("2005-06")
    assert day_only.value() is None and "不是有效日期" in (day_only.problem() or "")


def test_unreadable_or_out_of_range_text_is_a_problem(field):
    field.setText("2012-02-30")
    assert field.value() is None and "不是有效日期" in field.problem("入党日期")
    field.setMaximumDate(date(2026, 1, 1))
    field.setText("2027-01-01")
    assert "之间" in field.problem()
    field.setText("")
    assert field.value() is None and field.problem() is None


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_the_calendar_is_readable_at_the_theme_sizes(qtbot, field, mode):
    theme.apply(QApplication.instance(), mode)
    try:
        field.set_value(date(2015, 3, 15))
        field.open_calendar()
        cal = field.popup.calendar
        assert field.popup.isVisible() and cal.selectedDate() == QDate(2015, 3, 15)
        view = cal.findChild(QTableView)
        fm = QFontMetrics(view.font())
        for col in range(view.model().columnCount()):
            assert view.columnWidth(col) >= fm.horizontalAdvance("30") + 8  # no "…"
        header = [view.model().data(view.model().index(0, c)) for c in range(7)]
        assert header == ["一", "二", "三", "四", "五", "六", "日"]  # short, Monday first
        bar = cal.findChild(QWidget, "qt_calendar_navigationbar")
        month = cal.findChild(QToolButton, "qt_calendar_monthbutton")
        assert bar.height() >= QFontMetrics(month.font()).height() + 4
        assert month.width() >= QFontMetrics(month.font()).horizontalAdvance(month.text())
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(
            view.model().index(3, 2)).center())  # the Wednesday of the 3rd week: 2015-03-11
        assert field.text() == "2015-03-11" and not field.popup.isVisible()
    finally:
        QApplication.instance().setStyleSheet("")


def test_the_person_dialog_takes_a_typed_date_as_typed(qtbot, tab, org, sqlite_secretary):  # noqa: F811
    select_person(qtbot, tab, "刘洋")
    tab.edit_selected()
    ui = tab.person_dialog.ui
    assert isinstance(ui.joinedDateEdit, DateField) and ui.joinedDateEdit.text() == "2008-03-15"
    ui.joinedDateEdit.edit.selectAll()
    qtbot.keyClicks(ui.joinedDateEdit.edit, "2015-03-15")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert roster.get_person(sqlite_secretary, org["刘洋"]).joined_party_on == date(2015, 3, 15)


def test_the_person_dialog_refuses_a_typed_text_that_is_no_date(qtbot, tab, org, sqlite_secretary):  # noqa: F811
    select_person(qtbot, tab, "刘洋")
    tab.edit_selected()
    dlg = tab.person_dialog
    dlg.ui.joinedDateEdit.setText("2015-13-01")
    qtbot.mouseClick(dlg.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and "入党日期“2015-13-01”不是有效日期" in dlg.ui.problemsLabel.text()
    assert roster.get_person(sqlite_secretary, org["刘洋"]).joined_party_on == date(2008, 3, 15)


def test_a_month_typed_in_the_person_dialog_is_kept_to_the_month(qtbot, tab, org, sqlite_secretary):  # noqa: F811
    select_person(qtbot, tab, "刘洋")
    tab.edit_selected()
    ui = tab.person_dialog.ui
    ui.joinedDateEdit.setText("2005.6")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    p = roster.get_person(sqlite_secretary, org["刘洋"])
    assert (p.joined_party_on, p.joined_party_precision) == (date(2005, 6, 1), MONTH)
    m = tab.model
    row = next(r for r in range(m.rowCount()) if m.data(m.index(r, COL_NAME)) == "刘洋")
    assert m.data(m.index(row, COL_JOINED)) == "2005-06"  # no day invented in the roster
    select_person(qtbot, tab, "刘洋")
    tab.edit_selected()
    assert tab.person_dialog.ui.joinedDateEdit.text() == "2005-06"
