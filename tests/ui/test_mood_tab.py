"""The 思想动态 tab as a user clicks it: raise a red warning, talk, take measures, review, lift;
what a 委员 and a 查看 account see; the monthly analysis exported."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from dangjian_desktop.domain.mood import WarningActionKind, WarningLevel, WarningStatus
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.pairing import Pairing, PairingWorker
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.domain.security import AuditEntry, Role
from dangjian_desktop.services import auth, mood, roster
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.mood.tab import PAGE_ANALYSIS, PAGE_FILES, PAGE_WARNINGS, MoodTab

TODAY = date(2026, 11, 24)
D = timedelta(days=1)


@pytest.fixture
def people(sqlite_secretary: Ctx) -> dict[str, int]:
    ctx = sqlite_secretary
    b = roster.create_branch(ctx, "综采二区党支部")
    u = roster.create_unit(ctx, b, "综采二区")

    def add(name: str, no: str, member: bool) -> int:
        return roster.add_person(ctx, PersonInput(
            name=name, employee_no=no, branch_id=b, unit_id=u,
            political_status=PoliticalStatus.MEMBER if member else PoliticalStatus.MASSES,
            joined_party_on=date(2010, 7, 1) if member else None), TODAY).id

    ids = {"王强": add("王强", "W1", False), "陈静": add("陈静", "W2", False), "张伟": add("张伟", "M1", True),
           "branch": b}
    with ctx.db.uow() as s:
        p = Pairing(branch_id=b, member_id=ids["张伟"], starts_on=TODAY - 60 * D)
        s.add(p)
        s.flush()
        s.add(PairingWorker(pairing_id=p.id, worker_id=ids["王强"]))
    return ids


def _tab(qtbot, ctx: Ctx) -> MoodTab:
    tab = MoodTab(ctx, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1024, 700)
    tab.show()
    return tab


def _click(qtbot, button) -> None:
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_raise_talk_measures_review_lift_a_red_warning(qtbot, sqlite_secretary, people, msgbox):
    ctx = sqlite_secretary
    tab = _tab(qtbot, ctx)
    _click(qtbot, tab.ui.raiseButton)
    dlg = tab.warning_dialog
    assert dlg is not None and dlg.isVisible()
    dlg.ui.workerCombo.setCurrentIndex(dlg.ui.workerCombo.findData(people["王强"]))
    dlg.ui.levelCombo.setCurrentIndex(dlg.ui.levelCombo.findData(WarningLevel.RED))
    dlg.ui.raisedOnField.set_value(TODAY - 4 * D)
    dlg.ui.reasonEdit.setPlainText("家中突发变故，情绪低落")
    dlg.ui.assigneeCombo.setCurrentIndex(dlg.ui.assigneeCombo.findData(people["张伟"]))
    _click(qtbot, dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert not dlg.isVisible()
    assert tab.warnings.total == 1
    row = tab.warnings.row_at(0)
    assert (row.level, row.status, row.overdue, row.next_step) == (WarningLevel.RED, WarningStatus.ASSIGNED, True,
                                                                   "首次谈心谈话")

    tab.ui.warningsTable.selectRow(0)
    _click(qtbot, tab.ui.handleButton)
    h = tab.handle_dialog
    assert h is not None and "已逾期" in h.ui.headerLabel.text()
    steps = [(WarningActionKind.TALK, TODAY - 3 * D, "谈心谈话，了解家中困难"),
             (WarningActionKind.HELP, TODAY - 2 * D, "送去慰问金，协调调休"),
             (WarningActionKind.REVIEW, TODAY, "复查：情绪稳定")]
    for kind, on, text in steps:
        h.ui.kindCombo.setCurrentIndex(h.ui.kindCombo.findData(kind))
        h.ui.actedOnField.set_value(on)
        h.ui.contentEdit.setPlainText(text)
        _click(qtbot, h.ui.recordButton)
        assert h.ui.errorLabel.text() == f"已记录{kind.value}。"
    assert h.ui.actionsTable.rowCount() == 4  # 指派 + three
    assert not tab.warnings.row_at(0).overdue and tab.warnings.row_at(0).due_on == TODAY + 7 * D

    # a lift without the closing review is refused, with the reason in the dialog
    h.ui.contentEdit.clear()
    _click(qtbot, h.ui.liftButton)
    assert "复查结论" in h.ui.errorLabel.text()
    h.ui.contentEdit.setPlainText("复查稳定，解除预警")
    _click(qtbot, h.ui.liftButton)
    assert h.ui.errorLabel.text() == "预警已解除。"
    assert not h.ui.recordButton.isEnabled()
    with ctx.db.read() as s:  # one audited read: opening the warning; his own changes are not re-read reads
        assert list(s.scalars(select(AuditEntry.summary).where(AuditEntry.action == "查看"))) == ["查看职工 王强 的思想动态档案"]
    w = mood.warning_detail(ctx, row.id, TODAY)
    assert (w.warning.status, w.warning.closing_review) == (WarningStatus.LIFTED, "复查稳定，解除预警")
    assert [a.kind for a in w.actions][-1] is WarningActionKind.LIFT
    assert tab.warnings.total == 0  # 只看未解除
    tab.ui.openOnlyCheck.setChecked(False)
    assert tab.warnings.total == 1


def test_file_entry_and_the_roles(qtbot, sqlite_secretary, people, msgbox):
    ctx = sqlite_secretary
    mood.raise_warning(ctx, people["陈静"], WarningLevel.YELLOW, "与班长争执", TODAY - 10 * D, TODAY)
    tab = _tab(qtbot, ctx)
    tab.ui.views.setCurrentIndex(PAGE_FILES)
    assert tab.files.total == 2
    tab.ui.filesTable.selectRow(tab.files.find_row(people["王强"]))
    _click(qtbot, tab.ui.addEntryButton)
    e = tab.entry_dialog
    e.ui.contentEdit.setPlainText("孩子上学有困难")
    _click(qtbot, e.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    _click(qtbot, tab.ui.openFileButton)
    f = tab.file_dialog
    assert f is not None and f.ui.entriesTable.rowCount() == 1 and "张伟" in f.ui.coverLabel.text()

    auth.create_user(ctx, "zhang", "张委员", "secret123", Role.COMMITTEE, person_id=people["张伟"])
    auth.create_user(ctx, "chakan", "查看员", "secret123", Role.VIEWER)
    committee = Ctx(ctx.db, auth.login(ctx.db, "zhang", "secret123"))
    ctab = _tab(qtbot, committee)
    assert ctab.files.total == 1 and ctab.warnings.total == 0  # 陈静 is not his
    ctab.open_file(people["陈静"])  # any path: refused by the service, the refusal audited
    assert ctab.file_dialog is None and "只能查看自己包保的职工" in msgbox.texts()[-1]
    with ctx.db.read() as s:
        assert s.scalar(select(AuditEntry.summary).where(AuditEntry.action == "拒绝查看")).startswith("拒绝查看职工 陈静")

    viewer = Ctx(ctx.db, auth.login(ctx.db, "chakan", "secret123"))
    vtab = _tab(qtbot, viewer)
    assert not vtab.ui.views.isTabEnabled(PAGE_WARNINGS) and not vtab.ui.views.isTabEnabled(PAGE_FILES)
    assert vtab.ui.views.currentIndex() == PAGE_ANALYSIS
    shown = vtab.ui.countsLabel.text() + vtab.ui.analysisView.toPlainText()
    assert "黄色 1" in shown and "陈静" not in shown and "王强" not in shown


def test_monthly_analysis_export_from_the_tab(qtbot, sqlite_secretary, people, tmp_path, monkeypatch):
    ctx = sqlite_secretary
    mood.raise_warning(ctx, people["王强"], WarningLevel.RED, "情绪低落", TODAY - 2 * D, TODAY)
    tab = _tab(qtbot, ctx)
    tab.ui.views.setCurrentIndex(PAGE_ANALYSIS)
    tab.ui.branchCombo.setCurrentIndex(tab.ui.branchCombo.findData(people["branch"]))
    assert "王强" in tab.ui.analysisView.toPlainText()
    tab.ui.summaryEdit.setPlainText("本月一名职工红色预警，已落实包保。")
    _click(qtbot, tab.ui.saveSummaryButton)
    # One 导出… as on the other tabs; the type is chosen in the file dialog (a name typed
    # without an extension gets the chosen type's).
    assert tab.ui.exportButton.text() == "导出…"
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def save_as(_parent, _title, _name, pattern, *_a, **_k):
        asked.append(pattern)
        return str(tmp_path / "分析"), "Excel 工作簿 (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    _click(qtbot, tab.ui.exportButton)
    out = tmp_path / "分析.xlsx"
    qtbot.waitUntil(lambda: "已导出" in tab.ui.messageLabel.text(), timeout=20000)
    assert asked == ["PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx)"] and out.exists()
    from openpyxl import load_workbook

    cells = " ".join(str(c.value) for ws in load_workbook(out).worksheets for r in ws.iter_rows() for c in r)
    assert "本月一名职工红色预警" in cells and "王强" in cells and "内部资料 · 注意保密" in cells


def test_the_main_window_badge_counts_overdue_red_and_yellow_he_may_see(qtbot, sqlite_secretary, people):
    from dangjian_desktop.ui.main_window import MainWindow

    ctx = sqlite_secretary
    mood.raise_warning(ctx, people["王强"], WarningLevel.RED, "r", TODAY - 5 * D, TODAY)
    mood.raise_warning(ctx, people["陈静"], WarningLevel.YELLOW, "y", TODAY - 9 * D, TODAY)
    mood.raise_warning(ctx, people["陈静"], WarningLevel.BLUE, "b", TODAY - 30 * D, TODAY)  # blue: not counted
    w = MainWindow(ctx.db, ctx.actor, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    assert w.mood_badge.isVisible() and w.mood_badge.text() == "预警逾期 2"
    qtbot.mouseClick(w.mood_badge, Qt.MouseButton.LeftButton)
    assert w.ui.tabWidget.currentWidget().objectName() == "page_mood"
    auth.create_user(ctx, "zhang", "张委员", "secret123", Role.COMMITTEE, person_id=people["张伟"])
    auth.create_user(ctx, "chakan", "查看员", "secret123", Role.VIEWER)
    for user, count in (("zhang", 1), ("chakan", 0)):
        other = MainWindow(ctx.db, auth.login(ctx.db, user, "secret123"), today=lambda: TODAY)
        qtbot.addWidget(other)
        other.show()
        assert other.mood_badge.count == count and other.mood_badge.isVisible() is (count > 0)


def test_escalate_and_edit_the_limits_in_the_dialogs(qtbot, sqlite_secretary, people, msgbox):
    ctx = sqlite_secretary
    blue = mood.raise_warning(ctx, people["陈静"], WarningLevel.BLUE, "话少", TODAY - 3 * D, TODAY)
    tab = _tab(qtbot, ctx)
    tab.handle(blue)
    h = tab.handle_dialog
    h.ui.actedOnField.set_value(TODAY - D)
    h.ui.contentEdit.setPlainText("与班长发生争执")
    _click(qtbot, h.ui.escalateButton)
    assert h.warning_id != blue and "黄色预警" in h.ui.headerLabel.text()
    assert "蓝色预警" in h.ui.historyLabel.text() and h.ui.historyLabel.isVisibleTo(h)
    tab.ui.openOnlyCheck.setChecked(False)
    assert [r.status for r in (tab.warnings.row_at(i) for i in range(tab.warnings.total))].count(WarningStatus.ESCALATED) == 1

    _click(qtbot, tab.ui.limitsButton)
    lim = tab.limits_dialog
    lim.ui.yellowTalkSpin.setValue(5)
    _click(qtbot, lim.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert mood.warning_limits(ctx).yellow_talk_days == 5 and "处置时限已保存" in tab.ui.messageLabel.text()


def test_a_worklist_item_opens_the_warning(qtbot, sqlite_secretary, people):
    from dangjian_desktop.services import worklist
    from dangjian_desktop.ui.main_window import MainWindow

    ctx = sqlite_secretary
    wid = mood.raise_warning(ctx, people["王强"], WarningLevel.RED, "情绪低落", TODAY - 3 * D, TODAY)
    item = next(i for i in worklist.due_items(ctx, TODAY) if i.area == "思想动态")
    assert item.title == "王强 红色预警：首次谈心谈话已逾期" and item.target is not None
    w = MainWindow(ctx.db, ctx.actor, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    w.open_target(item.target)
    tab = w.tabs.pages["mood"].tab
    assert isinstance(tab, MoodTab) and tab.handle_dialog is not None and tab.handle_dialog.warning_id == wid


def test_adjust_pairing_in_a_file_opens_the_workers_pair_in_the_pairing_tab(qtbot, sqlite_secretary, people):
    """调整包保… in a worker's file: the file closes and 结对帮扶 shows his pair (王强, covered by
    张伟) to edit or end, or him among the uncovered workers to assign (陈静)."""
    from dangjian_desktop.ui.main_window import MainWindow
    from dangjian_desktop.ui.pairing.tab import PAGE_FOLLOW, PAGE_UNCOVERED, PairingTab

    ctx = sqlite_secretary
    w = MainWindow(ctx.db, ctx.actor, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    bar = w.ui.tabWidget.tabBar()
    titles = w.tab_titles()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(titles.index("思想动态")).center())
    tab = w.tabs.pages["mood"].tab
    assert isinstance(tab, MoodTab) and not w.tabs.is_built("pairing")
    bar_of_views = tab.ui.views.tabBar()
    qtbot.mouseClick(bar_of_views, Qt.MouseButton.LeftButton, pos=bar_of_views.tabRect(PAGE_FILES).center())

    for name, page in (("王强", PAGE_FOLLOW), ("陈静", PAGE_UNCOVERED)):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(titles.index("思想动态")).center())
        table = tab.ui.filesTable
        row = tab.files.find_row(people[name])
        at = table.visualRect(tab.files.index(row, 0)).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=at)
        _click(qtbot, tab.ui.openFileButton)
        f = tab.file_dialog
        assert f is not None and f.isVisible()
        _click(qtbot, f.ui.pairingButton)
        assert not f.isVisible()
        pairing = w.tabs.pages["pairing"].tab
        assert isinstance(pairing, PairingTab) and w.ui.tabWidget.currentWidget() is w.tabs.pages["pairing"]
        assert pairing.ui.pages.currentIndex() == page and pairing.ui.searchEdit.text() == name
        if page == PAGE_FOLLOW:
            due = pairing.selected_due()
            assert due is not None and due.worker == "王强" and due.member == "张伟"
            assert pairing.ui.editPairButton.isEnabled() and pairing.ui.endPairButton.isEnabled()
            assert "王强 的结对" in pairing.ui.messageLabel.text()
        else:
            uncovered = pairing.selected_uncovered()
            assert uncovered is not None and uncovered.name == "陈静" and pairing.ui.assignButton.isEnabled()
            assert "陈静 尚未包保" in pairing.ui.messageLabel.text()
    from dangjian_desktop.services.worklist import WorkTarget

    w.open_target(WorkTarget("pairing_worker", people["张伟"]))  # a member is not paired as a worker
    assert "不需要包保" in pairing.ui.messageLabel.text()
