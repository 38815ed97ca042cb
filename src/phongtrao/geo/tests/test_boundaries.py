"""The boundaries shipped for the maps: one feature per current province, Hoàng Sa and Trường Sa drawn with Đà Nẵng
and Khánh Hòa; one area per current commune, in its province's file, around its own centre; small enough for a page."""
import json
from pathlib import Path

from phongtrao.geo.gazetteer import Gazetteer

BOUNDARIES = Path(__file__).resolve().parents[1] / "static" / "geo" / "provinces.geojson"
COMMUNES = BOUNDARIES.parent / "communes"


def _points(coordinates):
    if isinstance(coordinates[0], (int, float)):
        yield coordinates
    else:
        for part in coordinates:
            yield from _points(part)


def test_one_polygon_per_current_province_with_its_islands():
    data = json.loads(BOUNDARIES.read_text(encoding="utf-8"))
    provinces = {u.code: u.name for u in Gazetteer.default().units() if u.level == "province"}
    features = {f["properties"]["code"]: f for f in data["features"]}
    assert {code: f["properties"]["name"] for code, f in features.items()} == provinces
    assert all(f["geometry"]["type"] in ("Polygon", "MultiPolygon") for f in features.values())
    east = {code: max(lon for lon, _lat in _points(f["geometry"]["coordinates"])) for code, f in features.items()}
    assert east["48"] > 111.5 and east["56"] > 114  # Hoàng Sa (Đà Nẵng), Trường Sa (Khánh Hòa)
    assert all(lon < 110 for code, lon in east.items() if code not in ("48", "56"))
    assert BOUNDARIES.stat().st_size < 200_000


def _inside(point, ring) -> bool:
    """Ray casting: is (lon, lat) inside the ring?"""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _polygons(geometry):
    return [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]


def test_one_area_per_current_commune_in_its_province_file():
    communes = {u.code: u for u in Gazetteer.default().units() if u.level == "commune"}
    seen, around_centre = {}, 0
    for path in sorted(COMMUNES.glob("*.geojson")):
        assert path.stat().st_size < 80_000, path.name  # one province's file, loaded when zoomed in on it
        for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
            unit = communes[feature["properties"]["code"]]
            assert (unit.parent, feature["properties"]["name"]) == (path.stem, unit.full_name)
            assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")
            lat, lon = feature["properties"]["centre"]
            around_centre += any(_inside((lon, lat), polygon[0]) for polygon in _polygons(feature["geometry"]))
            seen[unit.code] = path.stem
    assert set(seen) == set(communes)  # every commune, once
    assert len({path.stem for path in COMMUNES.glob("*.geojson")}) == 34
    assert around_centre >= 0.97 * len(communes)  # a few centres lie just outside the approximate province border
