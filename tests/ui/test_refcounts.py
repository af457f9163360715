"""The program survives a long session despite PySide6 6.12 losing references on Python 3.11."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# 300,000 void Qt calls: about what a day of clicking makes, and far more than the ~50,000
# references None starts with. Without the guard the interpreter aborts (none_dealloc).
LONG_SESSION = """
import sys
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
