"""The organisation tree of the 人员 tab: committee → branches → 区队 → 班组, and its writes.

:class:`OrgTree` drives the tab's ``QTreeWidget`` and the three buttons under it (新增支部,
新增区队/班组, 重命名). It reads through ``services.roster.org_tree`` and writes through
``create_branch`` / ``create_unit`` / ``rename_unit``; the tab listens to ``changed`` (after a
write) and ``message`` (a line for its status label), and asks :meth:`OrgTree.current_node`
which people to list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox, QPushButton, QTreeWidget, QTreeWidgetItem

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.services import roster
from dangjian_desktop.services.roster import BranchNode, PersonRow, UnitNode
from dangjian_desktop.services.uow import Ctx

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


ALL = OrgNode("all")


class OrgTree(QObject):
    """The tree widget, its buttons and its context menu, over ``services.roster``."""

    #: After a branch or unit was added or renamed.
    changed = Signal()
    #: A short line for the tab's status label ("已新增支部：…").
    message = Signal(str)

    def __init__(self, ctx: Ctx, tree: QTreeWidget, add_branch: QPushButton, add_unit: QPushButton,
                 rename: QPushButton, parent: QObject | None = None, delete: QPushButton | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tree = tree
        self.add_branch_button, self.add_unit_button, self.rename_button = add_branch, add_unit, rename
        self.delete_button = delete
        add_branch.clicked.connect(self.add_branch)
        add_unit.clicked.connect(self.add_unit)
        rename.clicked.connect(self.rename_unit)
        if delete is not None:
            delete.clicked.connect(self.delete_node)
        tree.customContextMenuRequested.connect(self._menu)
        tree.currentItemChanged.connect(lambda *_: self.update_buttons())

    # ------------------------------------------------------------ reading

    def load(self) -> None:
        """Re-read the tree, keeping the current node selected (the root if it is gone).

        Signals are blocked meanwhile: refilling is not the user choosing another node.
        """
        tree = self.tree
        current = self.current_node()
        tree.blockSignals(True)
        tree.clear()
        branches = roster.org_tree(self.ctx)
        committees: dict[str, list[BranchNode]] = {}
        for b in branches:
            committees.setdefault(b.committee, []).append(b)
        total = sum(b.people for b in branches)
        root = QTreeWidgetItem([f"{'、'.join(committees) or roster.DEFAULT_COMMITTEE}（全部 {total} 人）"])
        root.setData(0, NODE_ROLE, ALL)
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
        select = self.find_item(current) if current else None
        tree.setCurrentItem(select or root)
        tree.blockSignals(False)
        self.update_buttons()

    def _add_unit_item(self, parent: QTreeWidgetItem, branch_id: int, u: UnitNode) -> None:
        item = QTreeWidgetItem([f"{u.name}（{u.people}人）"])
        item.setData(0, NODE_ROLE, OrgNode("team" if u.parent_id else "unit", u.id, branch_id, u.parent_id))
        item.setToolTip(0, f"{u.kind.value}：{u.name}，{u.people} 人")
        parent.addChild(item)
        for t in u.teams:
            self._add_unit_item(item, branch_id, t)

    def find_item(self, node: OrgNode) -> QTreeWidgetItem | None:
        def walk(item: QTreeWidgetItem | None) -> QTreeWidgetItem | None:
            if item is None:
                return None
            n: OrgNode = item.data(0, NODE_ROLE)
            if n.kind == node.kind and n.id == node.id:
                return item
            for i in range(item.childCount()):
                found = walk(item.child(i))
                if found:
                    return found
            return None

        for i in range(self.tree.topLevelItemCount()):
            found = walk(self.tree.topLevelItem(i))
            if found:
                return found
        return None

    def current_node(self) -> OrgNode | None:
        item = self.tree.currentItem()
        return item.data(0, NODE_ROLE) if item is not None else None

    def root(self) -> QTreeWidgetItem | None:
        return self.tree.topLevelItem(0)

    def preferred_width(self) -> int:
        """The width that shows every label whole: the widest item with its indentation, the
        frame and room for a vertical scroll bar."""
        tree = self.tree
        return tree.sizeHintForColumn(0) + 2 * tree.frameWidth() + tree.verticalScrollBar().sizeHint().width() + 12

    def has_branches(self) -> bool:
        root = self.root()
        return root is not None and root.childCount() > 0

    def holds(self, p: PersonRow) -> bool:
        """Whether the current node lists ``p`` (a unit lists the people of its teams too)."""
        item = self.tree.currentItem()
        node: OrgNode = item.data(0, NODE_ROLE) if item else ALL
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
            if it is None:
                continue
            ids.add(it.data(0, NODE_ROLE).id)
            stack += [it.child(i) for i in range(it.childCount())]
        return p.unit_id in ids

    def update_buttons(self) -> None:
        write = self.ctx.actor.can_write
        node = self.current_node()
        self.add_branch_button.setEnabled(write)
        self.add_unit_button.setEnabled(write and node is not None and node.kind in ("branch", "unit"))
        self.rename_button.setEnabled(write and node is not None)  # the root renames the committee
        if self.delete_button is not None:
            self.delete_button.setEnabled(write and node is not None and node.kind in ("branch", "unit", "team"))

    # ------------------------------------------------------------ writing

    def _menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        if item is not None:
            self.tree.setCurrentItem(item)
        menu = QMenu(self.tree)
        buttons = (self.add_branch_button, self.add_unit_button, self.rename_button, self.delete_button)
        for button in filter(None, buttons):
            act = menu.addAction(button.text(), button.click)
            act.setEnabled(button.isEnabled())
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _ask_name(self, title: str, label: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(self.tree, title, label, QLineEdit.EchoMode.Normal, text)
        name = name.strip()
        return name if ok and name else None

    def _write(self, op: Callable[[], object], done: str, select: OrgNode | None = None) -> None:
        try:
            new_id = op()
        except DomainError as err:
            QMessageBox.warning(self.tree, "未保存", err.message)
            return
        self.load()
        if select is not None:
            item = self.find_item(replace(select, id=select.id if select.id is not None or not isinstance(new_id, int)
                                              else new_id))
            if item is not None:
                self.tree.setCurrentItem(item)
        self.message.emit(done)
        self.changed.emit()

    def add_branch(self) -> None:
        name = self._ask_name("新增支部", "支部名称（如：综采二区党支部）：")
        if name:
            self._write(lambda: roster.create_branch(self.ctx, name), f"已新增支部：{name}", OrgNode("branch"))

    def add_unit(self) -> None:
        node = self.current_node()
        item = self.tree.currentItem()
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
            self._write(lambda: roster.create_unit(self.ctx, branch_id, name, parent_id),
                        f"已新增：{name}", OrgNode(kind))

    def rename_unit(self) -> None:
        """Rename the current node: the committee (the root), a branch, a 区队 or a 班组."""
        node = self.current_node()
        item = self.tree.currentItem()
        if node is None or item is None:
            return
        if node.kind == "all":
            old = roster.committee_name(self.ctx)
            new = self._ask_name("重命名党委", "党委名称：", old)
            if new and new != old:
                committee = new
                self._write(lambda: roster.rename_committee(self.ctx, committee), f"已改名：{old} → {new}", node)
            return
        if node.id is None:
            return
        old = item.text(0).split("（")[0]
        name = self._ask_name("重命名", f"“{old}”的新名称：", old)
        if name and name != old:
            nid = node.id
            if node.kind == "branch":
                op: Callable[[], object] = lambda: roster.rename_branch(self.ctx, nid, name)  # noqa: E731
            else:
                op = lambda: roster.rename_unit(self.ctx, nid, name)  # noqa: E731
            self._write(op, f"已改名：{old} → {name}", node)

    def delete_node(self) -> None:
        """Delete the current branch, 区队 or 班组 after asking; the service refuses one that holds
        people, units, zones or records, and says what it holds."""
        node = self.current_node()
        item = self.tree.currentItem()
        if node is None or item is None or node.id is None or node.kind not in ("branch", "unit", "team"):
            return
        what = {"branch": "支部", "unit": "区队", "team": "班组"}[node.kind]
        name = item.text(0).split("（")[0]
        if QMessageBox.question(self.tree, f"删除{what}", f"删除{what}“{name}”？",
                                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        nid = node.id
        if node.kind == "branch":
            op: Callable[[], object] = lambda: roster.delete_branch(self.ctx, nid)  # noqa: E731
            parent = ALL
        else:
            op = lambda: roster.delete_unit(self.ctx, nid)  # noqa: E731
            parent = OrgNode("unit", node.parent_id) if node.parent_id else OrgNode("branch", node.branch_id)
        self._write(op, f"已删除{what}：{name}", parent)
