"""Accounts and roles on SQLite and PostgreSQL: first secretary, login, user management."""

from __future__ import annotations

import getpass
from datetime import date

import pytest
from sqlalchemy import select

from dangjian_desktop.domain.errors import AuthError, PermissionDenied, ValidationError
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.domain.security import AuditEntry, Role, User
from dangjian_desktop.services import audit, auth, roster
from dangjian_desktop.services.uow import Ctx


def test_first_secretary_only_once_and_password_hashed(any_db):
    assert not auth.has_users(any_db)
    actor = auth.create_first_secretary(any_db, "shuji", "王书记", "secret123")
    assert actor.role is Role.SECRETARY and auth.has_users(any_db)
    with any_db.read() as s:
        stored = s.scalar(select(User.password_hash))
    assert stored.startswith("$argon2") and "secret123" not in stored
    with pytest.raises(ValidationError, match="已存在账号"):
        auth.create_first_secretary(any_db, "other", "李", "secret123")


def test_the_automatic_first_login_is_recorded(any_db):
    """Issue 7: the signed-in first account showed 上次登录「从未登录」."""
    actor = auth.create_first_secretary(any_db, "shuji", "王书记", "secret123")
    ctx = Ctx(any_db, actor)
    (row,) = auth.list_users(ctx)
    assert row.last_login_at is not None
    with any_db.read() as s:
        actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert list(actions) == [audit.AuditAction.ADD.value, audit.AuditAction.LOGIN.value]


def test_first_account_validation(any_db):
    with pytest.raises(ValidationError) as err:
        auth.create_first_secretary(any_db, " ", "", "123")
    assert err.value.problems == ["请填写用户名。", "请填写姓名。", "密码至少6位。"]
    assert not auth.has_users(any_db)


def test_login_right_and_wrong(secretary):
    db = secretary.db
    with pytest.raises(AuthError, match="用户名或密码不正确"):
        auth.login(db, "shuji", "wrong-password")
    with pytest.raises(AuthError, match="用户名或密码不正确"):
        auth.login(db, "nobody", "secret123")
    actor = auth.login(db, "shuji", "secret123")
    assert actor.display_name == "王书记"
    assert any(e.action == "登录" for e in audit.list_entries(secretary))


def test_roles_users_and_deactivation(secretary, org):
    member = roster.add_person(secretary, PersonInput(name="赵强", employee_no="M1", branch_id=org["branch"],
                                                      political_status=PoliticalStatus.MEMBER), date(2026, 11, 24))
    with pytest.raises(ValidationError, match="委员账号须关联"):
        auth.create_user(secretary, "weiyuan", "赵强", "secret123", Role.COMMITTEE)
    committee_row = auth.create_user(secretary, "weiyuan", "赵强", "secret123", Role.COMMITTEE, person_id=member.id)
    assert committee_row.person_name == "赵强"  # the row the dialog gets is the row it would list
    assert committee_row == next(u for u in auth.list_users(secretary) if u.id == committee_row.id)
    viewer_row = auth.create_user(secretary, "chakan", "查看员", "secret123", Role.VIEWER)
    with pytest.raises(ValidationError, match="已被使用"):
        auth.create_user(secretary, "chakan", "重复", "secret123", Role.VIEWER)

    committee = Ctx(secretary.db, auth.login(secretary.db, "weiyuan", "secret123"))
    assert committee.actor.person_id == member.id
    with pytest.raises(PermissionDenied):
        auth.list_users(committee)  # managing users is the secretary's
    roster.create_unit(committee, org["branch"], "掘进一工区")  # but he may edit the roster

    viewer = Ctx(secretary.db, auth.login(secretary.db, "chakan", "secret123"))
    with pytest.raises(PermissionDenied):
        roster.create_unit(viewer, org["branch"], "机电队")
    assert roster.count_people(viewer) == 1  # reading is allowed

    auth.set_active(secretary, viewer_row.id, False)
    with pytest.raises(AuthError, match="已停用"):
        auth.login(secretary.db, "chakan", "secret123")
    with pytest.raises(ValidationError, match="不能停用自己"):
        auth.set_active(secretary, secretary.actor.user_id, False)


def test_password_change_and_reset(secretary):
    with pytest.raises(AuthError, match="原密码不正确"):
        auth.change_own_password(secretary, "nope", "newsecret")
    auth.change_own_password(secretary, "secret123", "newsecret")
    auth.login(secretary.db, "shuji", "newsecret")
    row = auth.create_user(secretary, "chakan", "查看员", "secret123", Role.VIEWER)
    auth.reset_password(secretary, row.id, "another1")
    auth.login(secretary.db, "chakan", "another1")


def _committee(secretary: Ctx, org) -> Ctx:
    """A signed-in 委员, linked to his own record on the roster."""
    member = roster.add_person(secretary, PersonInput(name="赵强", employee_no="M1", branch_id=org["branch"],
                                                      political_status=PoliticalStatus.MEMBER), date(2026, 11, 24))
    auth.create_user(secretary, "weiyuan", "赵强", "secret123", Role.COMMITTEE, person_id=member.id)
    return Ctx(secretary.db, auth.login(secretary.db, "weiyuan", "secret123"))


def test_a_committee_member_cannot_manage_accounts_or_read_the_audit_log(secretary, org):
    committee = _committee(secretary, org)
    viewer_row = auth.create_user(secretary, "chakan", "查看员", "secret123", Role.VIEWER)
    with pytest.raises(PermissionDenied):
        auth.create_user(committee, "another", "新委员", "secret123", Role.VIEWER)
    with pytest.raises(PermissionDenied):
        auth.set_active(committee, viewer_row.id, False)
    with pytest.raises(PermissionDenied):
        auth.reset_password(committee, viewer_row.id, "taken-over")
    with pytest.raises(PermissionDenied):
        audit.list_entries(committee)
    with pytest.raises(PermissionDenied):
        audit.count_entries(committee)
    # Nothing changed: the viewer still signs in with his own password, no account was added.
    assert auth.login(secretary.db, "chakan", "secret123").role is Role.VIEWER
    assert [u.username for u in auth.list_users(secretary)] == ["shuji", "weiyuan", "chakan"]


def test_a_disabled_account_cannot_write_from_a_window_left_open(secretary, org):
    committee = _committee(secretary, org)
    roster.create_unit(committee, org["branch"], "掘进一工区")  # he may, while his account is active

    auth.set_active(secretary, committee.actor.user_id, False)
    with pytest.raises(PermissionDenied, match="您的账号已被停用或权限已变更，请重新登录。"):
        roster.create_unit(committee, org["branch"], "机电队")
    assert roster.count_people(committee) == 1  # reading is not re-checked
    assert "机电队" not in {u.name for b in roster.org_tree(secretary) for u in b.units}

    auth.set_active(secretary, committee.actor.user_id, True)
    roster.create_unit(committee, org["branch"], "机电队")


def test_a_changed_role_takes_effect_in_a_window_left_open(secretary, org):
    committee = _committee(secretary, org)
    with secretary.db.uow() as s:  # no dialog changes a role yet; the check must not depend on one
        s.get(User, committee.actor.user_id).role = Role.VIEWER
    with pytest.raises(PermissionDenied, match="权限已变更"):
        roster.create_unit(committee, org["branch"], "机电队")


def test_names_longer_than_the_columns_are_refused_before_saving(secretary):
    with pytest.raises(ValidationError) as err:
        auth.create_user(secretary, "u" * 51, "名" * 51, "secret123", Role.VIEWER)
    assert err.value.problems == ["用户名不能超过50个字符。", "姓名不能超过50个字符。"]
    row = auth.create_user(secretary, "u" * 50, "名" * 50, "secret123", Role.VIEWER)
    assert row.display_name == "名" * 50


def test_the_command_line_is_named_once_in_the_audit_log(secretary):
    who = getpass.getuser()
    actor = auth.cli_actor()
    assert actor.label == f"命令行（{who}）"
    roster.create_branch(Ctx(secretary.db, actor), "机电队党支部")
    assert audit.list_entries(secretary)[0].username == f"命令行（{who}）"


def test_a_committee_account_must_belong_to_a_serving_party_member(secretary, org):
    today = date(2026, 11, 24)

    def add(name, no, status, joined=None):
        return roster.add_person(secretary, PersonInput(name=name, employee_no=no, branch_id=org["branch"],
                                                        political_status=status, joined_party_on=joined), today)

    worker = add("李娜", "W1", PoliticalStatus.MASSES)
    activist = add("王强", "W2", PoliticalStatus.ACTIVIST)
    retired = add("赵强", "M1", PoliticalStatus.MEMBER, date(2001, 7, 1))
    roster.archive_person(secretary, retired.id, retired.version, "退休")
    probationary = add("孙磊", "M2", PoliticalStatus.PROBATIONARY, date(2026, 3, 1))
    with pytest.raises(ValidationError, match="委员账号须关联党员.*“李娜”的政治面貌是群众"):
        auth.create_user(secretary, "lina", "李娜", "secret123", Role.COMMITTEE, person_id=worker.id)
    with pytest.raises(ValidationError, match="“王强”的政治面貌是入党积极分子"):
        auth.create_user(secretary, "wangqiang", "王强", "secret123", Role.COMMITTEE, person_id=activist.id)
    with pytest.raises(ValidationError, match="“赵强”已归档（退休），不能关联委员账号"):
        auth.create_user(secretary, "zhaoqiang", "赵强", "secret123", Role.COMMITTEE, person_id=retired.id)
    assert [u.username for u in auth.list_users(secretary)] == ["shuji"]  # nothing written
    assert auth.create_user(secretary, "sunlei", "孙磊", "secret123", Role.COMMITTEE,
                            person_id=probationary.id).person_name == "孙磊"  # a 预备党员 may
    # The rule is the 委员's: a 查看 account may name anyone (or no one).
    assert auth.create_user(secretary, "chakan", "李娜", "secret123", Role.VIEWER, person_id=worker.id).role is Role.VIEWER
