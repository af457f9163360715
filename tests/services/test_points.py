"""党员积分 on SQLite and PostgreSQL: the log written from its source records by the engine,
caps, record_for in the caller's unit of work, check and rebuild after an entry is removed,
the log recomputed from scratch equal, rule edits appending corrections, the points table."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import delete, func, select

from dangjian_desktop.domain.assessment import PointEntry, PointRule
from dangjian_desktop.domain.errors import PermissionDenied, ValidationError
from dangjian_desktop.domain.hazards import Accident, Hazard, HazardStatus, Violation, ViolationKind
from dangjian_desktop.domain.org import Person, PoliticalStatus
from dangjian_desktop.domain.periods import PeriodKind
from dangjian_desktop.domain.points import Candidate, RuleTerms, expected_entries
from dangjian_desktop.domain.zones import Suggestion, Zone, ZoneKind, ZoneReport, ZoneStatus
from dangjian_desktop.services import points

from ..conftest import viewer_of

TODAY = date(2026, 10, 12)


@pytest.fixture
def world(secretary, org) -> dict[str, int]:
    """Two members with zones in the first branch, one worker; records in 2026Q3."""
    with secretary.db.uow() as s:
        p1 = Person(name="张三", employee_no="M1", branch_id=org["branch"], political_status=PoliticalStatus.MEMBER)
        p2 = Person(name="李四", employee_no="M2", branch_id=org["branch"], political_status=PoliticalStatus.PROBATIONARY)
        w = Person(name="王工", employee_no="W1", branch_id=org["branch"])
        s.add_all([p1, p2, w])
        s.flush()
        z1 = Zone(branch_id=org["branch"], kind=ZoneKind.SAFETY, name="采煤工作面", member_id=p1.id,
                  status=ZoneStatus.ACTIVE, starts_on=date(2026, 7, 6))
        z2 = Zone(branch_id=org["branch"], kind=ZoneKind.SAFETY, name="机电硐室", member_id=p2.id,
                  status=ZoneStatus.ACTIVE, starts_on=date(2026, 7, 6))
        s.add_all([z1, z2])
        s.flush()
        # 12 hazards found by 张三 in July: the cap (10 a month) stops the last two
        for k in range(12):
            found = date(2026, 7, 1) + timedelta(days=k)
            s.add(Hazard(branch_id=org["branch"], zone_id=z1.id, found_on=found, finder_id=p1.id, description=f"隐患{k}",
                         deadline=found + timedelta(days=3), status=HazardStatus.CLOSED,
                         closed_on=found + timedelta(days=2 if k % 2 else 5)))
        # found by a worker: no points (not a member); open past its deadline: 张三 loses points
        s.add(Hazard(branch_id=org["branch"], zone_id=z1.id, found_on=date(2026, 8, 3), finder_id=w.id,
                     description="工人发现", deadline=date(2026, 8, 6)))
        for week in (date(2026, 7, 6), date(2026, 7, 13)):
            s.add(ZoneReport(zone_id=z1.id, member_id=p1.id, week_start=week, reported_on=week + timedelta(days=1)))
        s.add(Suggestion(zone_id=z2.id, member_id=p2.id, made_on=date(2026, 8, 20), content="建议", adopted=True))
        s.add(Violation(person_id=w.id, branch_id=org["branch"], zone_id=z1.id, occurred_on=date(2026, 9, 2),
                        kind=ViolationKind.OPERATION, description="未戴安全帽"))
        s.add(Accident(branch_id=org["branch"], zone_id=z2.id, occurred_on=date(2026, 9, 15), description="轻伤",
                       responsible_person_id=p2.id))
        s.flush()
        return {"p1": p1.id, "p2": p2.id, "w": w.id, "z1": z1.id, "z2": z2.id}


def _by_code(ctx, person: int, start: date = date(2026, 7, 1), end: date = date(2026, 9, 30)) -> dict[str, float]:
    with ctx.db.read() as s:
        q = (select(PointRule.code, func.sum(PointEntry.points)).join(PointRule, PointRule.id == PointEntry.rule_id)
             .where(PointEntry.person_id == person, PointEntry.occurred_on.between(start, end)).group_by(PointRule.code))
        return {c: round(float(v), 2) for c, v in s.execute(q)}


def test_rebuild_writes_the_log_from_the_sources_with_caps(secretary, world):
    assert points.check(secretary, "2026Q3", TODAY).ok  # no rules yet: nothing expected
    n = points.rebuild(secretary, None, TODAY)
    assert n > 0
    p1 = _by_code(secretary, world["p1"])
    assert p1["hazard_found"] == 10  # 12 found in July, capped at 10 a month
    assert p1["hazard_closed_on_time"] == 6  # the odd ones closed within their 3 days
    assert p1["hazard_overdue"] == -2 * 7  # six closed late, and the worker's one still open
    assert p1["zone_report"] == 1.0
    # weeks from 07-06 to the last one over by TODAY (a Monday: the week of 10-05), less the two reported
    weeks = (date(2026, 10, 5) - date(2026, 7, 6)).days // 7 + 1
    assert _by_code(secretary, world["p1"], date(2026, 7, 1), TODAY)["report_missed"] == -(weeks - 2)
    assert p1["violation_in_zone"] == -3
    p2 = _by_code(secretary, world["p2"])
    assert (p2["suggestion"], p2["suggestion_adopted"], p2["accident"]) == (1, 3, -20)
    assert _by_code(secretary, world["w"]) == {}  # a worker earns no party points
    assert points.check(secretary, "2026Q3", TODAY).ok
    assert points.check(secretary, None, TODAY).ok
    assert points.rebuild(secretary, "2026Q3", TODAY) == 0  # nothing more to append


def test_removed_entry_is_reported_and_rebuilt_and_scratch_recompute_is_equal(secretary, world):
    points.rebuild(secretary, None, TODAY)
    with secretary.db.read() as s:
        before = sorted(s.execute(select(PointEntry.person_id, PointEntry.rule_id, PointEntry.source_table,
                                         PointEntry.source_id, PointEntry.occurred_on, PointEntry.points)).all())
    with secretary.db.uow() as s:
        gone = s.scalars(select(PointEntry).where(PointEntry.source_table == "suggestion")).first()
        s.delete(gone)
    result = points.check(secretary, "2026Q3", TODAY)
    assert not result.ok
    [d] = result.differences
    assert (d.person, d.source, d.expected, d.found) == ("李四（M2）", f"合理化建议 #{gone.source_id}", gone.points, 0)
    assert points.rebuild(secretary, "2026Q3", TODAY) == 1
    assert points.check(secretary, "2026Q3", TODAY).ok
    # from scratch: an empty log rebuilt is the same log
    with secretary.db.uow() as s:
        s.execute(delete(PointEntry))
    points.rebuild(secretary, None, TODAY)
    with secretary.db.read() as s:
        after = sorted(s.execute(select(PointEntry.person_id, PointEntry.rule_id, PointEntry.source_table,
                                        PointEntry.source_id, PointEntry.occurred_on, PointEntry.points)).all())
    assert after == before


def test_record_for_appends_in_the_callers_unit_of_work_and_corrects_a_moved_record(secretary, world):
    points.rebuild(secretary, None, TODAY)
    with secretary.db.uow() as s:
        s.add(sg := Suggestion(zone_id=world["z1"], member_id=world["p1"], made_on=date(2026, 9, 5), content="新建议"))
        s.flush()
        assert points.record_for(s, "suggestion", sg.id, TODAY) == 1
    assert points.check(secretary, None, TODAY).ok
    # the suggestion moved to 李四: a cancelling entry for 张三, a new one for 李四; nothing edited
    with secretary.db.uow() as s:
        row = s.get(Suggestion, sg.id)
        row.member_id = world["p2"]
        assert points.record_for(s, "suggestion", sg.id, TODAY) == 2
    with secretary.db.read() as s:
        entries = s.execute(select(PointEntry.person_id, PointEntry.points).where(
            PointEntry.source_table == "suggestion", PointEntry.source_id == sg.id).order_by(PointEntry.id)).all()
    assert [tuple(e) for e in entries] == [(world["p1"], 1.0), (world["p1"], -1.0), (world["p2"], 1.0)]
    assert points.check(secretary, None, TODAY).ok
    # a rolled-back save leaves no entry
    with pytest.raises(RuntimeError):
        with secretary.db.uow() as s:
            s.add(sg2 := Suggestion(zone_id=world["z1"], member_id=world["p1"], made_on=date(2026, 9, 6), content="x"))
            s.flush()
            points.record_for(s, "suggestion", sg2.id, TODAY)
            raise RuntimeError("the save failed")
    with secretary.db.read() as s:
        assert s.scalar(select(func.count()).select_from(PointEntry).where(PointEntry.note == "x")) == 0
    assert points.check(secretary, None, TODAY).ok


def test_record_for_takes_several_records_of_a_table_at_once(secretary, world):
    """The zones' quick entry saves a batch and calls record_for once: the same entries as one by one."""
    points.rebuild(secretary, None, TODAY)
    with secretary.db.uow() as s:
        batch = [Suggestion(zone_id=world["z1"], member_id=world["p1"], made_on=date(2026, 9, 5), content="甲"),
                 Suggestion(zone_id=world["z1"], member_id=world["p2"], made_on=date(2026, 10, 8), content="乙")]
        s.add_all(batch)
        s.flush()
        assert points.record_for(s, "suggestion", [sg.id for sg in batch], TODAY) == 2
        assert points.record_for(s, "suggestion", [], TODAY) == 0
    with secretary.db.read() as s:
        entries = s.execute(select(PointEntry.source_id, PointEntry.person_id, PointEntry.points).where(
            PointEntry.source_table == "suggestion", PointEntry.source_id.in_([sg.id for sg in batch]))
            .order_by(PointEntry.source_id)).all()
    assert [tuple(e) for e in entries] == [(batch[0].id, world["p1"], 1.0), (batch[1].id, world["p2"], 1.0)]
    assert points.check(secretary, None, TODAY).ok


def test_record_for_keeps_the_cap_shared_with_other_records(secretary, world):
    points.rebuild(secretary, None, TODAY)
    with secretary.db.uow() as s:
        h = Hazard(branch_id=s.get(Zone, world["z1"]).branch_id, zone_id=world["z1"], found_on=date(2026, 6, 30),
                   finder_id=world["p1"], description="六月", deadline=date(2026, 7, 30))
        s.add(h)
        s.flush()
        points.record_for(s, "hazard", h.id, TODAY)
        h.found_on = date(2026, 7, 1)  # moved into full July: an earlier hazard now takes a capped place
        s.flush()
        points.record_for(s, "hazard", h.id, TODAY)
    assert points.check(secretary, None, TODAY).ok
    assert _by_code(secretary, world["p1"])["hazard_found"] == 10


def test_rule_edit_appends_corrections_and_bad_rules_are_refused(secretary, world):
    points.rebuild(secretary, None, TODAY)
    rule = next(r for r in points.list_rules(secretary) if r.code == "violation_in_zone")
    edit = points.RuleEdit(rule.item, -5, None, PeriodKind.MONTH, True, True)
    row, appended = points.update_rule(secretary, rule.id, rule.version, edit, TODAY)
    assert (row.points, appended) == (-5, 1)
    assert _by_code(secretary, world["p1"])["violation_in_zone"] == -5
    assert points.check(secretary, None, TODAY).ok
    with secretary.db.read() as s:
        assert s.scalar(select(func.count()).select_from(PointEntry).where(PointEntry.source_table == "violation")) == 2
    for bad, message in (((0, None), "不能为0"), ((2, 1), "永远不计分"), ((2, -1), "正数")):
        with pytest.raises(ValidationError, match=message):
            points.update_rule(secretary, rule.id, row.version, points.RuleEdit("x", bad[0], bad[1], PeriodKind.MONTH,
                                                                                False, True), TODAY)
    with pytest.raises(PermissionDenied):
        points.update_rule(viewer_of(secretary), rule.id, row.version, edit, TODAY)
    with pytest.raises(PermissionDenied):
        points.rebuild(viewer_of(secretary), None, TODAY)


def test_bad_periods_are_refused_in_chinese(secretary):
    for bad in ("2026Q5", "2026-13", "明年"):
        with pytest.raises(ValidationError) as err:
            points.check(secretary, bad, TODAY)
        assert bad in err.value.message


def test_points_table_and_export(secretary, world, org, tmp_path):
    points.rebuild(secretary, None, TODAY)
    table = points.points_table(secretary, "2026Q3", "综采二区党支部")
    assert [m.name for m in table.members] == ["张三", "李四"] or [m.name for m in table.members] == ["李四", "张三"]
    first = table.members[0]
    assert first.rank == 1 and first.total == round(sum(first.by_rule.values()), 2)
    path, n = points.export_points(secretary, "2026Q3", tmp_path / "p.xlsx", "综采二区党支部")
    ws = load_workbook(path).active
    assert "综采二区党支部" in ws["A1"].value and "2026Q3" in ws["A1"].value
    header = [c.value for c in ws[3]]
    assert header[:4] == ["排名", "姓名", "工号", "支部"] and header[-1] == "合计"
    body = {r[1]: r for r in ws.iter_rows(min_row=4, max_row=3 + n, values_only=True)}
    zs = body["张三"]
    assert zs[-1] == next(m.total for m in table.members if m.name == "张三")
    assert ws.freeze_panes == "A4" and ws.print_area


def test_expected_entries_caps_by_period_and_counts_a_source_once():
    terms = RuleTerms(1, 2.0, 5.0, PeriodKind.MONTH)
    cands = [Candidate(date(2026, 1, d), "hazard", d, 7) for d in (3, 1, 2, 2)] + [Candidate(date(2026, 2, 1), "hazard", 9, 7)]
    out = expected_entries([(terms, cands)])
    assert sorted(k[3] for k in out) == [1, 2, 9]  # 2+2 fits, a third 2 would pass 5; February starts again


def test_caps_and_report_weeks_across_year_ends():
    from dangjian_desktop.domain.points import cap_slot

    # a quarterly cap starts again on January 1st; a week from Monday 2026-12-28 ends in 2027
    assert cap_slot(date(2026, 12, 31), PeriodKind.QUARTER) != cap_slot(date(2027, 1, 1), PeriodKind.QUARTER)
    assert cap_slot(date(2026, 7, 1), PeriodKind.HALF) == cap_slot(date(2026, 12, 31), PeriodKind.HALF)
    assert cap_slot(date(2026, 6, 30), PeriodKind.HALF) != cap_slot(date(2026, 7, 1), PeriodKind.HALF)
    terms = RuleTerms(1, 1.0, 1.0, PeriodKind.QUARTER)
    out = expected_entries([(terms, [Candidate(date(2026, 12, 30), "hazard", 1, 7), Candidate(date(2026, 12, 31), "hazard", 2, 7),
                                     Candidate(date(2027, 1, 1), "hazard", 3, 7)])])
    assert sorted(k[3] for k in out) == [1, 3]
    weeks = points.report_weeks(date(2026, 12, 23), date(2027, 1, 20), date(2027, 1, 12))
    assert weeks == [date(2026, 12, 21), date(2026, 12, 28), date(2027, 1, 4)]  # the week of 01-11 is not over
    assert points.zone_last_day(None, date(2027, 1, 5), date(2027, 2, 1)) == date(2027, 1, 5)


def test_a_missed_week_across_the_year_end_counts_in_the_new_year(secretary, world):
    points.rebuild(secretary, None, date(2027, 1, 12))
    with secretary.db.read() as s:
        days = set(s.scalars(select(PointEntry.occurred_on).where(PointEntry.source_table == "zone",
                                                                  PointEntry.source_id == world["z1"])))
    assert date(2027, 1, 3) in days  # the week of Monday 2026-12-28, counted on its Sunday
    assert points.check(secretary, "2026", date(2027, 1, 12)).ok and points.check(secretary, "2027Q1", date(2027, 1, 12)).ok


def test_member_entries_name_rule_and_source(secretary, world):
    points.rebuild(secretary, None, TODAY)
    entries = points.member_entries(secretary, world["p2"], "2026Q3")
    assert [(e.rule, e.points, e.source.split(" #")[0]) for e in entries if e.source.startswith(("合理化", "事故"))] == [
        ("提出合理化建议", 1.0, "合理化建议"), ("合理化建议被采纳", 3.0, "合理化建议"), ("对事故负有直接责任", -20.0, "事故")]
    assert [e.occurred_on for e in entries] == sorted(e.occurred_on for e in entries)


def test_the_areas_services_append_their_points_in_their_own_unit_of_work(secretary, world):
    """A weekly report and a suggestion saved through the 责任区 service reach the log at once:
    `points check` agrees without a rebuild."""
    from dangjian_desktop.services import zone_reports

    points.rebuild(secretary, None, TODAY)
    before = _by_code(secretary, world["p2"], date(2026, 10, 1), date(2026, 12, 31))
    zone_reports.add_suggestion(secretary, world["z2"], date(2026, 10, 9), "巷道照明改造建议", True, today=TODAY)
    zone_reports.record_report(secretary, world["z2"], date(2026, 10, 5), date(2026, 10, 9), True, "本周安全",
                               today=TODAY)
    after = _by_code(secretary, world["p2"], date(2026, 10, 1), date(2026, 12, 31))
    assert after != before and sum(after.values()) > sum(before.values())
    assert points.check(secretary, None, TODAY).ok


def test_a_hazard_recorded_and_closed_through_its_service_keeps_the_log_in_step(secretary, world):
    """隐患台账 → 党员积分: found in one's zone (+) and closed on time (+), appended as it is saved."""
    from dangjian_desktop.domain.hazard_rules import HazardInput
    from dangjian_desktop.services import hazards

    points.rebuild(secretary, None, TODAY)
    before = sum(_by_code(secretary, world["p1"], date(2026, 10, 1), date(2026, 12, 31)).values())
    hid = hazards.create_hazard(secretary, HazardInput(found_on=date(2026, 10, 5), description="皮带机护罩缺失",
                                                       deadline=date(2026, 10, 10), zone_id=world["z1"],
                                                       finder_id=world["p1"]), today=TODAY)
    assert points.check(secretary, None, TODAY).ok
    version = lambda: hazards.get_hazard(secretary, hid).row.version  # noqa: E731
    hazards.start_rectification(secretary, hid, version())
    hazards.mark_rectified(secretary, hid, version(), world["w"], date(2026, 10, 8), today=TODAY)
    hazards.verify(secretary, hid, version(), world["p2"], date(2026, 10, 9), today=TODAY)
    after = sum(_by_code(secretary, world["p1"], date(2026, 10, 1), date(2026, 12, 31)).values())
    assert after > before
    assert points.check(secretary, None, TODAY).ok
