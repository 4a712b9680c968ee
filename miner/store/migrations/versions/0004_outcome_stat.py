"""outcome rows: which statistic the ``mean`` column holds (mean or median)

Revision ID: 0004
Revises: 0003

Adds the nullable ``outcome_values.stat`` column (contract extension: BBB
reported as median [IQR] / median (range) is marked ``"median"``). Existing rows
keep NULL, which reads as ``"mean"``, exactly what they were exported as before;
no row is rewritten, so reviewers' decisions keep matching the machine values
they were made on. Downgrade drops the column (median marks are lost).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outcome_values", schema=None) as batch_op:
        batch_op.add_column(sa.Column("stat", sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outcome_values", schema=None) as batch_op:
        batch_op.drop_column("stat")
