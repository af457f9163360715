"""The 结对帮扶 tab (结对子 · 包保 · 安全联保): who is not covered and whose follow-ups are due.

An area tab (``ui/common/tab_platform.AreaTab``), built the first time it is shown. The filter
bar (支部, 区队, search) and the coverage line “包保覆盖 157/160（98.1%）” sit on top; the pages:
跟进提醒 (overdue and due first; double-click records a follow-up; the pair's details and its
安全联保责任书 below), 未包保职工 (one-step assignment to a member, the least loaded offered
first), 覆盖与负载 (per 区队 and per member), 困难帮扶 (plans, steps, 对账销户) and 统计. Every
read and write goes through ``services.pairing`` / ``pairing_views`` / ``hardship``; coverage
is ``services.coverage``'s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPoint, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.services import hardship, pairing, pairing_figures, pairing_views, roster
from dangjian_desktop.services.pairing import PairDetail
from dangjian_desktop.services.pairing_views import DueFilter, DueRow, UncoveredFilter, UncoveredRow
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.services.worklist import WorkTarget
from dangjian_desktop.ui.common.delegates import TintDelegate
from dangjian_desktop.ui.common.table_model import ListTableModel
from dangjian_desktop.ui.common.tasks import error_text, run_task
from dangjian_desktop.ui.forms.ui_pairing_tab import Ui_PairingTab

from .dialogs import (
    DateNoteDialog,
    FollowUpDialog,
    GuaranteeDialog,
    HardshipPlanDialog,
    PairDialog,
    member_text,
    open_scan,
)
from .model import LOAD_COLUMNS, PLAN_COLUMNS, STEP_COLUMNS, UNIT_COLUMNS, DueModel, UncoveredModel

SEARCH_DELAY_MS = 200
PAGE_FOLLOW, PAGE_UNCOVERED, PAGE_LOAD, PAGE_HARDSHIP, PAGE_FIGURES = range(5)
ALL = None


def _documents_dir() -> str:
    from dangjian_desktop.ui.roster.files import documents_dir

    return documents_dir()


class PairingTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: Ctx, parent: QWidget | None = None, today: Callable[[], date] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today_override = today  # None: the main window's day (tests fix it here)
        self.dialog: QWidget | None = None  # the dialog open now (tests reach it here)
        self.ui = Ui_PairingTab()
        self.ui.setupUi(self)
        ui = self.ui
        font = QFont(ui.coverageLabel.font())
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        elif font.pixelSize() > 0:
            font.setPixelSize(round(font.pixelSize() * 1.15))
        ui.coverageLabel.setFont(font)
        self._branches = roster.org_tree(ctx)
        ui.branchCombo.addItem("全部支部", ALL)
        for b in self._branches:
            ui.branchCombo.addItem(b.name, b.id)
        if len(self._branches) == 1:
            ui.branchCombo.setCurrentIndex(1)
        self._fill_units()

        day = self.today()
        self.due_model = DueModel(ctx, DueFilter(day, due_only=True, branch_id=self.branch_id()), self)
        self.uncovered_model = UncoveredModel(ctx, UncoveredFilter(day, branch_id=self.branch_id()), self)
        self.units_model = ListTableModel(UNIT_COLUMNS, parent=self)
        self.load_model = ListTableModel(LOAD_COLUMNS, parent=self)
        self.plans_model = ListTableModel(PLAN_COLUMNS, parent=self)
        self.steps_model = ListTableModel(STEP_COLUMNS, parent=self)
        for table, model in ((ui.followTable, self.due_model), (ui.uncoveredTable, self.uncovered_model),
                             (ui.unitsTable, self.units_model), (ui.loadTable, self.load_model),
                             (ui.plansTable, self.plans_model), (ui.stepsTable, self.steps_model)):
            self._setup_table(table, model)
        # The column that takes what is left: the unit (or the text) rather than the last one.
        for table, column in ((ui.followTable, 3), (ui.uncoveredTable, 3), (ui.loadTable, 1),
                              (ui.plansTable, 2), (ui.stepsTable, 0)):
            table.horizontalHeader().setStretchLastSection(False)
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        ui.loadLayout.setStretch(0, 2)
        ui.loadLayout.setStretch(1, 3)
        ui.unitsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header = ui.followTable.horizontalHeader()
        header.setSortIndicator(self.due_model.sort_column, self.due_model.sort_order)
        ui.uncoveredTable.setSortingEnabled(False)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(10_000)
        self._message_timer.timeout.connect(ui.messageLabel.clear)

        ui.branchCombo.currentIndexChanged.connect(self._branch_changed)
        ui.unitCombo.currentIndexChanged.connect(self.apply_filter)
        ui.searchEdit.textChanged.connect(self._search_timer.start)
        ui.dueOnlyCheck.toggled.connect(self.apply_filter)
        ui.memberFilterCombo.currentIndexChanged.connect(self.apply_filter)
        ui.followTable.selectionModel().selectionChanged.connect(self._follow_selected)
        ui.followTable.doubleClicked.connect(lambda _i: self.record_follow_up())
        ui.uncoveredTable.selectionModel().selectionChanged.connect(self._uncovered_selected)
        ui.uncoveredTable.doubleClicked.connect(lambda _i: self.assign_selected())
        ui.followTable.customContextMenuRequested.connect(
            lambda pos: self._table_menu(ui.followTable, pos, (ui.recordButton, ui.editPairButton, ui.endPairButton,
                                                               ui.guaranteeButton, ui.openScanButton)))
        ui.uncoveredTable.customContextMenuRequested.connect(
            lambda pos: self._table_menu(ui.uncoveredTable, pos, (ui.assignButton,), extra=True))
        ui.plansTable.selectionModel().selectionChanged.connect(self._plan_selected)
        ui.pages.currentChanged.connect(self._page_changed)
        ui.closedCheck.toggled.connect(self._load_hardship)
        ui.yearSpin.setValue(day.year)
        ui.yearSpin.valueChanged.connect(self._load_figures)

        ui.recordButton.clicked.connect(self.record_follow_up)
        ui.editPairButton.clicked.connect(self.edit_pair)
        ui.endPairButton.clicked.connect(self.end_pair)
        ui.guaranteeButton.clicked.connect(self.edit_guarantee)
        ui.openScanButton.clicked.connect(self.open_latest_scan)
        ui.assignButton.clicked.connect(self.assign_selected)
        ui.newPairButton.clicked.connect(lambda: self.new_pair())
        ui.exportButton.clicked.connect(self.export_pairings)
        ui.printButton.clicked.connect(self.print_board)
        ui.newPlanButton.clicked.connect(self.new_plan)
        ui.stepDoneButton.clicked.connect(self.toggle_step)
        ui.closePlanButton.clicked.connect(self.close_plan)

        self._pair: PairDetail | None = None
        self._loads: dict[int | None, list[pairing_views.MemberLoad]] = {}
        self.reload()

    # ------------------------------------------------------------ helpers

    def today(self) -> date:
        """The main window's day (tests fix it there or here), else the PC's."""
        if self.today_override is not None:
            return self.today_override()
        fn = getattr(self.window(), "today", None)
        return fn() if callable(fn) else date.today()

    @staticmethod
    def _setup_table(table: QTableView, model) -> None:
        table.setModel(model)
        table.setItemDelegate(TintDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

    def branch_id(self) -> int | None:
        return self.ui.branchCombo.currentData()

    def unit_id(self) -> int | None:
        return self.ui.unitCombo.currentData()

    def _message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self._message_timer.start()

    def _fill_units(self) -> None:
        combo = self.ui.unitCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("全部区队", ALL)
        for b in self._branches:
            if self.branch_id() in (ALL, b.id):
                for u in b.units:
                    combo.addItem(u.name if self.branch_id() is not ALL else f"{b.name} · {u.name}", u.id)
        combo.blockSignals(False)

    def _members(self, branch_id: int | None) -> list[pairing_views.MemberLoad]:
        if branch_id not in self._loads:
            self._loads[branch_id] = pairing_views.member_load(self.ctx, self.today(), branch_id)
        return self._loads[branch_id]

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        """Read everything again (F5, after a write, a restore)."""
        self._branches = roster.org_tree(self.ctx)
        self._loads.clear()
        keep = self.ui.memberFilterCombo.currentData()
        combo = self.ui.memberFilterCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("全部党员", ALL)
        for m in sorted(self._members(self.branch_id()), key=lambda m: m.name):
            combo.addItem(m.name, m.member_id)
        i = combo.findData(keep)
        combo.setCurrentIndex(max(i, 0))
        combo.blockSignals(False)
        self.apply_filter()
        self._load_coverage()
        self._page_changed(self.ui.pages.currentIndex())

    def _branch_changed(self) -> None:
        self._fill_units()
        self.reload()

    def due_filter(self) -> DueFilter:
        ui = self.ui
        return DueFilter(self.today(), self.branch_id(), self.unit_id(), ui.memberFilterCombo.currentData(),
                         ui.searchEdit.text().strip(), ui.dueOnlyCheck.isChecked(),
                         self.due_model.filter.sort, self.due_model.filter.descending)

    def apply_filter(self) -> None:
        self._search_timer.stop()
        ui = self.ui
        self.due_model.set_filter(self.due_filter())
        self.uncovered_model.set_filter(UncoveredFilter(self.today(), self.branch_id(), self.unit_id(),
                                                        ui.searchEdit.text().strip()))
        n = self.due_model.total
        ui.followCountLabel.setText(f"共 {n} 人" + ("（已逾期或3天内到期）" if ui.dueOnlyCheck.isChecked() else ""))
        ui.uncoveredCountLabel.setText(f"未包保职工 {self.uncovered_model.total} 人" +
                                       ("，选中一人，选择党员后点“分配包保”" if self.uncovered_model.total else "：已全覆盖"))
        for table in (ui.followTable, ui.uncoveredTable):
            if table.model().rowCount():
                table.resizeColumnsToContents()
        self._follow_selected()
        self._uncovered_selected()

    def _load_coverage(self) -> None:
        rows = pairing_views.coverage_of(self.ctx, self.today(), self.branch_id())
        line = rows[0].label if len(rows) == 1 else pairing_views.total_coverage(rows)
        self.ui.coverageLabel.setText(line)
        self.ui.coverageLabel.setToolTip("\n".join(f"{b.branch}：{b.label}" for b in rows))
        self.ui.pages.setTabText(PAGE_UNCOVERED, f"未包保职工（{sum(b.total - b.covered for b in rows)}）")
        self.units_model.set_rows([replace(u, unit=(f"{b.branch} · {u.unit}" if len(rows) > 1 else u.unit))
                                   for b in rows for u in b.units])

    def _page_changed(self, index: int) -> None:
        if index == PAGE_LOAD:
            self.load_model.set_rows(self._members(self.branch_id()))
            for t in (self.ui.unitsTable, self.ui.loadTable):
                t.resizeColumnsToContents()
        elif index == PAGE_HARDSHIP:
            self._load_hardship()
        elif index == PAGE_FIGURES:
            self._load_figures()

    def _table_menu(self, table: QTableView, pos: QPoint, buttons: tuple[QPushButton, ...], extra: bool = False) -> None:
        """Right-click: the row under the mouse selected, the page's buttons as a menu."""
        index = table.indexAt(pos)
        if index.isValid():
            self._select(table, index.row())
        menu = QMenu(self)
        for button in buttons:
            label = button.text()
            if button is self.ui.assignButton and self.ui.assignCombo.currentText():
                label = f"分配给 {self.ui.assignCombo.currentText().split('（')[0]} 包保"
            menu.addAction(label, button.click).setEnabled(button.isEnabled())
        row = self.selected_uncovered() if extra else None
        if extra:
            act = menu.addAction("为其新建结对…", lambda: self.new_pair(row.id if row else None))
            act.setEnabled(row is not None and self.ui.newPairButton.isEnabled())
        menu.exec(table.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------ follow-ups and the pair's details

    def selected_due(self) -> DueRow | None:
        rows = self.ui.followTable.selectionModel().selectedRows()
        return self.due_model.row_at(rows[0].row()) if rows else None

    def _follow_selected(self, *_args) -> None:
        row = self.selected_due()
        ui = self.ui
        write = self.ctx.actor.can_write
        self._pair = None
        if row is not None:
            try:
                self._pair = pairing.get_pair(self.ctx, row.pairing_id, follow_ups=5)
            except DomainError as err:
                self._message(err.message)
        p = self._pair
        for b in (ui.recordButton, ui.editPairButton, ui.endPairButton, ui.guaranteeButton):
            b.setEnabled(write and p is not None)
        ui.openScanButton.setEnabled(p is not None and any(g.scan_name for g in p.guarantees))
        ui.newPairButton.setEnabled(write and self.branch_id() is not None)
        ui.newPairButton.setToolTip("" if self.branch_id() is not None else "请先在左上角选择一个支部")
        ui.newPlanButton.setEnabled(write and self.branch_id() is not None)
        if p is None:
            ui.detailLabel.setText("选中一行查看其结对、安全联保责任书和最近的跟进；双击记录跟进。")
            return
        span = f"{p.starts_on:%Y-%m-%d} 起" + (f"，至 {p.ends_on:%Y-%m-%d}" if p.ends_on else "（长期）")
        g = p.guarantees[0] if p.guarantees else None
        guarantee = (f"{g.signed_on:%Y-%m-%d} 签订，{g.term_start:%Y-%m-%d} 至 {g.term_end:%Y-%m-%d}"
                     + ("，有扫描件" if g.scan_name else "")
                     + ("（<b>已到期，请续签</b>）" if g.term_end < self.today() else "")) if g else "<b>未签订</b>"
        last = "；".join(f"{f.held_on:%m-%d} {f.worker} {f.kind.value}" for f in p.follow_ups[:3]) or "尚无"
        ui.detailLabel.setText(
            f"<b>{p.member.name}</b> — {'、'.join(w.name for w in p.workers)}<br>"
            f"{span}，每 {p.frequency_days} 天跟进一次；目标：{'、'.join(x.value for x in p.goals) or '—'}<br>"
            f"安全联保责任书：{guarantee}<br>最近跟进：{last}")

    def _open(self, dlg: QWidget) -> None:
        self.dialog = dlg
        dlg.finished.connect(self._dialog_closed)  # type: ignore[attr-defined]
        dlg.open()  # type: ignore[attr-defined]

    def _dialog_closed(self) -> None:
        dlg, self.dialog = self.dialog, None
        if dlg is not None:
            dlg.deleteLater()

    def record_follow_up(self) -> None:
        row = self.selected_due()
        if row is None or self._pair is None or not self.ctx.actor.can_write:
            return
        dlg = FollowUpDialog(self.ctx, self._pair, row.worker_id, self.today(), self)
        dlg.saved.connect(lambda r: self._written(f"已记录跟进：{r.worker}，下次 {r.next_due_on:%Y-%m-%d}"))
        self._open(dlg)

    def _written(self, message: str) -> None:
        self.reload()
        self._message(message)
        self.changed.emit()

    def new_pair(self, worker_id: int | None = None) -> None:
        branch = self.branch_id()
        if branch is None or not self.ctx.actor.can_write:
            return
        dlg = PairDialog(self.ctx, branch, self.today(), parent=self)
        if worker_id:
            dlg.check_worker(worker_id)
        dlg.saved.connect(lambda _pid: self._written("已新建结对"))
        self._open(dlg)

    def edit_pair(self) -> None:
        if self._pair is None:
            return
        dlg = PairDialog(self.ctx, self._pair.branch_id, self.today(), self._pair, self)
        dlg.saved.connect(lambda _pid: self._written("已保存结对"))
        self._open(dlg)

    def end_pair(self) -> None:
        p = self._pair
        if p is None:
            return
        dlg = DateNoteDialog("结束结对", f"结束 {p.member.name} 与 {'、'.join(w.name for w in p.workers)} 的结对。"
                             "结束日期当天仍算包保，次日起这些职工如无其他结对即为未包保。", "结束日期", self.today(), False,
                             self)
        dlg.action = lambda d, _note: pairing.end_pair(self.ctx, p.id, p.version, d)
        dlg.accepted.connect(lambda: self._written(f"已结束结对：{p.member.name}"))
        self._open(dlg)

    def edit_guarantee(self) -> None:
        if self._pair is None:
            return
        dlg = GuaranteeDialog(self.ctx, self._pair, self.today(), self)
        dlg.saved.connect(lambda _gid: self._written("已保存安全联保责任书"))
        self._open(dlg)

    def open_latest_scan(self) -> None:
        p = self._pair
        g = next((g for g in p.guarantees if g.scan_name), None) if p else None
        if g is None:
            return
        try:
            open_scan(self.ctx, g.id, self)
        except DomainError as err:
            QMessageBox.warning(self, "无法打开扫描件", err.message)

    # ------------------------------------------------------------ uncovered workers

    def selected_uncovered(self) -> UncoveredRow | None:
        rows = self.ui.uncoveredTable.selectionModel().selectedRows()
        return self.uncovered_model.row_at(rows[0].row()) if rows else None

    def _uncovered_selected(self, *_args) -> None:
        row = self.selected_uncovered()
        combo = self.ui.assignCombo
        branch = row.branch_id if row else self.branch_id()
        keep = combo.currentData()
        if combo.property("branch") != branch or combo.count() == 0:
            combo.blockSignals(True)
            combo.clear()
            if branch is not None:
                for m in self._members(branch):
                    combo.addItem(member_text(m), m.member_id)
            combo.setProperty("branch", branch)
            i = combo.findData(keep)
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)
        self.ui.assignButton.setEnabled(self.ctx.actor.can_write and row is not None and combo.count() > 0)

    def assign_selected(self) -> None:
        row = self.selected_uncovered()
        member = self.ui.assignCombo.currentData()
        if row is None or member is None or not self.ctx.actor.can_write:
            return
        try:
            pairing.assign(self.ctx, row.id, member, self.today())
        except DomainError as err:
            QMessageBox.warning(self, "未能分配包保", error_text(err))
            return
        name = self.ui.assignCombo.currentText().split("（")[0]
        at = self.ui.uncoveredTable.currentIndex().row()
        self._written(f"已分配：{row.name} 由 {name} 包保")
        if self.uncovered_model.rowCount():  # the next one, to assign in a row
            self._select(self.ui.uncoveredTable, min(max(at, 0), self.uncovered_model.rowCount() - 1))

    @staticmethod
    def _select(table: QTableView, i: int) -> None:
        index = table.model().index(i, 0)
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        table.scrollTo(index)

    # ------------------------------------------------------------ hardship plans

    def _load_hardship(self) -> None:
        plans = hardship.list_plans(self.ctx, self.branch_id(), self.ui.closedCheck.isChecked())
        keep = self.selected_plan()
        self.plans_model.set_rows(plans)
        self.ui.hardshipCountLabel.setText(f"共 {len(plans)} 项")
        self.ui.plansTable.resizeColumnsToContents()
        if keep is not None:
            for i, p in enumerate(plans):
                if p.id == keep.id:
                    self._select(self.ui.plansTable, i)
        self._plan_selected()

    def selected_plan(self) -> hardship.PlanRow | None:
        rows = self.ui.plansTable.selectionModel().selectedRows()
        return self.plans_model.row_at(rows[0].row()) if rows else None

    def _plan_selected(self, *_args) -> None:
        p = self.selected_plan()
        self.steps_model.set_rows(p.steps if p else [])
        if p:
            self.ui.stepsTable.resizeColumnsToContents()
        open_plan = p is not None and p.status is hardship.HardshipStatus.OPEN
        write = self.ctx.actor.can_write
        self.ui.stepDoneButton.setEnabled(write and open_plan and bool(p and p.steps))
        self.ui.closePlanButton.setEnabled(write and open_plan)

    def new_plan(self) -> None:
        branch = self.branch_id()
        if branch is None:
            return
        dlg = HardshipPlanDialog(self.ctx, branch, self.today(), self)
        dlg.saved.connect(lambda _pid: self._written("已新建困难帮扶计划"))
        self._open(dlg)

    def toggle_step(self) -> None:
        p = self.selected_plan()
        rows = self.ui.stepsTable.selectionModel().selectedRows()
        if p is None or not rows:
            self._message("请先选中一个步骤")
            return
        st = p.steps[rows[0].row()]
        try:
            hardship.set_step_done(self.ctx, st.id, st.version, None if st.done_on else self.today(), self.today())
        except DomainError as err:
            QMessageBox.warning(self, "未能保存", err.message)
        self._written(f"步骤“{st.text[:20]}”" + ("改为未完成" if st.done_on else "已完成"))

    def close_plan(self) -> None:
        p = self.selected_plan()
        if p is None:
            return
        dlg = DateNoteDialog("对账销户", f"{p.worker} 的困难已解决：填写销户日期和对账情况。", "销户日期", self.today(), True, self)
        dlg.action = lambda d, note: hardship.close_plan(self.ctx, p.id, p.version, d, note, self.today())
        dlg.accepted.connect(lambda: self._written(f"已对账销户：{p.worker}"))
        self._open(dlg)

    # ------------------------------------------------------------ figures

    def _load_figures(self) -> None:
        f = pairing_figures.figures(self.ctx, self.ui.yearSpin.value(), self.branch_id())
        months = "".join(f"<td align='right'>{n}</td>" for n in f.per_month)
        heads = "".join(f"<th>{m}月</th>" for m in range(1, 13))
        units = "".join(f"<tr><td>{u}</td><td align='right'>{n}</td></tr>" for u, n in f.per_unit[:20])
        members = "".join(f"<tr><td>{m}</td><td align='right'>{n}</td></tr>" for m, n in f.per_member[:20])
        ink = self.palette().color(QPalette.ColorRole.WindowText).name()  # the theme tints editors' text
        self.ui.figuresText.setHtml(
            f"<body style='color:{ink}'><h3>{f.year} 年</h3><p>签订安全联保责任书 <b>{f.guarantees_signed}</b> 份；结对跟进 <b>{f.follow_ups}</b> 次；"
            f"困难帮扶新立 <b>{f.hardship_opened}</b> 项、对账销户 <b>{f.hardship_closed}</b> 项。</p>"
            f"<p><b>每月跟进次数</b></p><table border='1' cellspacing='0' cellpadding='4'><tr>{heads}</tr><tr>{months}</tr></table>"
            f"<table cellspacing='12'><tr><td valign='top'><b>各区队跟进次数</b><table border='1' cellspacing='0' cellpadding='4'>"
            f"{units}</table></td><td valign='top'><b>党员跟进次数（前20名）</b><table border='1' cellspacing='0' cellpadding='4'>"
            f"{members}</table></td></tr></table></body>")

    # ------------------------------------------------------------ files

    def export_pairings(self, path: str | None = None) -> None:
        """导出…: the same workbook as ``export pairings``, for the branch chosen."""
        day = self.today()
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, "导出结对包保台账",
                                                  str(Path(_documents_dir()) / f"结对包保台账-{day:%Y%m%d}.xlsx"),
                                                  "Excel 工作簿 (*.xlsx)")
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        branch = self.branch_id()
        from dangjian_desktop.services import pairing_export  # openpyxl: only when exporting

        def done(result: pairing_export.PairingExport) -> None:
            self._message(f"{result.coverage}；已导出：{result.path}")

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, "未能导出", error_text(exc))

        run_task(self, "正在导出结对包保台账……",
                 lambda progress: pairing_export.export_pairings(self.ctx, Path(path), branch, day, progress.report),
                 done, failed, cancellable=False)

    def print_board(self) -> QWidget:
        """打印…: the print dialog of the pairing board (结对子 · 安全联保 公示), this branch chosen."""
        from dangjian_desktop.services.cards import CardSelection

        branch = self.ui.branchCombo.currentText() if self.branch_id() is not None else None
        preset = CardSelection(branch=branch, today=self.today())
        opener = getattr(self.window(), "open_print_dialog", None)
        if callable(opener):
            return opener("pairing-board", preset)
        from dangjian_desktop.ui.printing.dialog import open_print_dialog

        return open_print_dialog(self.ctx, "pairing-board", self, preset)

    # ------------------------------------------------------------ the 工作台

    def show_target(self, target: WorkTarget) -> None:
        ui = self.ui
        if target.kind == "pairing_uncovered":
            self._choose_branch(target.record_id)
            ui.pages.setCurrentIndex(PAGE_UNCOVERED)
            if self.uncovered_model.rowCount():
                self._select(ui.uncoveredTable, 0)
        elif target.kind == "pairing_due":  # a branch's many members due: its follow-up list, due only
            self._choose_branch(target.record_id)
            ui.searchEdit.blockSignals(True)
            ui.searchEdit.clear()
            ui.searchEdit.blockSignals(False)
            ui.unitCombo.setCurrentIndex(0)
            ui.dueOnlyCheck.setChecked(True)
            ui.memberFilterCombo.setCurrentIndex(0)
            ui.pages.setCurrentIndex(PAGE_FOLLOW)
            if self.due_model.rowCount():
                self._select(ui.followTable, 0)
        elif target.kind in ("pairing_member", "pairing"):
            member = target.record_id
            if target.kind == "pairing" and target.record_id is not None:
                try:
                    p = pairing.get_pair(self.ctx, target.record_id, follow_ups=0)
                except DomainError as err:
                    self._message(err.message)
                    return
                member = p.member.id
                self._choose_branch(p.branch_id)
            else:
                branch = pairing_views.branch_of(self.ctx, member) if member else None
                self._choose_branch(branch)
            ui.searchEdit.blockSignals(True)
            ui.searchEdit.clear()
            ui.searchEdit.blockSignals(False)
            ui.unitCombo.setCurrentIndex(0)
            ui.dueOnlyCheck.setChecked(target.kind == "pairing_member")
            i = ui.memberFilterCombo.findData(member)
            ui.memberFilterCombo.setCurrentIndex(max(i, 0))
            ui.pages.setCurrentIndex(PAGE_FOLLOW)
            if self.due_model.rowCount():
                self._select(ui.followTable, 0)
        elif target.kind == "pairing_worker" and target.record_id is not None:
            self.show_worker(target.record_id)
        elif target.kind == "hardship_branch":  # a branch's many plans behind: its 困难帮扶 list
            self._choose_branch(target.record_id)
            ui.pages.setCurrentIndex(PAGE_HARDSHIP)
            if self.plans_model.rowCount():
                self._select(ui.plansTable, 0)
        elif target.kind == "hardship_plan":
            ui.pages.setCurrentIndex(PAGE_HARDSHIP)
            for i in range(self.plans_model.rowCount()):
                if self.plans_model.row_at(i).id == target.record_id:
                    self._select(ui.plansTable, i)

    def show_worker(self, worker_id: int) -> None:
        """The pair of this worker (思想动态's 调整包保…): his row in 跟进提醒, to edit or end the
        pair, or in 未包保职工, to assign him; the filters narrowed to his name."""
        ui = self.ui
        branch = pairing_views.branch_of(self.ctx, worker_id)
        worker = next((w for w in pairing_views.worker_choices(self.ctx, branch, self.today()) if w.id == worker_id),
                      None) if branch is not None else None
        if worker is None:
            self._message("该职工不需要包保（党员或已离开），没有可调整的结对。")
            return
        self._choose_branch(branch)
        filters = (ui.searchEdit, ui.unitCombo, ui.memberFilterCombo, ui.dueOnlyCheck)
        for w in filters:
            w.blockSignals(True)
        ui.searchEdit.setText(worker.name)
        ui.unitCombo.setCurrentIndex(0)
        ui.memberFilterCombo.setCurrentIndex(0)
        ui.dueOnlyCheck.setChecked(False)  # his pair, due or not
        for w in filters:
            w.blockSignals(False)
        self.apply_filter()
        follow = next((i for i in range(self.due_model.rowCount()) if self.due_model.row_at(i).worker_id == worker_id),
                      None)
        if follow is not None:
            ui.pages.setCurrentIndex(PAGE_FOLLOW)
            self._select(ui.followTable, follow)
            self._message(f"{worker.name} 的结对：可编辑结对、结束结对，或为其新建结对。")
            return
        ui.pages.setCurrentIndex(PAGE_UNCOVERED)
        uncovered = next((i for i in range(self.uncovered_model.rowCount())
                          if self.uncovered_model.row_at(i).id == worker_id), None)
        if uncovered is not None:
            self._select(ui.uncoveredTable, uncovered)
        self._message(f"{worker.name} 尚未包保：选择党员后点“分配包保”。")

    def _choose_branch(self, branch_id: int | None) -> None:
        i = self.ui.branchCombo.findData(branch_id)
        if i >= 0 and i != self.ui.branchCombo.currentIndex():
            self.ui.branchCombo.setCurrentIndex(i)  # reloads

