"""The program's log file: what a user can send when something went wrong.

A rotating file in the data folder (``logs/dangjian-desktop.log``, five files of 1 MB at most),
written by the GUI and the command line alike. The windowed bundle has no console at all, so
this file is the only place its errors can go. No Qt here: the command line uses it too.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from dangjian_desktop import paths

LOG_FILE = "dangjian-desktop.log"
MAX_BYTES = 1_000_000
KEEP_FILES = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"


def log_dir() -> Path:
    d = paths.data_dir() / "logs"
    d.mkdir(parents=True, exist_ok=True)
    return d


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
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP_FILES, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return path
