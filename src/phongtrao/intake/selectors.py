"""Read queries of intake; each takes the user first and reads only inside the user's jurisdiction."""
from .models import Document


def documents_mentioning(user, model_type, limit: int = 20):
    """Documents inside the user's scope naming this type (originals, newest first)."""
    documents = Document.objects.for_user(user).filter(model_types=model_type, duplicate_of=None)
    return documents.order_by("-published", "-pk")[:limit]
