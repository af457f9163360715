"""Temporary files of backups and restores, and the clearing of those an interruption left.

A copy is written to ``NAME.dangjian-partial-XXXXXXXX.tmp`` beside its target and renamed
onto it only when complete. A copy broken off (the program killed, a USB stick pulled) leaves
that file and SQLite's ``-journal`` beside it; the next backup into that folder, and the next
restore, remove the ones it finds. Only files with the program's own marker are touched, and
only when nothing in their group (the file and its -journal/-wal/-shm) has been written for
``STALE_AFTER`` (10 minutes): a backup running at the same moment keeps writing its file, and
on Windows a file still open cannot be deleted anyway.

Versions before this one hid their temporary files as ``.NAME.XXXXXXXX.tmp``; those are
recognised and cleared the same way.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from dangjian_desktop import paths

from .engine import COMPANIONS

log = logging.getLogger(__name__)

PARTIAL_MARK = ".dangjian-partial-"
STALE_AFTER = timedelta(minutes=10)
# tempfile's random part: eight of [a-z0-9_]. What follows it: ".tmp" (and a -journal …), or
# "-升级前-…" for the copy a migration takes of a staged file. Greedy: the temporary file of
# that copy ("…-升级前-….sqlite.dangjian-partial-YYYYYYYY.tmp") is a group of its own.
_PARTIAL = re.compile(rf"^(?P<group>.+{re.escape(PARTIAL_MARK)}[a-z0-9_]{{8}})(\.tmp|-)")
_LEGACY = re.compile(r"^(?P<group>\..+\.(sqlite|sqlite3|db)\.[a-z0-9_]{8})\.tmp(-journal|-wal|-shm)?$")


def partial_file(folder: Path, name: str) -> Path:
    """A new empty file ``folder/NAME.dangjian-partial-XXXXXXXX.tmp``, readable by its owner only."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, created = tempfile.mkstemp(prefix=f"{name}{PARTIAL_MARK}", suffix=".tmp", dir=folder)  # mode 0600
    os.close(fd)
    return Path(created)


def remove_partial(path: Path) -> None:
    """A temporary file made by ``partial_file`` and everything of its group beside it: the
    -journal/-wal/-shm SQLite may have left, the copy a migration took of it (``…-升级前-…``)."""
    for leftover in (path, *(Path(f"{path}{suffix}") for suffix in COMPANIONS)):
        leftover.unlink(missing_ok=True)
    match = _PARTIAL.match(path.name)
    if match is None:
        return
    key = match.group("group")
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return
    for entry in entries:
        if _group(entry.name) == key:
            Path(entry.path).unlink(missing_ok=True)


@contextmanager
def written_beside(dest: Path) -> Iterator[Path]:
    """A temporary file in ``dest``'s folder, moved onto ``dest`` only when the block succeeds.

    The rename is atomic on one file system: ``dest`` is either the old file or the new one,
    never half of each, even if the program is killed or the USB stick is pulled meanwhile.
    Stale temporary files of earlier, interrupted copies in that folder are removed first.
    The result is readable by its owner only (POSIX).
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(dest.parent)
    tmp = partial_file(dest.parent, dest.name)
    try:
        yield tmp
        os.replace(tmp, dest)
        paths.private_file(dest)
    finally:
        remove_partial(tmp)


def _group(name: str) -> str | None:
    match = _PARTIAL.match(name) or _LEGACY.match(name)
    return match.group("group") if match else None


def remove_stale_partials(folder: Path, max_age: timedelta = STALE_AFTER) -> list[Path]:
    """Remove the program's temporary files in ``folder`` untouched for ``max_age``; returns them.

    Never raises: a folder that cannot be listed, or a file that cannot be deleted (in use on
    Windows, read-only), is left as it is.
    """
    groups: dict[str, list[Path]] = {}
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    newest: dict[str, float] = {}
    for entry in entries:
        key = _group(entry.name)
        if key is None:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            mtime = entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        groups.setdefault(key, []).append(Path(entry.path))
        newest[key] = max(newest.get(key, mtime), mtime)
    cutoff = time.time() - max_age.total_seconds()
    removed: list[Path] = []
    for key, files in groups.items():
        if newest[key] > cutoff:  # written to recently: perhaps a copy running right now
            continue
        for path in files:
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                log.info("未能删除中断留下的临时文件 %s：%s", path, exc)
                continue
            removed.append(path)
    if removed:
        log.info("已删除中断的备份或恢复留下的临时文件：%s", "、".join(p.name for p in removed))
    return removed
