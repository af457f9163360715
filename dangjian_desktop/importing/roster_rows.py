"""Checking the rows of a roster file against the organisation and the people already stored.

Pure: the service loads the lookups (``OrgLookup``, the people the file's 工号 name) in its
session and hands them in; ``plan_rows`` returns the ``ImportPlan``. The rules:

- A row whose 工号 belongs to a person with the same name updates that person (an archived one
  is restored); with another name it is an error. A row that changes nothing is skipped.
- An empty cell never erases: for an update it keeps the stored value; a new person with an
  empty 政治面貌 is 群众.
- 所属支部 names an existing branch (the full name, or without “党支部”/“支部”). It may be left
  empty when the database holds exactly one branch, and for an update (the person stays put).
- 区队/班组 is written “综采二区” or “综采二区/检修班” (also “ / ”), or a team's own name when only
  one unit of the branch has it. An unknown 区队 or 班组 is planned for creation under the branch
  (``PlannedRow.unit_path``) and noted in the plan as “将新建区队：…”.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.org import Gender, PoliticalStatus
from dangjian_desktop.domain.roster_rules import (
    DAY,
    PersonInput,
    format_date,
    parse_date_precision,
    parse_gender,
    parse_political_status,
    person_problems,
)
from dangjian_desktop.domain.text import shorten

from .roster_file import ROSTER_COLUMNS, RosterHeader, RosterTable
from .roster_plan import ADD, UPDATE, ImportPlan, PlannedRow, RowError

if TYPE_CHECKING:  # rows are checked against loaded objects; this module never queries
    from dangjian_desktop.domain.org import Branch, Person, WorkUnit

_STATUS_WORDS = "、".join(s.value for s in PoliticalStatus)
DATE_HINT = "可写 2012-07-01、2012/7/1 或 2012年7月1日，只知年月时写 2005-06 或 2005年6月"  # as the template says

# Person fields an import row sets → the column the secretary sees (for "岗位：采煤 → 检修").
_FIELD_COLUMN = {
    "name": "姓名", "employee_no": "工号", "gender": "性别", "branch_id": "所属支部", "unit_id": "区队/班组",
    "post": "岗位", "political_status": "政治面貌", "joined_party_on": "入党日期", "phone": "联系电话",
}

Problems = list[tuple[str, str]]  # (column at fault, reason), in the order they were found
UNIT_NAME_MAX = 100  # work_unit.name is VARCHAR(100), as services.roster.NAME_MAX says
_ROWS_LISTED = 5  # rows named in a “重复” message; more are counted


# ---------------------------------------------------------------- the organisation


@dataclass
class OrgLookup:
    """Branches, units and teams by id and by the names a roster writes."""

    branches: dict[int, Branch]
    units: dict[int, WorkUnit]
    top: dict[tuple[int, str], WorkUnit] = field(default_factory=dict)  # (branch, name) → 区队
    team: dict[tuple[int, str], WorkUnit] = field(default_factory=dict)  # (parent, name) → 班组
    teams_named: dict[tuple[int, str], list[WorkUnit]] = field(default_factory=dict)  # (branch, name)

    @classmethod
    def of(cls, branches: Iterable[Branch], units: Iterable[WorkUnit]) -> OrgLookup:
        org = cls({b.id: b for b in branches}, {u.id: u for u in units})
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
        """“综采二区 / 检修班” for a team, the unit's name for a 区队."""
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
                return (None, f"所属支部“{shorten(text)}”已撤销（归档）") if b.archived_at else (b, None)
        return None, f"所属支部“{shorten(text)}”不存在（应为已建立的支部，如：{self._branch_examples()}）"

    def _branch_examples(self) -> str:
        names = [b.name for b in self.active_branches]
        return "、".join(names[:3]) + ("等" if len(names) > 3 else "")

    def resolve_unit(self, branch: Branch, text: str) -> tuple[int | None, tuple[str, ...], str | None, str | None]:
        """(unit_id, path to create, label, reason). A new unit gives unit_id None and its path."""
        parts = [p for p in (re.sub(r"\s+", "", x) for x in re.split(r"[/／\\]", text)) if p]
        if not parts:
            return None, (), None, None
        if len(parts) > 2:
            return None, (), None, f"区队/班组“{shorten(text)}”层级过多（应写“区队”或“区队/班组”）"
        long = next((p for p in parts if len(p) > UNIT_NAME_MAX), None)
        if long is not None:
            return None, (), None, f"区队/班组名称“{shorten(long)}”过长（最多{UNIT_NAME_MAX}个字）"
        top = self.top.get((branch.id, parts[0]))
        if top is not None and top.archived_at is not None:
            return None, (), None, f"区队“{shorten(parts[0])}”已撤销（归档）"
        if len(parts) == 1:
            if top is not None:
                return top.id, (), top.name, None
            teams = [t for t in self.teams_named.get((branch.id, parts[0]), []) if t.archived_at is None]
            if len(teams) == 1:
                return teams[0].id, (), self.unit_label(teams[0].id), None
            if len(teams) > 1:
                units = "、".join(f"“{self.units[t.parent_id].name}/{t.name}”" for t in teams if t.parent_id in self.units)
                return None, (), None, f"班组“{shorten(parts[0])}”在多个区队下都有，请写成{units}之一"
            return None, (parts[0],), parts[0], None
        label = f"{parts[0]} / {parts[1]}"
        team = self.team.get((top.id, parts[1])) if top is not None else None
        if team is not None:
            if team.archived_at is not None:
                return None, (), None, f"班组“{shorten(label)}”已撤销（归档）"
            return team.id, (), label, None
        return None, (parts[0], parts[1]), label, None


# ---------------------------------------------------------------- the whole file


def plan_rows(file_name: str, table: RosterTable, header: RosterHeader, org: OrgLookup,
              people: Mapping[str, Person], today: date) -> ImportPlan:
    """Check every row; ``people`` holds the stored persons the file's 工号 name (by 工号).
    ValidationError when there is nothing to check (no data rows, no branch to import into)."""
    if not table.rows:
        raise ValidationError("文件中没有数据行（第一行是表头，人员从第二行起逐行填写）。")
    active = org.active_branches
    if not active:
        raise ValidationError("数据库中还没有党支部：请先在“人员”页新建支部，再导入名册。")
    skipped = tuple((n, what) for n, cells in table.rows if (what := not_a_person(header, cells)))
    skipped_rows = {n for n, _ in skipped}
    people_rows = [(n, cells) for n, cells in table.rows if n not in skipped_rows]
    rows_of_no: dict[str, list[int]] = defaultdict(list)
    for n, cells in people_rows:
        no = header.cell(cells, "工号")
        if no:
            rows_of_no[no].append(n)
    checker = RowChecker(header, org, people, rows_of_no, active[0] if len(active) == 1 else None, today,
                         dict(table.excel_serials))

    planned: list[PlannedRow] = []
    errors: list[RowError] = []
    unchanged: list[int] = []
    for n, cells in people_rows:
        outcome = checker.check(n, cells)
        if isinstance(outcome, RowError):
            errors.append(outcome)
        elif outcome is None:
            unchanged.append(n)
        else:
            planned.append(outcome)
    return ImportPlan(
        file_name=file_name,
        columns=header.columns,
        ignored_columns=header.ignored,
        rows=tuple(planned),
        errors=tuple(errors),
        source_rows=tuple(c for _, c in table.rows),
        header=table.header,
        header_row=table.header_row,
        source_row_numbers=tuple(n for n, _ in table.rows),
        unchanged=tuple(unchanged),
        notes=_new_unit_notes(org, planned),
        skipped=skipped,
    )


# Lines under the people that are not people: totals, signatures, dates, remarks. A line is
# one when its first text (or its 姓名) starts with one of these words, or when all it holds are
# counts (“25”, “共25人”, “合计：25人”, a 序号 alone). A person's row with a name but no 工号 is not
# one of them: it stays a bad row.
FOOTER_WORDS = ("合计", "总计", "小计", "共计", "制表人", "制表", "审核人", "审核", "审批人", "填表日期", "填表人",
                "填报日期", "填报人", "备注", "说明", "注：", "注:")
_COUNT_ONLY = re.compile(r"^(?:共计?|合计|总计|小计|总人数|人数)?[:：]?\d+(?:人|名|个|户)?$")


def not_a_person(header: RosterHeader, cells: tuple[str, ...]) -> str | None:
    """What a line that is not a person says (cut to a readable length), or None for a person's row."""
    texts = [t for t in (re.sub(r"\s+", "", c) for c in cells) if t]
    if not texts:
        return None
    name = re.sub(r"\s+", "", header.cell(cells, "姓名"))
    if any(t.startswith(FOOTER_WORDS) for t in (texts[0], name) if t) or all(_COUNT_ONLY.match(t) for t in texts):
        return shorten(" ".join(c.strip() for c in cells if c.strip()), 40)
    return None


def _new_unit_notes(org: OrgLookup, planned: Iterable[PlannedRow]) -> tuple[str, ...]:
    """“将新建区队：…” and “将新建班组：…”, once each, in row order."""
    notes = []
    for bid, bname, path in dict.fromkeys((r.data.branch_id, r.branch, r.unit_path) for r in planned if r.unit_path):
        if (bid, path[0]) not in org.top:
            notes.append(f"将新建区队：{path[0]}（{bname}）")
        if len(path) == 2:
            notes.append(f"将新建班组：{path[0]} / {path[1]}（{bname}）")
    return tuple(dict.fromkeys(notes))


# ---------------------------------------------------------------- one row


@dataclass
class RowChecker:
    """Checks one row at a time against what the database and the whole file hold."""

    header: RosterHeader
    org: OrgLookup
    people: Mapping[str, Person]  # by 工号, the persons the file names
    rows_of_no: Mapping[str, list[int]]  # 工号 → the rows that give it
    only_branch: Branch | None  # the branch an empty 所属支部 means, when there is just one
    today: date
    excel_serials: Mapping[int, str] = field(default_factory=dict)  # row → the date a bare number would be

    def check(self, n: int, cells: tuple[str, ...]) -> PlannedRow | RowError | None:
        """A planned add or update, the row's errors, or None for a row that changes nothing."""
        cell = self.header.cell
        problems: Problems = []
        name = re.sub(r"\s+", "", cell(cells, "姓名"))
        no = cell(cells, "工号")
        old = self._person_updated(name, no, problems)
        gender, status, joined_at = self._parsed(n, cells, problems)
        joined, precision = joined_at if joined_at else (None, DAY)
        branch = self._branch(cell(cells, "所属支部"), old, problems)
        unit_id, unit_path, unit_label = self._unit(cell(cells, "区队/班组"), branch, old, problems)

        def keep(new: Any, attr: str, default: Any = None) -> Any:
            """An empty cell keeps what an update's person has."""
            if new not in (None, ""):
                return new
            return getattr(old, attr) if old is not None else default

        data = PersonInput(
            name=name, employee_no=no, branch_id=branch.id if branch else 0, unit_id=unit_id,
            gender=keep(gender, "gender"), post=keep(cell(cells, "岗位"), "post"),
            special_post=old.special_post if old else False,
            political_status=keep(status, "political_status", PoliticalStatus.MASSES),
            joined_party_on=keep(joined, "joined_party_on"), phone=keep(cell(cells, "联系电话"), "phone"),
            note=old.note if old else None,
            joined_party_precision=precision if joined is not None else keep(None, "joined_party_precision", DAY),
        ).cleaned()
        for reason in person_problems(data, self.today):
            if reason not in {r for _, r in problems}:
                problems.append((_problem_column(reason), reason))
        if problems:
            return self._error(n, name, problems)
        assert branch is not None
        if old is None:
            return PlannedRow(n, ADD, data, None, (), branch.name, unit_label, unit_path)
        changes = self._changes(old, data, branch, unit_path, unit_label)
        if not changes:
            return None
        return PlannedRow(n, UPDATE, data, old.id, changes, branch.name, unit_label, unit_path, old.version)

    def _person_updated(self, name: str, no: str, problems: Problems) -> Person | None:
        """The stored person this row updates: same 工号 and same name."""
        rows = self.rows_of_no[no] if no else []
        if len(rows) > 1:
            where = "、".join(str(r) for r in rows[:_ROWS_LISTED])
            where += f" 等 {len(rows)} 行" if len(rows) > _ROWS_LISTED else " 行"
            problems.append(("工号", f"工号 {shorten(no)} 在文件中重复（第 {where}）"))
        existing = self.people.get(no) if no else None
        if existing is not None and name and existing.name != name:
            problems.append(("工号", f"工号 {shorten(no)} 已被“{shorten(existing.name)}”使用"))
        return existing if existing is not None and existing.name == name else None

    def _parsed(self, n: int, cells: tuple[str, ...], problems: Problems
                ) -> tuple[Gender | None, PoliticalStatus | None, tuple[date, str] | None]:
        """性别, 政治面貌 and 入党日期 read from their text; None for an empty or unreadable cell."""
        gender_text = self.header.cell(cells, "性别")
        gender = parse_gender(gender_text) if gender_text else None
        if gender_text and gender is None:
            problems.append(("性别", f"性别“{shorten(gender_text)}”无法识别（应填 男 或 女）"))
        status_text = self.header.cell(cells, "政治面貌")
        status = parse_political_status(status_text) if status_text else None
        if status_text and status is None:
            problems.append(("政治面貌", f"政治面貌“{shorten(status_text)}”无法识别（可填：{_STATUS_WORDS}）"))
        date_text = self.header.cell(cells, "入党日期")
        joined = None
        if date_text:
            try:
                # Text, as the secretary sees it: a number cell is its digits (roster_file), so
                # 10000 is no date, not Excel's 1927-05-18.
                joined = parse_date_precision(date_text)  # a month alone too: (1st, MONTH)
            except ValueError:
                serial = self.excel_serials.get(n)
                if serial is not None:  # say what Excel would have made of it
                    problems.append(("入党日期", f"入党日期“{shorten(date_text)}”是数字，不是日期（当作 Excel 日期序号是"
                                             f" {serial}）：请把该单元格设为日期格式并核对，或写成 2012-07-01 的形式"))
                else:
                    problems.append(("入党日期", f"入党日期“{shorten(date_text)}”不是有效日期（{DATE_HINT}）"))
        return gender, status, joined

    def _branch(self, text: str, old: Person | None, problems: Problems) -> Branch | None:
        if text:
            branch, why = self.org.find_branch(text)
            if why:
                problems.append(("所属支部", why))
            return branch
        if old is not None:
            return self.org.branches.get(old.branch_id)
        if self.only_branch is None:
            problems.append(("所属支部", "所属支部不能为空（数据库中有多个支部，请写明支部名称）"))
        return self.only_branch

    def _unit(self, text: str, branch: Branch | None, old: Person | None, problems: Problems
              ) -> tuple[int | None, tuple[str, ...], str | None]:
        """(unit_id, path to create, label); an empty cell keeps an update's unit in the same branch."""
        if branch is None:
            return None, (), None
        if text:
            unit_id, path, label, why = self.org.resolve_unit(branch, text)
            if why:
                problems.append(("区队/班组", why))
            return unit_id, path, label
        if old is not None and old.branch_id == branch.id:
            return old.unit_id, (), self.org.unit_label(old.unit_id)
        return None, (), None

    def _error(self, n: int, name: str, problems: Problems) -> RowError:
        # reasons in the template's column order, as the secretary reads the row
        problems.sort(key=lambda cr: ROSTER_COLUMNS.index(cr[0]) if cr[0] in ROSTER_COLUMNS else len(ROSTER_COLUMNS))
        cols = tuple(dict.fromkeys(c for c, _ in problems if c))
        at_fault = tuple(i for c in cols for i in self.header.index.get(c, ()))
        return RowError(n, shorten(name), tuple(r for _, r in problems), cols, at_fault)

    def _changes(self, old: Person, data: PersonInput, branch: Branch, unit_path: tuple[str, ...],
                 unit_label: str | None) -> tuple[str, ...]:
        """What an update changes, as “岗位：采煤 → 检修”; empty when nothing."""
        changes = []
        for f, col in _FIELD_COLUMN.items():
            before, after = getattr(old, f), getattr(data, f)
            if f == "unit_id":
                if unit_path or before != after:
                    changes.append(f"{col}：{_shown(self.org.unit_label(before))} → {unit_label or '（空）'}")
            elif f == "joined_party_on":
                was = format_date(before, old.joined_party_precision)
                now = format_date(after, data.joined_party_precision)
                if was != now:
                    changes.append(f"{col}：{was or '（空）'} → {now or '（空）'}")
            elif f == "branch_id":
                if before != after:
                    was = self.org.branches[before].name if before in self.org.branches else before
                    changes.append(f"{col}：{_shown(was)} → {branch.name}")
            elif before != after:
                changes.append(f"{col}：{_shown(before)} → {_shown(after)}")
        if old.archived_at is not None:
            changes.append("恢复在册（取消归档）")
        return tuple(changes)


def _problem_column(reason: str) -> str:
    """The column a rule's reason (from ``person_problems``) is about, by its first words."""
    for prefix, col in (("政治面貌为", "入党日期"), ("姓名", "姓名"), ("工号", "工号"), ("入党日期", "入党日期"),
                        ("联系电话", "联系电话"), ("岗位", "岗位")):
        if reason.startswith(prefix):
            return col
    return ""


def _shown(v: object) -> str:
    if v is None or v == "":
        return "（空）"
    if isinstance(v, (Gender, PoliticalStatus)):
        return v.value
    if isinstance(v, date):
        return v.isoformat()
    return str(v)
