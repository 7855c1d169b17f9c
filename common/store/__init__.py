"""The device's local store: SQLite on disk, through SQLAlchemy."""
