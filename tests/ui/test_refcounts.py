"""The PySide6 in use does not lose references to None (PySide6 6.12.0 on Python 3.11 did).

The probe fails on an affected combination, so a later PySide6 release with the same fault is
caught here and not after an hour of a secretary's clicking; the long session proves that the
program survives a day's worth of void Qt calls without any patch of the interpreter.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dangjian_desktop.ui.common.refcounts import describe_combination, pyside_loses_references

ROOT = Path(__file__).resolve().parents[2]


def test_the_installed_pyside_keeps_its_references() -> None:
    before = sys.getrefcount(None)
    assert not pyside_loses_references(1000), (
        f"{describe_combination()} loses a reference to None on every void Qt call; the program would "
        "abort (none_dealloc) after a few thousand clicks: exclude this release in pyproject.toml")
    assert sys.getrefcount(None) >= before - 50  # nothing else in 1,000 calls drained it either


# 300,000 void Qt calls: about what a day of clicking makes, and far more than the ~50,000
# references None starts with. On an affected combination the interpreter aborts (none_dealloc).
LONG_SESSION = """
from PySide6.QtWidgets import QLabel
from dangjian_desktop.app import make_application
app = make_application()
label = QLabel()
for i in range(300_000):
    label.setText("第 %d 次" % (i % 10))
    label.setEnabled(i % 2 == 0)
print("survived", flush=True)
"""


def test_a_long_session_does_not_abort(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", LONG_SESSION], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "survived" in done.stdout
