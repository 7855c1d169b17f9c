"""The central store's tables: the hall's log and what admits to it, and the read models the fold keeps.

The log (``events``) is the truth; ``rm_*`` tables are the fold's result kept queryable for the
supervision reports, updated in the same transaction as the events that change them and rebuilt
from the log when missing (``halls.projected`` is the last ``seq`` they include).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

ID = String(64)

halls = Table(
    "halls",
    metadata,
    Column("id", ID, primary_key=True),
    Column("name", String(120), nullable=False),
    Column("version", String(64), nullable=False),
    Column("bundle", Text, nullable=False),
    Column("head", BigInteger, nullable=False, default=0),
    Column("projected", BigInteger, nullable=False, default=0),
    Column("loaded_at", DateTime(timezone=True), nullable=False),
)

photos = Table(
    "photos",
    metadata,
    Column("hall_id", ID, primary_key=True),
    Column("staff", String(16), primary_key=True),
    Column("content_type", String(40), nullable=False),
    Column("data", LargeBinary, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("hall_id", ID, primary_key=True),
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("id", String(36), nullable=False, unique=True),
    Column("device_id", ID, nullable=False),
    Column("type", String(40), nullable=False),
    Column("day", String(10), nullable=False),
    Column("body", Text, nullable=False),
    Column("received_at", BigInteger, nullable=False),
)
Index("events_hall_day", events.c.hall_id, events.c.day, events.c.seq)

rejected_events = Table(
    "rejected_events",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("hall_id", ID, nullable=False),
    Column("device_id", ID, nullable=False),
    Column("type", String(40), nullable=False),
    Column("body", Text, nullable=False),
    Column("code", String(60), nullable=False),
    Column("message", Text, nullable=False),
    Column("field", String(200), nullable=False),
    Column("received_at", BigInteger, nullable=False),
)
Index("rejected_events_hall", rejected_events.c.hall_id, rejected_events.c.received_at)

devices = Table(
    "devices",
    metadata,
    Column("id", ID, primary_key=True),
    Column("hall_id", ID, nullable=False),
    Column("kind", String(10), nullable=False),
    Column("slot", Integer, nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("name", String(80), nullable=False, default=""),
    Column("enrolled_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
    UniqueConstraint("hall_id", "slot", name="devices_hall_slot"),
)

enroll_codes = Table(
    "enroll_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("hall_id", ID, nullable=False),
    Column("kind", String(10), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("used_at", DateTime(timezone=True), nullable=True),
    Column("device_id", ID, nullable=True),
)

leases = Table(
    "leases",
    metadata,
    Column("hall_id", ID, primary_key=True),
    Column("category", String(1), primary_key=True),
    Column("day", String(10), primary_key=True),
    Column("first", Integer, primary_key=True, autoincrement=False),
    Column("last", Integer, nullable=False),
    Column("device_id", ID, nullable=False),
    Column("leased_at", DateTime(timezone=True), nullable=False),
)

# --- read models (revision 0002) -------------------------------------------------------------------

rm_tickets = Table(
    "rm_tickets",
    metadata,
    Column("hall_id", ID, primary_key=True),
    Column("id", ID, primary_key=True),
    Column("day", Date, nullable=False),
    Column("number", String(8), nullable=False),
    Column("category", String(1), nullable=False),
    Column("channel", String(12), nullable=False),
    Column("status", String(10), nullable=False),
    Column("device_id", ID, nullable=False),
    Column("issued_at", DateTime(timezone=True), nullable=False),
    Column("called_at", DateTime(timezone=True), nullable=True),
    Column("closed_at", DateTime(timezone=True), nullable=True),
    Column("wait_seconds", Float, nullable=True),
    Column("hour", Integer, nullable=False),
    Column("window", Integer, nullable=True),
    Column("staff", String(16), nullable=True),
    Column("calls", Integer, nullable=False),
    Column("transfers", Integer, nullable=False),
    Column("requeues", Integer, nullable=False),
    Column("appointment_code", String(12), nullable=True),
    Column("items", JSON, nullable=False),
    Column("package", String(40), nullable=True),
    Column("visits", JSON, nullable=False),
)
Index("rm_tickets_day", rm_tickets.c.hall_id, rm_tickets.c.day, rm_tickets.c.category)

rm_visits = Table(
    "rm_visits",
    metadata,
    Column("hall_id", ID, primary_key=True),
    Column("id", ID, primary_key=True),
    Column("ticket_id", ID, nullable=False),
    Column("day", Date, nullable=False),
    Column("number", String(8), nullable=False),
    Column("category", String(1), nullable=False),
    Column("window", Integer, nullable=False),
    Column("staff", String(16), nullable=False),
    Column("finished_by", String(16), nullable=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True), nullable=True),
    Column("service_seconds", Float, nullable=True),
    Column("hour", Integer, nullable=False),
    Column("trip", Integer, nullable=True),
    Column("outcome", String(20), nullable=True),
    Column("transferred", Boolean, nullable=False),
    Column("items", JSON, nullable=False),
    Column("package", String(40), nullable=True),
    Column("case_number", String(40), nullable=True),
    Column("missing_materials", JSON, nullable=False),
    Column("rating_id", ID, nullable=True),
    Column("skipped_rating", Boolean, nullable=False),
)
Index("rm_visits_day", rm_visits.c.hall_id, rm_visits.c.day, rm_visits.c.window)

rm_ratings = Table(
    "rm_ratings",
    metadata,
    Column("hall_id", ID, primary_key=True),
    Column("id", ID, primary_key=True),
    Column("target", String(8), nullable=False),
    Column("target_id", ID, nullable=False),
    Column("day", Date, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("level", String(20), nullable=False),
    Column("score", Integer, nullable=False),
    Column("bad", Boolean, nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("text", Text, nullable=False),
    Column("real_name", Boolean, nullable=False),
    Column("contact", String(40), nullable=False),
    Column("device_id", ID, nullable=False),
    Column("window", Integer, nullable=True),
    Column("staff", String(16), nullable=True),
    Column("category", String(1), nullable=True),
    Column("items", JSON, nullable=False),
    Column("defaulted", Boolean, nullable=False),
)
Index("rm_ratings_day", rm_ratings.c.hall_id, rm_ratings.c.day, rm_ratings.c.level)

rm_cases = Table(
    "rm_cases",
    metadata,
    Column("hall_id", ID, primary_key=True),
    Column("number", String(40), primary_key=True),
    Column("items", JSON, nullable=False),
    Column("package", String(40), nullable=True),
    Column("status", String(10), nullable=False),
    Column("accepted_at", DateTime(timezone=True), nullable=False),
    Column("accepted_by", ID, nullable=False),
    Column("promised_date", Date, nullable=False),
    Column("completed_at", DateTime(timezone=True), nullable=True),
    Column("completed_day", Date, nullable=True),
    Column("result", Text, nullable=False),
    Column("stages", JSON, nullable=False),
    Column("last_stage", String(200), nullable=True),
    Column("visits", JSON, nullable=False),
    Column("applicant", String(200), nullable=False),
    Column("rating_id", ID, nullable=True),
)
Index("rm_cases_promised", rm_cases.c.hall_id, rm_cases.c.status, rm_cases.c.promised_date)

rm_windows = Table(
    "rm_windows",
    metadata,
    Column("hall_id", ID, primary_key=True),
    Column("number", Integer, primary_key=True, autoincrement=False),
    Column("status", String(10), nullable=False),
    Column("staff", String(16), nullable=True),
    Column("ticket_id", ID, nullable=True),
    Column("visit_id", ID, nullable=True),
    Column("since", DateTime(timezone=True), nullable=True),
    Column("pause_reason", String(200), nullable=True),
    Column("pause_expected_return", DateTime(timezone=True), nullable=True),
    Column("handover_at", DateTime(timezone=True), nullable=True),
)

Index("rm_visits_case", rm_visits.c.hall_id, rm_visits.c.case_number)

# --- read models for the reports (revision 0003): local hours, trips and completion days above, pauses and
# appointments -------------------------------------------------------------------------------------------

rm_pauses = Table(
    "rm_pauses",
    metadata,
    Column("hall_id", ID, primary_key=True),
    Column("window", Integer, primary_key=True, autoincrement=False),
    Column("started_at", DateTime(timezone=True), primary_key=True),
    Column("day", Date, nullable=False),
    Column("hour", Integer, nullable=False),
    Column("staff", String(16), nullable=False),
    Column("reason", String(200), nullable=False),
    Column("expected_return", DateTime(timezone=True), nullable=False),
    Column("ended_at", DateTime(timezone=True), nullable=True),
    Column("seconds", Float, nullable=True),
)
Index("rm_pauses_day", rm_pauses.c.hall_id, rm_pauses.c.day)

rm_appointments = Table(
    "rm_appointments",
    metadata,
    Column("hall_id", ID, primary_key=True),
    Column("code", String(12), primary_key=True),
    Column("day", Date, nullable=False),
    Column("category", String(1), nullable=False),
    Column("item", String(40), nullable=True),
    Column("slot_start", DateTime(timezone=True), nullable=False),
    Column("slot_end", DateTime(timezone=True), nullable=False),
    Column("status", String(12), nullable=False),
    Column("on_time", Boolean, nullable=True),
    Column("ticket_id", ID, nullable=True),
)
Index("rm_appointments_day", rm_appointments.c.hall_id, rm_appointments.c.day)

READ_MODELS = (rm_tickets, rm_visits, rm_ratings, rm_cases, rm_windows, rm_pauses, rm_appointments)

# --- supervision (revision 0004): users, sessions, the audit trail, bad-rating cases ---------------------

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(40), nullable=False, unique=True),
    Column("display_name", String(60), nullable=False),
    Column("role", String(24), nullable=False),
    Column("hall_id", ID, nullable=True),
    Column("department", String(120), nullable=False),
    Column("password_hash", String(200), nullable=False),
    Column("failed_attempts", Integer, nullable=False),
    Column("locked_until", DateTime(timezone=True), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("disabled_at", DateTime(timezone=True), nullable=True),
)

web_sessions = Table(
    "web_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", Integer, nullable=False),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)
Index("web_sessions_user", web_sessions.c.user_id)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("user_id", Integer, nullable=True),
    Column("username", String(40), nullable=False),
    Column("hall_id", ID, nullable=True),
    Column("action", String(40), nullable=False),
    Column("target", String(120), nullable=False),
    Column("detail", Text, nullable=False),
    Column("ip", String(64), nullable=False),
)
Index("audit_log_hall_at", audit_log.c.hall_id, audit_log.c.at)

br_cases = Table(
    "br_cases",
    metadata,
    Column("hall_id", ID, primary_key=True),
    Column("number", Integer, primary_key=True, autoincrement=False),
    Column("rating_id", ID, nullable=False),
    Column("opened_at", DateTime(timezone=True), nullable=False),
    Column("day", Date, nullable=False),
    Column("level", String(20), nullable=False),
    Column("target", String(8), nullable=False),
    Column("target_id", ID, nullable=False),
    Column("window", Integer, nullable=True),
    Column("staff", String(16), nullable=True),
    Column("category", String(1), nullable=True),
    Column("items", JSON, nullable=False),
    Column("department", String(120), nullable=False),
    Column("real_name", Boolean, nullable=False),
    Column("step", String(12), nullable=False),
    Column("step_since", DateTime(timezone=True), nullable=False),
    Column("step_due", Date, nullable=False),
    Column("valid", Boolean, nullable=True),
    Column("appealed", Boolean, nullable=False),
    Column("outcome", String(12), nullable=False),
    Column("closed_at", DateTime(timezone=True), nullable=True),
    Column("replied_at", DateTime(timezone=True), nullable=True),
    Column("done_at", DateTime(timezone=True), nullable=True),
    UniqueConstraint("hall_id", "rating_id", name="br_cases_rating"),
)
Index("br_cases_step", br_cases.c.hall_id, br_cases.c.step, br_cases.c.step_due)
Index("br_cases_day", br_cases.c.hall_id, br_cases.c.day)

br_case_steps = Table(
    "br_case_steps",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("hall_id", ID, nullable=False),
    Column("case_number", Integer, nullable=False),
    Column("step", String(12), nullable=False),
    Column("action", String(12), nullable=False),
    Column("note", Text, nullable=False),
    Column("user_id", Integer, nullable=True),
    Column("username", String(40), nullable=False),
    Column("role", String(24), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("due", Date, nullable=False),
    Column("late", Boolean, nullable=False),
)
Index("br_case_steps_case", br_case_steps.c.hall_id, br_case_steps.c.case_number)
