"""Starting the GUI: font and theme, the database, signing in, the main window.

``run()`` is what ``dangjian-desktop`` without a sub-command calls. The pieces (``sign_in``,
``MainWindow``) are separate so tests drive them without an event loop.

Benchmark hook: with ``DANGJIAN_BENCH_EXIT_ON_SHOWN=1`` the program signs in with
``DANGJIAN_BENCH_USER`` / ``DANGJIAN_BENCH_PASSWORD`` (no dialog, no demo offer), shows the
main window, and after its first paint prints ``shown <seconds>`` and quits. The seconds are
counted from the start of the process as the kernel recorded it (``/proc/self/stat``), so the
Python interpreter's own start-up and every import are included; where ``/proc`` is missing
(Windows) they are counted from the first import of this module.
"""

from __future__ import annotations

import logging
import os
import sys
import time

_IMPORTED_AT = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget  # noqa: E402

from dangjian_desktop import __version__, settings  # noqa: E402
from dangjian_desktop.domain.errors import DomainError  # noqa: E402
from dangjian_desktop.services import auth, maintenance  # noqa: E402
from dangjian_desktop.services.uow import Actor, Database  # noqa: E402
from dangjian_desktop.ui.common import crash, i18n, prefs, refcounts, tasks, theme  # noqa: E402

log = logging.getLogger(__name__)


def seconds_since_process_start() -> float:
    """Wall time since the kernel started this process (10 ms resolution on Linux)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            stat = f.read()
        # Fields after the command name (which is in parentheses and may hold spaces);
        # field 22, starttime, is the 20th of them: clock ticks after boot.
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED_AT


def make_application() -> QApplication:
    """The QApplication with its names (for QSettings), Chinese Qt texts, font and theme."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationVersion(__version__)
    i18n.install_chinese(app)
    theme.apply(app, prefs.theme())  # registers the shipped font first
    if refcounts.pyside_loses_references():
        # The pin in pyproject.toml excludes the releases known to do this; a new one would
        # abort the program after some thousand clicks: say so where a report will look.
        log.warning("%s 每次调用都丢失 None 的引用，长时间使用后程序会异常退出；请换用其他 PySide6 版本。",
                    refcounts.describe_combination())
    return app


def sign_in(db: Database, parent: QWidget | None = None) -> Actor | None:
    """The first-account dialog on an empty database, else the login dialog; None if cancelled."""
    if not auth.has_users(db):
        from dangjian_desktop.ui.auth.first_account import FirstAccountDialog

        dialog: QDialog = FirstAccountDialog(db, parent)
    else:
        from dangjian_desktop.ui.auth.login import LoginDialog

        dialog = LoginDialog(db, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor  # type: ignore[attr-defined]


def _bench_actor(db: Database) -> Actor | None:
    if not auth.has_users(db):
        print("DANGJIAN_BENCH_EXIT_ON_SHOWN: 数据库中没有账号（先运行 dangjian-desktop demo）。", file=sys.stderr)
        return None
    global _LOGIN_CPU
    started = time.process_time()
    try:
        return auth.login(db, os.environ.get(settings.ENV_BENCH_USER, ""), os.environ.get(settings.ENV_BENCH_PASSWORD, ""))
    except DomainError as err:
        print(f"DANGJIAN_BENCH_EXIT_ON_SHOWN: {err.message}", file=sys.stderr)
        return None
    finally:
        # The password check's deliberate cost (argon2), which a real start spends in the login
        # dialog: the benchmark can count the start with and without it.
        _LOGIN_CPU = time.process_time() - started


_LOGIN_CPU = 0.0


class _FirstPaint(QObject):
    """Prints the start-up time once the main window has painted, then quits."""

    def __init__(self, app: QApplication, window: QWidget) -> None:
        super().__init__(window)
        self.app, self.done = app, False
        window.installEventFilter(self)
        QTimer.singleShot(30_000, lambda: self._finish(timed_out=True))  # never hang a benchmark

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            QTimer.singleShot(0, self._finish)  # after this paint has completed
        return False

    def _finish(self, timed_out: bool = False) -> None:
        if self.done:
            return
        self.done = True
        if timed_out:
            print("DANGJIAN_BENCH_EXIT_ON_SHOWN: 30 秒内窗口未绘制。", file=sys.stderr)
            self.app.exit(3)
            return
        # seconds since the process started, then its CPU seconds so far and the login's share
        print("shown %.3f cpu %.3f login_cpu %.3f" % (seconds_since_process_start(), time.process_time(), _LOGIN_CPU),
              flush=True)
        QTimer.singleShot(0, self.app.quit)


class WindowSession:
    """The running main window; 切换用户 replaces it after a new login."""

    def __init__(self, app: QApplication, db: Database) -> None:
        self.app, self.db = app, db
        self.window: QWidget | None = None

    def open(self, actor: Actor, offer_demo: bool, upgraded_note: str = "") -> QWidget:
        from dangjian_desktop.ui.main_window import MainWindow

        window = MainWindow(self.db, actor, load_after_paint=True)
        window.logoutRequested.connect(self.switch_user)
        window.show()
        if upgraded_note:
            window.statusBar().showMessage(upgraded_note, 20000)
        if offer_demo:
            QTimer.singleShot(0, window.offer_demo)
        self.window = window
        return window

    def switch_user(self) -> None:
        old = self.window
        if old is None:
            return
        old.hide()
        from dangjian_desktop.ui.auth.login import LoginDialog

        dialog = LoginDialog(self.db)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.actor is not None:
            self.open(dialog.actor, offer_demo=False)
            old.close()
            old.deleteLater()
        else:
            old.close()  # the last window: the application ends


def run(db_url: str | None = None) -> int:
    """Start the GUI on ``db_url`` (default: ``DANGJIAN_DB_URL``, then the data folder)."""
    bench = os.environ.get(settings.ENV_BENCH_EXIT) == "1"
    crash.install()  # unexpected errors: a Chinese dialog and the log file, not a silent exit
    log.info("dangjian-desktop %s 启动", __version__)
    app = make_application()
    try:
        db, upgraded = maintenance.open_database(db_url)
    except DomainError as err:
        log.error("无法打开数据库：%s", err.message)
        if bench:
            print(err.message, file=sys.stderr)
        else:
            QMessageBox.critical(None, "无法打开数据库", err.message)
        return 1
    note = f"数据库已升级到新版本；升级前的副本：{upgraded.backup}" if upgraded.backup else ""
    try:
        actor = _bench_actor(db) if bench else sign_in(db)
        if actor is None:
            return 2 if bench else 0
        session = WindowSession(app, db)
        window = session.open(actor, offer_demo=not bench, upgraded_note=note)
        if bench:
            _FirstPaint(app, window)
        return app.exec()
    except Exception as exc:  # noqa: BLE001 - before the event loop: no excepthook dialog yet
        if bench:
            raise
        crash.report(type(exc), exc, exc.__traceback__, wait=True)
        return 1
    finally:
        if not tasks.stop_all():
            log.warning("退出时仍有后台任务未结束")
        db.dispose()
