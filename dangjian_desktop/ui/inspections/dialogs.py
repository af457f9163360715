"""The 安全巡视 dialogs: plan an inspection (group, route), record its results (a 不符合 becomes
a hazard), edit the checklists. Every check is ``services.inspections``'; its Chinese message
shows in the dialog, which keeps what was typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dangjian_desktop.domain.errors import DomainError, ValidationError
from dangjian_desktop.domain.inspections import FindingOutcome
from dangjian_desktop.services import hazards, roster
from dangjian_desktop.services import inspections as ins
from dangjian_desktop.services.hazards import Choice
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.date_field import DateField
from dangjian_desktop.ui.forms.ui_checklist_dialog import Ui_ChecklistDialog
from dangjian_desktop.ui.forms.ui_inspection_plan_dialog import Ui_InspectionPlanDialog
from dangjian_desktop.ui.forms.ui_inspection_results_dialog import Ui_InspectionResultsDialog
from dangjian_desktop.ui.hazards.dialogs import combo_id, fill_combo

STOP_ROLE = Qt.ItemDataRole.UserRole + 3  # (zone id or None, place)
PERSON_ROLE = Qt.ItemDataRole.UserRole + 4


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item of a cell, made empty when the cell has none yet."""
    item = table.item(row, column)
    if item is None:
        item = QTableWidgetItem("")
        table.setItem(row, column, item)
    return item


def _problem(label: QLabel, text: str) -> None:
    label.setStyleSheet("color: #c00000;")
    label.setText(text)
    label.setVisible(bool(text))


class InspectionPlanDialog(QDialog):
    saved = Signal(int)

    def __init__(self, ctx: Ctx, branch_id: int | None = None, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or date.today()
        self.ui = Ui_InspectionPlanDialog()
        self.ui.setupUi(self)
        ui = self.ui
        _problem(ui.problemLabel, "")
        ui.plannedDate.set_value(self.today)
        fill_combo(ui.branchCombo, [Choice(b.id, b.name) for b in roster.org_tree(ctx)], "公司党委（全公司）", branch_id)
        for t in ins.list_templates(ctx, active_only=True):
            ui.templateCombo.addItem(t.name, t.id)
        ui.branchCombo.currentIndexChanged.connect(self._branch_changed)
        ui.memberFilterEdit.textChanged.connect(self._filter_members)
        ui.addMemberButton.clicked.connect(self._add_selected_member)
        ui.memberList.itemDoubleClicked.connect(lambda _i: self._add_selected_member())
        ui.removeMemberButton.clicked.connect(self._remove_member)
        ui.addZoneButton.clicked.connect(self.add_zone_stop)
        ui.addPlaceButton.clicked.connect(self.add_place_stop)
        ui.placeEdit.returnPressed.connect(self.add_place_stop)
        ui.upButton.clicked.connect(self._up)
        ui.removeStopButton.clicked.connect(lambda: ui.routeList.takeItem(ui.routeList.currentRow()))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._branch_changed()

    def _branch_changed(self, *_args: object) -> None:
        ui = self.ui
        branch = ui.branchCombo.currentData()
        month = f"{self.today:%Y年%m月}"
        ui.titleEdit.setText(f"{month}党代表安全巡视（{ui.branchCombo.currentText()}）" if branch is not None
                             else f"{month}党代表安全巡视")
        ui.memberList.clear()
        ui.groupList.clear()
        for c in hazards.people_choices(self.ctx, branch, members_only=True):  # 党代表: Party members
            item = QListWidgetItem(c.label)
            item.setData(PERSON_ROLE, c.id)
            ui.memberList.addItem(item)
        fill_combo(ui.zoneCombo, hazards.zone_choices(self.ctx, branch))
        edit = ui.zoneCombo.lineEdit()
        if edit is not None:
            edit.setPlaceholderText("选择或输入责任区…")

    def _filter_members(self, text: str) -> None:
        text = text.strip()
        for i in range(self.ui.memberList.count()):
            item = self.ui.memberList.item(i)
            item.setHidden(bool(text) and text not in item.text())

    def _group_ids(self) -> list[int]:
        return [self.ui.groupList.item(i).data(PERSON_ROLE) for i in range(self.ui.groupList.count())]

    def _add_selected_member(self) -> None:
        item = self.ui.memberList.currentItem()
        if item is not None:
            self.add_member(item.data(PERSON_ROLE))

    def add_member(self, person_id: int) -> None:
        """Into the group, after those already in it (the first is the leader)."""
        if person_id in self._group_ids():
            return
        for i in range(self.ui.memberList.count()):
            item = self.ui.memberList.item(i)
            if item.data(PERSON_ROLE) == person_id:
                added = QListWidgetItem(item.text())
                added.setData(PERSON_ROLE, person_id)
                self.ui.groupList.addItem(added)
        self._mark_leader()

    def _remove_member(self) -> None:
        self.ui.groupList.takeItem(self.ui.groupList.currentRow())
        self._mark_leader()

    def _mark_leader(self) -> None:
        for i in range(self.ui.groupList.count()):
            item = self.ui.groupList.item(i)
            name = item.text().removesuffix("　组长")
            item.setText(name + ("　组长" if i == 0 else ""))

    def _add_stop(self, zone_id: int | None, place: str, label: str) -> None:
        item = QListWidgetItem(f"{self.ui.routeList.count() + 1}. {label}")
        item.setData(STOP_ROLE, (zone_id, place))
        self.ui.routeList.addItem(item)

    def add_zone_stop(self) -> None:
        zid = combo_id(self.ui.zoneCombo)
        if zid is not None:
            self._add_stop(zid, "", self.ui.zoneCombo.currentText().split("（")[0])

    def add_place_stop(self) -> None:
        place = self.ui.placeEdit.text().strip()
        if place:
            self._add_stop(None, place, place)
            self.ui.placeEdit.clear()

    def _up(self) -> None:
        lst = self.ui.routeList
        row = lst.currentRow()
        if row > 0:
            lst.insertItem(row - 1, lst.takeItem(row))
            lst.setCurrentRow(row - 1)

    def data(self) -> ins.InspectionInput:
        ui = self.ui
        problem = ui.plannedDate.problem("巡视日期")
        if problem:
            raise ValidationError(problem + "。")
        stops = tuple(ins.Stop(*ui.routeList.item(i).data(STOP_ROLE)) for i in range(ui.routeList.count()))
        return ins.InspectionInput(ui.branchCombo.currentData(), ui.titleEdit.text(), ui.plannedDate.value(),
                                   tuple(self._group_ids()), stops, ui.templateCombo.currentData())

    def save(self) -> None:
        try:
            new = ins.create_inspection(self.ctx, self.data())
        except DomainError as err:
            _problem(self.ui.problemLabel, err.message)
            return
        self.saved.emit(new)
        self.accept()


(C_ITEM, C_RESULT, C_ZONE, C_COMMENT, C_DEPT, C_DEADLINE) = range(6)


class InspectionResultsDialog(QDialog):
    """Each checklist item: 符合 / 不符合, where, a comment; a 不符合 its department and deadline."""

    saved = Signal(int)

    def __init__(self, ctx: Ctx, inspection_id: int, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.inspection_id = ctx, inspection_id
        self.today = today or date.today()
        self.ui = Ui_InspectionResultsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        _problem(ui.problemLabel, "")
        self.detail = ins.get_inspection(ctx, inspection_id, self.today)
        d = self.detail
        ui.headLabel.setText(f"{d.row.title}\n巡视组：{'、'.join(d.members)}\n路线：{' → '.join(d.route)}")
        if d.carry_over:
            lines = [f"· {c.item_text}：{c.comment or ''}（{c.responsible_dept or ''}，期限 {c.deadline}，"
                     f"{c.hazard_status.value if c.hazard_status else ''}{'，已逾期' if c.overdue else ''}）"
                     for c in d.carry_over]
            ui.carryLabel.setText("先查上轮未闭合的整改项（在隐患台账中跟踪）：\n" + "\n".join(lines))
            ui.carryLabel.setStyleSheet("color: #a00000;")
        else:
            ui.carryLabel.setText("上轮巡视发现的问题均已整改闭合。")
        ui.doneDate.set_value(min(d.row.planned_on, self.today))
        ui.doneDate.setMaximumDate(self.today)
        self._templates = ins.list_templates(ctx, active_only=True)
        for t in self._templates:
            ui.templateCombo.addItem(t.name, t.id)
        planned = ins.planned_template(ctx, inspection_id)  # the checklist the plan named, if any
        if planned is not None:
            ui.templateCombo.setCurrentIndex(max(ui.templateCombo.findData(planned), 0))
        self._zones = hazards.zone_choices(ctx, d.row.branch_id)
        table = ui.resultTable
        table.setColumnCount(6)
        table.setHorizontalHeaderLabels(["检查项目", "结果", "责任区", "说明", "责任部门", "整改期限"])
        header = table.horizontalHeader()
        header.setSectionResizeMode(C_ITEM, QHeaderView.ResizeMode.Stretch)
        for c, w in ((C_RESULT, 90), (C_ZONE, 170), (C_COMMENT, 180), (C_DEPT, 100), (C_DEADLINE, 150)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(c, w)
        ui.templateCombo.currentIndexChanged.connect(self._fill)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._fill()

    def _fill(self, *_args: object) -> None:
        table = self.ui.resultTable
        t = next((t for t in self._templates if t.id == self.ui.templateCombo.currentData()), None)
        items = t.items if t else ()
        table.setRowCount(len(items))
        route_zones = [c for c in self._zones]
        for r, item in enumerate(items):
            cell = QTableWidgetItem(f"{item.category}：{item.text}" if item.category else item.text)
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            cell.setData(Qt.ItemDataRole.UserRole, item.id)
            cell.setData(Qt.ItemDataRole.UserRole + 1, item.text)
            table.setItem(r, C_ITEM, cell)
            result = QComboBox()
            result.addItem(FindingOutcome.PASS.value, FindingOutcome.PASS)
            result.addItem(FindingOutcome.FAIL.value, FindingOutcome.FAIL)
            table.setCellWidget(r, C_RESULT, result)
            zone = QComboBox()
            fill_combo(zone, route_zones, "（不指定）")
            table.setCellWidget(r, C_ZONE, zone)
            table.setItem(r, C_COMMENT, QTableWidgetItem(""))
            table.setItem(r, C_DEPT, QTableWidgetItem(""))
            table.setCellWidget(r, C_DEADLINE, DateField())
        # Rows as tall as the item's wrapped text, not the cell widgets' own size hints.
        header = table.verticalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        line = table.fontMetrics().height()
        width = max(table.columnWidth(C_ITEM) - 16, 120)
        for r in range(table.rowCount()):
            text = _cell(table, r, C_ITEM).text()
            lines = max(1, -(-table.fontMetrics().horizontalAdvance(text) // width))
            table.setRowHeight(r, max(line * min(lines, 3) + 14, 40))

    def set_result(self, row: int, outcome: FindingOutcome, comment: str = "", dept: str = "",
                   deadline: date | None = None, zone_id: int | None = None) -> None:
        """Fill one row as a user would (tests, and a future import)."""
        t = self.ui.resultTable
        result = t.cellWidget(row, C_RESULT)
        assert isinstance(result, QComboBox)
        result.setCurrentIndex(result.findData(outcome))
        _cell(t, row, C_COMMENT).setText(comment)
        _cell(t, row, C_DEPT).setText(dept)
        field = t.cellWidget(row, C_DEADLINE)
        assert isinstance(field, DateField)
        field.set_value(deadline)
        zone = t.cellWidget(row, C_ZONE)
        assert isinstance(zone, QComboBox)
        if zone_id is not None:
            zone.setCurrentIndex(zone.findData(zone_id))

    def results(self) -> list[ins.ResultInput]:
        t = self.ui.resultTable
        out, problems = [], []
        for r in range(t.rowCount()):
            result, zone, field = t.cellWidget(r, C_RESULT), t.cellWidget(r, C_ZONE), t.cellWidget(r, C_DEADLINE)
            assert isinstance(result, QComboBox) and isinstance(zone, QComboBox) and isinstance(field, DateField)
            problem = field.problem(f"第 {r + 1} 项的整改期限")
            if problem:
                problems.append(problem)
            item = _cell(t, r, C_ITEM)
            out.append(ins.ResultInput(item.data(Qt.ItemDataRole.UserRole + 1), result.currentData(),
                                       _cell(t, r, C_COMMENT).text(), item.data(Qt.ItemDataRole.UserRole),
                                       zone.currentData(), _cell(t, r, C_DEPT).text(), field.value()))
        if problems:
            raise ValidationError("；".join(problems) + "。")
        return out

    def save(self) -> None:
        ui = self.ui
        try:
            problem = ui.doneDate.problem("巡视日期")
            if problem:
                raise ValidationError(problem + "。")
            new = ins.record_results(self.ctx, self.inspection_id, self.results(), ui.doneDate.value(), self.today)
        except DomainError as err:
            _problem(ui.problemLabel, err.message)
            return
        self.saved.emit(len(new))
        self.accept()


class ChecklistDialog(QDialog):
    """The secretary edits the checklists: items (category, text) added, moved, removed."""

    def __init__(self, ctx: Ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ChecklistDialog()
        self.ui.setupUi(self)
        ui = self.ui
        _problem(ui.problemLabel, "")
        t = ui.itemTable
        t.setColumnCount(2)
        t.setHorizontalHeaderLabels(["类别", "检查内容"])
        t.horizontalHeader().resizeSection(0, 160)
        t.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.templateCombo.currentIndexChanged.connect(self._fill)
        ui.addItemButton.clicked.connect(self.add_item)
        ui.upItemButton.clicked.connect(self._up)
        ui.removeItemButton.clicked.connect(lambda: t.removeRow(t.currentRow()))
        ui.newTemplateButton.clicked.connect(self.new_template)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._load()

    def _load(self, select_id: int | None = None) -> None:
        self._templates = ins.list_templates(self.ctx)
        combo = self.ui.templateCombo
        combo.blockSignals(True)
        combo.clear()
        for tpl in self._templates:
            combo.addItem(tpl.name, tpl.id)
        if select_id is not None:
            combo.setCurrentIndex(combo.findData(select_id))
        combo.blockSignals(False)
        self._fill()

    def _fill(self, *_args: object) -> None:
        tpl = next((x for x in self._templates if x.id == self.ui.templateCombo.currentData()), None)
        t = self.ui.itemTable
        t.setRowCount(0)
        for item in tpl.items if tpl else ():
            self._append(item.id, item.category or "", item.text)

    def _append(self, item_id: int | None, category: str, text: str) -> None:
        t = self.ui.itemTable
        r = t.rowCount()
        t.insertRow(r)
        cat = QTableWidgetItem(category)
        cat.setData(Qt.ItemDataRole.UserRole, item_id)
        t.setItem(r, 0, cat)
        t.setItem(r, 1, QTableWidgetItem(text))

    def add_item(self) -> None:
        self._append(None, "", "")
        self.ui.itemTable.setCurrentCell(self.ui.itemTable.rowCount() - 1, 1)

    def _up(self) -> None:
        t = self.ui.itemTable
        r = t.currentRow()
        if r <= 0:
            return
        for c in range(2):
            a, b = t.takeItem(r, c), t.takeItem(r - 1, c)
            t.setItem(r - 1, c, a)
            t.setItem(r, c, b)
        t.setCurrentCell(r - 1, t.currentColumn())

    def items(self) -> list[tuple[int | None, str, str]]:
        t = self.ui.itemTable
        return [(_cell(t, r, 0).data(Qt.ItemDataRole.UserRole), _cell(t, r, 0).text(), _cell(t, r, 1).text())
                for r in range(t.rowCount())]

    def save(self) -> None:
        tid = self.ui.templateCombo.currentData()
        if tid is None:
            return
        try:
            ins.set_items(self.ctx, tid, self.items())
        except DomainError as err:
            _problem(self.ui.problemLabel, err.message)
            return
        _problem(self.ui.problemLabel, "")
        self._load(tid)

    def new_template(self) -> None:
        name, ok = QInputDialog.getText(self, "新建检查表", "检查表名称：")
        if not ok:
            return
        try:
            tid = ins.create_template(self.ctx, name)
        except DomainError as err:
            _problem(self.ui.problemLabel, err.message)
            return
        self._load(tid)
