"""Dialogs of the 责任区 tab: a zone or post (五明确, 五亮, 带一片人, 周报与建议), a weekly
report, a suggestion, 摘牌, and the quick entry of a unit's weekly reports.

Each dialog saves through ``services.zones`` itself: a refused input keeps it open with every
problem listed and nothing typed lost.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QListWidgetItem, QWidget

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.periods import week_start
from dangjian_desktop.domain.zones import ZoneCategory, ZoneKind, ZoneStatus
from dangjian_desktop.services import zone_reports, zones
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.services.zones import PersonChoice, ZoneDetail, ZoneInput, ZoneRow
from dangjian_desktop.ui.common import photo
from dangjian_desktop.ui.common.table_model import ListColumn, ListTableModel
from dangjian_desktop.ui.forms.ui_zone_dialog import Ui_ZoneDialog
from dangjian_desktop.ui.forms.ui_zone_quick_dialog import Ui_ZoneQuickDialog
from dangjian_desktop.ui.forms.ui_zone_report_dialog import Ui_ZoneReportDialog
from dangjian_desktop.ui.forms.ui_zone_revoke_dialog import Ui_ZoneRevokeDialog
from dangjian_desktop.ui.forms.ui_zone_suggestion_dialog import Ui_ZoneSuggestionDialog

NONE = "（未定）"


def _show_problems(label, err: DomainError | list[str] | None) -> None:
    """Every problem, one per line, in the dialog's error label (hidden when there is none)."""
    problems = (getattr(err, "problems", None) or [err.message]) if isinstance(err, DomainError) else (err or [])
    label.setText("\n".join(f"• {p}" for p in problems))
    label.setVisible(bool(problems))


def _week_span(day: date | None) -> str:
    if day is None:
        return ""
    monday = week_start(day)
    iso = monday.isocalendar()
    return f"{iso[0]}年第{iso[1]}周：{monday:%m-%d} 至 {monday + timedelta(days=6):%m-%d}"


class ZoneDialog(QDialog):
    """Create a zone (``detail`` None) or edit one; a viewer only looks."""

    saved = Signal(object)  # the ZoneRow as stored
    data_changed = Signal()  # a report, suggestion or photo was recorded from inside

    def __init__(self, ctx: Ctx, detail: ZoneDetail | None = None, *, branch_id: int | None = None,
                 unit_id: int | None = None, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or date.today()
        self.detail = detail
        self.read_only = not ctx.actor.can_write
        self.ui = ui = Ui_ZoneDialog()
        ui.setupUi(self)
        row = detail.row if detail else None
        self.setWindowTitle("新建责任区/示范岗" if row is None else f"{row.category.value}：{row.name}")
        ui.problemsLabel.hide()
        for c in ZoneCategory:
            ui.categoryCombo.addItem(c.value, c.name)
        for k in ZoneKind:
            ui.kindCombo.addItem(k.value, k.name)
        self._org = zones.org_choices(ctx)
        for bid, name in self._org.branches:
            ui.branchCombo.addItem(name, bid)
        if row is not None and ui.branchCombo.findData(row.branch_id) < 0:
            ui.branchCombo.addItem(row.branch, row.branch_id)
        self._people: list[PersonChoice] = []
        self._checked: set[int] = set(w.id for w in detail.workers) if detail else set()
        self._photo_member: int | None = None

        ui.branchCombo.currentIndexChanged.connect(self._branch_changed)
        ui.memberCombo.currentIndexChanged.connect(self._member_changed)
        ui.workerUnitCombo.currentIndexChanged.connect(self._fill_workers)
        ui.workerSearch.textChanged.connect(self._fill_workers)
        ui.workerCheckedOnly.toggled.connect(self._fill_workers)
        ui.workerList.itemChanged.connect(self._worker_toggled)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        ui.photoButton.clicked.connect(self.choose_photo)
        ui.photoClearButton.clicked.connect(self.clear_photo)
        ui.addReportButton.clicked.connect(self.add_report)
        ui.addSuggestionButton.clicked.connect(self.add_suggestion)
        for edit in (ui.areaEdit, ui.basisEdit, ui.assessStdEdit):
            edit.textChanged.connect(self._update_status_line)
        for combo in (ui.memberCombo, ui.assessorCombo):
            combo.currentIndexChanged.connect(self._update_status_line)
        for field in (ui.startDate, ui.endDate):
            field.valueChanged.connect(self._update_status_line)

        self._reports_model = ListTableModel([
            ListColumn("周", lambda r: _week_span(r.week_start)),
            ListColumn("报告日期", lambda r: f"{r.reported_on:%Y-%m-%d}"),
            ListColumn("安全", lambda r: "安全" if r.safety_ok else "有问题"),
            ListColumn("内容", lambda r: r.content),
        ], parent=self)
        self._suggestions_model = ListTableModel([
            ListColumn("日期", lambda r: f"{r.made_on:%Y-%m-%d}"),
            ListColumn("采纳", lambda r: "已采纳" if r.adopted else ""),
            ListColumn("内容", lambda r: r.content),
        ], parent=self)
        for table, model in ((ui.reportsTable, self._reports_model), (ui.suggestionsTable, self._suggestions_model)):
            table.setModel(model)
            table.horizontalHeader().setStretchLastSection(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.verticalHeader().hide()

        if row is not None:
            self._load(row)
        else:
            i = ui.branchCombo.findData(branch_id) if branch_id is not None else 0
            ui.branchCombo.setCurrentIndex(max(i, 0))
            self._branch_changed()
            j = ui.unitCombo.findData(unit_id) if unit_id is not None else -1
            if j >= 0:
                ui.unitCombo.setCurrentIndex(j)
            ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(ZoneKind.SAFETY.name))
            ui.pages.setTabEnabled(ui.pages.indexOf(ui.reportsPage), False)
        if not self._org.branches and row is None:
            _show_problems(ui.problemsLabel, ["还没有党支部：请先在“人员”页新增支部和人员。"])
            ui.saveButton.setEnabled(False)
        if self.read_only:
            self._make_read_only()
        self._update_status_line()

    # ------------------------------------------------------------ filling

    def _make_read_only(self) -> None:
        ui = self.ui
        ui.nameEdit.setReadOnly(True)
        ui.locationEdit.setReadOnly(True)
        for pe in (ui.areaEdit, ui.basisEdit, ui.assessStdEdit, ui.identityEdit, ui.postEdit, ui.dutiesEdit,
                   ui.standardEdit, ui.achievementsEdit):
            pe.setReadOnly(True)
        for w in (ui.categoryCombo, ui.kindCombo, ui.branchCombo, ui.unitCombo, ui.memberCombo, ui.assessorCombo,
                  ui.startDate, ui.endDate, ui.photoButton, ui.photoClearButton, ui.addReportButton,
                  ui.addSuggestionButton):
            w.setEnabled(False)
        ui.workerList.setEnabled(True)
        ui.saveButton.hide()
        ui.cancelButton.setText("关闭")

    def _load(self, row: ZoneRow) -> None:
        ui = self.ui
        ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(row.category.name))
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(row.kind.name))
        ui.nameEdit.setText(row.name)
        ui.branchCombo.blockSignals(True)
        ui.branchCombo.setCurrentIndex(max(ui.branchCombo.findData(row.branch_id), 0))
        ui.branchCombo.blockSignals(False)
        self._branch_changed()
        ui.unitCombo.setCurrentIndex(max(ui.unitCombo.findData(row.unit_id), 0))
        ui.locationEdit.setText(row.location or "")
        ui.areaEdit.setPlainText(row.area or "")
        if row.member_id is not None and ui.memberCombo.findData(row.member_id) < 0:
            ui.memberCombo.addItem(row.member or "", row.member_id)  # archived since: still shown
        ui.memberCombo.setCurrentIndex(max(ui.memberCombo.findData(row.member_id), 0))
        ui.basisEdit.setPlainText(row.basis_and_standard or "")
        if row.assessor_id is not None and ui.assessorCombo.findData(row.assessor_id) < 0:
            ui.assessorCombo.addItem(row.assessor or "", row.assessor_id)
        ui.assessorCombo.setCurrentIndex(max(ui.assessorCombo.findData(row.assessor_id), 0))
        ui.assessStdEdit.setPlainText(row.assessment_standard or "")
        ui.startDate.set_value(row.starts_on)
        ui.endDate.set_value(row.ends_on)
        ui.identityEdit.setPlainText(row.identity or "")
        ui.postEdit.setPlainText(row.post_text or "")
        ui.dutiesEdit.setPlainText(row.duties or "")
        ui.standardEdit.setPlainText(row.standard or "")
        ui.achievementsEdit.setPlainText(row.achievements or "")
        self._load_reports()

    def _load_reports(self) -> None:
        if self.detail is None:
            return
        self._reports_model.set_rows(zone_reports.list_reports(self.ctx, self.detail.row.id))
        self._suggestions_model.set_rows(zone_reports.list_suggestions(self.ctx, self.detail.row.id))
        for table in (self.ui.reportsTable, self.ui.suggestionsTable):
            table.resizeColumnsToContents()

    def _branch_changed(self) -> None:
        ui = self.ui
        bid = ui.branchCombo.currentData()
        keep_unit = ui.unitCombo.currentData()
        ui.unitCombo.clear()
        ui.unitCombo.addItem("（未分配）", None)
        ui.workerUnitCombo.blockSignals(True)
        ui.workerUnitCombo.clear()
        ui.workerUnitCombo.addItem("全支部", None)
        for uid, label in self._org.units.get(bid, []):
            ui.unitCombo.addItem(label, uid)
            ui.workerUnitCombo.addItem(label, uid)
        ui.workerUnitCombo.blockSignals(False)
        ui.unitCombo.setCurrentIndex(max(ui.unitCombo.findData(keep_unit), 0))
        self._people = zones.people_choices(self.ctx, bid) if bid is not None else []
        keep_member, keep_assessor = ui.memberCombo.currentData(), ui.assessorCombo.currentData()
        for combo in (ui.memberCombo, ui.assessorCombo):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(NONE, None)
        for p in self._people:
            label = f"{p.name}（{p.unit}）" if p.unit else p.name
            if p.political_status.is_party_member:
                ui.memberCombo.addItem(f"{label} · {p.political_status.value}", p.id)
            ui.assessorCombo.addItem(label, p.id)
        ui.memberCombo.setCurrentIndex(max(ui.memberCombo.findData(keep_member), 0))
        ui.assessorCombo.setCurrentIndex(max(ui.assessorCombo.findData(keep_assessor), 0))
        for combo in (ui.memberCombo, ui.assessorCombo):
            combo.blockSignals(False)
        in_branch = {p.id for p in self._people}
        self._checked &= in_branch
        self._fill_workers()
        self._member_changed()

    def _fill_workers(self) -> None:
        ui = self.ui
        unit = ui.workerUnitCombo.currentData()
        units = {unit} | {uid for uid, label in self._org.units.get(ui.branchCombo.currentData(), [])
                          if unit is not None and label.startswith(ui.workerUnitCombo.currentText() + " / ")}
        text = ui.workerSearch.text().strip()
        only = ui.workerCheckedOnly.isChecked()
        ui.workerList.blockSignals(True)
        ui.workerList.clear()
        for p in self._people:
            if unit is not None and p.unit_id not in units:
                continue
            if text and text not in p.name:
                continue
            if only and p.id not in self._checked:
                continue
            it = QListWidgetItem(f"{p.name}　{p.unit or ''}　{p.political_status.value}")
            it.setData(Qt.ItemDataRole.UserRole, p.id)
            if not self.read_only:
                it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked if p.id in self._checked else Qt.CheckState.Unchecked)
            ui.workerList.addItem(it)
        ui.workerList.blockSignals(False)
        self._update_worker_count()

    def _worker_toggled(self, it: QListWidgetItem) -> None:
        pid = it.data(Qt.ItemDataRole.UserRole)
        if self.read_only:
            return
        if it.checkState() == Qt.CheckState.Checked:
            self._checked.add(pid)
        else:
            self._checked.discard(pid)
        self._update_worker_count()

    def _update_worker_count(self) -> None:
        self.ui.workerCount.setText(f"已选 {len(self._checked)} 人（勾选本责任区所带的职工）")

    def _member_changed(self) -> None:
        mid = self.ui.memberCombo.currentData()
        self._photo_member = mid
        self._show_photo(zones.get_photo(self.ctx, mid) if mid is not None else None)
        self.ui.photoButton.setEnabled(mid is not None and not self.read_only)
        self.ui.photoClearButton.setEnabled(mid is not None and not self.read_only)

    def _show_photo(self, jpeg: bytes | None) -> None:
        label = self.ui.photoLabel
        pm = photo.pixmap(jpeg, label.width() - 4, label.height() - 4)
        if pm is None:
            label.clear()
            label.setText("无照片" if self.ui.memberCombo.currentData() is not None else "先选示范者")
        else:
            label.setPixmap(pm)

    def _update_status_line(self) -> None:
        if not hasattr(self, "_reports_model"):
            return
        row = self.detail.row if self.detail else None
        if row is not None and row.status in (ZoneStatus.REVOKED, ZoneStatus.ENDED):
            extra = f"：{row.revoke_reason}（{row.revoked_on}）" if row.status is ZoneStatus.REVOKED else ""
            self.ui.statusLine.setText(f"状态：{row.status.value}{extra}")
            return
        missing = self.input().five.missing()
        if missing:
            self.ui.statusLine.setText(f"状态：草稿 — 尚缺 {'、'.join(missing)}（可先保存，五明确填全后自动“在岗”）")
        else:
            self.ui.statusLine.setText("状态：在岗 — 五明确已填全")

    # ------------------------------------------------------------ saving

    def input(self) -> ZoneInput:
        ui = self.ui
        return ZoneInput(
            branch_id=ui.branchCombo.currentData(), unit_id=ui.unitCombo.currentData(),
            category=ZoneCategory[ui.categoryCombo.currentData()], kind=ZoneKind[ui.kindCombo.currentData()],
            name=ui.nameEdit.text(), location=ui.locationEdit.text(), area=ui.areaEdit.toPlainText(),
            member_id=ui.memberCombo.currentData(), basis_and_standard=ui.basisEdit.toPlainText(),
            assessor_id=ui.assessorCombo.currentData(), assessment_standard=ui.assessStdEdit.toPlainText(),
            starts_on=ui.startDate.value(), ends_on=ui.endDate.value(), identity=ui.identityEdit.toPlainText(),
            post_text=ui.postEdit.toPlainText(), duties=ui.dutiesEdit.toPlainText(),
            standard=ui.standardEdit.toPlainText(), achievements=ui.achievementsEdit.toPlainText(),
            worker_ids=tuple(sorted(self._checked)),
        )

    def field_problems(self) -> list[str]:
        return [p for p in (self.ui.startDate.problem("开始日期"), self.ui.endDate.problem("结束日期")) if p]

    def save(self) -> None:
        if self.read_only:
            return
        problems = self.field_problems()
        if problems:
            _show_problems(self.ui.problemsLabel, problems)
            return
        try:
            if self.detail is None:
                row = zones.create_zone(self.ctx, self.input(), self.today)
            else:
                row = zones.update_zone(self.ctx, self.detail.row.id, self.detail.row.version, self.input(), self.today)
        except DomainError as err:
            _show_problems(self.ui.problemsLabel, err)
            return
        self.saved.emit(row)
        self.accept()

    # ------------------------------------------------------------ photo, reports

    def choose_photo(self) -> None:
        mid = self.ui.memberCombo.currentData()
        if mid is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, "选择示范者照片", "", "图片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff);;所有文件 (*)")
        if path:
            self.set_photo_file(path)

    def set_photo_file(self, path: str) -> bool:
        mid = self.ui.memberCombo.currentData()
        try:
            jpeg = photo.photo_from_file(path)
            zones.set_photo(self.ctx, mid, jpeg)
        except DomainError as err:
            _show_problems(self.ui.problemsLabel, err)
            return False
        _show_problems(self.ui.problemsLabel, None)
        self._show_photo(jpeg)
        self.data_changed.emit()
        return True

    def clear_photo(self) -> None:
        mid = self.ui.memberCombo.currentData()
        if mid is None:
            return
        try:
            zones.set_photo(self.ctx, mid, None)
        except DomainError as err:
            _show_problems(self.ui.problemsLabel, err)
            return
        self._show_photo(None)
        self.data_changed.emit()

    def add_report(self) -> ReportDialog | None:
        if self.detail is None:
            return None
        dlg = ReportDialog(self.ctx, self.detail.row, self.today, self)
        dlg.saved.connect(self._recorded)
        dlg.open()
        return dlg

    def add_suggestion(self) -> SuggestionDialog | None:
        if self.detail is None:
            return None
        dlg = SuggestionDialog(self.ctx, self.detail.row, self.today, self)
        dlg.saved.connect(self._recorded)
        dlg.open()
        return dlg

    def _recorded(self) -> None:
        self._load_reports()
        self.data_changed.emit()


class ReportDialog(QDialog):
    """每周至少报告一次: one weekly safety report."""

    saved = Signal(object)

    def __init__(self, ctx: Ctx, zone: ZoneRow, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.zone, self.today = ctx, zone, today or date.today()
        self.ui = ui = Ui_ZoneReportDialog()
        ui.setupUi(self)
        ui.problemsLabel.hide()
        ui.zoneLabel.setText(f"{zone.name}　示范者：{zone.member or '未定'}")
        ui.weekDate.set_value(self.today)
        ui.reportDate.set_value(self.today)
        ui.weekDate.setMaximumDate(self.today)
        ui.reportDate.setMaximumDate(self.today)
        ui.weekDate.valueChanged.connect(lambda: ui.weekSpan.setText(_week_span(ui.weekDate.value())))
        ui.weekSpan.setText(_week_span(self.today))
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)

    def save(self) -> None:
        ui = self.ui
        problems = [p for p in (ui.weekDate.problem("所报的周"), ui.reportDate.problem("报告日期")) if p]
        week, reported = ui.weekDate.value(), ui.reportDate.value()
        if not problems and (week is None or reported is None):
            problems.append("请填写所报的周和报告日期")
        if problems or week is None or reported is None:
            _show_problems(ui.problemsLabel, problems)
            return
        try:
            row = zone_reports.record_report(self.ctx, self.zone.id, week, reported, ui.safetyOkCheck.isChecked(),
                                      ui.contentEdit.toPlainText(), self.today)
        except DomainError as err:
            _show_problems(ui.problemsLabel, err)
            return
        self.saved.emit(row)
        self.accept()


class SuggestionDialog(QDialog):
    """每月至少一条合理化建议."""

    saved = Signal(object)

    def __init__(self, ctx: Ctx, zone: ZoneRow, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.zone, self.today = ctx, zone, today or date.today()
        self.ui = ui = Ui_ZoneSuggestionDialog()
        ui.setupUi(self)
        ui.problemsLabel.hide()
        ui.zoneLabel.setText(f"{zone.name}　示范者：{zone.member or '未定'}")
        ui.madeDate.set_value(self.today)
        ui.madeDate.setMaximumDate(self.today)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)

    def save(self) -> None:
        ui = self.ui
        problem = ui.madeDate.problem("提出日期")
        made = ui.madeDate.value()
        if problem or made is None:
            _show_problems(ui.problemsLabel, [problem or "请填写提出日期"])
            return
        try:
            row = zone_reports.add_suggestion(self.ctx, self.zone.id, made, ui.contentEdit.toPlainText(),
                                       ui.adoptedCheck.isChecked(), self.today)
        except DomainError as err:
            _show_problems(ui.problemsLabel, err)
            return
        self.saved.emit(row)
        self.accept()


class RevokeDialog(QDialog):
    """摘牌 with a reason (required) and a date."""

    saved = Signal(object)

    def __init__(self, ctx: Ctx, zone: ZoneRow, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.zone, self.today = ctx, zone, today or date.today()
        self.ui = ui = Ui_ZoneRevokeDialog()
        ui.setupUi(self)
        ui.problemsLabel.hide()
        ui.zoneLabel.setText(f"{zone.category.value}“{zone.name}”（示范者：{zone.member or '未定'}）摘牌后不再上墙公示，"
                             "摘牌原因记入台账。")
        ui.revokeDate.set_value(self.today)
        ui.revokeDate.setMaximumDate(self.today)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)

    def save(self) -> None:
        ui = self.ui
        problem = ui.revokeDate.problem("摘牌日期")
        if problem:
            _show_problems(ui.problemsLabel, [problem])
            return
        try:
            row = zones.revoke_zone(self.ctx, self.zone.id, self.zone.version, ui.reasonEdit.toPlainText(),
                                    ui.revokeDate.value(), self.today)
        except DomainError as err:
            _show_problems(ui.problemsLabel, err)
            return
        self.saved.emit(row)
        self.accept()


class QuickDialog(QDialog):
    """The zones of a unit with this week's box to tick: one report each, all saved at once."""

    saved = Signal(int)

    def __init__(self, ctx: Ctx, branch_id: int | None = None, unit_id: int | None = None,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today or date.today()
        self.ui = ui = Ui_ZoneQuickDialog()
        ui.setupUi(self)
        ui.problemsLabel.hide()
        self._org = zones.org_choices(ctx)
        for bid, name in self._org.branches:
            ui.branchCombo.addItem(name, bid)
        ui.branchCombo.setCurrentIndex(max(ui.branchCombo.findData(branch_id), 0))
        self._fill_units()
        ui.unitCombo.setCurrentIndex(max(ui.unitCombo.findData(unit_id), 0))
        ui.weekDate.set_value(self.today)
        ui.weekDate.setMaximumDate(self.today)
        ui.weekDate.setMinimumWidth(ui.weekDate.fontMetrics().horizontalAdvance("2026-11-30") + 90)
        ui.weekSpan.setText(_week_span(self.today))
        ui.branchCombo.currentIndexChanged.connect(self._branch_changed)
        ui.unitCombo.currentIndexChanged.connect(self.load)
        ui.weekDate.valueChanged.connect(self.load)
        ui.zoneList.itemChanged.connect(self._count)
        ui.allButton.clicked.connect(self.tick_all)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        self.load()

    def _fill_units(self) -> None:
        ui = self.ui
        ui.unitCombo.blockSignals(True)
        ui.unitCombo.clear()
        ui.unitCombo.addItem("全支部", None)
        for uid, label in self._org.units.get(ui.branchCombo.currentData(), []):
            ui.unitCombo.addItem(label, uid)
        ui.unitCombo.blockSignals(False)

    def _branch_changed(self) -> None:
        self._fill_units()
        self.load()

    def load(self) -> None:
        ui = self.ui
        week = ui.weekDate.value()
        ui.weekSpan.setText(_week_span(week))
        ui.zoneList.blockSignals(True)
        ui.zoneList.clear()
        if week is not None and ui.branchCombo.currentData() is not None:
            for r in zone_reports.quick_entry_rows(self.ctx, ui.branchCombo.currentData(), ui.unitCombo.currentData(), week,
                                            self.today):
                it = QListWidgetItem(f"{r.name}　{r.member or ''}　{r.unit or ''}" + ("　（已报）" if r.reported else ""))
                it.setData(Qt.ItemDataRole.UserRole, r.zone_id)
                if r.reported:
                    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                    it.setCheckState(Qt.CheckState.Checked)
                else:
                    it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    it.setCheckState(Qt.CheckState.Unchecked)
                ui.zoneList.addItem(it)
        ui.zoneList.blockSignals(False)
        self._count()

    def ticked(self) -> list[int]:
        out = []
        for i in range(self.ui.zoneList.count()):
            it = self.ui.zoneList.item(i)
            if it.flags() & Qt.ItemFlag.ItemIsEnabled and it.checkState() == Qt.CheckState.Checked:
                out.append(it.data(Qt.ItemDataRole.UserRole))
        return out

    def tick_all(self) -> None:
        for i in range(self.ui.zoneList.count()):
            it = self.ui.zoneList.item(i)
            if it.flags() & Qt.ItemFlag.ItemIsEnabled:
                it.setCheckState(Qt.CheckState.Checked)

    def _count(self) -> None:
        n = self.ui.zoneList.count()
        self.ui.countLabel.setText(f"共 {n} 个在岗责任区，本次勾选 {len(self.ticked())} 个")

    def save(self) -> None:
        ids = self.ticked()
        week = self.ui.weekDate.value()
        if not ids or week is None:
            _show_problems(self.ui.problemsLabel, ["请勾选本周已报告的责任区"])
            return
        try:
            n = zone_reports.record_week_reports(self.ctx, ids, week, min(self.today, week_start(week) + timedelta(days=6)),
                                          self.today)
        except DomainError as err:
            _show_problems(self.ui.problemsLabel, err)
            return
        self.saved.emit(n)
        self.accept()
