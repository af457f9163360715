"""Dialogs of the 安全承诺 tab: a campaign, a pledge (with its fulfilment page) and the review.

Each dialog saves through the services itself, so a refused input keeps the dialog open with
the problems listed and nothing typed lost.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.pledges import (
    CampaignStatus,
    CommitmentMetric,
    CommitmentPeriod,
    PledgeStatus,
    fill_template,
)
from dangjian_desktop.services import pledge_progress, pledges, roster
from dangjian_desktop.services.pledge_progress import Fulfilment
from dangjian_desktop.services.pledges import CampaignInput, CampaignRow, CommitmentInput, PledgeInput, PledgeRow
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.messages import problems_text, set_error_style
from dangjian_desktop.ui.forms.ui_campaign_dialog import Ui_CampaignDialog
from dangjian_desktop.ui.forms.ui_pledge_dialog import Ui_PledgeDialog
from dangjian_desktop.ui.forms.ui_review_dialog import Ui_ReviewDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1
BLANK = "＿＿＿＿"  # a template's {name}/{post}/{unit} in 新建承诺书 until a member is chosen
TARGET_MAX = 999


def _say(label: QLabel, text: str, error: bool = True) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    set_error_style(label, error and bool(text))


def _fit_table(table: QTableWidget, stretch: int) -> None:
    header = table.horizontalHeader()
    for c in range(table.columnCount()):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setVisible(False)


class CommitmentEditor:
    """The measurable commitments in a QTableWidget (a handful of rows): 内容, 类别, 目标, 周期."""

    COLUMNS = ("承诺内容", "类别", "目标（次/条）", "周期")

    def __init__(self, table: QTableWidget, read_only: bool = False) -> None:
        self.table = table
        self.read_only = read_only
        table.setColumnCount(len(self.COLUMNS))
        table.setHorizontalHeaderLabels(list(self.COLUMNS))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        if read_only:
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        _fit_table(table, 0)
        # The drop-downs and the spin box are cell widgets, which ResizeToContents does not see.
        metrics = table.fontMetrics()
        for col, widest in ((1, "责任区周报"), (2, "目标（次/条）"), (3, "活动期间")):
            table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(col, metrics.horizontalAdvance(widest) + 56)

    def add(self, item: CommitmentInput | None = None) -> None:
        item = item or CommitmentInput("", CommitmentMetric.FIELD_VISIT, 1, CommitmentPeriod.MONTH)
        t, r = self.table, self.table.rowCount()
        t.insertRow(r)
        text = QTableWidgetItem(item.text)
        text.setData(ID_ROLE, item.id)
        t.setItem(r, 0, text)
        metric = QComboBox(t)
        for m in CommitmentMetric:
            metric.addItem(m.value, m.name)
        metric.setCurrentIndex(metric.findData(item.metric.name))
        metric.setToolTip("深入现场、其他：在本页录入完成次数；其余由对应记录自动统计")
        t.setCellWidget(r, 1, metric)
        target = QSpinBox(t)
        target.setRange(0, TARGET_MAX)  # 0 is let through: the service says why it is refused
        target.setValue(item.target)
        t.setCellWidget(r, 2, target)
        period = QComboBox(t)
        for p in CommitmentPeriod:
            period.addItem(p.value, p.name)
        period.setCurrentIndex(period.findData(item.period.name))
        t.setCellWidget(r, 3, period)
        for w in (metric, target, period):
            w.setEnabled(not self.read_only)

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)

    def set_items(self, items: tuple[CommitmentInput, ...]) -> None:
        self.table.setRowCount(0)
        for item in items:
            self.add(item)

    def items(self) -> tuple[CommitmentInput, ...]:
        out = []
        t = self.table
        for r in range(t.rowCount()):
            text = t.item(r, 0)
            metric, target, period = t.cellWidget(r, 1), t.cellWidget(r, 2), t.cellWidget(r, 3)
            assert isinstance(metric, QComboBox) and isinstance(target, QSpinBox) and isinstance(period, QComboBox)
            out.append(CommitmentInput(text.text() if text else "", CommitmentMetric[metric.currentData()],
                                       target.value(), CommitmentPeriod[period.currentData()],
                                       text.data(ID_ROLE) if text else None))
        return tuple(out)


# ---------------------------------------------------------------- campaign


class CampaignDialog(QDialog):
    """New campaign (``campaign`` None) or edit one."""

    saved = Signal(object)  # CampaignRow

    def __init__(self, ctx: Ctx, campaign: CampaignRow | None = None, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.campaign, self.today = ctx, campaign, today or date.today()
        self.ui = ui = Ui_CampaignDialog()
        ui.setupUi(self)
        self.setWindowTitle("新建承诺活动" if campaign is None else f"修改承诺活动：{campaign.title}")
        _say(ui.errorLabel, "")
        self.commitments = CommitmentEditor(ui.commitmentTable)
        ui.addCommitmentButton.clicked.connect(lambda: self.commitments.add())
        ui.removeCommitmentButton.clicked.connect(self.commitments.remove_selected)
        chosen = set(campaign.branch_ids) if campaign else None
        for bid, name in roster.choices(ctx).branches:
            entry = QListWidgetItem(name, ui.branchList)
            entry.setData(ID_ROLE, bid)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if chosen is None or bid in chosen else Qt.CheckState.Unchecked)
        if campaign is not None:
            ui.titleEdit.setText(campaign.title)
            ui.startsEdit.set_value(campaign.starts_on)
            ui.endsEdit.set_value(campaign.ends_on)
            ui.templateEdit.setPlainText(campaign.template_text)
            self.commitments.set_items(campaign.commitments)
        else:
            ui.startsEdit.set_value(self.today)
            ui.endsEdit.set_value(self.today + timedelta(days=99))  # 百日安全
            ui.templateEdit.setPlainText(
                "我是{unit}的共产党员{name}，岗位{post}。为保证安全，我郑重承诺：带头遵章守纪，"
                "上标准岗、干标准活，监督提醒身边职工规范作业，做到党员身边无“三违”、责任区内无隐患。")
            for item in (CommitmentInput("每月深入现场10次", CommitmentMetric.FIELD_VISIT, 10, CommitmentPeriod.MONTH),
                         CommitmentInput("每周向支部报告责任区安全动态1次", CommitmentMetric.ZONE_REPORT, 1,
                                         CommitmentPeriod.WEEK),
                         CommitmentInput("每月提出合理化建议不少于1条", CommitmentMetric.SUGGESTION, 1,
                                         CommitmentPeriod.MONTH)):
                self.commitments.add(item)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def data(self) -> CampaignInput:
        ui = self.ui
        branches = tuple(ui.branchList.item(i).data(ID_ROLE) for i in range(ui.branchList.count())
                         if ui.branchList.item(i).checkState() == Qt.CheckState.Checked)
        return CampaignInput(ui.titleEdit.text(), ui.startsEdit.value(), ui.endsEdit.value(), branches,
                             ui.templateEdit.toPlainText(), self.commitments.items())

    def save(self) -> None:
        problems = [p for p in (self.ui.startsEdit.problem("开始日期"), self.ui.endsEdit.problem("结束日期")) if p]
        if problems:
            _say(self.ui.errorLabel, "\n".join(problems))
            return
        try:
            if self.campaign is None:
                row = pledges.create_campaign(self.ctx, self.data(), self.today)
            else:
                row = pledges.update_campaign(self.ctx, self.campaign.id, self.campaign.version, self.data(), self.today)
        except DomainError as exc:
            _say(self.ui.errorLabel, problems_text(exc))
            return
        self.saved.emit(row)
        self.accept()


# ---------------------------------------------------------------- pledge


class PledgeDialog(QDialog):
    """A new pledge (``pledge`` None: the member chosen among those without one) or an existing one:
    its text, signed date, commitments, and the 践诺进度 page (typed counts saved with it)."""

    saved = Signal(object)  # PledgeRow

    def __init__(self, ctx: Ctx, campaign: CampaignRow, pledge: PledgeRow | None = None, parent: QWidget | None = None,
                 today: date | None = None, sign: bool = False) -> None:
        super().__init__(parent)
        self.ctx, self.campaign, self.pledge = ctx, campaign, pledge
        self.today = today or date.today()
        self.ui = ui = Ui_PledgeDialog()
        ui.setupUi(self)
        _say(ui.errorLabel, "")
        reviewed = pledge is not None and pledge.status in (PledgeStatus.KEPT, PledgeStatus.BROKEN)
        self.locked = not ctx.actor.can_write or campaign.status is CampaignStatus.CLOSED
        fields_locked = self.locked or reviewed
        self.commitments = CommitmentEditor(ui.commitmentTable, read_only=fields_locked)
        ui.addCommitmentButton.clicked.connect(lambda: self.commitments.add())
        ui.removeCommitmentButton.clicked.connect(self.commitments.remove_selected)
        self._spins: dict[tuple[int, date], tuple[QSpinBox, int]] = {}
        if pledge is None:
            self.setWindowTitle(f"新建承诺书 — {campaign.title}")
            ui.memberCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for u in pledge_progress.participation(ctx, campaign.id).unsigned:
                if u.pledge_id is None:
                    ui.memberCombo.addItem(f"{u.name}（{u.branch}）", u.person_id)
            ui.memberCombo.setCurrentIndex(-1 if ui.memberCombo.count() != 1 else 0)
            line = ui.memberCombo.lineEdit()
            assert line is not None  # the combo is editable (typing a name finds him)
            line.setPlaceholderText("选择尚无承诺书的党员" if ui.memberCombo.count() else "本活动的党员都已有承诺书")
            # The template with blanks until a member is chosen, then his name, post and unit.
            ui.textEdit.setPlainText(fill_template(campaign.template_text, BLANK, BLANK, BLANK))
            self._drafted = ui.textEdit.toPlainText()
            self._drafted_post = ""
            ui.memberCombo.currentIndexChanged.connect(self._member_chosen)
            self.commitments.set_items(campaign.commitments)
            ui.statusLabel.setText(PledgeStatus.DRAFT.value + "（填写签订日期即为已签）")
            ui.pages.setTabEnabled(1, False)
            self._member_chosen()
        else:
            self.setWindowTitle(f"承诺书：{pledge.name} — {campaign.title}")
            ui.memberCombo.addItem(f"{pledge.name}（{pledge.branch}{' · ' + pledge.unit if pledge.unit else ''}）")
            ui.memberCombo.setEnabled(False)
            ui.postEdit.setText(pledge.post or "")
            ui.signedEdit.set_value(pledge.signed_on)
            ui.textEdit.setPlainText(pledge.text)
            self.commitments.set_items(pledge.commitments)
            status = pledge.status.value + (f"（{pledge.reviewed_on:%Y-%m-%d} 评诺）" if pledge.reviewed_on else "")
            if pledge.broken_reason:
                status += f"，原因：{pledge.broken_reason}"
            ui.statusLabel.setText(status)
            self._fill_progress(pledge_progress.fulfilment(ctx, pledge.id, self.today))
            if sign and pledge.signed_on is None:
                ui.signedEdit.set_value(min(max(self.today, campaign.starts_on), campaign.ends_on))
                ui.signedEdit.setFocus()
        ui.signedEdit.setPlaceholderText("未签")
        for w in (ui.postEdit, ui.textEdit):
            w.setReadOnly(fields_locked)
        ui.signedEdit.setReadOnly(fields_locked)
        ui.addCommitmentButton.setEnabled(not fields_locked)
        ui.removeCommitmentButton.setEnabled(not fields_locked)
        if self.locked:  # nothing can be saved (a viewer, a closed campaign): 关闭 alone, as other dialogs
            ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.fields_locked = fields_locked

    def _member_chosen(self, *_args: object) -> None:
        """Fill the chosen member into the text and the post, unless the user has changed them."""
        member = self.ui.memberCombo.currentData()
        if member is None:
            return
        try:
            draft = pledges.draft_for(self.ctx, self.campaign.id, member)
        except DomainError as exc:
            _say(self.ui.errorLabel, problems_text(exc))
            return
        if self.ui.textEdit.toPlainText() == self._drafted:
            self.ui.textEdit.setPlainText(draft.text)
            self._drafted = self.ui.textEdit.toPlainText()
        if self.ui.postEdit.text() == self._drafted_post:
            self._drafted_post = draft.post or ""
            self.ui.postEdit.setText(self._drafted_post)

    def _fill_progress(self, f: Fulfilment) -> None:
        t = self.ui.progressTable
        headers = ("承诺", "期间", "目标", "完成", "差额")
        t.setColumnCount(len(headers))
        t.setHorizontalHeaderLabels(list(headers))
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = [(c, w) for c in f.commitments for w in c.windows]
        t.setRowCount(len(rows))
        for r, (c, w) in enumerate(rows):
            source = "录入" if c.typed else "自动统计"
            cells = (f"{c.metric.value}：{c.text}", f"{w.label}（{w.start:%m-%d}～{w.end:%m-%d}）", str(w.target))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{c.text}\n{c.period.value}{c.target}次 · 完成数{source}")
                t.setItem(r, col, item)
            if c.typed and not self.locked and w.start <= self.today:
                spin = QSpinBox(t)
                spin.setRange(0, 9999)
                spin.setValue(w.done)
                t.setCellWidget(r, 3, spin)
                self._spins[(c.id, w.key)] = (spin, w.done)
            else:
                t.setItem(r, 3, QTableWidgetItem(str(w.done)))
            behind = "未开始" if not w.started else (f"差 {w.behind}" if w.behind else "达标")
            t.setItem(r, 4, QTableWidgetItem(behind))
        _fit_table(t, 0)

    def save(self) -> None:
        ui = self.ui
        problem = ui.signedEdit.problem("签订日期")
        if problem:
            _say(ui.errorLabel, problem)
            return
        data = PledgeInput(ui.textEdit.toPlainText(), ui.postEdit.text(), ui.signedEdit.value(), self.commitments.items())
        try:
            if self.pledge is None:
                member = ui.memberCombo.currentData()
                if member is None:
                    _say(ui.errorLabel, "请选择党员。")
                    return
                row = pledges.create_pledge(self.ctx, self.campaign.id, member, data)
            else:
                if not self.fields_locked and data != self.pledge.to_input():
                    row = pledges.update_pledge(self.ctx, self.pledge.id, self.pledge.version, data)
                else:
                    row = self.pledge
                for (commitment_id, key), (spin, before) in self._spins.items():
                    if spin.value() != before:
                        pledge_progress.record_progress(self.ctx, commitment_id, key, spin.value())
                        self._spins[(commitment_id, key)] = (spin, spin.value())
                row = pledges.get_pledge(self.ctx, row.id)
        except DomainError as exc:
            _say(ui.errorLabel, problems_text(exc))
            return
        self.saved.emit(row)
        self.accept()


# ---------------------------------------------------------------- review


class ReviewDialog(QDialog):
    """评诺: the fulfilment figures beside the choice 已践诺 / 未践诺 (a reason required for the latter)."""

    saved = Signal(object)  # PledgeRow

    def __init__(self, ctx: Ctx, pledge: PledgeRow, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.pledge, self.today = ctx, pledge, today or date.today()
        self.ui = ui = Ui_ReviewDialog()
        ui.setupUi(self)
        _say(ui.errorLabel, "")
        self.setWindowTitle(f"评诺：{pledge.name}")
        signed = f"{pledge.signed_on:%Y-%m-%d} 签订" if pledge.signed_on else "未签订"
        ui.memberLabel.setText(f"{pledge.name} · {pledge.branch}{' · ' + pledge.unit if pledge.unit else ''} · {signed}"
                               f" · 当前状态：{pledge.status.value}")
        f = pledge_progress.fulfilment(ctx, pledge.id, self.today)
        t = ui.figuresTable
        headers = ("承诺", "目标（已开始各期）", "完成", "达标期数")
        t.setColumnCount(len(headers))
        t.setHorizontalHeaderLabels(list(headers))
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setRowCount(len(f.commitments))
        for r, c in enumerate(f.commitments):
            met, over = c.periods_met
            for col, text in enumerate((f"{c.metric.value}：{c.text}", str(c.due), str(c.done), f"{met}/{over}")):
                t.setItem(r, col, QTableWidgetItem(text))
        _fit_table(t, 0)
        # As tall as its rows (a few): the room goes to the reason, not to an empty table.
        rows_height = sum(t.rowHeight(r) for r in range(t.rowCount()))
        t.setMaximumHeight(t.horizontalHeader().sizeHint().height() + rows_height + 2 * t.frameWidth() + 4)
        ui.proposalLabel.setText(f.proposal)
        if pledge.status is PledgeStatus.BROKEN:
            ui.brokenRadio.setChecked(True)
            ui.reasonEdit.setPlainText(pledge.broken_reason or "")
        elif pledge.status is PledgeStatus.KEPT or f.proposal.endswith(PledgeStatus.KEPT.value):
            ui.keptRadio.setChecked(True)
        else:
            ui.brokenRadio.setChecked(True)
        floor = pledge.signed_on or self.today
        ui.reviewedEdit.set_value(pledge.reviewed_on or max(self.today, floor))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(ctx.actor.can_write)

    def save(self) -> None:
        ui = self.ui
        problem = ui.reviewedEdit.problem("评诺日期")
        if problem or ui.reviewedEdit.value() is None:
            _say(ui.errorLabel, problem or "请填写评诺日期。")
            return
        try:
            row = pledges.review_pledge(self.ctx, self.pledge.id, self.pledge.version, ui.keptRadio.isChecked(),
                                        ui.reasonEdit.toPlainText(), ui.reviewedEdit.value())
        except DomainError as exc:
            _say(ui.errorLabel, problems_text(exc))
            return
        self.saved.emit(row)
        self.accept()
