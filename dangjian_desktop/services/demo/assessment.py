"""Demo 考核与评比: the weekly score sheet scored by several inspectors, 旬督导, 月考核,
一岗双责 and branch targets for past quarters, and the point rules.

The rest is made by the program's own engines once every record is written (``load_demo``):
the points log by ``services.points.sync_log`` (so ``points check`` passes on a fresh demo),
then each past quarter's 季讲评, proposals (vetoed candidates with their reasons) and
confirmations by ``services.assessment.close_quarters_in``, then the title points.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from dangjian_desktop.domain.periods import month_of
from dangjian_desktop.domain.zones import ZoneStatus

from . import texts
from .catalog import POINT_RULES, SCORE_ITEMS, SCORE_SHEET
from .state import DemoState, monday, month_starts, past_quarters, quarter_bounds, quarter_label


def build_scores(st: DemoState) -> dict[tuple[int, str], float]:
    """周检查: each week three zones per branch, each scored anonymously by three inspectors.

    Returns the mean weekly total per (zone id, quarter label).
    """
    sheet_id = st.w.next_id("score_sheet")
    st.w.add("score_sheet", [{"id": sheet_id, "name": SCORE_SHEET, "branch_id": None, "active": True}])
    items: list[dict[str, Any]] = []
    for pos, (text, max_score) in enumerate(SCORE_ITEMS):
        items.append({"id": st.w.next_id("score_sheet_item"), "sheet_id": sheet_id, "position": pos,
                      "text": text, "max_score": max_score, "weight": 1.0})
    st.w.add("score_sheet_item", items)
    scores, values = [], []
    totals: dict[tuple[int, str], list[float]] = defaultdict(list)
    for bi, info in enumerate(st.branches):
        panel = [p for p in info.members if p.post in ("党支部书记", info.spec.head_post, "安全员", f"副{info.spec.head_post}")]
        week = monday(st.start)
        while week < monday(st.today):
            zones = [z for z in st.zones if z.branch == bi and z.status is not ZoneStatus.DRAFT
                     and z.starts_on <= week <= z.ends_active]
            for z in st.rng.sample(zones, min(3, len(zones))):
                quality = st.rng.uniform(0.78, 0.99) if z.status is ZoneStatus.ACTIVE else st.rng.uniform(0.6, 0.8)
                for inspector in [p for p in panel if p is not z.member][:3]:
                    sid = st.w.next_id("weekly_score")
                    total = 0.0
                    for it in items:
                        v = min(it["max_score"], round(it["max_score"] * quality * st.rng.uniform(0.93, 1.05) * 2) / 2)
                        values.append({"score_id": sid, "item_id": it["id"], "value": v})
                        total += v
                    scores.append({"id": sid, "sheet_id": sheet_id, "zone_id": z.id, "week_start": week,
                                   "inspector_id": inspector.id, "total": total})
                    y, q = week.year, (week.month - 1) // 3 + 1
                    totals[(z.id, quarter_label(y, q))].append(total)
            week += timedelta(days=7)
    st.w.add("weekly_score", scores)
    st.w.add("weekly_score_item", values)
    return {k: round(sum(v) / len(v), 2) for k, v in totals.items()}


def build_supervision(st: DemoState) -> None:
    """旬督导 every ten days and 月考核 self-checks every month."""
    notes = []
    for info in st.branches:
        for month in month_starts(st.start, st.today):
            for day in (1, 11, 21):
                dekad = date(month.year, month.month, day)
                held = dekad + timedelta(days=st.rng.randrange(2, 8))
                if dekad < st.start or held > st.today:
                    continue
                notes.append({"branch_id": info.id, "dekad_start": dekad, "held_on": held,
                              "author_id": info.head.id,
                              "content": st.rng.choice(texts.SUPERVISION).format(n=st.rng.randrange(1, 4), m=st.rng.randrange(0, 2))})
    st.w.add("supervision_note", notes)
    checks = []
    for z in st.zones:
        if z.status is ZoneStatus.DRAFT:
            continue
        for month in month_starts(z.starts_on, z.ends_active)[:-1]:
            checks.append({"zone_id": z.id, "month": month_of(month).label, "score": round(st.rng.uniform(84, 99), 1),
                           "note": st.rng.choice(texts.SELF_CHECK).format(n=st.rng.randrange(1, 4))})
    st.w.add("monthly_self_check", checks)


def build_reviews(st: DemoState) -> list[str]:
    """一岗双责 and branch targets for the last four quarters; returns those quarters' labels.

    Their 季讲评, proposals and confirmations are made after all records are written, by the
    assessment service's own ranking and vetoes (``assessment.close_quarters_in``).
    """
    duties, targets, labels = [], [], []
    for y, q in past_quarters(st.today, 4):
        label = quarter_label(y, q)
        labels.append(label)
        first, last = quarter_bounds(y, q)
        for info in st.branches:
            for m in info.members:
                met = m.id not in st.accident_people and st.rng.random() > 0.03
                duties.append({"person_id": m.id, "period": label, "met": met,
                               "note": None if met else "一岗双责落实不到位：安全联保考核未按时上墙。"})
        for bi, info in enumerate(st.branches):
            accident_here = any(a_bi == bi and first <= d <= last for a_bi, d in st.accident_dates)
            targets.append({"branch_id": info.id, "period": label, "targets_met": not accident_here,
                            "note": "本季度发生轻伤事故1起，安全目标未完成。" if accident_here else None})
    st.w.add("duty_check", duties)
    st.w.add("branch_target", targets)
    return labels


def build_point_rules(st: DemoState) -> None:
    """The point rules (the defaults); the log itself is written after all records by the points
    engine (``services.points.sync_log``), the same that checks it."""
    st.w.add("point_rule", [{"id": st.w.next_id("point_rule"), "code": code, "item": item, "points": points,
                             "cap_per_period": cap, "cap_period": cap_period, "evidence_required": evidence,
                             "active": True}
                            for code, item, points, cap, cap_period, evidence in POINT_RULES])
