"""The 三违与事故 tab as a user clicks it: record a 三违 (refused for a person of another branch),
its 帮教, an accident."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from dangjian_desktop.domain.hazards import ViolationKind
from dangjian_desktop.services import violations as vs
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.violations.tab import ViolationsTab
from tests.services.hazard_scene import TODAY, Scene, build


@pytest.fixture
def scene(sqlite_secretary: Ctx) -> Scene:
    return build(sqlite_secretary)


@pytest.fixture
def tab(qtbot, sqlite_secretary: Ctx, scene: Scene) -> ViolationsTab:
    w = ViolationsTab(sqlite_secretary, today=TODAY)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    return w


def _save(qtbot, dlg) -> None:
    qtbot.mouseClick(dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_violation_education_and_accident(tab: ViolationsTab, qtbot, scene: Scene, sqlite_secretary: Ctx):
    qtbot.mouseClick(tab.ui.addViolationButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    assert d is not None and d.windowTitle() == "记录三违"
    d.ui.zoneCombo.setCurrentIndex(d.ui.zoneCombo.findData(scene.zone))
    assert d.ui.personCombo.findData(scene.other_branch_person) < 0  # only the zone's branch is offered
    d.ui.personCombo.setEditText("钱外支（H005）")  # typed anyway: not in the list
    d.ui.textEdit.setPlainText("班中睡岗")
    _save(qtbot, d)
    assert "请选择违章人员" in d.ui.problemLabel.text() and tab.violations.rowCount() == 0
    d.ui.personCombo.setCurrentIndex(d.ui.personCombo.findData(scene.finder))
    d.ui.kindCombo.setCurrentIndex(d.ui.kindCombo.findData(ViolationKind.DISCIPLINE))
    d.ui.dateField.set_value(TODAY - timedelta(days=2))
    with qtbot.waitSignal(tab.changed):
        _save(qtbot, d)
    assert tab.violations.rowCount() == 1
    row = tab.violations.row_at(0)
    assert (row.person, row.member, row.educations) == ("张发现", "赵党员", 0)

    tab.ui.violationTable.selectRow(0)
    qtbot.mouseClick(tab.ui.educationButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    assert d is not None and d.windowTitle() == "帮教"
    d.ui.personCombo.setCurrentIndex(d.ui.personCombo.findData(scene.member))
    d.ui.textEdit.setPlainText("讲清劳动纪律，签订保证书")
    _save(qtbot, d)
    assert tab.violations.row_at(0).educations == 1

    qtbot.mouseClick(tab.ui.addAccidentButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    d.ui.zoneCombo.setCurrentIndex(d.ui.zoneCombo.findData(scene.zone))
    d.ui.personCombo.setCurrentIndex(d.ui.personCombo.findData(scene.rectifier))
    d.ui.textEdit.setPlainText("运输机挤伤")
    _save(qtbot, d)
    assert tab.accidents.rowCount() == 1 and tab.accidents.row_at(0).responsible_person == "李整改"
    with sqlite_secretary.read() as s:
        assert vs.accident_vetoes(s, TODAY - timedelta(days=30), TODAY) == {scene.rectifier}
