"""The 隐患台账 tab as a user clicks it: overdue first and tinted, filters, record a hazard with
photos, start, rectify, verify (not by the rectifier), send back, export the current filter."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox

from dangjian_desktop.domain.hazard_rules import HazardInput
from dangjian_desktop.domain.hazards import HazardLevel, HazardStatus
from dangjian_desktop.services import hazards
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.hazards.model import COL_DESCRIPTION, COL_STATUS
from dangjian_desktop.ui.hazards.tab import STATUS_FILTERS, HazardsTab
from tests.services.hazard_scene import TODAY, Scene, build

from ..conftest import viewer_of


@pytest.fixture
def scene(sqlite_secretary: Ctx) -> Scene:
    sc = build(sqlite_secretary)
    for desc, found, due in (("皮带机护罩缺失", 20, -3), ("消防器材过期", 2, 4), ("照明不足", 10, 10)):
        hazards.create_hazard(sqlite_secretary, HazardInput(TODAY - timedelta(days=found), desc,
                                                            TODAY + timedelta(days=due), sc.zone,
                                                            finder_id=sc.finder), TODAY)
    return sc


@pytest.fixture
def tab(qtbot, sqlite_secretary: Ctx, scene: Scene) -> HazardsTab:
    w = HazardsTab(sqlite_secretary, today=TODAY)
    qtbot.addWidget(w)
    w.resize(1280, 760)
    w.show()
    return w


def _descriptions(tab: HazardsTab) -> list[str]:
    m = tab.model
    return [m.data(m.index(i, COL_DESCRIPTION)) for i in range(m.rowCount())]


def _select(tab: HazardsTab, text: str) -> None:
    tab._select_row(_descriptions(tab).index(text))


def test_overdue_first_tinted_and_counted(tab: HazardsTab):
    assert _descriptions(tab)[0] == "皮带机护罩缺失"
    m = tab.model
    assert isinstance(m.data(m.index(0, COL_STATUS), Qt.ItemDataRole.BackgroundRole), QBrush)
    assert m.data(m.index(1, COL_STATUS), Qt.ItemDataRole.BackgroundRole) is None
    assert m.data(m.index(0, 1)) == "3 天"
    assert tab.ui.countLabel.text() == "共 3 条（逾期 1 条）"


def test_filters(tab: HazardsTab, qtbot):
    tab.ui.statusCombo.setCurrentIndex(len(STATUS_FILTERS) - 1)  # 逾期
    assert _descriptions(tab) == ["皮带机护罩缺失"]
    tab.ui.statusCombo.setCurrentIndex(0)
    tab.ui.searchEdit.setText("照明")
    qtbot.waitUntil(lambda: _descriptions(tab) == ["照明不足"], timeout=3000)
    qtbot.mouseClick(tab.ui.clearFilterButton, Qt.MouseButton.LeftButton)
    assert len(_descriptions(tab)) == 3 and tab.ui.searchEdit.text() == ""
    tab.ui.levelCombo.setCurrentIndex(tab.ui.levelCombo.findData(HazardLevel.SEVERE))
    assert _descriptions(tab) == [] and not tab.ui.exportButton.isEnabled()


def _png(path: Path, w: int, h: int) -> Path:
    img = QImage(w, h, QImage.Format.Format_RGB32)
    img.fill(QColor("#3366cc"))
    assert img.save(str(path), "PNG")
    return path


def test_record_with_photos_then_rectify_verify_and_send_back(tab: HazardsTab, qtbot, scene: Scene,
                                                             sqlite_secretary: Ctx, tmp_path: Path):
    ui = tab.ui
    qtbot.mouseClick(ui.addButton, Qt.MouseButton.LeftButton)
    dlg = tab.hazard_dialog
    assert dlg is not None and dlg.windowTitle() == "登记隐患"
    d = dlg.ui
    d.zoneCombo.setCurrentIndex(d.zoneCombo.findData(scene.zone))
    d.finderCombo.setCurrentIndex(d.finderCombo.findData(scene.finder))
    d.levelCombo.setCurrentIndex(d.levelCombo.findData(HazardLevel.SEVERE))
    d.descriptionEdit.setPlainText("瓦斯探头失灵")
    d.deptEdit.setText("通风科")
    d.responsibleCombo.setCurrentIndex(d.responsibleCombo.findData(scene.rectifier))
    # bad input first: a deadline before the date found; a file that is not an image
    d.deadlineDate.set_value(TODAY - timedelta(days=1))
    not_image = tmp_path / "说明.jpg"
    not_image.write_text("这不是图片")
    dlg.add_photo_files(hazards.PhotoStage.BEFORE, [str(not_image)])
    assert "不是可识别的图片" in d.problemLabel.text() and dlg.photo_count() == 0
    dlg.add_photo_files(hazards.PhotoStage.BEFORE, [str(_png(tmp_path / "big.png", 3200, 1200))])
    assert dlg.photo_count() == 1
    qtbot.mouseClick(d.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert "早于发现日期" in d.problemLabel.text() and tab.model.total == 3  # nothing written
    d.deadlineDate.set_value(TODAY + timedelta(days=2))
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(d.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert tab.model.total == 4
    row = tab.selected_hazard()
    assert row is not None and row.description == "瓦斯探头失灵" and row.level is HazardLevel.SEVERE
    detail = hazards.get_hazard(sqlite_secretary, row.id)
    assert len(detail.photos) == 1
    stored = QImage.fromData(hazards.photo_bytes(sqlite_secretary, detail.photos[0].id), "JPEG")
    assert (stored.width(), stored.height()) == (1600, 600)
    # the photo opens at its stored size from the dialog
    qtbot.mouseClick(ui.editButton, Qt.MouseButton.LeftButton)
    editor = tab.hazard_dialog
    assert editor is not None and editor.photo_count() == 1
    editor.show_photo(editor.ui.photoList.item(0))
    assert editor.photo_dialog is not None and editor.photo_dialog.ui.imageLabel.pixmap().width() == 1600
    editor.photo_dialog.reject()
    editor.reject()

    assert ui.startButton.isEnabled() and not ui.verifyButton.isEnabled()
    qtbot.mouseClick(ui.startButton, Qt.MouseButton.LeftButton)
    assert tab.selected_hazard().status is HazardStatus.IN_PROGRESS  # type: ignore[union-attr]

    qtbot.mouseClick(ui.rectifiedButton, Qt.MouseButton.LeftButton)
    s = tab.status_dialog
    assert s is not None and s.ui.personCombo.currentData() == scene.rectifier  # the responsible person
    qtbot.mouseClick(s.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert tab.selected_hazard().status is HazardStatus.AWAITING_CHECK  # type: ignore[union-attr]

    qtbot.mouseClick(ui.sendBackButton, Qt.MouseButton.LeftButton)
    s = tab.status_dialog
    s.ui.personCombo.setCurrentIndex(s.ui.personCombo.findData(scene.verifier))
    qtbot.mouseClick(s.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert "退回整改的原因" in s.ui.problemLabel.text()
    s.ui.reasonEdit.setPlainText("探头未校准")
    qtbot.mouseClick(s.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert tab.selected_hazard().status is HazardStatus.IN_PROGRESS  # type: ignore[union-attr]

    qtbot.mouseClick(ui.rectifiedButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.status_dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.verifyButton, Qt.MouseButton.LeftButton)
    s = tab.status_dialog
    s.ui.personCombo.setCurrentIndex(s.ui.personCombo.findData(scene.rectifier))  # the rectifier: refused
    qtbot.mouseClick(s.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert "验收人不能是整改人" in s.ui.problemLabel.text()
    s.ui.personCombo.setCurrentIndex(s.ui.personCombo.findData(scene.verifier))
    qtbot.mouseClick(s.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    closed = tab.selected_hazard()
    assert closed is not None and closed.status is HazardStatus.CLOSED and closed.verified_by == "王验收"
    assert not any(b.isEnabled() for b in (ui.startButton, ui.rectifiedButton, ui.verifyButton, ui.sendBackButton))


def test_export_the_current_filter(tab: HazardsTab, qtbot, tmp_path: Path):
    tab.ui.statusCombo.setCurrentIndex(len(STATUS_FILTERS) - 1)  # 逾期
    out = tmp_path / "逾期.xlsx"
    tab.export_to(str(out))
    qtbot.waitUntil(lambda: "已导出隐患台账" in tab.ui.messageLabel.text(), timeout=10000)
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    assert [r[5] for r in rows] == ["皮带机护罩缺失"] and "逾期" in str(ws["A2"].value)


def test_viewer_sees_but_cannot_change(qtbot, sqlite_secretary: Ctx, scene: Scene):
    w = HazardsTab(viewer_of(sqlite_secretary), None, lambda: TODAY)  # the window passes its clock
    qtbot.addWidget(w)
    w._select_row(0)
    assert not w.ui.addButton.isEnabled() and not w.ui.startButton.isEnabled()
    assert w.ui.editButton.text() == "查看…" and w.ui.editButton.isEnabled()
    w.edit_selected()
    assert w.hazard_dialog is not None and w.hazard_dialog.read_only
    w.hazard_dialog.reject()


def test_worklist_target_selects_the_hazard(tab: HazardsTab, sqlite_secretary: Ctx):
    from dangjian_desktop.services.worklist import WorkTarget

    tab.ui.searchEdit.setText("不相干")
    tab.apply_filter()
    hid = hazards.list_hazards(sqlite_secretary, hazards.HazardFilter(text="照明", today=TODAY))[0].id
    tab.show_target(WorkTarget("hazard", hid))
    assert tab.selected_hazard() is not None and tab.selected_hazard().id == hid  # type: ignore[union-attr]
    tab.show_target(WorkTarget("hazards_overdue", None))
    assert _descriptions(tab) == ["皮带机护罩缺失"]


def test_worklist_summary_opens_the_tab_filtered(tab: HazardsTab, sqlite_secretary: Ctx, scene: Scene):
    from dangjian_desktop.services.worklist import WorkTarget

    h = hazards.list_hazards(sqlite_secretary, hazards.HazardFilter(text="照明", today=TODAY))[0]
    hazards.start_rectification(sqlite_secretary, h.id, h.version)
    hazards.mark_rectified(sqlite_secretary, h.id, h.version + 1, scene.rectifier, TODAY, TODAY)
    tab.show_target(WorkTarget("hazards_awaiting", scene.branch))
    assert _descriptions(tab) == ["照明不足"] and tab.ui.statusCombo.currentText() == "待验收"
    tab.show_target(WorkTarget("hazards_due_soon", scene.branch))
    assert tab.ui.statusCombo.currentText() == "未闭合" and "照明不足" in _descriptions(tab)


def test_a_hazard_without_a_zone_is_edited_in_its_branch(qtbot, tab: HazardsTab, sqlite_secretary: Ctx,
                                                         scene: Scene):
    hid = hazards.create_hazard(sqlite_secretary, HazardInput(TODAY, "井口照明不足", TODAY + timedelta(days=3),
                                                              branch_id=scene.branch), TODAY)
    tab.show_hazard(hid)
    tab.edit_selected()
    d = tab.hazard_dialog
    assert d is not None and d.ui.zoneCombo.currentText() == ""
    assert d.ui.finderCombo.findData(scene.finder) >= 0  # the branch's people, without a zone
    d.ui.descriptionEdit.setPlainText("井口照明灯损坏")
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    row = hazards.get_hazard(sqlite_secretary, hid).row
    assert (row.description, row.branch_id, row.zone_id) == ("井口照明灯损坏", scene.branch, None)


def test_remove_photo_is_enabled_only_with_a_photo_selected(tab: HazardsTab, qtbot, tmp_path: Path):
    qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    dlg = tab.hazard_dialog
    assert dlg is not None
    d = dlg.ui
    assert not d.removePhotoButton.isEnabled()  # nothing to remove yet
    dlg.add_photo_files(hazards.PhotoStage.BEFORE, [str(_png(tmp_path / "a.png", 40, 30))])
    assert dlg.photo_count() == 1 and not d.removePhotoButton.isEnabled()
    item = d.photoList.item(0)
    qtbot.mouseClick(d.photoList.viewport(), Qt.MouseButton.LeftButton, pos=d.photoList.visualItemRect(item).center())
    assert d.removePhotoButton.isEnabled()
    qtbot.mouseClick(d.removePhotoButton, Qt.MouseButton.LeftButton)
    assert dlg.photo_count() == 0 and not d.removePhotoButton.isEnabled()
    dlg.reject()


def test_hazard_photo_scaled_to_its_own_1600_px_limit(tmp_path: Path):
    from dangjian_desktop.domain.errors import ValidationError
    from dangjian_desktop.ui.hazards.photos import load_as_jpeg

    jpeg = load_as_jpeg(str(_png(tmp_path / "big.png", 3200, 1200)))
    loaded = QImage.fromData(jpeg)
    assert jpeg[:2] == b"\xff\xd8" and (loaded.width(), loaded.height()) == (1600, 600)
    assert QImage.fromData(load_as_jpeg(str(_png(tmp_path / "small.png", 800, 300)))).width() == 800  # not enlarged
    huge = tmp_path / "huge.png"
    with huge.open("wb") as f:
        f.truncate(21 * 1024 * 1024)
    with pytest.raises(ValidationError, match="最大 20 MB"):
        load_as_jpeg(str(huge))
