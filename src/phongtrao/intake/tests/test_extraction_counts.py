"""Counts: value and counted noun."""
import pytest

from phongtrao.intake.extraction.counts import find_counts


def counts(text):
    return [(c["value"], c["unit"]) for c in find_counts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("có 1.080 người", [(1080, "người")]),
    ("giảm 12,5% so với", [(12.5, "%")]),
    ("hỗ trợ 20 triệu đồng/năm", [(20_000_000, "đồng")]),
    ("thu 1,5 tỷ đồng", [(1_500_000_000, "đồng")]),
    ("lựa chọn 25-30 điểm tổ chức", [(25, "điểm"), (30, "điểm")]),
    ("62/63 địa phương đã", [(62, "địa phương"), (63, "địa phương")]),
    ("từ 10 đến 15 hộ", [(10, "hộ"), (15, "hộ")]),
    ("dài 6,9km", [(6.9, "km")]),
    ("01 địa phương đang", [(1, "địa phương")]),
    ("17 bị cáo", [(17, "bị cáo")]),
    ("14 công tác trọng tâm", [(14, "công tác")]),
    ("Hội nghị Tổng kết 10 năm", [(10, "năm")]),
    ("người 27 tuổi", [(27, "tuổi")]),
    ("bảo vệ dân phố 33 máy bộ đàm", [(33, "máy bộ đàm")]),
    ("(bảo vệ dân phố 253 người; dân phòng 3.872 người)", [(253, "người"), (3872, "người")]),
    ("lực lượng ở mỗi tổ dân phố 5 người; tổ dân phố 6 tổ chức họp", [(5, "người")]),
    ("Tác giả: Phan Hồng .Ngày đăng: 17/08/2022 .Lượt xem: 296 lượt.", []),
    ("Báo cáo 194/BC-UBND 2015 tổng kết 10 năm", [(10, "năm")]),
    ("trong năm có 2015 người tham gia", [(2015, "người")]),
])
def test_counts(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text", [
    "Đoàn kiểm tra số 2 do", "lần thứ 2", "Nghị quyết Trung ương 4 khóa XI", "năm 2023 có", "giai đoạn 2019-2022;",
    "lúc 19h09 sáng", "ANTQ 2023 ngày càng", "tỷ số 3-2.", "khoản 1 Điều 5", "tại tổ 3 khu phố",
])
def test_not_counts(text):
    assert counts(text) == []


def test_distinct_with_occurrences_and_offsets():
    text = "Trao cho 20 tập thể; thêm 20 tập thể khác."
    (found,) = find_counts(text)
    assert found["occurrences"] == [[9, 19], [26, 36]]
    assert text[found["start"]:found["end"]] == found["text"] == "20 tập thể"


@pytest.mark.parametrize(("text", "expected"), [
    ("Hiện có 87 Tổ bảo vệ an ninh, trật tự", [(87, "tổ")]),
    ("Đoàn 12 Quân khu", []),
    ("người dân đã cung cấp 37 tin báo có giá trị", [(37, "tin")]),
    ("dân số 61.245 nhân khẩu", [(61245, "nhân khẩu")]),
    ("định kỳ 6 tháng đánh giá", [(6, "tháng")]),
    ("8 tháng 11 lúc 20:15", []),
])
def test_capitalised_nouns_and_words_that_look_like_labels(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("bắt giữ 05 vụ/07 đối tượng", [(5, "vụ"), (7, "đối tượng")]),
    ("diện tích 228,6 km2", [(228.6, "km2")]),
    ("trên tổng số 17 thôn", [(17, "thôn")]),
    ("(số 14 đường Trần Hưng Đạo)", []),
    ("phấn đấu trong quý IV/2025 hoàn thành", []),
])
def test_second_round_of_held_out_cases(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Toàn quốc có 472.518 “Tổ liên gia an toàn phòng cháy, chữa cháy”", [(472518, "tổ")]),
    ("chỉ trong vòng 30 phút sau khi nhận tin", [(30, "phút")]),
    ("diễn ra đến 15/12 hằng năm", []),
    ("trong năm học 2024-2025 giảm 18 vụ", [(18, "vụ")]),
])
def test_third_round_of_held_out_cases(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("camera hoạt động 24/24 giờ; hình ảnh", [(24, "giờ")]),
    ("diện tích 81,71km2 và dân số 9.500 người", [(81.71, "km2"), (9500, "người")]),
    ("cung cấp cho Công an xã 4 nguồn tin có giá trị", [(4, "nguồn tin")]),
    ("cung cấp cho lực lượng công an các cấp 2.798 nguồn tin liên quan đến ANTT", [(2798, "nguồn tin")]),
    ("với 168 mô hình camera an ninh, 652 mô hình tự quản và 1.200 tổ liên gia", [
        (168, "mô hình"), (652, "mô hình"), (1200, "tổ")]),
])
def test_counts_in_real_reports(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text", ["Lúc 17 giờ 30 ngày 7-5-2020, lực lượng", "hội.\n\nNăm 2025 “Ngày hội toàn dân”"])
def test_times_and_years_are_not_counts(text):
    assert counts(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Ban Chỉ đạo 138 phường Phước Trung tặng 50 suất quà", [(50, "suất quà")]),
    ("BCĐ 138 phường; Chi hội Phụ nữ Tổ dân phố 6 cùng Công an phường", []),
    ("sinh hoạt tại 37 chi hội, 1 Chi hội Phụ nữ Công an phường", [(37, "chi hội"), (1, "chi hội")]),
])
def test_committee_and_street_group_numbers_are_names(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("đã chỉ đạo 100% xã, phường", [(100, "%")]),
    ("xây dựng chỉ đạo điểm 2 khu dân cư", [(2, "khu dân cư")]),
    ("bàn giao 500 “móc khóa an ninh” và hơn 1.000 \"móc khóa an ninh\" khác", [(500, "móc khóa"), (1000, "móc khóa")]),
    ("Tổ thanh niên 3 nhanh xung kích", []),
])
def test_verbs_before_numbers_quoted_units_and_slogans(text, expected):
    assert counts(text) == expected


def test_clubs_are_counted():
    assert counts("xây dựng được trên 3.600 tổ, 700 CLB với 121.554 thành viên; 22 câu lạc bộ") == [
        (3600, "tổ"), (700, "clb"), (121554, "thành viên"), (22, "câu lạc bộ")]


def test_a_recurring_day_is_not_a_count():
    assert counts("Đều đặn vào ngày 15 và 30 hàng tháng, 3 tổ luân phiên tuần tra") == [(3, "tổ")]


def test_slogan_numbers_are_not_counts():
    assert counts("Ra mắt dòng họ “3 quản”; gia đình 5 không, 3 sạch; 5 tốt, 3 xanh, 2 giữ; 56 hộ gia đình.") == [
        (56, "hộ gia đình")]


def test_a_number_before_self_words_names_a_slogan():
    # "tự" (self-) makes a verb of what follows: "3 tự quản", "4 tự", "2 tự phòng" name a slogan's items, no things
    assert counts("Phụ nữ An Khánh thực hiện 3 tự quản: an ninh trật tự, vệ sinh môi trường; mô hình 4 tự và "
                  "2 tự phòng; 56 hộ gia đình.") == [(56, "hộ gia đình")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Trưởng Ban chỉ đạo 138 tỉnh dự hội nghị cùng 40 đại biểu", [(40, "đại biểu")]),
    ("Xã có diện tích 52 km², dân số 8.000 người", [(52, "km²"), (8000, "người")]),
    ("khu đất rộng 300 m² ở giữa làng", [(300, "m²")]),
])
def test_committee_in_lower_case_and_square_units(text, expected):
    assert counts(text) == expected


def test_numbers_opening_a_quoted_slogan_are_part_of_its_name():
    assert counts("thực hiện “3 bám, 4 cùng” để bảo vệ") == []
    assert counts('Cửa Vạn trở thành địa phương "5 trắng": y tế, giáo dục') == []
    assert counts("mô hình “2 phòng, 3 giữ” (Công an phường Cửa Đại) và 500 “móc khóa an ninh”") == [
        (500, "móc khóa")]


def test_a_unit_word_runs_on_into_no_digits():
    assert counts("tại KCN Tràng Duệ.\n\n3503 z2017386523890 c7c7bb423c477cac92e2fe51bf") == []


def test_a_share_of_the_population_is_no_count():
    assert counts("hơn 500 nhân khẩu, chiếm 1/4 dân số của xã") == [(500, "nhân khẩu")]


def test_a_clan_is_a_counted_noun_even_capitalised():
    assert counts("54 Tộc họ tự quản tại 7/9 xã") == [(54, "tộc họ"), (7, "xã"), (9, "xã")]


def test_a_distance_glued_after_a_level_word_is_a_count():
    assert counts("cách trung tâm thị xã 25km, có diện tích tự nhiên 3.659ha") == [(25, "km"), (3659, "ha")]


def test_trong_so_counts_rather_than_labels():
    assert counts("Đây là ấp thứ 2 trong số 6 ấp của xã triển khai mô hình") == [(6, "ấp")]


def test_a_capitalised_centre_is_a_counted_noun():
    assert counts("tỉnh còn xây dựng 3 Trung tâm để quản lý điều hành hệ thống") == [(3, "trung tâm")]


def test_a_view_counter_after_the_number_on_a_meta_line_is_no_count():
    assert counts("Thứ Sáu, 10/11/2023 36 lượt xem Chia sẻ bài viết:") == []
    assert counts("Thứ 5, 30/11/2023 | 19:55:14\n2,717 lượt xem\nSáng ngày 30/11, xã ra mắt 2 tổ.") == [(2, "tổ")]
    sentence = "Video đã thu hút hơn 5.000 lượt xem trên mạng xã hội, được người dân chia sẻ rộng rãi trong xã."
    assert counts(sentence) == [(5000, "lượt")]


def test_decades_name_no_count():
    assert counts("những thập niên 1990 - 2000 vùng Long Xá là địa bàn phức tạp.") == []
    assert counts("tham mưu với cấp ủy, chính quyền 2 xã Trung Thịnh và Nàng Đôn.") == [(2, "xã")]


def test_an_award_counted_in_capitals_and_years_along_a_road_travelled():
    assert counts("Công an tỉnh đã tặng 14 Giấy khen và 3 Bằng khen cho hội viên.") == [(14, "giấy khen"),
                                                                                      (3, "bằng khen")]
    assert counts("ôn lại chặng đường 78 năm xây dựng, chiến đấu và trưởng thành") == [(78, "năm")]


def test_a_thousands_number_with_a_decimal_dot_typed_for_the_comma():
    assert counts("có tổng diện tích 7.810.4km2, với bờ biển dài 192km") == [(7810.4, "km2"), (192, "km")]


def test_a_fall_from_one_number_to_another_counts_both_in_the_noun_after_them():
    assert counts("số người nghiện đã giảm từ 36 xuống còn 28 người") == [(36, "người"), (28, "người")]
    assert counts("tăng từ 12 lên 20 mô hình") == [(12, "mô hình"), (20, "mô hình")]


def test_the_eve_of_tet_a_two_tier_government_and_a_verb_after_a_number_are_no_counts():
    assert counts("Đêm 30 tết, một nam thanh niên lẻn vào nhà") == []
    assert counts("thực hiện mô hình chính quyền địa phương 2 cấp, Công an đã chủ động") == []
    assert counts("sau khi mô hình chính quyền 2 cấp chính thức hoạt động") == []
    assert counts("Thực hiện chính quyền địa phương 2 cấp từ ngày 01/7/2025") == [(2, "cấp")]
    assert counts("lấy phố 3, phố 4 làm điểm") == []


def test_a_unit_written_as_an_acronym_after_a_fraction():
    assert counts("diễn ra tại 13/13 TDP trên toàn thị trấn") == [(13, "tdp")]


def test_police_stations_and_firms_counted_by_their_capitalised_or_abbreviated_names():
    assert counts("78/102 Công an xã, thị trấn đã có trụ sở độc lập") == [(78, "công an xã"), (102, "công an xã")]
    assert counts("Trong đó 243 DN đến từ Hàn Quốc, 88 DN đến từ Trung Quốc") == [(243, "dn"), (88, "dn")]


def test_a_district_or_commune_road_number_is_no_count():
    assert counts("có huyện lộ 24 nối liền Quốc lộ 57 và hương lộ 6 đi qua xã") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("có 11 huyện miền núi với hơn 45 vạn người dân tộc thiểu số", [(11, "huyện"), (450_000, "người dân")]),
    ("đánh bắt ở 3 vạn chài ven biển", [(3, "vạn chài")]),
    ("phường lắp đặt thí điểm 8 chiếc camera", [(8, "chiếc")]),
    ("lắp đặt được 28 camera ở 4 trên 10 tổ dân phố.", [(28, "camera"), (4, "tổ dân phố"), (10, "tổ dân phố")]),
])
def test_van_a_trial_run_and_a_of_b_written_with_tren(text, expected):
    assert counts(text) == expected


def test_medals_named_in_capitals_are_counted_by_their_noun():
    assert counts("được tặng thưởng nhiều phần thưởng cao quý, gồm: 2 Huân chương Hồ Chí Minh, 5 Huân chương Quân "
                  "công hạng Nhì; 3 Huy chương Vì an ninh Tổ quốc.") == [
        (2, "huân chương"), (5, "huân chương"), (3, "huy chương")]


def test_police_counted_per_commune_with_a_modifier():
    assert counts("đảm bảo trung bình từ 5,3 Công an chính quy/xã, thị trấn trở lên; tăng cường 12 công an chính quy.") == [
        (5.3, "công an"), (12, "công an")]


def test_horsepower_ages_after_their_noun_and_the_apparatus_of_two_tiers():
    assert counts("tổng công suất 166.950 CV, và 3.550 lao động") == [(166950, "cv"), (3550, "lao động")]
    assert counts("tàu có công suất từ 90 CV trở lên") == [(90, "cv")]
    assert counts("người trong xã độ tuổi từ 18 - 40 tham gia buôn bán") == [(18, "tuổi"), (40, "tuổi")]
    assert counts("tổ chức lại bộ máy chính quyền 2 cấp sau khi sáp nhập") == []


def test_the_items_of_a_quoted_numbered_slogan_are_no_counts_anywhere_in_the_article():
    assert counts("mô hình tự quản có tên gọi “2 xây, 3 phòng, 4 tự”, cụ thể: 2 xây là xây dựng gia đình văn hoá; "
                  "3 phòng là phòng ngừa tội phạm; 4 tự là tự quản. Có 12 hộ tham gia.") == [(12, "hộ")]
    assert counts("Hiệu quả từ mô hình '5 quản, 3 phòng, 3 bảo vệ'\n\nmô hình “5 quản, 3 phòng, 3 bảo vệ” trong "
                  "Phật giáo; mô hình 5 quản, 3 phòng, 3 bảo vệ và 3 phòng học mới") == [(3, "phòng")]


def test_to_chuc_after_a_numbered_unit_is_the_verb():
    assert counts("UBND quận 4 tổ chức ra quân các đội hình với 12 tổ chức thành viên") == [(12, "tổ chức")]


def test_the_two_tier_government_operated_is_its_name():
    assert counts("ngay sau những ngày vận hành chính quyền địa phương 2 cấp, 30 tổ ra quân") == [(30, "tổ")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tổ an ninh thôn 9 tuần tra ngày 3 lần vào trưa", [(3, "lần")]),
    ("Mỗi tuần 3 lần, họ lên bản", [(3, "lần")]),
    ("Ở tuổi\n26, họ là những cô gái trẻ nhất", [(26, "tuổi")]),
    ("Mỗi tổ gồm 1 tổ trưởng, 1 tổ phó và các tổ viên", [(1, "tổ trưởng"), (1, "tổ phó")]),
    ("khi làm nhiệm vụ từ đủ 4 giờ trở lên trong khung giờ từ 22h", [(4, "giờ")]),
    ("họp lúc 8 giờ sáng ngày 3", []),
])
def test_frequencies_ages_after_o_tuoi_deputies_and_durations(text, expected):
    assert counts(text) == expected


def test_a_number_inside_a_quoted_name_is_part_of_the_name():
    assert counts("“Gian hàng 5.000 đồng” của Hội Phụ nữ xã thu hút 300 hội viên") == [(300, "hội viên")]
    assert counts("mô hình “Gian hàng 0 đồng” và quỹ 5 triệu đồng") == [(5_000_000, "đồng")]


@pytest.mark.parametrize(("text", "expected"), [
    ("thành lập mô hình “Câu lạc bộ 3 tích cực trong đồng bào Khmer. Qua 8 năm hoạt động", [(8, "năm")]),
    ("mô hình tổ tự quản của nhân dân thôn La Thọ 2 xã Điện Hòa. Điện Hòa giáp ranh với 10 xã trong đó có 3 xã Hòa "
     "Phước, Hòa Châu", [(10, "xã"), (3, "xã")]),
    ("Đoàn thanh niên trao tặng 300 “Móc khóa đảm bảo An ninh trật tự” cho lực lượng Công an xã",
     [(300, "móc khóa")]),
    ("dưới sự coi sóc của 4 Tổng Giám mục, Giám mục và 110 linh mục", [(4, "tổng giám mục"), (110, "linh mục")]),
])
def test_a_quality_a_numbered_village_a_quoted_capitalised_item_and_clergy_in_title_case(text, expected):
    assert counts(text) == expected


def test_one_before_so_is_the_word_some_written_as_a_digit():
    assert counts("Trong đó có 1 số công nhân lao động nhận thức hạn chế; 1 số người vi phạm.") == []
    assert counts("Sau 1 thời gian nghiên cứu, Hội làm điểm tại 2 chi hội.") == [(2, "chi hội")]
    # more than one of a numbered thing still counts
    assert counts("Công an xã công khai 2 số điện thoại đường dây nóng.") != []



def test_a_power_rating_glued_to_its_number_is_a_measure():
    assert counts("Mỗi gia đình đóng góp để mua bóng đèn 30W, mua dây, cột") == [(30, "W")]
    assert counts("lắp hệ thống điện mặt trời 5kW cho 2 hộ") == [(5, "kW"), (2, "hộ")]
    # not a word glued to a number
    assert counts("mua 30Wifi") == []


def test_round26_lunar_days_monks_and_a_day_named_after_its_count():
    # a day of the lunar month ("đêm 14 âm lịch") is a date, not a count
    assert counts("Cứ đến đêm 14 âm lịch là gia đình chị Hà đến niệm phật đường.") == []
    # Buddhist monks and nuns ("tăng ni") are counted as one noun
    assert counts("Tỉnh có 203 cơ sở, 239 tăng ni và hơn 65.000 phật tử.") == [
        (203, "cơ sở"), (239, "tăng ni"), (65000, "phật tử")]
    # "kỷ niệm 75 ngày truyền thống": a Day ("Ngày truyền thống") counted in years, the word "năm" dropped
    assert counts("Tối 12/8, kỷ niệm 75 ngày truyền thống lực lượng Công an nhân dân, 15 năm Ngày hội.") == [
        (15, "năm")]
    assert counts("Chiến dịch kéo dài 75 ngày liên tục.") == [(75, "ngày")]


def test_round26_hundreds_written_as_a_word():
    assert counts("Cả nước thành lập được hơn 2 nghìn 5 trăm tổ tự quản khu nhà trọ tại 22 địa phương.") == [
        (2500, "tổ tự quản"), (22, "địa phương")]
    assert counts("Có 5 trăm người tham gia.") == [(500, "người")]
    assert counts("Hỗ trợ 20 nghìn đồng mỗi suất.") == [(20000, "đồng")]
    # not hundreds of a larger multiplier ("3 triệu 5 trăm nghìn đồng" is no 3.000.500)
    assert (3000500, "nghìn đồng") not in counts("Mỗi hộ được hỗ trợ 3 triệu 5 trăm nghìn đồng.")


def test_round27_students_abbreviated_sv():
    assert counts("Hằng năm có bình quân từ 7.500 - 8.000 SV cư trú tại KTX.") == [(7500, "sv"), (8000, "sv")]


def test_round27_an_unquoted_numbered_slogan_counts_nothing():
    text = ("Mô hình hoạt động theo các mục tiêu: 5 phòng, 3 quản và 2 hòa giải. 5 phòng gồm: phòng trộm cắp. "
            "2 hòa giải đó là: hòa giải mâu thuẫn.")
    assert counts(text) == []
    # a list of counted nouns is no slogan
    assert counts("Huyện có 5 xã, 3 phường và 2 thị trấn.") == [(5, "xã"), (3, "phường"), (2, "thị trấn")]


def test_round28_a_count_per_labelled_group_and_a_defined_acronym():
    assert (5, "thành viên") in counts("Câu lạc bộ có 65 thành viên, chia thành 13 tổ, mỗi tổ 5 thành viên.")
    assert counts("Tổ 5 thành lập năm ngoái.") == []
    text = ("Các mô hình tộc họ tự quản (THTQ) hoạt động tốt. Toàn tỉnh đã có 41 THTQ về ANTT, trong đó có "
            "34 tộc họ người Chăm.")
    assert (41, "thtq") in counts(text)
    # an acronym not defined by a counted noun's words counts nothing
    assert (41, "abc") not in counts("Có 41 ABC tham gia.")


def test_hours_spent_after_mat_are_a_duration():
    assert [(c["value"], c["unit"]) for c in find_counts("Khi đường được mở, đi xe ô tô cũng mất 4 - 5 giờ.")] == [
        (4, "giờ"), (5, "giờ")]


def test_round33_conciliation_teams_two_numbers_for_a_rough_count_and_a_junction():
    assert counts("Xã thành lập 09 tổ hòa giải, 09 tổ An ninh Nhân dân.") == [(9, "tổ hòa giải"), (9, "tổ")]
    assert counts("Phường giáp 4, 5 xã thuộc cụm Đa Tốn.") == [(4, "xã"), (5, "xã")]
    assert counts("Toàn huyện có 7, 86 hộ dân.") == [(86, "hộ")]
    assert counts("Camera đặt ở các ngã 3 giao thông, cổng trường.") == []


def test_round34_religious_nouns_a_comma_pair_kinds_of_gates_and_a_rough_pair_without_space():
    assert counts("Xã Quang Tiến có hơn 10.000 CN ở trọ.") == [(10000, "cn")]
    assert counts("Có 203 cơ sở Phật giáo với hơn 240 tăng, ni và khoảng 65.000 tín đồ.") == [
        (203, "cơ sở"), (240, "tăng ni"), (65000, "tín đồ")]
    assert counts("Chùa là nơi sinh hoạt của hơn 500 Phật tử ở xã Hòa Sơn.") == [(500, "phật tử")]
    assert counts("Tỉnh có 1 cửa khẩu quốc tế, 1 cửa khẩu quốc gia và 1 cửa khẩu phụ.") == [
        (1, "cửa khẩu quốc tế"), (1, "cửa khẩu quốc gia"), (1, "cửa khẩu phụ")]
    assert counts("Thành lập từ năm 2017, từ 3,4 tàu thuyền tham gia ban đầu.") == [(3, "tàu thuyền"), (4, "tàu thuyền")]
    # a decimal comma still counts measures, multiplied numbers, ratios and averages
    assert counts("Thôn cách trung tâm 2,3 km.") == [(2.3, "km")]
    assert counts("Thu hút 1,2 triệu lao động, tăng 2,3 lần.") == [(1200000, "lao động"), (2.3, "lần")]
    assert counts("Bảo đảm trung bình từ 5,3 Công an chính quy/xã.") == [(5.3, "công an")]
    assert counts("Có 3,5 tàu thuyền.") == [(3.5, "tàu thuyền")]


def test_round35_youth_union_members_and_equipping_count():
    assert counts("Tổ hoạt động 2 ĐVTN (gồm 1 ĐVTN thuộc Thành đoàn).") == [(2, "đvtn"), (1, "đvtn")]
    assert counts("UBND quận đã trang cấp 100 xe đạp chuyên dụng.") == [(100, "xe")]
    assert counts("Học sinh cấp 3 tham gia.") == []


def test_round35_a_datelines_dash_a_lost_space_and_a_stray_capital_in_a_list_of_counts():
    assert counts("VOV.VN -14 tập thể, 108 cá nhân được khen.") == [(14, "tập thể"), (108, "cá nhân")]
    assert counts("Nhiệt độ xuống -5 độ.") == []
    assert counts("Cùng dự có108 vị già làng.") == [(108, "vị già")]
    assert counts("Dòng họ có 150 khẩu được chia làm 5 Chi, 8 nhánh.") == [(150, "khẩu"), (5, "chi"), (8, "nhánh")]
    assert counts("Khu phố 3 Tháng 2, 5 người.") == [(5, "người")]


def test_round36_culled_models_and_capitalised_resolutions_count():
    assert counts("Nhân rộng 19 mô hình; thanh loại 75 mô hình.") == [(19, "mô hình"), (75, "mô hình")]
    assert counts("Đảng ủy xã đã ban hành 23 Nghị quyết để thực hiện.") == [(23, "nghị quyết")]


def test_round37_administrators_seats_and_a_name_closed_by_a_day_and_month():
    assert counts("hướng dẫn 1.223 quản trị viên của Đoàn cấp huyện") == [(1223, "quản trị viên")]
    assert counts("Lái ô tô 7 chỗ đi trộm nửa tấn sầu riêng") == [(7, "chỗ")]
    # a company named after a day ("Dệt may 29-3"): a dash that goes down is no range
    assert counts("Công ty CP Dệt may 29-3 hăng say làm việc, với hơn 3.300 lao động.") == [(3300, "lao động")]
    assert counts("lựa chọn 25-30 điểm tổ chức") == [(25, "điểm"), (30, "điểm")]
    assert counts("giảm từ 29 xuống 3 vụ") == [(29, "vụ"), (3, "vụ")]


def test_round38_gold_by_the_chi_an_age_above_and_a_currency_in_capitals():
    assert counts("đeo sợi dây chuyền vàng 18k (trọng lượng 7 chỉ).") == [(7, "chỉ")]
    assert counts("bị cướp 5 chỉ vàng") == [(5, "chỉ")]
    assert counts("Năm 2020 chỉ có 3 vụ.") == [(3, "vụ")]
    assert counts("Ở tuổi ngoài 60, khi lẽ ra có thể nghỉ ngơi, đồng chí vẫn miệt mài.") == [(60, "tuổi")]
    assert counts("bán với giá 40.000 Nhân dân tệ (khoảng 136 triệu đồng).") == [(40000, "nhân dân tệ"),
                                                                                (136000000, "đồng")]


def test_round38_a_bare_million_is_money_only_in_a_sentence_that_names_the_dong():
    assert counts("Thương chồng nơi xa xứ, chị tiếp tục bán đất được 25 triệu, gửi tiền để anh tìm đường về.") == []
    assert counts("kinh phí trên 500 triệu, từ nguồn vận động xã hội hóa.") == []
    assert counts("tổng kinh phí trên 23 triệu đồng, trong đó nhân dân đóng góp trên 18 triệu (bình quân mỗi hộ 120 "
                  "nghìn, trừ hộ nghèo).") == [(23000000, "đồng"), (18000000, "đồng"), (120000, "đồng")]


def test_round39_some_days_a_hamlet_in_capitals_a_fraction_of_and_zero():
    # "có ngày" (some days) is no label: "có ngày 3-4 vụ" counts cases
    assert counts("hầu như ngày nào công an xã cũng nhận được tin báo mất trộm chó, có ngày 3-4 vụ.") == [
        (3, "vụ"), (4, "vụ")]
    assert counts("diễn đàn “Công an lắng nghe ý kiến nhân dân” trên địa bàn 10 Khóm. Qua đó") == [(10, "khóm")]
    # a fraction of a total ("2/3 số thanh niên": two thirds of the young men) counts nothing
    assert counts("có xã đi tới 2/3 số thanh niên trai tráng.") == []
    assert counts("đạt 30/32 xã") == [(30, "xã"), (32, "xã")]
    # zero is no count: "cuốc taxi 0 đồng" is a free ride, "0 giờ" a clock time
    assert counts("Kỳ án cây đỗ và cuốc taxi 0 đồng lúc rạng sáng") == []
    assert (0, "giờ") not in counts("ca 1 từ 19 giờ đến 23 giờ và ca 2 từ 0 giờ đến 4 giờ sáng")


def test_round40_horsepower_glued_to_its_number_and_dong_hanh_is_a_verb():
    # "90CV": a boat's horsepower glued to its number, like "100ha"
    assert counts("đội có 12 chiếc tàu công suất từ 90CV trở lên") == [(12, "chiếc"), (90, "CV")]
    # "đồng hành" (to go along with) after a numbered name is no money
    assert counts("Hải đoàn Cảnh sát biển 3 đồng hành cùng ngư dân vươn khơi") == []
    assert counts("mỗi suất quà trị giá 500.000 đồng") == [(500000, "đồng")]


def test_round41_ages_after_tuoi_doi_and_capitalised_parts_in_a_list_of_counts():
    assert counts("phần lớn lao động trẻ, tuổi đời từ 18 - 25, chưa được đào tạo") == [(18, "tuổi"), (25, "tuổi")]
    assert counts("Đội gồm 15 chị em tuổi từ 25 - 55, làm nhiều nghề") == [(15, "chị em"), (25, "tuổi"),
                                                                           (55, "tuổi")]
    # parts of a regulation written capitalised, in a list of counts
    assert counts("Quy chế gồm 03 Chương, 16 Điều, theo đó các bên phối hợp") == [(3, "chương"), (16, "điều")]
    # not a street address ("5 Lý Thường Kiệt, 10 Trần Phú")
    assert counts("trụ sở tại số 5 Lý Thường Kiệt, 10 Trần Phú") == []


def test_round42_an_organisation_model_of_tiers_is_a_name():
    # "mô hình tổ chức 02 cấp": the two-tier set-up named, like "mô hình chính quyền địa phương 2 cấp"
    assert counts("Công an xã hoạt động theo mô hình tổ chức 02 cấp từ tháng 7, gồm 3 đội") == [(3, "đội")]
    # the tiers of an organisation that are counted still count
    assert counts("Hội được tổ chức ở 3 cấp, từ tỉnh đến xã") == [(3, "cấp")]


def test_round43_landmarks_ages_fractions_and_temperatures():
    # a boundary marker's number is its name: "mốc quốc giới 315"
    assert counts("Cạnh cột mốc quốc giới 315 vững chãi là cánh đồng của 12 người.") == [(12, "người")]
    # an age after "tuổi": "đã qua tuổi 70 nhưng …"
    assert counts("Dù đã qua tuổi 70 nhưng bà vẫn đi vận động bà con.") == [(70, "tuổi")]
    # the next number of a list of numbered hamlets is a hamlet's too: "thôn 3, 4 xã Ia Nan"
    assert counts("Người dân thôn 3, 4 xã Ia Nan cùng bộ đội phát quang đường biên.") == []
    assert counts("Đơn vị giúp 4, 5 xã biên giới xây nhà.") == [(4, "xã"), (5, "xã")]
    # "a/b là <counted noun>": the fraction counts the noun named after "là"
    assert counts("gồm: 41/52 là Công an phụ trách ấp; 120/135 là Đội trưởng Đội dân phòng.") == [
        (41, "công an"), (52, "công an"), (120, "đội trưởng"), (135, "đội trưởng")]
    # a training level is no label: "Trung cấp 350.000 đồng/tháng"
    assert counts("Hỗ trợ: Cao đẳng 450.000 đồng/tháng; Trung cấp 350.000 đồng/tháng.") == [
        (450000, "đồng"), (350000, "đồng")]
    # a temperature in degrees Celsius, the "C" no Roman numeral
    assert counts("Mùa khô, trời nắng tới 39 độ C.") == [(39, "độ")]
    # border posts named capitalised: "07 Đồn Biên phòng"
    assert counts("Đại diện 07 Đồn Biên phòng dự hội nghị.") == [(7, "đồn biên phòng")]
    # the same number of two kinds of turns: "290 lượt tổ tuần tra, 290 lượt kiểm soát"
    assert counts("tổ chức 290 lượt tổ tuần tra và 290 lượt kiểm soát lưu động.") == [(290, "lượt tổ"), (290, "lượt")]
    # after a numbered hamlet, a comma and a count of another noun still counts
    assert counts("Tại tổ 7, 86 hộ dân đã góp tiền.") == [(86, "hộ")]


def test_round44_a_number_with_a_multiplier_after_a_label_and_a_trip_s_hours():
    assert counts("dân số của phường 12 nghìn người, đông nhất huyện") == [(12000, "người")]
    assert counts("quy mô của thôn 3 vạn dân") == [(30000, "dân")]
    assert counts("cách đất liền khoảng 4-5 giờ chạy tàu") == [(4, "giờ"), (5, "giờ")]
    assert counts("mất chừng 2 giờ đi xe máy") == [(2, "giờ")]
    assert counts("từ 20-22 giờ, tổ tuần tra đi khắp thôn") == []


def test_round45_a_fraction_of_a_whole_area_or_strength_counts_nothing():
    # "1/3 diện tích toàn huyện": a share of the whole area, as "2/3 số thanh niên" is of a total
    assert counts("Xã rộng gần 300km2, chiếm khoảng 1/4 diện tích toàn huyện.") == [(300, "km2")]
    assert counts("Đơn vị huy động 2/3 quân số tham gia tuần tra.") == []


def test_round48_a_capitalised_sub_committee_is_counted():
    # "06 Tiểu ban chỉ huy thống nhất": a known counted compound written capitalised, like "87 Tổ bảo vệ"
    assert counts("Công ty có 06 Tiểu ban chỉ huy thống nhất, gồm 90 thành viên.") == [(6, "tiểu ban"),
                                                                                      (90, "thành viên")]


def test_round48_the_two_tier_government_at_work_is_named_not_counted():
    # "sau 1 tháng chính quyền 2 cấp đi vào hoạt động": the set-up named as it starts to work, as "mô hình chính quyền
    # 2 cấp"
    assert counts("Triển khai sau 1 tháng chính quyền 2 cấp đi vào hoạt động, với 370 cán bộ.") == [
        (1, "tháng"), (370, "cán bộ")]
    assert counts("Khi chính quyền địa phương 2 cấp chính thức vận hành, xã có 5 tổ.") == [(5, "tổ")]


def test_round49_bags_and_packs_are_counted_nouns_of_one_word():
    # "10 túi nghi ma túy", "10 túi nhỏ": the bags, whatever is said of them after
    assert counts("Ngư dân thấy 10 túi nghi ma túy, rồi 10 túi nhỏ và 20 gói ma túy.") == [(10, "túi"), (20, "gói")]


def test_round49_grams_glued_to_their_number_and_the_sides_of_a_size():
    assert counts("3 quả mìn tự chế, trọng lượng khoảng 800g.") == [(3, "quả mìn"), (800, "g")]
    # "kích thước 6,5x9 cm": two sides of one measure, like a range
    assert counts("Túi in chữ A, kích thước 6,5x9 cm.") == [(6.5, "cm"), (9, "cm")]


def test_round49_days_and_nights_and_a_kind_by_its_count():
    # "03 ngày 03 đêm": the nights are counted too, "ngày" is no label of the number after it
    assert counts("được đi chùa chiền chơi đủ 03 ngày 03 đêm.") == [(3, "ngày"), (3, "đêm")]
    # "pháo hoa nổ loại 36 quả": a kind told by the count of its shots
    assert counts("giao nộp 3 hộp pháo hoa nổ loại 36 quả.") == [(3, "hộp pháo"), (36, "quả")]
    assert counts("hàng loại 1 tốt nhất") == []


def test_round49_a_boat_s_registration_number_before_its_commune_is_no_count():
    # "Chủ tàu cá NA 90208 xã Quỳnh Lập": the boat's number, then the owner's commune
    assert counts("ông Đức - Chủ tàu cá NA 90208 xã Quỳnh Lập cho biết.") == []
    assert counts("Huyện có 12 xã Quỳnh Lập, Quỳnh Dị.") == [(12, "xã")]


def test_round50_heroic_mothers_counted_in_title_case_and_a_numbered_premises():
    # "2.274 Bà mẹ Việt Nam Anh hùng": a counted noun written in title case, as the title honours it
    assert counts("chăm sóc phụng dưỡng 2.274 Bà mẹ Việt Nam Anh hùng.") == [(2274, "bà mẹ")]
    # "Trụ sở Cơ sở 1 Công an TP": the premises' number, no count of police
    assert counts("tại Trụ sở Cơ sở 1 Công an TP. Hồ Chí Minh, lễ ra quân.") == []
    assert counts("Cơ sở 2 có 3 cơ sở vật chất.") == [(3, "cơ sở")]


def test_round51_a_house_number_with_its_alley_before_a_street_is_an_address():
    # "222/10 đường Song Hành": house 10 of alley 222, not 222 and 10 streets
    text = "Chị Lan, ngụ tại địa chỉ 222/10 đường Song Hành (Q.12, TP.HCM) báo sự cố cháy nhà."
    assert find_counts(text) == []
    assert [(c["value"], c["unit"]) for c in find_counts("xã có 3/5 đường đã được sửa")] == [
        (3, "đường"), (5, "đường")]


def test_round51_turns_of_guests_keep_their_noun():
    text = "Gần 39.000 lượt du khách đến Vũng Tàu. Phường đã đón gần 39.000 lượt khách du lịch đến tham quan."
    assert [(c["value"], c["unit"]) for c in find_counts(text)] == [(39000, "lượt du khách"), (39000, "lượt khách")]


def test_round52_a_house_number_before_a_named_street_is_an_address():
    # "78 đường 2 tháng 4", "14 đường Trần Hưng Đạo": the house number of an address, no street counted
    assert find_counts("Trung tâm ở địa chỉ 78 đường 2 tháng 4, Vĩnh Hải, Nha Trang.") == []
    assert find_counts("Cơ sở tại 14 đường Trần Hưng Đạo, phường Hồng Bàng.") == []
    assert [(c["value"], c["unit"]) for c in find_counts("Xã có 5 đường bị ngập sâu.")] == [(5, "đường")]


def test_round52_a_clock_after_an_age_word_is_no_age():
    # a title ending "người cao tuổi" over the page's clock "14:55 03/10/2025": no age of 14
    text = ("Cảnh báo mạo danh cơ quan nhà nước mở lớp bán trú cho người cao tuổi\n\n14:55 03/10/2025\n\n"
            "Ngày 3/10, tin báo.")
    assert find_counts(text) == []
    assert [(c["value"], c["unit"]) for c in find_counts("Ở tuổi\n26, họ là những cô gái trẻ nhất")] == [(26, "tuổi")]


def test_round52_grams_written_gr_and_cubic_metres_glued():
    text = "thu giữ hơn 46,7gr ma túy tổng hợp dạng đá, hơn 3.085m3 cát"
    assert counts(text) == [(46.7, "gr"), (3085, "m3")]


def test_round52_a_height_in_metres_and_decimetres():
    # "cao 1m8": a height of 1.8 m, "1m75" of 1.75 m
    assert counts("Trung úy cao 1m8 đứng giữa các em học sinh.") == [(1.8, "m")]
    assert counts("anh cao 1m75, nặng 70kg") == [(1.75, "m"), (70, "kg")]


def test_round52_a_lunar_day_with_its_month_in_words_is_no_count():
    # "mùng 4 tháng Giêng": the 4th of the first lunar month, not four months
    assert counts("Từ ngày 20-2 (tức mùng 4 tháng Giêng), ga bắt đầu cao điểm; ngày 12 tháng Chạp.") == []
    assert counts("Sau 4 tháng triển khai, mô hình có kết quả.") == [(4, "tháng")]


def test_round54_the_dashed_numbered_items_closing_a_quoted_name_are_no_counts():
    text = ("Ra mắt mô hình 'Cảnh sát khu vực 5 cùng – 3 biết – 1 cầu nối'\n\nMô hình cụ thể hóa bằng 5 cùng "
            "(cùng ăn, cùng ở); 3 biết (biết phong tục, biết tội phạm) và 1 cầu nối (kết nối chính quyền với dân), "
            "giúp 3 thôn.")
    assert counts(text) == [(3, "thôn")]


def test_round55_a_span_of_years_and_months():
    # "2 năm 6 tháng tù giam": the months are counted too, "năm" is no label of the number after it
    assert counts("Hùng bị tuyên phạt 2 năm 6 tháng tù giam.") == [(2, "năm"), (6, "tháng")]
    assert counts("sau 1 năm 3 tháng triển khai") == [(1, "năm"), (3, "tháng")]


def test_round55_a_span_of_years_written_bare_is_no_count():
    # "Niên vụ cà phê 2011-2012 bắt đầu …": two years, as a year alone, unless a known counted noun follows
    assert counts("Niên vụ cà phê 2011-2012 bắt đầu bước vào thu hoạch.") == []
    assert counts("giai đoạn 2021 - 2025 chưa xong") == []
    assert counts("có từ 1500-2000 người tham gia") == [(1500, "người"), (2000, "người")]



def test_round55_the_noun_after_the_classifier_con_is_counted_with_it():
    # "300 con thỏ" and "300 con gà ác" are two counts: the animal named after "con" is part of the unit
    text = ("mất trộm gần 300 con thỏ, bao gồm cả thỏ mẹ. Anh Khiêm bị lấy mất 300 con gà ác đẻ trứng. Kẻ gian bắt "
            "đi khoảng 300 con. Nhà ông mất 2 con bò và 1 con trâu.")
    assert counts(text) == [(300, "con thỏ"), (300, "con gà ác"), (300, "con"), (2, "con bò"), (1, "con trâu")]


def test_round55_a_forest_s_sub_zones_written_capitalised_are_counted():
    # "với 07 Phân khu trực thuộc": a management board's sub-zones, a counted unit like its "tiểu ban"
    assert counts("Ban Quản lý tổ chức lực lượng bảo vệ rừng với 07 Phân khu trực thuộc.") == [(7, "phân khu")]


def test_round56_hours_after_sau_and_a_rough_number_uncle_ho_s_precepts_and_a_ministry():
    # "Sau gần 5 giờ trên biển" (111-10): hours spent; "sau hơn 5 giờ chiều" is a clock
    assert counts("Sau gần 5 giờ trên biển, tàu đã thả neo.") == [(5, "giờ")]
    assert counts("sau hơn 3 giờ, đám cháy được dập tắt") == [(3, "giờ")]
    assert counts("sau hơn 5 giờ chiều, tổ tuần tra xuất phát") == []
    assert counts("Tuy 2 giờ chiều, buổi tuyên truyền mới diễn ra") == []
    # "6 điều Bác Hồ dạy" (111-17) names the precepts; "Bệnh viện 198 Bộ Công an" (112-10) a ministry's hospital
    assert counts("thực hiện đúng 6 điều Bác Hồ dạy, nên chưa có vụ trọng án nào") == []
    assert counts("phối hợp Bệnh viện 198 Bộ Công an khám bệnh cho 300 người") == [(300, "người")]
    assert counts("trao tặng 198 bộ quần áo") == [(198, "bộ")]


def test_round57_capitalised_platoons_and_companies_are_counted():
    # "11 Trung đội xung kích" (113-13), "13 Công ty Quản lý đường sắt" (114-01): known counted compounds, capitalised
    assert counts("Giám đốc quyết định triển khai 11 Trung đội xung kích.") == [(11, "trung đội")]
    assert counts("Đoàn viên thuộc 13 Công ty Quản lý đường sắt sẽ cảnh giới.") == [(13, "công ty")]


def test_round57_a_patrol_team_s_number_before_a_verb_is_no_count():
    # "Các tổ tuần tra 363 xuất hiện thường xuyên" (113-08): the teams' name "363", then the verb
    assert counts("Các tổ tuần tra 363 xuất hiện thường xuyên tại khu dân cư.") == []


def test_round58_veterans_a_lifes_share_and_a_number_glued_after_la():
    assert counts("68 hội viên là trưởng công an; 236 CCB tham gia lực lượng công an thôn bản.") == [
        (68, "hội viên"), (236, "ccb")]
    assert counts("những người đã dành 2/3 cuộc đời để cống hiến trí tuệ") == []
    assert counts("Công ty có số lao động nước ngoài nhiều nhất là101 người, công ty B 50 người.") == [(101, "người"),
                                                                                                 (50, "người")]


def test_round59_an_amount_in_two_tiers_of_words_is_one_amount():
    assert counts("tạm giữ 3 điện thoại di động, 6 triệu 650 ngàn đồng, các phương tiện") == [
        (3, "điện thoại"), (6_650_000, "đồng")]
    assert counts("hỗ trợ 1 tỷ 200 triệu đồng cho 5 hộ") == [(1_200_000_000, "đồng"), (5, "hộ")]
    assert counts("2 nghìn 5 trăm tổ") == [(2500, "tổ")]


def test_round60_two_counted_nouns_joined_by_a_slash_are_one_unit_but_a_rate_keeps_its_first():
    assert counts("xây dựng 229 gia đình/dòng họ tự quản") == [(229, "gia đình/dòng họ")]
    assert counts("hỗ trợ 350.000 đồng/suất, xử lý 5 vụ/năm") == [(350_000, "đồng"), (5, "vụ")]


def test_round60_two_digits_before_a_multiplier_are_an_estimate_range():
    assert counts("với hàng 6, 7 nghìn công nhân") == [(6000, "công nhân"), (7000, "công nhân")]
    assert counts("năm 2020, 5 nghìn người") == [(5000, "người")]


def test_round61_an_amount_before_tien_or_before_a_function_word_in_a_sentence_naming_dong_is_money():
    assert counts("hỗ trợ 8 con bò; gần 15 triệu tiền mặt và 512 công lao động.") == [
        (8, "con bò"), (15_000_000, "đồng"), (512, "công lao")]
    assert counts("kinh phí trên 2,2 tỉ trong đó hội viên đóng góp 241.600.000 đồng.") == [
        (2_200_000_000, "đồng"), (241_600_000, "đồng")]
    # no đồng in the sentence: a bare amount before a function word is left out, as alone
    assert counts("Huyện có 3 triệu trong tổng số 5 triệu người dân.") == [(5_000_000, "người dân")]


def test_round64_the_number_after_va_in_a_list_of_numbered_hamlets_names_one_too():
    # 127-01: "tổ 14 và 16 xã Kim Long" are two residential groups of the commune, no count of communes
    assert counts("Ra mắt Tổ liên gia an toàn PCCC tại tổ 14 và 16 xã Kim Long, huyện Châu Đức.") == []
    assert counts("tại thôn 7, 8 và 9 xã Ia Tơi") == []
    # a count after "và" still counts where no numbered label opens the list
    assert (5, "xã") in counts("Phường giáp 4 và 5 xã Đa Tốn, Kiêu Kỵ.")
    assert counts("Huyện có 12 phường và 16 xã Tân Lập, Tân Hòa.") == [(12, "phường"), (16, "xã")]


def test_round64_khong_gian_is_a_counted_noun():
    # 128-03: "không" opens the noun "không gian" (a space), not a negation after the number
    assert counts("Công an phường xây dựng 9 không gian triển lãm phòng chống tác hại của ma túy") == [
        (9, "không gian")]


def test_round65_ben_is_a_one_word_unit_and_tuyen_duong_a_compound():
    # 129-01: "2 bên gọi thêm …" counts two sides, not "bên gọi"; "bên sông" stays whole
    assert counts("Sau đó, 2 bên gọi thêm một số người đến để giải quyết.") == [(2, "bên")]
    assert counts("người dân 2 bên sông qua lại") == [(2, "bên sông")]
    # 130-03: "7/33 tuyến đường" counts streets
    assert counts("7/33 tuyến đường- tuyến phố văn minh đô thị") == [(7, "tuyến đường"), (33, "tuyến đường")]


def test_round66_a_number_before_thuoc_names_a_unit_it_belongs_to_no_count():
    # 132-06: "thôn Ma Rin 1, 2, 3 thuộc xã Ia Mrơn": hamlets Ma Rin 2 and 3 of the commune, no "thuộc xã" counted
    assert counts("dòng họ Rmah tại thôn Ma Rin 1, 2, 3 thuộc xã Ia Mrơn (chiếm 30% dân số)") == [(30, "%")]
    assert counts("tại làng 2, làng 3 thuộc xã Ia Tơi và buôn 2 thuộc xã Ea Tu.") == []
    # the counted noun before "thuộc" still counts
    assert counts("Huyện có 12 thôn thuộc xã Ia Tơi và 3 hộ thuộc diện nghèo.") == [(12, "thôn"), (3, "hộ")]


def test_round69_the_next_number_of_a_labelled_list_names_too():
    # 135-11: "Cột mốc 202, 203 nằm cách nhau": the marker 203, no "203 nằm cách" counted
    assert counts("Cột mốc 202, 203 nằm cách nhau khoảng 3km.") == [(3, "km")]
    assert counts("có đường biên giới dài 4,5km, với 2 cột mốc 202, 203 nằm trên địa bàn ấp Bình Bắc.") == [
        (4.5, "km"), (2, "cột mốc")]
    # a known counted noun after it counts; so does a number after "và"
    assert counts("tại tổ 7, 86 hộ dân tham gia.") == [(86, "hộ")]
    assert counts("lắp đặt tại tầng 1 và 1 nút ấn báo cháy.") == [(1, "nút ấn")]


def test_round69_priests_are_counted_in_title_case_like_bishops():
    # 137-01
    assert counts("Công giáo có 3 Giám mục, 208 Linh mục, 447 nhà thờ xứ.") == [(3, "giám mục"), (208, "linh mục"),
                                                                              (447, "nhà")]


def test_round70_a_share_of_all_the_units_named_counts_them():
    # 141-03: "17/17 các huyện, thị xã, thành phố" counts 17 districts
    assert counts("mô hình tại cộng đồng thuộc 17/17 các huyện, thị xã, thành phố.") == [(17, "huyện")]
    assert counts("10/12 những xã biên giới") == [(10, "xã"), (12, "xã")]


def test_round72_a_known_counted_noun_glued_to_its_number():
    # 147-03: "694hộ" is 694 households, a typing slip; a word not in the lexicon glued to a number stays none
    assert counts("theo đạo Thiên Chúa toàn tòng với 694hộ, 2706 nhân khẩu") == [(694, "hộ"), (2706, "nhân khẩu")]
    assert counts("file ảnh 3503abc") == []


def test_round73_a_page_age_line_is_no_count():
    # 154-05: "11 tháng trước 77" under the title is the page's age and views; an age told in a sentence counts
    assert counts("Mô hình trên tuyến biên giới\n11 tháng trước 77\nQuản lý 23 km đường biên") == [(23, "km")]
    assert counts("Hơn 1 năm trước, vợ chồng bà Lương chuyển về") == [(1, "năm")]


def test_round75_a_year_after_a_number_and_the_one_of_n_in_one_are_no_counts():
    # 162-03: "Lục quân 1 năm 2009": a school's number, then the year; the years of a period still count
    assert counts("Tốt nghiệp Trường Sĩ quan Lục quân 1 năm 2009, anh về đơn vị.") == []
    assert counts("trong 5 năm 2016 - 2020, Hội tổ chức tuyên truyền") == [(5, "năm")]
    # 161-02: "Tổ công tác 3 trong 1 thực hiện tốt nhiệm vụ": a name, no "1 thực hiện"
    assert counts("Theo đó, Tổ Công tác 3 trong 1 thực hiện tốt nhiệm vụ hỗ trợ người dân.") == []


def test_round77_a_police_force_named_by_its_tiers_and_religious_units_written_capitalised():
    assert counts("Thời gian qua, lực lượng công an 2 cấp trong tỉnh đã tham mưu xây dựng mô hình.") == []
    assert counts("Lực lượng Công an 3 cấp đã ra quân.") == []
    assert counts("Hội thi được tổ chức ở 2 cấp: cấp xã và cấp huyện.") == [(2, "cấp")]
    assert counts("Giáo xứ gồm có 5 Giáo họ, 1 Tòa Giám mục và 3 Giáo xứ.") == [
        (5, "giáo họ"), (1, "tòa giám mục"), (3, "giáo xứ")]


def test_round78_cubic_metres_written_apart_from_their_number_are_counted():
    # 172-01: "350.000 đến 400.000 m3 lượng nước thải", the measure after a space, as "562 km2" is
    assert counts("Mỗi ngày xả ra khoảng 20.000 đến 25.000 m3 nước thải và 500 m³ rác lỏng.") == [
        (20000, "m3"), (25000, "m3"), (500, "m³")]
    assert counts("Trạm bơm 1.200m3 nước mỗi giờ.") == [(1200, "m3")]


def test_round78_a_vehicle_named_by_its_wheels_is_no_count():
    # 173-05: "đường dành cho xe 2 bánh": the kind of vehicle, not two wheels
    assert counts("Các thôn đều có đường bê tông cho xe 2 bánh đi lại, 3 cây cầu mới.") == [(3, "cây cầu")]
    assert counts("Xe 4 bánh không vào được hẻm.") == []
    # wheels counted, or vehicles counted by their number, stay counts
    assert counts("Đội mua 2 xe 3 bánh và 4 bánh xe dự phòng.") == [(2, "xe"), (4, "bánh xe")]


def test_round78_towns_and_cities_counted_after_an_office_in_capitals():
    # 174-03: "lãnh đạo Thành ủy, UBND 5 thành phố trực thuộc TW": the level of two syllables is a known unit,
    # as "UBND 12 xã" is
    assert counts("Dự họp có lãnh đạo UBND 3 thành phố và HĐND 4 thị xã, 2 thị trấn.") == [
        (3, "thành phố"), (4, "thị xã"), (2, "thị trấn")]


def test_round79_a_count_after_a_list_of_levels_ending_on_a_town():
    # 175-06: "báo cho Ban Chỉ đạo các xã, thị trấn 23 trường hợp": a town is a level like a commune
    assert counts("Tổ đã báo cho các xã, thị trấn 12 trường hợp về từ vùng dịch.") == [(12, "trường hợp")]
    # the town's own number stays a label
    assert counts("Công an thị trấn 2 đã ra quân.") == []


def test_round79_whole_hundreds_written_before_the_word_for_hundreds():
    # 176-04: "hơn 700 trăm ngôi nhà bị hư hỏng": the hundreds written twice, 700 houses
    assert counts("Mưa lũ làm hơn 400 trăm ngôi nhà bị ngập.") == [(400, "ngôi nhà")]
    assert counts("Có 4 trăm ngôi nhà bị ngập.") == [(400, "ngôi nhà")]


def test_round79_officers_and_soldiers_counted_by_their_acronym():
    # 177-03: "tăng cường hơn 300 CBCS xuống cơ sở" (cán bộ, chiến sĩ)
    assert counts("Công an huyện điều động 120 CBCS hỗ trợ người dân.") == [(120, "cbcs")]


def test_round80_a_unit_s_number_before_a_verb_of_acting_together_is_no_count():
    # 182-12: "Thanh niên Vùng Cảnh sát biển 2 chung tay thắp sáng đường quê", "… Vùng Cảnh sát biển 2 phối hợp Đoàn
    # xã …": the unit's number, then the verb; a count before its noun stays one
    assert counts("Đoàn viên Bộ Tư lệnh Vùng Cảnh sát biển 3 phối hợp Đoàn xã ra quân.") == []
    assert counts("Thanh niên Vùng Cảnh sát biển 4 chung tay thắp sáng đường quê.") == []
    assert counts("Có 12 đơn vị phối hợp và 5 hộ chung tay.") == [(12, "đơn vị"), (5, "hộ")]


def test_round81_industrial_zones_counted_by_their_acronym():
    # 187-04: "đảm bảo ANTT tại 3 KCN là VSIP, Đồng An, Việt Hương" (khu công nghiệp), undefined in the text, as
    # 08-05 "Đồng Nai có 32 KCN"; clusters ("3 CCN") and export zones ("2 KCX") likewise
    assert counts("Đồn Công an phụ trách ANTT tại 3 KCN là VSIP, Đồng An.") == [(3, "kcn")]
    assert counts("Đồng Nai có 32 KCN, 2 KCX và 5 CCN đang hoạt động.") == [(32, "kcn"), (2, "kcx"), (5, "ccn")]


def test_round81_a_unit_s_number_before_a_verb_of_speech_is_no_count():
    # 187-07: "Trung đội Trưởng Trung đội DQTT KCN Biên Hòa 1, 2 chia sẻ: “…”": the zones' numbers, then the verb
    assert counts("Anh Linh, Trung đội trưởng Trung đội DQTT KCN Biên Hòa 1, 2 chia sẻ: “Anh em luôn cảnh giác”.") == []
    assert counts("Có 5 bài chia sẻ kinh nghiệm.") == [(5, "bài")]


def test_round81_the_second_number_inside_a_quoted_name_is_part_of_it():
    # 186-07: "các mô hình như: góp vốn xoay vòng, “Tiết kiệm từ 5 triệu đến 10 triệu đồng”, …"
    assert counts("Các mô hình như: “Tiết kiệm từ 5 triệu đến 10 triệu đồng”, góp vốn xoay vòng.") == []
    assert counts("Chị nói: “Tôi góp 5 triệu đồng, chị góp thêm 10 triệu đồng để tổ mua thêm đèn pin”.") == [
        (5000000, "đồng"), (10000000, "đồng")]


def test_round82_falling_studying_and_certificates():
    # 190-12 "khiến cả 2 ngã xuống đường" (fell); 192-01 "sẽ được học tập 07 chuyên đề" (study, no episode "tập
    # 7"); 191-07 "thu hồi 99 Giấy chứng nhận đủ điều kiện" (a counted noun, capitalised)
    assert counts("Chị tông vào xe khiến cả 2 ngã xuống đường.") == []
    assert counts("Có 2 ngã tư được lắp camera.") == [(2, "ngã tư")]
    assert counts("Học viên sẽ được học tập 07 chuyên đề, gồm: pháp luật.") == [(7, "chuyên đề")]
    assert counts("Phát hành tập 7 của bộ sách.") == []
    assert counts("Lực lượng đã thu hồi 99 Giấy chứng nhận đủ điều kiện về an ninh, trật tự.") == [
        (99, "giấy chứng nhận")]


def test_round83_the_next_number_of_a_listed_road_is_a_road_s_number():
    # 195-07 "có tuyến quốc lộ 14 và 25 chạy qua": the road 25, no count of "chạy"
    assert counts("Thị trấn có tuyến quốc lộ 14 và 25 chạy qua với mật độ phương tiện lớn.") == []
    assert counts("Xã có tỉnh lộ 8, 9 chạy qua.") == []
    # a count after a road's number still counts
    assert counts("Dọc quốc lộ 14 có 25 chốt tự quản.") == [(25, "chốt")]


def test_round84_spaced_power_measures_rates_and_quoted_counted_nouns():
    # 198-02 "sản lượng 146,5 tỷ kWh", 198-03 "công suất lắp máy khoảng 112 MW": a measure of energy or power written
    # apart from its number, mixed case
    assert counts("cung cấp điện ổn định với sản lượng 146,5 tỷ kWh.") == [(146_500_000_000, "kWh")]
    assert counts("kết hợp phát điện với công suất lắp máy khoảng 112 MW; bổ sung nước") == [(112, "MW")]
    # 198-03 "lưu lượng 7,715 m3/s": a measure per second (or per hour) is a rate, its unit whole
    assert counts("cấp nước với lưu lượng 7,715 m3/s; tạo nguồn nước") == [(7.715, "m3/s")]
    assert counts("chạy với tốc độ 60km/h trên đường") == [(60, "km/h")]
    assert counts("xây 1.000 m3/năm") == [(1000, "m3")]
    # 200-10 "tuyên dương 19 'Gương sáng phố phường'": a counted noun in single quotes, like in double ones
    assert counts("khen thưởng 19 'Gương sáng phố phường' lần thứ 21.") == [(19, "gương sáng")]
    assert counts("TP.Dĩ An đã hình thành 3 'Khu dân cư an toàn về an ninh, trật tự'.") == [(3, "khu dân cư")]
    # 200-07 "Tôn vinh 63 Trưởng Công an xã tiêu biểu": a commune police chief is a counted noun
    assert counts("Tôn vinh 63 Trưởng Công an xã tiêu biểu trong cả nước") == [(63, "trưởng công an")]


def test_round86_directions_motion_verbs_group_members_and_addresses():
    # 205-07 "kênh thông tin 2 chiều": two-way (or an afternoon), no count of "chiều"
    assert counts("sẽ tạo được kênh thông tin 2 chiều, giúp cán bộ hoàn thành nhiệm vụ") == []
    # 207-07 "dẫn 2 con bò đi", "bán 2 con bò lấy tiền": the animal, not the verb after it
    assert counts("kẻ gian đã lẻn vào dẫn 2 con bò đi.") == [(2, "con bò")]
    assert counts("sẽ bán 2 con bò lấy tiền để sửa nhà") == [(2, "con bò")]
    assert counts("gia đình ông có 2 con bò đực trị giá hơn 50 triệu đồng.") == [(2, "con bò đực"), (50_000_000, "đồng")]
    # 207-11 "nhóm 4 thanh niên": the members of a group counted, not the group's number ("nhóm 1")
    assert counts("nhóm 4 thanh niên đi lối bên hông nhà ra phía sau") == [(4, "thanh niên")]
    assert counts("Học viên nhóm 1 thảo luận trước.") == []
    # 207-11 "đăng tải lên nhóm Dân Châu Đức 2 clip ghi cảnh trộm gà": clips are counted, after a name too
    assert counts("đăng tải lên nhóm Dân Châu Đức 2 clip ghi cảnh trộm gà") == [(2, "clip")]
    # 206-02 "TDP 48 phường Phước Mỹ" (tổ dân phố 48), 208-10 "tại địa chỉ 668 ấp Bình Tạo": names and an address
    assert counts("lo lắng. TDP 48 phường Phước Mỹ - nơi bà Lê làm tổ trưởng") == []
    assert counts("(tại địa chỉ 668 ấp Bình Tạo, xã Trung An, TP.Mỹ Tho) đã xảy ra vụ việc") == []


def test_round87_armed_patrols_and_a_number_alone_on_its_line():
    # 212-01 "tổ chức tuần tra vũ trang 104 cuộc": "vũ trang" (armed) is no page ("trang 104")
    assert counts("tổ chức tuần tra vũ trang 104 cuộc.") == [(104, "cuộc")]
    assert counts("xem tại trang 104 của cuốn sách") == []
    # 212-10 "4" / "rx online": a number alone on its line (a counter) counts nothing on the next paragraph
    assert counts("Phối hợp công tác\n\n4\n\nrx online\n\nNgày hội") == []
    # a number closing a line wrapped there goes on into the next
    assert counts("thuộc Đội Dân quân tự quản. 3\n\ntháng một lần, họ tham gia") == [(3, "tháng")]


def test_round88_named_teachings_a_night_into_a_day_and_the_government_going_to_work():
    # "6 lời dạy CAND": Uncle Ho's teachings named by their number, as "6 điều Bác Hồ dạy"
    assert counts("kỷ niệm 75 năm Ngày Bác Hồ nêu 6 lời dạy CAND (11/3/1948 – 11/3/2023), xã có 5 tổ.") == [
        (75, "năm"), (5, "tổ")]
    # "đêm 25 rạng sáng 26-5": a day of the month, the night into the next, no count
    assert counts("Đơn cử gần đây, đêm 25 rạng sáng 26-5, Công an thành phố đã bắt 3 đối tượng.") == [
        (3, "đối tượng")]
    # "đi vào hoạt động chính quyền địa phương 2 cấp": the set-up named as it starts to work
    assert counts("Ngay sau khi đi vào hoạt động chính quyền địa phương 2 cấp, nhiều địa phương đổi mới.") == []
