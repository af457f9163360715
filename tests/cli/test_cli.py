"""The command line as a user runs it: real subprocesses on real SQLite files."""

from __future__ import annotations

import argparse
import getpass
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from dangjian_desktop import cli as cli_module
from dangjian_desktop.db.migrations import HEAD
from dangjian_desktop.domain.errors import AuthError
from dangjian_desktop.domain.security import Role
from dangjian_desktop.services import auth

from .conftest import ROOT, count

HEADER = ["姓名", "性别", "工号", "所属支部", "区队/班组", "岗位", "政治面貌", "入党日期", "联系电话"]


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def write_roster(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_version(cli):
    from dangjian_desktop import __version__

    done = cli("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"dangjian-desktop {__version__}"
    # The changelog's newest entry is this version: a release says what it changed.
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.split("\n## ")[1].startswith(f"[{__version__}]")


def test_demo_login_printed_and_gui_starts_on_it(cli, demo_file, demo_db):
    # The module fixture ran `demo`; running it again on the same file is refused in Chinese.
    again = cli("demo", "--db", url(demo_file))
    assert again.returncode == 1 and "已有人员名册" in again.stderr
    assert count(demo_file, "SELECT count(*) FROM person") == 220

    # Without a sub-command the GUI starts; the benchmark hook signs in as the demo secretary.
    shown = cli("--db", url(demo_db), env={"DANGJIAN_BENCH_EXIT_ON_SHOWN": "1", "DANGJIAN_BENCH_USER": "demo",
                                           "DANGJIAN_BENCH_PASSWORD": "demo1234"})
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("shown ")


def test_demo_output_names_the_login(demo_run):
    _path, done = demo_run
    assert "用户名 demo 密码 demo1234" in done.stdout
    assert "人员 220" in done.stdout and "隐患 900" in done.stdout
    assert "100% 完成" in done.stderr  # progress goes to stderr, the result to stdout


def test_backup_then_restore_brings_data_back_and_keeps_a_safety_copy(cli, demo_db, tmp_path):
    out = tmp_path / "U盘"
    out.mkdir()
    done = cli("--db", url(demo_db), "backup", str(out))
    assert done.returncode == 0, done.stderr
    (backup,) = out.glob("*.sqlite")
    assert count(backup, "SELECT count(*) FROM person") == 220
    assert not Path(f"{backup}-wal").exists()  # one self-contained file for a USB stick

    with sqlite3.connect(demo_db) as c:
        c.execute("DELETE FROM point_entry")
    assert count(demo_db, "SELECT count(*) FROM point_entry") == 0

    refused = cli("restore", str(backup), "--db", url(demo_db))  # no terminal, no --yes
    assert refused.returncode != 0 and "--yes" in refused.stderr
    assert count(demo_db, "SELECT count(*) FROM point_entry") == 0

    done = cli("restore", str(backup), "--yes", "--db", url(demo_db))
    assert done.returncode == 0, done.stderr
    assert count(demo_db, "SELECT count(*) FROM point_entry") > 0
    (safety,) = cli.backups.glob("恢复前自动备份-*.sqlite")
    assert str(safety) in done.stdout
    assert count(safety, "SELECT count(*) FROM point_entry") == 0  # what was there before the restore

    not_db = tmp_path / "名册.sqlite"
    not_db.write_text("这不是数据库", encoding="utf-8")
    bad = cli("restore", str(not_db), "--yes", "--db", url(demo_db))
    assert bad.returncode == 1
    assert "不是本程序的备份文件" in bad.stderr and "Traceback" not in bad.stderr
    assert count(demo_db, "SELECT count(*) FROM person") == 220


def test_import_dry_run_good_and_bad_files(cli, demo_db, tmp_path):
    good = write_roster(tmp_path / "good.xlsx", [
        ["赵新民", "男", "X0001", "综采二区党支部", "综采二区/检修班", "支架工", "中共党员", "2015-07-01", "13800001111"],
        ["钱小燕", "女", "X0002", "运行部党支部", "运行部/运行一班", "巡检员", "群众", None, None],
    ])
    before = count(demo_db, "SELECT count(*) FROM person")

    dry = cli("import", "members", str(good), "--dry-run", "--db", url(demo_db))
    assert dry.returncode == 0, dry.stderr
    assert "新增 2 人" in dry.stdout and "未写入" in dry.stdout
    assert count(demo_db, "SELECT count(*) FROM person") == before

    done = cli("import", "members", str(good), "--db", url(demo_db))
    assert done.returncode == 0, done.stderr
    assert "已导入：新增 2 人" in done.stdout
    assert count(demo_db, "SELECT count(*) FROM person WHERE employee_no IN ('X0001', 'X0002')") == 2

    bad = write_roster(tmp_path / "bad.xlsx", [
        ["孙立", "男", "X0003", "综采二区党支部", "综采二区", "电钳工", "群众", None, None],
        [None, "男", "X0004", "综采二区党支部", "综采二区", "电钳工", "群众", None, None],
        ["周涛", "男", "X0005", "综采二区党支部", "综采二区", "电钳工", "党员", "2012年13月1日", None],
        ["吴刚", "男", "X0006", "没有这个支部", "综采二区", "电钳工", "团员", None, None],
    ])
    refused = cli("import", "members", str(bad), "--db", url(demo_db))
    assert refused.returncode == 1
    lines = [ln for ln in refused.stderr.splitlines() if ln.startswith("第")]
    assert [ln.split("行")[0] for ln in lines] == ["第3", "第4", "第5"]  # the header is row 1
    assert "姓名" in lines[0] and "周涛" in lines[1] and "入党日期" in lines[1] and "吴刚" in lines[2]
    assert "未导入" in refused.stderr
    assert count(demo_db, "SELECT count(*) FROM person WHERE employee_no LIKE 'X%'") == 2  # nothing of bad.xlsx


def test_export_template_and_db_upgrade_on_fresh_files(cli, tmp_path):
    fresh = tmp_path / "新库.sqlite"
    up = cli("db", "upgrade", "--db", url(fresh))
    assert up.returncode == 0, up.stderr
    assert f"（空数据库） → {HEAD}" in up.stdout
    assert count(fresh, "SELECT count(*) FROM alembic_version") == 1

    template = tmp_path / "导入模板.xlsx"
    done = cli("--db", url(fresh), "export", "template", str(template))
    assert done.returncode == 0, done.stderr
    header = next(load_workbook(template).worksheets[0].iter_rows(max_row=1, values_only=True))
    assert list(header) == HEADER


def test_unreachable_postgresql_is_a_chinese_error(cli):
    done = cli("db", "upgrade", "--db", "postgresql+psycopg://nobody@127.0.0.1:9/none")
    assert done.returncode == 1
    assert "无法连接数据库" in done.stderr and "Traceback" not in done.stderr
    assert "sqlalche.me" not in done.stderr  # the driver's reason, not SQLAlchemy's link


def test_authenticate_signs_in_with_the_users_role(sqlite_secretary, monkeypatch):
    """The sign-in that sub-commands reading mood files will use (--user, DANGJIAN_PASSWORD)."""
    auth.create_user(sqlite_secretary, "chakan", "查看员", "look1234", Role.VIEWER)
    monkeypatch.setenv("DANGJIAN_PASSWORD", "look1234")
    ctx = cli_module.authenticate(sqlite_secretary.db, argparse.Namespace(user="chakan"))
    assert ctx.actor.role is Role.VIEWER and ctx.actor.username == "chakan"
    with pytest.raises(AuthError, match="--user"):
        cli_module.authenticate(sqlite_secretary.db, argparse.Namespace(user=None))
    monkeypatch.setenv("DANGJIAN_PASSWORD", "wrong-one")
    with pytest.raises(AuthError, match="密码不正确"):
        cli_module.authenticate(sqlite_secretary.db, argparse.Namespace(user="chakan"))


def test_backup_onto_the_live_database_is_refused_and_the_data_stays(cli, demo_db):
    people = count(demo_db, "SELECT count(*) FROM person")
    for target in (str(demo_db), f"{demo_db}-wal"):
        # It used to empty the live file and hang: the timeout makes a hang a failure.
        done = cli("backup", target, "--db", url(demo_db), timeout=60)
        assert done.returncode == 1
        assert "不能备份到正在使用的数据库文件本身" in done.stderr and "Traceback" not in done.stderr
    assert count(demo_db, "SELECT count(*) FROM person") == people
    with sqlite3.connect(demo_db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_command_line_is_named_once_in_the_audit_log(cli, demo_db, tmp_path):
    done = cli("backup", str(tmp_path / "b.sqlite"), "--db", url(demo_db))
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(demo_db) as c:
        who = c.execute("SELECT username FROM audit_entry WHERE action = '备份' ORDER BY id DESC").fetchone()[0]
    assert who == f"命令行（{getpass.getuser()}）"


def test_a_mistyped_database_path_is_refused_not_created(cli, tmp_path):
    missing = tmp_path / "dangjain.sqlite"  # a typo: the real file is dangjian.sqlite
    roster = write_roster(tmp_path / "名册.xlsx", [["赵新民", "男", "X0001", "综采二区党支部", None, None, "群众", None, None]])
    for args in (["backup", str(tmp_path / "out.sqlite")], ["export", "template", str(tmp_path / "t.xlsx")],
                 ["import", "members", str(roster), "--dry-run"]):
        done = cli(*args, "--db", str(missing))
        assert done.returncode == 1, args
        assert f"找不到数据库文件 {missing}" in done.stderr and "db upgrade" in done.stderr, args
        assert not missing.exists(), args
    assert not (tmp_path / "out.sqlite").exists() and not (tmp_path / "t.xlsx").exists()
    # restore may create the database (a new PC), but not for a backup file that is not there.
    done = cli("restore", str(tmp_path / "x.sqlite"), "--yes", "--db", str(missing))
    assert done.returncode == 1 and "找不到备份文件" in done.stderr and not missing.exists()
    # The default database, when none was ever made, is refused the same way.
    done = cli("export", "template", str(tmp_path / "t.xlsx"))
    assert done.returncode == 1 and "找不到数据库文件" in done.stderr


def _saved_backup(cli, demo_db: Path, tmp_path: Path) -> Path:
    saved = tmp_path / "saved.sqlite"
    done = cli("backup", str(saved), "--db", url(demo_db))
    assert done.returncode == 0, done.stderr
    return saved


def test_restore_onto_a_database_from_a_newer_program(cli, demo_db, tmp_path):
    saved = _saved_backup(cli, demo_db, tmp_path)
    with sqlite3.connect(demo_db) as c:
        c.execute("UPDATE alembic_version SET version_num = '9001_from_the_future'")
        c.execute("DELETE FROM point_entry")
    refused = cli("export", "template", str(tmp_path / "t.xlsx"), "--db", url(demo_db))
    assert refused.returncode == 1 and "比本程序新" in refused.stderr  # it cannot be opened …

    done = cli("restore", str(saved), "--yes", "--db", url(demo_db))  # … but it can be restored
    assert done.returncode == 0, done.stderr
    assert count(demo_db, "SELECT count(*) FROM point_entry") > 0
    with sqlite3.connect(demo_db) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    (safety,) = cli.backups.glob("恢复前自动备份-*.sqlite")
    with sqlite3.connect(safety) as c:  # the newer data is kept aside
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9001_from_the_future"


def test_restore_onto_a_damaged_database(cli, demo_db, tmp_path):
    saved = _saved_backup(cli, demo_db, tmp_path)
    for companion in ("-wal", "-shm"):
        Path(f"{demo_db}{companion}").unlink(missing_ok=True)
    damaged = b"\x00garbage after a crash" * 4000
    demo_db.write_bytes(damaged)

    not_db = tmp_path / "名册.sqlite"
    not_db.write_text("这不是数据库", encoding="utf-8")
    bad = cli("restore", str(not_db), "--yes", "--db", url(demo_db))  # a bad backup is still refused
    assert bad.returncode == 1 and "不是本程序的备份文件" in bad.stderr
    assert demo_db.read_bytes() == damaged

    done = cli("restore", str(saved), "--yes", "--db", url(demo_db))
    assert done.returncode == 0, done.stderr
    assert count(demo_db, "SELECT count(*) FROM person") == 220
    with sqlite3.connect(demo_db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("SELECT action FROM audit_entry ORDER BY id DESC").fetchone()[0] == "恢复"
    (safety,) = cli.backups.glob("恢复前自动备份-*.sqlite")
    assert safety.read_bytes() == damaged  # whatever was there, kept byte for byte


def test_restore_onto_a_new_pc_creates_the_database(cli, demo_db, tmp_path):
    saved = _saved_backup(cli, demo_db, tmp_path)
    new_pc = tmp_path / "新电脑" / "dangjian.sqlite"
    new_pc.parent.mkdir()
    done = cli("restore", str(saved), "--yes", "--db", url(new_pc))
    assert done.returncode == 0, done.stderr
    assert count(new_pc, "SELECT count(*) FROM person") == 220


def test_an_unexpected_error_is_one_chinese_line_and_a_logged_traceback(cli, tmp_path):
    # A programming error (forced by replacing a sub-command's handler): the user reads one
    # Chinese line, the log file in the data folder keeps the traceback for the report.
    script = tmp_path / "boom.py"
    script.write_text(
        "import sys\n"
        "from dangjian_desktop import cli\n"
        "def boom(args):\n"
        "    raise RuntimeError('测试用的意外错误')\n"
        "cli.cmd_db_upgrade = boom\n"
        "sys.exit(cli.main(['db', 'upgrade']))\n", encoding="utf-8")
    import subprocess
    import sys as _sys
    done = subprocess.run([_sys.executable, str(script)], capture_output=True, text=True, encoding="utf-8",
                          env=cli.env, stdin=subprocess.DEVNULL, timeout=120)
    assert done.returncode == 1
    assert "程序出错，操作未完成：RuntimeError: 测试用的意外错误" in done.stderr
    assert "Traceback" not in done.stderr  # the user gets one line …
    log = (cli.home / "data" / "dangjian-desktop" / "logs" / "dangjian-desktop.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "测试用的意外错误" in log  # … the log the whole story


def test_export_members_imports_again_unchanged(cli, demo_db, tmp_path):
    out = tmp_path / "名册.xlsx"
    done = cli("--db", url(demo_db), "export", "members", "--out", str(out))
    assert done.returncode == 0, done.stderr
    people = count(demo_db, "SELECT count(*) FROM person WHERE archived_at IS NULL")
    assert f"已导出人员名册 {people} 人" in done.stdout
    ws = load_workbook(out).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0].endswith("人员名册") and rows[1][0].startswith("导出日期：")
    assert list(rows[2]) == HEADER and len(rows) == 3 + people
    again = cli("--db", url(demo_db), "import", "members", str(out), "--dry-run")
    assert again.returncode == 0, again.stderr
    assert f"将新增 0 人，更新 0 人，{people} 人无变化" in again.stdout

    one = cli("--db", url(demo_db), "export", "members", "--out", str(tmp_path / "b.xlsx"), "--branch", "运行部党支部",
              "--archived")
    assert one.returncode == 0, one.stderr
    branches = {r[3] for r in load_workbook(tmp_path / "b.xlsx").worksheets[0].iter_rows(min_row=4, values_only=True)}
    assert branches == {"运行部党支部"}
    bad = cli("--db", url(demo_db), "export", "members", "--out", str(tmp_path / "c.xlsx"), "--branch", "没有")
    assert bad.returncode == 1 and "没有名为“没有”的支部" in bad.stderr and not (tmp_path / "c.xlsx").exists()
