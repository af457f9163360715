"""The 安全承诺 tab: a campaign at the top with its participation line and the names not yet
signed, the campaign's pledges in a paged table filtered in SQL, and the work of a campaign
from creation to review (新建活动, 为全部党员生成, 签订, 评诺, 关闭活动), export and print.

An area tab (``ui/common/tab_platform.AreaTab``): ``changed`` after every write, ``reload()``,
``show_target()`` for the 工作台's ``pledge_unsigned`` and ``pledge_campaign`` items.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMenu, QMessageBox, QWidget

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.pledges import CampaignStatus, PledgeStatus
from dangjian_desktop.services import pledge_export, pledge_progress, pledges, roster
from dangjian_desktop.services.pledges import CampaignRow, PledgeFilter, PledgeRow
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.services.worklist import WorkTarget
from dangjian_desktop.ui.common.delegates import TintDelegate
from dangjian_desktop.ui.common.messages import confirm, set_error_style, show_error
from dangjian_desktop.ui.common.tasks import Task, error_text, run_task
from dangjian_desktop.ui.forms.ui_pledges_tab import Ui_PledgesTab

from .dialogs import CampaignDialog, PledgeDialog, ReviewDialog
from .model import COL_BRANCH, COL_EMPLOYEE_NO, COL_REASON, PledgesModel

SEARCH_DELAY_MS = 200
NAMES_SHOWN = 60  # unsigned names in the line; all of them in its tooltip
PRINT_CARD = "pledge-cards"


def _names(names: tuple[str, ...], most: int = 4) -> str:
    return "、".join(names[:most]) + (f" 等{len(names)}个支部" if len(names) > most else "")


class PledgesTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: Ctx, parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self.ui = ui = Ui_PledgesTab()
        ui.setupUi(self)
        self.campaigns: list[CampaignRow] = []
        self.dialog: QWidget | None = None  # the dialog open (tests reach it here)
        self.export_task: Task | None = None
        self._choices = roster.choices(ctx)

        ui.statusCombo.addItem("全部状态", None)
        for s in PledgeStatus:
            ui.statusCombo.addItem(s.value, s.name)
        self.model = PledgesModel(ctx, PledgeFilter(), self)
        table = ui.pledgeTable
        table.setModel(self.model)
        table.setItemDelegate(TintDelegate(table))  # the 状态 cell's tint
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
        table.setColumnHidden(COL_EMPLOYEE_NO, True)
        self._sized = False

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        ui.searchEdit.textChanged.connect(self._search_timer.start)
        ui.searchEdit.returnPressed.connect(self.apply_filter)
        ui.campaignCombo.currentIndexChanged.connect(self._campaign_changed)
        ui.branchCombo.currentIndexChanged.connect(self._branch_changed)
        ui.unitCombo.currentIndexChanged.connect(self.apply_filter)
        ui.statusCombo.currentIndexChanged.connect(self.apply_filter)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(lambda _i: self.edit_selected())
        table.customContextMenuRequested.connect(self._table_menu)

        ui.newCampaignButton.clicked.connect(self.new_campaign)
        ui.editCampaignButton.clicked.connect(self.edit_campaign)
        ui.closeCampaignButton.clicked.connect(self.close_campaign)
        ui.deleteCampaignButton.clicked.connect(self.delete_campaign)
        ui.generateButton.clicked.connect(self.generate)
        ui.addButton.clicked.connect(self.add_pledge)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.signButton.clicked.connect(self.sign_selected)
        ui.reviewButton.clicked.connect(self.review_selected)
        ui.exportButton.clicked.connect(self.export_pledges)
        ui.printButton.clicked.connect(self.print_cards)
        if not ctx.actor.can_write:
            ui.newCampaignButton.setEnabled(False)
        self.reload()

    @property
    def today(self) -> date:
        return self._today()

    # ------------------------------------------------------------ loading

    def reload(self, select_campaign: int | None = None) -> None:
        """Read the campaigns again and re-query the table (after a write, F5, a restore)."""
        keep = select_campaign if select_campaign is not None else self.ui.campaignCombo.currentData()
        try:
            self.campaigns = pledges.list_campaigns(self.ctx, self.today)
            self._choices = roster.choices(self.ctx)
        except DomainError as exc:
            self._message(exc.message, error=True)
            return
        combo = self.ui.campaignCombo
        combo.blockSignals(True)
        combo.clear()
        for c in self.campaigns:
            combo.addItem(c.label, c.id)
        if not self.campaigns:
            combo.addItem("（还没有承诺活动，请先新建活动）", None)
        i = combo.findData(keep) if keep is not None else -1
        if i < 0:  # the running campaign first, else the latest
            running = [n for n, c in enumerate(self.campaigns) if c.status is CampaignStatus.RUNNING]
            i = running[0] if running else 0
        combo.setCurrentIndex(i)
        combo.blockSignals(False)
        self._campaign_changed()

    def campaign(self) -> CampaignRow | None:
        cid = self.ui.campaignCombo.currentData()
        return next((c for c in self.campaigns if c.id == cid), None)

    def _campaign_changed(self) -> None:
        c = self.campaign()
        combo = self.ui.branchCombo
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("全部支部", None)
        if c is not None:
            for bid, name in zip(c.branch_ids, c.branch_names, strict=True):
                combo.addItem(name, bid)
        combo.setCurrentIndex(max(0, combo.findData(kept)) if kept is not None else 0)
        combo.blockSignals(False)
        self._fill_units()
        self._show_campaign()
        self.apply_filter()

    def _branch_changed(self) -> None:
        self._fill_units()
        self.apply_filter()

    def _fill_units(self) -> None:
        combo, branch = self.ui.unitCombo, self.ui.branchCombo.currentData()
        c = self.campaign()
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("全部区队/班组", None)
        branches = [branch] if branch is not None else (list(c.branch_ids) if c else [])
        for b in branches:
            for uid, label in self._choices.units.get(b, []):
                combo.addItem(label, uid)
        combo.setCurrentIndex(max(0, combo.findData(kept)) if kept is not None else 0)
        combo.blockSignals(False)

    def _show_campaign(self) -> None:
        ui, c = self.ui, self.campaign()
        for w in (ui.editCampaignButton, ui.closeCampaignButton, ui.deleteCampaignButton, ui.exportButton,
                  ui.printButton, ui.generateButton, ui.addButton):
            w.setEnabled(c is not None)
        if c is None:
            ui.campaignInfoLabel.setText("新建一次承诺活动（如百日安全），选择参加的支部和承诺书模板，再为全部党员生成承诺书。")
            ui.participationLabel.clear()
            return
        writer = self.ctx.actor.can_write
        open_ = c.status is not CampaignStatus.CLOSED
        ui.editCampaignButton.setEnabled(writer and open_)
        ui.generateButton.setEnabled(writer and open_)
        ui.addButton.setEnabled(writer and open_)
        ui.closeCampaignButton.setEnabled(writer and c.status is CampaignStatus.ENDED)
        ui.deleteCampaignButton.setEnabled(writer and c.pledges == 0)
        # why a greyed button is grey (a 查看 account needs no telling)
        ui.closeCampaignButton.setToolTip(
            f"活动到 {c.ends_on:%Y-%m-%d} 结束后才能关闭" if writer and c.status is CampaignStatus.RUNNING else "")
        ui.deleteCampaignButton.setToolTip(
            "已有承诺书的活动不能删除，期满后关闭即可" if writer and c.pledges and open_ else "")
        ui.campaignInfoLabel.setText(
            f"{c.starts_on:%Y-%m-%d} 至 {c.ends_on:%Y-%m-%d} · {c.status.value} · 参加支部：{_names(c.branch_names)}"
            f" · 承诺书 {c.pledges} 份")
        try:
            part = pledge_progress.participation(self.ctx, c.id)
        except DomainError as exc:
            ui.participationLabel.setText(exc.message)
            return
        # 新建承诺书… offers only the members without one: none left, nothing to open
        all_drafted = not any(u.pledge_id is None for u in part.unsigned)
        ui.addButton.setEnabled(writer and open_ and not all_drafted)
        ui.addButton.setToolTip("本活动的党员都已有承诺书" if writer and open_ and all_drafted else "")
        line = f"{part.line}，目标 100%"
        if len(part.branches) > 1:
            line += "（" + "；".join(f"{name} {r.signed}/{r.expected}" for _b, name, r in part.branches) + "）"
        if part.unsigned:
            names = [u.name + ("（未起草）" if u.pledge_id is None else "") for u in part.unsigned]
            shown = "、".join(names[:NAMES_SHOWN]) + (f" 等{len(names)}人" if len(names) > NAMES_SHOWN else "")
            line += f"\n未签（{len(names)}人）：{shown}"
            ui.participationLabel.setToolTip("未签：" + "、".join(names))
        else:
            line += " · 全部党员已签订"
            ui.participationLabel.setToolTip("")
        ui.participationLabel.setText(line)
        set_error_style(ui.participationLabel, not part.rate.complete)

    # ------------------------------------------------------------ filtering

    def current_filter(self) -> PledgeFilter:
        ui = self.ui
        status = ui.statusCombo.currentData()
        return replace(self.model.filter, campaign_id=ui.campaignCombo.currentData(),
                       branch_id=ui.branchCombo.currentData(), unit_id=ui.unitCombo.currentData(),
                       status=PledgeStatus[status] if status else None, text=ui.searchEdit.text().strip())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        keep = self.selected()
        try:
            self.model.set_filter(self.current_filter())
        except DomainError as exc:
            self._message(exc.message, error=True)
            return
        self.ui.pledgeTable.setColumnHidden(COL_BRANCH, self.model.filter.branch_id is not None)
        self.ui.pledgeTable.setColumnHidden(COL_REASON, self.model.filter.status not in (None, PledgeStatus.BROKEN))
        if not self._sized and self.model.rowCount():
            self.ui.pledgeTable.resizeColumnsToContents()
            self._sized = True
        if keep is not None:
            i = self.model.find_row(keep.id)
            if i is not None:
                self.ui.pledgeTable.selectRow(i)
        self.ui.countLabel.setText(f"共 {self.model.total} 份")
        self._update_buttons()

    def _keep_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """Columns without a SQL sort (工号, 未践诺原因) leave the order, and the arrow, as they were."""
        if not self.model.is_sortable(column):
            header = self.ui.pledgeTable.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)

    # ------------------------------------------------------------ selection

    def selected(self) -> PledgeRow | None:
        rows = self.ui.pledgeTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        ui, p, c = self.ui, self.selected(), self.campaign()
        writer = self.ctx.actor.can_write and c is not None and c.status is not CampaignStatus.CLOSED
        ui.editButton.setEnabled(p is not None)
        ui.editButton.setText("编辑…" if writer else "查看…")  # a viewer, or a closed campaign: read only
        ui.signButton.setEnabled(writer and p is not None and p.status is PledgeStatus.DRAFT)
        ui.reviewButton.setEnabled(writer and p is not None and p.status is not PledgeStatus.DRAFT)

    def _table_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for text, slot, button in (("编辑…", self.edit_selected, self.ui.editButton),
                                   ("签订…", self.sign_selected, self.ui.signButton),
                                   ("评诺…", self.review_selected, self.ui.reviewButton)):
            action = menu.addAction(button.text() if button is self.ui.editButton else text)
            action.setEnabled(button.isEnabled())
            action.triggered.connect(slot)
        menu.popup(self.ui.pledgeTable.viewport().mapToGlobal(pos))

    def _message(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        set_error_style(self.ui.messageLabel, error)

    def _wrote(self, text: str = "", campaign_id: int | None = None) -> None:
        self.reload(campaign_id)
        if text:
            self._message(text)
        self.changed.emit()

    # ------------------------------------------------------------ campaigns

    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        dialog.open()  # type: ignore[attr-defined]

    def new_campaign(self) -> None:
        dlg = CampaignDialog(self.ctx, None, self, self.today)
        dlg.saved.connect(lambda c: self._wrote(f"已新建承诺活动“{c.title}”。", c.id))
        self._open(dlg)

    def edit_campaign(self) -> None:
        c = self.campaign()
        if c is None:
            return
        dlg = CampaignDialog(self.ctx, c, self, self.today)
        dlg.saved.connect(lambda row: self._wrote(f"已保存承诺活动“{row.title}”。", row.id))
        self._open(dlg)

    def close_campaign(self) -> None:
        c = self.campaign()
        if c is None or not confirm(self, "关闭活动", f"关闭承诺活动“{c.title}”？关闭后其承诺书不能再修改或评诺。"):
            return
        try:
            pledges.close_campaign(self.ctx, c.id, c.version, self.today)
        except DomainError as exc:
            show_error(self, exc, "未能关闭活动")
            return
        self._wrote(f"已关闭承诺活动“{c.title}”。", c.id)

    def delete_campaign(self) -> None:
        c = self.campaign()
        if c is None or not confirm(self, "删除活动", f"删除承诺活动“{c.title}”？（只有还没有承诺书的活动可以删除）"):
            return
        try:
            pledges.delete_campaign(self.ctx, c.id, c.version)
        except DomainError as exc:
            show_error(self, exc, "未能删除活动")
            return
        self._wrote(f"已删除承诺活动“{c.title}”。")

    # ------------------------------------------------------------ pledges

    def generate(self) -> None:
        c = self.campaign()
        if c is None:
            return
        try:
            n = pledges.generate_pledges(self.ctx, c.id)
        except DomainError as exc:
            show_error(self, exc, "未能生成承诺书")
            return
        text = (f"已为 {n} 名党员生成承诺书（待签），签订后请填写签订日期。" if n
                else "本活动的党员都已有承诺书，没有需要生成的。")
        self._wrote(text, c.id)
        QMessageBox.information(self, "为全部党员生成", text)

    def add_pledge(self) -> None:
        c = self.campaign()
        if c is None:
            return
        dlg = PledgeDialog(self.ctx, c, None, self, self.today)
        dlg.saved.connect(lambda p: self._wrote(f"已新建{p.name}的承诺书。", c.id))
        self._open(dlg)

    def _pledge_dialog(self, sign: bool) -> None:
        c, p = self.campaign(), self.selected()
        if c is None or p is None:
            return
        try:
            full = pledges.get_pledge(self.ctx, p.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        dlg = PledgeDialog(self.ctx, c, full, self, self.today, sign=sign)
        dlg.saved.connect(lambda row: self._wrote(f"已保存{row.name}的承诺书（{row.status.value}）。", c.id))
        self._open(dlg)

    def edit_selected(self) -> None:
        self._pledge_dialog(sign=False)

    def sign_selected(self) -> None:
        self._pledge_dialog(sign=True)

    def review_selected(self) -> None:
        c, p = self.campaign(), self.selected()
        if c is None or p is None:
            return
        dlg = ReviewDialog(self.ctx, p, self, self.today)
        dlg.saved.connect(lambda row: self._wrote(f"已评诺：{row.name} {row.status.value}。", c.id))
        self._open(dlg)

    # ------------------------------------------------------------ export and print

    def export_pledges(self, path: str | None = None) -> None:
        """导出…: the campaign's list (every member who should pledge) to an xlsx file, in the background."""
        c = self.campaign()
        if c is None:
            return
        if path is None:
            from dangjian_desktop.ui.roster.files import documents_dir

            path, _ = QFileDialog.getSaveFileName(self, "导出承诺名单",
                                                  str(Path(documents_dir()) / f"{c.title}承诺名单.xlsx"),
                                                  "Excel 工作簿 (*.xlsx)")
            if not path:
                return
        out, today = Path(path), self.today

        def done(result: pledge_export.PledgeExport) -> None:
            self._message(f"已导出承诺名单 {result.rows} 人（{result.participation}）：{result.path}")

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, "未能导出承诺名单", error_text(exc))

        self.export_task = run_task(self, "正在导出承诺名单……",
                                    lambda progress: pledge_export.export_pledges(self.ctx, c.id, out, today,
                                                                                  progress.report),
                                    done, failed, cancellable=False)

    def print_cards(self) -> None:
        """打印…: the print dialog of the pledge cards, preset to this campaign and the branch shown."""
        from dangjian_desktop.services.cards import CardSelection
        from dangjian_desktop.ui.printing.dialog import open_print_dialog

        c = self.campaign()
        if c is None:
            return
        branch = self.ui.branchCombo.currentText() if self.ui.branchCombo.currentData() is not None else None
        self.dialog = open_print_dialog(self.ctx, PRINT_CARD, self,
                                        preset=CardSelection(branch=branch, campaign=c.title))

    # ------------------------------------------------------------ 工作台

    def show_target(self, target: WorkTarget) -> None:
        """``pledge_unsigned``: the campaign with its unsigned names, the drafts listed;
        ``pledge_campaign``: the campaign's signed pledges."""
        if target.record_id is None:
            return
        self.reload(target.record_id)
        status = PledgeStatus.DRAFT if target.kind == "pledge_unsigned" else PledgeStatus.SIGNED
        self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(status.name))
