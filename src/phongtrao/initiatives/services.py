"""Rules of the model registry: site lifecycle, replication lineage, duplicates, merging types."""
from datetime import date

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from phongtrao.core.models import delete_object
from phongtrao.core.scoping import require_scope
from phongtrao.core.text import fold

from .models import LAT_RANGE, LIVE_STATUSES, LON_RANGE, OUTSIDE_VIETNAM, Evaluation, ModelType, Site, Status, StatusChange

TRANSITIONS = {
    Status.UNVERIFIED: {Status.ACTIVE, Status.DISSOLVED},
    Status.ACTIVE: {Status.EXEMPLARY, Status.SUSPENDED, Status.DISSOLVED},
    Status.EXEMPLARY: {Status.ACTIVE, Status.SUSPENDED, Status.DISSOLVED},
    Status.SUSPENDED: {Status.ACTIVE, Status.DISSOLVED},
    Status.DISSOLVED: set(),
}
"""Allowed lifecycle steps: spontaneous → active → exemplary → suspended / dissolved."""


def check_lineage(site: Site, source: Site | None) -> None:
    """A site cannot be replicated from itself or from one of its own descendants."""
    if source is None:
        return
    if source.model_type_id != site.model_type_id:
        raise ValidationError({"replicated_from": _("Điểm nguồn phải cùng mô hình.")})
    node, seen = source, set()
    while node is not None and node.pk not in seen:
        if node.pk == site.pk:
            raise ValidationError({"replicated_from": _("Vòng lặp nhân rộng: điểm nguồn lại được nhân rộng từ điểm này.")})
        seen.add(node.pk)
        node = node.replicated_from


def check_duplicate(site: Site) -> None:
    """No two live sites of the same type at the same address in the same commune."""
    if not site.address.strip():
        return
    clash = (
        Site.objects.filter(model_type_id=site.model_type_id, commune_id=site.commune_id,
                            address_folded=fold(" ".join([site.address, site.village])), status__in=LIVE_STATUSES)
        .exclude(pk=site.pk)
        .first()
    )
    if clash:
        raise ValidationError({"address": _("Đã có điểm “%(name)s” cùng mô hình tại địa chỉ này.") % {"name": clash.name}})


@transaction.atomic
def check_coordinates(site: Site) -> None:
    """Both coordinates or neither, inside Vietnam's bounds (a swapped pair is the usual mistake)."""
    if (site.lat is None) != (site.lon is None):
        missing = "lon" if site.lon is None else "lat"
        raise ValidationError({missing: _("Nhập cả vĩ độ và kinh độ, hoặc để trống cả hai.")})
    errors = {}
    for name, (low, high) in (("lat", LAT_RANGE), ("lon", LON_RANGE)):
        value = getattr(site, name)
        if value is not None and not low <= value <= high:
            errors[name] = OUTSIDE_VIETNAM % {"value": value, "low": low, "high": high}
    if errors:
        raise ValidationError(errors)


def save_site(*, user, site: Site, status: str | None = None, on: date | None = None) -> Site:
    """Create or update a site after checking scope, lineage and duplicates; a new site gets its first status."""
    commune = site.commune if site.commune_id else None
    if commune is None or commune.level != "commune" or not commune.is_current:
        raise ValidationError({"commune": _("Chọn một xã, phường hoặc đặc khu hiện hành.")})
    require_scope(user, site.commune, "change" if site.pk else "add")
    if site.pk:
        previous = Site.objects.select_for_update().get(pk=site.pk)
        require_scope(user, previous.commune, "change")
    check_lineage(site, site.replicated_from)
    check_coordinates(site)
    created = site.pk is None
    if created:
        site.status = status or Status.ACTIVE
    site.full_clean()
    check_duplicate(site)
    site.save()
    if created:
        StatusChange.objects.create(site=site, to_status=site.status, changed_on=on or site.started_on or date.today(),
                                    changed_by=user if user and user.is_authenticated else None)
    return site


@transaction.atomic
def change_status(*, user, site: Site, to_status: str, changed_on: date, decision_ref: str = "", note: str = "") -> StatusChange:
    """Move a site to `to_status` if the lifecycle allows it; the change is dated and kept."""
    site = Site.objects.select_for_update().select_related("commune").get(pk=site.pk)
    require_scope(user, site.commune, "change")
    if to_status not in TRANSITIONS[Status(site.status)]:
        raise ValidationError(_("Không thể chuyển từ “%(a)s” sang “%(b)s”.") % {
            "a": Status(site.status).label, "b": Status(to_status).label})
    last = site.status_changes.order_by("-changed_on", "-pk").first()
    if last and changed_on < last.changed_on:
        raise ValidationError({"changed_on": _("Ngày chuyển trạng thái không được trước lần thay đổi trước (%(d)s).") % {
            "d": last.changed_on.strftime("%d/%m/%Y")}})
    change = StatusChange.objects.create(site=site, from_status=site.status, to_status=to_status, changed_on=changed_on,
                                         decision_ref=decision_ref, note=note, changed_by=user)
    site.status = to_status
    site.save(update_fields=["status", "last_updated"])
    return change


@transaction.atomic
def save_evaluation(*, user, evaluation: Evaluation) -> Evaluation:
    """An evaluation of a site belongs to the site's commune; of a type, to the evaluating unit."""
    if evaluation.site_id:
        evaluation.model_type_id = evaluation.site.model_type_id
        evaluation.unit = evaluation.site.commune
    if evaluation.period_start and evaluation.period_end and evaluation.period_end < evaluation.period_start:
        raise ValidationError({"period_end": _("Ngày kết thúc kỳ đánh giá phải sau ngày bắt đầu.")})
    require_scope(user, evaluation.unit, "change" if evaluation.pk else "add")
    evaluation.full_clean()
    evaluation.save()
    return evaluation


@transaction.atomic
def merge_types(*, user, survivor: ModelType, duplicate: ModelType) -> ModelType:
    """Move everything pointing at the duplicate (sites, evaluations, and any other app's links: documents,
    candidates…) to the survivor, keep its names as aliases, delete it.

    The duplicate's audit entries stay in the log (they keep its id) and a note on the survivor records the merge.
    """
    if survivor.pk == duplicate.pk:
        raise ValidationError(_("Không thể gộp một mô hình với chính nó."))
    for model_type in (survivor, duplicate):
        require_scope(user, model_type.origin_unit, "change")
    for rel, _label, _count in duplicate.references():
        if rel.many_to_many:  # a row already linked to the survivor keeps that link; the duplicate's goes with it
            mine, owner = rel.field.m2m_reverse_field_name(), rel.field.m2m_field_name()
            linked = rel.through.objects.filter(**{mine: survivor}).values(owner)
            rel.through.objects.filter(**{mine: duplicate}).exclude(**{f"{owner}__in": linked}).update(**{mine: survivor})
        else:
            rel.related_model._base_manager.filter(**{rel.field.name: duplicate}).update(**{rel.field.name: survivor})
    survivor.sponsors.add(*duplicate.sponsors.all())
    names = [*survivor.alias_list(), duplicate.name, *duplicate.alias_list()]
    survivor.aliases = "\n".join(dict.fromkeys(n for n in names if n != survivor.name))
    survivor.save()
    LogEntry.objects.log_create(
        survivor, force_log=True, action=LogEntry.Action.UPDATE,
        changes={"merged_from": [f"{duplicate.pk}: {duplicate.name}", None]},
        additional_data={**survivor.get_additional_data(), "merged_type_id": duplicate.pk,
                         "merged_content_type": ContentType.objects.get_for_model(ModelType).pk},
    )
    duplicate.delete()
    return survivor


BULK_LIMIT = 5000
"""Most sites one bulk action may touch (a narrower filter does the rest)."""


def _reason(exc) -> str:
    return " ".join(getattr(exc, "messages", None) or [str(exc)])


def _bulk(user, sites, act, key: str, summary: str) -> tuple[list[Site], list[tuple[Site, str]]]:
    """Run `act(site)` for each site in its own savepoint: what succeeds stays, what is refused is reported with the
    reason. One audit entry on the acting user names the action and the ids (each site keeps its own entries too)."""
    done, refused = [], []
    for site in sites:
        try:
            with transaction.atomic():
                act(site)
        except (ValidationError, PermissionDenied) as exc:
            refused.append((site, _reason(exc)))
        else:
            done.append(site)
    if done and user is not None:
        unit = getattr(user, "unit", None)
        LogEntry.objects.log_create(
            user, force_log=True, action=LogEntry.Action.UPDATE, actor=user,
            changes={key: [None, summary % {"n": len(done), "refused": len(refused)}]},
            additional_data={"unit_path": unit.path if unit else None,
                             key: {"done": [s.pk for s in done], "refused": [s.pk for s, _r in refused]}},
        )
    return done, refused


def bulk_change_status(*, user, sites, to_status: str, changed_on: date, decision_ref: str = "",
                       note: str = "") -> tuple[list[Site], list[tuple[Site, str]]]:
    """Move each site to `to_status` where the user may change it and the lifecycle allows; (done, refused)."""
    label = Status(to_status).label
    return _bulk(user, sites, lambda site: change_status(user=user, site=site, to_status=to_status,
                                                         changed_on=changed_on, decision_ref=decision_ref, note=note),
                 "bulk_status", _("%%(n)d điểm chuyển sang “%(s)s”, %%(refused)d điểm không chuyển") % {"s": label})


def bulk_delete_sites(*, user, sites) -> tuple[list[Site], list[tuple[Site, str]]]:
    """Delete each site the user may delete (and nothing still refers to); (done, refused)."""
    def delete(site):
        require_scope(user, site.commune, "delete")
        delete_object(site)

    return _bulk(user, sites, delete, "bulk_delete", _("đã xóa %(n)d điểm, %(refused)d điểm không xóa"))
