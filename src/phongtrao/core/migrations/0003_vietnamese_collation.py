"""The "vietnamese" collation of names on PostgreSQL: ICU's vi-VN (SQLite gets it per connection: core.db)."""
from django.contrib.postgres.operations import CreateCollation
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("core", "0002_job_version")]
    operations = [CreateCollation("vietnamese", provider="icu", locale="vi-VN")]
