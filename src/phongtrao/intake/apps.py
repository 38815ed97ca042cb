from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntakeConfig(AppConfig):
    name = "phongtrao.intake"
    verbose_name = _("Tài liệu")

    def ready(self):
        from auditlog.registry import auditlog

        from . import jobs  # noqa: F401  (registers the document batch job runner for the worker)
        from .models import Candidate, Document, Mention

        auditlog.register(Document, exclude_fields=["search_folded", "extraction", "body", "text_hash", "sha256"],
                          m2m_fields={"model_types"})
        auditlog.register(Mention, include_fields=["corrected_value", "is_rejected"])
        auditlog.register(Candidate, exclude_fields=["name_folded"])
