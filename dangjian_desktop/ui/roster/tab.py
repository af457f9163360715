"""The 人员 tab: organisation tree on the left, the filtered people table on the right.

The main window hosts it as ``RosterTab(ctx)`` and listens to ``changed`` (emitted after any
write) to refresh the 工作台. Every read and write goes through ``services.roster`` (and
``services.roster_import`` for files); the table is a paged model, filtered in SQL as the
user types.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timezone
from typing import TYPE_CHECKING
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPoint, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog, QHeaderView, QInputDialog, QLineEdit, QMenu, QMessageBox, QTreeWidgetItem, QWidget,
)

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.services import roster
from dangjian_desktop.services.roster import BranchNode, PersonFilter, PersonRow, UnitNode
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.tasks import error_text, run_task
from dangjian_desktop.ui.forms.ui_roster_tab import Ui_RosterTab

from .dialogs import ArchiveDialog, PersonDialog

if TYPE_CHECKING:  # the import service (and openpyxl) load only when a file is imported
    from dangjian_desktop.services.roster_import import ImportBatchRow
from .model import COL_NAME, PARTY, PeopleModel

#: The 政治面貌 filter: label → the statuses it selects (empty: all).
POLITICAL_FILTERS: tuple[tuple[str, tuple[PoliticalStatus, ...]], ...] = (
    ("全部", ()),
    ("党员（含预备）", PARTY),
    ("中共党员", (PoliticalStatus.MEMBER,)),
    ("中共预备党员", (PoliticalStatus.PROBATIONARY,)),
    ("入党积极分子", (PoliticalStatus.ACTIVIST,)),
    ("共青团员", (PoliticalStatus.LEAGUE,)),
    ("群众", (PoliticalStatus.MASSES,)),
)

SEARCH_DELAY_MS = 200
NODE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class OrgNode:
    """What a tree item stands for."""

    kind: str  # "all", "branch", "unit" (a 区队) or "team" (a 班组)
    id: int | None = None
    branch_id: int | None = None
    parent_id: int | None = None

    def filter_fields(self) -> dict[str, int | None]:
        if self.kind == "branch":
            return {"branch_id": self.id, "unit_id": None}
        if self.kind in ("unit", "team"):
            return {"branch_id": self.branch_id, "unit_id": self.id}
        return {"branch_id": None, "unit_id": None}


class RosterTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: Ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_RosterTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.person_dialog: PersonDialog | None = None
        self.archive_dialog: ArchiveDialog | None = None
        self.import_dialog = None  # an ImportDialog while one is open

        for label, _statuses in POLITICAL_FILTERS:
            ui.politicalCombo.addItem(label)

        self.model = PeopleModel(ctx, PersonFilter(), self)
        table = ui.peopleTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)
        header.setHighlightSections(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
        self._sized = False

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(10_000)
        self._message_timer.timeout.connect(ui.messageLabel.clear)
        ui.searchEdit.textChanged.connect(self._search_timer.start)
        ui.searchEdit.returnPressed.connect(self.apply_filter)
        ui.politicalCombo.currentIndexChanged.connect(self.apply_filter)
        ui.archivedCheck.toggled.connect(self.apply_filter)
        ui.orgTree.currentItemChanged.connect(self._on_tree_current)
        ui.orgTree.customContextMenuRequested.connect(self._tree_menu)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(lambda _i: self.edit_selected())
        table.customContextMenuRequested.connect(self._table_menu)

        ui.addButton.clicked.connect(self.add_person)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.archiveButton.clicked.connect(self.archive_selected)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.importButton.clicked.connect(self.open_import)
        ui.templateButton.clicked.connect(self.save_template)
        ui.undoImportButton.clicked.connect(self.undo_last_import)
        ui.addBranchButton.clicked.connect(self.add_branch)
        ui.addUnitButton.clicked.connect(self.add_unit)
        ui.renameButton.clicked.connect(self.rename_unit)

        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([280, 920])
        if not ctx.actor.can_write:
            ui.editButton.setText("查看")
        self._load_tree()
        self._after_query()

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        """Re-read the tree and the table (after a write elsewhere, or a restore)."""
        keep = self.selected_person()
        self._load_tree()
        self.model.refresh()
        self._after_query(keep.id if keep else None)

    def _load_tree(self) -> None:
        tree = self.ui.orgTree
        current = self._current_node()
        tree.blockSignals(True)
        tree.clear()
        branches = roster.org_tree(self.ctx)
        committees: dict[str, list[BranchNode]] = {}
        for b in branches:
            committees.setdefault(b.committee, []).append(b)
        total = sum(b.people for b in branches)
        root = QTreeWidgetItem([f"{'、'.join(committees) or roster.DEFAULT_COMMITTEE}（全部 {total} 人）"])
        root.setData(0, NODE_ROLE, OrgNode("all"))
        root.setToolTip(0, "显示全部人员")
        tree.addTopLevelItem(root)
        for b in branches:
            item = QTreeWidgetItem([f"{b.name}（{b.people}人，党员{b.members}）"])
            item.setData(0, NODE_ROLE, OrgNode("branch", b.id))
            item.setToolTip(0, f"{b.name}：{b.people} 人，其中党员（含预备）{b.members} 人"
                            + (f"\n联系电话：{b.contact_phone}" if b.contact_phone else ""))
            root.addChild(item)
            for u in b.units:
                self._add_unit_item(item, b.id, u)
        tree.expandAll()
        select = self._find_item(current) if current else None
        tree.setCurrentItem(select or root)
        tree.blockSignals(False)
        self._update_buttons()

    def _add_unit_item(self, parent: QTreeWidgetItem, branch_id: int, u: UnitNode) -> None:
        item = QTreeWidgetItem([f"{u.name}（{u.people}人）"])
        item.setData(0, NODE_ROLE, OrgNode("team" if u.parent_id else "unit", u.id, branch_id, u.parent_id))
        item.setToolTip(0, f"{u.kind.value}：{u.name}，{u.people} 人")
        parent.addChild(item)
        for t in u.teams:
            self._add_unit_item(item, branch_id, t)

    def _find_item(self, node: OrgNode) -> QTreeWidgetItem | None:
        def walk(item: QTreeWidgetItem) -> QTreeWidgetItem | None:
            n: OrgNode = item.data(0, NODE_ROLE)
            if n.kind == node.kind and n.id == node.id:
                return item
            for i in range(item.childCount()):
                found = walk(item.child(i))
                if found:
                    return found
            return None

        tree = self.ui.orgTree
        for i in range(tree.topLevelItemCount()):
            found = walk(tree.topLevelItem(i))
            if found:
                return found
        return None

    def _current_node(self) -> OrgNode | None:
        item = self.ui.orgTree.currentItem()
        return item.data(0, NODE_ROLE) if item is not None else None

    # ------------------------------------------------------------ filtering

    def current_filter(self) -> PersonFilter:
        ui = self.ui
        node = self._current_node() or OrgNode("all")
        return replace(
            self.model.filter,
            text=ui.searchEdit.text().strip(),
            political=self._statuses(),
            include_archived=ui.archivedCheck.isChecked(),
            **node.filter_fields(),
        )

    def _statuses(self) -> tuple[PoliticalStatus, ...]:
        return POLITICAL_FILTERS[max(self.ui.politicalCombo.currentIndex(), 0)][1]

    def apply_filter(self) -> None:
        """Re-query with what the filter bar and the tree say (the search box calls it debounced)."""
        self._search_timer.stop()
        keep = self.selected_person()
        self.model.set_filter(self.current_filter())
        self._after_query(keep.id if keep else None)

    def _on_tree_current(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self._update_buttons()
        if current is not None:
            self.apply_filter()

    def _after_query(self, select_id: int | None = None) -> None:
        if not self._sized and self.model.rowCount():
            self._size_columns()
        if select_id is not None:
            i = self.model.find_row(select_id)
            if i is not None:
                self._select_row(i)
        total = self.model.total
        members = self.model.count_members() if total else 0
        label = f"共 {total} 人（党员 {members} 人）"
        if self.model.filter.include_archived:
            label += "，含已归档"
        self.ui.countLabel.setText(label)
        self._update_buttons()

    def _size_columns(self) -> None:
        """Fit the columns to the first page once; the user's widths are kept after that."""
        table = self.ui.peopleTable
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for col in range(self.model.columnCount()):
            # Leave room for the header text and the sort arrow (the theme pads headers).
            need = header.fontMetrics().horizontalAdvance(self.model.COLUMNS[col].title) + 48
            header.resizeSection(col, min(max(header.sectionSize(col), need), 260))
        self._sized = True

    def _keep_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """Columns without a SQL sort (性别, 联系电话) leave the order, and the arrow, as they were."""
        if not self.model.is_sortable(column):
            header = self.ui.peopleTable.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)
        else:
            self._after_query()

    # ------------------------------------------------------------ selection

    def selected_person(self) -> PersonRow | None:
        rows = self.ui.peopleTable.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row())

    def _select_row(self, i: int) -> None:
        table = self.ui.peopleTable
        index = self.model.index(i, COL_NAME)
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        table.scrollTo(index)

    def show_person(self, person_id: int) -> None:
        """Select the person, clearing whichever filters hide him (the 工作台 links here)."""
        try:
            p = roster.get_person(self.ctx, person_id)
        except DomainError as err:
            self._message(err.message)
            return
        ui = self.ui
        for w in (ui.searchEdit, ui.politicalCombo, ui.archivedCheck, ui.orgTree):
            w.blockSignals(True)
        try:
            if p.archived_at is not None:
                ui.archivedCheck.setChecked(True)
            statuses = self._statuses()
            if statuses and p.political_status not in statuses:
                ui.politicalCombo.setCurrentIndex(0)
            text = ui.searchEdit.text().strip().casefold()
            if text and not any(text in (v or "").casefold() for v in (p.name, p.employee_no, p.post, p.phone)):
                ui.searchEdit.clear()
            if not self._node_holds(p):
                ui.orgTree.setCurrentItem(ui.orgTree.topLevelItem(0))
        finally:
            for w in (ui.searchEdit, ui.politicalCombo, ui.archivedCheck, ui.orgTree):
                w.blockSignals(False)
        self.apply_filter()
        i = self.model.find_row(person_id, load=True)
        if i is None:  # a filter we could not judge (e.g. case rules of LIKE): show everyone
            ui.searchEdit.blockSignals(True)
            ui.searchEdit.clear()
            ui.searchEdit.blockSignals(False)
            ui.politicalCombo.setCurrentIndex(0)
            ui.orgTree.setCurrentItem(ui.orgTree.topLevelItem(0))
            self.apply_filter()
            i = self.model.find_row(person_id, load=True)
        if i is not None:
            self._select_row(i)
        self._update_buttons()

    def _node_holds(self, p: PersonRow) -> bool:
        item = self.ui.orgTree.currentItem()
        node: OrgNode = item.data(0, NODE_ROLE) if item else OrgNode("all")
        if node.kind == "all":
            return True
        if node.kind == "branch":
            return p.branch_id == node.id
        if p.unit_id is None:
            return False
        ids = set()
        stack = [item]
        while stack:
            it = stack.pop()
            ids.add(it.data(0, NODE_ROLE).id)
            stack += [it.child(i) for i in range(it.childCount())]
        return p.unit_id in ids

    def _update_buttons(self) -> None:
        ui = self.ui
        write = self.ctx.actor.can_write
        p = self.selected_person() if hasattr(self, "model") else None
        has_branch = ui.orgTree.topLevelItemCount() > 0 and ui.orgTree.topLevelItem(0).childCount() > 0
        ui.addButton.setEnabled(write and has_branch)
        ui.editButton.setEnabled(p is not None)
        ui.archiveButton.setEnabled(write and p is not None and p.archived_at is None)
        ui.restoreButton.setEnabled(write and p is not None and p.archived_at is not None)
        ui.importButton.setEnabled(write)
        ui.undoImportButton.setEnabled(write)
        ui.templateButton.setEnabled(True)
        node = self._current_node()
        ui.addBranchButton.setEnabled(write)
        ui.addUnitButton.setEnabled(write and node is not None and node.kind in ("branch", "unit"))
        ui.renameButton.setEnabled(write and node is not None and node.kind in ("unit", "team"))

    def _message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self._message_timer.start()  # a child timer: it dies with the tab, never fires on a deleted label

    # ------------------------------------------------------------ people

    def add_person(self) -> None:
        if not self.ctx.actor.can_write:
            return
        node = self._current_node() or OrgNode("all")
        fields = node.filter_fields()
        self._open_person_dialog(PersonDialog(self.ctx, branch_id=fields["branch_id"], unit_id=fields["unit_id"],
                                              parent=self))

    def edit_selected(self) -> None:
        p = self.selected_person()
        if p is None:
            return
        try:
            fresh = roster.get_person(self.ctx, p.id)  # edit what is stored now, with its version
        except DomainError as err:
            QMessageBox.warning(self, "无法打开", err.message)
            self.reload()
            return
        self._open_person_dialog(PersonDialog(self.ctx, fresh, read_only=not self.ctx.actor.can_write, parent=self))

    def _open_person_dialog(self, dlg: PersonDialog) -> None:
        self.person_dialog = dlg
        dlg.saved.connect(self._person_saved)
        dlg.finished.connect(self._dialog_closed)
        dlg.open()

    def _dialog_closed(self) -> None:
        dlg, self.person_dialog = self.person_dialog, None
        if dlg is not None:
            dlg.deleteLater()

    def _person_saved(self, row: PersonRow) -> None:
        self._load_tree()
        self.show_person(row.id)
        self._message(f"已保存：{row.name}")
        self.changed.emit()

    def archive_selected(self) -> None:
        p = self.selected_person()
        if p is None or p.archived_at is not None or not self.ctx.actor.can_write:
            return
        dlg = ArchiveDialog(p.name, self)
        self.archive_dialog = dlg
        dlg.accepted.connect(lambda: self._archive(p, dlg.reason()))
        dlg.finished.connect(lambda _r: (setattr(self, "archive_dialog", None), dlg.deleteLater()))
        dlg.open()

    def _archive(self, p: PersonRow, reason: str) -> None:
        try:
            roster.archive_person(self.ctx, p.id, p.version, reason)
        except DomainError as err:
            QMessageBox.warning(self, "未能归档", err.message)
            self.reload()
            return
        self.reload()
        self._message(f"已归档：{p.name}（{reason}）")
        self.changed.emit()

    def restore_selected(self) -> None:
        p = self.selected_person()
        if p is None or p.archived_at is None or not self.ctx.actor.can_write:
            return
        try:
            roster.restore_person(self.ctx, p.id, p.version)
        except DomainError as err:
            QMessageBox.warning(self, "未能恢复", err.message)
            self.reload()
            return
        self.reload()
        self._message(f"已恢复：{p.name}")
        self.changed.emit()

    def _table_menu(self, pos: QPoint) -> None:
        ui = self.ui
        index = ui.peopleTable.indexAt(pos)
        if index.isValid():
            self._select_row(index.row())
        menu = QMenu(self)
        for button in (ui.addButton, ui.editButton, ui.archiveButton, ui.restoreButton):
            act = menu.addAction(button.text(), button.click)
            act.setEnabled(button.isEnabled())
        menu.exec(ui.peopleTable.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------ organisation

    def _tree_menu(self, pos: QPoint) -> None:
        ui = self.ui
        item = ui.orgTree.itemAt(pos)
        if item is not None:
            ui.orgTree.setCurrentItem(item)
        menu = QMenu(self)
        for button in (ui.addBranchButton, ui.addUnitButton, ui.renameButton):
            act = menu.addAction(button.text(), button.click)
            act.setEnabled(button.isEnabled())
        menu.exec(ui.orgTree.viewport().mapToGlobal(pos))

    def _ask_name(self, title: str, label: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        name = name.strip()
        return name if ok and name else None

    def _org_write(self, op, done: str, select: OrgNode | None = None) -> None:
        try:
            new_id = op()
        except DomainError as err:
            QMessageBox.warning(self, "未保存", err.message)
            return
        self._load_tree()
        if select is not None:
            item = self._find_item(replace(select, id=select.id if select.id is not None else new_id))
            if item is not None:
                self.ui.orgTree.setCurrentItem(item)
        self._message(done)
        self.changed.emit()

    def add_branch(self) -> None:
        name = self._ask_name("新增支部", "支部名称（如：综采二区党支部）：")
        if name:
            self._org_write(lambda: roster.create_branch(self.ctx, name), f"已新增支部：{name}", OrgNode("branch"))

    def add_unit(self) -> None:
        node = self._current_node()
        item = self.ui.orgTree.currentItem()
        if node is None or item is None or node.kind not in ("branch", "unit"):
            return
        where = item.text(0).split("（")[0]
        if node.kind == "branch":
            name = self._ask_name("新增区队", f"在“{where}”下新增区队（车间、工区）名称：")
            branch_id, parent_id, kind = node.id, None, "unit"
        else:
            name = self._ask_name("新增班组", f"在“{where}”下新增班组名称：")
            branch_id, parent_id, kind = node.branch_id, node.id, "team"
        if name and branch_id is not None:
            self._org_write(lambda: roster.create_unit(self.ctx, branch_id, name, parent_id),
                            f"已新增：{name}", OrgNode(kind))

    def rename_unit(self) -> None:
        node = self._current_node()
        item = self.ui.orgTree.currentItem()
        if node is None or item is None or node.kind not in ("unit", "team") or node.id is None:
            return
        old = item.text(0).split("（")[0]
        name = self._ask_name("重命名", f"“{old}”的新名称：", old)
        if name and name != old:
            uid = node.id
            self._org_write(lambda: roster.rename_unit(self.ctx, uid, name), f"已改名：{old} → {name}", node)
            self.model.refresh()
            self._after_query()

    # ------------------------------------------------------------ files

    def _default_dir(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    def open_import(self) -> None:
        """Pick a roster file, preview what it would change, then import it (all or nothing)."""
        if not self.ctx.actor.can_write:
            return
        from .import_dialog import ImportDialog  # openpyxl loads only when a file is imported

        dlg = ImportDialog(self.ctx, self)
        self.import_dialog = dlg
        dlg.imported.connect(self._imported)
        dlg.finished.connect(lambda _r: (setattr(self, "import_dialog", None), dlg.deleteLater()))
        dlg.open()
        if not dlg.choose_file():
            dlg.reject()

    def _imported(self, _result: object) -> None:
        self.reload()
        self.changed.emit()

    def save_template(self) -> None:
        """Write the empty roster template (with this database's branches as examples)."""
        path, _ = QFileDialog.getSaveFileName(self, "导出名册模板", str(Path(self._default_dir()) / "人员名册模板.xlsx"),
                                              "Excel 工作簿 (*.xlsx)")
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from dangjian_desktop.exporting import roster_xlsx

        try:
            roster_xlsx.write_template(path, branches=[name for _id, name in roster.choices(self.ctx).branches])
        except (OSError, DomainError) as err:
            QMessageBox.warning(self, "未能保存模板", error_text(err))
            return
        self._message(f"模板已保存：{path}")

    def undo_last_import(self) -> None:
        """Undo the newest import after saying which one it is."""
        if not self.ctx.actor.can_write:
            return
        from dangjian_desktop.services import roster_import

        try:
            batches = roster_import.list_imports(self.ctx)
        except DomainError as err:
            QMessageBox.warning(self, "撤销上次导入", err.message)
            return
        pending = [b for b in batches if b.undone_at is None]  # newest first
        if not pending:
            QMessageBox.information(self, "撤销上次导入", "没有可以撤销的导入。")
            return
        last = pending[0]
        if QMessageBox.question(
            self, "撤销上次导入",
            f"撤销 {describe_batch(last)} 的导入？\n\n这次新增的人员将被删除，更新过的人员恢复为导入前的数据。",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        ) != QMessageBox.StandardButton.Yes:
            return

        def done(batch: ImportBatchRow) -> None:
            self.reload()
            self.changed.emit()
            QMessageBox.information(self, "撤销上次导入", f"已撤销 {describe_batch(batch)} 的导入。")

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, "未能撤销", error_text(exc))
            self.reload()

        run_task(self, "正在撤销导入……", lambda _p: roster_import.undo_last_import(self.ctx), done, failed,
                 cancellable=False)


def describe_batch(batch: ImportBatchRow) -> str:
    """“名册.xlsx”（2026-11-24 10:05，新增 30 人、更新 2 人）"""
    when = batch.at.replace(tzinfo=timezone.utc).astimezone() if batch.at.tzinfo is None else batch.at.astimezone()
    return (f"“{batch.file_name or '未命名文件'}”（{when:%Y-%m-%d %H:%M}，"
            f"新增 {batch.added} 人、更新 {batch.updated} 人）")
