"""Checks of a SQLite file before a restore uses it: is it whole, and is it ours?

A backup file is read only (never written: it may be on a write-protected USB stick) and
must pass, in order: it opens as a database; it has this program's tables; SQLite's
``PRAGMA integrity_check`` finds nothing (damaged pages, broken indexes); ``PRAGMA
foreign_key_check`` finds no row pointing at a missing one; ``alembic_version`` holds one
revision that this program's migrations know. Each refusal is one Chinese sentence that says
the current data was not touched. The restore's own staged copy is checked again the same
way (``check_database_file``), at the revision it must have.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from contextlib import closing
from pathlib import Path

from dangjian_desktop.domain.errors import DomainError, SchemaTooNew

log = logging.getLogger(__name__)

UNTOUCHED = "当前数据未做任何改动。"
REQUIRED_TABLES = {"alembic_version", "person", "branch"}
SQLITE_HEADER = b"SQLite format 3\x00"
# Revision ids are "NNNN_name": a number above this program's head is from a newer program.
_NUMBERED = re.compile(r"^(\d{4})_")


def _connect_read_only(path: Path) -> sqlite3.Connection:
    # A file: URI (percent-encoded, so "#" or "?" in a folder name are harmless), read only.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def known_revisions() -> set[str]:
    """Every revision id in this program's migrations folder."""
    from alembic.script import ScriptDirectory

    from .migrate import alembic_config

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _check_revision(name: str, rows: list[tuple[object, ...]]) -> str:
    from .migrate import head_revision

    values = [r[0] for r in rows]
    if not values or values == [None] or values == [""]:
        raise DomainError(f"{name} 中没有数据结构版本记录（alembic_version 为空），无法确认它是本程序的完整备份，"
                          f"不能用它恢复。{UNTOUCHED}")
    revision = str(values[0]) if len(values) == 1 else "、".join(map(str, values))
    if len(values) == 1 and revision in known_revisions():
        return revision
    head = _NUMBERED.match(head_revision())
    newer = _NUMBERED.match(revision)
    if len(values) == 1 and head and newer and int(newer.group(1)) > int(head.group(1)):
        raise SchemaTooNew(f"备份文件 {name} 的数据库版本（{revision}）比本程序新，请先升级 dangjian-desktop "
                           f"再恢复。{UNTOUCHED}")
    raise DomainError(f"{name} 的数据结构版本（{revision}）不是本程序认识的版本，文件可能已损坏或来自其他程序，"
                      f"不能用它恢复。{UNTOUCHED}")


def _check(path: Path, label: str) -> str:
    """The checks of the module docstring on ``path``; returns its revision."""
    with open(path, "rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:  # (an empty file is an empty database: no tables)
        raise DomainError(f"{path.name} 不是本程序的备份文件（无法作为数据库打开）。")
    try:
        with closing(_connect_read_only(path)) as c:
            tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not REQUIRED_TABLES <= tables:
                raise DomainError(f"{path.name} 不是本程序的备份文件（缺少人员、支部等数据表）。")
            problems = [str(r[0]) for r in c.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                log.warning("%s 完整性检查未通过：%s", path, problems[:20])
                raise DomainError(f"{label} {path.name} 已损坏（完整性检查发现 {len(problems)} 处问题），"
                                  f"不能用它恢复。{UNTOUCHED}请换一个备份文件。")
            broken = c.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                tables_hit = "、".join(sorted({str(r[0]) for r in broken}))
                raise DomainError(f"{label} {path.name} 中有 {len(broken)} 条记录引用了不存在的数据（{tables_hit}），"
                                  f"不能用它恢复。{UNTOUCHED}")
            rows = c.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.DatabaseError as exc:
        log.warning("%s 无法读取：%s", path, exc)
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise DomainError(f"{path.name} 不是本程序的备份文件（无法作为数据库打开）。") from exc
        raise DomainError(f"{label} {path.name} 已损坏，无法完整读取（{exc}），不能用它恢复。{UNTOUCHED}") from exc
    return _check_revision(path.name, rows)


def check_backup_file(path: Path) -> str:
    """Refuse a file that is not a whole, consistent backup of this program; returns its revision.

    Raises DomainError (SchemaTooNew for a backup from a newer program), with a Chinese message.
    """
    path = Path(path)
    if not path.is_file():
        raise DomainError(f"找不到备份文件：{path}")
    return _check(path, "备份文件")


def check_database_file(path: Path, revision: str) -> None:
    """The same checks on a copy the program made, which must be at ``revision``."""
    found = _check(Path(path), "恢复用的临时副本")
    if found != revision:
        raise DomainError(f"恢复用的临时副本版本为 {found}，应为 {revision}，恢复未进行。{UNTOUCHED}")
