"""Who may read a worker's 思想动态档案 (mood file and its warnings), and the audited read.

The rule (README 角色): a signed-in 书记 reads every file; a 委员 only the files of the workers
he covers, i.e. workers in an active pairing (结对子 / 包保) whose member is the person his
account is linked to; a 查看 account never; nor does the command line, which acts for whoever
can open the database file and has no login. Coverage comes from the pairings alone (the
active pairing is the single source of truth for 包保: ``services.coverage``), never from a copy
kept elsewhere.

Every read of a file's content is audited (``require_mood_read``), so the 书记 can see who
looked at whose file; lists use ``readable_worker_ids`` to filter in SQL.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangjian_desktop.domain.errors import PermissionDenied
from dangjian_desktop.domain.mood import MoodFile
from dangjian_desktop.domain.org import Person
from dangjian_desktop.domain.security import Role

from . import audit as audit_log
from . import coverage
from .audit import AuditAction, AuditEntity
from .uow import Actor

CLI_REFUSED = "命令行不能查看职工思想动态档案，请登录程序后查看。"
VIEWER_REFUSED = "“查看”账号不能查看职工思想动态档案。"
NOT_COVERED = "您只能查看自己包保的职工的思想动态档案（以当前有效的结对为准）。"
NO_PERSON = "委员账号未关联本人在人员名册中的记录，无法确定您包保的职工，请联系书记。"


def _refusal(s: Session, actor: Actor, worker_id: int, today: date) -> str | None:
    """Why ``actor`` may not read the worker's file, or None when he may."""
    if actor.user_id is None:
        return CLI_REFUSED
    if actor.role is Role.SECRETARY:
        return None
    if actor.role is not Role.COMMITTEE:
        return VIEWER_REFUSED
    if actor.person_id is None:
        return NO_PERSON
    return None if coverage.is_covering(s, actor.person_id, worker_id, today) else NOT_COVERED


def may_read_mood_file(s: Session, actor: Actor, worker_id: int, today: date) -> bool:
    """Whether ``actor`` may read the mood file (and warnings) of ``worker_id`` on ``today``."""
    return _refusal(s, actor, worker_id, today) is None


def require_mood_read(s: Session, actor: Actor, worker_id: int, today: date, audit: bool = True) -> None:
    """PermissionDenied (in Chinese, saying why) unless ``actor`` may read the worker's file.

    When he may and ``audit`` is true, an audit entry (查看, 思想动态档案) is added to the
    caller's transaction: call it inside ``ctx.uow()`` (which also re-checks the account), before
    reading the file. ``audit=False`` is for a check that shows nothing of the file (say,
    whether to enable a button).
    """
    refusal = _refusal(s, actor, worker_id, today)
    if refusal is not None:
        raise PermissionDenied(refusal)
    if audit:
        name = s.scalar(select(Person.name).where(Person.id == worker_id)) or f"#{worker_id}"
        file_id = s.scalar(select(MoodFile.id).where(MoodFile.worker_id == worker_id))
        audit_log.record(s, actor, AuditAction.VIEW, AuditEntity.MOOD_FILE, file_id, f"查看职工 {name} 的思想动态档案",
                     {"worker_id": worker_id})


def readable_worker_ids(s: Session, actor: Actor, today: date) -> set[int] | None:
    """The workers whose mood files ``actor`` may list on ``today``: None for all (a signed-in
    书记), the covered workers for a 委员, an empty set for anyone else."""
    if not actor.may_read_mood_files:
        return set()
    if actor.role is Role.SECRETARY:
        return None
    if actor.person_id is None:
        return set()
    return coverage.covered_workers(s, actor.person_id, today)
