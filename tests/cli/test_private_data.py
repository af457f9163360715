"""At its next start the program tightens an install made before it kept its data private
(Linux and macOS; on Windows the data folder under %LOCALAPPDATA% is per user already)."""

from __future__ import annotations

import os
import stat
import sys

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows 没有 POSIX 权限位：数据文件夹本身按用户隔离")


def test_the_next_start_tightens_an_existing_install(cli):
    data = cli.home / "data" / "dangjian-desktop"
    old = os.umask(0o022)  # the subprocess inherits it: the permissive umask of many desktops
    try:
        first = cli("db", "upgrade")  # as an older version left it: the default database in 0755/0644
        assert first.returncode == 0, first.stderr
        live = data / "dangjian.sqlite"
        leftovers = [live, data / "backups" / "恢复前自动备份-20261101-080000.sqlite", data / "logs" / "dangjian-desktop.log.1"]
        for f in leftovers[1:]:
            f.parent.mkdir(exist_ok=True)
            f.write_bytes(b"")
        for p in (data, data / "backups", data / "logs", *leftovers):
            os.chmod(p, 0o755 if p.is_dir() else 0o644)

        done = cli("db", "upgrade")
        assert done.returncode == 0, done.stderr
    finally:
        os.umask(old)
    assert {stat.S_IMODE(p.stat().st_mode) for p in (data, data / "backups", data / "logs")} == {0o700}
    assert {stat.S_IMODE(p.stat().st_mode) for p in leftovers} == {0o600}
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in data.glob("dangjian.sqlite*"))
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in (data / "logs").iterdir())
