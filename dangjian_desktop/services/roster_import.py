"""人员名册导入: read an Excel (.xlsx) or CSV roster, preview it, import it all-or-nothing, undo.

``plan_import`` reads the file and checks every row against the database without writing (the
preview, with every bad row and its reasons); ``apply_import`` checks the same rows again inside
one transaction and writes all of them or nothing; ``undo_last_import`` reverses the newest
import while nothing depends on it. ``import_file`` is the command line's plan-then-apply.

Rules the secretary can rely on (the template's 填写说明 sheet says the same):

- The header is the first non-empty row (or, below a few title lines, the first row naming
  姓名 and 工号); columns in any order, common aliases understood
  (``HEADER_ALIASES``), unknown columns ignored and listed in the plan. 姓名 and 工号 are required.
  Separate 区队 and 班组 columns are read together as 区队/班组.
- A row whose 工号 belongs to a person with the same name updates that person (an archived one
  is restored); with another name it is an error. A row that changes nothing is skipped.
- An empty cell never erases: for an update it keeps the stored value; a new person with an
  empty 政治面貌 is 群众.
- 所属支部 names an existing branch (the full name, or without “党支部”/“支部”). It may be left
  empty when the database holds exactly one branch, and for an update (the person stays put).
- 区队/班组 is written “综采二区” or “综采二区/检修班” (also “ / ”), or a team's own name when only
  one unit of the branch has it. An unknown 区队 or 班组 is created under the branch and listed
  in the plan as “将新建区队：…”: an HR roster often names units the program has not got yet,
  and refusing it would make the secretary type them all in first. Their ids are kept in the
  import's audit entry, so the undo removes them again when nothing else uses them.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dangjian_desktop.domain import Base
from dangjian_desktop.domain.base import utcnow
from dangjian_desktop.domain.errors import ConflictError, ValidationError
from dangjian_desktop.domain.org import Branch, Gender, Person, PoliticalStatus, UnitKind, WorkUnit
from dangjian_desktop.domain.roster_rules import (
    PersonInput,
    parse_date,
    parse_gender,
    parse_political_status,
    person_problems,
)
from dangjian_desktop.domain.security import AuditEntry, ImportBatch, ImportChange

from . import audit
from .uow import Actor, Ctx

ROSTER_COLUMNS: tuple[str, ...] = ("姓名", "性别", "工号", "所属支部", "区队/班组", "岗位", "政治面貌", "入党日期", "联系电话")
REQUIRED_COLUMNS: tuple[str, ...] = ("姓名", "工号")

_UNIT_ALIASES = ("区队", "部门", "单位", "车间", "工区", "所在单位", "所在部门", "所在区队", "科室")
_TEAM_ALIASES = ("班组", "班", "所在班组")

HEADER_ALIASES: dict[str, str] = {
    **{a: "姓名" for a in ("名字", "职工姓名", "员工姓名", "党员姓名", "人员姓名", "姓 名")},
    **{a: "工号" for a in ("员工编号", "职工编号", "工作证号", "员工号", "职工号", "人员编号", "工作证编号")},
    **{a: "所属支部" for a in ("支部", "党支部", "所在支部", "所在党支部", "支部名称", "所属党支部")},
    **{a: "区队/班组" for a in (*_UNIT_ALIASES, *_TEAM_ALIASES, "区队班组", "部门/班组", "单位/班组", "区队/班")},
    **{a: "岗位" for a in ("职务", "工种", "岗位名称", "职位")},
    **{a: "政治面貌" for a in ("身份", "政治身份", "党员身份")},
    **{a: "入党日期" for a in ("入党时间", "入党年月", "加入党组织日期")},
    **{a: "联系电话" for a in ("电话", "手机", "手机号", "手机号码", "联系方式", "电话号码", "联系手机")},
    **{a: "性别" for a in ("男/女",)},
}
# Header text (without spaces) → canonical column: the columns themselves and their aliases.
_HEADER_LOOKUP = {c: c for c in ROSTER_COLUMNS} | {re.sub(r"\s+", "", k): v for k, v in HEADER_ALIASES.items()}

ADD, UPDATE = "新增", "更新"
_STATUS_WORDS = "、".join(s.value for s in PoliticalStatus)
_DATE_HINT = "可写 2012-07-01、2012/7/1 或 2012年7月1日"
_CHUNK = 500  # IN-list size: well under SQLite's and psycopg's parameter limits
_NOT_ROSTER = "文件不是 Excel（.xlsx）或 CSV 文件"
_TITLE_ROWS = 5  # title lines a roster may have above its header


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class RowError:
    """Everything wrong with one row; ``row`` as Excel shows it (the header is row 1)."""

    row: int
    name: str
    reasons: tuple[str, ...]
    columns: tuple[str, ...] = ()  # canonical columns at fault
    cells: tuple[int, ...] = ()  # their positions in the source row (0-based), for highlighting


@dataclass(frozen=True)
class PlannedRow:
    """A person the import will add or update."""

    row: int
    action: str  # "新增" | "更新"
    data: PersonInput  # unit_id is None while unit_path names a unit the import creates
    person_id: int | None
    changes: tuple[str, ...]  # for an update: "岗位：采煤 → 检修"
    branch: str = ""
    unit: str | None = None  # "综采二区 / 检修班"
    unit_path: tuple[str, ...] = ()  # set when the unit (or team) is created by the import
    version: int | None = None  # the person's version at preview, for an update


@dataclass(frozen=True)
class ImportPlan:
    """The preview: what an import of the file would do, or every reason it cannot."""

    file_name: str
    columns: tuple[str, ...]  # recognised columns, canonical names, in file order
    ignored_columns: tuple[str, ...]
    rows: tuple[PlannedRow, ...]
    errors: tuple[RowError, ...]
    source_rows: tuple[tuple[str, ...], ...]  # every data row of the file as text
    header: tuple[str, ...] = ()  # the header as written in the file
    header_row: int = 1
    source_row_numbers: tuple[int, ...] = ()  # Excel row number of each source row
    unchanged: tuple[int, ...] = ()  # rows of people already on the roster with the same data
    notes: tuple[str, ...] = ()  # "将新建区队：…"

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)

    @property
    def to_add(self) -> int:
        return sum(1 for r in self.rows if r.action == ADD)

    @property
    def to_update(self) -> int:
        return sum(1 for r in self.rows if r.action == UPDATE)

    def error_of_row(self) -> dict[int, RowError]:
        return {e.row: e for e in self.errors}

    def summary(self) -> str:
        if self.errors:
            return f"{len(self.errors)} 行有错误，未导入任何数据"
        text = f"将新增 {self.to_add} 人，更新 {self.to_update} 人"
        return text + (f"，{len(self.unchanged)} 人无变化" if self.unchanged else "")


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    added: int
    updated: int
    units_created: int = 0


@dataclass(frozen=True)
class ImportBatchRow:
    id: int
    at: datetime
    file_name: str
    username: str
    added: int
    updated: int
    undone_at: datetime | None


# ---------------------------------------------------------------- reading files


@dataclass(frozen=True)
class _Table:
    header: tuple[str, ...]
    header_row: int
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (Excel row number, cells as text)


def _cell_text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.date().isoformat() if v.time() == time(0) else v.isoformat(sep=" ")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))  # 工号 and phone numbers typed as numbers
    return str(v).strip()


def _to_table(rows: Iterable[Sequence[object]]) -> _Table | None:
    """Header = the first non-empty row, or a later one (within the first few) that names 姓名
    and 工号, so a title row such as “职工花名册” above the header does not matter. Empty rows are
    dropped; every row keeps its number as Excel shows it."""
    found: list[tuple[int, tuple[str, ...]]] = []
    for n, raw in enumerate(rows, start=1):
        cells = tuple(_cell_text(v) for v in raw)
        if any(cells):
            found.append((n, cells))
    if not found:
        return None
    at = next((i for i, (_, cells) in enumerate(found[:_TITLE_ROWS + 1]) if _has_required(cells)), 0)
    header_row, header = found[at]
    return _Table(header, header_row, tuple(found[at + 1 :]))


def _read_xlsx(path: Path) -> _Table | None:
    import openpyxl  # only here: keeps the CLI's start fast

    bad = f"{_NOT_ROSTER}：“{path.name}”无法作为 Excel 工作簿打开（文件可能已损坏，或只是改了扩展名）。"
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged zip or XML
        raise ValidationError(bad) from exc
    try:
        first: _Table | None = None
        for ws in wb.worksheets:  # the first sheet whose header names 姓名 and 工号
            if not hasattr(ws, "reset_dimensions"):
                continue  # a chart sheet
            ws.reset_dimensions()  # some programs write a wrong size; read what is there
            table = _to_table(ws.iter_rows(min_row=1, values_only=True))
            first = first or table
            if table is not None and _has_required(table.header):
                return table
        return first
    except ValidationError:
        raise
    except Exception as exc:
        raise ValidationError(bad) from exc
    finally:
        wb.close()


def _has_required(header: Sequence[str]) -> bool:
    found = {_HEADER_LOOKUP.get(_norm_header(h)) for h in header}
    return all(c in found for c in REQUIRED_COLUMNS)


def _read_csv(path: Path) -> _Table | None:
    raw = path.read_bytes()
    text = None
    encodings = ("utf-16",) if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "gb18030")
    for enc in encodings:
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    if text is None or "\x00" in text:
        raise ValidationError(f"{_NOT_ROSTER}：“{path.name}”不是文本 CSV 文件，或编码无法识别（请另存为 UTF-8 或 GBK 编码的 CSV）。")
    first_line = next((ln for ln in text.splitlines() if ln.strip()), "")
    delimiter = "," if "," in first_line else "\t" if "\t" in first_line else ";" if ";" in first_line else ","
    return _to_table(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _read_file(path: Path) -> _Table | None:
    if not path.is_file():
        raise ValidationError(f"找不到文件：{path}")
    with path.open("rb") as f:
        head = f.read(8)
    suffix = path.suffix.lower()
    if head.startswith(b"\xd0\xcf\x11\xe0") or suffix == ".xls":
        raise ValidationError(
            f"{_NOT_ROSTER}：“{path.name}”是旧版 Excel（.xls）格式，请在 Excel 中“另存为”Excel 工作簿（*.xlsx）后再导入。"
        )
    if suffix in (".xlsx", ".xlsm"):
        if not head.startswith(b"PK"):
            raise ValidationError(f"{_NOT_ROSTER}：“{path.name}”无法作为 Excel 工作簿打开（文件可能已损坏，或只是改了扩展名）。")
        return _read_xlsx(path)
    if suffix == ".csv":
        return _read_csv(path)
    raise ValidationError(f"{_NOT_ROSTER}：“{path.name}”。请使用程序导出的导入模板（.xlsx），或把名册另存为 CSV 后再导入。")


# ---------------------------------------------------------------- header


def _norm_header(text: str) -> str:
    t = re.sub(r"\s+", "", text or "").replace("／", "/").strip("*＊")
    return re.sub(r"[（(][^）)]*[）)]$", "", t)  # "入党日期（2012-07-01）" → "入党日期"


@dataclass(frozen=True)
class _Header:
    index: dict[str, tuple[int, ...]]  # canonical column → cell index (two for 区队 + 班组)
    columns: tuple[str, ...]
    ignored: tuple[str, ...]


def _map_header(header: tuple[str, ...], header_row: int) -> _Header:
    found: dict[str, list[int]] = defaultdict(list)
    order: list[str] = []
    ignored: list[str] = []
    for i, h in enumerate(header):
        canon = _HEADER_LOOKUP.get(_norm_header(h))
        if canon is None:
            if h:
                ignored.append(h)
            continue
        if canon not in found:
            order.append(canon)
        found[canon].append(i)
    index: dict[str, tuple[int, ...]] = {}
    for canon, idx in found.items():
        if len(idx) == 1:
            index[canon] = (idx[0],)
            continue
        names = [_norm_header(header[i]) for i in idx]
        units = [i for i, n in zip(idx, names) if n in _UNIT_ALIASES]
        teams = [i for i, n in zip(idx, names) if n in _TEAM_ALIASES]
        if canon == "区队/班组" and len(idx) == 2 and len(units) == 1 and len(teams) == 1:
            index[canon] = (units[0], teams[0])  # read 区队 and 班组 together as "区队/班组"
            continue
        quoted = "和".join(f"“{header[i]}”" for i in idx)
        raise ValidationError(f"表头（第 {header_row} 行）中{quoted}都表示“{canon}”，请只保留其中一列后再导入。")
    missing = [c for c in REQUIRED_COLUMNS if c not in index]
    if missing:
        raise ValidationError(
            f"缺少必填列：{'、'.join(missing)}。表头（第 {header_row} 行）须包含这些列，可使用程序导出的导入模板。",
            [f"缺少必填列：{c}" for c in missing],
        )
    return _Header(index, tuple(order), tuple(ignored))


# ---------------------------------------------------------------- what the database holds


@dataclass
class _Org:
    branches: dict[int, Branch]
    units: dict[int, WorkUnit]
    top: dict[tuple[int, str], WorkUnit] = field(default_factory=dict)  # (branch, name)
    team: dict[tuple[int, str], WorkUnit] = field(default_factory=dict)  # (parent, name)
    teams_named: dict[tuple[int, str], list[WorkUnit]] = field(default_factory=dict)  # (branch, name)

    @classmethod
    def load(cls, s: Session) -> _Org:
        org = cls({b.id: b for b in s.scalars(select(Branch))}, {u.id: u for u in s.scalars(select(WorkUnit))})
        for u in org.units.values():
            if u.parent_id is None:
                org.top[(u.branch_id, u.name)] = u
            else:
                org.team[(u.parent_id, u.name)] = u
                org.teams_named.setdefault((u.branch_id, u.name), []).append(u)
        return org

    @property
    def active_branches(self) -> list[Branch]:
        return [b for b in self.branches.values() if b.archived_at is None]

    def unit_label(self, unit_id: int | None) -> str | None:
        u = self.units.get(unit_id) if unit_id is not None else None
        if u is None:
            return None
        parent = self.units.get(u.parent_id) if u.parent_id is not None else None
        return f"{parent.name} / {u.name}" if parent else u.name

    def find_branch(self, text: str) -> tuple[Branch | None, str | None]:
        """(branch, reason when not usable)."""
        wanted = re.sub(r"\s+", "", text)
        for variant in (wanted, wanted + "党支部", wanted + "支部"):
            hits = [b for b in self.branches.values() if b.name == variant]
            if hits:
                b = hits[0]
                return (None, f"所属支部“{text}”已撤销（归档）") if b.archived_at else (b, None)
        return None, f"所属支部“{text}”不存在（应为已建立的支部，如：{self._branch_examples()}）"

    def _branch_examples(self) -> str:
        names = [b.name for b in self.active_branches]
        return "、".join(names[:3]) + ("等" if len(names) > 3 else "")


def _load_people(s: Session, numbers: Iterable[str]) -> dict[str, Person]:
    wanted = sorted({n for n in numbers if n})
    found: dict[str, Person] = {}
    for i in range(0, len(wanted), _CHUNK):
        for p in s.scalars(select(Person).where(Person.employee_no.in_(wanted[i : i + _CHUNK]))):
            found[p.employee_no] = p
    return found


# ---------------------------------------------------------------- checking rows


def _split_unit(text: str) -> list[str]:
    return [p for p in (re.sub(r"\s+", "", x) for x in re.split(r"[/／\\]", text)) if p]


def _resolve_unit(org: _Org, branch: Branch, text: str) -> tuple[int | None, tuple[str, ...], str | None, str | None]:
    """(unit_id, path to create, label, reason). A new unit gives unit_id None and its path."""
    parts = _split_unit(text)
    if not parts:
        return None, (), None, None
    if len(parts) > 2:
        return None, (), None, f"区队/班组“{text}”层级过多（应写“区队”或“区队/班组”）"
    top = org.top.get((branch.id, parts[0]))
    if top is not None and top.archived_at is not None:
        return None, (), None, f"区队“{parts[0]}”已撤销（归档）"
    if len(parts) == 1:
        if top is not None:
            return top.id, (), top.name, None
        teams = [t for t in org.teams_named.get((branch.id, parts[0]), []) if t.archived_at is None]
        if len(teams) == 1:
            return teams[0].id, (), org.unit_label(teams[0].id), None
        if len(teams) > 1:
            units = "、".join(f"“{org.units[t.parent_id].name}/{t.name}”" for t in teams if t.parent_id in org.units)
            return None, (), None, f"班组“{parts[0]}”在多个区队下都有，请写成{units}之一"
        return None, (parts[0],), parts[0], None
    label = f"{parts[0]} / {parts[1]}"
    team = org.team.get((top.id, parts[1])) if top is not None else None
    if team is not None:
        if team.archived_at is not None:
            return None, (), None, f"班组“{label}”已撤销（归档）"
        return team.id, (), label, None
    return None, (parts[0], parts[1]), label, None


def _problem_column(reason: str) -> str:
    for prefix, col in (("政治面貌为", "入党日期"), ("姓名", "姓名"), ("工号", "工号"), ("入党日期", "入党日期"),
                        ("联系电话", "联系电话"), ("岗位", "岗位")):
        if reason.startswith(prefix):
            return col
    return ""


def _join_date(text: str) -> date | None:
    if re.fullmatch(r"\d{1,5}", text) and 1 <= int(text) <= 73050:
        from openpyxl.utils.datetime import from_excel  # an Excel date cell formatted as a number

        return from_excel(int(text)).date()
    return parse_date(text)


_FIELD_COLUMN = {
    "name": "姓名", "employee_no": "工号", "gender": "性别", "branch_id": "所属支部", "unit_id": "区队/班组",
    "post": "岗位", "political_status": "政治面貌", "joined_party_on": "入党日期", "phone": "联系电话",
}


def _shown(v: object) -> str:
    if v is None or v == "":
        return "（空）"
    if isinstance(v, (Gender, PoliticalStatus)):
        return v.value
    if isinstance(v, date):
        return v.isoformat()
    return str(v)


@dataclass
class _Checker:
    """Checks one row at a time against what the database and the whole file hold."""

    hdr: _Header
    org: _Org
    people: dict[str, Person]  # by 工号, the persons the file names
    rows_of_no: dict[str, list[int]]  # 工号 → the rows that give it
    only_branch: Branch | None
    today: date

    def cell(self, cells: tuple[str, ...], col: str) -> str:
        parts = [cells[i].strip() if i < len(cells) else "" for i in self.hdr.index.get(col, ())]
        return "/".join(p for p in parts if p)

    def check(self, n: int, cells: tuple[str, ...]) -> PlannedRow | RowError | None:
        """A planned add or update, the row's errors, or None for a row that changes nothing."""
        org, problems = self.org, []  # problems: (column, reason)
        name = re.sub(r"\s+", "", self.cell(cells, "姓名"))
        no = self.cell(cells, "工号")
        if no and len(self.rows_of_no[no]) > 1:
            where = "、".join(str(r) for r in self.rows_of_no[no])
            problems.append(("工号", f"工号 {no} 在文件中重复（第 {where} 行）"))
        existing = self.people.get(no) if no else None
        if existing is not None and name and existing.name != name:
            problems.append(("工号", f"工号 {no} 已被“{existing.name}”使用"))
        old = existing if existing is not None and existing.name == name else None  # the person updated

        gender_text = self.cell(cells, "性别")
        gender = parse_gender(gender_text) if gender_text else None
        if gender_text and gender is None:
            problems.append(("性别", f"性别“{gender_text}”无法识别（应填 男 或 女）"))
        status_text = self.cell(cells, "政治面貌")
        status = parse_political_status(status_text) if status_text else None
        if status_text and status is None:
            problems.append(("政治面貌", f"政治面貌“{status_text}”无法识别（可填：{_STATUS_WORDS}）"))
        date_text = self.cell(cells, "入党日期")
        joined = None
        if date_text:
            try:
                joined = _join_date(date_text)
            except ValueError:
                problems.append(("入党日期", f"入党日期“{date_text}”不是有效日期（{_DATE_HINT}）"))

        branch_text = self.cell(cells, "所属支部")
        branch: Branch | None = None
        if branch_text:
            branch, why = org.find_branch(branch_text)
            if why:
                problems.append(("所属支部", why))
        elif old is not None:
            branch = org.branches.get(old.branch_id)
        elif self.only_branch is not None:
            branch = self.only_branch
        else:
            problems.append(("所属支部", "所属支部不能为空（数据库中有多个支部，请写明支部名称）"))

        unit_text = self.cell(cells, "区队/班组")
        unit_id, unit_path, unit_label = None, (), None
        if branch is not None:
            if unit_text:
                unit_id, unit_path, unit_label, why = _resolve_unit(org, branch, unit_text)
                if why:
                    problems.append(("区队/班组", why))
            elif old is not None and old.branch_id == branch.id:
                unit_id, unit_label = old.unit_id, org.unit_label(old.unit_id)

        def keep(new: Any, attr: str, default: Any = None) -> Any:
            """An empty cell keeps what an update's person has."""
            if new not in (None, ""):
                return new
            return getattr(old, attr) if old is not None else default

        data = PersonInput(
            name=name, employee_no=no, branch_id=branch.id if branch else 0, unit_id=unit_id,
            gender=keep(gender, "gender"), post=keep(self.cell(cells, "岗位"), "post"),
            special_post=old.special_post if old else False,
            political_status=keep(status, "political_status", PoliticalStatus.MASSES),
            joined_party_on=keep(joined, "joined_party_on"), phone=keep(self.cell(cells, "联系电话"), "phone"),
            note=old.note if old else None,
        ).cleaned()
        for reason in person_problems(data, self.today):
            if reason not in {r for _, r in problems}:
                problems.append((_problem_column(reason), reason))
        if problems:
            # reasons in the template's column order, as the secretary reads the row
            problems.sort(key=lambda cr: ROSTER_COLUMNS.index(cr[0]) if cr[0] in ROSTER_COLUMNS else len(ROSTER_COLUMNS))
            cols = tuple(dict.fromkeys(c for c, _ in problems if c))
            at_fault = tuple(i for c in cols for i in self.hdr.index.get(c, ()))
            return RowError(n, name, tuple(r for _, r in problems), cols, at_fault)
        assert branch is not None
        if old is None:
            return PlannedRow(n, ADD, data, None, (), branch.name, unit_label, unit_path)
        changes = []
        for f, col in _FIELD_COLUMN.items():
            before, after = getattr(old, f), getattr(data, f)
            if f == "unit_id" and (unit_path or before != after):
                changes.append(f"{col}：{_shown(org.unit_label(before))} → {unit_label or '（空）'}")
            elif f == "branch_id" and before != after:
                was = org.branches[before].name if before in org.branches else before
                changes.append(f"{col}：{_shown(was)} → {branch.name}")
            elif f not in ("unit_id", "branch_id") and before != after:
                changes.append(f"{col}：{_shown(before)} → {_shown(after)}")
        if old.archived_at is not None:
            changes.append("恢复在册（取消归档）")
        if not changes:
            return None
        return PlannedRow(n, UPDATE, data, old.id, tuple(changes), branch.name, unit_label, unit_path, old.version)


def _build_plan(s: Session, file_name: str, table: _Table, today: date,
                people: dict[str, Person] | None = None) -> ImportPlan:
    """Check every row. ``people`` receives the persons the file names (the caller keeps them
    referenced: the session's identity map is weak, and apply updates these very objects)."""
    hdr = _map_header(table.header, table.header_row)
    if not table.rows:
        raise ValidationError("文件中没有数据行（第一行是表头，人员从第二行起逐行填写）。")
    org = _Org.load(s)
    active = org.active_branches
    if not active:
        raise ValidationError("数据库中还没有党支部：请先在“人员”页新建支部，再导入名册。")
    no_idx = hdr.index["工号"][0]
    numbers = [c[no_idx].strip() if no_idx < len(c) else "" for _, c in table.rows]
    rows_of_no: dict[str, list[int]] = defaultdict(list)
    for (n, _), no in zip(table.rows, numbers):
        if no:
            rows_of_no[no].append(n)
    people = people if people is not None else {}
    people.update(_load_people(s, numbers))
    checker = _Checker(hdr, org, people, rows_of_no, active[0] if len(active) == 1 else None, today)

    planned: list[PlannedRow] = []
    errors: list[RowError] = []
    unchanged: list[int] = []
    for n, cells in table.rows:
        outcome = checker.check(n, cells)
        if isinstance(outcome, RowError):
            errors.append(outcome)
        elif outcome is None:
            unchanged.append(n)
        else:
            planned.append(outcome)

    notes = []
    for bname, upath in dict.fromkeys((r.branch, r.unit_path) for r in planned if r.unit_path):
        b = next(b for b in org.branches.values() if b.name == bname)
        if (b.id, upath[0]) not in org.top:
            notes.append(f"将新建区队：{upath[0]}（{bname}）")
        if len(upath) == 2:
            notes.append(f"将新建班组：{upath[0]} / {upath[1]}（{bname}）")
    return ImportPlan(
        file_name=file_name,
        columns=hdr.columns,
        ignored_columns=hdr.ignored,
        rows=tuple(planned),
        errors=tuple(errors),
        source_rows=tuple(c for _, c in table.rows),
        header=table.header,
        header_row=table.header_row,
        source_row_numbers=tuple(n for n, _ in table.rows),
        unchanged=tuple(unchanged),
        notes=tuple(dict.fromkeys(notes)),
    )


# ---------------------------------------------------------------- public: plan and apply


def plan_import(ctx: Ctx, path: Path, today: date | None = None) -> ImportPlan:
    """Read the file and check every row; writes nothing. Raises ValidationError for a file
    that cannot be read as a roster at all (not xlsx/csv, no data rows, required columns missing)."""
    ctx.actor.require_write()
    path = Path(path)
    table = _read_file(path)
    if table is None:
        raise ValidationError("文件中没有数据行（文件是空的，也没有表头）。")
    with ctx.read() as s:
        return _build_plan(s, path.name, table, today or date.today())


def _table_of(plan: ImportPlan) -> _Table:
    numbers = plan.source_row_numbers or tuple(range(plan.header_row + 1, plan.header_row + 1 + len(plan.source_rows)))
    return _Table(plan.header, plan.header_row, tuple(zip(numbers, plan.source_rows)))


def _who(actor: Actor) -> str:
    return actor.display_name if actor.display_name == actor.username else f"{actor.display_name}（{actor.username}）"


def _jsonable(v: object) -> object:
    if isinstance(v, (Gender, PoliticalStatus)):
        return v.value
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return v


_PERSON_FIELDS = ("name", "employee_no", "branch_id", "unit_id", "gender", "post", "special_post",
                  "political_status", "joined_party_on", "phone", "note")


def _create_units(s: Session, rows: Iterable[PlannedRow]) -> tuple[dict[tuple[int, tuple[str, ...]], int], list[int]]:
    """Create the units and teams the plan names; returns (branch, path) → id and the new ids."""
    made: dict[tuple[int, tuple[str, ...]], int] = {}
    new_ids: list[int] = []
    org = _Org.load(s)
    for r in rows:
        if not r.unit_path or (r.data.branch_id, r.unit_path) in made:
            continue
        bid = r.data.branch_id
        top_id = made.get((bid, r.unit_path[:1]))
        if top_id is None:
            top = org.top.get((bid, r.unit_path[0]))
            if top is None:
                top = WorkUnit(branch_id=bid, name=r.unit_path[0], kind=UnitKind.UNIT)
                s.add(top)
                s.flush()
                new_ids.append(top.id)
            top_id = made[(bid, r.unit_path[:1])] = top.id
        if len(r.unit_path) == 2:
            team = WorkUnit(branch_id=bid, parent_id=top_id, name=r.unit_path[1], kind=UnitKind.TEAM)
            s.add(team)
            s.flush()
            new_ids.append(team.id)
            made[(bid, r.unit_path)] = team.id
    return made, new_ids


def apply_import(ctx: Ctx, plan: ImportPlan, today: date | None = None) -> ImportResult:
    """Write the plan: all rows or none, after checking them again in the same transaction."""
    ctx.actor.require_write()
    if plan.errors:
        raise ValidationError(f"文件中有 {len(plan.errors)} 行错误，未导入任何数据。请改正后重新导入。",
                              [f"第 {e.row} 行：{'；'.join(e.reasons)}" for e in plan.errors])
    if not plan.rows:
        raise ValidationError("没有需要导入的内容：文件中的人员都已在名册中，且信息相同。")
    today = today or date.today()
    with ctx.uow() as s:
        people: dict[str, Person] = {}
        fresh = _build_plan(s, plan.file_name, _table_of(plan), today, people)
        by_id = {p.id: p for p in people.values()}
        if fresh.errors:
            raise ValidationError("预览之后名册已有变化，现在文件中有错误行，未导入任何数据。请重新预览。",
                                  [f"第 {e.row} 行：{'；'.join(e.reasons)}" for e in fresh.errors])
        key = lambda p: [(r.row, r.action, r.person_id, r.version, r.unit_path) for r in p.rows]  # noqa: E731
        if key(fresh) != key(plan):
            raise ConflictError("预览之后名册已被他人修改，未导入任何数据。请重新预览后再导入。")
        made, new_unit_ids = _create_units(s, fresh.rows)

        def final(r: PlannedRow) -> PersonInput:
            return replace(r.data, unit_id=made[(r.data.branch_id, r.unit_path)]) if r.unit_path else r.data

        adds = [r for r in fresh.rows if r.action == ADD]
        added_ids: list[int] = []
        if adds:
            values = []
            for r in adds:
                data = final(r)
                values.append({f: getattr(data, f) for f in _PERSON_FIELDS} | {"version": 1})
            # One executemany: render_nulls keeps rows with and without, say, a 入党日期 in one
            # batch; ids are read back by the unique 工号 (RETURNING in parameter order would
            # make SQLite insert row by row).
            s.execute(insert(Person).execution_options(render_nulls=True), values)
            id_of: dict[str, int] = {}
            numbers = [v["employee_no"] for v in values]
            for chunk in _chunks(numbers):
                q = select(Person.employee_no, Person.id).where(Person.employee_no.in_(chunk))
                id_of.update((n, i) for n, i in s.execute(q))
            added_ids = [id_of[n] for n in numbers]
        changes: list[dict[str, Any]] = [
            {"person_id": pid, "action": ADD, "before": None, "version_after": 1, "note": f"第 {r.row} 行", "version": 1}
            for pid, r in zip(added_ids, adds)
        ]
        updated: list[tuple[Person, PlannedRow, dict[str, Any]]] = []
        for r in fresh.rows:
            if r.action != UPDATE:
                continue
            p = by_id[r.person_id]
            data = final(r)
            before: dict[str, Any] = {"version": p.version}
            for f in _PERSON_FIELDS:
                if getattr(p, f) != getattr(data, f):
                    before[f] = _jsonable(getattr(p, f))
                    setattr(p, f, getattr(data, f))
            if p.archived_at is not None:
                before |= {"archived_at": _jsonable(p.archived_at), "archive_reason": p.archive_reason}
                p.archived_at, p.archive_reason = None, None
            updated.append((p, r, before))
        s.flush()
        changes += [{"person_id": p.id, "action": UPDATE, "before": before, "version_after": p.version,
                     "note": f"第 {r.row} 行", "version": 1} for p, r, before in updated]
        batch = ImportBatch(kind="members", file_name=plan.file_name[:255], user_id=ctx.actor.user_id,
                            username=_who(ctx.actor), added_count=len(adds), updated_count=len(updated))
        s.add(batch)
        s.flush()
        if changes:
            s.execute(insert(ImportChange).execution_options(render_nulls=True),
                      [c | {"batch_id": batch.id} for c in changes])
        audit.record(s, ctx.actor, "导入", "import_batch", batch.id,
                     f"导入名册 {plan.file_name}：新增 {len(adds)} 人，更新 {len(updated)} 人"
                     + (f"，新建区队/班组 {len(new_unit_ids)} 个" if new_unit_ids else ""),
                     {"file": plan.file_name, "added": len(adds), "updated": len(updated), "new_units": new_unit_ids})
        return ImportResult(batch.id, len(adds), len(updated), len(new_unit_ids))


def import_file(ctx: Ctx, path: Path, today: date | None = None, dry_run: bool = False
                ) -> tuple[ImportPlan, ImportResult | None]:
    """Plan, and apply when the plan is good and this is not a dry run (for the CLI)."""
    plan = plan_import(ctx, path, today)
    if not plan.ok or dry_run:
        return plan, None
    return plan, apply_import(ctx, plan, today)


# ---------------------------------------------------------------- history and undo


def _batch_row(b: ImportBatch) -> ImportBatchRow:
    return ImportBatchRow(b.id, b.created_at, b.file_name, b.username, b.added_count, b.updated_count, b.undone_at)


def list_imports(ctx: Ctx) -> list[ImportBatchRow]:
    """Every roster import, newest first."""
    with ctx.read() as s:
        return [_batch_row(b) for b in s.scalars(select(ImportBatch).where(ImportBatch.kind == "members")
                                                 .order_by(ImportBatch.id.desc()))]


def _chunks(ids: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def _references(s: Session, table: str, ids: Sequence[int], skip: tuple[str, ...] = ()) -> dict[int, set[str]]:
    """Which of ``ids`` (rows of ``table``) other rows point to, through any foreign key."""
    found: dict[int, set[str]] = defaultdict(set)
    for t in Base.metadata.sorted_tables:
        if t.name in skip:
            continue
        for fk in t.foreign_keys:
            if fk.column.table.name != table:
                continue
            for chunk in _chunks(ids):
                for (v,) in s.execute(select(fk.parent).where(fk.parent.in_(chunk)).distinct()):
                    found[v].add(t.name)
    return found


def _names(people: Iterable[Person], limit: int = 5) -> str:
    people = list(people)
    shown = "、".join(f"{p.name}（{p.employee_no}）" for p in people[:limit])
    return shown + (f" 等 {len(people)} 人" if len(people) > limit else "")


def _restore(p: Person, before: dict[str, Any]) -> None:
    for f, v in before.items():
        if f == "version":
            continue
        if f == "gender":
            v = Gender(v) if v else None
        elif f == "political_status":
            v = PoliticalStatus(v)
        elif f == "joined_party_on":
            v = date.fromisoformat(v) if v else None
        elif f == "archived_at":
            v = datetime.fromisoformat(v) if v else None
        setattr(p, f, v)


def undo_last_import(ctx: Ctx) -> ImportBatchRow:
    """撤销上次导入: delete the people it added, restore the ones it updated, all or nothing.

    Refused while something depends on it: a person it touched was edited since, or a person
    it added is already used by another record (a pledge, a pairing, an account …).
    """
    ctx.actor.require_write()
    with ctx.uow() as s:
        batch = s.scalar(select(ImportBatch).where(ImportBatch.kind == "members", ImportBatch.undone_at.is_(None))
                         .order_by(ImportBatch.id.desc()).limit(1).with_for_update())
        if batch is None:
            raise ValidationError("没有可以撤销的导入。")
        changes = list(s.scalars(select(ImportChange).where(ImportChange.batch_id == batch.id)))
        ids = [c.person_id for c in changes]
        people: dict[int, Person] = {}
        for chunk in _chunks(ids):
            people.update({p.id: p for p in s.scalars(select(Person).where(Person.id.in_(chunk)).with_for_update())})
        edited = [people[c.person_id] for c in changes if c.person_id in people and people[c.person_id].version != c.version_after]
        if edited:
            raise ValidationError(f"无法撤销上次导入：导入之后以下人员的信息又被修改过：{_names(edited)}。"
                                  "撤销会覆盖这些修改，请改为在人员页逐个修改。")
        added = [c.person_id for c in changes if c.action == ADD]
        used = _references(s, "person", added, skip=("import_change",))
        if used:
            raise ValidationError(f"无法撤销上次导入：本次导入新增的人员已在其他记录中使用（如账号、承诺、结对、隐患等）："
                                  f"{_names(people[i] for i in added if i in used)}。")
        for c in changes:
            if c.action != UPDATE or not c.before:
                continue
            p = people[c.person_id]
            _restore(p, c.before)
        s.flush()
        # An older import's record of a restored person matches the restored version again, so
        # that import stays undoable (its person was restored, not edited).
        restored = {c.person_id: c.before["version"] for c in changes
                    if c.action == UPDATE and c.before and "version" in c.before}
        older = select(ImportBatch.id).where(ImportBatch.undone_at.is_(None), ImportBatch.id != batch.id)
        for chunk in _chunks(list(restored)):
            for old in s.scalars(select(ImportChange).where(ImportChange.person_id.in_(chunk),
                                                             ImportChange.batch_id.in_(older))):
                if old.version_after == restored[old.person_id]:
                    old.version_after = people[old.person_id].version
        try:
            for chunk in _chunks(added):
                s.execute(delete(Person).where(Person.id.in_(chunk)).execution_options(synchronize_session=False))
            for pid in added:
                if pid in people:
                    s.expunge(people[pid])
            _drop_unused_units(s, batch.id)
            s.flush()
        except IntegrityError as exc:  # a reference the check above did not see
            raise ValidationError("无法撤销上次导入：本次导入新增的人员已在其他记录中使用。") from exc
        batch.undone_at = utcnow()
        audit.record(s, ctx.actor, "撤销导入", "import_batch", batch.id,
                     f"撤销导入 {batch.file_name}：删除新增的 {len(added)} 人，恢复更新的 {len(changes) - len(added)} 人")
        s.flush()
        return _batch_row(batch)


def _drop_unused_units(s: Session, batch_id: int) -> None:
    """Remove the units and teams the import created, unless something now uses them."""
    entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == "import_batch", AuditEntry.entity_id == batch_id,
                                              AuditEntry.action == "导入"))
    unit_ids: list[int] = list((entry.details or {}).get("new_units", [])) if entry else []
    for uid in reversed(unit_ids):  # teams were created after their unit
        if not _references(s, "work_unit", [uid]):
            s.execute(delete(WorkUnit).where(WorkUnit.id == uid).execution_options(synchronize_session=False))
