"""Issuing a large report (the nation's, a big province's) runs as a job: its rows are stored in the background."""
from django.utils.translation import gettext as _

from phongtrao.core.jobs import job_runner

from . import services
from .models import Report

KIND = "issue_report"


@job_runner(KIND)
def run_issue(job, *, report: int) -> dict:
    """Issue the report for the job's author (scope re-checked by the service)."""
    issued = services.issue_report(user=job.created_by, report=Report.objects.get(pk=report))
    return {"summary": _("Đã ban hành báo cáo số %(obj)s.") % {"obj": issued.reference},
            "next_url": issued.get_absolute_url()}
