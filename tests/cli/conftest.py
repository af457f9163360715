"""Running the command line as a real subprocess, isolated from the user's data."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Cli:
    """``python -m dangjian_desktop`` with its own data folder (XDG_DATA_HOME) and no DANGJIAN_DB_URL."""

    home: Path

    @property
    def env(self) -> dict[str, str]:
        env = os.environ.copy()
        env.pop("DANGJIAN_DB_URL", None)
        env.pop("DANGJIAN_DEBUG", None)
        env["XDG_DATA_HOME"] = str(self.home / "data")
        env["XDG_CONFIG_HOME"] = str(self.home / "config")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        env["QT_QPA_PLATFORM"] = "offscreen"
        return env

    def __call__(self, *args: str, env: dict[str, str] | None = None, timeout: float = 120
                 ) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "dangjian_desktop", *args], capture_output=True, text=True,
                              encoding="utf-8", env={**self.env, **(env or {})}, stdin=subprocess.DEVNULL,
                              timeout=timeout)

    @property
    def backups(self) -> Path:
        return self.home / "data" / "dangjian-desktop" / "backups"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "home")


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """One normal demo database made by ``dangjian-desktop demo``, shared by a test module."""
    home = tmp_path_factory.mktemp("demo-home")
    path = home / "demo.sqlite"
    done = Cli(home)("demo", "--db", f"sqlite:///{path}")
    assert done.returncode == 0, done.stderr
    return path, done


@pytest.fixture
def demo_file(demo_run) -> Path:
    return demo_run[0]


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database (SQLite's backup API: safe with WAL files)."""
    dest = tmp_path / "work.sqlite"
    with sqlite3.connect(demo_file) as src, sqlite3.connect(dest) as dst:
        src.backup(dst)
    return dest


def count(path: Path, sql: str) -> int:
    with sqlite3.connect(path) as c:
        return c.execute(sql).fetchone()[0]
