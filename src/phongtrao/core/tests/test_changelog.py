"""History people can read: verbs, field labels, related objects by name, local times, a proper title."""
from datetime import timezone as dt_timezone

import pytest
from auditlog.models import LogEntry
from django.urls import reverse
from django.utils import timezone

from phongtrao.core.testing import make_user
from phongtrao.initiatives.models import StatusChange
from phongtrao.initiatives.tests import factories


@pytest.fixture
def changed_site(client, units):
    """A site whose status and members a province officer changed through the pages."""
    site = factories.site(units["A1"], name="Tổ tự quản số 5", members_count=11)
    officer = make_user("province", units["A"], first_name="Hải", last_name="Lê Ngọc")
    client.force_login(officer)
    client.post(site.get_absolute_url(), {"to_status": "exemplary", "changed_on": "2025-03-01",
                                          "decision_ref": "QĐ 12"})
    site.refresh_from_db()
    client.post(reverse("initiatives:site_edit", args=[site.pk]), {
        "model_type": site.model_type_id, "name": site.name, "commune": site.commune_id, "village": "Tổ 7",
        "started_on": "2020-01-01", "members_count": 3321, "version": site.version})
    return site


@pytest.mark.django_db
def test_site_history_reads_as_sentences_in_local_time(client, changed_site):
    page = client.get(reverse("initiatives:site_history", args=[changed_site.pk]))
    html = page.content.decode()
    assert "<title>Lịch sử thay đổi · Tổ tự quản số 5" in html
    rows = {row.verb: row for row in page.context["rows"]}
    assert rows["đã chuyển trạng thái"].actor == "Lê Ngọc Hải"
    assert [(c.label, c.old, c.new) for c in rows["đã chuyển trạng thái"].changes] == [
        ("Trạng thái", "Đang hoạt động", "Điển hình tiên tiến")]
    assert {(c.label, c.old, c.new) for c in rows["đã sửa"].changes} == {
        ("Thôn, ấp, bản, tổ dân phố", "—", "Tổ 7"), ("Số thành viên", "11", "3.321")}
    moment = LogEntry.objects.get_for_object(changed_site).latest("timestamp").timestamp
    assert timezone.localtime(moment).strftime("%d/%m/%Y %H:%M") in html
    assert moment.astimezone(dt_timezone.utc).strftime("%d/%m/%Y %H:%M") not in html
    assert "members_count" not in html and "exemplary" not in html


@pytest.mark.django_db
def test_audit_log_names_related_objects(client, changed_site):
    client.force_login(make_user("admin"))
    page = client.get(reverse("accounts:auditlog"), {"content_type": ""})
    html = page.content.decode()
    change = StatusChange.objects.get(site=changed_site, to_status="exemplary")
    assert "<title>Nhật ký thay đổi" in html and "object (" not in html
    assert f"Thay đổi trạng thái: {change}" in html and str(change) == "Tổ tự quản số 5: Điển hình tiên tiến"
    assert '<span class="text-muted">Người chuyển:</span> <span class="text-success-emphasis">Lê Ngọc Hải' in html
