"""Rules of intake: dedupe, near-duplicates, bad files, zip limits, matching, review decisions, corrections."""
import io
import zipfile

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from phongtrao.core.testing import make_user
from phongtrao.initiatives.models import ModelType, Site, Status
from phongtrao.initiatives.tests import factories
from phongtrao.intake import services
from phongtrao.intake.matching import match_model
from phongtrao.intake.models import Candidate, Document, Mention

ARTICLE = """Phường Sài Gòn: Nhân rộng mô hình Tổ liên gia an toàn phòng cháy

Ngày 12/3/2025, Công an phường Sài Gòn (Thành phố Hồ Chí Minh) tổ chức sơ kết mô hình "Tổ liên gia an toàn phòng cháy" và mô hình "Nhà trọ tự quản".
Qua 2 năm thực hiện, mô hình "Tổ liên gia an toàn phòng cháy" đã thu hút 120 hộ dân tham gia.
"""


@pytest.fixture
def province_user(units):
    return make_user("province", units["A"])


def zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def ingest(user, text=ARTICLE, name="bai.txt"):
    [document] = services.ingest_upload(data=text.encode(), filename=name, user=user)
    return services.process_document(document)


@pytest.mark.django_db
class TestIntake:
    def test_same_bytes_give_the_same_document(self, province_user):
        first = services.ingest_bytes(data=b"Mot van ban", filename="a.txt", user=province_user)
        again = services.ingest_bytes(data=b"Mot van ban", filename="b.txt", user=province_user)
        assert first.pk == again.pk
        assert Document.objects.count() == 1

    def test_near_identical_body_links_to_the_first_copy(self, province_user):
        first = ingest(province_user)
        copy = ingest(province_user, ARTICLE.replace("120 hộ", "120  hộ") + "\n", name="copy.txt")
        assert copy.duplicate_of == first
        assert not copy.mentions.exists()
        assert first.mentions.exists()

    def test_fuzzy_near_duplicate(self, province_user):
        first = ingest(province_user)
        copy = ingest(province_user, ARTICLE.replace("thu hút", "thu hut được"), name="copy.txt")
        assert copy.duplicate_of == first

    def test_republished_copy_with_dateline_and_source_is_linked(self, province_user):
        first = ingest(province_user)
        repost = ARTICLE.replace("Phường Sài Gòn: Nhân", "Nhân").replace("\n\n", "\n\nThứ Năm, 13/03/2025 08:15\n", 1)
        copy = ingest(province_user, repost + "Nguồn: Báo Công an Nhân dân\n", name="repost.txt")
        assert copy.duplicate_of == first

    def test_next_report_from_the_same_template_is_not_a_copy(self, province_user):
        report = ("Báo cáo kết quả tuần {w} của Công an phường Sài Gòn\n\nNgày {d}/3/2025, trong tuần, Công an phường "
                  "đã tổ chức {n} cuộc tuần tra, kiểm tra {k} cơ sở kinh doanh có điều kiện về an ninh, trật tự, phát "
                  "hiện {v} vụ vi phạm; mô hình \"Nhà trọ tự quản\" tiếp tục duy trì hoạt động ổn định.\n")
        first = ingest(province_user, report.format(w=10, d=7, n=12, k=30, v=2), name="tuan10.txt")
        second = ingest(province_user, report.format(w=11, d=14, n=15, k=28, v=1), name="tuan11.txt")
        assert first.duplicate_of is None and second.duplicate_of is None
        assert second.mentions.exists()

    @pytest.mark.parametrize("data,name,message", [
        (b"", "rong.txt", "rỗng"),
        (b"\x00\x01\x02binary" * 50, "junk.txt", "nhị phân"),
        (b"%PDF-1.4 broken", "hong.pdf", "PDF"),
        (b"PK\x03\x04broken", "hong.docx", "DOCX"),
        (b"MZ\x90\x00", "virus.exe", ".exe"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1", "cu.doc", "97"),
    ])
    def test_bad_file_gets_a_vietnamese_message(self, province_user, data, name, message):
        [document] = services.ingest_upload(data=data, filename=name, user=province_user)
        services.process_document(document)
        document.refresh_from_db()
        assert document.status == Document.Status.FAILED
        assert message in document.error

    def test_cp1258_like_legacy_encoding_is_read(self, province_user):
        document = ingest(province_user, "Xin chào Hà Nội.\nMô hình Camera an ninh được nhân rộng.", name="a.txt")
        assert document.status == Document.Status.PROCESSED

    def test_too_large_file_refused(self, province_user, settings):
        settings.INTAKE_MAX_FILE_MB = 0.001
        [document] = services.ingest_upload(data=b"x" * 5000, filename="lon.txt", user=province_user)
        assert document.status == Document.Status.FAILED and "quá lớn" in document.error
        assert not document.file

    def test_zip_members_each_become_a_document_and_the_batch_goes_on(self, province_user):
        data = zip_of({"a.txt": ARTICLE.encode(), "dir/rong.txt": b"", "inner.zip": b"PK", ".hidden": b"x",
                       "b.txt": "Bài khác về mô hình Camera an ninh ở Hà Nội.".encode()})
        documents = services.ingest_upload(data=data, filename="lo.zip", user=province_user)
        assert [d.filename for d in documents] == ["a.txt", "rong.txt", "inner.zip", "b.txt"]
        assert "lồng" in documents[2].error
        for document in documents:
            services.process_document(document)
        states = [d.status for d in documents]
        assert states == ["processed", "failed", "failed", "processed"]

    def test_zip_members_with_unsafe_paths_are_reported_as_refused(self, province_user):
        unsafe = ["../evil.txt", "a/../../evil.txt", "..\\evil.txt", "/etc/passwd", "C:\\boot.ini"]
        data = zip_of({"a.txt": ARTICLE.encode(), **{name: name.encode() for name in unsafe}})
        documents = services.ingest_upload(data=data, filename="duong-dan.zip", user=province_user)
        assert [d.filename for d in documents] == ["a.txt", "evil.txt", "evil.txt", "evil.txt", "passwd", "boot.ini"]
        assert [d.status for d in documents[1:]] == ["failed"] * len(unsafe)
        assert [d.error for d in documents[1:]] == [
            f"Đường dẫn không an toàn trong ZIP (“{name}”: có ../ hoặc là đường dẫn tuyệt đối): đã từ chối tệp này."
            for name in unsafe]

    def test_zip_bomb_refused(self, province_user, settings):
        settings.INTAKE_MAX_ZIP_MB = 1
        data = zip_of({"bomb.txt": b"0" * (3 * 2**20)})
        assert len(data) < 50_000
        [document] = services.ingest_upload(data=data, filename="bom.zip", user=province_user)
        assert document.status == Document.Status.FAILED and "bom nén" in document.error

    def test_too_many_files_in_zip(self, province_user, settings):
        settings.INTAKE_MAX_FILES = 2
        data = zip_of({f"{i}.txt": b"van ban" for i in range(3)})
        [document] = services.ingest_upload(data=data, filename="nhieu.zip", user=province_user)
        assert "vượt giới hạn" in document.error

    def test_unit_outside_scope_refused(self, province_user, units):
        with pytest.raises(PermissionDenied):
            services.ingest_bytes(data=b"x", filename="a.txt", user=province_user, unit=units["B"])

    def test_document_moves_to_main_place_inside_its_unit(self, province_user, units):
        document = ingest(province_user)
        assert document.unit.path.startswith(units["A"].path)

    def test_national_meeting_naming_many_provinces_stays_national(self):
        """The ministry's nine-month review (corpus 502) names a dozen provinces once or twice: it is national."""
        from phongtrao.intake.demo import CORPUS

        text = (CORPUS / "502_712ca08fcb4f6995.txt").read_text(encoding="utf-8")
        document = ingest(make_user("national"), text, name="bo-cong-an.txt")
        assert document.unit is None


@pytest.mark.django_db
class TestMatching:
    def test_exact_alias_fuzzy(self):
        known = factories.model_type(name="Nhà trọ tự quản", aliases="Khu nhà trọ an toàn")
        assert match_model("nhà trọ tự quản") == known
        assert match_model("Khu nha tro an toan") == known
        assert match_model("Nhà trọ tự quảm") == known
        assert match_model("Camera an ninh") is None

    def test_known_model_gets_the_document_as_evidence(self, province_user):
        known = factories.model_type(name="Nhà trọ tự quản")
        document = ingest(province_user)
        assert known in document.model_types.all()
        assert Mention.objects.get(document=document, model_type=known).kind == "model"

    def test_unknown_model_becomes_a_grouped_candidate(self, province_user):
        first = ingest(province_user)
        other = ingest(province_user, ARTICLE.replace("Phường Sài Gòn:", "Tin khác:") + "Thêm một câu rất khác để "
                       "không trùng lặp nội dung với bài trước đó, nói về tổ chức hội nghị và kế hoạch năm sau.\n" * 3,
                       name="khac.txt")
        assert other.duplicate_of is None
        candidate = Candidate.objects.get(name="Tổ liên gia an toàn phòng cháy")
        assert set(candidate.documents.all()) == {first, other}
        assert "Tổ liên gia" in candidate.evidence
        assert candidate.state == Candidate.State.NEW


def local_news(place: str, filler: str) -> str:
    return (f"Ra mắt mô hình mới tại {place}\n\nNgày 5/6/2025, tại {place}, mô hình \"Tổ tự quản bến đò an toàn\" "
            f"chính thức ra mắt với 15 thành viên. {filler}\n")


@pytest.mark.django_db
class TestCandidateGrouping:
    def test_one_candidate_per_province_widened_to_cover_its_communes(self, units):
        national = make_user("national")
        ingest(national, local_news("phường Bến Thành, Thành phố Hồ Chí Minh", "Người dân đồng tình."), "a.txt")
        ingest(national, local_news("phường Sài Gòn, Thành phố Hồ Chí Minh", "Bến đò sạch đẹp hơn hẳn, "
                                    "lực lượng tuần tra mỗi tối, bà con yên tâm đi lại."), "b.txt")
        ingest(national, local_news("phường Ba Đình, Thành phố Hà Nội", "Đây là bến đò thứ hai của thủ đô "
                                    "có tổ tự quản, dự kiến nhân rộng trong năm tới."), "c.txt")
        found = {c.unit.code: c.documents.count()
                 for c in Candidate.objects.filter(name="Tổ tự quản bến đò an toàn").select_related("unit")}
        assert found == {units["A"].code: 2, units["B1"].code: 1}

    def test_first_sighting_in_a_commune_stays_there(self, units):
        ingest(make_user("national"), local_news("phường Bến Thành, Thành phố Hồ Chí Minh", "Người dân đồng tình."))
        assert Candidate.objects.get(name="Tổ tự quản bến đò an toàn").unit == units["A1"]

    def test_copy_outside_the_uploaders_scope_is_not_linked(self, province_user, units):
        first = ingest(province_user)
        copy = ingest(make_user("province", units["B"]), ARTICLE + "\n", name="copy.txt")
        assert copy.duplicate_of is None and copy.mentions.exists()
        assert copy.pk != first.pk


@pytest.mark.django_db
class TestReview:
    @pytest.fixture
    def candidate(self, province_user):
        ingest(province_user)
        return Candidate.objects.get(name="Tổ liên gia an toàn phòng cháy")

    def test_accept_creates_an_unverified_site(self, candidate, province_user, units):
        candidate = services.accept_candidate(user=province_user, candidate=candidate, commune=units["A1"])
        site = candidate.site
        assert site.status == Status.UNVERIFIED and site.commune == units["A1"]
        assert site.model_type.name == "Tổ liên gia an toàn phòng cháy"
        assert set(site.model_type.documents.all()) == set(candidate.documents.all())
        assert candidate.state == Candidate.State.ACCEPTED
        with pytest.raises(ValidationError):
            services.reject_candidate(user=province_user, candidate=candidate)

    def test_accept_needs_a_commune_in_scope(self, candidate, province_user, units):
        with pytest.raises(ValidationError):
            services.accept_candidate(user=province_user, candidate=candidate, commune=units["A"])
        with pytest.raises(PermissionDenied):
            services.accept_candidate(user=make_user("province", units["B"]), candidate=candidate, commune=units["B1"])

    def test_link_makes_the_name_match_from_then_on(self, candidate, province_user):
        known = factories.model_type(name="Liên gia phòng cháy chữa cháy")
        services.link_candidate(user=province_user, candidate=candidate, model_type=known)
        assert match_model("Tổ liên gia an toàn phòng cháy") == known
        document = ingest(province_user, ARTICLE.replace("Ngày 12/3", "Hôm 15/4") + "Nội dung mới hoàn toàn khác "
                          "biệt về việc tuần tra ban đêm của lực lượng.\n" * 4, name="moi.txt")
        assert known in document.model_types.all()

    def test_reject_is_remembered(self, candidate, province_user):
        services.reject_candidate(user=province_user, candidate=candidate, note="Cụm từ chung")
        ingest(province_user, ARTICLE.replace("Ngày 12/3", "Hôm 15/4") + "Một nội dung khác hẳn về việc tuần tra "
               "và kiểm tra hành chính.\n" * 4, name="moi.txt")
        assert not Candidate.objects.filter(state=Candidate.State.NEW, name=candidate.name).exists()

    def test_corrections_are_kept(self, candidate, province_user):
        mention = Mention.objects.filter(kind="count").first()
        services.correct_mention(user=province_user, mention=mention, value="125")
        mention.refresh_from_db()
        assert mention.corrected_value["value"] == 125 and mention.value["value"] != 125
        assert mention.corrected_by == province_user
        services.correct_mention(user=province_user, mention=mention, is_rejected=True)
        assert Mention.objects.get(pk=mention.pk).is_rejected


@pytest.mark.django_db
def test_demo_documents_are_processed_once(units, settings, tmp_path):
    from phongtrao.accounts import demo as accounts_demo
    from phongtrao.intake import demo

    settings.MEDIA_ROOT = tmp_path
    accounts_demo.build(scale="small", seed=1)
    n = sum(p.suffix in (".txt", ".html", ".docx", ".pdf") for p in demo.CORPUS.iterdir())
    assert f"{n} tài liệu: {n} đã xử lý" in demo.build(scale="small", seed=1)
    assert Document.objects.filter(status="processed").count() == n
    assert Candidate.objects.filter(state=Candidate.State.NEW).exists()
    assert f"{n} tệp đã nhận từ trước" in demo.build(scale="small", seed=1)
    assert Document.objects.count() == n
