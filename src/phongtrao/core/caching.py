"""Figures kept in the cache until the data under them change or `SECONDS` pass.

An app that owns data under a cached figure declares it with `watch(Model, …)` in its `ready()`: any save or delete
of such a row makes every cached figure stale at once (one version number, `bump()`). Imports, whose bulk inserts
send no signal, bump once they commit; other bulk writes are covered by the `SECONDS` bound.
"""
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

SECONDS = 300
VERSION_KEY = "figures:version"


def bump(raw=False, **_):
    """Data under the figures changed (a signal receiver): every cached figure is stale. Rows loaded as they were
    saved (`raw`: a restore, a fixture) bump once when the load ends, not once per row."""
    if raw:
        return
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)


def watch(*models) -> None:
    """Cached figures count rows of these models: a save or delete of one makes them stale."""
    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(bump, sender=model, dispatch_uid=f"figures-{model._meta.label_lower}-{signal is post_save}")


def scope_key(paths) -> str:
    return paths if isinstance(paths, str) else "|".join(paths)


def key(parts: tuple) -> str:
    """The cache key of `parts` since the last `bump()`; also a `{% cache %}` fragment's key (its `vary_on`)."""
    return ":".join(["figures", str(cache.get(VERSION_KEY, 0)), *map(str, parts)])


def cached(parts: tuple, compute):
    """`compute()`, or its result kept under `parts` since the last `bump()`."""
    versioned = key(parts)
    value = cache.get(versioned)
    if value is None:
        value = compute()
        cache.set(versioned, value, SECONDS)
    return value
