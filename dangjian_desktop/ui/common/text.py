"""Small formatting helpers shared by the dialogs: local times, the database in words."""

from __future__ import annotations

from datetime import datetime, timezone


def local_time(at: datetime, seconds: bool = True) -> str:
    """Stored in UTC (naive); shown in the PC's local time."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def database_label(description: str) -> str:
    """The database as a secretary reads it: a file path for SQLite, else the URL shown so far.

    ``sqlite:////home/wang/…/dangjian.sqlite`` → ``/home/wang/…/dangjian.sqlite``;
    ``sqlite:///C:\\Users\\…`` → ``C:\\Users\\…``; a PostgreSQL URL (password already hidden by
    the service) → ``PostgreSQL postgres@10.0.0.5:5432/dangjian``.
    """
    scheme, sep, rest = description.partition("://")
    if not sep:
        return description
    if scheme.startswith("sqlite"):
        path = rest[1:] if rest.startswith("/") else rest
        return path or "内存数据库"
    if scheme.startswith("postgresql"):
        return f"PostgreSQL {rest}"
    return description
