"""Similar names judged on their distinctive head; merging shows what will change before it changes it."""
from datetime import date

import pytest
from django.urls import reverse

from phongtrao.initiatives.models import Evaluation, ModelType, Site
from phongtrao.initiatives.naming import distinctive_head, name_similarity

from . import factories


@pytest.mark.parametrize("name, head", [
    ("Khu dân cư an toàn về ANTT", "khu dan cu"),
    ("Mô hình “Chợ an toàn về an ninh, trật tự”", "cho"),
    ("Tổ tự quản bến xe buýt an toàn", "ben xe buyt"),
    ("Camera giám sát an ninh trật tự", "camera giam sat"),
])
def test_the_head_is_what_is_left_without_generic_words(name, head):
    assert distinctive_head(name) == head


@pytest.mark.parametrize("a, b, low, high", [
    ("Khu dân cư an toàn về ANTT", "Chợ an toàn về ANTT", 0, 50),  # plain fuzzy matching says 92
    ("Nhà trọ tự quản", "Xe ôm tự quản", 0, 50),
    ("Camera giám sát an ninh, trật tự", "Camera giam sat an ninh trat tu", 95, 100),
    ("Nhà trọ tự quản", "Nhà trọ tự quản tổ dân phố 5", 85, 95),
])
def test_similarity_follows_the_head(a, b, low, high):
    assert low <= name_similarity(a, b) <= high


@pytest.mark.django_db
def test_a_shared_tail_is_not_offered_as_a_duplicate(client, user_factory):
    client.force_login(user_factory("national"))
    khu = factories.model_type(name="Khu dân cư an toàn về ANTT")
    factories.model_type(name="Chợ an toàn về ANTT")
    same = factories.model_type(name="Mô hình khu dân cư an toàn về an ninh trật tự")
    assert [t for t, _ in client.get(khu.get_absolute_url()).context["similar"]] == [same]


@pytest.mark.django_db
def test_merge_page_lists_what_will_change_then_moves_every_reference(client, user_factory, units):
    from phongtrao.initiatives.models import Sponsor

    survivor = factories.model_type(name="Camera giám sát an ninh trật tự")
    duplicate = factories.model_type(name="Camera giam sat ANTT", aliases="Camera an ninh")
    duplicate.sponsors.add(Sponsor.objects.get_or_create(code="police", defaults={"name": "Công an"})[0])
    inside = factories.site(units["A1"], duplicate, name="Camera ngõ 7")
    outside = factories.site(units["B1"], duplicate, name="Camera Hà Nội")
    Evaluation.objects.create(model_type=duplicate, site=inside, unit=units["A1"], period="annual",
                              period_start=date(2024, 1, 1), period_end=date(2024, 12, 31), rating="good")
    client.force_login(user_factory("admin"))
    url = reverse("initiatives:modeltype_merge", args=[survivor.pk])
    page = client.get(url, {"duplicate": duplicate.pk})
    text = page.content.decode()
    plan = page.context["plan"]
    assert [s.name for s in plan["sites"]] == ["Camera Hà Nội", "Camera ngõ 7"]
    assert plan["aliases"] == ["Camera giam sat ANTT", "Camera an ninh"] and plan["sponsors"] == ["Công an"]
    assert ("điểm mô hình", 2) in plan["references"] and ("đánh giá", 1) in plan["references"]
    for words in ("Camera ngõ 7", "Camera giam sat ANTT", "Công an", "sẽ bị xóa"):
        assert words in text
    client.post(url, {"duplicate": duplicate.pk})
    assert set(Site.objects.filter(model_type=survivor)) == {inside, outside}
    assert Evaluation.objects.get().model_type == survivor
    assert not ModelType.objects.filter(pk=duplicate.pk).exists()


@pytest.mark.django_db
def test_a_province_user_sees_only_its_sites_named_and_the_rest_counted(client, user_factory, units):
    origin = units["A"]
    survivor, duplicate = factories.model_type(origin), factories.model_type(origin)
    factories.site(units["A1"], duplicate, name="Điểm trong tỉnh")
    factories.site(units["B1"], duplicate, name="Điểm tỉnh khác")
    client.force_login(user_factory("province", "A"))
    page = client.get(reverse("initiatives:modeltype_merge", args=[survivor.pk]), {"duplicate": duplicate.pk})
    assert [s.name for s in page.context["plan"]["sites"]] == ["Điểm trong tỉnh"]
    assert page.context["plan"]["hidden_sites"] == 1
    assert "Điểm tỉnh khác" not in page.content.decode()


def test_closest_finds_the_one_match_among_many_names_sharing_generic_words():
    from phongtrao.core.text import fold
    from phongtrao.initiatives.naming import closest

    names = [fold(f"Khu dân cư an toàn về an ninh, trật tự thôn {i}") for i in range(5000)]
    names.insert(1234, fold("Bến xe buýt an toàn Bến Thành"))
    assert [index for index, _score in closest("Tổ tự quản bến xe buýt an toàn", names, 60)] == [1234]
