"""Small builders for registry tests (no demo data)."""
from datetime import date

from phongtrao.core.testing import unique
from phongtrao.initiatives.models import ModelType, Site


def model_type(origin=None, **extra):
    return ModelType.objects.create(name=extra.pop("name", unique("Mô hình thử ")), origin_unit=origin, **extra)


def site(commune, type_=None, **extra):
    extra.setdefault("started_on", date(2020, 1, 1))
    return Site.objects.create(model_type=type_ or model_type(), commune=commune,
                               name=extra.pop("name", unique("Điểm thử ")), **extra)
