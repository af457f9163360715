"""One exception family for everything a user can be told, each with a Chinese message."""

from __future__ import annotations


class DomainError(Exception):
    """An error the user can read: ``str(err)`` is the Chinese message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DomainError):
    """Bad input; ``problems`` lists every field's message when there are several."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or [message]


class PermissionDenied(DomainError):
    pass


class NotFound(DomainError):
    pass


class ConflictError(DomainError):
    """Someone else changed the row since it was read (optimistic locking)."""

    def __init__(self, message: str = "该记录已被他人修改，请刷新后重试；您的修改未保存，原数据未受影响。") -> None:
        super().__init__(message)


class AuthError(DomainError):
    pass


class SchemaTooNew(DomainError):
    pass
