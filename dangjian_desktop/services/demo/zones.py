"""Demo 一区一岗: a zone or post per member with full 五明确/五亮, its workers, weekly reports
(some weeks missing) and monthly suggestions (some months missing)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from dangjian_desktop.domain.zones import ZoneCategory, ZoneKind, ZoneStatus

from . import texts
from .state import DemoState, ZoneInfo, committee_member, monday, month_starts, past_quarters, quarter_bounds

_KINDS = (ZoneKind.SAFETY, ZoneKind.SAFETY, ZoneKind.QUALITY, ZoneKind.PRODUCTION, ZoneKind.THOUGHT)


def build_zones(st: DemoState) -> None:
    rows, worker_rows = [], []
    year_start = monday(st.start)
    for bi, info in enumerate(st.branches):
        spec = info.spec
        trade = "机电运行" if spec.plant else ("掘进" if "掘进" in spec.name else "采煤")
        rules = "电力安全工作规程" if spec.plant else "煤矿安全规程"
        members = info.members
        for k, m in enumerate(members):
            kind = ZoneKind.THOUGHT if m.post == "党支部书记" else _KINDS[k % len(_KINDS)]
            place = spec.places[k % len(spec.places)]
            is_post = m.post not in ("党支部书记", spec.head_post) and st.rng.random() < 0.3
            if is_post:
                name = f"{m.workplace}{m.post}党员示范岗"
            elif kind is ZoneKind.THOUGHT:  # a thought zone covers people, not a place
                name = f"{m.workplace}职工思想责任区"
            else:
                name = f"{place}{kind.value}责任区"
            starts = year_start
            status, ends_active = ZoneStatus.ACTIVE, st.today
            revoked_on = revoke_reason = None
            # A new probationary member's zone still lacks its assessor: a draft, not printed yet.
            draft = m.joined is not None and (st.today - m.joined).days < 90 and k % 2 == 0
            if draft:
                status, starts = ZoneStatus.DRAFT, st.today - timedelta(days=20)
            elif k == 7:  # the seeds' 掉标: a post that slipped lost its title at the last quarterly review
                last_quarter_end = quarter_bounds(*past_quarters(st.today, 1)[0])[1]
                status, ends_active = ZoneStatus.REVOKED, min(last_quarter_end + timedelta(days=7), st.today)
                revoked_on, revoke_reason = ends_active, texts.REVIEW_NOTE[False]
            z = ZoneInfo(st.w.next_id("zone"), bi, m, kind, name, place, starts, status, ends_active)
            st.zones.append(z)
            st.zone_of[m.id] = z
            assessor = info.head if m is not info.secretary else members[1]
            nums = {"a": st.rng.randrange(20, 90), "b": st.rng.randrange(3, 14), "c": st.rng.randrange(1, 5),
                    "d": st.rng.randrange(100, 400)}
            rows.append({
                "id": z.id, "branch_id": info.id, "unit_id": m.unit_id,
                "category": ZoneCategory.POST if is_post else ZoneCategory.ZONE, "kind": kind, "name": name,
                "area": f"{m.unit_name}{place}（{m.team_name or m.unit_name}作业范围）",
                "member_id": m.id, "basis_and_standard": texts.BASIS[kind].format(rules=rules, trade=trade),
                "assessor_id": None if draft else assessor.id,
                "assessment_standard": texts.ASSESSMENT, "starts_on": starts,
                "ends_on": starts + timedelta(days=364 + 365),
                "identity": f"{m.status.value}　{m.name}　{m.joined:%Y年%m月}入党" if m.joined else m.name,
                "post_text": f"{m.workplace}　{m.post}", "duties": texts.DUTIES[kind], "standard": texts.STANDARD[kind],
                "achievements": None if draft else st.rng.choice(texts.ACHIEVEMENTS).format(**nums),
                "status": status, "revoked_on": revoked_on, "revoke_reason": revoke_reason,
            })
        _assign_workers(st, bi)
    st.w.add("zone", rows)
    for z in st.zones:
        worker_rows += [{"zone_id": z.id, "person_id": p.id} for p in z.workers]
    st.w.add("zone_worker", worker_rows)


def _assign_workers(st: DemoState, bi: int) -> None:
    """带一片人: every worker of the branch falls in a zone of a member of his own team if any."""
    zones = [z for z in st.zones if z.branch == bi and z.status is not ZoneStatus.REVOKED]
    by_team: dict[int, list[ZoneInfo]] = {}
    for z in zones:
        by_team.setdefault(z.member.unit_id, []).append(z)
    for k, p in enumerate(st.branches[bi].workers):
        candidates = by_team.get(p.unit_id) or zones
        z = candidates[k % len(candidates)]
        z.workers.append(p)
        st.zone_of[p.id] = z
    if bi == 0:
        _staff_committee_zone(st, zones)


COMMITTEE_WORKERS = 6


def _staff_committee_zone(st: DemoState, zones: list[ZoneInfo]) -> None:
    """The 委员 account's member covers several workers (moved from the fullest zones), so that
    the three demo roles see visibly different mood files."""
    mine = st.zone_of.get(committee_member(st).id)
    if mine is None or mine not in zones:
        return
    while len(mine.workers) < COMMITTEE_WORKERS:
        fullest = max((z for z in zones if z is not mine), key=lambda z: len(z.workers), default=None)
        if fullest is None or len(fullest.workers) <= 1:
            return
        p = fullest.workers.pop()
        mine.workers.append(p)
        st.zone_of[p.id] = mine


def build_reports(st: DemoState) -> list[tuple[int, int, date]]:
    """每周至少报告一次: most weeks have a report, a few are missing, this week is partly done.

    Returns (report id, member id, date) of the last 90 days, for the points log.
    """
    slots = []
    this_week = monday(st.today)
    for z in st.zones:
        if z.status is ZoneStatus.DRAFT:
            continue
        week = monday(z.starts_on)
        while week <= min(this_week, z.ends_active):
            slots.append((z, week))
            week += timedelta(days=7)
    target = st.size.reports if st.size.reports is not None else round(len(slots) * 0.94)
    keep = sorted(st.rng.sample(range(len(slots)), min(target, len(slots))))
    rows: list[dict[str, Any]] = []
    for i in keep:
        z, week = slots[i]
        reported = min(week + timedelta(days=st.rng.choice((0, 1, 2, 4, 6))), st.today)
        ok = st.rng.random() > 0.12
        issue = st.rng.choice(texts.HAZARD_ISSUES_PLANT if st.branches[z.branch].spec.plant else texts.HAZARD_ISSUES_MINE)[0]
        tpl = st.rng.choice(texts.REPORT_OK if ok else texts.REPORT_PROBLEM)
        rows.append({"zone_id": z.id, "member_id": z.member.id, "week_start": week, "reported_on": reported,
                     "safety_ok": ok, "content": tpl.format(n=st.rng.randrange(1, 6), place=z.place, issue=issue)})
    st.w.add("zone_report", rows)
    recent = st.today - timedelta(days=90)
    return [(r["id"], r["member_id"], r["reported_on"]) for r in rows if r["reported_on"] >= recent]


def build_suggestions(st: DemoState) -> list[tuple[int, int, date, bool]]:
    """每月至少一条合理化建议: one most months, now and then two, sometimes none."""
    rows: list[dict[str, Any]] = []
    for z in st.zones:
        if z.status is ZoneStatus.DRAFT:
            continue
        for month in month_starts(z.starts_on, z.ends_active):
            n = st.rng.choices((0, 1, 2), weights=(12, 75, 13))[0]
            for _ in range(n):
                made = st.day_between(month, min(month + timedelta(days=27), st.today))
                rows.append({"id": st.w.next_id("suggestion"), "zone_id": z.id, "member_id": z.member.id,
                             "made_on": made, "content": st.rng.choice(texts.SUGGESTIONS).format(place=z.place),
                             "adopted": st.rng.random() < 0.3})
    st.w.add("suggestion", rows)
    return [(r["id"], r["member_id"], r["made_on"], r["adopted"]) for r in rows]

