from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntakeConfig(AppConfig):
    name = "phongtrao.intake"
    verbose_name = _("Tài liệu")

    def ready(self):
        from auditlog.registry import auditlog

        from phongtrao.core.registry import (register_menu_group, register_menu_item, register_panel,
                                             register_report_section, register_search)
        from phongtrao.core.reporting import PERIODIC

        from . import jobs  # noqa: F401  (registers the document batch job runner for the worker)
        from . import reporting
        from . import views  # noqa: F401  (declares the pages and API of documents and candidates)
        from .models import Candidate, Document, Mention
        from .selectors import documents_mentioning

        auditlog.register(Document, exclude_fields=["search_folded", "extraction", "body", "text_hash", "sha256"],
                          m2m_fields={"model_types"})
        auditlog.register(Mention, include_fields=["corrected_value", "is_rejected"])
        auditlog.register(Candidate, exclude_fields=["name_folded"])
        register_menu_group("intake", _("Tiếp nhận"), "inbox", weight=200)
        register_menu_item(_("Tài liệu"), "intake:document_list", "file-earmark-text", weight=200, group="intake")
        register_menu_item(_("Hàng chờ duyệt"), "intake:candidate_list", "inbox", weight=210, group="intake")
        register_panel("initiatives.ModelType", "intake/inc/mentioned_in.html",
                       lambda obj, request: {"documents": documents_mentioning(request.user, obj), "model_type": obj})
        register_search(Document, ("search_folded",), queryset=Document.objects.filter(duplicate_of=None), weight=200)
        register_report_section("candidates", _("Mô hình tự phát phát hiện qua tài liệu"), reporting.candidates_section,
                                kinds=PERIODIC, weight=150, row_fields=reporting.ROW_FIELDS)
