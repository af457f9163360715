"""Table models shared by the tabs: a lazy, paged model over a SQL-backed service, and a
small in-memory one.

``PagedTableModel`` is for lists that can grow (the roster, 100,000 hazards): the service
filters, sorts and pages in SQL; the model holds only the pages the view has scrolled to
(``canFetchMore``/``fetchMore``, 200 rows a page) and re-queries when the filter or the sort
changes. Each row is the frozen dataclass the service returns; no item object per cell.

A subclass declares ``COLUMNS`` (a :class:`Column` per ``COL_*`` index) and ``display()``;
the callables it is given are the services:

- ``count(filter) -> int``
- ``fetch(filter, offset, limit, sort_key, descending) -> Sequence[row]``
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

F = TypeVar("F")  # the filter the services take
R = TypeVar("R")  # the frozen row dataclass they return

Index = QModelIndex | QPersistentModelIndex

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

#: The role under which every model here answers the row's database id.
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    """One column: its header, the service's sort key (None: not sortable), its alignment."""

    title: str
    sort_key: Any = None
    align: Qt.AlignmentFlag = ALIGN_LEFT


class PagedTableModel(QAbstractTableModel, Generic[F, R]):
    """Lazy rows of a SQL query, one page at a time; filtering and sorting happen in SQL."""

    COLUMNS: ClassVar[tuple[Column, ...]] = ()
    PAGE_SIZE: ClassVar[int] = 200
    DEFAULT_SORT_COLUMN: ClassVar[int] = 0

    #: Emitted after a re-query (filter, sort or refresh): the new total.
    reset_done = Signal(int)

    def __init__(
        self,
        count: Callable[[F], int],
        fetch: Callable[[F, int, int, Any, bool], Sequence[R]],
        initial_filter: F,
        parent: Any = None,
        load: bool = True,
    ) -> None:
        super().__init__(parent)
        self._count = count
        self._fetch = fetch
        self._filter: F = initial_filter
        self._rows: list[R] = []
        self._total = 0
        self._sort_column = self.DEFAULT_SORT_COLUMN
        self._descending = False
        if load:
            self.refresh()

    # ------------------------------------------------------------ to override

    def display(self, row: R, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: R, column: int) -> str | None:
        return None

    def foreground(self, row: R, column: int) -> QBrush | None:
        return None

    def row_id(self, row: R) -> int:
        return row.id  # type: ignore[attr-defined]

    # ------------------------------------------------------------ state

    @property
    def filter(self) -> F:
        return self._filter

    @property
    def total(self) -> int:
        """How many rows the query has in all (not only the pages loaded)."""
        return self._total

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.COLUMNS) and self.COLUMNS[column].sort_key is not None

    def set_filter(self, new_filter: F) -> None:
        self._filter = new_filter
        self.refresh()

    def refresh(self) -> None:
        """Re-run the query from the first page (after a write, or a filter or sort change)."""
        self.beginResetModel()
        try:
            self._total = self._count(self._filter)
            self._rows = []
            if self._total:
                self._rows = list(self._page(0))
                if len(self._rows) < self.PAGE_SIZE:
                    # The data changed between count and fetch: trust what came back.
                    self._total = len(self._rows)
        finally:
            self.endResetModel()
        self.reset_done.emit(self._total)

    def _page(self, offset: int) -> Sequence[R]:
        key = self.COLUMNS[self._sort_column].sort_key if self.COLUMNS else None
        return self._fetch(self._filter, offset, self.PAGE_SIZE, key, self._descending)

    def row_at(self, i: int) -> R:
        return self._rows[i]

    def find_row(self, row_id: int, load: bool = False) -> int | None:
        """The row number of ``row_id``; with ``load``, fetch further pages until found."""
        while True:
            for i, r in enumerate(self._rows):
                if self.row_id(r) == row_id:
                    return i
            if not (load and self.canFetchMore(QModelIndex())):
                return None
            self.fetchMore(QModelIndex())

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        more = list(self._page(len(self._rows)))
        if not more:
            self._total = len(self._rows)  # fewer rows than counted: someone deleted some
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
        if len(more) < self.PAGE_SIZE:
            self._total = len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.COLUMNS[col].align)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, col)
        if role == ID_ROLE:
            return self.row_id(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.COLUMNS[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.COLUMNS[section].align)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL; a column without a sort key keeps the current order."""
        if not self.is_sortable(column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending) and self._rows:
            return
        self._sort_column, self._descending = column, descending
        self.refresh()


@dataclass(frozen=True)
class ListColumn:
    """A column of a :class:`ListTableModel`: header, how to show a row, alignment."""

    title: str
    text: Callable[[Any], str]
    align: Qt.AlignmentFlag = ALIGN_LEFT
    tooltip: Callable[[Any], str | None] | None = None


class ListTableModel(QAbstractTableModel):
    """A few thousand rows already in memory (an import preview): no paging, no sorting."""

    def __init__(self, columns: Sequence[ListColumn], rows: Sequence[Any] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows = list(rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, i: int) -> Any:
        return self._rows[i]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        col, row = self._columns[index.column()], self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip(row) if col.tooltip else col.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.ToolTipRole:  # the whole title, without a line break
                return self._columns[section].title.replace("\n", "")
        return None
