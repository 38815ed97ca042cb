import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0003_vietnamese_collation"),
        ('initiatives', '0003_evaluation_version_modeltype_version_site_version'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
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
        migrations.AlterField(
            model_name='statuschange',
            name='changed_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, to=settings.AUTH_USER_MODEL, verbose_name='người chuyển'),
        ),
        migrations.AlterField(
            model_name='statuschange',
            name='from_status',
            field=models.CharField(blank=True, choices=[('unverified', 'Tự phát, chưa xác minh'), ('active', 'Đang hoạt động'), ('exemplary', 'Điển hình tiên tiến'), ('suspended', 'Tạm ngừng'), ('dissolved', 'Giải thể')], max_length=12, verbose_name='trạng thái cũ'),
        ),
        migrations.AlterField(
            model_name='statuschange',
            name='site',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='status_changes', to='initiatives.site', verbose_name='điểm mô hình'),
        ),
        migrations.AlterField(
            model_name='statuschange',
            name='to_status',
            field=models.CharField(choices=[('unverified', 'Tự phát, chưa xác minh'), ('active', 'Đang hoạt động'), ('exemplary', 'Điển hình tiên tiến'), ('suspended', 'Tạm ngừng'), ('dissolved', 'Giải thể')], max_length=12, verbose_name='trạng thái mới'),
        ),
    ]
