"""Signing in as a user does it: first account, login, roles, 用户管理, 审计日志, 修改密码."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QLabel

from dangjian_desktop.app import sign_in
from dangjian_desktop.domain.errors import AuthError, PermissionDenied
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.domain.security import AuditEntry, Role
from dangjian_desktop.services import audit, auth, maintenance, roster
from dangjian_desktop.services.roster import PersonFilter
from dangjian_desktop.services.uow import Ctx, Database
from dangjian_desktop.ui.admin.audit_dialog import COL_ACTION, COL_ENTITY, AuditDialog
from dangjian_desktop.ui.admin.change_password import ChangePasswordDialog
from dangjian_desktop.ui.admin.users_dialog import COL_PERSON, COL_ROLE, COL_STATE, UsersDialog
from dangjian_desktop.ui.auth.first_account import FirstAccountDialog
from dangjian_desktop.ui.auth.login import LoginDialog
from dangjian_desktop.ui.common import prefs
from dangjian_desktop.ui.common.text import database_label
from dangjian_desktop.ui.main_window import MainWindow
from dangjian_desktop.ui.tabs import TABS


def _ok(dialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def _when_modal(cls, act, qtbot) -> list:
    """Run ``act(dialog)`` on the modal dialog of type ``cls`` once ``exec()`` shows it."""
    seen: list = []

    def poll() -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, cls):
            seen.append(w)
            act(w)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def _status_texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.statusBar().findChildren(QLabel)]


def test_first_start_creates_the_secretary_and_opens_the_main_window(sqlite_db: Database, qtbot, tmp_path) -> None:
    assert not auth.has_users(sqlite_db)
    errors: list[str] = []

    def fill(d: FirstAccountDialog) -> None:
        d.ui.usernameEdit.setText("shuji")
        d.ui.displayNameEdit.setText("王书记")
        d.ui.passwordEdit.setText("secret123")
        d.ui.confirmEdit.setText("secret999")
        _ok(d)  # passwords differ: refused, the dialog stays open
        errors.append(d.ui.errorLabel.text())
        d.ui.passwordEdit.setText("abc")
        d.ui.confirmEdit.setText("abc")
        d.ui.displayNameEdit.setText("")
        _ok(d)
        errors.append(d.ui.errorLabel.text())
        assert d.isVisible()
        d.ui.displayNameEdit.setText("王书记")
        d.ui.passwordEdit.setText("secret123")
        d.ui.confirmEdit.setText("secret123")
        _ok(d)

    seen = _when_modal(FirstAccountDialog, fill, qtbot)
    actor = sign_in(sqlite_db)
    assert seen, "the first-account dialog was not shown"
    assert errors[0] == "两次输入的密码不一致。"
    assert "请填写姓名。" in errors[1] and "密码至少6位。" in errors[1]
    assert actor is not None and actor.role is Role.SECRETARY and actor.display_name == "王书记"
    assert auth.login(sqlite_db, "shuji", "secret123").user_id == actor.user_id

    window = MainWindow(sqlite_db, actor)
    qtbot.addWidget(window)
    window.show()
    assert window.tab_titles() == ["工作台", *[s.title for s in TABS]]
    assert window.ui.tabWidget.currentIndex() == 0
    texts = _status_texts(window)
    # The SQLite file as a path the secretary recognises, not a sqlite:/// URL.
    assert f"数据库：{tmp_path / 'test.sqlite'}" in texts
    assert "用户：王书记（书记）" in texts
    assert window.windowTitle() == "党建+安全 工作台 — dangjian-desktop"


def test_login_wrong_then_right_password(sqlite_secretary: Ctx, qtbot) -> None:
    db = sqlite_secretary.db
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.dbLabel.text() == f"数据库：{database_label(sqlite_secretary.db.description)}"
    assert "sqlite:" not in dialog.ui.dbLabel.text() and dialog.ui.dbLabel.text().endswith("test.sqlite")
    dialog.ui.usernameEdit.setText("shuji")
    dialog.ui.passwordEdit.setText("wrong-password")
    _ok(dialog)
    assert dialog.ui.errorLabel.text() == "用户名或密码不正确。"
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.ui.passwordEdit.text() == ""
    dialog.ui.passwordEdit.setText("secret123")
    _ok(dialog)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "shuji"
    assert prefs.last_username() == "shuji"

    # The next start offers the last user name, and sign_in() picks the login dialog.
    def fill(d: LoginDialog) -> None:
        assert d.ui.usernameEdit.text() == "shuji"
        d.ui.passwordEdit.setText("secret123")
        _ok(d)

    seen = _when_modal(LoginDialog, fill, qtbot)
    actor = sign_in(db)
    assert seen and actor is not None and actor.is_secretary


def test_cancelled_login_returns_none(sqlite_secretary: Ctx, qtbot) -> None:
    _when_modal(LoginDialog, lambda d: d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click(), qtbot)
    assert sign_in(sqlite_secretary.db) is None


def test_viewer_sees_admin_actions_disabled_and_services_refuse(sqlite_secretary: Ctx, qtbot, tmp_path) -> None:
    db = sqlite_secretary.db
    auth.create_user(sqlite_secretary, "chakan", "赵查看", "secret123", Role.VIEWER)
    viewer = auth.login(db, "chakan", "secret123")
    window = MainWindow(db, viewer)
    qtbot.addWidget(window)
    ui = window.ui
    roster_action = window.tab_action
    for action in (ui.actionUsers, ui.actionAudit, ui.actionRestore, roster_action("roster", "import"),
                   roster_action("roster", "undo"), ui.actionBackup, ui.actionLoadDemo):
        assert not action.isEnabled(), action.text()
    for action in (ui.actionChangePassword, roster_action("roster", "template"), roster_action("roster", "history"),
                   ui.actionRefresh, ui.actionAbout):
        assert action.isEnabled(), action.text()
    assert "用户：赵查看（查看）" in _status_texts(window)
    assert window.show_users() is None and window.show_audit() is None

    ctx = Ctx(db, viewer)
    with pytest.raises(PermissionDenied):
        auth.list_users(ctx)
    with pytest.raises(PermissionDenied):
        audit.list_entries(ctx)
    backup = maintenance.backup_to(sqlite_secretary, tmp_path)
    with pytest.raises(PermissionDenied):
        maintenance.backup_to(ctx, tmp_path)  # a backup holds mood files too
    with pytest.raises(PermissionDenied):
        maintenance.restore_from(ctx, backup)
    with pytest.raises(PermissionDenied):
        auth.create_user(ctx, "x1", "某人", "secret123", Role.VIEWER)


@pytest.fixture
def member(sqlite_secretary: Ctx) -> int:
    b = roster.create_branch(sqlite_secretary, "综采二区党支部")
    roster.add_person(sqlite_secretary, PersonInput(name="张大伟", employee_no="Z100", branch_id=b,
                                                     political_status=PoliticalStatus.MEMBER,
                                                     joined_party_on=date(2010, 7, 1)), date(2026, 11, 24))
    return roster.add_person(sqlite_secretary, PersonInput(name="李卫国", employee_no="Z101", branch_id=b,
                                                           political_status=PoliticalStatus.MEMBER,
                                                           joined_party_on=date(2012, 7, 1)), date(2026, 11, 24)).id


def test_users_dialog_adds_a_committee_member_who_can_log_in(sqlite_secretary: Ctx, member: int, qtbot, msgbox,
                                                             monkeypatch) -> None:
    db = sqlite_secretary.db
    window = MainWindow(db, sqlite_secretary.actor)
    qtbot.addWidget(window)
    window.ui.actionUsers.trigger()
    dlg = window.dialog
    assert isinstance(dlg, UsersDialog) and dlg.isVisible()
    assert dlg.model.rowCount() == 1 and dlg.model.row_at(0).username == "shuji"
    ui = dlg.ui

    ui.usernameEdit.setText("weiyuan")
    ui.displayNameEdit.setText("李卫国")
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findText("委员"))
    ui.passwordEdit.setText("pass1234")
    ui.addButton.click()  # no person linked: refused with the service's reason
    assert "委员账号须关联本人" in ui.errorLabel.text()
    assert dlg.model.rowCount() == 1

    combo = ui.personCombo
    combo.lineEdit().setText("卫国")
    combo.lineEdit().textEdited.emit("卫国")
    qtbot.waitUntil(lambda: combo.count() == 1, timeout=2000)
    assert combo.itemText(0).startswith("李卫国 · Z101")
    combo.setCurrentIndex(0)
    ui.addButton.click()
    assert ui.errorLabel.isHidden()
    assert dlg.model.rowCount() == 2
    new = dlg.model.row_at(1)
    assert (new.username, new.role, new.person_id) == ("weiyuan", Role.COMMITTEE, member)
    assert dlg.model.data(dlg.model.index(1, COL_PERSON)) == "李卫国"
    assert dlg.model.data(dlg.model.index(1, COL_ROLE)) == "委员"

    login = LoginDialog(db)
    qtbot.addWidget(login)
    login.ui.usernameEdit.setText("weiyuan")
    login.ui.passwordEdit.setText("pass1234")
    _ok(login)
    assert login.actor is not None and login.actor.role is Role.COMMITTEE and login.actor.person_id == member

    # 停用: the account can no longer sign in; 启用 again; 重置密码.
    dlg.select_row(1)
    assert ui.toggleActiveButton.text() == "停用"
    ui.toggleActiveButton.click()
    assert dlg.model.data(dlg.model.index(1, COL_STATE)) == "已停用"
    with pytest.raises(AuthError, match="已停用"):
        auth.login(db, "weiyuan", "pass1234")
    assert ui.toggleActiveButton.text() == "启用"
    ui.toggleActiveButton.click()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("newpass99", True)))
    ui.resetPasswordButton.click()
    assert auth.login(db, "weiyuan", "newpass99").username == "weiyuan"
    assert any("已重置" in t for t in msgbox.texts("information"))

    # The secretary cannot switch off his own account.
    dlg.select_row(0)
    ui.toggleActiveButton.click()
    assert msgbox.texts("warning") == ["不能停用自己正在使用的账号。"]


def test_audit_dialog_lists_entries_newest_first_and_searches(sqlite_secretary: Ctx, member: int, qtbot) -> None:
    db = sqlite_secretary.db
    auth.login(db, "shuji", "secret123")
    dlg = AuditDialog(sqlite_secretary)
    qtbot.addWidget(dlg)
    dlg.show()
    total = audit.count_entries(sqlite_secretary)
    assert dlg.model.total == total >= 5  # account, branch, two people, login
    assert dlg.model.data(dlg.model.index(0, COL_ACTION)) == "登录"  # the newest
    assert dlg.model.data(dlg.model.index(0, COL_ENTITY)) == f"账号 #{sqlite_secretary.actor.user_id}"
    assert dlg.ui.countLabel.text() == f"共 {total} 条"
    dlg.ui.searchEdit.setText("李卫国")
    qtbot.waitUntil(lambda: dlg.model.total == 1, timeout=2000)
    assert "新增人员 李卫国" in dlg.model.row_at(0).summary
    assert dlg.ui.countLabel.text() == "共 1 条"
    with db.uow() as s:  # written by a newer program, with an entity this one has no label for
        s.add(AuditEntry(username="shuji", action="查看", entity="future_table", entity_id=None, summary="李卫国的新记录"))
    dlg.model.set_filter("李卫国的新记录")
    assert dlg.model.total == 1 and dlg.model.data(dlg.model.index(0, COL_ENTITY)) == "future_table"


def test_change_own_password(sqlite_secretary: Ctx, qtbot) -> None:
    dlg = ChangePasswordDialog(sqlite_secretary)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.ui.oldEdit.setText("not-it")
    dlg.ui.newEdit.setText("brandnew1")
    dlg.ui.confirmEdit.setText("brandnew1")
    _ok(dlg)
    assert dlg.ui.errorLabel.text() == "原密码不正确。" and dlg.isVisible()
    dlg.ui.oldEdit.setText("secret123")
    dlg.ui.confirmEdit.setText("brandnew2")
    _ok(dlg)
    assert dlg.ui.errorLabel.text() == "两次输入的新密码不一致。"
    dlg.ui.confirmEdit.setText("brandnew1")
    _ok(dlg)
    assert dlg.result() == ChangePasswordDialog.DialogCode.Accepted
    assert auth.login(sqlite_secretary.db, "shuji", "brandnew1").username == "shuji"
    with pytest.raises(AuthError):
        auth.login(sqlite_secretary.db, "shuji", "secret123")


def test_switch_user_signs_in_again_in_a_new_window(sqlite_secretary: Ctx, qtbot, msgbox) -> None:
    from dangjian_desktop.app import WindowSession

    db = sqlite_secretary.db
    auth.create_user(sqlite_secretary, "chakan", "赵查看", "secret123", Role.VIEWER)
    session = WindowSession(QApplication.instance(), db)
    first = session.open(sqlite_secretary.actor, offer_demo=False)
    qtbot.addWidget(first)

    def fill(d: LoginDialog) -> None:
        d.ui.usernameEdit.setText("chakan")
        d.ui.passwordEdit.setText("secret123")
        _ok(d)

    seen = _when_modal(LoginDialog, fill, qtbot)
    first.ui.actionSwitchUser.trigger()  # asks first (answered 是), then the login dialog
    assert "注销“王书记”" in msgbox.texts("question")[0]
    assert seen and session.window is not first
    second = session.window
    qtbot.addWidget(second)
    assert second.isVisible() and not first.isVisible()
    assert "用户：赵查看（查看）" in _status_texts(second)
    assert not second.ui.actionUsers.isEnabled()


def test_about_names_version_and_database(sqlite_secretary: Ctx, qtbot, msgbox) -> None:
    from dangjian_desktop import __version__

    window = MainWindow(sqlite_secretary.db, sqlite_secretary.actor)
    qtbot.addWidget(window)
    window.ui.actionAbout.trigger()
    (kind, title, text), = msgbox.shown
    assert kind == "about" and __version__ in text and database_label(sqlite_secretary.db.description) in text
    assert window.hourly.isActive() and window.hourly.interval() == 3600 * 1000


def test_person_picker_lists_what_the_roster_search_finds_by_pinyin_initials(sqlite_secretary: Ctx, member: int,
                                                                             qtbot) -> None:
    """Issue 7: a one-row suggestion list, and "lwg" found nobody although the roster finds 李卫国."""
    b = roster.list_people(sqlite_secretary, PersonFilter())[0].branch_id
    for i in range(12):
        roster.add_person(sqlite_secretary, PersonInput(name=f"李伟{'一二三四五六七八九十'[i % 10]}{i}",
                                                        employee_no=f"L{i:03d}", branch_id=b), date(2026, 11, 24))
    dlg = UsersDialog(sqlite_secretary)
    qtbot.addWidget(dlg)
    dlg.show()
    combo = dlg.ui.personCombo
    combo.lineEdit().setText("lwg")
    combo.lineEdit().textEdited.emit("lwg")
    qtbot.waitUntil(lambda: combo.count() == 1, timeout=2000)
    completer = combo.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible(), timeout=2000)
    assert completer.completionCount() == 1 and combo.itemText(0).startswith("李卫国 · Z101")
    combo.lineEdit().setText("lw")
    combo.lineEdit().textEdited.emit("lw")
    qtbot.waitUntil(lambda: combo.count() == 13, timeout=2000)  # 李卫国 and the twelve 李伟…
    qtbot.waitUntil(lambda: completer.popup().isVisible(), timeout=2000)
    popup = completer.popup()
    assert completer.completionCount() == 13
    assert popup.height() >= 8 * popup.sizeHintForRow(0)  # a real list: eight rows, then it scrolls


def test_a_committee_account_for_a_non_member_is_refused_in_the_dialog(sqlite_secretary: Ctx, member: int,
                                                                       qtbot) -> None:
    b = roster.list_people(sqlite_secretary, PersonFilter())[0].branch_id
    roster.add_person(sqlite_secretary, PersonInput(name="王群众", employee_no="Q1", branch_id=b), date(2026, 11, 24))
    dlg = UsersDialog(sqlite_secretary)
    qtbot.addWidget(dlg)
    ui = dlg.ui
    ui.usernameEdit.setText("wangqz")
    ui.displayNameEdit.setText("王群众")
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findText("委员"))
    ui.passwordEdit.setText("pass1234")
    dlg.search_people("王群众")
    ui.personCombo.setCurrentIndex(0)
    ui.addButton.click()
    assert "委员账号须关联党员" in ui.errorLabel.text() and not ui.errorLabel.isHidden()
    assert dlg.model.rowCount() == 1
