"""Read queries of the model registry shared by pages, API and exports.

Every selector takes the user first and reads through `for_user()`: a figure on a model type's page (shared by
every user) counts only the rows inside the user's jurisdiction, and the page says so.
"""
from collections import Counter, defaultdict

from django.db.models import Count, Min, OuterRef, Subquery
from django.db.models.functions import Coalesce, ExtractYear, Substr
from rapidfuzz import fuzz, process

from .models import Evaluation, ModelType, Rating, Site


def sites_of(user, model_type: ModelType):
    """The type's sites inside the user's scope."""
    return Site.objects.for_user(user).filter(model_type=model_type)


def with_site_counts(user, types):
    """Types annotated with `site_count`: how many of their sites lie inside the user's scope."""
    sites = (Site.objects.for_user(user).filter(model_type=OuterRef("pk")).order_by().values("model_type")
             .annotate(n=Count("pk")).values("n"))
    return types.annotate(site_count=Coalesce(Subquery(sites), 0))


def replication_forest(user, model_type: ModelType, limit: int = 500):
    """Sites of a type as a forest of (site, children) following `replicated_from`, within the user's scope."""
    sites = list(sites_of(user, model_type).select_related("commune__parent").order_by("started_on", "pk")[:limit])
    by_parent = defaultdict(list)
    ids = {s.pk for s in sites}
    for site in sites:
        by_parent[site.replicated_from_id if site.replicated_from_id in ids else None].append(site)

    def grow(site):
        return site, [grow(child) for child in by_parent.get(site.pk, [])]

    return [grow(root) for root in by_parent.get(None, [])]


def spread_by_year(user, model_type: ModelType) -> list[dict]:
    """Per start year, inside the user's scope: new sites, cumulative sites and cumulative provinces reached."""
    rows = (
        sites_of(user, model_type).exclude(started_on=None)
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
    """(rating label, number of evaluations) in rating order, and the latest evaluation, inside the user's scope."""
    evaluations = Evaluation.objects.for_user(user).filter(model_type=model_type)
    counts = dict(evaluations.values_list("rating").annotate(n=Count("pk")).order_by())
    by_rating = [(label, counts[value]) for value, label in Rating.choices if value in counts]
    return {"by_rating": by_rating, "latest": evaluations.order_by("-period_end").first(),
            "first_year": evaluations.aggregate(y=Min("period_end"))["y"]}


MAP_LIMIT = 50_000


def map_points(user, sites, limit: int = MAP_LIMIT) -> dict:
    """[id, lat, lon, status, approximate] per site of `sites` inside the user's scope; a site without coordinates
    sits at its commune's centroid."""
    rows = sites.for_user(user).values_list("pk", "lat", "lon", "status", "commune__lat", "commune__lon")[: limit + 1]
    points = []
    for pk, lat, lon, status, c_lat, c_lon in rows:
        approx = lat is None or lon is None
        lat, lon = (c_lat, c_lon) if approx else (lat, lon)
        if lat is not None and lon is not None:
            points.append([pk, round(lat, 5), round(lon, 5), status, approx])
    return {"points": points[:limit], "count": min(len(points), limit), "truncated": len(rows) > limit}


def similar_types(user, model_type: ModelType, limit: int = 5, cutoff: float = 80) -> list[tuple[ModelType, float]]:
    """Other types the user may see whose folded name or alias resembles this one's (likely duplicates to merge)."""
    types = ModelType.objects.for_user(user).exclude(pk=model_type.pk)
    choices = dict(types.values_list("pk", "search_folded"))
    matches = process.extract(model_type.search_folded, choices, scorer=fuzz.token_set_ratio, score_cutoff=cutoff,
                              limit=limit)
    by_pk = types.in_bulk([pk for _, _, pk in matches])
    return [(by_pk[pk], round(score)) for _, score, pk in matches]
