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


class LoginWait(AuthError):
    """Too many failed logins in a row for one name: the next attempt must wait ``seconds``.

    ``refusal`` is the answer to the attempt that was just checked (“用户名或密码不正确。”), or ""
    when the attempt came too early and was not checked at all.
    """

    def __init__(self, failures: int, seconds: int, refusal: str = "") -> None:
        self.failures, self.seconds, self.refusal = failures, seconds, refusal
        super().__init__(self.message_for(seconds))

    def message_for(self, seconds: int) -> str:
        """The message with ``seconds`` left (a countdown shows it again each second)."""
        return f"{self.refusal}连续输错密码{self.failures}次，请在{seconds}秒后再试。"


class SchemaTooNew(DomainError):
    pass
