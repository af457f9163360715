"""The login dialog: user name and password; a wrong password keeps the dialog open.

After repeated wrong passwords the service makes the next attempt wait (``auth.wait_after``);
the dialog then says how long, and keeps the 登录 button disabled while it counts down.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from dangjian_desktop.domain.errors import DomainError, LoginWait
from dangjian_desktop.services import auth
from dangjian_desktop.services.uow import Actor, Database
from dangjian_desktop.ui.common import prefs
from dangjian_desktop.ui.common.text import database_label
from dangjian_desktop.ui.forms.ui_login_dialog import Ui_LoginDialog

TICK_MS = 1000  # one second of the countdown (tests make it shorter)


class LoginDialog(QDialog):
    """``exec()`` returns Accepted with :attr:`actor` set once the password was right."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.dbLabel.setText(self.tr("数据库：{db}").format(db=database_label(db.description)))
        self.ui.dbLabel.setToolTip(db.description)
        self._login_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._login_button.setText(self.tr("登录"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.ui.buttonBox.accepted.connect(self.try_login)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.errorLabel.hide()
        # The countdown after repeated wrong passwords: precise, so it never ends before the wait.
        self._wait: LoginWait | None = None
        self._seconds_left = 0
        self._countdown = QTimer(self)
        self._countdown.setTimerType(Qt.TimerType.PreciseTimer)
        self._countdown.timeout.connect(self._tick)
        last = prefs.last_username()
        self.ui.usernameEdit.setText(last)
        (self.ui.passwordEdit if last else self.ui.usernameEdit).setFocus()

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    @property
    def waiting(self) -> bool:
        """Whether the dialog is counting down a wait (the 登录 button is disabled)."""
        return self._countdown.isActive()

    def try_login(self) -> None:
        if self.waiting:
            return
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username or not password:
            self.show_error(self.tr("请输入用户名和密码。"))
            return
        try:
            self.actor = auth.login(self.db, username, password, auth.LoginSource.GUI)
        except DomainError as err:
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            if isinstance(err, LoginWait):
                self._start_wait(err)
            else:
                self.show_error(err.message)
            return
        prefs.set_last_username(username)
        self.accept()

    def _start_wait(self, wait: LoginWait) -> None:
        self._wait, self._seconds_left = wait, wait.seconds
        self._login_button.setEnabled(False)
        self._show_wait()
        self._countdown.start(TICK_MS)

    def _tick(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left > 0:
            self._show_wait()
            return
        self._countdown.stop()
        self._wait = None
        self._login_button.setText(self.tr("登录"))
        self._login_button.setEnabled(True)
        self.show_error("")

    def _show_wait(self) -> None:
        assert self._wait is not None
        self.show_error(self._wait.message_for(self._seconds_left))
        self._login_button.setText(self.tr("登录（{n}）").format(n=self._seconds_left))
