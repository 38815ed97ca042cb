"""How alike two model names are, judged on their distinctive head rather than the words every name shares.

"Khu dân cư an toàn về ANTT" and "Chợ an toàn về ANTT" share most of their words, but what tells them apart is the
head ("khu dân cư" / "chợ"): plain fuzzy matching scores them 92 %. Generic words ("mô hình", "tổ", "tự quản",
"an ninh trật tự", "an toàn", "về"…) are dropped before comparing, and a pair scores no higher than its heads do.
"""
import re

from rapidfuzz import fuzz, process

from phongtrao.core.text import fold

GENERIC_PHRASES = (
    "mo hinh", "phong trao", "toan dan bao ve an ninh to quoc", "bao ve an ninh to quoc", "an ninh trat tu",
    "an ninh, trat tu", "antt", "an ninh", "trat tu", "an toan", "tu quan", "tu phong", "tu bao ve", "cau lac bo",
    "clb", "to", "doi", "nhom", "ban", "ve", "va", "cua", "tai", "tren dia ban", "dia ban", "xay dung", "giu gin",
    "dam bao", "phong chong", "toi pham", "te nan xa hoi", "bao dam",
)
_GENERIC = re.compile(r"\b(?:%s)\b" % "|".join(sorted((re.escape(p) for p in GENERIC_PHRASES), key=len, reverse=True)))
_PUNCTUATION = re.compile(r"[^\w\s]")


def distinctive_head(name: str) -> str:
    """The folded name without generic words and punctuation: "Mô hình Chợ an toàn về ANTT" → "cho"."""
    folded = _PUNCTUATION.sub(" ", fold(name).replace("an ninh, trat tu", "an ninh trat tu"))
    return " ".join(_GENERIC.sub(" ", folded).split())


def name_similarity(a: str, b: str, **_kwargs) -> float:
    """0–100: the whole names' token-set similarity, capped by their distinctive heads' (when both have one).

    Usable as a rapidfuzz scorer (extra keyword arguments are ignored).
    """
    whole = fuzz.token_set_ratio(fold(a), fold(b))
    head_a, head_b = distinctive_head(a), distinctive_head(b)
    if not head_a or not head_b:
        return whole
    # One head inside the other ("nhà trọ" / "nhà trọ tổ dân phố 5") stays close, a little below the same head.
    return min(whole, max(fuzz.token_sort_ratio(head_a, head_b), fuzz.token_set_ratio(head_a, head_b) - 10))


ROUGH_LIMIT = 500
"""Choices re-scored by `name_similarity` after the fast first pass."""


def closest(name: str, folded_choices: list[str], cutoff: float, limit: int | None = None) -> list[tuple[int, float]]:
    """(index, score) of the `folded_choices` most like `name`, best first, scores ≥ `cutoff`.

    A first pass in C keeps the choices containing something like the name's distinctive head (20,000 site names in a
    few ms); only those are scored by `name_similarity`, whose regular expressions cost ~25 µs a pair.
    """
    key = fold(name)
    head = distinctive_head(name) or key
    rough = process.extract(head, folded_choices, scorer=fuzz.token_set_ratio, score_cutoff=max(cutoff - 20, 0),
                            limit=ROUGH_LIMIT)
    scored = [(index, name_similarity(key, folded_choices[index])) for _choice, _score, index in rough]
    return sorted((s for s in scored if s[1] >= cutoff), key=lambda s: -s[1])[:limit]
