"""What a database holds before a migration: a schema left half-created is recognised here.

Versions before this one created the tables of a new database one committed statement at a
time (``migrate._one_transaction`` says why), so a kill during the first start left some of
the tables and an empty or missing ``alembic_version``; every later start then failed on
"table … already exists". A kill inside a table rebuild (a batch migration) left its
``_alembic_tmp_…`` table behind in the same way.

Such a schema is rebuilt (the program's tables dropped and created again, in the migration's
own transaction) only when not one of its tables holds a row: then nothing can be lost. When
any row is there the database is refused, untouched, with a message that sends the user to a
backup: which tables and columns a partial run changed cannot be known, and guessing could
lose data.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, MetaData, inspect, text

from dangjian_desktop import domain  # its Base (the full schema) is loaded when first used
from dangjian_desktop.domain.errors import DomainError

VERSION_TABLE = "alembic_version"
BATCH_LEFTOVER = "_alembic_tmp_"  # Alembic's name for the new table of a batch rebuild


@dataclass(frozen=True)
class SchemaState:
    tables: tuple[str, ...]  # the program's tables found (leftovers of a batch rebuild included)
    revision: str | None  # what alembic_version holds (None: missing or empty)
    leftovers: tuple[str, ...]  # _alembic_tmp_… tables
    has_rows: bool  # any row in any of ``tables``

    @property
    def half_created(self) -> bool:
        """Tables of the program without a revision, or a batch rebuild that never finished."""
        return (bool(self.tables) and self.revision is None) or bool(self.leftovers)

    def refuse_if_unrecoverable(self, description: str) -> None:
        """A half-created schema that holds rows is not for the program to repair."""
        if self.half_created and self.has_rows:
            what = "上次建立或升级数据表时被中断"
            if self.leftovers:
                what += f"（留下了未完成的临时表 {'、'.join(self.leftovers[:3])}）"
            raise DomainError(
                f"数据库 {description} 的数据结构不完整：{what}，而其中已有数据，程序不能自动修复。"
                "数据未做任何改动。请用“恢复数据”选择一份备份恢复"
                "（升级前的自动备份在数据文件夹的 backups 文件夹中），或联系管理员。")


def _table_has_rows(conn: Connection, table: str) -> bool:
    quoted = conn.dialect.identifier_preparer.quote(table)
    return conn.execute(text(f"SELECT 1 FROM {quoted} LIMIT 1")).first() is not None


def inspect_schema(conn: Connection) -> SchemaState:
    names = inspect(conn).get_table_names()
    ours = tuple(n for n in names if n in domain.Base.metadata.tables or n.startswith(BATCH_LEFTOVER))
    revision = None
    if VERSION_TABLE in names:
        revision = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    return SchemaState(
        tables=ours,
        revision=revision or None,
        leftovers=tuple(n for n in ours if n.startswith(BATCH_LEFTOVER)),
        has_rows=any(_table_has_rows(conn, n) for n in ours),
    )


def rebuild_if_half_created(conn: Connection, description: str) -> bool:
    """Drop a half-created schema that holds no rows, so the migration creates it whole.

    Runs inside the migration's transaction (a failure after it undoes the drop as well).
    Returns whether it dropped anything; raises DomainError when rows forbid it.
    """
    state = inspect_schema(conn)
    if not state.half_created:
        return False
    state.refuse_if_unrecoverable(description)
    # Reflected, not the model: the tables as that older version created them, with their own
    # foreign keys, so they are dropped in an order the database accepts.
    found = MetaData()
    found.reflect(conn, only=[*state.tables, *([VERSION_TABLE] if inspect(conn).has_table(VERSION_TABLE) else [])])
    found.drop_all(conn)
    return True
