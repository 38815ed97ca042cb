from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0003_vietnamese_collation"),
        ('geo', '0001_initial'),
    ]

    operations = [
        migrations.AlterField(
            model_name='adminunit',
            name='full_name',
            field=models.CharField(db_collation='vietnamese', max_length=130, verbose_name='tên đầy đủ'),
        ),
        migrations.AlterField(
            model_name='adminunit',
            name='name',
            field=models.CharField(db_collation='vietnamese', max_length=100, verbose_name='tên'),
        ),
    ]
