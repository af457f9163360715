"""The PyInstaller one-folder build (build.spec) builds and runs.

Slow (a build takes about half a minute to a minute): marked ``slow``; the README's test
command and ``.ci/run`` run it. The bundle is built once into a temporary folder, then:
- ``--version`` answers with the package version;
- ``db upgrade`` creates a database at the newest revision (the migrations are bundled);
- the GUI starts offscreen, logs in, shows its main window and exits
  (``DANGJIAN_BENCH_EXIT_ON_SHOWN``, the hook the benchmarks use too), so Qt's plugins,
  the theme and the font are in the bundle; it writes its log file, and its PySide6 does not
  lose references to None.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine

import dangjian_desktop
from dangjian_desktop.db import migrate
from dangjian_desktop.domain import Base
from dangjian_desktop.services import auth
from dangjian_desktop.services.uow import Database

ROOT = Path(__file__).resolve().parent.parent
EXE = "dangjian-desktop.exe" if sys.platform == "win32" else "dangjian-desktop"
# The windowed twin for the desktop shortcut (no console window on Windows).
GUI_EXE = "dangjian-desktop-gui.exe" if sys.platform == "win32" else "dangjian-desktop-gui"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is not installed: pip install -e \".[test]\"")
    work = tmp_path_factory.mktemp("pyinstaller")
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    folder = work / "dist" / "dangjian-desktop"
    assert (folder / EXE).is_file()
    return folder


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A clean user: own home and data folders, no database chosen by the environment."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DANGJIAN_")}
    home = tmp_path / "home"
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def _run(bundle: Path, args: list[str], env: dict[str, str], timeout: int = 120,
         exe: str = EXE) -> subprocess.CompletedProcess:
    return subprocess.run([str(bundle / exe), *args], capture_output=True, text=True, env=env,
                          timeout=timeout, cwd=bundle.parent)


def test_bundle_carries_resources_and_migrations(bundle: Path):
    internal = bundle / "_internal"
    root = internal if internal.is_dir() else bundle
    assert (root / "resources" / "fonts" / "wqy-microhei.ttc").is_file()
    assert (root / "resources" / "fonts" / "LICENSE-wqy-microhei.txt").is_file()
    assert (root / "resources" / "help" / "使用说明.html").is_file()  # 帮助 → 使用说明, offline
    migrations = root / "dangjian_desktop" / "db" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    assert sorted(p.name for p in (migrations / "versions").glob("*.py")) == \
        sorted(p.name for p in (ROOT / "dangjian_desktop" / "db" / "migrations" / "versions").glob("*.py"))
    # Heavy Qt modules stay out.
    assert not list(root.rglob("*Qt6WebEngine*")) and not list(root.rglob("*Qt6Quick*"))


def test_bundle_answers_version(bundle: Path, tmp_path: Path):
    proc = _run(bundle, ["--version"], _env(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert dangjian_desktop.__version__ in proc.stdout + proc.stderr


def test_bundle_upgrades_a_database(bundle: Path, tmp_path: Path):
    db_file = tmp_path / "bundle.sqlite"
    proc = _run(bundle, ["db", "upgrade", "--db", f"sqlite:///{db_file}"], _env(tmp_path))
    assert proc.returncode == 0, proc.stderr
    engine = create_engine(f"sqlite:///{db_file}")
    try:
        assert migrate.current_revision(engine) == migrate.head_revision()
        with engine.connect() as c:
            names = {r[0] for r in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        assert set(Base.metadata.tables) <= names
    finally:
        engine.dispose()


def test_bundle_prints_a_card_with_its_font(bundle: Path, tmp_path: Path):
    """The card layouts are imported by name and ReportLab reads its own files: the bundle has them."""
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    env = _env(tmp_path)
    assert _run(bundle, ["demo", "--db", url], env, timeout=300).returncode == 0
    out = tmp_path / "zone-cards.pdf"
    proc = _run(bundle, ["print", "zone-cards", "--db", url, "--out", str(out), "--paper", "A3"], env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-4000:]
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"WenQuanYiMicroHei" in data and b"/FontFile2" in data


@pytest.mark.parametrize("exe", [EXE, GUI_EXE])
def test_bundle_starts_its_window_offscreen(bundle: Path, tmp_path: Path, exe: str):
    db_file = tmp_path / "gui.sqlite"
    url = f"sqlite:///{db_file}"
    db = Database(url)
    try:
        migrate.upgrade(db.engine, backup_dir=tmp_path / "auto-backups")
        auth.create_first_secretary(db, "shuji", "王书记", "secret123")
    finally:
        db.dispose()
    env = _env(tmp_path, DANGJIAN_DB_URL=url, DANGJIAN_BENCH_EXIT_ON_SHOWN="1",
               DANGJIAN_BENCH_USER="shuji", DANGJIAN_BENCH_PASSWORD="secret123")
    proc = _run(bundle, [], env, timeout=180, exe=exe)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-4000:]
    shown = [line for line in proc.stdout.splitlines() if line.startswith("shown ")]
    assert shown, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert float(shown[-1].split()[1]) < 60
    # The windowed program has no console: its log file is where its errors go. The bundled
    # PySide6 passed the reference probe at start (no warning logged; see ui/common/refcounts.py).
    log = (tmp_path / "home" / "data" / "dangjian-desktop" / "logs" / "dangjian-desktop.log").read_text(encoding="utf-8")
    assert "启动" in log
    assert "None 的引用" not in log
