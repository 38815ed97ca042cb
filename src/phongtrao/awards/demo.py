"""Demo commendations (some units well served, some strong units forgotten) and Festival Day plans with their sites
chosen by the solver: one national plan, one per sample province, and earlier years' sites to rest."""
import random
from datetime import date

from phongtrao.core.demodata import person_name
from phongtrao.geo.models import AdminUnit, Level
from phongtrao.initiatives.models import Evaluation, Period, Rating, Site

from . import services
from .models import Appraisal, AwardForm, AwardLevel, Commendation, FestivalPlan, FestivalSite, RecipientKind

SAMPLE_PROVINCES = ("79", "01", "68")
YEAR = 2026
CEREMONY = ("Chào cờ; báo cáo kết quả phong trào toàn dân bảo vệ ANTQ năm qua; trao Bằng khen, Giấy khen cho tập thể, "
            "cá nhân tiêu biểu; phát biểu của lãnh đạo.")
FESTIVITY = "Trình diễn mô hình tự quản; hội thi tìm hiểu pháp luật; văn nghệ, thể thao; gian trưng bày sản phẩm."
LEADERS = "Thứ trưởng Bộ Công an\nPhó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam\nGiám đốc Công an tỉnh"


def _commendations(rng, communes, strong_by_commune) -> list[Commendation]:
    """Awards for most strong communes; every third strong commune gets none (the alert finds them)."""
    rows = []
    for i, commune in enumerate(sorted(communes, key=lambda c: -strong_by_commune.get(c.pk, 0))):
        strong = strong_by_commune.get(commune.pk, 0)
        count = 0 if i % 3 == 0 else max(1, strong // 2)
        for _ in range(count):
            decided = date(rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28))
            individual = rng.random() < 0.4
            last, first = person_name(rng)
            rows.append(Commendation(
                unit=commune, year=decided.year, recipient_kind=RecipientKind.INDIVIDUAL if individual else RecipientKind.COLLECTIVE,
                recipient=f"{last} {first}" if individual else f"Tổ tự quản {rng.choice(('khu phố', 'thôn', 'ấp'))} "
                                                                  f"{rng.randint(1, 20)}, {commune.full_name}",
                position="Tổ trưởng tổ tự quản" if individual else "", birth_year=rng.randint(1955, 1995) if individual else None,
                achievements="Có thành tích xuất sắc trong phong trào toàn dân bảo vệ ANTQ.",
                proposed_form=AwardForm.MERIT, nominated_on=decided.replace(day=1), appraisal=Appraisal.APPROVED,
                appraised_on=decided.replace(day=1), decision_ref=f"{rng.randint(100, 9999)}/QĐ-UBND",
                decided_on=decided, level=rng.choice((AwardLevel.PROVINCE, AwardLevel.MINISTRY, AwardLevel.COMMUNE)),
                form=rng.choice((AwardForm.MERIT, AwardForm.CERTIFICATE, AwardForm.MEDAL)),
                ceremony_on=decided if rng.random() < 0.7 else None))
        if strong and rng.random() < 0.3:  # a pending nomination
            rows.append(Commendation(unit=commune, year=YEAR, recipient=f"Ban Chỉ đạo phong trào {commune.full_name}",
                                     nominated_on=date(YEAR, 3, 1), proposed_form=AwardForm.MERIT))
    Commendation.objects.bulk_create(rows, batch_size=5000)
    return rows


def _annual_review(rng, scale) -> int:
    """The year-end review (sơ kết năm) of the sites in some communes: mostly rated good, as the basis of the awards."""
    per_province = 12 if scale == "small" else 10
    communes = []
    for province_id in sorted(set(Site.objects.values_list("commune__parent_id", flat=True).order_by())):
        ids = sorted(set(Site.objects.filter(commune__parent_id=province_id).values_list("commune_id", flat=True)))
        communes += rng.sample(ids, min(per_province, len(ids)))
    rows = [Evaluation(site_id=pk, model_type_id=type_id, unit_id=commune_id, period=Period.ANNUAL,
                       period_start=date(YEAR - 1, 1, 1), period_end=date(YEAR - 1, 12, 31),
                       rating=Rating.GOOD if rng.random() < 0.8 else Rating.FAIR, members=members)
            for pk, type_id, commune_id, members in Site.objects.filter(commune_id__in=communes).values_list(
                "pk", "model_type_id", "commune_id", "members_count")]
    Evaluation.objects.bulk_create(rows, batch_size=5000)
    return len(rows)


def _plan(unit, *, year, wanted, per_province, share, rest=2) -> FestivalPlan:
    where = unit.full_name if unit else "toàn quốc"
    return FestivalPlan.objects.create(
        unit=unit, year=year, title=f"Ngày hội toàn dân bảo vệ ANTQ {year} – {where}", sites_wanted=wanted,
        max_per_province=per_province, min_priority_share=share, rest_years=rest, ceremony_programme=CEREMONY,
        festivity_programme=FESTIVITY, leaders=LEADERS)


def build(*, scale: str, seed: int) -> str:
    if FestivalPlan.objects.exists():
        return "dữ liệu thi đua, khen thưởng mẫu đã có, bỏ qua"
    rng = random.Random(seed)
    reviewed = _annual_review(rng, scale)
    since = date(YEAR - 3, 1, 1)
    strong = {}
    for commune_id in Site.objects.filter(services.strong_site_q(since)).values_list("commune_id", flat=True).iterator():
        strong[commune_id] = strong.get(commune_id, 0) + 1
    communes = list(AdminUnit.objects.filter(pk__in=list(strong)))
    awards = _commendations(rng, communes, strong)
    plans = []
    national = [_plan(None, year=y, wanted=30, per_province=2, share=40, rest=2) for y in (YEAR - 2, YEAR - 1, YEAR)]
    provinces = AdminUnit.objects.current().filter(level=Level.PROVINCE, code__in=SAMPLE_PROVINCES).order_by("code")
    provincial = [_plan(p, year=YEAR, wanted=25, per_province=25, share=0) for p in provinces]
    for plan in [*national, *provincial]:
        services.propose_festival_sites(user=None, plan=plan)
        plans.append(plan)
    for site in FestivalSite.objects.filter(chosen=True, plan__year__lt=YEAR):  # earlier years: results recorded
        site.attendance, site.awards_given = rng.randint(300, 2500), rng.randint(2, 15)
        site.result_note = "Tổ chức thành công, đúng kế hoạch."
        site.save()
    return f"{reviewed} đánh giá năm {YEAR - 1}, {len(awards)} khen thưởng, {len(plans)} kế hoạch Ngày hội"
