"""Title, dateline and body cut."""
import datetime as dt

from phongtrao.intake.extraction.cleaning import clean

ARTICLE = """Trang chủ > Tin tức > An ninh trật tự
Thứ Năm, ngày 1 tháng 6 năm 2023

Nâng cao hiệu quả các mô hình tự quản về an ninh trật tự

Quang cảnh buổi làm việc
Chiều 30/3, đoàn kiểm tra của Bộ Công an đã làm việc với Thành ủy về việc thực hiện Kết luận số 44-KL/TW, nhiều mô hình tự quản đã được nhân rộng trên địa bàn thành phố trong thời gian qua.
Tin liên quan:
Công an tỉnh bắt 5 đối tượng trộm cắp
Các địa phương tiếp tục rà soát, đánh giá hiệu quả của từng mô hình, có kế hoạch nhân rộng các mô hình tự quản, tự phòng về an ninh trật tự trên địa bàn.
Long Hồ
Ý kiến bạn đọc
Tin khác
"""


def test_title_dateline_and_body():
    cleaned = clean(ARTICLE)
    assert cleaned.title == "Nâng cao hiệu quả các mô hình tự quản về an ninh trật tự"
    assert cleaned.published == dt.date(2023, 6, 1)
    assert cleaned.body.startswith(cleaned.title + "\n\nThứ Năm, ngày 1 tháng 6 năm 2023\n\n")
    assert cleaned.body.endswith("trên địa bàn.")
    assert "Trang chủ" not in cleaned.body and "bắt 5 đối tượng" not in cleaned.body


def test_copyright_and_headings_cut_the_trailer():
    text = "Tiêu đề bài viết về an ninh trật tự\n\n" + "Nội dung bài viết dài. " * 10 + "\n\n©2004. Bản quyền.\nTin mới"
    assert clean(text).body.endswith("Nội dung bài viết dài.")


def test_official_report_header():
    text = ("CÔNG AN PHƯỜNG LINH TRUNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 45/KH-CAP\n"
            "Thủ Đức, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nTriển khai mô hình tổ liên gia tự quản\n\nNội dung.\n\n"
            "Nơi nhận:\n- Lưu: VT.")
    cleaned = clean(text)
    assert cleaned.title == "KẾ HOẠCH Triển khai mô hình tổ liên gia tự quản"
    assert cleaned.published == dt.date(2024, 3, 5)
    assert cleaned.body.endswith("Nội dung.")


def test_empty_text():
    assert clean(" \n\t ").body == ""
