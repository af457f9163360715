"""三违 with 帮教, and accidents, on SQLite and PostgreSQL: the zone's member is flagged, the
accident's responsible person vetoed, bad input refused with nothing written."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from dangjian_desktop.domain.errors import PermissionDenied, ValidationError
from dangjian_desktop.domain.hazards import Accident, Violation, ViolationEducation, ViolationKind
from dangjian_desktop.services import violations as vs
from dangjian_desktop.services.uow import Ctx
from tests.conftest import viewer_of

from .hazard_scene import TODAY, Scene, build


@pytest.fixture
def scene(secretary: Ctx) -> Scene:
    return build(secretary)


def _counts(ctx: Ctx) -> tuple[int, int, int]:
    with ctx.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) or 0  # type: ignore[return-value]
                     for t in (Violation, ViolationEducation, Accident))


def test_violation_flags_the_zone_member_and_education_is_listed(secretary: Ctx, scene: Scene):
    vid = vs.record_violation(secretary, vs.ViolationInput(scene.finder, TODAY - timedelta(days=3),
                                                           ViolationKind.OPERATION, "未按规定佩戴自救器", scene.zone), TODAY)
    vs.add_education(secretary, vid, scene.member, TODAY - timedelta(days=1), "讲解自救器使用规定", TODAY)
    [row] = vs.list_violations(secretary, scene.branch)
    assert (row.person, row.kind, row.zone, row.member, row.educations) == (
        "张发现", ViolationKind.OPERATION, "综采工作面", "赵党员", 1)
    assert [e.educator for e in vs.educations_of(secretary, vid)] == ["赵党员"]
    with secretary.read() as s:
        flagged = vs.flagged_members(s, TODAY.replace(day=1), TODAY)
        assert list(flagged) == [scene.member] and "违章作业" in flagged[scene.member][0]
        assert vs.flagged_members(s, TODAY + timedelta(days=1), TODAY + timedelta(days=30)) == {}


def test_accident_vetoes_the_responsible_person(secretary: Ctx, scene: Scene):
    vs.record_accident(secretary, vs.AccidentInput(TODAY - timedelta(days=2), "皮带机挤伤手指", scene.zone,
                                                   responsible_person_id=scene.rectifier), TODAY)
    [a] = vs.list_accidents(secretary)
    assert (a.branch, a.zone, a.responsible_person) == ("综采二区党支部", "综采工作面", "李整改")
    with secretary.read() as s:
        assert vs.accident_vetoes(s, TODAY - timedelta(days=30), TODAY) == {scene.rectifier}
        assert scene.member in vs.flagged_members(s, TODAY - timedelta(days=30), TODAY)


def test_bad_input_writes_nothing(secretary: Ctx, scene: Scene):
    before = _counts(secretary)
    with pytest.raises(ValidationError, match="不属于责任区"):  # a person of another branch
        vs.record_violation(secretary, vs.ViolationInput(scene.other_branch_person, TODAY, ViolationKind.DISCIPLINE,
                                                         "脱岗", scene.zone), TODAY)
    with pytest.raises(ValidationError, match="晚于今天"):
        vs.record_violation(secretary, vs.ViolationInput(scene.finder, TODAY + timedelta(days=1),
                                                         ViolationKind.DISCIPLINE, "脱岗", scene.zone), TODAY)
    with pytest.raises(ValidationError, match="请选择违章人员"):
        vs.record_violation(secretary, vs.ViolationInput(None, TODAY, ViolationKind.DISCIPLINE, "脱岗"), TODAY)
    vid = vs.record_violation(secretary, vs.ViolationInput(scene.finder, TODAY, ViolationKind.COMMAND, "违章指挥",
                                                           scene.zone), TODAY)
    with pytest.raises(ValidationError, match="不能是违章者本人"):
        vs.add_education(secretary, vid, scene.finder, TODAY, "自我教育", TODAY)
    with pytest.raises(ValidationError, match="早于违章日期"):
        vs.add_education(secretary, vid, scene.member, TODAY - timedelta(days=1), "谈话", TODAY)
    with pytest.raises(ValidationError, match="请选择责任区"):
        vs.record_accident(secretary, vs.AccidentInput(TODAY, "事故"), TODAY)
    assert _counts(secretary) == (before[0] + 1, before[1], before[2])


def test_viewer_refused(secretary: Ctx, scene: Scene):
    viewer = viewer_of(secretary)
    with pytest.raises(PermissionDenied):
        vs.record_violation(viewer, vs.ViolationInput(scene.finder, TODAY, ViolationKind.COMMAND, "x", scene.zone),
                            TODAY)
    with pytest.raises(PermissionDenied):
        vs.record_accident(viewer, vs.AccidentInput(TODAY, "x", scene.zone), TODAY)
    assert _counts(secretary) == (0, 0, 0)


def test_export_writes_both_lists_and_is_audited(secretary: Ctx, scene: Scene, tmp_path):
    from openpyxl import load_workbook

    from dangjian_desktop.domain.security import AuditEntry

    vid = vs.record_violation(secretary, vs.ViolationInput(scene.finder, TODAY - timedelta(days=3),
                                                           ViolationKind.OPERATION, "=未按规定佩戴自救器", scene.zone), TODAY)
    vs.add_education(secretary, vid, scene.member, TODAY - timedelta(days=1), "讲解自救器使用规定", TODAY)
    vs.record_accident(secretary, vs.AccidentInput(TODAY - timedelta(days=2), "皮带机挤伤手指", scene.zone,
                                                   responsible_person_id=scene.rectifier), TODAY)
    result = vs.export_violations(secretary, tmp_path / "三违", scene.branch, TODAY)
    assert (result.path, result.violations, result.accidents) == (tmp_path / "三违.xlsx", 1, 1)
    wb = load_workbook(result.path)
    assert wb.sheetnames == ["三违", "事故"]
    v, a = wb["三违"], wb["事故"]
    assert v["A1"].value == "三违记录" and v["A2"].value.startswith("综采二区党支部 · 三违 1 起，事故 1 起")
    assert [c.value for c in v[3]] == ["日期", "违章人员", "类别", "支部", "责任区", "负责党员", "违章情况", "帮教次数"]
    row = [c.value for c in v[4]]
    assert row[0].date() == TODAY - timedelta(days=3)
    assert row[1:] == ["张发现", "违章作业", "综采二区党支部", "综采工作面", "赵党员", "=未按规定佩戴自救器", 1]  # text stays text
    assert v["G4"].data_type == "s"
    assert [c.value for c in a[4]][1:] == ["综采二区党支部", "综采工作面", "李整改", "皮带机挤伤手指"]
    # another branch's export is empty but complete; the whole mine's holds both
    empty = vs.export_violations(secretary, tmp_path / "other.xlsx", scene.branch2, TODAY)
    assert (empty.violations, empty.accidents) == (0, 0) and load_workbook(empty.path)["三违"].max_row == 3
    assert vs.export_violations(secretary, tmp_path / "all.xlsx", None, TODAY).violations == 1
    with secretary.read() as s:
        notes = s.scalars(select(AuditEntry.summary).where(AuditEntry.action == "导出")).all()
    assert any("导出三违与事故（综采二区党支部，三违 1 起、事故 1 起）：三违.xlsx" in n for n in notes)
