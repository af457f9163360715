"""责任区 · 示范岗: status rules, 一区一岗, reports and suggestions, compliance, bad input, export,
工作台 sources; on SQLite and PostgreSQL (``any_db``) with a fixed today."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from dangjian_desktop.domain.assessment import PointEntry
from dangjian_desktop.domain.errors import PermissionDenied, ValidationError
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.domain.zone_rules import Duty
from dangjian_desktop.domain.zones import Zone, ZoneCategory, ZoneKind, ZoneReport, ZoneStatus
from dangjian_desktop.services import points, roster, worklist, zone_reports, zones
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.services.zones import ZoneFilter, ZoneInput
from tests.conftest import viewer_of

TODAY = date(2026, 11, 26)  # a Thursday


def _person(ctx: Ctx, name: str, no: str, branch: int, unit: int | None = None,
            status: PoliticalStatus = PoliticalStatus.MEMBER) -> int:
    joined = date(2010, 7, 1) if status.is_party_member else None
    return roster.add_person(ctx, PersonInput(name=name, employee_no=no, branch_id=branch, unit_id=unit,
                                              political_status=status, joined_party_on=joined), TODAY).id


@pytest.fixture
def people(secretary: Ctx, org) -> dict[str, int]:
    b, u = org["branch"], org["unit"]
    return {
        "zhang": _person(secretary, "张伟", "Z1", b, u),
        "li": _person(secretary, "李强", "Z2", b, org["team"], PoliticalStatus.PROBATIONARY),
        "wang": _person(secretary, "王芳", "Z3", b, u, PoliticalStatus.MASSES),
        "zhao": _person(secretary, "赵磊", "Z4", b, u),  # the assessor
        "other": _person(secretary, "孙丽", "Z5", org["branch2"], org["unit2"]),  # a member of another branch
        "worker2": _person(secretary, "周军", "Z6", org["branch2"], org["unit2"], PoliticalStatus.MASSES),
    }


def _full(org, people, **kw) -> ZoneInput:
    values = dict(branch_id=org["branch"], unit_id=org["unit"], name="综采工作面安全责任区", kind=ZoneKind.SAFETY,
                  area="综采二区 8101 工作面", member_id=people["zhang"], basis_and_standard="《煤矿安全规程》",
                  assessor_id=people["zhao"], assessment_standard="每月考核一次", starts_on=date(2026, 1, 5),
                  ends_on=date(2026, 12, 31), worker_ids=(people["wang"],))
    values.update(kw)
    return ZoneInput(**values)


def _count(ctx: Ctx, model) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count(model.id))) or 0


# ---------------------------------------------------------------- status


def test_status_goes_from_draft_to_active_to_revoked(secretary, org, people):
    draft = zones.create_zone(secretary, _full(org, people, assessor_id=None), TODAY)
    assert draft.status is ZoneStatus.DRAFT
    assert draft.five.missing() == ["明确考核人和考核标准"]
    active = zones.update_zone(secretary, draft.id, draft.version, _full(org, people), TODAY)
    assert active.status is ZoneStatus.ACTIVE and active.stored_status is ZoneStatus.ACTIVE
    revoked = zones.revoke_zone(secretary, active.id, active.version, "季讲评排名末位，掉标", date(2026, 11, 20), TODAY)
    assert revoked.status is ZoneStatus.REVOKED
    assert (revoked.revoked_on, revoked.revoke_reason) == (date(2026, 11, 20), "季讲评排名末位，掉标")
    # an edit of a revoked zone keeps it revoked
    again = zones.update_zone(secretary, revoked.id, revoked.version, _full(org, people, name="新名称"), TODAY)
    assert again.status is ZoneStatus.REVOKED


def test_ended_is_computed_from_today_before_anyone_opens_the_zone(secretary, org, people):
    z = zones.create_zone(secretary, _full(org, people, ends_on=date(2026, 11, 30)), TODAY)
    assert z.status is ZoneStatus.ACTIVE
    later = date(2026, 12, 1)
    assert zones.get_zone(secretary, z.id, today=date(2026, 11, 30)).row.status is ZoneStatus.ACTIVE
    assert zones.get_zone(secretary, z.id, today=later).row.status is ZoneStatus.ENDED
    with secretary.read() as s:
        assert s.get(Zone, z.id).status is ZoneStatus.ACTIVE  # nothing was written
    ended = zones.list_zones(secretary, ZoneFilter(status=ZoneStatus.ENDED, today=later))
    assert [r.id for r in ended] == [z.id]
    assert zones.count_zones(secretary, ZoneFilter(status=ZoneStatus.ACTIVE, today=later)) == 0


def test_end_zone_ends_it_today(secretary, org, people):
    z = zones.create_zone(secretary, _full(org, people), TODAY)
    ended = zones.end_zone(secretary, z.id, z.version, today=TODAY)
    assert ended.status is ZoneStatus.ENDED and ended.ends_on == TODAY


# ---------------------------------------------------------------- 一区一岗


def test_one_zone_one_post(secretary, org, people):
    first = zones.create_zone(secretary, _full(org, people), TODAY)
    with pytest.raises(ValidationError) as err:
        zones.create_zone(secretary, _full(org, people, name="第二个责任区", kind=ZoneKind.QUALITY), TODAY)
    assert "综采工作面安全责任区" in err.value.message and "一区一岗" in err.value.message
    # a post beside the zone is allowed; a second post of the same kind is not
    post = zones.create_zone(secretary, _full(org, people, name="检修示范岗", category=ZoneCategory.POST), TODAY)
    with pytest.raises(ValidationError) as err:
        zones.create_zone(secretary, _full(org, people, name="又一示范岗", category=ZoneCategory.POST), TODAY)
    assert "检修示范岗" in err.value.message
    zones.create_zone(secretary, _full(org, people, name="质量示范岗", category=ZoneCategory.POST,
                                       kind=ZoneKind.QUALITY), TODAY)
    # once the first zone is revoked, the member may hold another
    zones.revoke_zone(secretary, first.id, first.version, "调整岗位", today=TODAY)
    zones.create_zone(secretary, _full(org, people, name="第二个责任区"), TODAY)
    assert post.status is ZoneStatus.ACTIVE


# ---------------------------------------------------------------- bad input


def test_bad_input_is_refused_and_nothing_written(secretary, org, people):
    before = _count(secretary, Zone)
    cases = [
        (_full(org, people, starts_on=date(2026, 12, 1), ends_on=date(2026, 11, 1)), "早于开始日期"),
        (_full(org, people, member_id=people["wang"]), "不是综采二区党支部的党员"),
        (_full(org, people, member_id=people["other"]), "不是综采二区党支部的党员"),
        (_full(org, people, worker_ids=(people["worker2"],)), "属于运行部党支部"),
        (_full(org, people, name="  "), "名称不能为空"),
    ]
    for data, words in cases:
        with pytest.raises(ValidationError) as err:
            zones.create_zone(secretary, data, TODAY)
        assert words in err.value.message
    assert _count(secretary, Zone) == before

    z = zones.create_zone(secretary, _full(org, people), TODAY)
    zone_reports.record_report(secretary, z.id, TODAY, TODAY, True, "本周安全", TODAY)
    reports = _count(secretary, ZoneReport)
    with pytest.raises(ValidationError, match="已有周报"):
        zone_reports.record_report(secretary, z.id, TODAY - timedelta(days=2), TODAY, True, "再报一次", TODAY)
    with pytest.raises(ValidationError, match="晚于今天"):
        zone_reports.record_report(secretary, z.id, TODAY - timedelta(days=7), TODAY + timedelta(days=1), True, "", TODAY)
    assert _count(secretary, ZoneReport) == reports
    with pytest.raises(ValidationError, match="请填写摘牌原因"):
        zones.revoke_zone(secretary, z.id, z.version, "   ", today=TODAY)
    assert zones.get_zone(secretary, z.id, TODAY).row.status is ZoneStatus.ACTIVE


def test_a_viewer_is_refused(secretary, org, people):
    viewer = viewer_of(secretary)
    with pytest.raises(PermissionDenied):
        zones.create_zone(viewer, _full(org, people), TODAY)
    assert _count(secretary, Zone) == 0


def test_workers_are_kept_and_changed(secretary, org, people):
    z = zones.create_zone(secretary, _full(org, people), TODAY)
    d = zones.get_zone(secretary, z.id, TODAY)
    assert [w.name for w in d.workers] == ["王芳"]
    z2 = zones.update_zone(secretary, z.id, z.version, _full(org, people, worker_ids=(people["wang"], people["li"])),
                           TODAY)
    assert z2.version > z.version
    assert sorted(w.name for w in zones.get_zone(secretary, z.id, TODAY).workers) == ["李强", "王芳"]
    members = [p.name for p in zones.people_choices(secretary, org["branch"], members_only=True)]
    assert set(members) == {"张伟", "李强", "赵磊"}


# ---------------------------------------------------------------- reports, suggestions, compliance


def test_compliance_counts_weeks_across_month_and_year_ends(secretary, org, people):
    today = date(2026, 1, 14)  # a Wednesday; the week of 2025-12-29 spans two years
    z = zones.create_zone(secretary, _full(org, people, starts_on=date(2025, 11, 3), ends_on=date(2026, 12, 31)),
                          today)
    # reported on 2026-01-02 for the week that starts on Monday 2025-12-29: that week, once
    zone_reports.record_report(secretary, z.id, date(2026, 1, 2), date(2026, 1, 2), True, "安全", today)
    # the week of 2025-12-01 spans November and December; reported on its Sunday
    zone_reports.record_report(secretary, z.id, date(2025, 11, 30), date(2025, 11, 30), True, "安全", today)
    zone_reports.record_report(secretary, z.id, date(2025, 12, 1), date(2025, 12, 7), False, "发现隐患", today)
    zone_reports.add_suggestion(secretary, z.id, date(2025, 12, 31), "建议增设警示牌", True, today)
    grid = zone_reports.compliance(secretary, ZoneFilter(today=today))
    assert len(grid.weeks) == 13 and grid.weeks[-1] == date(2026, 1, 12) and grid.weeks[0] == date(2025, 10, 20)
    row = grid.rows[0]
    cells = dict(zip(grid.weeks, row.weeks, strict=True))
    assert cells[date(2025, 12, 29)] is Duty.DONE
    assert cells[date(2025, 11, 24)] is Duty.DONE  # the 11-30 report names the week of 11-24
    assert cells[date(2025, 12, 1)] is Duty.DONE
    assert cells[date(2026, 1, 5)] is Duty.MISSING
    assert cells[date(2026, 1, 12)] is Duty.PENDING  # this week is still running
    assert cells[date(2025, 10, 27)] is Duty.NONE  # before the zone started
    # weeks owed: from the week of 11-03 to the week of 01-05 = 10 weeks, 3 reported
    assert row.weeks_missed == 7
    months = dict(zip(grid.months, row.months, strict=True))
    assert months[date(2025, 12, 1)] is Duty.DONE
    assert months[date(2025, 11, 1)] is Duty.MISSING
    assert months[date(2026, 1, 1)] is Duty.PENDING
    assert months[date(2025, 10, 1)] is Duty.NONE
    lines = grid.missing()
    assert len(lines) == 1 and "缺周报 7 周" in lines[0] and "缺建议 1 个月" in lines[0]


def test_quick_entry_records_the_week_for_ticked_zones(secretary, org, people):
    a = zones.create_zone(secretary, _full(org, people), TODAY)
    b = zones.create_zone(secretary, _full(org, people, name="思想责任区", member_id=people["li"],
                                       unit_id=org["team"], kind=ZoneKind.THOUGHT), TODAY)
    rows = zone_reports.quick_entry_rows(secretary, org["branch"], org["unit"], TODAY, TODAY)
    assert {r.zone_id for r in rows} == {a.id, b.id} and not any(r.reported for r in rows)
    assert zone_reports.record_week_reports(secretary, [a.id, b.id], TODAY, TODAY, TODAY) == 2
    assert all(r.reported for r in zone_reports.quick_entry_rows(secretary, org["branch"], None, TODAY, TODAY))
    assert points.check(secretary, None, TODAY).ok  # the batch's 党员积分 in the same unit of work
    with secretary.db.read() as s:
        assert s.scalar(select(func.count()).select_from(PointEntry).where(PointEntry.source_table == "zone_report")) == 2
    with pytest.raises(ValidationError, match="已有周报"):
        zone_reports.record_week_reports(secretary, [a.id], TODAY, TODAY, TODAY)


# ---------------------------------------------------------------- export


def test_export_reads_back(secretary, org, people, tmp_path: Path):
    reported = zones.create_zone(secretary, _full(org, people), TODAY)
    silent = zones.create_zone(secretary, _full(org, people, name="思想责任区", member_id=people["li"],
                                            kind=ZoneKind.THOUGHT), TODAY)
    draft = zones.create_zone(secretary, _full(org, people, name="质量示范岗", category=ZoneCategory.POST,
                                           member_id=people["zhao"], area=None), TODAY)
    zone_reports.record_report(secretary, reported.id, TODAY, TODAY, True, "安全", TODAY)
    zone_reports.add_suggestion(secretary, reported.id, TODAY, "建议", False, TODAY)
    result = zone_reports.export_zones(secretary, tmp_path / "zones.xlsx", org["branch"], TODAY)
    assert result.zones == 3
    ws = load_workbook(result.path).active
    assert "综采二区党支部" in ws["A1"].value and "2026-11-26" in ws["A2"].value
    header = [c.value for c in ws[3]]
    assert header == list(zone_reports.EXPORT_HEADER)
    by_name = {row[4]: dict(zip(header, row, strict=True)) for row in ws.iter_rows(min_row=4, values_only=True)}
    assert by_name[reported.name]["本周周报"] == "已报" and by_name[reported.name]["本月建议"] == "已提"
    assert by_name[silent.name]["本周周报"] == "未报" and by_name[silent.name]["本月建议"] == "未提"
    assert by_name[draft.name]["本周周报"] == "—" and by_name[draft.name]["状态"] == "草稿"
    assert by_name[silent.name]["示范者"] == "李强" and by_name[silent.name]["考核人"] == "赵磊"
    assert isinstance(by_name[silent.name]["近13周未报周数"], int)
    assert ws.freeze_panes == "A4" and ws.page_setup.orientation == "landscape"
    assert ws.print_area is not None and "$P$6" in str(ws.print_area)


# ---------------------------------------------------------------- 工作台


def test_worklist_sources(secretary, org, people):
    z = zones.create_zone(secretary, _full(org, people, ends_on=date(2026, 12, 5)), TODAY)
    wed = TODAY - timedelta(days=1)
    assert not [i for i in worklist.due_items(secretary, wed) if "本周未报告" in i.title]
    items = [i for i in worklist.due_items(secretary, TODAY) if i.area == "责任区"]
    titles = {i.title for i in items}
    assert f"{z.name} 本周未报告安全状况" in titles
    assert f"{z.name} 本月尚无合理化建议" in titles  # 11-26: within the month's last seven days
    assert f"{z.name} 将于 2026-12-05 期满" in titles
    assert all(i.target is not None and i.target.kind == "zone" for i in items)
    zone_reports.record_report(secretary, z.id, TODAY, TODAY, True, "安全", TODAY)
    zone_reports.add_suggestion(secretary, z.id, TODAY, "建议", False, TODAY)
    titles = {i.title for i in worklist.due_items(secretary, TODAY) if i.area == "责任区"}
    assert titles == {f"{z.name} 将于 2026-12-05 期满"}
    assert not [i for i in worklist.due_items(secretary, date(2026, 11, 20)) if "合理化建议" in i.title]


def test_a_branch_with_many_missing_zones_gets_one_worklist_line(secretary, org, people):
    extra = [_person(secretary, f"党员{i}", f"M{i}", org["branch"], org["unit"]) for i in range(4)]
    for i, pid in enumerate(extra):
        zones.create_zone(secretary, _full(org, people, name=f"责任区{i}", member_id=pid), TODAY)
    items = [i for i in worklist.due_items(secretary, TODAY) if "本周未报告" in i.title]
    assert len(items) == 1 and items[0].title == "综采二区党支部：4 个责任区本周未报告安全状况"
    assert items[0].target is not None and items[0].target.kind == "zone-branch"
    assert items[0].target.record_id == org["branch"]
