"""Report test data: sites, dissolutions, replicas and candidates in province A (many communes) and in B1."""
from datetime import date

import pytest

from phongtrao.core.testing import make_user
from phongtrao.geo.models import AdminUnit
from phongtrao.initiatives.models import Category, ModelType, Site, Status, StatusChange
from phongtrao.intake.models import Candidate

COMMUNES_IN_A = 45
"""Enough communes with new sites that the per-unit table runs over a page."""


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Issued reports store their DOCX and PDF: in the test's own folder, not the data directory."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def report_data(units):
    camera = ModelType.objects.create(name="Camera giám sát an ninh, trật tự", category=Category.DIGITAL)
    boarding = ModelType.objects.create(name="Nhà trọ tự quản", category=Category.SELF_MANAGED)
    communes = list(AdminUnit.objects.filter(parent=units["A"]).order_by("code")[:COMMUNES_IN_A])
    sites = []
    for n, commune in enumerate(communes):
        sites.append(Site.objects.create(model_type=camera, commune=commune, name=f"Điểm camera số {n}",
                                         started_on=date(2026, 3, 1)))
    old = Site.objects.create(model_type=boarding, commune=units["A1"], name="Nhà trọ ông Đỗ Văn Tư",
                              started_on=date(2019, 5, 1), status=Status.EXEMPLARY)
    Site.objects.create(model_type=boarding, commune=units["A2"], name="Nhà trọ bà Lê Thị Hằng",
                        started_on=date(2026, 4, 2), replicated_from=old)
    gone = Site.objects.create(model_type=boarding, commune=units["A2"], name="Nhà trọ đường Nguyễn Trãi",
                               started_on=date(2020, 1, 1), status=Status.DISSOLVED)
    StatusChange.objects.create(site=gone, from_status=Status.ACTIVE, to_status=Status.DISSOLVED,
                                changed_on=date(2026, 5, 20))
    Site.objects.create(model_type=camera, commune=units["B1"], name="Điểm camera Hà Nội", started_on=date(2026, 2, 1))
    Candidate.objects.create(name="Tổ tự quản bến đò Thủ Thiêm", unit=units["A1"], first_seen=date(2026, 2, 3),
                             last_seen=date(2026, 2, 3))
    Candidate.objects.create(name="Tổ Zalo an ninh Hoàn Kiếm", unit=units["B1"], first_seen=date(2026, 2, 3),
                             last_seen=date(2026, 2, 3))
    return {"camera": camera, "boarding": boarding, "communes": communes, "sites": sites, "old": old}


@pytest.fixture
def province_user(units):
    return make_user("province", units["A"], first_name="Hải", last_name="Lê Ngọc")


@pytest.fixture
def national_user():
    return make_user("national")
