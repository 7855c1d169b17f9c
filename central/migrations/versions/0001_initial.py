"""The log and what admits to it: halls, events, refused events, devices, enrollment codes, leases, photos.

Revision ID: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(64)
AT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "halls",
        sa.Column("id", ID, primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("bundle", sa.Text, nullable=False),
        sa.Column("head", sa.BigInteger, nullable=False),
        sa.Column("loaded_at", AT, nullable=False),
    )
    op.create_table(
        "photos",
        sa.Column("hall_id", ID, primary_key=True),
        sa.Column("staff", sa.String(16), primary_key=True),
        sa.Column("content_type", sa.String(40), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("hall_id", ID, primary_key=True),
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("received_at", sa.BigInteger, nullable=False),
    )
    op.create_index("events_hall_day", "events", ["hall_id", "day", "seq"])
    op.create_table(
        "rejected_events",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("hall_id", ID, nullable=False),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("code", sa.String(60), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("field", sa.String(200), nullable=False),
        sa.Column("received_at", sa.BigInteger, nullable=False),
    )
    op.create_index("rejected_events_hall", "rejected_events", ["hall_id", "received_at"])
    op.create_table(
        "devices",
        sa.Column("id", ID, primary_key=True),
        sa.Column("hall_id", ID, nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("slot", sa.Integer, nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("enrolled_at", AT, nullable=False),
        sa.Column("revoked_at", AT, nullable=True),
        sa.UniqueConstraint("hall_id", "slot", name="devices_hall_slot"),
    )
    op.create_table(
        "enroll_codes",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("hall_id", ID, nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("created_at", AT, nullable=False),
        sa.Column("expires_at", AT, nullable=False),
        sa.Column("used_at", AT, nullable=True),
        sa.Column("device_id", ID, nullable=True),
    )
    op.create_table(
        "leases",
        sa.Column("hall_id", ID, primary_key=True),
        sa.Column("category", sa.String(1), primary_key=True),
        sa.Column("day", sa.String(10), primary_key=True),
        sa.Column("first", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("last", sa.Integer, nullable=False),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("leased_at", AT, nullable=False),
    )


def downgrade() -> None:
    for table in ("leases", "enroll_codes", "devices", "rejected_events", "events", "photos", "halls"):
        op.drop_table(table)
