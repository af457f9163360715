"""困难帮扶 plans behind their 脱困时间表 on the 工作台, on SQLite and PostgreSQL with a fixed today:
one line per plan, except a branch with more than three plans behind, which is one line naming
its workers and opens the branch's 困难帮扶 list (the large demo listed some 240 plan lines)."""

from __future__ import annotations

from datetime import date
from itertools import count

from dangjian_desktop.domain.org import Person, PoliticalStatus
from dangjian_desktop.services import hardship
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.services.worklist import Urgency, WorkTarget

TODAY = date(2026, 11, 24)
_numbers = count(1)


def _person(ctx: Ctx, name: str, branch: int, status: PoliticalStatus) -> int:
    with ctx.db.uow() as s:
        p = Person(name=name, employee_no=f"H{next(_numbers):04d}", branch_id=branch, political_status=status)
        s.add(p)
        s.flush()
        return p.id


def _plans(ctx: Ctx, branch: int, workers: list[tuple[str, date]]) -> None:
    member = _person(ctx, f"帮扶党员{next(_numbers)}", branch, PoliticalStatus.MEMBER)
    for worker, due in workers:
        w = _person(ctx, worker, branch, PoliticalStatus.MASSES)
        hardship.create_plan(ctx, hardship.PlanInput(w, member, date(2026, 6, 1), date(2026, 12, 31), "家属重病",
                                                     (hardship.StepInput("申请困难补助", due),)))


def _items(ctx: Ctx) -> list:
    with ctx.read() as s:
        return hardship.overdue_step_items(s, ctx.actor, TODAY)


def test_a_branch_with_more_than_three_plans_behind_is_one_line(secretary: Ctx, org) -> None:
    b1, b2 = org["branch"], org["branch2"]
    _plans(secretary, b1, [("甲职工", date(2026, 9, 1)), ("乙职工", date(2026, 8, 15)), ("丙职工", date(2026, 10, 1)),
                           ("丁职工", date(2026, 11, 1)), ("戊职工", date(2026, 12, 1))])  # 戊: not yet due
    _plans(secretary, b2, [("己职工", date(2026, 9, 1)), ("庚职工", date(2026, 10, 1)), ("辛职工", date(2026, 11, 1))])

    items = _items(secretary)
    [folded] = [i for i in items if i.target == WorkTarget("hardship_branch", b1)]
    assert (folded.title, folded.due_on, folded.urgency) == ("综采二区党支部：困难帮扶逾期 4 户", date(2026, 8, 15),
                                                             Urgency.OVERDUE)
    assert sorted(folded.detail.split(" · ")[0].split("、")) == ["丁职工", "丙职工", "乙职工", "甲职工"]
    assert folded.detail.endswith("最早时限 2026-08-15，请推进脱困时间表。")
    separate = sorted(i.title for i in items if i is not folded)
    assert separate == ["困难帮扶：己职工 有 1 个步骤已过完成时限", "困难帮扶：庚职工 有 1 个步骤已过完成时限",
                        "困难帮扶：辛职工 有 1 个步骤已过完成时限"]
    assert all(i.target is not None and i.target.kind == "hardship_plan" for i in items if i is not folded)


def test_three_plans_behind_stay_three_lines(secretary: Ctx, org) -> None:
    _plans(secretary, org["branch"], [(f"{c}职工", date(2026, 9, 1)) for c in "甲乙丙"])
    assert sorted(i.target.kind for i in _items(secretary)) == ["hardship_plan"] * 3
