"""In-memory gazetteer of Vietnamese administrative units: codes, crosswalk and free-text lookup (no Django)."""
from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from .names import ALIASES, KIND_LEVELS, fold, split_parts, split_prefix, tokens, written_forms

__all__ = ["DATA_FILE", "Gazetteer", "Match", "Unit", "fold"]

DATA_FILE = Path(__file__).parent / "data" / "units.json"
LEVELS = ("province", "district", "commune")
LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}

FORMER = "former:"
"""Code prefix of a unit dissolved or renamed before the legacy list (data["former"], tools/geo/build_former_units.py):
"huyện Đất Đỏ", merged into Long Đất in 2024, resolves through Long Đất."""
EXACT, ALIAS, FOLDED, COMPACT, FUZZY = 1.0, 0.95, 0.9, 0.85, 0.8
"""Base scores: same letters and marks, a hand-written alias, same letters, same letters without spaces, fuzzy."""
NO_LEVEL_WORD = {"province": 0.0, "district": 0.08, "commune": 0.1}
"""Penalty by level when the text has no level word: a bare name most often means a province."""
OTHER_KIND, LEGACY, PARTIAL, NEAR_TOP = 0.05, 0.05, 0.02, 0.05
CACHE_SIZE = 50_000

Hit = tuple["Unit", float, str]
"""(unit named, score, matched key)."""
Pair = tuple["Unit", "Unit | None", float, str]
"""(current unit, legacy unit named or None, score, matched key): a candidate before ranking."""
Scope = tuple[set[tuple[str, str]], set[tuple[str, str]]]
"""(strict, loose) context keys: ("c", current code) or ("l", legacy code)."""


@dataclass(frozen=True, slots=True)
class Unit:
    code: str
    name: str
    full_name: str
    kind: str
    level: str
    parent: str | None
    is_current: bool
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Match:
    unit: Unit
    score: float
    legacy: Unit | None = None
    matched: str = ""


@dataclass(frozen=True, slots=True)
class _Entry:
    unit: Unit
    exact: str | None  # the name's canonical words; None for a hand-written alias


def _unit(row: dict, is_current: bool) -> Unit:
    fields = ("code", "name", "full_name", "kind", "level", "parent")
    return Unit(*(row[f] for f in fields), is_current, row.get("lat"), row.get("lon"))


class Gazetteer:
    """Current units, legacy units (and former ones, dissolved before the legacy list) and the crosswalk between them,
    indexed by folded name."""

    def __init__(self, data: dict):
        self.meta = data["meta"]
        self._units = {
            era: {row["code"]: _unit(row, era) for row in data["current" if era else "legacy"]} for era in (True, False)
        }
        self._children = defaultdict(list)
        for unit in chain(*(units.values() for units in self._units.values())):
            self._children[unit.is_current, unit.parent].append(unit)
        former = data.get("former", ())
        self._former = {FORMER + row["code"]: _unit({**row, "code": FORMER + row["code"]}, False) for row in former}
        self._successors, self._predecessors = defaultdict(list), defaultdict(list)
        for row in data["crosswalk"]:
            legacy, current = self._units[False][row["legacy"]], self._units[True][row["current"]]
            self._successors[legacy.code].append((current, row["partial"]))
            self._predecessors[current.code].append((legacy, row["partial"]))
        self._finest = {code: self._finest_successors(u) for code, u in self._units[False].items()}
        self._keys = {
            era: {code: frozenset(self._ancestry(u)) for code, u in units.items()} for era, units in self._units.items()
        }
        for row in former:  # a former unit resolves, and lies, where the unit that took it over does
            code = FORMER + row["code"]
            self._finest[code] = self._finest[row["successor"]]
            self._keys[False][code] = self._keys[False][row["successor"]] | {("l", code)}
        self._index, self._compact = self._build_index()
        self._names = list(self._index)
        self._cache: dict[tuple, tuple[Match, ...]] = {}
        self._chunks: dict[str, list[tuple[str, list[Hit]]]] = {}
        self._scopes: dict[str, Scope | None] = {}

    @classmethod
    @functools.cache
    def default(cls) -> Gazetteer:
        """The shipped data (src/phongtrao/geo/data/units.json), loaded once."""
        return cls(json.loads(DATA_FILE.read_text(encoding="utf-8")))

    def _build_index(self) -> tuple[dict[str, list[_Entry]], dict[str, list[_Entry]]]:
        index, compact = defaultdict(list), defaultdict(list)
        for unit in chain(self._units[True].values(), self._units[False].values(), self._former.values()):
            exact, folded = tokens(unit.name)
            index[" ".join(folded)].append(_Entry(unit, " ".join(exact)))
        for code, keys in ALIASES.items():
            unit = self._units[not code.startswith("legacy:")][code.removeprefix("legacy:")]
            for k in keys:
                index[k].append(_Entry(unit, None))
        for k, entries in index.items():
            compact[k.replace(" ", "")].extend(entries)
        return dict(index), dict(compact)

    # Codes and the crosswalk

    def get(self, code: str, *, current: bool = True) -> Unit | None:
        return self._units[current].get(code)

    def children(self, code: str, *, current: bool = True) -> list[Unit]:
        return list(self._children.get((current, code), ()))

    def successors(self, legacy_code: str) -> list[tuple[Unit, bool]]:
        """Current units that absorbed the legacy unit, with whether only part of it went there."""
        return list(self._successors.get(legacy_code, ()))

    def predecessors(self, current_code: str) -> list[tuple[Unit, bool]]:
        """Legacy units (provinces, districts, communes) absorbed into the current unit."""
        return list(self._predecessors.get(current_code, ()))

    def units(self, *, current: bool = True) -> Iterable[Unit]:
        return self._units[current].values()

    def former_units(self) -> Iterable[Unit]:
        """Units dissolved or renamed before the legacy list, each resolving through the legacy unit that took it
        over."""
        return self._former.values()

    def aliases(self) -> Iterator[tuple[str, Unit]]:
        """Every folded key (names.key form) that designates a unit: written with its level word, or a province's bare
        name or alias. Bare names of districts and communes are left out: in running text they are mostly not places."""
        for unit in chain(self._units[True].values(), self._units[False].values(), self._former.values()):
            name = " ".join(tokens(unit.name)[1])
            for form in written_forms(unit.kind, name):
                yield form, unit
            if unit.level == "province":
                yield name, unit
        for code, keys in ALIASES.items():
            unit = self._units[not code.startswith("legacy:")][code.removeprefix("legacy:")]
            for k in keys:
                yield k, unit
                yield from ((form, unit) for form in written_forms(unit.kind, k))

    # Free-text lookup

    def lookup(self, text: str, *, parent: str | None = None, limit: int = 5) -> list[Match]:
        """Ranked current units that the text designates (legacy names resolved through the crosswalk)."""
        cache_key = (text, parent, limit)
        if (found := self._cache.get(cache_key)) is None:
            if len(self._cache) >= CACHE_SIZE:
                self.clear_cache()
            found = self._cache[cache_key] = tuple(self._lookup(text, parent, limit))
        return list(found)

    def clear_cache(self) -> None:
        for memo in (self._cache, self._chunks, self._scopes):
            memo.clear()

    def _lookup(self, text: str, parent: str | None, limit: int) -> list[Match]:
        parts = [(k, hits) for k, hits in self._parts(text) if hits] or [("", self._fuzzy(text))]
        pairs = self._pairs(parts[0][1])
        for k, hits in parts[1:]:
            if k not in self._scopes:
                self._scopes[k] = self._scope_of(self._rank(self._pairs(hits), 20))
            pairs = self._narrow(pairs, self._scopes[k], lenient=True)
        if parent:
            pairs = self._narrow(pairs, self._scope(parent), lenient=False)
        return self._rank(pairs, limit)

    def _parts(self, text: str) -> list[tuple[str, list[Hit]]]:
        """(key, hits) of each part of an address, memoised by part."""
        parts = []
        for chunk in text.replace(";", ",").split(","):
            if (found := self._chunks.get(chunk)) is None:
                found = self._chunks[chunk] = self._chunk_parts(chunk)
            parts += found
        return parts

    def _chunk_parts(self, chunk: str) -> list[tuple[str, list[Hit]]]:
        """One comma-separated part, cut before its level words when the whole names nothing."""
        exact, folded = tokens(chunk)
        hits = self._hits(exact, folded) if folded else []
        if hits or len(spans := split_parts(folded)) < 2:
            return [(" ".join(folded), hits)]
        return [(" ".join(folded[a:b]), self._hits(exact[a:b], folded[a:b])) for a, b in spans]

    def _hits(self, exact: list[str], folded: list[str]) -> list[Hit]:
        """Units named by these words, read with their leading level word first, then as a bare name."""
        kind, n = split_prefix(folded)
        return (kind and self._name_hits(exact[n:], folded[n:], kind)) or self._name_hits(exact, folded, None)

    def _name_hits(self, exact: list[str], folded: list[str], kind: str | None) -> list[Hit]:
        name, canonical = " ".join(folded), " ".join(exact)
        entries, compact = self._index.get(name), False
        if entries is None:
            entries, compact = self._compact.get(name.replace(" ", ""), ()), True
        hits = []
        for entry in entries:
            unit = entry.unit
            if kind and unit.level not in KIND_LEVELS[kind]:
                continue
            if compact or entry.exact is None:
                base = COMPACT if compact else ALIAS
            else:
                base = EXACT if entry.exact == canonical else FOLDED
            hits.append((unit, base - self._level_penalty(unit, kind), name))
        return hits

    @staticmethod
    def _level_penalty(unit: Unit, kind: str | None) -> float:
        if kind is None:
            return NO_LEVEL_WORD[unit.level]
        return 0.0 if unit.kind == kind else OTHER_KIND

    def _fuzzy(self, text: str) -> list[Hit]:
        """Closest folded names (rapidfuzz ratio ≥ 85), only when nothing matched exactly."""
        try:
            from rapidfuzz import fuzz, process
        except ImportError:
            return []
        folded = tokens(text.split(",")[0])[1]
        kind, n = split_prefix(folded)
        found = process.extract(" ".join(folded[n:]), self._names, scorer=fuzz.ratio, score_cutoff=85, limit=5)
        return [
            (e.unit, FUZZY * score / 100 - self._level_penalty(e.unit, kind), name)
            for name, score, _ in found
            for e in self._index[name]
            if not kind or e.unit.level in KIND_LEVELS[kind]
        ]

    def _pairs(self, hits: list[Hit]) -> list[Pair]:
        """Hits as current units: a legacy unit becomes each of its successors."""
        pairs = []
        for unit, score, matched in hits:
            if unit.is_current:
                pairs.append((unit, None, score, matched))
                continue
            older = LEGACY * unit.code.startswith(FORMER)  # a name of today or of 2025 first
            for successor, partial in self._finest[unit.code]:
                pairs.append((successor, unit, score - LEGACY - older - PARTIAL * partial, matched))
        return pairs

    def _finest_successors(self, legacy: Unit) -> list[tuple[Unit, bool]]:
        """The finest successors (an island district: its special zone, not the province); for the few legacy
        communes missing from the conversion table, their district's province(s)."""
        found = self._successors.get(legacy.code)
        if not found:
            return [(u, True) for u, _ in self._successors.get(legacy.parent, ())]
        finest = max(LEVEL_RANK[u.level] for u, _ in found)
        return [(u, partial) for u, partial in found if LEVEL_RANK[u.level] == finest]

    def _ancestry(self, unit: Unit) -> Iterator[tuple[str, str]]:
        """Context keys of a unit: itself and the units above it, in its own era."""
        era = "c" if unit.is_current else "l"
        while unit is not None:
            yield era, unit.code
            unit = self._units[unit.is_current].get(unit.parent)

    def _scope(self, parent: str) -> Scope | None:
        """Context keys for a parent given as a current or legacy code, or as free text."""
        strict = {(era, parent) for era, current in (("c", True), ("l", False)) if parent in self._units[current]}
        if not strict:
            return self._scope_of(self.lookup(parent, limit=20))
        return strict, {("c", u.code) for u, _ in self.successors(parent)}

    @staticmethod
    def _scope_of(matches: list[Match]) -> Scope | None:
        if not matches:
            return None
        top = [m for m in matches if m.score >= matches[0].score - NEAR_TOP]
        strict = {("l", m.legacy.code) if m.legacy else ("c", m.unit.code) for m in top}
        return strict, {("c", m.unit.code) for m in top}

    def _narrow(self, pairs: list[Pair], scope: Scope | None, *, lenient: bool) -> list[Pair]:
        """Candidates inside the scope, else those whose successor is; lenient: ignore a scope that excludes all."""
        if scope is None:
            return pairs if lenient else []
        strict, loose = scope
        current = self._keys[True]
        narrowed = [p for p in pairs if self._inside(p, strict, loose)]
        narrowed = narrowed or [p for p in pairs if not loose.isdisjoint(current[p[0].code])]
        return narrowed or (pairs if lenient else [])

    def _inside(self, pair: Pair, strict: set, loose: set) -> bool:
        """A current unit lies in the scope or in what it became; a legacy one lies in the scope in either era."""
        here = self._keys[True][pair[0].code]
        if pair[1] is None:
            return not (strict.isdisjoint(here) and loose.isdisjoint(here))
        return not (strict.isdisjoint(here) and strict.isdisjoint(self._keys[False][pair[1].code]))

    @staticmethod
    def _rank(pairs: list[Pair], limit: int) -> list[Match]:
        """Best candidate per current unit, current names before legacy ones on equal score."""
        best: dict[str, Pair] = {}
        for pair in pairs:
            seen = best.get(pair[0].code)
            if seen is None or (pair[2], seen[1] is not None) > (seen[2], pair[1] is not None):
                best[pair[0].code] = pair
        ranked = sorted(best.values(), key=_rank_key)[:limit] if len(best) > 1 else best.values()
        return [Match(unit, min(max(round(score, 4), 0.0), 1.0), legacy, key) for unit, legacy, score, key in ranked]


def _rank_key(pair: Pair) -> tuple[float, int, str]:
    return -pair[2], LEVEL_RANK[pair[0].level], pair[0].code
