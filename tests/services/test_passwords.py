"""Password hashing: the production parameters, and the cheap hasher the tests use."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from argon2 import Type
from sqlalchemy import select

from dangjian_desktop.domain.security import Role, User
from dangjian_desktop.services import auth, passwords

from ..conftest import FAST_HASHER


def test_the_production_hasher_keeps_the_production_parameters():
    h = passwords.PRODUCTION
    assert (h.type, h.time_cost, h.memory_cost, h.parallelism, h.hash_len, h.salt_len) == (
        Type.ID, 3, 64 * 1024, 4, 32, 16)


def test_the_tests_hash_cheaply_and_the_program_can_still_read_those_hashes():
    assert passwords.current() is FAST_HASHER  # tests/conftest.py
    cheap = passwords.hash_password("secret123")
    assert cheap.startswith("$argon2id$v=19$m=8,t=1,p=1$")
    # An argon2 hash carries its parameters: the production hasher verifies it, and knows to redo it.
    assert passwords.PRODUCTION.verify(cheap, "secret123")
    assert passwords.PRODUCTION.check_needs_rehash(cheap)
    assert not passwords.verify_password(cheap, "wrong") and not passwords.verify_password("not a hash", "x")


@pytest.fixture
def production_hasher() -> Iterator[None]:
    passwords.use_hasher(None)
    try:
        yield
    finally:
        passwords.use_hasher(FAST_HASHER)


def test_a_login_under_the_production_hasher_upgrades_a_cheap_hash(secretary, production_hasher):
    assert passwords.current() is passwords.PRODUCTION
    actor = auth.login(secretary.db, "shuji", "secret123")  # the fixture's account, hashed cheaply
    assert actor.role is Role.SECRETARY
    with secretary.db.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "shuji"))
    assert stored is not None and stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert auth.login(secretary.db, "shuji", "secret123").username == "shuji"
