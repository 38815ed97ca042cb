"""Sections of the official reports about models and sites (registered in `InitiativesConfig.ready()`)."""
from collections import defaultdict

from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from phongtrao.core.reporting import Section, vn_number
from phongtrao.geo.models import AdminUnit

from .models import Category, Evaluation, ModelType, Rating, Site, Status, StatusChange

SITE_FIELDS = ("name", "model_type__name", "commune__full_name", "status", "started_on")
ROW_FIELDS = {"initiatives.site": SITE_FIELDS, "initiatives.modeltype": ("name", "category"),
              "initiatives.evaluation": ("model_type__name", "site__name", "rating", "period_end")}
TOP_TYPES = 10


def _sites(user, scope):
    sites = scope.rows(Site.objects.all(), user, "commune")
    return sites.filter(model_type=scope.model_type) if scope.model_type is not None else sites


def _with_status_at_end(sites, scope):
    """`status_then`: each site's status at the period's end from its status history (the current one where the
    history records nothing up to then), so a report on a past period counts sites as they stood."""
    last = StatusChange.objects.filter(site=OuterRef("pk"), changed_on__lte=scope.end).order_by(
        "-changed_on", "-pk").values("to_status")[:1]
    return sites.annotate(status_then=Coalesce(Subquery(last), F("status")))


def _live_at_end(sites, scope):
    return _with_status_at_end(sites, scope).filter(Q(started_on__lte=scope.end) | Q(started_on=None)).exclude(
        status_then=Status.DISSOLVED)


def _dissolved_ids(user, scope) -> set[int]:
    changes = StatusChange.objects.filter(to_status=Status.DISSOLVED, changed_on__range=(scope.start, scope.end),
                                          site__in=_sites(user, scope))
    return set(changes.values_list("site_id", flat=True))


def _child_of(scope):
    """A function commune path → (sort key, name) of the unit one level below the report's unit."""
    children = {u.path: u for u in AdminUnit.objects.children_of(scope.unit)}
    depth = 0 if scope.unit is None else scope.unit.path.count("/")

    def child(path):
        unit = children.get("/".join(path.split("/")[:depth + 1]) + "/") or scope.unit  # a commune: itself
        return (unit.path, unit.full_name) if unit else (path, path)
    return child


def models_section(user, scope) -> Section:
    """Models and sites at the end of the period, by category and status."""
    section = Section("models", "Tình hình mô hình, điểm mô hình")
    rows = _live_at_end(_sites(user, scope), scope).values_list("pk", "model_type_id", "model_type__category",
                                                                "status_then")
    by_category = defaultdict(lambda: defaultdict(set))
    for pk, type_id, category, status in rows.iterator(chunk_size=5000):
        bucket = by_category[category]
        bucket["types"].add(type_id)
        bucket["sites"].add(pk)
        bucket[status].add(pk)
    table = [[label,
              section.figure("Mô hình loại %(c)s" % {"c": label}, ModelType, by_category[value]["types"]),
              section.figure("Điểm mô hình loại %(c)s" % {"c": label}, Site, by_category[value]["sites"]),
              *(section.figure(f"{label}: {status.label}", Site, by_category[value][status])
                for status in (Status.EXEMPLARY, Status.UNVERIFIED, Status.SUSPENDED))]
             for value, label in Category.choices if value in by_category]
    total = section.table("Mô hình, điểm mô hình theo loại và trạng thái",
                          ["Loại mô hình", "Số mô hình", "Số điểm", Status.EXEMPLARY.label,
                           "Tự phát", Status.SUSPENDED.label], table, total_label="Tổng cộng")["total"]
    types, sites, exemplary, unverified, suspended = (cell["value"] if isinstance(cell, dict) else 0
                                                      for cell in total[1:])
    section.paragraphs.append((
        "Đến ngày %(end)s, trên địa bàn có %(sites)s điểm mô hình của %(types)s mô hình đang hoạt động; trong đó "
        "%(exemplary)s điểm được công nhận điển hình tiên tiến, %(unverified)s điểm tự phát chưa xác minh và "
        "%(suspended)s điểm tạm ngừng hoạt động.") % {
        "end": scope.end.strftime("%d/%m/%Y"), "sites": vn_number(sites), "types": vn_number(types),
        "exemplary": vn_number(exemplary), "unverified": vn_number(unverified), "suspended": vn_number(suspended)})
    return section


def changes_section(user, scope) -> Section:
    """Sites started and dissolved in the period, per unit one level down."""
    section = Section("changes", "Điểm mô hình thành lập mới, giải thể trong kỳ")
    sites = _sites(user, scope)
    new = sites.filter(started_on__range=(scope.start, scope.end))
    dissolved = _dissolved_ids(user, scope)
    child = _child_of(scope)
    groups = defaultdict(lambda: {"new": set(), "replicated": set(), "dissolved": set()})
    for pk, path, source in new.values_list("pk", "commune__path", "replicated_from").iterator(chunk_size=5000):
        group = groups[child(path)]
        group["new"].add(pk)
        if source is not None:
            group["replicated"].add(pk)
    for pk, path in Site.objects.filter(pk__in=dissolved).values_list("pk", "commune__path"):
        groups[child(path)]["dissolved"].add(pk)
    rows = [[name, section.figure("%(u)s: thành lập mới" % {"u": name}, Site, g["new"]),
             section.figure("%(u)s: nhân rộng" % {"u": name}, Site, g["replicated"]),
             section.figure("%(u)s: giải thể" % {"u": name}, Site, g["dissolved"])]
            for (_path, name), g in sorted(groups.items())]
    total = section.table("Điểm mô hình thành lập mới, giải thể theo đơn vị",
                          ["Đơn vị", "Thành lập mới", "Trong đó nhân rộng", "Giải thể"], rows,
                          total_label="Tổng cộng")["total"]
    counts = [cell["value"] if isinstance(cell, dict) else 0 for cell in total[1:]]
    section.paragraphs.append((
        "Trong kỳ, thành lập mới %(new)s điểm mô hình (trong đó %(replicated)s điểm nhân rộng từ điểm đã có) "
        "ở %(units)s đơn vị; %(dissolved)s điểm giải thể.") % {
        "new": vn_number(counts[0]), "replicated": vn_number(counts[1]), "dissolved": vn_number(counts[2]),
        "units": vn_number(sum(1 for g in groups.values() if g["new"]))})
    return section


def replication_section(user, scope) -> Section:
    """The model types that spread most in the period: new sites, replicas, communes reached."""
    section = Section("replication", "Nhân rộng mô hình")
    new = _sites(user, scope).filter(started_on__range=(scope.start, scope.end))
    by_type = defaultdict(lambda: {"sites": set(), "replicas": set(), "communes": set()})
    names = {}
    for pk, type_id, type_name, source, commune in new.values_list(
            "pk", "model_type_id", "model_type__name", "replicated_from", "commune_id").iterator(chunk_size=5000):
        names[type_id] = type_name
        group = by_type[type_id]
        group["sites"].add(pk)
        group["communes"].add(commune)
        if source is not None:
            group["replicas"].add(pk)
    top = sorted(by_type, key=lambda t: (-len(by_type[t]["sites"]), names[t]))[:TOP_TYPES]
    rows = [[names[t], section.figure("%(t)s: điểm mới" % {"t": names[t]}, Site, by_type[t]["sites"]),
             section.figure("%(t)s: nhân rộng" % {"t": names[t]}, Site, by_type[t]["replicas"]),
             len(by_type[t]["communes"])] for t in top]
    section.table("Các mô hình được nhân rộng nhiều nhất trong kỳ",
                  ["Mô hình", "Điểm mới", "Nhân rộng từ điểm khác", "Số xã, phường có điểm mới"], rows)
    if top:
        leader = by_type[top[0]]
        section.paragraphs.append((
            "Trong kỳ có %(types)s mô hình được triển khai thêm ở điểm mới; nhân rộng nhiều nhất là mô hình "
            "“%(name)s” với %(sites)s điểm mới tại %(communes)s xã, phường.") % {
            "types": vn_number(len(by_type)), "name": names[top[0]], "sites": vn_number(len(leader["sites"])),
            "communes": vn_number(len(leader["communes"]))})
    else:
        section.paragraphs.append("Trong kỳ không có mô hình nào được triển khai thêm ở điểm mới.")
    return section


def review_section(user, scope) -> Section:
    """Sơ kết / tổng kết of one model type: its sites per unit, their status, the evaluations of the period."""
    model_type = scope.model_type
    section = Section("review", "Kết quả thực hiện mô hình “%(t)s”" % {"t": model_type})
    sites = _sites(user, scope)
    dissolved = _dissolved_ids(user, scope)
    child = _child_of(scope)
    groups = defaultdict(lambda: {"live": set(), "exemplary": set(), "new": set(), "dissolved": set()})
    for pk, path, status, started in _with_status_at_end(sites, scope).values_list(
            "pk", "commune__path", "status_then", "started_on").iterator(
            chunk_size=5000):
        group = groups[child(path)]
        if status != Status.DISSOLVED and (started is None or started <= scope.end):
            group["live"].add(pk)
        if status == Status.EXEMPLARY:
            group["exemplary"].add(pk)
        if started is not None and scope.start <= started <= scope.end:
            group["new"].add(pk)
        if pk in dissolved:
            group["dissolved"].add(pk)
    labels = {"live": "đang hoạt động", "exemplary": "điển hình", "new": "thành lập trong kỳ",
              "dissolved": "giải thể trong kỳ"}
    rows = [[name, *(section.figure(f"{name}: {labels[k]}", Site, g[k]) for k in labels)]
            for (_path, name), g in sorted(groups.items())]
    total = section.table("Điểm mô hình theo đơn vị",
                          ["Đơn vị", "Đang hoạt động", "Điển hình tiên tiến", "Thành lập trong kỳ",
                           "Giải thể trong kỳ"], rows, total_label="Tổng cộng")["total"]
    counts = [cell["value"] if isinstance(cell, dict) else 0 for cell in total[1:]]
    evaluations = scope.rows(Evaluation.objects.filter(model_type=model_type), user, "unit").filter(
        period_end__range=(scope.start, scope.end))
    by_rating = defaultdict(set)
    for pk, rating in evaluations.values_list("pk", "rating"):
        by_rating[rating].add(pk)
    section.table("Kết quả đánh giá trong kỳ", ["Xếp loại", "Số lượt đánh giá"],
                  [[label, section.figure(label, Evaluation, by_rating[value])] for value, label in Rating.choices],
                  total_label="Tổng cộng")
    section.paragraphs.append((
        "Từ ngày %(start)s đến ngày %(end)s, mô hình “%(t)s” được triển khai ở %(live)s điểm đang hoạt động tại "
        "%(units)s đơn vị, trong đó %(exemplary)s điểm được công nhận điển hình tiên tiến; %(new)s điểm thành lập "
        "trong kỳ, %(dissolved)s điểm giải thể.") % {
        "start": scope.start.strftime("%d/%m/%Y"), "end": scope.end.strftime("%d/%m/%Y"), "t": model_type,
        "live": vn_number(counts[0]), "units": vn_number(sum(1 for g in groups.values() if g["live"])),
        "exemplary": vn_number(counts[1]), "new": vn_number(counts[2]), "dissolved": vn_number(counts[3])})
    return section
