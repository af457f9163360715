"""Organisation edits in the 人员 tab: rename the committee and a branch, delete empty units and
branches (a full one refused, saying what it holds), and the empty database's first step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.services import roster
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.roster.org_tree import ALL, OrgNode
from dangjian_desktop.ui.roster.tab import RosterTab

from ..conftest import viewer_of


@pytest.fixture
def org(sqlite_secretary: Ctx) -> dict[str, int]:
    ctx = sqlite_secretary
    b = roster.create_branch(ctx, "综采二区党支部", "大屯电热公司党委")
    u = roster.create_unit(ctx, b, "综采二区")
    t = roster.create_unit(ctx, b, "检修班", parent_id=u)
    roster.add_person(ctx, PersonInput(name="张伟", employee_no="A001", branch_id=b, unit_id=t))
    b2 = roster.create_branch(ctx, "运行部党支部")
    u2 = roster.create_unit(ctx, b2, "运行一班")
    return {"branch": b, "unit": u, "team": t, "branch2": b2, "unit2": u2}


def make_tab(qtbot, ctx: Ctx) -> RosterTab:
    w = RosterTab(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def select(tab: RosterTab, node: OrgNode) -> None:
    tab.ui.orgTree.setCurrentItem(tab.tree.find_item(node))


def test_rename_committee_and_branch(qtbot, monkeypatch, sqlite_secretary, org):
    tab = make_tab(qtbot, sqlite_secretary)
    answers = iter(["大屯公司党委", "运行部第一党支部"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(answers), True))
    select(tab, ALL)
    assert tab.ui.renameButton.isEnabled() and not tab.ui.deleteOrgButton.isEnabled()
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.ui.renameButton, Qt.MouseButton.LeftButton)
    assert tab.tree.root().text(0).startswith("大屯公司党委（全部")
    select(tab, OrgNode("branch", org["branch2"]))
    qtbot.mouseClick(tab.ui.renameButton, Qt.MouseButton.LeftButton)
    assert tab.ui.orgTree.currentItem().text(0).startswith("运行部第一党支部（")
    assert [b.name for b in roster.org_tree(sqlite_secretary)] == ["综采二区党支部", "运行部第一党支部"]


def test_delete_refuses_a_full_unit_then_deletes_empty_ones(qtbot, msgbox, sqlite_secretary, org):
    tab = make_tab(qtbot, sqlite_secretary)
    select(tab, OrgNode("team", org["team"]))
    qtbot.mouseClick(tab.ui.deleteOrgButton, Qt.MouseButton.LeftButton)
    assert msgbox.texts("warning") == ["班组“检修班”中还有人员 1 人，不能删除。请先把人员调到其他区队/班组，或保留它。"]
    select(tab, OrgNode("unit", org["unit2"]))
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.ui.deleteOrgButton, Qt.MouseButton.LeftButton)
    assert tab.tree.current_node() == OrgNode("branch", org["branch2"])  # its branch is selected
    qtbot.mouseClick(tab.ui.deleteOrgButton, Qt.MouseButton.LeftButton)
    assert [b.name for b in roster.org_tree(sqlite_secretary)] == ["综采二区党支部"]
    assert "已删除支部：运行部党支部" in tab.ui.messageLabel.text()


def test_empty_database_says_a_branch_comes_first(qtbot, monkeypatch, sqlite_secretary):
    tab = make_tab(qtbot, sqlite_secretary)
    assert tab.ui.emptyHint.isVisible() and "请先新建一个支部" in tab.ui.emptyHintLabel.text()
    assert not tab.ui.addButton.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("综采二区党支部", True))
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.ui.emptyAddBranchButton, Qt.MouseButton.LeftButton)
    assert not tab.ui.emptyHint.isVisible() and tab.ui.addButton.isEnabled()


def test_viewer_cannot_rename_or_delete(qtbot, sqlite_secretary, org):
    tab = make_tab(qtbot, viewer_of(sqlite_secretary))
    select(tab, OrgNode("unit", org["unit2"]))
    assert not tab.ui.renameButton.isEnabled() and not tab.ui.deleteOrgButton.isEnabled()
    assert not tab.ui.emptyHint.isVisible()
