"""Every foreign key a user submits (API and forms) is checked against their scope.

An id outside the user's scope gets the same 400 and the same message as an id that does not exist, so errors
reveal nothing about other provinces' rows.
"""
import pytest
from django.urls import reverse

from phongtrao.core.testing import make_user
from phongtrao.initiatives.models import Site
from phongtrao.initiatives.tests import factories
from phongtrao.intake.models import Candidate

MISSING_ID = 987654321


@pytest.fixture
def world(units):
    """A province user of A; a site in A and one in B (another province)."""
    own_site = factories.site(units["A1"])
    return {
        "user": make_user("province", units["A"]),
        "own_site": own_site,
        "far_site": factories.site(units["B1"], own_site.model_type),
        "units": units,
    }


def site_payload(world, **extra):
    return {"model_type": world["own_site"].model_type_id, "name": "Điểm mới", "commune": world["units"]["A1"].code,
            "started_on": "2024-01-01", **extra}


def evaluation_payload(world, **extra):
    return {"period": "annual", "period_start": "2024-01-01", "period_end": "2024-12-31", "rating": "good",
            "site": world["own_site"].pk, **extra}


def candidate_url(world, decision):
    candidate = Candidate.objects.create(name="Tổ tự quản bến đò", unit=world["units"]["A1"], evidence="…")
    return reverse(f"api:candidate-{decision}", args=[candidate.pk])


# (name, method, url(world), payload(world, value) , field, value outside the scope(world), value that does not exist)
API_CASES = [
    ("site replicated_from", "post", lambda w: reverse("api:site-list"),
     lambda w, v: site_payload(w, replicated_from=v), "replicated_from", lambda w: w["far_site"].pk, MISSING_ID),
    ("site edit replicated_from", "patch", lambda w: reverse("api:site-detail", args=[w["own_site"].pk]),
     lambda w, v: {"replicated_from": v}, "replicated_from", lambda w: w["far_site"].pk, MISSING_ID),
    ("site commune", "post", lambda w: reverse("api:site-list"),
     lambda w, v: site_payload(w, commune=v), "commune", lambda w: w["units"]["B1"].code, "99999"),
    ("evaluation site", "post", lambda w: reverse("api:evaluation-list"),
     lambda w, v: evaluation_payload(w, site=v), "site", lambda w: w["far_site"].pk, MISSING_ID),
    ("evaluation unit", "post", lambda w: reverse("api:evaluation-list"),
     lambda w, v: evaluation_payload(w, site=None, model_type=w["own_site"].model_type_id, unit=v), "unit",
     lambda w: w["units"]["B"].pk, MISSING_ID),
    ("model type origin", "post", lambda w: reverse("api:modeltype-list"),
     lambda w, v: {"name": "Mô hình mới", "origin_unit": v}, "origin_unit", lambda w: w["units"]["B"].pk, MISSING_ID),
    ("document unit", "post", lambda w: reverse("api:document-list"),
     lambda w, v: {"text": "Nội dung", "unit": v}, "unit", lambda w: w["units"]["B"].pk, MISSING_ID),
    ("upload unit", "post", lambda w: reverse("api:document-upload"),
     lambda w, v: {"text": "Nội dung", "unit": v}, "unit", lambda w: w["units"]["B"].pk, MISSING_ID),
    ("candidate link site", "post", lambda w: candidate_url(w, "link"),
     lambda w, v: {"site": v}, "site", lambda w: w["far_site"].pk, MISSING_ID),
    ("candidate accept commune", "post", lambda w: candidate_url(w, "accept"),
     lambda w, v: {"commune": v}, "commune", lambda w: w["units"]["B1"].code, "99999"),
]


@pytest.mark.django_db
@pytest.mark.parametrize("name,method,url,payload,field,outside,missing", API_CASES, ids=[c[0] for c in API_CASES])
def test_api_foreign_key_outside_scope_is_refused_like_a_missing_one(api_client, world, name, method, url, payload,
                                                                     field, outside, missing):
    api_client.force_authenticate(world["user"])
    sites_before = Site.objects.count()
    answers = [getattr(api_client, method)(url(world), payload(world, value), format="json")
               for value in (outside(world), missing)]
    assert [a.status_code for a in answers] == [400, 400]
    assert answers[0].json()[field] == answers[1].json()[field]
    assert answers[0].json()[field] == ["Không tìm thấy: mã không tồn tại hoặc nằm ngoài phạm vi của bạn."]
    assert Site.objects.count() == sites_before


@pytest.mark.django_db
def test_api_user_unit_outside_the_administrators_scope(api_client, units):
    api_client.force_authenticate(make_user("admin", units["A"]))
    answers = [api_client.post(reverse("api:user-list"), {"username": f"u{value}", "role": "viewer", "unit": value},
                               format="json") for value in (units["B"].pk, MISSING_ID)]
    assert [a.status_code for a in answers] == [400, 400]
    assert answers[0].json()["unit"] == answers[1].json()["unit"]


@pytest.mark.django_db
def test_api_foreign_key_inside_scope_is_accepted(api_client, world):
    api_client.force_authenticate(world["user"])
    other = factories.site(world["units"]["A2"], world["own_site"].model_type)
    answer = api_client.post(reverse("api:site-list"), site_payload(world, replicated_from=other.pk), format="json")
    assert answer.status_code == 201, answer.json()
    assert answer.json()["replicated_from"] == other.pk
    accepted = api_client.post(candidate_url(world, "accept"), {"commune": world["units"]["A2"].code}, format="json")
    assert accepted.status_code == 200, accepted.json()
    uploaded = api_client.post(reverse("api:document-upload"), {"text": "Nội dung", "unit": world["units"]["A2"].pk},
                               format="json")
    assert uploaded.status_code == 201, uploaded.json()


FORM_CASES = [
    ("site replicated_from", lambda w: reverse("initiatives:site_add"),
     lambda w, v: {"model_type": w["own_site"].model_type_id, "name": "Điểm mới", "commune": w["units"]["A1"].pk,
                   "started_on": "2024-01-01", "replicated_from": v}, "replicated_from", lambda w: w["far_site"].pk),
    ("evaluation site", lambda w: reverse("initiatives:evaluation_add"),
     lambda w, v: {"period": "annual", "period_start": "2024-01-01", "period_end": "2024-12-31", "rating": "good",
                   "site": v}, "site", lambda w: w["far_site"].pk),
    ("upload unit", lambda w: reverse("intake:document_add"), lambda w, v: {"text": "Nội dung", "unit": v}, "unit",
     lambda w: w["units"]["B"].pk),
]


@pytest.mark.django_db
@pytest.mark.parametrize("name,url,data,field,outside", FORM_CASES, ids=[c[0] for c in FORM_CASES])
def test_form_foreign_key_outside_scope_is_refused_like_a_missing_one(client, world, name, url, data, field, outside):
    client.force_login(world["user"])
    answers = [client.post(url(world), data(world, value)) for value in (outside(world), MISSING_ID)]
    assert [a.status_code for a in answers] == [400, 400]
    errors = [a.context["form"].errors[field] for a in answers]
    assert errors[0] == errors[1] == ["Không tìm thấy: mã không tồn tại hoặc nằm ngoài phạm vi của bạn."]
