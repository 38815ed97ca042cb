"""PostgreSQL: a trigram (pg_trgm GIN) index under the documents' folded search text (see initiatives 0005)."""
from django.db import migrations


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        schema_editor.execute("CREATE INDEX IF NOT EXISTS intake_document_search_trgm ON intake_document "
                              "USING gin (search_folded gin_trgm_ops)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS intake_document_search_trgm")


class Migration(migrations.Migration):
    dependencies = [("intake", "0003_vietnamese_names")]
    operations = [migrations.RunPython(create, drop, elidable=False)]
