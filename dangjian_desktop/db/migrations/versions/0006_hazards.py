"""hazard ledger: an index on hazard (status, deadline)

Revision ID: 0006_hazards
Revises: 0005_joined_precision
Create Date: 2026-11-30

逾期 is computed, never stored: ``status IN ('待整改', '整改中') AND deadline < today``. Without
an index that starts with the status, every overdue query of the 隐患台账 tab (the overdue rows
listed first, the 逾期 filter, the 工作台's overdue and due-soon counts) reads the whole table:
on the 100,000 hazards of the large demo that alone takes the 50 ms the tab may spend on a
filter. The index makes it a range search of the few open hazards. No data changes; the
downgrade drops the index.
"""
from __future__ import annotations

from typing import Sequence, Union

from alembic import op

revision: str = '0006_hazards'
down_revision: Union[str, None] = '0005_joined_precision'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

INDEX = "ix_hazard_status_deadline"


def upgrade() -> None:
    op.create_index(INDEX, "hazard", ["status", "deadline"])


def downgrade() -> None:
    op.drop_index(INDEX, table_name="hazard")
