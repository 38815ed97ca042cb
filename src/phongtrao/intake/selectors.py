"""Read queries of intake; each takes the user first and reads only inside the user's jurisdiction."""
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce

from .models import Candidate, Document


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
