"""The provinces' boundaries shipped for the maps: one feature per current province, Hoàng Sa and Trường Sa drawn
with Đà Nẵng and Khánh Hòa, small enough for a page."""
import json
from pathlib import Path

from phongtrao.geo.gazetteer import Gazetteer

BOUNDARIES = Path(__file__).resolve().parents[1] / "static" / "geo" / "provinces.geojson"


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
