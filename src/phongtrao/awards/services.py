"""Rules of commendations (the order nomination → appraisal → decision → ceremony) and of Festival Day plans."""
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from phongtrao.core.scoping import require_scope
from phongtrao.geo.models import AdminUnit, Level
from phongtrao.initiatives.models import Evaluation, Rating, Site, Status

from . import festival
from .models import Appraisal, Commendation, FestivalPlan, FestivalSite, RecipientKind


def strong_site_q(since: date) -> Q:
    """Sites worth showing and commending: exemplary, or rated good in an evaluation ending on or after `since`."""
    rated = Evaluation.objects.filter(rating=Rating.GOOD, period_end__gte=since, site__isnull=False).values("site_id")
    return Q(status=Status.EXEMPLARY) | Q(pk__in=rated)


def check_commendation(c: Commendation) -> None:
    """The steps come in order: a decision needs an approved appraisal, a ceremony needs a decision."""
    errors = {}
    if c.site_id and c.unit_id and not c.unit.contains(c.site.commune):
        errors["site"] = _("Điểm mô hình phải nằm trong đơn vị được khen.")
    if c.appraisal != Appraisal.PENDING and not c.appraised_on:
        errors["appraised_on"] = _("Ghi ngày thẩm định.")
    decision = [c.decision_ref, c.decided_on, c.level, c.form]
    if any(decision):
        if c.appraisal != Appraisal.APPROVED:
            errors["decision_ref"] = _("Chỉ ghi quyết định khen thưởng khi hồ sơ đã được thẩm định đủ điều kiện.")
        for name, value in zip(("decision_ref", "decided_on", "level", "form"), decision):
            if not value:
                errors.setdefault(name, _("Quyết định cần đủ số, ngày, cấp khen và hình thức khen."))
    if c.decided_on and c.decided_on < c.nominated_on:
        errors["decided_on"] = _("Ngày quyết định không thể trước ngày đề nghị.")
    if c.ceremony_on and not c.decision_ref:
        errors["ceremony_on"] = _("Chỉ trao tặng sau khi có quyết định khen thưởng.")
    elif c.ceremony_on and c.decided_on and c.ceremony_on < c.decided_on:
        errors["ceremony_on"] = _("Ngày trao tặng không thể trước ngày quyết định.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def save_commendation(*, user, commendation: Commendation) -> Commendation:
    """Check scope and the order of the steps, then save; a collective keeps no personal details."""
    require_scope(user, commendation.unit if commendation.unit_id else None, "change" if commendation.pk else "add")
    if commendation.recipient_kind == RecipientKind.COLLECTIVE:
        commendation.birth_year, commendation.phone = None, ""
    if commendation.site_id and not commendation.model_type_id:
        commendation.model_type_id = commendation.site.model_type_id
    check_commendation(commendation)
    commendation.save()
    return commendation


# -- Festival Day -----------------------------------------------------------------------------------------------


@transaction.atomic
def save_festival_plan(*, user, plan: FestivalPlan) -> FestivalPlan:
    require_scope(user, plan.unit if plan.unit_id else None, "change" if plan.pk else "add")
    if plan.unit_id and plan.unit.level != Level.PROVINCE:
        raise ValidationError({"unit": _("Chọn một tỉnh, thành phố (hoặc để trống cho kế hoạch toàn quốc).")})
    if not 1 <= plan.sites_wanted <= 200:
        raise ValidationError({"sites_wanted": _("Số điểm cần chọn từ 1 đến 200.")})
    if plan.min_priority_share > 100:
        raise ValidationError({"min_priority_share": _("Tỷ lệ từ 0 đến 100%.")})
    if plan.max_per_province < 1:
        raise ValidationError({"max_per_province": _("Mỗi tỉnh ít nhất 1 điểm.")})
    plan.save()
    return plan


def festival_candidates(plan: FestivalPlan, *, strong_years: int = 3) -> list[festival.Candidate]:
    """Every current commune of the plan's area with its strong sites, last Festival Day and manual choices."""
    communes = AdminUnit.objects.current().filter(level=Level.COMMUNE)
    if plan.unit_id:
        communes = communes.filter(path__startswith=plan.unit.path)
    provinces = dict(AdminUnit.objects.current().filter(level=Level.PROVINCE).values_list("pk", "code"))
    names = dict(AdminUnit.objects.current().filter(level=Level.PROVINCE).values_list("code", "name"))
    since = date(plan.year - strong_years, 1, 1)
    sites = Site.objects.filter(strong_site_q(since), commune__in=communes.values("pk"))
    strong = {}
    for commune_id in sites.values_list("commune_id", flat=True).iterator(chunk_size=10_000):
        strong[commune_id] = strong.get(commune_id, 0) + 1
    last = dict(FestivalSite.objects.filter(chosen=True, plan__year__lt=plan.year).values("commune_id")
                .annotate(y=Max("plan__year")).values_list("commune_id", "y"))
    manual = {row[0]: row[1:] for row in plan.sites.filter(Q(pinned=True) | Q(excluded=True))
              .values_list("commune_id", "pinned", "excluded")}
    return [festival.Candidate(commune_id=pk, code=code, name=name, province_code=provinces[parent_id],
                               province=names[provinces[parent_id]], strong=strong.get(pk, 0),
                               last_chosen=last.get(pk), pinned=manual.get(pk, (False, False))[0],
                               excluded=manual.get(pk, (False, False))[1])
            for pk, code, name, parent_id in communes.values_list("pk", "code", "full_name", "parent_id")]


@transaction.atomic
def propose_festival_sites(*, user, plan: FestivalPlan) -> festival.Selection:
    """Run the selection and keep its outcome on the plan: the chosen sites with their reasons, the best ones left
    out with what they lacked; rows set by hand (pinned, excluded) or holding results stay."""
    require_scope(user, plan.unit if plan.unit_id else None, "change")
    try:
        selection = festival.select(
            festival_candidates(plan), year=plan.year, wanted=plan.sites_wanted, max_per_province=plan.max_per_province,
            min_priority_share=plan.min_priority_share, rest_years=plan.rest_years, weights=plan.weights())
    except festival.SelectionError as exc:
        raise ValidationError(str(exc)) from exc
    outcome = {c.commune_id: (c, True, "") for c in selection.chosen}
    outcome.update({c.commune_id: (c, False, lacking) for c, lacking in selection.runners_up})
    kept = plan.sites.filter(Q(pinned=True) | Q(excluded=True) | Q(attendance__isnull=False))
    plan.sites.exclude(pk__in=kept.values("pk")).exclude(commune_id__in=list(outcome)).delete()
    plan.sites.exclude(commune_id__in=list(outcome)).update(chosen=False)
    existing = {s.commune_id: s for s in plan.sites.all()}
    for commune_id, (candidate, chosen, lacking) in outcome.items():
        site = existing.get(commune_id) or FestivalSite(plan=plan, commune_id=commune_id)
        site.score, site.reasons, site.chosen, site.lacking = candidate.score, candidate.reasons, chosen, lacking
        site.save()
        if chosen and not site.showcased.exists():
            site.showcased.set(_showcase_types(commune_id, plan.year))
    plan.selected_at = timezone.now()
    plan.save(update_fields=["selected_at"])
    return selection


def _showcase_types(commune_id: int, year: int, limit: int = 3) -> list[int]:
    """The commune's strongest model types: those with the most strong sites there."""
    counts = {}
    for type_id in Site.objects.filter(strong_site_q(date(year - 3, 1, 1)), commune_id=commune_id).values_list(
            "model_type_id", flat=True):
        counts[type_id] = counts.get(type_id, 0) + 1
    return sorted(counts, key=lambda t: (-counts[t], t))[:limit]


@transaction.atomic
def save_festival_site(*, user, site: FestivalSite) -> FestivalSite:
    """A change by hand: pinning or excluding takes effect at the next selection; results are recorded as given."""
    require_scope(user, site.commune if site.commune_id else None, "change" if site.pk else "add")
    if site.pinned and site.excluded:
        raise ValidationError({"excluded": _("Không thể vừa chọn vừa loại bằng tay.")})
    if site.plan_id and site.plan.unit_id and site.commune_id and not site.plan.unit.contains(site.commune):
        raise ValidationError({"commune": _("Xã phải thuộc tỉnh của kế hoạch.")})
    if site.excluded:
        site.chosen = False
    site.save()
    return site
