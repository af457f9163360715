"""Password hashing (argon2id) for every account: the one hasher the program uses.

The parameters are RFC 9106's low-memory profile (argon2-cffi's defaults): time cost 3, 64 MiB,
parallelism 4, which takes a good fraction of a second on an office PC, as it should.
An argon2 hash carries its parameters, so a hash verifies whatever hasher is current, and a
login re-hashes a password whose hash was made with other parameters (``needs_rehash``).

Tests call ``use_hasher`` once (tests/conftest.py) with a cheap hasher, so a test suite that
creates and signs in hundreds of accounts does not spend most of its time hashing; nothing in
the program calls it, and no setting or environment variable can weaken the production one.
"""

from __future__ import annotations

import secrets

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError

PRODUCTION = PasswordHasher.from_parameters(profiles.RFC_9106_LOW_MEMORY)

_hasher = PRODUCTION
_dummy: tuple[PasswordHasher, str] | None = None  # the hasher and its hash for verify_dummy


def use_hasher(hasher: PasswordHasher | None) -> None:
    """For tests only: hash with ``hasher`` from now on (None: the production hasher again)."""
    global _hasher
    _hasher = PRODUCTION if hasher is None else hasher


def current() -> PasswordHasher:
    return _hasher


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """Whether ``password`` is the one ``stored_hash`` was made from; False for a damaged hash too."""
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def verify_dummy(password: str) -> None:
    """Verify ``password`` against a hash of nothing anyone knows, made once (lazily) with the
    current hasher's parameters: a login for a name that does not exist takes as long as a wrong
    password, so the time does not tell which names exist."""
    global _dummy
    if _dummy is None or _dummy[0] is not _hasher:
        _dummy = (_hasher, _hasher.hash(secrets.token_urlsafe(16)))
    verify_password(_dummy[1], password)


def needs_rehash(stored_hash: str) -> bool:
    """Whether ``stored_hash`` was made with other parameters than the current hasher's."""
    return _hasher.check_needs_rehash(stored_hash)
