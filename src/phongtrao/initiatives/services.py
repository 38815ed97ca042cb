"""Rules of the model registry: site lifecycle, replication lineage, duplicates, merging types, site tallies."""
import threading
from datetime import date

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils.translation import gettext as _

from phongtrao.core import caching
from phongtrao.core.models import delete_object
from phongtrao.core.scoping import require_scope
from phongtrao.core.text import fold
from phongtrao.geo.models import AdminUnit, Level

from .models import (LAT_RANGE, LIVE_STATUSES, LON_RANGE, OUTSIDE_VIETNAM, Evaluation, ModelType, Site, SiteTally,
                     Status, StatusChange)

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
    Its sites keep their commune and status: the site tallies do not change.
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


# -- site tallies ------------------------------------------------------------------------------------------
#
# SiteTally holds the number of sites per commune and status, so that national figures read a few thousand rows.
# It is kept exact by recounting, never by adding ±1: a write notes the communes it touched, and once its
# transaction commits those communes are recounted from the sites table in one GROUP BY (`recount_sites`).
# Every Site.save() and delete() is noted by the signals below, whatever called it (services, intake, admin,
# shell), with the commune a moved site left; writes that send no signal (the import's bulk insert, the demo, any
# QuerySet.update() or delete() of sites) call `tally_after_commit` or `recount_sites` themselves.
# `phongtrao tallies` rebuilds them all (`--check` compares).

RECOUNT_ALL_ABOVE = 1000
"""More communes than this in one transaction (an import over the country): one recount of the whole table."""

_touched = threading.local()


@transaction.atomic
def recount_sites(commune_ids=None) -> int:
    """Rewrite the tallies of these communes (of all: None) from the sites table; exact and idempotent.

    The communes' rows are locked first (in id order), so that two recounts of a commune run one after the other and
    the later one sees both writes (PostgreSQL; SQLite runs one write transaction at a time anyway).
    """
    communes, sites, tallies = AdminUnit.objects.filter(level=Level.COMMUNE), Site.objects.order_by(), SiteTally.objects
    if commune_ids is not None:
        ids = sorted(set(commune_ids))
        communes, sites, tallies = communes.filter(pk__in=ids), sites.filter(commune_id__in=ids), tallies.filter(
            commune_id__in=ids)
    list(communes.order_by("pk").select_for_update(no_key=True).values_list("pk", flat=True))
    rows = [SiteTally(commune_id=commune, status=status, count=n)
            for commune, status, n in sites.values_list("commune", "status").annotate(n=Count("pk"))]
    tallies.all().delete()
    SiteTally.objects.bulk_create(rows, batch_size=5000)
    caching.bump()
    return len(rows)


def tally_after_commit(commune_ids) -> None:
    """Recount these communes' tallies once the current transaction commits (at once outside a transaction).

    The communes noted during a transaction are recounted together by its first commit callback (the later ones find
    nothing left); those noted in a savepoint rolled back are recounted all the same, which is exact too.
    """
    touched = _touched.__dict__.setdefault("ids", set())
    touched.update(pk for pk in commune_ids if pk is not None)
    schedule_recount(_recount_touched)


def schedule_recount(recount) -> None:
    """Run `recount` after the commit (the tests run it at once: their transaction never commits)."""
    transaction.on_commit(recount)


def _recount_touched() -> None:
    ids, _touched.ids = getattr(_touched, "ids", set()), set()
    if ids:
        recount_sites(None if len(ids) > RECOUNT_ALL_ABOVE else ids)


def stale_tallies() -> dict[tuple[int, str], tuple[int, int]]:
    """{(commune id, status): (tallied, counted)} wherever the tallies differ from the sites table; empty: exact."""
    counted = dict(((c, s), n) for c, s, n in Site.objects.order_by().values_list("commune", "status")
                   .annotate(n=Count("pk")))
    tallied = dict(((c, s), n) for c, s, n in SiteTally.objects.values_list("commune", "status", "count"))
    return {key: (tallied.get(key, 0), counted.get(key, 0)) for key in counted.keys() | tallied.keys()
            if tallied.get(key, 0) != counted.get(key, 0)}


def _note_commune_left(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or instance.pk is None or (update_fields is not None and not {"commune", "commune_id"} & update_fields):
        return
    left = Site.objects.filter(pk=instance.pk).values_list("commune_id", flat=True).first()
    if left != instance.commune_id:
        instance._commune_left = left


def _note_site_written(sender, instance, raw=False, **kwargs):
    if not raw:  # a restore (loaddata) brings the backup's tallies along with its sites
        tally_after_commit([instance.commune_id, instance.__dict__.pop("_commune_left", None)])


def watch_sites() -> None:
    """Note every saved or deleted site's commune (and the one it left) for a recount after commit."""
    pre_save.connect(_note_commune_left, sender=Site, dispatch_uid="site-tally-left")
    post_save.connect(_note_site_written, sender=Site, dispatch_uid="site-tally-saved")
    post_delete.connect(_note_site_written, sender=Site, dispatch_uid="site-tally-deleted")
