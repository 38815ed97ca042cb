"""Read queries shared by the accounts views and API."""
from auditlog.models import LogEntry

from phongtrao.core.scoping import scope_q, unit_paths_for


def audit_entries_for(user):
    """Audit entries about objects inside the user's jurisdiction (each carries its unit path)."""
    paths = unit_paths_for(user, "view")
    if not paths:
        return LogEntry.objects.none()
    return (
        LogEntry.objects.filter(scope_q("additional_data__unit_path", paths))
        .select_related("actor", "content_type")
        .order_by("-timestamp")
    )
