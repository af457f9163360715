"""The data folder is private to its user on Linux and macOS, whatever the umask (paths.py,
db/engine.py, logfile.py, db/backup.py): folders 0700, the database with its -wal/-shm, the
log with its rotated copies and every copy the program writes 0600."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dangjian_desktop import logfile, paths
from dangjian_desktop.services import auth, maintenance
from dangjian_desktop.services.uow import Ctx

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows 没有 POSIX 权限位：数据文件夹在 %LOCALAPPDATA% 下，本身按用户隔离")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """The umask of many Linux desktops: new files 0644, new folders 0755."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder of its own (platformdirs follows XDG_DATA_HOME at every call)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("DANGJIAN_DB_URL", raising=False)
    return tmp_path / "xdg" / paths.APP_NAME


def test_helpers_set_owner_only_modes(tmp_path: Path, permissive_umask):
    folder = tmp_path / "d"
    folder.mkdir(mode=0o777)
    file = folder / "f"
    file.write_text("x")
    assert mode(folder) == 0o755 and mode(file) == 0o644  # what the umask gave
    assert paths.private_dir(folder) == folder and mode(folder) == 0o700
    assert paths.private_file(file) == file and mode(file) == 0o600
    paths.private_file(folder / "missing")  # a file that is not there: nothing to do, no error


def test_a_new_install_is_private(data_home: Path, tmp_path: Path, permissive_umask):
    db, _result = maintenance.open_database()
    try:
        ctx = Ctx(db, auth.create_first_secretary(db, "shuji", "王书记", "secret123"))
        live = data_home / "dangjian.sqlite"
        assert mode(data_home) == 0o700
        assert [mode(Path(f"{live}{s}")) for s in ("", "-wal", "-shm")] == [0o600] * 3

        usb = tmp_path / "U盘"
        usb.mkdir()
        saved = maintenance.backup_to(ctx, usb, today=date(2026, 11, 24))
        assert mode(saved) == 0o600  # the user's own copy holds the password hashes too
        safety = maintenance.restore_from(ctx, saved)
        assert safety.parent == data_home / "backups"
        assert mode(data_home / "backups") == 0o700 and mode(safety) == 0o600
        assert [mode(Path(f"{live}{s}")) for s in ("", "-wal", "-shm")] == [0o600] * 3
    finally:
        db.dispose()


def test_the_log_and_its_rotated_copies_are_private(data_home: Path, permissive_umask):
    handler = logfile.PrivateRotatingFileHandler(logfile.log_path(), maxBytes=200, backupCount=2,
                                                 encoding="utf-8", delay=True)
    try:
        for i in range(20):
            handler.emit(logging.LogRecord("t", logging.INFO, __file__, 1, f"第{i}条记录 " + "x" * 40, None, None))
    finally:
        handler.close()
    logs = data_home / "logs"
    assert mode(logs) == 0o700
    names = sorted(p.name for p in logs.iterdir())
    assert names == ["dangjian-desktop.log", "dangjian-desktop.log.1", "dangjian-desktop.log.2"]
    assert {mode(logs / n) for n in names} == {0o600}


def test_an_existing_install_is_tightened(data_home: Path, permissive_umask):
    # What an older version left: everything readable by every local user.
    for folder in (data_home, data_home / "backups", data_home / "logs"):
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o755)
    files = [data_home / "dangjian.sqlite", data_home / "dangjian.sqlite-wal", data_home / "dangjian.sqlite-shm",
             data_home / "backups" / "恢复前自动备份-20261101-080000.sqlite", data_home / "logs" / "dangjian-desktop.log.3"]
    for f in files:
        f.write_bytes(b"")
        os.chmod(f, 0o644)
    elsewhere = data_home.parent / "not-ours.txt"  # a link out of the folder is not followed
    elsewhere.write_text("x")
    os.chmod(elsewhere, 0o644)
    (data_home / "link").symlink_to(elsewhere)

    paths.secure_data_dir()

    assert {mode(d) for d in (data_home, data_home / "backups", data_home / "logs")} == {0o700}
    assert {mode(f) for f in files} == {0o600}
    assert mode(elsewhere) == 0o644
