"""Demo safety records: the two inspection checklists, a year of monthly 党代表安全巡视 with
findings (不符合 ones become hazards), the hazard ledger in every status (some overdue),
三违 with 帮教, and one accident."""

from __future__ import annotations

import struct
import zlib
from datetime import date, timedelta

from dangjian_desktop.domain.hazards import HazardLevel, HazardSource, HazardStatus, PhotoStage, ViolationKind
from dangjian_desktop.domain.inspections import FindingOutcome, InspectionStatus
from dangjian_desktop.domain.zones import ZoneStatus

from . import texts
from .catalog import CHECKLISTS, DEPARTMENTS
from .state import DemoState, ZoneInfo, month_starts

_OPEN_STATES = (HazardStatus.OPEN, HazardStatus.IN_PROGRESS, HazardStatus.AWAITING_CHECK)


def build_checklists(st: DemoState) -> list[list[tuple[int, str, str]]]:
    """Both templates; returns per template its items as (id, category, text)."""
    tpl_rows, item_rows, out = [], [], []
    for name, desc, items in CHECKLISTS:
        tid = st.w.next_id("checklist_template")
        tpl_rows.append({"id": tid, "name": name, "description": desc, "active": True})
        these = []
        for pos, (cat, text) in enumerate(items):
            iid = st.w.next_id("checklist_item")
            item_rows.append({"id": iid, "template_id": tid, "position": pos, "category": cat, "text": text})
            these.append((iid, cat, text))
        out.append(these)
    st.w.add("checklist_template", tpl_rows)
    st.w.add("checklist_item", item_rows)
    return out


def build_inspections(st: DemoState, checklists: list[list[tuple[int, str, str]]]) -> list[dict]:
    """Monthly rounds per branch; returns the hazard rows the 不符合 findings raised (not yet written)."""
    ins_rows, mem_rows, stop_rows, finding_rows, hazards = [], [], [], [], []
    months = month_starts(st.start, st.today)
    for bi, info in enumerate(st.branches):
        zones = [z for z in st.zones if z.branch == bi and z.status is ZoneStatus.ACTIVE]
        other = st.branches[(bi + 1) % len(st.branches)]
        previous = None
        for month in months + [_next_month(months[-1])]:
            planned = month + timedelta(days=14)
            if planned > st.today + timedelta(days=3):
                status = InspectionStatus.PLANNED
            elif planned > st.today - timedelta(days=2):
                status = InspectionStatus.IN_PROGRESS
            else:
                status = InspectionStatus.DONE
            iid = st.w.next_id("inspection")
            ins_rows.append({"id": iid, "branch_id": info.id, "title": f"{month:%Y年%m月}党代表安全巡视（{info.spec.name}）",
                             "planned_on": planned, "done_on": planned if status is InspectionStatus.DONE else None,
                             "status": status, "previous_id": previous,
                             "summary": "巡视发现问题已由安监部门现场指定责任部门限期整改。" if status is InspectionStatus.DONE else None})
            previous = iid
            group = [other.head] + st.rng.sample(info.members[1:], 2)
            mem_rows += [{"inspection_id": iid, "person_id": p.id, "is_leader": k == 0} for k, p in enumerate(group)]
            route = st.rng.sample(zones, min(3, len(zones)))
            stop_rows += [{"inspection_id": iid, "position": k, "zone_id": z.id, "place": z.place}
                          for k, z in enumerate(route)]
            if status is not InspectionStatus.DONE:
                continue
            for items in checklists:
                for item_id, cat, text in items:
                    z = st.rng.choice(route)
                    fail = st.rng.random() < 0.12
                    fid = st.w.next_id("inspection_finding")
                    finding_rows.append({"id": fid, "inspection_id": iid, "item_id": item_id, "item_text": text,
                                         "zone_id": z.id, "outcome": FindingOutcome.FAIL if fail else FindingOutcome.PASS,
                                         "comment": texts.INSPECTION_FAIL.get(cat) if fail else None})
                    if fail:
                        hazards.append(_hazard(st, z, planned, texts.INSPECTION_FAIL.get(cat, text),
                                               "按巡视要求限期整改，下次巡视复查", fid))
    st.w.add("inspection", ins_rows)
    st.w.add("inspection_member", mem_rows)
    st.w.add("inspection_stop", stop_rows)
    st.w.add("inspection_finding", finding_rows)
    return hazards


def _next_month(d: date) -> date:
    return date(d.year + (d.month == 12), 1 if d.month == 12 else d.month + 1, 1)


def build_hazards(st: DemoState, from_inspections: list[dict]) -> None:
    """The ledger: daily hazards up to the size's total, plus the inspections' ones."""
    zones = [z for z in st.zones if z.status is not ZoneStatus.DRAFT]
    n_daily = max(0, st.size.hazards - len(from_inspections))
    rows = list(from_inspections)
    rng = st.rng
    for _ in range(n_daily):
        z = zones[rng.randrange(len(zones))]
        span = (z.ends_active - z.starts_on).days
        found = z.starts_on + timedelta(days=rng.randrange(span + 1))
        issue, measure = rng.choice(texts.HAZARD_ISSUES_PLANT if st.branches[z.branch].spec.plant
                                    else texts.HAZARD_ISSUES_MINE)
        rows.append(_hazard(st, z, found, f"{z.place}{issue}", measure, None))
    rows.sort(key=lambda r: r["found_on"])  # ids then follow the order they were found in
    for r in rows:
        r["id"] = st.w.next_id("hazard")
        if r["finder_id"] is not None and r["found_on"] >= st.today - timedelta(days=90):
            st.hazard_ids_by_finder.setdefault(r["finder_id"], []).append((r["id"], r["found_on"]))
    st.w.add("hazard", rows)
    _photos(st, [r for r in rows if r["source"] is HazardSource.INSPECTION][:6])


def _hazard(st: DemoState, z: ZoneInfo, found: date, description: str, measures: str, finding_id: int | None) -> dict:
    rng = st.rng
    r = rng.random()
    level = HazardLevel.ORDINARY if r < 0.9 else HazardLevel.MAJOR if r < 0.985 else HazardLevel.SEVERE
    deadline = found + timedelta(days=rng.choice((1, 3, 3, 5, 7, 7, 10, 15)))
    age = (st.today - found).days
    closed_share = 0.995 if age > 40 else 0.9 if age > 14 else 0.35  # a few old ones stay open: overdue
    info = st.branches[z.branch]
    finder = z.member if (finding_id is None and (rng.random() < 0.8 or not z.workers)) else (
        rng.choice(z.workers) if finding_id is None else None)
    doer = rng.choice(z.workers) if z.workers else z.member
    status = HazardStatus.CLOSED if rng.random() < closed_share else rng.choice(_OPEN_STATES)
    rectified: date | None = None
    verified: date | None = None
    if status in (HazardStatus.CLOSED, HazardStatus.AWAITING_CHECK):
        rectified = min(found + timedelta(days=rng.randrange(0, (deadline - found).days + 3)), st.today)
    if status is HazardStatus.CLOSED and rectified is not None:
        verified = min(rectified + timedelta(days=rng.randrange(0, 3)), st.today)
    return {
        "branch_id": info.id, "unit_id": z.member.unit_id, "zone_id": z.id, "found_on": found,
        "finder_id": finder.id if finder else None, "description": description, "level": level,
        "source": HazardSource.INSPECTION if finding_id else HazardSource.DAILY, "finding_id": finding_id,
        "responsible_dept": z.member.unit_name if rng.random() < 0.7 else rng.choice(DEPARTMENTS),
        "responsible_person_id": z.member.id, "deadline": deadline, "measures": measures, "status": status,
        "rectified_by_id": doer.id if rectified else None, "rectified_on": rectified,
        "verified_by_id": info.head.id if verified else None, "verified_on": verified, "closed_on": verified,
    }


def _photos(st: DemoState, hazards: list[dict]) -> None:
    rows = []
    for h in hazards:
        rows.append({"hazard_id": h["id"], "stage": PhotoStage.BEFORE, "image": _png((200, 60, 50))})
        if h["status"] is HazardStatus.CLOSED:
            rows.append({"hazard_id": h["id"], "stage": PhotoStage.AFTER, "image": _png((60, 150, 80))})
    st.w.add("hazard_photo", rows)


def _png(rgb: tuple[int, int, int], w: int = 64, h: int = 48) -> bytes:
    """A small solid picture with a diagonal stripe: a stand-in photo that any viewer opens."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw += bytes((255, 255, 255)) if abs(x - y * w // h) < 4 else bytes(rgb)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw))) + chunk(b"IEND", b""))


def build_violations(st: DemoState) -> list[tuple[int, int, date]]:
    """三违 against workers, each with 帮教; returns (violation id, zone member, date) for points."""
    rows, edu_rows, out = [], [], []
    for info in st.branches:
        safety_officer = next((p for p in info.members if p.post == "安全员"), info.head)
        n = max(4, len(info.people) // 18)
        for _ in range(n):
            p = st.rng.choice(info.workers)
            z = st.zone_of.get(p.id)
            kind = st.rng.choices(list(ViolationKind), weights=(2, 6, 3))[0]
            when = st.day_between(st.start, st.today - timedelta(days=3))
            vid = st.w.next_id("violation")
            rows.append({"id": vid, "person_id": p.id, "branch_id": info.id, "zone_id": z.id if z else None,
                         "occurred_on": when, "kind": kind, "description": st.rng.choice(texts.VIOLATIONS[kind]),
                         "recorded_by_id": safety_officer.id})
            if z:
                out.append((vid, z.member.id, when))
            for k in range(st.rng.choice((1, 1, 2))):
                edu_rows.append({"violation_id": vid, "educator_id": z.member.id if z else safety_officer.id,
                                 "held_on": min(when + timedelta(days=1 + 5 * k), st.today),
                                 "content": texts.EDUCATION[k % len(texts.EDUCATION)]})
    st.w.add("violation", rows)
    st.w.add("violation_education", edu_rows)
    return out


def build_accidents(st: DemoState) -> list[tuple[int, int, date]]:
    """One light-injury accident in the first branch (and every fifth branch of a large demo)."""
    rows, out = [], []
    for bi, info in enumerate(st.branches):
        if bi % 5:
            continue
        zones = [z for z in st.zones if z.branch == bi and z.status is ZoneStatus.ACTIVE]
        z = zones[st.rng.randrange(len(zones))]
        when = st.today - timedelta(days=st.rng.randrange(150, 250))
        aid = st.w.next_id("accident")
        rows.append({"id": aid, "branch_id": info.id, "zone_id": z.id, "occurred_on": when,
                     "description": f"{z.place}：{texts.ACCIDENTS[info.spec.plant]}",
                     "responsible_person_id": z.member.id})
        st.accident_dates.append((bi, when))
        st.accident_people.add(z.member.id)  # 出现事故党员负责: no commendation this year
        out.append((aid, z.member.id, when))
    st.w.add("accident", rows)
    return out
