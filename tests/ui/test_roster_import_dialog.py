"""Importing a roster from the 人员 tab: preview, import, refused file with its error workbook, undo,
and the template."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.services import roster, roster_import
from dangjian_desktop.services.roster import PersonFilter
from dangjian_desktop.ui.roster.tab import OrgNode, RosterTab

HEADER = ["姓名", "性别", "工号", "所属支部", "区队/班组", "岗位", "政治面貌", "入党日期", "联系电话"]


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.fixture
def org(sqlite_secretary):
    ctx = sqlite_secretary
    b = roster.create_branch(ctx, "综采二区党支部")
    u = roster.create_unit(ctx, b, "综采二区")
    t = roster.create_unit(ctx, b, "检修班", parent_id=u)
    pid = roster.add_person(ctx, PersonInput(name="张伟", employee_no="A001", branch_id=b, unit_id=t, post="采煤")).id
    return {"branch": b, "unit": u, "team": t, "张伟": pid}


@pytest.fixture
def tab(qtbot, sqlite_secretary, org):
    w = RosterTab(sqlite_secretary)
    qtbot.addWidget(w)
    w.show()
    return w


def open_file(qtbot, monkeypatch, tab: RosterTab, path: Path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(tab.ui.importButton, Qt.MouseButton.LeftButton)
    dlg = tab.import_dialog
    assert dlg is not None and dlg.isVisible()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10_000)
    return dlg


def cell(model, row: int, col: int) -> str:
    return model.data(model.index(row, col))


def test_good_file_previews_then_imports(qtbot, monkeypatch, tab, sqlite_secretary, tmp_path):
    path = write_xlsx(tmp_path / "党员花名册.xlsx", [
        ["名字", "员工编号", "所属支部", "区队/班组", "岗位", "身份", "入党日期", "备用列"],  # aliases, order free
        ["李娜", "A002", "综采二区党支部", "综采二区", "采煤", "中共党员", "2012年7月1日", "x"],
        ["王强", "A003", "综采二区", "综采二区/检修班", "检修", "群众", None, ""],
        ["张伟", "A001", "综采二区党支部", "综采二区/检修班", "检修", "", None, ""],
    ])
    dlg = open_file(qtbot, monkeypatch, tab, path)
    ui = dlg.ui
    text = ui.summaryLabel.text()
    assert "新增 2 人" in text and "更新 1 人" in text and "错误 0 行" in text and "忽略的列：备用列" in text
    assert ui.importButton.isEnabled() and not ui.saveErrorsButton.isEnabled()
    m = dlg.plan_model
    rows = {cell(m, i, 2): [cell(m, i, c) for c in range(m.columnCount())] for i in range(m.rowCount())}
    assert rows["李娜"][:6] == ["新增", "2", "李娜", "A002", "综采二区党支部", "综采二区"]
    assert rows["张伟"][0] == "更新" and "岗位：采煤 → 检修" in rows["张伟"][7]
    assert roster.count_people(sqlite_secretary) == 1  # the preview wrote nothing

    with qtbot.waitSignal(tab.changed, timeout=10_000):
        qtbot.mouseClick(ui.importButton, Qt.MouseButton.LeftButton)
    assert "导入完成：新增 2 人，更新 1 人" in ui.summaryLabel.text()
    assert not ui.importButton.isEnabled()  # one file, one import
    assert roster.count_people(sqlite_secretary) == 3
    li = roster.list_people(sqlite_secretary, PersonFilter(text="A002"))[0]
    assert (li.joined_party_on, li.unit) == (date(2012, 7, 1), "综采二区")
    assert roster.get_person(sqlite_secretary, tab.model.row_at(0).id)  # the tab reloaded
    assert tab.model.total == 3 and tab.ui.countLabel.text() == "共 3 人（党员 1 人）"


def test_bad_file_lists_every_bad_row_and_saves_the_error_workbook(qtbot, monkeypatch, tab, sqlite_secretary, tmp_path):
    path = write_xlsx(tmp_path / "职工名册.xlsx", [
        HEADER,
        ["", "男", "B001", "综采二区党支部", "", "", "群众", "", ""],  # row 2: no name
        ["赵敏", "女", "B002", "综采二区党支部", "", "", "群众", "", ""],  # row 3: fine
        ["钱七", "男", "B002", "综采二区党支部", "", "", "群众", "", ""],  # row 4: 工号 twice in the file
        ["孙八", "男", "B004", "综采二区党支部", "", "", "中共党员", "2012-13-45", ""],  # row 5: bad date
        ["周九", "男", "B005", "综采二区党支部", "", "", "团干部", "", ""],  # row 6: unknown status
        ["吴十", "男", "B006", "不存在党支部", "", "", "群众", "", ""],  # row 7: unknown branch
        ["郑一", "男", "A001", "综采二区党支部", "", "", "群众", "", ""],  # row 8: 工号 of 张伟
    ])
    dlg = open_file(qtbot, monkeypatch, tab, path)
    ui = dlg.ui
    m = dlg.error_model
    errors = {int(cell(m, i, 0)): cell(m, i, 2) for i in range(m.rowCount())}
    assert sorted(errors) == [2, 3, 4, 5, 6, 7, 8]  # Excel's row numbers: the header is row 1
    assert errors[2] == "姓名不能为空"
    assert "工号 B002 在文件中重复" in errors[3] and "工号 B002 在文件中重复" in errors[4]
    assert "入党日期" in errors[5]
    assert "政治面貌" in errors[6]
    assert "不存在党支部" in errors[7]
    assert errors[8] == "工号 A001 已被“张伟”使用"
    assert not ui.importButton.isEnabled() and ui.saveErrorsButton.isEnabled()
    assert ui.tabs.currentWidget() is ui.errorPage
    assert f"错误 {m.rowCount()} 行" in ui.summaryLabel.text() and "不会导入任何数据" in ui.summaryLabel.text()

    out = tmp_path / "out" / "改正用.xlsx"
    asked = []

    def save_name(_parent, _title, default, _filter):
        asked.append(default)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    qtbot.mouseClick(ui.saveErrorsButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "错误表已保存" in ui.summaryLabel.text(), timeout=10_000)
    assert asked == [str(tmp_path / "职工名册-错误.xlsx")]
    rows = [list(r) for r in load_workbook(out).worksheets[0].iter_rows(values_only=True)]
    assert rows[0][-1] == "错误原因"
    by_no = {r[2]: r[-1] for r in rows[1:] if r[2]}
    assert "入党日期" in by_no["B004"] and "政治面貌" in by_no["B005"] and "A001" in by_no["A001"]
    assert rows[1][-1] and "姓名" in rows[1][-1]
    assert roster.count_people(sqlite_secretary, PersonFilter(include_archived=True)) == 1  # nothing written


def test_a_file_that_is_not_a_roster_is_refused_in_chinese(qtbot, monkeypatch, tab, tmp_path):
    fake = tmp_path / "名册.xlsx"
    fake.write_text("这不是 Excel 文件", encoding="utf-8")
    dlg = open_file(qtbot, monkeypatch, tab, fake)
    assert "不是 Excel" in dlg.ui.summaryLabel.text()
    assert not dlg.ui.importButton.isEnabled()
    no_name = write_xlsx(tmp_path / "缺列.xlsx", [["性别", "岗位"], ["男", "检修"]])
    dlg.load_file(no_name)
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10_000)
    assert "缺少必填列" in dlg.ui.summaryLabel.text()
    assert not dlg.ui.importButton.isEnabled()


def test_import_history_lists_a_real_import_and_undoes_it(qtbot, monkeypatch, msgbox, tab, sqlite_secretary,
                                                          tmp_path):
    history = _open_history(qtbot, tab)
    assert history.ui.stack.currentWidget() is history.ui.emptyPage  # nothing imported yet
    assert not history.ui.undoButton.isEnabled()
    history.reject()

    # An import through the dialog, as the secretary does it…
    path = write_xlsx(tmp_path / "补充名册.xlsx", [HEADER] + [
        [f"新人{i}", "男", f"C{i:03d}", "综采二区党支部", "综采二区", "掘进", "群众", None, None] for i in range(5)
    ])
    dlg = open_file(qtbot, monkeypatch, tab, path)
    with qtbot.waitSignal(tab.changed, timeout=10_000):
        qtbot.mouseClick(dlg.ui.importButton, Qt.MouseButton.LeftButton)
    assert "“导入记录…”中撤销" in dlg.ui.summaryLabel.text()
    dlg.accept()
    assert tab.model.total == 6

    # …is listed in 导入记录, newest first, with who did it and how many.
    history = _open_history(qtbot, tab)
    m = history.model
    assert history.ui.stack.currentWidget() is history.ui.tablePage
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())] == [
        "导入时间", "文件", "操作人", "新增", "更新", "状态"]
    assert [cell(m, 0, c) for c in range(1, 6)] == ["补充名册.xlsx", "王书记（shuji）", "5 人", "0 人", "已导入 · 最近一次"]
    assert history.ui.countLabel.text() == "共 1 次导入"

    # 撤销上次导入 beside the list: asks which import, undoes it, and the list says so.
    assert history.ui.undoButton.isEnabled()
    with qtbot.waitSignal(tab.changed, timeout=10_000):
        qtbot.mouseClick(history.ui.undoButton, Qt.MouseButton.LeftButton)
    asked = msgbox.texts("question")
    assert "“补充名册.xlsx”" in asked[0] and "新增 5 人、更新 0 人" in asked[0]
    qtbot.waitUntil(lambda: bool(msgbox.texts("information")), timeout=5000)
    assert "已撤销" in msgbox.texts("information")[0]
    assert roster.count_people(sqlite_secretary, PersonFilter(include_archived=True)) == 1
    assert tab.model.total == 1
    assert cell(m, 0, 5).startswith("已撤销（") and not history.ui.undoButton.isEnabled()
    msgbox.shown.clear()
    tab.undo_last_import()  # nothing left to undo
    assert msgbox.texts("information") == ["没有可以撤销的导入。"]


def _open_history(qtbot, tab):
    qtbot.mouseClick(tab.ui.historyButton, Qt.MouseButton.LeftButton)
    history = tab.history_dialog
    assert history is not None and history.isVisible() and history.windowTitle() == "导入记录"
    return history


def test_import_history_from_the_file_menu_lists_every_batch(qtbot, sqlite_secretary, org, tmp_path):
    from dangjian_desktop.ui.main_window import MainWindow

    for i, name in enumerate(("一月名册.xlsx", "二月名册.xlsx")):
        path = write_xlsx(tmp_path / name, [HEADER, [f"新人{i}", "男", f"D{i:03d}", "综采二区党支部", "", "", "群众", None, None]])
        roster_import.apply_import(sqlite_secretary, roster_import.plan_import(sqlite_secretary, path))
    roster_import.undo_last_import(sqlite_secretary)  # 二月 taken back: 一月 is now the one to undo
    window = MainWindow(sqlite_secretary.db, sqlite_secretary.actor)
    qtbot.addWidget(window)
    window.tab_action("roster", "history").trigger()  # 文件 → 导入记录…: the 人员 tab is built and shown
    history = window.tab("roster").history_dialog
    assert window.ui.tabWidget.currentWidget().isAncestorOf(window.tab("roster"))
    m = history.model
    assert [cell(m, r, 1) for r in range(m.rowCount())] == ["二月名册.xlsx", "一月名册.xlsx"]  # newest first
    assert cell(m, 0, 5).startswith("已撤销（") and cell(m, 1, 5) == "已导入 · 最近一次"
    assert history.ui.undoButton.isEnabled()
    assert history.ui.tableView.selectionModel().selectedRows()[0].row() == 1  # the one 撤销 would take back


def test_undo_declined_changes_nothing(qtbot, msgbox, tab, sqlite_secretary, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [HEADER, ["新人", "男", "C001", "综采二区党支部", "", "", "群众", None, None]])
    roster_import.apply_import(sqlite_secretary, roster_import.plan_import(sqlite_secretary, path))
    msgbox.answer = QMessageBox.StandardButton.No
    tab.undo_last_import()
    assert roster.count_people(sqlite_secretary) == 2


def test_save_template_writes_the_columns(qtbot, monkeypatch, tab, tmp_path):
    out = tmp_path / "模板"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(tab.ui.templateButton, Qt.MouseButton.LeftButton)
    saved = tmp_path / "模板.xlsx"
    assert saved.exists() and "模板已保存" in tab.ui.messageLabel.text()
    header = [c.value for c in next(load_workbook(saved).worksheets[0].iter_rows(max_row=1))]
    for col in HEADER:
        assert col in header


def test_export_roster_writes_the_current_filter(qtbot, monkeypatch, tab, org, tmp_path):
    tab.tree.tree.setCurrentItem(tab.tree.find_item(OrgNode("branch", org["branch"])))
    out = tmp_path / "名册"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    assert tab.ui.exportButton.isEnabled()
    qtbot.mouseClick(tab.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已导出名册" in tab.ui.messageLabel.text(), timeout=10_000)
    rows = list(load_workbook(tmp_path / "名册.xlsx").worksheets[0].iter_rows(min_row=3, values_only=True))
    shown = roster.count_people(tab.ctx, tab.current_filter())
    assert list(rows[0]) == HEADER and len(rows) == 1 + shown
    assert {r[3] for r in rows[1:]} <= {roster.org_tree(tab.ctx)[0].name}
