"""Pages and API of intake: the role × jurisdiction matrix for documents, upload → highlighted page, the review queue."""
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from phongtrao.core.testing import ScopedObjectTests, make_user, unique
from phongtrao.initiatives.models import Site, Status
from phongtrao.initiatives.tests import factories
from phongtrao.intake.models import Candidate, Document

from .test_intake_services import ARTICLE


@pytest.mark.django_db
class TestDocumentViews(ScopedObjectTests):
    model = Document
    ui = "intake:document"
    api = "api:document"

    def make(self, unit):
        return Document.objects.create(unit=unit, filename=f"{unique('tl')}.txt", title=unique("Tài liệu "),
                                       status=Document.Status.PROCESSED, body="Nội dung")

    def form_data(self, unit):
        return {"title": unique("Bài "), "text": unique("Nội dung dán vào số "), "published": "2025-01-02",
                "unit": unit.pk if unit else ""}

    def api_data(self, unit):
        return {"title": unique("Bài API "), "text": unique("Nội dung API số "), "unit": unit.pk if unit else None}


def upload(client, django_capture_on_commit_callbacks, **data):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(reverse("intake:document_add"), data)


@pytest.mark.django_db
def test_upload_shows_the_document_with_highlights(client, units, django_capture_on_commit_callbacks):
    known = factories.model_type(name="Nhà trọ tự quản")
    user = make_user("province", units["A"])
    client.force_login(user)
    nasty = ARTICLE + "Ghi chú <script>alert(1)</script> & hết.\n"
    response = upload(client, django_capture_on_commit_callbacks,
                      files=[SimpleUploadedFile("bai.txt", nasty.encode()), SimpleUploadedFile("x.exe", b"MZ")],
                      unit=units["A"].pk)
    assert response.status_code == 302
    job = client.get(response.url)
    assert "1 tài liệu: 1 đã xử lý, 0 bản trùng, 0 lỗi" in job.content.decode()
    document = Document.objects.get(filename="bai.txt")
    page = client.get(document.get_absolute_url()).content.decode()
    assert 'class="mention mention-model"' in page and 'mention-place' in page and 'mention-date' in page
    assert "&lt;script&gt;" in page and "<script>alert" not in page
    assert known.get_absolute_url() in page
    failed = client.get(Document.objects.get(filename="x.exe").get_absolute_url()).content.decode()
    assert "không được hỗ trợ" in failed


@pytest.mark.django_db
def test_upload_zip_and_pasted_text(client, units, django_capture_on_commit_callbacks):
    client.force_login(make_user("national"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", ARTICLE)
        archive.writestr("rong.txt", "")
    response = upload(client, django_capture_on_commit_callbacks, files=[SimpleUploadedFile("lo.zip", buffer.getvalue())],
                      title="Bài dán", text="Mô hình Camera an ninh được nhân rộng ở Hà Nội.", unit="")
    assert response.status_code == 302
    assert Document.objects.filter(status="processed").count() == 2
    assert Document.objects.get(filename="rong.txt").error


@pytest.mark.django_db
def test_upload_needs_something(client, units):
    client.force_login(make_user("province", units["A"]))
    assert client.post(reverse("intake:document_add"), {"unit": units["A"].pk}).status_code == 400


@pytest.mark.django_db
def test_review_queue_is_scoped_and_accept_puts_a_site_on_the_map(client, units, django_capture_on_commit_callbacks):
    reviewer = make_user("province", units["A"])
    client.force_login(reviewer)
    upload(client, django_capture_on_commit_callbacks, text=ARTICLE, unit=units["A"].pk)
    candidate = Candidate.objects.get(name="Tổ liên gia an toàn phòng cháy")
    queue = client.get(reverse("intake:candidate_list"))
    assert candidate in queue.context["table"].data.data
    assert "Tổ liên gia" in client.get(candidate.get_absolute_url()).content.decode()
    outsider = make_user("province", units["B"])
    client.force_login(outsider)
    assert candidate not in client.get(reverse("intake:candidate_list")).context["table"].data.data
    assert client.post(reverse("intake:candidate_review", args=[candidate.pk, "reject"])).status_code == 404
    client.force_login(reviewer)
    response = client.post(reverse("intake:candidate_review", args=[candidate.pk, "accept"]),
                           {"commune": units["A1"].pk, "name": candidate.name})
    site = Site.objects.get(candidates=candidate)
    assert response.url == site.get_absolute_url()
    assert site.status == Status.UNVERIFIED
    points = client.get(reverse("initiatives:site_points")).json()
    assert site.pk in [p[0] for p in points["points"]]


@pytest.mark.django_db
def test_correction_form(client, units, django_capture_on_commit_callbacks):
    client.force_login(make_user("province", units["A"]))
    upload(client, django_capture_on_commit_callbacks, text=ARTICLE, unit=units["A"].pk)
    mention = Document.objects.get().mentions.get(kind="count", value__value=120)
    client.post(reverse("intake:mention_correct", args=[mention.pk]), {"value": "125"})
    mention.refresh_from_db()
    assert mention.corrected_value["value"] == 125
    viewer = make_user("viewer", units["A"])
    client.force_login(viewer)
    assert client.post(reverse("intake:mention_correct", args=[mention.pk]), {"value": "1"}).status_code == 404


@pytest.mark.django_db
def test_mentioned_in_tag(units):
    known = factories.model_type(name="Nhà trọ tự quản")
    user = make_user("province", units["A"])
    document = Document.objects.create(unit=units["A1"], filename="a.txt", title="Bài về nhà trọ", status="processed")
    document.model_types.add(known)
    hidden = Document.objects.create(unit=units["B"], filename="b.txt", title="Bài ở Hà Nội", status="processed")
    hidden.model_types.add(known)
    request = RequestFactory().get("/")
    request.user = user
    html = Template("{% load intake %}{% mentioned_in object %}").render(Context({"request": request, "object": known}))
    assert "Bài về nhà trọ" in html and "Bài ở Hà Nội" not in html


@pytest.mark.django_db
def test_api_upload_and_decide(api_client, units):
    user = make_user("province", units["A"])
    api_client.force_authenticate(user)
    created = api_client.post(reverse("api:document-list"),
                              {"file": SimpleUploadedFile("bai.txt", ARTICLE.encode()), "unit": units["A"].pk},
                              format="multipart")
    assert created.status_code == 201, created.json()
    assert created.json()["status"] == "processed"
    assert {m["kind"] for m in created.json()["mentions"]} >= {"model", "place", "date", "count"}
    candidate = Candidate.objects.get(name="Tổ liên gia an toàn phòng cháy")
    url = reverse("api:candidate-reject", args=[candidate.pk])
    assert api_client.post(url, {"note": "chung"}, format="json").json()["state"] == "rejected"
    assert api_client.post(url, {}, format="json").status_code == 400
    other = Candidate.objects.get(name="Nhà trọ tự quản")
    accepted = api_client.post(reverse("api:candidate-accept", args=[other.pk]), {"commune": units["A2"].code},
                               format="json")
    assert accepted.status_code == 200, accepted.json()
    assert Site.objects.get(pk=accepted.json()["site"]).status == Status.UNVERIFIED
    assert api_client.post(reverse("api:candidate-list"), {}, format="json").status_code == 405


@pytest.mark.django_db
def test_cli_ingest_folder(tmp_path, units, capsys):
    from phongtrao.accounts.models import User

    User.objects.create_user(username="canbo", password="x", role="province", unit=units["A"])
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(ARTICLE + "\n", encoding="utf-8")
    (tmp_path / "hong.pdf").write_bytes(b"%PDF-1.4 broken")
    call_command("ingest", str(tmp_path), "--user", "canbo")
    out = capsys.readouterr()
    assert "3 tài liệu: 1 đã xử lý, 1 bản trùng, 1 lỗi." in out.out
    assert "hong.pdf: LỖI" in out.out
    assert "3/3" in out.err
