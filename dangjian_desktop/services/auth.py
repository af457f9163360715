"""Accounts: the first secretary, login, user management (书记 only), passwords (argon2).

Roles are enforced here, not only by the GUI hiding buttons: managing accounts needs a
书记 (``require_secretary``); every change is written to the audit log in its transaction.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import math
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from dangjian_desktop.domain.base import utcnow
from dangjian_desktop.domain.errors import AuthError, DomainError, LoginWait, NotFound, ValidationError
from dangjian_desktop.domain.org import Person
from dangjian_desktop.domain.security import AuditEntry, Role, Setting, User
from dangjian_desktop.domain.text import clean_text

from . import audit, passwords
from .audit import AuditAction, AuditEntity
from .shared_settings import read_setting
from .uow import UNAVAILABLE_MESSAGE, Actor, Ctx, Database

MIN_PASSWORD = 6
MAX_NAME = 50  # app_user.username and app_user.display_name are VARCHAR(50)
CLI_DISPLAY_NAME = "命令行"


@dataclass(frozen=True)
class UserRow:
    """An account as the 用户管理 dialog lists it (never the password hash)."""

    id: int
    username: str
    display_name: str
    role: Role
    person_id: int | None
    person_name: str | None
    active: bool
    last_login_at: datetime | None
    version: int


def _actor(u: User) -> Actor:
    return Actor(u.id, u.username, u.display_name, u.role, u.person_id)


def _user_row(u: User, person_name: str | None) -> UserRow:
    return UserRow(u.id, u.username, u.display_name, u.role, u.person_id, person_name, u.active, u.last_login_at,
                   u.version)


def _password_ok(user: User, password: str) -> bool:
    """Whether ``password`` is the account's; False for a damaged hash too."""
    return passwords.verify_password(user.password_hash, password)


def _check_password_length(password: str, what: str = "密码") -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(f"{what}至少{MIN_PASSWORD}位。")


def _user(s: Session, user_id: int) -> User:
    user = s.get(User, user_id)
    if user is None:
        raise NotFound("账号不存在。")
    return user


def cli_actor() -> Actor:
    """The command line acting for the OS user who can open the database file.

    Used only for public material (roster, import, backup); mood files need a real login.
    Its label in the audit log is "命令行（root）": the display name, then the OS user.
    """
    who = getpass.getuser()[:MAX_NAME]
    return Actor(None, who, CLI_DISPLAY_NAME, Role.SECRETARY, None)


def validate_account(username: str, display_name: str, password: str | None) -> tuple[str, str]:
    """The username and display name cleaned (``clean_text``); ValidationError listing every problem (the
    password is checked only when given)."""
    problems = []
    username, display_name = clean_text(username), clean_text(display_name)
    if not username:
        problems.append("请填写用户名。")
    elif len(username) > MAX_NAME:
        problems.append(f"用户名不能超过{MAX_NAME}个字符。")
    if not display_name:
        problems.append("请填写姓名。")
    elif len(display_name) > MAX_NAME:
        problems.append(f"姓名不能超过{MAX_NAME}个字符。")
    if password is not None and len(password) < MIN_PASSWORD:
        problems.append(f"密码至少{MIN_PASSWORD}位。")
    if problems:
        raise ValidationError("；".join(problems), problems)
    return username, display_name


def has_users(db: Database) -> bool:
    """Whether any account exists (none: the first start asks for the secretary's)."""
    with db.read() as s:
        return (s.scalar(select(func.count(User.id))) or 0) > 0


def create_first_secretary(db: Database, username: str, display_name: str, password: str) -> Actor:
    """The first account; refused once any account exists. The program signs him in at once:
    that first login is recorded as any other (上次登录, a LOGIN entry in the audit log)."""
    username, display_name = validate_account(username, display_name, password)
    with db.uow() as s:
        if s.scalar(select(func.count(User.id))):
            raise ValidationError("已存在账号，请登录；新账号须由书记在“用户管理”中添加。")
        at = utcnow()
        user = User(username=username, display_name=display_name, role=Role.SECRETARY,
                    password_hash=passwords.hash_password(password), active=True, last_login_at=at)
        s.add(user)
        s.flush()
        actor = _actor(user)
        audit.record(s, actor, AuditAction.ADD, AuditEntity.USER, user.id, f"创建首个书记账号 {username}", at=at)
        audit.record(s, actor, AuditAction.LOGIN, AuditEntity.USER, user.id, f"{display_name} 登录（创建账号后自动登录）",
                     at=at)
        return actor


class LoginSource(str, Enum):
    """Where a login was tried, as the audit log names it."""

    GUI = "图形界面"
    CLI = "命令行"


WRONG_LOGIN = "用户名或密码不正确。"
DISABLED_LOGIN = "该账号已停用，请联系书记。"
FREE_FAILURES = 5  # failed logins in a row before the next attempt has to wait
MAX_WAIT = 60  # seconds
# Failed logins older than this are forgotten: a name mistyped now and then over months (or an
# unknown name that later becomes an account's) does not stay under the longest wait. It costs
# no protection: past the fifth failure every attempt waits up to a minute, which bounds the
# guesses a day whether or not older failures still count.
FAILURE_WINDOW = timedelta(hours=24)


def wait_after(failures: int) -> int:
    """Seconds the next attempt waits after ``failures`` failed logins in a row for one name:
    none after the first five, then 2, 4, 8 … seconds, at most ``MAX_WAIT``."""
    if failures < FREE_FAILURES:
        return 0
    return min(2 ** (failures - FREE_FAILURES + 1), MAX_WAIT)


def login(db: Database, username: str, password: str, where: LoginSource = LoginSource.GUI, *,
          now: datetime | None = None) -> Actor:
    """Sign in; the same message for an unknown user and a wrong password (it tells nothing).

    Every failed attempt is written to the audit log (``LOGIN_FAILED``, the name given, ``where``)
    in a transaction that commits although the login raises. After ``FREE_FAILURES``
    failures in a row for one name (since its last successful login, within ``FAILURE_WINDOW``
    before ``now``), an attempt made before
    ``wait_after`` seconds have passed since the last failure is refused with ``LoginWait``,
    without looking at the password and without an entry; the attempt that makes the count
    reach a wait raises ``LoginWait`` too (with the refusal first), so the caller can count down.
    The count lives in the audit log, so it holds across windows, the command line and, on
    PostgreSQL, the offices. An unknown name is counted and kept waiting the same way, and
    costs the same hashing time (``passwords.verify_dummy``): neither tells which names exist.
    A name that has no account is often a password typed into the name box: the log keeps only
    a masked form of it (``masked_name``) and counts its failures by a keyed hash (``name_key``).

    Two attempts for one name at the same moment (two windows, two offices) must not both pass
    the wait on the same count: the count is read again and the attempt recorded under a lock
    per name (``_lock_name``), which the slow password hash is done before, not under.
    ``now`` (naive UTC, default the clock) is for tests.
    """
    at = now or utcnow()
    name = clean_text(username)
    key = name_key(_name_secret(db), name)  # read for every name: the time tells nothing either
    with db.read() as s:  # a quick refusal while he must wait, before any hashing
        seen = s.execute(select(User.id, User.password_hash).where(User.username == name)).one_or_none()
        _refuse_while_waiting(*_failures_in_a_row(s, seen.id if seen else None, key, at), at)
    if seen is None:
        passwords.verify_dummy(password)  # as long as a wrong password takes
        password_ok = False
    else:
        password_ok = passwords.verify_password(seen.password_hash, password)
    with db.uow() as s:
        _lock_name(s, key)  # until the commit: another attempt for this name waits here
        user = s.scalar(select(User).where(User.username == name))
        user_id = user.id if user is not None else None
        # As the log names him: an account by its name; anything else masked (a password?).
        shown = user.username if user is not None else masked_name(name)
        failures, last_at = _failures_in_a_row(s, user_id, key, at)
        _refuse_while_waiting(failures, last_at, at)  # another attempt failed meanwhile
        if user is None:
            reason, refusal = "账号不存在", WRONG_LOGIN
        elif not password_ok or seen is None or user.password_hash != seen.password_hash:  # (changed meanwhile)
            reason, refusal = "密码不正确", WRONG_LOGIN
        elif not user.active:
            reason, refusal = "账号已停用", DISABLED_LOGIN
        else:
            user.last_login_at = at
            if passwords.needs_rehash(user.password_hash):  # stronger parameters since it was set
                user.password_hash = passwords.hash_password(password)
            actor = _actor(user)
            audit.record(s, actor, AuditAction.LOGIN, AuditEntity.USER, user.id, f"{user.display_name} 登录", at=at)
            return actor
        details = {"username": shown, "where": where.value, "reason": reason}
        if user_id is None:
            details[NAME_KEY] = key
        audit.record_unsigned(s, shown, AuditAction.LOGIN_FAILED, AuditEntity.USER, user_id,
                              f"用户名“{shown}”登录失败：{reason}（{where.value}）", details, at=at)
    failures += 1  # (committed: the failure stays although the login raises)
    if wait_after(failures):
        raise LoginWait(failures, wait_after(failures), refusal)
    raise AuthError(refusal)


# pg_advisory_xact_lock(int, int)'s first key: the login locks' own space (the two-number keys
# never meet the one-number key the migrations lock with).
_PG_LOGIN_LOCKS = 0x6C6F6769  # "logi"


def _lock_name(s: Session, key: str) -> None:
    """Serialize the attempts for one name until the transaction ends.

    PostgreSQL: a transaction-level advisory lock on a number taken from the name's key (two
    names sharing it merely wait for each other). SQLite has one writer at a time: BEGIN
    IMMEDIATE takes the database's write lock at once, before the count is read (pysqlite would
    begin only at the INSERT, after two attempts had both read the same count); it is held for
    a count and an insert, never for the hashing.
    """
    conn = s.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(_PG_LOGIN_LOCKS, int.from_bytes(
            bytes.fromhex(key[:8]), "big", signed=True))))
    elif conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")


# Setting (table ``setting``): the hex of a random secret, made once per database, that keys
# ``name_key``. Why keyed and not a plain SHA-256: the hashed text is often a password typed
# into the name box, and a plain hash of a short password is reversed by trying a dictionary
# (or looked up, the same for every database) by anyone who reads the log's rows; keyed, that
# needs the secret as well. Someone with the whole database has it, but he also has every
# mood file in clear and the accounts' own argon2 hashes: the key is not meant to stop him.
NAME_SECRET_KEY = "login_name_secret"
NAME_KEY = "name_key"  # the details entry of a failed login for a name without an account


def _name_secret(db: Database) -> bytes:
    """This database's secret for ``name_key``: made on first use, in a transaction of its own
    (another office making it at the same moment wins, and both then use his)."""
    with db.read() as s:
        stored = read_setting(s, NAME_SECRET_KEY)
    if stored is None:
        try:
            with db.uow() as s:
                if read_setting(s, NAME_SECRET_KEY) is None:  # an insert: never overwrite one
                    s.add(Setting(key=NAME_SECRET_KEY, value=secrets.token_hex(32)))
        except DomainError:  # the key is unique: the other office's secret was saved first
            pass
        with db.read() as s:
            stored = read_setting(s, NAME_SECRET_KEY)
        if stored is None:  # neither saved: the database was locked or unreachable throughout
            raise DomainError(UNAVAILABLE_MESSAGE)
    return bytes.fromhex(stored)


def name_key(secret: bytes, name: str) -> str:
    """The keyed hash (HMAC-SHA256, hex) that a name without an account is counted by."""
    return hmac.new(secret, name.encode("utf-8"), hashlib.sha256).hexdigest()


def masked_name(name: str) -> str:
    """How the log shows a name that has no account: its first character, ＊＊＊ and its length
    ("n＊＊＊（6位）"), enough to recognise a typo, not a password typed into the name box."""
    return f"{name[0]}＊＊＊（{len(name)}位）" if name else "（空）"


def _failures_in_a_row(s: Session, user_id: int | None, key: str, now: datetime) -> tuple[int, datetime | None]:
    """How many logins failed for this account (or, for an unknown name, the name ``key`` is the
    ``name_key`` of) since its last successful one and within ``FAILURE_WINDOW`` before ``now``,
    and when the latest of them was (by the entries' order: another office's clock may differ).
    Uses the (entity, entity_id) index of the audit log; the window also bounds the unknown
    names' rows (entity_id NULL), which otherwise grow for ever."""
    e = AuditEntry
    recent = e.at > now - FAILURE_WINDOW
    if user_id is not None:
        mine = and_(e.entity == AuditEntity.USER.value, e.entity_id == user_id)
        last_success = select(func.max(e.id)).where(mine, e.action == AuditAction.LOGIN.value).scalar_subquery()
        failed = and_(mine, e.action == AuditAction.LOGIN_FAILED.value, e.id > func.coalesce(last_success, 0),
                      recent)
    else:
        failed = and_(e.entity == AuditEntity.USER.value, e.entity_id.is_(None),
                      e.action == AuditAction.LOGIN_FAILED.value, recent,
                      e.details[NAME_KEY].as_string() == key)
    count, last_id = s.execute(select(func.count(e.id), func.max(e.id)).where(failed)).one()
    if not count:
        return 0, None
    return count, s.scalar(select(e.at).where(e.id == last_id))


def _refuse_while_waiting(failures: int, last_at: datetime | None, now: datetime) -> None:
    """LoginWait when the wait after ``failures`` has not passed since ``last_at``. A last failure
    that looks to be in the future (a clock behind) still makes one wait at most ``wait_after``."""
    wait = wait_after(failures)
    if not wait or last_at is None:
        return
    left = min(wait - (now - last_at).total_seconds(), wait)
    if left > 0:
        raise LoginWait(failures, math.ceil(left))


def list_users(ctx: Ctx) -> list[UserRow]:
    """Every account, oldest first, with the name of the person it is linked to."""
    ctx.actor.require_secretary()
    with ctx.read() as s:
        rows = s.execute(select(User, Person.name).outerjoin(Person, User.person_id == Person.id).order_by(User.id))
        return [_user_row(u, person_name) for u, person_name in rows]


def create_user(ctx: Ctx, username: str, display_name: str, password: str, role: Role,
                person_id: int | None = None) -> UserRow:
    """A new account (书记 only); a 委员 must be linked to his own record on the roster."""
    ctx.actor.require_secretary()
    username, display_name = validate_account(username, display_name, password)
    if role is Role.COMMITTEE and person_id is None:
        # A 委员 sees mood files of the workers he covers: that needs to know who he is.
        raise ValidationError("委员账号须关联本人（党员）在人员名册中的记录。")
    with ctx.uow() as s:
        if s.scalar(select(User.id).where(User.username == username)):
            raise ValidationError(f"用户名“{username}”已被使用。")
        person = s.get(Person, person_id) if person_id is not None else None
        if person_id is not None and person is None:
            raise NotFound("关联的人员不存在。")
        if role is Role.COMMITTEE and person is not None:
            _require_committee_person(person)
        user = User(username=username, display_name=display_name, role=role, person_id=person_id,
                    password_hash=passwords.hash_password(password), active=True)
        s.add(user)
        s.flush()
        audit.record(s, ctx.actor, AuditAction.ADD, AuditEntity.USER, user.id, f"新增账号 {username}（{role.value}）")
        return _user_row(user, person.name if person else None)


def _require_committee_person(person: Person) -> None:
    """A 委员's account belongs to a serving Party member: his coverage (and so which mood files
    he reads) comes from the pairings of that person."""
    if person.archived_at is not None:
        raise ValidationError(f"“{person.name}”已归档（{person.archive_reason or '已不在册'}），不能关联委员账号。")
    if not person.is_party_member:
        raise ValidationError(f"委员账号须关联党员（中共党员或中共预备党员）；“{person.name}”的政治面貌是{person.political_status.value}。")


def set_active(ctx: Ctx, user_id: int, active: bool) -> None:
    """Enable or disable an account; the last enabled 书记 and one's own account stay enabled."""
    ctx.actor.require_secretary()
    if user_id == ctx.actor.user_id and not active:
        raise ValidationError("不能停用自己正在使用的账号。")
    with ctx.uow() as s:
        user = _user(s, user_id)
        if not active and user.role is Role.SECRETARY:
            others = s.scalar(select(func.count(User.id)).where(
                User.role == Role.SECRETARY, User.active.is_(True), User.id != user_id))
            if not others:
                raise ValidationError("至少要保留一个启用的书记账号。")
        user.active = active
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.USER, user_id, f"{'启用' if active else '停用'}账号 {user.username}")


def reset_password(ctx: Ctx, user_id: int, new_password: str) -> None:
    """The 书记 sets a new password for an account (one that was forgotten)."""
    ctx.actor.require_secretary()
    _check_password_length(new_password)
    with ctx.uow() as s:
        user = _user(s, user_id)
        user.password_hash = passwords.hash_password(new_password)
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.USER, user_id, f"重置账号 {user.username} 的密码")


def change_own_password(ctx: Ctx, old_password: str, new_password: str) -> None:
    """The signed-in user changes his own password, giving the old one."""
    if ctx.actor.user_id is None:
        raise AuthError("命令行身份没有密码。")
    _check_password_length(new_password, "新密码")
    with ctx.uow() as s:
        user = s.get(User, ctx.actor.user_id)
        if user is None or not _password_ok(user, old_password):
            raise AuthError("原密码不正确。")
        user.password_hash = passwords.hash_password(new_password)
        audit.record(s, ctx.actor, AuditAction.EDIT, AuditEntity.USER, user.id, "修改本人密码")
