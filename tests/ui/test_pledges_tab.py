"""The 安全承诺 tab as a secretary uses it: create a campaign, generate the pledges, sign one,
review one (a broken pledge needs its reason), with the participation line following."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from dangjian_desktop.domain.org import Person, PoliticalStatus
from dangjian_desktop.domain.pledges import PledgeStatus
from dangjian_desktop.services import pledges, roster
from dangjian_desktop.services.pledges import PledgeFilter
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.services.worklist import WorkTarget
from dangjian_desktop.ui.pledges.dialogs import CampaignDialog, PledgeDialog, ReviewDialog
from dangjian_desktop.ui.pledges.tab import PledgesTab

TODAY = date(2026, 11, 20)


@pytest.fixture
def branch(sqlite_secretary: Ctx) -> int:
    ctx = sqlite_secretary
    b = roster.create_branch(ctx, "综采二区党支部")
    u = roster.create_unit(ctx, b, "综采二区")
    with ctx.db.uow() as s:
        for name, no, political in (("张伟", "P1", PoliticalStatus.MEMBER), ("李娜", "P2", PoliticalStatus.PROBATIONARY),
                                    ("王强", "P3", PoliticalStatus.MEMBER), ("赵敏", "P4", PoliticalStatus.MASSES)):
            s.add(Person(name=name, employee_no=no, branch_id=b, unit_id=u, political_status=political, post="检修工"))
    return b


def _save(dialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


def _select(tab: PledgesTab, name: str) -> None:
    for i in range(tab.model.rowCount()):
        if tab.model.row_at(i).name == name:
            tab.ui.pledgeTable.selectRow(i)
            return
    raise AssertionError(f"{name} not in the table")


def test_a_campaign_from_creation_to_review(qtbot, sqlite_secretary: Ctx, branch: int, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    tab = PledgesTab(sqlite_secretary, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1024, 700)
    tab.show()
    assert not tab.ui.generateButton.isEnabled()  # no campaign yet

    # 新建活动…: the dialog comes with the branch ticked and a template with three commitments.
    qtbot.mouseClick(tab.ui.newCampaignButton, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    assert isinstance(dlg, CampaignDialog)
    dlg.ui.titleEdit.setText("百日安全")
    dlg.ui.startsEdit.setText("2026-11-01")
    dlg.ui.endsEdit.setText("2027-02-08")
    _save(dlg)
    assert tab.campaign() is not None and tab.campaign().title == "百日安全"
    assert tab.ui.participationLabel.text().startswith("参与率 0/3（0.0%），目标 100%")
    assert "未签（3人）：李娜（未起草）、王强（未起草）、张伟（未起草）" in tab.ui.participationLabel.text()

    # 为全部党员生成: three drafts, and it says so.
    qtbot.mouseClick(tab.ui.generateButton, Qt.MouseButton.LeftButton)
    assert said == ["已为 3 名党员生成承诺书（待签），签订后请填写签订日期。"]
    assert tab.model.total == 3 and tab.ui.countLabel.text() == "共 3 份"

    # 签订…: the dialog opens with today's date; Save makes it 已签.
    _select(tab, "张伟")
    assert tab.ui.signButton.isEnabled() and not tab.ui.reviewButton.isEnabled() and tab.ui.editButton.text() == "编辑…"
    qtbot.mouseClick(tab.ui.signButton, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    assert isinstance(dlg, PledgeDialog) and dlg.ui.signedEdit.value() == TODAY
    assert "张伟" in dlg.ui.textEdit.toPlainText() and dlg.ui.commitmentTable.rowCount() == 3
    _save(dlg)
    assert tab.ui.participationLabel.text().startswith("参与率 1/3（33.3%）")
    assert "已保存张伟的承诺书（已签）" in tab.ui.messageLabel.text()

    # A signed date outside the campaign is refused in the dialog, which stays open.
    _select(tab, "李娜")
    qtbot.mouseClick(tab.ui.signButton, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    dlg.ui.signedEdit.setText("2027-03-01")
    _save(dlg)
    assert dlg.isVisible() and "不在活动期间" in dlg.ui.errorLabel.text()
    dlg.reject()

    # 评诺…: 未践诺 without a reason is refused; with one it is saved.
    _select(tab, "张伟")
    qtbot.mouseClick(tab.ui.reviewButton, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    assert isinstance(dlg, ReviewDialog) and dlg.ui.figuresTable.rowCount() == 3
    assert "建议" in dlg.ui.proposalLabel.text()
    dlg.ui.brokenRadio.setChecked(True)
    _save(dlg)
    assert dlg.isVisible() and "必须填写原因" in dlg.ui.errorLabel.text()
    dlg.ui.reasonEdit.setPlainText("责任区内发生三违")
    _save(dlg)
    row = pledges.list_pledges(sqlite_secretary, PledgeFilter(tab.campaign().id, text="张伟"))[0]
    assert (row.status, row.broken_reason, row.reviewed_on) == (PledgeStatus.BROKEN, "责任区内发生三违", TODAY)
    assert tab.ui.participationLabel.text().startswith("参与率 1/3（33.3%）")  # 未践诺 still counts as signed

    # Filters: status, and pinyin initials.
    tab.ui.statusCombo.setCurrentIndex(tab.ui.statusCombo.findData(PledgeStatus.DRAFT.name))
    assert tab.model.total == 2
    tab.ui.searchEdit.setText("wq")
    tab.apply_filter()
    assert [tab.model.row_at(i).name for i in range(tab.model.rowCount())] == ["王强"]

    # A 工作台 item opens the campaign with its drafts listed.
    tab.ui.searchEdit.setText("")
    tab.show_target(WorkTarget("pledge_unsigned", tab.campaign().id))
    assert tab.ui.statusCombo.currentText() == "待签" and tab.model.total == 2


def test_export_from_the_tab(qtbot, sqlite_secretary: Ctx, branch: int, tmp_path) -> None:
    from openpyxl import load_workbook

    pledges.create_campaign(sqlite_secretary, pledges.CampaignInput("百日安全", date(2026, 11, 1), date(2027, 2, 8),
                                                                    (branch,), "我是{name}"), TODAY)
    tab = PledgesTab(sqlite_secretary, today=lambda: TODAY)
    qtbot.addWidget(tab)
    out = tmp_path / "名单.xlsx"
    tab.export_pledges(str(out))
    qtbot.waitUntil(lambda: "已导出承诺名单" in tab.ui.messageLabel.text(), timeout=10_000)
    ws = load_workbook(out).active
    assert "参与率 0/3（0.0%）" in ws["A2"].value
    assert sorted(r[1] for r in ws.iter_rows(min_row=4, values_only=True)) == ["张伟", "李娜", "王强"]


def test_print_opens_the_print_dialog_for_the_campaigns_pledge_cards(qtbot, sqlite_secretary: Ctx, branch: int) -> None:
    from dangjian_desktop.ui.printing.dialog import PrintDialog

    c = pledges.create_campaign(sqlite_secretary, pledges.CampaignInput("百日安全", date(2026, 11, 1), date(2027, 2, 8),
                                                                        (branch,), "我是{name}"), TODAY)
    pledges.create_campaign(sqlite_secretary, pledges.CampaignInput("平安一季度", date(2026, 1, 1), date(2026, 3, 31),
                                                                    (branch,), "我是{name}"), TODAY)
    pledges.generate_pledges(sqlite_secretary, c.id)
    tab = PledgesTab(sqlite_secretary, today=lambda: TODAY)
    qtbot.addWidget(tab)
    assert tab.campaign().title == "百日安全"  # the running one first
    tab.ui.branchCombo.setCurrentIndex(1)
    qtbot.mouseClick(tab.ui.printButton, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    assert isinstance(dlg, PrintDialog) and dlg.card.key == "pledge-cards"
    assert (dlg.selection().campaign, dlg.selection().branch) == ("百日安全", "综采二区党支部")
    with qtbot.waitSignal(dlg.previewShown, timeout=20_000):
        pass
    assert dlg.preview is not None and len(dlg.preview.data.items) == 3
    assert dlg.preview.data.items[0].campaign == "百日安全"
    dlg.reject()


def test_a_viewer_sees_but_does_not_write(qtbot, sqlite_secretary: Ctx, branch: int) -> None:
    from ..conftest import viewer_of

    c = pledges.create_campaign(sqlite_secretary, pledges.CampaignInput("百日安全", date(2026, 11, 1), date(2027, 2, 8),
                                                                        (branch,), "我是{name}"), TODAY)
    pledges.generate_pledges(sqlite_secretary, c.id)
    tab = PledgesTab(viewer_of(sqlite_secretary), today=lambda: TODAY)
    qtbot.addWidget(tab)
    _select(tab, "张伟")
    ui = tab.ui
    assert not any(b.isEnabled() for b in (ui.newCampaignButton, ui.editCampaignButton, ui.generateButton,
                                           ui.addButton, ui.signButton, ui.reviewButton, ui.deleteCampaignButton))
    assert ui.editButton.text() == "查看…" and ui.editButton.isEnabled() and ui.exportButton.isEnabled()
    qtbot.mouseClick(ui.editButton, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    assert isinstance(dlg, PledgeDialog) and dlg.ui.textEdit.isReadOnly()
    # Nothing to save: 关闭 alone (no grey 保存), as the other read-only dialogs.
    assert dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save) is None
    close = dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
    assert close is not None and close.text() == "关闭"
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is None)
    # Sorting by a column without a SQL order keeps the order (and its arrow) as it was.
    header = ui.pledgeTable.horizontalHeader()
    header.setSortIndicator(8, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == 0


def test_an_ended_campaign_is_closed_after_its_review(qtbot, sqlite_secretary: Ctx, branch: int, monkeypatch) -> None:
    ctx = sqlite_secretary
    c = pledges.create_campaign(ctx, pledges.CampaignInput("平安一季度", date(2026, 7, 1), date(2026, 9, 30),
                                                           (branch,), "我是{name}"), TODAY)
    pledges.generate_pledges(ctx, c.id)
    tab = PledgesTab(ctx, today=lambda: TODAY)
    qtbot.addWidget(tab)
    assert tab.campaign().status.value == "已结束" and tab.ui.closeCampaignButton.isEnabled()
    assert not tab.ui.deleteCampaignButton.isEnabled()  # it has pledges: closed, never deleted
    assert tab.ui.closeCampaignButton.toolTip() == ""
    assert tab.ui.deleteCampaignButton.toolTip() == "已有承诺书的活动不能删除，期满后关闭即可"
    _select(tab, "张伟")
    qtbot.mouseClick(tab.ui.signButton, Qt.MouseButton.LeftButton)
    assert tab.dialog.ui.signedEdit.value() == date(2026, 9, 30)  # today is after the end: its last day
    _save(tab.dialog)

    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: refused.append(text))
    qtbot.mouseClick(tab.ui.closeCampaignButton, Qt.MouseButton.LeftButton)
    assert refused and "1 份已签的承诺书未评诺" in refused[0]

    _select(tab, "张伟")
    qtbot.mouseClick(tab.ui.reviewButton, Qt.MouseButton.LeftButton)
    tab.dialog.ui.keptRadio.setChecked(True)
    _save(tab.dialog)
    qtbot.mouseClick(tab.ui.closeCampaignButton, Qt.MouseButton.LeftButton)
    assert tab.campaign().status.value == "已关闭" and "已关闭承诺活动" in tab.ui.messageLabel.text()
    assert not tab.ui.generateButton.isEnabled() and not tab.ui.closeCampaignButton.isEnabled()
    _select(tab, "李娜")
    assert not tab.ui.signButton.isEnabled() and tab.ui.editButton.text() == "查看…"
    qtbot.mouseClick(tab.ui.editButton, Qt.MouseButton.LeftButton)  # a closed campaign's pledge: read only
    buttons = tab.dialog.ui.buttonBox
    assert buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    tab.dialog.reject()


def test_a_running_campaign_says_why_it_cannot_be_closed_yet(qtbot, sqlite_secretary: Ctx, branch: int) -> None:
    c = pledges.create_campaign(sqlite_secretary, pledges.CampaignInput("百日安全", date(2026, 11, 1), date(2027, 2, 8),
                                                                         (branch,), "我是{name}"), TODAY)
    tab = PledgesTab(sqlite_secretary, today=lambda: TODAY)
    qtbot.addWidget(tab)
    assert tab.campaign().status.value == "进行中" and not tab.ui.closeCampaignButton.isEnabled()
    assert tab.ui.closeCampaignButton.toolTip() == "活动到 2027-02-08 结束后才能关闭"
    assert tab.ui.deleteCampaignButton.isEnabled() and tab.ui.deleteCampaignButton.toolTip() == ""
    assert tab.ui.addButton.isEnabled() and tab.ui.addButton.toolTip() == ""
    pledges.generate_pledges(sqlite_secretary, c.id)
    tab.reload()
    assert not tab.ui.deleteCampaignButton.isEnabled()
    assert not tab.ui.addButton.isEnabled() and tab.ui.addButton.toolTip() == "本活动的党员都已有承诺书"
    assert tab.ui.deleteCampaignButton.toolTip() == "已有承诺书的活动不能删除，期满后关闭即可"


def test_a_new_pledge_shows_blanks_then_the_chosen_members_text(qtbot, sqlite_secretary: Ctx, branch: int) -> None:
    # 新建承诺书 showed the template's raw {name}/{post}/{unit} (and saved them as they were).
    c = pledges.create_campaign(sqlite_secretary, pledges.CampaignInput(
        "百日安全", date(2026, 11, 1), date(2027, 2, 8), (branch,), "我是{unit}的共产党员{name}，岗位{post}。"), TODAY)
    tab = PledgesTab(sqlite_secretary, today=lambda: TODAY)
    qtbot.addWidget(tab)
    qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    assert isinstance(dlg, PledgeDialog)
    text = dlg.ui.textEdit
    assert text.toPlainText() == "我是＿＿＿＿的共产党员＿＿＿＿，岗位＿＿＿＿。"
    combo = dlg.ui.memberCombo
    combo.setCurrentIndex(combo.findText("张伟（综采二区党支部）"))
    assert text.toPlainText() == "我是综采二区的共产党员张伟，岗位检修工。" and dlg.ui.postEdit.text() == "检修工"
    combo.setCurrentIndex(combo.findText("王强（综采二区党支部）"))  # another choice: his text
    assert text.toPlainText() == "我是综采二区的共产党员王强，岗位检修工。"
    text.setPlainText("我是综采二区的共产党员王强，岗位检修工。我承诺不违章。")  # typed by the user: kept
    dlg.ui.postEdit.setText("班长")
    combo.setCurrentIndex(combo.findText("李娜（综采二区党支部）"))
    assert text.toPlainText().endswith("我承诺不违章。") and dlg.ui.postEdit.text() == "班长"
    combo.setCurrentIndex(combo.findText("王强（综采二区党支部）"))
    _save(dlg)
    row = pledges.list_pledges(sqlite_secretary, PledgeFilter(c.id, text="王强"))[0]
    assert (row.text, row.post) == ("我是综采二区的共产党员王强，岗位检修工。我承诺不违章。", "班长")


def test_the_campaign_dialog_shows_several_branches_and_every_commitment(qtbot, sqlite_secretary: Ctx, branch: int):
    # The 参加支部 list showed two and a half rows of the mine's 15 branches beside a tall template.
    for name in ("运行部党支部", "掘进一工区党支部", "检修部党支部", "通风区党支部"):
        roster.create_branch(sqlite_secretary, name)
    dlg = CampaignDialog(sqlite_secretary, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    branches, table = dlg.ui.branchList, dlg.ui.commitmentTable

    def shown(view, rect) -> bool:
        return view.viewport().rect().contains(rect)

    assert branches.count() == 5 and all(shown(branches, branches.visualItemRect(branches.item(i))) for i in range(4))
    assert table.rowCount() == 3 and all(shown(table, table.visualRect(table.model().index(r, 0))) for r in range(3))
    dlg.reject()
