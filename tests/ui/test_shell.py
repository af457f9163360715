"""The main window as a user meets it: 工作台, menus, backup and restore, theme, window state,
and the start-up hook the benchmark uses (a real subprocess)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog

from dangjian_desktop import app as app_module
from dangjian_desktop import settings
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.services import auth, roster
from dangjian_desktop.services.uow import Ctx, Database
from dangjian_desktop.services.worklist import Urgency
from dangjian_desktop.ui.common import prefs, theme
from dangjian_desktop.ui.main_window import MainWindow
from dangjian_desktop.ui.worklist.model import COL_TITLE, COL_URGENCY
from dangjian_desktop.ui.worklist.tab import PAGE_EMPTY, PAGE_TABLE

from .conftest import worklist_read

TODAY = date(2026, 11, 24)
ROOT = Path(__file__).resolve().parents[2]


def _window(qtbot, ctx: Ctx, read: bool = True) -> MainWindow:
    """A main window; ``read``: once its 工作台 (read in the background) shows its items."""
    w = MainWindow(ctx.db, ctx.actor, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    if read:
        worklist_read(qtbot, w)
    return w


@pytest.fixture
def probationer(sqlite_secretary: Ctx) -> int:
    """A 预备党员 whose one-year probation ends in 10 days."""
    b = roster.create_branch(sqlite_secretary, "综采二区党支部")
    u = roster.create_unit(sqlite_secretary, b, "综采二区")
    roster.add_person(sqlite_secretary, PersonInput(name="张伟", employee_no="A001", branch_id=b, unit_id=u,
                                                     political_status=PoliticalStatus.MEMBER,
                                                     joined_party_on=date(2012, 7, 1)), TODAY)
    return roster.add_person(sqlite_secretary, PersonInput(name="李娜", employee_no="A002", branch_id=b, unit_id=u,
                                                           political_status=PoliticalStatus.PROBATIONARY,
                                                           joined_party_on=date(2025, 12, 4)), TODAY).id


def _row_of(window: MainWindow, text: str) -> int:
    model = window.worklist.model
    for i in range(model.rowCount()):
        if text in model.data(model.index(i, COL_TITLE)):
            return i
    raise AssertionError(f"{text} not on the 工作台: {[i.title for i in model.items()]}")


def test_empty_worklist_says_so(sqlite_secretary: Ctx, qtbot) -> None:
    w = _window(qtbot, sqlite_secretary)
    assert w.worklist.model.rowCount() == 0
    assert w.worklist.ui.stack.currentIndex() == PAGE_EMPTY
    assert w.worklist.ui.emptyLabel.text() == "今天没有待办事项"
    assert w.worklist.ui.dateLabel.text() == "今天是 2026年11月24日 星期二"
    assert w.ui.actionLoadDemo.isEnabled()  # empty roster, a writer


def test_worklist_shows_probation_and_opens_the_person(sqlite_secretary: Ctx, probationer: int, qtbot) -> None:
    w = _window(qtbot, sqlite_secretary)
    tab = w.worklist
    assert tab.ui.stack.currentIndex() == PAGE_TABLE
    row = _row_of(w, "李娜 预备期将满")
    model = tab.model
    assert model.data(model.index(row, COL_URGENCY)) == "近期"
    assert tab.ui.soonLabel.text() == "近期 1"
    # The never-backed-up reminder is due today: tinted amber.
    backup_row = _row_of(w, "尚未备份过数据")
    assert tab.ui.todayLabel.text() == "今日到期 1" and tab.ui.overdueLabel.text() == "已逾期 0"
    # Nothing overdue: the count is grey, not alarm red; a count that is not zero keeps its colour.
    overdue_colour = tab.ui.overdueLabel.palette().color(tab.ui.overdueLabel.foregroundRole())
    today_colour = tab.ui.todayLabel.palette().color(tab.ui.todayLabel.foregroundRole())
    assert overdue_colour.red() - overdue_colour.green() < 30, overdue_colour.name()
    assert today_colour.red() - today_colour.blue() > 100, today_colour.name()  # amber
    tint = model.data(model.index(backup_row, 0), Qt.ItemDataRole.BackgroundRole).color()
    assert tint.red() > 200 and tint.green() > 180 and tint.blue() < 200  # amber, not red, not plain
    assert not w.ui.actionLoadDemo.isEnabled()  # the roster has people

    view = tab.ui.tableView
    rect = view.visualRect(model.index(row, COL_TITLE))
    # A real double-click: Qt's item views want the press of the first click on the same item.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    roster_tab = w.tab("roster")
    assert w.ui.tabWidget.currentWidget().isAncestorOf(roster_tab) and roster_tab.isVisible()
    selected = roster_tab.selected_person()
    assert selected is not None and selected.id == probationer


def test_overdue_item_is_tinted_red(sqlite_secretary: Ctx, qtbot) -> None:
    b = roster.create_branch(sqlite_secretary, "运行部党支部")
    roster.add_person(sqlite_secretary, PersonInput(name="王强", employee_no="B001", branch_id=b,
                                                     political_status=PoliticalStatus.PROBATIONARY,
                                                     joined_party_on=date(2025, 11, 1)), TODAY)
    w = _window(qtbot, sqlite_secretary)
    row = _row_of(w, "王强 预备期已满")
    model = w.worklist.model
    assert model.item_at(row).urgency is Urgency.OVERDUE
    assert model.data(model.index(row, COL_URGENCY)) == "已逾期"
    tint: QColor = model.data(model.index(row, 1), Qt.ItemDataRole.BackgroundRole).color()
    assert tint.red() > 200 and tint.green() < 230 and tint.blue() < 230
    assert w.worklist.ui.overdueLabel.text() == "已逾期 1"
    label = w.worklist.ui.overdueLabel
    red = label.palette().color(label.foregroundRole())
    assert red.red() - red.green() > 100, red.name()
    # And it is really painted, although qt-material styles every table item.
    view = w.worklist.ui.tableView
    rect = view.visualRect(model.index(row, 1))
    painted = view.viewport().grab().toImage().pixelColor(rect.left() + 3, rect.center().y())
    assert painted.name() == tint.name()


def test_f5_rechecks_the_worklist(sqlite_secretary: Ctx, qtbot) -> None:
    w = _window(qtbot, sqlite_secretary)
    assert w.worklist.model.rowCount() == 0
    b = roster.create_branch(sqlite_secretary, "运行部党支部")
    roster.add_person(sqlite_secretary, PersonInput(name="王强", employee_no="B001", branch_id=b,
                                                     political_status=PoliticalStatus.PROBATIONARY,
                                                     joined_party_on=date(2025, 12, 1)), TODAY)
    assert w.ui.actionRefresh.shortcut().toString() == "F5"
    w.ui.actionRefresh.trigger()
    worklist_read(qtbot, w)
    _row_of(w, "王强 预备期将满")
    assert w.tab("roster").model.total == 1


def test_backup_from_the_menu_writes_a_file_and_clears_the_reminder(
        sqlite_secretary: Ctx, probationer: int, qtbot, msgbox, monkeypatch, tmp_path: Path) -> None:
    usb = tmp_path / "U盘"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(usb)))
    w = _window(qtbot, sqlite_secretary)
    _row_of(w, "尚未备份过数据")
    w.ui.actionBackup.trigger()
    qtbot.waitUntil(lambda: w.task is None and bool(msgbox.shown), timeout=10000)
    worklist_read(qtbot, w)
    files = list(usb.glob("*.sqlite"))
    assert len(files) == 1
    with sqlite3.connect(files[0]) as con:
        assert sorted(n for (n,) in con.execute("SELECT name FROM person")) == ["张伟", "李娜"]
    assert str(files[0]) in msgbox.texts("information")[0]
    assert not any(i.area == "数据" for i in w.worklist.model.items())
    assert prefs.last_backup_dir() == str(usb)


def test_restore_from_the_menu_replaces_the_data_after_a_safety_copy(
        sqlite_secretary: Ctx, probationer: int, qtbot, msgbox, monkeypatch, tmp_path: Path) -> None:
    from dangjian_desktop.services import maintenance

    backup = maintenance.backup_to(sqlite_secretary, tmp_path / "backup.sqlite")
    b = roster.create_branch(sqlite_secretary, "运行部党支部")
    roster.add_person(sqlite_secretary, PersonInput(name="后加的", employee_no="C001", branch_id=b), TODAY)
    w = _window(qtbot, sqlite_secretary)
    assert w.tab("roster").model.total == 3
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(backup), "")))
    msgbox.answer = msgbox.answer.No
    w.ui.actionRestore.trigger()
    assert "当前数据会先自动备份" in msgbox.texts("question")[0]
    assert w.task is None and roster.count_people(sqlite_secretary) == 3  # declined: nothing changed

    msgbox.answer = msgbox.answer.Yes
    w.ui.actionRestore.trigger()
    qtbot.waitUntil(lambda: w.task is None and bool(msgbox.texts("information")), timeout=15000)
    assert roster.count_people(sqlite_secretary) == 2
    assert w.tab("roster").model.total == 2  # every tab reloaded
    done = msgbox.texts("information")[0]
    assert "数据已恢复" in done
    safety = Path(done.rsplit("\n", 1)[1])
    assert safety.exists()
    with sqlite3.connect(safety) as con:
        assert ("后加的",) in con.execute("SELECT name FROM person").fetchall()


def test_theme_switch_is_applied_and_remembered(sqlite_secretary: Ctx, qtbot) -> None:
    app = QApplication.instance()
    w = _window(qtbot, sqlite_secretary)
    assert w.ui.actionLightTheme.isChecked()
    w.ui.actionDarkTheme.trigger()
    assert theme.current_mode(app) == settings.THEME_DARK
    assert "#232629" in app.styleSheet()  # dark_red's background
    assert "text-transform" not in app.styleSheet()  # Latin text is not upper-cased
    stored = QSettings(settings.ORGANIZATION, settings.APPLICATION).value(settings.KEY_THEME)
    assert stored == "dark"
    w.close()
    w2 = _window(qtbot, sqlite_secretary)
    assert w2.ui.actionDarkTheme.isChecked() and not w2.ui.actionLightTheme.isChecked()


def test_window_geometry_and_tab_are_restored(sqlite_secretary: Ctx, qtbot) -> None:
    w = _window(qtbot, sqlite_secretary, read=False)  # sized before its first events (not maximized yet)
    # The offscreen screen is 800x600 and restoreGeometry() keeps a window on its screen.
    w.resize(790, 520)
    w.move(40, 30)
    assert (w.width(), w.height()) == (790, 520)
    w.ui.tabWidget.setCurrentIndex(1)
    w.close()
    w2 = _window(qtbot, sqlite_secretary, read=False)  # the geometry as restored, before any event
    assert (w2.width(), w2.height()) == (790, 520)
    assert w2.ui.tabWidget.currentIndex() == 1


def test_first_window_fits_a_small_screen(sqlite_secretary: Ctx, qtbot) -> None:
    # No saved geometry, and the offscreen screen (800 wide) is smaller than 1280×800: the window
    # opens maximized at no more than the screen, instead of hanging off its right edge.
    w = _window(qtbot, sqlite_secretary)
    room = w.screen().availableGeometry()
    assert room.width() < 1280
    assert w.isMaximized() and w.width() <= room.width()


def test_demo_is_offered_only_on_an_empty_roster(sqlite_secretary: Ctx, probationer: int, qtbot, msgbox) -> None:
    w = _window(qtbot, sqlite_secretary)
    assert w.offer_demo() is False and msgbox.shown == []  # people exist: not asked


def test_declining_the_demo_loads_nothing(sqlite_secretary: Ctx, qtbot, msgbox) -> None:
    w = _window(qtbot, sqlite_secretary)
    msgbox.answer = msgbox.answer.No
    assert w.offer_demo() is False
    assert msgbox.texts("question") == ["数据库中还没有人员。\n是否载入演示数据（两个示范支部一年的记录）？"]
    assert w.task is None and roster.count_people(sqlite_secretary) == 0


def test_a_too_new_database_is_refused_with_a_message(tmp_path: Path, msgbox) -> None:
    path = tmp_path / "future.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        con.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    assert app_module.run(f"sqlite:///{path}") == 1
    (kind, title, text), = msgbox.shown
    assert kind == "critical" and "比本程序新" in text


def _run_bench(url: str, tmp_path: Path, password: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT),
               DANGJIAN_BENCH_EXIT_ON_SHOWN="1", DANGJIAN_BENCH_USER="shuji", DANGJIAN_BENCH_PASSWORD=password)
    code = f"import sys; from dangjian_desktop.app import run; sys.exit(run({url!r}))"
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)


def test_bench_hook_prints_shown_and_exits(sqlite_secretary: Ctx, tmp_path: Path) -> None:
    url = sqlite_secretary.db.url
    sqlite_secretary.db.dispose()
    done = _run_bench(url, tmp_path, "secret123")
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("shown ")]
    assert len(lines) == 1, done.stdout
    seconds = float(lines[0].split()[1])
    assert 0.05 < seconds < 60
    wrong = _run_bench(url, tmp_path, "wrong")
    assert wrong.returncode == 2 and "用户名或密码不正确" in wrong.stderr and "shown" not in wrong.stdout


def test_bench_hook_refuses_a_database_without_accounts(sqlite_db: Database, tmp_path: Path) -> None:
    assert not auth.has_users(sqlite_db)
    done = _run_bench(sqlite_db.url, tmp_path, "secret123")
    assert done.returncode == 2 and "没有账号" in done.stderr


def test_accepting_the_demo_loads_it_in_the_background(sqlite_secretary: Ctx, qtbot, msgbox) -> None:
    w = _window(qtbot, sqlite_secretary)
    assert w.offer_demo() is True
    qtbot.waitUntil(lambda: w.task is None and bool(msgbox.texts("information")), timeout=60000)
    done = msgbox.texts("information")[0]
    assert done.startswith("演示数据已载入。") and "演示书记账号：demo" in done
    people = roster.count_people(sqlite_secretary)
    assert people > 100
    assert w.tab("roster").model.total == people  # the 人员 tab was reloaded
    assert not w.ui.actionLoadDemo.isEnabled()
    assert auth.login(sqlite_secretary.db, "demo", "demo1234").is_secretary


def test_demo_is_offered_only_on_an_empty_database(qtbot, sqlite_secretary: Ctx) -> None:
    window = _window(qtbot, sqlite_secretary)
    assert window.ui.actionLoadDemo.isEnabled()
    roster.create_branch(sqlite_secretary, "运行部党支部")  # a branch, still no people
    window.data_changed()
    # The demo service refuses a database with a branch, so the window does not offer it.
    assert not window.ui.actionLoadDemo.isEnabled()
    assert window.offer_demo() is False  # no question asked


def test_a_second_task_does_not_start_while_one_runs(qtbot, sqlite_secretary: Ctx) -> None:
    import threading

    window = _window(qtbot, sqlite_secretary)
    release = threading.Event()
    results: list[str] = []
    first = window.start_task("第一个", lambda _p: release.wait(5) and "一", results.append)
    assert first is not None
    assert window.start_task("第二个", lambda _p: "二", results.append) is None  # a double click
    release.set()
    qtbot.waitUntil(lambda: results == ["一"], timeout=5000)
    assert window.task is None


def test_an_unreadable_worklist_says_so_in_place(qtbot, sqlite_secretary: Ctx, monkeypatch) -> None:
    from dangjian_desktop.domain.errors import DomainError
    from dangjian_desktop.services import worklist

    window = _window(qtbot, sqlite_secretary)

    def unreachable(ctx, today, **_kw):
        raise DomainError("数据库暂时无法使用")

    monkeypatch.setattr(worklist, "due_items", unreachable)
    window.worklist.reload()  # what the hourly timer does; no dialog may pop up
    worklist_read(qtbot, window)
    assert "工作台暂时无法读取：数据库暂时无法使用" in window.worklist.ui.dateLabel.text()
    assert QApplication.activeModalWidget() is None


def test_a_failing_source_shows_its_own_line_among_the_others(qtbot, sqlite_secretary: Ctx, probationer: int,
                                                               monkeypatch) -> None:
    from dangjian_desktop.services import worklist

    def broken(session, actor, today):
        raise RuntimeError("一个程序错误")

    monkeypatch.setattr(worklist, "SOURCES", (worklist.Source("hazards", "隐患台账", broken), *worklist.SOURCES))
    w = _window(qtbot, sqlite_secretary)
    row = _row_of(w, "该项暂时无法计算")
    model = w.worklist.model
    assert model.item_at(row).area == "隐患台账"
    assert model.data(model.index(row, COL_URGENCY)) == "今日到期"
    _row_of(w, "李娜 预备期将满")  # the other sources still show
    _row_of(w, "尚未备份过数据")
    assert w.worklist.ui.todayLabel.text() == "今日到期 2"


@pytest.mark.parametrize(("name", "shown"), [("党委组织部（查看）", "用户：党委组织部（查看）"), ("赵查看", "用户：赵查看（查看）")])
def test_status_bar_names_the_role_once(sqlite_secretary: Ctx, qtbot, name: str, shown: str) -> None:
    from PySide6.QtWidgets import QLabel

    from dangjian_desktop.domain.security import Role
    from dangjian_desktop.services.uow import Actor

    w = _window(qtbot, Ctx(sqlite_secretary.db, Actor(None, "chakan", name, Role.VIEWER)))
    texts = [label.text() for label in w.statusBar().findChildren(QLabel)]
    assert shown in texts
    assert not any("（查看）（查看）" in t for t in texts)


def test_demo_offer_says_what_it_loads() -> None:
    from dangjian_desktop.services.demo import SIZES
    from dangjian_desktop.ui.main_window import DEMO_QUESTION

    assert SIZES["normal"].branches == 2  # what 文件 → 载入演示数据 loads
    assert "两个示范支部" in DEMO_QUESTION and "一个示范支部" not in DEMO_QUESTION


def test_the_program_waits_for_its_background_work_before_it_exits(sqlite_secretary: Ctx, tmp_path: Path) -> None:
    # The bench hook quits just after the first paint, while the start's background work (the
    # 工作台's read, the badge's imports) may still run: the program must wait for it before
    # closing the database and ending the interpreter (a frozen bundle crashed there, -11).
    url = sqlite_secretary.db.url
    sqlite_secretary.db.dispose()
    marker = tmp_path / "background-finished"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT),
               DANGJIAN_BENCH_EXIT_ON_SHOWN="1", DANGJIAN_BENCH_USER="shuji", DANGJIAN_BENCH_PASSWORD="secret123")
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "import dangjian_desktop.ui.main_window as mw\n"
        "slow_import = mw._import_state_modules\n"
        "def slow():\n"
        "    time.sleep(1.5)\n"
        "    slow_import()\n"
        f"    Path({str(marker)!r}).write_text('done')\n"
        "mw._import_state_modules = slow\n"
        "from dangjian_desktop.app import run\n"
        f"code = run({url!r})\n"
        f"sys.exit(code if Path({str(marker)!r}).exists() else 99)  # finished before run() returned?\n"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "shown " in done.stdout
    assert marker.read_text() == "done"
