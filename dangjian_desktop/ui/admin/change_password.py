"""修改密码: the signed-in user changes his own password (the old one is asked first)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.services import auth
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: Ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self.ui.whoLabel.setText(self.tr("账号：{name}（{user}）").format(
            name=ctx.actor.display_name, user=ctx.actor.username))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("修改"))
        self.ui.buttonBox.accepted.connect(self.change)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.errorLabel.hide()

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def change(self) -> None:
        new = self.ui.newEdit.text()
        if new != self.ui.confirmEdit.text():
            self.show_error(self.tr("两次输入的新密码不一致。"))
            return
        try:
            auth.change_own_password(self.ctx, self.ui.oldEdit.text(), new)
        except DomainError as err:
            self.show_error(err.message)
            return
        self.accept()
