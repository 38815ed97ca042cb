from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InitiativesConfig(AppConfig):
    name = "phongtrao.initiatives"
    verbose_name = _("Mô hình")

    def ready(self):
        from auditlog.registry import auditlog

        from phongtrao.core import caching
        from phongtrao.core.registry import (count_in_units, register_menu_group, register_menu_item,
                                             register_report_section)
        from phongtrao.core.reporting import PERIODIC, REVIEW

        from . import views  # noqa: F401  (declares the pages, API and import of types, sites and evaluations)
        from . import reporting, selectors, services
        from .models import Evaluation, ModelType, Site, StatusChange

        auditlog.register(ModelType, exclude_fields=["search_folded"], m2m_fields={"sponsors"})
        auditlog.register(Site, exclude_fields=["name_folded", "address_folded"])
        auditlog.register(Evaluation)
        auditlog.register(StatusChange)
        count_in_units(Site, _("Điểm mô hình"), by_child_unit=selectors.site_counts_by_unit)
        services.watch_sites()
        caching.watch(ModelType, Evaluation)  # the type page: its similar types and figures
        register_menu_group("registry", _("Phong trào"), "diagram-3", weight=100)
        register_menu_item(_("Mô hình"), "initiatives:modeltype_list", "diagram-3", weight=100, group="registry")
        register_menu_item(_("Điểm mô hình"), "initiatives:site_list", "pin-map", weight=110, group="registry")
        register_menu_item(_("Bản đồ"), "initiatives:site_map", "map", weight=120, group="registry")
        register_menu_item(_("Đánh giá"), "initiatives:evaluation_list", "clipboard-check", weight=130, group="registry")
        for key, label, build, kinds, weight in (
                ("models", _("Mô hình, điểm mô hình"), reporting.models_section, PERIODIC, 100),
                ("changes", _("Điểm mới, điểm giải thể"), reporting.changes_section, PERIODIC, 110),
                ("replication", _("Nhân rộng mô hình"), reporting.replication_section, PERIODIC, 120),
                ("review", _("Kết quả thực hiện mô hình"), reporting.review_section, REVIEW, 100)):
            register_report_section(key, label, build, kinds=kinds, weight=weight, row_fields=reporting.ROW_FIELDS)
