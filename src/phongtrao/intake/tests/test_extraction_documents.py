"""Document references: symbols, type + number, named laws."""
from phongtrao.intake.extraction.documents import find_documents


def docs(text):
    return [(d["type"], d["number"], d["symbol"], d["issuer"], d["year"]) for d in find_documents(text)]


def test_symbols_are_normalised():
    text = "Kết luận số 44- KL/TW, Thông tư 40/2023/TT-BTC, Quyết định số 1234/QĐ-UBND và Kế hoạch 273-KH/TU."
    assert docs(text) == [
        ("Kết luận", "44", "44-KL/TW", "TW", None), ("Thông tư", "40", "40/2023/TT-BTC", "BTC", 2023),
        ("Quyết định", "1234", "1234/QĐ-UBND", "UBND", None), ("Kế hoạch", "273", "273-KH/TU", "TU", None)]


def test_type_and_number_merge_with_a_later_symbol():
    (found,) = find_documents("Chỉ thị số 09 của Ban Bí thư ... thực hiện Chỉ thị số 09-CT/TW.")
    assert (found["text"], found["symbol"], len(found["occurrences"])) == ("Chỉ thị số 09", "09-CT/TW", 2)


def test_modifiers_bare_symbols_and_laws():
    text = ("Chương trình phối hợp số 09; Chương trình hành động số 26-CTr/TU; theo 12-NQ/TW; Luật số 06/2023/QH15; "
            "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở được ban hành; Luật Phòng, chống ma túy năm 2021.")
    names = [d["name"] for d in find_documents(text)]
    assert names == ["Chương trình 09", "Chương trình 26-CTr/TU", "Nghị quyết 12-NQ/TW", "Luật 06/2023/QH15",
                     "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "Luật Phòng, chống ma túy"]


def test_not_documents():
    text = ("Kết luận ngày 22/1/2019; Nghị quyết Trung ương 4 khóa XI; Kế hoạch 5 năm; Luật sư Hùng; tỷ số 3-2; "
            "số 46-48 Ngô Quyền; 62/63 địa phương.")
    assert find_documents(text) == []


def test_a_papers_own_number_is_one_of_its_documents():
    """The letterhead's "Số:" line gives the paper's own number, listed like any other, once with its annex."""
    text = ("UBND XÃ AN BÌNH\nSố: 27/KH-UBND\n\nKẾ HOẠCH\nTriển khai Chỉ thị số 09-CT/TW\n\n"
            "PHỤ LỤC\n(Kèm theo Kế hoạch số 27/KH-UBND ngày 3/4/2025)")
    assert [d["symbol"] for d in find_documents(text)] == ["27/KH-UBND", "09-CT/TW"]


def test_law_names_keep_their_comma_but_not_what_follows():
    from phongtrao.intake.extraction.documents import find_documents

    found = find_documents("theo Luật Cư trú, qua ứng dụng VNeID; Luật Thi đua, khen thưởng năm 2022; "
                           "Quy chế phối hợp số 09/QCPH-CAT-SGDĐT ngày 12/8/2025")
    assert [d["name"] if d["symbol"] is None else d["symbol"] for d in found] == [
        "Luật Cư trú", "Luật Thi đua, khen thưởng", "09/QCPH-CAT-SGDĐT"]


def test_law_names_with_lower_case_words_abbreviations_and_duong_bo():
    text = ("Tại buổi lễ đã thông qua Luật lực lượng tham gia bảo vệ ANTT cơ sở và nội dung hướng dẫn; người dân chấp "
            "hành Luật An toàn giao thông đường bộ. Luật sư Nguyễn Văn A và Luật pháp không phải luật.")
    assert [d["name"] for d in find_documents(text)] == [
        "Luật lực lượng tham gia bảo vệ ANTT cơ sở", "Luật An toàn giao thông đường bộ"]


def test_a_capitalised_word_after_a_comma_ends_a_law_name():
    text = "các quy định trong Luật Biên giới quốc gia, Hiệp định, Quy chế khu vực biên giới; Luật Thi đua, khen thưởng."
    assert [d["name"] for d in find_documents(text)] == ["Luật Biên giới quốc gia", "Luật Thi đua, khen thưởng"]


def test_type_abbreviation_before_a_symbol():
    assert [d["symbol"] for d in find_documents("thực hiện NĐ 36/CP của Chính phủ về cấm pháo nổ")] == ["36/CP"]


def test_a_type_abbreviation_in_brackets_before_the_number():
    assert docs("thực hiện Nghị quyết liên tịch (NQLT) số 01/TW giữa Bộ Công an và Hội LHPN") == [
        ("Nghị quyết", "01", "01/TW", "TW", None)]


def test_a_type_in_lower_case_is_a_document_only_with_so():
    text = ("Mô hình thuộc chương trình phối hợp số 11 giữa Bộ Công an và Bộ Giáo dục; kế hoạch 5 năm; chương trình 3 "
            "tháng; theo kế hoạch số 12/KH-UBND.")
    assert docs(text) == [("Chương trình", "11", None, None, None), ("Kế hoạch", "12", "12/KH-UBND", "UBND", None)]


def test_a_school_of_law_named_after_its_town_is_no_law():
    text = "Trường Trung cấp Luật Tân Phong dự hội nghị. Đại học Luật Hà Nội tuyên truyền. Luật Phòng, chống ma túy."
    assert [d["name"] for d in find_documents(text)] == ["Luật Phòng, chống ma túy"]


def test_a_type_word_right_before_an_issuer_only_symbol_is_part_of_it():
    assert docs("gắn phong trào với thực hiện Nghị quyết 09/CP về phòng chống tội phạm") == [
        ("Nghị quyết", "09", "09/NQ-CP", "CP", None)]


def test_a_law_named_in_lower_case_ends_at_a_comma():
    text = "Qua 5 năm thực hiện Luật hòa giải, địa bàn huyện đã hòa giải 300 vụ; thực hiện Luật phòng, chống ma túy."
    assert [d["name"] for d in find_documents(text)] == ["Luật hòa giải", "Luật phòng, chống ma túy"]


def test_a_legal_database_catalogue_line_cites_the_document_it_shows():
    text = ("Số hiệu: 104/KH-UBND Loại văn bản: Kế hoạch\nNơi ban hành: Tỉnh Nghệ An\n\nỦY BAN NHÂN DÂN\n"
            "Số: 104/KH-UBND\n\nKẾ HOẠCH\nThực hiện Kết luận số 44-KL/TW")
    assert [d["symbol"] for d in find_documents(text)] == ["104/KH-UBND", "44-KL/TW"]


def test_a_lower_case_type_word_before_a_zero_padded_number():
    assert [d["name"] for d in find_documents("thực hiện tốt đề án 06, cấp căn cước công dân")] == ["Đề án 06"]
    assert find_documents("triển khai kế hoạch 5 năm và thông báo 3 lần") == []


def test_a_law_obeyed_better_ends_before_the_adverb():
    assert [d["name"] for d in find_documents("người dân chấp hành Luật Giao thông tốt hơn và an ninh")] == [
        "Luật Giao thông"]


def test_a_government_decree_of_the_nineties_keeps_its_cp_symbol():
    assert docs("Huyện được thành lập theo Nghị định 26/CP ngày 24/3/1994 của Chính phủ") == [
        ("Nghị định", "26", "26/CP", "CP", None)]
    assert docs("thực hiện Nghị quyết 09/CP về phòng chống tội phạm") == [("Nghị quyết", "09", "09/NQ-CP", "CP", None)]


def test_an_ordinance_named_by_its_subject_without_a_number():
    text = "Thực hiện Pháp lệnh về tổ chức và hoạt động hoà giải ở cơ sở, công tác hoà giải của Nam Định đã tốt."
    assert [d["name"] for d in find_documents(text)] == ["Pháp lệnh về tổ chức và hoạt động hoà giải ở cơ sở"]
    assert find_documents("Tuyên truyền các quy định của pháp luật về trật tự an toàn giao thông.") == []


def test_a_law_name_runs_over_quy_pham_phap_luat():
    text = "Căn cứ Luật ban hành văn bản quy phạm pháp luật năm 2015; Luật Phổ biến, giáo dục pháp luật và Luật Đất đai quy định"
    assert [d["name"] for d in find_documents(text)] == [
        "Luật ban hành văn bản quy phạm pháp luật", "Luật Phổ biến, giáo dục pháp luật", "Luật Đất đai"]


def test_an_amending_law_names_the_law_it_amends():
    text = ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật ban hành văn bản quy phạm pháp luật năm 2020; "
            "Luật sửa đổi, bổ sung một số điều của Luật Giao thông đường bộ đã có hiệu lực.")
    assert [d["name"] for d in find_documents(text)] == [
        "Luật sửa đổi, bổ sung một số điều của Luật ban hành văn bản quy phạm pháp luật",
        "Luật sửa đổi, bổ sung một số điều của Luật Giao thông đường bộ"]


def test_a_law_whose_type_word_is_in_lower_case_and_name_capitalised():
    text = "Quốc hội thảo luận tại tổ về luật Lực lượng tham gia bảo vệ an ninh, trật tự cơ sở. Nội dung cơ bản"
    assert [d["name"] for d in find_documents(text)] == ["luật Lực lượng tham gia bảo vệ an ninh, trật tự cơ sở"]
    assert find_documents("tuân thủ pháp luật Nhà nước, theo luật Việt Nam và luật Hà Nội") == []


def test_a_year_after_a_type_word_is_no_number():
    text = "Chỉ thị 2015 của Thủ tướng Chính phủ về việc tổ chức phong trào; Quyết định số 2015 của UBND; Chỉ thị 09."
    assert [d["name"] for d in find_documents(text)] == ["Quyết định 2015", "Chỉ thị 09"]


def test_a_law_name_ends_where_a_list_of_topics_starts():
    text = ("Tuyên truyền các quy định về ma túy, Luật Trật tự, an toàn giao thông đường bộ, phòng chống bạo lực học "
            "đường... cho học sinh. Căn cứ Luật Phòng, chống ma túy.")
    assert [d["name"] for d in find_documents(text)] == ["Luật Trật tự, an toàn giao thông đường bộ",
                                                         "Luật Phòng, chống ma túy"]


def test_a_law_name_matching_a_known_title_ends_where_the_title_ends():
    text = ("Nâng cao ý thức chấp hành Luật Giao thông đường bộ, kiến thức an toàn giao thông cho học sinh; tuyên truyền "
            "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ cho người dân; Luật phòng chống tác hại của rượu, bia năm 2019; "
            "Luật Căn cước công dân, Luật Cư trú, quy định về tạm trú.")
    assert [d["name"] for d in find_documents(text)] == [
        "Luật Giao thông đường bộ", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        "Luật phòng chống tác hại của rượu, bia", "Luật Căn cước công dân", "Luật Cư trú"]


def test_ordinance_named_by_its_capitalised_title():
    text = "tuyên truyền nội dung Pháp lệnh Tín ngưỡng tôn giáo và các quy định của địa phương về công tác tôn giáo."
    assert [d["name"] for d in find_documents(text)] == ["Pháp lệnh Tín ngưỡng tôn giáo"]


def test_known_law_title_runs_over_a_bracketed_abbreviation():
    text = "Nghị định quy định chi tiết Luật Biên phòng (BP) Việt Nam, từ đó góp phần bảo vệ biên giới."
    assert "Luật Biên phòng (BP) Việt Nam" in [d["name"] for d in find_documents(text)]


def test_known_law_title_runs_over_its_and():
    text = ("tuyên truyền cho phụ nữ, tập trung vào: Luật Hôn nhân và Gia đình, Luật Bình đẳng giới, Luật Phòng chống "
            "mua bán người.")
    assert [d["name"] for d in find_documents(text)] == [
        "Luật Hôn nhân và Gia đình", "Luật Bình đẳng giới", "Luật Phòng chống mua bán người"]
    text = "theo Luật Xuất cảnh, nhập cảnh của công dân Việt Nam và Luật Bảo vệ, chăm sóc và giáo dục trẻ em năm 2004."
    assert [d["name"] for d in find_documents(text)] == [
        "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam", "Luật Bảo vệ, chăm sóc và giáo dục trẻ em"]
    text = "tuyên truyền pháp luật về phòng, chống tội phạm, Luật Bảo vệ và phát triển rừng... 5 năm qua, Hội họp."
    assert [d["name"] for d in find_documents(text)] == ["Luật Bảo vệ và phát triển rừng"]


def test_a_central_issuer_only_symbol_after_so_takes_the_type_word():
    assert docs("thực hiện có hiệu quả Nghị quyết số 09/CP và chương trình quốc gia") == [
        ("Nghị quyết", "09", "09/NQ-CP", "CP", None)]
    assert [d["symbol"] for d in find_documents("theo Công văn số 6519/UBND của tỉnh")] == ["6519/UBND"]


def test_a_number_with_a_plus_is_no_document_number():
    assert find_documents("Chương trình 60+ hôm nay sẽ giúp quý vị thấy rõ hơn") == []
    assert find_documents("Chương trình 60+: Người cao tuổi bảo vệ an ninh trật tự") == []


def test_round35_a_law_named_and_numbered_is_its_number_in_every_spelling():
    text = ("Luật Lực lượng tham gia bảo vệ ANTT ở cơ sở có hiệu lực. Quốc hội đã thông qua Luật Lực lượng tham gia "
            "bảo vệ an ninh, trật tự ở cơ sở số 30/2023/QH15. Luật Lực lượng tham gia bảo vệ an ninh trật tự ở cơ sở "
            "quy định rõ.")
    assert [d["symbol"] for d in find_documents(text)] == ["30/2023/QH15"]
    text = "Luật Lực lượng tham gia bảo vệ ANTT ở cơ sở đã ra đời. Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở"
    assert [d["name"] for d in find_documents(text)] == ["Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở"]


def test_round35_a_number_with_a_year_and_a_paper_by_its_symbol():
    text = "Thực hiện Thông tư 15/2010 của Bộ Công an, UBND thành phố vừa ban hành văn bản số 4763/UBND-NC về việc này."
    assert docs(text) == [("Thông tư", "15", None, None, 2010), ("văn bản", "4763", "4763/UBND-NC", "UBND-NC", None)]


def test_a_paper_cited_by_van_ban_so_and_its_number_alone():
    text = "Mô hình thực hiện chỉ đạo của Ban Chỉ đạo 138 TPHCM theo Văn bản số 2294 ngày 26/9/2025, hướng tới."
    assert docs(text) == [("Văn bản", "2294", None, None, None)]
    assert docs("Xã đã số hóa văn bản số lượng lớn, văn bản số 12.500 trang.") == []


def test_round41_a_known_law_typed_with_a_lost_space_an_amending_law_without_cua_and_so_glued():
    text = "Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷban nhân dân ngày 26/11/2003;"
    assert [d["name"] for d in find_documents(text)] == ["Luật Tổ chức Hội đồng nhân dân và Uỷban nhân dân"]
    text = "Căn cứ Luật An ninh quốc gia năm 2004 và Luật sửa đổi, bổ sung Luật An ninh quốc gia năm 2023;"
    assert [d["name"] for d in find_documents(text)] == ["Luật An ninh quốc gia",
                                                         "Luật sửa đổi, bổ sung Luật An ninh quốc gia"]
    text = "Trung tâm được thành lập theo quyết định số1093- QĐ-ĐHV, ngày 16/4/2012 của Hiệu trưởng."
    assert [d["symbol"] for d in find_documents(text)] == ["1093-QĐ-ĐHV"]


def test_round42_the_constitution_named_by_its_country_or_year():
    text = "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam (năm 2013) quy định rõ quyền của công dân."
    assert [d["name"] for d in find_documents(text)] == ["Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"]
    assert [d["name"] for d in find_documents("Người dân học Hiến pháp năm 1992 tại nhà văn hóa.")] == [
        "Hiến pháp năm 1992"]
    # the Constitution and the laws in general are no document cited
    assert find_documents("tuyên truyền, phổ biến Hiến pháp và pháp luật; chấp hành Hiến pháp, pháp luật") == []


def test_round42_an_attached_file_named_by_its_symbol():
    # a portal's signed attachment: "di-" (an outgoing paper) before the symbol written with hyphens
    text = "Văn bản kèm theo: di-1520-QĐ-UBND.signed.pdf"
    assert [d["symbol"] for d in find_documents(text)] == ["1520-QĐ-UBND"]
    # a hyphenated word before a number is no file name
    assert find_documents("mã số vé-15-KH tại quầy") == []


def test_round43_a_law_s_name_does_not_run_over_a_line_break():
    # a title ending on "dự án Luật", the next paragraph opening on "Câu 1.": no law named "Luật Câu"
    text = "Giải đáp các ý kiến về dự án Luật\n\nCâu 1. Vì sao cần ban hành Luật Phòng thủ dân sự?"
    assert [d["name"] for d in find_documents(text)] == ["Luật Phòng thủ dân sự"]


def test_round44_an_amending_law_of_two_laws_and_a_law_before_a_verb_of_joining():
    text = ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở năm 2024; thực hiện Luật "
            "Thi đua, khen thưởng.")
    assert [d["name"] for d in find_documents(text)] == [
        "Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở", "Luật Thi đua, khen thưởng"]
    text = "Công an xã tuyên truyền Luật Phòng cháy PCCC kết hợp ra mắt mô hình “Tổ liên gia an toàn”."
    assert [d["name"] for d in find_documents(text)] == ["Luật Phòng cháy PCCC"]
    assert [d["name"] for d in find_documents("phổ biến Luật Cư trú gắn với cấp căn cước")] == ["Luật Cư trú"]


def test_round45_a_number_before_its_year_is_a_document_not_a_duration():
    # "Chỉ thị 01 năm 2015": the directive's year; "Kế hoạch 5 năm 2021-2025" is still a five-year plan
    assert [d["name"] for d in find_documents("Sơ kết việc thực hiện Nghị định 03 năm 2019 của Chính phủ.")] == [
        "Nghị định 03"]
    assert find_documents("Triển khai Kế hoạch 5 năm 2021-2025 của huyện.") == []


def test_round46_the_constitution_being_amended_a_police_command_and_a_law_with_its_abbreviation_in_brackets():
    # "sửa đổi Hiến pháp": the Constitution as the text being amended; "Hiến pháp, pháp luật" is the law in general
    assert [d["name"] for d in find_documents("Người dân góp ý dự thảo sửa đổi, bổ sung Hiến pháp trên VNeID.")] == [
        "Hiến pháp"]
    assert find_documents("Đồng bào sống và làm việc theo Hiến pháp, pháp luật.") == []
    # "Mệnh lệnh số 02" of a provincial police director is a document like a directive
    assert [d["name"] for d in find_documents("Triển khai Mệnh lệnh số 02 của Giám đốc Công an tỉnh.")] == [
        "Mệnh lệnh 02"]
    assert find_documents("Đó là mệnh lệnh của trái tim.") == []
    # a bracketed abbreviation in a law's name does not make it another law than its short spelling
    text = ("Luật Lực lượng tham gia bảo vệ an ninh, trật tự (ANTT) ở cơ sở (Luật số 30/2023/QH15) có hiệu lực; "
            "thi hành Luật Lực lượng tham gia bảo vệ ANTT ở cơ sở.")
    assert [d["symbol"] for d in find_documents(text)] == ["30/2023/QH15"]
    text = "Góp ý sửa đổi Hiến pháp năm 2013. Hội viên góp ý sửa đổi Hiến pháp trên VNeID."
    assert [d["name"] for d in find_documents(text)] == ["Hiến pháp năm 2013"]


def test_round48_an_amending_law_written_with_a_capital_s():
    text = ("Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở ngày 22 tháng 11 năm 2024;\n\n"
            "Căn cứ Luật Sửa đổi, bổ sung Luật An ninh quốc gia năm 2023;")
    assert [d["name"] for d in find_documents(text)] == [
        "Luật Sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở",
        "Luật Sửa đổi, bổ sung Luật An ninh quốc gia"]


def test_round51_a_clock_after_a_type_word_is_no_number():
    assert find_documents("Mắt thần bảo đảm an ninh\n\nPháp luật 07:47 | 06/07/2022\nSau một thời gian") == []
    assert [d["name"] for d in find_documents("thực hiện Luật 07 về biên phòng")] == ["Luật 07"]


def test_round56_a_negation_after_a_law_s_comma_opens_the_next_clause():
    from phongtrao.intake.extraction.documents import find_documents

    found = find_documents("nhắc nhau chấp hành nghiêm túc Luật Thủy sản, không sử dụng mìn, xung điện để đánh bắt; "
                           "tuyên truyền Luật Phòng, chống ma túy.")
    assert [d["name"] for d in found] == ["Luật Thủy sản", "Luật Phòng, chống ma túy"]


def test_an_agreement_between_states_given_by_its_title_in_quotes():
    text = ("Gần đây, với việc thực hiện “Thỏa thuận giải quyết vấn đề di cư tự do và kết hôn không giá thú trong "
            "vùng biên giới” giữa Chính phủ hai nước Việt Nam và Lào.")
    assert [d["name"] for d in find_documents(text)] == [
        "Thỏa thuận giải quyết vấn đề di cư tự do và kết hôn không giá thú trong vùng biên giới"]
    assert find_documents("buộc Chính phủ Pháp cùng ký Hiệp định Genève, chấm dứt chiến tranh") == []


def test_round59_an_amending_law_named_after_its_number_is_the_number_and_lists_the_laws_it_amends():
    text = ("Luật xuất cảnh, nhập cảnh của công dân Việt Nam (Luật số 49/2019/QH14) được sửa đổi, bổ sung bởi Luật số "
            "23/2023/QH15 - Luật sửa đổi, bổ sung một số điều của Luật Xuất cảnh, nhập cảnh của công dân Việt Nam và "
            "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam cho cán bộ và nhân dân.")
    assert [d["symbol"] or d["name"] for d in find_documents(text)] == [
        "49/2019/QH14", "23/2023/QH15",
        "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam"]
    unnumbered = ("triển khai Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính "
                  "quyền địa phương.")
    assert [d["name"] for d in find_documents(unnumbered)] == [
        "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"]


def test_round65_especially_after_a_law_s_comma_opens_the_next_clause():
    # 129-09
    text = ("công tác tuyên truyền, phổ biến Luật Hòa giải cơ sở, nhất là trong vùng dân tộc thiểu số đã được quan tâm; "
            "thực hiện Luật Phòng, chống ma túy, đặc biệt là ở các trường học.")
    assert [d["name"] for d in find_documents(text)] == ["Luật Hòa giải cơ sở", "Luật Phòng, chống ma túy"]


def test_round69_a_type_word_that_names_only_documents_takes_a_bare_number_in_lower_case_too():
    # 135-04: a province's directive cited in lower case, without "số"
    text = "tháng 8 năm 2008, tỉnh ta đã có chỉ thị 46 tiến hành việc thành lập các tổ đoàn kết."
    assert [d["name"] for d in find_documents(text)] == ["Chỉ thị 46"]
    assert [d["name"] for d in find_documents("quy định tại điểm a, khoản 1, điều 10 nghị định 282/2025.")] == [
        "Nghị định 282"]
    # the verb "decide", a plan's length: no document
    assert find_documents("Ban chỉ đạo quyết định 7 vị trí; kế hoạch 5 tổ tuần tra; hướng dẫn 3 hộ.") == []


def test_round76_a_law_named_by_its_abbreviation_alone_is_listed():
    # 163-07: "chấp hành quy định của Luật PCCC;"
    text = "Người dân chấp hành quy định của Luật PCCC; cán bộ tuyên truyền Luật An ninh quốc gia và Luật ATGT."
    assert [d["name"] for d in find_documents(text)] == ["Luật PCCC", "Luật An ninh quốc gia", "Luật ATGT"]
    # an abbreviation that opens a longer name, or one that no name's key spells out: no law so named
    assert find_documents("tuyên truyền Luật ATGT Việt Nam, Luật PCCC đường bộ, Luật GTĐB cho dân.") == []
    assert [d["name"] for d in find_documents("tuyên truyền Luật ATGT cho dân.")] == ["Luật ATGT"]


def test_round76_a_dash_between_two_kinds_of_one_head_word_goes_on_with_the_law_s_name():
    # 163-01: "Luật giao thông đường bộ - đường sắt", the head word "đường" said again after the dash
    text = "Cán bộ tuyên truyền Luật Giao thông đường thủy - đường bộ cho học sinh."
    assert [d["name"] for d in find_documents(text)] == ["Luật Giao thông đường thủy - đường bộ"]
    # an apposition after the dash is not the name's
    text2 = "ban hành Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở – lực lượng được hình thành từ đó."
    assert [d["name"] for d in find_documents(text2)] == ["Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở"]


def test_round77_the_law_of_the_sea_a_convention_is_about_is_no_law():
    assert docs("tuyên truyền Công ước của Liên Hợp Quốc về Luật Biển năm 1982 và Luật Biên giới quốc gia.") == [
        ("Luật", None, None, None, None)]
    assert [d["name"] for d in find_documents("Công ước quốc tế về Luật Biển năm 1982; Luật Biển Việt Nam")] == [
        "Luật Biển Việt Nam"]


def test_round79_a_law_numbered_after_a_comma_is_its_number():
    # 179-10: "Luật Lực lượng …, số 30/2023/QH15 quy định …" and the name alone later: one document, its number
    text = ("Theo Luật Phòng, chống ma túy, số 73/2021/QH14 quy định rõ trách nhiệm. Như vậy Luật Phòng, chống ma túy "
            "không cấm việc này.")
    assert [d["symbol"] for d in find_documents(text)] == ["73/2021/QH14"]


def test_round79_a_plan_in_lower_case_numbered_at_its_clauses_end():
    # 180-02: "triển khai kế hoạch 115, xây dựng thí điểm 8 tuyến phố": the plan's number
    assert docs("Công an quận triển khai kế hoạch 217, xây dựng 5 tuyến phố văn minh.") == [
        ("Kế hoạch", "217", None, None, None)]
    # a number counting what follows stays none
    assert docs("Bệnh viện được giao kế hoạch 500 giường bệnh.") == []


def test_round83_the_law_of_the_sea_named_right_after_the_convention_is_no_law():
    # 196-08 "tuyên truyền Công ước Luật Biển 1982": the convention's subject, as "Công ước … về Luật Biển" (round 77)
    assert [d["name"] for d in find_documents("tuyên truyền Công ước Luật Biển 1982 và các quy định")] == []
    assert [d["name"] for d in find_documents("Công ước Luật Biển 1982; Luật Biển Việt Nam")] == ["Luật Biển Việt Nam"]


def test_round87_laws_related_to_a_subject_are_no_law():
    # 210-09 "các nội dung, văn bản Luật liên quan đến phụ nữ, trẻ em; Luật Phòng, chống mua bán người": laws in general
    assert [d["name"] for d in find_documents("văn bản Luật liên quan đến phụ nữ, trẻ em; Luật Phòng, chống mua bán "
                                              "người")] == ["Luật Phòng, chống mua bán người"]
