"""Demo 考核与评比: the weekly score sheet scored by several inspectors, 旬督导, 月考核,
季讲评 with ranks, 一岗双责 and branch targets, 党员之星 / 优质责任区 for past quarters
(one candidate vetoed for an accident), the point rules and a points log naming its sources.

The points log covers the whole year for rare events (pledges kept, commendations, 三违,
accidents) and the last 90 days for frequent ones (hazards, reports, suggestions, follow-ups),
which is what a points screen shows first; it keeps the large demo to tens of thousands of rows.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from dangjian_desktop.domain.assessment import CommendationKind, CommendationStatus
from dangjian_desktop.domain.periods import month_of
from dangjian_desktop.domain.zones import ZoneStatus

from . import texts
from .catalog import POINT_RULES, SCORE_ITEMS, SCORE_SHEET
from .state import DemoState, ZoneInfo, monday, month_starts, past_quarters, quarter_bounds, quarter_label


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


def build_reviews(st: DemoState, weekly: dict[tuple[int, str], float]) -> list[tuple[int, int, date]]:
    """季讲评, 一岗双责, branch targets and commendations for the last four quarters.

    Returns (commendation id, person id, date) of confirmed member commendations, for points.
    """
    reviews, duties, targets, comms, confirmed = [], [], [], [], []
    revoked = {z.id for z in st.zones if z.status is ZoneStatus.REVOKED}
    for y, q in past_quarters(st.today, 4):
        label = quarter_label(y, q)
        first, last = quarter_bounds(y, q)
        decided = last + timedelta(days=10)
        duty_missed = set()
        for info in st.branches:
            for m in info.members:
                met = m.id not in st.accident_people and st.rng.random() > 0.03
                if not met:
                    duty_missed.add(m.id)
                duties.append({"person_id": m.id, "period": label, "met": met,
                               "note": None if met else "一岗双责落实不到位：安全联保考核未按时上墙。"})
        for bi, info in enumerate(st.branches):
            zones = [z for z in st.zones if z.branch == bi and z.status is not ZoneStatus.DRAFT and z.starts_on <= last]
            ranked = []
            for z in zones:
                mean = weekly.get((z.id, label))
                record = round(st.rng.uniform(80, 98), 2)
                total = round(0.6 * mean + 0.4 * record, 2) if mean is not None else record
                ranked.append((total, z, mean, record))
            ranked.sort(key=lambda t: (-t[0], t[1].id))
            for rank, (total, z, mean, record) in enumerate(ranked, 1):
                lost = z.id in revoked and z.ends_active <= decided
                reviews.append({"branch_id": info.id, "zone_id": z.id, "period": label, "weekly_mean": mean,
                                "record_score": record, "total": total, "rank": rank, "title_kept": not lost,
                                "note": texts.REVIEW_NOTE[not lost] if lost or rank <= 3 else None})
            accident_here = any(a_bi == bi and first <= d <= last for a_bi, d in st.accident_dates)
            targets.append({"branch_id": info.id, "period": label, "targets_met": not accident_here,
                            "note": "本季度发生轻伤事故1起，安全目标未完成。" if accident_here else None})
            eligible = [t for t in ranked if t[1].member.id not in st.accident_people
                        and t[1].member.id not in duty_missed and t[1].id not in revoked]
            if not eligible:
                continue
            star, best = eligible[0], eligible[min(1, len(eligible) - 1)]
            cid = st.w.next_id("commendation")
            comms.append(_commendation(st, cid, info.id, label, CommendationKind.MEMBER_STAR, star[1], star[0],
                                       CommendationStatus.CONFIRMED, decided))
            confirmed.append((cid, star[1].member.id, decided))
            comms.append(_commendation(st, st.w.next_id("commendation"), info.id, label, CommendationKind.BEST_ZONE,
                                       best[1], best[0], CommendationStatus.CONFIRMED, decided))
            if accident_here:  # the best-ranked zone's member answered for the accident: vetoed
                z = next(z for _, z, _, _ in ranked if z.member.id in st.accident_people)
                comms.append(_commendation(st, st.w.next_id("commendation"), info.id, label,
                                           CommendationKind.MEMBER_STAR, z, None, CommendationStatus.VETOED, None)
                             | {"veto_reason": "对本季度事故负有直接责任，不能参加评先评优。"})
    st.w.add("quarterly_review", reviews)
    st.w.add("duty_check", duties)
    st.w.add("branch_target", targets)
    st.w.add("commendation", comms)
    return confirmed


def _commendation(st: DemoState, cid: int, branch_id: int, period: str, kind: CommendationKind, z: ZoneInfo,
                  score: float | None, status: CommendationStatus, on: date | None) -> dict:
    return {"id": cid, "branch_id": branch_id, "period": period, "kind": kind,
            "person_id": z.member.id if kind is CommendationKind.MEMBER_STAR else None,
            "zone_id": z.id if kind is CommendationKind.BEST_ZONE else None, "score": score, "status": status,
            "veto_reason": None, "achievements": f"{z.name}：" + texts.STANDARD[z.kind] if status is not CommendationStatus.VETOED else None,
            "confirmed_on": min(on, st.today) if on else None}


def build_point_rules(st: DemoState) -> None:
    """The point rules (the defaults); the log itself is written after all records by the points
    engine (``services.points.sync_log``), the same that checks it."""
    st.w.add("point_rule", [{"id": st.w.next_id("point_rule"), "code": code, "item": item, "points": points,
                             "cap_per_period": cap, "cap_period": cap_period, "evidence_required": evidence,
                             "active": True}
                            for code, item, points, cap, cap_period, evidence in POINT_RULES])
