"""Read queries of the model registry shared by pages, API and exports."""
from collections import Counter

from django.db.models import Count, Min, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, ExtractYear, Substr
from rapidfuzz import fuzz, process

from phongtrao.core.scoping import scoped

from .models import Evaluation, ModelType, Rating, Site


TREE_LEVEL = 50


def replication_level(user, model_type: ModelType, parent=None, limit: int = TREE_LEVEL) -> tuple[list, int]:
    """One level of a type's replication tree inside the user's scope, and its size.

    With no `parent`, the roots: sites that learnt from no site the user sees. Each site carries `replica_count`,
    the sites (in scope) that learnt from it, so the page loads the tree level by level instead of whole.
    """
    visible = Site.objects.for_user(user).filter(model_type=model_type)
    if parent is None:
        level = visible.filter(Q(replicated_from=None) | ~Q(replicated_from__in=visible.values("pk")))
    else:
        level = visible.filter(replicated_from=parent)
    replicas = (visible.filter(replicated_from=OuterRef("pk")).order_by().values("replicated_from")
                .annotate(n=Count("pk")).values("n"))
    rows = (level.select_related("commune").annotate(replica_count=Coalesce(Subquery(replicas), 0))
            .order_by("started_on", "pk"))
    return list(rows[:limit]), level.count()


def site_counts_by_type(user, type_ids) -> dict[int, int]:
    """{type id: number of its sites inside the user's jurisdiction} for the given types."""
    sites = Site.objects.for_user(user).filter(model_type__in=type_ids)
    return dict(sites.values_list("model_type").annotate(n=Count("pk")).order_by())


def spread_by_year(user, model_type: ModelType) -> list[dict]:
    """Per start year, inside the user's scope: new sites, cumulative sites and cumulative provinces reached."""
    rows = (
        Site.objects.for_user(user).filter(model_type=model_type).exclude(started_on=None)
        .annotate(year=ExtractYear("started_on"), province=Substr("commune__path", 1, 3))
        .values("year", "province")
        .annotate(n=Count("pk"))
        .order_by("year")
    )
    new_sites, first_year = Counter(), {}
    for row in rows:
        new_sites[row["year"]] += row["n"]
        first_year.setdefault(row["province"], row["year"])
    out, total = [], 0
    for year in sorted(new_sites):
        total += new_sites[year]
        provinces = sum(1 for y in first_year.values() if y <= year)
        out.append({"year": year, "new": new_sites[year], "sites": total, "provinces": provinces})
    return out


def evaluation_summary(user, model_type: ModelType) -> dict:
    """Inside the user's scope: (rating label, number of evaluations) in rating order, and the latest evaluation."""
    evaluations = Evaluation.objects.for_user(user).filter(model_type=model_type)
    counts = dict(evaluations.values_list("rating").annotate(n=Count("pk")).order_by())
    by_rating = [(label, counts[value]) for value, label in Rating.choices if value in counts]
    return {"by_rating": by_rating, "latest": evaluations.order_by("-period_end").first(),
            "first_year": evaluations.aggregate(y=Min("period_end"))["y"]}


MAP_LIMIT = 50_000


def map_points(user, sites, limit: int = MAP_LIMIT) -> dict:
    """[id, lat, lon, status, approximate] per site of `sites` inside the user's scope; a site without coordinates
    sits at its commune's centroid."""
    rows = scoped(sites, user).values_list("pk", "lat", "lon", "status", "commune__lat", "commune__lon")[: limit + 1]
    points = []
    for pk, lat, lon, status, c_lat, c_lon in rows:
        approx = lat is None or lon is None
        lat, lon = (c_lat, c_lon) if approx else (lat, lon)
        if lat is not None and lon is not None:
            points.append([pk, round(lat, 5), round(lon, 5), status, approx])
    return {"points": points[:limit], "count": min(len(points), limit), "truncated": len(rows) > limit}


def similar_types(user, model_type: ModelType, limit: int = 5, cutoff: float = 80) -> list[tuple[ModelType, float]]:
    """Other types the user sees whose folded name or alias resembles this one's (likely duplicates to merge)."""
    choices = dict(ModelType.objects.for_user(user).exclude(pk=model_type.pk).values_list("pk", "search_folded"))
    matches = process.extract(model_type.search_folded, choices, scorer=fuzz.token_set_ratio, score_cutoff=cutoff,
                              limit=limit)
    by_pk = ModelType.objects.in_bulk([pk for _, _, pk in matches])
    return [(by_pk[pk], round(score)) for _, score, pk in matches]
