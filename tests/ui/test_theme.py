"""The look, measured on rendered widgets: disabled buttons readable but grey, error text in the
theme's red, in both themes."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

from dangjian_desktop import settings
from dangjian_desktop.ui.common import theme
from dangjian_desktop.ui.common.messages import set_error_style


def _luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_and_background(button: QPushButton) -> tuple[QColor, QColor]:
    """The button's fill (its commonest colour inside the border) and its text colour (the
    pixel farthest from the fill: the core of a stroke, where anti-aliasing does not reach)."""
    # Grab the parent: a button with a transparent fill shows what is behind it.
    image = button.parentWidget().grab(button.geometry()).toImage().convertToFormat(QImage.Format.Format_RGB32)
    inner = [image.pixelColor(x, y) for x in range(6, image.width() - 6) for y in range(6, image.height() - 6)]
    fill = QColor(Counter(c.rgb() for c in inner).most_common(1)[0][0])
    text = max(inner, key=lambda c: abs(_luminance(c) - _luminance(fill)) + abs(c.red() - fill.red()) / 255)
    return text, fill


@pytest.fixture
def buttons(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    layout = QHBoxLayout(host)
    enabled, disabled = QPushButton("新增区队/班组"), QPushButton("新增区队/班组")
    disabled.setEnabled(False)
    layout.addWidget(enabled)
    layout.addWidget(disabled)
    host.show()
    qtbot.waitExposed(host)
    yield enabled, disabled
    host.close()  # the host (and so the buttons) lives as long as the test


def test_the_theme_has_its_disabled_rules() -> None:
    for mode in (settings.THEME_LIGHT, settings.THEME_DARK):
        css = theme.stylesheet(mode, "WenQuanYi Micro Hei")
        ours = css.split("dangjian-desktop corrections", 1)[1]
        assert "QPushButton:disabled" in ours and "QLineEdit:disabled" in ours and "QCheckBox:disabled" in ours


@pytest.mark.parametrize("mode", [settings.THEME_LIGHT, settings.THEME_DARK])
def test_a_disabled_button_is_readable_and_grey(mode: str, buttons) -> None:
    app = QApplication.instance()
    theme.apply(app, mode)  # the conftest puts the light theme back afterwards
    enabled, disabled = buttons
    on_text, on_fill = text_and_background(enabled)
    off_text, off_fill = text_and_background(disabled)
    # Enabled: the theme's red. Disabled: a neutral grey, not a paler red, and not white on grey.
    assert on_text.red() - on_text.green() > 100, on_text.name()
    assert max(off_text.red(), off_text.green(), off_text.blue()) - min(
        off_text.red(), off_text.green(), off_text.blue()) < 40, off_text.name()
    assert contrast(off_text, off_fill) >= 2.8, (off_text.name(), off_fill.name())


@pytest.mark.parametrize(("mode", "red"), [(settings.THEME_LIGHT, "#c62828"), (settings.THEME_DARK, "#ff616f")])
def test_error_text_follows_the_theme(mode: str, red: str, qtbot) -> None:
    # A refused import's summary: dark red on the light theme, a lighter red on the dark one
    # (a fixed #c62828 was hard to read on dark grey).
    theme.apply(QApplication.instance(), mode)
    label = QLabel("文件中有 6 行错误，本次不会导入任何数据。")
    qtbot.addWidget(label)
    set_error_style(label, True)
    label.show()
    assert label.palette().color(label.foregroundRole()).name() == red
    set_error_style(label, False)
    assert label.palette().color(label.foregroundRole()).name() != red


def test_a_selected_row_is_one_colour_with_the_focus_on_it(qtbot) -> None:
    # qt-material painted the focused cell alone in solid red and the rest of the row pink.
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    view = QTableView()
    qtbot.addWidget(view)
    model = QStandardItemModel(3, 4, view)  # owned by the view: deleted with it, not by Python's GC
    for r in range(3):
        for c in range(4):
            model.setItem(r, c, QStandardItem(""))
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.resize(500, 200)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(lambda: view.hasFocus())  # the focused state is the one qt-material got wrong
    view.selectionModel().setCurrentIndex(
        model.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    image = view.viewport().grab().toImage()
    colours = {image.pixelColor(view.visualRect(model.index(1, c)).center()).name() for c in range(4)}
    other = image.pixelColor(view.visualRect(model.index(2, 0)).center())
    assert len(colours) == 1, colours
    (selected,) = colours
    assert selected != other.name() and QColor(selected).red() > QColor(selected).green() + 40
    view.clearFocus()
    view.close()


def test_the_worklist_date_is_large_but_a_dialog_date_label_is_not(qtbot) -> None:
    """The worklist's big 今天是… line is QLabel#dateLabel; dialogs have labels of that name too
    (报告日期, 摘牌日期, 提出日期) which must stay the size of their neighbours."""
    from PySide6.QtWidgets import QDialog

    from dangjian_desktop.ui.forms.ui_worklist_tab import Ui_WorklistTab
    from dangjian_desktop.ui.forms.ui_zone_report_dialog import Ui_ZoneReportDialog

    dialog, worklist = QDialog(), QWidget()
    qtbot.addWidget(dialog)
    qtbot.addWidget(worklist)
    form, page = Ui_ZoneReportDialog(), Ui_WorklistTab()
    form.setupUi(dialog)
    page.setupUi(worklist)
    for w in (dialog, worklist):
        w.show()
        qtbot.waitExposed(w)
    assert form.dateLabel.fontInfo().pixelSize() == form.weekLabel.fontInfo().pixelSize()
    assert page.dateLabel.fontInfo().pixelSize() > form.weekLabel.fontInfo().pixelSize()


def _red_share(image: QImage) -> float:
    """The share of pixels in the theme's button red (#ff1744, both themes)."""
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    return sum(1 for c in pixels if c.red() > 200 and c.green() < 90 and c.blue() < 130) / len(pixels)


@pytest.mark.parametrize("mode", [settings.THEME_LIGHT, settings.THEME_DARK])
def test_the_calendar_button_is_an_outlined_button_in_a_tab_and_in_a_dialog(mode: str, qtbot) -> None:
    # qt-material drew the date field's 日历 as a flat grey label in a tab's filter bar (no red
    # at all) and as a solid red block in a dialog; it is now outlined in red like 导出… in both.
    from PySide6.QtWidgets import QDialog

    from dangjian_desktop.ui.common.date_field import DateField

    theme.apply(QApplication.instance(), mode)
    shares = []
    for host in (QWidget(), QDialog()):
        qtbot.addWidget(host)
        layout = QHBoxLayout(host)
        field = DateField(host)
        layout.addWidget(field)
        host.show()
        qtbot.waitExposed(host)
        image = field.button.grab().toImage()
        w, h = image.width(), image.height()
        edge = image.copy(0, 0, w, 3)  # the top border
        inside = image.copy(4, 4, w - 8, h - 8)
        shares.append((_red_share(edge), _red_share(inside)))
        host.close()
    for edge_red, inside_red in shares:
        assert edge_red > 0.5, shares  # a red outline
        assert 0.02 < inside_red < 0.4, shares  # red text on an unfilled button
    assert field.button.fontInfo().pixelSize() == QPushButton("导出…").fontInfo().pixelSize()


@pytest.mark.parametrize("mode", [settings.THEME_LIGHT, settings.THEME_DARK])
def test_an_unticked_item_of_a_checkable_list_shows_its_box(mode: str, qtbot) -> None:
    # qt-material drew a list item's indicator only once ticked (a bare tick): a secretary
    # could not see that the 结对职工 list or the 承诺 branches list can be ticked.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    theme.apply(QApplication.instance(), mode)
    view = QListWidget()
    qtbot.addWidget(view)
    for name, state in (("邓涛德", Qt.CheckState.Unchecked), ("唐飞峰", Qt.CheckState.Checked)):
        item = QListWidgetItem(name, view)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(state)
    view.resize(300, 120)
    view.show()
    qtbot.waitExposed(view)
    image = view.viewport().grab().toImage()
    boxes = []
    for row in range(2):
        rect = view.visualItemRect(view.item(row))
        box = image.copy(rect.left(), rect.top(), rect.height(), rect.height())  # the indicator's square
        boxes.append(_red_share(box))
    unticked, ticked = boxes
    assert unticked > 0.02, boxes  # the box's red frame
    assert ticked > unticked + 0.05, boxes  # a ticked box is filled
    view.close()
