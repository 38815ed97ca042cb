"""Rules of document intake: take files in (deduplicated, bad files kept with their reason), process them, review."""
from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from rapidfuzz import fuzz

from phongtrao.core.jobs import TimeLimitExceeded, time_limit
from phongtrao.core.scoping import require_scope
from phongtrao.core.text import fold
from phongtrao.geo.models import AdminUnit, Level
from phongtrao.initiatives.models import ModelType, Site, Status
from phongtrao.initiatives.services import save_site

from . import archives
from .extraction.pipeline import extract_text
from .extraction.reading import ReadError, read_bytes
from .matching import Matcher, match_model
from .models import EXTRACTION_KINDS, PRIMARY_FIELD, Candidate, Document, Mention, MentionKind

logger = logging.getLogger(__name__)

SUFFIXES = {"", ".txt", ".text", ".htm", ".html", ".doc", ".docx", ".pdf", ".md"}
"""Extensions accepted as documents (the content decides how a file is read); .zip is unpacked."""
NEAR_DUPLICATE = 95
"""Similarity (0–100) of two folded bodies from which a document is a copy of an earlier one."""
COMPARED_CHARS = 20_000
COMPARED_DOCUMENTS = 100
PARAGRAPH_CHARS = 60
REPUBLISHED_DAYS = 3
"""An article is compared with those published this many days around it (sites repost a day or two later)."""
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
MAIN_PROVINCE_SHARE = 0.5
"""Share of a document's place mentions one province must hold for the document to be filed there (see main_place)."""
_UPLOADER = object()


def max_file_bytes() -> int:
    return int(getattr(settings, "INTAKE_MAX_FILE_MB", 20) * 2**20)


def max_files() -> int:
    return int(getattr(settings, "INTAKE_MAX_FILES", 500))


def max_zip_bytes() -> int:
    return int(getattr(settings, "INTAKE_MAX_ZIP_MB", 200) * 2**20)


# -- intake --------------------------------------------------------------------------------------------------------


def ingest_file(*, file, user, unit=_UPLOADER) -> list[Document]:
    """An uploaded (or opened) file, refused unread when larger than the limits (a zip may be up to INTAKE_MAX_ZIP_MB)."""
    unit = user.unit if unit is _UPLOADER else unit
    limit = max_zip_bytes() if file.name.lower().endswith(".zip") else max_file_bytes()
    if file.size > limit:
        require_scope(user, unit, "add")
        return [_failed(file.name, archives.too_large(file.size, limit), user=user, unit=unit, size=file.size)]
    return ingest_upload(data=file.read(), filename=file.name, user=user, unit=unit)


def ingest_upload(*, data: bytes, filename: str, user, unit=_UPLOADER) -> list[Document]:
    """One uploaded file as documents: a zip gives one per member; a refused member or archive a failed document."""
    unit = user.unit if unit is _UPLOADER else unit
    require_scope(user, unit, "add")
    if not archives.is_zip(data, filename):
        return [ingest_bytes(data=data, filename=filename, user=user, unit=unit)]
    documents = []
    try:
        for member in archives.members(data, max_files=max_files(), max_file_bytes=max_file_bytes(),
                                       max_total_bytes=max_zip_bytes()):
            if member.error:
                documents.append(_failed(member.name, member.error, user=user, unit=unit))
            else:
                documents.append(ingest_bytes(data=member.data, filename=member.name, user=user, unit=unit))
    except archives.ArchiveError as exc:
        documents.append(_failed(filename, str(exc), user=user, unit=unit, size=len(data)))
    return documents


def ingest_batch(*, files=(), text: str = "", title: str = "", user, unit=_UPLOADER) -> list[Document]:
    """What one upload brings: every file (a zip gives its members) and the pasted text, in order, each once."""
    documents = []
    for file in files:
        documents += ingest_file(file=file, user=user, unit=unit)
    if text.strip():
        documents.append(ingest_text(text=text, title=title, user=user, unit=unit))
    return list({d.pk: d for d in documents}.values())


def ingest_text(*, text: str, title: str = "", user, unit=_UPLOADER) -> Document:
    """Pasted text, stored as a UTF-8 .txt file like any upload (the title, if given, heads it)."""
    content = f"{title.strip()}\n\n{text}" if title.strip() else text
    name = slugify(fold(title or text.strip()[:60]))[:60] or "van-ban"
    return ingest_bytes(data=content.encode("utf-8"), filename=f"{name}.txt", user=user, unit=unit)


def ingest_bytes(*, data: bytes, filename: str, user, unit=_UPLOADER) -> Document:
    """Keep one file as a queued document; the same bytes already seen (in the user's scope) give that document,
    marked `resent`.

    Never raises for a bad file: a refused one becomes a failed document saying why.
    """
    unit = user.unit if unit is _UPLOADER else unit
    require_scope(user, unit, "add")
    filename = PurePath(filename.replace("\\", "/")).name[:255] or "tai-lieu"
    digest = hashlib.sha256(data).hexdigest()
    existing = Document.objects.for_user(user).filter(sha256=digest).order_by("pk").first()
    if existing is not None:
        existing.resent = True
        return existing
    suffix = PurePath(filename).suffix.lower()
    document = Document(unit=unit, filename=filename, size=len(data), sha256=digest, format=suffix.lstrip("."),
                        created_by=_author(user))
    if len(data) > max_file_bytes():
        document.status, document.error = Document.Status.FAILED, archives.too_large(len(data), max_file_bytes())
    else:
        document.file.save(f"{digest[:16]}{suffix}", ContentFile(data), save=False)
        if suffix not in SUFFIXES:
            document.status = Document.Status.FAILED
            document.error = _("Định dạng %(ext)s không được hỗ trợ (nhận: txt, html, docx, pdf, zip).") % {"ext": suffix}
    document.save()
    return document


def _failed(filename: str, message: str, *, user, unit, size: int = 0) -> Document:
    return Document.objects.create(unit=unit, filename=PurePath(filename.replace("\\", "/")).name[:255], size=size,
                                   created_by=_author(user),
                                   status=Document.Status.FAILED, error=message[:500],
                                   format=PurePath(filename).suffix.lower().lstrip(".")[:10])


def _author(user):
    return user if user is not None and user.is_authenticated else None


# -- processing ----------------------------------------------------------------------------------------------------


def process_document(document: Document, *, matcher: Matcher | None = None) -> Document:
    """Read, clean and extract a queued document, store its mentions, match its models. Never raises.

    A document whose cleaned body repeats an earlier one is linked to that first copy and not extracted again.
    """
    if document.status == Document.Status.FAILED and document.error and not document.extraction:
        return document  # refused on intake: nothing to read
    seconds = settings.INTAKE_DOCUMENT_SECONDS
    try:
        with time_limit(seconds), transaction.atomic():
            _process(document, matcher or Matcher.load())
    except ReadError as exc:
        _mark_failed(document, exc.message)
    except TimeLimitExceeded:
        _mark_failed(document, _("Quá thời hạn xử lý (%(seconds)s giây): tệp quá lớn hoặc quá phức tạp; hãy tách "
                                 "nhỏ rồi gửi lại.") % {"seconds": seconds})
    except Exception:  # one broken document must not stop the batch
        logger.exception("processing document %s failed", document.pk)
        _mark_failed(document, _("Lỗi không mong đợi khi xử lý tệp; đã ghi nhật ký để kiểm tra."))
    return document


def _mark_failed(document: Document, message: str) -> None:
    document.status, document.error, document.processed = Document.Status.FAILED, message[:500], timezone.now()
    Document.objects.filter(pk=document.pk).update(status=document.status, error=document.error,
                                                   processed=document.processed)


def _process(document: Document, matcher: Matcher) -> None:
    if not document.file:
        raise ReadError(_("Không còn tệp gốc để đọc."))
    with document.file.open("rb") as stream:
        read = read_bytes(stream.read(), name=document.filename)
    result = extract_text(read.text, source=document.filename, published=read.published)
    document.format = read.kind
    document.title = (result["title"] or "")[:500]
    document.published = date.fromisoformat(result["published"]) if result["published"] else None
    document.body = result["body"]
    document.text_hash = text_hash(document.body)
    document.extraction = {k: v for k, v in result.items() if k != "body"}
    document.status, document.error, document.processed = Document.Status.PROCESSED, "", timezone.now()
    document.mentions.all().delete()
    document.duplicate_of = find_original(document)
    if document.duplicate_of is None:
        units = _place_units(result["places"])
        main = main_place(result, units)
        if main is not None and (document.unit is None or main.path.startswith(document.unit.path)):
            document.unit = main
    document.save()
    if document.duplicate_of is None:
        _store_mentions(document, result, units, matcher)


def text_hash(body: str) -> str:
    """The same for bodies that differ only in case, diacritics, spacing or punctuation."""
    words = "".join(c if c.isalnum() else " " for c in fold(body)).split()
    return hashlib.sha256(" ".join(words).encode()).hexdigest()


def find_original(document: Document) -> Document | None:
    """The first earlier document with the same (or nearly the same) cleaned body that its uploader can see, if any.

    Nearly the same: the folded paragraphs (less title, dateline, byline) are at least NEAR_DUPLICATE similar and
    one's numbers all appear in the other (a republished article may add a dateline or a source line; next week's
    report from the same template changes its figures and is a new document). Compared with earlier documents sharing
    the title (less any leading place) or published within REPUBLISHED_DAYS. A copy outside the uploader's
    jurisdiction is not linked: it is extracted for its own unit.
    """
    earlier = Document.objects.filter(status=Document.Status.PROCESSED, duplicate_of=None).exclude(pk=document.pk)
    if document.created_by_id is not None:
        earlier = earlier.for_user(document.created_by)
    same = earlier.filter(text_hash=document.text_hash).order_by("pk").first()
    if same is not None or not document.body:
        return same
    title = _title_core(document.title)
    similar = earlier.filter(search_folded__contains=title) if title else earlier.none()
    if document.published:
        window = timedelta(days=REPUBLISHED_DAYS)
        similar = similar | earlier.filter(published__range=(document.published - window, document.published + window))
    body = _paragraphs(document)
    numbers = set(NUMBER.findall(body))
    for other in similar.order_by("pk")[:COMPARED_DOCUMENTS]:
        other_body = _paragraphs(other)
        other_numbers = set(NUMBER.findall(other_body))
        if (numbers <= other_numbers or other_numbers <= numbers) and fuzz.ratio(body, other_body) >= NEAR_DUPLICATE:
            return other
    return None


def _paragraphs(document: Document) -> str:
    """The folded body without its title and short lines (dateline, byline, source, captions), which reposts change."""
    title = fold(document.title)
    lines = [line for line in map(fold, document.body[:2 * COMPARED_CHARS].splitlines()) if line and line != title]
    long = [line for line in lines if len(line) >= PARAGRAPH_CHARS]
    return "\n".join(long if 2 * sum(map(len, long)) >= sum(map(len, lines)) else lines)[:COMPARED_CHARS]


def _title_core(title: str) -> str:
    """The folded title without a leading "Place: " that reposting sites add or drop."""
    title = fold(title)
    head, colon, rest = title.partition(":")
    return (rest if colon and len(rest.strip()) >= 20 else title).strip()[:120]


def _place_units(places: list[dict]) -> dict[str, AdminUnit]:
    codes = {p["unit_code"] for p in places if p.get("unit_code")}
    return {u.code: u for u in AdminUnit.objects.current().filter(code__in=codes)}


def main_place(result: dict, units: dict[str, AdminUnit]) -> AdminUnit | None:
    """The unit the document is about: the most specific place named in the title, else the most named place.

    Without a place in the title, the places must lie mostly (MAIN_PROVINCE_SHARE of the mentions) in one province:
    a ministry's review naming a dozen provinces once or twice each is about the whole country (None).
    """
    title_end = len(result.get("title") or "")
    found = [(p, units[p["unit_code"]]) for p in result["places"] if p.get("unit_code") in units]
    in_title = [(p, u) for p, u in found if p["start"] < title_end]
    if in_title:
        return max(in_title, key=lambda pu: pu[1].depth)[1]
    if not found:
        return None
    mentions = Counter()
    for place, unit in found:
        mentions[province_path(unit)] += len(place.get("occurrences") or [0])
    if mentions.most_common(1)[0][1] < MAIN_PROVINCE_SHARE * mentions.total():
        return None
    return max(found, key=lambda pu: (len(pu[0].get("occurrences") or [0]), pu[1].depth))[1]


def sentence_span(body: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around body[start:end]."""
    left = max(body.rfind(mark, 0, start) for mark in (". ", "\n", "! ", "? ", "; "))
    right = [i for i in (body.find(mark, end) for mark in (". ", "\n", "! ", "? ", "; ")) if i != -1]
    return left + 1, (min(right) + 1 if right else len(body))


def _store_mentions(document: Document, result: dict, units: dict[str, AdminUnit], matcher: Matcher) -> None:
    mentions = []
    for field, kind in EXTRACTION_KINDS.items():
        for item in result.get(field) or []:
            mention = Mention(document=document, kind=kind, text=item.get("text") or item.get("name") or "",
                              start=item["start"], end=item["end"], value=item)
            if kind == MentionKind.MODEL:
                _resolve_model(mention, result, units, matcher)
            mentions.append(mention)
    Mention.objects.bulk_create(mentions)


def _resolve_model(mention: Mention, result: dict, units: dict[str, AdminUnit], matcher: Matcher) -> None:
    """Known type → the document is evidence for it; unknown and not rejected → a candidate for review."""
    document, body, name = mention.document, result["body"], mention.value["name"]
    start, end = sentence_span(body, mention.start, mention.end)
    place = _place_near(result["places"], units, start, end) or document.unit
    if place is not None and document.unit is not None and not place.path.startswith(document.unit.path):
        place = document.unit
    type_id = matcher.match_id(name, place)
    if type_id:
        mention.model_type_id = type_id
        document.model_types.add(type_id)
    elif not matcher.is_rejected(name):
        mention.candidate = _propose(name, place, body[start:end].strip(), document)


def _place_near(places: list[dict], units: dict[str, AdminUnit], start: int, end: int) -> AdminUnit | None:
    near = [units[p["unit_code"]] for p in places if p.get("unit_code") in units
            and any(start <= s < end for s, _ in p.get("occurrences") or [[p["start"], p["end"]]])]
    return max(near, key=lambda u: u.depth) if near else None


def _propose(name: str, place: AdminUnit | None, evidence: str, document: Document) -> Candidate:
    """The open candidate of this name in the place's province (grouping the documents that mention it there).

    The same name in two provinces gives two candidates, each reviewed where it lives; a candidate seen in two
    communes widens to their province. A name seen with no place is grouped at the national level.
    """
    seen = document.published or timezone.localdate()
    same_name = Candidate.objects.filter(name_folded=fold(name), state=Candidate.State.NEW).select_related("unit")
    if place is None:
        same_name = same_name.filter(unit=None)
    else:
        same_name = same_name.filter(unit__path__startswith=province_path(place))
    candidate = same_name.order_by("pk").first()
    if candidate is None:
        candidate = Candidate.objects.create(name=name, unit=place, evidence=evidence[:2000], first_seen=seen,
                                             last_seen=seen)
    else:
        candidate.unit = candidate.unit.common_ancestor(place) if candidate.unit else None
        candidate.first_seen = min(candidate.first_seen or seen, seen)
        candidate.last_seen = max(candidate.last_seen or seen, seen)
        candidate.save(update_fields=["unit", "first_seen", "last_seen", "last_updated"])
    candidate.documents.add(document)
    return candidate


def province_path(unit: AdminUnit) -> str:
    return unit.path.split("/")[0] + "/"


# -- review --------------------------------------------------------------------------------------------------------


def _open_candidate(user, candidate: Candidate) -> Candidate:
    candidate = Candidate.objects.select_for_update(of=("self",)).select_related("unit").get(pk=candidate.pk)
    require_scope(user, candidate.unit, "change")
    if candidate.state != Candidate.State.NEW:
        raise ValidationError(_("Đề xuất này đã được xử lý (%(state)s).") % {"state": candidate.get_state_display()})
    return candidate


def _close(candidate: Candidate, *, user, state: str, model_type=None, site=None, note: str = "") -> Candidate:
    candidate.state, candidate.model_type, candidate.site = state, model_type, site
    candidate.reviewed_by, candidate.reviewed_at = _author(user), timezone.now()
    candidate.note = note or candidate.note
    candidate.save()
    if model_type is not None:
        candidate.mentions.update(model_type=model_type)
        model_type.documents.add(*candidate.documents.all())
    return candidate


@transaction.atomic
def accept_candidate(*, user, candidate: Candidate, commune: AdminUnit | None = None, model_type: ModelType | None = None,
                     name: str = "", site_name: str = "") -> Candidate:
    """Recognise a spontaneous model: a site with status unverified in its commune, of a new or existing type.

    The type is the one given, else the registry type matching the name, else a new type originating in the commune.
    """
    candidate = _open_candidate(user, candidate)
    name = name.strip() or candidate.name
    commune = commune or (candidate.unit if candidate.unit and candidate.unit.level == Level.COMMUNE else None)
    if commune is None or commune.level != Level.COMMUNE or not commune.is_current:
        raise ValidationError({"commune": _("Chọn xã, phường hoặc đặc khu nơi mô hình hoạt động.")})
    require_scope(user, commune, "add")
    if model_type is None:
        model_type = match_model(name, commune) or ModelType.objects.create(
            name=name, origin_unit=commune, originated_on=candidate.first_seen,
            description=_("Phát hiện qua tài liệu: %(evidence)s") % {"evidence": candidate.evidence[:500]},
        )
    site = Site(model_type=model_type, name=site_name.strip() or f"{name} – {commune.name}", commune=commune,
                notes=_("Phát hiện qua %(n)d tài liệu.") % {"n": candidate.documents.count()})
    save_site(user=user, site=site, status=Status.UNVERIFIED, on=candidate.first_seen)
    return _close(candidate, user=user, state=Candidate.State.ACCEPTED, model_type=model_type, site=site)


@transaction.atomic
def link_candidate(*, user, candidate: Candidate, model_type: ModelType | None = None, site: Site | None = None,
                   note: str = "") -> Candidate:
    """The candidate is an existing type (or site): its documents become evidence and the name will match it."""
    candidate = _open_candidate(user, candidate)
    if site is not None:
        require_scope(user, site.commune, "view")
        model_type = site.model_type
    if model_type is None:
        raise ValidationError(_("Chọn mô hình hoặc điểm mô hình để liên kết."))
    return _close(candidate, user=user, state=Candidate.State.LINKED, model_type=model_type, site=site, note=note)


@transaction.atomic
def reject_candidate(*, user, candidate: Candidate, note: str = "") -> Candidate:
    """Not a model (a generic phrase, a campaign…): remembered, so the name is not proposed again."""
    candidate = _open_candidate(user, candidate)
    return _close(candidate, user=user, state=Candidate.State.REJECTED, note=note)


@transaction.atomic
def correct_mention(*, user, mention: Mention, value: str | None = None, is_rejected: bool = False) -> Mention:
    """Keep a reviewer's correction beside the extracted value (or mark the mention as wrongly extracted)."""
    require_scope(user, mention.document.unit, "change")
    if is_rejected:
        mention.is_rejected, mention.corrected_value = True, None
    else:
        if value is None or not str(value).strip():
            raise ValidationError({"value": _("Nhập giá trị đúng.")})
        field = PRIMARY_FIELD[MentionKind(mention.kind)]
        corrected = {k: v for k, v in mention.value.items() if k not in ("occurrences", "start", "end")}
        corrected[field] = _typed(str(value).strip(), mention.value.get(field))
        mention.is_rejected, mention.corrected_value = False, corrected
    mention.corrected_by, mention.corrected_at = _author(user), timezone.now()
    mention.save()
    return mention


def _typed(text: str, like):
    """The corrected text as a number when the extracted value was one."""
    if isinstance(like, (int, float)) and not isinstance(like, bool):
        try:
            number = float(text.replace(".", "").replace(",", ".")) if "," in text else float(text)
        except ValueError:
            raise ValidationError({"value": _("Giá trị phải là một số.")}) from None
        return int(number) if number.is_integer() else number
    return text
