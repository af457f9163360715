"""Start-up (issue 9 item 10): what the program imports before its main window first paints.

The 工作台 and the warning badge are read just after that paint; until then neither the 工作台's
sources nor the tables of the areas (zones, pledges, mood …) nor the heavy libraries are imported.
A fresh interpreter runs the program's own start (``WindowSession.open``), so nothing the test
suite has imported already can hide an import.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from dangjian_desktop.domain import ORM_MODULES
from dangjian_desktop.services.uow import Ctx

ROOT = Path(__file__).resolve().parents[2]

#: Imported only after the first paint, when a tab is opened, or when something is printed/exported.
LAZY = (
    "dangjian_desktop.services.worklist", "dangjian_desktop.services.mood", "dangjian_desktop.services.roster",
    "dangjian_desktop.services.zones", "dangjian_desktop.services.zone_reports", "dangjian_desktop.services.pledges",
    "dangjian_desktop.services.pledge_progress", "dangjian_desktop.services.demo_data",
    *(f"dangjian_desktop.domain.{m}" for m in ORM_MODULES if m not in ("org", "security")),
    "dangjian_desktop.ui.roster", "dangjian_desktop.ui.zones", "dangjian_desktop.ui.pledges", "dangjian_desktop.ui.mood.tab",
    "openpyxl", "pypinyin", "PIL", "alembic", "reportlab.pdfgen", "reportlab.platypus",
    "sqlalchemy.dialects.postgresql",  # on SQLite: see domain.org.declare_top_unit_index
)

_START = """
import json, sys, time
from PySide6.QtCore import QEvent, QObject
from dangjian_desktop.app import WindowSession, make_application
from dangjian_desktop.services import auth, maintenance

app = make_application()
db, _result = maintenance.open_database(sys.argv[1])
window = WindowSession(app, db).open(auth.login(db, "shuji", "secret123"), offer_demo=False)
ui = window.worklist.ui
out = {"before": [ui.emptyLabel.text(), ui.stack.currentIndex()]}


class Painted(QObject):
    # Installed after the window's own filter, so called before it: the modules at the first paint.
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "at_paint" not in out:
            out["at_paint"] = sorted(sys.modules)
            # Whether the window's 3-second fallback (for a start minimised) came first: on a
            # machine busy enough to take longer than that to paint, the check means nothing.
            out["fallback_first"] = not window._after_paint.fallback.isActive()
        return False


painted = Painted()
window.installEventFilter(painted)
deadline = time.monotonic() + 60
while not window.worklist.counts and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
out["after"] = [ui.emptyLabel.text(), ui.stack.currentIndex(), window.worklist.model.rowCount(),
                "dangjian_desktop.services.worklist" in sys.modules]
print(json.dumps(out, ensure_ascii=False))
window.close()
db.dispose()
"""


def test_the_first_paint_comes_before_the_worklist_and_the_areas(sqlite_secretary: Ctx, tmp_path: Path) -> None:
    url = sqlite_secretary.db.url
    sqlite_secretary.db.dispose()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT))
    for _attempt in range(3):  # again if the machine was too busy to paint before the fallback
        done = subprocess.run([sys.executable, "-c", _START, url], env=env, capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        out = json.loads(done.stdout.strip().splitlines()[-1])
        if not out["fallback_first"]:
            break
    assert not out["fallback_first"], "three starts in a row took more than 3 s to paint"

    assert out["before"] == ["正在计算…", 1]  # the 工作台 says so until it has been read
    at_paint = set(out["at_paint"])
    assert "dangjian_desktop.ui.main_window" in at_paint and "dangjian_desktop.domain.security" in at_paint
    early = sorted(m for m in at_paint if any(m == lazy or m.startswith(lazy + ".") for lazy in LAZY))
    assert early == []
    # Just after the paint the 工作台 is read (a new database has nothing due: the empty page).
    text, page, rows, worklist_loaded = out["after"]
    assert worklist_loaded and text == "今天没有待办事项" and page == (0 if rows else 1)


def test_a_window_never_painted_still_reads_the_worklist(qtbot, sqlite_secretary: Ctx) -> None:
    from dangjian_desktop.ui.main_window import MainWindow

    w = MainWindow(sqlite_secretary.db, sqlite_secretary.actor, load_after_paint=True)
    qtbot.addWidget(w)  # never shown (a window started minimised is not painted either)
    assert w.worklist.counts == {} and w.worklist.ui.emptyLabel.text() == "正在计算…"
    qtbot.waitUntil(lambda: bool(w.worklist.counts), timeout=10_000)  # the fallback after 3 s
    assert w.worklist.ui.emptyLabel.text() == "今天没有待办事项"
