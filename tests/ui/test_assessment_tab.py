"""The 考核评比 tab as the secretary clicks it at a quarter's end: score a week (one inspector at
a time, the table showing pooled scores only), see the ranking with points, propose, confirm,
be refused confirming a vetoed candidate, export the list, check the points."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QInputDialog

from dangjian_desktop.domain.assessment import CommendationKind, CommendationStatus
from dangjian_desktop.domain.hazards import Accident
from dangjian_desktop.domain.org import Person, PoliticalStatus
from dangjian_desktop.domain.zones import Zone, ZoneKind, ZoneReport, ZoneStatus
from dangjian_desktop.services import roster
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.assessment.tab import POINTS, RANKING, RECORDS, WEEKLY, AssessmentTab

from ..conftest import viewer_of

TODAY = date(2026, 10, 12)  # a Monday of 2026Q4: the selection concerns 2026Q3
WEEK = date(2026, 8, 5)


@pytest.fixture
def world(sqlite_secretary: Ctx) -> dict:
    ctx = sqlite_secretary
    b = roster.create_branch(ctx, "综采二区党支部")
    with ctx.db.uow() as s:
        people = [Person(name=n, employee_no=f"M{k}", branch_id=b, political_status=PoliticalStatus.MEMBER)
                  for k, n in enumerate(("张三", "李四", "王五", "赵检", "钱检", "孙检"))]
        s.add_all(people)
        s.flush()
        zones = [Zone(branch_id=b, kind=ZoneKind.SAFETY, name=f"{p.name}责任区", member_id=p.id, status=ZoneStatus.ACTIVE,
                      starts_on=date(2026, 6, 29)) for p in people[:3]]
        s.add_all(zones)
        s.flush()
        for z in zones:
            week = date(2026, 6, 29)
            while week <= date(2026, 9, 28):
                s.add(ZoneReport(zone_id=z.id, member_id=z.member_id, week_start=week, reported_on=week))
                week += timedelta(days=7)
        return {"branch": b, "zones": [z.id for z in zones], "members": [p.id for p in people[:3]],
                "inspectors": [p.name for p in people[3:]]}


def _tab(qtbot, ctx: Ctx) -> AssessmentTab:
    tab = AssessmentTab(ctx, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1024, 700)
    tab.show()
    return tab


def _score_through_dialog(qtbot, tab: AssessmentTab, zone_row: int, inspector: str, share: float) -> None:
    """录入评分…: the dialog opens modal; it is filled and saved as a user would."""
    def fill() -> None:
        dlg = tab.score_dialog
        dlg.ui.zoneCombo.setCurrentIndex(zone_row)
        dlg.ui.inspectorCombo.setCurrentIndex(dlg.ui.inspectorCombo.findText(inspector, Qt.MatchFlag.MatchStartsWith))
        for spin, item in zip(dlg.spins, dlg.items, strict=True):
            spin.setValue(round(item.max_score * share, 1))
        qtbot.mouseClick(dlg.ui.saveButton, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(tab.ui.scoreButton, Qt.MouseButton.LeftButton)


def test_score_rank_propose_confirm_and_export(qtbot, sqlite_secretary: Ctx, world, msgbox, monkeypatch, tmp_path):
    tab = _tab(qtbot, sqlite_secretary)
    assert tab.ui.periodCombo.currentText() == "2026Q3"
    tab.ui.innerTabs.setCurrentIndex(WEEKLY)
    tab.ui.weekField.setText(WEEK.isoformat())
    for zone_row, share in ((0, 0.95), (1, 0.85), (2, 0.7)):
        for inspector in world["inspectors"]:
            _score_through_dialog(qtbot, tab, zone_row, inspector, share)
    rows = [tab.week_model.row_at(i) for i in range(tab.week_model.rowCount())]
    assert [(r.scores, r.pooled) for r in rows] == [(3, 95.0), (3, 85.0), (3, 70.0)]
    # the table shows how many scored and the pooled score, never an inspector's name
    shown = [tab.week_model.index(r, c).data() for r in range(3) for c in range(tab.week_model.columnCount())]
    assert not any(name in str(v) for v in shown for name in world["inspectors"])
    assert "汇总分" in tab.ui.messageLabel.text() or "已评" in tab.ui.messageLabel.text()

    # a second score by the same inspector for the same zone and week is refused in the dialog
    def again() -> None:
        dlg = tab.score_dialog
        dlg.ui.zoneCombo.setCurrentIndex(0)
        dlg.ui.inspectorCombo.setCurrentIndex(dlg.ui.inspectorCombo.findText(world["inspectors"][0],
                                                                             Qt.MatchFlag.MatchStartsWith))
        qtbot.mouseClick(dlg.ui.saveButton, Qt.MouseButton.LeftButton)
        assert "只能评一次" in dlg.ui.errorLabel.text()
        dlg.reject()

    QTimer.singleShot(0, again)
    qtbot.mouseClick(tab.ui.scoreButton, Qt.MouseButton.LeftButton)
    assert tab.week_model.row_at(0).scores == 3

    # the ranking, with each member's points beside the scores
    tab.ui.innerTabs.setCurrentIndex(RANKING)
    ranked = [tab.ranking_model.row_at(i) for i in range(tab.ranking_model.rowCount())]
    assert [r.zone for r in ranked] == ["张三责任区", "李四责任区", "王五责任区"]
    assert "周检查得分×50" in tab.ui.weightsLabel.text()

    # propose, then the best zone's member is found responsible for an accident: confirming it is refused
    qtbot.mouseClick(tab.ui.proposeButton, Qt.MouseButton.LeftButton)
    proposals = list(tab.selection_rows)
    assert {r.kind for r in proposals} == {CommendationKind.MEMBER_STAR, CommendationKind.BEST_ZONE}
    assert all(r.status is CommendationStatus.PROPOSED for r in proposals)
    star_row = next(i for i, r in enumerate(proposals) if r.kind is CommendationKind.MEMBER_STAR)
    best = next(r for r in proposals if r.kind is CommendationKind.BEST_ZONE)
    tab.ui.selectionTable.selectRow(star_row)
    assert tab.ui.confirmButton.isEnabled()
    qtbot.mouseClick(tab.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert "已确认" in tab.ui.messageLabel.text()
    with sqlite_secretary.db.uow() as s:
        z = s.query(Zone).filter(Zone.name == best.candidate.split("（")[0]).one()
        member = z.member_id
        s.add(Accident(branch_id=world["branch"], zone_id=z.id, occurred_on=date(2026, 9, 20), description="轻伤",
                       responsible_person_id=member))
    tab.reload()
    best_row = next(i for i, r in enumerate(tab.selection_rows) if r.kind is CommendationKind.BEST_ZONE)
    assert tab.selection_rows[best_row].eligibility.startswith("否决：")
    tab.ui.selectionTable.selectRow(best_row)
    qtbot.mouseClick(tab.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert any("否决" in t for t in msgbox.texts("warning"))
    assert tab.selection_rows[best_row].status is CommendationStatus.PROPOSED

    # export the list (the file dialog answers with a path)
    out = tmp_path / "名单.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda _p, _t, _l, items, *a, **k: (items[0], True)))
    qtbot.mouseClick(tab.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已导出评先选优名单" in tab.ui.messageLabel.text(), timeout=20_000)
    ws = load_workbook(out).active
    assert ws["A1"].value == "综采二区党支部 2026Q3 评先选优名单"
    body = list(ws.iter_rows(min_row=4, values_only=True))
    assert any(r[2] == "党员之星" and r[4] == "已确认" for r in body)
    assert any(r[2] == "优质责任区" and str(r[8]).startswith("否决：") for r in body)

    # points: the page lists the members, check says the log (empty, no rules yet … then rebuilt) agrees
    tab.ui.innerTabs.setCurrentIndex(POINTS)
    assert tab.points_model.rowCount() == 6
    qtbot.mouseClick(tab.ui.rebuildButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "积分记录" in tab.ui.messageLabel.text(), timeout=20_000)
    qtbot.mouseClick(tab.ui.checkButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "一致" in tab.ui.messageLabel.text(), timeout=20_000)
    # 积分明细: the top member's entries, each naming its rule and its source record
    tab.ui.pointsTable.selectRow(0)
    seen: dict = {}

    def look() -> None:
        dlg = tab.entries_dialog
        seen["rows"] = [[dlg.model.index(r, c).data() for c in range(5)] for r in range(dlg.model.rowCount())]
        seen["title"] = dlg.ui.titleLabel.text()
        dlg.accept()

    QTimer.singleShot(0, look)
    qtbot.mouseClick(tab.ui.entriesButton, Qt.MouseButton.LeftButton)
    top = tab.points_model.row_at(0)
    assert top.name in seen["title"] and seen["rows"]
    assert all(r[3].split(" #")[0] in ("责任区周报", "责任区", "评先选优", "隐患") for r in seen["rows"])
    assert round(sum(float(r[2]) for r in seen["rows"]), 2) == top.total


def test_a_viewer_sees_the_ranking_without_the_write_buttons(qtbot, sqlite_secretary: Ctx, world):
    tab = _tab(qtbot, viewer_of(sqlite_secretary))
    assert tab.ranking_model.rowCount() == 3
    for button in (tab.ui.proposeButton, tab.ui.confirmButton, tab.ui.scoreButton, tab.ui.revokeButton):
        assert not button.isVisible()
    assert tab.ui.exportButton.isVisible()


def test_a_period_written_wrongly_is_said_in_chinese(qtbot, sqlite_secretary: Ctx, world):
    tab = _tab(qtbot, sqlite_secretary)
    tab.ui.periodCombo.setCurrentText("2026Q5")
    tab.reload()
    assert "2026Q5" in tab.ui.messageLabel.text() and tab.ranking_model.rowCount() == 0
    tab.ui.periodCombo.setCurrentText("2026年第三季度")
    tab.reload()
    assert tab.ui.periodCombo.currentText() == "2026Q3" and tab.ranking_model.rowCount() == 3


def test_records_page_adds_a_monthly_check_and_a_supervision_note(qtbot, sqlite_secretary: Ctx, world):
    tab = _tab(qtbot, sqlite_secretary)
    tab.ui.innerTabs.setCurrentIndex(RECORDS)

    def monthly() -> None:
        dlg = tab.records_dialog
        dlg.ui.monthEdit.setText("2026-09")
        dlg.ui.scoreSpin.setValue(93)
        qtbot.mouseClick(dlg.ui.saveButton, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, monthly)
    qtbot.mouseClick(tab.ui.monthlyButton, Qt.MouseButton.LeftButton)
    assert tab.monthly_model.rowCount() == 1 and tab.monthly_model.index(0, 3).data() == "93"

    def note() -> None:
        dlg = tab.records_dialog
        dlg.ui.heldField.setText("2026-09-14")
        dlg.ui.contentEdit.setPlainText("抽查责任区牌板")
        qtbot.mouseClick(dlg.ui.saveButton, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, note)
    qtbot.mouseClick(tab.ui.supervisionButton, Qt.MouseButton.LeftButton)
    assert tab.supervision_model.rowCount() == 1 and tab.supervision_model.index(0, 0).data() == "2026-09-11"


def test_weights_and_counts_set_in_their_dialog_change_the_ranking(qtbot, sqlite_secretary: Ctx, world):
    from dangjian_desktop.domain.hazards import Hazard, HazardStatus

    with sqlite_secretary.db.uow() as s:  # 张三's zone has one hazard closed late
        s.add(Hazard(branch_id=world["branch"], zone_id=world["zones"][0], found_on=date(2026, 8, 1), description="逾期",
                     deadline=date(2026, 8, 3), status=HazardStatus.CLOSED, closed_on=date(2026, 8, 9)))
    tab = _tab(qtbot, sqlite_secretary)
    assert tab.ranking_model.row_at(2).zone == "张三责任区"  # no weekly scores: the record decides

    def fill() -> None:
        dlg = tab.weights_dialog
        for name, value in (("weekly", 0), ("hazards", 0), ("reports", 10), ("violations", 0), ("pledge", 0)):
            dlg.spins[name].setValue(value)
        dlg.ui.starCapSpin.setValue(2)
        qtbot.mouseClick(dlg.ui.saveButton, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(tab.ui.weightsButton, Qt.MouseButton.LeftButton)
    assert "周报按时×10" in tab.ui.weightsLabel.text() and "周检查得分×0" in tab.ui.weightsLabel.text()
    assert {tab.ranking_model.row_at(i).total for i in range(3)} == {100.0}
    from dangjian_desktop.services import assessment

    assert assessment.quarter_caps(sqlite_secretary)[CommendationKind.MEMBER_STAR] == 2


def test_a_work_item_opens_the_commendation(qtbot, sqlite_secretary: Ctx, world):
    from dangjian_desktop.services import assessment
    from dangjian_desktop.services.worklist import WorkTarget

    proposals = assessment.propose_quarter(sqlite_secretary, "2026Q3", world["branch"], TODAY)
    best = next(p for p in proposals if p.kind is CommendationKind.BEST_ZONE)
    tab = _tab(qtbot, sqlite_secretary)
    tab.ui.periodCombo.setCurrentText("2026Q2")
    tab.ui.innerTabs.setCurrentIndex(WEEKLY)
    tab.show_target(WorkTarget("commendation", best.id))
    assert tab.ui.innerTabs.currentIndex() == RANKING and tab.ui.periodCombo.currentText() == "2026Q3"
    assert tab.selected_commendation() is not None and tab.selected_commendation().id == best.id
    tab.show_target(WorkTarget("assessment_week", world["branch"]))
    assert tab.ui.innerTabs.currentIndex() == WEEKLY


def test_print_opens_the_star_board_for_the_branch_and_quarter(qtbot, sqlite_secretary: Ctx, world):
    from PySide6.QtWidgets import QApplication

    from dangjian_desktop.ui.printing.dialog import PrintDialog

    tab = _tab(qtbot, sqlite_secretary)
    qtbot.mouseClick(tab.ui.printButton, Qt.MouseButton.LeftButton)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.windowTitle() and "党员之星" in dialog.windowTitle()
    dialog.close()


def test_points_headers_show_the_rule_names_whole(qtbot, sqlite_secretary: Ctx, world):
    """A rule column is at most 120 pixels wide: its long name goes on two lines, not clipped."""
    from PySide6.QtCore import Qt as _Qt

    from dangjian_desktop.domain.zones import Suggestion

    with sqlite_secretary.db.uow() as s:  # a second rule (合理化建议) so the 周报 one is not the last column
        s.add(Suggestion(zone_id=world["zones"][0], member_id=world["members"][0], made_on=date(2026, 8, 3),
                         content="皮带机头加装防护栏", adopted=True))
    tab = _tab(qtbot, sqlite_secretary)
    tab.ui.innerTabs.setCurrentIndex(POINTS)
    qtbot.mouseClick(tab.ui.rebuildButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.points_model.columnCount() > 4, timeout=20_000)
    view, model = tab.ui.pointsTable, tab.points_model
    header, metrics = view.horizontalHeader(), view.horizontalHeader().fontMetrics()
    titles = [model.headerData(c, _Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert any("\n" in t for t in titles)
    for c, title in enumerate(titles[:-1]):  # the last section stretches
        widest = max(metrics.horizontalAdvance(line) for line in title.split("\n"))
        assert widest <= header.sectionSize(c), title
        assert model.headerData(c, _Qt.Orientation.Horizontal, _Qt.ItemDataRole.ToolTipRole) == title.replace("\n", "")
    assert header.height() >= 2 * metrics.height()
