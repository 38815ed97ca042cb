"""Guard for the extraction's fast paths: the shortcuts that try a regex only where a match can start (`matches_at`,
`finditer_from`, `search_from`) or only in texts its gate finds (`_finditer_gated`) must find what
the plain regex finds. A rule that widens a regex but not its start list, fast finder or gate would lose matches
silently; this runs the real corpus through the extractor with the shortcuts and with the plain `regex.finditer` /
`regex.search` forms, and compares."""
from __future__ import annotations

import re
import sys
from pathlib import Path

from phongtrao.intake.extraction import counts, dates, pipeline, spans

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "real"
MODULES = "phongtrao.intake.extraction."


def _plain_matches_at(pattern: re.Pattern, body: str, starts):
    return pattern.finditer(body)


def _plain_finditer_from(regex: re.Pattern, fast: re.Pattern, text: str):
    return regex.finditer(text)


def _plain_finditer_gated(regex: re.Pattern, gate: re.Pattern | None, body: str):
    return regex.finditer(body)


def _plain_search_from(regex: re.Pattern, fast: re.Pattern, text: str, pos: int = 0):
    return regex.search(text, pos)


PLAIN = {"matches_at": _plain_matches_at, "finditer_from": _plain_finditer_from, "search_from": _plain_search_from,
         "_finditer_gated": _plain_finditer_gated}


def _extract_all(paths: list[Path]) -> list[dict]:
    return [pipeline.extract_text(p.read_text(encoding="utf-8"), source=p.name) for p in paths]


def _patch_plain(monkeypatch) -> int:
    """Every extraction module's binding of a fast helper (its own, or one imported from spans) → the plain form."""
    patched = 0
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(MODULES):
            continue
        for helper, plain in PLAIN.items():
            if callable(getattr(module, helper, None)):
                monkeypatch.setattr(module, helper, plain)
                patched += 1
    return patched


def test_fast_paths_find_what_plain_regexes_find(monkeypatch):
    paths = sorted(CORPUS.glob("batch*/*.txt"))
    assert paths
    fast = _extract_all(paths)
    assert _patch_plain(monkeypatch) >= 5
    assert spans.finditer_from is _plain_finditer_from and counts.matches_at is _plain_matches_at
    assert dates._finditer_gated is _plain_finditer_gated and dates.finditer_from is _plain_finditer_from
    plain = _extract_all(paths)
    differ = [str(p.relative_to(CORPUS)) for p, a, b in zip(paths, fast, plain) if a != b]
    assert not differ, f"fast paths lose or change matches in {len(differ)} texts, first: {differ[:5]}"
