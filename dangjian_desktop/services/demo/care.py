"""Demo care for workers: 思想动态 files, entries and 红黄蓝 warnings with their closed-loop
actions and monthly analyses; 结对子 pairings with 安全联保 guarantees, follow-ups and
困难职工 plans. Every worker in a zone is covered by that zone's member (全覆盖) through an
active pairing, which is also who keeps his mood file: the files name no member themselves.

All mood wording starts with 【演示】 (texts.FICTION): realistic in shape, plainly invented.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from dangjian_desktop.domain.mood import MoodCategory, WarningActionKind, WarningLevel, WarningStatus, due_on_from_actions
from dangjian_desktop.domain.pairing import FollowUpKind, HardshipStatus, PairingGoal
from dangjian_desktop.domain.periods import month_of

from . import texts
from .state import DemoState, PersonInfo, ZoneInfo, committee_member, month_starts

F = texts.FICTION
# Days a warning may stay open before it is overdue, by level (red: act now).
_LIMIT = {WarningLevel.RED: 3, WarningLevel.YELLOW: 7, WarningLevel.BLUE: 30}
_UP = {WarningLevel.BLUE: WarningLevel.YELLOW, WarningLevel.YELLOW: WarningLevel.RED}


def _covered(st: DemoState) -> list[tuple[ZoneInfo, PersonInfo]]:
    return [(z, p) for z in st.zones for p in z.workers]


def build_mood(st: DemoState) -> None:
    file_rows, entry_rows = [], []
    files: list[tuple[int, ZoneInfo]] = []
    for z, p in _covered(st):
        fid = st.w.next_id("mood_file")
        file_rows.append({"id": fid, "worker_id": p.id, "opened_on": z.starts_on})  # kept by build_pairing's pairing
        files.append((fid, z))
        for _ in range(st.rng.choice((0, 1, 1, 2, 2, 3, 4))):
            cat = st.rng.choice(list(MoodCategory))
            entry_rows.append({"file_id": fid, "recorded_on": st.day_between(z.starts_on, st.today),
                               "recorder_id": z.member.id, "category": cat,
                               "content": F + st.rng.choice(texts.MOOD_ENTRIES[cat])})
    st.w.add("mood_file", file_rows)
    st.w.add("mood_entry", entry_rows)
    _warnings(st, files)
    _analyses(st)


def _warnings(st: DemoState, files: list[tuple[int, ZoneInfo]]) -> None:
    rows: list[dict[str, Any]] = []
    actions: list[dict[str, Any]] = []
    rng = st.rng
    # The 委员 account's workers: a red talk and a yellow review overdue, a new blue one.
    member = committee_member(st)
    mine = [(fid, z) for fid, z in files if z.member.id == member.id]
    picks = [(WarningLevel.RED, WarningStatus.ASSIGNED, 6), (WarningLevel.YELLOW, WarningStatus.HANDLING, 25),
             (WarningLevel.BLUE, WarningStatus.NEW, 2)] if mine else []
    for i, (level, status, age) in enumerate(picks[:st.size.warnings]):
        fid, z = mine[i % len(mine)]
        rows.append(_warning(st, fid, z, level, st.today - timedelta(days=age), status, None, actions))
    while len(rows) < st.size.warnings:
        fid, z = files[rng.randrange(len(files))]
        level = rng.choices((WarningLevel.RED, WarningLevel.YELLOW, WarningLevel.BLUE), weights=(10, 35, 55))[0]
        raised = st.day_between(st.start, st.today)
        escalate = level in _UP and (st.today - raised).days > 20 and rng.random() < 0.06 \
            and len(rows) + 2 <= st.size.warnings
        first = _warning(st, fid, z, level, raised, WarningStatus.ESCALATED if escalate else None, None, actions)
        rows.append(first)
        if escalate:
            later = raised + timedelta(days=rng.randrange(5, 15))
            rows.append(_warning(st, fid, z, _UP[level], later, None, first["id"], actions))
    st.w.add("mood_warning", rows)
    st.w.add("warning_action", actions)


def _warning(st: DemoState, fid: int, z: ZoneInfo, level: WarningLevel, raised: date,
             status: WarningStatus | None, from_id: int | None, actions: list[dict[str, Any]]) -> dict[str, Any]:
    rng = st.rng
    age = (st.today - raised).days
    limit = _LIMIT[level]
    if status is None:
        if age > limit * 3:  # old ones are mostly lifted; a few are still open, overdue
            status = WarningStatus.LIFTED if rng.random() < 0.93 else WarningStatus.HANDLING
        else:
            status = rng.choice((WarningStatus.NEW, WarningStatus.ASSIGNED, WarningStatus.HANDLING, WarningStatus.LIFTED))
    wid = st.w.next_id("mood_warning")
    secretary = st.branches[z.branch].head
    assignee = secretary if level is WarningLevel.RED else z.member
    steps: list[tuple[WarningActionKind, int]] = []
    if status is not WarningStatus.NEW:
        steps.append((WarningActionKind.ASSIGN, 0))
    if status in (WarningStatus.HANDLING, WarningStatus.LIFTED, WarningStatus.ESCALATED):
        steps.append((WarningActionKind.TALK, 1))
        if level is not WarningLevel.BLUE and rng.random() < 0.5:
            steps.append((WarningActionKind.HOME_VISIT, 2))
    needs_report = level is not WarningLevel.BLUE and rng.random() < 0.2
    answered = None
    if needs_report and status is not WarningStatus.NEW:
        steps.append((WarningActionKind.REPORT, 2))
        if status is WarningStatus.LIFTED:
            answered = raised + timedelta(days=limit + 2)
    if status is WarningStatus.LIFTED:
        steps += [(WarningActionKind.REVIEW, limit), (WarningActionKind.LIFT, limit + 1)]
    if status is WarningStatus.ESCALATED:
        steps.append((WarningActionKind.ESCALATE, 4))
    done: list[tuple[WarningActionKind, date]] = []
    for kind, days in steps:
        done.append((kind, min(raised + timedelta(days=days), st.today)))
        actions.append({"warning_id": wid, "kind": kind, "acted_on": done[-1][1],
                        "actor_id": (secretary if kind is WarningActionKind.ASSIGN else assignee).id,
                        "content": F + texts.WARNING_ACTIONS[kind.value]})
    lifted = min(raised + timedelta(days=limit + 1), st.today) if status is WarningStatus.LIFTED else None
    return {
        "id": wid, "file_id": fid, "level": level, "reason": F + rng.choice(texts.WARNING_REASONS[level]),
        "raised_on": raised, "raised_by_id": z.member.id, "assignee_id": None if status is WarningStatus.NEW else assignee.id,
        "status": status, "escalated_from_id": from_id, "lifted_on": lifted,
        "closing_review": F + "复查情况良好，思想稳定。" if lifted else None,
        "needs_report": needs_report, "report_answer": F + "已协调解决并答复本人。" if answered else None,
        "answered_on": min(answered, st.today) if answered else None,
        "due_on": due_on_from_actions(level, status, raised, done),  # the service's rule, default limits
    }


def _analyses(st: DemoState) -> None:
    rows = []
    for info in st.branches:
        for month in month_starts(st.start, st.today)[:-1]:  # this month's meeting is still to come
            held = month + timedelta(days=st.rng.randrange(24, 28))
            rows.append({"branch_id": info.id, "month": month_of(month).label, "held_on": held,
                         "summary": F + st.rng.choice(texts.ANALYSIS).format(n=st.rng.randrange(2, 9),
                                                                              m=st.rng.randrange(0, 3))})
    st.w.add("mood_analysis", rows)


def build_pairing(st: DemoState) -> list[tuple[int, int, date]]:
    """Returns (follow-up id, member id, date) of recent follow-ups for the points log."""
    p_rows, pw_rows, g_rows = [], [], []
    slots: list[tuple[int, ZoneInfo, PersonInfo, date]] = []
    goals_all = [g.value for g in PairingGoal]
    for z in st.zones:
        if not z.workers:
            continue
        pid = st.w.next_id("pairing")
        p_rows.append({"id": pid, "branch_id": st.branches[z.branch].id, "member_id": z.member.id,
                       "starts_on": z.starts_on, "ends_on": None, "goals": st.rng.sample(goals_all, 2),
                       "frequency_days": 30, "note": None})
        pw_rows += [{"pairing_id": pid, "worker_id": w.id} for w in z.workers]
        signed = z.starts_on + timedelta(days=st.rng.randrange(0, 10))
        g_rows.append({"pairing_id": pid, "signed_on": signed, "term_start": signed,
                       "term_end": signed + timedelta(days=365), "scan_name": None, "scan": None})
        for w in z.workers:
            for month in month_starts(z.starts_on, st.today):
                slots.append((pid, z, w, month))
    st.w.add("pairing", p_rows)
    st.w.add("pairing_worker", pw_rows)
    st.w.add("guarantee", g_rows)
    keep = sorted(st.rng.sample(range(len(slots)), min(st.size.follow_ups, len(slots))))
    kinds = list(FollowUpKind)
    rows, recent = [], []
    for i in keep:
        pid, z, w, month = slots[i]
        held = st.day_between(month, min(month + timedelta(days=27), st.today))
        kind = st.rng.choices(kinds, weights=(45, 25, 5, 5, 20))[0]
        fid = st.w.next_id("follow_up")
        rows.append({"id": fid, "pairing_id": pid, "worker_id": w.id, "held_on": held, "kind": kind,
                     "content": st.rng.choice(texts.FOLLOW_UPS[kind]), "outcome": st.rng.choice(texts.FOLLOW_UP_OUTCOMES),
                     "next_due_on": held + timedelta(days=30), "recorder_id": z.member.id})
        if held >= st.today - timedelta(days=90):
            recent.append((fid, z.member.id, held))
    st.w.add("follow_up", rows)
    _hardship(st)
    return recent


def _hardship(st: DemoState) -> None:
    plans, steps = [], []
    for info in st.branches:
        workers = [w for w in info.workers if w.id in st.zone_of]
        for k, w in enumerate(st.rng.sample(workers, max(2, len(workers) // 40))):
            situation, plan_steps = texts.HARDSHIP[k % len(texts.HARDSHIP)]
            opened = st.day_between(st.start, st.today - timedelta(days=60))
            closed = k % 2 == 0 and (st.today - opened).days > 150
            pid = st.w.next_id("hardship_plan")
            plans.append({"id": pid, "worker_id": w.id, "member_id": st.zone_of[w.id].member.id, "opened_on": opened,
                          "target_on": opened + timedelta(days=180), "situation": situation,
                          "status": HardshipStatus.CLOSED if closed else HardshipStatus.OPEN,
                          "closed_on": opened + timedelta(days=140) if closed else None,
                          "closing_note": "困难已解决，对账销户。" if closed else None})
            for pos, text in enumerate(plan_steps):
                due = opened + timedelta(days=40 * (pos + 1))
                done = due - timedelta(days=3) if (closed or due < st.today - timedelta(days=10) and pos < 2) else None
                steps.append({"plan_id": pid, "position": pos, "text": text, "due_on": due, "done_on": done})
    st.w.add("hardship_plan", plans)
    st.w.add("hardship_step", steps)
