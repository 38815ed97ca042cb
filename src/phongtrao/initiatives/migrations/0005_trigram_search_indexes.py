"""PostgreSQL: trigram (pg_trgm GIN) indexes under the folded search columns, so `LIKE '%word%'` is an index scan.

SQLite has no such index and skips this migration's work. Creating the extension needs a role allowed to do so
(see docs/operations.md); the indexes are dropped on the way back, the extension is left in place.
"""
from django.db import migrations

INDEXES = {
    "initiatives_site_name_trgm": ("initiatives_site", "name_folded"),
    "initiatives_site_address_trgm": ("initiatives_site", "address_folded"),
    "initiatives_modeltype_search_trgm": ("initiatives_modeltype", "search_folded"),
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, (table, column) in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({column} gin_trgm_ops)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0004_vietnamese_names")]
    operations = [migrations.RunPython(create, drop, elidable=False)]
