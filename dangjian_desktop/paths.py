"""Where things are: shipped resources, the user's data folder, the default database.

The data folder holds password hashes and mood files, so on Linux and macOS it is kept
private to its user: folders ``0700``, files ``0600``, whatever the umask (``private_dir``,
``private_file``, and ``secure_data_dir`` at every start for installs made before). On
Windows the folder under ``%LOCALAPPDATA%`` is per user already; these helpers do nothing there.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import platformdirs

APP_NAME = "dangjian-desktop"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
# POSIX permission bits mean something; on Windows the per-user profile folder does this job.
POSIX = os.name == "posix"

log = logging.getLogger(__name__)


def resources_dir() -> Path:
    """``resources/`` from a PyInstaller bundle, an installed wheel, or the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = []
    if bundle:
        candidates.append(Path(bundle) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent / "resources"]
    for c in candidates:
        if (c / "fonts").is_dir():
            return c
    raise FileNotFoundError("找不到程序资源目录 resources/，安装可能不完整。")


def font_path() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"


def _chmod(path: Path, mode: int) -> None:
    if not POSIX:
        return
    try:
        if path.is_symlink():  # chmod would follow it to a file that is not ours
            return
        if stat.S_IMODE(path.stat().st_mode) != mode:
            os.chmod(path, mode)
    except FileNotFoundError:
        pass
    except OSError as exc:  # a FAT USB stick, a file of another user: nothing to do about it
        log.debug("无法修改权限 %s：%s", path, exc)


def private_dir(path: Path) -> Path:
    """Make ``path`` (a folder) readable by its owner only (0700 on POSIX; nothing on Windows)."""
    _chmod(Path(path), PRIVATE_DIR_MODE)
    return Path(path)


def private_file(path: Path) -> Path:
    """Make ``path`` (a file, if it exists) readable by its owner only (0600 on POSIX; nothing on Windows)."""
    _chmod(Path(path), PRIVATE_FILE_MODE)
    return Path(path)


def _private_mkdir(d: Path) -> Path:
    d.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    return private_dir(d)


def data_dir() -> Path:
    return _private_mkdir(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def secure_data_dir() -> Path:
    """Tighten the data folder and everything in it (0700 folders, 0600 files) on POSIX.

    Run at every start: installs made before the program did this had ``0755`` folders and
    ``0644`` files (database, -wal/-shm, backups, logs). Symbolic links are left alone.
    """
    root = data_dir()
    if not POSIX:
        return root
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            private_dir(Path(folder) / name)
        for name in files:
            private_file(Path(folder) / name)
    return root


def default_db_path() -> Path:
    return data_dir() / "dangjian.sqlite"


def backups_dir() -> Path:
    """Copies taken automatically before a migration or a restore."""
    return _private_mkdir(data_dir() / "backups")


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "db" / "migrations"
