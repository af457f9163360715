"""The hazard filters on a large table (100,000 rows written in bulk): every filter's count,
overdue count and first pages agree with the same rule computed in Python, overdue first.
(How fast is the benchmark's to say: benchmarks/run.py, scenario hazard_filter.)"""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from sqlalchemy import insert

from dangjian_desktop.domain.base import utcnow
from dangjian_desktop.domain.hazard_rules import is_overdue
from dangjian_desktop.domain.hazards import Hazard, HazardLevel, HazardSource, HazardStatus
from dangjian_desktop.services import hazards
from dangjian_desktop.services.hazards import HazardFilter
from dangjian_desktop.services.uow import Ctx

from .hazard_scene import TODAY, Scene, build

N = 100_000
WORDS = ("护罩缺失", "照明不足", "记录不全", "标识脱落", "通道堵塞", "消防器材过期")


@pytest.fixture
def big(sqlite_secretary: Ctx) -> tuple[Ctx, Scene, list[dict]]:
    ctx = sqlite_secretary
    sc = build(ctx)
    rnd = random.Random(13)
    statuses = [HazardStatus.CLOSED] * 90 + [HazardStatus.OPEN, HazardStatus.IN_PROGRESS, HazardStatus.AWAITING_CHECK] * 3
    now = utcnow()
    rows = []
    for i in range(N):
        found = TODAY - timedelta(days=rnd.randrange(0, 365))
        zone = sc.zone if i % 3 else sc.zone2
        rows.append(dict(
            id=i + 1, branch_id=sc.branch if zone == sc.zone else sc.branch2, unit_id=sc.unit if zone == sc.zone else None,
            zone_id=zone, found_on=found, finder_id=sc.finder if i % 7 else sc.verifier,
            description=f"{rnd.choice(WORDS)}（第 {i} 号）", level=rnd.choice(list(HazardLevel)),
            source=HazardSource.DAILY, deadline=found + timedelta(days=rnd.randrange(0, 30)), status=rnd.choice(statuses),
            created_at=now, updated_at=now, version=1))
    with ctx.db.uow() as s:
        s.connection().execute(insert(Hazard.__table__), rows)  # Core executemany: a few seconds
    return ctx, sc, rows


def _expected(rows: list[dict], keep) -> tuple[int, int, list[int]]:  # type: ignore[no-untyped-def]
    chosen = [r for r in rows if keep(r)]
    late = [r for r in chosen if is_overdue(r["status"], r["deadline"], TODAY)]
    order = sorted(chosen, key=lambda r: (r["found_on"], r["id"]), reverse=True)
    order.sort(key=lambda r: not is_overdue(r["status"], r["deadline"], TODAY))
    return len(chosen), len(late), [r["id"] for r in order]


def test_filters_on_a_large_table(big):
    ctx, sc, rows = big
    cases = {
        "none": (HazardFilter(today=TODAY), lambda r: True),
        "overdue": (HazardFilter(overdue=True, today=TODAY),
                    lambda r: is_overdue(r["status"], r["deadline"], TODAY)),
        "status": (HazardFilter(statuses=(HazardStatus.AWAITING_CHECK,), today=TODAY),
                   lambda r: r["status"] is HazardStatus.AWAITING_CHECK),
        "level": (HazardFilter(levels=(HazardLevel.SEVERE,), today=TODAY), lambda r: r["level"] is HazardLevel.SEVERE),
        "branch": (HazardFilter(branch_id=sc.branch2, today=TODAY), lambda r: r["branch_id"] == sc.branch2),
        "finder+dates": (HazardFilter(finder_id=sc.verifier, found_from=TODAY - timedelta(days=30), found_to=TODAY,
                                      today=TODAY),
                         lambda r: r["finder_id"] == sc.verifier and r["found_on"] >= TODAY - timedelta(days=30)),
        "text": (HazardFilter(text="照明", today=TODAY), lambda r: "照明" in r["description"]),
        "text+unit": (HazardFilter(text="第 99", unit_id=sc.unit, today=TODAY),
                      lambda r: "第 99" in r["description"] and r["unit_id"] == sc.unit),
    }
    for label, (f, keep) in cases.items():
        total, late, ids = _expected(rows, keep)
        page = hazards.first_page(ctx, f, 200)
        assert (page.total, page.overdue) == (total, late), label
        assert [r.id for r in page.rows] == ids[:200], label
        # the page where the overdue end and the others begin, and one far down
        for offset in {max(late - 100, 0), min(total, 40_000)}:
            got = [r.id for r in hazards.list_hazards(ctx, f, offset, 200)]
            assert got == ids[offset:offset + 200], (label, offset)
