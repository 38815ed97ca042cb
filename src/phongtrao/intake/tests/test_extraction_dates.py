"""Dates (day and month precision) and deadlines."""
import datetime as dt

from phongtrao.intake.extraction.dates import find_dates, find_deadlines, first_date
from phongtrao.intake.extraction.pipeline import extract_text

PUBLISHED = dt.date(2023, 5, 23)


def values(text, published=PUBLISHED):
    return [d["value"] for d in find_dates(text, published)]


def test_day_month_year_forms():
    text = "ngày 22/1/2019, ngày 03-03-2023, 4 tháng 6 năm 2020, ngày 5 tháng 3, 2024-02-29, 12.10.2021."
    assert values(text) == ["2019-01-22", "2023-03-03", "2020-06-04", "2023-03-05", "2024-02-29", "2021-10-12"]


def test_day_without_year_needs_a_cue_and_takes_the_publication_year():
    assert values("Sáng 23/8, chiều nay (23/5), Ngày 15-6 họp; 62/63 địa phương; tỷ số 3-2.") == [
        "2023-08-23", "2023-05-23", "2023-06-15"]


def test_day_far_after_publication_belongs_to_the_previous_year():
    assert values("Ngày 28/12, đoàn đã kiểm tra.", dt.date(2024, 1, 5)) == ["2023-12-28"]


def test_month_precision():
    assert values("trong tháng 6/2023, tháng 10 năm 2024, Tháng 12") == ["2023-06", "2024-10", "2023-12"]


def test_not_dates():
    assert values("giai đoạn 2019-2022, năm 2023, lúc 19h09, 20:21, ngày 19/8 hằng năm, 40/2023/TT-BTC") == []


def test_event_window_gives_two_dates():
    text = "Các hoạt động diễn ra từ 2/7 đến 10/8/2024."
    assert values(text) == ["2024-07-02", "2024-08-10"]
    assert find_deadlines(text, find_dates(text, PUBLISHED)) == []


def test_offsets_point_at_the_date():
    text = "Kết luận ngày 22/1/2019 của Ban Bí thư"
    (found,) = find_dates(text, PUBLISHED)
    assert text[found["start"]:found["end"]] == found["text"] == "22/1/2019"


def test_deadlines_with_their_sentence():
    text = ("Yêu cầu đúng ngày 15/6 phải hoàn thành. Các đơn vị gửi báo cáo trước ngày 30/6/2023. "
            "Hoàn thành trong tháng 7/2023. Ngày 3/5, đoàn đã hoàn thành kiểm tra. Phấn đấu đến tháng 9/2023 lắp 30 camera.")
    deadlines = find_deadlines(text, find_dates(text, PUBLISHED))
    assert [d["value"] for d in deadlines] == ["2023-06-15", "2023-06-30", "2023-07", "2023-09"]
    assert deadlines[0]["text"] == "Yêu cầu đúng ngày 15/6 phải hoàn thành."
    assert all(text[d["start"]:d["end"]] == d["text"] for d in deadlines)


def test_first_date_reads_datelines():
    assert first_date("20:21 30/03/2023") == dt.date(2023, 3, 30)
    assert first_date("Thứ Năm, ngày 4 tháng 6 năm 2020") == dt.date(2020, 6, 4)
    assert first_date("Thứ hai, ngày 20/02/2017 19h09'") == dt.date(2017, 2, 20)
    assert first_date("Không có ngày") is None


def test_without_publication_date_a_day_takes_the_year_last_written_before_it():
    text = ("Năm 2022, xã không xảy ra trọng án. Sáng 10/8, đoàn kiểm tra làm việc với xã. "
            "Đến tháng 3/2024 mô hình được nhân rộng; chiều 5/4, xã tổng kết.")
    assert values(text, None) == ["2022-08-10", "2024-03", "2024-04-05"]


def test_without_publication_date_an_anniversary_gives_its_year_not_a_limit():
    before = ("Ngày 25/7, xã tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc. Xã ôn lại truyền thống 80 năm của Công an "
              "nhân dân (19/8/1945 - 19/8/2025).")
    after = "Sáng nay (24/8), tại Lễ kỷ niệm 20 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8/2005 – 19/8/2025)."
    assert values(before, None) == ["2025-07-25", "1945-08-19", "2025-08-19"]
    assert values(after, None) == ["2025-08-24", "2005-08-19", "2025-08-19"]


def test_without_any_year_a_day_is_left_out():
    assert values("Chiều 22/5, Công an xã ra mắt mô hình.", None) == []


def test_date_glued_to_ngay():
    assert values("Chỉ thị số 09-CT/TW ngày01/12/2011 của Ban Bí thư", None) == ["2011-12-01"]


def test_end_of_an_event_window_is_not_a_deadline():
    text = ("Ngày hội sẽ diễn ra từ ngày 01/7/2024 đến ngày 19/8/2024 (các cơ sở giáo dục có thể tổ chức sớm hơn, phù "
            "hợp với chương trình học tập).")
    assert find_deadlines(text, find_dates(text, PUBLISHED)) == []


def test_end_of_a_campaign_window_run_to_the_end_of_its_last_day_is_not_a_deadline():
    text = ("Đợt cao điểm tấn công, trấn áp tội phạm bảo đảm ANTT Tết Nguyên đán Bính Ngọ 2026 được triển khai từ ngày "
            "12/12/2025 đến hết ngày 16/3/2026.")
    dates = find_dates(text, PUBLISHED)
    assert [d["value"] for d in dates] == ["2025-12-12", "2026-03-16"]
    assert find_deadlines(text, dates) == []


def test_a_share_of_counted_units_after_a_span_word_is_no_date():
    text = ("Mô hình thực hiện giữa năm 2014, hiện đã được triển khai đến 6/9 giáo xứ, đến 12/15 xã trong huyện. "
            "Đợt cao điểm kéo dài từ 2/9 đến 6/9 năm nay, đến 20/9 tổ chức tổng kết.")
    assert values(text) == ["2023-09-02", "2023-09-06", "2023-09-20"]


def test_yearless_day_on_an_undated_page_takes_the_end_of_a_period_written_near_it():
    text = ("Chiều 13-10, UBND tỉnh tổng kết 10 năm xây dựng mô hình, giai đoạn 2006 – 2016.\n"
            "Ngày 5-10, Công an tỉnh tổng kết phong trào giai đoạn 2006-2016.")
    assert values(text, None) == ["2016-10-13", "2016-10-05"]


def test_undated_page_a_window_closed_by_a_dated_day_puts_a_yearless_day_nearest_its_end():
    text = ("Sáng 20/4, Công an thành phố ra quân đợt cao điểm.\nĐợt cao điểm kéo dài từ ngày 15/4 đến 15/6/2023.")
    assert values(text, None) == ["2023-04-20", "2023-04-15", "2023-06-15"]
    text = "Hội nghị diễn ra chiều 18.11. Giai đoạn 3, bắt đầu từ 1.1. - 15.2.2026."
    assert values(text, None) == ["2025-11-18", "2026-01-01", "2026-02-15"]
    text = "Chiều 25/8, tỉnh sơ kết. Đợt cao điểm từ ngày 1/7 đến 19/8/2024 đã bắt 20 đối tượng."
    assert values(text, None) == ["2024-08-25", "2024-07-01", "2024-08-19"]


def test_a_month_written_with_a_dot_before_its_year():
    assert values("Triển khai từ tháng 9.2020, mô hình được nhân rộng.", published=None) == ["2020-09"]


def test_a_month_written_with_a_dash_before_its_year():
    assert values("Thực hiện quy chế phối hợp, tháng 7–2017, Ban Dân vận Thành ủy; từ tháng 3 — 2020.",
                  published=None) == ["2017-07", "2020-03"]
    assert values("từ tháng 3 – 12/2025, các tổ tuần tra", published=None) == ["2025-03", "2025-12"]


def test_yearless_day_on_an_undated_page_takes_its_half_of_a_school_year():
    text = ("Ngày 1/4, Công an huyện ra mắt mô hình. Năm học 2023-2024, trường có 600 học sinh. "
            "Sáng 5/9, trường khai giảng.")
    assert values(text, None) == ["2024-04-01", "2023-09-05"]


def test_a_day_that_names_a_yearly_day_is_no_date():
    text = "Năm 2024, việc chọn ngày 19-8 là Ngày hội Toàn dân bảo vệ ANTQ được nhắc lại. Ngày 2/7 là ngày ra quân."
    assert values(text, None) == ["2024-07-02"]


def test_undated_page_a_year_end_review_held_in_january_to_march_is_the_next_year():
    assert values("Chiều 29/1, xã Kỳ Sơn tổng kết phong trào năm 2025.", None) == ["2026-01-29"]
    assert values("Ngày 23/11, Bộ tổng kết công tác tổ chức Ngày hội năm 2022.", None) == ["2022-11-23"]
    assert values("Ngày 10/7, huyện sơ kết 6 tháng đầu năm 2024.", None) == ["2024-07-10"]


def test_undated_page_a_conference_on_a_year_whose_report_tells_the_past_year_reviews_it():
    text = ("Sáng 22-3, Công an tỉnh tổ chức Hội nghị CLB phòng, chống tội phạm năm 2016. Đến dự có đại diện các sở. "
            "Đại tá Võ Văn Phúc cho biết trong năm qua, các CLB đã bắt giữ 201 vụ.")
    assert values(text, None) == ["2017-03-22"]
    # a conference of the year with nothing said of a past year is held in that year
    assert values("Sáng 22-3, Công an tỉnh tổ chức Hội nghị triển khai công tác năm 2016. Các CLB ra mắt.", None) == [
        "2016-03-22"]
    # a conference that plans the year, or reviews part of it, is held in that year
    for conference in ("Hội nghị triển khai nhiệm vụ năm 2017", "Hội nghị sơ kết 6 tháng năm 2017"):
        assert values(f"Sáng 10/1, Công an tỉnh tổ chức {conference}. Trong năm qua, lực lượng bắt 20 vụ.", None) == [
            "2017-01-10"], conference
    # a conference held in its year's autumn stays in it
    assert values("Sáng 22-9, tỉnh tổ chức Hội nghị CLB năm 2016. Trong năm qua, các CLB bắt 201 vụ.", None) == [
        "2016-09-22"]


def test_undated_page_a_period_counts_only_when_reviewed():
    assert values("Ngày 29/6, Huyện Đoàn bàn giao mô hình móc khóa giai đoạn 2021-2025.", None) == []
    assert values("Ngày 17/10, Bộ tổng kết 10 năm (2013-2023) chương trình phối hợp, triển khai giai đoạn "
                  "2023-2033.", None) == ["2023-10-17"]


def test_undated_page_a_year_alone_written_later_in_another_sentence_is_background():
    assert values("Sáng 5/8, thôn ra mắt mô hình. Năm 2020, thôn được công nhận nông thôn mới.", None) == []


def test_undated_page_a_start_a_target_or_a_birth_year_is_no_evidence():
    text = ("Dự kiến đến năm 2025, huyện nhân rộng mô hình. Ngày 29/6, Huyện Đoàn bàn giao móc khóa cho ông A "
            "(sinh năm 1985).")
    assert values(text, None) == []


def test_undated_page_the_news_lies_after_the_latest_past_date_written_later():
    text = "Ngày 21/1, xã ra mắt mô hình camera. Thôn về đích nông thôn mới vào tháng 10/2020."
    assert values(text, None) == ["2021-01-21", "2020-10"]
    text = "Ngày 21-9, phường xây dựng mô hình điểm. Từ tháng 9-2015 đến tháng 9-2016, phường xảy ra 20 vụ trộm."
    assert values(text, None) == ["2016-09-21", "2015-09", "2016-09"]


def test_undated_page_the_news_lies_before_a_date_ahead_written_later():
    text = "Luật được Quốc hội thông qua chiều ngày 28/11. Luật này có hiệu lực thi hành từ ngày 1/7/2024."
    assert values(text, None) == ["2023-11-28", "2024-07-01"]


def test_undated_page_a_dated_reference_in_the_sentence_does_not_give_the_year():
    text = ("Bộ biểu dương 50 điển hình tiên tiến giai đoạn 2022-2025.\n\nNgày 18/11, Bộ sơ kết 3 năm thực hiện "
            "Hướng dẫn ngày 18/11/2022.")
    assert values(text, None) == ["2025-11-18", "2022-11-18"]


def test_day_and_month_joined_by_a_dot_after_a_time_word():
    assert values("Sáng nay 31.3, UBND phường ra mắt tổ tuần tra. Giá 21.5 triệu đồng.") == ["2023-03-31"]


def test_two_days_sharing_a_month_are_two_dates():
    assert values("Trong hai ngày 5 và 6/8, xã tổ chức hội thi; từ 18-20/9 huyện tập huấn.") == [
        "2023-08-05", "2023-08-06", "2023-09-18", "2023-09-20"]
    assert values("Quyết định số 12 - 5/8 của UBND") == []


def test_a_weekday_or_mung_before_a_day_is_a_time_word():
    assert values("Sáng thứ Hai (5/6), vào ngày mùng 7/6 và Chủ nhật, 11/6") == [
        "2023-06-05", "2023-06-07", "2023-06-11"]
    assert values("lần thứ 2, 5/8 hộ dân") == []


def test_undated_page_a_documents_date_gives_no_year():
    text = ("Xã ra mắt mô hình\n\nThực hiện Chỉ thị số 09-CT/TW ngày 1/12/2011 của Ban Bí thư.\n\n"
            "Sáng 5/8, xã ra mắt mô hình.")
    assert [d["value"] for d in extract_text(text, source="a.txt")["dates"]] == ["2011-12-01"]


def test_a_date_in_a_title_takes_the_year_written_later_in_the_title():
    text = ("STNN - Sáng ngày 28/7, tại Khu công nghiệp Phú Bài đã diễn ra Ngày hội toàn dân bảo vệ an ninh Tổ quốc "
            "(ANTQ); Ngày hội đoàn viên, người lao động năm 2023. Hoạt động do Công an tỉnh tổ chức.\n\nNội dung.")
    assert values(text, None) == ["2023-07-28"]


def test_an_english_short_date_with_a_twelve_hour_clock_reads_month_first():
    assert values("KCN TÂN THỚI HIỆP PHÁT ĐỘNG PHONG TRÀO\n5/10/23 6:09 AM\n\nMục đích", None) == ["2023-05-10"]
    assert values("cập nhật 12/31/22 11:45 PM.", None) == ["2022-12-31"]
    assert values("đạt 5/10/23 điểm, lúc 6:09 sáng", None) == []
    assert first_date("5/10/23 6:09 AM") == dt.date(2023, 5, 10)


def test_a_month_written_in_words_with_its_year():
    assert values("Thứ Sáu, 10 Tháng Mười Một, 2023 36 lượt xem", None) == ["2023-11-10"]
    assert values("ngày 2 Tháng Tư, 2024 và 31 Tháng Mười Hai 2022; 5 tháng năm 2023 người", None) == [
        "2024-04-02", "2022-12-31"]
    assert first_date("Thứ Sáu, 10 Tháng Mười Một, 2023") == dt.date(2023, 11, 10)


def test_a_month_in_words_before_its_day_and_year():
    assert values("• Tháng Sáu 23, 2020\n\nNgày 28/5/2020, hội nghị", None) == ["2020-06-23", "2020-05-28"]
    assert values("Cập nhật Tháng Mười Hai 5, 2021 lúc 10:00", None) == ["2021-12-05"]
    assert values("Cách mạng Tháng Tám 1945; tháng Sáu 23 hộ, 2020", None) == []
    assert first_date("• Tháng Sáu 23, 2020") == dt.date(2020, 6, 23)


def test_undated_page_a_new_year_holiday_written_later_dates_the_months_around_it():
    text = ("Công an tỉnh phát động phong trào\n\nSáng 10.12, tại Hội trường, người dân tham gia lễ phát động.\n\n"
            "Các đơn vị triển khai đợt cao điểm dịp lễ Noel, Tết Dương lịch 2023 và Tết Nguyên đán Quý Mão.")
    assert values(text, None) == ["2022-12-10"]
    text = "Xã ra quân\n\nSáng 20/1, xã ra quân.\n\nBảo đảm an ninh trật tự Tết Nguyên đán Quý Mão 2023 trên địa bàn."
    assert values(text, None) == ["2023-01-20"]


def test_an_anniversary_counted_in_years_from_a_known_founding_day_gives_the_year():
    text = ("Chào mừng kỷ niệm 77 năm ngày Cách mạng tháng Tám thành công; 77 năm Ngày thành lập Công an Nhân dân, sáng "
            "nay (9/8) tại xã Sín Thầu diễn ra Ngày hội.")
    assert values(text, published=None) == ["2022-08-09"]
    assert values("Kỷ niệm 17 năm Ngày hội Toàn dân bảo vệ an ninh Tổ quốc, ngày 15/8 xã tổ chức ra mắt mô hình.",
                  published=None) == ["2022-08-15"]
    assert values("Ngày 15/8, xã tổ chức ra mắt mô hình với 17 năm kinh nghiệm.", published=None) == []


def test_a_day_and_month_opening_a_window_closed_by_another():
    published = dt.date(2024, 6, 20)
    assert values("Ngày hội sẽ diễn ra từ ngày 01/7-  19/8 và tổ chức sớm.", published) == ["2024-07-01", "2024-08-19"]
    assert values("Ngày hội diễn ra từ ngày 01/7-19/8.", published) == ["2024-07-01", "2024-08-19"]


def test_a_congress_for_a_term_is_held_in_its_first_year():
    text = ("Ngày 1-10, Ban Chỉ đạo 138 phát động đợt cao điểm tấn công trấn áp tội phạm.\n\nĐợt cao điểm nhằm phục vụ "
            "thành công Đại hội Đại biểu Đảng bộ thành phố nhiệm kỳ 2025-2030.")
    assert values(text, None) == ["2025-10-01"]
    assert values(text.replace("Đại hội Đại biểu Đảng bộ", "Bí thư Đảng ủy"), None) == []


def test_a_new_year_holiday_written_after_a_congress_term_dates_the_months_before_it():
    text = ("Công an xã tiếp nhận súng tự chế\n\nChiều 17/12, Công an xã tiếp nhận 2 khẩu súng tự chế.\n\nThời gian tới, "
            "Công an xã thực hiện đợt cao điểm bảo đảm an ninh, trật tự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, "
            "bầu cử đại biểu HĐND các cấp nhiệm kỳ 2026-2031, Tết Nguyên đán Bính Ngọ 2026.")
    assert values(text, None) == ["2025-12-17"]


def test_a_tally_from_the_start_of_a_year_until_now_is_written_in_that_year():
    text = ("Ngày 22-12, Chủ tịch UBND tỉnh có thư kêu gọi toàn dân giao nộp vũ khí.\n\nTừ đầu năm 2025 đến nay, tỉnh "
            "đã thu gom 53 vũ khí quân dụng.")
    assert values(text, None) == ["2025-12-22"]
    # a year alone written later, as background, still says nothing
    assert values(text.replace("Từ đầu năm 2025 đến nay", "Năm 2025"), None) == []


def test_a_hand_in_day_for_weapons_is_an_event_not_a_due_date():
    text = ("Công an xã tham mưu ban hành kế hoạch vận động Nhân dân giao nộp vũ khí, vật liệu nổ; đồng thời tổ chức "
            "“Ngày hội toàn dân giao nộp vũ khí” vào ngày 26/1/2026, bố trí các điểm tiếp nhận thuận tiện.")
    assert find_deadlines(text, find_dates(text, PUBLISHED)) == []
    # a report to hand in by a day is one
    text = "Đề nghị các đơn vị nộp báo cáo về Công an tỉnh vào ngày 26/1/2026."
    assert [d["value"] for d in find_deadlines(text, find_dates(text, PUBLISHED))] == ["2026-01-26"]


def test_yearless_day_on_an_undated_page_of_a_year_s_recognition_held_early_next_year():
    text = ("Xét duyệt mô hình an ninh cơ sở năm 2021\n\nNgày 9/1, Ban chỉ đạo tổ chức hội nghị xét duyệt và công "
            "nhận mô hình an ninh cơ sở năm 2021.")
    assert values(text, None) == ["2022-01-09"]


def test_yearless_day_before_the_month_a_practice_started_in_falls_in_the_next_year():
    text = ("Mắt thần trên đường phố\n\nTừ tháng 4.2018, UBND phường triển khai mô hình camera an ninh.\n\nSau 1 năm "
            "hoạt động, hệ thống giúp phát hiện 7 vụ gây rối.\n\nTiêu biểu là vào khoảng 10 giờ ngày 11.1, Công an "
            "phường phát hiện 1 đối tượng.")
    assert values(text, None) == ["2018-04", "2019-01-11"]
    # a month not started from ("Tháng 4.2018, phường lắp camera") is a date of the story: its year is kept
    assert values(text.replace("Từ tháng 4.2018", "Tháng 4.2018"), None) == ["2018-04", "2018-01-11"]


def test_years_counted_since_a_dated_founding_give_the_year_of_the_news():
    text = ("TPO - Sáng nay, 15/8, Trường THCS tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.\n\nHiệu trưởng chia sẻ "
            "ngày 13/6/2005, Thủ tướng Chính phủ đã ban hành Quyết định lấy ngày 19/8 hằng năm là Ngày hội; 19 năm "
            "qua, phong trào đã đi vào cuộc sống.")
    assert values(text, None) == ["2024-08-15", "2005-06-13"]
    # a year that is the news's own ("Năm 2023, … 5 năm qua") is no founding
    text = ("Sáng nay, 15/8, xã tổ chức Ngày hội.\n\nNăm 2023, xã có nhiều đổi mới; 5 năm qua, phong trào phát triển.")
    assert values(text, None) == []


def test_month_and_year_in_brackets_closing_a_photo_caption():
    text = ("Phó Thủ tướng trao quà cho các hộ gia đình trong khuôn khổ Ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm "
            "2025 tại Trường Cao đẳng Du lịch Huế (7/2025)\n\nNền tảng vững chắc từ sức mạnh của Nhân dân")
    assert values(text, None) == ["2025-07"]
    # not a month: a share or a symbol in brackets ("(13/2025)", "(7/2025/QĐ-UBND)")
    assert values("Số hộ tham gia (13/2025) tăng.", None) == []
    assert values("theo Quyết định (7/2025/QĐ-UBND) của tỉnh.", None) == []


def test_round26_a_frequency_per_month_and_a_yearly_day_named_a_day_of_victory():
    # "mỗi tháng 1 lần": once a month, not January
    assert values("Phong trào được tổ chức lồng ghép mỗi tháng 1 lần.", None) == []
    assert values("Sinh hoạt định kỳ tháng 2 lần vào ngày rằm.", None) == []
    # "Ngày 19-8 là ngày thắng lợi của cuộc cách mạng": a yearly day (history), not a date of the news
    text = ("Ngày 13-6-2005, Thủ tướng ban hành Quyết định. Ngày 19-8 là ngày thắng lợi của cuộc cách mạng, "
            "Ngày truyền thống của lực lượng Công an nhân dân.")
    assert values(text, dt.date(2022, 8, 18)) == ["2005-06-13"]


def test_round27_a_photo_taken_before_a_month_sets_no_deadline():
    text = "Công an xã tuyên truyền, vận động nhân dân không vượt biên. (Ảnh chụp trước tháng 4.2021)."
    assert find_deadlines(text, find_dates(text, PUBLISHED)) == []
    text = "UBND tỉnh yêu cầu các xã hoàn thành việc lắp camera trước tháng 4.2021."
    assert [d["value"] for d in find_deadlines(text, find_dates(text, PUBLISHED))] == ["2021-04"]


def test_round27_no_year_from_the_start_of_a_model_reviewed_after_years():
    text = ("Ngày 11/9, Ban Chỉ đạo huyện tổ chức hội nghị sơ kết mô hình tại Trường THPT.\n\n"
            "Tháng 8/2019, nhà trường đã xây dựng mô hình. Tặng 2 tập thể có thành tích trong 2 năm thực hiện mô hình.")
    assert values(text, None) == ["2019-08"]
    # without a review of years run, the news still lies on or after the latest past date
    text = "Ngày 11/9, huyện tổ chức hội nghị.\n\nTháng 8/2019, nhà trường đã xây dựng mô hình."
    assert values(text, None) == ["2019-09-11", "2019-08"]


def test_a_founding_date_followed_by_since_then_does_not_give_a_bare_day_its_year():
    text = ("Ngày 11/8, đông đảo người dân đã về dự ngày hội toàn dân bảo vệ an ninh Tổ quốc tại xã.\n\n"
            "Bộ trưởng nhấn mạnh, ngày 13/6/2005, Thủ tướng Chính phủ đã ban hành quyết định lấy ngày 19/8 hàng năm là "
            "ngày hội. Từ đó đến nay, ngày hội đã trở thành ngày hội lớn.")
    assert "2005-08-11" not in values(text, None)


def test_round31_no_year_from_a_founding_counted_in_whole_years_since():
    text = ("23h khuya 17/7, 9 thành viên trong Tổ tự quản thôn Phú Đông tất tả đến nhà văn hóa thôn để vào ca trực.\n\n"
            "Tổ tự quản thôn Phú Đông ra đời từ tháng 7/2023.\n\nTròn 1 năm thành lập, đến nay tổ có 18 thành viên.")
    assert values(text, None) == ["2023-07"]
    text = "Ngày 5/3, hội nghị diễn ra.\n\nTổ ra đời tháng 7/2020. Sau 3 năm ra đời, tổ có 20 thành viên."
    assert values(text, None) == ["2020-07"]


def test_round35_a_documents_date_after_its_issuer_and_an_awards_year_give_no_bare_day_its_year():
    text = ("Triển khai Chỉ thị 09-CT/TW\n\nQĐND - Ngày 12-4, tại Hà Nội, Bộ Công an đã chủ trì Hội nghị Triển khai "
            "thực hiện Chỉ thị 09-CT/TW của Ban Bí thư (khóa XI) ngày 1-12-2011 về phong trào.")
    assert [d["value"] for d in extract_text(text, source="x.txt", published=None)["dates"]] == ["2011-12-01"]
    text = ("Ngày 29-4, Hội Nông dân tỉnh tổ chức Lễ đón nhận Cờ thi đua xuất sắc của UBND tỉnh về thực hiện "
            "phong trào “Toàn dân bảo vệ an ninh Tổ quốc” năm 2020.")
    assert values(text, None) == []
    # a review's conference that hands awards out keeps its year
    text = "Ngày 15/1, Công an tỉnh tổ chức Hội nghị tổng kết và trao Bằng khen cho các tập thể năm 2024."
    assert values(text, None) == ["2025-01-15"]


def test_round38_a_month_written_in_words_after_its_part():
    text = "Một ngày cuối tháng Bảy, chúng tôi ngược đường rừng lên huyện biên giới Tây Giang."
    assert values(text, dt.date(2018, 8, 17)) == ["2018-07"]
    assert values("Đầu tháng Mười Hai, đoàn công tác trở lại bản.", dt.date(2020, 12, 20)) == ["2020-12"]
    assert values("kỷ niệm 78 năm Cách mạng tháng Tám thành công", dt.date(2023, 8, 17)) == []
    assert values("Tháng Tám về, Nhân dân trên địa bàn vui mừng.", dt.date(2023, 8, 17)) == []


def test_round39_a_year_at_the_end_or_start_of_which_something_happened_is_not_the_news_year():
    text = ("Ngày 9/9, trao đổi với PV, ông Nguyễn Văn Vui cho biết: \"Sau khi được công nhận xã nông thôn mới nâng "
            "cao vào cuối năm 2023, chính quyền địa phương tiếp tục xây dựng\".")
    assert values(text, None) == []
    assert values("Ngày 9/9, xã tổng kết phong trào năm 2023.", None) == ["2023-09-09"]


def test_round40_a_year_in_a_later_clause_of_the_same_sentence_after_a_semicolon():
    # on a page with no publication date, "năm 2025" after the ";" still dates the day of the same sentence
    text = ("Tin ngắn\n\nSáng 20/9, tại xã Cà Ná, Hải đoàn phối hợp với Bệnh viện; Đồn Biên phòng tổ chức Chương trình "
            "“Cảnh sát biển đồng hành với ngư dân” năm 2025.")
    assert values(text, None) == ["2025-09-20"]
    # a year in the next sentence is still no evidence
    assert values("Tin ngắn\n\nSáng 20/9, Hải đoàn phối hợp với Bệnh viện. Năm 2025, đồn tổ chức.", None) == []
    # the review opened in the first clause reviews that year: held in January, it is the next year's
    text = ("Tin ngắn\n\nNgày 21-1, xã tổ chức hội nghị tổng kết hoạt động của Ban Chỉ đạo 138; đồng thời sơ kết công "
            "tác phối hợp năm 2025, triển khai nhiệm vụ năm 2026.")
    assert values(text, None) == ["2026-01-21"]


def test_round40_a_window_closed_by_a_date_with_its_year_after_a_hyphen():
    assert values("tuyên truyền trong thời gian từ ngày 24/5 - 27/6/2024.", None) == ["2024-05-24", "2024-06-27"]
    assert values("từ 3-4/5/2024 diễn ra hội thao", None) == ["2024-05-03", "2024-05-04"]


def test_round42_a_full_date_glued_to_its_label_s_colon():
    # a portal's label with no space before its date: "Ngày đăng:03/04/2021 …" is still that date
    assert first_date("Ngày cập nhật:03/04/2021 8:15:02 CH") == dt.date(2021, 4, 3)
    assert values("Thời gian:12/9/2020, hội nghị diễn ra.", None) == ["2020-09-12"]
    # a clock's tail is no date: "lúc 9:30/..." nor a number after a digit's colon
    assert values("tỷ lệ 10:12/5/2021", None) == []


def test_round43_a_review_of_one_year_gives_no_year():
    # "sơ kết một năm triển khai": a review of one year since the start written with its year
    text = ("Hội nghị sơ kết một năm triển khai lực lượng diễn ra chiều 20/10. Ngày 1/7/2024, lực lượng "
            "chính thức ra mắt.")
    assert values(text, None) == ["2024-07-01"]


def test_round44_a_practice_started_late_in_a_year_gives_no_year_to_a_month_written_later():
    text = ("Từ cuối năm 2022, thôn triển khai thí điểm mô hình đèn đường.\n\nMột tối giữa tháng 2, trưởng thôn "
            "họp dân tại nhà văn hóa.")
    assert values(text, None) == []
    assert values("Từ đầu năm 2022 đến nay, thôn đã họp dân vào tháng 2.", None) == ["2022-02"]


def test_round45_a_window_opened_by_a_day_alone_ends_on_a_date_not_a_deadline():
    # "từ ngày 03 đến ngày 05/11": the first day shares the second's month; the second ends the event, not a task
    text = "Hội thi sẽ diễn ra từ ngày 12 đến ngày 14/6, các đội phải nộp bài dự thi tại nhà văn hóa xã."
    assert find_deadlines(text, find_dates(text, PUBLISHED)) == []


def test_round45_a_show_and_a_city_named_can_are_neither_completion_nor_obligation():
    # "trình diễn" (a show) is not "trình" (to submit); "Cần Thơ" (a city) is not "cần" (must)
    text = "Lễ hội ở Cần Thơ diễn ra vào ngày 20/6 với nhiều tiết mục trình diễn của đồng bào."
    assert find_deadlines(text, find_dates(text, PUBLISHED)) == []
    text = "Phường cần hoàn thành việc rà soát vào ngày 20/6."
    assert [d["value"] for d in find_deadlines(text, find_dates(text, PUBLISHED))] == ["2023-06-20"]


def test_round45_a_month_in_a_year_told_before_or_a_season_s_weather_is_no_date():
    # "Tháng 3 năm đó": the year is one the story told before, not the news's; "nắng tháng 4": the season's weather
    assert values("Cuối năm 1965, bà rời quê. Tháng 5 năm ấy, bà vào bộ đội.", PUBLISHED) == []
    assert values("Dưới cái nắng gắt của trời tháng 6, cán bộ vẫn đi tuần.", PUBLISHED) == []
    assert values("Tháng 6 năm nay, cán bộ đi tuần.", PUBLISHED) == ["2023-06"]


def test_round47_a_window_of_months_ends_on_a_month_and_year_that_gives_both_their_year():
    # "từ tháng 3 – 12/2025": the window's last month is written as a month and year, without "tháng"
    assert values("Thực hiện từ tháng 3 – 12/2025, chia 2 giai đoạn.", None) == ["2025-03", "2025-12"]
    assert values("Giai đoạn 1 từ tháng 3-6/2025.", PUBLISHED) == ["2025-03", "2025-06"]
    assert values("từ tháng 9 đến tháng 12/2024, xã ra quân.", PUBLISHED) == ["2024-09", "2024-12"]
    # a month of the year before the window's end: "tháng 11 – 2/2026" opens in 2025
    assert values("từ tháng 11 – 2/2026, xã ra quân.", None) == ["2025-11", "2026-02"]
    # a share after a month is no month: "tháng 3 có 5/12 thôn"
    assert values("Trong tháng 3 – 5/12 thôn đã họp.", PUBLISHED) == ["2023-03"]


def test_round47_a_day_and_month_with_dots_opens_a_window_closed_by_a_full_date():
    # "từ 1.1 - 15.2.2026": dotted like the full date that closes the window, and its year
    assert values("Giai đoạn 3 bắt đầu từ 1.1. - 15.2.2026.", None) == ["2026-01-01", "2026-02-15"]
    assert values("từ 20.12 - 15.2.2026, các đơn vị ra quân.", None) == ["2025-12-20", "2026-02-15"]
    # a window's first day later in the year than its last lies in the year before: "từ 20/12 - 15/2/2026"
    assert values("từ 20/12 - 15/2/2026, các đơn vị ra quân.", None) == ["2025-12-20", "2026-02-15"]
    # a decimal before a range of dates is no date
    assert values("tăng 1.5 - 2.3 lần", None) == []


def test_round49_months_of_the_lunar_calendar_are_no_dates():
    # "từ tháng 7 và kéo dài đến tháng 10 (Âm lịch)": lunar months, each year, not the calendar's
    assert values("Mùa nước lũ thường bắt đầu từ tháng 7 và kéo dài đến tháng 10 (Âm lịch). Nước về.", PUBLISHED) == []
    assert values("Rằm ngày 15/8 âm lịch, xã tổ chức Tết Trung thu.", PUBLISHED) == []
    assert values("Tháng 7, xã ra quân; tháng 10, xã tổng kết.", PUBLISHED) == ["2023-07", "2023-10"]


def test_round49_two_days_in_brackets_share_the_month_written_after_the_second():
    # "Trong 2 ngày (17 và 18/9)": the first day takes the second's month
    assert values("Trong 2 ngày (17 và 18/9), đoàn công tác đến thăm 23 chùa.", PUBLISHED) == ["2023-09-17",
                                                                                               "2023-09-18"]


def test_round49_a_dated_earlier_event_gives_no_year_to_the_news_s_day():
    # "Trưa 18/11, …" then "Gần đây nhất, đầu tháng 3/2024, …": an earlier case, not the news's year
    text = ("Trưa 18/11, ngư dân phát hiện 10 túi nghi ma túy. Đồn đã lập biên bản.\n\n"
            "Gần đây nhất, đầu tháng 3/2024, một ngư dân phát hiện 20 gói ma túy.")
    assert values(text, None) == ["2024-03"]
    assert values(text.replace("Gần đây nhất, đầu", "Đầu"), None) == ["2024-11-18", "2024-03"]


def test_round50_a_tally_s_cut_off_lies_after_a_date_said_to_last_until_now():
    # "Tháng 8-2025, …" then "tính đến ngày 13-1, …" and "từ tháng 10-2025 đến nay": the tally's day is of 2026
    text = ("Tháng 8-2025, Tỉnh đoàn ban hành công văn. Tính đến ngày 13-1, toàn tỉnh có 77 Đoàn xã kiện toàn. "
            "Anh Phúc là Phó Bí thư Đoàn xã từ tháng 10-2025 đến nay.")
    assert values(text, None) == ["2025-08", "2026-01-13", "2025-10"]
    # a day that is no cut-off keeps the year written before it
    assert values(text.replace("Tính đến ngày 13-1", "Ngày 13-1"), None) == ["2025-08", "2025-01-13", "2025-10"]


def test_round51_the_stop_of_a_city_abbreviation_ends_no_sentence():
    # undated page: "Ngày 8-4, TP. Thái Nguyên tổ chức Hội thi … năm 2024." takes its sentence's year
    text = "Ngày 8-4, TP. Thái Nguyên tổ chức Hội thi nghiệp vụ chữa cháy năm 2024. Đây là đơn vị tổ chức điểm."
    assert values(text, None) == ["2024-04-08"]
    assert values("Ngày 8-4, tổ chức hội thi bảo đảm ANTT. Năm 2024 có 31 đội.", None) == []


def test_round52_a_street_named_after_a_day_is_no_date():
    # "đường 2 tháng 4", "đường 30/4": a street named after a day, no month of the news's year
    text = "Cuối tháng 9/2025, trang Facebook báo địa chỉ 78 đường 2 tháng 4, Vĩnh Hải, Nha Trang; hoặc phố 30/4."
    assert values(text, dt.date(2025, 10, 3)) == ["2025-09"]
    assert values("Sáng 30/4, đoàn về thăm.", dt.date(2025, 10, 3)) == ["2025-04-30"]


def test_round55_a_spring_named_by_its_lunar_year_and_its_year_gives_the_year():
    # "xuân Bính Ngọ 2026" in the title, as "Tết Nguyên đán Bính Ngọ 2026": a day without a year on a page with no
    # date lies in that spring
    text = ("Sôi động mùa lễ hội xuân Bính Ngọ 2026\n\nNhững ngày đầu năm, không khí lễ hội diễn ra sôi động.\n\n"
            "Ngày 22/2, tức mùng 6 tháng Giêng, nhiều lễ hội lớn ở Hà Nội đồng loạt khai hội.")
    assert values(text, None) == ["2026-02-22"]
    assert values(text.replace("xuân Bính Ngọ 2026", "Tết Ất Tỵ 2025"), None) == ["2025-02-22"]


def test_round56_a_tally_from_the_start_of_a_year_without_tu():
    # "Đầu năm 2025 đến nay …" (111-05) is "Từ đầu năm 2025 đến nay" with "từ" left out: the news's year
    text = ("Sáng 20-8, Công an đặc khu tổ chức lễ ra quân, mục tiêu không ma túy vào năm 2025.\n\n"
            "Đầu năm 2025 đến nay công an địa phương phát hiện 59 vụ.")
    assert values(text, None) == ["2025-08-20"]
    # a year alone written later, as background, still says nothing; nor does a start of the year without "đến nay"
    assert values(text.replace("Đầu năm 2025 đến nay", "Năm 2025"), None) == []
    assert values(text.replace("Đầu năm 2025 đến nay", "Đầu năm 2025"), None) == []


def test_round57_an_election_for_a_term_dates_the_spring_of_its_first_year():
    # "Chiều 11/3, … phục vụ cuộc bầu cử … nhiệm kỳ 2026 – 2031": the election's spring; from September, the year before
    text = ("Chiều 11/3, Công an xã tổ chức Hội nghị triển khai kế hoạch phục vụ cuộc bầu cử đại biểu Quốc hội khóa XVI "
            "và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031.")
    assert values(text, None) == ["2026-03-11"]
    assert values(text.replace("Chiều 11/3", "Chiều 17/12"), None) == ["2025-12-17"]
    assert values(text.replace("cuộc bầu cử", "Ủy ban"), None) == []


def test_round57_a_bracket_opening_on_two_days_joined_by_a_dash():
    # "Trong hai ngày diễn ra Đại hội (28-29/7/2025)": two days sharing the month and year written after the second
    assert values("Trong hai ngày diễn ra Đại hội (28-29/7/2025), Công an xã phân công 37 cán bộ.", None) == [
        "2025-07-28", "2025-07-29"]


def test_round57_a_storm_named_by_its_number_and_name_gives_its_year():
    # "cơn bão số 10 (bão Bualoi)": one storm of one year; a name alone is reused
    text = ("Tuổi trẻ Công an hỗ trợ người dân ứng phó với cơn bão số 10 (bão Bualoi).\n\nTheo Ban TNCA, từ ngày "
            "27 - 28/9, Công an xã hướng dẫn bà con gia cố nhà cửa.")
    assert values(text, None) == ["2025-09-27", "2025-09-28"]
    assert values(text.replace("số 10 (bão Bualoi)", "Bualoi"), None) == []


def test_undated_page_a_date_a_permission_runs_until_lies_ahead_of_the_news():
    text = ("Khuya 15/12, Công an phường kiểm tra lưu trú.\n\n“Visa của ông K. được phép ở Việt Nam đến ngày "
            "17/2/2026”, cán bộ Công an phường chia sẻ.")
    assert values(text, None) == ["2025-12-15", "2026-02-17"]
    # a window's end or a tally's cut-off is no date ahead
    text = "Sáng 20/9, xã ra quân.\n\nĐợt cao điểm từ ngày 1/7/2024 đến ngày 19/8/2024 đã bắt 5 vụ."
    assert values(text, None)[0] == "2024-09-20"


def test_a_congress_dated_in_its_own_sentence_gives_no_year_beyond_its_date():
    text = ("Chiều 20/6, Công an tỉnh và Hội Cựu CAND tỉnh ký kết quy chế phối hợp.\n\nNgày 1/12/2023, Công an tỉnh "
            "đã tổ chức thành công Đại hội thành lập Hội Cựu CAND tỉnh, nhiệm kỳ 2023 - 2028.")
    assert values(text, None) == ["2024-06-20", "2023-12-01"]


def test_round60_undated_page_a_period_planned_after_one_reviewed_dates_the_news_at_its_start():
    text = ("Ngày 6/7, Công ty tổ chức Hội nghị tổng kết công tác bảo vệ năm 2016-2017, thông qua phương hướng, "
            "nhiệm vụ năm 2018-2019.")
    assert values(text, None) == ["2018-07-06"]
    text = ("Chiều 27-11, Công an tỉnh tổ chức Hội nghị tổng kết 5 năm thực hiện quy chế phối hợp và ký kết quy chế "
            "phối hợp giai đoạn 2021-2025.")
    assert values(text, None) == ["2020-11-27"]
    # a plan in its course does not outweigh the year written in its sentence
    text = ("Ngày 23/11, Bộ tổng kết công tác tổ chức Ngày hội năm 2022, triển khai kế hoạch thực hiện chương trình "
            "giai đoạn 2021 – 2025.")
    assert values(text, None) == ["2022-11-23"]


def test_round60_undated_page_a_meeting_on_a_years_results_in_january_is_the_next_year():
    text = "Chiều 6/1, Công an huyện tổ chức Hội nghị giao ban kết quả thực hiện quy chế phối hợp năm 2022."
    assert values(text, None) == ["2023-01-06"]
    assert values("Chiều 6/7, huyện giao ban kết quả thực hiện quy chế năm 2022.", None) == ["2022-07-06"]


def test_round70_a_date_with_its_year_that_names_a_day_is_that_day():
    # 139-01: "ngày 19/8/2005 là Ngày hội … đầu tiên" is the first Festival Day held, a date
    text = "Như vậy, ngày 19/8/2005 là Ngày hội toàn dân bảo vệ an ninh Tổ quốc đầu tiên của nước ta."
    assert values(text, None) == ["2005-08-19"]
    # the yearly day without its year still names the Day only
    assert values("Quyết định chọn ngày 19/8 là Ngày hội toàn dân bảo vệ an ninh Tổ quốc.", None) == []
    assert values("Ngày 19/8/2025 hằng năm", None) == []


def test_round70_an_emulation_congress_for_a_period_is_held_as_it_ends():
    # 139-09: "Sáng ngày 29/6, … Đại hội thi đua “Vì an ninh Tổ quốc” giai đoạn 2010-2015" is 2015
    text = "Sáng ngày 29/6, Công an tỉnh tổ chức Đại hội thi đua “Vì an ninh Tổ quốc” giai đoạn 2010-2015."
    assert values(text, None) == ["2015-06-29"]


def test_round73_days_followed_by_this_year_are_dates():
    # 153-06: "Kỳ nghỉ lễ 30/4 và 1/5 năm nay" on a page of 1/5/2022: both days of 2022, and no "a of b" years
    text = "Kỳ nghỉ lễ 30/4 và 1/5 năm nay kéo dài, khu du lịch đón nhiều du khách."
    assert values(text, dt.date(2022, 5, 1)) == ["2022-04-30", "2022-05-01"]
    assert extract_text(text, source="t.txt", published="2022-05-01")["counts"] == []


def test_round74_a_tally_cut_off_with_its_year_dates_a_review_of_a_year_of_running():
    # 156-08: "Tính đến tháng 3-2024" is the news's present, so "Ngày 14-3" is 2024's, though the text reviews a year
    text = ("Ngày 14-3, Công an tỉnh tổ chức Hội nghị sơ kết 1 năm thực hiện công tác tuyển dụng công an xã.\n\n"
            "Tính đến tháng 3-2024, Công an tỉnh đã tuyển dụng được 361 người.")
    assert values(text, None) == ["2024-03-14", "2024-03"]
    # a start written with its year still gives none
    text = ("Hội nghị sơ kết một năm triển khai lực lượng diễn ra chiều 20/10. Từ tháng 7/2024, lực lượng "
            "chính thức ra mắt.")
    assert "2024-10-20" not in values(text, None)


def test_round75_a_month_recalled_gives_no_year_to_the_news():
    # 161-01: "hồi tháng 3-2021" (back in March 2021) recalls an earlier case: "Chiều ngày 13-5" gets no year from it
    text = ("Chiều ngày 13-5, Công an quận Tân Phú tổ chức buổi sơ kết mô hình camera.\n\n"
            "Công an quận đã phá vụ cướp ngân hàng hồi tháng 10-2020 hay vụ sát hại chủ tiệm tạp hóa hồi tháng 3-2021.")
    assert values(text, None) == ["2020-10", "2021-03"]
    # a month written so without "hồi" still dates the news after it
    assert values(text.replace("hồi tháng", "tháng"), None) == ["2021-05-13", "2020-10", "2021-03"]


def test_a_full_date_whose_second_number_cannot_be_a_month_reads_month_first():
    assert values("Cập nhật 11-28-2019, đoàn đã kiểm tra; ngày 12/25/2020 họp.", None) == ["2019-11-28", "2020-12-25"]
    assert values("ngày 25/12/2020 họp; ngày 5/13 tổ chức", None) == ["2020-12-25"]
    assert first_date("11-28-2019") == dt.date(2019, 11, 28)


def test_an_expected_month_is_no_deadline_unless_completion_is_named():
    text = "Dự kiến trong tháng 10, các xã tiếp tục khảo sát, bảo đảm mỗi thôn có một tổ tự quản."
    assert find_deadlines(text, find_dates(text, PUBLISHED)) == []
    text = "Dự kiến trong tháng 10, các xã phải hoàn thành việc khảo sát."
    assert [d["value"] for d in find_deadlines(text, find_dates(text, PUBLISHED))] == ["2023-10"]
    text = "Trong tháng 10, các xã tiếp tục khảo sát, bảo đảm mỗi thôn có một tổ tự quản."
    assert [d["value"] for d in find_deadlines(text, find_dates(text, PUBLISHED))] == ["2023-10"]


def test_a_sentence_opening_on_before_a_date_tells_the_state_until_then():
    text = "Trước tháng 3-2020, huyện có 12 xã trọng điểm, Công an huyện đã rà soát từng địa bàn."
    assert find_deadlines(text, find_dates(text, PUBLISHED)) == []
    text = "Trước ngày 30/6/2023, các xã phải gửi báo cáo về Công an huyện."
    assert [d["value"] for d in find_deadlines(text, find_dates(text, PUBLISHED))] == ["2023-06-30"]
    text = "Các xã gửi báo cáo trước ngày 30/6/2023."
    assert [d["value"] for d in find_deadlines(text, find_dates(text, PUBLISHED))] == ["2023-06-30"]


def test_round84_a_day_or_month_told_after_each_year_recurs():
    # 199-09 "khi mùa hoa đến hằng năm vào dịp cuối xuân, tầm giữa đến cuối tháng 2 dương lịch": a yearly season
    assert values("Khi mùa hoa đến hằng năm vào dịp cuối xuân, tầm giữa đến cuối tháng 2 dương lịch, bản làng "
                  "bước vào mùa hoa mận.") == []
    assert values("Hàng năm, vào ngày 19/8, xã tổ chức ngày hội.") == []
    # a date with its year after "hằng năm" is one day; a month in the next sentence is the news's
    assert values("Hằng năm xã tổ chức ngày hội, năm nay vào ngày 19/8/2023.") == ["2023-08-19"]
    assert values("Hằng năm xã tổ chức ngày hội. Ngày 19/8, xã ra quân.") == ["2023-08-19"]


def test_round85_a_new_year_holiday_written_in_lower_case_dates_the_months_around_it():
    # 203-09 "Sáng 16.12, … ra quân … tết Nguyên đán Canh Tý năm 2020": the campaign before the Tết of 2020 opens in
    # December 2019, "tết" in lower case as "Tết"
    text = ("Đừng để người dân ca thán về nạn trộm cắp vặt\n\nSáng 16.12, Công an thành phố tổ chức lễ ra quân tấn "
            "công trấn áp tội phạm, bảo đảm an ninh trật tự tết Nguyên đán Canh Tý năm 2020.")
    assert values(text, None) == ["2019-12-16"]
    assert values(text.replace("tết", "Tết"), None) == ["2019-12-16"]
