"""Seed the sponsoring organisations every model refers to."""
from django.db import migrations

SPONSORS = {
    "police": "Công an",
    "front": "Mặt trận Tổ quốc Việt Nam",
    "women": "Hội Liên hiệp Phụ nữ",
    "veterans": "Hội Cựu chiến binh",
    "youth": "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "farmers": "Hội Nông dân",
    "trade_union": "Công đoàn",
    "elders": "Hội Người cao tuổi",
    "military": "Quân đội, Bộ đội Biên phòng",
    "government": "Ủy ban nhân dân",
    "religious": "Tổ chức tôn giáo",
    "enterprise": "Doanh nghiệp",
    "school": "Nhà trường",
    "residents": "Cộng đồng dân cư",
}


def seed(apps, schema_editor):
    Sponsor = apps.get_model("initiatives", "Sponsor")
    for code, name in SPONSORS.items():
        Sponsor.objects.update_or_create(code=code, defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
