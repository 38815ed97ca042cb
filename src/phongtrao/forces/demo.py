"""Demo force counts for three years (most communes hold or grow, some wither) and training courses."""
import random
from datetime import date, timedelta

from phongtrao.geo.models import AdminUnit, Level

from .models import ForceStrength, TrainingCourse

SAMPLE_PROVINCES = ("79", "01", "68")
YEARS = (2024, 2025, 2026)
TOPICS = ("Kỹ năng tuần tra, kiểm soát cho lực lượng bảo vệ ANTT ở cơ sở", "Phòng, chống tội phạm công nghệ cao",
          "Nghiệp vụ hòa giải ở cơ sở", "Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Luật Lực lượng tham gia bảo vệ "
          "an ninh, trật tự ở cơ sở năm 2023", "Xây dựng mô hình tự quản về ANTT")


def build(*, scale: str, seed: int) -> str:
    if ForceStrength.objects.exists():
        return "số liệu lực lượng mẫu đã có, bỏ qua"
    rng = random.Random(seed)
    communes = AdminUnit.objects.current().filter(level=Level.COMMUNE)
    if scale == "small":
        communes = communes.filter(parent__code__in=SAMPLE_PROVINCES)
    strengths, courses = [], []
    for commune in communes.order_by("code").values_list("pk", flat=True):
        teams = rng.randint(5, 40)
        members = teams * rng.randint(3, 6)
        trend = rng.choice((1.0, 1.0, 1.05, 1.1, 0.9, 0.75))
        for year in YEARS:
            strengths.append(ForceStrength(unit_id=commune, year=year, teams=teams, members=members))
            teams = max(1, round(teams * rng.choice((trend, 1.0))))
            members = max(teams, round(members * trend * rng.uniform(0.97, 1.03)))
        if rng.random() < 0.25:
            start = date(2026, rng.randint(1, 11), rng.randint(1, 28))
            courses.append(TrainingCourse(unit_id=commune, topic=rng.choice(TOPICS), starts_on=start,
                                          ends_on=start + timedelta(days=rng.randint(0, 2)),
                                          attendees=rng.randint(20, 120), materials="Tài liệu tập huấn của Bộ Công an"))
    ForceStrength.objects.bulk_create(strengths, batch_size=5000)
    TrainingCourse.objects.bulk_create(courses, batch_size=5000)
    return f"{len(strengths)} dòng lực lượng, {len(courses)} lớp tập huấn"
