"""Read models for the reports: local hours of tickets and visits, each visit's trip for its case (最多跑一次),
each case's local day of completion, pauses, appointments.

The new columns and tables are filled by a rebuild from the log: ``halls.projected`` is set back to 0,
so the server rebuilds every hall's read models the next time it folds the hall.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ID = sa.String(64)
AT = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("rm_tickets") as batch:
        batch.add_column(sa.Column("hour", sa.Integer, nullable=False, server_default="0"))
    with op.batch_alter_table("rm_visits") as batch:
        batch.add_column(sa.Column("hour", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("trip", sa.Integer, nullable=True))
    with op.batch_alter_table("rm_cases") as batch:
        batch.add_column(sa.Column("completed_day", sa.Date, nullable=True))
    op.create_index("rm_visits_case", "rm_visits", ["hall_id", "case_number"])
    op.create_table(
        "rm_pauses",
        sa.Column("hall_id", ID, primary_key=True),
        sa.Column("window", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("started_at", AT, primary_key=True),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("hour", sa.Integer, nullable=False),
        sa.Column("staff", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("expected_return", AT, nullable=False),
        sa.Column("ended_at", AT, nullable=True),
        sa.Column("seconds", sa.Float, nullable=True),
    )
    op.create_index("rm_pauses_day", "rm_pauses", ["hall_id", "day"])
    op.create_table(
        "rm_appointments",
        sa.Column("hall_id", ID, primary_key=True),
        sa.Column("code", sa.String(12), primary_key=True),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("category", sa.String(1), nullable=False),
        sa.Column("item", sa.String(40), nullable=True),
        sa.Column("slot_start", AT, nullable=False),
        sa.Column("slot_end", AT, nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("on_time", sa.Boolean, nullable=True),
        sa.Column("ticket_id", ID, nullable=True),
    )
    op.create_index("rm_appointments_day", "rm_appointments", ["hall_id", "day"])
    op.execute("UPDATE halls SET projected = 0")


def downgrade() -> None:
    op.drop_table("rm_appointments")
    op.drop_table("rm_pauses")
    op.drop_index("rm_visits_case", "rm_visits")
    with op.batch_alter_table("rm_cases") as batch:
        batch.drop_column("completed_day")
    with op.batch_alter_table("rm_visits") as batch:
        batch.drop_column("trip")
        batch.drop_column("hour")
    with op.batch_alter_table("rm_tickets") as batch:
        batch.drop_column("hour")
