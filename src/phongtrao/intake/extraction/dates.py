"""Calendar dates (day or month precision) and deadlines in Vietnamese text."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .counts import LABEL_VERBS
from .spans import UPPER, Mask, finditer_from, sentence_bounds, without_lookbehind

_E = r"(?![\d/]|:\d|[.,]\d|h\d)"  # a number ending here is not followed by more digits, a time or a symbol
_D, _M, _Y = r"(?P<d>\d\d?)", r"(?P<m>\d\d?)", r"(?P<y>(?:19|20)\d{2})"  # \d\d?: a first digit lets the scan skip ahead
_DAY_CUE = re.compile(r"(?<!\w)(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|khuya|mùng|mồng|chủ nhật"
                      r"|thứ\s+(?:hai|ba|tư|năm|sáu|bảy))(?:\s+(?:nay|mai|qua|hôm qua|cùng ngày))?"
                      r"\s*[(,]?\s*$", re.IGNORECASE)
_LEADING_DAY = re.compile(r"(?:(?<!\w)(?:(?:ngày|từ|mùng|mồng)\s+|ngày\s*\(\s*)|\(\s*(?=\d{1,2}\s*[-–]\s*$))"
                          r"(?P<d>\d{1,2})\s*(?:và|đến|tới|-|–|,)\s*"
                          r"(?:ngày\s+)?$",
                          re.IGNORECASE)
"""The first of two days sharing a month: "ngày 5 và 6/8", "từ 18 - 20/8", "Trong 2 ngày (17 và 18/9)" (two dates, as
an event window is); a bracket opening on two days joined by a dash ("Trong hai ngày diễn ra Đại hội
(28-29/7/2025)")."""
LEAD_REACH = 30
_SPAN_CUE = re.compile(r"(?<!\w)(?:từ|đến|tới|trước|sau|vào|hạn)(?:\s+ngày)?\s*\(?\s*$", re.IGNORECASE)

MONTH_WORDS = {"Một": 1, "Hai": 2, "Ba": 3, "Tư": 4, "Bốn": 4, "Năm": 5, "Sáu": 6, "Bảy": 7, "Tám": 8, "Chín": 9,
               "Mười": 10, "Mười Một": 11, "Mười Hai": 12}
"""A month's name in words, capitalised as a site's date format prints it (WordPress in Vietnamese: "j F, Y")."""
_MONTH_WORD = "|".join(sorted(MONTH_WORDS, key=len, reverse=True)).replace(" ", r"\s+")
PATTERNS = [  # (regex, precision[, gate]); every pattern starts with a digit or a literal so the scan stays fast
    (rf"(?P<y>(?:19|20)\d{{2}})-(?P<m>\d{{2}})-(?P<d>\d{{2}}){_E}", "day", r"-\d\d-\d"),
    (rf"{_D}\s*([/.-])\s*{_M}\s*\2\s*{_Y}{_E}", "day"),
    (rf"[Nn]gày\s+{_D}\s+tháng\s+{_M}(?:\s*(?:năm|/)\s*{_Y})?{_E}", "day", r"gày\s+\d\d?\s+tháng"),
    (rf"{_D}\s+tháng\s+{_M}\s+năm\s+{_Y}{_E}", "day", r"tháng\s+\d\d?\s+năm"),
    (rf"{_D}(?:\s*(?P<sep>[/-])\s*|\.){_M}{_E}"
     rf"(?!\s*[/.-]\s*\d(?!\d?\s*(?P<rs>[/.])\s*\d{{1,2}}(?:\s*(?P=rs)\s*\d{{4}})?(?![\d/])))", "day"),  # "31.3"
    (rf"{_D}\s+[Tt]háng\s+(?P<mw>{_MONTH_WORD})\s*,?\s*{_Y}{_E}", "day", rf"háng\s+(?:{_MONTH_WORD})"),  # "10 Tháng Mười Một, 2023"
    (rf"[Tt]háng\s+(?P<mw>{_MONTH_WORD})\s+{_D},\s*{_Y}{_E}", "day",
     rf"háng\s+(?:{_MONTH_WORD})\s+\d"),  # "Tháng Sáu 23, 2020"
    (rf"{_M}/{_D}/(?P<y>\d{{2}})(?=\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*[AP]M(?!\w))", "day", r"M(?<=[AP]M)(?!\w)"),  # English view
    (rf"[Tt]háng\s+{_M}\s*(?:/|-|–|—|\.|năm|,)\s*{_Y}{_E}", "month", r"háng\s+\d"),  # "tháng 9.2020", "tháng 7–2017"
    (rf"(?<!trời )(?<!nắng )[Tt]háng\s+{_M}(?!\s*[/-]?\s*\d(?!\d?\s*/\s*{_Y}))(?![\w])(?!\s+(?:lần|buổi)(?!\w))"
     rf"(?!\s+năm\s+(?:đó|ấy)(?!\w))", "month", r"háng\s+\d"),  # not "mỗi tháng 1 lần"
    (rf"(?<=\()\s*{_M}\s*/\s*{_Y}(?=\s*\))", "month", r"\(\s*\d"),  # a photo caption's "(7/2025)"
    (rf"(?:[Đđ]ầu|[Gg]iữa|[Cc]uối)\s+tháng\s+(?P<mw>{_MONTH_WORD})(?![\w])", "month",
     rf"(?:ầu|iữa|uối)\s+tháng\s+(?:{_MONTH_WORD})"),  # "cuối tháng Bảy"
]
"""A day and month may open a window closed by another ("từ ngày 01/7- 19/8", "từ ngày 24/5 - 27/6/2024", "từ 1.1 -
15.2.2026", the year written once, at its end), and a month a window closed by a month and year ("từ tháng 3 – 12/2025",
"tháng 3-6/2025"); "sáng nay 31.3" is read after a time
word. A short date with a 12-hour clock ("5/10/23 6:09 AM") is a portal's English view (the United States' short form,
month first, two-digit year); a Vietnamese page writes the day first and a 24-hour clock. A month and year alone in
brackets closing a photo's caption ("… tại Trường Cao đẳng Du lịch Huế (7/2025)") is the month the photo was taken.
A month in words may also come before its day, the day and the year after it behind a comma (WordPress's "F j, Y":
"Tháng Sáu 23, 2020").
A month named in words, capitalised, is a date after the part of it a story tells of ("Một ngày cuối tháng Bảy",
"Đầu tháng Mười Hai"); not alone, where it names an event ("Cách mạng tháng Tám") or opens a line of verse ("Tháng
Tám về, …").
A month "năm đó" or "năm ấy" ("Tháng 3 năm đó, mẹ được đưa vào học") lies in a year the story told before, not the
news's; a month's weather ("cái nắng rát da của trời tháng 4") names a season, not a date.
A gate, where given, is a fast search (a literal first) for what every match of its pattern contains: no gate match, no
scan (see _finditer_gated); a rule widening a pattern must widen its gate."""
_COMPILED = [(re.compile(p), precision, re.compile(gate[0]) if gate else None) for p, precision, *gate in PATTERNS]
_CHAIN = re.compile(rf"\s*(?:,|và|đến|tới|\.?\s*[-–—])\s*(?:ngày\s+)?(?P<at>{_D}\s*(?P<cs>[/.])\s*{_M}"
                    rf"(?:\s*(?P=cs)\s*{_Y})?{_E}(?!\s*/\s*\d))")
_MONTH_CHAIN = re.compile(rf"\s*(?:-|–|—|đến|tới)\s*(?P<at>(?:tháng\s+)?{_M}\s*/\s*{_Y}{_E})")
"""The next date of a window or a list: a day and month ("từ 2/7 đến 10/8/2024"), a full date with dots (after a
day's stray dot: "từ 1.1. - 15.2.2026"); after a month, a month and year ("từ tháng 3 – 12/2025")."""
_DOTTED_RANGE_OPENS = re.compile(r"\.?\s*[-–—]\s*\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?!\d)")
"""A day and month with dots ("1.1."), a decimal elsewhere, open a window closed by a full date written the same way."""
_RECURRING = re.compile(r"\)?\s*,?\s*(?:hằng|hàng|mỗi)\s+(?:năm|tháng)")
_EACH_YEAR_BEFORE = re.compile(r"(?<!\w)(?:[Hh]ằng|[Hh]àng|[Mm]ỗi)\s+năm(?!\w)[^.;!?\n]{0,80}$")
EACH_YEAR_REACH = 96
"""A day or month written after "hằng năm" in its sentence ("khi mùa hoa đến hằng năm vào dịp cuối xuân, tầm giữa đến
cuối tháng 2 dương lịch", "Hàng năm, vào ngày 19/8, …") recurs like "19/8 hằng năm": no date; one written with its
year is one day."""
_NAMES_A_DAY = re.compile(r"\s+(?:là|làm)\s+[“\"]?Ngày\s"
                          r"|\s+là\s+ngày\s+(?:thắng lợi|truyền thống|thành lập|kỷ niệm)(?!\w)")
"""A yearly day: "19/8 hằng năm", and a day that names a Day ("chọn ngày 19-8 là Ngày hội …", "Ngày 19-8 là ngày
thắng lợi của cuộc cách mạng"); not a date written with its year, one Day held ("ngày 19/8/2005 là Ngày hội toàn dân
bảo vệ an ninh Tổ quốc đầu tiên")."""
_WITH_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_LUNAR = re.compile(r"(?:(?!tức|nhằm)[^.;\n]){0,50}?\(?\s*[Ââ]m lịch(?!\w)")
"""A day or month of the lunar calendar ("từ tháng 7 và kéo dài đến tháng 10 (Âm lịch)", "ngày 15/8 âm lịch"), the
first of a window too: no calendar date; not a calendar date given with its lunar one after "tức", "nhằm"."""
FUTURE_LIMIT = dt.timedelta(days=183)
"""A date written without its year lies at most half a year after publication; further means last year."""

_STRONG_CUE = re.compile(
    r"(?:trước|chậm nhất|muộn nhất|hạn chót|hạn cuối|thời hạn|hạn|không muộn hơn|không quá|phấn đấu (?:đến|trong|trước)"
    r"|(?:hoàn thành|hoàn tất|xong)(?:\s+(?:trong|vào|đúng|ngay))?)(?:\s+là)?(?:\s+vào)?(?:\s+(?:ngày|tháng))?\s*[:(]?\s*$",
    re.IGNORECASE,
)
_WITHIN_CUE = re.compile(r"(?:trong|đúng|hết|ngay trong)(?:\s+(?:ngày|tháng))?\s*[:(]?\s*$", re.IGNORECASE)
"""Within a date: a deadline when the sentence asks for the task or for its completion."""
_AT_CUE = re.compile(r"(?:đến|vào|tới|ngay)(?:\s+(?:ngày|tháng))?\s*[:(]?\s*$", re.IGNORECASE)
"""At or until a date: a deadline only when the sentence asks for the task's completion."""
_COMPLETE = re.compile(r"hoàn thành|hoàn tất|\bxong\b|(?<!giao )\bnộp\b|(?<!chương )\btrình\b(?! diễn)|gửi (?:báo cáo|về)"
                       r"|báo cáo (?:về|kết quả)",
                       re.IGNORECASE)
"""People handing in weapons ("giao nộp vũ khí") on a day is an event (a hand-in day), neither a task asked nor its
completion. A show ("trình diễn") is not a submission ("trình")."""
_OBLIGE = re.compile(r"\b(?:phải|cần(?! Thơ)|yêu cầu|đề nghị|chỉ đạo|giao(?! thông| lưu| dịch| tiếp| hữu| ban| nộp)"
                     r"|bảo đảm|đảm bảo|khẩn trương|phấn đấu|đề ra)\b", re.IGNORECASE)
"""Must, asked, ordered …; not the city "Cần Thơ"."""
_PLANNED = re.compile(r"\b(?:sẽ|dự kiến|theo kế hoạch)\b", re.IGNORECASE)
_TAKEN_BEFORE = re.compile(r"(?<!\w)chụp\s+trước(?:\s+(?:ngày|tháng))?\s*[:(]?\s*$", re.IGNORECASE)
"""A photo taken before a date ("Ảnh chụp trước tháng 4.2021") dates the photo, it sets no deadline."""
_FORECAST = re.compile(r"(?<!\w)dự kiến\s*$", re.IGNORECASE)
"""A month or day expected for work ("Dự kiến trong tháng 9, các đơn vị tiếp tục xây dựng kế hoạch …, bảo đảm …"): a
schedule forecast, no due date, unless the sentence names the work's completion."""
_BEFORE_OPENS = re.compile(r"\s*[Tt]rước\s+(?:(?:ngày|tháng)\s+)?")
_COMMA_AFTER = re.compile(r"\s*,")
"""A sentence opening on "Trước" and a date and a comma ("Trước tháng 6/2019, toàn tỉnh có 182 xã … trọng điểm") tells
how things stood until then, no due date, unless it asks for a task or its completion ("Trước ngày 30/6, các xã phải
…")."""
_DONE = re.compile(r"\b(?:đã|vừa) (?:hoàn thành|hoàn tất|xong|nộp)", re.IGNORECASE)
_WINDOW_END = re.compile(r"\btừ\s+(?:ngày\s+\d{1,2}(?!\s*[/-]\s*\d)|(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2})"
                         r"[^.;:\n]{0,30}?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$", re.IGNORECASE)
"""The end of an event window ("từ ngày 01/7/2024 đến ngày 19/8/2024", a campaign's "từ ngày 12/12/2025 đến hết ngày
16/3/2026"), a festival's "từ ngày 03 đến ngày 05/11" (the first day sharing the second's month): a date, not a
due date."""
_CAN_CHI = (r"(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+"
            r"(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)")
"""A lunar year by its stem and branch ("Bính Ngọ")."""
_YEAR_WRITTEN = re.compile(
    rf"[Nn]ăm học\s+(?P<first>(?:19|20)\d{{2}})\s*[-–—]\s*(?P<second>(?:19|20)\d{{2}})(?!\d)"
    rf"|(?P<tet>[Tt]ết)\s+(?:[Dd]ương lịch|[Nn]guyên [Đđ]án)(?:\s+[{UPPER}]\w*\s+[{UPPER}]\w*)?(?:\s+năm)?\s+(?P<tety>(?:19|20)\d{{2}})(?!\d)"
    rf"|(?:[Xx]uân|[Tt]ết)\s+{_CAN_CHI}\s+(?:năm\s+)?(?P<springy>(?:19|20)\d{{2}})(?!\d)"
    rf"|(?:(?P<dd>\d{{1,2}})\s*[/.-]\s*(?P<dm>\d{{1,2}})\s*[/.-]\s*|[Tt]háng\s+(?P<mm>\d{{1,2}})\s*[/.-]\s*"
    rf"|(?P<word>[Nn]ăm)\s*){_Y}(?:\s*[-–—]\s*(?P<wend>(?:19|20)\d{{2}}))?(?!\d)"
    rf"|(?:[Gg]iai đoạn\s+|\d+\s+năm\s*\(\s*)(?:19|20)\d{{2}}\s*[-–—]\s*(?P<end>(?:19|20)\d{{2}})(?!\d)"
    rf"|nhiệm kỳ\s+(?P<term>(?:19|20)\d{{2}})\s*[-–—]\s*(?:19|20)\d{{2}}(?!\d)")
"""A year written: in a date ("5/8/2023", "tháng 8/2023"), after "năm", the end of a period reviewed ("tổng kết giai
đoạn 2006 – 2016", "tổng kết 10 năm (2013-2023)": a review is held when its period ends), or a school year ("năm học
2023-2024": September to December in its first year, the rest in its second), or a New Year holiday ("Tết Dương lịch
2023", "Tết Nguyên đán Quý Mão 2023", in lower case too: "tết Nguyên đán Canh Tý năm 2020": the campaigns around it run
from September before it to August after it), or a spring or a Tết named by its lunar year ("lễ hội xuân Bính Ngọ
2026", "Tết Ất Tỵ 2025"), as that holiday."""
_YEAR_WRITTEN_FAST = re.compile(r"[\dNnTtGgXx](?:(?<=\d)|(?<=[Nn])ăm|(?<=[Tt])ết|(?<=[Tt])háng|(?<=[Gg])iai|(?<=n)hiệm"
                                r"|(?<=[Xx])uân)")
"""Where a year written can start (see spans.search_from): a digit, "năm", "Tết", "tháng", "giai", "nhiệm", "xuân"."""
_CONGRESS = re.compile(r"\b[Đđ]ại hội\b")
_ELECTION = re.compile(r"(?<!\w)[Bb]ầu cử(?!\w)")
"""An election for a term ("cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031") is
held in the spring of the term's first year: the news of its preparation or of its day lies in that year from January
to August, from September on in the year before (as a school year splits: "Chiều 11/3, … phục vụ cuộc bầu cử …" is
2026, "ngày 17/12, … triển khai bầu cử …" 2025)."""
"""A congress for a term ("phục vụ Đại hội Đại biểu Đảng bộ TP HCM nhiệm kỳ 2025-2030") is held in its first year: the
news about it is of that year, as of an anniversary (a term alone, "Bí thư nhiệm kỳ 2020-2025", says nothing)."""
_DATED_SENTENCE = re.compile(r"(?<![\d/.-])\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}(?!\d)")
"""A congress dated in its own sentence ("Ngày 1/12/2023, Công an tỉnh đã tổ chức thành công Đại hội thành lập Hội
…, nhiệm kỳ 2023 - 2028"): an event past with its date, not the one the news prepares; its term says no more than that
date does."""
_NOT_THIS_YEAR = re.compile(r"\b(?:(?:từ|đến|tới|vào|trước|sau|hết|sinh)|(?:đến|tới|vào|trước|sau|hết)\s+(?:đầu|cuối|giữa)"
                            r"|(?:kể\s+)?từ\s+(?:cuối|giữa))\s+$", re.IGNORECASE)
NOT_THIS_YEAR_REACH = 16
"""A year the text's events need not lie in: a start or a target ("từ năm 2021", "đến năm 2025"), a birth year, a
time in it ("được công nhận xã nông thôn mới nâng cao vào cuối năm 2023, chính quyền … tiếp tục": the news is later;
"phấn đấu đến cuối năm 2025"), a start late in it ("Từ cuối năm 2024, khu phố triển khai …": a month written later
may lie in the next year); not "Từ đầu năm 2025" (a tally of this year)."""
_SINCE_YEAR_START = re.compile(r"(?:(?:[Tt]ừ|[Kk]ể từ)\s+|(?<!\w))[Đđ]ầu\s+$")
_UNTIL_NOW = re.compile(r"\s*(?:,\s*)?(?:đến|tới|cho đến|cho tới)\s+nay(?!\w)")
"""A tally from the start of a year until now ("Từ đầu năm 2025 đến nay, tỉnh đã thu gom …", "từ" left out too: "Đầu
năm 2025 đến nay công an địa phương phát hiện 59 vụ") is written in that year: the news's year, as an anniversary's,
wherever it stands."""
_AS_OF = re.compile(r"(?:[Tt]ính|[Cc]ho) (?:đến|tới)(?: (?:hết )?ngày)? ?$")
AS_OF_REACH = 20
"""A tally's cut-off ("Tính đến ngày 13-1, toàn tỉnh có 77 Đoàn xã …") is the news's present: it lies on or after a
date said to last until now ("Phó Bí thư Đoàn xã từ tháng 10-2025 đến nay"), wherever that stands."""
_AS_OF_DATE = re.compile(r"(?:[Tt]ính|[Cc]ho) (?:đến|tới) (?:hết )?$")
"""A tally's cut-off written with its year ("Tính đến tháng 3-2024, Công an tỉnh đã tuyển dụng được 361 người") is the
news's present, not a model's start, even in a review of its years of running (`_YEARS_RUN`): a day and month written
without a year ("Ngày 14-3, Công an tỉnh tổ chức Hội nghị sơ kết 1 năm …") lie in its year."""
_AWARD_FOR = re.compile(r"[Cc]ờ thi đua|[Bb]ằng khen|[Gg]iấy khen")
_AWARDED_AT_REVIEW = re.compile(r"[Hh]ội nghị|tổng kết|sơ kết")
"""A year an award is for ("đón nhận Cờ thi đua xuất sắc … về thực hiện phong trào … năm 2020") is the year reviewed,
not the ceremony's, which follows the review, maybe months later: it says nothing of the news's year (a review's
conference that hands awards out keeps its year: see _YEAR_END_REVIEW)."""
_REVIEW = re.compile(r"tổng kết|sơ kết|biểu dương|tuyên dương|\bkhen|tiên tiến|xuất sắc|thành tích|đại hội thi đua",
                     re.IGNORECASE)
"""A period counts only when reviewed: a plan for "giai đoạn 2021-2025" is made at its start, or before it. An
emulation congress for a period ("Đại hội thi đua “Vì an ninh Tổ quốc” giai đoạn 2010-2015") reviews it, held as it
ends."""
_PLAN = re.compile(r"phương hướng|kế hoạch|ký kết", re.IGNORECASE)
"""A period planned after one reviewed ("tổng kết … năm 2016-2017, thông qua phương hướng, nhiệm vụ năm 2018-2019",
"tổng kết 5 năm … và ký kết quy chế phối hợp giai đoạn 2021-2025"): the news stands at its start, as a school year
splits (January to August in its first year, from September on in the year before); it outweighs the period
reviewed in its sentence, whose end it follows (not a year written: "… Ngày hội năm 2022, triển khai kế hoạch …
giai đoạn 2021 – 2025" is in its course)."""
_YEAR_END_REVIEW = re.compile(r"(?:tổng kết|xét duyệt|bình xét|công nhận|kết quả)(?!.*(?:\d+ tháng|quý))", re.IGNORECASE)
"""A review of a whole year (not "sơ kết 6 tháng"), held from December to March: its January to March is the next
year's; so is the recognition of a year's models or units ("xét duyệt và công nhận mô hình an ninh cơ sở năm 2021",
held in January 2022), and a meeting on a year's results ("Chiều 6/1, … Hội nghị giao ban kết quả thực hiện quy chế
phối hợp … năm 2022": January 2023)."""
REVIEW_MONTHS_AFTER = 3
_CONFERENCE = re.compile(r"\b[Hh]ội nghị\b(?!.*(?:triển khai|phương hướng|nhiệm vụ|kế hoạch|sơ kết|\d+ tháng|quý))",
                         re.IGNORECASE)
_PAST_YEAR = re.compile(r"(?i)\b(?:trong|của|qua)\s+(?:một\s+)?năm\s+(?:vừa\s+)?qua\b")
PAST_YEAR_REACH = 400
"""A conference on a year ("Hội nghị CLB phòng, chống tội phạm năm 2016") whose report, soon after, tells of "the past
year" ("trong năm qua, các CLB đã bắt giữ 201 vụ") reviews that year: held from December to March, like a year-end
review; not one that plans the year ("Hội nghị triển khai nhiệm vụ năm 2017") or reviews part of it ("sơ kết 6
tháng")."""
_AHEAD = re.compile(r"hiệu lực|\bsẽ\b|dự kiến|theo kế hoạch", re.IGNORECASE)
"""A date written ahead of the news ("có hiệu lực từ ngày 1/7/2024"): the news comes before it."""
_VALID_UNTIL = re.compile(r"(?<!\w)(?<!tính )(?<!cho )(?:đến|tới)\s+(?:hết\s+)?ngày\s*$", re.IGNORECASE)
VALID_UNTIL_REACH = 16
_FROM = re.compile(r"(?<!\w)từ(?!\w)", re.IGNORECASE)
"""A date a permission or a term runs until ("Visa của ông K. được phép ở Việt Nam đến ngày 17/2/2026") lies ahead
of the news, like a date a law takes effect; not a window's end ("từ ngày 1/7/2024 đến ngày 19/8/2024") nor a tally's
cut-off ("Tính đến ngày 13-1")."""
_RANGE_OPENS = re.compile(r"\s*[-–—]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}(?!\d)")
_RANGE_CLOSES = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}\s*[-–—]\s*$")
"""An anniversary's two dates ("80 năm … (19/8/1945 - 19/8/2025)"): the first is history; the second is the anniversary
the news is about, a year of its own, not a limit (the news may come before or after the day)."""
_COUNTED_ANNIVERSARY = re.compile(
    r"năm\s+(?:[Nn]gày\s+)?(?:(?P<festival>[Hh]ội\s+[Tt]oàn dân bảo vệ an ninh Tổ quốc)"
    r"|[Cc]ách mạng [Tt]háng [Tt]ám|[Qq]uốc khánh|(?:[Tt]hành lập|[Tt]ruyền thống)\s+(?:lực lượng\s+)?[Cc]ông an [Nn]hân dân)")
"""An anniversary counted in years from a founding day the reader knows: "77 năm ngày Cách mạng tháng Tám thành công",
"77 năm Ngày thành lập Công an Nhân dân" (1945), "17 năm Ngày hội Toàn dân bảo vệ an ninh Tổ quốc" (first held 2005):
its year is the news's. Searched from "năm" (a literal start is fast), the count read back before it."""
_YEARS_BEFORE = re.compile(r"(?<![\d.,])(\d{1,3})\s+$")
_SINCE = re.compile(r"(?:[Tt]ừ|[Kk]ể từ)\s+(?:ngày\s+)?$")
"""A date a practice runs from ("Từ tháng 4.2018, UBND phường triển khai mô hình …"): what the news tells of it
happened after it, so a day or month written later without its year and earlier in the year lies in the next year."""
_RECALLED = re.compile(r"(?<!\w)[Hh]ồi\s+(?:(?:đầu|cuối|giữa)\s+)?$")
RECALLED_REACH = 12
"""A month or a year recalled ("phá nhiều vụ án … như vụ … hồi tháng 3-2021", "thành lập tổ tự quản hồi năm 2018":
back then): a time before the news, as an earlier case's, not the news's year for a day written without one."""
_EARLIER_CASE = re.compile(r"(?i)(?:gần đây nhất|trước đây|cách đây)\b")
"""A sentence opening on an earlier case ("Gần đây nhất, đầu tháng 3/2024, một ngư dân …", after the news's story):
its date bounds the news from below only, it does not give the news's year."""
_WINDOW_CLOSED = re.compile(r"(?<!\w)từ\s+(?:ngày\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2})?\.?\s*(?:đến|tới|[-–—])\s*"
                            r"(?:hết\s+)?(?:ngày\s+)?$", re.IGNORECASE)
WINDOW_REACH = 32
"""A date with its year that closes a window opened by a day without one ("Đợt cao điểm kéo dài từ ngày 15/4 đến
15/6/2023", "Giai đoạn 3 … bắt đầu từ 1.1. - 15.2.2026"): the news may come before the window, within it or after
it, so it does not bound the news from below; a day without its year takes the year that puts it nearest the window's
end ("Sáng 20/4, … ra quân" is 2023; "chiều 18.11" before a window ending 15.2.2026 is 2025)."""
_SINCE_THEN = re.compile(r"[\s.;]*(?:[Kk]ể )?[Tt]ừ (?:đó|đấy|ấy) (?:đến|tới) nay(?!\w)")
"""A date written with its year that the next sentence counts from ("ngày 13/6/2005, Thủ tướng … ban hành quyết định
…. Từ đó đến nay, …"): a founding long past, not the news's year for a day written without one."""
_YEARS_RUN = re.compile(r"(?:(?:sơ|tổng) kết|sau|trong|tròn)\s+(?:(?:hơn|gần|trên)\s+)?(?:\d{1,2}|một|hai|ba|bốn|năm|mười)"
                        r"\s+năm\s+(?:thực hiện|triển khai|hoạt động|xây dựng|duy trì|thành lập|ra đời)(?!\w)",
                        re.IGNORECASE)
"""A text that reviews years of running a model ("sơ kết … trong 2 năm thực hiện", "Tròn 1 năm thành lập", "Hội nghị
sơ kết một năm triển khai lực lượng", "Sau hơn một năm triển khai") dates its start, not the news: a date without its
year is not placed after the start date."""
_YEARS_SINCE = re.compile(r"(?<![\d.,])(\d{1,2})\s+năm\s+(?:qua|nay|vừa qua)(?!\w)")
_YEARS_SINCE_FAST = without_lookbehind(_YEARS_SINCE, r"(?<![\d.,])")
_FOUNDED = re.compile(rf"(?:\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*|[Tt]háng\s+\d{{1,2}}\s*[/.-]\s*)((?:19|20)\d{{2}})(?!\d)")
"""Years counted since a date written before them in the sentence ("ngày 13/6/2005, Thủ tướng … ban hành Quyết định
…; 19 năm qua, phong trào …"): the news's year, as an anniversary's (a year alone, "Năm 2023, … 5 năm qua", may be
the news's own)."""
ANNIVERSARY_BASES = {"festival": 2005, None: 1945}
STORMS = {("3", "Yagi"): 2024, ("6", "Trà Mi"): 2024, ("3", "Wipha"): 2025, ("5", "Kajiki"): 2025,
          ("10", "Bualoi"): 2025, ("11", "Matmo"): 2025, ("13", "Kalmaegi"): 2025, ("4", "Noru"): 2022,
          ("9", "Molave"): 2020, ("12", "Damrey"): 2017}
_STORM = re.compile(r"[Bb]ão số (\d{1,2})\s*(?:\(\s*|[-–,]\s*)?(?:(?:cơn )?bão |tên quốc tế(?: là)?:? )?"
                    rf"({'|'.join(sorted({name for _, name in STORMS}))})(?!\w)")
"""A storm named by its number in the year's count and its international name ("cơn bão số 10 (bão Bualoi)", "bão số
3 - Yagi") is one storm of one year: the news of it is of that year, as of an anniversary (a name alone is reused)."""
SCHOOL_YEAR_STARTS = 9
DOCUMENT_DATE_GAP = 16
"""A date this close after a document's symbol is its date: " ngày ", ", ban hành ngày "."""
_DOCUMENT_ISSUER = re.compile(rf"\s+của\s+[{UPPER}][\w&-]*(?:\s+[\w&-]+){{0,7}}?(?:\s*\([^()\n]{{1,24}}\))?"
                              r"\s*,?\s*(?:ban hành\s+)?(?:vào\s+)?ngày\s*$")
ISSUER_REACH = 90
"""So is a date after the symbol and its issuer ("Chỉ thị 09-CT/TW của Ban Bí thư (khóa XI) ngày 1-12-2011")."""


YearOf = Callable[[int, int, int], "int | None"]
"""The year of a date written without one, from its offset, month and day (0: a month)."""


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    value: str


_STREET_BEFORE = re.compile(r"(?<!\w)(?:[Đđ]ường|[Pp]hố) (?:\d{1,2} )?$")
"""A street named after a day ("78 đường 2 tháng 4", "phố 30/4"): an address, no date."""


def find_dates(body: str, published: dt.date | None, mask: Mask | None = None) -> list[dict]:
    """Date mentions: {"value": "YYYY-MM-DD" or "YYYY-MM", "text", "start", "end", "precision"}."""
    mask = mask or Mask()
    year_of = (lambda *_: published.year) if published else _YearEvidence.of(body, mask).year
    taken: list[Found] = []
    for start, end, found in sorted(_candidates(body, published, year_of), key=lambda c: (c[0], -c[1])):
        if (taken and start < taken[-1].end or mask.hits(start, end) or _RECURRING.match(body, end)
                or _NAMES_A_DAY.match(body, end) and not _WITH_YEAR.search(body, start, end)
                or _LUNAR.match(body, end) or _STREET_BEFORE.search(body, max(0, start - 10), start)
                or _EACH_YEAR_BEFORE.search(body, max(0, start - EACH_YEAR_REACH), start)
                and not _WITH_YEAR.search(body, start, end)):
            continue
        taken.extend(found)
    return [{"value": f.value, "text": body[f.start:f.end], "start": f.start, "end": f.end,
             "precision": "day" if len(f.value) == 10 else "month"} for f in taken]


def _candidates(body: str, published: dt.date | None, year_of: YearOf):
    """(start, end, [Found...]) per match; a chain "từ 2/7 đến 10/8" is one candidate of two dates."""
    for regex, precision, gate in _COMPILED:
        for m in _finditer_gated(regex, gate, body):
            groups = m.groupdict()
            first = m.start() if precision == "month" else min(m.start(g) for g in "dmy" if groups.get(g))
            lead = _LEADING_DAY.search(body, max(0, first - LEAD_REACH), first) if precision == "day" else None
            if not lead and (not _starts_number(body, m.start()) or "sep" in groups and not _cued(body, m)):
                continue
            parts = [(first, m.end(), m), *_chain(body, m.end(), precision)]
            close = next((pm for *_, pm in reversed(parts) if pm.groupdict().get("y")), None)
            ahead = bool(_STRONG_CUE.search(body, max(0, first - 40), first))
            found = [_found(a, b, pm, precision, _window_year(pm, close), year_of, first, None if ahead else published)
                     for a, b, pm in parts]
            if found[0]:
                found = [f for f in ([_lead_day(lead, found[0])] if lead else []) + found if f]
                yield found[0].start, found[-1].end, found


def _finditer_gated(regex: re.Pattern, gate: re.Pattern | None, body: str):
    """regex.finditer(body), not scanned where the gate (see PATTERNS) finds nothing."""
    return regex.finditer(body) if gate is None or gate.search(body) else iter(())


def _year(written: str) -> int:
    """A year as written; two digits (an English view's short date) are this century's."""
    return int(written) + (2000 if len(written) == 2 else 0)


def _window_year(m: re.Match, close: re.Match | None) -> int | None:
    """The year written at a window's end, for a date of it: the year before where the date's month and day come
    later in the year than the end's ("từ 20/12 - 15/2/2026" opens in 2025)."""
    if close is None:
        return None
    return _year(close["y"]) - (m is not close and _month_day(m) > _month_day(close))


def _month_day(m: re.Match) -> tuple[int, int]:
    groups = m.groupdict()
    month = int(groups["m"]) if groups.get("m") else MONTH_WORDS[" ".join(groups["mw"].split())]
    return month, int(groups["d"]) if groups.get("d") else 0


def _lead_day(lead: re.Match, date: Found) -> Found | None:
    """The first of two days sharing the month written after the second ("ngày 5 và 6/8"), when it comes before."""
    try:
        value = dt.date.fromisoformat(date.value).replace(day=int(lead["d"])) if len(date.value) == 10 else None
    except ValueError:
        return None
    ok = value is not None and value.isoformat() < date.value
    return Found(lead.start("d"), lead.end("d"), value.isoformat()) if ok else None


def _starts_number(body: str, pos: int) -> bool:
    """Whether pos starts a word, and a number there is not the tail of another number or symbol ("ngày01/12/2011",
    glued by a PDF or a careless copy, still starts one; so does one glued to its label's colon, "Cập
    nhật:29/07/2022", not a clock's "10:12")."""
    return (pos == 0 or not (body[pos - 1].isalnum() or body[pos - 1] in "/.,:-_")
            or body[max(0, pos - 4):pos].lower() == "ngày"
            or body[pos - 1] == ":" and pos > 1 and body[pos - 2].isalpha())


def _cued(body: str, m: re.Match) -> bool:
    """A day/month without year is a date after a time word ("sáng 23/8", "ngày 21.12"), or after "từ", "đến", ...
    with a slash, unless a counted noun follows: "triển khai đến 6/9 giáo xứ" is a share (6 of 9 parishes); with
    dots, after "từ" … only where a full date written with dots closes the window ("từ 1.1 - 15.2.2026")."""
    before = body[max(0, m.start() - 30):m.start()]
    if m["sep"] == "/" and _THIS_YEAR_AFTER.match(body, max((end for _, end, _ in _chain(body, m.end(), "day")),
                                                             default=m.end())):
        return True  # "Kỳ nghỉ lễ 30/4 và 1/5 năm nay": days of this year, not shares
    return bool(_DAY_CUE.search(before) or _SPAN_CUE.search(before) and (
        m["sep"] == "/" and not _shares_units(body, m.end())
        or not m["sep"] and _DOTTED_RANGE_OPENS.match(body, m.end())))


_THIS_YEAR_AFTER = re.compile(r"\s+năm\s+nay(?!\w)")
"""A day and month, or a list of them, followed by "năm nay" ("Kỳ nghỉ lễ 30/4 và 1/5 năm nay kéo dài") are days of
this year: dates with no time word before them, not "a of b" years ("1/5 năm")."""


_UNITS_AFTER = re.compile(r" (\w+)(?: (\w+))?")
SHARED_UNITS = frozenset(("xã", "phường", "huyện", "quận", "tỉnh", "thôn", "ấp", "bản", "xóm", "tổ", "đội", "hộ",
                          "trường", "cụm", "chốt", "trạm", "giáo xứ", "giáo họ", "tổ dân phố", "khu dân cư", "địa phương",
                          "đơn vị", "cơ quan", "cơ sở", "doanh nghiệp", "mô hình", "tiêu chí", "chỉ tiêu", "hộ gia đình"))
"""Counted places and units that make "a/b" after "đến", "từ" … a share; not a period ("đến 30/4 năm nay"), a person
("từ 1/7 người dân …") or a verb ("đến 20/11 tổ chức …")."""


def _shares_units(body: str, end: int) -> bool:
    words = _UNITS_AFTER.match(body, end)
    pair = words and f"{words[1]} {words[2]}"
    return bool(words) and pair not in LABEL_VERBS and (words[1] in SHARED_UNITS or pair in SHARED_UNITS)


def _chain(body: str, pos: int, precision: str):
    regex = _CHAIN if precision == "day" else _MONTH_CHAIN
    while (m := regex.match(body, pos)) and not (m.groupdict().get("cs") == "." and not m["y"]):  # "2.3" a decimal
        pos = m.end()
        yield m.start("at"), pos, m


def _found(start: int, end: int, m: re.Match, precision: str, written: int | None,
           year_of: YearOf, at: int, published: dt.date | None) -> Found | None:
    """The date of one match; its year as written, else the year written later in the same chain ("từ 2/7 đến
    10/8/2024"), else the publication year (the year before when that puts the date too far ahead; `published` is
    None for a due date, which lies ahead by nature). A full date whose second number cannot be a month and whose
    first can ("10-31-2018", a site template's month-day-year) is read month first."""
    explicit = m.groupdict().get("y")
    month, day = _month_day(m)
    if explicit and precision == "day" and day <= 12 < month:
        month, day = day, month  # "10-31-2018": 31 is no month, the date is written month first
    y = _year(explicit) if explicit else written or year_of(at, month, day)
    if not y:
        return None
    if precision == "month":
        return Found(start, end, f"{y:04d}-{month:02d}") if 1 <= month <= 12 else None
    try:
        value = dt.date(y, month, day)
    except ValueError:
        return None
    if not explicit and not written and published and value - published > FUTURE_LIMIT:
        value = value.replace(year=value.year - 1) if not (value.month == 2 and value.day == 29) else value
    return Found(start, end, value.isoformat())


@dataclass(frozen=True)
class _Written:
    """A year written at start: its years (of January to August, of September to December: a school year splits),
    whether it is a whole year reviewed, for a date written with its year, that date's (month, day) (day 0: a
    month) and whether it lies ahead of the news, and whether it is the year of an anniversary."""
    start: int
    years: tuple[int, int]
    year_end_review: bool = False
    when: tuple[int, int] | None = None
    ahead: bool = False
    anniversary: bool = False
    congress: bool = False
    since: bool = False
    until_now: bool = False
    window: bool = False
    plan: bool = False
    period: bool = False
    as_of: bool = False

    def year_of(self, month: int) -> int:
        year = self.years[month >= SCHOOL_YEAR_STARTS]
        return year + 1 if self.year_end_review and month <= REVIEW_MONTHS_AFTER else year


class _YearEvidence:
    """The year of a date written without one, on a page with no publication date, from the years the text writes:
    the one nearest it in its sentence, else the last one in the title (for a date in the title itself, a headline or a
    lead taken for one, the title's one nearest it, before or after: "Sáng ngày 28/7, … diễn ra Ngày hội …; Ngày hội
    đoàn viên … năm 2023"), (not a date's: "ngày 18/11, sơ kết 3 năm thực
    hiện Hướng dẫn ngày 18/11/2022" refers back); else the last one before its sentence (a report names its year
    first); else a school year or an anniversary after it (a congress's term yields to a school year or a New Year
holiday written after it: the news prepares the congress, maybe in the year before); else the dates with their year from its sentence on: the
    news lies on or after the latest past one (nearest after it: "Từ tháng 9-2015 đến tháng 9-2016 …"), else on or
    before the first one ahead ("có hiệu lực từ ngày 1/7/2024"). A year alone written later in another sentence ("Năm
    2016, thành phố …": background) says nothing: no year is better than a wrong one. A tally's cut-off is moved on to
    the present that a date lasting until now bounds (see _AS_OF)."""

    def __init__(self, body: str, written: list[_Written]):
        self._body, self._written = body, written
        self._starts = [w.start for w in written]
        self._title_end = body.find("\n\n")

    @classmethod
    def of(cls, body: str, documents: Mask) -> _YearEvidence:
        """The years written in body, but a document's date ("Chỉ thị số 09-CT/TW ngày 1/12/2011"), which is older."""
        written = []
        for m in finditer_from(_YEAR_WRITTEN, _YEAR_WRITTEN_FAST, body):
            if m["dd"] and (documents.hits(max(0, m.start() - DOCUMENT_DATE_GAP), m.start())
                            or (issuer := _DOCUMENT_ISSUER.search(body, max(0, m.start() - ISSUER_REACH), m.start()))
                            and documents.hits(max(0, issuer.start() - 2), issuer.start() + 1)):
                continue
            if (m["mm"] or m["word"]) and _RECALLED.search(body, max(0, m.start() - RECALLED_REACH), m.start()):
                continue
            before = body[sentence_bounds(body, m.start())[0]:m.start()]
            if m["first"]:
                written.append(_Written(m.start(), (int(m["second"]), int(m["first"]))))
            elif m["tet"] or m["springy"]:
                year = int(m["tety"] or m["springy"])
                written.append(_Written(m.start(), (year, year - 1)))
            elif m["term"]:
                if _CONGRESS.search(before) and not _DATED_SENTENCE.search(body, *sentence_bounds(body, m.start())):
                    written.append(_Written(m.start(), (int(m["term"]),) * 2, anniversary=True, congress=True))
                elif _ELECTION.search(before):
                    written.append(_Written(m.start(), (int(m["term"]), int(m["term"]) - 1), anniversary=True))
            elif m["end"] or m["wend"] and _REVIEW.search(before):
                if reviews := list(_REVIEW.finditer(before)):
                    if _PLAN.search(before, reviews[-1].end()):
                        first = int(m["y"] or re.search(r"\d{4}", m[0])[0])
                        written.append(_Written(m.start(), (first, first - 1), plan=True))
                    else:
                        written.append(_Written(m.start(), (int(m["end"] or m["wend"]),) * 2,
                                                bool(_YEAR_END_REVIEW.search(before)), period=True))
            elif m["word"]:
                if (_SINCE_YEAR_START.search(body, max(0, m.start() - 12), m.start())
                        and _UNTIL_NOW.match(body, m.end())):
                    written.append(_Written(m.start(), (int(m["y"]),) * 2, anniversary=True))
                elif _AWARD_FOR.search(before) and not _AWARDED_AT_REVIEW.search(before):
                    continue
                elif not _NOT_THIS_YEAR.search(body, max(0, m.start() - NOT_THIS_YEAR_REACH), m.start()):
                    reviewed = bool(_YEAR_END_REVIEW.search(before) or _CONFERENCE.search(before)
                                    and _PAST_YEAR.search(body, m.end(), m.end() + PAST_YEAR_REACH))
                    written.append(_Written(m.start(), (int(m["y"]),) * 2, reviewed))
            elif m["dd"] and _RANGE_CLOSES.search(body, max(0, m.start() - 24), m.start()):
                written.append(_Written(m.start(), (int(m["y"]),) * 2, anniversary=True))
            elif m["dd"] and _SINCE_THEN.match(body, sentence_bounds(body, m.start())[1]):
                continue  # "ngày 13/6/2005, Thủ tướng … ban hành quyết định … Từ đó đến nay, …": history, not the news
            elif _EARLIER_CASE.match(before):
                continue  # "Gần đây nhất, đầu tháng 3/2024, một ngư dân …": an earlier case, maybe years before
            elif not (m["dd"] and _RANGE_OPENS.match(body, m.end())):
                when = (int(m["dm"]), int(m["dd"])) if m["dd"] else (int(m["mm"]), 0)
                ahead = bool(_AHEAD.search(before) or m["dd"] and not _FROM.search(before)
                             and _VALID_UNTIL.search(body, max(0, m.start() - VALID_UNTIL_REACH), m.start()))
                written.append(_Written(m.start(), (int(m["y"]),) * 2, when=when, ahead=ahead,
                                        since=bool(_SINCE.search(body, max(0, m.start() - 14), m.start())),
                                        until_now=bool(_UNTIL_NOW.match(body, m.end())),
                                        as_of=bool(_AS_OF_DATE.search(body, max(0, m.start() - AS_OF_REACH),
                                                                      m.start())),
                                        window=bool(m["dd"] and _WINDOW_CLOSED.search(
                                            body, max(0, m.start() - WINDOW_REACH), m.start()))))
        for m in finditer_from(_YEARS_SINCE, _YEARS_SINCE_FAST, body):
            left = max(body.rfind("\n", 0, m.start()), body.rfind(". ", 0, m.start())) + 1  # ";" parts stay in
            if found := list(_FOUNDED.finditer(body, left, m.start())):
                year = int(found[-1][1]) + int(m[1])
                written.append(_Written(m.start(1), (year,) * 2, anniversary=True))
        for m in _STORM.finditer(body) if "ão số" in body else ():
            if year := STORMS.get((m[1], m[2])):
                written.append(_Written(m.start(), (year,) * 2, anniversary=True))
        for m in _COUNTED_ANNIVERSARY.finditer(body):
            if n := _YEARS_BEFORE.search(body, max(0, m.start() - 6), m.start()):
                year = ANNIVERSARY_BASES["festival" if m["festival"] else None] + int(n[1])
                written.append(_Written(n.start(1), (year,) * 2, anniversary=True))
        return cls(body, sorted(written, key=lambda w: w.start))

    def year(self, pos: int, month: int, day: int) -> int | None:
        year = self._evidence_year(pos, month, day)
        if year and _AS_OF.search(self._body, max(0, pos - AS_OF_REACH), pos) \
                and (lasting := [(w.years[0], w.when) for w in self._written if w.until_now]):
            floor_year, floor_when = max(lasting)
            if (year, (month, day)) < (floor_year, floor_when):
                return floor_year + ((month, day) < floor_when)
        return year

    def _evidence_year(self, pos: int, month: int, day: int) -> int | None:
        left, right = sentence_bounds(self._body, pos)
        lo, hi = bisect.bisect_left(self._starts, left), bisect.bisect_left(self._starts, right)
        if same := [w for w in self._written[lo:hi] if w.when is None]:
            if any(w.plan for w in same):
                same = [w for w in same if not w.period]
            return min(same, key=lambda w: abs(w.start - pos)).year_of(month)
        if (joined := _joined_clauses(self._body, left, right)) != (left, right):
            wide = self._written[bisect.bisect_left(self._starts, joined[0]):bisect.bisect_left(self._starts, joined[1])]
            if same := [w for w in wide if w.when is None]:
                nearest = min(same, key=lambda w: abs(w.start - pos))
                if nearest.years[0] == nearest.years[1] and not nearest.anniversary \
                        and _YEAR_END_REVIEW.search(self._body, joined[0], nearest.start):
                    nearest = replace(nearest, year_end_review=True)  # "hội nghị tổng kết …; … năm 2025"
                return nearest.year_of(month)
        in_title = bisect.bisect_left(self._starts, self._title_end) if 0 < self._title_end else 0
        if title := [w for w in self._written[:in_title] if w.when is None]:
            if pos < self._title_end:  # a date in the title itself: the title's year nearest it, before or after
                return min(title, key=lambda w: abs(w.start - pos)).year_of(month)
            return title[-1].year_of(month)
        if lo:
            last = self._written[lo - 1]
            return last.year_of(month) + (last.since and (month, day) < last.when)
        if later := next((w for w in self._written[hi:] if w.years[0] != w.years[1] or w.anniversary), None):
            if later.congress:  # a congress or an election prepared for may lie in the next year: a holiday says
                later = next((w for w in self._written[hi:] if w.years[0] != w.years[1]), later)
            return later.year_of(month)
        dated = [w for w in self._written[lo:] if w.when]
        if (past := [w for w in dated if not w.ahead]) and _YEARS_RUN.search(self._body) \
                and not any(w.as_of for w in past):
            return None  # "tháng 8/2019 … xây dựng mô hình", "sơ kết … trong 2 năm thực hiện": the start, not the news
        if past:
            latest = max(past, key=lambda w: (w.years[0], w.when))
            if latest.window:
                return _nearest_year(latest.years[0], latest.when, month, day)
            return latest.years[0] + ((month, day) < latest.when)
        if dated:
            earliest = min(dated, key=lambda w: (w.years[0], w.when))
            return earliest.years[0] - ((month, day) > earliest.when)
        return None


def _nearest_year(year: int, when: tuple[int, int], month: int, day: int) -> int:
    """The year that puts a month and day (day 0: a month) nearest the date `when` of `year`."""
    def days(y: int, m: int, d: int) -> int:
        return dt.date(y, m, min(max(d, 1), 28)).toordinal()
    target = days(year, *when)
    return min((year - 1, year, year + 1), key=lambda y: abs(days(y, month, day) - target))


def _joined_clauses(body: str, left: int, right: int) -> tuple[int, int]:
    """The bounds of the whole sentence around the clause body[left:right], over the semicolons that join its clauses:
    "Sáng 20/9, … phối hợp với xã Cà Ná; Đồn Biên phòng Cà Ná tổ chức Chương trình … năm 2025."."""
    while right < len(body) and body[right - 1] == ";":
        right = sentence_bounds(body, right + 1)[1]
    mark = left - 1
    while mark >= 0 and body[mark].isspace():
        mark -= 1
    while mark > 0 and body[mark] == ";":
        left = mark = sentence_bounds(body, mark)[0]
        mark -= 1
        while mark >= 0 and body[mark].isspace():
            mark -= 1
    return left, right


def first_date(line: str) -> dt.date | None:
    """The first full date (with its year) written in a line: for datelines such as "20:21 30/03/2023"."""
    for f in sorted((f for _, _, fs in _candidates(line, None, lambda *_: None) for f in fs if len(f.value) == 10),
                    key=lambda f: f.start):
        return dt.date.fromisoformat(f.value)
    return None


def find_deadlines(body: str, dates: list[dict]) -> list[dict]:
    """Dates given as due dates for a task, with the task sentence as their text."""
    deadlines = []
    for d in dates:
        left, right = sentence_bounds(body, d["start"], d["end"])
        before, sentence = body[left:d["start"]], body[left:right]

        def asked():
            return _OBLIGE.search(sentence)

        def completed():
            return _COMPLETE.search(sentence)

        near = before[-25:]
        within = _WITHIN_CUE.search(near)
        due = (_STRONG_CUE.search(before[-40:])
               or within and (asked() and not _FORECAST.search(near, 0, within.start()) or completed())
               or _AT_CUE.search(near) and completed() and (asked() or _PLANNED.search(sentence)))
        if (due and not _DONE.search(sentence) and not _WINDOW_END.search(before[-60:])
                and not _TAKEN_BEFORE.search(before[-40:])
                and not (_BEFORE_OPENS.fullmatch(before) and _COMMA_AFTER.match(body, d["end"])
                         and not asked() and not completed())):
            deadlines.append({"value": d["value"], "text": sentence, "start": left, "end": right,
                              "date_text": d["text"], "date_start": d["start"], "date_end": d["end"]})
    return deadlines
