"""Benchmarks on the large demo database: one JSON line per scenario on stdout.

    python benchmarks/run.py [--db-dir DIR] [--reuse]

Builds the large demo once with the real command line (``--reuse`` keeps a database built
earlier in DIR), then times the GUI's cold start to the main window (a subprocess, median of
5), the roster filter, the import of a 3,000-row roster, and the GUI's peak memory. Each line
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BENCH_USER, BENCH_PASSWORD = "demo", "demo1234"  # the demo secretary that `demo` creates
COLD_STARTS = 5
FILTER_REPEATS = 9
IMPORT_ROWS = 3000


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="dangjian-desktop benchmarks (JSON lines on stdout)")
    parser.add_argument("--db-dir", type=Path, default=Path(tempfile.gettempdir()) / "dangjian-bench",
                        help="where the demo databases are kept (default: %(default)s)")
    parser.add_argument("--reuse", action="store_true", help="reuse demo databases already built in --db-dir")
    args = parser.parse_args(argv)
    db_dir: Path = args.db_dir.resolve()
    db_dir.mkdir(parents=True, exist_ok=True)
    # This process's own imports of the program must not touch the user's data folder either.
    os.environ.update({k: v for k, v in child_env(db_dir).items() if k.startswith("XDG_")})
    shutil.rmtree(db_dir / "xdg-data" / "dangjian-desktop" / "backups", ignore_errors=True)

    large, seconds, reused = build_demo(db_dir, "large", args.reuse)
    emit("demo_large_build", seconds, "s", 60, reused=reused)

    log(f"cold starts of the main window ×{COLD_STARTS} …")
    starts = [cold_start(db_dir, large) for _ in range(COLD_STARTS)]
    emit("cold_start_main_window", statistics.median(s for s, _ in starts), "s", 1.5,
         detail=[round(s, 3) for s, _ in starts])

    log("roster filter …")
    filters = roster_filter(large)
    emit("roster_filter", max(filters.values()), "ms", 100, detail={k: round(v, 2) for k, v in filters.items()})

    log(f"import of {IMPORT_ROWS} rows …")
    normal, _, _ = build_demo(db_dir, "normal", args.reuse)
    seconds, added = import_roster(db_dir, normal)
    emit("import_3000", seconds, "s", 3, detail={"added": added})

    emit("peak_rss", max(rss for _, rss in starts), "MB", 400, detail="GUI on the large demo, max of the cold starts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
