"""Text people type or paste, on SQLite and PostgreSQL: invisible characters, impossible dates and
huge values, through the service the person dialog saves with and through the import."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.domain.security import Role
from dangjian_desktop.services import auth, roster
from dangjian_desktop.services import roster_import as ri
from dangjian_desktop.services.roster import PersonFilter

from ..services.roster_files import write_csv, write_xlsx

TODAY = date(2026, 11, 24)
B1 = "综采二区党支部"
ZWSP, RLO, BOM = "\u200b", "\u202e", "\ufeff"


def person(org, name="张磊", no="DT010001", **kw) -> PersonInput:
    return PersonInput(name=name, employee_no=no, branch_id=org["branch"], **kw)


def all_people(ctx) -> list[roster.PersonRow]:
    return roster.list_people(ctx, PersonFilter(include_archived=True), limit=10_000)


# ---------------------------------------------------------------- invisible characters (item 5)


@pytest.mark.parametrize("name", [ZWSP, ZWSP * 3 + BOM, "\u3164", " \u3000 "])
def test_a_name_with_nothing_visible_is_refused(secretary, org, name):
    with pytest.raises(ValidationError) as err:
        roster.add_person(secretary, person(org, name=name), TODAY)
    assert err.value.problems == ["姓名不能为空"]
    assert roster.count_people(secretary) == 0


def test_invisible_characters_inside_a_name_and_employee_no_are_removed(secretary, org):
    row = roster.add_person(secretary, person(org, name=f"{BOM}张{RLO}磊{ZWSP}", no=f"ＤＴ０１０００１{ZWSP}",
                                              post=f"检修{ZWSP}", note=f"第一行{RLO}\n第二行"), TODAY)
    assert (row.name, row.employee_no, row.post, row.note) == ("张磊", "DT010001", "检修", "第一行\n第二行")
    edited = roster.update_person(secretary, row.id, row.version,
                                  PersonInput(**(row.to_input().__dict__ | {"name": f"张磊{ZWSP}"})), TODAY)
    assert edited.version == row.version  # the same name: nothing changed


def test_an_employee_no_with_a_zero_width_space_is_the_same_number(secretary, org):
    roster.add_person(secretary, person(org), TODAY)
    with pytest.raises(ValidationError, match="工号 DT010001 已被“张磊”使用"):
        roster.add_person(secretary, person(org, no="DT010001" + ZWSP), TODAY)
    assert [p.employee_no for p in all_people(secretary)] == ["DT010001"]


def test_import_recognises_the_existing_person_behind_invisible_characters(secretary, org, tmp_path):
    roster.add_person(secretary, person(org), TODAY)
    f = write_xlsx(tmp_path / "zw.xlsx", [
        ["姓名", "工号", "所属支部"],
        [f"张磊{ZWSP}", f"DT010001{ZWSP}", f"{B1}{BOM}"],  # the same person: nothing to do
        [f"李{RLO}娜", "DT010002", B1],
        [ZWSP, "DT010003", B1],
    ])
    plan = ri.plan_import(secretary, f, TODAY)
    assert plan.unchanged == (2,)
    assert [(r.row, r.action, r.data.name) for r in plan.rows] == [(3, "新增", "李娜")]
    assert [(e.row, e.reasons) for e in plan.errors] == [(4, ("姓名不能为空",))]


def test_csv_import_with_a_bom_inside_cells(secretary, org, tmp_path):
    roster.add_person(secretary, person(org), TODAY)
    f = write_csv(tmp_path / "zw.csv", [["姓名", "工号", "所属支部"], [f"{BOM}张磊", f"{ZWSP}DT010001", B1],
                                         ["王强", f"DT010004{RLO}", B1]])
    plan, result = ri.import_file(secretary, f, TODAY)
    assert result is not None and (result.added, result.updated) == (1, 0), plan.errors
    assert sorted(p.employee_no for p in all_people(secretary)) == ["DT010001", "DT010004"]


def test_branch_and_unit_names_are_cleaned(secretary, org):
    with pytest.raises(ValidationError, match="支部名称不能为空"):
        roster.create_branch(secretary, ZWSP + BOM)
    with pytest.raises(ValidationError, match="已存在"):
        roster.create_branch(secretary, f"综采{ZWSP}二区党支部")
    with pytest.raises(ValidationError, match="区队/班组名称不能为空"):
        roster.create_unit(secretary, org["branch"], "\u3164")
    with pytest.raises(ValidationError, match="本支部已有区队“综采二区”"):
        roster.create_unit(secretary, org["branch"], f"综采二区{RLO}")
    uid = roster.create_unit(secretary, org["branch"], f"　综采三区{ZWSP}")
    with pytest.raises(ValidationError, match="区队/班组名称不能为空"):
        roster.rename_unit(secretary, uid, ZWSP)
    labels = {label for units in roster.choices(secretary).units.values() for _, label in units}
    assert "综采三区" in labels


def test_account_names_are_cleaned(secretary):
    with pytest.raises(ValidationError, match="请填写姓名"):
        auth.create_user(secretary, "chakan", ZWSP, "secret123", Role.VIEWER)
    row = auth.create_user(secretary, f"chakan{ZWSP}", f"查看员{RLO}", "secret123", Role.VIEWER)
    assert (row.username, row.display_name) == ("chakan", "查看员")
    with pytest.raises(ValidationError, match="已被使用"):
        auth.create_user(secretary, f"{BOM}chakan", "另一个", "secret123", Role.VIEWER)
    assert auth.login(secretary.db, f"chakan{ZWSP}", "secret123").username == "chakan"


# ---------------------------------------------------------------- impossible dates (item 6)


@pytest.mark.parametrize("joined,reason", [
    (date(1, 1, 1), "入党日期不能早于1921年7月1日"),
    (date(1899, 12, 31), "入党日期不能早于1921年7月1日"),
    (date(1921, 6, 30), "入党日期不能早于1921年7月1日"),
    (date(2026, 11, 25), "入党日期不能晚于今天"),
])
def test_an_impossible_joining_date_is_refused(secretary, org, joined, reason):
    with pytest.raises(ValidationError) as err:
        roster.add_person(secretary, person(org, political_status=PoliticalStatus.MEMBER, joined_party_on=joined),
                          TODAY)
    assert err.value.problems == [reason]
    row = roster.add_person(secretary, person(org, political_status=PoliticalStatus.MEMBER,
                                              joined_party_on=date(1921, 7, 1)), TODAY)
    with pytest.raises(ValidationError, match=reason):
        roster.update_person(secretary, row.id, row.version,
                             PersonInput(**(row.to_input().__dict__ | {"joined_party_on": joined})), TODAY)


def test_a_number_is_read_as_the_digits_it_shows_never_as_an_excel_date(secretary, org, tmp_path):
    """A date cell arrives as a date; a bare number is the digits the secretary sees: 20120701 is
    that date, but 10000 is not silently 1927-05-18 (nor 41091 2012-07-01)."""
    f = write_xlsx(tmp_path / "dates.xlsx", [
        ["姓名", "工号", "所属支部", "政治面貌", "入党日期"],
        ["甲", "N1", B1, "中共党员", 41091],  # a number cell: Excel's 2012-07-01, if it were a date
        ["乙", "N2", B1, "中共党员", 41091.0],
        ["丙", "N3", B1, "中共党员", 20120701],  # 2012-07-01 typed as a number
        ["丁", "N4", B1, "中共党员", "41091"],  # text: not a date
        ["戊", "N5", B1, "中共党员", "10000"],
        ["己", "N6", B1, "中共党员", 2012],  # a year typed into a number cell
        ["庚", "N7", B1, "中共党员", 10000],  # a number cell: Excel's 1927-05-18, if it were a date
        ["辛", "N8", B1, "中共党员", "1899-12-31"],
        ["壬", "N9", B1, "中共党员", "0001-01-01"],
        ["癸", "N10", B1, "中共党员", 99999999],
        ["子", "N11", B1, "中共党员", datetime(2012, 7, 1)],  # a date cell
    ])
    plan = ri.plan_import(secretary, f, TODAY)
    assert {r.data.employee_no: r.data.joined_party_on for r in plan.rows} == {
        "N3": date(2012, 7, 1), "N11": date(2012, 7, 1)}
    hint = "（可写 2012-07-01、2012/7/1 或 2012年7月1日，只知年月时写 2005-06 或 2005年6月）"
    fix = "：请把该单元格设为日期格式并核对，或写成 2012-07-01 的形式"
    assert {e.row: e.reasons for e in plan.errors} == {
        2: (f"入党日期“41091”是数字，不是日期（当作 Excel 日期序号是 2012-07-01）{fix}",),
        3: (f"入党日期“41091”是数字，不是日期（当作 Excel 日期序号是 2012-07-01）{fix}",),
        5: (f"入党日期“41091”不是有效日期{hint}",),
        6: (f"入党日期“10000”不是有效日期{hint}",),
        7: (f"入党日期“2012”不是有效日期{hint}",),  # not read as 1905-07-04: shown as typed
        8: (f"入党日期“10000”是数字，不是日期（当作 Excel 日期序号是 1927-05-18）{fix}",),
        9: ("入党日期不能早于1921年7月1日",),
        10: ("入党日期不能早于1921年7月1日",),
        11: (f"入党日期“99999999”不是有效日期{hint}",),
    }
    assert all(e.columns == ("入党日期",) for e in plan.errors)


def test_a_number_in_a_csv_is_never_an_excel_date(secretary, org, tmp_path):
    f = write_csv(tmp_path / "dates.csv", [["姓名", "工号", "所属支部", "政治面貌", "入党日期"],
                                            ["甲", "C1", B1, "中共党员", "10000"],
                                            ["乙", "C2", B1, "中共党员", "41091"],
                                            ["丙", "C3", B1, "中共党员", "20120701"]])
    plan = ri.plan_import(secretary, f, TODAY)
    assert [(e.row, e.columns) for e in plan.errors] == [(2, ("入党日期",)), (3, ("入党日期",))]
    assert "入党日期“10000”不是有效日期" in plan.errors[0].reasons[0]
    assert plan.rows[0].data.joined_party_on == date(2012, 7, 1)


# ---------------------------------------------------------------- huge values in messages (item 12)

HUGE = "张" * 10_000


def _line(e) -> str:
    """The line the command line prints for a bad row."""
    return f"第{e.row}行 {e.name}：{'；'.join(e.reasons)}"


def test_a_huge_value_is_echoed_short_in_every_import_message(secretary, org, tmp_path):
    roster.add_person(secretary, person(org, name="张磊", no="H0"), TODAY)
    f = write_csv(tmp_path / "huge.csv", [
        ["姓名", "工号", "性别", "所属支部", "区队/班组", "政治面貌", "入党日期", HUGE],
        [HUGE, "H1", "男", B1, None, None, None, None],
        ["张伟", "H" * 10_000, "男", B1, None, None, None, None],
        ["李娜", "H3", HUGE, B1, None, None, None, None],
        ["王强", "H4", "男", HUGE, None, None, None, None],
        ["赵敏", "H5", "男", B1, f"{HUGE}/{HUGE}/x", None, None, None],
        ["孙磊", "H6", "男", B1, None, HUGE, None, None],
        ["周杰", "H7", "男", B1, None, "中共党员", HUGE, None],
        ["吴刚", "H0", "男", B1, None, None, None, None],  # 工号 of 张磊
    ])
    plan = ri.plan_import(secretary, f, TODAY)
    assert sorted(e.row for e in plan.errors) == list(range(2, 10))
    for e in plan.errors:
        assert len(_line(e)) < 300, _line(e)[:500]
    assert plan.errors[0].reasons == ("姓名过长（最多50字）",) and plan.errors[0].name == "张" * 29 + "…"
    assert all(len(c) < 40 for c in plan.ignored_columns)


def test_a_huge_unit_name_in_a_file_is_refused_not_created(secretary, org, tmp_path):
    f = write_xlsx(tmp_path / "unit.xlsx", [["姓名", "工号", "所属支部", "区队/班组"],
                                            ["张伟", "U1", B1, "综" * 101], ["李娜", "U2", B1, "综采二区/" + "班" * 101]])
    plan = ri.plan_import(secretary, f, TODAY)
    assert [(e.row, e.columns) for e in plan.errors] == [(2, ("区队/班组",)), (3, ("区队/班组",))]
    assert "过长（最多100个字）" in plan.errors[0].reasons[0] and len(_line(plan.errors[0])) < 300


def test_a_file_repeating_one_employee_no_lists_a_few_rows(secretary, org, tmp_path):
    f = write_csv(tmp_path / "dup.csv", [["姓名", "工号", "所属支部"], *([f"人{i}", "D1", B1] for i in range(2000))])
    plan = ri.plan_import(secretary, f, TODAY)
    assert len(plan.errors) == 2000
    assert plan.errors[0].reasons == ("工号 D1 在文件中重复（第 2、3、4、5、6 等 2000 行）",)



# ---------------------------------------------------------------- text like formulas in files (item 4)

FORMULA_NAMES = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "'张伟", "''", "'=1"]
DDE = "=cmd|' /C calc'!A0"


def test_error_workbook_writes_formula_like_text_as_text_and_imports_it_back_as_entered(secretary, org, tmp_path):
    from openpyxl import Workbook, load_workbook

    from dangjian_desktop.exporting.roster_xlsx import write_error_workbook
    from dangjian_desktop.exporting.xlsx import write_rows

    rows = [["姓名", "工号", "所属支部", "岗位", "=1+1"]]
    rows += [[name, f"F{i}", B1, DDE, "=A1"] for i, name in enumerate(FORMULA_NAMES)]
    rows.append(["坏行", "F99", "-不存在支部", "@x", None])
    wb = Workbook()
    write_rows(wb.active, rows)  # text cells, as Excel saves what was typed with an apostrophe
    wb.save(tmp_path / "f.xlsx")
    plan = ri.plan_import(secretary, tmp_path / "f.xlsx", TODAY)
    assert [e.row for e in plan.errors] == [len(rows)]
    out = write_error_workbook(plan, tmp_path / "错误.xlsx")
    ws = load_workbook(out).active
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    got = [[c.value for c in row] for row in ws.iter_rows()]
    assert got[0] == ["姓名", "工号", "所属支部", "岗位", "=1+1", "错误原因"]
    assert [r[:5] for r in got[1:-1]] == [r for r in rows[1:-1]]
    assert got[-1][:4] == ["坏行", "F99", "-不存在支部", "@x"] and "所属支部“-不存在支部”不存在" in got[-1][-1]

    wb = load_workbook(out)
    wb.active.cell(row=len(rows), column=3).value = B1  # the secretary fixes the bad row
    wb.save(out)
    plan, result = ri.import_file(secretary, out, TODAY)
    assert result is not None and result.added == len(rows) - 1, plan.errors
    stored = {p.employee_no: p for p in all_people(secretary)}
    assert [stored[f"F{i}"].name for i in range(len(FORMULA_NAMES))] == FORMULA_NAMES  # as entered
    assert stored["F0"].post == DDE and stored["F99"].post == "@x"


def test_a_csv_the_program_writes_imports_back_as_entered(secretary, org, tmp_path):
    from dangjian_desktop.exporting.xlsx import write_csv as export_csv

    rows = [["姓名", "工号", "所属支部", "岗位"]] + [[n, f"F{i}", B1, DDE] for i, n in enumerate(FORMULA_NAMES)]
    path = export_csv(tmp_path / "导出.csv", rows)
    assert "\n=" not in path.read_text("utf-8-sig") and ",=" not in path.read_text("utf-8-sig")
    plan, result = ri.import_file(secretary, path, TODAY)
    assert result is not None, plan.errors
    stored = {p.employee_no: p for p in all_people(secretary)}
    assert [stored[f"F{i}"].name for i in range(len(FORMULA_NAMES))] == FORMULA_NAMES
    assert stored["F0"].post == DDE
