"""The central store's settings: one typed, documented place, read by attribute."""

from __future__ import annotations

from dataclasses import dataclass, field

from central.database import default_db_url

KIB = 1024
MIB = 1024 * KIB


@dataclass(frozen=True)
class CentralSettings:
    db_url: str = field(default_factory=default_db_url)
    """SQLAlchemy URL: a SQLite file (the default, in the user's data folder) or ``postgresql+psycopg://…``."""
    host: str = "127.0.0.1"
    """Address to listen on."""
    port: int = 8730
    """Port to listen on."""
    push_body_limit: int = 1 * MIB
    """Largest push body, in bytes; a larger one is refused with 413 before it is parsed."""
    body_limit: int = 64 * KIB
    """Largest body of any other request."""
    pull_limit_default: int = 1000
    """Events in one pull page when the device does not say."""
    heartbeat_seconds: float = 15.0
    """A comment line on every open stream this often, so proxies and devices see it alive."""
    listen_postgres: bool = True
    """On PostgreSQL, hear other server processes' new heads through LISTEN/NOTIFY."""
    session_secret: str = ""
    """Signs the supervision pages' session cookies; the same in every process of a deployment. Empty: a
    random one for this process (sessions end when it stops)."""
    cookie_secure: bool = True
    """Session cookies only over HTTPS (browsers also send them to http://127.0.0.1 and localhost)."""
    session_hours: float = 8.0
    """How long a sign-in lasts."""
    signin_max_failures: int = 5
    """Failed sign-ins in a row that lock an account."""
    signin_lockout_minutes: int = 15
    """How long a locked account stays locked."""
    default_ratings_minutes: float = 0.0
    """How often the server gives not-rated visits the hall's default rating; 0: never (``serve`` sets 60)."""
