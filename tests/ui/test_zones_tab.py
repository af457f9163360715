"""The 责任区 tab as a secretary uses it: create a zone, complete its 五明确, record a report,
see it 已报 on the board, revoke with a reason, export; the board with 600 zones; photos."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.domain.zones import Zone, ZoneKind, ZoneStatus
from dangjian_desktop.services import roster, zones
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common import photo
from dangjian_desktop.ui.zones.board import BoardDelegate
from dangjian_desktop.ui.zones.model import COL_WEEK
from dangjian_desktop.ui.zones.tab import PAGE_BOARD, ZonesTab

from ..conftest import viewer_of

TODAY = date(2026, 11, 26)


@pytest.fixture
def org(sqlite_secretary: Ctx) -> dict[str, int]:
    ctx = sqlite_secretary
    b = roster.create_branch(ctx, "综采二区党支部")
    u = roster.create_unit(ctx, b, "综采二区")
    ids = {"branch": b, "unit": u}
    for name, no, status in (("张伟", "A1", PoliticalStatus.MEMBER), ("赵磊", "A2", PoliticalStatus.MEMBER),
                             ("王芳", "A3", PoliticalStatus.MASSES)):
        ids[name] = roster.add_person(ctx, PersonInput(
            name=name, employee_no=no, branch_id=b, unit_id=u, political_status=status,
            joined_party_on=date(2010, 7, 1) if status.is_party_member else None), TODAY).id
    return ids


@pytest.fixture
def tab(qtbot, sqlite_secretary, org) -> ZonesTab:
    w = ZonesTab(sqlite_secretary, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    return w


def test_the_secretary_sets_up_a_zone_reports_and_sees_it_on_the_board(qtbot, tab, org, sqlite_secretary, tmp_path):
    ui = tab.ui
    assert ui.branchCombo.currentData() == org["branch"]  # the only branch is chosen
    qtbot.mouseClick(ui.addButton, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    d = dlg.ui
    d.nameEdit.setText("8101工作面安全责任区")
    d.areaEdit.setPlainText("8101 工作面及两巷")
    d.memberCombo.setCurrentIndex(d.memberCombo.findData(org["张伟"]))
    assert d.memberCombo.findData(org["王芳"]) < 0  # only Party members may be the 示范者
    d.basisEdit.setPlainText("《煤矿安全规程》")
    d.startDate.setText("2026-01-05")
    d.endDate.setText("2026-12-31")
    assert "草稿" in d.statusLine.text() and "明确考核人和考核标准" in d.statusLine.text()
    d.pages.setCurrentWidget(d.workersPage)
    item = next(d.workerList.item(i) for i in range(d.workerList.count())
                if d.workerList.item(i).data(Qt.ItemDataRole.UserRole) == org["王芳"])
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(d.saveButton, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    assert tab.model.total == 1
    row = tab.model.row_at(0)
    assert row.status is ZoneStatus.DRAFT

    # complete the 五明确 a few days later
    tab.ui.zoneTable.selectRow(0)
    qtbot.mouseClick(ui.editButton, Qt.MouseButton.LeftButton)
    d = tab.dialog.ui
    assert [w.name for w in zones.get_zone(sqlite_secretary, row.id, TODAY).workers] == ["王芳"]
    d.assessorCombo.setCurrentIndex(d.assessorCombo.findData(org["赵磊"]))
    d.assessStdEdit.setPlainText("每月考核一次")
    assert "在岗" in d.statusLine.text()
    qtbot.mouseClick(d.saveButton, Qt.MouseButton.LeftButton)
    row = tab.model.row_at(0)
    assert row.status is ZoneStatus.ACTIVE
    assert tab.model.data(tab.model.index(0, COL_WEEK)) == "未报"

    # record this week's report
    tab.ui.zoneTable.selectRow(0)
    qtbot.mouseClick(ui.reportButton, Qt.MouseButton.LeftButton)
    r = tab.dialog.ui
    r.contentEdit.setPlainText("本周检查三次，无隐患")
    qtbot.mouseClick(r.saveButton, Qt.MouseButton.LeftButton)
    assert tab.model.data(tab.model.index(0, COL_WEEK)) == "已报"

    # the board shows it 已报
    tab.ui.viewTabs.setCurrentIndex(PAGE_BOARD)
    board = tab.board_model
    assert board.rowCount() == 1 and board.row_at(0).reported_this_week
    assert isinstance(ui.boardView.itemDelegate(), BoardDelegate)
    image = ui.boardView.viewport().grab().toImage()
    assert not image.isNull()

    # revoke it with a reason, from the board
    ui.boardView.setCurrentIndex(board.index(0))
    qtbot.mouseClick(ui.revokeButton, Qt.MouseButton.LeftButton)
    rv = tab.dialog.ui
    qtbot.mouseClick(rv.saveButton, Qt.MouseButton.LeftButton)  # no reason: refused, dialog stays
    assert rv.problemsLabel.isVisible() and "摘牌原因" in rv.problemsLabel.text()
    rv.reasonEdit.setPlainText("季讲评排名末位")
    qtbot.mouseClick(rv.saveButton, Qt.MouseButton.LeftButton)
    assert board.row_at(0).status is ZoneStatus.REVOKED

    # export the list
    out = tmp_path / "zones.xlsx"
    tab.export_zones(str(out))
    qtbot.waitUntil(lambda: "已导出" in ui.messageLabel.text(), timeout=10_000)
    ws = load_workbook(out).active
    assert ws.cell(4, 5).value == "8101工作面安全责任区" and ws.cell(4, 13).value == "摘牌"


def test_bad_input_keeps_the_dialog_open(qtbot, tab, org, sqlite_secretary):
    qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    d = tab.dialog.ui
    d.nameEdit.setText("责任区")
    d.startDate.setText("2026-12-01")
    d.endDate.setText("2026-11-01")
    qtbot.mouseClick(d.saveButton, Qt.MouseButton.LeftButton)
    assert tab.dialog is not None and d.problemsLabel.isVisible()
    assert "早于开始日期" in d.problemsLabel.text()
    with sqlite_secretary.read() as s:
        assert s.query(Zone).count() == 0


def test_a_viewer_only_looks(qtbot, sqlite_secretary, org):
    z = zones.create_zone(sqlite_secretary, zones.ZoneInput(branch_id=org["branch"], name="思想责任区",
                                                            kind=ZoneKind.THOUGHT), TODAY)
    w = ZonesTab(viewer_of(sqlite_secretary), today=lambda: TODAY)
    qtbot.addWidget(w)
    w.ui.zoneTable.selectRow(0)
    assert not w.ui.addButton.isEnabled() and not w.ui.revokeButton.isEnabled()
    assert w.ui.editButton.text() == "查看…"
    dlg = w.open_zone(z.id)
    assert dlg is not None and dlg.ui.saveButton.isHidden()


def test_the_board_holds_600_zones_as_painted_cards(qtbot, sqlite_secretary, org):
    with sqlite_secretary.db.uow() as s:
        s.add_all(Zone(branch_id=org["branch"], unit_id=org["unit"], name=f"第{i}责任区", kind=list(ZoneKind)[i % 4],
                       status=ZoneStatus.ACTIVE, starts_on=date(2026, 1, 1), ends_on=date(2027, 1, 1))
                  for i in range(600))
    w = ZonesTab(sqlite_secretary, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.show_board()
    view = w.ui.boardView
    assert w.board_model.rowCount() == 600
    assert view.uniformItemSizes() and view.indexWidget(w.board_model.index(0)) is None
    assert len(view.viewport().findChildren(QWidget)) < 5  # painted, not a widget per zone
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # laid out (the view lays out in the event loop)
    bar.setValue(bar.maximum())
    assert view.indexAt(view.viewport().rect().center()).row() > 500
    # filtered by kind: the board follows the filter bar
    w.ui.kindCombo.setCurrentIndex(w.ui.kindCombo.findData(ZoneKind.SAFETY.name))
    assert w.board_model.rowCount() == 150


def test_the_grid_lists_what_is_missing(qtbot, tab, org, sqlite_secretary):
    zones.create_zone(sqlite_secretary, zones.ZoneInput(
        branch_id=org["branch"], name="安全责任区", kind=ZoneKind.SAFETY, area="工作面", member_id=org["张伟"],
        basis_and_standard="规程", assessor_id=org["赵磊"], assessment_standard="月考核",
        starts_on=TODAY - timedelta(days=30), ends_on=TODAY + timedelta(days=300)), TODAY)
    tab.apply_filter()
    tab.show_compliance()
    assert tab.grid_model.rowCount() == 1 and tab.grid_model.columnCount() == 2 + 13 + 6 + 2
    assert "安全责任区（张伟）：缺周报" in tab.ui.missingText.toPlainText()


def test_photo_scaled_to_a_small_jpeg_and_bad_files_refused(tmp_path: Path):
    big = QImage(2400, 1600, QImage.Format.Format_RGB32)
    big.fill(QColor("#3366cc"))
    path = tmp_path / "photo.png"
    assert big.save(str(path))
    jpeg = photo.photo_from_file(path)
    loaded = QImage.fromData(jpeg)
    assert jpeg[:2] == b"\xff\xd8" and len(jpeg) <= 200 * 1024
    assert max(loaded.width(), loaded.height()) == 600
    text = tmp_path / "note.jpg"
    text.write_text("不是图片")
    with pytest.raises(ValidationError, match="不是可识别的图片"):
        photo.photo_from_file(text)
    huge = tmp_path / "huge.png"
    with huge.open("wb") as f:
        f.truncate(21 * 1024 * 1024)
    with pytest.raises(ValidationError, match="最大 20 MB"):
        photo.photo_from_file(huge)


def test_photo_set_from_the_zone_dialog(qtbot, tab, org, sqlite_secretary, tmp_path):
    img = QImage(800, 1000, QImage.Format.Format_RGB32)
    img.fill(QColor("#cc3333"))
    path = tmp_path / "member.jpg"
    img.save(str(path))
    dlg = tab.add_zone()
    d = dlg.ui
    d.memberCombo.setCurrentIndex(d.memberCombo.findData(org["张伟"]))
    assert dlg.set_photo_file(str(path))
    stored = zones.get_photo(sqlite_secretary, org["张伟"])
    assert stored is not None and QImage.fromData(stored).height() == 600
    assert d.photoLabel.pixmap() is not None and not d.photoLabel.pixmap().isNull()
    assert not dlg.set_photo_file(str(tmp_path / "missing.png"))


_FRESH_START = """
import json, sys
from dangjian_desktop.app import make_application
from dangjian_desktop.services import auth
from dangjian_desktop.services.uow import Database
from dangjian_desktop.ui.main_window import MainWindow

app = make_application()
db = Database(sys.argv[1])
window = MainWindow(db, auth.login(db, "shuji", "secret123"))
window.show()
app.processEvents()
out = {"at_start": sorted(m for m in sys.modules if m.startswith("dangjian_desktop.ui.zones"))}
from PySide6.QtWidgets import QFileDialog
QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: ("", ""))  # 导出责任区一览…, then cancelled
window.tabs.action("zones", "export").trigger()
app.processEvents()
out["after"] = "dangjian_desktop.ui.zones.tab" in sys.modules
out["shown"] = window.ui.tabWidget.currentWidget() is window.tabs.pages["zones"]
print(json.dumps(out))
window.close()
"""


def test_the_tab_package_is_imported_only_when_first_used(sqlite_secretary: Ctx, tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    url = sqlite_secretary.db.url
    sqlite_secretary.db.dispose()
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(root))
    done = subprocess.run([sys.executable, "-c", _FRESH_START, url], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out == {"at_start": [], "after": True, "shown": True}


def test_photo_set_from_the_person_dialog(qtbot, sqlite_secretary, org, tmp_path):
    from dangjian_desktop.ui.roster.dialogs import PersonDialog

    img = QImage(1200, 900, QImage.Format.Format_RGB32)
    img.fill(QColor("#33aa55"))
    path = tmp_path / "p.bmp"
    img.save(str(path))
    dlg = PersonDialog(sqlite_secretary, roster.get_person(sqlite_secretary, org["张伟"]))
    qtbot.addWidget(dlg)
    assert dlg.ui.photoButton.isEnabled()
    assert dlg.photo.set_file(str(path))
    assert QImage.fromData(zones.get_photo(sqlite_secretary, org["张伟"])).width() == 600
    new = PersonDialog(sqlite_secretary, branch_id=org["branch"])
    qtbot.addWidget(new)
    assert not new.ui.photoButton.isEnabled()  # saved first


def test_print_from_the_board_prints_the_selected_zones(qtbot, sqlite_secretary, org):
    from dangjian_desktop.services import cards

    full = dict(branch_id=org["branch"], kind=ZoneKind.SAFETY, area="工作面", basis_and_standard="规程",
                assessor_id=org["赵磊"], assessment_standard="月考核", starts_on=date(2026, 1, 1),
                ends_on=date(2026, 12, 31))
    a = zones.create_zone(sqlite_secretary, zones.ZoneInput(name="甲责任区", member_id=org["张伟"], **full), TODAY)
    zones.create_zone(sqlite_secretary, zones.ZoneInput(name="乙责任区", member_id=org["赵磊"], **full), TODAY)
    w = ZonesTab(sqlite_secretary, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    w.show_board()
    row = w.board_model.find_row(a.id)
    w.ui.boardView.selectionModel().select(w.board_model.index(row), w.ui.boardView.selectionModel().SelectionFlag.Select)
    w.print_cards()
    dlg = w.print_dialog
    assert dlg is not None and "选中的 1 个" in dlg.ui.descriptionLabel.text()
    data = cards.load("zone-cards", sqlite_secretary, dlg.selection())
    assert [c.name for c in data.items] == ["甲责任区"]
    dlg.close()


def test_quick_entry_suggestion_and_end_from_the_tab(qtbot, tab, org, sqlite_secretary, msgbox):
    full = dict(branch_id=org["branch"], unit_id=org["unit"], kind=ZoneKind.SAFETY, area="工作面",
                basis_and_standard="规程", assessor_id=org["赵磊"], assessment_standard="月考核",
                starts_on=date(2026, 1, 5), ends_on=date(2026, 12, 31))
    zones.create_zone(sqlite_secretary, zones.ZoneInput(name="甲责任区", member_id=org["张伟"], **full), TODAY)
    zones.create_zone(sqlite_secretary, zones.ZoneInput(name="乙责任区", member_id=org["赵磊"], **full), TODAY)
    tab.apply_filter()
    qtbot.mouseClick(tab.ui.quickButton, Qt.MouseButton.LeftButton)
    q = tab.dialog.ui
    assert q.zoneList.count() == 2
    qtbot.mouseClick(q.allButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(q.saveButton, Qt.MouseButton.LeftButton)
    assert tab.dialog is None or not tab.dialog.isVisible()
    assert all(tab.model.row_at(i).reported_this_week for i in range(2))
    assert "已记周报 2 个责任区" in tab.ui.messageLabel.text()

    tab.ui.zoneTable.selectRow(0)
    qtbot.mouseClick(tab.ui.suggestionButton, Qt.MouseButton.LeftButton)
    sg = tab.dialog.ui
    sg.contentEdit.setPlainText("建议增设警示牌")
    qtbot.mouseClick(sg.saveButton, Qt.MouseButton.LeftButton)
    assert tab.model.row_at(0).suggested_this_month

    tab.ui.zoneTable.selectRow(1)
    name = tab.model.row_at(1).name
    qtbot.mouseClick(tab.ui.endButton, Qt.MouseButton.LeftButton)  # the question is answered 是
    assert msgbox.texts("question")[-1] == (f"“{name}”原定 2026-12-31 期满，现提前于今天（2026-11-26）结束，"
                                            "不再上墙公示？")  # a month early: not called 今天期满
    ended = next(tab.model.row_at(i) for i in range(2) if tab.model.row_at(i).name == name)
    assert ended.status is ZoneStatus.ENDED and ended.ends_on == TODAY


def test_a_zones_hazard_count_opens_the_hazard_ledger_on_that_zone(qtbot, sqlite_secretary, org):
    """The 隐患 count of a zone (a cell of the list, the line on a board card) is a link: a
    click opens the 隐患台账 on the zone's hazards not yet closed."""
    from dangjian_desktop.domain.hazard_rules import HazardInput
    from dangjian_desktop.services import hazards
    from dangjian_desktop.ui.hazards.tab import HazardsTab
    from dangjian_desktop.ui.main_window import MainWindow
    from dangjian_desktop.ui.zones.model import COL_HAZARDS, COL_NAME

    ctx = sqlite_secretary
    full = dict(branch_id=org["branch"], kind=ZoneKind.SAFETY, area="工作面", basis_and_standard="规程",
                assessor_id=org["赵磊"], assessment_standard="月考核", starts_on=date(2026, 1, 1),
                ends_on=date(2026, 12, 31))
    a = zones.create_zone(ctx, zones.ZoneInput(name="甲责任区", member_id=org["张伟"], **full), TODAY)
    b = zones.create_zone(ctx, zones.ZoneInput(name="乙责任区", member_id=org["赵磊"], **full), TODAY)
    for zone, text in ((a.id, "甲区顶板离层"), (a.id, "甲区支架漏液"), (b.id, "乙区电缆吊挂不规范"), (None, "无责任区的隐患")):
        hazards.create_hazard(ctx, HazardInput(TODAY - timedelta(days=2), text, TODAY + timedelta(days=5), zone_id=zone,
                                               branch_id=org["branch"]), TODAY)

    w = MainWindow(ctx.db, ctx.actor, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    bar = w.ui.tabWidget.tabBar()
    zones_at = bar.tabRect(w.tab_titles().index("责任区")).center()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=zones_at)
    tab = w.tabs.pages["zones"].tab
    assert isinstance(tab, ZonesTab) and not w.tabs.is_built("hazards")
    table = tab.ui.zoneTable
    row = tab.model.find_row(a.id, load=True)
    assert tab.model.row_at(row).open_hazards == 2 and tab.model.index(row, COL_HAZARDS).data() == "2"
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(tab.model.index(row, COL_NAME)).center())
    assert w.ui.tabWidget.currentWidget() is w.tabs.pages["zones"]  # the name is not a link
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(tab.model.index(row, COL_HAZARDS)).center())

    ledger = w.tabs.pages["hazards"].tab
    assert isinstance(ledger, HazardsTab) and w.ui.tabWidget.currentWidget() is w.tabs.pages["hazards"]
    assert ledger.ui.zoneCombo.currentData() == a.id and ledger.ui.statusCombo.currentText() == "未闭合"
    assert ledger.ui.branchCombo.currentData() == org["branch"]
    assert sorted(ledger.model.row_at(i).description for i in range(ledger.model.rowCount())) == ["甲区支架漏液", "甲区顶板离层"]
    assert "甲责任区" in ledger.ui.messageLabel.text()

    # the board: a click on the card's “隐患 1”
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=zones_at)
    board_bar = tab.ui.viewTabs.tabBar()
    qtbot.mouseClick(board_bar, Qt.MouseButton.LeftButton, pos=board_bar.tabRect(PAGE_BOARD).center())
    view = tab.ui.boardView
    card = tab.board_model.index(tab.board_model.find_row(b.id))
    qtbot.waitUntil(lambda: view.visualRect(card).isValid())
    delegate = view.itemDelegate()
    assert isinstance(delegate, BoardDelegate)
    link = delegate.hazards_rect(view.visualRect(card), tab.board_model.row_at(card.row()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(card).center())
    assert w.ui.tabWidget.currentWidget() is w.tabs.pages["zones"]  # elsewhere on the card: selected only
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=link.center())
    assert w.ui.tabWidget.currentWidget() is w.tabs.pages["hazards"] and ledger.ui.zoneCombo.currentData() == b.id
    assert [ledger.model.row_at(i).description for i in range(ledger.model.rowCount())] == ["乙区电缆吊挂不规范"]
