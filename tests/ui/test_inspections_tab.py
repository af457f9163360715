"""The 安全巡视 tab as a user clicks it: the seeds' checklists appear, plan an inspection (group,
route), record results (a 不符合 without a department refused; then it becomes a hazard), the
next round lists it first, the report is printed, the secretary edits a checklist."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from dangjian_desktop.domain.hazards import HazardSource, HazardStatus
from dangjian_desktop.domain.inspections import FindingOutcome, InspectionStatus
from dangjian_desktop.services import hazards
from dangjian_desktop.services import inspections as ins
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.inspections.tab import InspectionsTab
from tests.services.hazard_scene import TODAY, Scene, build

from ..conftest import viewer_of


@pytest.fixture
def scene(sqlite_secretary: Ctx) -> Scene:
    return build(sqlite_secretary)


def _tab(qtbot, ctx: Ctx, today=TODAY) -> InspectionsTab:
    w = InspectionsTab(ctx, today=today)
    qtbot.addWidget(w)
    w.resize(1280, 760)
    w.show()
    return w


def _save(qtbot, dlg) -> None:
    qtbot.mouseClick(dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _plan(qtbot, tab: InspectionsTab, scene: Scene, title: str) -> None:
    qtbot.mouseClick(tab.ui.planButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    d.ui.branchCombo.setCurrentIndex(d.ui.branchCombo.findData(scene.branch))
    d.ui.titleEdit.setText(title)
    d.ui.templateCombo.setCurrentIndex(1)  # 现场安全文明生产检查表
    _save(qtbot, d)
    assert "请选择巡视组成员" in d.ui.problemLabel.text()  # nothing chosen yet: refused, kept open
    d.ui.memberFilterEdit.setText("赵")
    visible = [d.ui.memberList.item(i) for i in range(d.ui.memberList.count()) if not d.ui.memberList.item(i).isHidden()]
    assert [i.text() for i in visible] == ["赵党员（H004）"]  # members only, filtered by name
    d.ui.memberList.setCurrentItem(visible[0])
    qtbot.mouseClick(d.ui.addMemberButton, Qt.MouseButton.LeftButton)
    d.add_member(scene.verifier)
    assert d.ui.groupList.item(0).text().endswith("组长")
    d.ui.zoneCombo.setCurrentIndex(d.ui.zoneCombo.findData(scene.zone))
    qtbot.mouseClick(d.ui.addZoneButton, Qt.MouseButton.LeftButton)
    d.ui.placeEdit.setText("主井口")
    qtbot.mouseClick(d.ui.addPlaceButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.changed):
        _save(qtbot, d)


def test_plan_record_carry_over_and_print(qtbot, sqlite_secretary: Ctx, scene: Scene, tmp_path: Path):
    tab = _tab(qtbot, sqlite_secretary, TODAY - timedelta(days=30))
    assert [t.name for t in ins.list_templates(sqlite_secretary)] == ["党管安全责任落实表", "现场安全文明生产检查表"]
    _plan(qtbot, tab, scene, "十月巡视")
    row = tab.selected()
    assert row is not None and row.title == "十月巡视" and row.status is InspectionStatus.PLANNED
    # the title is cut in a narrow list and the same title recurs per branch: its tooltip names the branch
    tip = tab.inspections.data(tab.inspections.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert row.branch and tip == f"十月巡视（{row.branch}）"
    assert "赵党员（组长）、王验收" in tab.ui.infoLabel.text() and "综采工作面 → 主井口" in tab.ui.infoLabel.text()

    qtbot.mouseClick(tab.ui.resultsButton, Qt.MouseButton.LeftButton)
    r = tab.dialog
    assert r.ui.templateCombo.currentText() == "现场安全文明生产检查表" and r.ui.resultTable.rowCount() == 7
    r.set_result(1, FindingOutcome.FAIL, "皮带机尾护罩缺失", zone_id=scene.zone)
    _save(qtbot, r)
    assert "须填写责任部门和整改期限" in r.ui.problemLabel.text()
    assert ins.get_inspection(sqlite_secretary, row.id).findings == ()  # nothing written
    r.set_result(1, FindingOutcome.FAIL, "皮带机尾护罩缺失", "机电科", TODAY - timedelta(days=20), scene.zone)
    with qtbot.waitSignal(tab.changed):
        _save(qtbot, r)
    assert "1 项不符合已进入隐患台账" in tab.ui.messageLabel.text()
    assert tab.findings.rowCount() == 7
    [found] = [h for h in hazards.list_hazards(sqlite_secretary, hazards.HazardFilter(today=TODAY))
               if h.source is HazardSource.INSPECTION]
    assert found.status is HazardStatus.OPEN and found.finding_id is not None and found.responsible_dept == "机电科"

    later = _tab(qtbot, sqlite_secretary, TODAY)
    _plan(qtbot, later, scene, "十一月巡视")
    assert later.carried.rowCount() == 1
    carried = later.carried.row_at(0)
    assert carried.comment == "皮带机尾护罩缺失" and carried.overdue and carried.inspection_title == "十月巡视"

    out = tmp_path / "report.pdf"
    later.select(row.id)
    later.report_to(str(out))
    qtbot.waitUntil(lambda: "已生成巡视报告" in later.ui.messageLabel.text(), timeout=15000)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "十月巡视" in text and "皮带机尾护罩缺失" in text and "主井口" in text


def test_secretary_edits_a_checklist_and_viewer_cannot(qtbot, sqlite_secretary: Ctx, scene: Scene):
    tab = _tab(qtbot, sqlite_secretary)
    qtbot.mouseClick(tab.ui.templatesButton, Qt.MouseButton.LeftButton)
    d = tab.dialog
    n = d.ui.itemTable.rowCount()
    qtbot.mouseClick(d.ui.addItemButton, Qt.MouseButton.LeftButton)
    d.ui.itemTable.item(n, 0).setText("双查五找")
    d.ui.itemTable.item(n, 1).setText("支委会研究双查五找工作")
    qtbot.mouseClick(d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert ins.list_templates(sqlite_secretary)[0].items[-1].text == "支委会研究双查五找工作"
    d.reject()
    viewer = _tab(qtbot, viewer_of(sqlite_secretary))
    assert not viewer.ui.planButton.isEnabled() and not viewer.ui.templatesButton.isEnabled()


def test_the_tab_opens_on_the_latest_inspection_and_keeps_a_chosen_one(qtbot, sqlite_secretary: Ctx, scene: Scene):
    # It opened with nothing selected and an empty detail pane; the other tabs show their first row.
    def planned(title: str, days_ago: int) -> int:
        return ins.create_inspection(sqlite_secretary, ins.InspectionInput(
            scene.branch, title, TODAY - timedelta(days=days_ago), (scene.member, scene.verifier),
            (ins.Stop(scene.zone),)))

    older, latest = planned("十月巡视", 30), planned("十一月巡视", 2)
    tab = _tab(qtbot, sqlite_secretary)
    row = tab.selected()
    assert row is not None and row.id == latest
    assert "十一月巡视" in tab.ui.infoLabel.text() and tab.ui.printButton.isEnabled()
    table = tab.ui.inspectionTable
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(tab.inspections.index(1, 1)).center())
    assert tab.selected().id == older and "十月巡视" in tab.ui.infoLabel.text()
    tab.ui.branchCombo.setCurrentIndex(tab.ui.branchCombo.findData(scene.branch))  # the chosen one is kept
    assert tab.selected().id == older
    tab.ui.branchCombo.setCurrentIndex(tab.ui.branchCombo.findData(scene.branch2))  # none there: nothing to show
    assert tab.selected() is None and tab.ui.infoLabel.text() == "选择左侧的一次巡视查看详情。"
    tab.ui.branchCombo.setCurrentIndex(0)
    assert tab.selected().id == latest
