"""The people table of the 人员 tab: a paged model over ``services.roster``."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtGui import QBrush, QColor

from dangjian_desktop.domain.org import PoliticalStatus
from dangjian_desktop.services import roster
from dangjian_desktop.services.roster import PersonFilter, PersonRow, SortKey
from dangjian_desktop.services.uow import Ctx
from dangjian_desktop.ui.common.table_model import ALIGN_CENTER, Column, PagedTableModel

PARTY = (PoliticalStatus.MEMBER, PoliticalStatus.PROBATIONARY)

COL_NAME, COL_EMPLOYEE_NO, COL_GENDER, COL_BRANCH, COL_UNIT, COL_POST, COL_POLITICAL, COL_JOINED, COL_PHONE = range(9)

_ARCHIVED = QBrush(QColor("#9e9e9e"))


class PeopleModel(PagedTableModel[PersonFilter, PersonRow]):
    COLUMNS = (
        Column("姓名", SortKey.NAME),
        Column("工号", SortKey.EMPLOYEE_NO),
        Column("性别", None, ALIGN_CENTER),
        Column("所属支部", SortKey.BRANCH),
        Column("区队/班组", SortKey.UNIT),
        Column("岗位", SortKey.POST),
        Column("政治面貌", SortKey.POLITICAL),
        Column("入党日期", SortKey.JOINED, ALIGN_CENTER),
        Column("联系电话", None),
    )
    DEFAULT_SORT_COLUMN = COL_NAME

    def __init__(self, ctx: Ctx, initial_filter: PersonFilter = PersonFilter(), parent: Any = None) -> None:
        self.ctx = ctx
        super().__init__(
            lambda f: roster.count_people(ctx, f),
            lambda f, offset, limit, key, desc: roster.list_people(
                ctx, replace(f, sort=key, descending=desc), offset, limit
            ),
            initial_filter,
            parent,
        )

    def count_members(self) -> int:
        """Party members (正式 and 预备) among the rows the current filter selects."""
        f = self.filter
        wanted = tuple(s for s in PARTY if not f.political or s in f.political)
        if not wanted:
            return 0
        return roster.count_people(self.ctx, replace(f, political=wanted))

    def display(self, row: PersonRow, column: int) -> str:
        if column == COL_NAME:
            return row.name + ("（已归档）" if row.archived_at else "")
        if column == COL_EMPLOYEE_NO:
            return row.employee_no
        if column == COL_GENDER:
            return row.gender.value if row.gender else ""
        if column == COL_BRANCH:
            return row.branch
        if column == COL_UNIT:
            return row.unit or ""
        if column == COL_POST:
            return (row.post or "") + ("（特种）" if row.special_post else "")
        if column == COL_POLITICAL:
            return row.political_status.value
        if column == COL_JOINED:
            return row.joined_shown  # 2005-06 when known to the month only
        if column == COL_PHONE:
            return row.phone or ""
        return ""

    def tooltip(self, row: PersonRow, column: int) -> str | None:
        lines = [f"{row.name}（工号 {row.employee_no}）", f"{row.branch}" + (f" · {row.unit}" if row.unit else "")]
        if row.special_post:
            lines.append(f"特种岗位：{row.post or ''}")
        if row.note:
            lines.append(f"备注：{row.note}")
        if row.archived_at:
            lines.append(f"已归档（{row.archive_reason or ''}），{row.archived_at:%Y-%m-%d}")
        return "\n".join(lines)

    def foreground(self, row: PersonRow, column: int) -> QBrush | None:
        return _ARCHIVED if row.archived_at else None
