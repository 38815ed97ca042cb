"""Extraction work grows linearly with the text: checked by counting operations, not by timing."""
from pathlib import Path

from phongtrao.intake.extraction import pipeline
from phongtrao.intake.extraction.cleaning import Cleaned, clean
from phongtrao.intake.extraction.spans import Mask

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


class CopyCountingStr(str):
    """A body that counts the characters copied out of it by slicing."""

    copied = 0

    def __getitem__(self, key):
        part = super().__getitem__(key)
        if isinstance(key, slice):
            CopyCountingStr.copied += len(part)
        return part


class CountingInt(int):
    """An offset that counts the comparisons made with it."""

    comparisons = 0

    def __lt__(self, other):
        CountingInt.comparisons += 1
        return int(self) < other

    def __gt__(self, other):
        CountingInt.comparisons += 1
        return int(self) > other


def corpus_body(times: int) -> str:
    bodies = [clean(p.read_text(encoding="utf-8")).body for p in sorted(CORPUS.glob("*.txt"))]
    return "\n\n".join(bodies * times)


def _copied(monkeypatch, times: int) -> int:
    """Characters sliced out of a body of `times` copies of the corpus during one extraction."""
    body = CopyCountingStr(corpus_body(times))
    monkeypatch.setattr(pipeline, "clean", lambda text: Cleaned("Tiêu đề", None, body))
    CopyCountingStr.copied = 0
    result = pipeline.extract_text("ignored", source="big.txt")
    assert result["documents"] and result["places"] and result["counts"]
    return CopyCountingStr.copied


def test_extraction_copies_grow_linearly_with_the_text(monkeypatch):
    """No helper copies the text before each match (that made a 19 MB file take over 15 minutes)."""
    small, large = _copied(monkeypatch, 1), _copied(monkeypatch, 4)
    assert large < 4.5 * small  # sentence-sized slices only: 4x; a prefix copied per match gives about 16x


def _mask_comparisons(n: int) -> int:
    """Comparisons made by n claims each checked first, as the model finder does."""
    CountingInt.comparisons = 0
    mask = Mask([(CountingInt(10 * i + 5), CountingInt(10 * i + 8)) for i in range(n)])
    for i in range(n):
        start = CountingInt(10 * i)
        if not mask.hits(start, CountingInt(10 * i + 3)):
            mask.add(start, CountingInt(10 * i + 3))
    return CountingInt.comparisons


def test_mask_interleaving_claims_and_checks_is_not_quadratic():
    small, large = _mask_comparisons(500), _mask_comparisons(2000)
    assert large < 8 * small  # n log² n gives about 5.4; rebuilding the index on each check gives 16
