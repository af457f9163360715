"""The service context: the database, the acting user, and the unit of work.

Database errors a user can do nothing about in detail (a broken reference, a locked file, a
lost connection) reach him as one fixed Chinese sentence; the driver's English text stays in
the exception chain and the debug log for whoever looks into it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from dangjian_desktop.db.engine import describe, make_engine, make_session_factory, resolve_url
from dangjian_desktop.domain.errors import ConflictError, DomainError, PermissionDenied
from dangjian_desktop.domain.security import Role, User

log = logging.getLogger(__name__)

INTEGRITY_MESSAGE = "保存失败：这条记录与已有数据冲突（可能被其他记录引用或重复），未做任何修改。"
UNAVAILABLE_MESSAGE = "数据库暂时无法使用（可能正被其他电脑占用或网络中断），请稍后重试；未做任何修改。"
STALE_ACCOUNT_MESSAGE = "您的账号已被停用或权限已变更，请重新登录。"


@dataclass(frozen=True)
class Actor:
    """Who is acting: a logged-in user, or the command line acting for the OS user."""

    user_id: int | None
    username: str
    display_name: str
    role: Role
    person_id: int | None = None

    @property
    def label(self) -> str:
        """How the audit log and the import history name him: "王书记（shuji）"."""
        if self.display_name == self.username:
            return self.username
        return f"{self.display_name}（{self.username}）"

    @property
    def can_write(self) -> bool:
        return self.role in (Role.SECRETARY, Role.COMMITTEE)

    @property
    def is_secretary(self) -> bool:
        return self.role is Role.SECRETARY

    @property
    def may_read_mood_files(self) -> bool:
        """Whether he may see any mood file at all: a signed-in 书记 or 委员 (a 委员 only those of
        the workers he covers, which the mood service decides). Never a 查看 account, and never
        the command line without a login, although it acts with the secretary's role."""
        return self.user_id is not None and self.role in (Role.SECRETARY, Role.COMMITTEE)

    def require_write(self) -> None:
        if not self.can_write:
            raise PermissionDenied(f"当前账号（{self.role.value}）只能查看，不能修改数据。")

    def require_secretary(self) -> None:
        if not self.is_secretary:
            raise PermissionDenied("只有书记账号可以进行此操作。")


class Database:
    """An engine and its session factory for one database URL."""

    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_url(url)
        self.engine = make_engine(self.url)
        self._sessions = make_session_factory(self.engine)

    @property
    def description(self) -> str:
        return describe(self.url)

    @contextmanager
    def uow(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any error.

        A concurrent edit (StaleDataError) becomes a ConflictError, a broken reference or a
        duplicate (IntegrityError) and a locked or unreachable database (OperationalError) a
        DomainError, each with a fixed Chinese message.
        """
        session = self._sessions()
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError() from exc
        except IntegrityError as exc:
            session.rollback()
            log.debug("IntegrityError: %s", exc.orig)
            raise DomainError(INTEGRITY_MESSAGE) from exc
        except OperationalError as exc:
            _rollback_quietly(session)  # on a lost connection the rollback fails as well
            log.debug("OperationalError: %s", exc.orig)
            raise DomainError(UNAVAILABLE_MESSAGE) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (rolled back at the end)."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def _rollback_quietly(session: Session) -> None:
    try:
        session.rollback()
    except SQLAlchemyError as exc:
        log.debug("rollback failed: %s", exc)


@dataclass(frozen=True)
class Ctx:
    """What every service call needs: where, and who."""

    db: Database
    actor: Actor

    @contextmanager
    def uow(self) -> Iterator[Session]:
        """A unit of work for this actor; his account is checked again first (see check_account)."""
        with self.db.uow() as session:
            self.check_account(session)
            yield session

    def read(self):
        """A read-only session; reads are not re-checked (what he may see, he saw at login)."""
        return self.db.read()

    def check_account(self, session: Session) -> None:
        """Refuse a signed-in user whose account was disabled, or given another role, since login.

        The Actor is a copy taken at login; this one primary-key read in the write's own
        transaction keeps a window left open from acting on rights he no longer has. The
        command line (no user id) acts for the operating-system user and is not checked.
        """
        if self.actor.user_id is None:
            return
        row = session.execute(select(User.active, User.role).where(User.id == self.actor.user_id)).one_or_none()
        if row is None or not row.active or row.role is not self.actor.role:
            raise PermissionDenied(STALE_ACCOUNT_MESSAGE)

    def require_current_account(self) -> None:
        """check_account in a read of its own, for work that is not a unit of work (backup)."""
        with self.read() as session:
            self.check_account(session)
