"""The preview of a roster import: plain frozen results the dialog, the CLI and the error
workbook read (``services.roster_import`` makes them and re-exports them)."""

from __future__ import annotations

from dataclasses import dataclass

from dangjian_desktop.domain.roster_rules import PersonInput

ADD, UPDATE = "新增", "更新"


@dataclass(frozen=True)
class RowError:
    """Everything wrong with one row; ``row`` as Excel shows it (the header is row 1)."""

    row: int
    name: str  # the row's 姓名 for messages, cut to a readable length
    reasons: tuple[str, ...]
    columns: tuple[str, ...] = ()  # canonical columns at fault
    cells: tuple[int, ...] = ()  # their positions in the source row (0-based), for highlighting


@dataclass(frozen=True)
class PlannedRow:
    """A person the import will add or update."""

    row: int
    action: str  # ADD | UPDATE
    data: PersonInput  # unit_id is None while unit_path names a unit the import creates
    person_id: int | None
    changes: tuple[str, ...]  # for an update: "岗位：采煤 → 检修"
    branch: str = ""
    unit: str | None = None  # "综采二区 / 检修班"
    unit_path: tuple[str, ...] = ()  # set when the unit (or team) is created by the import
    version: int | None = None  # the person's version at preview, for an update


@dataclass(frozen=True)
class ImportPlan:
    """The preview: what an import of the file would do, or every reason it cannot.

    It keeps the file's rows as read, so the import checks exactly what was previewed, and
    a refused file can be written back as an error workbook.
    """

    file_name: str
    columns: tuple[str, ...]  # recognised columns, canonical names, in file order
    ignored_columns: tuple[str, ...]
    rows: tuple[PlannedRow, ...]
    errors: tuple[RowError, ...]
    source_rows: tuple[tuple[str, ...], ...]  # every data row of the file as text
    header: tuple[str, ...]  # the header as written in the file
    header_row: int
    source_row_numbers: tuple[int, ...]  # Excel row number of each source row
    unchanged: tuple[int, ...] = ()  # rows of people already on the roster with the same data
    notes: tuple[str, ...] = ()  # "将新建区队：…"
    skipped: tuple[tuple[int, str], ...] = ()  # (row, what it says): 合计, 制表人 … lines, not people

    @property
    def ok(self) -> bool:
        """Nothing wrong and something to write."""
        return not self.errors and bool(self.rows)

    @property
    def to_add(self) -> int:
        return sum(1 for r in self.rows if r.action == ADD)

    @property
    def to_update(self) -> int:
        return sum(1 for r in self.rows if r.action == UPDATE)

    def error_of_row(self) -> dict[int, RowError]:
        """Row number (as Excel shows it) → its error."""
        return {e.row: e for e in self.errors}

    def numbered_rows(self) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """(Excel row number, cells) of every data row of the file."""
        return tuple(zip(self.source_row_numbers, self.source_rows, strict=True))

    def summary(self) -> str:
        """One line for the preview: the counts, or that nothing was imported."""
        if self.errors:
            return f"{len(self.errors)} 行有错误，未导入任何数据"
        text = f"将新增 {self.to_add} 人，更新 {self.to_update} 人"
        text += f"，{len(self.unchanged)} 人无变化" if self.unchanged else ""
        return text + (f"，跳过 {len(self.skipped)} 行非人员行" if self.skipped else "")

    def skipped_text(self) -> str:
        """“跳过的非人员行：第 12 行（合计 25人）、第 13 行（制表人：王芳）”; empty when none."""
        if not self.skipped:
            return ""
        return "跳过的非人员行：" + "、".join(f"第 {n} 行（{what}）" for n, what in self.skipped)
