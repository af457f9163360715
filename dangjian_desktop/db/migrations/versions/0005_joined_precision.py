"""入党日期 known to the month only: person.joined_party_precision

Revision ID: 0005_joined_precision
Revises: 0004_pinyin_prefix_order
Create Date: 2026-11-30

Rosters kept in offices give many 入党日期 to the month only (2005.06, 2005年6月). The date stays
in ``joined_party_on`` (the 1st of the month) and the new column says how precise it is:
'day' (every existing row: they were all entered to the day) or 'month' (shown 2005-06).
The downgrade drops the column; the dates stay (the 1st of their month).
"""
from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0005_joined_precision'
down_revision: Union[str, None] = '0004_pinyin_prefix_order'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("joined_party_precision", sa.String(8), nullable=False, server_default="day"))


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("joined_party_precision")
