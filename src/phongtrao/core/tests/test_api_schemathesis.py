"""Schemathesis over the whole OpenAPI schema, as each role: no server error, every answer as documented.

The app runs in-process (WSGI) on the test database, inside the test's transaction: no real data can be touched.
Every operation gets schemathesis's coverage cases (boundary and invalid values of each parameter) and a few
derandomized fuzzed examples (`PHONGTRAO_SCHEMATHESIS_EXAMPLES`, default 5), without shrinking.
"""
import json
import os
import time
from contextlib import contextmanager
from datetime import date

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from phongtrao.core.testing import ROLE_UNIT, make_user
from phongtrao.initiatives.models import Evaluation
from phongtrao.initiatives.tests import factories
from phongtrao.intake.models import Candidate, Document
from phongtrao.wsgi import application

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]
EXAMPLES = int(os.environ.get("PHONGTRAO_SCHEMATHESIS_EXAMPLES", "5"))


@contextmanager
def connection_kept():
    """Django closes the connection after each request; in-process requests must keep the test's transaction."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def seed(units):
    """A little of everything, inside and outside the roles' units."""
    for unit in ("A1", "A2", "B1"):
        site = factories.site(units[unit])
        Evaluation.objects.create(site=site, model_type=site.model_type, unit=site.commune, period="annual",
                                  period_start=date(2024, 1, 1), period_end=date(2024, 12, 31), rating="good")
        Document.objects.create(unit=units[unit], filename="a.txt", title="Tài liệu", status="processed", body="Nội dung")
        Candidate.objects.create(name=f"Tổ tự quản {unit}", unit=units[unit], evidence="Câu trích dẫn.")
        make_user("viewer", units[unit])


def openapi_schema() -> dict:
    """The schema `/api/schema/` serves, generated in-process (it needs no database)."""
    from drf_spectacular.generators import SchemaGenerator
    from drf_spectacular.renderers import OpenApiJsonRenderer

    return json.loads(OpenApiJsonRenderer().render(SchemaGenerator().get_schema(request=None, public=True)))


def bound_schema(raw: dict, phases: list[str]):
    loaded = schemathesis.openapi.from_dict(raw)
    loaded.app = application
    loaded.config.phases.update(phases=phases)
    return loaded


RAW = openapi_schema()
covered = bound_schema(RAW, ["examples", "coverage", "fuzzing"])
"""Every parameter's boundary and invalid values (thousands of requests): run once, as the role that reaches most."""
fuzzed = bound_schema(RAW, ["examples", "fuzzing"])
STATS: dict[str, dict] = {}


@pytest.fixture
def role_headers(request, units):
    """Data to find, and the token of a user with the role (`request.param`)."""
    seed(units)
    unit = ROLE_UNIT[request.param]
    user = make_user(request.param, units[unit] if unit else None)
    with connection_kept():
        yield {"Authorization": f"Token {Token.objects.create(user=user).key}"}


@pytest.fixture(scope="module", autouse=True)
def report_counts():
    """Print operations, requests and time per role at the end of the module."""
    started = time.monotonic()
    yield
    for role, stats in STATS.items():
        print(f"\nschemathesis as {role}: {len(stats['operations'])} operations, {stats['requests']} requests")
    print(f"schemathesis: {time.monotonic() - started:.0f} s in all")


def call_and_validate(case, headers, request):
    stats = STATS.setdefault(request.node.callspec.params["role_headers"], {"operations": set(), "requests": 0})
    stats["operations"].add(case.operation.label)
    stats["requests"] += 1
    case.call_and_validate(headers=headers, checks=CHECKS)


FUZZING = settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
                   phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))


@covered.parametrize()
@FUZZING
@pytest.mark.parametrize("role_headers", ["admin"], indirect=True)
def test_whole_api_with_coverage(case, role_headers, request):
    call_and_validate(case, role_headers, request)


@fuzzed.parametrize()
@FUZZING
@pytest.mark.parametrize("role_headers", ["province", "commune", "viewer"], indirect=True)
def test_whole_api(case, role_headers, request):
    call_and_validate(case, role_headers, request)
