"""The person dialog with pasted text: invisible characters do not make a new name or 工号."""

from __future__ import annotations

from dangjian_desktop.domain.roster_rules import PersonInput
from dangjian_desktop.services import roster
from dangjian_desktop.services.roster import PersonFilter
from dangjian_desktop.ui.roster.dialogs import PersonDialog


def test_an_invisible_name_and_a_pasted_employee_no_are_refused(qtbot, sqlite_secretary):
    ctx = sqlite_secretary
    branch = roster.create_branch(ctx, "综采二区党支部")
    roster.add_person(ctx, PersonInput(name="张磊", employee_no="DT010001", branch_id=branch))
    dlg = PersonDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.ui.nameEdit.setText("\u200b")  # a zero-width space: looks empty
    dlg.ui.employeeNoEdit.setText("DT010001\u200b")  # looks like 张磊's
    dlg.save()
    text = dlg.ui.problemsLabel.text()
    assert "姓名不能为空" in text and "工号 DT010001 已被“张磊”使用" in text
    dlg.ui.nameEdit.setText("\ufeff李\u202e娜")
    dlg.ui.employeeNoEdit.setText("ＤＴ０１０００２")
    dlg.save()
    rows = roster.list_people(ctx, PersonFilter(sort=roster.SortKey.EMPLOYEE_NO))
    assert [(p.name, p.employee_no) for p in rows] == [("张磊", "DT010001"), ("李娜", "DT010002")]
