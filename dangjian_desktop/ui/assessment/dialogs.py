"""The 考核评比 tab's dialogs: one inspector's weekly score, the score sheet, the ranking's
weights and counts, the point rules, a member's point entries, a 月考核 and a 旬督导. Each writes through ``services.assessment`` / ``services.points``;
a refusal is shown in the dialog's error line and nothing is written."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDoubleSpinBox, QHeaderView, QTableWidgetItem, QWidget

from dangjian_desktop.domain.assessment import CommendationKind
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.periods import PeriodKind
from dangjian_desktop.services import assessment, points
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.messages import problems_text, set_error_style
from dangjian_desktop.ui.forms.ui_monthly_check_dialog import Ui_MonthlyCheckDialog
from dangjian_desktop.ui.forms.ui_point_entries_dialog import Ui_PointEntriesDialog
from dangjian_desktop.ui.forms.ui_point_rules_dialog import Ui_PointRulesDialog
from dangjian_desktop.ui.forms.ui_ranking_weights_dialog import Ui_RankingWeightsDialog
from dangjian_desktop.ui.forms.ui_score_sheet_dialog import Ui_ScoreSheetDialog
from dangjian_desktop.ui.forms.ui_supervision_note_dialog import Ui_SupervisionNoteDialog
from dangjian_desktop.ui.forms.ui_weekly_score_dialog import Ui_WeeklyScoreDialog


def _error(label: QWidget, err: DomainError) -> None:
    label.setText(problems_text(err))  # type: ignore[attr-defined]
    set_error_style(label, True)


class WeeklyScoreDialog(QDialog):
    """录入周检查评分: a zone, a week, an inspector and a score per item of the sheet."""

    def __init__(self, ctx: Ctx, branch_id: int, week: date, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.branch_id, self.today = ctx, branch_id, today or date.today()
        self.ui = Ui_WeeklyScoreDialog()
        self.ui.setupUi(self)
        self.result_score: assessment.PooledScore | None = None
        sheet = assessment.score_sheet(ctx)
        self.items = sheet.items if sheet else ()
        self.ui.weekField.set_value(week)
        self._fill_zones()
        self.ui.weekField.valueChanged.connect(self._week_changed)
        for pid, name in assessment.inspectors(ctx, branch_id):
            self.ui.inspectorCombo.addItem(name, pid)
        table = self.ui.itemsTable
        table.setHorizontalHeaderLabels(["评分项目", "满分", "得分"])
        table.setRowCount(len(self.items))
        self.spins: list[QDoubleSpinBox] = []
        for r, it in enumerate(self.items):
            cell = QTableWidgetItem(it.text)
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, 0, cell)
            top = QTableWidgetItem(f"{it.max_score:g}")
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsEditable)
            top.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(r, 1, top)
            spin = QDoubleSpinBox(table)
            spin.setDecimals(1)
            spin.setRange(0, it.max_score)
            spin.setSingleStep(0.5)
            spin.setValue(it.max_score)
            spin.valueChanged.connect(self._update_total)
            spin.setObjectName(f"scoreSpin{r}")
            table.setCellWidget(r, 2, spin)
            self.spins.append(spin)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        self.ui.saveButton.clicked.connect(self.save)
        self._update_total()
        if not self.items:
            self.ui.errorLabel.setText("还没有周检查评分表，请先在“评分表”中建立。")
            self.ui.saveButton.setEnabled(False)

    def _week_changed(self) -> None:
        if self.ui.weekField.value() is not None:
            self._fill_zones()

    def _fill_zones(self) -> None:
        week = self.ui.weekField.value() or self.today
        keep = self.ui.zoneCombo.currentData()
        self.ui.zoneCombo.clear()
        for z in assessment.week_overview(self.ctx, self.branch_id, week):
            self.ui.zoneCombo.addItem(f"{z.zone}（{z.member}）" if z.member else z.zone, z.zone_id)
        if keep is not None:
            self.select_zone(keep)

    def select_zone(self, zone_id: int) -> None:
        i = self.ui.zoneCombo.findData(zone_id)
        if i >= 0:
            self.ui.zoneCombo.setCurrentIndex(i)

    def _update_total(self) -> None:
        total = sum(s.value() * it.weight for s, it in zip(self.spins, self.items, strict=True))
        self.ui.totalLabel.setText(f"合计：{total:g} 分（满分 {sum(i.max_score * i.weight for i in self.items):g}）")

    def save(self) -> None:
        problem = self.ui.weekField.problem("检查周")
        zone, inspector = self.ui.zoneCombo.currentData(), self.ui.inspectorCombo.currentData()
        week = self.ui.weekField.value()
        if problem or week is None or zone is None or inspector is None:
            self.ui.errorLabel.setText(problem or ("请选择责任区/示范岗。" if zone is None else "请选择检查周和检查人。"))
            set_error_style(self.ui.errorLabel, True)
            return
        values = {it.id: s.value() for s, it in zip(self.spins, self.items, strict=True)}
        try:
            self.result_score = assessment.enter_weekly_score(self.ctx, zone, week, inspector, values, self.today)
        except DomainError as err:
            _error(self.ui.errorLabel, err)
            return
        self.accept()


class ScoreSheetDialog(QDialog):
    """The weekly check's score sheet: items, highest scores and weights (书记)."""

    def __init__(self, ctx: Ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ScoreSheetDialog()
        self.ui.setupUi(self)
        self.sheet = assessment.score_sheet(ctx)
        table = self.ui.itemsTable
        table.setHorizontalHeaderLabels(["评分项目", "满分", "权重"])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for it in self.sheet.items if self.sheet else ():
            self._add_row(it.id, it.text, it.max_score, it.weight)
        self.ui.nameLabel.setText(self.sheet.name if self.sheet else "尚无评分表")
        self.ui.addButton.clicked.connect(lambda: self._add_row(None, "", 10, 1))
        self.ui.removeButton.clicked.connect(self._remove_row)
        self.ui.saveButton.clicked.connect(self.save)
        table.itemChanged.connect(lambda _i: self._update_total())
        writable = ctx.actor.is_secretary and self.sheet is not None
        for w in (self.ui.addButton, self.ui.removeButton, self.ui.saveButton):
            w.setEnabled(writable)
        if not writable:
            table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        self._update_total()

    def _add_row(self, item_id: int | None, text: str, top: float, weight: float) -> None:
        table = self.ui.itemsTable
        r = table.rowCount()
        table.insertRow(r)
        cell = QTableWidgetItem(text)
        cell.setData(Qt.ItemDataRole.UserRole, item_id)
        table.setItem(r, 0, cell)
        table.setItem(r, 1, QTableWidgetItem(f"{top:g}"))
        table.setItem(r, 2, QTableWidgetItem(f"{weight:g}"))

    def _remove_row(self) -> None:
        r = self.ui.itemsTable.currentRow()
        if r >= 0:
            self.ui.itemsTable.removeRow(r)
            self._update_total()

    def _rows(self) -> list[assessment.SheetItemEdit] | None:
        table, out = self.ui.itemsTable, []
        for r in range(table.rowCount()):
            cells = [table.item(r, c) for c in range(3)]
            try:
                top, weight = float(cells[1].text()), float(cells[2].text())  # type: ignore[union-attr]
            except (AttributeError, ValueError):
                self.ui.errorLabel.setText(f"第{r + 1}项的满分和权重应为数字。")
                set_error_style(self.ui.errorLabel, True)
                return None
            item = cells[0]
            out.append(assessment.SheetItemEdit(item.data(Qt.ItemDataRole.UserRole) if item else None,
                                                item.text() if item else "", top, weight))
        return out

    def _update_total(self) -> None:
        total = 0.0
        table = self.ui.itemsTable
        for r in range(table.rowCount()):
            try:
                total += float(table.item(r, 1).text()) * float(table.item(r, 2).text())  # type: ignore[union-attr]
            except (AttributeError, ValueError):
                pass
        self.ui.totalLabel.setText(f"满分合计：{total:g}")

    def save(self) -> None:
        rows = self._rows()
        if rows is None or self.sheet is None:
            return
        try:
            self.sheet = assessment.save_sheet_items(self.ctx, self.sheet.id, self.sheet.version, rows)
        except DomainError as err:
            _error(self.ui.errorLabel, err)
            return
        self.accept()


class RankingWeightsDialog(QDialog):
    def __init__(self, ctx: Ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_RankingWeightsDialog()
        self.ui.setupUi(self)
        self.spins = {"weekly": self.ui.weeklySpin, "hazards": self.ui.hazardsSpin, "reports": self.ui.reportsSpin,
                      "violations": self.ui.violationsSpin, "pledge": self.ui.pledgeSpin}
        for key, value in assessment.weights(ctx).items():
            self.spins[key].setValue(value)
        caps = assessment.quarter_caps(ctx)
        self.ui.starCapSpin.setValue(caps[CommendationKind.MEMBER_STAR])
        self.ui.bestCapSpin.setValue(caps[CommendationKind.BEST_ZONE])
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.saveButton.setEnabled(ctx.actor.is_secretary)

    def save(self) -> None:
        try:
            assessment.set_weights(self.ctx, {k: s.value() for k, s in self.spins.items()})
            assessment.set_quarter_caps(self.ctx, {CommendationKind.MEMBER_STAR: self.ui.starCapSpin.value(),
                                                   CommendationKind.BEST_ZONE: self.ui.bestCapSpin.value()})
        except DomainError as err:
            _error(self.ui.errorLabel, err)
            return
        self.accept()


class PointRulesDialog(QDialog):
    """积分规则: the list, and the selected rule's fields to change (书记)."""

    def __init__(self, ctx: Ctx, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today
        self.ui = Ui_PointRulesDialog()
        self.ui.setupUi(self)
        self.appended = 0
        for kind in (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.YEAR):
            self.ui.capPeriodCombo.addItem(f"每{kind.value}", kind)
        from dangjian_desktop.ui.common.table_model import ALIGN_CENTER, ListColumn, ListTableModel

        self.model = ListTableModel([
            ListColumn("积分项目", lambda r: r.item),
            ListColumn("分值", lambda r: f"{r.points:+g}", ALIGN_CENTER),
            ListColumn("每期上限", lambda r: f"{r.cap:g}（每{r.cap_period.value}）" if r.cap else "不设", ALIGN_CENTER),
            ListColumn("佐证", lambda r: "须有" if r.evidence_required else "", ALIGN_CENTER),
            ListColumn("状态", lambda r: "启用" if r.active else "停用", ALIGN_CENTER),
        ], parent=self)
        self.ui.rulesTable.setModel(self.model)
        self.ui.rulesTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.rulesTable.verticalHeader().setVisible(False)
        self.ui.rulesTable.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        self.ui.saveButton.clicked.connect(self.save)
        secretary = ctx.actor.is_secretary
        self.ui.editBox.setEnabled(secretary)
        self.ui.saveButton.setEnabled(secretary)
        self._load()

    def _load(self, select: int = 0) -> None:
        self.rules = points.list_rules(self.ctx)
        self.model.set_rows(self.rules)
        if self.rules:
            self.ui.rulesTable.selectRow(min(select, len(self.rules) - 1))
            self._show(min(select, len(self.rules) - 1))

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.rules):
            return
        r = self.rules[row]
        self.ui.itemEdit.setText(r.item)
        self.ui.pointsSpin.setValue(r.points)
        self.ui.capSpin.setValue(r.cap or 0)
        self.ui.capPeriodCombo.setCurrentIndex(max(0, self.ui.capPeriodCombo.findData(r.cap_period)))
        self.ui.evidenceCheck.setChecked(r.evidence_required)
        self.ui.activeCheck.setChecked(r.active)

    def save(self) -> None:
        row = self.ui.rulesTable.currentIndex().row()
        if not 0 <= row < len(self.rules):
            return
        r = self.rules[row]
        edit = points.RuleEdit(self.ui.itemEdit.text(), self.ui.pointsSpin.value(), self.ui.capSpin.value() or None,
                               self.ui.capPeriodCombo.currentData(), self.ui.evidenceCheck.isChecked(),
                               self.ui.activeCheck.isChecked())
        try:
            _rule, appended = points.update_rule(self.ctx, r.id, r.version, edit, self.today)
        except DomainError as err:
            _error(self.ui.errorLabel, err)
            return
        self.appended += appended
        self.ui.errorLabel.setText(f"已保存“{edit.item}”" + (f"，追加更正记录 {appended} 条。" if appended else "。"))
        set_error_style(self.ui.errorLabel, False)
        self._load(row)


class MonthlyCheckDialog(QDialog):
    """录入月考核: a zone's self-check score for a month."""

    def __init__(self, ctx: Ctx, branch_id: int, month: str, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today or date.today()
        self.ui = Ui_MonthlyCheckDialog()
        self.ui.setupUi(self)
        self.saved: assessment.MonthlyRow | None = None
        for z in assessment.week_overview(ctx, branch_id, self.today):
            self.ui.zoneCombo.addItem(f"{z.zone}（{z.member}）" if z.member else z.zone, z.zone_id)
        self.ui.monthEdit.setText(month)
        self.ui.saveButton.clicked.connect(self.save)

    def save(self) -> None:
        zone = self.ui.zoneCombo.currentData()
        if zone is None:
            self.ui.errorLabel.setText("请选择责任区/示范岗。")
            set_error_style(self.ui.errorLabel, True)
            return
        try:
            self.saved = assessment.record_monthly_check(self.ctx, zone, self.ui.monthEdit.text(),
                                                         self.ui.scoreSpin.value(), self.ui.noteEdit.toPlainText(),
                                                         self.today)
        except DomainError as err:
            _error(self.ui.errorLabel, err)
            return
        self.accept()


class SupervisionNoteDialog(QDialog):
    """记录旬督导: the day and what was supervised."""

    def __init__(self, ctx: Ctx, branch_id: int, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.branch_id, self.today = ctx, branch_id, today or date.today()
        self.ui = Ui_SupervisionNoteDialog()
        self.ui.setupUi(self)
        self.saved: assessment.SupervisionRow | None = None
        self.ui.heldField.set_value(self.today)
        self.ui.saveButton.clicked.connect(self.save)

    def save(self) -> None:
        problem = self.ui.heldField.problem("督导日期")
        held = self.ui.heldField.value()
        if problem or held is None:
            self.ui.errorLabel.setText(problem or "请填写督导日期。")
            set_error_style(self.ui.errorLabel, True)
            return
        try:
            self.saved = assessment.add_supervision_note(self.ctx, self.branch_id, held,
                                                         self.ui.contentEdit.toPlainText(), self.today)
        except DomainError as err:
            _error(self.ui.errorLabel, err)
            return
        self.accept()


class PointEntriesDialog(QDialog):
    """积分明细: one member's entries in the period, each with its rule and its source record."""

    def __init__(self, ctx: Ctx, member: points.MemberPoints, period: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PointEntriesDialog()
        self.ui.setupUi(self)
        from dangjian_desktop.ui.common.table_model import ALIGN_CENTER, ListColumn, ListTableModel

        self.entries = points.member_entries(ctx, member.person_id, period)
        self.model = ListTableModel([
            ListColumn("日期", lambda e: f"{e.occurred_on:%Y-%m-%d}", ALIGN_CENTER),
            ListColumn("积分项目", lambda e: e.rule),
            ListColumn("积分", lambda e: f"{e.points:+g}", ALIGN_CENTER),
            ListColumn("来源记录", lambda e: e.source),
            ListColumn("说明", lambda e: e.note, tooltip=lambda e: e.note or None),
        ], self.entries, self)
        table = self.ui.entriesTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        self.setWindowTitle(f"积分记录 · {member.name}")
        self.ui.titleLabel.setText(f"{member.name}（{member.employee_no}） {period}：{len(self.entries)}条记录，"
                                   f"合计 {member.total:g} 分")
