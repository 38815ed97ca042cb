"""The iCalendar feed of a user's deadlines: the tasks their own unit leads (open, or done in the last 90 days)."""
from datetime import timedelta

import icalendar
from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from .models import Task

RECENT_DAYS = 90


def deadlines_calendar(user) -> bytes:
    """One all-day event per task on its deadline, with its status in the summary when done."""
    today = timezone.localdate()
    tasks = (Task.objects.for_user(user).filter(unit_id=user.unit_id)
             .filter(Q(completed_on__isnull=True) | Q(completed_on__gte=today - timedelta(days=RECENT_DAYS)))
             .select_related("plan").order_by("deadline")[:2000])
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//phongtrao//steering deadlines//VI")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Nhiệm vụ – Phong trào BVANTQ")
    stamp = timezone.now()
    for task in tasks:
        event = icalendar.Event()
        event.add("uid", f"task-{task.pk}@phongtrao")
        event.add("dtstamp", stamp)
        event.add("dtstart", task.deadline)
        event.add("dtend", task.deadline + timedelta(days=1))
        event.add("summary", f"{'✓ ' if task.completed_on else ''}{task.title}")
        event.add("description", f"{task.plan}\n{task.progress}%")
        event.add("url", f"{settings.SITE_URL}{reverse('steering:task', args=[task.pk])}")
        calendar.add_component(event)
    return calendar.to_ical()
