"""The service context: the database, the acting user, and the unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from dangjian_desktop.db.engine import describe, make_engine, make_session_factory, resolve_url
from dangjian_desktop.domain.errors import ConflictError, DomainError, PermissionDenied
from dangjian_desktop.domain.security import Role


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

    def require_write(self) -> None:
        if not self.can_write:
            raise PermissionDenied(f"当前账号（{self.role.value}）只能查看，不能修改数据。")

    def require_secretary(self) -> None:
        if not self.is_secretary:
            raise PermissionDenied("只有书记账号可以进行此操作。")


class Database:
    """An engine and its session factory for one database URL."""

    def __init__(self, url: str | None = None, engine: Engine | None = None) -> None:
        self.url = str(engine.url) if engine is not None else resolve_url(url)
        self.engine = engine if engine is not None else make_engine(self.url)
        self._sessions = make_session_factory(self.engine)

    @property
    def description(self) -> str:
        return describe(self.url)

    @contextmanager
    def uow(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any error.

        A concurrent edit (StaleDataError) becomes a ConflictError with a Chinese message.
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
            raise DomainError(f"数据不一致，未保存：{exc.orig}") from exc
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


@dataclass(frozen=True)
class Ctx:
    """What every service call needs: where, and who."""

    db: Database
    actor: Actor

    def uow(self):
        return self.db.uow()

    def read(self):
        return self.db.read()
