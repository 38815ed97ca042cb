"""Notices to users (the navbar bell) and their e-mail copy; each (user, key) is sent at most once."""
from dataclasses import dataclass

from uuid import uuid4

from django.conf import settings
from django.core.mail import EmailMessage, get_connection

from .models import Notice


@dataclass(frozen=True)
class Message:
    user_id: int
    key: str
    title: str
    url: str = ""
    email: str = ""
    """The recipient's address; empty: no e-mail, the bell only."""


def send_notices(messages: list[Message], *, base_url: str = "", chunk: int = 2000) -> int:
    """Record the messages not sent before (by user and key) and e-mail them; returns how many were new.

    The unique constraint on (user, key) is the guarantee: a message already recorded, by this run or a concurrent
    one, is skipped (`ignore_conflicts`), and only the rows this run inserted (its `batch`) are e-mailed.
    """
    sent, batch = 0, uuid4().hex
    for start in range(0, len(messages), chunk):
        part = {(m.user_id, m.key): m for m in messages[start:start + chunk]}
        known = set(Notice.objects.filter(user_id__in={u for u, _k in part}, key__in={k for _u, k in part})
                    .values_list("user_id", "key"))
        Notice.objects.bulk_create([Notice(user_id=m.user_id, key=m.key, title=m.title[:300], url=m.url,
                                           emailed=bool(m.email), batch=batch)
                                    for pair, m in part.items() if pair not in known], ignore_conflicts=True)
        mine = set(Notice.objects.filter(batch=batch, user_id__in={u for u, _k in part})
                   .values_list("user_id", "key"))
        new = [m for pair, m in part.items() if pair in mine and pair not in known]
        _email([m for m in new if m.email], base_url)
        sent += len(new)
    return sent


def _email(messages: list[Message], base_url: str) -> None:
    if not messages:
        return
    with get_connection() as connection:
        connection.send_messages([
            EmailMessage(subject=m.title[:200], body=f"{m.title}\n\n{base_url}{m.url}".strip(),
                         from_email=settings.DEFAULT_FROM_EMAIL, to=[m.email]) for m in messages])
