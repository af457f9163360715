"""The 思想动态 tab's dialogs: a new warning, an entry, a warning's handling (its closed loop),
a worker's file, the time limits. Each reads and writes through ``services.mood`` only; a
refusal or a bad input is shown in the dialog, nothing written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.mood import MoodCategory, WarningActionKind, WarningLevel
from dangjian_desktop.services import mood
from dangjian_desktop.services.mood import FileDetail, WarningDetail
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.messages import confirm, problems_text, set_error_style
from dangjian_desktop.ui.forms.ui_mood_entry_dialog import Ui_MoodEntryDialog
from dangjian_desktop.ui.forms.ui_mood_file_dialog import Ui_MoodFileDialog
from dangjian_desktop.ui.forms.ui_mood_handle_dialog import Ui_MoodHandleDialog
from dangjian_desktop.ui.forms.ui_mood_limits_dialog import Ui_MoodLimitsDialog
from dangjian_desktop.ui.forms.ui_mood_warning_dialog import Ui_MoodWarningDialog

from .model import LEVEL_COLOURS, level_text

Today = Callable[[], date]


def _fill(table: QTableWidget, header: list[str], rows: list[list[str]], stretch: int) -> None:
    table.setColumnCount(len(header))
    table.setHorizontalHeaderLabels(header)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            item = QTableWidgetItem(v)
            item.setToolTip(v if len(v) > 20 else "")
            table.setItem(r, c, item)
    heads = table.horizontalHeader()
    heads.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    heads.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)


def _show_error(label: QWidget, exc: DomainError) -> None:
    label.setText(problems_text(exc))  # type: ignore[attr-defined]
    set_error_style(label, True)


class WarningDialog(QDialog):
    """新建预警: a worker he may write about, the level, the date, the reason (and an assignee)."""

    saved = Signal(int)

    def __init__(self, ctx: Ctx, today: Today, worker_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today
        self.ui = Ui_MoodWarningDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for wid, label in mood.workers_choice(ctx, today(), limit=5000):
            ui.workerCombo.addItem(label, wid)
        if worker_id is not None:
            ui.workerCombo.setCurrentIndex(max(0, ui.workerCombo.findData(worker_id)))
            ui.workerCombo.setEnabled(False)
        else:
            ui.workerCombo.setCurrentIndex(-1)
        for level in WarningLevel:
            ui.levelCombo.addItem(level_text(level) + "预警", level)
        ui.assigneeCombo.addItem("（暂不指派）", None)
        for pid, name in mood.people_choice(ctx):
            ui.assigneeCombo.addItem(name, pid)
        ui.raisedOnField.set_value(today())
        limits = mood.warning_limits(ctx)
        ui.limitLabel.setText(
            f"时限：红色 {limits.red_talk_days} 天内首次谈话、{limits.red_measures_days} 天内落实措施、每 {limits.red_review_days} 天复查；"
            f"黄色 {limits.yellow_talk_days} 天内谈话、每 {limits.yellow_review_days} 天复查；"
            f"蓝色 {limits.blue_talk_days} 天内谈话、每 {limits.blue_review_days} 天复查。")
        ui.limitLabel.setProperty("muted", True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        ui = self.ui
        wid = ui.workerCombo.currentData() if ui.workerCombo.currentIndex() >= 0 else None
        if wid is None:
            ui.errorLabel.setText("请选择职工。")
            set_error_style(ui.errorLabel, True)
            return
        problem = ui.raisedOnField.problem("预警日期")
        if problem:
            ui.errorLabel.setText(problem)
            set_error_style(ui.errorLabel, True)
            return
        try:
            new_id = mood.raise_warning(self.ctx, wid, ui.levelCombo.currentData(), ui.reasonEdit.toPlainText(),
                                        ui.raisedOnField.value(), self.today(), ui.needsReportCheck.isChecked(),
                                        ui.assigneeCombo.currentData())
        except DomainError as exc:
            _show_error(ui.errorLabel, exc)
            return
        self.saved.emit(new_id)
        self.accept()


class EntryDialog(QDialog):
    saved = Signal()

    def __init__(self, ctx: Ctx, today: Today, worker_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today, self.worker_id = ctx, today, worker_id
        self.ui = Ui_MoodEntryDialog()
        self.ui.setupUi(self)
        self.ui.whoLabel.setText(f"职工：{name}")
        for c in MoodCategory:
            self.ui.categoryCombo.addItem(c.value, c)
        self.ui.recordedOnField.set_value(today())
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        ui = self.ui
        problem = ui.recordedOnField.problem("日期")
        if problem:
            ui.errorLabel.setText(problem)
            set_error_style(ui.errorLabel, True)
            return
        try:
            mood.add_entry(self.ctx, self.worker_id, ui.recordedOnField.value(), ui.categoryCombo.currentData(),
                           ui.contentEdit.toPlainText(), self.today())
        except DomainError as exc:
            _show_error(ui.errorLabel, exc)
            return
        self.saved.emit()
        self.accept()


class HandleDialog(QDialog):
    """One warning: its actions and escalation history, and the next steps of its closed loop."""

    changed = Signal()

    def __init__(self, ctx: Ctx, today: Today, warning_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today, self.warning_id = ctx, today, warning_id
        self.ui = Ui_MoodHandleDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for kind in mood.RECORDABLE:
            ui.kindCombo.addItem(kind.value, kind)
        for pid, name in mood.people_choice(ctx):
            ui.assigneeCombo.addItem(name, pid)
        ui.actedOnField.set_value(today())
        ui.answeredOnField.set_value(today())
        ui.recordButton.clicked.connect(self.record)
        ui.liftButton.clicked.connect(self.lift)
        ui.escalateButton.clicked.connect(self.escalate)
        ui.assignButton.clicked.connect(self.assign)
        ui.answerButton.clicked.connect(self.answer)
        ui.needsReportCheck.clicked.connect(self.toggle_report)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        self.detail: WarningDetail | None = None
        self.load()

    def load(self, audit: bool = True) -> None:
        d = mood.warning_detail(self.ctx, self.warning_id, self.today(), audit)  # the audited read
        self.detail = d
        w, ui = d.warning, self.ui
        colour = LEVEL_COLOURS[w.level]
        due = ""
        if w.is_open and w.due_on is not None:
            late = f"<b style='color:{colour}'>已逾期</b>" if w.overdue else ""
            due = f"　下一步：{escape(w.next_step)}，应于 {w.due_on:%Y-%m-%d} 前完成 {late}"
        ui.headerLabel.setText(
            f"<b style='color:{colour}'>{level_text(w.level)}预警</b>　<b>{escape(w.name)}</b>（{escape(w.branch)}"
            f"{' · ' + escape(w.unit) if w.unit else ''}）　状态：{w.status.value}　预警日期 {w.raised_on:%Y-%m-%d}"
            f"　责任人：{escape(w.assignee or '未指派')}{due}<br/>原因：{escape(w.reason)}"
            + (f"<br/>复查结论：{escape(w.closing_review)}" if w.closing_review else ""))
        hist = [f"{level_text(h.level)}预警 {h.raised_on:%Y-%m-%d}（{h.status.value}）" for h in d.history]
        ui.historyLabel.setText("升级记录：" + " → ".join(hist) if hist else "")
        ui.historyLabel.setVisible(bool(hist))
        _fill(ui.actionsTable, ["日期", "方式", "人员", "内容"], [[f"{a.acted_on:%Y-%m-%d}", a.kind.value, a.actor, a.content] for a in d.actions], 3)
        writable = self.ctx.actor.can_write and w.is_open
        for widget in (ui.actionGroup, ui.assigneeCombo, ui.assignButton):
            widget.setEnabled(writable)
        ui.escalateButton.setEnabled(writable and w.level in mood.UP)
        if w.assignee_id is not None:
            ui.assigneeCombo.setCurrentIndex(max(0, ui.assigneeCombo.findData(w.assignee_id)))
        ui.needsReportCheck.setChecked(w.needs_report)
        ui.needsReportCheck.setEnabled(self.ctx.actor.can_write and w.answered_on is None)
        if w.answered_on is not None:
            ui.answerEdit.setText(w.report_answer or "")
            ui.answeredOnField.set_value(w.answered_on)
        answerable = self.ctx.actor.can_write and w.needs_report and w.answered_on is None
        ui.answerEdit.setEnabled(answerable)
        ui.answeredOnField.setEnabled(answerable)
        ui.answerButton.setEnabled(answerable)
        self.setWindowTitle(f"预警处置 — {w.name}")

    def _run(self, action: Callable[[], object], done: str) -> bool:
        ui = self.ui
        try:
            action()
        except DomainError as exc:
            _show_error(ui.errorLabel, exc)
            return False
        ui.errorLabel.setText(done)
        set_error_style(ui.errorLabel, False)
        self.changed.emit()
        self.load(audit=False)  # his own change, in the warning he opened
        return True

    def _date(self) -> date | None:
        problem = self.ui.actedOnField.problem("日期")
        if problem:
            self.ui.errorLabel.setText(problem)
            set_error_style(self.ui.errorLabel, True)
            return None
        return self.ui.actedOnField.value()

    def record(self) -> None:
        ui = self.ui
        on = self._date()
        if on is None:
            return
        kind = WarningActionKind(ui.kindCombo.currentData())
        if self._run(lambda: mood.record_action(self.ctx, self.warning_id, kind, on, ui.contentEdit.toPlainText(),
                                                self.today()), f"已记录{kind.value}。"):
            ui.contentEdit.clear()

    def lift(self) -> None:
        on = self._date()
        if on is None:
            return
        text = self.ui.contentEdit.toPlainText()
        if text.strip() and not confirm(self, "解除预警", "以“情况”中填写的内容作为复查结论，解除这条预警？", default_yes=True):
            return
        self._run(lambda: mood.lift(self.ctx, self.warning_id, on, text, self.today()), "预警已解除。")

    def escalate(self) -> None:
        on = self._date()
        if on is None:
            return
        text = self.ui.contentEdit.toPlainText()
        new_ids: list[int] = []
        if self._run(lambda: new_ids.append(mood.escalate(self.ctx, self.warning_id, text, on, self.today())),
                     "已升级，新预警已建立。") and new_ids:
            self.warning_id = new_ids[0]
            self.load(audit=False)

    def assign(self) -> None:
        pid = self.ui.assigneeCombo.currentData()
        self._run(lambda: mood.assign(self.ctx, self.warning_id, pid, self.today(), self.today()), "已指派。")

    def toggle_report(self, checked: bool) -> None:
        self._run(lambda: mood.set_needs_report(self.ctx, self.warning_id, checked, self.today()),
                  "已标记为需上报。" if checked else "已取消需上报。")

    def answer(self) -> None:
        ui = self.ui
        problem = ui.answeredOnField.problem("答复日期")
        if problem:
            ui.errorLabel.setText(problem)
            set_error_style(ui.errorLabel, True)
            return
        self._run(lambda: mood.record_answer(self.ctx, self.warning_id, ui.answerEdit.text(),
                                             ui.answeredOnField.value(), self.today()), "已记录矿上答复。")


class FileDialog(QDialog):
    """A worker's file (the audited read): his 包保党员, entries and warnings."""

    changed = Signal()
    handle_requested = Signal(int)
    raise_requested = Signal(int)
    entry_requested = Signal(int, str)
    pairing_requested = Signal(int)

    def __init__(self, ctx: Ctx, today: Today, worker_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today, self.worker_id = ctx, today, worker_id
        self.ui = Ui_MoodFileDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        ui.addEntryButton.clicked.connect(lambda: self.entry_requested.emit(self.worker_id, self.detail.name))
        ui.raiseButton.clicked.connect(lambda: self.raise_requested.emit(self.worker_id))
        ui.handleButton.clicked.connect(self._handle)
        ui.warningsTable.doubleClicked.connect(lambda _i: self._handle())
        ui.pairingButton.clicked.connect(lambda: self.pairing_requested.emit(self.worker_id))
        for b in (ui.addEntryButton, ui.raiseButton):
            b.setEnabled(ctx.actor.can_write)
        self.detail: FileDetail
        self.load()

    def load(self, audit: bool = True) -> None:
        d = mood.open_file(self.ctx, self.worker_id, self.today(), audit)  # the audited read
        self.detail = d
        ui = self.ui
        ui.headerLabel.setText(f"<b>{escape(d.name)}</b>　{escape(d.branch)}{' · ' + escape(d.unit) if d.unit else ''}"
                               f"{'　岗位：' + escape(d.post) if d.post else ''}")
        cover = "、".join(n for _i, n in d.covering)
        ui.coverLabel.setText(f"包保党员（以当前有效的结对为准）：{cover or '无人包保'}")
        _fill(ui.entriesTable, ["日期", "类别", "记录人", "内容"], [[f"{e.recorded_on:%Y-%m-%d}", e.category.value, e.recorder, e.content]
                                for e in d.entries], 3)
        _fill(ui.warningsTable, ["等级", "状态", "预警日期", "下一步", "原因"], [[level_text(w.level), w.status.value, f"{w.raised_on:%Y-%m-%d}",
                                  (f"{w.next_step} {w.due_on:%Y-%m-%d}{' 已逾期' if w.overdue else ''}"
                                   if w.is_open and w.due_on else ""), w.reason] for w in d.warnings], 4)
        for r, w in enumerate(d.warnings):
            item = ui.warningsTable.item(r, 0)
            if item is not None:
                item.setForeground(QColor(LEVEL_COLOURS[w.level]))
        ui.handleButton.setEnabled(bool(d.warnings))
        self.setWindowTitle(f"职工思想动态档案 — {d.name}")

    def _handle(self) -> None:
        row = self.ui.warningsTable.currentRow()
        if 0 <= row < len(self.detail.warnings):
            self.handle_requested.emit(self.detail.warnings[row].id)


LIMIT_SPINS = {
    "red_talk_days": "redTalkSpin", "red_measures_days": "redMeasuresSpin", "red_review_days": "redReviewSpin",
    "yellow_talk_days": "yellowTalkSpin", "yellow_review_days": "yellowReviewSpin",
    "blue_talk_days": "blueTalkSpin", "blue_review_days": "blueReviewSpin",
}


class LimitsDialog(QDialog):
    """The 红黄蓝 time limits: the secretary edits them, the others read them."""

    saved = Signal()

    def __init__(self, ctx: Ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MoodLimitsDialog()
        self.ui.setupUi(self)
        limits = mood.warning_limits(ctx).to_json()
        for key, name in LIMIT_SPINS.items():
            spin = getattr(self.ui, name)
            spin.setValue(limits[key])
            spin.setSuffix(" 天")
            spin.setEnabled(ctx.actor.is_secretary)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(ctx.actor.is_secretary)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        values = {key: getattr(self.ui, name).value() for key, name in LIMIT_SPINS.items()}
        try:
            mood.set_warning_limits(self.ctx, values)
        except DomainError as exc:
            self.ui.noteLabel.setText(problems_text(exc))
            set_error_style(self.ui.noteLabel, True)
            return
        self.saved.emit()
        self.accept()
