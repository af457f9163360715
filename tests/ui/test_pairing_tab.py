"""The 结对帮扶 tab as a secretary uses it (offscreen): the coverage line, overdue follow-ups first,
find an uncovered worker and assign him in one step, record a follow-up in a few clicks, a
guarantee's scan opened from a private file, the export and the print dialog from the tab."""

from __future__ import annotations

import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from dangjian_desktop.domain.org import Person, PoliticalStatus
from dangjian_desktop.domain.pairing import FollowUpKind
from dangjian_desktop.services import pairing, pairing_views, roster
from dangjian_desktop.services.pairing import FollowUpInput, PairInput
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.pairing.dialogs import FollowUpDialog, GuaranteeDialog
from dangjian_desktop.ui.pairing.tab import PAGE_UNCOVERED, PairingTab

from ..conftest import viewer_of
from .conftest import worklist_read

TODAY = date(2026, 11, 24)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def org(sqlite_secretary: Ctx) -> dict[str, int]:
    ctx = sqlite_secretary
    b = roster.create_branch(ctx, "综采二区党支部")
    u = roster.create_unit(ctx, b, "综采二区")
    t = roster.create_unit(ctx, b, "检修班", parent_id=u)
    spec = [("张党员", PoliticalStatus.MEMBER), ("李党员", PoliticalStatus.MEMBER), ("王强", PoliticalStatus.MASSES),
            ("赵敏", PoliticalStatus.MASSES), ("刘洋", PoliticalStatus.LEAGUE), ("陈静", PoliticalStatus.MASSES)]
    with ctx.db.uow() as s:
        people = [Person(name=n, employee_no=f"A{i}", branch_id=b, unit_id=t if i % 2 else u, post="检修工",
                         political_status=st) for i, (n, st) in enumerate(spec)]
        s.add_all(people)
        s.flush()
        ids = {p.name: p.id for p in people}
    # 王强: overdue (never followed up since 09-01). 赵敏: ended yesterday. 刘洋: starts tomorrow.
    # 陈静: followed up, due later.
    p1 = pairing.create_pair(ctx, PairInput(ids["张党员"], (ids["王强"], ids["陈静"]), date(2026, 9, 1)))
    pairing.create_pair(ctx, PairInput(ids["李党员"], (ids["赵敏"],), date(2026, 1, 1), TODAY - timedelta(days=1)))
    pairing.create_pair(ctx, PairInput(ids["李党员"], (ids["刘洋"],), TODAY + timedelta(days=1)))
    pairing.record_follow_up(ctx, FollowUpInput(p1, ids["陈静"], TODAY - timedelta(days=5), FollowUpKind.TALK, "谈心"), TODAY)
    return {"branch": b, "unit": u, "team": t, "pair": p1, **ids}


@pytest.fixture
def tab(qtbot, sqlite_secretary, org) -> PairingTab:
    w = PairingTab(sqlite_secretary, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1024, 700)
    w.show()
    return w


def _click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _row_of(model, name: str, attr: str = "worker") -> int:
    for i in range(model.rowCount()):
        if getattr(model.row_at(i), attr) == name:
            return i
    raise AssertionError(f"{name} not listed")


def test_find_an_uncovered_worker_assign_and_record_a_follow_up(qtbot, tab, org, sqlite_secretary):
    ui = tab.ui
    assert ui.coverageLabel.text() == "包保覆盖 2/4（50.0%）"
    # Overdue first: 王强 (09-01 + 30 days); 陈静 is not due, so the due list holds him alone.
    assert ui.dueOnlyCheck.isChecked()
    assert [tab.due_model.row_at(i).worker for i in range(tab.due_model.rowCount())] == ["王强"]
    assert tab.due_model.data(tab.due_model.index(0, 0)) == "已逾期"

    # 未包保职工: 赵敏 (pair ended yesterday) and 刘洋 (pair starts tomorrow).
    ui.pages.setCurrentIndex(PAGE_UNCOVERED)
    assert ui.pages.tabText(PAGE_UNCOVERED) == "未包保职工（2）"
    names = [tab.uncovered_model.row_at(i).name for i in range(tab.uncovered_model.rowCount())]
    assert sorted(names) == ["刘洋", "赵敏"]
    _click_row(qtbot, ui.uncoveredTable, _row_of(tab.uncovered_model, "赵敏", "name"))
    assert ui.assignButton.isEnabled()
    # The least loaded member is offered first: 李党员 covers nobody today.
    assert ui.assignCombo.currentText().startswith("李党员")
    qtbot.mouseClick(ui.assignButton, Qt.MouseButton.LeftButton)
    assert ui.coverageLabel.text() == "包保覆盖 3/4（75.0%）"
    assert [tab.uncovered_model.row_at(i).name for i in range(tab.uncovered_model.rowCount())] == ["刘洋"]
    assert "赵敏 由 李党员 包保" in ui.messageLabel.text()

    # Record a follow-up for 赵敏: show every pair's worker, select him, 记录跟进…, type, 保存.
    ui.pages.setCurrentIndex(0)
    ui.dueOnlyCheck.setChecked(False)
    _click_row(qtbot, ui.followTable, _row_of(tab.due_model, "赵敏"))
    assert "李党员" in ui.detailLabel.text()
    qtbot.mouseClick(ui.recordButton, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    assert isinstance(dlg, FollowUpDialog)
    assert dlg.ui.workerCombo.currentText() == "赵敏" and dlg.ui.heldEdit.value() == TODAY
    dlg.ui.contentEdit.setPlainText("谈心谈话：了解调岗后的想法")
    qtbot.mouseClick(dlg.ui.saveButton, Qt.MouseButton.LeftButton)
    assert tab.dialog is None or not tab.dialog.isVisible()
    row = tab.due_model.row_at(_row_of(tab.due_model, "赵敏"))
    assert (row.last_held_on, row.next_due_on) == (TODAY, TODAY + timedelta(days=30))
    [detail] = [pairing.get_pair(sqlite_secretary, row.pairing_id)]
    assert detail.follow_ups[0].content == "谈心谈话：了解调岗后的想法"


def test_a_bad_follow_up_is_said_in_the_dialog_and_nothing_is_written(qtbot, tab, org, sqlite_secretary):
    ui = tab.ui
    _click_row(qtbot, ui.followTable, 0)
    qtbot.mouseClick(ui.recordButton, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    dlg.ui.heldEdit.setText("2026-12-01")
    dlg.ui.contentEdit.setPlainText("谈心")
    qtbot.mouseClick(dlg.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and "不能晚于今天" in dlg.ui.problemsLabel.text()
    assert len(pairing.get_pair(sqlite_secretary, org["pair"]).follow_ups) == 1
    dlg.reject()


def test_a_guarantee_scan_is_saved_and_opened_from_a_private_file(qtbot, tab, org, tmp_path, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    ui = tab.ui
    _click_row(qtbot, ui.followTable, 0)
    assert not ui.openScanButton.isEnabled()
    qtbot.mouseClick(ui.guaranteeButton, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    assert isinstance(dlg, GuaranteeDialog)
    not_a_scan = tmp_path / "责任书.pdf"
    not_a_scan.write_bytes(b"PK\x03\x04 a docx renamed")
    assert not dlg.set_scan_file(not_a_scan) and "PDF 或图片" in dlg.ui.problemsLabel.text()
    scan = tmp_path / "联保.pdf"
    scan.write_bytes(PDF)
    assert dlg.set_scan_file(scan)
    qtbot.mouseClick(dlg.ui.saveButton, Qt.MouseButton.LeftButton)
    _click_row(qtbot, ui.followTable, 0)
    assert "有扫描件" in ui.detailLabel.text() and ui.openScanButton.isEnabled()
    qtbot.mouseClick(ui.openScanButton, Qt.MouseButton.LeftButton)
    [path] = [Path(p) for p in opened]
    assert path.read_bytes() == PDF and path.suffix == ".pdf"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_export_and_print_from_the_tab(qtbot, tab, org, tmp_path):
    out = tmp_path / "台账.xlsx"
    tab.export_pairings(str(out))
    qtbot.waitUntil(lambda: "已导出" in tab.ui.messageLabel.text(), timeout=10_000)
    wb = load_workbook(out)
    assert wb["结对包保"]["A2"].value.startswith("包保覆盖 2/4（50.0%）")
    assert sorted(r[0] for r in wb["未包保职工"].iter_rows(min_row=4, values_only=True)) == ["刘洋", "赵敏"]
    qtbot.mouseClick(tab.ui.printButton, Qt.MouseButton.LeftButton)
    from dangjian_desktop.ui.printing.dialog import PrintDialog

    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintDialog) and w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].card.key == "pairing-board"
    assert dialogs[0].selection().branch == "综采二区党支部"
    dialogs[0].reject()


def test_a_viewer_sees_but_cannot_write(qtbot, sqlite_secretary, org):
    w = PairingTab(viewer_of(sqlite_secretary), today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    _click_row(qtbot, w.ui.followTable, 0)
    assert w.due_model.rowCount() == 1
    for b in (w.ui.recordButton, w.ui.editPairButton, w.ui.guaranteeButton, w.ui.newPairButton, w.ui.assignButton):
        assert not b.isEnabled()
    assert w.ui.exportButton.isEnabled() and w.ui.printButton.isEnabled()


def test_worklist_targets_open_the_right_page(qtbot, tab, org, sqlite_secretary):
    from dangjian_desktop.services.worklist import WorkTarget

    tab.show_target(WorkTarget("pairing_uncovered", org["branch"]))
    assert tab.ui.pages.currentIndex() == PAGE_UNCOVERED and tab.selected_uncovered() is not None
    tab.show_target(WorkTarget("pairing_member", org["张党员"]))
    assert tab.ui.pages.currentIndex() == 0 and tab.selected_due().worker == "王强"
    assert pairing_views.count_due(sqlite_secretary, tab.due_model.filter) == 1


def test_a_hardship_plan_from_the_tab_step_done_and_closed(qtbot, tab, org, sqlite_secretary):
    from dangjian_desktop.services import hardship
    from dangjian_desktop.ui.pairing.dialogs import DateNoteDialog, HardshipPlanDialog
    from dangjian_desktop.ui.pairing.tab import PAGE_HARDSHIP

    ui = tab.ui
    ui.pages.setCurrentIndex(PAGE_HARDSHIP)
    assert tab.plans_model.rowCount() == 0
    qtbot.mouseClick(ui.newPlanButton, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    assert isinstance(dlg, HardshipPlanDialog)
    dlg.ui.workerCombo.setCurrentIndex(dlg.ui.workerCombo.findData(org["王强"]))
    dlg.ui.situationEdit.setPlainText("家属重病，医疗费用负担重")
    dlg.ui.stepsEdit.setPlainText("2026-12-15 申请困难补助\n不是日期 联系医疗救助")
    qtbot.mouseClick(dlg.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and "每行以日期开头" in dlg.ui.problemsLabel.text()
    dlg.ui.stepsEdit.setPlainText("2026-12-15 申请困难补助\n2027-01-31 联系医疗救助")
    qtbot.mouseClick(dlg.ui.saveButton, Qt.MouseButton.LeftButton)
    assert tab.plans_model.rowCount() == 1
    _click_row(qtbot, ui.plansTable, 0)
    assert tab.steps_model.rowCount() == 2
    _click_row(qtbot, ui.stepsTable, 0)
    qtbot.mouseClick(ui.stepDoneButton, Qt.MouseButton.LeftButton)
    [plan] = hardship.list_plans(sqlite_secretary)
    assert plan.steps[0].done_on == TODAY and plan.steps[1].done_on is None
    _click_row(qtbot, ui.plansTable, 0)
    qtbot.mouseClick(ui.closePlanButton, Qt.MouseButton.LeftButton)
    close = tab.dialog
    assert isinstance(close, DateNoteDialog)
    qtbot.mouseClick(close.ui.saveButton, Qt.MouseButton.LeftButton)
    assert close.isVisible() and "销户说明" in close.ui.problemsLabel.text()  # nothing written
    close.ui.noteEdit.setPlainText("补助到位，对账销户")
    qtbot.mouseClick(close.ui.saveButton, Qt.MouseButton.LeftButton)
    assert hardship.list_plans(sqlite_secretary) == []
    ui.closedCheck.setChecked(True)
    assert tab.plans_model.row_at(0).status.value == "已销户"


def test_new_pair_through_the_dialog_and_an_overlap_refused(qtbot, tab, org, sqlite_secretary):
    from dangjian_desktop.ui.pairing.dialogs import DateNoteDialog, PairDialog

    ui = tab.ui
    assert ui.newPairButton.isEnabled()  # one branch: chosen already
    qtbot.mouseClick(ui.newPairButton, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    assert isinstance(dlg, PairDialog)
    dlg.ui.memberCombo.setCurrentIndex(dlg.ui.memberCombo.findData(org["张党员"]))
    dlg.check_worker(org["王强"])  # already with 张党员 since 09-01, open-ended
    qtbot.mouseClick(dlg.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and "期间重叠" in dlg.ui.problemsLabel.text()
    dlg.check_worker(org["王强"], False)
    dlg.check_worker(org["赵敏"])
    qtbot.mouseClick(dlg.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    assert ui.coverageLabel.text() == "包保覆盖 3/4（75.0%）"

    # 结束结对 of 王强's pair today: tomorrow he and 陈静 are uncovered, today still covered.
    ui.dueOnlyCheck.setChecked(False)
    _click_row(qtbot, ui.followTable, _row_of(tab.due_model, "王强"))
    qtbot.mouseClick(ui.endPairButton, Qt.MouseButton.LeftButton)
    end = tab.dialog
    assert isinstance(end, DateNoteDialog) and end.date() == TODAY
    qtbot.mouseClick(end.ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.coverageLabel.text() == "包保覆盖 3/4（75.0%）"
    [later] = pairing_views.coverage_of(sqlite_secretary, TODAY + timedelta(days=1), org["branch"])
    assert later.label == "包保覆盖 2/4（50.0%）"  # 赵敏 and 刘洋 (started that day) covered


def test_from_the_worklist_to_the_uncovered_workers_and_back(qtbot, sqlite_secretary, org, msgbox):
    """The 工作台 names the uncovered workers; double-clicking the line opens them in the tab,
    one is assigned there, and the 工作台 is checked again (the tab's ``changed``)."""
    from dangjian_desktop.ui.main_window import MainWindow

    w = MainWindow(sqlite_secretary.db, sqlite_secretary.actor, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    w.worklist.reload()
    worklist_read(qtbot, w)  # the 工作台 is read in the background
    items = [w.worklist.model.item_at(i) for i in range(w.worklist.model.rowCount())]
    [line] = [i for i in items if i.target and i.target.kind == "pairing_uncovered"]
    assert line.title == "综采二区党支部：2 名职工未包保" and line.detail.startswith("刘洋、赵敏")
    assert any(i.title == "张党员：1 名结对职工跟进已逾期" for i in items)
    row = items.index(line)
    view = w.worklist.ui.tableView
    at = view.visualRect(view.model().index(row, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)  # a double-click follows a press
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    tab = w.tabs.tab("pairing")
    assert isinstance(tab, PairingTab) and tab.ui.pages.currentIndex() == PAGE_UNCOVERED
    assert tab.selected_uncovered() is not None
    assert tab.selected_uncovered().name == "刘洋"  # his pair with 李党员 starts tomorrow:
    qtbot.mouseClick(tab.ui.assignButton, Qt.MouseButton.LeftButton)  # 李党员 again is refused, said once
    assert [t for _k, _t, t in msgbox.shown] == ["职工“刘洋”已与党员“李党员”结对（2026-11-25 起），期间重叠，不能重复结对。"]
    tab.ui.assignCombo.setCurrentIndex(tab.ui.assignCombo.findData(org["张党员"]))
    qtbot.mouseClick(tab.ui.assignButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(w.worklist.model.item_at(i).title == "综采二区党支部：1 名职工未包保"
                                for i in range(w.worklist.model.rowCount())), timeout=5000)


def test_editing_a_pair_lists_its_own_workers_first(qtbot, tab, org):
    from dangjian_desktop.ui.pairing.dialogs import PairDialog

    ui = tab.ui
    ui.dueOnlyCheck.setChecked(False)
    _click_row(qtbot, ui.followTable, _row_of(tab.due_model, "王强"))
    qtbot.mouseClick(ui.editPairButton, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    assert isinstance(dlg, PairDialog) and dlg.windowTitle() == "编辑结对"
    lst = dlg.ui.workersList
    top = [lst.item(i) for i in range(2)]
    assert all(i.checkState() == Qt.CheckState.Checked for i in top)
    assert sorted(i.text().split("　")[0] for i in top) == sorted(["王强", "陈静"])
    assert dlg.ui.workersCountLabel.text() == "已选 2 人"
    dlg.reject()
