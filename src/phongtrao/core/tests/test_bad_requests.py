"""Inputs found by generated API requests that used to answer 500: each now gets a 4xx with a Vietnamese message."""
import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from phongtrao.accounts.models import User
from phongtrao.core.testing import make_user
from phongtrao.initiatives.models import ModelType
from phongtrao.initiatives.tests import factories

YEAR_MESSAGE = "Năm phải là số nguyên từ 1 đến 9999."
YEAR_PAGES = [
    ("initiatives:site_list", "start_year"),
    ("initiatives:evaluation_list", "year"),
    ("initiatives:site_rollup", "start_year"),
]
BAD_YEARS = ["0.5", "1e20", "100000000000000000000", "0", "-3"]


@pytest.mark.django_db
@pytest.mark.parametrize("value", BAD_YEARS)
@pytest.mark.parametrize("url_name,param", YEAR_PAGES)
def test_bad_year_on_a_page_is_a_400_with_the_message(client, url_name, param, value):
    client.force_login(make_user("national"))
    response = client.get(reverse(url_name), {param: value})
    assert response.status_code == 400
    assert YEAR_MESSAGE in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_bad_year_on_an_export_is_a_400_not_an_empty_file(client, fmt):
    client.force_login(make_user("national"))
    response = client.get(reverse("initiatives:site_list"), {"start_year": "1e20", "export": fmt})
    assert response.status_code == 400
    assert YEAR_MESSAGE in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("value", BAD_YEARS)
def test_bad_year_on_the_map_and_the_api_is_a_400(client, api_client, value):
    user = make_user("national")
    client.force_login(user)
    points = client.get(reverse("initiatives:site_points"), {"start_year": value})
    assert points.status_code == 400
    assert points.json()["errors"]["start_year"] == [YEAR_MESSAGE]
    api_client.force_authenticate(user)
    for url_name, param in (("api:site-list", "start_year"), ("api:evaluation-list", "year")):
        answer = api_client.get(reverse(url_name), {param: value})
        assert answer.status_code == 400
        assert answer.json()[param] == [YEAR_MESSAGE]


@pytest.mark.django_db
def test_a_good_year_still_filters(api_client, units):
    api_client.force_authenticate(make_user("national"))
    kept = factories.site(units["A1"], started_on="2021-05-01")
    factories.site(units["A1"], started_on="2019-05-01")
    answer = api_client.get(reverse("api:site-list"), {"start_year": "2021"})
    assert [row["id"] for row in answer.json()["results"]] == [kept.pk]


@pytest.mark.django_db
def test_api_delete_of_a_type_with_sites_is_a_409(api_client, units):
    api_client.force_authenticate(make_user("national"))
    site = factories.site(units["A1"])
    answer = api_client.delete(reverse("api:modeltype-detail", args=[site.model_type_id]))
    assert answer.status_code == 409
    assert answer.json()["detail"] == f"Không xóa được {site.model_type}: còn dữ liệu khác liên kết tới."
    assert ModelType.objects.filter(pk=site.model_type_id).exists()


@pytest.mark.django_db
def test_deleting_ones_own_account_is_refused(api_client, client):
    admin = make_user("admin")
    api_client.force_authenticate(admin)
    answer = api_client.delete(reverse("api:user-detail", args=[admin.pk]))
    assert answer.status_code == 409
    assert answer.json()["detail"] == "Không thể tự xóa tài khoản của mình."
    client.force_login(admin)
    page = client.post(reverse("accounts:user_delete", args=[admin.pk]))
    assert page.status_code == 302
    assert [str(m) for m in get_messages(page.wsgi_request)] == ["Không thể tự xóa tài khoản của mình."]
    assert User.objects.filter(pk=admin.pk).exists()


@pytest.mark.django_db
def test_the_api_login_page_answers(client):
    assert client.get("/api/auth/login/").status_code == 200


@pytest.mark.django_db
def test_unit_options_with_an_unknown_action_is_a_400(client):
    client.force_login(make_user("national"))
    assert client.get(reverse("geo:unit_options"), {"action": "explode"}).status_code == 400


@pytest.mark.django_db
def test_merge_page_with_a_non_numeric_duplicate_is_a_404(client, units):
    client.force_login(make_user("national"))
    type_ = factories.model_type()
    assert client.get(reverse("initiatives:modeltype_merge", args=[type_.pk]), {"duplicate": "abc"}).status_code == 404
