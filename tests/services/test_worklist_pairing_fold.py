"""The 结对帮扶 follow-ups on the 工作台, on SQLite and PostgreSQL with a fixed today: one line per
member, except a branch with more than three members due, which is one line with the counts
(the large demo had some 670 member lines) and opens the branch's follow-up list."""

from __future__ import annotations

from datetime import date
from itertools import count

from dangjian_desktop.domain.org import Person, PoliticalStatus
from dangjian_desktop.services import pairing, pairing_work, worklist
from dangjian_desktop.services.pairing import PairInput
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.services.worklist import Urgency, WorkTarget

TODAY = date(2026, 11, 24)
OVERDUE_START = date(2026, 9, 1)  # + 30 days: due 10-01, overdue
SOON_START = date(2026, 10, 27)  # + 30 days: due 11-26, within three days
_numbers = count(1)


def _person(ctx: Ctx, name: str, branch: int, status: PoliticalStatus) -> int:
    with ctx.db.uow() as s:
        p = Person(name=name, employee_no=f"N{next(_numbers):04d}", branch_id=branch, political_status=status)
        s.add(p)
        s.flush()
        return p.id


def _pair(ctx: Ctx, branch: int, member: str, workers: list[tuple[str, date]]) -> None:
    m = _person(ctx, member, branch, PoliticalStatus.MEMBER)
    for worker, start in workers:  # one pair per start date: each worker due on his own day
        w = _person(ctx, worker, branch, PoliticalStatus.MASSES)
        pairing.create_pair(ctx, PairInput(m, (w,), start, frequency_days=30))


def _pairing_lines(ctx: Ctx) -> list[worklist.WorkItem]:
    source = next(s for s in worklist.SOURCES if s.key == "pairing_due")
    return worklist.due_items(ctx, TODAY, [source])


def test_a_branch_with_more_than_three_members_due_is_one_line(secretary: Ctx, org) -> None:
    b1, b2 = org["branch"], org["branch2"]
    # 综采二区: four members due (one of them also has a worker due in two days) → one line.
    _pair(secretary, b1, "甲党员", [("甲职工", OVERDUE_START), ("甲职工二", SOON_START)])
    for name in "乙丙丁":
        _pair(secretary, b1, f"{name}党员", [(f"{name}职工", OVERDUE_START)])
    # 运行部: three members due → three lines, as before.
    _pair(secretary, b2, "戊党员", [("戊职工", OVERDUE_START)])
    _pair(secretary, b2, "己党员", [("己职工", SOON_START)])
    _pair(secretary, b2, "庚党员", [("庚职工", SOON_START)])

    items = _pairing_lines(secretary)
    folded = [i for i in items if i.target == WorkTarget("pairing_due", b1)]
    assert [(i.title, i.detail, i.due_on, i.urgency) for i in folded] == [
        ("综采二区党支部：结对职工跟进逾期 4 人", "另有 1 人 3 天内应跟进 · 涉及 4 名结对党员 · 最早应跟进 2026-10-01",
         date(2026, 10, 1), Urgency.OVERDUE)]
    assert not any("甲党员" in i.title or "乙党员" in i.title for i in items)  # no member line of 综采二区 left
    separate = sorted((i.title, i.urgency, i.target) for i in items if i not in folded)
    ids = {t.record_id for _t, _u, t in separate if t is not None}
    assert len(ids) == 3 and all(t is not None and t.kind == "pairing_member" for _t, _u, t in separate)
    assert [(t, u) for t, u, _target in separate] == [
        ("己党员：1 名结对职工近 3 天内应跟进", Urgency.DUE_SOON),
        ("庚党员：1 名结对职工近 3 天内应跟进", Urgency.DUE_SOON),
        ("戊党员：1 名结对职工跟进已逾期", Urgency.OVERDUE),
    ]


def test_a_branch_with_only_coming_follow_ups_folds_as_coming(secretary: Ctx, org) -> None:
    """Four members whose follow-ups are all within three days: one 近期 line (``due`` without
    --all leaves it out, as it left out their four member lines)."""
    for name in "甲乙丙丁":
        _pair(secretary, org["branch"], f"{name}党员", [(f"{name}职工", SOON_START)])
    with secretary.read() as s:
        items = pairing_work.due_items(s, secretary.actor, TODAY)
    assert [(i.title, i.detail, i.urgency, i.target) for i in items] == [
        ("综采二区党支部：结对职工 3 天内应跟进 4 人", "涉及 4 名结对党员 · 最早应跟进 2026-11-26", Urgency.DUE_SOON,
         WorkTarget("pairing_due", org["branch"]))]
