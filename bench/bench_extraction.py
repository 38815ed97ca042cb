"""Extraction speed: documents/s, MB/s and peak memory over ≥ 2,000 generated and real documents, one process."""
import random
import re
import resource
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from phongtrao.intake.extraction.pipeline import extract_text  # noqa: E402

REAL = [ROOT / "src" / "phongtrao" / "intake" / "corpus", ROOT.parent / "shared" / "seeds"]
"""Every text under these folders, the real news batches (corpus/real/batchNN) included; generated ones fill up to
DOCUMENTS."""
DOCUMENTS = 2000
_WORDS = re.compile(r"\w+")
NER_SAMPLE = 50
"""Documents given to underthesea's NER (when installed): it is slow, so its rate is measured on a sample."""

TITLES = ["{place}: Nhân rộng mô hình “{model}” ở khu dân cư", "Công an {level} {place} sơ kết {n} năm mô hình {model}",
          "Hội nghị tổng kết {n} năm thực hiện {doc} tại {place}"]
SENTENCES = [
    "Ngày {d}/{m}, Công an {level} {place} tổ chức hội nghị sơ kết {n} năm thực hiện mô hình “{model}”.",
    "Theo báo cáo, toàn {level} đã thành lập {n} tổ tự quản với {big} thành viên, giảm {pct}% số vụ phạm pháp hình sự.",
    "Thực hiện {doc} của Ban Bí thư, các địa phương đã lắp đặt {big} camera, tổng kinh phí {n} tỷ đồng.",
    "Đại tá Nguyễn Văn {name}, Giám đốc Công an tỉnh yêu cầu các đơn vị hoàn thành rà soát trước ngày {d}/{m}/2024.",
    "Dịp này, UBND {level} {place} tặng Giấy khen cho {n} tập thể và {n2} cá nhân có thành tích xuất sắc.",
    "Mô hình “{model}” được triển khai tại {n}/{n3} xã, phường, thu hút hơn {big} hộ gia đình tham gia.",
    "Các hoạt động diễn ra từ ngày {d}/{m} đến {d2}/{m}, gắn với phong trào “Toàn dân bảo vệ an ninh Tổ quốc”.",
    "Lực lượng Công an phối hợp với Ủy ban MTTQ Việt Nam và các đoàn thể tuyên truyền, vận động người dân tích cực "
    "tham gia phòng ngừa, tố giác tội phạm, giữ gìn an ninh, trật tự ở cơ sở trong tình hình mới.",
]
PLACES = ["Bình Thuận", "Hà Nội", "Nghệ An", "Quảng Ninh", "Đồng Tháp", "Kon Tum", "Lâm Đồng", "Thanh Hóa", "Hải Phòng"]
MODELS = ["Nhà trọ tự quản", "Camera an ninh", "Tổ liên gia tự quản", "Dòng họ tự quản", "Bản không ma túy", "Zalo an ninh"]
DOCS = ["Chỉ thị số 09-CT/TW", "Kết luận số 44-KL/TW", "Kế hoạch số 112/KH-UBND", "Nghị quyết 12-NQ/TW"]
TRAILER = "\n\nMinh Anh\n\nTin liên quan\n\nCông an TP Phan Thiết bắt 5 đối tượng trộm cắp xe máy\n"


def generated(n: int, seed: int = 7) -> list[str]:
    """n articles of 5–10 kB assembled from the sentence templates above, with a dateline and a trailer."""
    rng = random.Random(seed)
    docs = []
    for _ in range(n):
        def fill(template: str) -> str:
            return template.format(
                place=rng.choice(PLACES), model=rng.choice(MODELS), doc=rng.choice(DOCS), level=rng.choice(["tỉnh", "huyện"]),
                n=rng.randint(2, 60), n2=rng.randint(2, 60), n3=rng.randint(61, 99), big=f"{rng.randint(1, 9)}.{rng.randint(100, 999)}",
                pct=f"{rng.randint(1, 40)},{rng.randint(1, 9)}", d=rng.randint(1, 28), d2=rng.randint(1, 28),
                m=rng.randint(1, 12), name=rng.choice(["Hùng", "Nam", "Sơn", "Bình"]))
        paragraphs = [" ".join(fill(rng.choice(SENTENCES)) for _ in range(rng.randint(3, 6)))
                      for _ in range(rng.randint(8, 14))]
        docs.append(f"{fill(rng.choice(TITLES))}\n\n{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2024 08:15\n\n"
                    + "\n\n".join(paragraphs) + TRAILER)
    return docs


def real() -> list[str]:
    return [p.read_text(encoding="utf-8") for folder in REAL if folder.is_dir()
            for p in sorted(folder.rglob("*.txt"))]


def bench_extraction() -> dict:
    """{"documents", "docs_per_s", "mb_per_s", "mean_kb", "peak_rss_mb", "ner_ratio" (None without underthesea)}."""
    extract_text("Khởi động", source="warm-up")  # loads the gazetteer once, outside the timing
    real_docs = real()
    docs = real_docs + generated(max(DOCUMENTS - len(real_docs), 0))
    size = sum(len(d.encode("utf-8")) for d in docs)
    start = time.perf_counter()
    for i, doc in enumerate(docs):
        extract_text(doc, source=f"{i}.txt")
    seconds = time.perf_counter() - start
    start = time.perf_counter()
    for doc in docs:
        _WORDS.findall(unicodedata.normalize("NFC", doc).lower())
    floor = time.perf_counter() - start
    return {"documents": len(docs), "real_documents": len(real_docs), "docs_per_s": round(len(docs) / seconds, 1),
            "floor_ratio": round(seconds / floor, 1),
            "mb_per_s": round(size / seconds / 1e6, 2), "mean_kb": round(size / len(docs) / 1000, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "ner_ratio": _ner_ratio(docs[:NER_SAMPLE])}


def _ner_ratio(docs: list[str]) -> float | None:
    """How many times faster our extractor is than underthesea's NER on the same documents, if it is installed."""
    try:
        from underthesea import ner, sent_tokenize
    except ImportError:
        return None
    start = time.perf_counter()
    for doc in docs:
        extract_text(doc, source="x")
    ours = time.perf_counter() - start
    start = time.perf_counter()
    for doc in docs:
        for sentence in sent_tokenize(doc):
            ner(sentence)
    return round((time.perf_counter() - start) / ours, 1)


def run() -> list[tuple[str, object, str]]:
    """Rows for bench/run.py: (metric, value, note)."""
    r = bench_extraction()
    note = f"{r['documents']} documents ({r['real_documents']} real), mean {r['mean_kb']} kB, single process"
    rows = [("documents per second", r["docs_per_s"], note), ("MB per second", r["mb_per_s"], note),
            ("peak memory (RSS, MB)", r["peak_rss_mb"], "whole process, gazetteer included"),
            ("time ratio to a floor pass", r["floor_ratio"], "floor: NFC, lowercase and a word split of each document, "
                                                            "same run (machine speed cancels out)")]
    if r["ner_ratio"] is not None:
        rows.append(("speed ratio to underthesea ner", r["ner_ratio"], f"on {NER_SAMPLE} documents"))
    return rows


if __name__ == "__main__":
    for metric, value, note in run():
        print(f"{metric:<36} {value:>10} {note}")
