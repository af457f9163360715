"""导出名册: the template's columns in pinyin order under a title, and the file imports again."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from dangjian_desktop.domain.org import Gender, PoliticalStatus
from dangjian_desktop.domain.roster_rules import MONTH, PersonInput
from dangjian_desktop.exporting.roster_xlsx import TEMPLATE_COLUMNS
from dangjian_desktop.services import audit, roster, roster_export, roster_import
from dangjian_desktop.services.roster import PersonFilter

from ..conftest import viewer_of

TODAY = date(2026, 11, 24)


def test_export_reads_back_and_imports_unchanged(secretary, org, tmp_path):
    add = lambda name, no, **kw: roster.add_person(  # noqa: E731
        secretary, PersonInput(name=name, employee_no=no, branch_id=org["branch"], **kw), TODAY)
    add("赵敏", "007", unit_id=org["team"], gender=Gender.FEMALE, political_status=PoliticalStatus.MEMBER,
        joined_party_on=date(2012, 7, 1), phone="013800138000", post="检修")
    add("艾青", "0100", unit_id=org["unit"])
    add("孙立", "M1", political_status=PoliticalStatus.MEMBER, joined_party_on=date(2005, 6, 1),
        joined_party_precision=MONTH)  # 入党日期 known to the month only
    add("=HYPERLINK(1)", "X9")
    gone = add("白云", "B1")
    roster.archive_person(secretary, gone.id, gone.version, "调离")
    roster.add_person(secretary, PersonInput(name="钱多", employee_no="R1", branch_id=org["branch2"]), TODAY)

    out = roster_export.export_members(secretary, tmp_path / "名册.xlsx", PersonFilter(branch_id=org["branch"]),
                                       today=TODAY)
    assert out.people == 4
    ws = load_workbook(out.path).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "综采二区党支部人员名册"
    assert rows[1][0].startswith("导出日期：2026-11-24") and "共 4 人" in rows[1][0]
    assert list(rows[2]) == [c[0] for c in TEMPLATE_COLUMNS]
    assert [r[0] for r in rows[3:]] == ["=HYPERLINK(1)", "艾青", "孙立", "赵敏"]  # pinyin order; the formula stays text
    assert ws.cell(4, 1).data_type == "s"
    assert rows[6][1:] == ("女", "007", "综采二区党支部", "综采二区/检修班", "检修", "中共党员",
                           rows[6][7], "013800138000")
    assert rows[6][7].date() == date(2012, 7, 1)
    assert rows[5][7] == "2005-06"  # as the office wrote it, not a made-up first of the month

    plan = roster_import.plan_import(secretary, out.path, TODAY)
    assert not plan.errors
    assert plan.to_add == 0 and plan.to_update == 0 and len(plan.unchanged) == 4

    everyone = roster_export.export_members(viewer_of(secretary), tmp_path / "all.xlsx",
                                            PersonFilter(include_archived=True), today=TODAY)
    assert everyone.people == 6  # a 查看 account may export what it sees
    assert "含已归档" in load_workbook(everyone.path).worksheets[0]["A2"].value
    assert any(r.action == "导出" and "6 人" in r.summary for r in audit.list_entries(secretary))
