"""Read models: the fold's tickets, visits, ratings, cases and windows, queryable for reports.

The tables start empty; the server rebuilds them from the log when ``halls.projected`` is behind
``halls.head``, so an upgraded database reports on its whole history.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ID = sa.String(64)
AT = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("halls") as batch:
        batch.add_column(sa.Column("projected", sa.BigInteger, nullable=False, server_default="0"))
    op.create_table(
        "rm_tickets",
        sa.Column("hall_id", ID, primary_key=True),
        sa.Column("id", ID, primary_key=True),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("number", sa.String(8), nullable=False),
        sa.Column("category", sa.String(1), nullable=False),
        sa.Column("channel", sa.String(12), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("issued_at", AT, nullable=False),
        sa.Column("called_at", AT, nullable=True),
        sa.Column("closed_at", AT, nullable=True),
        sa.Column("wait_seconds", sa.Float, nullable=True),
        sa.Column("window", sa.Integer, nullable=True),
        sa.Column("staff", sa.String(16), nullable=True),
        sa.Column("calls", sa.Integer, nullable=False),
        sa.Column("transfers", sa.Integer, nullable=False),
        sa.Column("requeues", sa.Integer, nullable=False),
        sa.Column("appointment_code", sa.String(12), nullable=True),
        sa.Column("items", sa.JSON, nullable=False),
        sa.Column("package", sa.String(40), nullable=True),
        sa.Column("visits", sa.JSON, nullable=False),
    )
    op.create_index("rm_tickets_day", "rm_tickets", ["hall_id", "day", "category"])
    op.create_table(
        "rm_visits",
        sa.Column("hall_id", ID, primary_key=True),
        sa.Column("id", ID, primary_key=True),
        sa.Column("ticket_id", ID, nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("number", sa.String(8), nullable=False),
        sa.Column("category", sa.String(1), nullable=False),
        sa.Column("window", sa.Integer, nullable=False),
        sa.Column("staff", sa.String(16), nullable=False),
        sa.Column("finished_by", sa.String(16), nullable=True),
        sa.Column("started_at", AT, nullable=False),
        sa.Column("finished_at", AT, nullable=True),
        sa.Column("service_seconds", sa.Float, nullable=True),
        sa.Column("outcome", sa.String(20), nullable=True),
        sa.Column("transferred", sa.Boolean, nullable=False),
        sa.Column("items", sa.JSON, nullable=False),
        sa.Column("package", sa.String(40), nullable=True),
        sa.Column("case_number", sa.String(40), nullable=True),
        sa.Column("missing_materials", sa.JSON, nullable=False),
        sa.Column("rating_id", ID, nullable=True),
        sa.Column("skipped_rating", sa.Boolean, nullable=False),
    )
    op.create_index("rm_visits_day", "rm_visits", ["hall_id", "day", "window"])
    op.create_table(
        "rm_ratings",
        sa.Column("hall_id", ID, primary_key=True),
        sa.Column("id", ID, primary_key=True),
        sa.Column("target", sa.String(8), nullable=False),
        sa.Column("target_id", ID, nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("at", AT, nullable=False),
        sa.Column("level", sa.String(20), nullable=False),
        sa.Column("score", sa.Integer, nullable=False),
        sa.Column("bad", sa.Boolean, nullable=False),
        sa.Column("reasons", sa.JSON, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("real_name", sa.Boolean, nullable=False),
        sa.Column("contact", sa.String(40), nullable=False),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("window", sa.Integer, nullable=True),
        sa.Column("staff", sa.String(16), nullable=True),
        sa.Column("category", sa.String(1), nullable=True),
        sa.Column("items", sa.JSON, nullable=False),
        sa.Column("defaulted", sa.Boolean, nullable=False),
    )
    op.create_index("rm_ratings_day", "rm_ratings", ["hall_id", "day", "level"])
    op.create_table(
        "rm_cases",
        sa.Column("hall_id", ID, primary_key=True),
        sa.Column("number", sa.String(40), primary_key=True),
        sa.Column("items", sa.JSON, nullable=False),
        sa.Column("package", sa.String(40), nullable=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("accepted_at", AT, nullable=False),
        sa.Column("accepted_by", ID, nullable=False),
        sa.Column("promised_date", sa.Date, nullable=False),
        sa.Column("completed_at", AT, nullable=True),
        sa.Column("result", sa.Text, nullable=False),
        sa.Column("stages", sa.JSON, nullable=False),
        sa.Column("last_stage", sa.String(200), nullable=True),
        sa.Column("visits", sa.JSON, nullable=False),
        sa.Column("applicant", sa.String(200), nullable=False),
        sa.Column("rating_id", ID, nullable=True),
    )
    op.create_index("rm_cases_promised", "rm_cases", ["hall_id", "status", "promised_date"])
    op.create_table(
        "rm_windows",
        sa.Column("hall_id", ID, primary_key=True),
        sa.Column("number", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("staff", sa.String(16), nullable=True),
        sa.Column("ticket_id", ID, nullable=True),
        sa.Column("visit_id", ID, nullable=True),
        sa.Column("since", AT, nullable=True),
        sa.Column("pause_reason", sa.String(200), nullable=True),
        sa.Column("pause_expected_return", AT, nullable=True),
        sa.Column("handover_at", AT, nullable=True),
    )


def downgrade() -> None:
    for table in ("rm_windows", "rm_cases", "rm_ratings", "rm_visits", "rm_tickets"):
        op.drop_table(table)
    with op.batch_alter_table("halls") as batch:
        batch.drop_column("projected")
