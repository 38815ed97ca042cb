"""Template tags for the maps' base layers."""
import json
from functools import cache
from pathlib import Path

from django import template
from django.templatetags.static import static

register = template.Library()
COMMUNES = Path(__file__).resolve().parents[1] / "static" / "geo" / "communes"


@cache
def _province_codes() -> tuple[str, ...]:
    return tuple(sorted(path.stem for path in COMMUNES.glob("*.geojson")))


@register.simple_tag
def commune_boundaries() -> str:
    """JSON of province code → URL of its communes' areas, for a map's `data-communes` (see geo/boundaries.js)."""
    return json.dumps({code: static(f"geo/communes/{code}.geojson") for code in _province_codes()})
