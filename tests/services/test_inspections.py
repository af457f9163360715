"""党代表安全巡视 on SQLite and PostgreSQL: the seeds' checklists at first use, an inspection with
its group and route, 不符合 → hazard (finding_id), carry-over of open findings, bad input."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from dangjian_desktop.domain.errors import PermissionDenied, ValidationError
from dangjian_desktop.domain.hazards import Hazard, HazardSource, HazardStatus
from dangjian_desktop.domain.inspections import FindingOutcome, InspectionFinding, InspectionStatus
from dangjian_desktop.services import hazards
from dangjian_desktop.services import inspections as ins
from dangjian_desktop.services.uow import Ctx
from tests.conftest import viewer_of

from .hazard_scene import TODAY, Scene, build

PASS, FAIL = FindingOutcome.PASS, FindingOutcome.FAIL


@pytest.fixture
def scene(secretary: Ctx) -> Scene:
    return build(secretary)


def _plan(ctx: Ctx, sc: Scene, on, title: str = "党代表安全巡视") -> int:
    return ins.create_inspection(ctx, ins.InspectionInput(sc.branch, title, on, (sc.member, sc.verifier),
                                                          (ins.Stop(sc.zone), ins.Stop(None, "主井口"))))


def _count(ctx: Ctx, model) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_templates_seeded_once_and_editable(secretary: Ctx):
    assert ins.ensure_templates(secretary) and not ins.ensure_templates(secretary)
    names = [t.name for t in ins.list_templates(secretary)]
    assert names == ["党管安全责任落实表", "现场安全文明生产检查表"]
    first = ins.list_templates(secretary)[0]
    assert {i.category for i in first.items} >= {"安全谈心谈话", "干部带班值班", "生产设备管理", "现场文明生产",
                                                  "职工安全行为", "一区一岗和安全联保考核上墙"}
    new = [(i.id, i.category or "", i.text) for i in first.items[1:]] + [(None, "双查五找", "支委会研究双查五找工作")]
    ins.set_items(secretary, first.id, new)
    again = ins.list_templates(secretary)[0]
    assert len(again.items) == len(first.items) and again.items[-1].text == "支委会研究双查五找工作"
    with pytest.raises(ValidationError, match="第 1 项内容为空"):
        ins.set_items(secretary, first.id, [(None, "x", " ")])


def test_inspection_findings_become_hazards_and_carry_over(secretary: Ctx, scene: Scene):
    ins.ensure_templates(secretary)
    first = _plan(secretary, scene, TODAY - timedelta(days=30), "十月巡视")
    detail = ins.get_inspection(secretary, first, TODAY)
    assert detail.members == ("赵党员（组长）", "王验收") and detail.route == ("综采工作面", "主井口")
    assert detail.row.status is InspectionStatus.PLANNED and detail.carry_over == ()
    new = ins.record_results(secretary, first, [
        ins.ResultInput("领导班子下现场、带班值班记录齐全", PASS),
        ins.ResultInput("设备防护罩、栏杆、盖板齐全完好", FAIL, "皮带机尾护罩缺失", zone_id=scene.zone,
                        responsible_dept="机电科", deadline=TODAY - timedelta(days=20)),
        ins.ResultInput("消防器材齐全有效", FAIL, "灭火器过期", zone_id=scene.zone, responsible_dept="通风科",
                        deadline=TODAY - timedelta(days=25)),
    ], TODAY - timedelta(days=30), TODAY)
    assert len(new) == 2
    with secretary.read() as s:
        h = s.get(Hazard, new[0])
        assert h is not None and h.source is HazardSource.INSPECTION and h.finding_id is not None
        assert s.get(InspectionFinding, h.finding_id).outcome is FAIL  # type: ignore[union-attr]
    row = ins.get_inspection(secretary, first, TODAY).row
    assert (row.status, row.findings, row.failed) == (InspectionStatus.DONE, 3, 2)
    # one of the two is rectified and closed through the ledger's loop
    h2 = hazards.get_hazard(secretary, new[1]).row
    hazards.start_rectification(secretary, h2.id, h2.version)
    hazards.mark_rectified(secretary, h2.id, h2.version + 1, scene.rectifier, TODAY, TODAY)
    hazards.verify(secretary, h2.id, h2.version + 2, scene.verifier, TODAY, TODAY)

    second = _plan(secretary, scene, TODAY, "十一月巡视")
    carried = ins.get_inspection(secretary, second, TODAY).carry_over
    assert [(c.comment, c.hazard_status, c.overdue) for c in carried] == [("皮带机尾护罩缺失", HazardStatus.OPEN, True)]
    assert carried[0].inspection_title == "十月巡视"
    # a third round still sees it (the chain is followed back) while it is open
    ins.record_results(secretary, second, [ins.ResultInput("作业场所整洁", PASS)], TODAY, TODAY)
    third = _plan(secretary, scene, TODAY + timedelta(days=7), "十二月巡视")
    assert [c.comment for c in ins.carry_over(secretary, third, TODAY)] == ["皮带机尾护罩缺失"]


def test_fail_without_department_or_deadline_writes_nothing(secretary: Ctx, scene: Scene):
    iid = _plan(secretary, scene, TODAY)
    before = (_count(secretary, InspectionFinding), _count(secretary, Hazard))
    with pytest.raises(ValidationError, match="须填写责任部门和整改期限"):
        ins.record_results(secretary, iid, [ins.ResultInput("安全标识齐全", PASS),
                                            ins.ResultInput("劳动防护用品佩戴齐全", FAIL, "未戴安全帽")], TODAY, TODAY)
    with pytest.raises(ValidationError, match="须填写整改期限"):
        ins.record_results(secretary, iid, [ins.ResultInput("劳动防护用品佩戴齐全", FAIL, responsible_dept="安监处")],
                           TODAY, TODAY)
    assert (_count(secretary, InspectionFinding), _count(secretary, Hazard)) == before
    assert ins.get_inspection(secretary, iid, TODAY).row.status is InspectionStatus.PLANNED


def test_planning_bad_input_and_viewer(secretary: Ctx, scene: Scene):
    with pytest.raises(ValidationError, match="请选择巡视组成员"):
        ins.create_inspection(secretary, ins.InspectionInput(scene.branch, "巡视", TODAY, (), (ins.Stop(scene.zone),)))
    with pytest.raises(ValidationError, match="请填写巡视路线"):
        ins.create_inspection(secretary, ins.InspectionInput(scene.branch, "巡视", TODAY, (scene.member,), ()))
    with pytest.raises(ValidationError, match="张发现不是党员"):
        ins.create_inspection(secretary, ins.InspectionInput(scene.branch, "巡视", TODAY, (scene.member, scene.finder),
                                                             (ins.Stop(scene.zone),)))
    with pytest.raises(PermissionDenied):
        _plan(viewer_of(secretary), scene, TODAY)
    assert ins.list_inspections(secretary) == []


def test_worklist_planned_this_week(secretary: Ctx, scene: Scene):
    iid = _plan(secretary, scene, TODAY + timedelta(days=2))
    _plan(secretary, scene, TODAY + timedelta(days=30))
    with secretary.read() as s:
        items = ins.planned_this_week_items(s, secretary.actor, TODAY)
    assert [i.target.record_id for i in items if i.target] == [iid]
