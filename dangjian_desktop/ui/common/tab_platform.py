"""The tab platform: how an area tab is described, built the first time it is needed, and
reached from the menus and the 工作台.

An area tab (人员, 安全承诺, 隐患台账 …) is a QWidget that has what :class:`AreaTab` names. One
:class:`TabSpec` in ``ui/tabs.py`` describes it: its title, the module that holds it and a
function importing it, its menu items (:class:`TabAction`) and the kinds of 工作台 target it
shows. The :class:`TabHost` gives each spec an empty page in the main window's QTabWidget and,
the first time the page is shown (or one of its menu items or targets is used), imports the
tab's module and creates the tab inside it. So the window starts at the cost of the 工作台
alone, however many areas follow, and adding a tab never touches the main window.

A tab that links to another area's record (思想动态's 调整包保… → 结对帮扶) has an
``openTarget = Signal(object)`` (:class:`OpensTargets`) and emits a :class:`WorkTarget` on it;
the host routes it as it routes the 工作台's: to the tab whose spec accepts that kind, built
and switched to first. The tab never imports the other one.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QTabWidget, QVBoxLayout, QWidget

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.services.uow import Actor, Ctx

if TYPE_CHECKING:  # services.worklist imports every area's sources: not needed to start
    from dangjian_desktop.services.worklist import WorkTarget


class AreaTab(Protocol):
    """What the main window needs of an area tab (which is a QWidget besides)."""

    @property
    def changed(self) -> SignalInstance:
        """Emitted after the tab wrote something: the 工作台 is checked again."""
        ...

    def reload(self) -> None:
        """Read everything again (F5, after a restore or the demo)."""
        ...

    def show_target(self, target: WorkTarget) -> None:
        """Show the record a 工作台 item points at (one of the spec's ``targets`` kinds)."""
        ...


class OpensTargets(Protocol):
    """What a tab that opens other tabs' records has besides (optional: most tabs have not)."""

    @property
    def openTarget(self) -> SignalInstance:  # noqa: N802 (the Qt name of a signal)
        """Emitted with a :class:`WorkTarget`: show it in the tab that accepts its kind."""
        ...


def target_signal(tab: object) -> SignalInstance | None:
    """The tab's ``openTarget`` signal, None if it has none."""
    signal = getattr(tab, "openTarget", None)
    return signal if isinstance(signal, SignalInstance) else None


class Access(enum.Enum):
    """Who may use a menu item (the services refuse the rest anyway)."""

    ANYONE = "anyone"
    WRITER = "writer"  # 书记 and 委员
    SECRETARY = "secretary"

    def allows(self, actor: Actor) -> bool:
        if self is Access.WRITER:
            return actor.can_write
        if self is Access.SECRETARY:
            return actor.is_secretary
        return True


T = TypeVar("T", bound=AreaTab)


@dataclass(frozen=True)
class TabAction(Generic[T]):
    """A menu item that does a tab's work; the tab is built first if it was not yet."""

    key: str  # stable: the QAction's object name is action_<tab key>_<key>
    menu: str  # the title of the menu it is in: 文件 …
    text: str
    run: Callable[[T], None]
    tip: str = ""  # the status-bar line
    shortcut: str = ""
    access: Access = Access.ANYONE


@dataclass(frozen=True)
class TabSpec(Generic[T]):
    """One area tab. ``load`` imports ``module`` and returns the tab's class (or any factory
    taking the context, the parent page and ``today``, the window's clock, so that a test's
    fixed date reaches every tab); nothing of the tab is imported before."""

    key: str
    title: str
    module: str
    load: Callable[[], Callable[[Ctx, QWidget, Callable[[], date]], T]]
    actions: tuple[TabAction[T], ...] = ()
    targets: frozenset[str] = frozenset()  # the WorkTarget kinds its show_target() shows


class TabPage(QWidget):
    """The page a tab sits on in the QTabWidget: empty until the tab is built."""

    def __init__(self, spec: TabSpec[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.tab: AreaTab | None = None
        self.error: str | None = None  # why it could not be built, the last time it was tried
        self._error_label: QLabel | None = None
        self.setObjectName(f"page_{spec.key}")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_tab(self, tab: AreaTab) -> None:
        if not isinstance(tab, QWidget):
            raise TypeError(f"{self.spec.key}: an area tab must be a QWidget, not {type(tab).__name__}")
        if self._error_label is not None:
            self._error_label.deleteLater()
            self._error_label = None
        self.error = None
        self._layout.addWidget(tab)
        tab.show()  # a child added to a page on screen stays hidden until told (Qt's rule)
        self.tab = tab

    def set_error(self, text: str) -> None:
        """Why the tab could not be built, said in place (F5 tries again)."""
        self.error = text
        if self._error_label is None:
            self._error_label = QLabel(self)
            self._error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._error_label.setWordWrap(True)
            self._layout.addWidget(self._error_label)
        self._error_label.setText(text)


class TabHost(QObject):
    """The area tabs of one main window: their pages, their menu items, built on first need."""

    #: A built tab wrote something (its ``changed``).
    changed = Signal()
    #: A tab's ``openTarget`` named a kind no tab accepts (the window says so).
    unrouted = Signal(object)

    def __init__(self, tab_widget: QTabWidget, ctx: Ctx, specs: Sequence[TabSpec[Any]],
                 menu: Callable[[str], QMenu], parent: QObject | None = None,
                 today: Callable[[], date] = date.today) -> None:
        """``menu(title)`` returns the menu of that title (made if the window has none)."""
        super().__init__(parent)
        self.tab_widget = tab_widget
        self.ctx = ctx
        self.today = today
        self.pages: dict[str, TabPage] = {}
        self.actions: dict[tuple[str, str], QAction] = {}
        keys = [s.key for s in specs]
        if len(set(keys)) != len(keys):
            raise ValueError(f"two tabs with one key: {keys}")
        for spec in specs:
            page = TabPage(spec, tab_widget)
            self.pages[spec.key] = page
            tab_widget.addTab(page, self.tr(spec.title))
        self._add_actions(specs, menu)
        tab_widget.currentChanged.connect(self._current_changed)

    # ------------------------------------------------------------ menus

    def _add_actions(self, specs: Sequence[TabSpec[Any]], menu: Callable[[str], QMenu]) -> None:
        """Each menu gets the tabs' items at its top, a group per tab, then a separator before
        its own items (文件: 导入人员名册… … ── 备份数据…)."""
        groups: dict[str, list[list[QAction]]] = {}
        for spec in specs:
            mine: dict[str, list[QAction]] = {}
            for action in spec.actions:
                mine.setdefault(action.menu, []).append(self._make_action(spec, action))
            for title, actions in mine.items():
                groups.setdefault(title, []).append(actions)
        for title, tab_groups in groups.items():
            m = menu(title)
            own = m.actions()
            anchor = own[0] if own else None
            for i, actions in enumerate(tab_groups):
                if i:
                    self._separator(m, anchor)
                for qaction in actions:
                    if anchor is None:
                        m.addAction(qaction)
                    else:
                        m.insertAction(anchor, qaction)
            if anchor is not None and not anchor.isSeparator():
                self._separator(m, anchor)

    @staticmethod
    def _separator(m: QMenu, before: QAction | None) -> None:
        if before is None:
            m.addSeparator()
        else:
            m.insertSeparator(before)

    def _make_action(self, spec: TabSpec[Any], action: TabAction[Any]) -> QAction:
        qaction = QAction(self.tr(action.text), self.tab_widget.window())
        qaction.setObjectName(f"action_{spec.key}_{action.key}")
        if action.tip:
            qaction.setStatusTip(self.tr(action.tip))
        if action.shortcut:
            qaction.setShortcut(QKeySequence(action.shortcut))
        qaction.setEnabled(action.access.allows(self.ctx.actor))
        qaction.triggered.connect(lambda _checked=False, s=spec, a=action: self.run(s.key, a.key))
        self.actions[(spec.key, action.key)] = qaction
        return qaction

    def action(self, tab_key: str, action_key: str) -> QAction:
        """The QAction of a tab's menu item."""
        return self.actions[(tab_key, action_key)]

    def run(self, tab_key: str, action_key: str) -> None:
        """Do a menu item's work: its tab built and shown first."""
        page = self.pages[tab_key]
        action = next(a for a in page.spec.actions if a.key == action_key)
        if not action.access.allows(self.ctx.actor):
            return
        tab = self.show(tab_key)
        if tab is not None:
            action.run(tab)

    # ------------------------------------------------------------ building and showing

    def _current_changed(self, index: int) -> None:
        page = self.tab_widget.widget(index)
        if isinstance(page, TabPage) and page.tab is None:
            self._build(page)

    def _build(self, page: TabPage) -> AreaTab | None:
        """Import the tab's module and create it on its page; None (and the reason on the page)
        when the database could not be read."""
        if page.tab is not None:
            return page.tab
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            tab = page.spec.load()(self.ctx, page, self.today)
        except DomainError as err:
            page.set_error(self.tr("“{t}”暂时无法打开：{m}\n\n按 F5 重试。").format(t=page.spec.title, m=err.message))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        page.set_tab(tab)
        tab.changed.connect(self.changed)
        opens = target_signal(tab)
        if opens is not None:
            opens.connect(self._tab_opens)
        return tab

    def _tab_opens(self, target: WorkTarget) -> None:
        """A tab asked for another tab's record (its ``openTarget``)."""
        if not self.open_target(target):
            self.unrouted.emit(target)

    def is_built(self, key: str) -> bool:
        return self.pages[key].tab is not None

    def tab(self, key: str) -> AreaTab:
        """The tab, built now if it was not (not shown); DomainError if it cannot be."""
        page = self.pages[key]
        tab = self._build(page)
        if tab is None:
            raise DomainError(page.error or page.spec.title)
        return tab

    def show(self, key: str) -> AreaTab | None:
        """Switch to the tab (building it); None if it could not be built (it says why)."""
        page = self.pages[key]
        if self.tab_widget.currentWidget() is page:
            return self._build(page)
        self.tab_widget.setCurrentWidget(page)  # builds it (currentChanged)
        return page.tab

    def accepting(self, target: WorkTarget) -> TabSpec[Any] | None:
        """The spec of the tab that shows this kind of target."""
        return next((p.spec for p in self.pages.values() if target.kind in p.spec.targets), None)

    def open_target(self, target: WorkTarget) -> bool:
        """Switch to the tab that accepts ``target`` and show it there; False if no tab does."""
        spec = self.accepting(target)
        if spec is None:
            return False
        tab = self.show(spec.key)
        if tab is not None:
            tab.show_target(target)
        return True

    def reload(self) -> None:
        """F5: the tabs built so far read again (the others read when first shown); a tab that
        could not be built is tried again if it is the one on screen."""
        for page in self.pages.values():
            if page.tab is not None:
                page.tab.reload()
            elif page.error is not None and self.tab_widget.currentWidget() is page:
                self._build(page)

    def built_tabs(self) -> Mapping[str, AreaTab]:
        return {k: p.tab for k, p in self.pages.items() if p.tab is not None}
