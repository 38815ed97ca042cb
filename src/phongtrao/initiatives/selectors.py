"""Read queries of the model registry shared by pages, API and exports."""
from collections import Counter
from functools import lru_cache

from django.db.models import Avg, Count, F, Max, Min, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce, Floor, Substr

from phongtrao.core import caching
from phongtrao.core.scoping import ALL, scope_q, scoped, unit_paths_for, units_q
from phongtrao.core.text import fold
from phongtrao.geo.models import AdminUnit, Level
from phongtrao.geo.rollup import child_units, counts_by_child_unit

from .models import Evaluation, ModelType, Rating, Site, SiteTally
from .naming import closest


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


def type_page_figures(user, model_type: ModelType, latest: int) -> dict:
    """What a type's page shows inside the user's scope: its `latest` sites, their number, the replication tree's
    first level, the spread by year and the evaluations. Kept in the figures cache (per scope) until a site, type or
    evaluation changes, so that a much-read type costs its page's shell, not its thousand sites, on each view.
    `fragment_key` is the key under which the page may keep what it renders from them (`{% cache %}`)."""
    def compute():
        sites = scoped(model_type.sites.all(), user, "view").select_related("commune__parent")
        return {"latest": list(sites[:latest]), "site_total": sites.count(), "tree": replication_level(user, model_type),
                "spread": spread_by_year(user, model_type), "evaluation_summary": evaluation_summary(user, model_type)}

    parts = ("type-page", caching.scope_key(unit_paths_for(user, "view")), model_type.pk, latest)
    return {**caching.cached(parts, compute), "fragment_key": caching.key(parts)}


def site_counts_by_type(user, type_ids) -> dict[int, int]:
    """{type id: number of its sites inside the user's jurisdiction} for the given types."""
    sites = Site.objects.for_user(user).filter(model_type__in=type_ids)
    return dict(sites.values_list("model_type").annotate(n=Count("pk")).order_by())


def spread_by_year(user, model_type: ModelType) -> list[dict]:
    """Per start year, inside the user's scope: new sites, cumulative sites and cumulative provinces reached."""
    rows = (  # grouped by day, not year: extracting the year is a Python function per row on SQLite
        Site.objects.for_user(user).filter(model_type=model_type).exclude(started_on=None)
        .annotate(province=Substr("commune__path", 1, 3)).values("started_on", "province")
        .annotate(n=Count("pk")).order_by()
    )
    new_sites, first_year = Counter(), {}
    for row in rows:
        year = row["started_on"].year
        new_sites[year] += row["n"]
        first_year[row["province"]] = min(year, first_year.get(row["province"], year))
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
POINTS_ZOOM = 10
"""From this zoom level on the map shows sites one by one; below it, counts per grid cell."""


def map_data(user, sites, zoom: int | None = None, bbox: tuple[float, float, float, float] | None = None,
             limit: int = MAP_LIMIT) -> dict:
    """The map's data for `sites` inside the user's scope; a site without coordinates sits at its commune's centroid.

    Below POINTS_ZOOM: `clusters`, [lat, lon, count] per grid cell (about four cells per map tile) computed in the
    database, so the national view stays small. Otherwise `points`, [id, lat, lon, status, approximate] per site
    inside `bbox` (south, west, north, east) when given.
    """
    located = _located(user, sites)
    if bbox is not None:
        south, west, north, east = bbox
        located = located.filter(plat__gte=south, plat__lte=north, plon__gte=west, plon__lte=east)
    if zoom is not None and zoom < POINTS_ZOOM:
        cell = 360 / 2 ** zoom / 4
        cells = (located.annotate(gx=Floor(F("plat") / cell), gy=Floor(F("plon") / cell)).order_by()
                 .values("gx", "gy").annotate(n=Count("pk"), clat=Avg("plat"), clon=Avg("plon")))
        clusters = [[round(c["clat"], 4), round(c["clon"], 4), c["n"]] for c in cells]
        return {"clusters": clusters, "count": sum(c[2] for c in clusters), "truncated": False}
    rows = located.values_list("pk", "plat", "plon", "status", "lat")[: limit + 1]
    points = [[pk, round(lat, 5), round(lon, 5), status, own_lat is None] for pk, lat, lon, status, own_lat in rows]
    return {"points": points[:limit], "count": min(len(points), limit), "truncated": len(points) > limit}


def _located(user, sites):
    """`sites` in the user's scope with `plat`/`plon`: their own coordinates, else their commune's centroid."""
    located = scoped(sites, user).annotate(plat=Coalesce("lat", "commune__lat"), plon=Coalesce("lon", "commune__lon"))
    return located.exclude(plat=None).exclude(plon=None)


def _extent(queryset, lat: str, lon: str) -> list[list[float]] | None:
    box = queryset.order_by().aggregate(s=Min(lat), w=Min(lon), n=Max(lat), e=Max(lon))
    return None if box["s"] is None else [[round(box["s"], 5), round(box["w"], 5)], [round(box["n"], 5), round(box["e"], 5)]]


def map_bounds(user, sites, unit: AdminUnit | None = None) -> list[list[float]] | None:
    """[[south, west], [north, east]] the map opens on: the filtered sites, else the chosen unit, else the user's
    jurisdiction (the centroids of its units); None for the whole country."""
    box = _extent(_located(user, sites), "plat", "plon")
    if box is not None:
        return box
    paths = [unit.path] if unit is not None else unit_paths_for(user, "view")
    if paths == ALL:
        return None
    return _extent(AdminUnit.objects.current().filter(scope_q("path", paths)), "lat", "lon")


def map_root(user, unit: AdminUnit | None = None) -> AdminUnit | None:
    """The province whose communes the map counts: the chosen unit's, else the one the user's scope lies in;
    None (count per province) for a national user or a scope over several provinces."""
    if unit is None:
        paths = unit_paths_for(user, "view")
        provinces = {p.split("/")[0] for p in paths} if paths != ALL else set()
        if len(provinces) != 1:
            return None
        return AdminUnit.objects.current().filter(path=f"{provinces.pop()}/").first()
    return unit if unit.level == Level.PROVINCE else unit.parent


def site_counts_by_unit(user, root: AdminUnit | None, children=None, *, unit: AdminUnit | None = None,
                        statuses=()) -> dict[str, int]:
    """Sites in the user's scope (inside `unit`, with one of `statuses`, when given) counted per unit below `root`,
    read from the per-commune tallies: the figures `counts_by_child_unit` gives over the sites, at the cost of the
    communes (a few thousand rows) rather than of the sites."""
    tallies = SiteTally.objects.for_user(user)
    if unit is not None:
        tallies = tallies.filter(units_q("commune", [unit.path]))
    if statuses:
        tallies = tallies.filter(status__in=statuses)
    return counts_by_child_unit(tallies, "commune", root, children, total=Sum("count"))


def unit_counts(user, sites, root: AdminUnit | None, tallied: dict | None = None) -> list[dict]:
    """Sites in scope counted per unit below `root` (provinces of the country, or communes of a province), with
    each unit's code (the map fills its boundary) and centre (where a unit without one is drawn as a circle).

    With `tallied`, the filters when they are only unit and status (`SiteFilterSet.tallied_filters`), the counts
    come from the tallies; else from `sites`.
    """
    children = [u for u in child_units(root) if u.lat is not None]
    if tallied is not None:
        counts = site_counts_by_unit(user, root, children, **tallied)
    else:
        counts = counts_by_child_unit(scoped(sites, user), "commune", root, children)
    return [{"id": u.pk, "code": u.code, "name": u.full_name, "lat": u.lat, "lon": u.lon, "count": counts[u.path]}
            for u in children if counts.get(u.path)]


def _names(model_type: ModelType) -> list[str]:
    return [model_type.name, *model_type.alias_list()]


_folded_type_name = lru_cache(maxsize=50_000)(fold)
"""Type names change rarely: folding the 4,300 national names again on every type page cost more than matching."""


def _best_types(names: list[str], types, cutoff: float, limit: int) -> list[tuple[int, float]]:
    """(type pk, best similarity of any of `names` to any of the type's names and aliases), best first. The rows are
    read unordered: sorting 4,300 names by the Vietnamese collation (a Python function on SQLite) cost 130 ms."""
    choices = [(pk, _folded_type_name(name))
               for pk, name, aliases in types.order_by().values_list("pk", "name", "aliases")
               for name in [name, *aliases.splitlines()] if name.strip()]
    best: dict[int, float] = {}
    for wanted in names:
        for index, score in closest(wanted, [c[1] for c in choices], cutoff):
            pk = choices[index][0]
            best[pk] = max(best.get(pk, 0), score)
    return sorted(best.items(), key=lambda item: -item[1])[:limit]


def similar_types(user, model_type: ModelType, limit: int = 5, cutoff: float = 80) -> list[tuple[ModelType, float]]:
    """Other types the user sees whose name or alias resembles this one's on its distinctive head (likely
    duplicates to merge; see naming.name_similarity). Kept in the figures cache: matching against every type's
    names cost more than the rest of the type page."""
    types = ModelType.objects.for_user(user).exclude(pk=model_type.pk)
    matches = caching.cached(("similar-types", caching.scope_key(unit_paths_for(user, "view")), model_type.pk, limit,
                              cutoff), lambda: _best_types(_names(model_type), types, cutoff, limit))
    by_pk = types.in_bulk([pk for pk, _ in matches])
    return [(by_pk[pk], round(score)) for pk, score in matches]


def _province_path(unit: AdminUnit | None) -> str | None:
    return unit.path.split("/")[0] + "/" if unit is not None and unit.is_current else None


def nearest_types(user, name: str, unit: AdminUnit | None = None, limit: int = 5,
                  cutoff: float = 60) -> list[tuple[ModelType, int, int]]:
    """Registered types whose names resemble `name` (a candidate's), each with its similarity and the number of its
    sites the user sees in `unit`'s province; a type already running there comes first among equals."""
    matches = _best_types([name], ModelType.objects.for_user(user), cutoff, limit * 2)
    province = _province_path(unit)
    local = {}
    if province and matches:
        sites = Site.objects.for_user(user).filter(model_type__in=[pk for pk, _ in matches],
                                                   commune__path__startswith=province)
        local = dict(sites.order_by().values_list("model_type").annotate(n=Count("pk")))
    by_pk = ModelType.objects.in_bulk([pk for pk, _ in matches])
    ranked = sorted(matches, key=lambda m: (-(m[1] + (5 if local.get(m[0]) else 0)), by_pk[m[0]].name))
    return [(by_pk[pk], round(score), local.get(pk, 0)) for pk, score in ranked[:limit]]


NEAREST_SITES_SCANNED = 20_000


def nearest_sites(user, name: str, unit: AdminUnit | None = None, limit: int = 5,
                  cutoff: float = 60) -> list[tuple[Site, int]]:
    """Sites the user sees, in `unit`'s province when known, whose names resemble `name`; those in the same
    commune first among close scores."""
    sites = Site.objects.for_user(user)
    province = _province_path(unit)
    if province:
        sites = sites.filter(commune__path__startswith=province)
    rows = list(sites.order_by().values_list("pk", "name_folded", "commune_id")[:NEAREST_SITES_SCANNED])
    hits = closest(name, [r[1] for r in rows], cutoff)
    same = unit.pk if unit is not None else None
    ranked = sorted(hits, key=lambda h: -(h[1] + (10 if rows[h[0]][2] == same else 0)))[:limit]
    by_pk = Site.objects.select_related("commune", "model_type").in_bulk([rows[index][0] for index, _ in ranked])
    return [(by_pk[rows[index][0]], round(score)) for index, score in ranked]


def merge_plan(user, survivor: ModelType, duplicate: ModelType) -> dict:
    """What merging `duplicate` into `survivor` will change, for the confirmation page: the duplicate's sites the user
    sees (by name; the others counted), every relation that moves, the names kept as aliases, the sponsors added."""
    visible = Site.objects.for_user(user).filter(model_type=duplicate).select_related("commune").order_by("name")
    total = Site.objects.filter(model_type=duplicate).count()
    shown = visible.count()
    kept = set(_names(survivor))
    return {
        "sites": list(visible[:50]), "site_count": shown, "hidden_sites": total - shown,
        "references": [(label, count) for _rel, label, count in duplicate.references()],
        "aliases": [n for n in dict.fromkeys(_names(duplicate)) if n not in kept],
        "sponsors": [str(s) for s in duplicate.sponsors.exclude(pk__in=survivor.sponsors.values("pk"))],
    }
