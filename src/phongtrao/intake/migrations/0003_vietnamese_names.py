from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0003_vietnamese_collation"),
        ('intake', '0002_candidate_version_document_version'),
    ]

    operations = [
        migrations.AlterField(
            model_name='candidate',
            name='name',
            field=models.CharField(db_collation='vietnamese', max_length=200, verbose_name='tên mô hình'),
        ),
        migrations.AlterField(
            model_name='document',
            name='title',
            field=models.CharField(blank=True, db_collation='vietnamese', max_length=500, verbose_name='tiêu đề'),
        ),
    ]
