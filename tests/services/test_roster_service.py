"""Roster services on SQLite and PostgreSQL: add, validate, filter, edit conflicts, archive."""

from __future__ import annotations

from datetime import date

import pytest

from dangjian_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.services import audit, roster
from dangjian_desktop.services.roster import PersonFilter

from ..conftest import viewer_of

TODAY = date(2026, 11, 24)


def person(org, name="张伟", no="A001", **kw):
    return PersonInput(name=name, employee_no=no, branch_id=org["branch"], unit_id=org["team"], **kw)


def test_add_and_list_with_unit_path(secretary, org):
    row = roster.add_person(secretary, person(org, political_status=PoliticalStatus.MEMBER,
                                                joined_party_on=date(2012, 7, 1)), TODAY)
    assert row.unit == "综采二区 / 检修班"
    assert row.branch == "综采二区党支部"
    rows = roster.list_people(secretary, PersonFilter(unit_id=org["unit"]))
    assert [r.name for r in rows] == ["张伟"]  # a unit's filter includes its teams
    tree = roster.org_tree(secretary)
    assert tree[0].people == 1 and tree[0].members == 1 and tree[0].units[0].people == 1


def test_bad_input_refused_with_every_reason_and_nothing_written(secretary, org):
    with pytest.raises(ValidationError) as err:
        roster.add_person(secretary, PersonInput(name=" ", employee_no="", branch_id=org["branch"],
                                                 joined_party_on=date(2030, 1, 1)), TODAY)
    assert "姓名不能为空" in err.value.problems
    assert "工号不能为空" in err.value.problems
    assert "入党日期不能晚于今天" in err.value.problems
    assert roster.count_people(secretary) == 0


def test_duplicate_employee_no_names_the_holder(secretary, org):
    roster.add_person(secretary, person(org), TODAY)
    with pytest.raises(ValidationError, match="工号 A001 已被“张伟”使用"):
        roster.add_person(secretary, person(org, name="李娜"), TODAY)


def test_filter_text_status_and_paging(secretary, org):
    for i in range(30):
        status = PoliticalStatus.MEMBER if i % 3 == 0 else PoliticalStatus.MASSES
        roster.add_person(secretary, person(org, name=f"工人{i:02d}", no=f"B{i:03d}", political_status=status,
                                            post="采煤" if i % 2 else "检修"), TODAY)
    assert roster.count_people(secretary, PersonFilter(text="检修")) == 15
    assert roster.count_people(secretary, PersonFilter(political=(PoliticalStatus.MEMBER,))) == 10
    page = roster.list_people(secretary, PersonFilter(), offset=10, limit=5)
    assert [r.name for r in page] == [f"工人{i:02d}" for i in range(10, 15)]
    desc = roster.list_people(secretary, PersonFilter(sort=roster.SortKey.EMPLOYEE_NO, descending=True), limit=1)
    assert desc[0].employee_no == "B029"


def test_stale_edit_is_a_conflict_and_loses_nothing(secretary, org):
    row = roster.add_person(secretary, person(org), TODAY)
    first = roster.update_person(secretary, row.id, row.version, person(org, post="采煤机司机"), TODAY)
    assert first.version == row.version + 1
    with pytest.raises(ConflictError, match="已被他人修改"):
        roster.update_person(secretary, row.id, row.version, person(org, post="支架工"), TODAY)
    assert roster.get_person(secretary, row.id).post == "采煤机司机"


def test_archive_hides_and_requires_reason(secretary, org):
    row = roster.add_person(secretary, person(org), TODAY)
    with pytest.raises(ValidationError, match="归档原因"):
        roster.archive_person(secretary, row.id, row.version, "  ")
    with pytest.raises(ValidationError, match="过长（最多200个字）"):  # the column's length, not a name's
        roster.archive_person(secretary, row.id, row.version, "调" * 201)
    long_reason = "调往集团公司机关工作，" * 15  # 165 characters: a reason may say more than a name
    assert roster.archive_person(secretary, row.id, row.version, long_reason).archive_reason == long_reason
    row = roster.restore_person(secretary, row.id, roster.get_person(secretary, row.id).version)
    archived = roster.archive_person(secretary, row.id, row.version, "调离")
    assert archived.archived_at is not None
    assert roster.count_people(secretary) == 0
    assert roster.count_people(secretary, PersonFilter(include_archived=True)) == 1


def test_changes_are_audited(secretary, org):
    row = roster.add_person(secretary, person(org), TODAY)
    roster.update_person(secretary, row.id, row.version, person(org, name="张伟伟"), TODAY)
    summaries = [e.summary for e in audit.list_entries(secretary)]
    assert any("修改人员 张伟伟：姓名" in s for s in summaries)
    assert any("新增人员 张伟（A001）" in s for s in summaries)
    with pytest.raises(PermissionDenied):
        audit.list_entries(viewer_of(secretary))


def test_names_sort_by_pinyin_and_are_found_by_initials(secretary, org):
    for no, name in enumerate(["赵强", "安娜", "单田芳", "张伟", "曾国华"]):
        roster.add_person(secretary, person(org, name=name, no=f"P{no}"), TODAY)
    assert [r.name for r in roster.list_people(secretary)] == ["安娜", "单田芳", "曾国华", "张伟", "赵强"]
    assert [r.name for r in roster.list_people(secretary, PersonFilter(text="zw"))] == ["张伟"]
    assert [r.name for r in roster.list_people(secretary, PersonFilter(text="ZhangW"))] == ["张伟"]
    assert [r.name for r in roster.list_people(secretary, PersonFilter(text="stf"))] == ["单田芳"]
    # Renaming keeps the key in step.
    row = roster.list_people(secretary, PersonFilter(text="zw"))[0]
    roster.update_person(secretary, row.id, row.version, person(org, name="艾伟", no="P3"), TODAY)
    assert [r.name for r in roster.list_people(secretary, PersonFilter(text="aw"))] == ["艾伟"]


def test_org_tree_counts_people_members_and_teams(secretary, org):
    roster.add_person(secretary, person(org, political_status=PoliticalStatus.MEMBER,
                                        joined_party_on=date(2012, 7, 1)), TODAY)  # in the team
    roster.add_person(secretary, PersonInput(name="李娜", employee_no="A002", branch_id=org["branch"],
                                             unit_id=org["unit"], political_status=PoliticalStatus.PROBATIONARY,
                                             joined_party_on=date(2026, 3, 1)), TODAY)
    roster.add_person(secretary, PersonInput(name="王强", employee_no="A003", branch_id=org["branch"]), TODAY)
    gone = roster.add_person(secretary, PersonInput(name="赵敏", employee_no="A004", branch_id=org["branch2"],
                                                    unit_id=org["unit2"]), TODAY)
    roster.archive_person(secretary, gone.id, gone.version, "调离")
    b1, b2 = roster.org_tree(secretary)
    assert (b1.name, b1.people, b1.members, b1.committee) == ("综采二区党支部", 3, 2, "大屯电热公司党委")
    (unit,) = b1.units
    assert (unit.name, unit.people, [(t.name, t.people) for t in unit.teams]) == ("综采二区", 2, [("检修班", 1)])
    assert (b2.people, b2.members, [(u.name, u.people) for u in b2.units]) == (0, 0, [("运行一班", 0)])


def test_unit_names_are_unique_among_siblings(secretary, org):
    other = roster.create_unit(secretary, org["branch"], "掘进一工区")
    with pytest.raises(ValidationError, match="本支部已有区队“综采二区”"):
        roster.rename_unit(secretary, other, "综采二区")
    with pytest.raises(ValidationError, match="该区队下已有班组“检修班”"):
        roster.create_unit(secretary, org["branch"], "检修班", parent_id=org["unit"])
    roster.create_unit(secretary, org["branch"], "检修班", parent_id=other)  # another unit's team may share a name
    roster.create_unit(secretary, org["branch2"], "综采二区")  # so may another branch's unit
    with pytest.raises(ValidationError, match="不能为空"):
        roster.rename_unit(secretary, other, "  ")
    roster.rename_unit(secretary, other, "掘进一工区")  # unchanged: nothing to record
    roster.rename_unit(secretary, other, "掘进二工区")
    assert [e.summary for e in audit.list_entries(secretary, "改名")] == ["掘进一工区 改名为 掘进二工区"]


def test_restore_refuses_a_person_who_is_not_archived(secretary, org):
    row = roster.add_person(secretary, person(org), TODAY)
    with pytest.raises(ValidationError, match="没有归档"):
        roster.restore_person(secretary, row.id, row.version)
    assert not [e for e in audit.list_entries(secretary) if "恢复人员" in e.summary]


def test_overlong_names_are_refused_in_chinese(secretary, org):
    with pytest.raises(ValidationError, match="过长"):
        roster.create_branch(secretary, "支" * 101)
    with pytest.raises(ValidationError, match="过长"):
        roster.create_unit(secretary, org["branch"], "区" * 101)


def test_is_empty_until_a_branch_exists(secretary):
    assert roster.is_empty(secretary)
    roster.create_branch(secretary, "运行部党支部")
    assert not roster.is_empty(secretary)


def test_rename_branch_and_committee(secretary, org):
    roster.rename_branch(secretary, org["branch2"], "运行部第一党支部")
    with pytest.raises(ValidationError, match="已存在"):
        roster.rename_branch(secretary, org["branch2"], "综采二区党支部")
    roster.rename_committee(secretary, "大屯公司党委")
    tree = roster.org_tree(secretary)
    assert [b.name for b in tree] == ["综采二区党支部", "运行部第一党支部"]
    assert {b.committee for b in tree} == {"大屯公司党委"} and roster.committee_name(secretary) == "大屯公司党委"
    with pytest.raises(PermissionDenied):
        roster.rename_branch(viewer_of(secretary), org["branch"], "别的")
    summaries = [e.summary for e in audit.list_entries(secretary)]
    assert "党委 大屯电热公司党委 改名为 大屯公司党委" in summaries
    assert "支部 运行部党支部 改名为 运行部第一党支部" in summaries


def test_delete_only_empty_units_and_branches(secretary, org):
    roster.add_person(secretary, person(org))  # in the team 检修班
    with pytest.raises(ValidationError, match="班组“检修班”中还有人员 1 人，不能删除"):
        roster.delete_unit(secretary, org["team"])
    with pytest.raises(ValidationError, match="区队“综采二区”中还有.*区队/班组 1 个"):
        roster.delete_unit(secretary, org["unit"])
    with pytest.raises(ValidationError, match="支部“综采二区党支部”中还有.*人员 1 人"):
        roster.delete_branch(secretary, org["branch"])
    with pytest.raises(PermissionDenied):
        roster.delete_unit(viewer_of(secretary), org["unit2"])
    with pytest.raises(ValidationError, match="区队/班组 1 个"):
        roster.delete_branch(secretary, org["branch2"])
    assert roster.delete_unit(secretary, org["unit2"]) == "运行一班"
    assert roster.delete_branch(secretary, org["branch2"]) == "运行部党支部"
    assert [b.name for b in roster.org_tree(secretary)] == ["综采二区党支部"]
    assert any(e.action == "删除" and e.summary == "删除支部 运行部党支部" for e in audit.list_entries(secretary))
