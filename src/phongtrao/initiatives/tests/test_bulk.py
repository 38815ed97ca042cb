"""Bulk actions on the sites list: select rows or everything the filter matches, confirm, act inside the scope."""
from urllib.parse import urlencode

import pytest
from auditlog.models import LogEntry
from django.urls import reverse
from django.utils.timezone import localdate

from phongtrao.initiatives.models import Site, Status

from . import factories

STATUS, DELETE = "initiatives:site_bulk_status", "initiatives:site_bulk_delete"


@pytest.fixture
def sites(units):
    type_ = factories.model_type(name="Mô hình hàng loạt")
    return {
        "a1": factories.site(units["A1"], type_, name="Điểm A1", status=Status.ACTIVE),
        "a2": factories.site(units["A2"], type_, name="Điểm A2 đã giải thể", status=Status.DISSOLVED),
        "b1": factories.site(units["B1"], type_, name="Điểm B1", status=Status.ACTIVE),
    }


@pytest.mark.django_db
def test_status_change_confirms_then_changes_what_it_may_and_reports_the_rest(client, user_factory, sites):
    client.force_login(user_factory("province", "A"))
    pks = [s.pk for s in sites.values()]
    page = client.post(reverse(STATUS), {"pk": pks})
    assert page.status_code == 200
    assert {s.name for s in page.context["selected"]} == {"Điểm A1", "Điểm A2 đã giải thể"}
    assert page.context["missing"] == 1
    text = page.content.decode()
    assert "Điểm A1" in text and "Điểm B1" not in text
    done = client.post(reverse(STATUS), {"pk": pks, "confirm": "1", "to_status": Status.SUSPENDED,
                                         "changed_on": localdate().isoformat(), "note": "Kiểm tra"}, follow=True)
    statuses = {k: Site.objects.get(pk=s.pk).status for k, s in sites.items()}
    assert statuses == {"a1": Status.SUSPENDED, "a2": Status.DISSOLVED, "b1": Status.ACTIVE}
    text = done.content.decode()
    assert "Đã chuyển 1 điểm" in text and "Điểm A2 đã giải thể" in text and "Không thể chuyển" in text
    entry = LogEntry.objects.filter(changes__icontains="bulk_status").get()
    assert str(sites["a1"].pk) in str(entry.additional_data)


@pytest.mark.django_db
def test_all_matching_the_filter(client, user_factory, units, sites):
    more = factories.site(units["A1"], sites["a1"].model_type, name="Điểm A1 thứ hai", status=Status.ACTIVE)
    client.force_login(user_factory("national"))
    query = urlencode({"status": Status.ACTIVE, "unit": units["A"].pk})
    page = client.post(reverse(STATUS), {"all": "1", "query": query})
    assert {s.pk for s in page.context["selected"]} == {sites["a1"].pk, more.pk}
    client.post(reverse(STATUS), {"all": "1", "query": query, "confirm": "1", "to_status": Status.EXEMPLARY,
                                  "changed_on": localdate().isoformat()})
    assert set(Site.objects.filter(status=Status.EXEMPLARY)) == {sites["a1"], more}


@pytest.mark.django_db
def test_delete_confirms_then_deletes_inside_the_scope(client, user_factory, sites):
    client.force_login(user_factory("commune", "A1"))
    pks = [sites["a1"].pk, sites["a2"].pk]
    page = client.post(reverse(DELETE), {"pk": pks})
    assert [s.name for s in page.context["selected"]] == ["Điểm A1"] and page.context["missing"] == 1
    assert "sẽ bị xóa" in page.content.decode()
    client.post(reverse(DELETE), {"pk": pks, "confirm": "1"})
    assert not Site.objects.filter(pk=sites["a1"].pk).exists() and Site.objects.filter(pk=sites["a2"].pk).exists()
    assert LogEntry.objects.filter(changes__icontains="bulk_delete").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("data, status", [({}, 400), ({"pk": ["x"]}, 400), ({"all": "1", "query": "status=nope"}, 400)])
def test_nothing_or_bad_selection_is_a_400_in_vietnamese(client, user_factory, data, status):
    client.force_login(user_factory("province", "A"))
    response = client.post(reverse(STATUS), data)
    text = response.content.decode()
    assert response.status_code == status and ("Chưa chọn" in text or "không hợp lệ" in text)


@pytest.mark.django_db
def test_a_bad_status_form_keeps_the_selection(client, user_factory, sites):
    client.force_login(user_factory("province", "A"))
    response = client.post(reverse(STATUS), {"pk": [sites["a1"].pk], "confirm": "1", "to_status": "x"})
    assert response.status_code == 400 and [s.pk for s in response.context["selected"]] == [sites["a1"].pk]
    assert Site.objects.get(pk=sites["a1"].pk).status == Status.ACTIVE


@pytest.mark.django_db
def test_viewers_get_no_bulk_actions(client, user_factory, sites):
    client.force_login(user_factory("viewer", "A"))
    assert client.post(reverse(STATUS), {"pk": [sites["a1"].pk]}).status_code == 403
    assert 'id="bulk-form"' not in client.get(reverse("initiatives:site_list")).content.decode()
    client.force_login(user_factory("province", "A"))
    page = client.get(reverse("initiatives:site_list")).content.decode()
    assert 'id="bulk-form"' in page and 'form="bulk-form"' in page


@pytest.mark.django_db
def test_the_check_box_column_renders_cleanly(client, user_factory, sites):
    client.force_login(user_factory("province", "A"))
    page = client.get(reverse("initiatives:site_list")).content.decode()
    assert '>" data-card' not in page and f'value="{sites["a1"].pk}"' in page
