"""Password guessing: every failed login is in the audit log, and after five failures in a row
for one name each further attempt waits longer (2, 4, 8 … seconds, at most a minute); a success
resets it. Whether a user name exists shows neither in the answer nor in the time it takes."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select, text

from dangjian_desktop import cli as cli_module
from dangjian_desktop.domain.base import utcnow
from dangjian_desktop.domain.errors import AuthError, LoginWait
from dangjian_desktop.domain.security import AuditEntry, Role, Setting
from dangjian_desktop.services import auth, passwords
from dangjian_desktop.services.auth import LoginSource
from dangjian_desktop.services.uow import Ctx, Database
from dangjian_desktop.ui.auth import login as login_ui
from dangjian_desktop.ui.auth.login import LoginDialog

ROOT = Path(__file__).resolve().parents[2]
WRONG = "用户名或密码不正确。"


def _failures(db: Database) -> list[AuditEntry]:
    with db.read() as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "登录失败").order_by(AuditEntry.id)))
        s.expunge_all()  # plain objects to read after the session is gone
        return entries


def _fail(db: Database, at: datetime, username: str = "shuji", password: str = "wrong-password",
          where: LoginSource = LoginSource.GUI) -> AuthError:
    with pytest.raises(AuthError) as err:
        auth.login(db, username, password, where, now=at)
    return err.value


def test_the_waits() -> None:
    assert [auth.wait_after(n) for n in range(13)] == [0, 0, 0, 0, 0, 2, 4, 8, 16, 32, 60, 60, 60]


def test_five_failures_then_waits_that_grow_and_a_success_resets(secretary: Ctx) -> None:
    db, t = secretary.db, utcnow()
    for i in range(4):
        err = _fail(db, t + timedelta(seconds=i))
        assert type(err) is AuthError and err.message == WRONG  # no wait yet
    err = _fail(db, t + timedelta(seconds=4))
    assert isinstance(err, LoginWait) and err.message == f"{WRONG}连续输错密码5次，请在2秒后再试。"
    assert (err.failures, err.seconds) == (5, 2)
    assert len(_failures(db)) == 5  # each failure written, although the login raised

    # Too early, even with the right password: refused without looking at it, and not recorded.
    err = _fail(db, t + timedelta(seconds=5), password="secret123")
    assert isinstance(err, LoginWait) and err.message == "连续输错密码5次，请在1秒后再试。"
    assert len(_failures(db)) == 5

    err = _fail(db, t + timedelta(seconds=6))  # the 2 seconds are over: tried, wrong again
    assert isinstance(err, LoginWait) and (err.failures, err.seconds) == (6, 4)
    err = _fail(db, t + timedelta(seconds=9.5), password="secret123")
    assert isinstance(err, LoginWait) and err.message == "连续输错密码6次，请在1秒后再试。"

    actor = auth.login(db, "shuji", "secret123", now=t + timedelta(seconds=10))
    assert actor.username == "shuji"
    # A success starts the count again: the next wrong password is the first of a new row.
    err = _fail(db, t + timedelta(seconds=11))
    assert type(err) is AuthError and err.message == WRONG
    assert len(_failures(db)) == 7


def test_the_wait_is_at_most_a_minute(secretary: Ctx) -> None:
    db, t = secretary.db, utcnow()
    for i in range(12):
        _fail(db, t + timedelta(minutes=i))  # far apart: each one is tried
    err = _fail(db, t + timedelta(minutes=11, seconds=1), password="secret123")
    assert isinstance(err, LoginWait) and err.message == "连续输错密码12次，请在59秒后再试。"
    # Another office's clock a little behind: the last failure looks to be in the future; the
    # wait is still at most one minute.
    err = _fail(db, t + timedelta(minutes=5), password="secret123")
    assert isinstance(err, LoginWait) and err.seconds == 60
    assert auth.login(db, "shuji", "secret123", now=t + timedelta(minutes=12)).username == "shuji"


def test_each_failure_is_recorded_with_the_name_and_where(secretary: Ctx) -> None:
    db, t = secretary.db, utcnow()
    _fail(db, t, where=LoginSource.CLI)
    _fail(db, t, username="nobody", password="secret123")  # an unknown name
    viewer = auth.create_user(secretary, "chakan", "查看员", "look1234", Role.VIEWER)
    auth.set_active(secretary, viewer.id, False)
    err = _fail(db, t, username="chakan", password="look1234")
    assert err.message == "该账号已停用，请联系书记。"
    long_name = "\u200bx\x00" * 100  # invisible characters removed, the rest cut short
    _fail(db, t, username=long_name)

    entries = _failures(db)
    assert [(e.username, e.entity, e.entity_id, e.user_id) for e in entries] == [
        ("shuji", "app_user", secretary.actor.user_id, None),
        ("n＊＊＊（6位）", "app_user", None, None),  # no account: masked
        ("chakan", "app_user", viewer.id, None),
        ("x＊＊＊（100位）", "app_user", None, None),
    ]
    assert [e.summary for e in entries] == [
        "用户名“shuji”登录失败：密码不正确（命令行）",
        "用户名“n＊＊＊（6位）”登录失败：账号不存在（图形界面）",
        "用户名“chakan”登录失败：账号已停用（图形界面）",
        "用户名“x＊＊＊（100位）”登录失败：账号不存在（图形界面）",
    ]
    assert entries[0].details == {"username": "shuji", "where": "命令行", "reason": "密码不正确"}
    assert all(e.at == t for e in entries)


def test_an_unknown_name_waits_the_same(secretary: Ctx) -> None:
    """The waits do not tell which names exist either."""
    db, t = secretary.db, utcnow()
    for i in range(5):
        _fail(db, t + timedelta(seconds=i), username="nobody")
    err = _fail(db, t + timedelta(seconds=5), username="nobody")
    assert isinstance(err, LoginWait) and err.message == "连续输错密码5次，请在1秒后再试。"
    # Other names are not held up by it.
    assert auth.login(db, "shuji", "secret123", now=t + timedelta(seconds=5)).username == "shuji"
    assert len(_failures(db)) == 5


def _ok_button(dialog: LoginDialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_the_login_dialog_counts_down(sqlite_secretary: Ctx, qtbot, monkeypatch) -> None:
    db = sqlite_secretary.db
    for _ in range(4):
        _fail(db, utcnow())
    monkeypatch.setattr(login_ui, "TICK_MS", 20)  # a fast second, so the test does not wait
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.usernameEdit.setText("shuji")
    dialog.ui.passwordEdit.setText("wrong-password")
    ticks: list[str] = []
    dialog.ui.errorLabel.setText = lambda text, set_text=dialog.ui.errorLabel.setText: (ticks.append(text),
                                                                                          set_text(text))
    _ok_button(dialog).click()
    assert ticks[0] == f"{WRONG}连续输错密码5次，请在2秒后再试。"
    assert not _ok_button(dialog).isEnabled() and _ok_button(dialog).text() == "登录（2）"
    assert dialog.ui.passwordEdit.text() == "" and dialog.actor is None
    _ok_button(dialog).click()  # a disabled button: nothing happens
    assert len(_failures(db)) == 5

    qtbot.waitUntil(_ok_button(dialog).isEnabled, timeout=3000)
    assert ticks[:2] == [f"{WRONG}连续输错密码5次，请在2秒后再试。", f"{WRONG}连续输错密码5次，请在1秒后再试。"]
    assert _ok_button(dialog).text() == "登录" and dialog.isVisible()


def test_the_command_line_records_and_says_it(sqlite_secretary: Ctx, monkeypatch, tmp_path) -> None:
    db, base = sqlite_secretary.db, utcnow()
    for k in range(9):  # far apart, then one just now: ten in a row, the next waits a minute
        _fail(db, base - timedelta(seconds=1000 - 100 * k), where=LoginSource.CLI)
    monkeypatch.setenv("DANGJIAN_PASSWORD", "wrong-one")
    with pytest.raises(AuthError, match="密码不正确"):
        cli_module.authenticate(db, argparse.Namespace(user="shuji"))
    assert _failures(db)[-1].summary == "用户名“shuji”登录失败：密码不正确（命令行）"
    db.dispose()
    env = {**os.environ, "DANGJIAN_PASSWORD": "secret123", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-m", "dangjian_desktop", "due", "--user", "shuji", "--db", db.url],
                          capture_output=True, text=True, encoding="utf-8", env=env, stdin=subprocess.DEVNULL,
                          timeout=120)
    assert done.returncode == 1 and done.stdout == "" and "Traceback" not in done.stderr
    line = done.stderr.strip()
    assert line.startswith("连续输错密码10次，请在") and line.endswith("秒后再试。"), done.stderr
    assert 1 <= int(line.removeprefix("连续输错密码10次，请在").removesuffix("秒后再试。")) <= 60


def _timed(call) -> float:
    start = time.perf_counter()
    try:
        call()
    except AuthError:
        pass
    return time.perf_counter() - start


def test_an_unknown_name_takes_as_long_as_a_wrong_password(sqlite_db: Database) -> None:
    cheap = passwords.current()
    passwords.use_hasher(passwords.PRODUCTION)  # the tests' cheap hasher would show nothing
    try:
        auth.create_first_secretary(sqlite_db, "shuji", "王书记", "secret123")
        _timed(lambda: auth.login(sqlite_db, "warm-up", "secret123"))  # first use: caches, the dummy hash
        unknown, wrong = [], []
        for i in range(5):  # interleaved, so a busy moment of the machine falls on both
            unknown.append(_timed(lambda i=i: auth.login(sqlite_db, f"nobody{i}", "secret123")))
            wrong.append(_timed(lambda: auth.login(sqlite_db, "shuji", "wrong-password")))
    finally:
        passwords.use_hasher(cheap)
    a, b = statistics.median(unknown), statistics.median(wrong)
    assert abs(a - b) / max(a, b) < 0.3, (unknown, wrong)


def test_failures_older_than_the_window_are_forgotten(secretary: Ctx) -> None:
    """A name mistyped now and then over months does not stay under the longest wait."""
    db, t = secretary.db, utcnow()
    for name in ("shuji", "nobody"):  # an account, and a name that has none
        for i in range(10):
            _fail(db, t + timedelta(minutes=i), username=name)
        # Within the day the count holds: the eleventh failure waits a minute ...
        err = _fail(db, t + timedelta(hours=23), username=name)
        assert isinstance(err, LoginWait) and (err.failures, err.seconds) == (11, 60)
        # ... a day after the last of them they are forgotten: the next is the first of a new row.
        err = _fail(db, t + timedelta(hours=23) + auth.FAILURE_WINDOW + timedelta(seconds=1), username=name)
        assert type(err) is AuthError and err.message == WRONG
    assert auth.login(db, "shuji", "secret123", now=t + timedelta(hours=48)).username == "shuji"


def test_an_unknown_names_failures_do_not_follow_it_into_a_new_account(secretary: Ctx) -> None:
    db, t = secretary.db, utcnow()
    for i in range(10):
        _fail(db, t + timedelta(seconds=i), username="laowang")
    err = _fail(db, t + timedelta(seconds=10), username="laowang")
    assert isinstance(err, LoginWait)  # still waiting as a name that has no account
    auth.create_user(secretary, "laowang", "老王", "laowang1", Role.VIEWER)
    # The new account's count starts from its own entries: no wait for its first login.
    assert auth.login(db, "laowang", "laowang1", now=t + timedelta(seconds=11)).username == "laowang"


def test_a_password_typed_into_the_name_box_is_not_kept(secretary: Ctx) -> None:
    """A name without an account is logged masked and counted by a keyed hash: the text typed
    is nowhere in the database, yet each name still waits on its own."""
    db, t = secretary.db, utcnow()
    typed = "Mima#2024xyz"  # the password, typed into the name box
    for i in range(5):
        _fail(db, t + timedelta(seconds=i), username=typed, password="")
    err = _fail(db, t + timedelta(seconds=5), username=typed)
    assert isinstance(err, LoginWait) and err.failures == 5
    # Another name with the same mask (first character and length) is counted apart.
    other = "M" + "z" * (len(typed) - 1)
    assert auth.masked_name(other) == auth.masked_name(typed) == "M＊＊＊（12位）"
    err = _fail(db, t + timedelta(seconds=5), username=other)
    assert type(err) is AuthError

    with db.read() as s:
        secret = s.scalar(select(Setting.value).where(Setting.key == auth.NAME_SECRET_KEY))
        dump = [str(row) for row in s.execute(text("SELECT username, summary, details FROM audit_entry"))]
    assert len(bytes.fromhex(secret)) == 32
    assert not any(typed in row for row in dump) and not any(other in row for row in dump)
    entries = _failures(db)
    assert [e.username for e in entries] == ["M＊＊＊（12位）"] * 6
    assert {e.details["name_key"] for e in entries[:5]} == {auth.name_key(bytes.fromhex(secret), typed)}
    assert entries[5].details["name_key"] == auth.name_key(bytes.fromhex(secret), other)
    assert entries[0].details == {"username": "M＊＊＊（12位）", "where": "图形界面", "reason": "账号不存在",
                                  "name_key": auth.name_key(bytes.fromhex(secret), typed)}
    # Made once: later logins use the same secret.
    auth.login(db, "shuji", "secret123", now=t + timedelta(seconds=6))
    with db.read() as s:
        assert s.scalars(select(Setting.value).where(Setting.key == auth.NAME_SECRET_KEY)).all() == [secret]


def test_the_secret_is_made_once_when_two_offices_ask_at_once(any_db: Database, monkeypatch) -> None:
    """The other office saved its secret between our look and our insert: the unique key refuses
    ours, and we use his."""
    theirs = auth._name_secret(any_db)  # the other office's, saved first
    real_read, looks = auth.read_setting, []

    def read_setting(s, key, default=None):  # our first two looks come before his commit
        looks.append(key)
        return None if len(looks) <= 2 else real_read(s, key, default)

    monkeypatch.setattr(auth, "read_setting", read_setting)
    assert auth._name_secret(any_db) == theirs and len(looks) == 3
    with any_db.read() as s:
        assert len(s.scalars(select(Setting.value).where(Setting.key == auth.NAME_SECRET_KEY)).all()) == 1


@pytest.mark.parametrize("name", ["shuji", "nobody"])
def test_two_wrong_attempts_at_the_same_moment_do_not_both_pass_the_wait(secretary: Ctx, monkeypatch,
                                                                          name: str) -> None:
    """Two offices (two threads, two connections) try one name at once after four failures: the
    one recorded first makes the fifth failure; the other then sees it and has to wait, instead
    of both reading the count of four (six failures, no wait for either)."""
    db, t = secretary.db, utcnow()
    for i in range(4):
        _fail(db, t + timedelta(seconds=i), username=name)
    hashed = threading.Barrier(2, timeout=30)
    real_verify, real_dummy = passwords.verify_password, passwords.verify_dummy

    def verify_password(stored: str, password: str) -> bool:  # both have hashed before either goes on
        ok = real_verify(stored, password)
        hashed.wait()
        return ok

    def verify_dummy(password: str) -> None:
        real_dummy(password)
        hashed.wait()

    monkeypatch.setattr(passwords, "verify_password", verify_password)
    monkeypatch.setattr(passwords, "verify_dummy", verify_dummy)
    errors: list[BaseException] = []

    def attempt() -> None:
        try:
            auth.login(db, name, "wrong-password", now=t + timedelta(seconds=10))
        except BaseException as exc:  # noqa: BLE001 - collected for the assertions below
            errors.append(exc)

    threads = [threading.Thread(target=attempt) for _ in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    assert len(errors) == 2 and all(isinstance(e, LoginWait) for e in errors), errors
    assert sorted(e.message for e in errors) == [  # the one recorded; the one refused
        f"{WRONG}连续输错密码5次，请在2秒后再试。", "连续输错密码5次，请在2秒后再试。"]
    assert len(_failures(db)) == 5
