"""Test fixtures shared by every app: real administrative units loaded once, users per role."""
import pytest
from django.core.cache import cache
from django.utils import translation
from rest_framework.test import APIClient

from phongtrao.core.testing import SCOPE_UNITS, make_user


STARTING_ROWS = {}
"""Model → the rows the test database held before the first test: the units and the reference data that migrations
write (indicators, sponsors). Content types and permissions are left out: a flush's post_migrate writes them again."""
REWRITTEN_BY_FLUSH = {"contenttypes.contenttype", "auth.permission"}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the shipped administrative units once into the test database, and remember what it then holds."""
    from django.apps import apps

    from phongtrao.geo.services import load_units

    with django_db_blocker.unblock():
        load_units()
        for model in apps.get_models(include_auto_created=True):
            if model._meta.label_lower not in REWRITTEN_BY_FLUSH and model._base_manager.exists():
                STARTING_ROWS[model] = list(model._base_manager.order_by("pk"))


def _empties_the_tables(item) -> bool:
    """A transactional test (pytest-django's rule) ends by truncating every table."""
    marker = item.get_closest_marker("django_db")
    transactional = bool(marker and (marker.kwargs.get("transaction") or marker.args[:1] == (True,)))
    return transactional or bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Write the starting rows again after a transactional test's truncation, so that every later test finds them
    whatever order it runs in (a worker of `pytest -n` runs its own share of the suite, transactional tests included)."""
    result = yield
    if _empties_the_tables(item) and STARTING_ROWS and nextitem is not None:  # after the last, the database is gone
        from django.core.management.color import no_style
        from django.db import connection, transaction
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock(), transaction.atomic():
            emptied = [model for model in STARTING_ROWS if not model._base_manager.exists()]  # none if it was skipped
            for model in emptied:
                model._base_manager.bulk_create(STARTING_ROWS[model], batch_size=2000)
            with connection.cursor() as cursor:
                for sql in connection.ops.sequence_reset_sql(no_style(), emptied):
                    cursor.execute(sql)
    return result


@pytest.fixture(autouse=True)
def test_settings(settings):
    """Fast password hashing (production strength would dominate the suite's time); tasks run in-process; a cache
    of the test process's own (two suites running at once must not clear each other's); static files looked up
    when asked for, not indexed again by each test client's WhiteNoise (that indexing was a third of the suite);
    Vietnamese active, whatever language an earlier request of the same worker chose."""
    translation.activate(settings.LANGUAGE_CODE)
    settings.WHITENOISE_AUTOREFRESH = True
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    cache.clear()


@pytest.fixture(autouse=True)
def tallies_at_once(monkeypatch):
    """Site tallies recounted at the write instead of after the commit: a test's transaction never commits."""
    from phongtrao.initiatives import services

    monkeypatch.setattr(services, "schedule_recount", lambda recount: recount())


@pytest.fixture
def units(db):
    """Named current units: two provinces, communes inside them (see core.testing.SCOPE_UNITS)."""
    from phongtrao.geo.models import AdminUnit

    return {name: AdminUnit.objects.get(code=code, is_current=True) for name, code in SCOPE_UNITS.items()}


@pytest.fixture
def user_factory(db, units):
    def factory(role, unit_name=None, **extra):
        return make_user(role, units[unit_name] if unit_name else None, **extra)

    return factory


@pytest.fixture
def api_client():
    return APIClient()


@pytest.fixture
def scratch_postgres(settings):
    """The URL of a fresh, empty PostgreSQL database beside the test one, for real worker processes; dropped after."""
    import psycopg

    db = settings.DATABASES["default"]
    name = f"{db['NAME']}_scratch"
    server = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT'] or 5432}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"{server}/{name}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
