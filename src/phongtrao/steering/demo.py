"""Demo steering work: committees with members in the sample provinces (small) or every unit (national)."""
import random
from datetime import date, timedelta

from phongtrao.core.demodata import person_name
from phongtrao.geo.models import AdminUnit, Level

from .models import Committee, CommitteeMember, MemberRole

SAMPLE_PROVINCES = ("79", "01", "68")
ORGANISATIONS = (
    ("Chủ tịch UBND", "Ủy ban nhân dân", MemberRole.HEAD),
    ("Trưởng Công an", "Công an", MemberRole.DEPUTY),
    ("Chủ tịch Ủy ban MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam", MemberRole.DEPUTY),
    ("Phó Trưởng Công an", "Công an", MemberRole.STANDING),
    ("Chủ tịch Hội Liên hiệp Phụ nữ", "Hội Liên hiệp Phụ nữ", MemberRole.MEMBER),
    ("Chủ tịch Hội Cựu chiến binh", "Hội Cựu chiến binh", MemberRole.MEMBER),
    ("Bí thư Đoàn Thanh niên", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", MemberRole.MEMBER),
    ("Chủ tịch Hội Nông dân", "Hội Nông dân", MemberRole.MEMBER),
)


def _committees(rng, units):
    """Most units consolidated; some changed since their decision, some without one, some with no committee."""
    rows = []
    for unit in units:
        roll = rng.random()
        if roll < 0.06 and unit.level == Level.COMMUNE:
            continue
        decided = date(2025, 7, 1) + timedelta(days=rng.randint(0, 120)) if roll > 0.1 else None
        changed = decided + timedelta(days=rng.randint(10, 60)) if decided and roll > 0.9 else decided
        number = rng.randint(1, 400)
        rows.append(Committee(unit=unit, decided_on=decided, members_changed_on=changed or date(2025, 7, 1),
                              decision_ref=f"{number}/QĐ-UBND" if decided else ""))
    Committee.objects.bulk_create(rows, batch_size=2000)
    members = []
    for committee in rows:
        for position, organisation, role in ORGANISATIONS[:rng.randint(5, len(ORGANISATIONS))]:
            last, first = person_name(rng)
            where = committee.unit.name
            members.append(CommitteeMember(committee=committee, full_name=f"{last} {first}", role=role,
                                           position=f"{position} {where}", organisation=f"{organisation} {where}"))
    CommitteeMember.objects.bulk_create(members, batch_size=5000)
    return rows, members


def build(*, scale: str, seed: int) -> str:
    if Committee.objects.exists():
        return "dữ liệu chỉ đạo mẫu đã có, bỏ qua"
    rng = random.Random(seed)
    units = AdminUnit.objects.current().filter(level__in=(Level.PROVINCE, Level.COMMUNE))
    if scale == "small":
        units = units.filter(level=Level.PROVINCE) | units.filter(parent__code__in=SAMPLE_PROVINCES)
    committees, members = _committees(rng, list(units.order_by("path")))
    return f"{len(committees)} Ban Chỉ đạo, {len(members)} thành viên"
