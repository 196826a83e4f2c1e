"""Snapshots carry the format they were encoded in; older ones are ignored and the world is
rebuilt from the events instead.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    with op.batch_alter_table("snapshot") as batch:
        batch.add_column(sa.Column("format", sa.Integer, nullable=False, server_default="1"))
