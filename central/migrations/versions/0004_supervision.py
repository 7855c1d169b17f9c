"""Supervision: web users and their sessions, the audit trail, bad-rating cases and their steps.

Cases are opened from the bad ratings in ``rm_ratings``; ``halls.projected`` is set back to 0 so the next
fold of each hall opens the cases of the bad ratings it already has.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ID = sa.String(64)
AT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(40), nullable=False, unique=True),
        sa.Column("display_name", sa.String(60), nullable=False),
        sa.Column("role", sa.String(24), nullable=False),
        sa.Column("hall_id", ID, nullable=True),
        sa.Column("department", sa.String(120), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("failed_attempts", sa.Integer, nullable=False),
        sa.Column("locked_until", AT, nullable=True),
        sa.Column("created_at", AT, nullable=False),
        sa.Column("disabled_at", AT, nullable=True),
    )
    op.create_table(
        "web_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer, nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", AT, nullable=False),
        sa.Column("expires_at", AT, nullable=False),
    )
    op.create_index("web_sessions_user", "web_sessions", ["user_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", AT, nullable=False),
        sa.Column("user_id", sa.Integer, nullable=True),
        sa.Column("username", sa.String(40), nullable=False),
        sa.Column("hall_id", ID, nullable=True),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("target", sa.String(120), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("ip", sa.String(64), nullable=False),
    )
    op.create_index("audit_log_hall_at", "audit_log", ["hall_id", "at"])
    op.create_table(
        "br_cases",
        sa.Column("hall_id", ID, primary_key=True),
        sa.Column("number", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("rating_id", ID, nullable=False),
        sa.Column("opened_at", AT, nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("level", sa.String(20), nullable=False),
        sa.Column("target", sa.String(8), nullable=False),
        sa.Column("target_id", ID, nullable=False),
        sa.Column("window", sa.Integer, nullable=True),
        sa.Column("staff", sa.String(16), nullable=True),
        sa.Column("category", sa.String(1), nullable=True),
        sa.Column("items", sa.JSON, nullable=False),
        sa.Column("department", sa.String(120), nullable=False),
        sa.Column("real_name", sa.Boolean, nullable=False),
        sa.Column("step", sa.String(12), nullable=False),
        sa.Column("step_since", AT, nullable=False),
        sa.Column("step_due", sa.Date, nullable=False),
        sa.Column("valid", sa.Boolean, nullable=True),
        sa.Column("appealed", sa.Boolean, nullable=False),
        sa.Column("outcome", sa.String(12), nullable=False),
        sa.Column("closed_at", AT, nullable=True),
        sa.Column("replied_at", AT, nullable=True),
        sa.Column("done_at", AT, nullable=True),
        sa.UniqueConstraint("hall_id", "rating_id", name="br_cases_rating"),
    )
    op.create_index("br_cases_step", "br_cases", ["hall_id", "step", "step_due"])
    op.create_index("br_cases_day", "br_cases", ["hall_id", "day"])
    op.create_table(
        "br_case_steps",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("hall_id", ID, nullable=False),
        sa.Column("case_number", sa.Integer, nullable=False),
        sa.Column("step", sa.String(12), nullable=False),
        sa.Column("action", sa.String(12), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("user_id", sa.Integer, nullable=True),
        sa.Column("username", sa.String(40), nullable=False),
        sa.Column("role", sa.String(24), nullable=False),
        sa.Column("at", AT, nullable=False),
        sa.Column("due", sa.Date, nullable=False),
        sa.Column("late", sa.Boolean, nullable=False),
    )
    op.create_index("br_case_steps_case", "br_case_steps", ["hall_id", "case_number"])
    op.execute("UPDATE halls SET projected = 0")


def downgrade() -> None:
    for table in ("br_case_steps", "br_cases", "audit_log", "web_sessions", "users"):
        op.drop_table(table)
