"""The program's log file: what a user can send when something went wrong.

A rotating file in the data folder (``logs/dangjian-desktop.log``, five files of 1 MB at most),
written by the GUI and the command line alike. The windowed bundle has no console at all, so
this file is the only place its errors can go. No Qt here: the command line uses it too.
The log may name people and files: on POSIX it and its rotated copies are ``0600`` in a
``0700`` folder, whatever the umask.
"""

from __future__ import annotations

import logging
import os
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import cast

from dangjian_desktop import paths

LOG_FILE = "dangjian-desktop.log"
MAX_BYTES = 1_000_000
KEEP_FILES = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"


def log_dir() -> Path:
    d = paths.data_dir() / "logs"
    d.mkdir(mode=paths.PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    return paths.private_dir(d)


def _private_opener(path: str, flags: int) -> int:
    return os.open(path, flags, paths.PRIVATE_FILE_MODE)  # created 0600 (less by a stricter umask)


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose file is created, and kept, readable by its owner only.

    Rotation renames the file, so the rotated copies keep its mode; a file left by an older
    version is tightened when it is opened.
    """

    def _open(self) -> TextIOWrapper:
        stream = cast(TextIOWrapper, open(self.baseFilename, self.mode, encoding=self.encoding,  # text mode
                                          errors=self.errors, opener=_private_opener))
        paths.private_file(Path(self.baseFilename))
        return stream


def log_path() -> Path:
    return log_dir() / LOG_FILE


def setup(level: int = logging.INFO) -> Path | None:
    """Send the program's log records (INFO and up) to the rotating file, once per file.

    Returns the file, or None when it cannot be opened (a read-only data folder must not stop
    the program: it runs on without a log).
    """
    path = log_path()
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        handler = PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP_FILES, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return path
