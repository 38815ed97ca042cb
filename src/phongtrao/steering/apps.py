from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SteeringConfig(AppConfig):
    name = "phongtrao.steering"
    verbose_name = _("Chỉ đạo")

    def ready(self):
        from auditlog.registry import auditlog

        from phongtrao.core import caching
        from phongtrao.core.registry import (register_menu_group, register_menu_item, register_panel,
                                             register_report_section, register_user_menu_item)
        from phongtrao.core.reporting import PERIODIC

        from . import reporting, selectors, views  # noqa: F401  (declares the pages and API of committees, members, plans and tasks)
        from .models import (Committee, CommitteeMember, Finding, InspectionRound, InspectionVisit, Obligation, Plan,
                             Programme, ProgressReport, Task)

        for model in (Committee, CommitteeMember, Plan, InspectionRound, InspectionVisit, Finding, Programme,
                      Obligation, ProgressReport):
            auditlog.register(model)
        auditlog.register(Task, m2m_fields={"co_units"})
        caching.watch(Committee, CommitteeMember, Task, Finding)  # the dashboard's steering block
        register_menu_group("steering", _("Chỉ đạo"), "flag", weight=150)
        register_menu_item(_("Ban Chỉ đạo"), "steering:committee_list", "people", weight=100, group="steering")
        register_menu_item(_("Kiện toàn Ban Chỉ đạo"), "steering:committee_rollup", "check2-square", weight=110,
                           group="steering")
        register_menu_item(_("Kế hoạch"), "steering:plan_list", "journal-text", weight=120, group="steering")
        register_menu_item(_("Nhiệm vụ"), "steering:task_list", "list-check", weight=130, group="steering")
        register_menu_item(_("Nhiệm vụ trọng tâm"), "steering:key_tasks", "bullseye", weight=140, group="steering")
        register_menu_item(_("Kiểm tra"), "steering:inspectionround_list", "clipboard-check", weight=150,
                           group="steering")
        register_menu_item(_("Tồn tại chưa khắc phục"), "steering:inspection_rollup", "exclamation-triangle",
                           weight=160, group="steering")
        register_menu_item(_("Chương trình phối hợp"), "steering:programme_list", "people-fill", weight=170,
                           group="steering")
        register_panel("intake.Document", "steering/inc/document_deadlines.html",
                       lambda obj, request: selectors.document_deadlines(request.user, obj), weight=50)
        register_user_menu_item(_("Lịch nhiệm vụ (iCalendar)"), "steering:calendar", weight=50)
        register_report_section("tasks", _("Thực hiện nhiệm vụ theo kế hoạch"), reporting.tasks_section,
                                kinds=PERIODIC, weight=130, row_fields=reporting.ROW_FIELDS)
