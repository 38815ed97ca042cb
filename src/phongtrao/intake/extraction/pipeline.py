"""Text or file in, typed mentions out: the extraction pipeline behind `phongtrao extract`.

The result's "body" starts with the title, then a blank line, then the other kept lines (the dateline included);
every mention's start/end are offsets into body, so title mentions have offsets inside [0, len(title)).
Lists hold distinct items at their first offset, each with all its "occurrences" as [start, end] pairs.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from .cleaning import clean
from .counts import find_counts
from .dates import find_dates, find_deadlines
from .documents import find_documents
from .initiatives import find_models
from .places import find_places
from .reading import read_path
from .spans import Mask, distinct

FIELDS = ("models", "places", "documents", "dates", "deadlines", "counts")


def extract_text(text: str, *, source: str, published: dt.date | str | None = None) -> dict:
    """Clean the text and extract its mentions; `published` (from metadata) wins over the text's dateline."""
    cleaned = clean(text)
    when = _as_date(published) or cleaned.published
    body = cleaned.body
    documents = find_documents(body)
    date_mentions = find_dates(body, when, Mask(_spans(documents)))
    deadlines = distinct(find_deadlines(body, date_mentions), key=lambda d: d["value"])
    dates = distinct(date_mentions, key=lambda d: d["value"])
    claimed = Mask([*_spans(documents), *_spans(dates)])
    models = find_models(body, claimed)
    places = find_places(body, claimed)
    counts = find_counts(body, Mask([*_spans(documents), *_spans(dates), *_spans(models), *_spans(places)]))
    result = {"source": source, "title": cleaned.title, "published": when.isoformat() if when else None, "body": body,
              "models": models, "places": places, "documents": documents, "dates": dates, "deadlines": deadlines,
              "counts": counts}
    return _as_written(result, cleaned.written) if cleaned.written and cleaned.written != body else result


def _as_written(result: dict, written: str) -> dict:
    """The result shown with the page's own letters (cleaning.Cleaned.written: "Ðồn" where the page typed the eth):
    the body, the title and each mention's text, at the same offsets; names stay as the gazetteer or the reading
    spells them."""
    result["body"], result["title"] = written, written[:len(result["title"])]
    for field in FIELDS:
        for item in result[field]:
            item["text"] = written[item["start"]:item["end"]]
            if "date_text" in item:
                item["date_text"] = written[item["date_start"]:item["date_end"]]
    return result


def extract_file(path: Path | str) -> dict:
    """Read a txt, html, docx or pdf file and extract it; raises reading.ReadError when it cannot be read."""
    path = Path(path)
    read = read_path(path)
    return extract_text(read.text, source=path.name, published=read.published)


def _spans(items: list[dict]) -> list[tuple[int, int]]:
    return [tuple(o) for item in items for o in item.get("occurrences", [[item["start"], item["end"]]])]


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
