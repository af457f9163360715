"""The 工作台 reads in the background (a second or more on the large demo): the window keeps
answering meanwhile, the last reload asked for wins, and a window closed during a read closes
cleanly. A slow source is put in front of the real ones, as an area's slow query would be."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication

from dangjian_desktop.services import worklist
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.services.worklist import Source, Urgency, WorkItem
from dangjian_desktop.ui.common.tasks import Task
from dangjian_desktop.ui.main_window import MainWindow
from dangjian_desktop.ui.worklist.tab import PAGE_EMPTY, PAGE_TABLE, WorklistTab

from .conftest import worklist_read

TODAY = date(2026, 11, 24)


def _item(title: str) -> WorkItem:
    return WorkItem("测试", title, "说明", TODAY, Urgency.DUE_TODAY)


@pytest.fixture
def tab(qtbot, sqlite_secretary: Ctx) -> WorklistTab:
    t = WorklistTab(sqlite_secretary, today=lambda: TODAY)
    qtbot.addWidget(t)
    t.show()
    return t


def test_the_read_runs_off_the_gui_thread_and_the_window_keeps_answering(qtbot, tab, monkeypatch) -> None:
    release, seen = threading.Event(), {}

    def slow(session, actor, today):
        seen["thread"] = threading.get_ident()
        # Released by a timer of the GUI thread: a read on the GUI thread would wait here in vain.
        seen["released"] = release.wait(10)
        return [_item("慢的一项")]

    monkeypatch.setattr(worklist, "SOURCES", (Source("slow", "测试", slow), *worklist.SOURCES))
    ticks: list[int] = []
    timer = QTimer(tab)
    timer.setInterval(20)
    timer.timeout.connect(lambda: (ticks.append(1), len(ticks) >= 5 and release.set()))
    timer.start()
    tab.reload()
    assert tab.reading and tab.ui.emptyLabel.text() == "正在计算…" and tab.ui.stack.currentIndex() == PAGE_EMPTY
    with qtbot.waitSignal(tab.reloaded, timeout=15_000):
        pass
    assert seen["released"] and len(ticks) >= 5
    assert seen["thread"] != threading.get_ident()  # the test runs on the GUI thread
    assert not tab.reading and tab.ui.stack.currentIndex() == PAGE_TABLE
    assert [i.title for i in tab.model.items()][0] == "慢的一项"
    assert tab.ui.todayLabel.text().startswith("今日到期 ")


def test_a_stale_read_is_not_shown_after_a_newer_one(qtbot, tab, monkeypatch) -> None:
    """The first read is slow (an hourly check on a busy server), the second one (after a save)
    quick: the second one's items stay, though the first one ends after it."""
    first_may_end, first_ended, calls = threading.Event(), threading.Event(), []

    def source(session, actor, today):
        calls.append(today)
        if len(calls) == 1:
            first_may_end.wait(10)
            first_ended.set()
            return [_item("旧的结果")]
        return [_item("新的结果")]

    monkeypatch.setattr(worklist, "SOURCES", (Source("changing", "测试", source),))
    shown: list[list[str]] = []
    tab.reloaded.connect(lambda: shown.append([i.title for i in tab.model.items()]))
    tab.reload()
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=10_000)
    tab.reload()
    qtbot.waitUntil(lambda: shown == [["新的结果"]], timeout=10_000)
    assert not tab.reading
    first_may_end.set()
    assert first_ended.wait(10)
    qtbot.wait(300)  # the first read's result is delivered to the GUI thread, and dropped
    assert shown == [["新的结果"]] and [i.title for i in tab.model.items()] == ["新的结果"]


def test_the_hourly_check_and_a_save_reload_in_the_background(qtbot, sqlite_secretary: Ctx, monkeypatch) -> None:
    titles = iter(["第一次", "第二次", "第三次"])
    monkeypatch.setattr(worklist, "SOURCES", (Source("count", "测试", lambda s, a, t: [_item(next(titles))]),))
    w = MainWindow(sqlite_secretary.db, sqlite_secretary.actor, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    worklist_read(qtbot, w)
    assert [i.title for i in w.worklist.model.items()] == ["第一次"]
    w.hourly.timeout.emit()  # the hourly timer
    assert [i.title for i in w.worklist.model.items()] == ["第一次"]  # kept while the new read runs
    worklist_read(qtbot, w)
    assert [i.title for i in w.worklist.model.items()] == ["第二次"]
    w.tabs.changed.emit()  # a tab saved something
    worklist_read(qtbot, w)
    assert [i.title for i in w.worklist.model.items()] == ["第三次"]
    assert QApplication.activeModalWidget() is None  # no progress dialog for the 工作台
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert w.worklist.findChildren(Task) == []  # a read's task does not outlive it (hourly, for months)


def test_a_window_closed_during_a_read_stops_it_and_closes(qtbot, sqlite_secretary: Ctx, monkeypatch) -> None:
    started, asked = threading.Event(), []

    def slow(session, actor, today):
        started.set()
        threading.Event().wait(0.5)
        return [_item("慢的一项")]

    def later(session, actor, today):
        asked.append(today)
        return []

    monkeypatch.setattr(worklist, "SOURCES", (Source("slow", "测试", slow), Source("later", "测试", later)))
    w = MainWindow(sqlite_secretary.db, sqlite_secretary.actor, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    shown: list[int] = []
    w.worklist.reloaded.connect(lambda: shown.append(1))
    assert started.wait(10)
    w.close()  # waits for the read, which stops after the source it is in
    assert not w.worklist.reading and asked == []
    qtbot.wait(300)
    assert shown == [] and w.worklist.model.rowCount() == 0
