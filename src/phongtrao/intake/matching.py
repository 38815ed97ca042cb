"""Match a model name found in a document against the registry: exact name, alias, fuzzy name, same place."""
from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from phongtrao.core.text import fold
from phongtrao.initiatives.models import ModelType, Site

FUZZY_CUTOFF = 90
"""Folded-name similarity (0–100) from which a name is taken for a registry type."""
PLACE_BONUS = 5
"""Added to a fuzzy score when the type already runs (or originated) in the mention's province."""


@dataclass
class Matcher:
    """The registry's names, loaded once and reused for a whole batch of documents."""

    names: dict[str, int] = field(default_factory=dict)
    aliases: dict[str, int] = field(default_factory=dict)
    remembered: dict[str, int | None] = field(default_factory=dict)
    """Folded names reviewers already decided: accepted/linked → type id; rejected → None."""

    @classmethod
    def load(cls) -> Matcher:
        from .models import Candidate

        matcher = cls()
        for pk, name, aliases in ModelType.objects.values_list("pk", "name", "aliases").order_by("pk"):
            matcher.names.setdefault(fold(name), pk)
            for alias in aliases.splitlines():
                if alias.strip():
                    matcher.aliases.setdefault(fold(alias), pk)
        decided = Candidate.objects.exclude(state=Candidate.State.NEW).order_by("reviewed_at")
        for key, state, type_id in decided.values_list("name_folded", "state", "model_type_id"):
            matcher.remembered[key] = None if state == Candidate.State.REJECTED else type_id
        return matcher

    def is_rejected(self, name: str) -> bool:
        key = fold(name)
        return key in self.remembered and self.remembered[key] is None and key not in self.names

    def match(self, name: str, place=None) -> ModelType | None:
        type_id = self.match_id(name, place)
        return ModelType.objects.filter(pk=type_id).first() if type_id else None

    def match_id(self, name: str, place=None) -> int | None:
        key = fold(name)
        if not key:
            return None
        for table in (self.names, self.aliases):
            if key in table:
                return table[key]
        if self.remembered.get(key):
            return self.remembered[key]
        return self._fuzzy(key, place)

    def _fuzzy(self, key: str, place) -> int | None:
        choices = {**self.aliases, **self.names}
        hits = process.extract(key, list(choices), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF - PLACE_BONUS, limit=5)
        if not hits:
            return None
        local = _types_in_province(place, {choices[h[0]] for h in hits})
        scored = [(score + (PLACE_BONUS if choices[name] in local else 0), choices[name]) for name, score, _ in hits]
        best_score, best = max(scored)
        return best if best_score >= FUZZY_CUTOFF else None


def _types_in_province(place, type_ids: set[int]) -> set[int]:
    """Those of `type_ids` with a site in, or originating from, the province of `place`."""
    if place is None or not type_ids:
        return set()
    province = place.path.split("/")[0] + "/"
    at_sites = Site.objects.filter(model_type_id__in=type_ids, commune__path__startswith=province)
    origin = ModelType.objects.filter(pk__in=type_ids, origin_unit__path__startswith=province)
    return set(at_sites.values_list("model_type_id", flat=True)) | set(origin.values_list("pk", flat=True))


def match_model(name: str, place=None, matcher: Matcher | None = None) -> ModelType | None:
    """The registry type a name refers to (exact name → alias → reviewed name → fuzzy ≥ 90, same place +5), or None."""
    return (matcher or Matcher.load()).match(name, place)
