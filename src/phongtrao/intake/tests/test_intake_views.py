"""Pages and API of intake: the role × jurisdiction matrix for documents, upload → highlighted page, the review queue."""
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
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


@pytest.mark.django_db
class TestCandidateViews(ScopedObjectTests):
    """Candidates come from documents: the write side of the matrix is the review (accept, link, reject)."""

    model = Candidate
    ui = "intake:candidate"
    api = "api:candidate"
    COMMUNE_OF = {"A": "A1", "A1": "A1", "A2": "A2", "B": "B1", "B1": "B1", None: "A1"}

    def make(self, unit):
        return Candidate.objects.create(name=unique("Tổ tự quản bến đò "), unit=unit, evidence="Câu trích dẫn.")

    def move_cases(self):
        return []  # candidates have no edit form: their unit changes only by review, tested below

    def review(self, client, obj, decision, data):
        return client.post(reverse("intake:candidate_review", args=[obj.pk, decision]), data)

    def assert_reviewed(self, response, obj, role, target, state):
        obj.refresh_from_db()
        if self.can_edit(role, target):
            assert response.status_code == 302 and obj.state == state
        else:
            assert response.status_code == self.edit_status(role, target) and obj.state == Candidate.State.NEW

    def test_ui_edit(self, client, units, role, target):
        _, unit = self.setup_case(client, units, role, target)
        obj = self.make(unit)
        response = self.review(client, obj, "reject", {"note": "Cụm từ chung"})
        self.assert_reviewed(response, obj, role, target, Candidate.State.REJECTED)

    def test_ui_create(self, client, units, role, target):
        _, unit = self.setup_case(client, units, role, target)
        obj = self.make(unit)
        commune = units[self.COMMUNE_OF[target]]
        response = self.review(client, obj, "accept", {"commune": commune.pk, "name": obj.name})
        self.assert_reviewed(response, obj, role, target, Candidate.State.ACCEPTED)
        assert Site.objects.filter(candidates=obj, commune=commune).exists() == self.can_edit(role, target)

    def test_ui_delete(self, client, units, role, target):
        _, unit = self.setup_case(client, units, role, target)
        obj = self.make(unit)
        known = factories.model_type(name=unique("Bến đò an toàn "))
        response = self.review(client, obj, "link", {"model_type": known.pk})
        self.assert_reviewed(response, obj, role, target, Candidate.State.LINKED)

    def test_api_write(self, api_client, units, role, target):
        self.api_login(api_client, units, role)
        obj = self.make(units[target] if target else None)
        detail = reverse(f"{self.api}-detail", args=[obj.pk])
        refused = 403 if role == "viewer" else 405  # viewers are refused writes; candidates are never edited directly
        assert api_client.patch(detail, {}, format="json").status_code == refused
        assert api_client.delete(detail).status_code == refused
        commune = units[self.COMMUNE_OF[target]]
        accepted = api_client.post(reverse(f"{self.api}-accept", args=[obj.pk]), {"commune": commune.code},
                                   format="json")
        expected = self.edit_status(role, target)
        assert accepted.status_code == expected, accepted.content
        obj.refresh_from_db()
        assert (obj.state == Candidate.State.ACCEPTED) == (expected == 200)


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
    job = client.get(response.url).content.decode()
    assert "2 tài liệu: 1 đã xử lý, 0 bản trùng, 1 lỗi" in job
    document = Document.objects.get(filename="bai.txt")
    rows = job[job.index('id="batch-result"'):]
    assert rows.index("bai.txt") < rows.index("x.exe") and "không được hỗ trợ" in rows
    again = upload(client, django_capture_on_commit_callbacks, files=[SimpleUploadedFile("lai.txt", nasty.encode())],
                   unit=units["A"].pk)
    assert "Đã nhận từ trước" in client.get(again.url).content.decode()
    assert Document.objects.filter(sha256=document.sha256).count() == 1
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
    page = client.get(reverse("intake:document", args=[mention.document_id]))
    assert page.status_code == 200
    assert "Đã sửa bởi" in page.content.decode()
    viewer = make_user("viewer", units["A"])
    client.force_login(viewer)
    assert client.post(reverse("intake:mention_correct", args=[mention.pk]), {"value": "1"}).status_code == 403


@pytest.mark.django_db
def test_mentioned_in_panel_on_the_model_type_page(client, units):
    """Intake adds the panel through the registry; the page shows only documents inside the user's scope."""
    known = factories.model_type(name="Nhà trọ tự quản")
    user = make_user("province", units["A"])
    document = Document.objects.create(unit=units["A1"], filename="a.txt", title="Bài về nhà trọ", status="processed")
    document.model_types.add(known)
    hidden = Document.objects.create(unit=units["B"], filename="b.txt", title="Bài ở Hà Nội", status="processed")
    hidden.model_types.add(known)
    client.force_login(user)
    html = client.get(reverse("initiatives:modeltype", args=[known.pk])).content.decode()
    assert "Được nhắc đến trong" in html
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
def test_api_upload_returns_every_document_of_a_zip(api_client, units):
    from .test_intake_services import zip_of

    api_client.force_authenticate(make_user("province", units["A"]))
    archive = zip_of({"a.txt": ARTICLE.encode(), "b.txt": ARTICLE.encode() + b"\n", "rong.txt": b""})
    response = api_client.post(reverse("api:document-upload"), {
        "files": [SimpleUploadedFile("lo.zip", archive), SimpleUploadedFile("x.exe", b"MZ")],
        "text": "Mô hình Camera an ninh được nhân rộng ở phường Bến Thành.", "unit": units["A"].pk,
    }, format="multipart")
    assert response.status_code == 201, response.json()
    rows = response.json()["results"]
    assert [r["filename"] for r in rows][:4] == ["a.txt", "b.txt", "rong.txt", "x.exe"]
    assert [r["outcome"] for r in rows] == ["processed", "duplicate", "failed", "failed", "processed"]
    assert rows[0]["new"] >= 1 and rows[2]["error"]
    assert "5 tài liệu: 2 đã xử lý, 1 bản trùng, 2 lỗi." == response.json()["summary"]
    zipped = api_client.post(reverse("api:document-list"), {"file": SimpleUploadedFile("lo.zip", archive)},
                             format="multipart")
    assert zipped.status_code == 400 and "upload" in zipped.json()["file"][0]
    assert api_client.post(reverse("api:document-upload"), {}, format="multipart").status_code == 400
    api_client.force_authenticate(make_user("viewer", units["A"]))
    assert api_client.post(reverse("api:document-upload"), {"text": "x"}, format="multipart").status_code == 403


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
    assert "hong.pdf: LỖI" in out.out and "a.txt: #" in out.out and "copy.txt: bản trùng của #" in out.out
    assert "3/3" in out.err


@pytest.mark.django_db
def test_review_queue_lists_the_latest_sightings_first(client, units):
    from datetime import date

    client.force_login(make_user("national"))
    for day, name in ((1, "Tổ A cũ"), (20, "Tổ C mới"), (10, "Tổ B giữa")):
        Candidate.objects.create(name=name, unit=units["A1"], first_seen=date(2025, 1, day), last_seen=date(2025, 1, day))
    listed = client.get(reverse("intake:candidate_list")).context["table"].data.data
    assert [c.name for c in listed] == ["Tổ C mới", "Tổ B giữa", "Tổ A cũ"]


@pytest.mark.django_db
def test_a_document_reference_without_symbol_shows_its_name(client, units, django_capture_on_commit_callbacks):
    client.force_login(make_user("province", units["A"]))
    upload(client, django_capture_on_commit_callbacks, unit=units["A"].pk,
           text="Thực hiện Chỉ thị số 09 của Ban Bí thư, phường Bến Thành nhân rộng mô hình “Nhà trọ tự quản”.")
    page = client.get(Document.objects.get().get_absolute_url()).content.decode()
    assert "<strong>Chỉ thị 09</strong>" in page and "None" not in page


@pytest.mark.django_db
def test_api_upload_in_the_background_gives_a_job_to_poll(api_client, units, django_capture_on_commit_callbacks):
    user = make_user("province", units["A"])
    api_client.force_authenticate(user)
    with django_capture_on_commit_callbacks(execute=True):
        started = api_client.post(reverse("api:document-upload"), {
            "files": [SimpleUploadedFile("bai.txt", ARTICLE.encode())], "background": "true"}, format="multipart")
    assert started.status_code == 202, started.json()
    job = api_client.get(started.json()["url"]).json()
    assert job["state"] == "done" and job["result"]["rows"][0]["filename"] == "bai.txt"
    assert job["result"]["rows"][0]["outcome"] == "processed"
    api_client.force_authenticate(make_user("province", units["A"]))
    assert api_client.get(started.json()["url"]).status_code == 404  # only the user who started it
    assert api_client.get(reverse("api:job-list")).json()["count"] == 0


@pytest.mark.django_db
def test_candidate_counts_and_lists_only_documents_inside_the_scope(client, api_client, units):
    """A name seen in both provinces' documents: each side counts and lists its own documents only."""
    candidate = Candidate.objects.create(name="Tổ tự quản bến đò", unit=units["A1"])
    mine = Document.objects.create(unit=units["A1"], filename="a.txt", title="Bài phường", status="processed")
    theirs = Document.objects.create(unit=units["B1"], filename="b.txt", title="Bài Hà Nội", status="processed")
    candidate.documents.add(mine, theirs)
    user = make_user("commune", units["A1"])
    client.force_login(user)
    rows = client.get(reverse("intake:candidate_list")).context["table"].data.data
    assert [(c, c.document_count) for c in rows] == [(candidate, 1)]
    api_client.force_authenticate(user)
    assert api_client.get(reverse("api:candidate-detail", args=[candidate.pk])).json()["documents"] == [mine.pk]


@pytest.mark.django_db
def test_copy_of_a_document_outside_the_scope_does_not_name_it(client, units):
    original = Document.objects.create(unit=units["B1"], filename="b.txt", title="Báo cáo Hà Nội", status="processed")
    copy = Document.objects.create(unit=units["A1"], filename="a.txt", title="Bài đăng lại", status="processed",
                                   duplicate_of=original)
    client.force_login(make_user("commune", units["A1"]))
    html = client.get(copy.get_absolute_url()).content.decode()
    assert "Báo cáo Hà Nội" not in html and "Một tài liệu ngoài phạm vi của bạn" in html


@pytest.mark.django_db
def test_candidate_page_shows_the_nearest_types_and_sites_by_their_head(client, units):
    bus = factories.model_type(name="Bến xe buýt an toàn")
    factories.model_type(name="Chợ an toàn về ANTT")  # shares only generic words
    here = factories.site(units["A1"], bus, name="Bến xe buýt an toàn Bến Thành")
    factories.site(units["B1"], bus, name="Bến xe buýt an toàn Hà Nội")  # outside the province user's scope
    candidate = Candidate.objects.create(name="Tổ tự quản bến xe buýt an toàn", unit=units["A1"])
    client.force_login(make_user("province", units["A"]))
    page = client.get(candidate.get_absolute_url())
    types = page.context["nearest_types"]
    assert [t.pk for t, _score, _local in types] == [bus.pk]
    assert types[0][1] >= 90 and types[0][2] == 1  # one site of the type in the candidate's province, seen by the user
    assert [s for s, _score in page.context["nearest_sites"]] == [here]
    text = page.content.decode()
    assert "Bến xe buýt an toàn Bến Thành" in text and "Hà Nội" not in text


@pytest.mark.django_db
def test_merging_types_moves_the_intake_links_too(client, units):
    survivor = factories.model_type(name="Bến đò an toàn")
    duplicate = factories.model_type(name="Ben do an toan")
    candidate = Candidate.objects.create(name="Bến đò an toàn", unit=units["A1"], model_type=duplicate,
                                         state=Candidate.State.LINKED)
    document = Document.objects.create(title="Tin bến đò", body="Bến đò an toàn", unit=units["A1"])
    document.model_types.add(duplicate, survivor)
    client.force_login(make_user("admin"))
    url = reverse("initiatives:modeltype_merge", args=[survivor.pk])
    references = dict(client.get(url, {"duplicate": duplicate.pk}).context["plan"]["references"])
    assert references["mô hình đề xuất"] == 1 and references["tài liệu"] == 1
    client.post(url, {"duplicate": duplicate.pk})
    candidate.refresh_from_db()
    assert candidate.model_type == survivor
    assert list(document.model_types.all()) == [survivor]
