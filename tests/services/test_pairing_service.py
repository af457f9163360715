"""结对帮扶 services on SQLite and PostgreSQL with a fixed today: pairs, coverage (a pair that
ended yesterday and one that starts tomorrow), follow-ups and their due rules, guarantees and
their scans, one-step assignment, bad input refused with nothing written, the 工作台 items."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from dangjian_desktop.domain.errors import PermissionDenied, ValidationError
from dangjian_desktop.domain.org import Person, PoliticalStatus
from dangjian_desktop.domain.pairing import (
    SCAN_MAX_BYTES,
    DueState,
    FollowUp,
    FollowUpKind,
    Guarantee,
    Pairing,
    PairingGoal,
    PairingWorker,
    coverage_label,
    due_state,
    next_due,
)
from dangjian_desktop.domain.security import AuditEntry
from dangjian_desktop.services import coverage, hardship, pairing, pairing_views, pairing_work
from dangjian_desktop.services.pairing import FollowUpInput, GuaranteeInput, PairInput
from dangjian_desktop.services.pairing_views import DueFilter, UncoveredFilter
from tests.conftest import viewer_of

TODAY = date(2026, 11, 24)
YESTERDAY, TOMORROW = TODAY - timedelta(days=1), TODAY + timedelta(days=1)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _people(ctx, org) -> dict[str, int]:
    """Two members, a probationary member, an activist, five workers (one archived)."""
    spec = [("党员甲", PoliticalStatus.MEMBER), ("党员乙", PoliticalStatus.MEMBER), ("预备丙", PoliticalStatus.PROBATIONARY),
            ("积极分子丁", PoliticalStatus.ACTIVIST), ("职工一", PoliticalStatus.MASSES), ("职工二", PoliticalStatus.MASSES),
            ("职工三", PoliticalStatus.LEAGUE), ("职工四", PoliticalStatus.MASSES), ("归档五", PoliticalStatus.MASSES)]
    with ctx.db.uow() as s:
        people = {n: Person(name=n, employee_no=f"E{i}", branch_id=org["branch"], political_status=st,
                            unit_id=org["team"] if i % 2 else org["unit"], post="检修工")
                  for i, (n, st) in enumerate(spec)}
        s.add_all(people.values())
        s.flush()
        people["归档五"].archived_at = people["归档五"].created_at
        return {n: p.id for n, p in people.items()}


def _counts(ctx) -> tuple[int, ...]:
    with ctx.db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) or 0
                     for t in (Pairing, PairingWorker, Guarantee, FollowUp, AuditEntry))


def test_coverage_counts_who_should_be_covered_and_the_edges_of_a_pair(secretary, org):
    ids = _people(secretary, org)
    a, b = ids["党员甲"], ids["党员乙"]
    pairing.create_pair(secretary, PairInput(a, (ids["职工一"], ids["积极分子丁"]), date(2026, 1, 1)))
    pairing.create_pair(secretary, PairInput(b, (ids["职工二"],), date(2025, 1, 1), ends_on=YESTERDAY))  # ended
    pairing.create_pair(secretary, PairInput(b, (ids["职工三"],), TOMORROW))  # starts tomorrow
    pairing.create_pair(secretary, PairInput(b, (ids["职工四"],), date(2026, 1, 1), ends_on=TODAY))  # last day

    # To cover: 积极分子丁, 职工一..四 (not members, not the archived 归档五): 5; covered today: 3.
    [branch] = pairing_views.coverage_of(secretary, TODAY, org["branch"])
    assert (branch.total, branch.covered) == (5, 3)
    assert branch.label == "包保覆盖 3/5（60.0%）"
    assert [(u.unit, u.count.total, u.count.covered) for u in branch.units] == [("综采二区", 5, 3)]  # the team counts in its unit
    uncovered = pairing_views.list_uncovered(secretary, UncoveredFilter(TODAY, branch_id=org["branch"]))
    assert [r.name for r in uncovered] == ["职工二", "职工三"]
    assert pairing_views.count_uncovered(secretary, UncoveredFilter(TODAY, branch_id=org["branch"])) == 2
    assert {r.unit for r in uncovered} == {"综采二区", "综采二区 / 检修班"}

    # Tomorrow the ended-today pair is gone and the one starting tomorrow covers.
    [later] = pairing_views.coverage_of(secretary, TOMORROW, org["branch"])
    assert (later.total, later.covered) == (5, 3)
    assert [r.name for r in pairing_views.list_uncovered(secretary, UncoveredFilter(TOMORROW))] == ["职工二", "职工四"]

    # The tab's coverage agrees with services.coverage, the one source of truth.
    workers = [ids[n] for n in ("积极分子丁", "职工一", "职工二", "职工三", "职工四")]
    with secretary.db.read() as s:
        truth = coverage.covering_members(s, workers, TODAY)
    assert {w for w, ms in truth.items() if not ms} == {r.id for r in uncovered}


def test_coverage_label_rounds_but_never_claims_everyone():
    assert coverage_label(173, 176) == "包保覆盖 173/176（98.3%）"
    assert coverage_label(176, 176) == "包保覆盖 176/176（100.0%）"
    assert coverage_label(1999, 2000) == "包保覆盖 1999/2000（99.9%）"
    assert coverage_label(0, 0).startswith("包保覆盖 0/0")


def test_due_rules_with_a_fixed_today(secretary, org):
    ids = _people(secretary, org)
    a = ids["党员甲"]
    p = pairing.create_pair(secretary, PairInput(a, (ids["职工一"], ids["职工二"], ids["职工三"]), date(2026, 9, 1),
                                                 frequency_days=30))
    # 职工一: followed up on 11-01 → due 12-01 (later). 职工二: typed next due 11-20 → overdue.
    # 职工三: never → the start plus the frequency, 10-01 → overdue, the earliest: listed first.
    r1 = pairing.record_follow_up(secretary, FollowUpInput(p, ids["职工一"], date(2026, 11, 1), FollowUpKind.TALK,
                                                           "谈心谈话，了解家庭情况"), TODAY)
    assert r1.next_due_on == date(2026, 12, 1)
    pairing.record_follow_up(secretary, FollowUpInput(p, ids["职工二"], date(2026, 10, 10), FollowUpKind.MENTORING,
                                                      "传授检修技术", "已掌握", next_due_on=date(2026, 11, 20)), TODAY)
    rows = pairing_views.list_due(secretary, DueFilter(TODAY))
    assert [(r.worker, r.next_due_on, r.state) for r in rows] == [
        ("职工三", date(2026, 10, 1), DueState.OVERDUE),
        ("职工二", date(2026, 11, 20), DueState.OVERDUE),
        ("职工一", date(2026, 12, 1), DueState.LATER),
    ]
    assert rows[2].last_held_on == date(2026, 11, 1)
    due_only = pairing_views.list_due(secretary, DueFilter(TODAY, due_only=True))
    assert [r.worker for r in due_only] == ["职工三", "职工二"]
    assert pairing_views.count_due(secretary, DueFilter(TODAY, due_only=True)) == 2
    # Three days before: due; the latest follow-up (not the largest date typed) decides.
    assert [r.worker for r in pairing_views.list_due(secretary, DueFilter(date(2026, 11, 28), due_only=True))][-1] == "职工一"
    pairing.record_follow_up(secretary, FollowUpInput(p, ids["职工三"], TODAY, FollowUpKind.SAFETY_REMINDER, "提醒遵章守纪"),
                             TODAY)
    assert [r.worker for r in pairing_views.list_due(secretary, DueFilter(TODAY, due_only=True))] == ["职工二"]

    load = {m.name: m for m in pairing_views.member_load(secretary, TODAY, org["branch"])}
    assert (load["党员甲"].workers, load["党员甲"].overdue, load["党员甲"].due) == (3, 1, 0)
    assert load["党员乙"].workers == 0

    items = _items(secretary, pairing_work.due_items)
    assert [i.title for i in items] == ["党员甲：1 名结对职工跟进已逾期"]


def _items(ctx, source):
    """A 工作台 source's items, in a read session as ``worklist.due_items`` gives it one."""
    with ctx.read() as s:
        return source(s, ctx.actor, TODAY)


def test_pure_due_rules():
    assert next_due(date(2026, 1, 31), 30) == date(2026, 3, 2)
    assert next_due(date(2026, 1, 31), 30, date(2026, 2, 5)) == date(2026, 2, 5)
    assert due_state(YESTERDAY, TODAY) is DueState.OVERDUE
    assert due_state(TODAY, TODAY) is DueState.DUE
    assert due_state(TODAY + timedelta(days=3), TODAY) is DueState.DUE
    assert due_state(TODAY + timedelta(days=4), TODAY) is DueState.LATER


def test_bad_input_is_refused_and_nothing_is_written(secretary, org):
    ids = _people(secretary, org)
    a = ids["党员甲"]
    p = pairing.create_pair(secretary, PairInput(a, (ids["职工一"],), date(2026, 3, 1), goals=(PairingGoal.TALK,)))
    before = _counts(secretary)

    def refused(match: str, call) -> None:
        with pytest.raises(ValidationError, match=match):
            call()
        assert _counts(secretary) == before

    refused("期间重叠", lambda: pairing.create_pair(secretary, PairInput(a, (ids["职工一"],), date(2026, 6, 1), date(2026, 7, 1))))
    refused("须为中共党员或中共预备党员",
            lambda: pairing.create_pair(secretary, PairInput(ids["积极分子丁"], (ids["职工二"],), date(2026, 6, 1))))
    refused("不能晚于今天", lambda: pairing.record_follow_up(
        secretary, FollowUpInput(p, ids["职工一"], TOMORROW, FollowUpKind.TALK, "谈心"), TODAY))
    refused("不能早于结对开始日期", lambda: pairing.record_follow_up(
        secretary, FollowUpInput(p, ids["职工一"], date(2026, 2, 1), FollowUpKind.TALK, "谈心"), TODAY))
    refused("本结对中的职工", lambda: pairing.record_follow_up(
        secretary, FollowUpInput(p, ids["职工二"], TODAY, FollowUpKind.TALK, "谈心"), TODAY))
    refused("跟进内容", lambda: pairing.record_follow_up(
        secretary, FollowUpInput(p, ids["职工一"], TODAY, FollowUpKind.TALK, " \u200b "), TODAY))
    refused("结束日期不能早于开始日期", lambda: pairing.add_guarantee(
        secretary, p, GuaranteeInput(date(2026, 3, 1), date(2026, 3, 1), date(2026, 2, 1))))
    refused("PDF 或图片", lambda: pairing.add_guarantee(
        secretary, p, GuaranteeInput(date(2026, 3, 1), date(2026, 3, 1), date(2027, 3, 1), b"PK\x03\x04docx", "责任书.pdf")))
    refused("过大", lambda: pairing.add_guarantee(
        secretary, p, GuaranteeInput(date(2026, 3, 1), date(2026, 3, 1), date(2027, 3, 1),
                                     PDF + b"0" * SCAN_MAX_BYTES, "大.pdf")))
    refused("结束日期不能早于开始日期", lambda: pairing.create_pair(
        secretary, PairInput(ids["党员乙"], (ids["职工二"],), date(2026, 6, 1), date(2026, 5, 1))))
    # The same worker with the same member later, not overlapping, is fine (after ending the first).
    pairing.end_pair(secretary, p, pairing.get_pair(secretary, p).version, date(2026, 5, 31))
    pairing.create_pair(secretary, PairInput(a, (ids["职工一"],), date(2026, 6, 1)))


def test_a_viewer_is_refused_and_nothing_is_written(secretary, org):
    ids = _people(secretary, org)
    viewer = viewer_of(secretary)
    p = pairing.create_pair(secretary, PairInput(ids["党员甲"], (ids["职工一"],), date(2026, 3, 1)))
    before = _counts(secretary)
    for call in (lambda: pairing.create_pair(viewer, PairInput(ids["党员乙"], (ids["职工二"],), date(2026, 3, 1))),
                 lambda: pairing.assign(viewer, ids["职工二"], ids["党员乙"], TODAY),
                 lambda: pairing.record_follow_up(viewer, FollowUpInput(p, ids["职工一"], TODAY, FollowUpKind.TALK, "x"),
                                                  TODAY),
                 lambda: pairing.add_guarantee(viewer, p, GuaranteeInput(TODAY, TODAY, TOMORROW))):
        with pytest.raises(PermissionDenied):
            call()
    assert _counts(secretary) == before
    assert pairing_views.count_due(viewer, DueFilter(TODAY)) == 1  # reading is for everyone


def test_guarantee_with_its_scan_round_trips(secretary, org):
    ids = _people(secretary, org)
    p = pairing.create_pair(secretary, PairInput(ids["党员甲"], (ids["职工一"],), date(2026, 3, 1)))
    g = pairing.add_guarantee(secretary, p, GuaranteeInput(date(2026, 3, 2), date(2026, 3, 2), date(2027, 3, 1),
                                                           PDF, "联保责任书.pdf"))
    assert pairing.guarantee_scan(secretary, g) == ("联保责任书.pdf", PDF)
    detail = pairing.get_pair(secretary, p)
    assert [(x.signed_on, x.scan_name) for x in detail.guarantees] == [(date(2026, 3, 2), "联保责任书.pdf")]
    pairing.edit_guarantee(secretary, g, detail.guarantees[0].version,
                           GuaranteeInput(date(2026, 3, 2), date(2026, 3, 2), date(2026, 12, 10), PNG, "../扫描.png"))
    assert pairing.guarantee_scan(secretary, g) == (".._扫描.png", PNG)
    items = _items(secretary, pairing_work.guarantee_items)
    assert [i.title for i in items] == ["党员甲 的安全联保责任书将于 2026-12-10 到期"]
    g2 = pairing.add_guarantee(secretary, p, GuaranteeInput(TODAY, date(2026, 12, 11), date(2027, 12, 10)))
    assert _items(secretary, pairing_work.guarantee_items) == []  # renewed
    with pytest.raises(Exception, match="没有扫描件"):
        pairing.guarantee_scan(secretary, g2)


def test_one_step_assignment_joins_the_open_pair_or_starts_one(secretary, org):
    ids = _people(secretary, org)
    a, b = ids["党员甲"], ids["预备丙"]
    p = pairing.create_pair(secretary, PairInput(a, (ids["职工一"],), date(2026, 3, 1)))
    assert pairing.assign(secretary, ids["职工二"], a, TODAY) == p
    assert {w.name for w in pairing.get_pair(secretary, p).workers} == {"职工一", "职工二"}
    q = pairing.assign(secretary, ids["职工三"], b, TODAY)  # a probationary member: a new pair from today
    detail = pairing.get_pair(secretary, q)
    assert (detail.member.name, detail.starts_on, detail.ends_on, detail.frequency_days) == ("预备丙", TODAY, None, 30)
    with pytest.raises(ValidationError, match="须为中共党员"):
        pairing.assign(secretary, ids["职工四"], ids["积极分子丁"], TODAY)
    [branch] = pairing_views.coverage_of(secretary, TODAY, org["branch"])
    assert (branch.total, branch.covered) == (5, 3)
    items = _items(secretary, pairing_work.uncovered_items)
    assert [(i.title, i.target.record_id) for i in items] == [("综采二区党支部：2 名职工未包保", org["branch"])]
    assert items[0].detail.startswith("积极分子丁、职工四")


def test_hardship_plan_steps_and_closing(secretary, org):
    ids = _people(secretary, org)
    plan = hardship.create_plan(secretary, hardship.PlanInput(
        ids["职工一"], ids["党员甲"], date(2026, 6, 1), date(2026, 12, 31), "家属重病，医疗费用负担重",
        (hardship.StepInput("申请困难补助", date(2026, 7, 1)), hardship.StepInput("联系医疗救助", date(2026, 12, 1)))))
    [row] = hardship.list_plans(secretary, org["branch"])
    assert (row.worker, row.member, len(row.steps), row.steps_done) == ("职工一", "党员甲", 2, 0)
    items = _items(secretary, hardship.overdue_step_items)
    assert [i.title for i in items] == ["困难帮扶：职工一 有 1 个步骤已过完成时限"]
    hardship.set_step_done(secretary, row.steps[0].id, row.steps[0].version, date(2026, 6, 28), TODAY)
    assert _items(secretary, hardship.overdue_step_items) == []
    with pytest.raises(ValidationError, match="销户说明"):
        hardship.close_plan(secretary, plan, row.version, TODAY, "", TODAY)
    hardship.close_plan(secretary, plan, row.version, TODAY, "补助到位，对账销户", TODAY)
    assert hardship.list_plans(secretary, org["branch"]) == []
    [closed] = hardship.list_plans(secretary, org["branch"], include_closed=True)
    assert (closed.status.value, closed.closed_on) == ("已销户", TODAY)
    with pytest.raises(ValidationError, match="计划脱困日期不能早于"):
        hardship.create_plan(secretary, hardship.PlanInput(ids["职工二"], None, TODAY, YESTERDAY, "困难"))


def test_figures_of_a_year(secretary, org):
    from dangjian_desktop.services import pairing_figures

    ids = _people(secretary, org)
    p = pairing.create_pair(secretary, PairInput(ids["党员甲"], (ids["职工一"], ids["职工二"]), date(2025, 12, 1)))
    pairing.add_guarantee(secretary, p, GuaranteeInput(date(2025, 12, 5), date(2025, 12, 5), date(2026, 12, 4)))
    pairing.add_guarantee(secretary, p, GuaranteeInput(date(2026, 11, 20), date(2026, 12, 5), date(2027, 12, 4)))
    for day, worker in ((date(2025, 12, 20), "职工一"), (date(2026, 1, 10), "职工一"), (date(2026, 1, 20), "职工二"),
                        (date(2026, 3, 3), "职工二")):
        pairing.record_follow_up(secretary, FollowUpInput(p, ids[worker], day, FollowUpKind.TALK, "谈心"), TODAY)
    f = pairing_figures.figures(secretary, 2026, org["branch"])
    assert (f.guarantees_signed, f.follow_ups) == (1, 3)
    assert f.per_month[:3] == (2, 0, 1) and sum(f.per_month) == 3
    assert dict(f.per_unit) == {"综采二区": 3}  # 职工二 is in the team 检修班: counted in its 区队
    assert f.per_member == (("党员甲", 3),)
    assert pairing_figures.figures(secretary, 2026, org["branch2"]).follow_ups == 0


def test_editing_a_pair_changes_its_workers_and_a_stale_edit_is_refused(secretary, org):
    from dangjian_desktop.domain.errors import ConflictError

    ids = _people(secretary, org)
    p = pairing.create_pair(secretary, PairInput(ids["党员甲"], (ids["职工一"], ids["职工二"]), date(2026, 3, 1)))
    first = pairing.get_pair(secretary, p)
    pairing.update_pair(secretary, p, first.version, replace(first.to_input(), worker_ids=(ids["职工二"], ids["职工三"]),
                                                             frequency_days=14))
    again = pairing.get_pair(secretary, p)
    assert {w.name for w in again.workers} == {"职工二", "职工三"} and again.frequency_days == 14
    assert again.version > first.version
    before = _counts(secretary)
    with pytest.raises(ConflictError):
        pairing.update_pair(secretary, p, first.version, first.to_input())
    with pytest.raises(ValidationError, match="不能更换结对党员"):
        pairing.update_pair(secretary, p, again.version, replace(again.to_input(), member_id=ids["党员乙"]))
    with pytest.raises(ValidationError, match="结束日期不能早于开始日期"):
        pairing.end_pair(secretary, p, again.version, date(2026, 2, 1))
    assert _counts(secretary) == before
    with secretary.db.read() as s:
        assert coverage.covered_workers(s, ids["党员甲"], TODAY) == {ids["职工二"], ids["职工三"]}
