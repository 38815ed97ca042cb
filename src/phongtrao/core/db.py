"""Database housekeeping shared by bulk operations."""
from django.db import connection


def analyze(*models) -> None:
    """Refresh the planner's statistics after a bulk load (both SQLite and PostgreSQL accept ANALYZE <table>)."""
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
