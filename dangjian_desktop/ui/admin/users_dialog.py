"""用户管理 (书记 only): list accounts, add one, 停用/启用, 重置密码.

A 委员 account must be linked to his own record on the roster (he sees the mood files of the
workers he covers); the person is picked from a combo that searches the roster as one types.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QDialog, QHeaderView, QInputDialog, QLineEdit, QWidget

from dangjian_desktop.domain.errors import DomainError, ValidationError
from dangjian_desktop.domain.security import Role
from dangjian_desktop.services import auth, roster
from dangjian_desktop.services.auth import UserRow
from dangjian_desktop.services.roster import PersonFilter
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.messages import info, problems_text, show_error
from dangjian_desktop.ui.common.table_model import ALIGN_CENTER, ListColumn, ListTableModel
from dangjian_desktop.ui.forms.ui_users_dialog import Ui_UsersDialog

COL_USERNAME, COL_NAME, COL_ROLE, COL_PERSON, COL_STATE, COL_LAST_LOGIN = range(6)
PERSON_SEARCH_LIMIT = 50
PERSON_ROWS_SHOWN = 8  # rows of the suggestion list before it scrolls


def _when(at: datetime | None) -> str:
    if at is None:
        return "从未登录"
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)  # stored in UTC
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


USER_COLUMNS = (
    ListColumn("用户名", lambda u: u.username),
    ListColumn("姓名", lambda u: u.display_name),
    ListColumn("角色", lambda u: u.role.value, ALIGN_CENTER),
    ListColumn("关联人员", lambda u: u.person_name or ""),
    ListColumn("状态", lambda u: "启用" if u.active else "已停用", ALIGN_CENTER),
    ListColumn("上次登录", lambda u: _when(u.last_login_at), ALIGN_CENTER),
)


class UsersDialog(QDialog):
    def __init__(self, ctx: Ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self.model = ListTableModel(USER_COLUMNS, parent=self)
        self.ui.tableView.setModel(self.model)
        header = self.ui.tableView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        for role in (Role.COMMITTEE, Role.VIEWER, Role.SECRETARY):
            self.ui.roleCombo.addItem(role.value, role.name)  # Qt would turn a str enum into a str
        self.ui.roleCombo.currentIndexChanged.connect(self._role_changed)

        combo = self.ui.personCombo
        # The roster service finds the people (name, 工号, pinyin initials as on the 人员 tab);
        # the completer shows what it found as it is, never filtering it again by the typed text
        # (that hid everyone found by "lwg"), in a list of up to PERSON_ROWS_SHOWN rows.
        completer = QCompleter(combo.model(), combo)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(PERSON_ROWS_SHOWN)
        completer.activated.connect(self._person_chosen)  # the (str) overload: the text picked
        combo.setCompleter(completer)
        self._completer = completer
        combo.setMaxVisibleItems(PERSON_ROWS_SHOWN)
        line = combo.lineEdit()
        assert line is not None  # an editable combo box has its line edit
        line.setPlaceholderText(self.tr("输入姓名或工号查找"))
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(lambda: self.search_people(combo.currentText()))
        line.textEdited.connect(lambda _t: self._search_timer.start())

        self.ui.errorLabel.hide()
        self.ui.addButton.clicked.connect(self.add_user)
        self.ui.toggleActiveButton.clicked.connect(self.toggle_active)
        self.ui.resetPasswordButton.clicked.connect(self.reset_password)
        self.ui.tableView.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.reload()
        self.search_people("")
        self._role_changed()

    # ------------------------------------------------------------ list

    def reload(self) -> None:
        try:
            self.model.set_rows(auth.list_users(self.ctx))
        except DomainError as err:
            show_error(self, err)
        self._update_buttons()

    def selected_user(self) -> UserRow | None:
        index = self.ui.tableView.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.ui.tableView.setCurrentIndex(self.model.index(row, 0, QModelIndex()))

    def _update_buttons(self) -> None:
        user = self.selected_user()
        self.ui.toggleActiveButton.setEnabled(user is not None)
        self.ui.resetPasswordButton.setEnabled(user is not None)
        self.ui.toggleActiveButton.setText(self.tr("启用") if user is not None and not user.active else self.tr("停用"))

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        try:
            auth.set_active(self.ctx, user.id, not user.active)
        except DomainError as err:
            show_error(self, err)
            return
        row = self.ui.tableView.currentIndex().row()
        self.reload()
        self.select_row(row)

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("重置密码"),
            self.tr("为账号“{user}”（{name}）设置新密码（至少{n}位）：").format(
                user=user.username, name=user.display_name, n=auth.MIN_PASSWORD),
            QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            auth.reset_password(self.ctx, user.id, password)
        except DomainError as err:
            show_error(self, err)
            return
        info(self, self.tr("重置密码"), self.tr("已重置账号“{user}”的密码，请告知本人登录后自行修改。").format(user=user.username))

    # ------------------------------------------------------------ add

    def _role_changed(self, *_args: object) -> None:
        committee = self.selected_role() is Role.COMMITTEE
        self.ui.personLabel.setText(self.tr("关联人员：") if committee else self.tr("关联人员（可选）："))

    def selected_role(self) -> Role:
        return Role[self.ui.roleCombo.currentData()]

    def search_people(self, text: str) -> None:
        """Refill the person combo with up to 50 people the roster's search finds for ``text``
        (name, 工号, pinyin initials), and show them under the field while one types."""
        combo = self.ui.personCombo
        try:
            people = roster.list_people(self.ctx, PersonFilter(text=text.strip()), limit=PERSON_SEARCH_LIMIT)
        except DomainError as err:
            show_error(self, err)
            return
        combo.blockSignals(True)
        combo.clear()
        for p in people:
            combo.addItem(f"{p.name} · {p.employee_no} · {p.branch} · {p.political_status.value}", p.id)
        combo.setCurrentIndex(-1)
        combo.setEditText(text)
        combo.blockSignals(False)
        if text.strip() and people and combo.isVisible():
            self._completer.complete()  # the list, sized for up to PERSON_ROWS_SHOWN rows
        elif (popup := self._completer.popup()) is not None:
            popup.hide()

    def _person_chosen(self, text: object) -> None:
        i = self.ui.personCombo.findText(str(text), Qt.MatchFlag.MatchExactly)
        if i >= 0:
            self.ui.personCombo.setCurrentIndex(i)

    def selected_person_id(self) -> int | None:
        combo = self.ui.personCombo
        text = combo.currentText().strip()
        if not text:
            return None
        i = combo.findText(text, Qt.MatchFlag.MatchExactly)
        if i < 0:
            raise ValidationError("请从列表中选择关联人员（输入姓名或工号后在下拉列表中点选）。")
        return combo.itemData(i)

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def add_user(self) -> None:
        role = self.selected_role()
        try:
            row = auth.create_user(
                self.ctx, self.ui.usernameEdit.text(), self.ui.displayNameEdit.text(),
                self.ui.passwordEdit.text(), role, self.selected_person_id())
        except DomainError as err:
            self.show_error(problems_text(err))
            return
        self.show_error("")
        for edit in (self.ui.usernameEdit, self.ui.displayNameEdit, self.ui.passwordEdit):
            edit.clear()
        self.ui.personCombo.setEditText("")
        self.reload()
        for i in range(self.model.rowCount()):
            if self.model.row_at(i).id == row.id:
                self.select_row(i)  # the new account, selected, is the confirmation
