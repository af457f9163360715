"""Per-PC preferences in QSettings: theme, last user name, window state, last folders.

The keys and defaults are named in ``dangjian_desktop/settings.py``. The QApplication's
organization and application names (set in ``app.py``) decide where QSettings stores them.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from dangjian_desktop import settings


def qsettings() -> QSettings:
    return QSettings(settings.ORGANIZATION, settings.APPLICATION)


def _str(key: str, default: str = "") -> str:
    value = qsettings().value(key, default)
    return value if isinstance(value, str) else default


def theme() -> str:
    mode = _str(settings.KEY_THEME, settings.DEFAULT_THEME)
    return mode if mode in settings.THEMES else settings.DEFAULT_THEME


def set_theme(mode: str) -> None:
    qsettings().setValue(settings.KEY_THEME, mode)


def last_username() -> str:
    return _str(settings.KEY_LAST_USERNAME)


def set_last_username(name: str) -> None:
    qsettings().setValue(settings.KEY_LAST_USERNAME, name)


def last_backup_dir() -> str:
    return _str(settings.KEY_LAST_BACKUP_DIR)


def set_last_backup_dir(path: str) -> None:
    qsettings().setValue(settings.KEY_LAST_BACKUP_DIR, path)


def byte_array(key: str) -> QByteArray | None:
    value = qsettings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def set_value(key: str, value: object) -> None:
    qsettings().setValue(key, value)


def int_value(key: str, default: int = 0) -> int:
    value = qsettings().value(key, default)
    try:
        return int(value)  # type: ignore[call-overload]  # QSettings' INI backend hands ints back as strings
    except (TypeError, ValueError):
        return default
