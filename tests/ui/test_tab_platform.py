"""The tab platform: tabs built on first show, their menu items, the 工作台 targets they accept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QWidget

from dangjian_desktop import settings
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.services.worklist import WorkTarget
from dangjian_desktop.ui.common import prefs
from dangjian_desktop.ui.common.tab_platform import Access, TabAction, TabHost, TabSpec
from dangjian_desktop.ui.main_window import MainWindow
from dangjian_desktop.ui.tabs import TABS

from ..conftest import viewer_of

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 24)


def _window(qtbot, ctx: Ctx) -> MainWindow:
    w = MainWindow(ctx.db, ctx.actor, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    return w


def _menu_texts(menu: QMenu) -> list[str]:
    return ["──" if a.isSeparator() else a.text() for a in menu.actions()]


# ------------------------------------------------------------------ the real window


_FRESH_START = """
import json, sys
from dangjian_desktop.app import make_application
from dangjian_desktop.services import auth
from dangjian_desktop.services.uow import Database
from dangjian_desktop.ui.main_window import MainWindow
from dangjian_desktop.ui.tabs import TABS

app = make_application()
db = Database(sys.argv[1])
window = MainWindow(db, auth.login(db, "shuji", "secret123"))
window.show()
app.processEvents()
out = {"loaded_at_start": sorted(m for m in sys.modules if m.startswith("dangjian_desktop.ui.roster")),
       "specs_loaded": [s.module for s in TABS if s.module in sys.modules],
       "titles": window.tab_titles()}
tab = window.show_tab("roster")
app.processEvents()
out["loaded_after"] = "dangjian_desktop.ui.roster.tab" in sys.modules
out["visible"] = tab.isVisible()
out["once"] = window.show_tab("roster") is tab and window.tab("roster") is tab
out["children"] = len(window.findChildren(type(tab)))
print(json.dumps(out))
window.close()
"""


def test_a_tab_is_imported_and_built_only_when_first_shown(sqlite_secretary: Ctx, tmp_path: Path) -> None:
    url = sqlite_secretary.db.url
    sqlite_secretary.db.dispose()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", _FRESH_START, url], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["titles"] == ["工作台", *[s.title for s in TABS]]
    assert out["loaded_at_start"] == [] and out["specs_loaded"] == []  # not even the package
    assert out["loaded_after"] and out["visible"] and out["once"]
    assert out["children"] == 1


def test_every_listed_tab_builds_and_has_what_the_window_needs(qtbot, sqlite_secretary: Ctx) -> None:
    w = _window(qtbot, sqlite_secretary)
    assert w.tab_titles() == ["工作台", *[s.title for s in TABS]]
    for spec in TABS:
        tab = w.show_tab(spec.key)
        assert isinstance(tab, QWidget) and spec.module in sys.modules and type(tab).__module__ == spec.module
        assert callable(tab.reload) and callable(tab.show_target) and hasattr(tab.changed, "connect")
        for action in spec.actions:
            assert w.tab_action(spec.key, action.key).text() == action.text


def test_the_file_menu_looks_as_before(qtbot, sqlite_secretary: Ctx) -> None:
    w = _window(qtbot, sqlite_secretary)
    texts = _menu_texts(w.ui.menuFile)  # the roster's items first, other tabs' after them, the window's last
    assert texts[:5] == ["导入人员名册…", "导出导入模板…", "导出名册…", "导入记录…", "撤销上次导入"]
    assert texts[-7:] == ["──", "备份数据…", "恢复数据…", "载入演示数据", "清除演示数据…", "──", "退出"]
    assert w.tab_action("roster", "import").statusTip() == "从 Excel 或 CSV 名册导入人员"
    assert not w.tabs.is_built("roster")  # the menu is there before the tab


def test_every_tab_puts_its_exports_in_the_file_menu_and_adds_no_menu(qtbot, sqlite_secretary: Ctx,
                                                                      monkeypatch) -> None:
    # One rule: 责任区 had a menu of its own, 考核评比 had no menu item at all.
    from PySide6.QtWidgets import QFileDialog

    w = _window(qtbot, sqlite_secretary)
    assert [a.text() for a in w.ui.menubar.actions()] == ["文件", "打印", "视图", "系统", "帮助"]
    assert all(a.menu == "文件" for s in TABS for a in s.actions)
    texts = _menu_texts(w.ui.menuFile)
    for text in ("导出责任区一览…", "导出评先选优名单…", "导出党员积分…"):
        assert text in texts
    assert w.ui.menuFile.sizeHint().height() <= 768 - 60  # whole on a 1024×768 screen, under the menu bar
    asked: list[str] = []

    def cancelled(_parent, title, *_a, **_k):
        asked.append(title)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(cancelled))
    w.tab_action("assessment", "export_points").trigger()  # 文件 → 导出党员积分…: the tab shown, the file asked
    assert asked == ["导出党员积分"] and w.ui.tabWidget.currentWidget() is w.tabs.pages["assessment"]


def test_f5_reloads_only_the_tabs_built(qtbot, sqlite_secretary: Ctx) -> None:
    w = _window(qtbot, sqlite_secretary)
    w.ui.actionRefresh.trigger()
    assert not w.tabs.is_built("roster")
    w.show_tab("roster")
    w.ui.actionRefresh.trigger()
    assert w.tabs.is_built("roster")


def test_the_tab_open_last_time_is_built_at_start(qtbot, sqlite_secretary: Ctx) -> None:
    prefs.set_value(settings.KEY_CURRENT_TAB, 1)
    w = _window(qtbot, sqlite_secretary)
    assert w.ui.tabWidget.currentIndex() == 1 and w.tabs.is_built("roster")
    assert w.tab("roster").isVisible()


def test_a_target_no_tab_accepts_is_said_in_the_status_bar(qtbot, sqlite_secretary: Ctx) -> None:
    w = _window(qtbot, sqlite_secretary)
    w.open_target(WorkTarget("no-such-kind", 3))
    assert w.statusBar().currentMessage() == "这一项没有可以打开的页面。"
    assert w.ui.tabWidget.currentIndex() == 0 and not w.tabs.is_built("roster")


# ------------------------------------------------------------------ the platform on its own


class FakeTab(QWidget):
    changed = Signal()
    built: list[FakeTab] = []
    fail_next = False

    def __init__(self, ctx: Ctx, parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        if FakeTab.fail_next:
            FakeTab.fail_next = False
            raise DomainError("数据库暂时无法使用")
        super().__init__(parent)
        self.reloads = 0
        self.shown: list[WorkTarget] = []
        self.ran: list[str] = []
        self.today = today
        FakeTab.built.append(self)

    def reload(self) -> None:
        self.reloads += 1

    def show_target(self, target: WorkTarget) -> None:
        self.shown.append(target)


def _fake_spec(key: str, menu: str = "文件") -> TabSpec[FakeTab]:
    return TabSpec[FakeTab](
        key, f"标签{key}", __name__, lambda: FakeTab, targets=frozenset({f"{key}-record"}), actions=(
            TabAction("one", menu, f"{key} 第一项", lambda t: t.ran.append("one"), "说明"),
            TabAction("two", menu, f"{key} 第二项", lambda t: t.ran.append("two"), access=Access.WRITER),
        ))


@pytest.fixture
def host(qtbot, sqlite_secretary: Ctx):
    FakeTab.built.clear()
    FakeTab.fail_next = False
    window = QMainWindow()
    qtbot.addWidget(window)
    tabs = QTabWidget(window)
    window.setCentralWidget(tabs)
    tabs.addTab(QWidget(), "工作台")
    file_menu = window.menuBar().addMenu("文件")
    file_menu.addAction("备份数据…")
    menus = {"文件": file_menu}

    def menu(title: str) -> QMenu:
        if title not in menus:
            menus[title] = window.menuBar().addMenu(title)
        return menus[title]

    def make(ctx: Ctx = sqlite_secretary, specs: tuple[TabSpec[FakeTab], ...] | None = None) -> TabHost:
        specs = specs or (_fake_spec("a"), _fake_spec("b"), _fake_spec("c", menu="打印"))
        return TabHost(tabs, ctx, specs, menu, window)

    window.show()
    return make, menus, tabs


def test_menu_items_grouped_per_tab_at_the_top_of_their_menu(host) -> None:
    make, menus, tabs = host
    h = make()
    assert _menu_texts(menus["文件"]) == ["a 第一项", "a 第二项", "──", "b 第一项", "b 第二项", "──", "备份数据…"]
    assert _menu_texts(menus["打印"]) == ["c 第一项", "c 第二项"]  # a menu the window had not
    assert h.action("a", "one").objectName() == "action_a_one" and h.action("a", "one").statusTip() == "说明"
    assert FakeTab.built == []


def test_a_menu_item_builds_its_tab_once_and_shows_it(host) -> None:
    make, _menus, tabs = host
    h = make()
    h.action("b", "one").trigger()
    h.action("b", "two").trigger()
    (tab,) = FakeTab.built
    assert tab.ran == ["one", "two"] and tabs.currentWidget().isAncestorOf(tab)
    assert not h.is_built("a")


def test_a_writers_item_is_disabled_for_a_viewer_and_does_nothing(host, sqlite_secretary: Ctx) -> None:
    make, _menus, _tabs = host
    h = make(viewer_of(sqlite_secretary))
    assert h.action("a", "one").isEnabled() and not h.action("a", "two").isEnabled()
    h.run("a", "two")
    assert FakeTab.built == []


def test_a_target_goes_to_the_tab_that_accepts_it(host) -> None:
    make, _menus, tabs = host
    h = make()
    assert h.open_target(WorkTarget("c-record", 7))
    (tab,) = FakeTab.built
    assert tab.shown == [WorkTarget("c-record", 7)] and tabs.currentIndex() == 3
    assert not h.open_target(WorkTarget("nobody", 1))


def test_a_tab_that_cannot_be_read_says_so_in_place_and_f5_retries(host) -> None:
    make, _menus, tabs = host
    h = make()
    FakeTab.fail_next = True
    assert h.show("a") is None
    page = h.pages["a"]
    assert page.error is not None and "数据库暂时无法使用" in page.error and "F5" in page.error
    with pytest.raises(DomainError):
        FakeTab.fail_next = True
        h.tab("a")
    h.reload()  # F5 with the page on screen: built this time
    (tab,) = FakeTab.built
    assert h.is_built("a") and page.error is None and tab.reloads == 0


def test_a_built_tabs_changed_reaches_the_host(host, qtbot) -> None:
    make, _menus, _tabs = host
    h = make()
    tab = h.tab("a")
    with qtbot.waitSignal(h.changed, timeout=1000):
        tab.changed.emit()
    h.reload()
    assert tab.reloads == 1


def test_two_tabs_with_one_key_are_refused(qtbot, sqlite_secretary: Ctx) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    with pytest.raises(ValueError):
        TabHost(tabs, sqlite_secretary, (_fake_spec("a"), _fake_spec("a")), lambda title: QMenu(title))


def test_a_tab_gets_the_windows_clock(qtbot, sqlite_secretary: Ctx) -> None:
    """The main window's ``today`` (a test's fixed date) reaches every tab it builds."""
    FakeTab.built.clear()
    window = QMainWindow()
    qtbot.addWidget(window)
    tabs = QTabWidget(window)
    window.setCentralWidget(tabs)
    host = TabHost(tabs, sqlite_secretary, (_fake_spec("a"),), lambda title: window.menuBar().addMenu(title), window,
                   today=lambda: date(2026, 3, 31))
    tab = host.tab("a")
    assert tab is not None and tab.today() == date(2026, 3, 31)


class LinkingTab(FakeTab):
    """A tab that opens other tabs' records (思想动态's 调整包保… → 结对帮扶)."""

    openTarget = Signal(object)


def test_a_tabs_open_target_goes_to_the_tab_that_accepts_it(host, qtbot) -> None:
    make, _menus, tabs = host
    h = make(specs=(_fake_spec("a"), _fake_spec("b"), TabSpec[FakeTab]("c", "标签c", __name__, lambda: LinkingTab)))
    linking = h.show("c")  # c links to others' records; a and b do not
    assert isinstance(linking, LinkingTab) and not h.is_built("a")
    linking.openTarget.emit(WorkTarget("a-record", 5))
    target_tab = h.tab("a")
    assert target_tab is not linking and target_tab.shown == [WorkTarget("a-record", 5)]
    assert tabs.currentWidget() is h.pages["a"] and target_tab.isVisible()  # built, switched to, shown
    assert linking.shown == []
    with qtbot.waitSignal(h.unrouted, timeout=1000) as caught:  # nobody takes it: the window is told
        linking.openTarget.emit(WorkTarget("nobody", 1))
    assert caught.args == [WorkTarget("nobody", 1)] and tabs.currentWidget() is h.pages["a"]


def test_a_tabs_link_nobody_takes_is_said_in_the_windows_status_bar(qtbot, sqlite_secretary: Ctx) -> None:
    w = _window(qtbot, sqlite_secretary)
    w.tabs.unrouted.emit(WorkTarget("no-such-kind", 3))
    assert w.statusBar().currentMessage() == "这一项没有可以打开的页面。"
