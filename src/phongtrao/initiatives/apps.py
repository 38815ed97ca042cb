from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InitiativesConfig(AppConfig):
    name = "phongtrao.initiatives"
    verbose_name = _("Mô hình")

    def ready(self):
        from auditlog.registry import auditlog

        from phongtrao.geo.registry import count_in_units

        from . import importing  # noqa: F401  (registers the import_sites job runner for the worker)
        from .models import Evaluation, ModelType, Site, StatusChange

        auditlog.register(ModelType, exclude_fields=["search_folded"], m2m_fields={"sponsors"})
        auditlog.register(Site, exclude_fields=["name_folded", "address_folded"])
        auditlog.register(Evaluation)
        auditlog.register(StatusChange)
        count_in_units(Site, _("Điểm mô hình"))
