"""Roster import on SQLite and PostgreSQL, with real .xlsx and .csv files written into tmp_path.

Good files add and update people; bad files are refused with every bad row (row numbers as
Excel shows them) and write nothing; the error workbook round-trips; the last import undoes.
"""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from dangjian_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from dangjian_desktop.domain.org import Gender, PoliticalStatus, WorkUnit
from dangjian_desktop.domain.pairing import Pairing
from dangjian_desktop.domain.roster_rules import PHONE_PROBLEM, PersonInput
from dangjian_desktop.domain.security import AuditEntry, ImportChange
from dangjian_desktop.exporting.roster_xlsx import TEMPLATE_COLUMNS, write_error_workbook, write_template
from dangjian_desktop.services import audit, roster
from dangjian_desktop.services import roster_import as ri
from dangjian_desktop.services.roster import PersonFilter

from ..conftest import viewer_of
from .roster_files import HEADER, read_xlsx, roster_rows, write_csv, write_xlsx

TODAY = date(2026, 11, 24)
B1 = "综采二区党支部"


def people(ctx) -> dict[str, roster.PersonRow]:
    return {p.employee_no: p for p in roster.list_people(ctx, PersonFilter(include_archived=True), limit=10_000)}


def units(ctx) -> set[str]:
    return {lbl for labels in roster.choices(ctx).units.values() for _, lbl in labels}


# ---------------------------------------------------------------- good files


def test_good_xlsx_adds_people_with_units_and_teams(secretary, org, tmp_path):
    f = write_xlsx(tmp_path / "名册.xlsx", [
        HEADER,
        ["张伟", "男", "10001", B1, "综采二区", "采煤", "中共党员", "2012-07-01", "13800138000"],
        ["李娜", "女", "10002", B1, "综采二区/检修班", "检修", "群众", None, None],
        ["王强", "男", "10003", B1, "检修班", "检修", "预备党员", "2026/3/1", None],  # a team by its own name
        ["赵敏", "女", "10004", "运行部", "运行一班", "运行", "团员", None, "0516-1234567"],  # branch without 党支部
        ["孙磊", "男", "10005", B1, "综采三区 / 运转班", "运行", "群众", None, None],  # new unit and team
        ["周杰", "男", "10006", B1, "综采三区", None, None, None, None],
    ])
    plan = ri.plan_import(secretary, f, TODAY)
    assert plan.ok and plan.errors == () and plan.to_add == 6 and plan.to_update == 0
    assert plan.file_name == "名册.xlsx"
    assert plan.columns == tuple(HEADER) and plan.ignored_columns == ()
    assert [r.row for r in plan.rows] == [2, 3, 4, 5, 6, 7]
    assert plan.notes == ("将新建区队：综采三区（综采二区党支部）", "将新建班组：综采三区 / 运转班（综采二区党支部）")
    assert roster.count_people(secretary) == 0  # the preview writes nothing

    result = ri.apply_import(secretary, plan, TODAY)
    assert (result.added, result.updated, result.units_created) == (6, 0, 2)
    got = people(secretary)
    assert got["10001"].unit == "综采二区" and got["10001"].political_status is PoliticalStatus.MEMBER
    assert got["10001"].joined_party_on == date(2012, 7, 1) and got["10001"].phone == "13800138000"
    assert got["10002"].unit == "综采二区 / 检修班" and got["10002"].gender is Gender.FEMALE
    assert got["10003"].unit == "综采二区 / 检修班" and got["10003"].political_status is PoliticalStatus.PROBATIONARY
    assert got["10004"].branch == "运行部党支部" and got["10004"].political_status is PoliticalStatus.LEAGUE
    assert got["10005"].unit == "综采三区 / 运转班"
    assert got["10006"].unit == "综采三区" and got["10006"].political_status is PoliticalStatus.MASSES
    assert {"综采三区", "综采三区 / 运转班"} <= units(secretary)
    entries = audit.list_entries(secretary, "导入")
    assert entries[0].action == "导入" and "新增 6 人" in entries[0].summary
    assert [b.file_name for b in ri.list_imports(secretary)] == ["名册.xlsx"]


def test_header_aliases_free_order_and_extra_columns_ignored(secretary, org, tmp_path):
    f = write_xlsx(tmp_path / "职工名册.xlsx", [
        ["序号", "职工编号", "名字", "身份", "入党时间", "手机", "党支部", "部门", "班组", "职务", "备注说明"],
        [1, 20001, "张伟", "党员", "2012年7月1日", 13800138000, B1, "综采二区", "检修班", "检修工", "优秀"],
        [2, 20002, "李娜", "群众", None, None, B1, "综采二区", None, None, None],
    ])
    plan = ri.plan_import(secretary, f, TODAY)
    assert plan.ok, plan.errors
    assert plan.columns == ("工号", "姓名", "政治面貌", "入党日期", "联系电话", "所属支部", "区队/班组", "岗位")
    assert plan.ignored_columns == ("序号", "备注说明")
    ri.apply_import(secretary, plan, TODAY)
    got = people(secretary)
    assert got["20001"].name == "张伟" and got["20001"].unit == "综采二区 / 检修班"  # 部门 + 班组 read together
    assert got["20001"].post == "检修工" and got["20001"].phone == "13800138000"  # numbers read as text
    assert got["20001"].political_status is PoliticalStatus.MEMBER and got["20001"].joined_party_on == date(2012, 7, 1)
    assert got["20002"].unit == "综采二区"


def test_header_below_a_title_row_and_row_numbers_follow_excel(secretary, org, tmp_path):
    f = write_xlsx(tmp_path / "t.xlsx", [
        ["大屯电热公司职工花名册"], [], HEADER,
        ["张伟", "男", "30001", B1, None, None, None, None, None],
        [None] * 9,
        ["", "男", "30002", B1, None, None, None, None, None],
    ])
    plan = ri.plan_import(secretary, f, TODAY)
    assert plan.header_row == 3
    assert [r.row for r in plan.rows] == [4]
    assert [(e.row, e.reasons) for e in plan.errors] == [(6, ("姓名不能为空",))]
    rows = read_xlsx(write_error_workbook(plan, tmp_path / "err.xlsx"))
    assert rows[0][:3] == ["姓名", "性别", "工号"] and rows[1][2] == "30001"
    assert rows[2] == [None] * 10 and rows[3][2] == "30002" and rows[3][-1] == "姓名不能为空"


def test_roster_on_a_later_sheet_is_found(secretary, org, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "说明"
    wb.active.append(["本表为2026年职工名册"])
    data = wb.create_sheet("名册")
    data.append(["姓名", "工号", "所属支部"])
    data.append(["张伟", "S1", B1])
    wb.save(tmp_path / "two-sheets.xlsx")
    plan = ri.plan_import(secretary, tmp_path / "two-sheets.xlsx", TODAY)
    assert plan.ok and plan.rows[0].data.name == "张伟"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_csv_in_utf8_with_or_without_bom_and_gbk(secretary, org, tmp_path, encoding):
    f = write_csv(tmp_path / f"名册-{encoding}.csv", [
        ["工号", "姓名", "所属支部", "区队/班组", "政治面貌", "入党日期"],
        ["0042", "欧阳晓燕", B1, "综采二区/检修班", "中共党员", "2012/7/1"],
        ["0043", "李娜", "运行部党支部", "运行一班", "群众", ""],
    ], encoding=encoding)
    plan, result = ri.import_file(secretary, f, TODAY)
    assert result is not None and result.added == 2, plan.errors
    got = people(secretary)
    assert got["0042"].name == "欧阳晓燕" and got["0042"].unit == "综采二区 / 检修班"  # leading zero kept
    assert got["0042"].joined_party_on == date(2012, 7, 1)
    assert got["0043"].branch == "运行部党支部"


def test_excel_date_cells_and_the_three_text_forms(secretary, org, tmp_path):
    f = write_xlsx(tmp_path / "d.xlsx", [
        ["姓名", "工号", "所属支部", "政治面貌", "入党日期"],
        ["甲", "D1", B1, "中共党员", datetime(2012, 7, 1)],
        ["乙", "D2", B1, "中共党员", date(2013, 8, 2)],
        ["丙", "D3", B1, "中共党员", "2014-09-03"],
        ["丁", "D4", B1, "中共党员", "2015/10/4"],
        ["戊", "D5", B1, "中共党员", "2016年11月5日"],
        ["己", "D6", B1, "中共党员", "20170612"],
    ])
    plan, result = ri.import_file(secretary, f, TODAY)
    assert result is not None, plan.errors
    got = people(secretary)
    assert [got[f"D{i}"].joined_party_on for i in range(1, 7)] == [
        date(2012, 7, 1), date(2013, 8, 2), date(2014, 9, 3), date(2015, 10, 4), date(2016, 11, 5), date(2017, 6, 12)]


def test_single_branch_database_allows_empty_branch(secretary, tmp_path):
    b = roster.create_branch(secretary, "运行部党支部")
    roster.create_unit(secretary, b, "运行一班")
    f = write_xlsx(tmp_path / "one.xlsx", [["姓名", "工号", "班组"], ["张伟", "E1", "运行一班"]])
    plan, result = ri.import_file(secretary, f, TODAY)
    assert result is not None and result.added == 1, plan.errors
    assert people(secretary)["E1"].branch == "运行部党支部"


# ---------------------------------------------------------------- bad files


def test_every_bad_row_is_reported_and_nothing_is_written(secretary, org, tmp_path):
    roster.add_person(secretary, PersonInput(name="老员工", employee_no="X900", branch_id=org["branch"]), TODAY)
    before = roster.count_people(secretary)
    f = write_xlsx(tmp_path / "bad.xlsx", [
        HEADER,
        ["张伟", "男", "X001", B1, "综采二区", None, "中共党员", "2012-07-01", None],   # 2 good
        [None, "男", "X002", B1, None, None, None, None, None],                        # 3 no name
        ["李娜", "女", None, B1, None, None, None, None, None],                         # 4 no 工号
        ["王强", "男", "X005", B1, None, None, None, None, None],                       # 5 dup with 9
        ["赵敏", "女", "X900", B1, None, None, None, None, None],                       # 6 工号 of another person
        ["孙磊", "男", "X006", B1, None, None, "中共党员", "2012-02-30", None],          # 7 bad date
        ["周杰", "男", "X007", B1, None, None, "民主人士", None, None],                  # 8 unknown 政治面貌
        ["吴刚", "男", "X005", B1, None, None, None, None, None],                       # 9 dup with 5
        ["郑爽", "X", "X008", B1, None, None, None, None, None],                        # 10 unknown gender
        ["冯巩", "男", "X009", "不存在党支部", None, None, None, None, None],             # 11 unknown branch
        ["陈晨", "男", "X010", None, None, None, None, None, None],                     # 12 no branch (two exist)
        ["褚楚", "男", "X011", B1, "综采二区/检修班/一组", None, None, None, None],        # 13 unit path too deep
        ["卫卫", "男", "X012", B1, None, None, "群众", "2012-07-01", "电话号码"],         # 14 person_problems
        ["蒋江", "男", "X013", B1, None, None, "中共党员", "2030-01-01", None],           # 15 future date
    ])
    plan = ri.plan_import(secretary, f, TODAY)
    assert not plan.ok
    got = {e.row: e for e in plan.errors}
    assert sorted(got) == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]
    assert got[3].reasons == ("姓名不能为空",)
    assert got[4].reasons == ("工号不能为空",) and got[4].name == "李娜"
    assert got[5].reasons == ("工号 X005 在文件中重复（第 5、9 行）",)
    assert got[9].reasons == got[5].reasons
    assert got[6].reasons == ("工号 X900 已被“老员工”使用",)
    assert got[7].reasons == ("入党日期“2012-02-30”不是有效日期（可写 2012-07-01、2012/7/1 或 2012年7月1日，"
                              "只知年月时写 2005-06 或 2005年6月）",)
    assert got[8].reasons[0].startswith("政治面貌“民主人士”无法识别（可填：中共党员、")
    assert got[10].reasons == ("性别“X”无法识别（应填 男 或 女）",)
    assert got[11].reasons[0].startswith("所属支部“不存在党支部”不存在")
    assert got[12].reasons == ("所属支部不能为空（数据库中有多个支部，请写明支部名称）",)
    assert "层级过多" in got[13].reasons[0]
    assert got[14].reasons == ("政治面貌为“群众”时不应填写入党日期", PHONE_PROBLEM)
    assert got[14].columns == ("入党日期", "联系电话")
    assert got[15].reasons == ("入党日期不能晚于今天",)
    assert [r.row for r in plan.rows] == [2]  # the good row is planned but not written

    with pytest.raises(ValidationError) as err:
        ri.apply_import(secretary, plan, TODAY)
    assert "13 行错误" in str(err.value) and err.value.problems[0].startswith("第 3 行：")
    plan2, result = ri.import_file(secretary, f, TODAY)
    assert result is None and len(plan2.errors) == 13
    assert roster.count_people(secretary) == before
    assert ri.list_imports(secretary) == []


@pytest.mark.parametrize("name,content", [
    ("名册.txt", "姓名,工号\n张伟,1\n".encode()),
    ("名册.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
    ("名册.docx", b"PK\x03\x04 not a roster"),
])
def test_not_xlsx_or_csv_is_refused(secretary, org, tmp_path, name, content):
    f = tmp_path / name
    f.write_bytes(content)
    with pytest.raises(ValidationError, match="文件不是 Excel（.xlsx）或 CSV 文件"):
        ri.plan_import(secretary, f, TODAY)


def test_corrupt_xlsx_and_renamed_files_are_refused(secretary, org, tmp_path):
    truncated = write_xlsx(tmp_path / "good.xlsx", roster_rows(3)).read_bytes()[:300]
    cases = {
        "truncated.xlsx": truncated,
        "text.xlsx": "姓名,工号\n张伟,1\n".encode(),
        "old.xlsx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,  # an .xls renamed to .xlsx
    }
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
    # a zip that is not a workbook
    with zipfile.ZipFile(tmp_path / "zip.xlsx", "w") as z:
        z.writestr("readme.txt", "hello")
    for name in [*cases, "zip.xlsx"]:
        with pytest.raises(ValidationError, match="文件不是 Excel（.xlsx）或 CSV 文件") as err:
            ri.plan_import(secretary, tmp_path / name, TODAY)
        assert ".xls）" in str(err.value) if name == "old.xlsx" else "无法作为 Excel 工作簿打开" in str(err.value)
    with pytest.raises(ValidationError, match="找不到文件"):
        ri.plan_import(secretary, tmp_path / "missing.xlsx", TODAY)


def test_header_only_empty_file_and_missing_columns(secretary, org, tmp_path):
    with pytest.raises(ValidationError, match="文件中没有数据行"):
        ri.plan_import(secretary, write_xlsx(tmp_path / "h.xlsx", [HEADER]), TODAY)
    with pytest.raises(ValidationError, match="文件中没有数据行"):
        ri.plan_import(secretary, write_xlsx(tmp_path / "e.xlsx", []), TODAY)
    with pytest.raises(ValidationError, match="文件中没有数据行"):
        ri.plan_import(secretary, write_csv(tmp_path / "h.csv", [HEADER]), TODAY)
    with pytest.raises(ValidationError, match="缺少必填列：工号") as err:
        ri.plan_import(secretary, write_xlsx(tmp_path / "m.xlsx", [["姓名", "岗位"], ["张伟", "检修"]]), TODAY)
    assert err.value.problems == ["缺少必填列：工号"]
    with pytest.raises(ValidationError, match="缺少必填列：姓名、工号"):
        ri.plan_import(secretary, write_csv(tmp_path / "m.csv", [["名称", "编码"], ["张伟", "1"]]), TODAY)
    with pytest.raises(ValidationError, match="都表示“工号”"):
        ri.plan_import(secretary, write_xlsx(tmp_path / "d.xlsx", [["姓名", "工号", "员工编号"], ["张", "1", "2"]]), TODAY)


def test_viewer_cannot_import_or_undo(secretary, org, tmp_path):
    f = write_xlsx(tmp_path / "v.xlsx", roster_rows(2, B1))
    viewer = viewer_of(secretary)
    with pytest.raises(PermissionDenied):
        ri.plan_import(viewer, f, TODAY)
    plan = ri.plan_import(secretary, f, TODAY)
    with pytest.raises(PermissionDenied):
        ri.apply_import(viewer, plan, TODAY)
    with pytest.raises(PermissionDenied):
        ri.import_file(viewer, f, TODAY)
    ri.apply_import(secretary, plan, TODAY)
    with pytest.raises(PermissionDenied):
        ri.undo_last_import(viewer)
    assert roster.count_people(secretary) == 2
    assert len(ri.list_imports(viewer)) == 1  # the history is readable


# ---------------------------------------------------------------- updates and re-checks


def test_update_of_existing_person_shows_changes_and_applies(secretary, org, tmp_path):
    old = roster.add_person(secretary, PersonInput(name="张伟", employee_no="U1", branch_id=org["branch"],
                                                    unit_id=org["unit"], post="采煤", phone="13800000000"), TODAY)
    same = roster.add_person(secretary, PersonInput(name="李娜", employee_no="U2", branch_id=org["branch"], post="运行"), TODAY)
    f = write_xlsx(tmp_path / "u.xlsx", [
        ["姓名", "工号", "区队/班组", "岗位", "政治面貌", "入党日期", "联系电话"],
        ["张伟", "U1", "综采二区/检修班", "检修", "中共党员", "2012-07-01", None],  # empty phone keeps the old one
        ["李娜", "U2", None, "运行", None, None, None],  # nothing changes: skipped
        ["王强", "U3", None, None, None, None, None],  # new; branch empty → there are two: error? no: one row only
    ])
    plan = ri.plan_import(secretary, f, TODAY)
    # 王强 is new and the database has two branches, so his row needs a branch
    assert [e.row for e in plan.errors] == [4]
    f = write_xlsx(tmp_path / "u.xlsx", [
        ["姓名", "工号", "区队/班组", "岗位", "政治面貌", "入党日期", "联系电话"],
        ["张伟", "U1", "综采二区/检修班", "检修", "中共党员", "2012-07-01", None],
        ["李娜", "U2", None, "运行", None, None, None],
    ])
    plan = ri.plan_import(secretary, f, TODAY)
    assert plan.ok and plan.to_add == 0 and plan.to_update == 1 and plan.unchanged == (3,)
    row = plan.rows[0]
    assert (row.action, row.person_id, row.version) == ("更新", old.id, old.version)
    assert row.changes == ("区队/班组：综采二区 → 综采二区 / 检修班", "岗位：采煤 → 检修",
                           "政治面貌：群众 → 中共党员", "入党日期：（空） → 2012-07-01")
    result = ri.apply_import(secretary, plan, TODAY)
    assert (result.added, result.updated) == (0, 1)
    now = roster.get_person(secretary, old.id)
    assert now.unit == "综采二区 / 检修班" and now.post == "检修" and now.phone == "13800000000"
    assert now.political_status is PoliticalStatus.MEMBER and now.version == old.version + 1
    assert roster.get_person(secretary, same.id).version == same.version


def test_archived_person_is_restored_by_the_import(secretary, org, tmp_path):
    p = roster.add_person(secretary, PersonInput(name="张伟", employee_no="R1", branch_id=org["branch"]), TODAY)
    roster.archive_person(secretary, p.id, p.version, "调离")
    f = write_xlsx(tmp_path / "r.xlsx", [["姓名", "工号"], ["张伟", "R1"]])
    plan, result = ri.import_file(secretary, f, TODAY)
    assert plan.rows[0].changes == ("恢复在册（取消归档）",) and result is not None
    assert roster.get_person(secretary, p.id).archived_at is None
    ri.undo_last_import(secretary)
    back = roster.get_person(secretary, p.id)
    assert back.archived_at is not None and back.archive_reason == "调离"


def test_apply_checks_again_and_refuses_a_plan_overtaken_by_an_edit(secretary, org, tmp_path):
    f = write_xlsx(tmp_path / "c.xlsx", [["姓名", "工号", "所属支部"], ["张伟", "C1", B1], ["李娜", "C2", B1]])
    plan = ri.plan_import(secretary, f, TODAY)
    # meanwhile someone adds 工号 C2 for another person
    roster.add_person(secretary, PersonInput(name="别人", employee_no="C2", branch_id=org["branch"]), TODAY)
    with pytest.raises(ValidationError, match="预览之后名册已有变化") as err:
        ri.apply_import(secretary, plan, TODAY)
    assert err.value.problems == ["第 3 行：工号 C2 已被“别人”使用"]
    assert set(people(secretary)) == {"C2"}
    # the same person added meanwhile turns an add into an update: refused, preview again
    plan = ri.plan_import(secretary, write_xlsx(tmp_path / "c2.xlsx", [["姓名", "工号", "所属支部"], ["王强", "C3", B1]]),
                          TODAY)
    roster.add_person(secretary, PersonInput(name="王强", employee_no="C3", branch_id=org["branch"], post="检修"), TODAY)
    with pytest.raises(ConflictError, match="请重新预览"):
        ri.apply_import(secretary, plan, TODAY)
    assert ri.list_imports(secretary) == []


# ---------------------------------------------------------------- error workbook


def test_error_workbook_round_trip(secretary, org, tmp_path):
    f = write_xlsx(tmp_path / "bad.xlsx", [
        ["工号", "姓名", "所属支部", "区队/班组", "政治面貌", "入党日期", "备注"],
        ["W1", "张伟", B1, "综采二区", "中共党员", "2012-07-01", "好"],
        ["W2", None, B1, "综采二区", "群众", None, None],
        ["W3", "王强", "不存在支部", None, "中共党员", "2012-02-30", None],
        ["W4", "赵敏", B1, None, "群众", None, None],
    ])
    plan = ri.plan_import(secretary, f, TODAY)
    assert [e.row for e in plan.errors] == [3, 4]
    out = write_error_workbook(plan, tmp_path / "错误.xlsx")
    rows = read_xlsx(out)
    assert rows[0] == ["工号", "姓名", "所属支部", "区队/班组", "政治面貌", "入党日期", "备注", "错误原因"]
    assert len(rows) == 5 and [r[0] for r in rows[1:]] == ["W1", "W2", "W3", "W4"]  # good rows kept too
    assert rows[1][-1] is None and rows[4][-1] is None
    assert rows[2][-1] == "姓名不能为空"
    assert "所属支部“不存在支部”不存在" in rows[3][-1] and "；入党日期“2012-02-30”不是有效日期" in rows[3][-1]
    ws = load_workbook(out).active
    assert ws.cell(row=3, column=1).fill.fgColor.rgb.endswith("FFE4E1")  # bad row highlighted
    assert ws.cell(row=4, column=3).fill.fgColor.rgb.endswith("FF9C9C")  # bad cell stronger
    assert ws.cell(row=2, column=1).fill.fgColor.rgb in ("00000000", None)

    # the secretary fixes the cells in Excel and imports the same workbook again
    wb = load_workbook(out)
    ws = wb.active
    ws["B3"] = "李娜"
    ws["C4"] = B1
    ws["F4"] = "2012-02-28"
    wb.save(out)
    plan = ri.plan_import(secretary, out, TODAY)
    assert plan.ok, plan.errors
    assert plan.ignored_columns == ("备注", "错误原因") and plan.to_add == 4
    ri.apply_import(secretary, plan, TODAY)
    got = people(secretary)
    assert got["W2"].name == "李娜" and got["W3"].joined_party_on == date(2012, 2, 28)
    # an error workbook of an error workbook keeps one 错误原因 column
    again = write_error_workbook(ri.plan_import(secretary, out, TODAY), tmp_path / "again.xlsx")
    assert read_xlsx(again)[0].count("错误原因") == 1


# ---------------------------------------------------------------- template


def test_template_is_header_only_with_help_and_imports_when_filled(secretary, org, tmp_path):
    assert tuple(c[0] for c in TEMPLATE_COLUMNS) == ri.ROSTER_COLUMNS
    path = write_template(tmp_path / "导入模板.xlsx", ["综采二区党支部", "运行部党支部"])
    wb = load_workbook(path)
    assert wb.sheetnames == ["人员名册", "填写说明"]
    ws = wb["人员名册"]
    assert [c.value for c in ws[1]] == list(ri.ROSTER_COLUMNS) and ws.max_row == 1
    assert ws["A1"].font.b and ws.freeze_panes == "A2"
    assert ws.column_dimensions["D"].width >= 16  # 所属支部 fits its Chinese example
    lists = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation if dv.type == "list"}
    assert lists["B2:B5001"] == '"男,女"'
    assert lists["G2:G5001"] == '"中共党员,中共预备党员,入党积极分子,共青团员,群众"'
    assert lists["D2:D5001"].startswith("'填写说明'!$A$")
    help_text = [v for row in wb["填写说明"].iter_rows(values_only=True) for v in row if v]
    assert "运行部党支部" in help_text and "2012年7月1日" in help_text and "入党积极分子" in help_text

    ws.append(["张伟", "男", "T1", B1, "综采二区/检修班", "检修", "中共党员", "2012-07-01", "13800138000"])
    wb.save(path)
    plan, result = ri.import_file(secretary, path, TODAY)
    assert result is not None and result.added == 1, plan.errors
    assert write_template(tmp_path / "no-branches.xlsx").exists()


# ---------------------------------------------------------------- undo


def test_undo_removes_added_people_and_units_and_restores_updated(secretary, org, tmp_path):
    old = roster.add_person(secretary, PersonInput(name="张伟", employee_no="N1", branch_id=org["branch"], post="采煤"), TODAY)
    f = write_xlsx(tmp_path / "n.xlsx", [
        ["姓名", "工号", "所属支部", "区队/班组", "岗位"],
        ["张伟", "N1", B1, "综采二区", "检修"],
        ["李娜", "N2", B1, "新区队/新班", "运行"],
        ["王强", "N3", B1, "综采二区/检修班", None],
    ])
    plan, result = ri.import_file(secretary, f, TODAY)
    assert result is not None and (result.added, result.updated, result.units_created) == (2, 1, 2)
    assert "新区队 / 新班" in units(secretary)
    batch = ri.undo_last_import(secretary)
    assert batch.id == result.batch_id and batch.undone_at is not None
    got = people(secretary)
    assert set(got) == {"N1"}
    assert got["N1"].post == "采煤" and got["N1"].unit is None
    assert "新区队" not in units(secretary) and "综采二区 / 检修班" in units(secretary)
    assert ri.list_imports(secretary)[0].undone_at is not None
    assert audit.list_entries(secretary, "撤销导入")[0].action == "撤销导入"
    # the restored person can be edited normally (his version moved on)
    now = roster.get_person(secretary, old.id)
    roster.update_person(secretary, old.id, now.version, now.to_input(), TODAY)
    with pytest.raises(ValidationError, match="没有可以撤销的导入"):
        ri.undo_last_import(secretary)


def test_undo_refused_when_an_added_person_was_edited(secretary, org, tmp_path):
    f = write_xlsx(tmp_path / "e.xlsx", [["姓名", "工号", "所属支部"], ["张伟", "E1", B1], ["李娜", "E2", B1]])
    ri.import_file(secretary, f, TODAY)
    p = people(secretary)["E2"]
    roster.update_person(secretary, p.id, p.version, PersonInput(**(p.to_input().__dict__ | {"post": "检修"})), TODAY)
    with pytest.raises(ValidationError, match="李娜（E2）"):
        ri.undo_last_import(secretary)
    assert set(people(secretary)) == {"E1", "E2"}
    assert ri.list_imports(secretary)[0].undone_at is None


def test_undo_refused_when_an_added_person_is_used_elsewhere(secretary, org, tmp_path):
    f = write_xlsx(tmp_path / "p.xlsx", [["姓名", "工号", "所属支部"], ["张伟", "P1", B1]])
    ri.import_file(secretary, f, TODAY)
    with secretary.db.uow() as s:
        s.add(Pairing(branch_id=org["branch"], member_id=people(secretary)["P1"].id, starts_on=TODAY))
    with pytest.raises(ValidationError, match="已在其他记录中使用.*张伟（P1）"):
        ri.undo_last_import(secretary)
    assert set(people(secretary)) == {"P1"}


def test_two_imports_undo_newest_first(secretary, org, tmp_path):
    f1 = write_xlsx(tmp_path / "1.xlsx", [["姓名", "工号", "所属支部", "岗位"], ["张伟", "K1", B1, "采煤"]])
    f2 = write_xlsx(tmp_path / "2.xlsx", [["姓名", "工号", "所属支部", "岗位"], ["张伟", "K1", B1, "检修"],
                                          ["李娜", "K2", B1, "运行"]])
    ri.import_file(secretary, f1, TODAY)
    ri.import_file(secretary, f2, TODAY)
    assert [b.file_name for b in ri.list_imports(secretary)] == ["2.xlsx", "1.xlsx"]
    assert ri.undo_last_import(secretary).file_name == "2.xlsx"
    assert people(secretary)["K1"].post == "采煤" and "K2" not in people(secretary)
    assert ri.undo_last_import(secretary).file_name == "1.xlsx"  # K1 was restored, not edited
    assert people(secretary) == {}
    with secretary.db.read() as s:
        assert s.scalar(select(func.count()).select_from(WorkUnit)) == 3
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "撤销导入")) == 2
        assert s.scalar(select(func.count()).select_from(ImportChange)) == 0


def test_bulk_import_of_a_large_roster(secretary, org, tmp_path):
    f = write_xlsx(tmp_path / "big.xlsx", roster_rows(600, B1))
    plan, result = ri.import_file(secretary, f, TODAY)
    assert result is not None and result.added == 600, plan.errors[:3]
    assert roster.count_people(secretary, PersonFilter(political=(PoliticalStatus.MEMBER,))) == 200
    # importing the same file again changes nothing
    plan = ri.plan_import(secretary, f, TODAY)
    assert plan.rows == () and len(plan.unchanged) == 600 and not plan.ok


def test_a_bare_year_is_a_bad_date_not_an_excel_serial(secretary, org, tmp_path):
    f = write_xlsx(tmp_path / "年份.xlsx", [
        HEADER,
        ["张伟", "男", "30001", B1, "综采二区", "采煤", "中共党员", "2012", None],  # only the year typed
        ["李娜", "女", "30002", B1, "综采二区", "检修", "中共党员", datetime(2012, 7, 1), None],  # a date cell
    ])
    plan = ri.plan_import(secretary, f, TODAY)
    assert [e.row for e in plan.errors] == [2]
    assert "入党日期" in plan.errors[0].reasons[0] and "2012" in plan.errors[0].reasons[0]
    assert plan.rows[0].data.joined_party_on == date(2012, 7, 1)


def test_a_bare_number_in_the_date_column_refuses_the_import_and_writes_nothing(secretary, org, tmp_path):
    """10000 under 入党日期 is not silently Excel's 1927-05-18: the row is refused, naming the row
    and the column, and the import writes nothing. A date cell (a number with a date format, as
    Excel writes one) is a date."""
    from openpyxl import Workbook

    before = roster.count_people(secretary)
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(["张伟", "男", "50001", B1, "综采二区", None, "中共党员", None, None])
    ws.cell(row=2, column=8, value=41091).number_format = "yyyy-mm-dd"  # Excel's date cell: 2012-07-01
    ws.append(["李娜", "女", "50002", B1, "综采二区", None, "中共党员", 10000, None])  # a bare number
    wb.save(tmp_path / "数字日期.xlsx")

    plan, result = ri.import_file(secretary, tmp_path / "数字日期.xlsx", TODAY)
    assert result is None
    assert [(e.row, e.name, e.columns) for e in plan.errors] == [(3, "李娜", ("入党日期",))]
    assert plan.errors[0].reasons == ("入党日期“10000”是数字，不是日期（当作 Excel 日期序号是 1927-05-18）："
                                      "请把该单元格设为日期格式并核对，或写成 2012-07-01 的形式",)
    assert [(r.row, r.data.joined_party_on) for r in plan.rows] == [(2, date(2012, 7, 1))]
    with pytest.raises(ValidationError, match="1 行错误，未导入任何数据"):
        ri.apply_import(secretary, plan, TODAY)
    assert roster.count_people(secretary) == before
    with secretary.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "导入")) == 0


def test_undo_names_the_batch_the_user_confirmed(secretary, org, tmp_path):
    first = ri.apply_import(secretary, ri.plan_import(secretary, write_xlsx(tmp_path / "一.xlsx", [
        HEADER, ["张伟", "男", "40001", B1, "综采二区", None, None, None, None]]), TODAY), TODAY)
    second = ri.apply_import(secretary, ri.plan_import(secretary, write_xlsx(tmp_path / "二.xlsx", [
        HEADER, ["李娜", "女", "40002", B1, "综采二区", None, None, None, None]]), TODAY), TODAY)
    # The user was asked about the first import; someone imported the second meanwhile.
    with pytest.raises(ValidationError, match="已不是您确认撤销的那一次"):
        ri.undo_last_import(secretary, first.batch_id)
    assert roster.count_people(secretary) == 2
    assert ri.undo_last_import(secretary, second.batch_id).id == second.batch_id
    assert roster.count_people(secretary) == 1


# ---------------------------------------------------------------- rosters as offices keep them (issue 7)


def test_a_roster_as_an_office_keeps_it_imports_in_one_go(secretary, org, tmp_path):
    """A title row, 序号, dates to the month only, a totals line and a signature line."""
    f = write_xlsx(tmp_path / "花名册.xlsx", [
        ["综采二区党支部党员花名册（2026年11月）"],
        ["序号", "姓名", "性别", "工号", "所属支部", "政治面貌", "入党时间", "联系电话"],
        [1, "张建国", "男", "M001", B1, "中共党员", "2005.06", "13800138001"],
        [2, "李秀英", "女", "M002", B1, "中共党员", "2005.6", "0516-1234567"],
        [3, "王志强", "男", "M003", B1, "中共党员", "2005-6", None],
        [4, "赵丽", "女", "M004", B1, "中共党员", "2005/6", None],
        [5, "陈刚", "男", "M005", B1, "中共党员", "2005年6月", None],
        [6, "刘敏", "女", "M006", B1, "中共预备党员", "200506", None],
        [7, "孙磊", "男", "M007", B1, "中共党员", "2012-07-01", None],
        ["合计", None, None, None, None, None, None, "7人"],
        [None, None, None, None, None, None, None, None],
        ["制表人：王芳", None, None, "审核人：李明", None, "填表日期：2026年11月20日", None, None],
        ["共7人"],
        ["备注：入党时间只知年月的按月填写"],
    ])
    plan = ri.plan_import(secretary, f, TODAY)
    assert plan.errors == () and len(plan.rows) == 7 and plan.header_row == 2
    assert [n for n, _ in plan.skipped] == [10, 12, 13, 14]
    assert plan.skipped[0][1].startswith("合计") and "制表人" in plan.skipped[1][1]
    assert "跳过 4 行非人员行" in plan.summary() and "第 10 行（合计 7人）" in plan.skipped_text()
    ri.apply_import(secretary, plan, TODAY)
    got = people(secretary)
    for no in ("M001", "M002", "M003", "M004", "M005", "M006"):
        assert (got[no].joined_party_on, got[no].joined_party_precision, got[no].joined_shown) == (
            date(2005, 6, 1), "month", "2005-06"), no
    assert got["M007"].joined_shown == "2012-07-01" and got["M007"].joined_party_precision == "day"
    # the same file again: nothing changes (2005-06 is not read as a change to 2005-06-01)
    again = ri.plan_import(secretary, f, TODAY)
    assert again.rows == () and again.errors == () and len(again.unchanged) == 7


def test_a_person_without_a_number_under_the_people_is_still_a_bad_row(secretary, org, tmp_path):
    f = write_xlsx(tmp_path / "t.xlsx", [
        ["序号", *HEADER],
        [1, "张伟", "男", "30001", B1, None, None, None, None, None],
        [2, "李娜", "女", None, B1, None, None, None, None, None],
        ["合计", "2人"],
    ])
    plan = ri.plan_import(secretary, f, TODAY)
    assert [(e.row, e.reasons) for e in plan.errors] == [(3, ("工号不能为空",))]
    assert [n for n, _ in plan.skipped] == [4]


def test_a_month_date_updates_a_day_date_and_says_so(secretary, org, tmp_path):
    roster.add_person(secretary, PersonInput(name="张伟", employee_no="30001", branch_id=org["branch"],
                                             political_status=PoliticalStatus.MEMBER,
                                             joined_party_on=date(2005, 6, 1)), TODAY)
    f = write_xlsx(tmp_path / "t.xlsx", [HEADER, ["张伟", None, "30001", B1, None, None, None, "2005年6月", None]])
    plan = ri.plan_import(secretary, f, TODAY)
    assert plan.rows[0].changes == ("入党日期：2005-06-01 → 2005-06",)
