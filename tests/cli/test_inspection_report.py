"""``dangjian-desktop print inspection-report --inspection ID --out FILE.pdf``: the real PDF read
back with pdftotext (group, route, results, findings with their status, carry-over) and
pdffonts (every font embedded); bad input is one Chinese line and a non-zero exit."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from dangjian_desktop.db.migrate import upgrade
from dangjian_desktop.domain.inspections import FindingOutcome
from dangjian_desktop.services import auth
from dangjian_desktop.services import inspections as ins
from dangjian_desktop.services.uow import Ctx, Database
from tests.services.hazard_scene import build

TODAY = date.today()


@pytest.fixture
def db_with_rounds(tmp_path: Path) -> tuple[Path, int, int]:
    path = tmp_path / "i.sqlite"
    db = Database(f"sqlite:///{path}")
    upgrade(db.engine, backup_dir=tmp_path / "auto")
    ctx = Ctx(db, auth.create_first_secretary(db, "shuji", "王书记", "secret123"))
    sc = build(ctx)
    ins.ensure_templates(ctx)
    items = ins.list_templates(ctx)[1].items

    def plan(on: date, title: str) -> int:
        return ins.create_inspection(ctx, ins.InspectionInput(sc.branch, title, on, (sc.member, sc.verifier),
                                                              (ins.Stop(sc.zone), ins.Stop(None, "主井口"))))

    first = plan(TODAY - timedelta(days=30), "十月党代表安全巡视")
    ins.record_results(ctx, first, [
        ins.ResultInput(items[0].text, FindingOutcome.PASS, item_id=items[0].id, zone_id=sc.zone),
        ins.ResultInput(items[1].text, FindingOutcome.FAIL, "皮带机尾护罩缺失", item_id=items[1].id, zone_id=sc.zone,
                        responsible_dept="机电科", deadline=TODAY - timedelta(days=10)),
    ], TODAY - timedelta(days=30))
    second = plan(TODAY, "十一月党代表安全巡视")
    db.dispose()
    return path, first, second


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _all_embedded(pdf: Path) -> bool:
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    return bool(lines) and all(line.split()[-5] == "yes" for line in lines)


def test_report_of_a_done_round_and_the_carry_over_of_the_next(cli, db_with_rounds, tmp_path: Path):
    db, first, second = db_with_rounds
    out = tmp_path / "报告.pdf"
    done = cli("print", "inspection-report", "--inspection", str(first), "--out", str(out), "--db", str(db))
    assert done.returncode == 0, done.stderr
    text = _text(out)
    for expected in ("十月党代表安全巡视", "赵党员（组长）", "王验收", "综采工作面", "主井口", "《现场安全文明生产检查表》",
                     "不符合", "皮带机尾护罩缺失", "机电科", "待整改（逾期）", "检查结果（共2项，不符合1项）"):
        assert expected in text.replace(" ", ""), expected
    assert _all_embedded(out)
    out2 = tmp_path / "next.pdf"
    assert cli("print", "inspection-report", "--inspection", str(second), "--out", str(out2), "--db", str(db)).returncode == 0
    text = _text(out2).replace(" ", "")
    assert "上轮未闭合的整改项（1项" in text and "皮带机尾护罩" in text and "十月党代表" in text and "逾期" in text


@pytest.mark.parametrize("args, message", [
    (("--inspection", "999"), "该巡视记录不存在"),
    (("--inspection", "abc"), "巡视编号应为数字"),
    ((), "请用 --inspection 指定巡视的编号"),
])
def test_bad_input(cli, db_with_rounds, tmp_path: Path, args: tuple[str, ...], message: str):
    db, _first, _second = db_with_rounds
    out = tmp_path / "x.pdf"
    done = cli("print", "inspection-report", "--out", str(out), "--db", str(db), *args)
    lines = done.stderr.strip().splitlines()
    assert done.returncode != 0 and len(lines) == 1 and message in lines[0], done.stderr
    assert not out.exists()


def test_a_card_refuses_inspection(cli, db_with_rounds, tmp_path: Path):
    db, first, _second = db_with_rounds
    done = cli("print", "zone-cards", "--inspection", str(first), "--out", str(tmp_path / "z.pdf"), "--db", str(db))
    assert done.returncode != 0 and "不按巡视选择" in done.stderr
