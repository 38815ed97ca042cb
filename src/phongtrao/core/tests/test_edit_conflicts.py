"""Optimistic locking: two editors of one object never silently overwrite each other (forms and API)."""
import pytest
from django.db import transaction
from django.urls import reverse

from phongtrao.core.models import EditConflict
from phongtrao.initiatives.forms import SiteForm
from phongtrao.initiatives.models import Site
from phongtrao.initiatives.tests import factories

CONFLICT = "Đối tượng đã được người khác sửa"


@pytest.fixture
def site(units):
    return factories.site(units["A1"], name="Điểm gốc")


@pytest.fixture
def editor(user_factory):
    return user_factory("province", "A")


def form_data(site, user, **changes) -> dict:
    """What the edit page posts back: every field as shown, hidden version included, with the user's changes."""
    form = SiteForm(instance=site, user=user)
    data = {name: form[name].value() for name in form.fields}
    return {k: "" if v is None else v for k, v in {**data, **changes}.items()}


@pytest.mark.django_db
def test_saving_a_stale_copy_raises_and_keeps_the_first_edit(site):
    first, second = Site.objects.get(pk=site.pk), Site.objects.get(pk=site.pk)
    first.name = "Sửa lần một"
    first.save()
    second.name = "Sửa lần hai"
    with pytest.raises(EditConflict), transaction.atomic():
        second.save()
    assert Site.objects.get(pk=site.pk).name == "Sửa lần một"
    assert first.version == 2


@pytest.mark.django_db
def test_second_form_editor_gets_a_message_and_keeps_the_input(client, site, editor):
    client.force_login(editor)
    url = reverse("initiatives:site_edit", args=[site.pk])
    stale = form_data(site, editor, name="Tên của người thứ hai")
    assert client.post(url, form_data(site, editor, name="Tên của người thứ nhất")).status_code == 302

    response = client.post(url, stale)
    html = response.content.decode()
    assert response.status_code == 400
    assert CONFLICT in html and "Tên của người thứ hai" in html
    assert Site.objects.get(pk=site.pk).name == "Tên của người thứ nhất"

    resent = {**stale, "version": response.context["form"].data["version"]}  # saving again overwrites knowingly
    assert client.post(url, resent).status_code == 302
    assert Site.objects.get(pk=site.pk).name == "Tên của người thứ hai"


@pytest.mark.django_db
def test_api_change_with_a_stale_version_is_a_409(api_client, site, editor):
    api_client.force_authenticate(editor)
    url = f"/api/initiatives/sites/{site.pk}/"
    shown = api_client.get(url).json()
    assert shown["version"] == 1
    assert api_client.patch(url, {"name": "Qua API lần một", "version": 1}, format="json").status_code == 200

    stale = api_client.patch(url, {"name": "Qua API lần hai", "version": 1}, format="json")
    assert stale.status_code == 409 and CONFLICT in stale.json()["detail"]
    assert Site.objects.get(pk=site.pk).name == "Qua API lần một"
    current = api_client.patch(url, {"name": "Qua API lần hai", "version": 2}, format="json")
    assert current.status_code == 200 and current.json()["version"] == 3


@pytest.mark.django_db
def test_api_version_must_be_a_number(api_client, site, editor):
    api_client.force_authenticate(editor)
    response = api_client.patch(f"/api/initiatives/sites/{site.pk}/", {"version": "x"}, format="json")
    assert response.status_code == 400 and "version" in response.json()
