"""Optimistic locking through version_id_col: two offices saving the same row."""

from __future__ import annotations

import pytest

from dangjian_desktop.domain.errors import ConflictError
from dangjian_desktop.domain.org import Branch


def test_second_writer_of_a_stale_row_gets_a_conflict(secretary, org):
    db = secretary.db
    # Two sessions read the same branch, as two PCs on a shared PostgreSQL would.
    with db.uow() as first_office:
        a = first_office.get(Branch, org["branch"])
        with pytest.raises(ConflictError, match="已被他人修改"):
            with db.uow() as second_office:
                b = second_office.get(Branch, org["branch"])
                a.contact_phone = "111"
                first_office.flush()
                first_office.commit()
                b.contact_phone = "222"  # based on the version read before the first commit
    with db.read() as s:
        branch = s.get(Branch, org["branch"])
        assert branch.contact_phone == "111" and branch.version == 2
