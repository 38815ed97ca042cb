"""Title, dateline and body cut."""
import datetime as dt

import pytest

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


def test_page_title_is_the_line_next_to_the_dateline_and_menus_go():
    text = ("Báo Gia Lai điện tử\nTrang chủ\nThời sự\nAn ninh - Quốc phòng\nKinh tế\nXã hội\n"
            "Trang chủ  >  An ninh - Quốc phòng  >  Phòng chống tội phạm\n\n"
            "Tuy Phước: Liên kết giữa các xã giáp ranh, giữ bình yên thôn xóm\n\nThứ Năm, 18/09/2025, 07:45 [GMT+7]\n\n"
            "Công an xã Tuy Phước đã phối hợp với các xã giáp ranh duy trì mô hình liên kết tuần tra ban đêm.\n")
    cleaned = clean(text)
    assert cleaned.title == "Tuy Phước: Liên kết giữa các xã giáp ranh, giữ bình yên thôn xóm"
    assert cleaned.published == dt.date(2025, 9, 18)
    assert "Thời sự" not in cleaned.body and "18/09/2025" in cleaned.body


def test_hashtags_end_a_social_post():
    text = ("RA MẮT MÔ HÌNH ZALO AN NINH TẠI 100% THÔN\n\nCông an xã tổ chức ra mắt mô hình tại nhà văn hóa thôn.\n\n"
            "#CongAnXa #ZaloANTT\n\n47 bình luận 28 lượt chia sẻ\nHay quá")
    assert clean(text).body.endswith("nhà văn hóa thôn.")


def test_an_annex_after_the_signature_is_body_and_a_two_column_dateline_is_read():
    text = ("UBND TỈNH ĐẮK LẮK CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 09/TB-BCĐ Đắk Lắk, ngày 26 tháng 9 năm 2025\n"
            "THÔNG BÁO\nKết luận của Trưởng Ban Chỉ đạo tại Hội nghị giao ban quý\nIII/2025\n"
            "Ngày 24/9/2025, Ban Chỉ đạo tổ chức hội nghị giao ban.\nNơi nhận: TL. TRƯỞNG BAN\n- Như trên;\n"
            "Nguyễn Văn A\nDANH SÁCH\nTập thể được biểu dương\n1 | Tổ dân phố số 7 | Duy trì mô hình “Camera an ninh”\n")
    cleaned = clean(text)
    assert cleaned.title == "THÔNG BÁO Kết luận của Trưởng Ban Chỉ đạo tại Hội nghị giao ban quý III/2025"
    assert cleaned.published == dt.date(2025, 9, 26)
    assert "Nơi nhận" not in cleaned.body and "Như trên" not in cleaned.body
    assert cleaned.body.endswith("Duy trì mô hình “Camera an ninh”")


def test_a_login_box_after_the_article_is_trailer():
    text = ("Nhân rộng mô hình tổ xung kích phòng, chống tội phạm\n\n" + "Nội dung bài viết dài. " * 5
            + "\n\nĐăng nhập\n\nĐăng nhập tài khoản Google\n\n×")
    assert clean(text).body.endswith("Nội dung bài viết dài.")


def test_site_clock_above_the_title_is_not_the_dateline():
    text = ("Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\n\nGiáo họ, giáo xứ bình yên ở vùng công giáo\n\n"
            "An Yên - 06:49, 18/11/2023\n\n" + "Mô hình được nhân rộng trong đồng bào công giáo. " * 5)
    cleaned = clean(text)
    assert cleaned.published == dt.date(2023, 11, 18) and "2019" not in cleaned.body


def test_byline_in_capitals_and_a_hotline_end_the_article():
    text = ("Xây dựng 458 mô hình phòng chống tội phạm\n\n05:10, 27/10/2015\n\n" + "Nội dung bài viết dài. " * 10
            + "\n\nTin, ảnh: PHƯỚC GIANG- HOÀI NAM\n\nĐường dây nóng: 0987083838.\n\nPhóng sự ảnh")
    assert clean(text).body.endswith("Nội dung bài viết dài.")


def test_a_paragraph_above_a_caption_taken_for_the_title_is_kept():
    lead = "18 mô hình “Làng quê, khu phố an toàn cho phụ nữ, trẻ em” đã cảm hóa, giáo dục thanh, thiếu niên. " * 4
    text = lead + "\n![]() |\nTăng cường công tác tuyên truyền pháp luật cho thanh, thiếu niên -Ảnh: D.T |\nNội dung tiếp."
    assert lead.strip() in clean(text).body


def test_a_byline_run_on_after_the_last_sentence_ends_the_article():
    text = ("Hội Cựu chiến binh xây dựng trên 990 tổ tự quản về ANTT\n\n" + "Nội dung bài viết dài. " * 10
            + "Góp phần giữ vững trật tự an toàn xã hội. Bình Vân\n\nGia đình chị Khuyến cảm ơn các chiến sĩ CSGT\n\n"
            + "Bình Vân\n\nCác trao đổi mới nhất")
    assert clean(text).body.endswith("trật tự an toàn xã hội. Bình Vân")


def test_a_photo_credit_run_on_after_a_caption_does_not_end_the_article():
    text = ("Nhân rộng các CLB phòng, chống tệ nạn xã hội\n\n" + "Nội dung bài viết dài. " * 10
            + "\n\nMô hình hỗ trợ sinh kế cho phụ nữ tại Phú Thọ. Ảnh Nhật Thy\n\nTại Đồng Tháp, Hội xây dựng 700 CLB.")
    assert clean(text).body.endswith("Tại Đồng Tháp, Hội xây dựng 700 CLB.")


def test_a_photo_credit_with_an_initial_does_not_end_the_article():
    text = ("Bình Thành thực hiện có hiệu quả mô hình Camera an ninh\n\n" + "Nội dung bài viết dài. " * 10
            + "\n\nĐường nông thôn xã Bình Thành được lắp đặt Camera an ninh. Ảnh: H. Đức"
            + "\n\nBình Thành có trên 3 ngàn hộ dân với hơn 9,7 ngàn nhân khẩu sinh sống ở 6 ấp.")
    assert clean(text).body.endswith("sinh sống ở 6 ấp.")


def test_a_kicker_closed_by_a_colon_above_the_title_opens_it():
    text = ("Hội LHPN tỉnh Điện Biên :\n\nThực hiện hiệu quả phong trào toàn dân bảo vệ an ninh Tổ quốc\n\n"
            "Thứ Hai, 08/01/2018, [GMT+7]\n\nĐiện Biên TV – Thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc.")
    cleaned = clean(text)
    assert cleaned.title == ("Hội LHPN tỉnh Điện Biên: Thực hiện hiệu quả phong trào toàn dân bảo vệ an ninh Tổ "
                             "quốc")
    assert cleaned.published == dt.date(2018, 1, 8)


def test_a_quoted_word_counts_toward_a_short_headline():
    text = ("“Mắt thần” an ninh\n\nBáo Cà Mau Thời gian qua, hệ thống camera giám sát đóng góp không nhỏ trong công tác "
            "đảm bảo an ninh trật tự trên địa bàn TP Cà Mau.\n\nPhường 2 là nơi tập trung đông các cơ quan.")
    assert clean(text).title == "“Mắt thần” an ninh"


def test_a_source_credit_with_its_date_is_the_dateline():
    text = "Nhân rộng các CLB phòng, chống tệ nạn xã hội\nBáo Tiếng chuông - 05/05/2016\nTrong những năm qua, Hội làm tốt."
    assert clean(text).published == dt.date(2016, 5, 5)


def test_a_masthead_glued_to_its_date_is_the_dateline():
    # 127-03: the paper's name printed twice and run into the date, on its own line under the lead
    text = ("Thường Tín thành lập tổ chữa cháy tự nguyện\n\nNgày 21-5, UBND huyện Thường Tín thông tin, Tổ địa bàn phòng "
            "cháy, chữa cháy công bố Quyết định thành lập Tổ chữa cháy tự nguyện thôn Cao Xá...\n\n"
            "Hà Nội MớiHà Nội Mới21/05/2025\n\nĐây là tổ chữa cháy thứ 2 được thành lập trên địa bàn xã sau mô hình Tổ chữa "
            "cháy tự nguyện thôn Đông Cứu.")
    cleaned = clean(text)
    assert (cleaned.title, cleaned.published) == ("Thường Tín thành lập tổ chữa cháy tự nguyện", dt.date(2025, 5, 21))
    # a sentence ending on a date is no dateline, glued or not
    assert clean("Ra mắt mô hình tổ tự quản ở xã\n\nTổ ra mắt ngày21/05/2025\n\nTổ có 12 thành viên.").published is None
    assert clean("Ra mắt mô hình tổ tự quản ở xã\n\nTổ tự quản được thành lập từ 21/05/2025\n\nTổ có 12 người.").published is None


def test_a_site_clock_and_a_dated_banner_above_the_title_are_not_its_dateline():
    text = ("Thứ năm, 25/04/2024, 04:47|\nCHÀO MỪNG KỶ NIỆM 49 NĂM NGÀY GIẢI PHÓNG MIỀN NAM (30/4/1975 - 30/4/2024)\n\n"
            "Đoàn xã Bình Tú ra mắt mô hình “Đoạn đường thanh niên tự quản”\n\nThứ năm - 19/11/2015 21:29\n"
            "Sáng ngày 17/11/2015, BCH Đoàn xã Bình Tú tổ chức ra mắt mô hình.\n")
    cleaned = clean(text)
    assert (cleaned.title, cleaned.published) == (
        "Đoàn xã Bình Tú ra mắt mô hình “Đoạn đường thanh niên tự quản”", dt.date(2015, 11, 19))


def test_an_eth_typed_for_d_stroke_is_d_stroke():
    assert "Công an tỉnh Đồng Nai" in clean("Quyết tâm đẩy lùi ma túy\n\nCông an tỉnh Ðồng Nai triển khai.").body


def test_a_time_stamp_opening_the_lead_is_the_dateline():
    text = ("Thế trận an ninh nhân dân tạo đà cho thành phố cất cánh\n\n18:22 05/01/2024 Năm 2023 đầy sôi động đã khép lại "
            "với những thành tựu nổi bật trên các lĩnh vực. " + "Nội dung bài viết dài. " * 10)
    assert clean(text).published == dt.date(2024, 1, 5)


def test_a_labelled_date_on_a_meta_line_or_at_the_end_of_the_title_is_the_dateline():
    meta = ("Lan tỏa sức mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc\n"
            "Tác giả: Phan Thanh Hồng .Ngày đăng: 17/08/2022 .Lượt xem: 296 lượt.\nNội dung bài viết.")
    assert clean(meta).published == dt.date(2022, 8, 17)
    cleaned = clean("Một số mô hình phòng, chống tội phạm ở Trà Vinh Ngày đăng: 07/12/2016\nThời gian qua, nội dung.")
    assert (cleaned.title, cleaned.published) == ("Một số mô hình phòng, chống tội phạm ở Trà Vinh", dt.date(2016, 12, 7))


def test_a_date_alone_above_the_title_and_a_lead_opening_on_its_date():
    text = ("20/08/2023\nSùng Nhơn: Tổ chức Ngày hội Toàn dân bảo vệ an ninh Tổ quốc\nNgày 12/8/2023, nhân kỷ\n"
            "niệm 18 năm Ngày hội, xã tổ chức nhiều hoạt động. " + "Nội dung bài viết dài. " * 10)
    assert clean(text).published == dt.date(2023, 8, 20)


def test_a_weather_box_is_no_title_and_the_dateline_under_the_title_wins_over_the_clock_above():
    text = ("Tất cả chuyên mục\nLong An|\n30°C\n/ 27°C - 33°C\nThứ Ba, 04/02/2025 15:49 (GMT +7)\n"
            "Bến Lức 100% xã tổ chức Ngày hội Toàn dân bảo vệ an ninh Tổ quốc\nThứ 2, 15/08/2022 | 10:03:05 [GMT +7] A A\n"
            "Ngày 14/8/2022, đồng chí Bí thư Huyện ủy đã dự Ngày hội. " + "Nội dung bài viết dài. " * 10)
    cleaned = clean(text)
    assert cleaned.title.startswith("Bến Lức") and cleaned.published == dt.date(2022, 8, 15)


def test_a_time_stamped_date_at_the_end_of_the_title_is_the_dateline():
    cleaned = clean("Tổ tuần tra 363 cấp xã: 'Quả đấm thép' giữ bình yên từ cơ sở 23/02/2026 07:14\n\n"
                    "(PLO)- Công an thành phố tổ chức các tổ tuần tra. " + "Nội dung bài viết dài. " * 10)
    assert (cleaned.title, cleaned.published) == ("Tổ tuần tra 363 cấp xã: 'Quả đấm thép' giữ bình yên từ cơ sở",
                                                  dt.date(2026, 2, 23))


def test_a_portal_date_at_the_end_of_the_title_is_the_dateline():
    cleaned = clean("Tổng kết hoạt động Đội tự quản sinh viên năm học 2022-2023 01-06-2023\n\n"
                    "Tối ngày 30 tháng 05 năm 2023, Ban quản lý tổ chức hội nghị. " + "Nội dung bài viết dài. " * 10)
    assert (cleaned.title, cleaned.published) == ("Tổng kết hoạt động Đội tự quản sinh viên năm học 2022-2023",
                                                  dt.date(2023, 6, 1))
    # a date the title is about stays in it: "… an ninh Tổ quốc 19/8/2025", "… từ ngày 01-07 đến ngày 19-08-2024"
    for title in ("Công an xã tổ chức tọa đàm Ngày hội toàn dân bảo vệ an ninh Tổ quốc 19/8/2025",
                  "Ngày hội toàn dân bảo vệ an ninh Tổ quốc diễn ra từ ngày 01-07 đến ngày 19-08-2024"):
        assert clean(title + "\n\nCông an xã tổ chức tọa đàm. " + "Nội dung bài viết dài. " * 10).title == title


def test_a_machine_timestamp_gives_way_to_the_dateline_the_page_shows():
    head = ("Tuổi trẻ Bình Triều ra quân dọn vệ sinh tuyến đường Thanh niên tự quản\n\nĐoàn xã Bình Triều\n"
            "2023-06-04T00:21:38-04:00\n2023-06-04T00:21:38-04:00\n")
    lead = "Ngày 30/5/2022, Đoàn thanh niên xã Bình Triều ra quân dọn vệ sinh. " + "Nội dung bài viết dài. " * 10
    assert clean(head + "Thứ sáu - 02/06/2023 05:36\n" + lead).published == dt.date(2023, 6, 2)
    assert clean(head + lead).published == dt.date(2023, 6, 4)  # a page that shows none: the stamp is its date


def test_a_bracketed_date_at_the_end_of_the_title_is_the_dateline():
    cleaned = clean("“Tổ tự quản tàu thuyền” ở Phú Đông (02/07/2009)\n\n"
                    "Phường Phú Đông có phần lớn nhân dân làm nghề đi biển. " + "Nội dung bài viết dài. " * 10)
    assert (cleaned.title, cleaned.published) == ("“Tổ tự quản tàu thuyền” ở Phú Đông", dt.date(2009, 7, 2))
    twice = clean("Xã Phù Ninh tổ chức Ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm 2025 31/07/2025 (31/07/2025)\n"
                  "*Chiều ngày 30/7/2025, Ủy ban Nhân dân xã tổ chức Ngày hội. " + "Nội dung bài viết dài. " * 10)
    assert twice.published == dt.date(2025, 7, 31)
    assert clean("Kỷ niệm Ngày truyền thống (19/8/1945 - 19/8/2025)\n\n" + "Nội dung bài viết dài. " * 10).published is None


@pytest.mark.parametrize("head, published", [
    pytest.param("Thanh Miện: 205 mô hình điển hình về an ninh trật tự\n\nTHỨ BA, 03/12/2019 09:13:09\n\n"
                 "Đến nay, huyện Thanh Miện đã xây dựng 205 mô hình điểm về an ninh trật tự. ",
                 dt.date(2019, 12, 3), id="time to the second"),
    pytest.param("KCN TÂN THỚI HIỆP PHÁT ĐỘNG PHONG TRÀO TOÀN DÂN BẢO VỆ ANTQ TRONG KCN\n5/10/23 6:09 AM\n\n",
                 dt.date(2023, 5, 10), id="english short date, twelve-hour clock"),
    pytest.param("Những “nhịp cầu” đoàn kết ở bản làng vùng cao\n\nKhánh Linh LDO | 01/05/2022 13:43\n\n",
                 dt.date(2022, 5, 1), id="byline with the paper's initials"),
    pytest.param("Người dân vùng biên giao nộp vũ khí, vật liệu nổ\n\nTHANH HẢI LDO | 14/09/2023 08:20\n\n",
                 dt.date(2023, 9, 14), id="byline in capitals with the paper's initials"),
    pytest.param("Người bảo vệ dân phố tận tụy ở phường Liễu Giai\n\nDương Linh/NSHN| 28/06/2019 07:50\n\n",
                 dt.date(2019, 6, 28), id="byline with the agency after a slash"),
    pytest.param("Xã ven biển ra mắt tổ tự quản an ninh trật tự\n\nNgày đăng:05/03/2021 8:15:02 CH\n\n",
                 dt.date(2021, 3, 5), id="label glued to its date"),
    pytest.param("Giáo xứ ven sông chung tay giữ gìn trật tự\n\nNgày 12/03/2022 09:41 đăng bởi minhanh\n\n",
                 dt.date(2022, 3, 12), id="a portal's poster after the date and clock"),
    pytest.param("Tổ tự quản khu nhà trọ công nhân ở Hà Nội: Những điều mắt thấy, tai nghe\n"
                 "Đời sống - 25/10/2022 18:38 MAI NGỌC - LĐLĐ TP Hà Nội\nỞ trọ như ở nhà\n",
                 dt.date(2022, 10, 25), id="a section before the date and an author after its clock"),
    pytest.param("Mô hình Camera an ninh cộng đồng: “Mắt thần” bảo đảm an ninh trật tự\n\n"
                 "Pháp luật 07:47 | 06/07/2022\n",
                 dt.date(2022, 7, 6), id="a section before the clock, a bar and the date"),
    pytest.param("Nâng cao an toàn học đường, phòng chống lừa đảo trong học sinh\n\nGiáo dục 28/08/2025 12:11\n",
                 dt.date(2025, 8, 28), id="a section before the date and its clock"),
])
def test_a_dateline_under_the_title(head, published):
    cleaned = clean(head + "Nội dung bài viết dài. " * 10)
    assert (cleaned.title, cleaned.published) == (head.split("\n")[0], published)


def test_a_clock_in_the_site_header_far_above_the_title_is_not_the_dateline():
    text = ("Thứ Hai, 12/01/2026 16:45 GMT+7\n• ANTV\n• Hotline: 0692324026\n• Email: news@antv.gov.vn\nSự kiện\nXã hội\n"
            "Nhân rộng mô hình Công an phường điển hình kiểu mẫu về ANTT\nBT\n" + "Nội dung bài viết dài. " * 10)
    assert clean(text).published is None


def test_portal_trailers_end_the_article():
    lead = "Tổ tự quản duy trì hoạt động\n\n" + "Nội dung bài viết dài. " * 10
    for trailer in ("MP\n\nNguồn. ANHP\n\nTiện ích thông tin\nQR Code", "Báo giấy\n\nVideo đang được xem nhiều\nTin A",
                    "Không có bình luận\nTin A",
                    "Mời các bạn đồng hành cùng báo Dân Việt trên mạng xã hội Facebook để cập nhật tin tức mới.\nTin A"):
        body = clean(lead + "\n\n" + trailer).body
        assert lead.strip() in body and trailer.split("\n")[-1] not in body, trailer


def test_a_photo_credit_a_name_inside_its_sentence_and_a_comment_box_counter():
    text = ("Mỗi xã phấn đấu xây dựng thêm 2 mô hình\n\n" + "Nội dung bài viết dài. " * 10
            + "\n\nLãnh đạo Công an tỉnh trao bằng khen.\nẢnh: LƯƠNG HÀ\n\nTại Ngày hội, đồng chí\nLương Văn Huy\n"
            + ", Trưởng Công an xã, đã trình bày diễn văn.\n\nBạn còn 500/500 ký tự\n\nBạn vui lòng nhập từ 5 ký tự")
    assert clean(text).body.endswith("Trưởng Công an xã, đã trình bày diễn văn.")


def test_a_logo_and_tag_block_and_a_comment_form_at_the_end_of_a_page_are_no_body():
    lead = "Tổ hòa giải giữ yên xóm ấp\n\n" + "Nội dung bài viết dài. " * 10 + "Tổ hòa giải hoạt động hiệu quả."
    tags = clean(lead + "\n\nS Việt Nam\n\nĐồng Nai\n\nXã hội\n\nXem thêm").body
    form = clean(lead + "\n\nTrả lời\n\nEmail của bạn sẽ không được hiển thị công khai.").body
    assert tags.endswith("hoạt động hiệu quả.") and form.endswith("hoạt động hiệu quả.")


def test_a_page_cut_short_may_end_on_a_subheading():
    text = "Tổ hòa giải giữ yên xóm ấp\n\n" + "Nội dung bài viết dài. " * 10 + "\n\nKết quả bước đầu"
    assert clean(text).body.endswith("Kết quả bước đầu")


def test_an_author_byline_with_its_date_is_the_dateline_not_a_site_clock_above_the_title():
    text = ("Analytic\nThứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\n\nGương sáng\n\n"
            "\"Phải am hiểu phong tục đồng bào thì hòa giải mới đạt kết quả\"\n\nTrọng Bảo - 09:52, 07/12/2022\n\n"
            + "Nội dung bài viết dài. " * 10)
    cleaned = clean(text)
    assert cleaned.published == dt.date(2022, 12, 7)
    assert "2019" not in cleaned.body
    text = ("Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc thiết thực, hiệu quả\n\nTường Mạnh| 03/06/2021 08:59\n\n"
            + "Nội dung bài viết dài. " * 10)
    assert clean(text).published == dt.date(2021, 6, 3)


def test_a_byline_of_several_authors_with_its_date_is_the_dateline_not_a_site_clock_above_the_title():
    text = ("Analytic\nThứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\n  •  \n\nBình yên trên vùng biên giới xã Tân An\n\n"
            "H.Lan - M. Triết - 10:01, 03/06/2022\n\n" + "Nội dung bài viết dài. " * 10)
    cleaned = clean(text)
    assert cleaned.published == dt.date(2022, 6, 3)
    assert "2019" not in cleaned.body
    text = ("Bình yên trên vùng biên giới xã Tân An\n\nHoàng Lan, Minh Triết - 10:01, 03/06/2022\n\n"
            + "Nội dung bài viết dài. " * 10)
    assert clean(text).published == dt.date(2022, 6, 3)


def test_a_byline_with_the_author_s_role_after_a_dash_is_the_dateline():
    text = ("Người có uy tín góp sức vì một vùng biên sạch ma túy\n\nThanh Nguyễn - CTV - 15:00, 30/11/2022\n\n"
            + "Nội dung bài viết dài. " * 10)
    cleaned = clean(text)
    assert (cleaned.title, cleaned.published) == ("Người có uy tín góp sức vì một vùng biên sạch ma túy",
                                                  dt.date(2022, 11, 30))


def test_a_dateline_with_the_month_in_words_before_the_day():
    text = "Quận 3 tổ chức Hội nghị tuyên truyền pháp luật\n\n• Tháng Sáu 23, 2020\n\n" + "Nội dung bài viết dài. " * 10
    assert clean(text).published == dt.date(2020, 6, 23)


def test_a_dateline_with_the_month_in_words_a_view_counter_and_a_share_button():
    text = ("Một số mô hình tiêu biểu trên địa bàn tỉnh.\n\n"
            "Thứ Sáu, 10 Tháng Mười Một, 2023 36 lượt xem Chia sẻ bài viết:\n\n" + "Nội dung bài viết dài. " * 10)
    cleaned = clean(text)
    assert (cleaned.title, cleaned.published) == ("Một số mô hình tiêu biểu trên địa bàn tỉnh.", dt.date(2023, 11, 10))


def test_a_block_of_related_titles_inside_the_body_without_a_heading_goes():
    text = ("Vĩnh Long: Phát huy hiệu quả mô hình tự quản về an ninh trật tự\n\n"
            "(Mặt trận) - Thời gian qua, MTTQ các cấp tỉnh Vĩnh Long đã phát huy vai trò, vận động Nhân dân tham gia "
            "bảo vệ an ninh trật tự, xây dựng nhiều mô hình tự quản hiệu quả trên địa bàn dân cư của tỉnh trong năm qua.\n\n"
            "Mặt trận Tổ quốc huyện Cai Lậy huy động tốt nguồn lực chăm lo an sinh xã hội\n\n"
            "Bình Thuận: Lan tỏa yêu thương, chăm lo cho người nghèo\n\n"
            "Hiệu quả từ Đề án xóa nhà ở tạm, dột nát cho hộ nghèo ở huyện Yên Sơn\n\n"
            "Theo đó, công tác triển khai phong trào được Ban Thường trực các cấp quan tâm thực hiện.")
    body = clean(text).body
    assert "Cai Lậy" not in body and "Bình Thuận" not in body and "Yên Sơn" not in body
    assert body.endswith("quan tâm thực hiện.")
    caption = "Công an xã Trung Thành (Vũng Liêm) đến tuyên truyền, vận động đồng bào Khmer. Ảnh minh họa\n\n"
    assert "Trung Thành" in clean(text.replace("Theo đó,", caption + "Theo đó,")).body
    # a subheading or two between paragraphs stays, and so does a list of short items
    text = text.replace("Bình Thuận: Lan tỏa yêu thương, chăm lo cho người nghèo\n\n", "")
    assert "Cai Lậy" in clean(text).body
    items = "".join(f"- Mô hình tổ tự quản về an ninh trật tự số {n} ở khu dân cư\n\n" for n in range(4))
    assert "số 3" in clean(text.replace("Theo đó,", items + "Theo đó,")).body


def test_a_headline_first_is_the_title_though_a_dateline_at_the_foot_is_nearer_the_lead():
    text = ("Nga Sơn ra mắt mô hình “Xứ đạo bình yên – gia đình văn hóa”\n"
            "Vừa qua, Ban chỉ đạo an ninh trật tự xã Nga Liên trọng thể tổ chức lễ ra mắt mô hình “Xứ đạo bình yên- Gia "
            "đình văn hóa” tại 2 giáo xứ Tam Tổng và Phúc Lạc.\n"
            "Xã Nga Liên có dân số 9.220 nhân khẩu, trong đó theo đạo Công giáo là 8.640 nhân khẩu.\n"
            "Vũ Thị Tình\nCập nhật ngày: 02/07/2023\n")
    cleaned = clean(text)
    assert cleaned.title.startswith("Nga Sơn ra mắt")
    assert cleaned.published == dt.date(2023, 7, 2)
    assert "Vừa qua, Ban chỉ đạo" in cleaned.body


def test_a_name_like_word_ending_a_hard_wrapped_line_is_the_next_sentence_not_a_byline():
    text = ("Tổ an ninh trên biển\n"
            "Tại xã Duy Vinh, mô hình tuy mới ra mắt chưa đầy một năm nhưng đã đem lại hiệu quả đáng kể. Mô hình được "
            "xây dựng trên cơ sở phát động đội lưới C10 của xã gồm 5 tổ đoàn kết với hơn 400 lao động đi biển.\n"
            "Mô hình đã tháo gỡ được những mâu thuẫn nảy sinh trong nội bộ, hòa giải các tranh chấp trên biển. Tham\n"
            "gia tổ, mỗi ngư dân cũng là một chiến sĩ bảo vệ biển đảo.\n")
    assert clean(text).body.endswith("mỗi ngư dân cũng là một chiến sĩ bảo vệ biển đảo.")
    assert clean(text.replace("Tham\ngia tổ", "Nguyễn Văn An\n\nTin liên quan")).body.endswith("lao động đi biển.\n\n"
        "Mô hình đã tháo gỡ được những mâu thuẫn nảy sinh trong nội bộ, hòa giải các tranh chấp trên biển. Nguyễn Văn An")


def test_a_byline_with_its_broadcaster_run_into_an_update_stamp_is_the_dateline():
    text = ("TV& VIDEO\n\nHiệu quả từ mô hình camera an ninh tại các khu dân cư\n\n"
            "Ái Linh, Phạm Việt (VTV8)Cập nhật 08:00 ngày 22/11/2017\n\n" + "Nội dung bài viết dài. " * 10)
    cleaned = clean(text)
    assert (cleaned.title, cleaned.published) == ("Hiệu quả từ mô hình camera an ninh tại các khu dân cư",
                                                  dt.date(2017, 11, 22))


def test_a_portal_list_of_newer_and_older_items_ends_the_article():
    text = ("Tiếng mõ an ninh ở Thăng Bình\n\n" + "Nội dung bài viết dài về mô hình tiếng mõ an ninh. " * 6 + "\n"
            "Những tin mới hơn\nNhững tin cũ hơn\n"
            "Sửa đổi một số tiêu chí ban hành kèm theo Quyết định số 36 ngày 09/12/2022 của UBND tỉnh\n")
    body = clean(text).body
    assert "Quyết định số 36" not in body and "tin mới hơn" not in body
    assert body.endswith("mô hình tiếng mõ an ninh.")
    assert "Tin cũ hơn" not in clean(text.replace("Những tin mới hơn\nNhững tin cũ hơn", "Tin cũ hơn")).body


def test_a_teaser_whose_lead_opens_on_the_sites_own_credit_ends_the_article():
    lead = "VTV.vn - Tỉnh Phú Yên đã phát động lắp đặt camera giám sát an ninh trên địa bàn các khu dân cư.\n\n"
    text = ("Hiệu quả từ mô hình camera an ninh tại các khu dân cư\n\n" + lead
            + "Tuy mới được triển khai song mô hình camera an ninh đã nhận được sự hưởng ứng của nhân dân. " * 3 + "\n\n"
            "Nhiều cảng cá xây dựng từ nguồn bồi thường của Formosa chậm tiến độ\n\n"
            "VTV.vn - Sau nhiều năm thi công, các cảng cá vẫn chưa hoàn thành.\n")
    body = clean(text).body
    assert "Formosa" not in body and "cảng cá" not in body
    assert body.endswith("sự hưởng ứng của nhân dân.")
    # another credit, or the lead's own line, is body
    other = text.replace("VTV.vn - Sau", "Sau")
    assert "Formosa" in clean(other).body


def test_a_dateline_with_a_twelve_hour_mark_and_the_section_run_on_after_a_bar():
    text = ("Bảng giá điện tử Danh mục đầu tư\n\nMột phường ở TPHCM đã phủ 100% camera thông minh\n\n"
            "24-12-2025 - 13:46 PM | Kinh tế số\n\n" + "Nội dung bài viết dài. " * 10)
    cleaned = clean(text)
    assert (cleaned.title, cleaned.published) == ("Một phường ở TPHCM đã phủ 100% camera thông minh",
                                                  dt.date(2025, 12, 24))
    text = ("Tổ tự quản giữ bình yên khu phố\n\n03/06/2021 08:59 | Pháp luật\n\n" + "Nội dung bài viết dài. " * 10)
    assert clean(text).published == dt.date(2021, 6, 3)


def test_a_teaser_cut_off_inside_a_word_at_the_end_of_the_page_is_no_body():
    lead = ("Ra mắt mô hình khu dân cư an toàn phòng cháy\n\n" + "Nội dung bài viết dài. " * 10
            + "Buổi diễn tập là dịp để các thành viên nâng cao ý thức phòng cháy.")
    teaser = ("Làn tăng tốc độ trước cửa hàng xăng dầu trên quốc lộ 1 tuyến tránh TX Kỳ Anh (Hà Tĩnh) bất ngờ bị "
              "\"cụt\" khiến người tham gia giao thông d")
    assert clean(lead + "\n\n" + teaser).body.endswith("nâng cao ý thức phòng cháy.")
    for end in ("Kết quả bước đầu", "Tổng chiều dài tuyến đường là 500 m", "Mô hình ra mắt tại xã Tân Lâm Hương"):
        assert clean(lead + "\n\n" + end).body.endswith(end), end


def test_an_author_in_capitals_before_the_date_and_clock_is_the_dateline():
    text = ("Biên giới - Hải đảo\n\nRa mắt mô hình an ninh tại một xã vùng biên\n\nTRẦN VĂN AN 08/06/2024 17:19\n\n"
            + "Nội dung bài viết dài. " * 10)
    cleaned = clean(text)
    assert (cleaned.title, cleaned.published) == ("Ra mắt mô hình an ninh tại một xã vùng biên", dt.date(2024, 6, 8))
    # a banner in capitals with a date but no clock is no dateline of an author
    banner = text.replace("TRẦN VĂN AN 08/06/2024 17:19", "CHÀO MỪNG NGÀY HỘI 19/8/2024")
    assert clean(banner).published is None


def test_a_comment_counter_and_an_invitation_to_follow_the_broadcaster_end_the_article():
    body = "Nội dung bài viết dài. " * 10 + "Mô hình góp phần giữ bình yên vùng núi rừng."
    for trailer in ("(0) Bình luận", "(12) bình luận",
                    "* Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình Việt Nam trên TV Online!"):
        text = f"Ra mắt mô hình an ninh tại một xã vùng biên\n\n08/06/2024\n\n{body}\n\n{trailer}\n\nMới nhất"
        assert clean(text).body.endswith("vùng núi rừng."), trailer


def test_a_sentence_announcing_a_list_above_a_caption_taken_for_the_title_stays():
    lead = ("Xét đề nghị của Công an Thành phố, UBND Thành phố phê duyệt danh sách 43 xã, phường, thị trấn trọng điểm "
            "trên địa bàn thành phố Hà Nội năm 2020 như sau:")
    text = f"{lead}\n\nPhường Phúc Tân, Chương Dương (quận Hoàn Kiếm); phường Trung Hòa (quận Cầu Giấy).\n\n" \
           "Tuyên truyền để người dân chấp hành pháp luật (Ảnh minh họa)."
    assert lead in clean(text).body


def test_a_bracketed_date_with_its_clock_at_the_end_of_the_title_is_the_dateline():
    for stamp in ("(23/12/2017 16:20)", "(16:20 23/12/2017)"):
        cleaned = clean(f"Bình yên nơi xứ đạo {stamp}\n\n"
                        "Những năm qua, bà con giáo dân xã Việt Xuân luôn đoàn kết. " + "Nội dung bài viết dài. " * 10)
        assert (cleaned.title, cleaned.published) == ("Bình yên nơi xứ đạo", dt.date(2017, 12, 23)), stamp


def test_authors_with_initials_run_into_the_date_and_clock_are_the_dateline():
    for byline in ("Hoàng Thanh - M.Q 26/06/2024 18:10", "Hoàng Thanh 26/06/2024 18:10", "N.T.Hà 26/06/2024 18:10"):
        text = (f"Pháp luật\n\nĐắk Nông chuẩn bị ra mắt 713 tổ bảo vệ trật tự cơ sở\n\n{byline}\n\n"
                "Ngày 1/7 tới đây, Đắk Nông sẽ tổ chức lễ ra mắt lực lượng. " + "Nội dung bài viết dài. " * 10)
        cleaned = clean(text)
        assert (cleaned.title, cleaned.published) == ("Đắk Nông chuẩn bị ra mắt 713 tổ bảo vệ trật tự cơ sở",
                                                      dt.date(2024, 6, 26)), byline


def test_a_heading_of_other_news_and_a_link_to_the_comments_after_the_author_end_the_article():
    lead = "Bình yên nơi xứ đạo\n\n" + "Nội dung bài viết dài. " * 10 + "Quê hương Việt Xuân có một khí thế mới./."
    for trailer in ("LƯƠNG KHẾ\n\nCác tin, bài viết khác\n\nTin A", "Tin, bài khác\n\nTin A",
                    "Trường GiangXem phản hồi\n\nTin A", "Xem phản hồi\n\nTin A", "Gửi phản hồi\n\nTin A"):
        body = clean(lead + "\n\n" + trailer).body
        assert body.endswith(("khí thế mới./.", "LƯƠNG KHẾ")) and "Tin A" not in body, trailer
    # a sentence about replies stays
    line = "Người dân có thể gửi phản hồi qua đường dây nóng của Công an xã để được giải quyết kịp thời."
    assert clean(lead + "\n\n" + line).body.endswith(line)


def test_an_image_s_placeholder_name_above_its_caption_is_no_byline():
    last = ("Qua hơn 01 tháng vận hành thử nghiệm, mô hình đã mang lại nhiều kết quả tích cực, đã xử lý trên 10 "
            "trường hợp vi phạm.")
    text = ("Công an xã ra mắt mô hình “Camera an ninh”\n\n" + "Nội dung bài viết dài về mô hình. " * 8 + "\n\nUntitled"
            "\n\nLễ ra mắt Ban Điều hành mô hình “Camera an ninh” xã Hỏa Tiến\n\n" + last)
    body = clean(text).body
    assert body.endswith(last) and "Untitled" not in body


def test_a_share_button_with_its_label_after_the_author_is_no_body():
    text = ("15/12/2017 - 01:15\n\nMỹ Lộc “Nhóm hộ gia đình tự quản về an ninh, trật tự gắn với camera an ninh” "
            "phát huy hiệu quả\n\nQua gần 9 tháng thực hiện, xã vận động và thành lập được 114 nhóm với 579 thành "
            "viên tham gia, "
            "lắp đặt 9 điểm với 25 camera từ nguồn kinh phí do người dân đóng góp. Mô hình góp phần nâng cao ý thức "
            "của người dân, ANTT ổn định./.\n\nNN\n\nChia sẻ bài viết")
    body = clean(text).body
    assert body.endswith(("ANTT ổn định./.", "NN"))
    assert "Chia sẻ" not in body


def test_the_title_and_credited_lead_printed_twice_are_the_same_article():
    lead = ("(ANTĐ) - An ninh trật tự tại các làng, xã có nhiều điều phức tạp. Tuy nhiên, nhờ có sự sáng tạo, CAH "
            "Ba Vì đã đúc rút kinh nghiệm và tham mưu cho Huyện ủy, UBND huyện Ba Vì tập trung chỉ đạo đẩy mạnh "
            "phong trào thi đua quần chúng bảo vệ an ninh Tổ quốc trên địa bàn, với những mô hình mới.")
    title = "An ninh dòng họ - Thái bình vô di đáp"
    story = "Nàng cười, nụ cười phảng phất nỗi đau nhưng thật cương quyết: ta đi để yên một bề cho nhà chồng ta."
    body = clean(f"{title}\n\n{lead}\n\n{title}\n\n{lead}\n\nChuyện làng xã…\n\n{story}\n").body
    assert body.endswith(story)
    # another article's teaser with the same credit still ends the article
    other = "(ANTĐ) - Sáng nay, Công an quận Hoàn Kiếm ra mắt mô hình tổ tự quản về an ninh trật tự tại phố cổ."
    body = clean(f"{title}\n\n{lead}\n\n{story}\n\nRa mắt tổ tự quản tại phố cổ Hà Nội\n\n{other}\n").body
    assert body.endswith(story)


def test_photo_file_names_after_the_last_paragraph_are_no_body():
    last = ("Các thành viên đã và đang phát huy tốt vai trò, nhiệm vụ của mình tại địa phương trong việc tuyên "
            "truyền pháp luật.")
    text = ("Hội LHPN tỉnh Khánh Hòa: ra mắt câu lạc bộ “Phụ nữ với pháp luật”\n\n" + "Nội dung bài viết dài. " * 12
            + "\n\n" + last + "\n\nimage001.jpg (307 KB)\n\nimage003.jpg (239 KB)\n\nKim Khánh\n")
    body = clean(text).body
    assert body.endswith(last) and "image001.jpg" not in body
    # a photo's file name above its caption, inside the article, stays
    inside = ("Hội CCB phường Phước Hải với phong trào\n\n" + "Nội dung bài viết dài. " * 12 + "\n\nPHUOC HAI.jpg "
              "(172 KB)\nCựu chiến binh phường Phước Hải tuần tra.\n\n" + last + "\n")
    body = clean(inside).body
    assert "PHUOC HAI.jpg (172 KB)" in body and body.endswith(last)


def test_round38_an_authors_line_under_the_dateline_and_its_clock_opens_the_story():
    lead = ("Trong mỗi người dân thôn Trung Vân, xã Đan Hải, tỉnh Hà Tĩnh, đồng chí Trần Xuân Lương đã trở thành biểu "
            "tượng của sự tận tụy, trách nhiệm. Đồng chí không chỉ là Tổ trưởng Tổ an ninh trật tự gương mẫu mà còn "
            "là một người hàng xóm gần gũi.")
    last = "Gần 20 năm gắn bó với công tác công an viên, đồng chí Lương chưa bao giờ thờ ơ trước việc của dân."
    text = (f"Tổ trưởng an ninh, trật tự tận tụy vì sự bình yên thôn xóm\n\n{lead}\n\n16/09/2025\n\n00:00\n"
            "Nữ Miền Bắc\n\nĐầu tháng 9, chúng tôi trở lại thôn Trung Vân – khu dân cư kiểu mẫu của xã Đan Hải. Những "
            f"con đường bê tông phẳng phiu, hai bên là những hàng rào xanh mướt.\n\n{last}\n")
    assert clean(text).body.endswith(last)
    # a closing byline after the last paragraph still ends the article
    text = f"Tổ trưởng an ninh, trật tự tận tụy vì sự bình yên thôn xóm\n\n{lead}\n\n{last}\n\nNữ Miền Bắc\n\nTin khác"
    assert clean(text).body.endswith(last)


def test_round38_a_source_credit_with_the_originals_link_ends_the_article():
    last = ("Tuy chưa giao được đối tượng cho lực lượng công an để xử lý nhưng tinh thần sẵn sàng truy bắt đối tượng "
            "cướp giật tài sản của anh Hải và anh Thanh rất đáng biểu dương.")
    text = ("Khen thưởng 2 người dân dũng cảm bắt cướp có hung khí\n\n" + "Nội dung bài viết dài. " * 12
            + f"\n\n{last}\n\nChu Trinh-VOV/ĐBSCL\n\nNguồn VOV : https://vov.vn/the-gioi/khen-thuong-post1241077.vov\n")
    body = clean(text).body
    assert last in body and "https://" not in body
    text = ("Khen thưởng 2 người dân dũng cảm bắt cướp có hung khí\n\n" + "Nội dung bài viết dài. " * 12
            + f"\n\n{last}\n\nNguồn: https://vov.vn/the-gioi/khen-thuong-post1241077.vov\n")
    assert "https://" not in clean(text).body


def test_round39_a_sites_address_line_ends_the_article():
    last = ("Được biết, mô mình này sẽ sớm được nhân rộng đến các địa phương trên địa bàn thị xã nhằm giảm thiếu "
            "tình hình tội phạm.")
    text = ("Công an thị xã Ba Đồn triển khai mô hình “Tiếng loa an ninh”.\n\nThứ sáu - 17/07/2020 19:54\n\n"
            + "Nội dung bài viết dài. " * 12 + f"\n\n{last}\n\nĐịa chỉ Website: badontv.vn\n\nTên gọi:\n\n"
            "BĐRT (BaDon Radio Television)\n\nTrang thông tin điện tử tổng hợp Trung tâm Văn hóa - Thể thao và "
            "Truyền thông thị xã Ba Đồn.")
    assert clean(text).body.endswith(last)


def test_round41_camera_file_names_and_a_plural_related_posts_heading_end_the_body():
    last = "Buổi ký kết khép lại với cam kết phối hợp chặt chẽ giữa các lực lượng trên địa bàn khu dân cư."
    text = ("Ký kết quy chế phối hợp giữ gìn an ninh trật tự ở khu đô thị mới\n\n" + "Nội dung bài viết dài. " * 12
            + "\n\n" + last + "\n\nDSC01234\nDSC01240\nIMG_5521\n\nCác bài viết liên quan\n\n"
            + "Xem thêm các tin tức liên quan về dự án từ công ty chúng tôi\n\nQuý khách để lại thông tin để nhận tư vấn\n")
    body = clean(text).body
    assert body.endswith(last) and "DSC01234" not in body


def test_round42_a_portals_information_tools_box_ends_the_article():
    lead = "Phường ra mắt tổ an ninh tự quản\n\n" + "Nội dung bài viết dài. " * 10 + "\n\n(Nguồn: congan.example.vn)"
    body = clean(lead + "\n\nTiện ích thông tin\nNguồn tin\nQR Code\nQR CODE: Phường ra mắt tổ an ninh tự quản").body
    assert body.endswith("(Nguồn: congan.example.vn)")


def test_round43_the_page_s_eth_is_shown_as_typed_and_read_as_d_stroke():
    from phongtrao.intake.extraction.pipeline import extract_text

    text = "Tuần tra đường biên\n\nCán bộ Ðồn Biên phòng cùng dân xã Krông Na, huyện Buôn Ðôn, tỉnh Ðắk Lắk đi tuần tra."
    cleaned = clean(text)
    assert "huyện Buôn Đôn" in cleaned.body and "huyện Buôn Ðôn" in cleaned.written
    result = extract_text(text, source="t.txt")
    assert result["body"].endswith("Cán bộ Ðồn Biên phòng cùng dân xã Krông Na, huyện Buôn Ðôn, tỉnh Ðắk Lắk đi tuần tra.")
    # names found as read (the gazetteer's spelling), their text as the page typed it
    found = {p["name"]: p["text"] for p in result["places"]}
    assert found["Đắk Lắk"] == "tỉnh Ðắk Lắk" and found["Buôn Đôn"] == "huyện Buôn Ðôn"


def test_round43_the_author_s_name_in_capitals_closes_the_article():
    last = "Dự kiến tỉnh sẽ khen thưởng 12 tập thể, 20 cá nhân có thành tích xuất sắc trong phong trào."
    text = ("Tổng kết phong trào bảo vệ an ninh Tổ quốc\n\n" + "Nội dung bài viết dài. " * 12 + "\n\n" + last
            + "\n\nNAM ĐỊNH\n\nTIN TỨC DOANH NGHIỆP\n")
    assert clean(text).body.endswith(last)
    # a heading in capitals with body after it stays
    text = ("Tổng kết phong trào bảo vệ an ninh Tổ quốc\n\n" + "Nội dung bài viết dài. " * 12
            + "\n\nKẾT QUẢ NỔI BẬT\n\n" + last)
    assert "KẾT QUẢ NỔI BẬT" in clean(text).body


def test_round45_a_byline_under_the_lead_printed_again_below_it_does_not_end_the_article():
    # the sapo, the author's credit, a photo's caption, then the sapo again and the story: the article has begun
    lead = "Hằng năm, thị xã đón hàng nghìn khách du lịch, việc giữ an toàn trên sông được đặt lên hàng đầu. " * 3
    text = ("Tổ tự quản đường thủy giữ yên bến sông\n\n" + lead + "\nBài và ảnh: MINH THƯ\n"
            "Thành viên tổ tự quản quan sát tàu thuyền qua lại.\n" + lead + "\nCâu chuyện của tổ bắt đầu từ bến đò cũ.")
    assert clean(text).body.endswith("Câu chuyện của tổ bắt đầu từ bến đò cũ.")


def test_round47_an_anniversary_kicker_above_the_title_is_the_article_s():
    # "Kỷ niệm 89 năm Ngày … (15.10.1930-15.10.2019)" over the headline: the occasion the article is written for
    kicker = "Kỷ niệm 89 năm Ngày truyền thống công tác dân vận của Đảng (15.10.1930-15.10.2019)"
    text = ("BAOTAYNINH.VN trên Google News\n\n" + kicker + "\n\nHội Phụ nữ huyện: Nhiều mô hình dân vận hiệu quả\n\n"
            "Cập nhật ngày: 14/10/2019 - 11:59\n\n" + "Hội viên tham gia tố giác tội phạm. " * 4)
    cleaned = clean(text)
    assert cleaned.title == "Hội Phụ nữ huyện: Nhiều mô hình dân vận hiệu quả"
    assert kicker in cleaned.body and "Google News" not in cleaned.body
    # a site's banner in capitals stays out
    banner = "CHÀO MỪNG KỶ NIỆM 49 NĂM NGÀY GIẢI PHÓNG MIỀN NAM (30/4/1975 - 30/4/2024)"
    assert banner not in clean(text.replace(kicker, banner)).body


@pytest.mark.parametrize("title, line, last", [
    pytest.param("Biên phòng thăm, tặng quà các chùa Khmer",
                 "Đại tá Lương Hữu Trung tặng quà Hòa thượng Thạch Huôl, chùa Prey Chóp, xã Lai Hòa, TP. Cần Thơ",
                 "Tại các nơi đến thăm, đoàn đã tặng quà và gửi lời chúc mừng đến các vị sư sãi và bà con "
                 "phật tử Khmer.",
                 id="a caption ending on 'TP.' and a city's name: no sentence's end, no author"),
    pytest.param("Nông dân gắn kết tình làng xóm nhờ hòa giải cơ sở",
                 "\"Hòa giải thành, không có kẻ thắng, người thua mà là hàn gắn tình đoàn kết\". Ông Trần Hậu Hạnh",
                 "Mới đây, ông vừa hòa giải thành công vụ việc mâu thuẫn giữa hai gia đình.",
                 id="a pull quote with the name of its speaker after it"),
])
def test_a_line_ending_on_a_name_inside_the_article_does_not_end_it(title, line, last):
    text = title + "\n\n" + "Nội dung bài viết dài. " * 10 + "\n\n" + line + "\n\n" + last
    assert clean(text).body.endswith(last)


@pytest.mark.parametrize("line", [
    "Lượt đọc: 4829Thời gian: 11:34 - 10/08/2016",
    "Lượt xem: 1.204 Thời gian: 10/08/2016 11:34",
])
def test_round55_a_view_counter_glued_before_the_labelled_dateline(line):
    # a portal prints its reader counter and its "Thời gian:" stamp on one line, the counter run into the label
    text = ("Quảng Điền: Ra mắt Câu lạc bộ Gia đình phát triển bền vững\n" + line + "\n\n"
            + "Nội dung bài viết dài về câu lạc bộ gia đình. " * 5)
    cleaned = clean(text)
    assert (cleaned.title, cleaned.published) == ("Quảng Điền: Ra mắt Câu lạc bộ Gia đình phát triển bền vững",
                                                  dt.date(2016, 8, 10))
    # an event's time in the body, with no counter before it, is no dateline
    event = ("Hội nghị triển khai mô hình tự quản ở khu dân cư\n\nThời gian: 08:00 - 10/08/2016\n\n"
             + "Nội dung bài viết dài về câu lạc bộ gia đình. " * 5)
    assert clean(event).published is None


def test_round59_a_byline_opened_by_thuc_hien_ends_the_article_and_a_hotline_header_is_no_title():
    text = ("Thắm tình quân dân trong Ngày hội Đại đoàn kết toàn dân tộc năm 2025\n\n" + "Nội dung bài viết dài. " * 10
            + "\n\nChung sức xây dựng xã Tân Trào ngày càng văn minh, giàu đẹp, an toàn.\n"
              "Thực hiện: Quang Trung - Tuấn Anh\n")
    body = clean(text).body
    assert body.endswith("an toàn.") and "Thực hiện" not in body
    assert "Thực hiện: PHƯƠNG NAM" not in clean(text.replace("Quang Trung - Tuấn Anh", "PHƯƠNG NAM - NHẬT VINH")).body
    header = ("Đường dây nóng: 0983449277 - 0913303903 - 0912325336Thứ bảy, 27/07/2024 09:03 GMT+7\n\n"
              "Gian nan công tác chống buôn lậu ở Lạng Sơn\n\n" + "Nội dung bài viết dài. " * 10)
    cleaned = clean(header)
    assert cleaned.title == "Gian nan công tác chống buôn lậu ở Lạng Sơn" and "27/07/2024" not in cleaned.body


def test_round61_a_caption_printed_twice_over_a_subheading_is_no_teaser_block_and_glued_links_end_the_page():
    lead = "Hơn 1 năm thực hiện mô hình giúp hạn chế tội phạm, tệ nạn xã hội trên địa bàn cù lao Long Hựu. " * 3
    caption = "Lực lượng công an 2 xã cù lao Long Hựu tuyên truyền pháp luật cho người dân"
    text = (f"Cù lao Long Hựu bảo đảm an ninh\n\n{lead}\n\n{caption}\n\n{caption}\n\nGiữ bình yên nơi cù lao Long Hựu\n\n"
            "3 năm trước, xã Long Hựu Tây khá nổi tiếng về kỹ thuật nuôi gà đá.")
    assert caption in clean(text).body
    titles = "\n\n".join(f"Tin {w} về phong trào toàn dân bảo vệ an ninh Tổ quốc" for w in ("một", "hai", "ba"))
    assert "Tin hai" not in clean(text.replace(f"{caption}\n\n{caption}\n\nGiữ bình yên nơi cù lao Long Hựu",
                                               titles)).body
    links = "Than Nam MẫuCong Nghe MoThuc phamThan Hà LầmGiám sát khí mỏvinacominKiểm soát vào ra NBCThan Hòn gai"
    body = clean(f"{text}\n\n{links}").body
    assert body.endswith("nuôi gà đá.")
    assert clean(f"{text}\n\nXe VinFast của hãng").body.endswith("của hãng")


def test_round65_an_author_in_capitals_before_a_clock_and_a_date_is_the_dateline():
    # 129-08: the byline under the title, the clock before the date
    text = ("Vì sự bình yên của buôn làng\n\nTUẤN HƯƠNG 00:32, 02/09/2023\n\nTrong những năm qua, trên địa bàn thôn Bê Đê, "
            "tình trạng mâu thuẫn, tranh chấp giảm.")
    cleaned = clean(text)
    assert (cleaned.title, cleaned.published) == ("Vì sự bình yên của buôn làng", dt.date(2023, 9, 2))
    # a capitals line with a clock and a date run on after it is no dateline
    text2 = text.replace("TUẤN HƯƠNG 00:32, 02/09/2023", "TUẤN HƯƠNG 00:32, 02/09/2023 TỔ CHỨC HỌP DÂN Ở THÔN")
    assert clean(text2).published is None


def test_round65_excerpts_cut_off_by_an_ellipsis_end_the_page_with_the_initials_above_them():
    # 130-10: related articles' first sentences, each cut off by "…", under the author's initials
    last = "Nhân dịp này, UBND thị trấn Cát Bà tặng giấy khen 1 tập thể và 3 cá nhân."
    text = ("UBND thị trấn Cát Bà tổng kết mô hình Tổ đò đoàn kết\n\n" + "Tổ đò đoàn kết bến cảng Bến Bèo hoạt động tốt. " * 6
            + f"\n\n{last}\n\nTG\n\nSáng 27/11, UBND quận Ngô Quyền phối hợp với Công ty TNHH MTV Quản lý…\n\n"
            "Chiều 27/11, diễn ra Lễ khai mạc Ngày hội khởi nghiệp đổi mới sáng tạo…\n\n"
            "Thủ tướng Chính phủ đã ký quyết định xếp hạng Di tích quốc gia đặc…")
    assert clean(text).body.endswith(last)
    # two such lines are not enough, and a long paragraph closing on an ellipsis is the article's
    two = text.replace("\n\nThủ tướng Chính phủ đã ký quyết định xếp hạng Di tích quốc gia đặc…", "")
    assert clean(two).body.endswith("đổi mới sáng tạo…")


def test_round69_a_twelve_hour_clock_before_the_date_opening_a_line_is_the_dateline():
    # 136-02: "02:42 AM 29/11/2013 | Lượt xem: 1684 In bài viết |Cầu nối …" under the title
    text = ("Người có uy tín ở Pác Nặm (Bắc Kạn): Điểm tựa an ninh thôn bản\n\n02:42 AM 29/11/2013 | Lượt xem: 1684 "
            "In bài viết |Cầu nối các chủ trương, chính sách…\n\n"
            "Là huyện miền núi tách ra từ huyện Ba Bể cách đây 10 năm.")
    cleaned = clean(text)
    assert (cleaned.title, cleaned.published) == ("Người có uy tín ở Pác Nặm (Bắc Kạn): Điểm tựa an ninh thôn bản",
                                                  dt.date(2013, 11, 29))
    assert clean(text.replace("02:42 AM", "02:42 PM")).published == dt.date(2013, 11, 29)
    # a sentence opening on a clock word is no dateline: "2 giờ sáng 29/11/2013, …"
    assert clean(text.replace("02:42 AM 29/11/2013", "Lúc 2 giờ sáng 29/11/2013")).published is None


def test_round75_a_police_portals_box_of_precepts_after_the_article_is_no_body():
    # 162-01: "TƯ CÁCH" / "NGƯỜI CÔNG AN CÁCH MỆNH LÀ:" in capitals under the last paragraph is the site's box
    last = "Các lực lượng đã giúp Công an các huyện làm rõ 67/69 vụ phạm pháp hình sự..."
    text = ("Củng cố, kiện toàn 1.012 đội dân phòng\n\n" + "Công an các huyện đã củng cố đội dân phòng. " * 6
            + f"\n\n{last}\n\nTƯ CÁCH\nNGƯỜI CÔNG AN CÁCH MỆNH LÀ:\nĐối với tự mình: Phải cần, kiệm, liêm, chính.")
    assert clean(text).body.endswith(last)
    # the precepts quoted in a sentence's case inside an article stay body
    quoted = text.replace("TƯ CÁCH\nNGƯỜI CÔNG AN CÁCH MỆNH LÀ:", "Tư cách người công an cách mệnh là:")
    assert clean(quoted).body.endswith("Đối với tự mình: Phải cần, kiệm, liêm, chính.")


def test_round76_two_authors_in_capitals_joined_by_a_hyphen_before_the_date_are_the_dateline():
    # 163-03: "TRUNG-BẢN 03/06/2024 10:41" under the title, the two authors' names joined by a hyphen
    text = ("Thôn Đông có 12 tổ liên gia an toàn phòng cháy\n\nHOÀNG-MINH 14/05/2024 08:15\n\n"
            "Theo Công an xã, đến hết tháng 4/2024, thôn Đông đã có 12 tổ liên gia an toàn phòng cháy, chữa cháy.")
    cleaned = clean(text)
    assert (cleaned.title, cleaned.published) == ("Thôn Đông có 12 tổ liên gia an toàn phòng cháy", dt.date(2024, 5, 14))
    assert clean(text.replace("HOÀNG-MINH", "HOÀNG - MINH")).published == dt.date(2024, 5, 14)
    # more names than a byline's: no dateline
    assert clean(text.replace("HOÀNG-MINH", "HOÀNG-MINH-LAN-ANH-HÀ-TÚ")).published is None


def test_round77_a_dateline_written_month_first_is_read_where_its_second_number_cannot_be_a_month():
    # 170-07: "10-31-2018" under the title, a template's month-day-year
    text = ("Ra mắt tổ tự quản an ninh trật tự ở giáo họ\n\n11-28-2019\n\n"
            "Công an huyện phối hợp với UBND xã tổ chức lễ ra mắt tổ tự quản an ninh trật tự tại giáo họ.")
    assert clean(text).published == dt.date(2019, 11, 28)
    assert clean(text.replace("11-28-2019", "28-11-2019")).published == dt.date(2019, 11, 28)


def test_round78_a_clock_over_the_sites_contact_block_under_the_title_is_not_the_dateline():
    # 173-01: the headline first, then the site's clock and its contact block ("• Hotline: …", "• Email: …")
    text = ("Hội thi tổ tự quản giỏi ở phường Đông\n\nThứ Ba, 14/04/2026 09:12 GMT+7\n  • Đài PT\n"
            "  • Hotline: 0912345678\n  • Email: toasoan@example.vn\n\nTin tức\n\n" + "Nội dung bài viết dài. " * 10)
    cleaned = clean(text)
    assert (cleaned.title, cleaned.published) == ("Hội thi tổ tự quản giỏi ở phường Đông", None)
    # the same clock over the article's first paragraph is its dateline
    dated = text.replace("  • Hotline: 0912345678\n  • Email: toasoan@example.vn\n", "")
    assert clean(dated).published == dt.date(2026, 4, 14)


def test_round79_other_articles_heading_ends_the_article():
    # 180-07: "Bài viết khác" on a line of its own under the author's initials, the reply form after it
    text = ("Tổ dân phố an toàn\n\n" + "Nội dung bài viết dài. " * 10 + "\n\nMT\n\nBài viết khác\n\nTác giả: minhtri"
            "\n\nTrả lời\n\nEmail của bạn sẽ không được hiển thị công khai.")
    assert "Bài viết khác" not in clean(text).body


def test_round79_a_captions_sentence_with_a_file_extension_stays_body():
    # 176-09: the last caption written as a sentence with ".jpg" glued to it
    text = ("Công an hỗ trợ dân vùng lũ\n\n" + "Nội dung bài viết dài. " * 10
            + "\n\nCông an xã hỗ trợ người dân di dời tài sản khỏi khu vực ngập sâu.jpg")
    assert clean(text).body.endswith("khỏi khu vực ngập sâu.jpg")
    # a photo's file name alone below the article is no body
    assert clean(text.replace("Công an xã hỗ trợ người dân di dời tài sản khỏi khu vực ngập sâu.jpg",
                              "anh bai 2.jpg")).body.endswith("Nội dung bài viết dài.")


def test_round82_the_date_a_question_was_asked_is_not_the_answer_page_s_date():
    # 192-09: a Q&A page's "Ngày hỏi: 22/04/2022 - Lượt xem: 1675" under the question: when it was asked
    text = ("Vị trí, vai trò của lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở\n\nNgười gửi: Cao Công Tố\n\n"
            "Ngày hỏi: 22/04/2022 - Lượt xem: 1675\n\nCâu trả lời\n\n" + "Nội dung câu trả lời dài. " * 10)
    cleaned = clean(text)
    assert (cleaned.title, cleaned.published) == (
        "Vị trí, vai trò của lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", None)
    assert clean(text.replace("Ngày hỏi", "Ngày gửi câu hỏi")).published is None
    assert clean(text.replace("Ngày hỏi", "Ngày đăng")).published == dt.date(2022, 4, 22)


def test_round82_a_back_to_top_button_and_the_comment_form_end_the_article():
    # 189-06: "Lên đầu Top", then the comment form's notes ("Bạn không thể gửi bình luận liên tục. Xin hãy đợi" /
    # "60 giây nữa.")
    text = ("Lắp camera giám sát tại chợ đêm Đà Lạt\n\n" + "Nội dung bài viết dài. " * 10 + "\n\nLên đầu Top\n\n"
            "Bạn cần đăng nhập để thực hiện chức năng này!\n\nBạn không thể gửi bình luận liên tục. Xin hãy đợi\n\n"
            "60 giây nữa.")
    assert clean(text).body.endswith("Nội dung bài viết dài.")
    assert clean(text.replace("Lên đầu Top\n\n", "")).body.endswith("Nội dung bài viết dài.")


def test_round83_a_section_glued_before_the_weekday_and_a_widget_after_the_zone_leave_a_dateline():
    # 195-10: "Pháp luậtThứ Năm, 01/06/2017 15:45:00 +07:00Google News", the section's name run into the weekday and
    # the "Google News" button into the time zone
    text = ("Công an khen thưởng tài xế taxi dũng cảm tông cướp ở Sài Gòn\n\n• Zalo\n\n"
            "Công an khen thưởng tài xế taxi dũng cảm tông cướp ở Sài Gòn\n\n"
            "Pháp luậtThứ Năm, 01/06/2017 15:45:00 +07:00Google News\n\n" + "Nội dung bài viết dài. " * 10)
    cleaned = clean(text)
    assert (cleaned.title, cleaned.published) == (
        "Công an khen thưởng tài xế taxi dũng cảm tông cướp ở Sài Gòn", dt.date(2017, 6, 1))
    # a sentence with a weekday in it is no dateline
    assert clean(text.replace("Pháp luậtThứ Năm, 01/06/2017 15:45:00 +07:00Google News",
                              "Hôm đó là ngày lễ lớn của cả khu phốThứ Năm, 01/06/2017")).published is None


def test_round83_a_section_line_between_the_headline_and_the_dateline_is_not_the_title():
    # 190-01: "Pháp luật hình sự" under the headline, over "08/02/2021 17:24"
    text = ("Gặp mặt, tri ân các “Hiệp sĩ đường phố” tại Đồng Nai\n\nPháp luật hình sự\n\n08/02/2021 17:24\n\n"
            "Trung Nghĩa\n\n" + "Nội dung bài viết dài. " * 10)
    cleaned = clean(text)
    assert (cleaned.title, cleaned.published) == ("Gặp mặt, tri ân các “Hiệp sĩ đường phố” tại Đồng Nai",
                                                  dt.date(2021, 2, 8))
    # a headline of four words with a name in it, nearest the dateline, stays the title
    assert clean(text.replace("Pháp luật hình sự", "Bình yên ở Phú Xuân")).title == "Bình yên ở Phú Xuân"


def test_round84_a_last_line_of_marks_only_is_no_body():
    # 198-09: the article's last paragraph, then a link's arrows on a line of their own (">>>")
    text = "Cắt trộm cáp viễn thông ở Hà Giang\n\n" + "Nội dung bài viết dài. " * 10 + "\n\n>>>\n"
    assert clean(text).body.endswith("Nội dung bài viết dài.")
    assert clean(text.replace(">>>", "* * *")).body.endswith("Nội dung bài viết dài.")


def test_round85_an_advertisement_label_is_no_byline():
    # 201-08: "Quảng Cáo" on a line of its own between paragraphs (an ad slot's label), the article goes on after it
    last = "Công an xã trực tiếp giám sát, đồng hành trong quá trình giáo dục, cảm hóa."
    text = ("Xử lý nhóm thiếu niên gây mất trật tự\n\n" + "Nội dung bài viết dài về nhóm thiếu niên. " * 8
            + "\n\nQuảng Cáo\n\nTrước tình hình trên, Công an xã đã mời các thiếu niên về trụ sở.\n\n" + last)
    body = clean(text).body
    assert body.endswith(last) and "Quảng Cáo" not in body
    # a photo's file name of long digit runs (a social network's, its underscores printed as spaces) goes too
    photo = "597355653 1215930724073736 3612121413187348782 n"
    assert photo not in clean(text.replace("Quảng Cáo", "Quảng Cáo\n\n" + photo)).body
    # a sentence about advertising stays
    line = "Quảng cáo rao vặt dán trái phép trên cột điện đã được lực lượng đoàn viên bóc gỡ."
    assert clean(text.replace("Quảng Cáo", line)).body.count(line) == 1


def test_round87_an_archive_heading_and_a_related_teaser_with_its_site_credit_end_the_article():
    # 210-10 "Các tin đã đưa ngày:": the portal's archive of earlier news under the article (as "Tin đã đưa")
    last = "Hàng năm mỗi nhóm tiếp cận, tư vấn từ 600 – 800 người về phòng, chống tệ nạn xã hội."
    text = ("Hội thảo nhóm tự lực phường Đống Đa\n\n" + "Nội dung bài viết dài về hội thảo của các nhóm. " * 6
            + "\n\n" + last)
    body = clean(text + "\n\nNguyễn Thị Việt Dung - Chi cục PCTNXH\n\nCác tin đã đưa ngày:").body
    assert "Các tin đã đưa" not in body and last in body
    # 211-07: a related article's title with its site credit and lead run on after it ("Việc tử tế: Lớp học võ đặc
    # biệt VTV.vn - Một võ đường …"): another article's teaser
    teaser = ("Việc tử tế: Lớp học võ đặc biệt VTV.vn - Một võ đường đã tồn tại ở TP.HCM hàng chục năm nay nhưng không "
              "chỉ đơn thuần dạy võ.")
    body = clean(text + "\n\n" + teaser).body
    assert body.endswith(last) and "VTV.vn" not in body
    # a sentence citing the site in its middle, with no dash after it, stays
    line = "Phóng sự đã được đăng trên VTV.vn và được nhiều người xem."
    assert clean(text + "\n\n" + line).body.endswith(line)
