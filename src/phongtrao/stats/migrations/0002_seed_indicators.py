"""The usual indicators of the monthly security report (administrators may edit or add more)."""
from django.db import migrations

INDICATORS = (
    # code, name, unit, lower is better, group
    ("criminal", "Vụ phạm pháp hình sự", "vụ", True, "Tình hình ANTT"),
    ("social_order", "Vụ vi phạm trật tự xã hội", "vụ", True, "Tình hình ANTT"),
    ("drugs", "Vụ vi phạm về ma túy", "vụ", True, "Tình hình ANTT"),
    ("traffic", "Vụ tai nạn giao thông", "vụ", True, "Tình hình ANTT"),
    ("fire", "Vụ cháy, nổ", "vụ", True, "Tình hình ANTT"),
    ("solved", "Vụ phạm pháp hình sự đã điều tra làm rõ", "vụ", False, "Kết quả"),
    ("tips", "Tin báo, tố giác của nhân dân", "tin", False, "Phong trào"),
    ("mediated", "Vụ tranh chấp hòa giải thành", "vụ", False, "Phong trào"),
    ("wanted_caught", "Đối tượng truy nã bị bắt, vận động đầu thú", "đối tượng", False, "Kết quả"),
    ("reoffending", "Người tái phạm tội", "người", True, "Tình hình ANTT"),
    ("drug_users", "Người nghiện ma túy mới phát hiện", "người", True, "Tình hình ANTT"),
    ("weapons_handed", "Vũ khí, vật liệu nổ nhân dân giao nộp", "khẩu, chiếc", False, "Phong trào"),
)


def seed(apps, schema_editor):
    Indicator = apps.get_model("stats", "Indicator")
    for position, (code, name, unit, lower, group) in enumerate(INDICATORS, start=1):
        Indicator.objects.get_or_create(code=code, defaults={"name": name, "unit_label": unit, "lower_is_better": lower,
                                                             "group": group, "position": position * 10})


class Migration(migrations.Migration):
    dependencies = [("stats", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
