"""The 结对帮扶 dialogs: a pair, a follow-up, a guarantee (with its scan), a date with a note
(结束结对, 对账销户) and a hardship plan. Each is a form from ``forms/``; the services validate
(every problem shown in the dialog, the input kept as typed), the dialog only reads the fields."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from dangjian_desktop.domain.errors import DomainError, ValidationError
from dangjian_desktop.domain.pairing import (
    DEFAULT_FREQUENCY_DAYS,
    SCAN_MAX_BYTES,
    FollowUpKind,
    PairingGoal,
    next_due,
    scan_kind,
)
from dangjian_desktop.domain.roster_rules import parse_date_precision
from dangjian_desktop.services import hardship, pairing, pairing_views
from dangjian_desktop.services.pairing import FollowUpInput, GuaranteeInput, PairDetail, PairInput
from dangjian_desktop.services.pairing_views import MemberLoad
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.forms.ui_date_note_dialog import Ui_DateNoteDialog
from dangjian_desktop.ui.forms.ui_follow_up_dialog import Ui_FollowUpDialog
from dangjian_desktop.ui.forms.ui_guarantee_dialog import Ui_GuaranteeDialog
from dangjian_desktop.ui.forms.ui_hardship_plan_dialog import Ui_HardshipPlanDialog
from dangjian_desktop.ui.forms.ui_pair_dialog import Ui_PairDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _show_problems(label, problems: list[str]) -> None:
    label.setText("\n".join(f"• {p}" for p in problems))
    label.setVisible(bool(problems))


def member_text(m: MemberLoad) -> str:
    """“李春（中共党员，综采二区）· 包保 3 人”: whom the combo offers, with his load."""
    where = f"，{m.unit}" if m.unit else ""
    return f"{m.name}（{m.political_status.value}{where}）· 包保 {m.workers} 人"


class PairDialog(QDialog):
    """A new pair (member, workers, dates, goals, frequency) or an edit of one."""

    saved = Signal(int)

    GOALS = (("goalTalkCheck", PairingGoal.TALK), ("goalMentoringCheck", PairingGoal.MENTORING),
             ("goalRulesCheck", PairingGoal.RULES), ("goalHardshipCheck", PairingGoal.HARDSHIP))

    def __init__(self, ctx: Ctx, branch_id: int, today: date, pair: PairDetail | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.branch_id, self.today, self.pair = ctx, branch_id, today, pair
        self.ui = Ui_PairDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.problemsLabel.hide()
        self.setWindowTitle("编辑结对" if pair else "新建结对")
        for m in pairing_views.member_load(ctx, today, branch_id):
            ui.memberCombo.addItem(member_text(m), m.member_id)
        mine = set(w.id for w in pair.workers) if pair else set()
        # editing: the pair's own workers on top (else they hide among the branch's, covered last)
        choices = sorted(pairing_views.worker_choices(ctx, branch_id, today), key=lambda w: w.id not in mine)
        for w in choices:
            item = QListWidgetItem(f"{w.name}　{w.unit}　{w.post}" + ("" if w.covered else "　（未包保）"))
            item.setData(ID_ROLE, w.id)
            item.setData(Qt.ItemDataRole.ToolTipRole, f"工号 {w.employee_no}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if w.id in mine else Qt.CheckState.Unchecked)
            ui.workersList.addItem(item)
        ui.workerSearchEdit.textChanged.connect(self._filter_workers)
        ui.workersList.itemChanged.connect(self._count)
        ui.saveButton.clicked.connect(self.save)
        if pair is None:
            ui.startsEdit.set_value(today)
            ui.frequencySpin.setValue(DEFAULT_FREQUENCY_DAYS)
            ui.goalTalkCheck.setChecked(True)
            ui.goalRulesCheck.setChecked(True)
        else:
            i = ui.memberCombo.findData(pair.member.id)
            if i < 0:
                ui.memberCombo.addItem(pair.member.name, pair.member.id)
                i = ui.memberCombo.count() - 1
            ui.memberCombo.setCurrentIndex(i)
            ui.memberCombo.setEnabled(False)  # another member: end this pair and start his
            ui.startsEdit.set_value(pair.starts_on)
            ui.endsEdit.set_value(pair.ends_on)
            ui.frequencySpin.setValue(pair.frequency_days)
            ui.noteEdit.setText(pair.note)
            for name, goal in self.GOALS:
                getattr(ui, name).setChecked(goal in pair.goals)
        self._count()

    def _filter_workers(self, text: str) -> None:
        text = text.strip()
        for i in range(self.ui.workersList.count()):
            item = self.ui.workersList.item(i)
            item.setHidden(bool(text) and text not in item.text() and text not in (item.toolTip() or ""))

    def checked_workers(self) -> tuple[int, ...]:
        lst = self.ui.workersList
        return tuple(lst.item(i).data(ID_ROLE) for i in range(lst.count())
                     if lst.item(i).checkState() == Qt.CheckState.Checked)

    def check_worker(self, worker_id: int, on: bool = True) -> None:
        lst = self.ui.workersList
        for i in range(lst.count()):
            if lst.item(i).data(ID_ROLE) == worker_id:
                lst.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _count(self) -> None:
        self.ui.workersCountLabel.setText(f"已选 {len(self.checked_workers())} 人")

    def input(self) -> PairInput:
        ui = self.ui
        return PairInput(ui.memberCombo.currentData(), self.checked_workers(), ui.startsEdit.value(),
                         ui.endsEdit.value(), tuple(g for name, g in self.GOALS if getattr(ui, name).isChecked()),
                         ui.frequencySpin.value(), ui.noteEdit.text())

    def save(self) -> None:
        typed = [p for p in (self.ui.startsEdit.problem("开始日期"), self.ui.endsEdit.problem("结束日期")) if p]
        if typed:
            _show_problems(self.ui.problemsLabel, typed)
            return
        try:
            if self.pair is None:
                pid = pairing.create_pair(self.ctx, self.input())
            else:
                pairing.update_pair(self.ctx, self.pair.id, self.pair.version, self.input())
                pid = self.pair.id
        except ValidationError as err:
            _show_problems(self.ui.problemsLabel, err.problems)
            return
        except DomainError as err:
            _show_problems(self.ui.problemsLabel, [err.message])
            return
        self.saved.emit(pid)
        self.accept()


class FollowUpDialog(QDialog):
    """Record a follow-up: the worker, today and 谈心谈话 already chosen; type what was done."""

    saved = Signal(object)  # the FollowUpRow

    def __init__(self, ctx: Ctx, pair: PairDetail, worker_id: int | None, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.pair, self.today = ctx, pair, today
        self.ui = Ui_FollowUpDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.problemsLabel.hide()
        ui.pairText.setText(f"{pair.member.name}（每 {pair.frequency_days} 天跟进一次，{pair.starts_on:%Y-%m-%d} 起）")
        for w in pair.workers:
            ui.workerCombo.addItem(w.name, w.id)
        if worker_id is not None and ui.workerCombo.findData(worker_id) >= 0:
            ui.workerCombo.setCurrentIndex(ui.workerCombo.findData(worker_id))
        for kind in FollowUpKind:
            ui.kindCombo.addItem(kind.value, kind)
        ui.heldEdit.set_value(today)
        ui.heldEdit.valueChanged.connect(self._hint_next)
        self._hint_next()
        ui.saveButton.clicked.connect(self.save)
        ui.contentEdit.setFocus()

    def _hint_next(self) -> None:
        held = self.ui.heldEdit.value() or self.today
        self.ui.nextEdit.setPlaceholderText(f"不填为 {next_due(held, self.pair.frequency_days):%Y-%m-%d}（按频次）")

    def input(self) -> FollowUpInput:
        ui = self.ui
        return FollowUpInput(self.pair.id, ui.workerCombo.currentData(), ui.heldEdit.value(), ui.kindCombo.currentData(),
                             ui.contentEdit.toPlainText(), ui.outcomeEdit.text(), ui.nextEdit.value())

    def save(self) -> None:
        typed = [p for p in (self.ui.heldEdit.problem("跟进日期"), self.ui.nextEdit.problem("下次跟进日期")) if p]
        if typed:
            _show_problems(self.ui.problemsLabel, typed)
            return
        try:
            row = pairing.record_follow_up(self.ctx, self.input(), self.today)
        except ValidationError as err:
            _show_problems(self.ui.problemsLabel, err.problems)
            return
        except DomainError as err:
            _show_problems(self.ui.problemsLabel, [err.message])
            return
        self.saved.emit(row)
        self.accept()


def open_scan(ctx: Ctx, guarantee_id: int, parent: QWidget | None = None) -> Path:
    """The scan written to a private temporary file (a folder only this user may read) and
    opened with the system's viewer; returns the file."""
    name, data = pairing.guarantee_scan(ctx, guarantee_id)
    folder = Path(tempfile.mkdtemp(prefix="dangjian-scan-"))  # mode 0700
    suffix = Path(name).suffix or f".{(scan_kind(data) or 'pdf').lower()}"
    path = folder / f"联保责任书-{guarantee_id}{suffix}"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


class GuaranteeDialog(QDialog):
    """A pair's 安全联保责任书: a new one (the default) or one already signed, with its scan."""

    saved = Signal(int)

    def __init__(self, ctx: Ctx, pair: PairDetail, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.pair, self.today = ctx, pair, today
        self.scan: bytes | None = None
        self.scan_name = ""
        self.ui = Ui_GuaranteeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.problemsLabel.hide()
        ui.pairText.setText(f"{pair.member.name} — {'、'.join(w.name for w in pair.workers)}")
        ui.existingCombo.addItem("新签一份", None)
        for g in pair.guarantees:
            ui.existingCombo.addItem(f"{g.signed_on:%Y-%m-%d} 签订（{g.term_start:%Y-%m-%d} 至 {g.term_end:%Y-%m-%d}）"
                                     + ("，有扫描件" if g.scan_name else ""), g.id)
        ui.existingCombo.currentIndexChanged.connect(self._load)
        ui.chooseScanButton.clicked.connect(self.choose_scan)
        ui.openScanButton.clicked.connect(self._open)
        ui.saveButton.clicked.connect(self.save)
        self._load()

    def current(self):
        gid = self.ui.existingCombo.currentData()
        return next((g for g in self.pair.guarantees if g.id == gid), None)

    def _load(self) -> None:
        ui, g = self.ui, self.current()
        self.scan, self.scan_name = None, ""
        if g is None:
            ui.signedEdit.set_value(self.today)
            ui.termStartEdit.set_value(self.today)
            ui.termEndEdit.set_value(date(self.today.year + 1, self.today.month, min(self.today.day, 28)))
        else:
            ui.signedEdit.set_value(g.signed_on)
            ui.termStartEdit.set_value(g.term_start)
            ui.termEndEdit.set_value(g.term_end)
        ui.scanText.setText(g.scan_name if g and g.scan_name else "（无）")
        ui.openScanButton.setEnabled(bool(g and g.scan_name))

    def set_scan_file(self, path: Path) -> bool:
        """Take a file as the scan (checked here for size, and again by the service)."""
        size = path.stat().st_size
        if size > SCAN_MAX_BYTES:
            _show_problems(self.ui.problemsLabel, [f"扫描件过大（{size / 1024 / 1024:.1f} MB），最大 10 MB"])
            return False
        data = path.read_bytes()
        if scan_kind(data) is None:
            _show_problems(self.ui.problemsLabel, ["扫描件须为 PDF 或图片（JPG、PNG 等）"])
            return False
        self.scan, self.scan_name = data, path.name
        self.ui.scanText.setText(f"{path.name}（{size / 1024:.0f} KB，保存后生效）")
        _show_problems(self.ui.problemsLabel, [])
        return True

    def choose_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "选择责任书扫描件", "",
                                              "PDF 或图片 (*.pdf *.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp)")
        if path:
            self.set_scan_file(Path(path))

    def _open(self) -> None:
        g = self.current()
        if g is not None:
            try:
                open_scan(self.ctx, g.id, self)
            except DomainError as err:
                _show_problems(self.ui.problemsLabel, [err.message])

    def save(self) -> None:
        ui = self.ui
        typed = [p for p in (ui.signedEdit.problem("签订日期"), ui.termStartEdit.problem("责任期开始日期"),
                             ui.termEndEdit.problem("责任期结束日期")) if p]
        if typed:
            _show_problems(ui.problemsLabel, typed)
            return
        data = GuaranteeInput(ui.signedEdit.value(), ui.termStartEdit.value(), ui.termEndEdit.value(), self.scan,
                              self.scan_name)
        g = self.current()
        try:
            if g is None:
                gid = pairing.add_guarantee(self.ctx, self.pair.id, data)
            else:
                pairing.edit_guarantee(self.ctx, g.id, g.version, data)
                gid = g.id
        except ValidationError as err:
            _show_problems(ui.problemsLabel, err.problems)
            return
        except DomainError as err:
            _show_problems(ui.problemsLabel, [err.message])
            return
        self.saved.emit(gid)
        self.accept()


class DateNoteDialog(QDialog):
    """A date and (when ``note`` is asked) a note: 结束结对 and 对账销户."""

    def __init__(self, title: str, intro: str, date_label: str, value: date, note: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DateNoteDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(title)
        ui.introLabel.setText(intro)
        ui.dateLabel.setText(date_label)
        ui.dateEdit.set_value(value)
        ui.noteLabel.setVisible(note)
        ui.noteEdit.setVisible(note)
        ui.problemsLabel.hide()
        #: What saving does with the date and the note (a service call); its refusal is shown here.
        self.action: Callable[[date, str], None] | None = None
        ui.saveButton.clicked.connect(self._save)

    def date(self) -> date | None:
        return self.ui.dateEdit.value()

    def note(self) -> str:
        return self.ui.noteEdit.toPlainText()

    def _save(self) -> None:
        problem = self.ui.dateEdit.problem(self.ui.dateLabel.text())
        if problem or self.date() is None:
            _show_problems(self.ui.problemsLabel, [problem or f"请填写{self.ui.dateLabel.text()}"])
            return
        day = self.date()
        if self.action is not None and day is not None:
            try:
                self.action(day, self.note())
            except ValidationError as err:
                _show_problems(self.ui.problemsLabel, err.problems)
                return
            except DomainError as err:
                _show_problems(self.ui.problemsLabel, [err.message])
                return
        self.accept()


def parse_steps(text: str) -> tuple[list[hardship.StepInput], list[str]]:
    """The 脱困时间表 as typed, a step a line with its date first (“2026-12-15 申请困难补助”)."""
    steps, problems = [], []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        first, _, rest = line.partition(" ")
        try:
            parsed = parse_date_precision(first)
        except ValueError:
            parsed = None
        if parsed is None or not rest.strip():
            problems.append(f"“{line[:20]}”：每行以日期开头，再写步骤")
            continue
        steps.append(hardship.StepInput(rest.strip(), parsed[0]))
    return steps, problems


class HardshipPlanDialog(QDialog):
    """A new 困难帮扶 plan with its 脱困时间表."""

    saved = Signal(int)

    def __init__(self, ctx: Ctx, branch_id: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today
        self.ui = Ui_HardshipPlanDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.problemsLabel.hide()
        for w in pairing_views.worker_choices(ctx, branch_id, today):
            ui.workerCombo.addItem(f"{w.name}（{w.unit}）", w.id)
        ui.workerCombo.setCurrentIndex(-1)
        ui.memberCombo.addItem("（不指定）", None)
        for m in pairing_views.member_load(ctx, today, branch_id):
            ui.memberCombo.addItem(m.name, m.member_id)
        ui.openedEdit.set_value(today)
        ui.targetEdit.set_value(date(today.year + (today.month > 6), (today.month + 5) % 12 + 1, 1))
        ui.saveButton.clicked.connect(self.save)

    def save(self) -> None:
        ui = self.ui
        steps, problems = parse_steps(ui.stepsEdit.toPlainText())
        problems += [p for p in (ui.openedEdit.problem("开始日期"), ui.targetEdit.problem("计划脱困日期")) if p]
        if problems:
            _show_problems(ui.problemsLabel, problems)
            return
        data = hardship.PlanInput(ui.workerCombo.currentData(), ui.memberCombo.currentData(), ui.openedEdit.value(),
                                  ui.targetEdit.value(), ui.situationEdit.toPlainText(), tuple(steps))
        try:
            pid = hardship.create_plan(self.ctx, data)
        except ValidationError as err:
            _show_problems(ui.problemsLabel, err.problems)
            return
        except DomainError as err:
            _show_problems(ui.problemsLabel, [err.message])
            return
        self.saved.emit(pid)
        self.accept()
