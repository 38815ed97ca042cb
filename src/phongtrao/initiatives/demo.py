"""Demo model types (based on real ones) and sites with plausible lineage, status history and evaluations."""
import random
from datetime import date, timedelta

from phongtrao.core.text import fold
from phongtrao.geo.models import AdminUnit, Level

from .models import Category as C
from .models import Evaluation, ModelType, Period, Rating, Site, Sponsor, Status, StatusChange
from .models import Field as F
from .services import recount_sites

REAL_TYPES = (
    ("Nhà trọ tự quản", C.SELF_MANAGED, F.BOARDING, ("police", "residents")),
    ("Xe ôm tự quản", C.SELF_MANAGED, F.TRANSPORT, ("police",)),
    ("Camera giám sát tình hình an ninh, trật tự", C.DIGITAL, F.RESIDENTIAL, ("police", "front")),
    ("Tổ công nhân đường phố phòng, chống tội phạm", C.SELF_PREVENTING, F.RESIDENTIAL, ("police", "trade_union")),
    ("Dân phòng tự quản", C.SELF_PROTECTING, F.RESIDENTIAL, ("police",)),
    ("Mô hình 5+1", C.OTHER, F.RESIDENTIAL, ("police", "front")),
    ("Dân vận khéo", C.OTHER, F.RESIDENTIAL, ("front",)),
    ("Tổ hòa giải ở cơ sở", C.SELF_MEDIATING, F.RESIDENTIAL, ("front", "government")),
    ("Khu dân cư an toàn về an ninh, trật tự", C.SELF_MANAGED, F.RESIDENTIAL, ("front", "police")),
    ("Chợ an toàn về an ninh, trật tự", C.SELF_MANAGED, F.MARKETS, ("police", "enterprise")),
    ("Trường học an toàn, không có tội phạm và tệ nạn xã hội", C.SELF_PREVENTING, F.SCHOOLS, ("school", "youth")),
    ("Doanh nghiệp an toàn về an ninh, trật tự", C.SELF_PROTECTING, F.INDUSTRIAL, ("enterprise", "trade_union")),
    ("Tổ tự quản bến thủy nội địa", C.SELF_MANAGED, F.TRANSPORT, ("police",)),
    ("Tổ tàu thuyền an toàn", C.SELF_PROTECTING, F.BORDER_SEA, ("military", "farmers")),
    ("Dòng họ không có người vi phạm pháp luật", C.SELF_PREVENTING, F.ETHNIC, ("front", "elders")),
    ("Gia đình không có tội phạm và tệ nạn xã hội", C.SELF_PREVENTING, F.RESIDENTIAL, ("women",)),
    ("Tổ liên gia tự quản", C.SELF_MANAGED, F.RESIDENTIAL, ("residents",)),
    ("Chi hội phụ nữ không có người thân vi phạm pháp luật", C.SELF_PREVENTING, F.RESIDENTIAL, ("women",)),
    ("Cựu chiến binh tham gia giữ gìn an ninh, trật tự", C.SELF_PROTECTING, F.RESIDENTIAL, ("veterans",)),
    ("Thanh niên xung kích bảo vệ an ninh, trật tự", C.SELF_PROTECTING, F.RESIDENTIAL, ("youth",)),
    ("Già làng, người có uy tín tham gia giữ gìn an ninh, trật tự", C.SELF_MEDIATING, F.ETHNIC, ("elders",)),
    ("Zalo an ninh, trật tự khu dân cư", C.DIGITAL, F.ONLINE, ("police",)),
    ("Loa an ninh, trật tự", C.DIGITAL, F.RESIDENTIAL, ("government",)),
    ("Tiếng kẻng an ninh", C.SELF_PROTECTING, F.ETHNIC, ("residents",)),
    ("Xứ, họ đạo bình yên", C.SELF_MANAGED, F.RELIGIOUS, ("religious", "front")),
    ("Thôn, bản không có ma túy", C.SELF_PREVENTING, F.ETHNIC, ("police", "front")),
    ("Tổ tự quản đường biên, cột mốc", C.SELF_PROTECTING, F.BORDER_SEA, ("military",)),
    ("Tổ hỗ trợ người lầm lỗi tái hòa nhập cộng đồng", C.SELF_MEDIATING, F.RESIDENTIAL, ("front", "women")),
)
LOCAL_PREFIXES = ("Tổ", "Nhóm", "Câu lạc bộ", "Đội", "Điểm")
LOCAL_SUBJECTS = ("tự quản an ninh, trật tự", "phòng, chống tội phạm", "bảo vệ môi trường và trật tự",
                  "tuần tra nhân dân", "hòa giải tranh chấp", "phòng, chống ma túy", "an toàn giao thông",
                  "phòng cháy, chữa cháy", "camera an ninh", "giám sát người nghiện")
VILLAGE_WORDS = ("Tổ dân phố", "Khu phố", "Thôn", "Ấp", "Bản")
SIZES = {"small": (60, 8), "national": (4300, 124_000)}
"""scale → (number of types, number of sites); small sites are per commune of the sample provinces."""
SAMPLE_PROVINCES = ("79", "01", "68")
GROWTH_DAYS = 7800
"""Sites start from 2005 to mid-2026, more of them each year (the density grows linearly, as the movement did)."""


def _types(scale, rng, provinces):
    n_types, _ = SIZES[scale]
    rows = [(name, c, f, sp, None) for name, c, f, sp in REAL_TYPES]
    while len(rows) < n_types:
        province = rng.choice(provinces)
        name = f"{rng.choice(LOCAL_PREFIXES)} {rng.choice(LOCAL_SUBJECTS)} {province.name} {len(rows)}"
        rows.append((name, rng.choice(C.values), rng.choice(F.values), (rng.choice(("police", "front", "women")),), province))
    sponsors = {s.code: s for s in Sponsor.objects.all()}
    types = [
        ModelType(name=name, category=c, field=f, origin_unit=origin, search_folded=fold(name),
                  originated_on=date(rng.randint(2005, 2020), rng.randint(1, 12), 1),
                  exemplary=i < len(REAL_TYPES) // 3, description="")
        for i, (name, c, f, _, origin) in enumerate(rows)
    ]
    ModelType.objects.bulk_create(types, batch_size=2000)
    through = ModelType.sponsors.through
    through.objects.bulk_create(
        [through(modeltype_id=t.pk, sponsor_id=sponsors[code].pk) for t, row in zip(types, rows) for code in row[3]],
        batch_size=5000,
    )
    return types


def _status(rng):
    roll = rng.random()
    if roll < 0.03:
        return Status.UNVERIFIED
    if roll < 0.04:
        return Status.SUSPENDED
    if roll < 0.06:
        return Status.DISSOLVED
    return Status.EXEMPLARY if roll > 0.991 else Status.ACTIVE


def _sites(scale, rng, types, communes):
    _, per = SIZES[scale]
    total = per * len(communes) if scale == "small" else per
    weights = [40 if i < len(REAL_TYPES) else 1 for i in range(len(types))]
    plans = sorted(
        ((date(2005, 1, 1) + timedelta(days=int(GROWTH_DAYS * rng.random() ** 0.5)), rng.choices(types, weights)[0],
          rng.choice(communes))
         for _ in range(total)),
        key=lambda p: p[0],
    )
    created, by_type_province = [], {}
    for start in range(0, len(plans), 5000):
        chunk = []
        for started, model_type, commune in plans[start:start + 5000]:
            village = f"{rng.choice(VILLAGE_WORDS)} {rng.randint(1, 30)}"
            name = f"{model_type.name} {village.lower()}, {commune.full_name}"
            earlier = by_type_province.get((model_type.pk, commune.parent_id))
            chunk.append(Site(
                model_type=model_type, commune=commune, name=name, name_folded=fold(name), village=village,
                address=village, address_folded=fold(f"{village} {village}"), started_on=started,
                members_count=rng.randint(5, 60), status=_status(rng),
                replicated_from_id=rng.choice(earlier) if earlier and rng.random() < 0.6 else None,
                lat=commune.lat + rng.uniform(-0.02, 0.02) if commune.lat and rng.random() < 0.3 else None,
                lon=None,
            ))
            if chunk[-1].lat is not None:
                chunk[-1].lon = commune.lon + rng.uniform(-0.02, 0.02)
        Site.objects.bulk_create(chunk, batch_size=2500)
        for site in chunk:
            by_type_province.setdefault((site.model_type_id, site.commune.parent_id), []).append(site.pk)
        created.extend(chunk)
    StatusChange.objects.bulk_create(
        [StatusChange(site_id=s.pk, to_status=s.status, changed_on=s.started_on) for s in created], batch_size=5000
    )
    return created


def _evaluations(rng, sites):
    rows = []
    evaluated = [site for site in sites if site.started_on.year < 2025]  # a year's work before the 2025 review
    for site in rng.sample(evaluated, min(len(evaluated), max(20, len(sites) // 20))):
        year = rng.randint(max(site.started_on.year + 1, 2015), 2025)
        before = rng.randint(3, 30)
        rows.append(Evaluation(
            site=site, model_type_id=site.model_type_id, unit_id=site.commune_id, period=rng.choice(Period.values),
            period_start=date(year - 1, 1, 1), period_end=date(year - 1, 12, 31), rating=rng.choice(Rating.values),
            incidents_before=before, incidents_after=max(0, before - rng.randint(-2, before)),
            disputes_mediated=rng.randint(0, 15), tips_given=rng.randint(0, 40), members=site.members_count,
        ))
    Evaluation.objects.bulk_create(rows, batch_size=5000)
    return rows


def build(*, scale: str, seed: int) -> str:
    if ModelType.objects.filter(name=REAL_TYPES[0][0]).exists():
        return "mô hình mẫu đã có, bỏ qua"
    rng = random.Random(seed)
    provinces = list(AdminUnit.objects.current().filter(level=Level.PROVINCE).order_by("code"))
    communes = AdminUnit.objects.current().filter(level=Level.COMMUNE).select_related("parent").order_by("code")
    if scale == "small":
        communes = communes.filter(parent__code__in=SAMPLE_PROVINCES)[::4]
    communes = list(communes)
    types = _types(scale, rng, provinces)
    sites = _sites(scale, rng, types, communes)
    evaluations = _evaluations(rng, sites)
    tallies = recount_sites()  # bulk inserts send no signal
    return f"{len(types)} mô hình, {len(sites)} điểm, {len(evaluations)} đánh giá, {tallies} dòng tổng hợp"
