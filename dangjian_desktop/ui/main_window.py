"""The main window: the tabs, the menus and the status bar, and nothing else.

The 工作台 is always the first tab, built at start; the area tabs follow, one ``TabSpec`` each
in ``ui/tabs.py``, each built the first time it is shown (``ui/common/tab_platform.TabHost``).
Adding a tab does not touch this module. The work behind each menu item lives in the services
(backup, restore, demo) or in the tab that owns it (import, template).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox, QWidget

from dangjian_desktop import __version__, paths, settings
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.services import maintenance
from dangjian_desktop.services.uow import Actor, Ctx, Database
from dangjian_desktop.ui.common import prefs, theme
from dangjian_desktop.ui.common.messages import confirm, info, show_error
from dangjian_desktop.ui.common.tab_platform import AreaTab, TabHost
from dangjian_desktop.ui.common.tasks import Progress, Task, run_task
from dangjian_desktop.ui.common.text import database_label
from dangjian_desktop.ui.forms.ui_main_window import Ui_MainWindow
from dangjian_desktop.ui.mood.badge import MoodBadge
from dangjian_desktop.ui.tabs import TABS
from dangjian_desktop.ui.worklist.tab import WorklistTab

if TYPE_CHECKING:
    from dangjian_desktop.services.worklist import WorkTarget

DEMO_QUESTION = "数据库中还没有人员。\n是否载入演示数据（两个示范支部一年的记录）？"
DEFAULT_SIZE = QSize(1280, 800)


class MainWindow(QMainWindow):
    #: The user chose 切换用户: the application signs someone in again.
    logoutRequested = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today, load_after_paint: bool = False) -> None:
        """``load_after_paint``: the 工作台, the warning badge and the demo state are read just after
        the window's first paint instead of now (the program's start: the window shows sooner, and
        the modules of every area's sources are not imported on the way to it)."""
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.ctx = Ctx(db, actor)
        self.today = today
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(settings.WINDOW_TITLE)
        self.task: Task | None = None  # the background task running, if any
        self.dialog: QWidget | None = None  # the system dialog open, if any (tests reach it here)

        self.worklist = WorklistTab(self.ctx, self, today)
        self.ui.tabWidget.addTab(self.worklist, self.tr("工作台"))
        self.worklist.openTarget.connect(self.open_target)
        self.tabs = TabHost(self.ui.tabWidget, self.ctx, TABS, self._menu, self, today)
        self.tabs.changed.connect(self.data_changed)
        self.tabs.unrouted.connect(self.open_target)  # a tab's link no tab takes: said in the status bar

        self._status_bar()
        self._print_menu()
        self._connect_actions()
        self._apply_permissions()
        self._restore_state()
        self._closed = False
        if load_after_paint:
            self.worklist.show_pending()
            self._after_paint = _AfterFirstPaint(self, self._load_after_paint)
        else:
            self.data_changed()

        # A desktop program has no server cron: the 工作台 is checked at start, hourly and on F5.
        self.hourly = QTimer(self)
        self.hourly.setInterval(settings.WORKLIST_REFRESH_MS)
        self.hourly.timeout.connect(self.worklist.reload)
        self.hourly.timeout.connect(self.mood_badge.refresh)
        self.hourly.start()

    # ------------------------------------------------------------ set-up

    def _status_bar(self) -> None:
        self.db_label = QLabel(self.tr("数据库：{db}").format(db=database_label(self.db.description)))
        self.db_label.setToolTip(self.db.description)
        name, role = self.actor.display_name, self.actor.role.value
        # A name that already says its role (the demo's 「党委组织部（查看）」) is not told it twice.
        who = name if name.endswith(f"（{role}）") else f"{name}（{role}）"
        self.user_label = QLabel(self.tr("用户：{who}").format(who=who))
        self.demo_label = QLabel(self.tr("演示数据"))
        self.demo_label.setObjectName("demoLabel")
        self.demo_label.setStyleSheet("QLabel#demoLabel { color: white; background: #C00000; padding: 1px 8px; }")
        self.demo_label.setToolTip(self.tr("数据库中是演示数据；可在“文件 → 清除演示数据”中清空后录入真实数据。"))
        self.demo_label.hide()
        self.mood_badge = MoodBadge(self.ctx, self.today, self)  # overdue red/yellow warnings he may see
        self.mood_badge.clicked.connect(lambda: self.show_tab("mood"))
        self.statusBar().addPermanentWidget(self.mood_badge)
        self.statusBar().addPermanentWidget(self.demo_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.statusBar().addPermanentWidget(self.user_label)

    def _print_menu(self) -> None:
        """打印, between 文件 and 视图: one item per card of ``printing.CARDS`` (a new card needs
        no edit here); reading the cards needs no write permission, so every role may print.
        The items are added just after start (importing the card registry brings in a part of
        ReportLab: not on the way to the first paint), or when the menu is first opened."""
        self.menuPrint = QMenu(self.tr("打印"), self.ui.menubar)
        self.ui.menubar.insertMenu(self.ui.menuView.menuAction(), self.menuPrint)
        self._print_actions: dict[str, QAction] = {}
        self.menuPrint.aboutToShow.connect(self.print_actions)
        QTimer.singleShot(0, self.print_actions)

    def print_actions(self) -> dict[str, QAction]:
        """The 打印 menu's items by card key (added on the first call)."""
        if not self._print_actions:
            from dangjian_desktop.printing import CARDS

            for key, card in CARDS.items():
                action = self.menuPrint.addAction(card.title + "…")
                action.setStatusTip(card.description)
                action.triggered.connect(lambda _checked=False, k=key: self.open_print_dialog(k))
                self._print_actions[key] = action
        return self._print_actions

    def open_print_dialog(self, card_key: str, preset: Any = None) -> QWidget:
        """The print dialog of one card (``preset``: a ``services.cards.CardSelection`` from a tab)."""
        from dangjian_desktop.ui.printing.dialog import PrintDialog

        dialog = PrintDialog(self.ctx, card_key, self, preset, today=self.today())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return self._open(dialog)

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionBackup.triggered.connect(self.backup)
        ui.actionRestore.triggered.connect(self.restore)
        ui.actionLoadDemo.triggered.connect(self.offer_demo)
        ui.actionClearDemo.triggered.connect(self.clear_demo)
        ui.actionQuit.triggered.connect(self.close)
        themes = QActionGroup(self)
        themes.setExclusive(True)
        for action, mode in ((ui.actionLightTheme, settings.THEME_LIGHT), (ui.actionDarkTheme, settings.THEME_DARK)):
            themes.addAction(action)
            action.setChecked(theme.current_mode(_application()) == mode)
            action.triggered.connect(lambda _checked=False, m=mode: self.set_theme(m))
        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionUsers.triggered.connect(self.show_users)
        ui.actionAudit.triggered.connect(self.show_audit)
        ui.actionChangePassword.triggered.connect(self.show_change_password)
        ui.actionSwitchUser.triggered.connect(self.switch_user)
        ui.actionHelp.triggered.connect(self.show_help)
        ui.actionAbout.triggered.connect(self.about)

    def _apply_permissions(self) -> None:
        """Disable what this role may not do (the services refuse it anyway)."""
        a, ui = self.actor, self.ui
        ui.actionLoadDemo.setEnabled(a.can_write)
        # A backup holds everything, mood files included: the secretary's, like restore.
        for action in (ui.actionBackup, ui.actionRestore, ui.actionUsers, ui.actionAudit):
            action.setEnabled(a.is_secretary)
        ui.actionChangePassword.setEnabled(a.user_id is not None)

    def _restore_state(self) -> None:
        geometry = prefs.byte_array(settings.KEY_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self._first_size()
        state = prefs.byte_array(settings.KEY_STATE)
        if state is not None:
            self.restoreState(state)
        current = prefs.int_value(settings.KEY_CURRENT_TAB, 0)
        if 0 <= current < self.ui.tabWidget.count():
            self.ui.tabWidget.setCurrentIndex(current)

    def _first_size(self) -> None:
        """1280×800 where the screen has room; on a small office screen (1024×768) fill it."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            self.resize(DEFAULT_SIZE)
            return
        room = screen.availableGeometry()
        # Leave space for the window frame and title bar the window manager adds.
        if room.width() < DEFAULT_SIZE.width() + 40 or room.height() < DEFAULT_SIZE.height() + 60:
            self.resize(QSize(min(DEFAULT_SIZE.width(), room.width()), min(DEFAULT_SIZE.height(), room.height() - 30)))
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(DEFAULT_SIZE)

    def save_state(self) -> None:
        prefs.set_value(settings.KEY_GEOMETRY, self.saveGeometry())
        prefs.set_value(settings.KEY_STATE, self.saveState())
        prefs.set_value(settings.KEY_CURRENT_TAB, self.ui.tabWidget.currentIndex())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.hourly.stop()
        self._closed = True
        self.worklist.shutdown()  # a 工作台 read still running stops (and is waited for) first
        super().closeEvent(event)

    # ------------------------------------------------------------ tabs

    def _menu(self, title: str) -> QMenu:
        """The menu of this title, for the tabs' menu items; a new one goes before 系统."""
        for menu in (self.ui.menuFile, self.ui.menuView, self.ui.menuSystem, self.ui.menuHelp):
            if menu.title() == title:
                return menu
        menu = QMenu(self.tr(title), self.ui.menubar)
        self.ui.menubar.insertMenu(self.ui.menuSystem.menuAction(), menu)
        return menu

    def tab(self, key: str) -> AreaTab:
        """An area tab, built now if it was not yet (DomainError if the database cannot be read)."""
        return self.tabs.tab(key)

    def show_tab(self, key: str) -> AreaTab | None:
        """Switch to an area tab, building it first; None if it could not be built (it says why)."""
        return self.tabs.show(key)

    def tab_action(self, tab_key: str, action_key: str) -> QAction:
        """The menu item a tab added (e.g. ``("roster", "history")``: 文件 → 导入记录…)."""
        return self.tabs.action(tab_key, action_key)

    def tab_titles(self) -> list[str]:
        w = self.ui.tabWidget
        return [w.tabText(i) for i in range(w.count())]

    def open_target(self, target: WorkTarget) -> None:
        """Show what a 工作台 item points at: a record in the tab that accepts it, or the backup."""
        if target.kind == "backup":
            self.backup()
        elif not self.tabs.open_target(target):
            self.statusBar().showMessage(self.tr("这一项没有可以打开的页面。"), 5000)

    def data_changed(self) -> None:
        """After a write in any tab: re-check the 工作台, and whether the roster is empty."""
        self.worklist.reload()  # in the background
        self._read_state()

    def _load_after_paint(self) -> None:
        """Just after the first paint: the 工作台's read starts in the background, and so does
        the import of the modules the badge and the demo state need (importing them here would
        hold the painted window for most of a second); their few quick reads follow."""
        self.worklist.reload()

        def then(_result: object) -> None:
            if not self._closed:
                self._read_state()

        run_task(self, self.tr("启动"), lambda _p: _import_state_modules(), then, then, show_dialog=False)

    def _read_state(self) -> None:
        """The warning badge, whether the demo may be loaded, and the 演示数据 marks (quick reads)."""
        self.mood_badge.refresh()
        self.ui.actionLoadDemo.setEnabled(self.actor.can_write and self.roster_empty())
        self._show_demo_state()

    def demo_status(self) -> Any:
        """The demo's status (services/demo_data), None for real data or when it cannot be read."""
        from dangjian_desktop.services import demo_data

        try:
            return demo_data.demo_status(self.ctx)
        except DomainError:
            return None

    def _show_demo_state(self) -> None:
        """While the database holds the demo, the title and the status bar say 演示数据."""
        demo = self.demo_status() is not None
        self.setWindowTitle(f"【{self.tr('演示数据')}】{settings.WINDOW_TITLE}" if demo else settings.WINDOW_TITLE)
        self.demo_label.setVisible(demo)
        self.ui.actionClearDemo.setEnabled(demo and self.actor.is_secretary)

    def roster_empty(self) -> bool:
        """Nothing on the roster yet: the demo may be offered (the service's own rule)."""
        from dangjian_desktop.services import roster

        try:
            return roster.is_empty(self.ctx)
        except DomainError:
            return False

    def refresh(self) -> None:
        """F5: re-read the tabs built so far and re-check the 工作台."""
        self.tabs.reload()
        self.data_changed()

    # ------------------------------------------------------------ 视图

    def set_theme(self, mode: str) -> None:
        prefs.set_theme(mode)
        theme.apply(_application(), mode)
        self.ui.actionLightTheme.setChecked(mode == settings.THEME_LIGHT)
        self.ui.actionDarkTheme.setChecked(mode == settings.THEME_DARK)
        self.worklist.ui.tableView.viewport().update()  # the row tints follow the theme: a repaint, no query

    # ------------------------------------------------------------ 文件: backup, restore, demo

    def start_task(self, title: str, op: Callable[[Progress], Any], on_done: Callable[[Any], None],
                   cancellable: bool = False) -> Task | None:
        """Run one of the window's own long jobs (backup, restore, demo) in the background;
        None (and nothing started) while another is still running."""
        if self.task is not None:
            # The progress dialog shows only after 300 ms: a double click must not start a
            # second backup or restore beside the first.
            return None

        def finished(result: Any) -> None:
            self.task = None
            on_done(result)

        def failed(exc: BaseException) -> None:
            self.task = None
            show_error(self, exc, title)

        self.task = run_task(self, title, op, finished, failed, cancellable)
        return self.task

    def backup(self) -> None:
        if not self.actor.is_secretary:
            return
        start = prefs.last_backup_dir() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择备份到哪个文件夹（如U盘）"), start)
        if not folder:
            return
        prefs.set_last_backup_dir(folder)
        ctx = self.ctx
        self.start_task(self.tr("正在备份数据…"), lambda _p: maintenance.backup_to(ctx, Path(folder)), self._backed_up)

    def _backed_up(self, path: Path) -> None:
        self.worklist.reload()
        self.statusBar().showMessage(self.tr("已备份到 {p}").format(p=path), 10000)
        info(self, self.tr("备份完成"), self.tr("数据已备份到：\n{p}\n\n请妥善保管这个文件（如另存到U盘）。").format(p=path))

    def restore(self) -> None:
        if not self.actor.is_secretary:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择要恢复的备份文件"), prefs.last_backup_dir() or str(Path.home()),
            self.tr("备份文件 (*.sqlite *.sqlite3 *.db);;所有文件 (*)"))
        if not path:
            return
        question = self.tr(
            "将用备份文件\n{src}\n中的数据替换当前的全部数据。\n\n"
            "恢复前，当前数据会先自动备份到\n{dir}\n需要时可以再恢复回来。\n\n确定要恢复吗？"
        ).format(src=path, dir=paths.backups_dir())
        if not confirm(self, self.tr("恢复数据"), question):
            return
        ctx = self.ctx
        self.start_task(self.tr("正在恢复数据…"), lambda _p: maintenance.restore_from(ctx, Path(path)), self._restored)

    def _restored(self, safety: Path) -> None:
        self.refresh()
        info(self, self.tr("恢复完成"),
             self.tr("数据已恢复。\n恢复前的数据已自动备份到：\n{p}").format(p=safety))

    def offer_demo(self) -> bool:
        """Ask, then load the demo; False when the roster is not empty or the user declines."""
        if not self.actor.can_write or not self.roster_empty():
            return False
        if not confirm(self, self.tr("载入演示数据"), self.tr(DEMO_QUESTION), default_yes=True):
            return False
        self.load_demo()
        return True

    def load_demo(self) -> Task | None:
        from dangjian_desktop.services import demo  # big: only when asked for

        db, actor = self.db, self.actor

        def op(progress: Progress) -> Any:
            return demo.load_demo(db, progress=progress.report, cancelled=progress.cancelled, actor=actor)

        return self.start_task(self.tr("正在载入演示数据…"), op, self._demo_loaded, cancellable=True)

    def _demo_loaded(self, summary: Any) -> None:
        self.refresh()
        counts = list((getattr(summary, "counts", {}) or {}).items())
        text = self.tr("演示数据已载入。")
        if counts:  # four figures a line: a table to read, not a wrapped paragraph
            text += "\n\n" + "\n".join("、".join(f"{k} {v}" for k, v in counts[i:i + 4]) for i in range(0, len(counts), 4))
        username, password = getattr(summary, "username", None), getattr(summary, "password", None)
        if username:
            text += self.tr("\n\n演示书记账号：{u}　密码：{p}").format(
                u=username, p=password if password else self.tr("（账号原已存在，密码未改）"))
        info(self, self.tr("载入演示数据"), text)

    def clear_demo(self) -> Task | None:
        """清除演示数据: say what goes (and what was added since the demo), ask, back up, empty."""
        status = self.demo_status()
        if not self.actor.is_secretary or status is None:
            return None
        from dangjian_desktop.services import demo_data

        since = (self.tr("载入演示数据后又有 {n} 项新增或修改（见审计日志），也将一并删除。\n\n").format(n=status.changes_since)
                 if status.changes_since else "")
        question = self.tr(
            "清除演示数据将删除全部支部、人员、台账和记录，以及演示账号，只保留第一个书记账号和您的账号。\n\n{since}"
            "清除前，当前数据会先自动备份到\n{dir}\n需要时可以再恢复回来。\n\n确定要清除吗？"
        ).format(since=since, dir=paths.backups_dir())
        if not confirm(self, self.tr("清除演示数据"), question):
            return None
        ctx = self.ctx
        return self.start_task(self.tr("正在清除演示数据…"), lambda _p: demo_data.clear_demo(ctx), self._demo_cleared)

    def _demo_cleared(self, result: Any) -> None:
        self.refresh()
        info(self, self.tr("清除演示数据"), self.tr(
            "演示数据已清除，可以录入真实数据了：先在“人员”页新建支部，再导入名册。\n\n清除前的数据已备份到：\n{p}"
        ).format(p=result.backup))

    # ------------------------------------------------------------ 系统 and 帮助

    def _open(self, dialog: QWidget) -> QWidget:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]
        return dialog

    def show_users(self) -> QWidget | None:
        if not self.actor.is_secretary:
            return None
        from dangjian_desktop.ui.admin.users_dialog import UsersDialog

        return self._open(UsersDialog(self.ctx, self))

    def show_audit(self) -> QWidget | None:
        if not self.actor.is_secretary:
            return None
        from dangjian_desktop.ui.admin.audit_dialog import AuditDialog

        return self._open(AuditDialog(self.ctx, self))

    def show_change_password(self) -> QWidget | None:
        if self.actor.user_id is None:
            return None
        from dangjian_desktop.ui.admin.change_password import ChangePasswordDialog

        dlg = self._open(ChangePasswordDialog(self.ctx, self))
        dlg.accepted.connect(lambda: info(self, self.tr("修改密码"), self.tr("密码已修改，下次登录请使用新密码。")))  # type: ignore[attr-defined]
        return dlg

    def switch_user(self) -> None:
        if confirm(self, self.tr("切换用户"), self.tr("注销“{name}”并用另一个账号登录？").format(name=self.actor.display_name)):
            self.logoutRequested.emit()

    def show_help(self) -> QWidget:
        """帮助 → 使用说明: the guide shipped with the program, offline."""
        from dangjian_desktop.ui.help_dialog import HelpDialog

        return self._open(HelpDialog(self))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("关于"), self.tr(
            "<h3>党建+安全 工作台</h3>"
            "<p>dangjian-desktop {v}</p>"
            "<p>企业党支部的党建与安全生产记录、上墙卡片。</p>"
            "<p>数据库：{db}<br>数据文件夹：{data}<br>自动备份：{backups}</p>"
            "<p>本程序以 GPL-3.0 许可发布；内置字体文泉驿微米黑（Apache-2.0）。</p>"
        ).format(v=__version__, db=database_label(self.db.description), data=paths.data_dir(), backups=paths.backups_dir()))


def _import_state_modules() -> None:
    """The modules :meth:`MainWindow._read_state` reads with (worker thread: no widgets)."""
    import importlib

    for name in STATE_MODULES:
        importlib.import_module(name)


#: What the badge, the roster's emptiness and the demo state are read with.
STATE_MODULES = ("dangjian_desktop.services.mood", "dangjian_desktop.services.roster",
                 "dangjian_desktop.services.demo_data")


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, queued just after the window's first paint has completed (or after
    ``fallback_ms`` if the window is not painted by then, e.g. started minimised)."""

    def __init__(self, window: QWidget, then: Callable[[], None], fallback_ms: int = 3000) -> None:
        super().__init__(window)
        self.window, self.then, self.done = window, then, False
        self.fallback = QTimer(self)
        self.fallback.setSingleShot(True)
        self.fallback.timeout.connect(self._fire)
        self.fallback.start(fallback_ms)
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            self.fallback.stop()
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if self.done:
            return
        self.done = True
        self.window.removeEventFilter(self)
        self.then()


def _application() -> QApplication:
    """The running QApplication (a main window exists only inside one)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
