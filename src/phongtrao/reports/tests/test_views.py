"""The province user's path: generate the six-month report, edit, issue, download, see which communes are missing."""
from datetime import date

import pytest
from django.urls import reverse

from phongtrao.core.models import Job
from phongtrao.core.testing import make_user
from phongtrao.reports import services
from phongtrao.reports.models import Kind, Report, State
from phongtrao.reports.tests.test_services import H1, half_year

GENERATE = {"kind": Kind.HALF_YEAR, "year": 2026, "part": 1}


@pytest.mark.django_db
class TestProvincePath:
    def test_generate_edit_issue_download(self, client, report_data, province_user, units):
        client.force_login(province_user)
        assert client.get(reverse("reports:report_add")).status_code == 200
        response = client.post(reverse("reports:report_add"), {**GENERATE, "unit": units["A"].pk})
        report = Report.objects.get()
        assert response.status_code == 302 and response.url == report.get_absolute_url()
        page = client.get(report.get_absolute_url())
        assert page.status_code == 200
        assert "6 tháng đầu năm 2026" in page.content.decode()
        ref = report.content["sections"][1]["tables"][0]["total"][1]["ref"]
        assert reverse("reports:report_figure", args=[report.pk, ref]) in page.content.decode()

        form = client.get(reverse("reports:report_edit", args=[report.pk])).context["form"]
        data = {k: v for k, v in form.initial.items() if v is not None and k in form.fields}
        data |= {f"narrative_{k}": report.narrative.get(k, "") for k, _t in form.parts}
        data |= {"narrative_outlook": "Tập trung nhân rộng mô hình camera.", "version": report.version,
                 "signer_name": "Lê Ngọc Hải"}
        assert client.post(reverse("reports:report_edit", args=[report.pk]), data).status_code == 302
        report.refresh_from_db()
        assert report.narrative["outlook"] == "Tập trung nhân rộng mô hình camera."

        draft_pdf = client.get(reverse("reports:report_download", args=[report.pk, "pdf"]))
        assert draft_pdf["Content-Type"] == "application/pdf" and draft_pdf.content[:4] == b"%PDF"
        assert client.post(reverse("reports:report_issue", args=[report.pk])).status_code == 302
        report.refresh_from_db()
        assert report.state == State.ISSUED and report.number == 1
        docx = client.get(reverse("reports:report_download", args=[report.pk, "docx"]))
        assert docx.content == report.docx.open("rb").read()
        assert 'filename="bao-cao-1.docx"' in docx["Content-Disposition"]
        figure = client.get(reverse("reports:report_figure", args=[report.pk, ref]))
        assert figure.status_code == 200 and "Điểm camera số 0" in figure.content.decode()
        edit = client.post(reverse("reports:report_edit", args=[report.pk]), data)
        assert edit.status_code == 400  # frozen
        reissue = client.post(reverse("reports:report_reissue", args=[report.pk]))
        assert reissue.status_code == 302 and Report.objects.filter(supersedes=report).exists()

    def test_a_large_report_is_issued_as_a_job(self, client, report_data, province_user, units, settings,
                                               django_capture_on_commit_callbacks):
        settings.PHONGTRAO_REPORT_ISSUE_JOB_ROWS = 10
        report = half_year(province_user, units["A"])
        client.force_login(province_user)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("reports:report_issue", args=[report.pk]))
        job = Job.objects.get(kind="issue_report")
        assert response.status_code == 302 and response.url == reverse("core:job", args=[job.pk])
        report.refresh_from_db()
        assert report.state == State.ISSUED and report.rows.count() > 10
        assert job.__class__.objects.get(pk=job.pk).result["next_url"] == report.get_absolute_url()
        assert report.get_absolute_url() in client.get(reverse("core:job", args=[job.pk])).content.decode()

    def test_status_lists_communes_that_have_not_reported(self, client, report_data, province_user, units):
        a1_user = make_user("commune", units["A1"])
        services.issue_report(user=a1_user, report=half_year(a1_user, units["A1"]))
        client.force_login(province_user)
        page = client.get(reverse("reports:status"), {**GENERATE, "unit": units["A"].pk})
        assert page.status_code == 200
        states = {row.unit.code: row.state for row in page.context["rows"]}
        assert states["26743"] == State.ISSUED and states["26740"] == "missing"
        assert page.context["counts"]["issued"] == 1
        assert "mặc định: 15 ngày sau kỳ báo cáo" in page.content.decode()
        from phongtrao.steering.tests.factories import task

        asked = task(units["A"], deadline=date(2026, 7, 8), report_kind="half_year", report_period_end=date(2026, 6, 30))
        text = client.get(reverse("reports:status"), {**GENERATE, "unit": units["A"].pk}).content.decode()
        assert "08/07/2026" in text and asked.get_absolute_url() in text and "273-KH/TU" in text
        assert client.get(reverse("reports:status"), {**GENERATE, "unit": units["B"].pk}).status_code == 400
        assert client.get(reverse("reports:status"), {"kind": "nonsense"}).status_code == 400

    def test_refusals(self, client, report_data, units):
        client.force_login(make_user("viewer", units["A"]))
        assert client.post(reverse("reports:report_add"), {**GENERATE, "unit": units["A"].pk}).status_code == 403
        client.force_login(make_user("province", units["A"]))
        response = client.post(reverse("reports:report_add"), {**GENERATE, "unit": units["B"].pk})
        assert response.status_code == 400 and not Report.objects.exists()
        bad = client.post(reverse("reports:report_add"), {"kind": Kind.INTERIM_REVIEW, "year": 2026, "unit": units["A"].pk})
        assert bad.status_code == 400 and "mô hình" in bad.content.decode()
        report = half_year(make_user("province", units["B"]), units["B"])
        assert client.get(report.get_absolute_url()).status_code == 404
        assert client.get(reverse("reports:report_download", args=[report.pk, "pdf"])).status_code == 404


@pytest.mark.django_db
class TestApi:
    def test_generate_patch_issue(self, api_client, report_data, province_user, units):
        api_client.force_authenticate(province_user)
        created = api_client.post(reverse("api:report-list"), {**GENERATE, "unit": units["A"].pk}, format="json")
        assert created.status_code == 201, created.json()
        pk = created.json()["id"]
        patched = api_client.patch(reverse("api:report-detail", args=[pk]), {"narrative": {"outlook": "Nhân rộng."}},
                                   format="json")
        assert patched.status_code == 200, patched.json()
        assert patched.json()["narrative"]["outlook"] == "Nhân rộng." and patched.json()["narrative"]["intro"]
        issued = api_client.post(reverse("api:report-issue", args=[pk]))
        assert issued.status_code == 200 and issued.json()["reference"] == "1/BC-BCĐ"
        again = api_client.patch(reverse("api:report-detail", args=[pk]), {"summary": "x"}, format="json")
        assert again.status_code == 400
        assert api_client.delete(reverse("api:report-detail", args=[pk])).status_code == 400
        outside = api_client.post(reverse("api:report-list"), {**GENERATE, "unit": units["B"].pk}, format="json")
        assert outside.status_code == 400

    def test_list_is_scoped(self, api_client, report_data, units):
        own = half_year(make_user("province", units["A"]), units["A"])
        half_year(make_user("province", units["B"]), units["B"])
        api_client.force_authenticate(make_user("viewer", units["A"]))
        listed = api_client.get(reverse("api:report-list")).json()["results"]
        assert [r["id"] for r in listed] == [own.pk]
        assert api_client.post(reverse("api:report-list"), {**GENERATE, "unit": units["A"].pk},
                               format="json").status_code == 403
        assert H1[0].isoformat() == listed[0]["period_start"]
