"""Dashboard figures kept in the cache until the data under them changes (or `SECONDS` pass)."""
from django.core.cache import cache

SECONDS = 300
VERSION_KEY = "analytics:version"


def bump(**_):
    """Data under the figures changed (a signal receiver): every cached figure is stale."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)


def scope_key(paths) -> str:
    return paths if isinstance(paths, str) else "|".join(paths)


def cached(parts: tuple, compute):
    """`compute()`, or its result kept under `parts` since the last `bump()`."""
    key = ":".join(["analytics", str(cache.get(VERSION_KEY, 0)), *map(str, parts)])
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, SECONDS)
    return value
