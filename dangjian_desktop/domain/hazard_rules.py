"""The hazard ledger's rules, without a database: the overdue rule, the status machine, and
what a hazard's input must satisfy. ``today`` is always given, so the rules are tested with a
fixed date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .hazards import HazardLevel, HazardStatus

#: Still to be rectified: these can be overdue.
OPEN_STATES = (HazardStatus.OPEN, HazardStatus.IN_PROGRESS)
MAX_PHOTOS = 10  # per hazard, before and after together
PHOTO_MAX_PX = 1600  # the longer side of a stored photo
DESCRIPTION_MAX = 1000
DEPT_MAX = 100


def is_overdue(status: HazardStatus, deadline: date, today: date) -> bool:
    """逾期: the deadline has passed (is before today) and it is still 待整改 or 整改中.
    Due today is not overdue; 待验收 (rectified, waiting for the check) never is."""
    return status in OPEN_STATES and deadline < today


def overdue_days(status: HazardStatus, deadline: date, today: date) -> int:
    """Days past the deadline when overdue, else 0."""
    return (today - deadline).days if is_overdue(status, deadline, today) else 0


#: status → the statuses an action may move it to.
TRANSITIONS: dict[HazardStatus, tuple[HazardStatus, ...]] = {
    HazardStatus.OPEN: (HazardStatus.IN_PROGRESS,),
    HazardStatus.IN_PROGRESS: (HazardStatus.AWAITING_CHECK,),
    HazardStatus.AWAITING_CHECK: (HazardStatus.CLOSED, HazardStatus.IN_PROGRESS),  # verified, or sent back
    HazardStatus.CLOSED: (),
}


def transition_problem(current: HazardStatus, wanted: HazardStatus) -> str | None:
    """Why ``current`` cannot move to ``wanted`` (None: it can)."""
    if wanted in TRANSITIONS[current]:
        return None
    if wanted is HazardStatus.CLOSED:
        return f"隐患须经整改（待验收）并由他人验收后才能闭合，当前状态为“{current.value}”"
    if current is HazardStatus.CLOSED:
        return "隐患已闭合，不能再变更状态"
    return f"隐患不能从“{current.value}”变为“{wanted.value}”"


@dataclass(frozen=True)
class HazardInput:
    """What the hazard dialog (or a caller) gives for a new or edited hazard."""

    found_on: date | None
    description: str
    deadline: date | None
    zone_id: int | None = None  # gives the branch and unit
    branch_id: int | None = None  # when no zone is named
    unit_id: int | None = None
    finder_id: int | None = None
    level: HazardLevel = HazardLevel.ORDINARY
    responsible_dept: str = ""
    responsible_person_id: int | None = None
    measures: str = ""


def input_problems(data: HazardInput, today: date) -> list[str]:
    """The date and text problems of ``data`` (the database checks the rest)."""
    problems = []
    if not data.description:
        problems.append("请填写隐患描述")
    elif len(data.description) > DESCRIPTION_MAX:
        problems.append(f"隐患描述过长（最多{DESCRIPTION_MAX}个字）")
    if data.found_on is None:
        problems.append("请填写发现日期")
    elif data.found_on > today:
        problems.append(f"发现日期 {data.found_on:%Y-%m-%d} 晚于今天")
    if data.deadline is None:
        problems.append("请填写整改期限")
    elif data.found_on is not None and data.deadline < data.found_on:
        problems.append(f"整改期限 {data.deadline:%Y-%m-%d} 早于发现日期 {data.found_on:%Y-%m-%d}")
    if data.zone_id is None and data.branch_id is None:
        problems.append("请选择责任区（或所属支部）")
    if len(data.responsible_dept) > DEPT_MAX:
        problems.append(f"责任部门过长（最多{DEPT_MAX}个字）")
    return problems
