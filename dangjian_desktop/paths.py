"""Where things are: shipped resources, the user's data folder, the default database."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "dangjian-desktop"


def resources_dir() -> Path:
    """``resources/`` from a PyInstaller bundle, an installed wheel, or the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = []
    if bundle:
        candidates.append(Path(bundle) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent / "resources"]
    for c in candidates:
        if (c / "fonts").is_dir():
            return c
    raise FileNotFoundError("找不到程序资源目录 resources/，安装可能不完整。")


def font_path() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"


def data_dir() -> Path:
    d = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    d.mkdir(parents=True, exist_ok=True)
    return d


def default_db_path() -> Path:
    return data_dir() / "dangjian.sqlite"


def backups_dir() -> Path:
    """Copies taken automatically before a migration or a restore."""
    d = data_dir() / "backups"
    d.mkdir(parents=True, exist_ok=True)
    return d


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "db" / "migrations"
