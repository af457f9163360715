"""The login dialog: user name and password; a wrong password keeps the dialog open."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.services import auth
from dangjian_desktop.services.uow import Actor, Database
from dangjian_desktop.ui.common import prefs
from dangjian_desktop.ui.common.text import database_label
from dangjian_desktop.ui.forms.ui_login_dialog import Ui_LoginDialog


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
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.ui.buttonBox.accepted.connect(self.try_login)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.errorLabel.hide()
        last = prefs.last_username()
        self.ui.usernameEdit.setText(last)
        (self.ui.passwordEdit if last else self.ui.usernameEdit).setFocus()

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def try_login(self) -> None:
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username or not password:
            self.show_error(self.tr("请输入用户名和密码。"))
            return
        try:
            self.actor = auth.login(self.db, username, password)
        except DomainError as err:
            self.show_error(err.message)
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        prefs.set_last_username(username)
        self.accept()
