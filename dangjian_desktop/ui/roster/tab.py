"""The 人员 tab: organisation tree on the left, the filtered people table on the right.

An area tab (``ui/common/tab_platform.AreaTab``): the main window builds it as
``RosterTab(ctx, page)`` the first time it is shown, listens to ``changed`` (emitted after any
write) to refresh the 工作台, and hands it the 工作台's ``person`` targets (:meth:`show_target`). Every read and write goes through ``services.roster``; the
table is a paged model, filtered in SQL as the user types. Two helpers do the rest:
:class:`~.org_tree.OrgTree` (the tree and its writes) and :class:`~.files.RosterFiles`
(import, template, 导入记录, 撤销上次导入).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu, QMessageBox, QWidget

from dangjian_desktop import settings
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.services import roster
from dangjian_desktop.services.roster import PersonFilter, PersonRow
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.services.worklist import WorkTarget
from dangjian_desktop.ui.common import prefs
from dangjian_desktop.ui.common.delegates import TintDelegate
from dangjian_desktop.ui.forms.ui_roster_tab import Ui_RosterTab

from .dialogs import ArchiveDialog, PersonDialog
from .files import RosterFiles, describe_batch
from .model import ARCHIVED, COL_BRANCH, COL_NAME, COL_POST, COL_STATUS, COL_UNIT, PARTY, PeopleModel
from .org_tree import ALL, NODE_ROLE, OrgNode, OrgTree

__all__ = ["NODE_ROLE", "POLITICAL_FILTERS", "OrgNode", "RosterTab", "describe_batch"]

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
#: The tree gets the width its labels need (within these bounds), or the wider one the user
#: dragged it to last time; never less than its labels, never more than this share of the tab.
TREE_MIN, TREE_MAX, TREE_MAX_SHARE = 200, 360, 0.45
#: Columns that give up width (their text elided, whole in the tooltip) so that the table fits
#: without a horizontal scroll bar on a 1024-pixel screen; the others keep their natural width.
ELIDABLE, ELIDE_MIN = (COL_BRANCH, COL_UNIT, COL_POST), 64
COLUMN_MAX = 220


class RosterTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: Ctx, parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.today = today  # the window's clock (a test's fixed date)
        self.ctx = ctx
        self.ui = Ui_RosterTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.person_dialog: PersonDialog | None = None
        self.archive_dialog: ArchiveDialog | None = None
        self._split_done = False
        self._natural: dict[int, int] = {}  # each column's width for its contents
        self._fitting = False
        self._user_sized = False  # the user dragged a column: his widths stay

        self.tree = OrgTree(ctx, ui.orgTree, ui.addBranchButton, ui.addUnitButton, ui.renameButton, self,
                            delete=ui.deleteOrgButton)
        ui.emptyAddBranchButton.clicked.connect(self.add_branch)
        self.tree.changed.connect(self._org_changed)
        self.tree.message.connect(self._message)
        self.files = RosterFiles(ctx, self)
        self.files.changed.connect(self._files_changed)
        self.files.message.connect(self._message)

        for label, _statuses in POLITICAL_FILTERS:
            ui.politicalCombo.addItem(label)

        self.model = PeopleModel(ctx, PersonFilter(), self)
        table = ui.peopleTable
        table.setModel(self.model)
        table.setItemDelegate(TintDelegate(table))  # archived rows grey, despite the theme
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)  # 联系电话 fills what is left
        header.sectionResized.connect(self._section_resized)
        table.viewport().installEventFilter(self)  # its width is the room (the table's own Resize comes before it)
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
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(lambda _i: self.edit_selected())
        table.customContextMenuRequested.connect(self._table_menu)

        ui.addButton.clicked.connect(self.add_person)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.archiveButton.clicked.connect(self.archive_selected)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.importButton.clicked.connect(self.open_import)
        ui.historyButton.clicked.connect(self.show_import_history)
        ui.templateButton.clicked.connect(self.save_template)
        ui.exportButton.clicked.connect(self.export_roster)

        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.splitterMoved.connect(self._splitter_moved)
        if not ctx.actor.can_write:
            ui.editButton.setText("查看")
        self._load_tree()
        self._split(1200)  # again at the first show, when the real width is known
        self._after_query()

    def _split(self, width: int) -> None:
        """The tree's width: its labels whole, or the wider width the user left it at."""
        need = max(TREE_MIN, min(self.tree.preferred_width(), TREE_MAX))
        left = max(need, min(prefs.int_value(settings.KEY_ROSTER_TREE_WIDTH, 0), TREE_MAX))
        left = int(max(TREE_MIN, min(left, width * TREE_MAX_SHARE)))
        self.ui.splitter.setSizes([left, max(width - left, 1)])

    def _splitter_moved(self, _pos: int, _index: int) -> None:
        # Remembered for the next start; a width below the labels' is not brought back then.
        prefs.set_value(settings.KEY_ROSTER_TREE_WIDTH, self.ui.splitter.sizes()[0])

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.ui.peopleTable.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(obj, event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        # The first time the tab is shown its real width is known: give the tree its share of it.
        if not self._split_done:
            self._split_done = True
            self._split(self.ui.splitter.width())
        super().showEvent(event)

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        """Re-read the tree and the table (after a write elsewhere, or a restore)."""
        keep = self.selected_person()
        self._load_tree()
        # The node selected may be gone (a restore, an undone import, another office's change):
        # the tree then falls back to the root, and the table must follow it, not the old node.
        self.model.set_filter(self.current_filter())
        self._after_query(keep.id if keep else None)

    def _load_tree(self) -> None:
        self.tree.load()
        self._update_buttons()

    def _org_changed(self) -> None:
        # A renamed unit shows in every row that names it: re-read the table too, filtered by
        # the node the tree shows now.
        keep = self.selected_person()
        self.model.set_filter(self.current_filter())
        self._after_query(keep.id if keep else None)
        self.changed.emit()

    def _files_changed(self) -> None:
        self.reload()
        self.changed.emit()

    # ------------------------------------------------------------ filtering

    def current_filter(self) -> PersonFilter:
        ui = self.ui
        fields = (self.tree.current_node() or ALL).filter_fields()
        return replace(
            self.model.filter,
            text=ui.searchEdit.text().strip(),
            political=self._statuses(),
            include_archived=ui.archivedCheck.isChecked(),
            branch_id=fields["branch_id"],
            unit_id=fields["unit_id"],
        )

    def _statuses(self) -> tuple[PoliticalStatus, ...]:
        return POLITICAL_FILTERS[max(self.ui.politicalCombo.currentIndex(), 0)][1]

    def apply_filter(self) -> None:
        """Re-query with what the filter bar and the tree say (the search box calls it debounced)."""
        self._search_timer.stop()
        keep = self.selected_person()
        self.model.set_filter(self.current_filter())
        self._after_query(keep.id if keep else None)

    def _on_tree_current(self, current, _previous) -> None:
        self._update_buttons()
        if current is not None:
            self.apply_filter()

    def _after_query(self, select_id: int | None = None) -> None:
        if not self._sized and self.model.rowCount():
            self._size_columns()
        self._fitting = True  # hiding a column is not the user sizing one
        try:
            # Inside one branch (or one of its units) every row names the same branch: hide that column.
            self.ui.peopleTable.setColumnHidden(COL_BRANCH, self.model.filter.branch_id is not None)
            # 已归档 has its own column, there only when archived people may be listed.
            self.ui.peopleTable.setColumnHidden(COL_STATUS, not self.model.filter.include_archived)
        finally:
            self._fitting = False
        self._fit_columns()
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
        """Measure the columns on the first page once; :meth:`_fit_columns` sets the widths."""
        table = self.ui.peopleTable
        header = table.horizontalHeader()
        for col in range(self.model.columnCount()):
            # The rows' text (Qt's header hint would add a sort arrow's room to every column),
            # the header's text, and room for the sort arrow where the column sorts.
            room = 36 if self.model.is_sortable(col) else 20
            need = header.fontMetrics().horizontalAdvance(self.model.COLUMNS[col].title) + room
            self._natural[col] = min(max(table.sizeHintForColumn(col), need), COLUMN_MAX)
        # 状态 may be measured while no archived row is listed: room for 已归档 (italic) anyway.
        self._natural[COL_STATUS] = max(self._natural[COL_STATUS], table.fontMetrics().horizontalAdvance(ARCHIVED) + 28)
        self._sized = True
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The natural widths; where they do not fit, 所属支部, 区队/班组 and 岗位 give up room
        (elided) so the table needs no horizontal scroll bar. Not once the user sized a column."""
        if not self._natural or self._user_sized:
            return
        table = self.ui.peopleTable
        visible = [c for c in range(self.model.columnCount()) if not table.isColumnHidden(c)]
        widths = {c: self._natural[c] for c in visible}
        room = table.viewport().width() - 2
        excess = sum(widths.values()) - room
        give = {c: widths[c] - ELIDE_MIN for c in ELIDABLE if c in widths and widths[c] > ELIDE_MIN}
        if excess > 0 and give:
            total = sum(give.values())
            for c, g in give.items():
                widths[c] -= min(g, -(-excess * g // total))
        self._fitting = True
        try:
            for c, w in widths.items():
                table.horizontalHeader().resizeSection(c, w)
        finally:
            self._fitting = False

    def _section_resized(self, _col: int, _old: int, _new: int) -> None:
        # The user drags a header edge (a mouse button is down); the last column stretching is not him.
        if not self._fitting and self._natural and QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._user_sized = True

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

    def show_target(self, target: WorkTarget) -> None:
        """A 工作台 item: its ``person``, selected."""
        if target.kind == "person" and target.record_id is not None:
            self.show_person(target.record_id)

    def _show_everyone_in_tree(self) -> None:
        root = self.tree.root()
        if root is not None:
            self.ui.orgTree.setCurrentItem(root)

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
            if not self._search_finds(ui.searchEdit.text(), p):
                ui.searchEdit.clear()
            if not self.tree.holds(p):
                self._show_everyone_in_tree()
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
            self._show_everyone_in_tree()
            self.apply_filter()
            i = self.model.find_row(person_id, load=True)
        if i is not None:
            self._select_row(i)
        self._update_buttons()

    @staticmethod
    def _search_finds(text: str, p: PersonRow) -> bool:
        """Whether the search box still lists ``p`` (so saving 张伟 while "zw" is typed keeps it)."""
        text = text.strip().casefold()
        if not text or any(text in (v or "").casefold() for v in (p.name, p.employee_no, p.post, p.phone)):
            return True
        if text.isascii() and text.isalpha():
            from dangjian_desktop.domain.pinyin import name_key  # pypinyin: only when it matters

            return f"|{text}" in f"|{name_key(p.name)}"
        return False

    def _update_buttons(self) -> None:
        ui = self.ui
        write = self.ctx.actor.can_write
        p = self.selected_person() if hasattr(self, "model") else None
        ui.addButton.setEnabled(write and self.tree.has_branches())
        ui.emptyHint.setVisible(not self.tree.has_branches())  # an empty database: a 支部 comes first
        ui.emptyAddBranchButton.setEnabled(write)
        ui.editButton.setEnabled(p is not None)
        ui.archiveButton.setEnabled(write and p is not None and p.archived_at is None)
        ui.restoreButton.setEnabled(write and p is not None and p.archived_at is not None)
        ui.importButton.setEnabled(write)
        ui.historyButton.setEnabled(True)  # anyone may look; undo inside asks for write
        ui.templateButton.setEnabled(True)
        ui.exportButton.setEnabled(self.model.total > 0 if hasattr(self, "model") else False)
        self.tree.update_buttons()

    def _message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self._message_timer.start()  # a child timer: it dies with the tab, never fires on a deleted label

    # ------------------------------------------------------------ people

    def add_person(self) -> None:
        if not self.ctx.actor.can_write:
            return
        fields = (self.tree.current_node() or ALL).filter_fields()
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
        dlg.finished.connect(self._archive_dialog_closed)
        dlg.open()

    def _archive_dialog_closed(self) -> None:
        dlg, self.archive_dialog = self.archive_dialog, None
        if dlg is not None:
            dlg.deleteLater()

    def _archive(self, p: PersonRow, reason: str) -> None:
        try:
            roster.archive_person(self.ctx, p.id, p.version, reason)
        except DomainError as err:
            QMessageBox.warning(self, "未能归档", err.message)
            self.reload()
            return
        self.reload()
        self._focus_table()
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
        self._focus_table()
        self._message(f"已恢复：{p.name}")
        self.changed.emit()

    def _focus_table(self) -> None:
        """Back to the list: the button just used is disabled now, and Qt would pass the focus
        on to the next one (导入…, where Enter would start an import)."""
        self.ui.peopleTable.setFocus(Qt.FocusReason.OtherFocusReason)

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

    # ------------------------------------------------------------ organisation (the tree does the work)

    def add_branch(self) -> None:
        self.tree.add_branch()

    def add_unit(self) -> None:
        self.tree.add_unit()

    def rename_unit(self) -> None:
        self.tree.rename_unit()

    # ------------------------------------------------------------ files (RosterFiles does the work)

    @property
    def import_dialog(self):
        """The import dialog while one is open (tests reach it here)."""
        return self.files.import_dialog

    @property
    def history_dialog(self):
        """The 导入记录 dialog while one is open."""
        return self.files.history_dialog

    def open_import(self) -> None:
        self.files.open_import()

    def save_template(self) -> None:
        self.files.save_template()

    def export_roster(self) -> None:
        """导出名册 for what the tree, the filter bar and the search box select now."""
        self.files.export_roster(self.current_filter())

    def show_import_history(self) -> None:
        self.files.show_history()

    def undo_last_import(self) -> None:
        self.files.undo_last_import()
