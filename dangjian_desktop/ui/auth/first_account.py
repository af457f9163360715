"""The first start: create the secretary's account (用户名, 姓名, password twice)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from dangjian_desktop.domain.errors import DomainError, ValidationError
from dangjian_desktop.services import auth
from dangjian_desktop.services.uow import Actor, Database
from dangjian_desktop.ui.common import prefs
from dangjian_desktop.ui.common.messages import problems_text
from dangjian_desktop.ui.common.text import database_label
from dangjian_desktop.ui.forms.ui_first_account_dialog import Ui_FirstAccountDialog


class FirstAccountDialog(QDialog):
    """``exec()`` returns Accepted with :attr:`actor` (the new 书记) once the account exists."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.ui = Ui_FirstAccountDialog()
        self.ui.setupUi(self)
        self.ui.dbLabel.setText(self.tr("数据库：{db}").format(db=database_label(db.description)))
        self.ui.dbLabel.setToolTip(db.description)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("创建账号"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.ui.buttonBox.accepted.connect(self.create_account)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.errorLabel.hide()
        self.ui.usernameEdit.setFocus()

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def create_account(self) -> None:
        password = self.ui.passwordEdit.text()
        try:
            if password != self.ui.confirmEdit.text():
                raise ValidationError("两次输入的密码不一致。")
            self.actor = auth.create_first_secretary(
                self.db, self.ui.usernameEdit.text(), self.ui.displayNameEdit.text(), password)
        except DomainError as err:
            self.show_error(problems_text(err))
            return
        prefs.set_last_username(self.actor.username)
        self.accept()
