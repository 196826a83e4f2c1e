"""Each event row carries the command that made it (the sequence number of that command's first
event), so replay can step by whole commands; each finished turn gets its record in its own
table, so a snapshot need not carry the whole history; a game branched from another names its
parent file and the event it was branched at.

Rows saved before this kept one timestamp per command: their command is the first event that
shares their timestamp. Turn records of older games are rebuilt from their events when the game
is opened (`wargame.store`), since a migration must not depend on the rules of play.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    with op.batch_alter_table("game") as batch:
        batch.add_column(sa.Column("parent_path", sa.Text, nullable=True))
        batch.add_column(sa.Column("parent_event", sa.Integer, nullable=True))
        batch.add_column(sa.Column("branched_at", sa.String(32), nullable=True))
    with op.batch_alter_table("event") as batch:
        batch.add_column(sa.Column("command", sa.Integer, nullable=True))
    op.execute(
        "UPDATE event SET command = (SELECT MIN(e.seq) FROM event AS e "
        "WHERE e.game_id = event.game_id AND e.recorded_at = event.recorded_at)"
    )
    op.create_index("event_by_command", "event", ["game_id", "command"])
    op.create_table(
        "turn_record",
        sa.Column("game_id", sa.Integer, primary_key=True),
        sa.Column("turn", sa.Integer, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("format", sa.Integer, nullable=False),
        sa.ForeignKeyConstraint(["game_id", "seq"], ["event.game_id", "event.seq"]),
    )
