"""Database housekeeping shared by bulk operations, and the Vietnamese collation of names."""
from django.db import connection

from .text import compare

VIETNAMESE = "vietnamese"
"""Collation of names (`db_collation=VIETNAMESE`): on PostgreSQL, ICU's vi-VN (as the built-in "vi-VN-x-icu"),
created by core's migration 0003; on SQLite, `core.text.compare`, registered on every connection. A name without
"-", which Django's SQLite schema editor would not quote. The SQLite file thus needs the app: the sqlite3 shell cannot
sort or write those columns (`.backup` works)."""


def register_sqlite_collation(sender, connection, **kwargs):
    """connection_created receiver: teach each new SQLite connection the Vietnamese order."""
    if connection.vendor == "sqlite":
        connection.connection.create_collation(VIETNAMESE, compare)


def analyze(*models) -> None:
    """Refresh the planner's statistics after a bulk load (both SQLite and PostgreSQL accept ANALYZE <table>)."""
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
