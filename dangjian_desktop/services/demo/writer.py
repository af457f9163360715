"""Bulk writer for the demo: ids assigned in Python, rows inserted with Core in chunks.

The large demo has hundreds of thousands of rows; building ORM objects one at a time would
take minutes. Rows are plain dicts; ids are handed out here (from the table's current
maximum) so a child row can name its parent before either is written. Everything goes
through the caller's session, so the whole demo is one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from dangjian_desktop.domain import Base
from dangjian_desktop.domain.base import utcnow

CHUNK = 5000


class BulkWriter:
    """Hands out ids and inserts rows table by table (parents before children)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.now: datetime = utcnow()
        self._next: dict[str, int] = {}
        self.written: dict[str, int] = {}
        self._defaults = {t.name: _scalar_defaults(t) | {"created_at": self.now, "updated_at": self.now}
                          for t in Base.metadata.sorted_tables}

    def table(self, name: str) -> Table:
        return Base.metadata.tables[name]

    def next_id(self, name: str) -> int:
        if name not in self._next:
            top = self.session.execute(select(func.max(self.table(name).c.id))).scalar()
            self._next[name] = (top or 0) + 1
        nid = self._next[name]
        self._next[name] = nid + 1
        return nid

    def add(self, name: str, rows: Iterable[dict[str, Any]]) -> int:
        """Insert rows into table ``name``; a row without "id" gets the next one. Returns the count."""
        table = self.table(name)
        defaults = self._defaults[name]
        keys = [c.name for c in table.columns]
        batch: list[dict[str, Any]] = []
        count = 0
        for row in rows:
            if "id" not in row:
                row["id"] = self.next_id(name)
            # executemany needs the same keys in every row; a missing key gets the column's
            # own scalar default, never a NULL that would override it.
            full = {k: row[k] if k in row else defaults.get(k) for k in keys}
            batch.append(full)
            if len(batch) >= CHUNK:
                self.session.execute(insert(table), batch)
                count += len(batch)
                batch = []
        if batch:
            self.session.execute(insert(table), batch)
            count += len(batch)
        self.written[name] = self.written.get(name, 0) + count
        return count

    def finish(self) -> None:
        """PostgreSQL: move each serial sequence past the ids given here."""
        bind = self.session.get_bind()
        if bind.dialect.name != "postgresql":
            return
        for name in self.written:
            self.session.execute(
                select(func.setval(func.pg_get_serial_sequence(name, "id"),
                                   select(func.coalesce(func.max(self.table(name).c.id), 0) + 1).scalar_subquery(),
                                   False))
            )


def _scalar_defaults(table: Table) -> dict[str, Any]:
    out: dict[str, Any] = {"version": 1}
    for c in table.columns:
        d = c.default
        if isinstance(d, ScalarElementColumnDefault):
            out[c.name] = d.arg
    return out
