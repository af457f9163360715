"""考核评比 on SQLite and PostgreSQL: weekly scores pooled (never one inspector's), the quarterly
ranking and its weights, each veto, proposals, confirming (a vetoed candidate refused), a veto
recorded after the confirmation shown in the list and in both exports, the 工作台 items."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import delete, func, select

from dangjian_desktop.domain.assessment import (
    BranchTarget,
    CommendationKind,
    CommendationStatus,
    DutyCheck,
    PointEntry,
    WeeklyScore,
    labels_within,
    pooled_score,
    quarters_within,
)
from dangjian_desktop.domain.errors import PermissionDenied, ValidationError
from dangjian_desktop.domain.hazards import Accident, Hazard, HazardStatus, Violation, ViolationKind
from dangjian_desktop.domain.org import Person, PoliticalStatus
from dangjian_desktop.domain.pledges import Pledge, PledgeCampaign, PledgeStatus
from dangjian_desktop.domain.security import AuditEntry
from dangjian_desktop.domain.zones import Zone, ZoneKind, ZoneReport, ZoneStatus
from dangjian_desktop.services import assessment, points

from ..conftest import viewer_of

Q3 = "2026Q3"
TODAY = date(2026, 10, 12)
WEEK = date(2026, 8, 3)
STAR, BEST = CommendationKind.MEMBER_STAR, CommendationKind.BEST_ZONE


@pytest.fixture
def world(secretary, org) -> dict:
    """Three members with zones in the first branch (the third ranks lowest), five inspectors."""
    with secretary.db.uow() as s:
        members = [Person(name=n, employee_no=f"M{k}", branch_id=org["branch"], political_status=PoliticalStatus.MEMBER)
                   for k, n in enumerate(("张三", "李四", "王五", "赵一", "钱二", "孙三", "周四", "吴五"))]
        s.add_all(members)
        s.flush()
        zones = [Zone(branch_id=org["branch"], kind=ZoneKind.SAFETY, name=f"{m.name}责任区", member_id=m.id,
                      status=ZoneStatus.ACTIVE, starts_on=date(2026, 6, 29)) for m in members[:3]]
        s.add_all(zones)
        s.flush()
        # every week of the quarter reported by all three
        for z in zones:
            week = date(2026, 6, 29)
            while week <= date(2026, 9, 28):
                s.add(ZoneReport(zone_id=z.id, member_id=z.member_id, week_start=week, reported_on=week))
                week += timedelta(days=7)
        return {"branch": org["branch"], "people": [m.id for m in members], "zones": [z.id for z in zones],
                "inspectors": [m.id for m in members[3:]]}


def _score(ctx, zone: int, inspector: int, share: float, week: date = WEEK):
    sheet = assessment.score_sheet(ctx)
    values = {it.id: round(it.max_score * share, 1) for it in sheet.items}
    return assessment.enter_weekly_score(ctx, zone, week, inspector, values, TODAY)


def _scored(ctx, world) -> None:
    for share, zone in ((0.95, world["zones"][0]), (0.9, world["zones"][1]), (0.7, world["zones"][2])):
        for inspector in world["inspectors"][:3]:
            _score(ctx, zone, inspector, share)


def test_pooled_scores_drop_highest_and_lowest_from_five_and_never_show_one(secretary, world):
    z = world["zones"][0]
    shares = (0.5, 0.8, 0.9, 0.85, 1.0)
    for inspector, share in zip(world["inspectors"], shares, strict=True):
        pooled = _score(secretary, z, inspector, share)
    assert pooled.scores == 5 and pooled.pooled == pytest.approx(round((80 + 90 + 85) / 3, 2), abs=0.1)
    assert pooled_score([70, 80]) == 75 and pooled_score([]) is None
    [row] = [r for r in assessment.week_overview(secretary, world["branch"], WEEK) if r.zone_id == z]
    assert (row.scores, row.pooled) == (5, pooled.pooled)
    assert not any(hasattr(row, f) for f in ("inspector", "inspector_id", "totals"))
    names = []
    with secretary.db.read() as s:
        names = list(s.scalars(select(Person.name).where(Person.id.in_(world["inspectors"]))))
        logged = list(s.execute(select(AuditEntry.summary, AuditEntry.details).where(AuditEntry.entity == "weekly_score")))
    assert len(logged) == 5
    for summary, details in logged:
        text = summary + str(details)
        assert not any(n in text for n in names) and "inspector" not in text
        assert not any(str(v) in summary for v in (50.0, 80.0, 90.0, 85.0, 100.0))


def test_bad_weekly_scores_are_refused_and_nothing_is_written(secretary, world):
    z, inspector = world["zones"][0], world["inspectors"][0]
    sheet = assessment.score_sheet(secretary)
    good = {it.id: it.max_score for it in sheet.items}
    assessment.enter_weekly_score(secretary, z, WEEK, inspector, good, TODAY)
    cases = [
        ({**good, sheet.items[0].id: sheet.items[0].max_score + 1}, WEEK, "超出范围"),
        ({**good, sheet.items[0].id: -1}, WEEK, "超出范围"),
        (good, WEEK + timedelta(days=2), "每人每周只能评一次"),  # same week, another day of it
        (good, TODAY + timedelta(days=7), "以后的周"),
        ({k: v for k, v in good.items() if k != sheet.items[1].id}, WEEK - timedelta(days=7), "请为"),
    ]
    for values, week, message in cases:
        with pytest.raises(ValidationError, match=message):
            assessment.enter_weekly_score(secretary, z, week, inspector, values, TODAY)
    with pytest.raises(PermissionDenied):
        assessment.enter_weekly_score(viewer_of(secretary), z, WEEK - timedelta(days=7), inspector, good, TODAY)
    with secretary.db.read() as s:
        assert s.scalar(select(func.count(WeeklyScore.id))) == 1


def test_ranking_combines_weekly_scores_with_the_record_and_weights_are_settable(secretary, world):
    _scored(secretary, world)
    z1, z2, z3 = world["zones"]
    with secretary.db.uow() as s:
        s.add(Violation(person_id=world["inspectors"][0], branch_id=world["branch"], zone_id=z1,
                        occurred_on=date(2026, 8, 10), kind=ViolationKind.OPERATION, description="违章"))
        s.add(Hazard(branch_id=world["branch"], zone_id=z2, found_on=date(2026, 8, 1), description="逾期",
                     deadline=date(2026, 8, 5), status=HazardStatus.OPEN))
    points.rebuild(secretary, None, TODAY)
    ranking = assessment.quarterly_ranking(secretary, Q3, world["branch"], TODAY)
    rows = {r.zone_id: r for r in ranking.rows}
    assert rows[z1].parts["weekly"] == pytest.approx(95, abs=0.5)
    assert rows[z1].violations == 1 and rows[z1].parts["violations"] == 75
    assert (rows[z2].hazards_due, rows[z2].hazards_on_time, rows[z2].parts["hazards"]) == (1, 0, 0)
    assert rows[z3].parts["reports"] == 100 and rows[z3].reports_due == 13
    w = ranking.weights
    # no hazard due counts as none missed; no pledge reviewed carries no weight
    expected = round((w["weekly"] * rows[z1].parts["weekly"] + w["hazards"] * 100 + w["reports"] * 100
                      + w["violations"] * 75) / (w["weekly"] + w["hazards"] + w["reports"] + w["violations"]), 2)
    assert rows[z1].total == pytest.approx(expected, abs=0.01)
    assert [r.rank for r in ranking.rows] == [1, 2, 3]
    table = {m.person_id: m.total for m in points.points_table(secretary, Q3).members}
    assert all(r.points == table[r.member_id] for r in ranking.rows)  # the member's points beside the scores
    assert rows[z1].vetoes == ("责任区内2026-08-10发生“三违”（违章作业）",)
    # all weight on the hazards: z2 (its one hazard overdue) falls to the bottom
    assessment.set_weights(secretary, {"weekly": 0, "hazards": 100, "reports": 0, "violations": 0, "pledge": 0})
    again = assessment.quarterly_ranking(secretary, Q3, world["branch"], TODAY)
    assert again.rows[-1].zone_id == z2
    with pytest.raises(ValidationError, match="至少要有一项权重"):
        assessment.set_weights(secretary, {k: 0 for k in again.weights})
    with pytest.raises(PermissionDenied):
        assessment.set_weights(viewer_of(secretary), {"weekly": 1})


def _add_veto(s, kind: str, world: dict, who: int, zone: int, on: date) -> None:
    if kind == "accident":
        s.add(Accident(branch_id=world["branch"], zone_id=zone, occurred_on=on, description="轻伤",
                       responsible_person_id=who))
    elif kind == "violation":
        s.add(Violation(person_id=world["inspectors"][0], branch_id=world["branch"], zone_id=zone, occurred_on=on,
                        kind=ViolationKind.DISCIPLINE, description="脱岗"))
    elif kind == "pledge":
        camp = PledgeCampaign(title="平安三季度", starts_on=date(2026, 7, 1), ends_on=date(2026, 9, 1))
        s.add(camp)
        s.flush()
        s.add(Pledge(campaign_id=camp.id, member_id=who, branch_id=world["branch"], status=PledgeStatus.BROKEN,
                     reviewed_on=on, broken_reason="未做到身边无三违"))
    elif kind == "duty":
        s.add(DutyCheck(person_id=who, period=Q3, met=False, note="联保考核未上墙"))


@pytest.mark.parametrize("kind,reason", [("accident", "事故负有直接责任"), ("violation", "发生“三违”"),
                                         ("pledge", "安全承诺未践诺"), ("duty", "一岗双责未落实")])
def test_each_veto_bars_the_candidate_with_its_reason(secretary, world, kind, reason):
    _scored(secretary, world)
    z1 = world["zones"][0]
    top = world["people"][0]
    with secretary.db.uow() as s:
        _add_veto(s, kind, world, top, z1, date(2026, 8, 20))
    points.rebuild(secretary, None, TODAY)
    proposals = assessment.propose_quarter(secretary, Q3, world["branch"], TODAY)
    vetoed = [p for p in proposals if p.status is CommendationStatus.VETOED]
    assert vetoed and all(reason in (p.veto_reason or "") for p in vetoed)
    assert all(p.person_id == top or p.zone_id == z1 for p in vetoed)
    proposed = [p for p in proposals if p.status is CommendationStatus.PROPOSED]
    assert {p.kind for p in proposed} == {STAR, BEST}
    assert all(p.person_id != top and p.zone_id != z1 for p in proposed)
    for p in vetoed:  # confirming a vetoed candidate is refused, nothing written
        with pytest.raises(ValidationError, match="否决"):
            assessment.confirm_commendation(secretary, p.id, p.version, TODAY)
        assert assessment.get_commendation(secretary, p.id).status is CommendationStatus.VETOED


def test_branch_that_missed_its_targets_has_no_best_zone(secretary, world):
    _scored(secretary, world)
    with secretary.db.uow() as s:
        s.add(BranchTarget(branch_id=world["branch"], period=Q3, targets_met=False, note="发生轻伤事故"))
    ranking = assessment.quarterly_ranking(secretary, Q3, world["branch"], TODAY)
    assert ranking.branch_vetoes == ("支部2026Q3未完成安全目标（发生轻伤事故）",)
    proposals = assessment.propose_quarter(secretary, Q3, world["branch"], TODAY)
    best = [p for p in proposals if p.kind is BEST]
    assert [p.status for p in best] == [CommendationStatus.VETOED] and "未完成安全目标" in best[0].veto_reason
    assert [p.status for p in proposals if p.kind is STAR] == [CommendationStatus.PROPOSED]


def test_veto_after_confirmation_is_shown_in_the_list_and_both_exports(secretary, world, tmp_path):
    _scored(secretary, world)
    proposals = assessment.propose_quarter(secretary, Q3, world["branch"], TODAY)
    star = next(p for p in proposals if p.kind is STAR)
    best = next(p for p in proposals if p.kind is BEST)
    assessment.confirm_commendation(secretary, star.id, star.version, TODAY)
    # an accident in the quarter recorded after the confirmation: not undone, but flagged everywhere
    with secretary.db.uow() as s:
        zone = s.scalar(select(Zone.id).where(Zone.member_id == star.person_id))
        _add_veto(s, "accident", world, star.person_id, zone, date(2026, 9, 20))
    # confirming the other proposal whose member is now vetoed would be refused likewise
    cl = assessment.commendation_list(secretary, Q3, "综采二区党支部", TODAY)
    row = next(r for r in cl.rows if r.id == star.id)
    assert row.status is CommendationStatus.CONFIRMED and "事故" in row.late_veto
    assert "确认后发现否决情形" in row.status_text and row.eligibility.startswith("否决：")
    [warning] = cl.warnings
    assert star.person_name in warning
    # the half-year and the year hold the quarter
    assert {r.id for r in assessment.commendation_list(secretary, "2026H2", None, TODAY).rows} >= {star.id, best.id}
    assert {r.id for r in assessment.commendation_list(secretary, "2026", None, TODAY).rows} >= {star.id, best.id}
    with pytest.raises(ValidationError, match="季度、半年或年度"):
        assessment.commendation_list(secretary, "2026-08", None, TODAY)
    # xlsx
    res = assessment.export_commendations(secretary, Q3, tmp_path / "名单.xlsx", "综采二区党支部", TODAY)
    assert res.warnings == cl.warnings
    ws = load_workbook(res.path).active
    assert ws["A1"].value == "综采二区党支部 2026Q3 评先选优名单"
    assert [c.value for c in ws[3]] == list(assessment.LIST_HEADER)
    assert ws.freeze_panes == "A4" and ws.print_area and ws.page_setup.orientation == "landscape"
    body = [r for r in ws.iter_rows(min_row=4, values_only=True)]
    flagged = next(r for r in body if r[3] == star.person_name)
    assert "确认后发现否决情形" in flagged[4] and flagged[8].startswith("否决：")
    assert any(r[0] and str(r[0]).startswith("⚠") for r in body)
    # pdf: the shipped font embedded, the warning printed
    pdf = assessment.export_commendations(secretary, Q3, tmp_path / "名单.pdf", "综采二区党支部", TODAY).path
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "评先选优名单" in text and "综采二区党支部" in text and star.person_name in text
    assert "确认后发现否决情形" in text.replace(" ", "").replace("\n", "")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes yes " in f for f in fonts) and all("WenQuanYi" in f for f in fonts)
    # no individual score anywhere in the exports
    with secretary.db.read() as s:
        singles = {f"{t:g}" for t in s.scalars(select(WeeklyScore.total))}
    assert not any(str(v) in singles for r in body for v in r if isinstance(v, float) and v > 40 and v != flagged[5])


def test_revoke_title_needs_a_reason_and_vetoes_the_zone(secretary, world):
    z3 = world["zones"][2]
    points.rebuild(secretary, None, TODAY)
    version = next(r.zone_version for r in assessment.quarterly_ranking(secretary, Q3, world["branch"], TODAY).rows
                   if r.zone_id == z3)
    with pytest.raises(ValidationError, match="摘牌原因"):
        assessment.revoke_title(secretary, z3, version, "  ", date(2026, 9, 25))
    with secretary.db.uow() as s:  # the last weeks of the quarter not reported: points lost for them
        s.execute(delete(ZoneReport).where(ZoneReport.zone_id == z3, ZoneReport.week_start >= date(2026, 9, 14)))
    points.rebuild(secretary, None, TODAY)
    assessment.revoke_title(secretary, z3, version, "连续两周周检查不合格", date(2026, 9, 16))
    # the weeks after the 摘牌 are no longer owed: record_for("zone") appended the cancelling entries
    member = world["people"][2]
    assert not [d for d in points.check(secretary, None, date(2026, 9, 16)).differences if d.person_id == member]
    with secretary.db.read() as s:
        owed = s.scalar(select(func.sum(PointEntry.points)).where(
            PointEntry.source_table == "zone", PointEntry.source_id == z3, PointEntry.occurred_on > date(2026, 9, 20)))
    assert not owed  # -1 appended for 09-27 and 10-04 before, cancelled now
    # the week of the 摘牌 itself is over by TODAY: due, and appended by a rebuild
    assert [d.occurred_on for d in points.check(secretary, None, TODAY).differences] == [date(2026, 9, 20)]
    row = next(r for r in assessment.quarterly_ranking(secretary, Q3, world["branch"], TODAY).rows if r.zone_id == z3)
    assert not row.title_kept and any("摘牌" in v for v in row.vetoes)
    assert assessment.save_review(secretary, Q3, world["branch"], TODAY) == 3


def test_work_items(secretary, world):
    _scored(secretary, world)
    with secretary.db.read() as s:
        unscored = assessment.work_unscored(s, secretary.actor, date(2026, 8, 5))
        assert unscored == []  # all three scored that week
        unscored = assessment.work_unscored(s, secretary.actor, date(2026, 8, 12))
        assert len(unscored) == 1 and "3个" in unscored[0].title
        waiting = assessment.work_selection(s, secretary.actor, TODAY)
        assert len(waiting) == 1 and "2026Q3" in waiting[0].title
    proposals = assessment.propose_quarter(secretary, Q3, world["branch"], TODAY)
    for p in proposals:
        assessment.confirm_commendation(secretary, p.id, p.version, TODAY)
    with secretary.db.read() as s:
        assert assessment.work_selection(s, secretary.actor, TODAY) == []
        assert assessment.work_late_vetoes(s, secretary.actor, TODAY) == []
    star = next(p for p in proposals if p.kind is STAR)
    with secretary.db.uow() as s:
        s.add(DutyCheck(person_id=star.person_id, period=Q3, met=False, note="补记"))
    with secretary.db.read() as s:
        [late] = assessment.work_late_vetoes(s, secretary.actor, TODAY)
        assert star.person_name in late.title and "一岗双责" in late.detail


def test_period_labels_inside_halves_and_years():
    assert quarters_within("2026H2") == ["2026Q3", "2026Q4"]
    assert quarters_within("2026") == ["2026Q1", "2026Q2", "2026Q3", "2026Q4"]
    assert quarters_within("2026Q4") == ["2026Q4"]
    assert labels_within("2026Q4") == {"2026Q4", "2026-10", "2026-11", "2026-12"}
    assert "2026H1" not in labels_within("2026H2") and "2026" in labels_within("2026")


def test_monthly_checks_and_supervision_notes(secretary, world):
    z = world["zones"][0]
    row = assessment.record_monthly_check(secretary, z, "2026年9月", 92.5, "自查合格", TODAY)
    assert (row.month, row.score, row.member) == ("2026-09", 92.5, "张三")
    for month, score, message in (("2026-09", 90, "已经录入"), ("2026-13", 90, "月份"), ("2026Q3", 90, "不是月份"),
                                  ("2026-08", 101, "超出范围"), ("2026-12", 90, "以后的月份")):
        with pytest.raises(ValidationError, match=message):
            assessment.record_monthly_check(secretary, z, month, score, "", TODAY)
    assert [r.month for r in assessment.monthly_checks(secretary, Q3, world["branch"])] == ["2026-09"]
    note = assessment.add_supervision_note(secretary, world["branch"], date(2026, 9, 14), "抽查牌板", TODAY)
    assert note.dekad_start == date(2026, 9, 11)
    with pytest.raises(ValidationError, match="督导内容"):
        assessment.add_supervision_note(secretary, world["branch"], date(2026, 9, 14), "  ", TODAY)
    with pytest.raises(ValidationError, match="晚于今天"):
        assessment.add_supervision_note(secretary, world["branch"], TODAY + timedelta(days=1), "x", TODAY)
    with pytest.raises(PermissionDenied):
        assessment.add_supervision_note(viewer_of(secretary), world["branch"], date(2026, 9, 14), "x", TODAY)
    assert [n.content for n in assessment.supervision_notes(secretary, Q3, world["branch"])] == ["抽查牌板"]


def test_the_star_board_print_warns_of_a_veto_after_confirmation(secretary, world):
    from dangjian_desktop.services import cards

    _scored(secretary, world)
    proposals = assessment.propose_quarter(secretary, Q3, world["branch"], TODAY)
    star = next(p for p in proposals if p.kind is STAR)
    assessment.confirm_commendation(secretary, star.id, star.version, TODAY)
    selection = cards.CardSelection(branch="综采二区党支部", period=Q3)
    assert cards.load("star-board", secretary, selection).notice is None
    with secretary.db.uow() as s:
        s.add(DutyCheck(person_id=star.person_id, period=Q3, met=False, note="补记"))
    notice = cards.load("star-board", secretary, selection).notice
    assert notice and star.person_name in notice and "一岗双责" in notice


def test_the_score_sheet_is_editable_but_a_scored_item_stays(secretary, world):
    sheet = assessment.score_sheet(secretary)
    assert sheet.max_total == 100 and len(sheet.items) == 6
    edits = [assessment.SheetItemEdit(i.id, i.text, i.max_score, i.weight) for i in sheet.items]
    edits[0] = assessment.SheetItemEdit(sheet.items[0].id, "牌板规范", 15, 2)
    edited = assessment.save_sheet_items(secretary, sheet.id, sheet.version,
                                         [*edits, assessment.SheetItemEdit(None, "新增：应急演练", 5, 1)])
    assert edited.items[0].text == "牌板规范" and edited.max_total == 120 and len(edited.items) == 7
    with pytest.raises(ValidationError, match="满分"):
        assessment.save_sheet_items(secretary, sheet.id, edited.version,
                                    [assessment.SheetItemEdit(None, "x", 0, 1)])
    _score(secretary, world["zones"][0], world["inspectors"][0], 0.9)
    with pytest.raises(ValidationError, match="已有评分记录"):
        assessment.save_sheet_items(secretary, sheet.id, edited.version,
                                    [assessment.SheetItemEdit(i.id, i.text, i.max_score, i.weight) for i in edited.items[1:]])
    with pytest.raises(PermissionDenied):
        assessment.save_sheet_items(viewer_of(secretary), sheet.id, edited.version, edits)
    assert len(assessment.score_sheet(secretary).items) == 7
