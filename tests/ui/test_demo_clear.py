"""The window says 演示数据 while the database holds the demo; 文件 → 清除演示数据 asks (naming
what was added since), backs up and empties it back to the first account."""

from __future__ import annotations

from datetime import date

from dangjian_desktop import settings
from dangjian_desktop.services import demo_data, roster
from dangjian_desktop.services.demo import load_demo
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.main_window import MainWindow

from ..conftest import viewer_of


def _window(qtbot, ctx: Ctx) -> MainWindow:
    w = MainWindow(ctx.db, ctx.actor, today=lambda: date(2026, 11, 24))
    qtbot.addWidget(w)
    w.show()
    return w


def test_demo_is_named_then_cleared(qtbot, msgbox, sqlite_secretary: Ctx) -> None:
    w = _window(qtbot, sqlite_secretary)
    assert "演示数据" not in w.windowTitle() and not w.demo_label.isVisible()
    assert not w.ui.actionClearDemo.isEnabled()

    load_demo(sqlite_secretary.db, today=date(2026, 11, 24), actor=sqlite_secretary.actor)
    roster.create_branch(sqlite_secretary, "检修部党支部")
    w.data_changed()
    assert w.windowTitle() == f"【演示数据】{settings.WINDOW_TITLE}" and w.demo_label.isVisible()
    assert w.ui.actionClearDemo.isEnabled()

    msgbox.answer = msgbox.answer.No
    assert w.clear_demo() is None and roster.count_people(sqlite_secretary) > 100  # declined: nothing changed
    assert "又有 1 项新增或修改" in msgbox.texts("question")[0]

    msgbox.answer = msgbox.answer.Yes
    w.ui.actionClearDemo.trigger()
    qtbot.waitUntil(lambda: w.task is None and bool(msgbox.texts("information")), timeout=60_000)
    assert "演示数据已清除" in msgbox.texts("information")[0]
    assert roster.is_empty(sqlite_secretary) and demo_data.demo_status(sqlite_secretary) is None
    assert w.windowTitle() == settings.WINDOW_TITLE and not w.demo_label.isVisible()
    assert w.tab("roster").model.total == 0 and w.ui.actionLoadDemo.isEnabled()


def test_only_the_secretary_may_clear(qtbot, sqlite_secretary: Ctx) -> None:
    load_demo(sqlite_secretary.db, today=date(2026, 11, 24), actor=sqlite_secretary.actor)
    w = _window(qtbot, viewer_of(sqlite_secretary))
    assert w.demo_label.isVisible() and not w.ui.actionClearDemo.isEnabled()
    assert w.clear_demo() is None
