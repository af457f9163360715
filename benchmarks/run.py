"""Benchmarks on the large demo database: one JSON line per scenario on stdout.

    python benchmarks/run.py [--db-dir DIR] [--reuse]

Builds the large demo once with the real command line (``--reuse`` keeps a database built
earlier in DIR), then times the GUI's cold start to the main window (a subprocess, median of
5), the roster filter, the import of a 3,000-row roster, the GUI's peak memory, printing every
zone card against a bare ReportLab loop, and the print dialog's preview (``--only`` picks some). Each line
is {"scenario", "value", "unit", "target", "ok"} (plus "detail" where it helps); progress goes
to stderr. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BENCH_USER, BENCH_PASSWORD = "demo", "demo1234"  # the demo secretary that `demo` creates
COLD_STARTS = 5
FILTER_REPEATS = 9
IMPORT_ROWS = 3000
PRINT_ROUNDS = 3  # program and bare loop take turns this many times
PREVIEW_REPEATS = 7
PRINT_RATIO_TARGET = 0.65  # the zone cards at least this share of a bare ReportLab loop's rate
SCENARIOS = ("demo_large_build", "cold_start_main_window", "roster_filter", "import_3000", "peak_rss",
             "print_zone_cards", "print_preview_ms", "cold_start_cpu_ratio",
             "zones_board_ms", "pledges_filter", "hazard_filter", "hazard_export")
START_RATIO_TARGET, START_RATIO_GOAL = 1.5, 1.25  # issue 9: the program's start vs a bare themed window


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def emit(scenario: str, value: float | None, unit: str, target: float, **extra: object) -> None:
    ok = None if value is None else value <= target
    line = {"scenario": scenario, "value": None if value is None else round(value, 3), "unit": unit,
            "target": target, "ok": ok, **extra}
    print(json.dumps(line, ensure_ascii=False), flush=True)


def child_env(db_dir: Path, **extra: str) -> dict[str, str]:
    """The program's environment: its own data and settings folders, Qt without a screen."""
    env = os.environ.copy()
    env.pop("DANGJIAN_DB_URL", None)
    env.update({"XDG_DATA_HOME": str(db_dir / "xdg-data"), "XDG_CONFIG_HOME": str(db_dir / "xdg-config"),
                "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
                "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen")})
    env.update(extra)
    return env


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def has_people(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        with sqlite3.connect(path) as c:
            return c.execute("SELECT count(*) FROM person").fetchone()[0] > 0
    except sqlite3.DatabaseError:
        return False


def remove_db(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)


def build_demo(db_dir: Path, size: str, reuse: bool) -> tuple[Path, float | None, bool]:
    """``dangjian-desktop demo --size SIZE`` into DIR/SIZE.sqlite; returns (path, seconds, reused)."""
    path, stamp = db_dir / f"{size}.sqlite", db_dir / f"{size}.json"
    if reuse and has_people(path):
        seconds = json.loads(stamp.read_text())["seconds"] if stamp.exists() else None
        return path, seconds, True
    remove_db(path)
    log(f"building the {size} demo in {path} …")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "dangjian_desktop", "demo", "--size", size, "--db", url(path)],
                          env=child_env(db_dir), capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"demo --size {size} failed:\n{done.stderr}")
    stamp.write_text(json.dumps({"seconds": seconds}))
    return path, seconds, False


def compile_program() -> None:
    """Write the program's bytecode caches (``__pycache__``) before any start is timed, as an
    installed copy has them (pip compiles on install): with ``PYTHONDONTWRITEBYTECODE`` set (some
    shells and CI do) a source checkout would otherwise compile every module at every start."""
    import compileall

    compileall.compile_dir(ROOT / "dangjian_desktop", quiet=1)


def cold_start(db_dir: Path, db: Path) -> tuple[float, float]:
    """One GUI start until the main window has painted; returns (seconds, peak RSS in MB)."""
    env = child_env(db_dir, DANGJIAN_BENCH_EXIT_ON_SHOWN="1", DANGJIAN_BENCH_USER=BENCH_USER,
                    DANGJIAN_BENCH_PASSWORD=BENCH_PASSWORD)
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-m", "dangjian_desktop", "--db", url(db)], env=env,
                                stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL, text=True)
        assert proc.stdout is not None
        out = proc.stdout.read()
        # wait4 gives this child's own resource usage (RUSAGE_CHILDREN would mix in the demo build).
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        problem = err.read().decode("utf-8", "replace")
    shown = [line for line in out.splitlines() if line.startswith("shown ")]
    if proc.returncode != 0 or not shown:
        sys.exit(f"the GUI did not report its main window (exit {proc.returncode}):\n{out}\n{problem}")
    return float(shown[-1].split()[1]), usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def roster_filter(db: Path) -> dict[str, float]:
    """Median ms of count_people + the first page of list_people, per filter, on the large db."""
    from dataclasses import replace

    from dangjian_desktop.domain.org import PoliticalStatus
    from dangjian_desktop.services import auth, roster
    from dangjian_desktop.services.maintenance import open_database
    from dangjian_desktop.services.roster import PersonFilter
    from dangjian_desktop.services.uow import Ctx

    database, _ = open_database(url(db))
    ctx = Ctx(database, auth.cli_actor())
    try:
        tree = roster.org_tree(ctx)
        branch = tree[len(tree) // 2]
        filters = {"text 王": PersonFilter(text="王"), "text 工号 DT08": PersonFilter(text="DT08"),
                   "pinyin zw": PersonFilter(text="zw"),
                   f"branch {branch.name}": PersonFilter(branch_id=branch.id),
                   "branch + text 张": PersonFilter(branch_id=branch.id, text="张")}
        party = (PoliticalStatus.MEMBER, PoliticalStatus.PROBATIONARY)
        out = {}
        for label, f in filters.items():
            times = []
            for _ in range(FILTER_REPEATS):
                # What the 人员 tab runs for one keystroke: the count, the members among them
                # (its "共 N 人（党员 M 人）" line) and the first page.
                t = time.perf_counter()
                roster.count_people(ctx, f)
                roster.count_people(ctx, replace(f, political=party))
                roster.list_people(ctx, f, offset=0, limit=200)
                times.append((time.perf_counter() - t) * 1000)
            out[label] = statistics.median(times)
        return out
    finally:
        database.dispose()


def pledges_filter(db: Path) -> dict[str, float]:
    """Median ms of count_pledges + the first page of list_pledges (what the 安全承诺 tab runs for
    one filter change), per filter, in the running campaign of the large db."""
    from dangjian_desktop.domain.pledges import PledgeStatus
    from dangjian_desktop.services import auth, pledges
    from dangjian_desktop.services.maintenance import open_database
    from dangjian_desktop.services.pledges import PledgeFilter, PledgeSort
    from dangjian_desktop.services.uow import Ctx

    database, _ = open_database(url(db))
    ctx = Ctx(database, auth.cli_actor())
    try:
        c = pledges.list_campaigns(ctx)[0]
        branch = c.branch_ids[len(c.branch_ids) // 2]
        filters = {"campaign": PledgeFilter(c.id), "text 张": PledgeFilter(c.id, text="张"),
                   "pinyin zw": PledgeFilter(c.id, text="zw"), "status 待签": PledgeFilter(c.id, status=PledgeStatus.DRAFT),
                   "branch": PledgeFilter(c.id, branch_id=branch),
                   "branch + 签订日期 desc": PledgeFilter(c.id, branch_id=branch, sort=PledgeSort.SIGNED, descending=True)}
        out = {}
        for label, f in filters.items():
            times = []
            for _ in range(FILTER_REPEATS):
                t = time.perf_counter()
                pledges.count_pledges(ctx, f)
                pledges.list_pledges(ctx, f, offset=0, limit=200)
                times.append((time.perf_counter() - t) * 1000)
            out[label] = statistics.median(times)
        return out
    finally:
        database.dispose()


def hazard_filter(db: Path) -> dict[str, float]:
    """Median ms of hazards.first_page (the count, the overdue count and the first page: what
    the 隐患台账 tab runs for one filter change), per filter, on the large demo's 100,000 hazards."""
    from datetime import timedelta

    from dangjian_desktop.domain.hazards import HazardLevel, HazardStatus
    from dangjian_desktop.services import auth, hazards, roster
    from dangjian_desktop.services.hazards import HazardFilter, SortKey
    from dangjian_desktop.services.maintenance import open_database
    from dangjian_desktop.services.uow import Ctx

    database, _ = open_database(url(db))
    ctx = Ctx(database, auth.cli_actor())
    try:
        tree = roster.org_tree(ctx)
        branch = tree[len(tree) // 2]
        unit = branch.units[0].id if branch.units else None
        zone = hazards.zone_choices(ctx, branch.id)[0].id
        finder = hazards.list_hazards(ctx, HazardFilter(), 0, 1)[0].finder_id
        today = date.today()
        filters = {
            "none": HazardFilter(),
            "status 待验收": HazardFilter(statuses=(HazardStatus.AWAITING_CHECK,)),
            "status 已闭合": HazardFilter(statuses=(HazardStatus.CLOSED,)),
            "overdue": HazardFilter(overdue=True),
            "level 重大": HazardFilter(levels=(HazardLevel.SEVERE,)),
            f"branch {branch.name}": HazardFilter(branch_id=branch.id),
            "unit": HazardFilter(unit_id=unit),
            "zone": HazardFilter(zone_id=zone),
            "finder": HazardFilter(finder_id=finder),
            "found last 30 days": HazardFilter(found_from=today - timedelta(days=30), found_to=today),
            "text 记录": HazardFilter(text="记录"),
            "text 不存在": HazardFilter(text="不存在的内容"),
            "branch + text 安全": HazardFilter(branch_id=branch.id, text="安全"),
            "sort deadline": HazardFilter(sort=SortKey.DEADLINE, descending=False),
        }
        out = {}
        for label, f in filters.items():
            times = []
            for _ in range(FILTER_REPEATS):
                t = time.perf_counter()
                hazards.first_page(ctx, f, limit=200)
                times.append((time.perf_counter() - t) * 1000)
            out[label] = statistics.median(times)
        return out
    finally:
        database.dispose()


def hazard_export(db_dir: Path, db: Path) -> tuple[float, str]:
    """Seconds of ``dangjian-desktop export hazards`` of the whole large ledger (a subprocess)."""
    out = db_dir / "hazards.xlsx"
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "dangjian_desktop", "export", "hazards", "--db", url(db),
                           "--out", str(out)], env=child_env(db_dir), capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"export hazards failed:\n{done.stderr}")
    return seconds, done.stdout.strip()


def write_roster(path: Path, rows: int) -> Path:
    """A realistic roster workbook: new people over both normal-demo branches and their teams."""
    from openpyxl import Workbook

    teams = [("综采二区党支部", "综采二区/采煤一班", "支架工"), ("综采二区党支部", "综采二区/检修班", "电钳工"),
             ("运行部党支部", "运行部/运行一班", "巡检员"), ("运行部党支部", "运行部/运行三班", "主值班员")]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("人员名册")
    ws.append(["姓名", "性别", "工号", "所属支部", "区队/班组", "岗位", "政治面貌", "入党日期", "联系电话"])
    surnames, given = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗", "伟强军磊勇杰涛斌超明刚平辉鹏华飞波峰健亮"
    for i in range(rows):
        branch, team, post = teams[i % len(teams)]
        member = i % 5 == 0
        ws.append([surnames[i % 20] + given[(i // 20) % 20] + given[(i // 400) % 20], "男" if i % 6 else "女",
                   f"NB{i:05d}", branch, team, post, "中共党员" if member else "群众",
                   f"{2000 + i % 20}-{1 + i % 12:02d}-{1 + i % 28:02d}" if member else None, f"1390000{i % 10000:04d}"])
    wb.save(path)
    return path


def import_roster(db_dir: Path, normal: Path) -> tuple[float, int]:
    """Seconds to plan and apply a 3,000-row import into a fresh copy of the normal demo."""
    from dangjian_desktop.services import auth, roster_import
    from dangjian_desktop.services.maintenance import open_database
    from dangjian_desktop.services.uow import Ctx

    copy = db_dir / "import-target.sqlite"
    remove_db(copy)
    with sqlite3.connect(normal) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    sheet = write_roster(db_dir / "roster-3000.xlsx", IMPORT_ROWS)
    database, _ = open_database(url(copy))
    try:
        ctx = Ctx(database, auth.cli_actor())
        t = time.perf_counter()
        plan, result = roster_import.import_file(ctx, sheet)
        seconds = time.perf_counter() - t
    finally:
        database.dispose()
    if plan.errors or result is None:
        sys.exit(f"the benchmark roster was refused: {plan.summary()} {plan.errors[:3]}")
    return seconds, result.added


def bare_reportlab(cards: list, out: Path) -> float:
    """Seconds for a plain ReportLab loop writing one page per card: the same font and page, a
    red header band with the title and a ten-row two-column table of the card's own texts."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    from dangjian_desktop.printing.fonts import ensure_font

    font = ensure_font()
    style = ParagraphStyle("cell", fontName=font, fontSize=10, leading=14)
    table_style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#C8102E")),
                              ("FONTNAME", (0, 0), (-1, -1), font), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    w, h = A4
    start = time.perf_counter()
    c = Canvas(str(out), pagesize=A4)
    for card in cards:
        c.setFillColor(colors.HexColor("#C8102E"))
        c.rect(12 * mm, h - 30 * mm, w - 24 * mm, 18 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(font, 20)
        c.drawString(18 * mm, h - 23 * mm, card.category)
        c.setFont(font, 10)
        c.drawRightString(w - 18 * mm, h - 20 * mm, card.branch.name)
        c.setFillColor(colors.black)
        c.setFont(font, 18)
        c.drawCentredString(w / 2, h - 42 * mm, card.name)
        texts = [card.area, card.member, card.basis_and_standard, card.assessment_standard, card.identity,
                 card.post, card.duties, card.standard, card.achievements, card.location]
        rows = [[Paragraph(f"第{i + 1}项", style), Paragraph(text or "—", style)] for i, text in enumerate(texts)]
        table = Table(rows, colWidths=[30 * mm, w - 24 * mm - 30 * mm], style=table_style)
        _tw, th = table.wrapOn(c, w - 24 * mm, h - 60 * mm)
        table.drawOn(c, 12 * mm, h - 50 * mm - th)
        c.showPage()
    c.save()
    return time.perf_counter() - start


def print_zone_cards(db_dir: Path, db: Path, rounds: int = PRINT_ROUNDS) -> dict[str, object]:
    """Every active zone card of the large demo into one PDF the way ``print zone-cards`` does it
    (``services.cards.load`` + ``printing.render``), and a bare ReportLab loop of as many cards.
    The two take turns ``rounds`` times and each side's fastest run counts: on a busy machine
    the ratio then compares like with like rather than whatever else was running at the time."""
    from dangjian_desktop import printing
    from dangjian_desktop.services import auth, cards
    from dangjian_desktop.services.maintenance import open_database
    from dangjian_desktop.services.uow import Ctx

    database, _ = open_database(url(db))
    programs, loads, bares = [], [], []
    try:
        ctx = Ctx(database, auth.cli_actor())
        warm = cards.load("zone-cards", ctx, cards.CardSelection())
        printing.render_bytes("zone-cards", warm.first())  # imports and the font, for both sides
        for _ in range(rounds):
            t = time.perf_counter()
            data = cards.load("zone-cards", ctx, cards.CardSelection())
            loads.append(time.perf_counter() - t)
            result = printing.render("zone-cards", data, printing.PrintOptions(), db_dir / "zone-cards.pdf")
            programs.append(time.perf_counter() - t)
            bares.append(bare_reportlab(list(data.items), db_dir / "bare-reportlab.pdf"))
    finally:
        database.dispose()
    n, program, bare = len(data.items), min(programs), min(bares)
    return {"cards": n, "pages": result.pages, "rounds": rounds, "seconds": program, "load_seconds": min(loads),
            "cards_per_s": n / program, "bare_seconds": bare, "bare_cards_per_s": n / bare,
            "ratio": (n / program) / (n / bare), "all_seconds": [round(x, 3) for x in programs],
            "all_bare_seconds": [round(x, 3) for x in bares]}


def print_preview(db: Path) -> list[float]:
    """ms from asking the print dialog for a preview (the click: load the selection, render the
    first card, load it into QPdfDocument) until it is shown and painted; the dialog is built once."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    from dangjian_desktop.app import make_application
    from dangjian_desktop.services import auth
    from dangjian_desktop.services.maintenance import open_database
    from dangjian_desktop.services.uow import Ctx
    from dangjian_desktop.ui.printing.dialog import PrintDialog

    app = make_application()
    database, _ = open_database(url(db))
    try:
        dialog = PrintDialog(Ctx(database, auth.cli_actor()), "zone-cards")
        dialog.resize(1100, 720)
        dialog.show()
        times, shown = [], []
        dialog.previewShown.connect(lambda: shown.append(time.perf_counter()))
        for _ in range(PREVIEW_REPEATS + 1):  # the first one pays the imports: left out
            shown.clear()
            t = time.perf_counter()
            dialog.refresh_preview()
            while not shown:
                app.processEvents()
                time.sleep(0.001)
            if dialog.preview is None or dialog._pdf.status() != QPdfDocument.Status.Ready:
                sys.exit(f"the preview failed: {dialog.ui.messageLabel.text()}")
            dialog.view.viewport().repaint()
            # QPdfView rasterises its pages in a worker thread: the same raster here, on this
            # thread, so the time includes the page drawn at the view's size.
            dialog._pdf.render(0, dialog.view.viewport().size())
            times.append((time.perf_counter() - t) * 1000)
        dialog.close()
        QApplication.processEvents()
        return times[1:]
    finally:
        database.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="dangjian-desktop benchmarks (JSON lines on stdout)")
    parser.add_argument("--db-dir", type=Path, default=Path(tempfile.gettempdir()) / "dangjian-bench",
                        help="where the demo databases are kept (default: %(default)s)")
    parser.add_argument("--reuse", action="store_true", help="reuse demo databases already built in --db-dir")
    parser.add_argument("--only", default="", help=f"comma-separated scenarios to run (of {', '.join(SCENARIOS)})")
    args = parser.parse_args(argv)
    only = set(filter(None, args.only.split(",")))
    if only - set(SCENARIOS):
        parser.error(f"unknown scenario: {', '.join(sorted(only - set(SCENARIOS)))}")

    def wanted(name: str) -> bool:
        return not only or name in only

    db_dir: Path = args.db_dir.resolve()
    db_dir.mkdir(parents=True, exist_ok=True)
    # This process's own imports of the program must not touch the user's data folder either.
    os.environ.update({k: v for k, v in child_env(db_dir).items() if k.startswith("XDG_")})
    shutil.rmtree(db_dir / "xdg-data" / "dangjian-desktop" / "backups", ignore_errors=True)

    large, seconds, reused = build_demo(db_dir, "large", args.reuse)
    emit("demo_large_build", seconds, "s", 60, reused=reused)
    compile_program()

    starts: list[tuple[float, float]] = []
    if wanted("cold_start_main_window") or wanted("peak_rss"):
        log(f"cold starts of the main window ×{COLD_STARTS} …")
        starts = [cold_start(db_dir, large) for _ in range(COLD_STARTS)]
    if wanted("cold_start_main_window"):
        emit("cold_start_main_window", statistics.median(s for s, _ in starts), "s", 1.5,
             detail=[round(s, 3) for s, _ in starts])

    if wanted("roster_filter"):
        log("roster filter …")
        filters = roster_filter(large)
        emit("roster_filter", max(filters.values()), "ms", 100, detail={k: round(v, 2) for k, v in filters.items()})

    if wanted("pledges_filter"):
        log("pledges filter …")
        filters = pledges_filter(large)
        emit("pledges_filter", max(filters.values()), "ms", 50, detail={k: round(v, 2) for k, v in filters.items()})

    if wanted("import_3000"):
        log(f"import of {IMPORT_ROWS} rows …")
        normal, _, _ = build_demo(db_dir, "normal", args.reuse)
        seconds, added = import_roster(db_dir, normal)
        emit("import_3000", seconds, "s", 3, detail={"added": added})

    if wanted("peak_rss"):
        emit("peak_rss", max(rss for _, rss in starts), "MB", 400, detail="GUI on the large demo, max of the cold starts")

    if wanted("print_zone_cards"):
        log("printing every zone card, and a bare ReportLab loop …")
        p = print_zone_cards(db_dir, large)
        # The value is the share of the bare loop's rate (higher is better): ok at 0.65 or more.
        line = {"scenario": "print_zone_cards", "value": round(p["ratio"], 3), "unit": "× bare ReportLab rate",
                "target": PRINT_RATIO_TARGET, "ok": p["ratio"] >= PRINT_RATIO_TARGET,
                "detail": {k: v if isinstance(v, list) else round(v, 3) for k, v in p.items()}}
        print(json.dumps(line, ensure_ascii=False), flush=True)

    if wanted("print_preview_ms"):
        log(f"print dialog preview ×{PREVIEW_REPEATS} …")
        times = print_preview(large)
        emit("print_preview_ms", statistics.median(times), "ms", 150, detail=[round(x, 1) for x in times])

    if wanted("cold_start_cpu_ratio"):
        main_start_ratio(db_dir, large)

    if wanted("zones_board_ms"):
        log(f"责任区 board ×{PREVIEW_REPEATS} …")
        b = zones_board(large)
        emit("zones_board_ms", b["open_ms"], "ms", 300, detail={k: round(v, 1) for k, v in b.items()})

    if wanted("hazard_filter"):
        log("hazard filter …")
        filters = hazard_filter(large)
        emit("hazard_filter", max(filters.values()), "ms", 50, detail={k: round(v, 2) for k, v in filters.items()})

    if wanted("hazard_export"):
        log("export hazards (the whole ledger) …")
        seconds, said = hazard_export(db_dir, large)
        emit("hazard_export", seconds, "s", 15, detail=said)
    return 0


# ---------------------------------------------------------------- start-up against a bare window

_BARE_WINDOW = """
import sys
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget
import sqlalchemy  # noqa: F401 - the program imports it at start too
from dangjian_desktop.ui.common import theme

app = QApplication(sys.argv)
theme.apply(app, "light")  # qt-material, as the program applies it
win = QMainWindow()
tabs = QTabWidget(win)
for i in range(8):
    tabs.addTab(QLabel(f"第 {i + 1} 页"), f"页 {i + 1}")
win.setCentralWidget(tabs)
win.resize(1280, 800)


def finish():
    # after the first paint has completed, like the program's hook: the CPU seconds so far
    print("shown cpu %.3f" % time.process_time(), flush=True)
    app.quit()


class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, finish)
        return False


painted = Painted()
win.installEventFilter(painted)
win.show()
app.exec()
"""


def cpu_of(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """CPU seconds (user + system, every thread) a child had used when its window had painted
    (its ``shown … cpu X`` line, ``time.process_time()`` just after the first paint), the login's
    share of them (``login_cpu X``; 0 for the bare window), and the CPU seconds until it exited
    (``os.wait4``: work queued after the paint and the teardown included)."""
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL, text=True)
        assert proc.stdout is not None
        out = proc.stdout.read()
        _pid, status, usage = os.wait4(proc.pid, 0)
        err.seek(0)
        problem = err.read().decode("utf-8", "replace")
    shown = [line.split() for line in out.splitlines() if line.startswith("shown")]
    if os.waitstatus_to_exitcode(status) != 0 or not shown:
        sys.exit(f"{cmd[:3]} did not show its window:\n{out}\n{problem}")
    words = shown[-1]
    login = float(words[words.index("login_cpu") + 1]) if "login_cpu" in words else 0.0
    return float(words[words.index("cpu") + 1]), login, usage.ru_utime + usage.ru_stime


def start_ratio(db_dir: Path, db: Path) -> dict[str, float]:
    """Median CPU time of the program's cold start on the large demo (to the painted main window)
    over that of a bare themed window with eight tabs, alternating the two, 5 runs each."""
    env = child_env(db_dir, DANGJIAN_BENCH_EXIT_ON_SHOWN="1", DANGJIAN_BENCH_USER=BENCH_USER,
                    DANGJIAN_BENCH_PASSWORD=BENCH_PASSWORD)
    program, logins, bare, program_exit, bare_exit = [], [], [], [], []
    for _ in range(COLD_STARTS):
        cpu, login, to_exit = cpu_of([sys.executable, "-m", "dangjian_desktop", "--db", url(db)], env)
        program.append(cpu)
        logins.append(login)
        program_exit.append(to_exit)
        cpu, _login, to_exit = cpu_of([sys.executable, "-c", _BARE_WINDOW], child_env(db_dir))
        bare.append(cpu)
        bare_exit.append(to_exit)
    p, b, login = statistics.median(program), statistics.median(bare), statistics.median(logins)
    pe, be = statistics.median(program_exit), statistics.median(bare_exit)
    return {"ratio": p / b, "program_cpu_s": p, "bare_cpu_s": b, "login_argon2_cpu_s": login,
            "ratio_without_password_check": (p - login) / b,
            # until the process exited: the program's 工作台, read just after the paint, and both teardowns
            "program_cpu_to_exit_s": pe, "bare_cpu_to_exit_s": be, "ratio_to_exit": pe / be}


def zones_board(db: Path) -> dict[str, float]:
    """The 责任区 tab's 看板 on the large demo: ms from switching to it (every zone read, the model
    filled) until the view has painted, median of 7 after a first one; and ms per scrolled frame."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dangjian_desktop.app import make_application
    from dangjian_desktop.services import auth
    from dangjian_desktop.services.maintenance import open_database
    from dangjian_desktop.services.uow import Ctx
    from dangjian_desktop.ui.zones.tab import PAGE_LIST, ZonesTab

    app = make_application()
    database, _ = open_database(url(db))
    try:
        tab = ZonesTab(Ctx(database, auth.cli_actor()))
        tab.resize(1280, 760)
        tab.show()
        app.processEvents()
        view, opens = tab.ui.boardView, []
        for _ in range(PREVIEW_REPEATS + 1):
            tab.ui.viewTabs.setCurrentIndex(PAGE_LIST)
            tab.apply_filter()  # the board is read again when next shown
            app.processEvents()
            t = time.perf_counter()
            tab.show_board()
            app.processEvents()
            view.viewport().repaint()
            opens.append((time.perf_counter() - t) * 1000)
        bar, frames = view.verticalScrollBar(), 40
        t = time.perf_counter()
        for k in range(frames):
            bar.setValue(bar.maximum() * k // frames)
            view.viewport().repaint()
        per_frame = (time.perf_counter() - t) * 1000 / frames
        zones = tab.board_model.rowCount()
        tab.close()
        return {"open_ms": statistics.median(opens[1:]), "frame_ms": per_frame, "zones": zones}
    finally:
        database.dispose()


def main_start_ratio(db_dir: Path, large: Path) -> None:
    log(f"cold start CPU against a bare themed window ×{COLD_STARTS} …")
    r = start_ratio(db_dir, large)
    emit("cold_start_cpu_ratio", r["ratio"], "× bare window CPU", START_RATIO_TARGET, goal=START_RATIO_GOAL,
         detail={k: round(v, 3) for k, v in r.items()})


if __name__ == "__main__":
    sys.exit(main())
