"""The 人员 tab as a user clicks it: list, search, tree filter, sort, add, edit, archive, paging."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QInputDialog

from dangjian_desktop.domain.org import Gender, PoliticalStatus
from dangjian_desktop.domain.pinyin import name_key
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.services import roster
from dangjian_desktop.services.roster import PersonFilter
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.delegates import TintDelegate
from dangjian_desktop.ui.roster.model import COL_BRANCH, COL_EMPLOYEE_NO, COL_NAME, COL_PHONE, COL_POLITICAL, COL_POST, COL_STATUS
from dangjian_desktop.ui.roster.tab import RosterTab

from ..conftest import viewer_of

M, P, A, L, W = (PoliticalStatus.MEMBER, PoliticalStatus.PROBATIONARY, PoliticalStatus.ACTIVIST,
                 PoliticalStatus.LEAGUE, PoliticalStatus.MASSES)


@pytest.fixture
def org(sqlite_secretary: Ctx) -> dict[str, int]:
    ctx = sqlite_secretary
    b = roster.create_branch(ctx, "综采二区党支部")
    u = roster.create_unit(ctx, b, "综采二区")
    t = roster.create_unit(ctx, b, "检修班", parent_id=u)
    b2 = roster.create_branch(ctx, "运行部党支部")
    u2 = roster.create_unit(ctx, b2, "运行一班")
    people = [
        ("张伟", "A001", b, t, "检修", M, date(2012, 7, 1)),
        ("李娜", "A002", b, u, "采煤", P, date(2025, 12, 1)),
        ("王强", "A003", b, t, "检修", W, None),
        ("赵敏", "A004", b2, u2, "运行值班员", A, None),
        ("刘洋", "A005", b2, u2, "运行值班员", M, date(2008, 3, 15)),
        ("陈静", "A006", b2, None, "化验", L, None),
    ]
    ids = {}
    for name, no, branch, unit, post, status, joined in people:
        ids[name] = roster.add_person(ctx, PersonInput(
            name=name, employee_no=no, branch_id=branch, unit_id=unit, post=post, political_status=status,
            joined_party_on=joined, gender=Gender.MALE, phone=f"13900000{no[1:]}",
        ), date(2026, 11, 24)).id
    return {"branch": b, "unit": u, "team": t, "branch2": b2, "unit2": u2, **ids}


@pytest.fixture
def tab(qtbot, sqlite_secretary, org) -> RosterTab:
    w = RosterTab(sqlite_secretary)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    return w


def names(tab: RosterTab) -> list[str]:
    return [tab.model.row_at(i).name for i in range(tab.model.rowCount())]


def tree_item(tab: RosterTab, kind: str, node_id: int | None):
    from dangjian_desktop.ui.roster.org_tree import OrgNode

    item = tab.tree.find_item(OrgNode(kind, node_id))
    assert item is not None
    return item


def click_tree(qtbot, tab: RosterTab, item) -> None:
    tree = tab.ui.orgTree
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def select_person(qtbot, tab: RosterTab, name: str) -> None:
    row = names(tab).index(name)
    table = tab.ui.peopleTable
    rect = table.visualRect(tab.model.index(row, COL_NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.selected_person().name == name


def test_lists_people_with_real_counts(tab):
    assert sorted(names(tab)) == sorted(["张伟", "李娜", "王强", "赵敏", "刘洋", "陈静"])
    assert tab.ui.countLabel.text() == "共 6 人（党员 3 人）"
    root = tab.ui.orgTree.topLevelItem(0)
    assert "全部 6 人" in root.text(0)
    assert root.child(0).text(0) == "综采二区党支部（3人，党员2）"
    row = names(tab).index("张伟")
    m = tab.model
    assert [m.data(m.index(row, c)) for c in range(m.columnCount())] == [
        "张伟", "", "A001", "男", "综采二区党支部", "综采二区 / 检修班", "检修", "中共党员", "2012-07-01", "13900000001",
    ]
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())] == [
        "姓名", "状态", "工号", "性别", "所属支部", "区队/班组", "岗位", "政治面貌", "入党日期", "联系电话",
    ]


def test_search_as_you_type_is_debounced(qtbot, tab):
    tab.ui.searchEdit.setText("检修")  # setText emits textChanged, as typing does
    assert tab.model.rowCount() == 6  # not yet: the query waits for the typing to pause
    qtbot.waitUntil(lambda: sorted(names(tab)) == ["张伟", "王强"], timeout=2000)
    assert tab.ui.countLabel.text() == "共 2 人（党员 1 人）"
    tab.ui.searchEdit.setText("A004")
    qtbot.waitUntil(lambda: names(tab) == ["赵敏"], timeout=2000)
    tab.ui.searchEdit.setText("13900000")  # phone
    qtbot.waitUntil(lambda: len(names(tab)) == 6, timeout=2000)


def test_political_filter(qtbot, tab):
    combo = tab.ui.politicalCombo
    combo.setCurrentIndex(combo.findText("党员（含预备）"))
    assert sorted(names(tab)) == sorted(["张伟", "李娜", "刘洋"])
    combo.setCurrentIndex(combo.findText("入党积极分子"))
    assert names(tab) == ["赵敏"]
    assert tab.ui.countLabel.text() == "共 1 人（党员 0 人）"


def test_clicking_the_tree_filters(qtbot, tab, org):
    click_tree(qtbot, tab, tree_item(tab, "unit", org["unit"]))
    assert sorted(names(tab)) == sorted(["张伟", "李娜", "王强"])  # a unit includes its teams
    click_tree(qtbot, tab, tree_item(tab, "team", org["team"]))
    assert sorted(names(tab)) == sorted(["张伟", "王强"])
    click_tree(qtbot, tab, tree_item(tab, "branch", org["branch2"]))
    assert sorted(names(tab)) == sorted(["赵敏", "刘洋", "陈静"])
    click_tree(qtbot, tab, tab.ui.orgTree.topLevelItem(0))
    assert len(names(tab)) == 6


def test_branch_column_hidden_inside_a_branch(qtbot, tab, org):
    # Inside one branch every row names the same branch: the column would only take room.
    table = tab.ui.peopleTable
    assert not table.isColumnHidden(COL_BRANCH)
    click_tree(qtbot, tab, tree_item(tab, "branch", org["branch2"]))
    assert table.isColumnHidden(COL_BRANCH)
    click_tree(qtbot, tab, tree_item(tab, "team", org["team"]))
    assert table.isColumnHidden(COL_BRANCH)
    click_tree(qtbot, tab, tab.ui.orgTree.topLevelItem(0))
    assert not table.isColumnHidden(COL_BRANCH)


def test_pinyin_search_keeps_the_person_after_a_save(qtbot, tab, org):
    tab.ui.searchEdit.setText("zw")  # initials of 张伟
    tab.apply_filter()
    assert names(tab) == ["张伟"]
    select_person(qtbot, tab, "张伟")
    tab.edit_selected()
    dlg = tab.person_dialog
    dlg.ui.postEdit.setText("检修班长")
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(dlg.ui.saveButton, Qt.MouseButton.LeftButton)
    assert tab.ui.searchEdit.text() == "zw"  # the search still finds him: it is kept
    assert names(tab) == ["张伟"] and tab.selected_person().post == "检修班长"


def test_sorting_by_a_header_sorts_in_sql(qtbot, tab):
    header = tab.ui.peopleTable.horizontalHeader()

    def click_header(col: int) -> None:
        x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    click_header(COL_EMPLOYEE_NO)
    nos = [tab.model.row_at(i).employee_no for i in range(6)]
    assert nos in (sorted(nos), sorted(nos, reverse=True))
    first = nos
    click_header(COL_EMPLOYEE_NO)
    assert [tab.model.row_at(i).employee_no for i in range(6)] == list(reversed(first))
    click_header(COL_PHONE)  # no SQL sort for phones: the order and the arrow stay
    assert [tab.model.row_at(i).employee_no for i in range(6)] == list(reversed(first))
    assert header.sortIndicatorSection() == COL_EMPLOYEE_NO


def test_add_person_through_the_dialog(qtbot, tab, org, sqlite_secretary):
    click_tree(qtbot, tab, tree_item(tab, "team", org["team"]))
    qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    dlg = tab.person_dialog
    assert dlg is not None and dlg.isVisible()
    ui = dlg.ui
    assert ui.branchCombo.currentData() == org["branch"] and ui.unitCombo.currentData() == org["team"]
    assert not ui.joinedDateEdit.isEnabled()  # 群众 by default: no 入党日期
    ui.nameEdit.setText("孙磊")
    ui.employeeNoEdit.setText("A100")
    ui.genderCombo.setCurrentIndex(ui.genderCombo.findText("男"))
    ui.postEdit.setText("电工")
    ui.specialPostCheck.setChecked(True)
    ui.politicalCombo.setCurrentIndex(ui.politicalCombo.findText("中共预备党员"))
    assert ui.joinedUnsetCheck.isEnabled() and ui.joinedUnsetCheck.isChecked()
    ui.joinedUnsetCheck.setChecked(False)
    assert ui.joinedDateEdit.isEnabled()
    ui.joinedDateEdit.setDate(date(2026, 6, 30))
    ui.phoneEdit.setText("13800001111")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert tab.person_dialog is None or not tab.person_dialog.isVisible()
    rows = roster.list_people(sqlite_secretary, PersonFilter(text="A100"))
    assert len(rows) == 1
    p = rows[0]
    assert (p.name, p.unit_id, p.post, p.special_post, p.political_status, p.joined_party_on, p.phone, p.gender) == (
        "孙磊", org["team"], "电工", True, PoliticalStatus.PROBATIONARY, date(2026, 6, 30), "13800001111", Gender.MALE)
    assert tab.selected_person().id == p.id  # the new person is shown and selected
    assert "孙磊" in names(tab)


def test_unit_choices_follow_the_branch(qtbot, tab, org):
    tab.add_person()
    ui = tab.person_dialog.ui
    ui.branchCombo.setCurrentIndex(ui.branchCombo.findData(org["branch"]))
    assert [ui.unitCombo.itemText(i) for i in range(ui.unitCombo.count())] == ["（未分配）", "综采二区", "综采二区 / 检修班"]
    ui.branchCombo.setCurrentIndex(ui.branchCombo.findData(org["branch2"]))
    assert [ui.unitCombo.itemText(i) for i in range(ui.unitCombo.count())] == ["（未分配）", "运行一班"]


def test_bad_input_shows_every_problem_and_writes_nothing(qtbot, tab, sqlite_secretary):
    before = roster.count_people(sqlite_secretary, PersonFilter(include_archived=True))
    qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    dlg = tab.person_dialog
    dlg.ui.nameEdit.setText("   ")
    dlg.ui.employeeNoEdit.setText("A001")  # 张伟's
    dlg.ui.phoneEdit.setText("电话号码")
    dlg.ui.postEdit.setText("检修")
    qtbot.mouseClick(dlg.ui.saveButton, Qt.MouseButton.LeftButton)
    text = dlg.ui.problemsLabel.text()
    assert dlg.isVisible() and dlg.ui.problemsLabel.isVisible()
    assert "姓名不能为空" in text and "工号 A001 已被“张伟”使用" in text and "联系电话格式不正确" in text
    assert dlg.ui.postEdit.text() == "检修" and dlg.ui.phoneEdit.text() == "电话号码"  # input kept
    assert roster.count_people(sqlite_secretary, PersonFilter(include_archived=True)) == before


def test_edit_by_double_click_saves_with_the_version(qtbot, tab, org, sqlite_secretary):
    select_person(qtbot, tab, "王强")
    table = tab.ui.peopleTable
    rect = table.visualRect(tab.model.index(names(tab).index("王强"), COL_NAME))
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dlg = tab.person_dialog
    assert dlg is not None and dlg.ui.nameEdit.text() == "王强"
    assert dlg.ui.unitCombo.currentData() == org["team"]
    dlg.ui.politicalCombo.setCurrentIndex(dlg.ui.politicalCombo.findText("入党积极分子"))
    dlg.ui.noteEdit.setPlainText("2026年递交入党申请书")
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(dlg.ui.saveButton, Qt.MouseButton.LeftButton)
    p = roster.get_person(sqlite_secretary, org["王强"])
    assert p.political_status is PoliticalStatus.ACTIVIST and p.note == "2026年递交入党申请书"
    assert p.version == 2
    row = names(tab).index("王强")
    assert tab.model.data(tab.model.index(row, COL_POLITICAL)) == "入党积极分子"


def test_edit_conflict_is_reported_and_the_fresh_data_loaded(qtbot, tab, org, sqlite_secretary):
    select_person(qtbot, tab, "刘洋")
    qtbot.mouseClick(tab.ui.editButton, Qt.MouseButton.LeftButton)
    dlg = tab.person_dialog
    other = roster.get_person(sqlite_secretary, org["刘洋"])
    roster.update_person(sqlite_secretary, other.id, other.version, replace_input(other, post="班长"))
    dlg.ui.phoneEdit.setText("13912345678")
    qtbot.mouseClick(dlg.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dlg.isVisible()
    assert "已被他人修改" in dlg.ui.problemsLabel.text()
    assert dlg.ui.postEdit.text() == "班长"  # the other user's change is shown
    p = roster.get_person(sqlite_secretary, org["刘洋"])
    assert p.phone == "13900000005"  # nothing of ours was written
    dlg.ui.phoneEdit.setText("13912345678")  # redo it on the fresh version: now it saves
    qtbot.mouseClick(dlg.ui.saveButton, Qt.MouseButton.LeftButton)
    p = roster.get_person(sqlite_secretary, org["刘洋"])
    assert (p.post, p.phone) == ("班长", "13912345678")


def replace_input(row, **kw):
    from dataclasses import replace

    return replace(row.to_input(), **kw)


def test_archive_with_a_reason_hides_then_restore(qtbot, tab, org, sqlite_secretary):
    select_person(qtbot, tab, "李娜")
    qtbot.mouseClick(tab.ui.archiveButton, Qt.MouseButton.LeftButton)
    dlg = tab.archive_dialog
    dlg.reasonCombo.setCurrentText("调离")
    dlg.detailEdit.setText("调往机关")
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(dlg.okButton, Qt.MouseButton.LeftButton)
    assert "李娜" not in names(tab)
    p = roster.get_person(sqlite_secretary, org["李娜"])
    assert p.archived_at is not None and p.archive_reason == "调离：调往机关"
    assert tab.ui.countLabel.text() == "共 5 人（党员 2 人）"
    assert tab.ui.peopleTable.isColumnHidden(COL_STATUS)  # no archived rows listed: no 状态 column
    tab.ui.archivedCheck.setChecked(True)
    # The whole name, a 状态 column saying 已归档, the row grey and italic (painted despite the theme).
    row = names(tab).index("李娜")
    assert tab.model.data(tab.model.index(row, COL_NAME)) == "李娜"
    assert tab.model.data(tab.model.index(row, COL_STATUS)) == "已归档"
    assert not tab.ui.peopleTable.isColumnHidden(COL_STATUS)
    assert isinstance(tab.model.data(tab.model.index(row, COL_NAME), Qt.ItemDataRole.BackgroundRole), QBrush)
    assert tab.model.data(tab.model.index(row, COL_PHONE), Qt.ItemDataRole.FontRole).italic()
    other = names(tab).index("张伟")
    assert tab.model.data(tab.model.index(other, COL_STATUS)) == ""
    assert tab.model.data(tab.model.index(other, COL_NAME), Qt.ItemDataRole.BackgroundRole) is None
    assert isinstance(tab.ui.peopleTable.itemDelegate(), TintDelegate)
    select_person(qtbot, tab, "李娜")
    assert tab.ui.restoreButton.isEnabled() and not tab.ui.archiveButton.isEnabled()
    qtbot.mouseClick(tab.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert roster.get_person(sqlite_secretary, org["李娜"]).archived_at is None


def test_archive_other_needs_words(qtbot, tab, org, sqlite_secretary):
    select_person(qtbot, tab, "陈静")
    tab.archive_selected()
    dlg = tab.archive_dialog
    dlg.reasonCombo.setCurrentText("其他")
    qtbot.mouseClick(dlg.okButton, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and dlg.problemLabel.isVisible()
    assert roster.get_person(sqlite_secretary, org["陈静"]).archived_at is None


def test_viewer_sees_write_buttons_disabled(qtbot, sqlite_secretary, org):
    w = RosterTab(viewer_of(sqlite_secretary))
    qtbot.addWidget(w)
    w.show()
    assert len(names(w)) == 6
    select_person(qtbot, w, "张伟")
    ui = w.ui
    for b in (ui.addButton, ui.archiveButton, ui.restoreButton, ui.importButton,
              ui.addBranchButton, ui.addUnitButton, ui.renameButton):
        assert not b.isEnabled(), b.text()
    assert ui.templateButton.isEnabled() and ui.historyButton.isEnabled()  # a viewer may read the history…
    w.show_import_history()
    assert not w.history_dialog.ui.undoButton.isEnabled()  # …but not undo an import
    w.history_dialog.reject()
    assert ui.editButton.isEnabled() and ui.editButton.text() == "查看"
    w.edit_selected()  # a viewer may look, not save
    assert w.person_dialog.read_only and not w.person_dialog.ui.saveButton.isVisible()


def test_show_person_clears_filters_that_hide_him(qtbot, tab, org):
    click_tree(qtbot, tab, tree_item(tab, "branch", org["branch2"]))
    tab.ui.searchEdit.setText("刘")
    tab.apply_filter()
    assert names(tab) == ["刘洋"]
    tab.show_person(org["张伟"])
    assert tab.selected_person().name == "张伟"
    assert tab.ui.searchEdit.text() == ""
    assert tab.ui.orgTree.currentItem() is tab.ui.orgTree.topLevelItem(0)


def test_tree_add_branch_unit_team_and_rename(qtbot, tab, monkeypatch, sqlite_secretary):
    answers = iter(["掘进一区党支部", "掘进一工区", "掘进一班", "掘进二班"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(answers), True))
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.ui.addBranchButton, Qt.MouseButton.LeftButton)
    assert tab.tree.current_node().kind == "branch"  # the new branch is selected
    qtbot.mouseClick(tab.ui.addUnitButton, Qt.MouseButton.LeftButton)
    assert tab.tree.current_node().kind == "unit"
    qtbot.mouseClick(tab.ui.addUnitButton, Qt.MouseButton.LeftButton)
    assert tab.tree.current_node().kind == "team"
    qtbot.mouseClick(tab.ui.renameButton, Qt.MouseButton.LeftButton)
    tree = roster.org_tree(sqlite_secretary)
    b = next(b for b in tree if b.name == "掘进一区党支部")
    assert b.units[0].name == "掘进一工区" and b.units[0].teams[0].name == "掘进二班"
    assert tab.ui.orgTree.currentItem().text(0) == "掘进二班（0人）"


def test_org_error_is_shown_in_chinese(qtbot, tab, monkeypatch, msgbox):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("综采二区党支部", True))
    tab.add_branch()
    assert msgbox.texts("warning") == ["支部“综采二区党支部”已存在。"]


def test_lazy_paging_with_a_thousand_people(qtbot, sqlite_secretary, org):
    ctx = sqlite_secretary
    for i in range(1000):
        roster.add_person(ctx, PersonInput(name=f"职工{i:04d}", employee_no=f"N{i:04d}", branch_id=org["branch"]))
    w = RosterTab(ctx)
    qtbot.addWidget(w)
    m = w.model
    assert m.total == 1006
    assert m.rowCount() == 200 and m.canFetchMore()
    assert w.ui.countLabel.text() == "共 1006 人（党员 3 人）"
    m.fetchMore()
    assert m.rowCount() == 400
    w.show()
    w.ui.peopleTable.scrollToBottom()  # the view asks for more as the user scrolls
    qtbot.waitUntil(lambda: m.rowCount() > 400, timeout=2000)
    while m.canFetchMore():
        m.fetchMore()
    assert m.rowCount() == 1006
    loaded = [m.row_at(i) for i in range(m.rowCount())]
    assert len({r.id for r in loaded}) == 1006  # pages neither overlap nor skip
    # Sorted by name in pinyin order (as on a paper roster), in SQL: 陈静 before 刘洋 before 张伟.
    assert [r.name for r in loaded] == sorted((r.name for r in loaded), key=name_key)
    assert [r.name for r in loaded[:3]] == ["陈静", "李娜", "刘洋"]
    w.ui.searchEdit.setText("职工09")
    qtbot.waitUntil(lambda: m.total == 100, timeout=2000)
    assert m.rowCount() == 100 and not m.canFetchMore()


def test_joined_date_unset_state(qtbot, tab, org, sqlite_secretary):
    select_person(qtbot, tab, "刘洋")
    tab.edit_selected()
    ui = tab.person_dialog.ui
    assert ui.joinedDateEdit.text() == "2008-03-15" and not ui.joinedUnsetCheck.isChecked()
    ui.joinedUnsetCheck.setChecked(True)  # 未填: the box says so, and nothing is saved
    assert ui.joinedDateEdit.text() == "" and not ui.joinedDateEdit.isEnabled()  # placeholder 未填
    ui.joinedUnsetCheck.setChecked(False)  # back: the date typed before returns
    assert ui.joinedDateEdit.text() == "2008-03-15"
    ui.joinedUnsetCheck.setChecked(True)
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert roster.get_person(sqlite_secretary, org["刘洋"]).joined_party_on is None
    select_person(qtbot, tab, "赵敏")  # an activist: no 入党日期 at all
    tab.edit_selected()
    ui = tab.person_dialog.ui
    assert ui.joinedDateEdit.text() == "" and not ui.joinedUnsetCheck.isEnabled()



@pytest.mark.parametrize("kind", ["branch", "unit"])
def test_a_vanished_node_falls_back_to_everyone(qtbot, tab, org, sqlite_secretary, kind):
    """A restore (or an undo, or another office's change) removes the node the tree had selected:
    the tree shows the root and the table lists everyone, not "共 0 人" under a ghost filter."""
    from dangjian_desktop.domain.org import Branch, WorkUnit

    ctx = sqlite_secretary
    if kind == "branch":
        gone = roster.create_branch(ctx, "临时党支部")
    else:
        gone = roster.create_unit(ctx, org["branch2"], "临时班")
    tab.reload()
    click_tree(qtbot, tab, tree_item(tab, kind, gone))
    assert tab.model.total == 0
    with ctx.db.uow() as s:
        s.delete(s.get(Branch if kind == "branch" else WorkUnit, gone))
    tab.reload()
    assert tab.ui.orgTree.currentItem() is tab.tree.root()
    assert tab.model.filter.branch_id is None and tab.model.filter.unit_id is None
    assert tab.model.total == 6
    assert tab.ui.countLabel.text().startswith("共 6 人")
    # Clicking a branch and the root again works as before.
    click_tree(qtbot, tab, tree_item(tab, "branch", org["branch"]))
    assert tab.model.total == 3
    click_tree(qtbot, tab, tab.tree.root())
    assert tab.model.total == 6


def _long_names(ctx: Ctx, org: dict[str, int]) -> None:
    """Rows as wide as the demo's: long branch, unit and post names."""
    b = roster.create_branch(ctx, "综采二区机电运输党支部")
    u = roster.create_unit(ctx, b, "综采二区机电运输工区")
    t = roster.create_unit(ctx, b, "井下机电设备检修班", parent_id=u)
    roster.add_person(ctx, PersonInput(
        name="欧阳建国", employee_no="DT010049", branch_id=b, unit_id=t, post="综采工作面液压支架工（特种）",
        political_status=M, joined_party_on=date(2012, 7, 1), gender=Gender.MALE, phone="13900001234",
    ), date(2026, 11, 24))


def test_the_table_fits_a_1024_screen_without_a_horizontal_scroll(qtbot, sqlite_secretary, org):
    _long_names(sqlite_secretary, org)
    w = RosterTab(sqlite_secretary)
    qtbot.addWidget(w)
    w.resize(1000, 640)  # the tab on a maximised 1024×768 window
    w.show()
    qtbot.waitExposed(w)
    table = w.ui.peopleTable
    header = table.horizontalHeader()
    widths = {c: header.sectionSize(c) for c in range(w.model.columnCount()) if not table.isColumnHidden(c)}
    assert sum(widths.values()) <= table.viewport().width(), (widths, table.viewport().width(), w.ui.splitter.sizes())
    assert table.horizontalScrollBar().maximum() == 0
    # Every branch label whole: the tree is at least as wide as they need.
    assert w.ui.splitter.sizes()[0] >= min(w.tree.preferred_width(), 360)
    # The important columns keep their whole text; 岗位 gives up room.
    fm = header.fontMetrics()
    assert header.sectionSize(COL_NAME) >= fm.horizontalAdvance("欧阳建国")
    assert header.sectionSize(COL_PHONE) >= fm.horizontalAdvance("13900001234")


def test_the_tree_width_is_remembered_but_never_below_its_labels(qtbot, sqlite_secretary, org):
    _long_names(sqlite_secretary, org)

    def open_tab() -> RosterTab:
        w = RosterTab(sqlite_secretary)
        qtbot.addWidget(w)
        w.resize(1400, 700)
        w.show()
        qtbot.waitExposed(w)
        return w

    w = open_tab()
    need = min(w.tree.preferred_width(), 360)
    assert w.ui.splitter.sizes()[0] >= need
    w.ui.splitter.moveSplitter(need + 40, 1)  # the user widens it
    w.close()
    w = open_tab()
    assert abs(w.ui.splitter.sizes()[0] - (need + 40)) <= 2
    w.ui.splitter.moveSplitter(120, 1)  # the user narrows it below the labels
    w.close()
    for _start in range(3):  # start after start: never narrower than the labels
        w = open_tab()
        assert w.ui.splitter.sizes()[0] >= need
        w.close()


def test_focus_stays_on_the_table_after_archive_and_restore(qtbot, tab, org):
    """The 归档 button is disabled after archiving: the focus must not jump to 导入… (Enter)."""
    tab.activateWindow()
    select_person(qtbot, tab, "李娜")
    tab.ui.archiveButton.setFocus()
    qtbot.mouseClick(tab.ui.archiveButton, Qt.MouseButton.LeftButton)
    dlg = tab.archive_dialog
    dlg.reasonCombo.setCurrentText("调离")
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(dlg.okButton, Qt.MouseButton.LeftButton)
    assert tab.focusWidget() is tab.ui.peopleTable
    tab.ui.archivedCheck.setChecked(True)
    select_person(qtbot, tab, "李娜")
    tab.ui.restoreButton.setFocus()
    qtbot.mouseClick(tab.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert tab.focusWidget() is tab.ui.peopleTable
    assert tab.focusWidget() is not tab.ui.importButton


def test_columns_take_their_room_back_when_the_window_grows(qtbot, sqlite_secretary, org):
    _long_names(sqlite_secretary, org)
    w = RosterTab(sqlite_secretary)
    qtbot.addWidget(w)
    w.resize(900, 640)
    w.show()
    qtbot.waitExposed(w)
    header = w.ui.peopleTable.horizontalHeader()
    narrow = header.sectionSize(COL_POST)
    w.resize(1400, 700)
    qtbot.waitUntil(lambda: header.sectionSize(COL_POST) > narrow)
    assert header.sectionSize(COL_POST) >= header.fontMetrics().horizontalAdvance("综采工作面液压支架工（特种）")
