"""The 三违与事故 tab as a user clicks it: record a 三违 (refused for a person of another branch),
its 帮教, an accident."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
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


def test_violations_sort_by_a_header_and_education_follows_the_row_clicked(tab: ViolationsTab, qtbot, scene: Scene,
                                                                          sqlite_secretary: Ctx):
    long_text = "讲清劳动纪律和岗位安全规程，结合本班组近三年的典型事故案例逐条对照，签订不再违章保证书并由班长监督" * 2
    for person, kind, days in ((scene.finder, ViolationKind.DISCIPLINE, 5), (scene.rectifier, ViolationKind.OPERATION, 3)):
        vid = vs.record_violation(sqlite_secretary, vs.ViolationInput(person, TODAY - timedelta(days=days), kind,
                                                                      "班中睡岗", scene.zone), TODAY)
    vs.add_education(sqlite_secretary, vid, scene.member, TODAY - timedelta(days=1), long_text, TODAY)
    tab.reload_lists()
    table = tab.ui.violationTable
    people = lambda: [table.model().index(r, 1).data() for r in range(table.model().rowCount())]  # noqa: E731
    assert people() == ["李整改", "张发现"]  # newest first, as read
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(2) + 5, 5))
    assert header.sortIndicatorSection() == 2
    kinds = [table.model().index(r, 2).data() for r in range(2)]
    assert kinds == sorted(kinds) or kinds == sorted(kinds, reverse=True)
    # the row clicked is the one 帮教 opens, whatever the order on screen
    row = people().index("李整改")
    table.selectRow(row)
    qtbot.mouseClick(tab.ui.educationButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    assert d is not None and d.windowTitle() == "帮教" and d.ui.headLabel.text().startswith("李整改")
    # a long 帮教 record wraps in the history list instead of running off to the right
    history = d.ui.historyList
    qtbot.wait(100)
    assert history.item(0).toolTip().endswith(long_text)  # the whole record, when a long one is cut at 3 lines
    assert history.horizontalScrollBar().maximum() == 0
    d.reject()


def test_export_from_the_tab(tab: ViolationsTab, qtbot, scene: Scene, sqlite_secretary: Ctx, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    vs.record_violation(sqlite_secretary, vs.ViolationInput(scene.finder, TODAY - timedelta(days=3),
                                                            ViolationKind.DISCIPLINE, "班中睡岗", scene.zone), TODAY)
    vs.record_accident(sqlite_secretary, vs.AccidentInput(TODAY - timedelta(days=2), "皮带机挤伤手指", scene.zone,
                                                          responsible_person_id=scene.rectifier), TODAY)
    tab.ui.branchCombo.setCurrentIndex(tab.ui.branchCombo.findData(scene.branch))
    out = tmp_path / "三违与事故.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(out), "")))
    assert tab.ui.exportButton.text() == "导出…"
    qtbot.mouseClick(tab.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已导出" in tab.ui.messageLabel.text(), timeout=20000)
    assert tab.ui.messageLabel.text() == f"已导出三违 1 起、事故 1 起：{out}"
    wb = load_workbook(out)
    assert [c.value for c in wb["三违"][4]][1:3] == ["张发现", "违反劳动纪律"]
    assert [c.value for c in wb["事故"][4]][4] == "皮带机挤伤手指"


def test_a_long_zone_name_leaves_room_for_what_happened(qtbot, sqlite_secretary: Ctx, scene: Scene):
    # 责任区 was sized to its longest name and 违章情况 was cut to 「在安全…」 at 1024 wide.
    from dangjian_desktop.domain.zones import Zone

    with sqlite_secretary.db.uow() as s:  # a long name, as the large demo's
        s.get(Zone, scene.zone).name = "综采二区采煤一班支架工党员示范岗综采工作面机头机尾安全责任区"
    vs.record_violation(sqlite_secretary, vs.ViolationInput(scene.finder, TODAY - timedelta(days=3),
                                                            ViolationKind.COMMAND, "在安全措施未落实时指挥继续作业",
                                                            scene.zone), TODAY)
    w = ViolationsTab(sqlite_secretary, today=TODAY)
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    header = w.ui.violationTable.horizontalHeader()
    assert header.sectionSize(6) >= header.sectionSize(4)  # 违章情况 at least as wide as 责任区
    tip = w.violations.data(w.violations.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    assert tip == "综采二区采煤一班支架工党员示范岗综采工作面机头机尾安全责任区"
