"""Writing a PDF beside its target and moving it into place when complete.

A cancelled or failed print job leaves no file (and an older file of that name untouched);
the move is a rename within one folder, atomic on one file system.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PARTIAL_MARK = ".dangjian-partial-"


@contextmanager
def written_beside(dest: Path) -> Iterator[Path]:
    """A temporary file in ``dest``'s folder, renamed onto ``dest`` only when the block succeeds."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f"{dest.name}{PARTIAL_MARK}", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        _readable(tmp)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _readable(path: Path) -> None:
    """mkstemp makes the file private; a printed card is an ordinary document (umask applies)."""
    if os.name != "posix":
        return
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)
