"""The hazard dialog (record, edit, photos) and the status dialog (整改完成, 验收, 退回整改).

Every check is the service's: the dialogs collect what was typed, call ``services.hazards``
and show its Chinese message in place, keeping what was typed, when it refuses.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem, QWidget

from dangjian_desktop.domain.errors import DomainError, ValidationError
from dangjian_desktop.domain.hazard_rules import MAX_PHOTOS, HazardInput
from dangjian_desktop.domain.hazards import HazardLevel, HazardStatus, PhotoStage
from dangjian_desktop.services import hazards
from dangjian_desktop.services.hazards import Choice, HazardDetail, HazardRow
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.forms.ui_hazard_dialog import Ui_HazardDialog
from dangjian_desktop.ui.forms.ui_hazard_status_dialog import Ui_HazardStatusDialog
from dangjian_desktop.ui.forms.ui_photo_dialog import Ui_PhotoDialog

from .photos import image_filter, load_as_jpeg, thumbnail

PHOTO_ROLE = Qt.ItemDataRole.UserRole + 2  # (photo id or None, stage, jpeg bytes or None)


def fill_combo(combo: QComboBox, choices: Sequence[Choice], empty: str | None = None, keep: int | None = None) -> None:
    """Choices (label, id) into ``combo``, typing finds any part of a label; ``keep`` selected."""
    combo.blockSignals(True)
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for c in choices:
        combo.addItem(c.label, c.id)
    if combo.isEditable():
        completer = QCompleter([c.label for c in choices], combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
    i = combo.findData(keep) if keep is not None else (0 if empty is not None else -1)
    combo.setCurrentIndex(i)
    if i < 0 and combo.isEditable():
        combo.setEditText("")
    combo.blockSignals(False)


def combo_id(combo: QComboBox) -> int | None:
    """The id of what the combo shows (typed text must be one of its labels)."""
    text = combo.currentText().strip()
    if not text:
        return None
    i = combo.findText(text)
    return combo.itemData(i) if i >= 0 else None


class HazardDialog(QDialog):
    """登记隐患 / 编辑隐患 (查看 for a 查看 account or a closed hazard)."""

    saved = Signal(int)  # the hazard's id

    def __init__(self, ctx: Ctx, detail: HazardDetail | None = None, *, zone_id: int | None = None,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.today = today or date.today()
        self.ui = Ui_HazardDialog()
        self.ui.setupUi(self)
        ui = self.ui
        row = detail.row if detail else None
        self.read_only = not ctx.actor.can_write or (row is not None and row.status is HazardStatus.CLOSED)
        self._removed: list[int] = []
        ui.problemLabel.setStyleSheet("color: #c00000;")
        ui.problemLabel.hide()
        for lv in HazardLevel:
            ui.levelCombo.addItem(lv.value, lv)
        self._zones = hazards.zone_choices(ctx)
        fill_combo(ui.zoneCombo, self._zones, keep=row.zone_id if row else zone_id)
        ui.zoneCombo.currentIndexChanged.connect(self._zone_changed)
        self._zone_changed(keep_people=(row.finder_id, row.responsible_person_id) if row else (None, None))
        ui.foundDate.setMaximumDate(self.today)
        if row is None:
            self.setWindowTitle("登记隐患")
            ui.foundDate.set_value(self.today)
            ui.statusLabel.hide()
        else:
            self.setWindowTitle(("查看隐患" if self.read_only else "编辑隐患") + f"（{row.status.value}）")
            ui.foundDate.set_value(row.found_on)
            ui.deadlineDate.set_value(row.deadline)
            ui.levelCombo.setCurrentIndex(ui.levelCombo.findData(row.level))
            ui.descriptionEdit.setPlainText(row.description)
            ui.deptEdit.setText(row.responsible_dept or "")
            ui.measuresEdit.setPlainText(row.measures or "")
            ui.statusLabel.setText(_status_line(row))
            for p in detail.photos if detail else ():
                self._add_photo_item(p.id, p.stage, hazards.photo_bytes(ctx, p.id))
        ui.addBeforeButton.clicked.connect(lambda: self.pick_photos(PhotoStage.BEFORE))
        ui.addAfterButton.clicked.connect(lambda: self.pick_photos(PhotoStage.AFTER))
        ui.removePhotoButton.clicked.connect(self.remove_photo)
        ui.photoList.itemDoubleClicked.connect(self.show_photo)
        ui.photoList.itemSelectionChanged.connect(self._update_remove_button)
        self._update_remove_button()
        self.photo_dialog: PhotoDialog | None = None
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        if self.read_only:
            for w in (ui.zoneCombo, ui.finderCombo, ui.levelCombo, ui.responsibleCombo, ui.addBeforeButton,
                      ui.addAfterButton, ui.removePhotoButton):
                w.setEnabled(False)
            for e in (ui.descriptionEdit, ui.measuresEdit):
                e.setReadOnly(True)
            ui.deptEdit.setReadOnly(True)
            ui.foundDate.setReadOnly(True)
            ui.deadlineDate.setReadOnly(True)
            ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            ui.buttonBox.rejected.connect(self.reject)

    def _branch_of_zone(self) -> int | None:
        zid = combo_id(self.ui.zoneCombo)
        if zid is None and self.detail is not None:
            return self.detail.row.branch_id  # no zone: the hazard's own branch
        return next((z.branch_id for z in self._zones if z.id == zid), None)

    def _zone_changed(self, *_args: object, keep_people: tuple[int | None, int | None] | None = None) -> None:
        """The people lists follow the zone's branch."""
        ui = self.ui
        keep = keep_people or (combo_id(ui.finderCombo), combo_id(ui.responsibleCombo))
        branch = self._branch_of_zone()
        people = hazards.people_choices(self.ctx, branch) if branch is not None else []
        fill_combo(ui.finderCombo, people, keep=keep[0])
        fill_combo(ui.responsibleCombo, people, keep=keep[1])

    # ------------------------------------------------------------ photos

    def photo_count(self) -> int:
        return self.ui.photoList.count()

    def _add_photo_item(self, photo_id: int | None, stage: PhotoStage, jpeg: bytes) -> None:
        item = QListWidgetItem(thumbnail(jpeg), stage.value)
        item.setData(PHOTO_ROLE, (photo_id, stage, None if photo_id else jpeg))
        item.setToolTip(f"{stage.value}照片")
        self.ui.photoList.addItem(item)

    def pick_photos(self, stage: PhotoStage) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, f"添加{stage.value}照片", "", image_filter())
        self.add_photo_files(stage, paths)

    def add_photo_files(self, stage: PhotoStage, paths: Sequence[str]) -> None:
        """Read, scale and list the images (stored with the hazard on 保存)."""
        problems = []
        for path in paths:
            if self.photo_count() >= MAX_PHOTOS:
                problems.append(f"每条隐患最多 {MAX_PHOTOS} 张照片")
                break
            try:
                self._add_photo_item(None, stage, load_as_jpeg(path))
            except DomainError as err:
                problems.append(err.message.rstrip("。"))
        self._show_problem("；".join(problems) + "。" if problems else "")

    def show_photo(self, item: QListWidgetItem) -> None:
        """A photo at its stored size (at most 1600 px), scrolled when larger than the dialog."""
        photo_id, stage, jpeg = item.data(PHOTO_ROLE)
        data = jpeg if jpeg is not None else hazards.photo_bytes(self.ctx, photo_id)
        self.photo_dialog = PhotoDialog(data, f"{stage.value}照片", self)
        self.photo_dialog.open()

    def _update_remove_button(self) -> None:
        """移除照片 only with a photo selected (and never when read-only)."""
        self.ui.removePhotoButton.setEnabled(not self.read_only and bool(self.ui.photoList.selectedItems()))

    def remove_photo(self) -> None:
        for item in self.ui.photoList.selectedItems():
            photo_id, _stage, _data = item.data(PHOTO_ROLE)
            if photo_id is not None:
                self._removed.append(photo_id)
            self.ui.photoList.takeItem(self.ui.photoList.row(item))

    # ------------------------------------------------------------ saving

    def _show_problem(self, text: str) -> None:
        self.ui.problemLabel.setText(text)
        self.ui.problemLabel.setVisible(bool(text))

    def data(self) -> HazardInput:
        ui = self.ui
        problems = [p for p in (ui.foundDate.problem("发现日期"), ui.deadlineDate.problem("整改期限")) if p]
        for combo, label in ((ui.zoneCombo, "责任区"), (ui.finderCombo, "发现人"), (ui.responsibleCombo, "责任人")):
            if combo.currentText().strip() and combo_id(combo) is None:
                problems.append(f"{label}“{combo.currentText().strip()}”不在列表中，请从列表中选择")
        if problems:
            raise ValidationError("；".join(problems) + "。")
        zone_id = combo_id(ui.zoneCombo)
        # A hazard recorded without a zone (an inspection's, committee-wide) keeps its branch and unit.
        kept = self.detail.row if self.detail is not None and zone_id is None else None
        return HazardInput(
            found_on=ui.foundDate.value(), description=ui.descriptionEdit.toPlainText(),
            deadline=ui.deadlineDate.value(), zone_id=zone_id, branch_id=kept.branch_id if kept else None,
            unit_id=kept.unit_id if kept else None, finder_id=combo_id(ui.finderCombo),
            level=ui.levelCombo.currentData(), responsible_dept=ui.deptEdit.text(),
            responsible_person_id=combo_id(ui.responsibleCombo), measures=ui.measuresEdit.toPlainText(),
        )

    def save(self) -> None:
        if self.read_only:
            self.reject()
            return
        try:
            data = self.data()
            if self.detail is None:
                hazard_id = hazards.create_hazard(self.ctx, data, self.today)
            else:
                hazard_id = self.detail.row.id
                hazards.update_hazard(self.ctx, hazard_id, self.detail.row.version, data, self.today)
            self.detail = hazards.get_hazard(self.ctx, hazard_id)  # saved: a retry edits this version
            for photo_id in self._removed:
                hazards.delete_photo(self.ctx, photo_id)
            self._removed = []
            for i in range(self.ui.photoList.count()):
                item = self.ui.photoList.item(i)
                photo_id, stage, jpeg = item.data(PHOTO_ROLE)
                if photo_id is None and jpeg is not None:
                    new_id = hazards.add_photo(self.ctx, hazard_id, stage, jpeg)
                    item.setData(PHOTO_ROLE, (new_id, stage, None))
        except DomainError as err:
            self._show_problem(err.message)
            return
        self.saved.emit(hazard_id)
        self.accept()


class PhotoDialog(QDialog):
    def __init__(self, jpeg: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PhotoDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        pix = QPixmap()
        pix.loadFromData(jpeg, "JPEG")
        self.ui.imageLabel.setPixmap(pix)
        self.ui.buttonBox.rejected.connect(self.reject)


def _status_line(row: HazardRow) -> str:
    parts = [f"状态：{row.status.value}"]
    if row.overdue:
        parts.append(f"已逾期 {row.overdue_days} 天")
    if row.rectified_on:
        parts.append(f"整改：{row.rectified_by or ''}（{row.rectified_on}）")
    if row.verified_on:
        parts.append(f"验收：{row.verified_by or ''}（{row.verified_on}）")
    return "；".join(parts)


RECTIFIED, VERIFY, SEND_BACK = "rectified", "verify", "send_back"
_TITLES = {RECTIFIED: ("整改完成", "整改人", "完成日期"), VERIFY: ("验收闭合", "验收人", "验收日期"),
           SEND_BACK: ("退回整改", "验收人", "")}


class HazardStatusDialog(QDialog):
    """整改完成 (who, when), 验收闭合 (who, when; not the rectifier) or 退回整改 (who, why)."""

    moved = Signal(int)  # the hazard's id, after the move

    def __init__(self, ctx: Ctx, row: HazardRow, mode: str, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row, self.mode = ctx, row, mode
        self.today = today or date.today()
        self.ui = Ui_HazardStatusDialog()
        self.ui.setupUi(self)
        ui = self.ui
        title, person, day = _TITLES[mode]
        self.setWindowTitle(title)
        ui.hazardLabel.setText(f"{row.description}\n{row.branch}" + (f" · {row.zone}" if row.zone else "")
                               + f"，整改期限 {row.deadline}")
        ui.personLabel.setText(person)
        ui.problemLabel.setStyleSheet("color: #c00000;")
        ui.problemLabel.hide()
        keep = row.responsible_person_id if mode == RECTIFIED else None
        fill_combo(ui.personCombo, hazards.people_choices(ctx, row.branch_id), keep=keep)
        if mode == SEND_BACK:
            ui.dayLabel.hide()
            ui.dateField.hide()
        else:
            ui.dayLabel.setText(day)
            ui.dateField.set_value(self.today)
            ui.dateField.setMaximumDate(self.today)
            ui.reasonLabel.hide()
            ui.reasonEdit.hide()
        ui.buttonBox.accepted.connect(self.apply)
        ui.buttonBox.rejected.connect(self.reject)

    def apply(self) -> None:
        ui, row = self.ui, self.row
        try:
            who = combo_id(ui.personCombo)
            if ui.personCombo.currentText().strip() and who is None:
                raise ValidationError(f"“{ui.personCombo.currentText().strip()}”不在名册中，请从列表中选择。")
            if self.mode == SEND_BACK:
                hazards.send_back(self.ctx, row.id, row.version, who, ui.reasonEdit.toPlainText())
            else:
                problem = ui.dateField.problem(ui.dayLabel.text())
                if problem:
                    raise ValidationError(problem + "。")
                move = hazards.mark_rectified if self.mode == RECTIFIED else hazards.verify
                move(self.ctx, row.id, row.version, who, ui.dateField.value(), self.today)
        except DomainError as err:
            ui.problemLabel.setText(err.message)
            ui.problemLabel.show()
            return
        self.moved.emit(row.id)
        self.accept()
