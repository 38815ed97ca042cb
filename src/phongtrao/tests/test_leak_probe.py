"""No read outside the user's jurisdiction: the leak probe over every route of the URL conf.

For every scoped model, objects in a cousin unit (B1, Hà Nội) carry a marker in their names and texts and hang
on the shared reference data the user can see (a national model type). Logged in as each role of the other
branch (province A, commune A1 and viewer A, Hồ Chí Minh City), the probe fetches every page, API endpoint,
export, options list, map and chart data, dashboard, roll-up and search it can reach, with the ids of the
user's own objects and of the marked ones, and no response may hold a marker.
"""
import importlib
import importlib.util
import inspect
from datetime import date

import pytest
from auditlog.models import LogEntry
from django.apps import apps
from django.core.files.base import ContentFile
from django.urls import resolve

from phongtrao.accounts.models import Role
from phongtrao.awards.models import Commendation, FestivalPlan, FestivalSite
from phongtrao.budget.models import Allocation
from phongtrao.forces.models import ForceStrength, TrainingCourse
from phongtrao.core.models import Job
from phongtrao.core.testing import LEAK_MARKER, ProbeReport, make_user, probe_urls, url_routes
from phongtrao.initiatives.models import Evaluation, ModelType, Period, Rating, Site, SiteTally, StatusChange, Status
from phongtrao.intake.models import Candidate, Document, Mention, MentionKind
from phongtrao.stats.models import Indicator, MonthlyReport, Value
from phongtrao.reports.models import Kind, Report
from phongtrao.steering.models import (Committee, CommitteeMember, Finding, InspectionRound, InspectionVisit, Obligation,
                                       Plan, Programme, ProgressReport, Task)

PROBE_ROLES = {"province": "A", "commune": "A1", "viewer": "A"}
PARAMETERS = {"format": ["json"], "fmt": ["csv", "xlsx", "docx", "pdf"], "decision": ["accept"], "ref": ["models.1"],
              "app_label": ["accounts", "initiatives", "intake", "core", "auditlog", "awards", "budget", "forces",
                            "stats", "reports"],
              "content_type_id": [1], "key": ["headline", "categories", "spread", "trends", "units"]}


def _site(unit, type_, tag, **extra):
    return Site.objects.create(model_type=type_, commune=unit, name=f"Điểm {tag}", address=f"Số 1 đường {tag}",
                               village=f"Tổ {tag}", notes=tag, started_on=date(2021, 3, 1), **extra)


def _monthly_report(unit, tag):
    """A commune's month whose return reason carries the tag (months differ by tag so both units can have one)."""
    month = date(2025, 1 + len(tag) % 12, 1)
    report = MonthlyReport.objects.create(commune=unit, month=month, state="returned", return_reason=f"Trả lại {tag}")
    Value.objects.create(report=report, indicator=Indicator.objects.get(code="criminal"), value=7)
    return report


def _document(unit, type_, tag):
    document = Document.objects.create(unit=unit, filename=f"{tag}.txt", title=f"Bài {tag}", body=f"Nội dung {tag}.",
                                       status=Document.Status.PROCESSED, file=ContentFile(tag.encode(), f"{tag}.txt"))
    document.model_types.add(type_)
    Mention.objects.create(document=document, kind=MentionKind.MODEL, text=f"Mô hình {tag}", start=0, end=5,
                           value={"name": f"Mô hình {tag}"}, model_type=type_)
    return document


def _report(unit, type_, tag):
    """A draft whose figure counts every site of the shared type (the other branch's too, as a careless builder
    might): its page, files and figure rows must still show only what the reader may see."""
    ids = list(Site.objects.filter(model_type=type_).values_list("pk", flat=True))
    section = {"key": "models", "title": f"Phần {tag}", "paragraphs": [f"Đoạn {tag}"],
               "tables": [{"title": f"Bảng {tag}", "columns": ["Loại", "Số điểm"],
                           "rows": [[f"Dòng {tag}", {"value": len(ids), "ref": "models.1"}]], "total": None}],
               "evidence": {"models.1": {"label": f"Điểm {tag}", "model": "initiatives.site", "ids": ids}}}
    return Report.objects.create(unit=unit, kind=Kind.YEARLY, period_start=date(2026, 1, 1),
                                 period_end=date(2026, 12, 31), summary=f"Báo cáo {tag}", issuing_body=f"Ban {tag}",
                                 place="Hà Nội", signer_position="Trưởng ban", recipients=f"- Nơi {tag}",
                                 content={"sections": [section]}, narrative={"intro": f"Mở đầu {tag}"})


def _festival_site(unit, type_, tag):
    plan = FestivalPlan.objects.get_or_create(year=2026, title="Ngày hội toàn quốc", defaults={"unit": None})[0]
    site = FestivalSite.objects.create(plan=plan, commune=unit, chosen=True, score=40, result_note=f"Kết quả {tag}",
                                       reasons=[[f"Lý do {tag}", 10]], lacking=f"Thiếu {tag}", attendance=500)
    site.showcased.add(type_)
    return site


def _round(unit, tag):
    return InspectionRound.objects.create(unit=unit, title=f"Kiểm tra {tag}", lead=f"Trưởng đoàn {tag}", team=tag,
                                          start_on=date(2026, 9, 1), end_on=date(2026, 9, 9))


def _visit(unit, tag):
    return InspectionVisit.objects.create(round=_round(unit, tag), unit=unit, planned_on=date(2026, 9, 2),
                                          self_report=tag, record=tag, conclusion=tag)


def _obligation(unit, tag):
    programme = Programme.objects.create(unit=unit, title=f"Chương trình {tag}", reference=tag, parties=tag,
                                         start_year=2013, end_year=2023, review=tag)
    return Obligation.objects.create(programme=programme, organisation=f"Hội {tag}", content=tag)


MAKERS = {
    "initiatives.site": lambda unit, type_, tag: _site(unit, type_, tag),
    "initiatives.sitetally": lambda unit, type_, tag: SiteTally.objects.get(
        commune=_site(unit, type_, tag, status=Status.SUSPENDED).commune, status=Status.SUSPENDED),
    "initiatives.evaluation": lambda unit, type_, tag: Evaluation.objects.create(
        site=_site(unit, type_, tag), model_type=type_, unit=unit, period=Period.ANNUAL, period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31) if LEAK_MARKER in tag else date(2024, 12, 31), rating=Rating.GOOD,
        narrative=f"Nhận xét {tag}"),  # the marked one is the latest: pages showing "the latest" must pass it over
    "intake.document": lambda unit, type_, tag: _document(unit, type_, tag),
    "intake.candidate": lambda unit, type_, tag: Candidate.objects.create(
        name=f"Mô hình {tag}", unit=unit, evidence=f"Trích {tag}", first_seen=date(2025, 1, 2),
        last_seen=date(2025, 1, 3)),
    "awards.commendation": lambda unit, type_, tag: Commendation.objects.create(
        unit=unit, year=2025, recipient_kind="individual", recipient=f"Nguyễn {tag}", position=f"Tổ trưởng {tag}",
        phone="0909", birth_year=1970, model_type=type_, site=_site(unit, type_, tag), achievements=f"Thành tích {tag}",
        nominated_on=date(2025, 1, 2), appraisal="approved", appraised_on=date(2025, 2, 1), decision_ref=f"QĐ {tag}",
        decided_on=date(2025, 3, 1), level="province", form="merit"),
    "awards.festivalsite": lambda unit, type_, tag: _festival_site(unit, type_, tag),
    "budget.allocation": lambda unit, type_, tag: Allocation.objects.create(
        unit=unit, year=2026, item="models", allocated=60_000_000, source=f"Nguồn {tag}", note=f"Ghi chú {tag}"),
    "forces.trainingcourse": lambda unit, type_, tag: TrainingCourse.objects.create(
        unit=unit, topic=f"Tập huấn {tag}", starts_on=date(2026, 3, 1), ends_on=date(2026, 3, 2), attendees=30,
        materials=f"Tài liệu {tag}"),
    "forces.forcestrength": lambda unit, type_, tag: ForceStrength.objects.create(
        unit=unit, year=2026 if LEAK_MARKER in tag else 2025, teams=4, members=12, note=f"Ghi chú {tag}"),
    "core.job": lambda unit, type_, tag: Job.objects.create(kind="import", label=f"Nhập {tag}", unit=unit,
                                                            message=tag, result={"note": tag}),
    "stats.monthlyreport": lambda unit, type_, tag: _monthly_report(unit, tag),
    "stats.value": lambda unit, type_, tag: _monthly_report(unit, tag).values.get(),
    "reports.report": lambda unit, type_, tag: _report(unit, type_, tag),
    "steering.committee": lambda unit, type_, tag: Committee.objects.get_or_create(
        unit=unit, defaults={"name": f"Ban {tag}", "decision_ref": f"{tag}/QĐ", "notes": tag})[0],
    "steering.committeemember": lambda unit, type_, tag: CommitteeMember.objects.create(
        committee=Committee.objects.get_or_create(unit=unit, defaults={"name": f"Ban {tag}", "notes": tag})[0],
        full_name=f"Nguyễn {tag}", position=tag, organisation=tag),
    "steering.plan": lambda unit, type_, tag: Plan.objects.create(unit=unit, symbol=f"{tag}-KH", title=tag,
                                                                  issued_on=date(2026, 1, 5), notes=tag),
    "steering.task": lambda unit, type_, tag: Task.objects.create(
        plan=Plan.objects.create(unit=unit, symbol=f"KH {tag}", title=f"Kế hoạch {tag}", issued_on=date(2026, 1, 5)),
        unit=unit, title=f"Nhiệm vụ {tag}", area=tag, coordinators=tag, deadline=date(2026, 6, 15), is_key=True,
        notes=tag, evidence=ContentFile(tag.encode(), f"{tag}.txt")),
    "steering.inspectionround": lambda unit, type_, tag: _round(unit, tag),
    "steering.inspectionvisit": lambda unit, type_, tag: _visit(unit, tag),
    "steering.finding": lambda unit, type_, tag: Finding.objects.create(
        visit=_visit(unit, tag), text=f"Tồn tại {tag}", recommendation=f"Kiến nghị {tag}"),
    "steering.programme": lambda unit, type_, tag: _obligation(unit, tag).programme,
    "steering.obligation": lambda unit, type_, tag: _obligation(unit, tag),
    "steering.progressreport": lambda unit, type_, tag: ProgressReport.objects.create(
        obligation=_obligation(unit, tag), year=2015, progress=70, result=tag),
    "accounts.user": lambda unit, type_, tag: make_user(Role.COMMUNE, unit, first_name=tag, last_name=f"Họ {tag}",
                                                        email=f"{tag}@example.vn"),
}
"""How to make a marked object of each scoped model; a new scoped model without a maker fails the probe."""


def scoped_models() -> set[str]:
    """Models whose rows belong to a unit and are not public reference data (e.g. model types)."""
    return {m._meta.label_lower for m in apps.get_models()
            if hasattr(m._default_manager, "for_user") and "view" not in getattr(m, "unscoped_actions", ())}


def test_every_scoped_model_has_a_maker():
    assert scoped_models() == set(MAKERS)


def test_every_selector_takes_the_user_first():
    """Read queries live in `<app>.selectors`; each public function's first parameter is the user."""
    found = {}
    for config in apps.get_app_configs():
        if config.name.startswith("phongtrao.") and importlib.util.find_spec(f"{config.name}.selectors"):
            module = importlib.import_module(f"{config.name}.selectors")
            for name, function in inspect.getmembers(module, inspect.isfunction):
                if function.__module__ == module.__name__ and not name.startswith("_"):
                    found[f"{config.label}.{name}"] = next(iter(inspect.signature(function).parameters), None)
    assert len(found) >= 8
    assert {name: first for name, first in found.items() if first != "user"} == {}


@pytest.fixture
def probe_world(units) -> tuple[list[str], dict]:
    """Own objects in A1, marked ones in B1 (one per scoped model), the links between them; (markers, values)."""
    shared = ModelType.objects.create(name="Tổ tự quản dùng chung")
    own, marked = [shared.pk], {}
    for label, make in MAKERS.items():
        own.append(make(units["A1"], shared, f"riêng {label}").pk)
        marked[label] = make(units["B1"], shared, f"{LEAK_MARKER}-{label}")
        own.append(marked[label].pk)
    own_site = Site.objects.get(name="Điểm riêng initiatives.site")
    replica = _site(units["B1"], shared, f"{LEAK_MARKER}-replica", replicated_from=own_site)
    # Own objects linked to marked ones wherever the product links objects across units:
    learner = _site(units["A1"], shared, "Học từ Hà Nội", replicated_from=marked["initiatives.site"])
    copy = _document(units["A1"], shared, "bản đăng lại")
    copy.duplicate_of = marked["intake.document"]  # a national user re-sent Hà Nội's report for the ward
    copy.save()
    Candidate.objects.get(name="Mô hình riêng intake.candidate").documents.add(marked["intake.document"])
    own += [learner.pk, copy.pk]
    own += list(LogEntry.objects.filter(object_pk__in=[str(pk) for pk in own]).values_list("pk", flat=True))
    StatusChange.objects.create(site=own_site, to_status=Status.ACTIVE, changed_on=date(2025, 1, 1),
                                note=f"{LEAK_MARKER}-statuschange-note")  # own site, the note text is its own
    markers = [f"{LEAK_MARKER}-{label}" for label in MAKERS] + [f"{LEAK_MARKER}-replica"]
    ids = sorted(set(own + [replica.pk, units["B1"].pk, units["A1"].pk]))
    return markers, {**PARAMETERS, "pk": ids, "object_id": ids}


@pytest.mark.django_db
@pytest.mark.parametrize("role", PROBE_ROLES)
def test_no_marker_leaks_to_the_other_branch(client, units, probe_world, role):
    markers, values = probe_world
    client.force_login(make_user(role, units[PROBE_ROLES[role]]))
    report = probe_urls(client, markers, values, ProbeReport(), skip={"accounts:logout"})
    print(f"\nleak probe as {role}: {len(MAKERS)} scoped models; {len(report.urls)} routes, {report.requests} requests, "
          f"{len(report.skipped)} skipped")
    assert len(report.urls) > 60
    assert report.errors == []
    assert report.leaks == []


@pytest.mark.django_db
def test_the_probe_finds_every_marked_object_where_it_may_be_seen(client, units, probe_world):
    """The same crawl as a national user, who may see Hà Nội: every marker must turn up, or the probe could not
    have seen it leak. Jobs are shown to the user who started them only: the national user starts the marked one."""
    markers, values = probe_world
    national = make_user("national")
    Job.objects.filter(label__contains=LEAK_MARKER).update(created_by=national)
    client.force_login(national)
    report = probe_urls(client, markers, values, ProbeReport(), skip={"accounts:logout"})
    assert report.errors == []
    assert sorted(set(markers) - {marker for _, _, marker in report.leaks}) == []
    seen_on = {(resolve(url).view_name, marker) for url, _, marker in report.leaks}
    detail_pages = {name for name, params, _ in url_routes() if params == ("pk",)}
    assert [label for label in MAKERS if label.replace(".", ":") in detail_pages
            and (label.replace(".", ":"), f"{LEAK_MARKER}-{label}") not in seen_on] == []
