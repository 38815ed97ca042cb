"""Read queries of intake (user first, through `for_user()`), and the highlighted body of a document."""
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .models import Candidate, Document, Mention, MentionKind


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


def documents_mentioning(user, model_type, limit: int = 20):
    """Documents inside the user's scope naming this type (originals, newest first)."""
    documents = Document.objects.for_user(user).filter(model_types=model_type, duplicate_of=None)
    return documents.order_by("-published", "-pk")[:limit]


def with_document_counts(user, candidates):
    """Candidates annotated with `document_count`: the documents naming them inside the user's scope."""
    documents = (Candidate.documents.through.objects.filter(candidate=OuterRef("pk"),
                                                            document__in=Document.objects.for_user(user))
                 .order_by().values("candidate").annotate(n=Count("pk")).values("n"))
    return candidates.annotate(document_count=Coalesce(Subquery(documents), 0))


def mentions_by_kind(mentions) -> list[tuple[str, str, list[Mention]]]:
    """(kind, label, mentions in text order) for each kind present, in the side panel's order."""
    return [(kind, label, sorted((m for m in mentions if m.kind == kind), key=lambda m: m.start))
            for kind, label in MentionKind.choices if any(m.kind == kind for m in mentions)]
