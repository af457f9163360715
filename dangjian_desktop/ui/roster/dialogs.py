"""Dialogs of the 人员 tab: a person's record (add, edit, view) and the archive reason.

The person dialog saves through ``services.roster`` itself, so a refused input keeps the
dialog open with every problem listed and nothing typed lost.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dangjian_desktop.domain.errors import ConflictError, DomainError, ValidationError
from dangjian_desktop.domain.org import Gender, PoliticalStatus
from dangjian_desktop.domain.roster_rules import DAY, PARTY_FOUNDED, PersonInput
from dangjian_desktop.services import roster
from dangjian_desktop.services.roster import PersonRow
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.photo import PhotoControls
from dangjian_desktop.ui.forms.ui_person_dialog import Ui_PersonDialog

JOINED_MIN = QDate(PARTY_FOUNDED.year, PARTY_FOUNDED.month, PARTY_FOUNDED.day)  # the service refuses earlier


class PersonDialog(QDialog):
    """Add a person (``person`` None), edit one, or only look (``read_only``)."""

    saved = Signal(object)  # the PersonRow as stored

    def __init__(self, ctx: Ctx, person: PersonRow | None = None, *, branch_id: int | None = None,
                 unit_id: int | None = None, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.read_only = read_only or not ctx.actor.can_write
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle("新增人员" if person is None else ("查看人员" if self.read_only else f"编辑人员：{person.name}"))
        ui.problemsLabel.hide()

        # Combo data are enum names: Qt would turn a str-based enum into a plain str.
        ui.genderCombo.addItem("未填", "")
        for g in Gender:
            ui.genderCombo.addItem(g.value, g.name)
        for s in PoliticalStatus:
            ui.politicalCombo.addItem(s.value, s.name)
        self._set_status(PoliticalStatus.MASSES)

        self._choices = roster.choices(ctx)
        for bid, name in self._choices.branches:
            ui.branchCombo.addItem(name, bid)
        if person is not None and ui.branchCombo.findData(person.branch_id) < 0:
            ui.branchCombo.addItem(person.branch, person.branch_id)  # an archived branch still shows

        # THE date field (ui/common/date_field): typed as written, or picked; empty is 未填.
        ui.joinedDateEdit.setMinimumDate(JOINED_MIN)
        ui.joinedDateEdit.setMaximumDate(QDate.currentDate())
        ui.joinedDateEdit.setPlaceholderText("未填")
        ui.joinedDateEdit.set_allow_month(True)  # 2005-06 when only the month is known
        self._last_joined = ""  # the text typed before 未填 was ticked, given back when it is unticked

        ui.branchCombo.currentIndexChanged.connect(self._fill_units)
        ui.politicalCombo.currentIndexChanged.connect(self._update_joined)
        ui.joinedUnsetCheck.toggled.connect(self._update_joined)
        ui.saveButton.clicked.connect(self.save)
        # The photo (亮身份 on the zone card) is stored at once, for a person already saved.
        self.photo = PhotoControls(ctx, ui.photoLabel, ui.photoButton, ui.photoClearButton,
                                   lambda err: self.show_problems(list(getattr(err, "problems", None) or [err.message])))
        self.photo.set_person(person.id if person is not None else None, not self.read_only)
        if person is None:
            ui.photoButton.setToolTip("保存人员后可设置照片")

        if person is not None:
            self._load(person)
        else:
            i = ui.branchCombo.findData(branch_id) if branch_id is not None else 0
            ui.branchCombo.setCurrentIndex(max(i, 0))
            self._fill_units()
            j = ui.unitCombo.findData(unit_id) if unit_id is not None else -1
            if j >= 0:
                ui.unitCombo.setCurrentIndex(j)
            ui.joinedUnsetCheck.setChecked(True)
        self._update_joined()
        if not self._choices.branches and person is None:
            self.show_problems(["还没有党支部：请先在左侧“组织机构”中新增支部。"])
            ui.saveButton.setEnabled(False)
        if self.read_only:
            for w in (ui.nameEdit, ui.employeeNoEdit, ui.postEdit, ui.phoneEdit):
                w.setReadOnly(True)
            ui.noteEdit.setReadOnly(True)
            for widget in (ui.genderCombo, ui.branchCombo, ui.unitCombo, ui.politicalCombo, ui.specialPostCheck,
                           ui.joinedDateEdit, ui.joinedUnsetCheck):
                widget.setEnabled(False)
            ui.saveButton.hide()
            ui.cancelButton.setText("关闭")

    # ------------------------------------------------------------ filling

    def _load(self, p: PersonRow) -> None:
        ui = self.ui
        ui.nameEdit.setText(p.name)
        ui.employeeNoEdit.setText(p.employee_no)
        ui.genderCombo.setCurrentIndex(max(ui.genderCombo.findData(p.gender.name if p.gender else ""), 0))
        ui.branchCombo.setCurrentIndex(max(ui.branchCombo.findData(p.branch_id), 0))
        self._fill_units()
        if p.unit_id is not None and ui.unitCombo.findData(p.unit_id) < 0:
            ui.unitCombo.addItem(p.unit or "", p.unit_id)
        ui.unitCombo.setCurrentIndex(max(ui.unitCombo.findData(p.unit_id), 0))
        ui.postEdit.setText(p.post or "")
        ui.specialPostCheck.setChecked(p.special_post)
        self._set_status(p.political_status)
        ui.joinedDateEdit.set_value(p.joined_party_on, p.joined_party_precision)
        self._last_joined = ui.joinedDateEdit.text()
        ui.joinedUnsetCheck.setChecked(p.joined_party_on is None)
        ui.phoneEdit.setText(p.phone or "")
        ui.noteEdit.setPlainText(p.note or "")
        self._update_joined()

    def status(self) -> PoliticalStatus:
        return PoliticalStatus[self.ui.politicalCombo.currentData()]

    def _set_status(self, status: PoliticalStatus) -> None:
        self.ui.politicalCombo.setCurrentIndex(self.ui.politicalCombo.findData(status.name))

    def gender(self) -> Gender | None:
        name = self.ui.genderCombo.currentData()
        return Gender[name] if name else None

    def _fill_units(self) -> None:
        combo = self.ui.unitCombo
        keep = combo.currentData()
        combo.clear()
        combo.addItem("（未分配）", None)
        for uid, label in self._choices.units.get(self.ui.branchCombo.currentData(), []):
            combo.addItem(label, uid)
        combo.setCurrentIndex(max(combo.findData(keep), 0))

    def _update_joined(self) -> None:
        """入党日期 only for 中共党员/预备党员; “未填” when unknown."""
        ui = self.ui
        status = self.status()
        party = status.is_party_member and not self.read_only
        if not status.is_party_member:
            ui.joinedUnsetCheck.blockSignals(True)
            ui.joinedUnsetCheck.setChecked(True)
            ui.joinedUnsetCheck.blockSignals(False)
        ui.joinedUnsetCheck.setEnabled(party)
        unset = ui.joinedUnsetCheck.isChecked()
        shown = ui.joinedDateEdit.text()
        if unset and shown:
            self._last_joined = shown
            ui.joinedDateEdit.setText("")
        elif not unset and not shown:
            ui.joinedDateEdit.setText(self._last_joined)
        ui.joinedDateEdit.setEnabled(party and not unset)

    # ------------------------------------------------------------ saving

    def joined_on(self) -> date | None:
        ui = self.ui
        if ui.joinedUnsetCheck.isChecked() or not self.status().is_party_member:
            return None
        return ui.joinedDateEdit.value()

    def joined_precision(self) -> str:
        return self.ui.joinedDateEdit.precision() if self.joined_on() is not None else DAY

    def field_problems(self) -> list[str]:
        """What the widgets alone can tell: a typed 入党日期 that is no date."""
        ui = self.ui
        if ui.joinedUnsetCheck.isChecked() or not self.status().is_party_member:
            return []
        problem = ui.joinedDateEdit.problem("入党日期")
        return [problem] if problem else []

    def input(self) -> PersonInput:
        ui = self.ui
        return PersonInput(
            name=ui.nameEdit.text(),
            employee_no=ui.employeeNoEdit.text(),
            branch_id=ui.branchCombo.currentData(),
            unit_id=ui.unitCombo.currentData(),
            gender=self.gender(),
            post=ui.postEdit.text(),
            special_post=ui.specialPostCheck.isChecked(),
            political_status=self.status(),
            joined_party_on=self.joined_on(),
            joined_party_precision=self.joined_precision(),
            phone=ui.phoneEdit.text(),
            note=ui.noteEdit.toPlainText(),
        )

    def show_problems(self, problems: list[str]) -> None:
        label = self.ui.problemsLabel
        label.setText("\n".join(f"• {p}" for p in problems))
        label.setVisible(bool(problems))

    def save(self) -> None:
        if self.read_only:
            return
        data = self.input()
        typed = self.field_problems()
        if typed:
            self.show_problems(typed)  # the input stays as typed
            return
        try:
            if self.person is None:
                row = roster.add_person(self.ctx, data)
            else:
                row = roster.update_person(self.ctx, self.person.id, self.person.version, data)
        except ValidationError as err:
            self.show_problems(err.problems)  # the input stays as typed
            return
        except ConflictError as err:
            self._reload_after_conflict(err)
            return
        except DomainError as err:
            self.show_problems([err.message])
            return
        self.person = row
        self.saved.emit(row)
        self.accept()

    def _reload_after_conflict(self, err: ConflictError) -> None:
        """Someone else saved first: show his version so the user can redo the edit on it."""
        assert self.person is not None
        try:
            fresh = roster.get_person(self.ctx, self.person.id)
        except DomainError as gone:
            self.show_problems([err.message, gone.message])
            self.ui.saveButton.setEnabled(False)
            return
        self.person = fresh
        self._load(fresh)
        self.show_problems([err.message, "已载入他人保存后的最新数据，请核对后重新修改并保存。"])


ARCHIVE_REASONS = ("调离", "退休", "其他")


class ArchiveDialog(QDialog):
    """Why a person leaves the daily lists: 调离, 退休 or 其他 (with a few words)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"归档：{name}")
        layout = QVBoxLayout(self)
        intro = QLabel(f"归档后 {name} 不再出现在日常名单中，相关记录仍保留，可随时恢复。")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reasonCombo = QComboBox()
        self.reasonCombo.addItems(ARCHIVE_REASONS)
        self.detailEdit = QLineEdit()
        self.detailEdit.setMaxLength(150)
        self.detailEdit.setPlaceholderText("说明（选填；选“其他”时必填）")
        form.addRow("原因", self.reasonCombo)
        form.addRow("说明", self.detailEdit)
        layout.addLayout(form)
        self.problemLabel = QLabel()
        self.problemLabel.setObjectName("errorLabel")  # the theme's error colour, light or dark
        self.problemLabel.hide()
        layout.addWidget(self.problemLabel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.okButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setText("归档")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def reason(self) -> str:
        kind, detail = self.reasonCombo.currentText(), self.detailEdit.text().strip()
        if kind == "其他":
            return detail
        return f"{kind}：{detail}" if detail else kind

    def _check(self) -> None:
        if not self.reason():
            self.problemLabel.setText("选择“其他”时请写明原因。")
            self.problemLabel.show()
            return
        self.accept()
