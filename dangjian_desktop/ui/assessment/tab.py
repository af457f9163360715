"""The 考核评比 tab: the quarter's ranking with each member's points, the selection (propose,
confirm, vetoes with their reasons, vetoes found after a confirmation), the commendation list's
export and the star board's print; the weekly check (pooled scores only, one inspector's score
entered at a time); the points (check, rebuild, rules, export); 月考核 and 旬督导.

An area tab (``ui/common/tab_platform.AreaTab``), built the first time it is shown. Every read
and write goes through ``services.assessment`` and ``services.points``; the lists are per branch
and quarter (a few dozen rows), exports run through ``run_task``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QHeaderView, QInputDialog, QMessageBox, QTableView, QWidget

from dangjian_desktop.domain.assessment import RANKING_PARTS, CommendationStatus
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.periods import PeriodKind, parse_period, quarter_of
from dangjian_desktop.services import assessment, points
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.services.worklist import WorkTarget
from dangjian_desktop.ui.common.messages import set_error_style
from dangjian_desktop.ui.common.table_model import ALIGN_CENTER, ListColumn, ListTableModel
from dangjian_desktop.ui.common.tasks import error_text, run_task
from dangjian_desktop.ui.forms.ui_assessment_tab import Ui_AssessmentTab

from .dialogs import (
    MonthlyCheckDialog,
    PointEntriesDialog,
    PointRulesDialog,
    RankingWeightsDialog,
    ScoreSheetDialog,
    SupervisionNoteDialog,
    WeeklyScoreDialog,
)

RANKING, WEEKLY, POINTS, RECORDS = range(4)
DASH = "—"


def _num(v: float | None, digits: int = 1) -> str:
    return DASH if v is None else f"{v:.{digits}f}"


def _header_lines(title: str, per_line: int = 7) -> str:
    """A long rule name (每周报告责任区安全动态) on two or three balanced lines, so that a points
    column 120 pixels wide shows it whole instead of clipped at both ends."""
    if len(title) <= per_line:
        return title
    lines = -(-len(title) // per_line)
    width = -(-len(title) // lines)
    return "\n".join(title[i:i + width] for i in range(0, len(title), width))


class _RowsModel(ListTableModel):
    """A list model whose rows can be tinted (a vetoed candidate, a late veto)."""

    def __init__(self, columns: list[ListColumn], tint: object = None, parent: QWidget | None = None) -> None:
        super().__init__(columns, parent=parent)
        self._tint = tint

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and self._tint is not None and index.isValid():
            color = self._tint(self.row_at(index.row()))  # type: ignore[operator]
            return QColor(color) if color else None
        return super().data(index, role)


RANKING_COLUMNS = [
    ListColumn("名次", lambda r: str(r.rank) if r.rank else DASH, ALIGN_CENTER),
    ListColumn("责任区 / 示范岗", lambda r: r.zone + ("（已摘牌）" if not r.title_kept else "")),
    ListColumn("党员", lambda r: r.member),
    ListColumn("周检查", lambda r: _num(r.weekly), ALIGN_CENTER,
               tooltip=lambda r: f"{r.weeks_scored}周有评分（每周为多名检查人评分的汇总分）"),
    ListColumn("隐患按期闭合", lambda r: f"{r.hazards_on_time}/{r.hazards_due}", ALIGN_CENTER),
    ListColumn("周报", lambda r: f"{r.reports_made}/{r.reports_due}", ALIGN_CENTER),
    ListColumn("三违", lambda r: str(r.violations), ALIGN_CENTER),
    ListColumn("承诺", lambda r: r.pledge, ALIGN_CENTER),
    ListColumn("总分", lambda r: _num(r.total, 2), ALIGN_CENTER),
    ListColumn("积分", lambda r: f"{r.points:g}", ALIGN_CENTER),
    ListColumn("否决情形", lambda r: "；".join(r.vetoes) or "", tooltip=lambda r: "\n".join(r.vetoes) or None),
]

SELECTION_COLUMNS = [
    ListColumn("类别", lambda r: r.kind.value, ALIGN_CENTER),
    ListColumn("对象", lambda r: r.candidate),
    ListColumn("状态", lambda r: r.status_text, ALIGN_CENTER),
    ListColumn("得分", lambda r: DASH if r.score is None else f"{r.score:g}", ALIGN_CENTER),
    ListColumn("积分", lambda r: DASH if r.points is None else f"{r.points:g}", ALIGN_CENTER),
    ListColumn("是否可评", lambda r: r.eligibility, tooltip=lambda r: r.eligibility),
    ListColumn("记录", lambda r: r.records, tooltip=lambda r: r.records),
]

WEEK_COLUMNS = [
    ListColumn("责任区 / 示范岗", lambda r: r.zone),
    ListColumn("党员", lambda r: r.member),
    ListColumn("已评份数", lambda r: str(r.scores), ALIGN_CENTER),
    ListColumn("汇总分", lambda r: _num(r.pooled), ALIGN_CENTER),
]

MONTHLY_COLUMNS = [
    ListColumn("月份", lambda r: r.month, ALIGN_CENTER),
    ListColumn("责任区 / 示范岗", lambda r: r.zone),
    ListColumn("党员", lambda r: r.member),
    ListColumn("自查得分", lambda r: f"{r.score:g}", ALIGN_CENTER),
    ListColumn("说明", lambda r: r.note, tooltip=lambda r: r.note or None),
]

SUPERVISION_COLUMNS = [
    ListColumn("旬", lambda r: f"{r.dekad_start:%Y-%m-%d}", ALIGN_CENTER),
    ListColumn("督导日期", lambda r: f"{r.held_on:%Y-%m-%d}", ALIGN_CENTER),
    ListColumn("督导人", lambda r: r.author),
    ListColumn("督导内容", lambda r: r.content, tooltip=lambda r: r.content),
]


def _rule_points(rule_id: int) -> Callable[[points.MemberPoints], str]:
    return lambda m: f"{m.by_rule.get(rule_id, 0):g}"


def _late_or_vetoed(r: assessment.ListRow) -> str | None:
    if r.late_veto:
        return "#C00000"
    return "#9A6700" if r.status is CommendationStatus.VETOED else None


class AssessmentTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: Ctx, parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self.ui = Ui_AssessmentTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.ranking: assessment.Ranking | None = None
        self.selection_rows: list[assessment.ListRow] = []
        self.ranking_model = _RowsModel(RANKING_COLUMNS, lambda r: "#9A6700" if r.vetoes else None, self)
        self.selection_model = _RowsModel(SELECTION_COLUMNS, _late_or_vetoed, self)
        self.week_model = ListTableModel(WEEK_COLUMNS, parent=self)
        self.points_model = ListTableModel([], parent=self)
        self.monthly_model = ListTableModel(MONTHLY_COLUMNS, parent=self)
        self.supervision_model = ListTableModel(SUPERVISION_COLUMNS, parent=self)
        for view, model, stretch in ((ui.rankingTable, self.ranking_model, 10), (ui.selectionTable, self.selection_model, 5),
                                     (ui.weekTable, self.week_model, 0), (ui.pointsTable, self.points_model, None),
                                     (ui.monthlyTable, self.monthly_model, 4), (ui.supervisionTable, self.supervision_model, 3)):
            self._setup_view(view, model, stretch)
        ui.rankingSplitter.setStretchFactor(0, 3)
        ui.rankingSplitter.setStretchFactor(1, 2)
        set_error_style(ui.lateVetoLabel, True)
        set_error_style(ui.branchVetoLabel, True)

        for bid, name in assessment.branches(ctx):
            ui.branchCombo.addItem(name, bid)
        current = quarter_of(self.today())
        previous = quarter_of(current.start - timedelta(days=1))
        q = current.start
        for _ in range(6):
            ui.periodCombo.addItem(quarter_of(q).label)
            q = quarter_of(q).start - timedelta(days=1)
        # Before the quarter's last week the selection concerns the quarter just ended.
        last_week = current.end - timedelta(days=6)
        ui.periodCombo.setCurrentText(current.label if self.today() >= last_week else previous.label)
        ui.weekField.set_value(self.today())

        ui.branchCombo.currentIndexChanged.connect(lambda _i: self.reload())
        ui.periodCombo.activated.connect(lambda _i: self.reload())
        period_edit = ui.periodCombo.lineEdit()
        if period_edit is not None:
            period_edit.editingFinished.connect(self.reload)
        ui.innerTabs.currentChanged.connect(lambda _i: self._load_page())
        ui.weekField.valueChanged.connect(self._week_changed)
        ui.weightsButton.clicked.connect(self.edit_weights)
        ui.proposeButton.clicked.connect(self.propose)
        ui.confirmButton.clicked.connect(self.confirm_selected)
        ui.exportButton.clicked.connect(lambda _checked=False: self.export_list())
        ui.printButton.clicked.connect(self.print_stars)
        ui.saveReviewButton.clicked.connect(self.save_review)
        ui.revokeButton.clicked.connect(self.revoke_selected)
        ui.scoreButton.clicked.connect(self.enter_score)
        ui.sheetButton.clicked.connect(self.edit_sheet)
        ui.checkButton.clicked.connect(self.check_points)
        ui.rebuildButton.clicked.connect(self.rebuild_points)
        ui.rulesButton.clicked.connect(self.edit_rules)
        ui.exportPointsButton.clicked.connect(lambda _checked=False: self.export_points())
        ui.entriesButton.clicked.connect(self.show_entries)
        ui.pointsTable.doubleClicked.connect(lambda _i: self.show_entries())
        ui.monthlyButton.clicked.connect(self.add_monthly_check)
        ui.supervisionButton.clicked.connect(self.add_supervision_note)
        ui.selectionTable.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        ui.rankingTable.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        writer, secretary = ctx.actor.can_write, ctx.actor.is_secretary
        for button in (ui.proposeButton, ui.confirmButton, ui.saveReviewButton, ui.revokeButton, ui.scoreButton,
                       ui.rebuildButton, ui.monthlyButton, ui.supervisionButton):
            button.setVisible(writer)
        ui.weightsButton.setEnabled(secretary)
        self.reload()

    # ------------------------------------------------------------ helpers

    def today(self) -> date:
        return self._today()

    @staticmethod
    def _setup_view(view: QTableView, model: ListTableModel, stretch: int | None) -> None:
        view.setModel(model)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)

    @staticmethod
    def _fit(view: QTableView, widest: int = 260) -> None:
        """Columns as wide as their contents, none wider than ``widest`` (the text elided, whole
        in the tooltip), so the tables fit a 1024-pixel screen."""
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        for c in range(max(0, header.count() - 1)):
            header.resizeSection(c, min(header.sectionSize(c), widest))

    def branch_id(self) -> int | None:
        return self.ui.branchCombo.currentData()

    def period(self) -> str | None:
        """The quarter typed or chosen, or None (said in the message line) when it is written wrongly."""
        text = self.ui.periodCombo.currentText()
        try:
            label = parse_period(text, PeriodKind.QUARTER).label
        except DomainError as err:
            self._message(err.message, error=True)
            return None
        if label != text:
            self.ui.periodCombo.setCurrentText(label)
        return label

    def _message(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        set_error_style(self.ui.messageLabel, error)

    def _fail(self, title: str, exc: BaseException) -> None:
        QMessageBox.warning(self, title, error_text(exc))

    # ------------------------------------------------------------ AreaTab

    def reload(self) -> None:
        self._message("")
        self._load_page()

    def show_target(self, target: WorkTarget) -> None:
        ui = self.ui
        if target.kind in ("assessment_week", "assessment_quarter") and target.record_id is not None:
            i = ui.branchCombo.findData(target.record_id)
            if i >= 0:
                ui.branchCombo.setCurrentIndex(i)
            ui.innerTabs.setCurrentIndex(WEEKLY if target.kind == "assessment_week" else RANKING)
            if target.kind == "assessment_week":
                ui.weekField.set_value(self.today())
        elif target.kind == "commendation" and target.record_id is not None:
            try:
                row = assessment.get_commendation(self.ctx, target.record_id)
            except DomainError as err:
                self._message(err.message, error=True)
                return
            i = ui.branchCombo.findData(row.branch_id)
            if i >= 0:
                ui.branchCombo.setCurrentIndex(i)
            ui.periodCombo.setCurrentText(row.period)
            ui.innerTabs.setCurrentIndex(RANKING)
            self.reload()
            for k, r in enumerate(self.selection_rows):
                if r.id == row.id:
                    ui.selectionTable.selectRow(k)
            return
        self.reload()

    def _load_page(self) -> None:
        page = self.ui.innerTabs.currentIndex()
        try:
            if page == RANKING:
                self._load_ranking()
            elif page == WEEKLY:
                self._load_week()
            elif page == POINTS:
                self._load_points()
            else:
                self._load_records()
        except DomainError as err:
            self._message(err.message, error=True)
        self._update_buttons()

    # ------------------------------------------------------------ ranking and selection

    def _load_ranking(self) -> None:
        bid, period = self.branch_id(), self.period()
        if bid is None or period is None:
            self.ranking_model.set_rows([])
            self.selection_model.set_rows([])
            return
        self.ranking = assessment.quarterly_ranking(self.ctx, period, bid, self.today())
        labels = dict(RANKING_PARTS)
        self.ui.weightsLabel.setText("总分 = " + " + ".join(f"{labels[k]}×{v:g}" for k, v in self.ranking.weights.items())
                                     + "（各项0～100分，按权重加权平均；无数据的项不计）")
        self.ui.branchVetoLabel.setText("；".join(self.ranking.branch_vetoes) + "：本期不能评为优质责任区。"
                                        if self.ranking.branch_vetoes else "")
        self.ui.branchVetoLabel.setVisible(bool(self.ranking.branch_vetoes))
        self.ranking_model.set_rows(self.ranking.rows)
        self._fit(self.ui.rankingTable)
        self._load_selection()

    def _load_selection(self) -> None:
        bid, period = self.branch_id(), self.period()
        if bid is None or period is None:
            return
        self.selection_rows = [r for r in assessment.quarter_commendations(self.ctx, period, bid, self.today())
                               if r.period == period]
        self.selection_model.set_rows(self.selection_rows)
        self._fit(self.ui.selectionTable)
        late = [r for r in self.selection_rows if r.late_veto]
        self.ui.lateVetoLabel.setText("\n".join(f"⚠ {r.kind.value}“{r.candidate}”确认后发现否决情形：{r.late_veto}。请复核。"
                                                for r in late))
        self.ui.lateVetoLabel.setVisible(bool(late))

    def selected_commendation(self) -> assessment.ListRow | None:
        rows = self.ui.selectionTable.selectionModel().selectedRows()
        return self.selection_rows[rows[0].row()] if rows and rows[0].row() < len(self.selection_rows) else None

    def selected_zone(self) -> assessment.RankingRow | None:
        rows = self.ui.rankingTable.selectionModel().selectedRows()
        if not rows or self.ranking is None or rows[0].row() >= len(self.ranking.rows):
            return None
        return self.ranking.rows[rows[0].row()]

    def _update_buttons(self) -> None:
        c = self.selected_commendation()
        self.ui.confirmButton.setEnabled(c is not None and c.status is CommendationStatus.PROPOSED)
        z = self.selected_zone()
        self.ui.revokeButton.setEnabled(z is not None and z.title_kept)

    def propose(self) -> None:
        bid, period = self.branch_id(), self.period()
        if bid is None or period is None:
            return
        try:
            made = assessment.propose_quarter(self.ctx, period, bid, self.today())
        except DomainError as err:
            self._fail("未能提名", err)
            return
        proposed = sum(1 for r in made if r.status is CommendationStatus.PROPOSED)
        vetoed = sum(1 for r in made if r.status is CommendationStatus.VETOED)
        self._message(f"已按排名提名 {proposed} 个" + (f"，{vetoed} 个候选因否决情形未能提名（见原因）" if vetoed else "")
                      + "；请确认。")
        self._load_selection()
        self.changed.emit()

    def confirm_selected(self) -> None:
        c = self.selected_commendation()
        if c is None:
            return
        try:
            row = assessment.confirm_commendation(self.ctx, c.id, c.version, self.today())
        except DomainError as err:
            self._fail("未能确认", err)
            self._load_selection()
            return
        self._message(f"已确认{row.period}{row.kind.value}：{row.candidate}")
        self._load_selection()
        self.changed.emit()

    def save_review(self) -> None:
        bid, period = self.branch_id(), self.period()
        if bid is None or period is None:
            return
        try:
            n = assessment.save_review(self.ctx, period, bid, self.today())
        except DomainError as err:
            self._fail("未能保存季讲评", err)
            return
        self._message(f"已保存{period}季讲评：{n}个责任区/示范岗。")

    def revoke_selected(self) -> None:
        z = self.selected_zone()
        if z is None:
            return
        reason, ok = QInputDialog.getMultiLineText(self, "摘牌", f"“{z.zone}”摘牌的原因：")
        if not ok:
            return
        try:
            assessment.revoke_title(self.ctx, z.zone_id, z.zone_version, reason, self.today())
        except DomainError as err:
            self._fail("未能摘牌", err)
            return
        self._message(f"“{z.zone}”已摘牌。")
        self.reload()
        self.changed.emit()

    def edit_weights(self) -> None:
        dialog = RankingWeightsDialog(self.ctx, self)
        self.weights_dialog = dialog
        if dialog.exec():
            self.reload()

    def export_list(self, path: str | None = None, scope: str | None = None) -> None:
        """导出名单: the commendation list of the quarter, its half-year or its year (asked), as
        xlsx or pdf by the name chosen."""
        bid, quarter = self.branch_id(), self.period()
        if bid is None or quarter is None:
            return
        q = parse_period(quarter)
        choices = [f"{q.label}（本季度）", f"{q.start.year}H{1 if q.start.month <= 6 else 2}（半年）", f"{q.start.year}（全年）"]
        if scope is None:
            chosen, ok = QInputDialog.getItem(self, "导出评先选优名单", "导出哪一期的名单：", choices, 0, False)
            if not ok:
                return
            scope = chosen.split("（")[0]
        period = scope
        branch = self.ui.branchCombo.currentText()
        if path is None:
            from dangjian_desktop.ui.roster.files import documents_dir

            path, _ = QFileDialog.getSaveFileName(self, "导出评先选优名单",
                                                  str(Path(documents_dir()) / f"评先选优名单-{branch}-{period}.xlsx"),
                                                  "Excel 工作簿 (*.xlsx);;PDF 文件 (*.pdf)")
        if not path:
            return
        if not path.lower().endswith((".xlsx", ".pdf")):
            path += ".xlsx"
        today = self.today()

        def done(result: assessment.ExportResult) -> None:
            self._message(f"已导出评先选优名单 {result.rows} 条：{result.path}")
            if result.warnings:
                QMessageBox.warning(self, "请注意", "\n".join(result.warnings))

        run_task(self, "正在导出评先选优名单……",
                 lambda progress: assessment.export_commendations(self.ctx, period, Path(path), branch, today,
                                                                  progress.report, progress.cancelled),
                 done, lambda exc: self._fail("未能导出名单", exc))

    def print_stars(self) -> None:
        from dangjian_desktop.services.cards import CardSelection
        from dangjian_desktop.ui.printing.dialog import open_print_dialog

        open_print_dialog(self.ctx, "star-board", self,
                          CardSelection(branch=self.ui.branchCombo.currentText(), period=self.period()))

    # ------------------------------------------------------------ weekly check

    def _week_changed(self) -> None:
        if self.ui.innerTabs.currentIndex() == WEEKLY and self.ui.weekField.value() is not None:
            self._load_week()

    def _load_week(self) -> None:
        bid, week = self.branch_id(), self.ui.weekField.value()
        if bid is None or week is None:
            return
        rows = assessment.week_overview(self.ctx, bid, week)
        monday = rows[0].week if rows else week - timedelta(days=week.weekday())
        self.ui.weekRangeLabel.setText(f"{monday:%Y-%m-%d} ～ {monday + timedelta(days=6):%Y-%m-%d}")
        self.week_model.set_rows(rows)
        self._fit(self.ui.weekTable)
        scored = sum(1 for r in rows if r.scores)
        self._message(f"本周 {len(rows)} 个责任区/示范岗，已评 {scored} 个。")

    def enter_score(self) -> None:
        bid = self.branch_id()
        if bid is None:
            return
        dialog = WeeklyScoreDialog(self.ctx, bid, self.ui.weekField.value() or self.today(), self, self.today())
        rows = self.ui.weekTable.selectionModel().selectedRows() if self.ui.innerTabs.currentIndex() == WEEKLY else []
        if rows:
            dialog.select_zone(self.week_model.row_at(rows[0].row()).zone_id)
        self.score_dialog = dialog
        if dialog.exec() and dialog.result_score is not None:
            r = dialog.result_score
            self._message(f"已保存评分。“{r.zone}”本周已有 {r.scores} 份评分，汇总分 {_num(r.pooled)}。")
            self.ui.innerTabs.setCurrentIndex(WEEKLY)
            self.ui.weekField.set_value(r.week)
            self._load_week()
            self.changed.emit()

    def edit_sheet(self) -> None:
        ScoreSheetDialog(self.ctx, self).exec()

    # ------------------------------------------------------------ points

    def _load_points(self) -> None:
        bid, period = self.branch_id(), self.period()
        if bid is None or period is None:
            return
        table = points.points_table(self.ctx, period, self.ui.branchCombo.currentText())
        used = [r for r in table.rules if any(r.id in m.by_rule for m in table.members)]
        columns = [ListColumn("排名", lambda m: str(m.rank), ALIGN_CENTER), ListColumn("姓名", lambda m: m.name),
                   ListColumn("合计", lambda m: f"{m.total:g}", ALIGN_CENTER)]
        columns += [ListColumn(_header_lines(r.item), _rule_points(r.id), ALIGN_CENTER) for r in used]
        self.points_model = ListTableModel(columns, table.members, self)
        self.ui.pointsTable.setModel(self.points_model)
        self._fit(self.ui.pointsTable, 120)
        self.ui.pointsStatusLabel.setText(f"{period} {table.branch} 党员 {len(table.members)} 名；积分记录只增不改，"
                                          "每条记录都注明来源。")

    def show_entries(self) -> None:
        """积分明细 of the member selected in the points table."""
        period = self.period()
        rows = self.ui.pointsTable.selectionModel().selectedRows() if self.ui.pointsTable.selectionModel() else []
        if period is None or not rows:
            self._message("请先在积分表中选中一名党员。")
            return
        dialog = PointEntriesDialog(self.ctx, self.points_model.row_at(rows[0].row()), period, self)
        self.entries_dialog = dialog
        dialog.exec()

    def check_points(self) -> None:
        period = self.period()
        if period is None:
            return
        today = self.today()

        def done(result: points.CheckResult) -> None:
            if result.ok:
                self._message(f"{period}积分记录与来源记录一致（{result.entries}条）。")
                return
            lines = [f"{d.person} {d.rule} {d.source}（{d.occurred_on:%Y-%m-%d}）应为{d.expected:g} 实有{d.found:g}"
                     for d in result.differences[:30]]
            more = len(result.differences) - len(lines)
            self._message(f"{period}积分记录有 {len(result.differences)} 处与来源记录不一致。", error=True)
            QMessageBox.information(self, "积分核对", "\n".join(lines) + (f"\n……另有 {more} 处" if more > 0 else "")
                                    + "\n\n可点“补记更正”追加更正记录。")

        run_task(self, "正在核对积分……", lambda _p: points.check(self.ctx, period, today), done,
                 lambda exc: self._fail("未能核对积分", exc), cancellable=False)

    def rebuild_points(self) -> None:
        period = self.period()
        if period is None:
            return
        today = self.today()

        def done(n: int) -> None:
            self._message(f"已追加 {n} 条积分记录。" if n else f"{period}积分记录已一致，未追加记录。")
            self._load_points()
            self.changed.emit()

        run_task(self, "正在补记积分……", lambda _p: points.rebuild(self.ctx, period, today), done,
                 lambda exc: self._fail("未能补记积分", exc), cancellable=False)

    def edit_rules(self) -> None:
        dialog = PointRulesDialog(self.ctx, self, self.today())
        dialog.exec()
        if dialog.appended:
            self.reload()
            self.changed.emit()

    def export_points(self, path: str | None = None) -> None:
        period = self.period()
        if period is None:
            return
        branch = self.ui.branchCombo.currentText()
        if path is None:
            from dangjian_desktop.ui.roster.files import documents_dir

            path, _ = QFileDialog.getSaveFileName(self, "导出党员积分",
                                                  str(Path(documents_dir()) / f"党员积分-{branch}-{period}.xlsx"),
                                                  "Excel 工作簿 (*.xlsx)")
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        def done(result: tuple[Path, int]) -> None:
            self._message(f"已导出党员积分 {result[1]} 人：{result[0]}")

        run_task(self, "正在导出党员积分……",
                 lambda _p: points.export_points(self.ctx, period, Path(path), branch), done,
                 lambda exc: self._fail("未能导出积分", exc), cancellable=False)

    # ------------------------------------------------------------ 月考核 and 旬督导

    def _load_records(self) -> None:
        bid, period = self.branch_id(), self.period()
        if bid is None or period is None:
            return
        self.monthly_model.set_rows(assessment.monthly_checks(self.ctx, period, bid))
        self.supervision_model.set_rows(assessment.supervision_notes(self.ctx, period, bid))
        self._fit(self.ui.monthlyTable)
        self._fit(self.ui.supervisionTable)

    def add_monthly_check(self) -> None:
        bid, period = self.branch_id(), self.period()
        if bid is None or period is None:
            return
        today = self.today()
        last_month = (today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
        dialog = MonthlyCheckDialog(self.ctx, bid, last_month, self, today)
        self.records_dialog: QWidget = dialog
        if dialog.exec() and dialog.saved is not None:
            self._message(f"已录入月考核：{dialog.saved.zone} {dialog.saved.month} {dialog.saved.score:g}分。")
            self._load_records()

    def add_supervision_note(self) -> None:
        bid = self.branch_id()
        if bid is None:
            return
        dialog = SupervisionNoteDialog(self.ctx, bid, self, self.today())
        self.records_dialog = dialog
        if dialog.exec() and dialog.saved is not None:
            self._message(f"已记录旬督导（{dialog.saved.dekad_start:%Y-%m-%d}这一旬）。")
            self._load_records()
