"""How a document page shows its text and extracted facts (formatting; reference data such as unit names only)."""
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from phongtrao.geo.models import AdminUnit

from .models import Document, Mention, MentionKind


def highlighted_body(document: Document, mentions) -> SafeString:
    """The body as HTML, every mention occurrence wrapped in a <mark> by kind; all text is escaped.

    Overlapping spans keep the one starting first (the longer one on a tie).
    """
    body = document.body
    spans = sorted(
        ((start, end, m) for m in mentions if not m.is_rejected for start, end in m.occurrences
         if 0 <= start < end <= len(body)),
        key=lambda s: (s[0], -s[1]),
    )
    out, cursor = [], 0
    for start, end, mention in spans:
        if start < cursor:
            continue
        out.append(escape(body[cursor:start]))
        out.append(f'<mark class="mention mention-{mention.kind}" data-mention="{mention.pk}" '
                   f'title="{escape(mention.get_kind_display())}"><a href="#mention-{mention.pk}">'
                   f'{escape(body[start:end])}</a></mark>')
        cursor = end
    out.append(escape(body[cursor:]))
    return mark_safe("".join(out))


def mentions_by_kind(mentions) -> list[tuple[str, str, list[Mention]]]:
    """(kind, label, mentions in text order) for each kind present, in the side panel's order."""
    return [(kind, label, sorted((m for m in mentions if m.kind == kind), key=lambda m: m.start))
            for kind, label in MentionKind.choices if any(m.kind == kind for m in mentions)]


def attach_successors(mentions) -> None:
    """Give each place mention naming a former unit its `successor`: the current unit it became (part of)."""
    former = [m for m in mentions if m.kind == MentionKind.PLACE and m.current_value.get("legacy_code")]
    codes = {m.current_value.get("unit_code") for m in former}
    units = {u.code: u for u in AdminUnit.objects.current().filter(code__in=codes)}
    for mention in mentions:
        mention.successor = units.get(mention.current_value.get("unit_code")) if mention in former else None
