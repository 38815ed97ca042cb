"""Demo documents: the annotated in-house corpus taken in by the administrator and processed like any upload.

After `make run` the document list shows cleaned, highlighted articles, known models are linked to the registry and
the review queue holds the models the demo registry does not know.
"""
from pathlib import Path

from phongtrao.accounts.models import User

from . import services
from .jobs import process_batch, summary

CORPUS = Path(__file__).parent / "corpus"


def build(*, scale: str, seed: int) -> str:
    admin = User.objects.get(username="admin")
    files = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html", ".docx", ".pdf"))
    documents = [services.ingest_bytes(data=p.read_bytes(), filename=p.name, user=admin, unit=None) for p in files]
    return summary(process_batch(documents))
