"""Extraction time against document size: one 1, 5 and 20 MB text each; the time per MB must stay flat."""
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from phongtrao.intake.extraction.cleaning import clean  # noqa: E402
from phongtrao.intake.extraction.pipeline import extract_text  # noqa: E402

CORPUS = ROOT / "src" / "phongtrao" / "intake" / "corpus"
SIZES_MB = (1, 5, 20)


def document(megabytes: int) -> str:
    """A title, a dateline and the corpus articles' bodies repeated up to `megabytes` of UTF-8."""
    bodies = "\n\n".join(clean(p.read_text(encoding="utf-8")).body for p in sorted(CORPUS.glob("*.txt")))
    head = "Tổng hợp tin bài phong trào toàn dân bảo vệ an ninh Tổ quốc\n\n01/02/2024 08:15\n\n"
    size = megabytes * 1_000_000
    text = head + bodies * (size // len(bodies.encode("utf-8")) + 1)
    return text.encode("utf-8")[:size].decode("utf-8", errors="ignore")


def run() -> list[tuple[str, object, str]]:
    """Rows for bench/run.py: seconds per MB at each size, and the largest over the smallest."""
    extract_text("Khởi động", source="warm-up")
    per_mb = {}
    for megabytes in SIZES_MB:
        text = document(megabytes)
        start = time.perf_counter()
        extract_text(text, source=f"{megabytes}mb.txt")
        per_mb[megabytes] = (time.perf_counter() - start) / megabytes
    rows = [(f"seconds per MB, {mb} MB document", round(s, 3), "corpus article bodies repeated, one document")
            for mb, s in per_mb.items()]
    rows.append(("per-MB time ratio, 20 MB to 1 MB", round(per_mb[20] / per_mb[1], 2),
                 "flat is about 1; a quadratic extractor gives about 20"))
    return rows


if __name__ == "__main__":
    for metric, value, note in run():
        print(f"{metric:<36} {value:>10} {note}")
