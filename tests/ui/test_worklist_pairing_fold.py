"""A branch with many members' follow-ups due is one 工作台 line; double-clicking it opens the
结对帮扶 tab on that branch's follow-up list, due only, every member."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from dangjian_desktop.domain.org import Person, PoliticalStatus
from dangjian_desktop.services import pairing, roster
from dangjian_desktop.services.pairing import PairInput
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.main_window import MainWindow
from dangjian_desktop.ui.pairing.tab import PAGE_FOLLOW, PairingTab

from .conftest import worklist_read

TODAY = date(2026, 11, 24)


def _window_on_folded_line(qtbot, ctx: Ctx, kind: str, title: str) -> MainWindow:
    """The main window with its 工作台 read; the one 结对帮扶 line about ``kind`` is ``title``, and
    it is double-clicked as a user does (a press, then the double click)."""
    w = MainWindow(ctx.db, ctx.actor, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    worklist_read(qtbot, w)
    items = w.worklist.model.items()
    [row] = [n for n, i in enumerate(items) if i.area == "结对帮扶" and kind in i.title]
    assert items[row].title == title
    view = w.worklist.ui.tableView
    at = view.visualRect(view.model().index(row, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    return w


def test_the_folded_line_opens_the_branchs_follow_ups(qtbot, sqlite_secretary: Ctx) -> None:
    ctx = sqlite_secretary
    roster.create_branch(ctx, "运行部党支部")
    b = roster.create_branch(ctx, "综采二区党支部")
    with ctx.db.uow() as s:
        people = [Person(name=f"{c}{kind}", employee_no=f"E{i}{j}", branch_id=b, political_status=st)
                  for i, c in enumerate("甲乙丙丁戊")
                  for j, (kind, st) in enumerate((("党员", PoliticalStatus.MEMBER), ("职工", PoliticalStatus.MASSES)))]
        s.add_all(people)
        s.flush()
        ids = {p.name: p.id for p in people}
    for c in "甲乙丙丁戊":  # five members, each with a worker never followed up since 09-01: overdue
        pairing.create_pair(ctx, PairInput(ids[f"{c}党员"], (ids[f"{c}职工"],), date(2026, 9, 1), frequency_days=30))

    w = _window_on_folded_line(qtbot, ctx, "结对职工", "综采二区党支部：结对职工跟进逾期 5 人")
    tab = w.tabs.tab("pairing")
    assert isinstance(tab, PairingTab) and tab.isVisible() and tab.ui.pages.currentIndex() == PAGE_FOLLOW
    assert tab.branch_id() == b and tab.ui.dueOnlyCheck.isChecked() and tab.ui.memberFilterCombo.currentData() is None
    assert sorted(tab.due_model.row_at(i).worker for i in range(tab.due_model.rowCount())) == sorted(
        f"{c}职工" for c in "甲乙丙丁戊")


def test_the_folded_hardship_line_opens_the_branchs_plans(qtbot, sqlite_secretary: Ctx) -> None:
    from dangjian_desktop.services import hardship
    from dangjian_desktop.ui.pairing.tab import PAGE_HARDSHIP

    ctx = sqlite_secretary
    roster.create_branch(ctx, "运行部党支部")
    b = roster.create_branch(ctx, "综采二区党支部")
    with ctx.db.uow() as s:
        member = Person(name="帮扶党员", employee_no="M1", branch_id=b, political_status=PoliticalStatus.MEMBER)
        workers = [Person(name=f"{c}职工", employee_no=f"W{i}", branch_id=b, political_status=PoliticalStatus.MASSES)
                   for i, c in enumerate("甲乙丙丁")]
        s.add_all([member, *workers])
        s.flush()
        member_id, worker_ids = member.id, [w.id for w in workers]
    for w_id in worker_ids:  # four plans, each with a step due 09-01 and not done: behind
        hardship.create_plan(ctx, hardship.PlanInput(w_id, member_id, date(2026, 6, 1), date(2026, 12, 31), "家属重病",
                                                     (hardship.StepInput("申请困难补助", date(2026, 9, 1)),)))

    w = _window_on_folded_line(qtbot, ctx, "困难帮扶", "综采二区党支部：困难帮扶逾期 4 户")
    tab = w.tabs.tab("pairing")
    assert isinstance(tab, PairingTab) and tab.isVisible() and tab.ui.pages.currentIndex() == PAGE_HARDSHIP
    assert tab.branch_id() == b
    assert sorted(tab.plans_model.row_at(i).worker for i in range(tab.plans_model.rowCount())) == [
        "丁职工", "丙职工", "乙职工", "甲职工"]
    assert tab.ui.plansTable.currentIndex().row() == 0
