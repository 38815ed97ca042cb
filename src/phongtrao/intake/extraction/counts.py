"""Counts: a number attached to a counted noun ("1.080 người", "25-30 điểm", "62/63 địa phương", "20 triệu đồng")."""
from __future__ import annotations

import functools
import json
import re
from itertools import takewhile
from pathlib import Path

from .numbers import MULTIPLIER, MULTIPLIERS, NUMBER, parse_number, scale
from .spans import LOWER, UPPER, Mask, distinct, is_sentence_start, matches_at, sentence_bounds

_LEXICON = json.loads((Path(__file__).parent / "data" / "count_units.json").read_text(encoding="utf-8"))
SINGLE = frozenset(_LEXICON["single"])
COMPOUND = frozenset(_LEXICON["compound"])
NOT_UNITS = frozenset(_LEXICON["not_units"])
LABELS = frozenset(_LEXICON["labels"])
NOT_LABELS = frozenset(_LEXICON["not_labels"])
CASED_LABELS = frozenset(_LEXICON["cased_labels"])
CURRENCY = {"VNĐ": "đồng", "VND": "đồng", "đ": "đồng", "USD": "USD"}

_COUNT_RE = re.compile(
    rf"(?:(?<![\w.,:+\-–])|(?<=[A-ZĐ] [-–])|(?<=(?<!\w)(?:có|là)))(?<![\d/A-Z]/)(?P<a>{NUMBER})(?!\d)"
    rf"(?:\s*(?:(?:[-–x×]|đến|tới|xuống(?: còn)?|lên(?: đến| tới)?|(?<=(?<![\d.,])[1-9]),(?= ?[1-9] (?:{MULTIPLIER})))"
    rf"\s*(?P<b>{NUMBER})"
    rf"|(?:/\s*|\s+trên\s+)(?P<of>{NUMBER}))(?![\d/]))?"
    rf"(?:\s*(?P<mult>{MULTIPLIER})(?![{LOWER}])(?<!vạn(?= chài)))?(?P<pct>\s*%|\s+phần trăm)?"
)
"""A number, a range (an estimate too: "hàng 6, 7 nghìn công nhân", two digits before a multiplier), the sides of a size ("kích thước 6,5x9 cm", two counts like a range), or "a of b" ("62/63 địa
phương", "4 trên 10 tổ dân phố"), then a multiplier word ("20 triệu",
"45 vạn"; not a fishing community, "3 vạn chài") or a percent sign."""
MEASURES = ("km2", "km²", "km", "kg", "ha", "m2", "m²", "m3", "m³", "cm", "mm", "m", "gr", "g", "tấn", "kWh", "kW",
            "MW", "W", "CV")
"""Measures glued to their number ("2km", "100ha", "khoảng 800g", "46,7gr", "3.085m3"), a lamp's or a panel's power
too ("bóng đèn 30W"), a boat's horsepower ("tàu công suất từ 90CV trở lên")."""
_METRES_TAIL = re.compile(r"m(\d{1,2})(?![\w/]|[.,]\d)")
"""A height in metres with its decimetres or centimetres after the "m" ("cao 1m8" is 1.8 m, "1m75" 1.75 m)."""
_GLUED_UNIT = re.compile(rf"({'|'.join(MEASURES)}|đ)(?![\w])")
_GLUED_NOUN = re.compile(rf"([{LOWER}]{{2,}})(?!\w)")
"""A known counted noun glued to its number by a typing slip ("với 694hộ, 2706 nhân khẩu"): one word of the lexicon
only, so that a code or a file name ("3503z", "5s") stays none."""
_WORDS = re.compile(rf"\s+[“\"'‘]?((?:[{LOWER}]+(?:[2²3³](?!\d))?|USD|VNĐ|VND|CLB)(?:\s+[{LOWER}]+){{0,2}})(?!\w)")
"""1–3 lower-case words after a number, a quote opening before them: 500 “móc khóa an ninh”; a measure of area or
volume after a space ("562 km2", "1.000 m3"); a word run on into
digits ("3503 z2017386523890", a photo's file name) is none."""
_SLASHED = re.compile(rf"/([{LOWER}]+)(?:\s+[{LOWER}]+)?(?![\w/])")
"""A counted noun and another after a slash, one counted thing either way ("229 gia đình/dòng họ"); not a rate, a
measure or a sum per something ("350.000 đồng/suất", "5 vụ/năm", "182 lượt/ngày"), which keeps its first unit."""
_QUOTE_CLOSES = re.compile(r"[^“”\"\n.;!?]{0,40}[”\"]")
"""A number opening a short quoted phrase names a slogan or a model ("3 bám, 4 cùng", "5 trắng", "2 phòng, 3 giữ"),
as the numbers inside names do ("Mô hình 5+1"): no count."""
_CAPITALISED = re.compile(rf"[ \t]+[“\"'‘]?([{UPPER}](?:[{UPPER}]{{1,4}}(?!\w)|[{LOWER}]*)(?:[ \t]+[{LOWER}]+){{0,2}})")
"""A capitalised word, or an acronym ("13/13 TDP"), after a number: a count only when it is a known counted noun."""
_MONTH_AFTER = re.compile(r"\s+(?:[1-9]|1[0-2])(?![\d.,/])|\s+(?:Giêng|Chạp)(?!\w)")
"""A month named after "N tháng" makes N its day: a number, or a lunar month's name (the first, "tháng Giêng", and the
last, "tháng Chạp")."""
_ROMAN_AFTER = re.compile(r"\s+[IVXLC]+\b")
_CELSIUS = re.compile(r"\s*C\b")
"""Degrees Celsius ("nắng tới 40 độ C"): the "C" after "độ" is the scale, no Roman numeral closing a name."""
_ROUND_THE_CLOCK = re.compile(r"\s*giờ(?![\w])")
LEVEL_LABELS = frozenset(("xã", "phường", "quận", "huyện", "trấn", "phố", "thôn", "ấp", "điểm"))
"""Label words before a number ("phường 9", "tổ dân phố 3", "điểm 5") unless a counted compound follows: "Công an xã 4
nguồn tin", "bảo vệ dân phố 33 máy bộ đàm", "chỉ đạo điểm 2 khu dân cư", "Ban Chỉ đạo các xã, thị trấn 23 trường
hợp" (a town, "thị trấn", is a level like the others)."""
PEOPLE = "người"
"""People counted after a label word: a force's strength ("bảo vệ dân phố 253 người", "mỗi tổ dân phố 5 người")."""
LABEL_VERBS = frozenset(("tổ chức",))
"""A compound that is also a verb: after a numbered unit it is what the unit does ("UBND quận 4 tổ chức ra quân")."""
_COUNTER_BEFORE = re.compile(r"(?:lượt (?:xem|đọc|truy cập|nghe)|số lượt|views?)\s*:?\s*$", re.IGNORECASE)
"""A page's view counter: "Lượt xem: 296 lượt"."""
_COUNTER_AFTER = re.compile(r"\s*lượt (?:xem|đọc|truy cập)(?!\w)", re.IGNORECASE)
COUNTER_LINE_CHARS = 90
"""A view counter written after its number ("2,717 lượt xem"), on a short meta line of its own or with the page's
date ("Thứ Sáu, 10 Tháng Mười Một, 2023 36 lượt xem Chia sẻ bài viết:"); in a sentence ("thu hút 5.000 lượt xem") it
counts."""
_TIERS = re.compile(r"(?:(?:mô hình|bộ máy|vận hành|hoạt động) chính quyền(?: địa phương)?|mô hình tổ chức"
                    r"|lực lượng công an) $", re.IGNORECASE)
"""The two-tier government named as a model or an apparatus ("mô hình chính quyền địa phương 2 cấp", "tổ chức lại bộ
máy chính quyền 2 cấp", "vận hành chính quyền địa phương 2 cấp", a unit run "theo mô hình tổ chức 02 cấp"), and the
police force named by its tiers ("lực lượng công an 2 cấp trong tỉnh": the province's and the communes'): a number
inside a name, like "Mô hình 5+1"; "thực hiện chính quyền địa phương 2 cấp" counts its tiers. The set-up as it starts
to work is named too ("sau khi đi vào hoạt động chính quyền địa phương 2 cấp")."""
_GOVERNMENT = re.compile(r"chính quyền(?: địa phương)? $", re.IGNORECASE)
_AT_WORK = re.compile(r"\s*cấp\s+(?:chính thức\s+)?(?:đi vào|vận hành|hoạt động)(?!\w)")
"""The two-tier government as it starts to work ("sau 1 tháng chính quyền 2 cấp đi vào hoạt động", "khi chính quyền
địa phương 2 cấp chính thức vận hành") is the set-up named too."""
_AGE_BEFORE = re.compile(r"(?<!\w)tuổi(?: đời)?(?: (?:từ|ngoài|trên|gần|ngót|xấp xỉ))?\s$", re.IGNORECASE)
"""Ages written after their noun ("độ tuổi từ 18 - 40 tham gia …", "Ở tuổi 26, họ là …", "Ở tuổi ngoài 60", "tuổi
đời từ 18 - 25", "15 đội viên tuổi từ 25 - 55", "đã bước qua tuổi 60 nhưng …"): the unit is "tuổi" unless a counted
noun follows; not a clock (a title ending "người cao tuổi" over the page's "14:55 03/10/2025" gives no age)."""
_CLOCK_AFTER = re.compile(r":\d\d(?!\d)")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_NAME_OPENS = re.compile(rf"[“\"][{UPPER}][{LOWER}]*(?: [{LOWER}]+){{0,3}}(?: \d[\d.,]* [{LOWER}]+ [{LOWER}]+)? $")
"""A number inside a quoted name ("“Gian hàng 5.000 đồng”", "“Gian hàng 0 đồng”") is part of the name, the second of
two too ("“Tiết kiệm từ 5 triệu đến 10 triệu đồng”")."""
PERIODS = frozenset(("ngày", "tuần", "tháng", "năm", "quý"))
"""A period word before "N lần" gives a frequency ("tuần tra ngày 3 lần", "Mỗi tuần 3 lần"), not a label."""
A_WHILE = "thời gian"
""""1 thời gian" is "một thời gian" (a while) written with a digit: "Sau 1 thời gian nghiên cứu, …"."""
_HUNDREDS = re.compile(r"\s*(?<!\d)(\d{1,2}|[1-9]00)\s+trăm(?=\s)(?!\s+(?:nghìn|ngàn|triệu|tỷ|tỉ|vạn)(?!\w))")
"""Hundreds written as a word, alone ("5 trăm tổ") or after thousands ("2 nghìn 5 trăm tổ" = 2.500 tổ); whole
hundreds in digits before "trăm" write the hundreds twice ("hơn 700 trăm ngôi nhà" is 700 houses)."""
_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d{2}(?!\d)(?![/.,]\d)(?!\s*[-–—]\s*\d)")
"""A number before "năm" and a year ("tốt nghiệp Trường Sĩ quan Lục quân 1 năm 2009") closes a name: "năm" is the
year's word ("năm 2009"), no span of one year; the years of a period after it count ("trong 5 năm 2016 - 2020")."""
_N_IN_ONE = re.compile(r"(?<![\w.,/])\d{1,2}\s+trong\s+$")
"""A "one" after "N trong" names a thing that does N jobs in one ("Tổ công tác 3 trong 1", "mô hình 5 trong 1"): part
of a name, like "Mô hình 5+1", no count of what follows ("3 trong 1 thực hiện tốt nhiệm vụ")."""
_NAMED_DAY = re.compile(r"\s+(?:truyền thống|thành lập)(?!\w)")
"""A Day named after a number ("kỷ niệm 75 ngày truyền thống lực lượng Công an nhân dân"): "75 năm Ngày truyền
thống", the word "năm" dropped; the number counts years, not days."""
_HOURS = re.compile(r"\s+giờ(?=\s+(?:trở lên|liên tục|đồng hồ|(?:chạy|đi) (?:tàu|xe|thuyền|ca nô|đò|bộ|ô tô)|di chuyển"
                    r"|lái xe)(?!\w))")
"""Hours as a duration ("đủ 4 giờ trở lên", "8 giờ liên tục"), a trip's too ("2-3 giờ chạy tàu", "2 giờ đi xe máy"),
not a clock time ("8 giờ sáng")."""
_SPENT = ("đủ", "suốt", "mất")
"""Words before hours spent: "đủ 4 giờ", "suốt 24 giờ", "đi xe cũng mất 4 - 5 giờ"."""
_AFTER_ABOUT = ("gần", "hơn", "ngót")
_NO_CLOCK_AFTER = re.compile(r"(?!\s*(?:\d|sáng|chiều|tối|đêm|trưa|khuya|ngày|hôm|kém|rưỡi|đúng)(?!\w))")
""""Sau" and a rough number before hours ("Sau gần 5 giờ trên biển, tàu 8004 đã thả neo", "sau hơn 3 giờ"): hours
spent, a clock is not written "gần" or "hơn" after "sau"; not before a time of day ("sau hơn 5 giờ chiều")."""
_TEACHINGS = re.compile(r"\s+(?:điều\s+Bác(?:\s+Hồ)?\s+dạy|lời\s+(?:Bác(?:\s+Hồ)?\s+)?dạy)(?!\w)")
"""Uncle Ho's precepts named by their number ("thực hiện đúng 6 điều Bác Hồ dạy", "5 điều Bác Hồ dạy thiếu niên, nhi
đồng", "Bác Hồ nêu 6 lời dạy CAND"): a name, like "Mô hình 5+1", no count."""
_NIGHT_INTO = re.compile(r"\s+rạng\s+(?:sáng\s+)?(?:ngày\s+)?\d")
"""A day of the month before the night runs into the next ("đêm 25 rạng sáng 26-5"): a date, no count."""
_MINISTRY = re.compile(rf"\s+Bộ\s+[{UPPER}]")
"""A number before "Bộ" and a capitalised word names a unit of a ministry ("Bệnh viện 198 Bộ Công an"): no sets
counted ("198 bộ quần áo")."""
_SLOGAN = re.compile(r"[“\"'‘](\d{1,2}\s[^“”\"'‘’\n.;!?]{1,40})[”\"'’]")
_SLOGAN_ITEM = re.compile(rf"(\d{{1,2}})\s+([{LOWER}]+(?:\s[{LOWER}]+)?)\s*(?:[,+]|$)")
_SLOGAN_LIST = re.compile(rf"(?<![\w.,/])[1-9] [{LOWER}]+(?: [{LOWER}]+)?(?:(?:, | và )[1-9] [{LOWER}]+(?: [{LOWER}]+)?){{2,}}"
                          rf"(?=[.;:\n])")
_SLOGAN_LIST_ITEM = re.compile(rf"([1-9]) ([{LOWER}]+(?: (?!và(?!\w))[{LOWER}]+)?)")
"""A slogan written as a list of three or more one-digit items, unquoted ("5 phòng, 3 quản và 2 hòa giải"): its items
count nothing when a word of one is no counted noun ("quản"); "5 xã, 3 phường và 2 thị trấn" counts."""
_SLOGAN_DASHED = re.compile(rf"[“\"'‘][^“”\"'‘’\n.;!?\d]{{0,40}}((?:\d{{1,2}} [{LOWER}]+(?: [{LOWER}]+)?\s*[–-]\s*)+"
                            rf"\d{{1,2}} [{LOWER}]+(?: [{LOWER}]+)?)\s*[”\"'’]")
"""A quoted name closing on numbered items joined by dashes ("'Cảnh sát khu vực 5 cùng – 3 biết – 1 cầu nối'"): its
items are a slogan's, explained where the article writes them again ("3 biết (biết phong tục, …) và 1 cầu nối (…)")."""
_SLOGAN_ITEM_END = re.compile(r"\s*(?:[,;:.”\"'’)+\n]|\((?!\d)|[–-]\s*\d|$|(?:(?:đó|này)\s+)?(?:là|và|gồm)(?!\w))")
"""A quoted numbered slogan ("“2 xây, 3 phòng, 4 tự”", "'5 quản, 3 phòng, 3 bảo vệ'") names its items: each item
("3 phòng") written again in the article, unquoted, in a list or explained ("3 phòng là phòng ngừa …"), is part of the
name, not a count; "3 phòng học" still counts."""


_PAGE_AGE = re.compile(r"\d{1,3}[ \t]+(?:giây|phút|giờ|ngày|tuần|tháng|năm)[ \t]+trước(?:[ \t]+[\d.,]+)?[ \t]*(?:\n|$)")
"""A line that is only a relative age ("11 tháng trước"), a view count after it ("11 tháng trước 77"), is the page's
time stamp, not a span the news tells of ("Hơn 1 năm trước, vợ chồng bà …", "10 năm trước, khi …")."""


def find_counts(body: str, mask: Mask | None = None) -> list[dict]:
    """Distinct (value, unit) counts with their first offsets; a range or "a/b" gives two counts."""
    mask = mask or Mask()
    found = []
    slogan_items = _slogan_items(body)
    taken_until = 0
    for m in _count_matches(body):
        if mask.hits(m.start(), m.end()) or m.start() < taken_until:
            continue
        if body[m.start() - 1] in "-–" and not _DATELINE_DASH.fullmatch(body, body.rfind("\n", 0, m.start()) + 1,
                                                                       m.start()):
            continue
        if slogan_items and _is_slogan_item(body, m, slogan_items):
            continue
        if (m.start() == 0 or body[m.start() - 1] == "\n") and _PAGE_AGE.match(body, m.start()):
            continue  # "11 tháng trước 77": the page's age and its views, not the news
        if m["b"] and not m["mult"] and body[m.end("a"):m.start("b")].strip() in ("-", "–") \
                and parse_number(m["b"]) < parse_number(m["a"]):
            continue  # "Công ty CP Dệt may 29-3": a day and month closing a name, no range (a range goes up)
        before = _previous_words(body, m.start())
        unit, end = _unit(body, m)
        tier = _lower_tier(body, m)
        if tier:  # "6 triệu 650 ngàn đồng": one amount, the lower tier's multiplier and unit after it
            unit, end = _unit(body, tier)
            taken_until = end
        hundreds = None if tier or m["b"] or m["of"] or m["pct"] \
            or m["mult"] and m["mult"].lower() not in ("nghìn", "ngàn") \
            else _HUNDREDS.match(body, m.end() if m["mult"] else m.start())
        if hundreds:
            words = _WORDS.match(body, hundreds.end())  # "2 nghìn 5 trăm tổ", "5 trăm người": hundreds in words
            unit = _head_noun_of(tuple(words[1].split())) if words else None
            end = taken_until = words.start(1) + len(unit) if unit else end
        if unit not in SINGLE and unit not in COMPOUND and _AGE_BEFORE.search(body, max(0, m.start() - 16), m.start()) \
                and not _CLOCK_AFTER.match(body, m.end()):
            unit, end = "tuổi", m.end()
        if unit is None and ((hours := _HOURS.match(body, m.end())) or before and before[-1].lower() in _SPENT
                                                         and (hours := _ROUND_THE_CLOCK.match(body, m.end()))
                             or (hours := _hours_after_about(body, m.end(), before))):
            unit, end = "giờ", hours.end()
        if unit == "lần" and before and before[-1].lower() in PERIODS:
            before = []
        if not m["mult"] and _is_label_of(tuple(before)) and not ((unit in COMPOUND or unit in MEASURES or unit == PEOPLE)
                                                and before[-1].lower() in LEVEL_LABELS and unit not in LABEL_VERBS) \
                and not _each_label(before, unit) and not _counted_after_label(before, unit):
            continue  # "thị xã 25km": a distance from the town; not "của xã 26 nghìn dân" (no label is numbered so)
        if unit and unit.split()[0] == "cấp" and _names_tiers(body, m):
            continue
        if unit and (unit.split()[0] == "số" or unit == A_WHILE) and m["a"] == "1" \
                and not (m["b"] or m["of"] or m["mult"]):
            continue  # "có 1 số công nhân", "Sau 1 thời gian": "một số" (some), "một thời gian" (a while), no count
        if unit and (unit.split()[0] == "số" or unit in WHOLES) and m["of"] and not m["mult"]:
            continue  # "2/3 số thanh niên", "1/3 diện tích toàn huyện": a fraction of a total, no count
        if parse_number(m["a"]) == 0 and not (m["b"] or m["of"] or m["mult"]):
            continue  # "cuốc taxi 0 đồng": a free ride, "0 giờ": midnight; no one counts nothing
        if before and before[-1].lower() == _JUNCTION and m["a"] in JUNCTION_WAYS and not (m["b"] or m["of"]):
            continue  # "các ngã 3 giao thông": a junction (ngã ba) written with a digit, no count
        if before and before[-1].lower() == _VEHICLE and unit and unit.split()[0] == WHEELS and not m["of"]:
            continue  # "đường dành cho xe 2 bánh": a motorbike's kind, no count
        if ((_opens_quote(body, m.start()) or _NAME_OPENS.search(body, max(0, m.start() - 30), m.start()))
                and _QUOTE_CLOSES.match(body, m.end())):
            continue
        if (_COUNTER_BEFORE.search(body, max(0, m.start() - 20), m.start()) or _is_year(m, unit)
                or _counter_after(body, m)):
            continue
        if unit is None and m["of"]:
            unit, end = _fraction_is(body, m)
        if unit is None or _is_name(body, m.start(), before, unit) or _ROMAN_AFTER.match(body, end) \
                and not (unit == DEGREES and _CELSIUS.match(body, end)):
            continue
        if _numbered_place(body, m.start(), before, unit, end) or _house_number(body, m, unit, end) \
                or (not before or before == [_AND]) and unit in LEVELS \
                and _NAME_AFTER.match(body, end) and _listed_after_label(body, m.start()) \
                or _guessed(unit) and _next_of_labelled(body, m.start()):
            continue
        if _listed_after_road(body, m.start()):
            continue  # "quốc lộ 14 và 25 chạy qua": the road 25, no count
        if _TEACHINGS.match(body, m.end()) or _MINISTRY.match(body, m.end()) or _NIGHT_INTO.match(body, m.end()):
            continue
        if unit == "tháng" and _MONTH_AFTER.match(body, end):  # "8 tháng 11", "mùng 4 tháng Giêng": a month's day
            continue
        if unit == "năm" and _YEAR_AFTER.match(body, end):  # "Trường Sĩ quan Lục quân 1 năm 2009": the year's word
            continue
        if m["a"] == "1" and not (m["b"] or m["of"] or m["mult"] or m["pct"]) \
                and _N_IN_ONE.search(body, max(0, m.start() - 12), m.start()):
            continue  # "Tổ công tác 3 trong 1 thực hiện …": a name ("three in one"), no count
        if unit == "ngày" and _NAMED_DAY.match(body, end):  # "kỷ niệm 75 ngày truyền thống": a Day, its years
            continue
        if (pair := _ROUGH_PAIR.fullmatch(m["a"])) and int(pair[2]) == int(pair[1]) + 1 and not (
                m["b"] or m["of"] or m["mult"] or m["pct"] or hundreds) and unit not in MEASURED \
                and not _AVERAGE_BEFORE.search(body, max(0, m.start() - 20), m.start()):
            for raw in pair.groups():  # "từ 3,4 tàu thuyền": three or four boats, no decimal
                found.append({"value": int(raw), "unit": unit, "text": body[m.start():end], "start": m.start(),
                              "end": end})
            continue
        if unit == TURNS:
            unit, end = _turns_of(body, end)
        for raw in filter(None, (m["a"], m["b"], m["of"])):
            value = scale(parse_number(raw), m["mult"])
            if unit == "m" and (tail := _METRES_TAIL.match(body, m.end())):
                value += int(tail[1]) / 10 ** len(tail[1])
            if hundreds:
                value = (value if m["mult"] else 0) + _hundreds_value(hundreds[1])
            if tier:
                value += scale(parse_number(tier["a"]), tier["mult"])
            found.append({"value": value, "unit": unit, "text": body[m.start():end], "start": m.start(), "end": end})
        if not (m["b"] or m["of"] or m["mult"] or m["pct"] or hundreds) \
                and (before_it := _APPROXIMATE_BEFORE.search(body, max(0, m.start() - 6), m.start())) \
                and int(before_it[1]) + 1 == parse_number(m["a"]):
            found.append({"value": int(before_it[1]), "unit": unit, "text": body[before_it.start():end],
                          "start": before_it.start(), "end": end})
    return distinct(found, key=lambda c: (c["value"], c["unit"]))


_TIER_AFTER = re.compile(rf"\s+(?=\d{{1,3}}\s+(?:{MULTIPLIER})(?![{LOWER}]))")


def _hundreds_value(written: str) -> int:
    """The hundreds before "trăm": "5" is 500, "700" is 700 already (see _HUNDREDS)."""
    return int(written) if len(written) == 3 else int(written) * 100


def _lower_tier(body: str, m: re.Match) -> re.Match | None:
    """The next tier of an amount written in words after its first ("6 triệu 650 ngàn đồng" is 6.650.000 đồng, "1 tỷ
    200 triệu đồng"): a number of at most three digits with a smaller multiplier word right after the multiplier;
    its own match (number, multiplier and unit), or None."""
    if not m["mult"] or m["b"] or m["of"] or m["pct"] or not (gap := _TIER_AFTER.match(body, m.end())):
        return None
    tier = _COUNT_RE.match(body, gap.end())
    if not tier or not tier["mult"] or tier["b"] or tier["of"] or tier["pct"] \
            or MULTIPLIERS[tier["mult"].lower()] >= MULTIPLIERS[m["mult"].lower()]:
        return None
    return tier


WHOLES = frozenset(("diện tích", "dân số", "quân số", "tổng số", "chiều dài"))
"""Wholes a fraction is a share of, like "số" (a total): "chiếm khoảng 1/3 diện tích toàn huyện", "2/3 quân số"."""
DEGREES = "độ"
TURNS = "lượt"
_TURNS_OF = re.compile(rf"\s+((?:[{LOWER}]+)(?:\s+[{LOWER}]+){{0,2}})(?!\w)")


def _turns_of(body: str, end: int) -> tuple[str, int]:
    """Turns of a counted noun keep it ("371 lượt tổ tuần tra", "3.710 lượt người"), so that other turns of the same
    number ("371 lượt kiểm soát lưu động") stay a count of their own; "lượt" alone before any other word ("5.000 lượt
    xem")."""
    if not (words := _TURNS_OF.match(body, end)):
        return TURNS, end
    noun = _head_noun_of(tuple(words[1].split()))
    if noun in SINGLE or noun in COMPOUND or noun == PEOPLE:
        return f"{TURNS} {noun}", words.start(1) + len(noun)
    return TURNS, end


_FRACTION_IS = re.compile(r"\s+là(?=\s)")


def _fraction_is(body: str, m: re.Match) -> tuple[str | None, int]:
    """The counted noun named after "là" following "a/b" ("789/833 là Công an phụ trách ấp", "1.730/1992 là Đội trưởng,
    Đội phó"): a known counted noun only; (None, end) otherwise."""
    if not (copula := _FRACTION_IS.match(body, m.end())):
        return None, m.end()
    words = _WORDS.match(body, copula.end()) or _CAPITALISED.match(body, copula.end())
    if not words:
        return None, m.end()
    parts = words[1].lower().split()
    unit = _head_noun_of(tuple(parts))
    if unit in SINGLE or unit in COMPOUND or unit == PEOPLE:
        return unit, words.start(1) + len(unit)
    return None, m.end()


_LABEL_LIST = re.compile(r"(?<![\w.,/])\d{1,3}(?:, \d{1,3})*(?:, | và )$")
_AND = "và"
"""The last of a list of numbered hamlets may follow "và" ("tại tổ 14 và 16 xã Kim Long"): its only word before it."""
LISTED_LABELS = frozenset(("thôn", "ấp", "xóm", "bản", "khóm", "tổ", "khu", "phố", "phường", "quận", "khu phố",
                           "tổ dân phố"))


def _listed_after_label(body: str, start: int) -> bool:
    """Whether a number follows a list of numbers after a numbered hamlet's or ward's label: before a level word and a
    name, the next number of "thôn 7, 8 xã Ia Tơi" (or "tổ 14 và 16 xã Kim Long") is a hamlet's too, of that commune,
    not a count of communes ("giáp 4, 5 xã" counts, and so does "tại tổ 7, 86 hộ dân")."""
    if not (listed := _LABEL_LIST.search(body, max(0, start - 24), start)):
        return False
    words = _previous_words(body, listed.start())
    return bool(words) and words[-1].lower() in LISTED_LABELS and not any(w.lower() in EACH for w in words)


ROAD_LABELS = frozenset(("quốc lộ", "tỉnh lộ", "huyện lộ", "hương lộ"))


def _listed_after_road(body: str, start: int) -> bool:
    """Whether a number follows a list of numbers after a road's label: "quốc lộ 14 và 25 chạy qua", "tỉnh lộ 8, 9" name
    roads, as the first number after the label does; none is a count (the verb after the last, "chạy", is no noun)."""
    if not (listed := _LABEL_LIST.search(body, max(0, start - 24), start)):
        return False
    words = _previous_words(body, listed.start())
    return " ".join(words[-2:]).lower() in ROAD_LABELS


_LABELLED_LIST = re.compile(r"(?<![\w.,/])\d{1,4}(?:, \d{1,4})*, $")


def _guessed(unit: str) -> bool:
    """A unit read as the two words after the number, no counted noun the lexicon knows."""
    return unit not in SINGLE and unit not in COMPOUND and unit not in MEASURES and unit not in (PEOPLE, "%")


def _next_of_labelled(body: str, start: int) -> bool:
    """Whether a number is the next of a list of numbers after a label ("Cột mốc 202, 203 nằm cách nhau khoảng 3km",
    "2 cột mốc 202, 203 nằm trên địa bàn"): it names the next marker, as the first does; with no counted noun after
    it, the words it runs into ("nằm cách") are no unit. Not after "và": "tại tầng 1 và 1 nút ấn báo cháy" counts."""
    if not (listed := _LABELLED_LIST.search(body, max(0, start - 24), start)):
        return False
    return _is_label_of(tuple(_previous_words(body, listed.start())))


def _defined_counted(body: str, acronym: str) -> bool:
    """An acronym the text defines in brackets after the words it shortens, whose head is a counted noun: "mô hình tộc
    họ tự quản (THTQ) … 41 THTQ" counts clans (the words' initials spell the acronym)."""
    opened = body.find(f"({acronym})")
    if opened < 0:
        return False
    words = body[max(0, opened - 80):opened].split()[-len(acronym):]
    if len(words) != len(acronym) or "".join(w[0] for w in words).upper() != acronym.upper():
        return False
    return _head_noun_of(tuple(w.lower() for w in words)) is not None


_COUNTED_AFTER = {"ngày": lambda unit: unit == "đêm", "năm": lambda unit: unit == "tháng",
                  "loại": lambda unit: bool(unit) and " " not in unit,
                  "nhóm": lambda unit: unit == PEOPLE or unit in COMPOUND}
"""Label words a count may follow all the same: "ngày" before nights ("03 ngày 03 đêm": days and nights, no date
is written so), "năm" before months ("2 năm 6 tháng tù giam": a span of years and months; a date writes the year
last), "loại" before a kind's count of one word ("pháo hoa nổ loại 36 quả": a kind told by its shots; "loại 1
tốt nhất" names a grade), "nhóm" before its members, people or a known counted noun ("nhóm 4 thanh niên": a group of
four; "nhóm 1 thảo luận" names the group)."""


def _counted_after_label(before: list[str], unit: str | None) -> bool:
    counted = _COUNTED_AFTER.get(before[-1].lower())
    return bool(counted and counted(unit))


def _each_label(before: list[str], unit: str | None) -> bool:
    """A label word after "mỗi"/"từng" names the group shared out, the number after it counts a known noun per group
    ("mỗi tổ 5 thành viên", "mỗi tổ dân phố 5 người"), not the group's number ("tổ 5")."""
    return bool(unit) and (unit in SINGLE or unit in COMPOUND or unit == PEOPLE) \
        and any(w.lower() in EACH for w in before[-4:-1]) and unit not in LABEL_VERBS


_JUNCTION, JUNCTION_WAYS = "ngã", frozenset("34567")
"""A road junction is named by its number of ways, often with a digit ("ngã 3", "ngã 4" for ngã ba, ngã tư)."""
_VEHICLE, WHEELS = "xe", "bánh"
"""A vehicle is named by its number of wheels ("xe 2 bánh", "xe 4 bánh"): a kind of vehicle, no count of wheels."""
_APPROXIMATE_BEFORE = re.compile(r"(?<![\w.,/])(\d{1,2}), $")
"""Two numbers in a row before one noun, the second one more than the first, give a rough number ("giáp 4, 5 xã":
four or five communes), two counts like a range ("4-5 xã"); "7, 86 hộ dân" is the end of a list, one count."""
_ROUGH_PAIR = re.compile(r"(\d),(\d)")
_AVERAGE_BEFORE = re.compile(r"(?:trung bình|bình quân)(?: từ| là| khoảng)? $", re.IGNORECASE)
MEASURED = frozenset((*MEASURES, "%", "đồng", "USD", "lần", "năm", "tháng", "ngày", "tuần", "giờ", "phút", "mét",
                      "cây số", "héc ta", "hecta", "kilômét", "ki-lô-mét", "độ", "điểm"))
"""Two one-digit numbers joined by a comma with no space, the second one more than the first, before a thing that
comes whole ("từ 3,4 tàu thuyền", "3,4 người"), are a rough pair like "3, 4" or "3-4", not a decimal: a decimal
comma counts measures, money, spans of time, ratios and scores ("2,5 km", "5,6kg", "2,3 lần"), and averages ("trung
bình từ 5,3 Công an chính quy/xã")."""
EACH = frozenset(("mỗi", "từng"))
_DIGIT_RUN = re.compile(r"\d+")
_DATELINE_DASH = re.compile(r"\(?[A-ZĐ][A-ZĐ0-9.]{1,15}\)? [-–]")
"""A source's dateline glued to the lead's first number ("VOV.VN -14 tập thể, 108 cá nhân …"): the dash separates,
it is no minus sign or range; a number after a lost space following "có" ("Cùng dự có108 vị già làng") counts too."""


def _count_matches(body: str):
    """_COUNT_RE.finditer(body), tried only where a run of digits starts (its number opens with a digit, and its
    lookbehind refuses a digit after a word character, a digit included)."""
    return matches_at(_COUNT_RE, body, (run.start() for run in _DIGIT_RUN.finditer(body)))


@functools.lru_cache(maxsize=4096)
def _is_label_of(before: tuple[str, ...]) -> bool:
    return _is_label(list(before))


@functools.lru_cache(maxsize=4096)
def _head_noun_of(words: tuple[str, ...]) -> str | None:
    return _head_noun(list(words))


def _slogan_items(body: str) -> set[str]:
    items = set()
    for listed in _SLOGAN_LIST.finditer(body):
        parts = [(part[1], part[2]) for part in _SLOGAN_LIST_ITEM.finditer(listed[0])]
        if any(_head_noun_of(tuple(w.split())) is None for _, w in parts):
            items.update(f"{n} {w}" for n, w in parts)
    if "“" not in body and '"' not in body and "'" not in body:
        return items
    for quoted in _SLOGAN.finditer(body):
        for part in quoted[1].split(","):
            if item := _SLOGAN_ITEM.match(part.strip()):
                items.add(f"{item[1]} {item[2]}")
    for dashed in _SLOGAN_DASHED.finditer(body):
        items.update(" ".join(part.split()) for part in re.split(r"\s*[–-]\s*", dashed[1]))
    return items


def _is_slogan_item(body: str, m: re.Match, items: set[str]) -> bool:
    for item in items:
        if body.startswith(item, m.start()) and _SLOGAN_ITEM_END.match(body, m.start() + len(item)):
            return True
    return False


def _counter_after(body: str, m: re.Match) -> bool:
    if not _COUNTER_AFTER.match(body, m.end()):
        return False
    line_start, line_end = body.rfind("\n", 0, m.start()) + 1, body.find("\n", m.end())
    return (len(body) if line_end < 0 else line_end) - line_start <= COUNTER_LINE_CHARS


def _names_tiers(body: str, m: re.Match) -> bool:
    return bool(_TIERS.search(body, max(0, m.start() - 40), m.start())
                or _GOVERNMENT.search(body, max(0, m.start() - 30), m.start()) and _AT_WORK.match(body, m.end()))


def _unit(body: str, m: re.Match) -> tuple[str | None, int]:
    """The counted noun after the number and where it ends: "%", a glued "km", or 1–3 lowercase words."""
    if m["pct"]:
        return "%", m.end()
    if m["of"] and (hours := _ROUND_THE_CLOCK.match(body, m.end())):  # "24/24 giờ"
        return "giờ", hours.end()
    if glued := _GLUED_UNIT.match(body, m.end()):
        return _per_time(body, CURRENCY.get(glued[1], glued[1]), glued.end())
    if spaced := _SPACED_POWER.match(body, m.end()):
        return _per_time(body, spaced[1], spaced.end())
    if (glued := _GLUED_NOUN.match(body, m.end())) and glued[1] in SINGLE:
        return glued[1], glued.end()
    if not (m["b"] or m["of"] or m["mult"]) and (tail := _METRES_TAIL.match(body, m.end())):
        return "m", tail.end()
    if gold := _GOLD_WEIGHT.match(body, m.end()):
        return gold[1], gold.end(1)
    if (m.start() == 0 or body[m.start() - 1] == "\n") and _PARAGRAPH_AFTER.match(body, m.end()):
        return None, m.end()  # "4" / "rx online": a number alone on its line counts nothing after it
    words_match = (m["of"] and _ALL_OF.match(body, m.end()) or _WORDS.match(body, m.end())
                   or _CAPITALISED.match(body, m.end()))
    if not words_match:
        return ("đồng", m.end()) if m["mult"] and _names_dong(body, m.start()) else (None, m.end())
    words = words_match[1].split()
    if words[0][0].isupper() and words[0] not in CURRENCY:  # "87 Tổ bảo vệ …", "78 Công an xã": a known counted noun
        quoted = body[words_match.start(1) - 1] in "“\"'‘"
        words[0] = words[0].lower()
        if quoted and words[0] not in PERIODS and not _YEAR.fullmatch(m.group()):
            pass  # an item named in quotes: 300 “Móc khóa đảm bảo An ninh trật tự”, 6 “Tổ tự quản dòng tộc”
        elif words[0] not in SINGLE and " ".join(words[:2]) not in COMPOUND and " ".join(words[:3]) not in COMPOUND:
            acronym = words_match[1].split()[0]
            if acronym.isupper() and len(acronym) > 1 and _defined_counted(body, acronym):
                return acronym.lower(), words_match.start(1) + len(acronym)
            first_end = words_match.start(1) + len(acronym)
            if acronym[1:].islower() and words[0] not in NOT_UNITS and not _NAME_GOES_ON.match(body, first_end) \
                    and (_NEXT_COUNT.match(body, first_end) or _LISTED_COUNT.search(body, max(0, m.start() - 30),
                                                                                     m.start())):
                return words[0], first_end  # "5 Chi, 8 nhánh", "03 Chương, 16 Điều": capitals in a list of counts
            return _title_case_unit(body, m)
    if words[0] in CURRENCY:
        return CURRENCY[words[0]], words_match.start(1) + len(words[0])
    if (split := _COMMA_SPLIT.match(body, m.end())) and f"{split[1]} {split[2]}".lower() in COMPOUND:
        return f"{split[1]} {split[2]}".lower(), split.end()  # "240 tăng, ni": a compound written with a comma
    unit = _head_noun_of(tuple(words))
    if m["mult"] and (words[0] == MONEY_NOUN or unit is None and _names_dong(body, m.start())):
        return "đồng", m.end()  # "gần 15 triệu tiền mặt"; "kinh phí trên 2,2 tỉ trong đó … 241.600.000 đồng"
    if unit == CLASSIFIER and len(words) > 1 and words[1] not in NOT_UNITS:
        named = [CLASSIFIER, *takewhile(lambda w: w not in NOT_UNITS, words[1:])]
        unit = " ".join(named)  # "300 con gà ác": the animal named after its classifier
    if unit in KINDS and (kind := KINDS[unit].match(body, words_match.start(1) + len(unit))):
        return f"{unit} {kind[1]}", kind.end()  # "1 cửa khẩu quốc gia và 1 cửa khẩu phụ": two kinds, two counts
    if unit and unit not in MEASURED and (per := _SLASHED.match(body, words_match.start(1) + len(unit))):
        other = _head_noun_of(tuple(per[0][1:].split()))
        if other and other not in MEASURED and other not in PERIODS and per[0][1:].startswith(other):
            return f"{unit}/{other}", per.start() + 1 + len(other)
    if unit in MEASURES:
        return _per_time(body, unit, words_match.start(1) + len(unit))
    return (unit, words_match.start(1) + len(unit)) if unit else (None, m.end())


_PARAGRAPH_AFTER = re.compile(r"[ \t]*\n[ \t]*\n")
"""A blank line right after a number that opens its line: the number stands alone on it (a page's counter, "4" over "rx
online"), the next paragraph's words are not what it counts; a number closing a line of text wrapped there ("… Đội Dân
quân tự quản. 3" / "tháng một lần") goes on into the next."""
_SPACED_POWER = re.compile(r"\s+(kWh|kW|MWh|MW|GWh|GW)(?!\w)")
"""A measure of energy or power written apart from its number, in its mixed case ("sản lượng 146,5 tỷ kWh", "công
suất lắp máy khoảng 112 MW"), which the lower-case words after a number miss."""
_PER_TIME = re.compile(r"/(s|h)(?![\w/])")


def _per_time(body: str, unit: str, end: int) -> tuple[str, int]:
    """A measure per second or per hour, its symbol after a slash ("lưu lượng 7,715 m3/s", "60km/h"), is a rate whose
    unit is whole; a measure per a word ("1.000 m3/năm") keeps its measure, as a sum per something does."""
    if unit in MEASURES and (per := _PER_TIME.match(body, end)):
        return f"{unit}/{per[1]}", per.end()
    return unit, end


_ALL_OF = re.compile(rf"\s+(?:các|những)\s+((?:[{LOWER}]+)(?:\s+[{LOWER}]+){{0,2}})(?!\w)")
"""A share of all the units named after it, "các" or "những" before them ("17/17 các huyện, thị xã, thành phố"):
the units are counted."""


_GOLD_WEIGHT = re.compile(r"\s+(chỉ)(?=\s*[).,;:]|\s+vàng(?!\w))")
"""Gold weighed in chỉ ("dây chuyền vàng (trọng lượng 7 chỉ)", "5 chỉ vàng"); "chỉ" before another word is "only"
("2020 chỉ có")."""
_MONEY = re.compile(r"\d\s*(?:(?:triệu|tỷ|tỉ|nghìn|ngàn|trăm)\s+)?(?:đồng|VNĐ|VND|đ)(?!\w)")


def _names_dong(body: str, at: int) -> bool:
    """Whether the sentence around a bare amount ("18 triệu", "120 nghìn") names money in đồng: an amount written
    without its currency is money only where the sentence shows it ("23 triệu đồng, trong đó nhân dân đóng góp trên 18
    triệu"); alone ("bán đất được 25 triệu", "kinh phí trên 500 triệu") it is left out, as the annotators do."""
    left, right = sentence_bounds(body, at)
    return _MONEY.search(body, left, right) is not None


MONEY_NOUN = "tiền"
"""An amount with its multiplier before "tiền" ("gần 15 triệu tiền mặt", "5 triệu tiền thưởng") is money in đồng, the
noun after it saying which money; a bare amount followed by a function word ("kinh phí trên 2,2 tỉ trong đó hội viên
đóng góp 241.600.000 đồng") is money where its sentence names đồng, as one at a sentence's end is (_names_dong)."""


_COMMA_SPLIT = re.compile(rf"\s+([{UPPER}{LOWER}][{LOWER}]*), ([{UPPER}{LOWER}][{LOWER}]*)(?![\w])")
"""A two-word counted noun written with a comma between its words, as a pair ("hơn 240 tăng, ni": monks and nuns)."""
CLASSIFIER = "con"
"""The classifier of animals (and of a few other nouns): the noun after it is counted with it ("300 con thỏ", "300 con
gà ác", "2 con bò"), so that counts of different animals of the same number stay apart; alone ("bắt đi 300 con") it
is the unit."""
KINDS = {"cửa khẩu": re.compile(r"\s+(quốc tế|quốc gia|chính|phụ|song phương)(?!\w)")}
"""Kinds of a counted noun that the count names ("1 cửa khẩu quốc tế, 1 cửa khẩu quốc gia và 1 cửa khẩu phụ"): a
count of each kind, not one of border gates."""


_NEXT_COUNT = re.compile(rf"(?:,\s*|\s+và\s+)\d+\s+(?:[{LOWER}]+(?!\w)|[{UPPER}][{LOWER}]+(?!\w)(?! [{UPPER}]))")
_LISTED_COUNT = re.compile(rf"(?<![\w.,/])\d+\s+[{UPPER}]?[{LOWER}]+(?:,\s*|\s+và\s+)$")
_NAME_GOES_ON = re.compile(rf" [{UPPER}]")
"""A word written capitalised after a number and followed or preceded by another count ("chia làm 5 Chi, 8 nhánh",
"gồm 03 Chương, 16 Điều") is a counted noun like the other one's, not a name; a name of several capitalised words
goes on ("số 5 Lý Thường Kiệt, 10 Trần Phú": an address)."""


_TITLE_CASE = re.compile(rf" ([{UPPER}][{LOWER}]*(?: [{UPPER}{LOWER}][{LOWER}]*){{1,2}})")


def _title_case_unit(body: str, m: re.Match) -> tuple[str | None, int]:
    """A known counted noun written in title case ("4 Tổng Giám mục"); none otherwise."""
    if titled := _TITLE_CASE.match(body, m.end()):
        words = titled[1].lower().split()
        for n in (3, 2):
            if (unit := " ".join(words[:n])) in COMPOUND:
                return unit, titled.start(1) + len(unit)
    return None, m.end()


def _opens_quote(body: str, start: int) -> bool:
    return start > 0 and body[start - 1] in "“\"" and (start == 1 or not body[start - 2].isalnum())


def _is_year(m: re.Match, unit: str | None) -> bool:
    """A year written bare ("Báo cáo 194/BC-UBND 2015 tổng kết …"), or a span of two ("Niên vụ cà phê 2011-2012 bắt
    đầu …"), is no count unless a known counted noun follows."""
    return (unit not in SINGLE and unit not in COMPOUND and unit != "%" and not m["mult"] and not m["pct"]
            and (_YEAR.fullmatch(m.group()) is not None
                 or bool(m["b"]) and _YEAR.fullmatch(m["a"]) is not None and _YEAR.fullmatch(m["b"]) is not None))


def _head_noun(words: list[str]) -> str | None:
    """Longest known compound, else a known one-syllable unit, else the first two words (a guessed compound);
    None when the number is followed by a function word."""
    for n in (3, 2):
        if " ".join(words[:n]) in COMPOUND:
            return " ".join(words[:n])
    if words[0] in NOT_UNITS or " ".join(words[:2]) in NOT_UNITS:
        return None
    if words[0] in SINGLE or len(words) == 1 or words[1] in NOT_UNITS:
        return words[0]
    return " ".join(words[:2])


def _hours_after_about(body: str, end: int, before: list[str]) -> re.Match | None:
    """Hours after "sau" and a rough number ("Sau gần 5 giờ trên biển"), not a time of day (see _AFTER_ABOUT)."""
    if len(before) < 2 or before[-1].lower() not in _AFTER_ABOUT or before[-2].lower() != "sau":
        return None
    hours = _ROUND_THE_CLOCK.match(body, end)
    return hours if hours and _NO_CLOCK_AFTER.match(body, hours.end()) else None


def _previous_words(body: str, start: int) -> list[str]:
    """The (up to three) words right before start, separated from it and from each other by single spaces."""
    if not start or body[start - 1] != " ":  # the window below would not end with a space
        return []
    window = body[max(0, start - 40):start]
    window = window[window.rfind("\n") + 1:]
    if not window.endswith(" "):
        return []
    words = []
    for token in reversed(window[:-1].split(" ")[-3:]):
        token = token.lstrip("(“\"'[")
        if not token.isalpha():
            break
        words.insert(0, token)
    return words


def _is_label(before: list[str]) -> bool:
    """A number right after a label word ("số 1", "lần thứ 2", "Điều 5", "quận 10", "Ban chỉ đạo 138") names rather
    than counts."""
    if before and (before[-1] in CASED_LABELS or " ".join(before[-2:]) in CASED_LABELS):
        return True
    words = [w.lower() for w in before]
    if not words or " ".join(words[-2:]) in NOT_LABELS:
        return False
    return words[-1] in LABELS or " ".join(words[-2:]) in LABELS or " ".join(words[-3:]) in LABELS


def _is_name(body: str, start: int, words: list[str], unit: str) -> bool:
    """After a capitalised word mid-sentence ("Đội 2 ..."), only a known unit makes the number a count."""
    if not words or unit in SINGLE or unit in COMPOUND or unit == "%":
        return False
    last = start - 1 - len(words[-1])
    return words[-1][0].isupper() and not is_sentence_start(body, last)


LEVELS = frozenset(("xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "tỉnh", "thành phố", "thôn", "ấp", "bản",
                    "xóm"))
_NAME_AFTER = re.compile(rf" [{UPPER}]")


STREETS = frozenset(("đường", "phố", "hẻm", "ngõ"))
_STREET_NAME_AFTER = re.compile(rf" [{UPPER}\d]")


def _house_number(body: str, m: re.Match, unit: str, end: int) -> bool:
    """A house number, with its alley's or alone, before a named street ("địa chỉ 222/10 đường Song Hành", "78 đường 2
    tháng 4", a street named after a day): an address, not "a of b" streets ("3/5 đường đã được sửa" counts)."""
    return unit in STREETS and not (m["b"] or m["mult"] or m["pct"]) \
        and (m["of"] is None or body[m.end("a"):m.start("of")].strip() == "/") \
        and _STREET_NAME_AFTER.match(body, end) is not None


def _numbered_place(body: str, start: int, words: list[str], unit: str, end: int) -> bool:
    """A number closing a place's name, after its capitalised word and before the next level's name ("thôn La Thọ 2 xã
    Điện Hòa"), or a boat's registration number after its province's code ("tàu cá NA 90208 xã Quỳnh Lập"); "có 3 xã
    Hòa Phước, Hòa Châu" counts."""
    if not words or unit not in LEVELS or not _NAME_AFTER.match(body, end):
        return False
    word = words[-1]
    return word[0].isupper() and (word[1:].islower() or word.isupper()) \
        and not is_sentence_start(body, start - 1 - len(word))
