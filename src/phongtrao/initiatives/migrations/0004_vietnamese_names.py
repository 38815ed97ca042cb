from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0003_vietnamese_collation"),
        ('initiatives', '0003_evaluation_version_modeltype_version_site_version'),
    ]

    operations = [
        migrations.AlterField(
            model_name='modeltype',
            name='name',
            field=models.CharField(db_collation='vietnamese', max_length=200, verbose_name='tên mô hình'),
        ),
        migrations.AlterField(
            model_name='site',
            name='name',
            field=models.CharField(db_collation='vietnamese', max_length=200, verbose_name='tên điểm'),
        ),
        migrations.AlterField(
            model_name='site',
            name='village',
            field=models.CharField(blank=True, db_collation='vietnamese', max_length=120, verbose_name='thôn, ấp, bản, tổ dân phố'),
        ),
        migrations.AlterField(
            model_name='sponsor',
            name='name',
            field=models.CharField(db_collation='vietnamese', max_length=120, verbose_name='tên'),
        ),
    ]
