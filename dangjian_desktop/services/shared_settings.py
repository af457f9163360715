"""Settings shared by everyone using one database (table ``setting``: a key and a JSON value).

Read and written inside the caller's unit of work. The keys and the meaning of their values
belong to the domain (``mood.WARNING_LIMITS_KEY``, ``assessment.COMMENDATION_CAPS_KEY``);
an absent key means the domain's default. Only the accounts' table is imported here: the login
reads a setting, and the start must not build the tables of the areas before its first paint.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangjian_desktop.domain.security import Setting


def read_setting(session: Session, key: str, default: Any = None) -> Any:
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return default if value is None else value


def write_setting(session: Session, key: str, value: Any) -> None:
    setting = session.scalar(select(Setting).where(Setting.key == key))
    if setting is None:
        session.add(Setting(key=key, value=value))
    else:
        setting.value = value

