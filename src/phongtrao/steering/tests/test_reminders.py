"""Reminders (bell and e-mail, never twice), the calendar feed, and tasks made from intake deadlines."""
from datetime import date, timedelta

import icalendar
import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from phongtrao.core.models import Notice
from phongtrao.core.testing import make_user
from phongtrao.intake.models import Document, Mention, MentionKind
from phongtrao.steering import services
from phongtrao.steering.models import CalendarFeed, Task
from phongtrao.steering.services import DUE_SOON_DAYS, send_reminders

from . import factories

TODAY = date(2026, 6, 10)


@pytest.mark.django_db
class TestReminders:
    def test_due_soon_then_overdue_each_once(self, units):
        staff = make_user("commune", units["A1"], email="xa@example.vn")
        make_user("viewer", units["A1"], email="xem@example.vn")  # viewers get none
        other = make_user("commune", units["A2"], email="khac@example.vn")
        task = factories.task(units["A1"], deadline=TODAY + timedelta(days=DUE_SOON_DAYS + 1))
        factories.task(units["A1"], deadline=TODAY - timedelta(days=1), completed_on=TODAY - timedelta(days=2))
        assert send_reminders(today=TODAY) == 0  # not yet due soon; the done task needs none
        assert send_reminders(today=TODAY + timedelta(days=1)) == 1
        assert send_reminders(today=TODAY + timedelta(days=2)) == 0  # still due soon: not again
        assert len(mail.outbox) == 1 and mail.outbox[0].to == ["xa@example.vn"]
        assert "Sắp đến hạn" in mail.outbox[0].subject and reverse("steering:task", args=[task.pk]) in mail.outbox[0].body
        overdue_day = task.deadline + timedelta(days=1)
        assert send_reminders(today=overdue_day) == 1
        assert send_reminders(today=overdue_day) == 0
        assert [n.title.split(":")[0] for n in staff.notices.order_by("pk")] == [
            f"Sắp đến hạn {task.deadline:%d/%m/%Y}", f"Quá hạn từ {task.deadline:%d/%m/%Y}"]
        assert not other.notices.exists() and len(mail.outbox) == 2

    def test_a_moved_deadline_is_reminded_again(self, units):
        make_user("commune", units["A1"])  # no e-mail address: the bell only
        task = factories.task(units["A1"], deadline=TODAY)
        assert send_reminders(today=TODAY) == 1
        Task.objects.filter(pk=task.pk).update(deadline=TODAY + timedelta(days=3))
        assert send_reminders(today=TODAY) == 1
        assert not mail.outbox

    def test_a_rerun_with_nothing_new_reads_no_task(self, units, django_assert_num_queries):
        make_user("commune", units["A1"], email="xa@example.vn")
        for days in range(-20, DUE_SOON_DAYS + 1):
            factories.task(units["A1"], deadline=TODAY + timedelta(days=days), title=f"Việc {days}")
        assert send_reminders(today=TODAY) == 28
        with django_assert_num_queries(2) as queries:  # the staff, then the tasks with something new: none
            assert send_reminders(today=TODAY) == 0
        assert "steering_task" in queries.captured_queries[-1]["sql"]
        assert set(Task.objects.values_list("due_soon_reminded_for", "overdue_reminded_for").distinct()) >= {
            (None, TODAY - timedelta(days=1)), (TODAY, None)}
        assert send_reminders(today=TODAY + timedelta(days=1)) == 1  # the deadline of the day before is overdue now

    def test_a_task_saved_during_the_run_is_looked_at_again(self, units):
        make_user("commune", units["A1"])
        task = factories.task(units["A1"], deadline=TODAY)
        begun = timezone.now()
        task.title = "Đã sửa"
        task.save()  # after the run began: its deadline may have moved since it was read
        services._mark_reminded([task.pk], today=TODAY, since=begun)
        assert Task.objects.get(pk=task.pk).due_soon_reminded_for is None
        services._mark_reminded([task.pk], today=TODAY, since=timezone.now())
        assert Task.objects.get(pk=task.pk).due_soon_reminded_for == TODAY

    def test_bell_shows_unread_and_opening_marks_read(self, client, units):
        user = make_user("commune", units["A1"])
        task = factories.task(units["A1"], deadline=TODAY)
        send_reminders(today=TODAY)
        client.force_login(user)
        assert client.get(reverse("home")).context["unread_notices"] == 1
        notice = Notice.objects.get(user=user)
        response = client.get(reverse("core:notice_open", args=[notice.pk]))
        assert response.status_code == 302 and response.url == task.get_absolute_url()
        assert client.get(reverse("core:notices")).context["unread_notices"] == 0
        client.force_login(make_user("commune", units["A1"]))
        assert client.get(reverse("core:notice_open", args=[notice.pk])).status_code == 404  # not theirs

    def test_the_command_runs(self, units):
        from django.core.management import call_command

        make_user("commune", units["A1"])
        factories.task(units["A1"], deadline=timezone.localdate())
        call_command("steering_reminders")
        assert Notice.objects.count() == 1


@pytest.mark.django_db
class TestCalendarFeed:
    def test_secret_feed_lists_own_unit_deadlines_and_can_be_revoked(self, client, units):
        user = make_user("commune", units["A1"])
        mine = factories.task(units["A1"], deadline=date(2026, 6, 15), title="Sơ kết nhà trọ tự quản")
        factories.task(units["A2"], title="Việc của phường khác")
        client.force_login(user)
        response = client.post(reverse("steering:calendar"), {"action": "renew"})
        assert response.status_code == 302 and response.url == reverse("steering:calendar"), response.url
        token = CalendarFeed.objects.get(user=user).token
        client.logout()
        response = client.get(reverse("steering:calendar_feed", args=[token]))
        assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
        events = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
        assert [(str(e["summary"]), e["dtstart"].dt) for e in events] == [(mine.title, mine.deadline)]
        client.force_login(user)
        client.post(reverse("steering:calendar"), {"action": "revoke"})
        assert client.get(reverse("steering:calendar_feed", args=[token])).status_code == 404


def _document(unit, value="2026-06-15"):
    document = Document.objects.create(unit=unit, filename="kh.txt", title="Kế hoạch sơ kết", body="…",
                                       status=Document.Status.PROCESSED, file=ContentFile(b"x", "kh.txt"))
    mention = Mention.objects.create(document=document, kind=MentionKind.DEADLINE, start=0, end=10,
                                     text="Các xã hoàn thành sơ kết trước ngày 15/6/2026.", value={"value": value})
    return document, mention


@pytest.mark.django_db
class TestTaskFromDeadline:
    def test_one_click_makes_a_linked_task(self, client, units):
        document, mention = _document(units["A1"])
        plan = factories.plan(units["A"])
        client.force_login(make_user("province", units["A"]))
        page = client.get(document.get_absolute_url())
        assert reverse("steering:task_from_deadline", args=[mention.pk]).encode() in page.content
        response = client.post(reverse("steering:task_from_deadline", args=[mention.pk]), {"plan": plan.pk})
        task = Task.objects.get(source_document=document)
        assert response.url == task.get_absolute_url()
        assert (task.deadline, task.unit, task.plan) == (date(2026, 6, 15), units["A1"], plan)
        assert document.get_absolute_url().encode() in client.get(task.get_absolute_url()).content
        assert task.get_absolute_url().encode() in client.get(document.get_absolute_url()).content

    def test_out_of_scope_document_or_plan_is_404(self, client, units):
        document, mention = _document(units["B1"])
        own_document, own_mention = _document(units["A1"])
        foreign_plan = factories.plan(units["B"])
        client.force_login(make_user("province", units["A"]))
        url = reverse("steering:task_from_deadline", args=[mention.pk])
        assert client.post(url, {"plan": factories.plan(units["A"]).pk}).status_code == 404
        own = reverse("steering:task_from_deadline", args=[own_mention.pk])
        assert client.post(own, {"plan": foreign_plan.pk}).status_code == 404
        assert client.post(own, {"plan": "x"}).status_code == 404
        assert not Task.objects.exists()

    @pytest.mark.parametrize("value,expected", [("2026-06", date(2026, 6, 30)), ("2026-12", date(2026, 12, 31)),
                                                ("2026-02-30", None), ("", None)])
    def test_deadline_values(self, value, expected):
        assert services.deadline_date(value) == expected
