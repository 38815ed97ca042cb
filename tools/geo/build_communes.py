"""Approximate areas of the 3,321 current communes, one GeoJSON file per province, built once, offline.

No openly licensed geometry of the communes of 1 July 2025 is available offline, so this tool derives an
approximation from what the repository already holds: each province's boundary (`provinces.geojson`, itself
approximate: see `build_boundaries.py`; repaired where rounding made it invalid) is divided among its communes by the Voronoi cells of their centres
(`units.json`). Every point of a province belongs to the commune whose centre is nearest, so the communes of a
province cover it exactly, without gaps or overlaps; their borders are straight lines halfway between centres,
not the legal ones (off by a few kilometres in the mountains, less in towns, where centres are dense). A commune
whose cell misses the province's land (an islet too small for the base map, such as Cồn Cỏ) is drawn as a disc of
`ISLET_DEG` around its centre. Communes sharing one centre point are spread around it by `SPREAD` degrees so that each gets a cell. Each province's cells
are simplified as one coverage and written to `geo/static/geo/communes/<province code>.geojson` with each commune's
code, name and centre (where the maps put its name); the maps load a province's file only when zoomed in on it.

    pip install shapely==2.2.0   # or: pip install -e '.[geo-build]'
    python tools/geo/build_communes.py
"""
import json
import math
from collections import defaultdict
from pathlib import Path

import shapely
from shapely.geometry import mapping, shape

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "src" / "phongtrao" / "geo" / "data" / "units.json"
PROVINCES = ROOT / "src" / "phongtrao" / "geo" / "static" / "geo" / "provinces.geojson"
OUT = ROOT / "src" / "phongtrao" / "geo" / "static" / "geo" / "communes"
SPREAD = 0.002
"""Degrees (about 200 m) between communes that share a centre point."""
TOLERANCE = 0.003
"""Simplification, in degrees (about 330 m)."""
DIGITS = 4
ISLET_DEG = 0.01
"""Radius, in degrees (about 1 km), of a commune drawn as a disc."""


def build() -> dict[str, dict]:
    """Province code → FeatureCollection of its communes."""
    units = json.loads(UNITS.read_text(encoding="utf-8"))["current"]
    provinces = {f["properties"]["code"]: shapely.make_valid(shape(f["geometry"]))
                 for f in json.loads(PROVINCES.read_text(encoding="utf-8"))["features"]}
    communes = defaultdict(list)
    for unit in units:
        if unit["level"] == "commune":
            communes[unit["parent"]].append(unit)
    return {code: _province(provinces[code], communes[code]) for code in sorted(provinces)}


def _province(boundary, communes: list[dict]) -> dict:
    communes = sorted(communes, key=lambda u: u["code"])
    points = _spread([(u["lon"], u["lat"]) for u in communes])
    cells = shapely.voronoi_polygons(shapely.MultiPoint(points), extend_to=boundary)
    tree = shapely.STRtree([shapely.Point(p) for p in points])
    owned = [None] * len(communes)
    for cell in cells.geoms:
        owned[int(tree.query(cell, predicate="contains")[0])] = cell.intersection(boundary)
    owned = [cell if not cell.is_empty else shapely.Point(point).buffer(ISLET_DEG)
             for cell, point in zip(owned, points)]
    simplified = shapely.coverage_simplify(owned, TOLERANCE)
    return {"type": "FeatureCollection",
            "features": [{"type": "Feature", "properties": {"code": u["code"], "name": u["full_name"],
                                                         "centre": [u["lat"], u["lon"]]},
                          "geometry": _rounded(mapping(_polygonal(geometry)))}
                         for u, geometry in zip(communes, simplified)]}


def _spread(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The same points, those that coincide moved apart on a small circle so that each gets its own cell."""
    groups = defaultdict(list)
    for index, point in enumerate(points):
        groups[(round(point[0], 5), round(point[1], 5))].append(index)
    spread = list(points)
    for indexes in groups.values():
        if len(indexes) > 1:
            for k, index in enumerate(indexes):
                angle = 2 * math.pi * k / len(indexes)
                lon, lat = points[index]
                spread[index] = (lon + SPREAD * math.cos(angle), lat + SPREAD * math.sin(angle))
    return spread


def _polygonal(geometry):
    """Only the polygons of a geometry (an intersection can add slivers of lines or points along a border)."""
    if geometry.geom_type in ("Polygon", "MultiPolygon"):
        return geometry
    return shapely.MultiPolygon([g for g in shapely.get_parts(geometry) if g.geom_type == "Polygon"])


def _rounded(geometry):
    def walk(value):
        if isinstance(value, (list, tuple)):
            return [walk(v) for v in value] if not isinstance(value[0], float) else [round(v, DIGITS) for v in value]
        return value
    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


def main():
    OUT.mkdir(exist_ok=True)
    total = 0
    for code, collection in build().items():
        path = OUT / f"{code}.geojson"
        path.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        total += path.stat().st_size
    print(f"{OUT.relative_to(ROOT)}: 34 files, {total / 1024:.0f} kB")


if __name__ == "__main__":
    main()
