from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0003_vietnamese_collation"),
        ('accounts', '0001_initial'),
    ]

    operations = [
        migrations.AlterField(
            model_name='user',
            name='first_name',
            field=models.CharField(blank=True, db_collation='vietnamese', max_length=150, verbose_name='tên'),
        ),
        migrations.AlterField(
            model_name='user',
            name='last_name',
            field=models.CharField(blank=True, db_collation='vietnamese', max_length=150, verbose_name='họ và tên đệm'),
        ),
    ]
