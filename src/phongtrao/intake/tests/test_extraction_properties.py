"""Property tests: the extractor never raises, and every offset points at its mention."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from phongtrao.intake.extraction.pipeline import FIELDS, extract_text

WORDS = ["Công an", "tỉnh", "Bình Thuận", "TP.HCM", "Quận 11", "phường 5", "ngày", "15/6", "22/01/2019", "tháng 6/2023",
         "mô hình", "“Nhà trọ tự quản”", '"', "Chỉ thị số 09", "44-KL/TW", "1.080", "12,5%", "20 triệu đồng", "25-30",
         "điểm", "người", "trước", "hoàn thành", ",", ".", "\n", "\n\n", "Tin liên quan", "Minh Anh", "Tổ", "tự quản",
         "Camera an ninh", "Luật", "Phòng", "năm", "2023", "hằng năm", "(", ")", ":", "Hà Nội", "xã", "Ea H'leo"]
vietnamese_like = st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join)
any_text = st.one_of(st.text(max_size=400), vietnamese_like)


def _mentions(result):
    for field in FIELDS:
        for item in result[field]:
            yield item
            yield from ({"start": start, "end": end} for start, end in item["occurrences"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_never_raises_and_offsets_point_at_mentions(text):
    result = extract_text(text, source="hypothesis.txt")
    body = result["body"]
    assert body.startswith(result["title"])
    for item in _mentions(result):
        assert 0 <= item["start"] <= item["end"] <= len(body)
        if "text" in item:
            assert body[item["start"]:item["end"]] == item["text"]
