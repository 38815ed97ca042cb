from django.urls import path

from phongtrao.core.pages import declared_urls

from . import views

app_name = "steering"
urlpatterns = [
    path("committees/rollup/", views.committee_rollup, name="committee_rollup"),
    path("committees/options/", views.committee_options, name="committee_options"),
    path("plans/options/", views.plan_options, name="plan_options"),
    path("tasks/key/", views.key_tasks, name="key_tasks"),
    path("tasks/<int:pk>/evidence/", views.task_evidence, name="task_evidence"),
    path("tasks/from-deadline/<int:mention_id>/", views.task_from_deadline, name="task_from_deadline"),
    path("findings/<int:pk>/task/", views.finding_task, name="finding_task"),
    path("inspections/rollup/", views.inspection_rollup, name="inspection_rollup"),
    path("calendar/", views.calendar_settings, name="calendar"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
    *declared_urls(app_name),
]
