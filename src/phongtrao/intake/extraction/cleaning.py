"""Article cleaning: title, dateline, and the body without site furniture or trailing related-news material."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from .dates import first_date
from .spans import CAP_WORD, LOWER, UPPER, search_from, without_lookbehind

HEAD_LINES = 8
"""An official document's type line ("KẾ HOẠCH") is looked for among the first lines."""
SEARCH_LINES = 30
"""The title and dateline of a web page are looked for among this many first lines (menus come before them)."""
DATELINE_REACH = 3
"""A page's title is the title-like line nearest its dateline, at most this many lines away."""
MIN_TITLE_WORDS = 4
MAX_TITLE_CHARS = 250
SUBJECT_TAIL_CHARS = 40
"""A line this short right under an official document's subject is the subject's wrapped end ("quý / III/2025")."""
MIN_BODY_BEFORE_BYLINE = 200
"""A byline ends the article only after this much body text (a name line right under the title is not an end)."""

TAIL_FURNITURE_CHARS = 40
"""The longest line at the end of a page that may be a logo, tag or button rather than the article's last line."""
TAIL_BLOCK_LINES = 3

_TRAILER_RE = re.compile(
    r"(?i)^(?:tin cùng chuyên mục|cùng chuyên mục|tin khác|các tin khác|(?:những |các )?tin mới(?: nhất| hơn| cập nhật)?"
    r"|(?:những |các )?tin cũ hơn|(?:các )?tin đã đưa(?: ngày)?"
    r"|tin tức liên quan|(?:các |những )?bài viết liên quan|(?:các )?bài viết khác|(?:các )?tin\s*,\s*bài(?: viết)? khác|(?:(?:tin|bài|video)\s+)?(?:đang được\s+)?(?:đọc|xem) nhiều"
    r"(?: nhất)?|có thể bạn quan tâm|bạn có thể quan tâm|ý kiến bạn đọc"
    r"|(?:\(\d+\)\s*)?(?:(?:gửi|không có|chưa có)\s+)?bình luận(?: nào)?"
    r"|ý kiến của bạn"
    r"|tổng lượt bình luận|liên kết web|thống kê truy cập|video liên quan|tin ảnh|nơi nhận|tiện ích thông tin|qr code)"
    r"\s*:?\s*$"
    r"|^nơi nhận\s*:|^thông tin liên hệ\s*:?\s*$|^đăng nhập (?:tài khoản|bằng|với)\b|^đường dây nóng\s*:"
    r"|^(?:các )?(?:trao đổi|bình luận) mới nhất\s*$|^(?:bạn )?còn \d+/\d+ ký tự\b"
    r"|^(?:tags?|từ khóa|từ khoá)\s*:|^(?:#\w+\s*){2,}$|^trả lời$"
    r"|^(?:để lại|gửi) (?:một )?(?:bình luận|phản hồi|trả lời)\b|^[^.!?;,]{0,40}(?:xem|gửi) phản hồi\s*$|^email của bạn sẽ không được hiển thị\b"
    r"|^(?:[*•]\s*)?mời (?:quý |các )*(?:bạn|độc giả)\b.{0,100}\b(?:mạng xã hội|facebook|zalo|fanpage|youtube|tiktok"
    r"|online|trực tuyến)\b"
    r"|^\s*(?:©|®|copyright\b|bản quyền\b|ghi rõ nguồn|không sao chép)"
    r"|^(?:nguồn|theo)(?:\s+[^\s:]+){0,4}\s*:?\s*https?://\S+$"
    r"|^(?:địa chỉ\s+)?(?:website|trang web)\s*:"
    r"|^lên đầu (?:trang|top)\s*$|^bạn cần đăng nhập để\b|^bạn không thể gửi bình luận\b",
    re.IGNORECASE,
)
"""A reposting site's credit with the original's link ("Nguồn VOV : https://vov.vn/…"), under the author's line:
the article has ended; so has it at the site's own footer ("Địa chỉ Website: badontv.vn", then its name and owner), and
at a portal's box of tools under the article ("Tiện ích thông tin", "QR Code"), at a button back to the page's top ("Lên
đầu Top") and at the comment form's notes ("Bạn cần đăng nhập để thực hiện chức năng này!", "Bạn không thể gửi bình luận
liên tục. Xin hãy đợi" / "60 giây nữa.")."""
_MOTTO_BOX = re.compile(r"^TƯ CÁCH\s+NGƯỜI CÔNG AN CÁCH MỆNH\b")
"""A police portal's box of Hồ Chí Minh's precepts for the police, printed in capitals after the article ("TƯ CÁCH" /
"NGƯỜI CÔNG AN CÁCH MỆNH LÀ:" / "Đối với tự mình: …"): site furniture, the article has ended; the precepts quoted in a
sentence's case inside an article ("Tư cách người công an cách mệnh là:") stay body."""
_SITE_CREDIT = re.compile(r"^(?P<credit>\([^()\n]{2,30}\)|[A-ZĐ][\w.]{1,20}\.(?:vn|com|net))\s*[-–]\s*\S")
"""A lead opening on the site's credit: "VTV.vn - Tỉnh Phú Yên …", "(PLO)- Ninh Thuận …", "(Báo Quảng Ngãi)- Sau …"."""
_TITLE_WITH_CREDIT = re.compile(r"^[^.!?…\n]{10,150}\s[A-ZĐ][\w.]{1,20}\.(?:vn|com|net)\s*[-–]\s+[A-ZĐ]")
"""A related article's title with its site credit and lead run on after it, on one line under the article ("Việc tử tế:
Lớp học võ đặc biệt VTV.vn - Một võ đường đã tồn tại …"): another article's teaser, the article has ended; a site named
inside a sentence ("… đăng trên VTV.vn và …") has no dash after it."""
_RECIPIENTS = re.compile(r"(?i)^nơi nhận\b")
_ANNEX = re.compile(r"^(?:PHỤ LỤC|DANH SÁCH)\b")
_INLINE_RE = re.compile(r"(?i)^(?:tin liên quan|xem thêm|đọc thêm|bài liên quan)\b\s*:?\s*")
_FURNITURE_RE = re.compile(
    r"(?i)^(?:trang chủ|đăng nhập|đăng ký|tìm kiếm|menu|english|chia sẻ(?: bài viết| bài| tin)?|share|facebook|zalo"
    r"|twitter|in bài|gửi email|lưu bài|theo dõi|google news|refresh|quay lại|bản in|báo in|báo giấy"
    r"|e-?paper|cỡ chữ|quảng cáo|advertisement"
    r"|a\s*-?\s*a\s*\+?|untitled(?:[-_ ]?\d+)?)\s*[:|]?\s*$"
    r"|^(?!.*\d).{0,40}(?:\s[>»|]\s.{0,40})+$"
    r"|^\d{5,}(?:[ _]\d{5,}){1,3}(?:[ _][a-z])?(?:\.(?:jpe?g|png|gif|webp))?$"
)
"""Menus, share buttons and breadcrumbs, an image's placeholder name left above its caption ("Untitled", not the
author's name: the article goes on after it), an ad slot's label between two paragraphs ("Quảng Cáo", no byline
either), and a photo's file name of long digit runs, its underscores printed as spaces or not ("597355653
1215930724073736 3612121413187348782 n", a social network's: its numbers count nothing). A site's clock is told from
the article's dateline by where it stands (`_head`): both may read "THỨ BA, 03/12/2019 09:13:09"."""
_NAME_WORD = rf"(?:{CAP_WORD}|[{UPPER}]\.)"
_NAME = rf"{_NAME_WORD}(?:\s*{_NAME_WORD}){{0,4}}"
_BYLINE_RE = re.compile(
    rf"^(?:(?:Bài(?:\s*(?:và|,)\s*ảnh)?|Tin(?:\s*,\s*ảnh)?|Ảnh|Nhóm PV|Phóng viên|PV|CTV|Thực hiện(?=\s*:))\s*:?\s*)?"
    rf"{_NAME}(?:\s*[-–,&]\s*{_NAME})*(?:\s*\([^()\d]{{1,40}}\))?\.?$"
    rf"|^(?:Bài(?:\s*(?:và|,)\s*ảnh)?|Tin(?:\s*,\s*ảnh)?|Ảnh|Thực hiện)\s*:\s*[{UPPER}][{UPPER}\s.,&–-]{{2,60}}$"
    rf"|^(?:Theo|Nguồn)\s*[:.]?\s+[^,.;]{{2,80}}$"
)
_PHOTO_CREDIT = re.compile(r"(?i)^ảnh\s*:")
"""A photo's credit under its caption ("Ảnh: LƯƠNG HÀ"): the article goes on after it."""
_ABBREVIATED = rf"(?<!\b[{UPPER}])(?<!\b[{UPPER}][{UPPER}])"
_GLUED_BYLINE_RE = re.compile(rf"{_ABBREVIATED}[.!?…”\"]\s+(?!Ảnh\b){_NAME}$")
"""A last paragraph with the author's name run on after its closing sentence: "… an toàn xã hội. Bình Vân"; not a
photo caption's credit ("… tại Phú Thọ. Ảnh Nhật Thy"), which the article goes on after, nor the name after an initial's
full stop in one ("… lắp đặt Camera an ninh. Ảnh: H. Đức") or after a unit's abbreviation ("… xã Lai Hòa, TP. Cần
Thơ", a caption)."""
_GLUED_BYLINE_FAST = without_lookbehind(_GLUED_BYLINE_RE, _ABBREVIATED)
_PULL_QUOTE = re.compile(rf"^[“\"].*[”\"][.!?…]?\s+{_NAME}$")
"""A quotation set apart with its speaker's name after it ("“Hòa giải thành, không có kẻ thắng, người thua …”. Ông Trần
Hậu Hạnh"): a pull quote inside the article, not its last paragraph and author."""
_DATELINE_NOISE = re.compile(
    r"(?i)thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ nhật|ngày|tháng\s+(?:mười\s+(?:một|hai)|một|hai|ba|tư|bốn|sáu|bảy|tám"
    r"|chín|mười)\b|tháng|năm|lượt xem|chia sẻ(?: bài viết)?|cập nhật|đăng|phát sóng|lúc|gmt|giờ|\d+"
    r"|[h:/.,'’+\-–|()]|\s"
)
"""What a dateline holds besides its date: weekday, month in words ("Tháng Mười Một"), time, labels, and a view counter
and share button printed beside it ("36 lượt xem Chia sẻ bài viết:")."""
_LABELLED_DATE = re.compile(r"(?:ngày|thời gian) (?:đăng|xuất bản|cập nhật)|đăng ngày|cập nhật lúc", re.IGNORECASE)
_LABELLED_DATE_AT = re.compile(rf"(?:{_LABELLED_DATE.pattern})\s*:?\s*\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}(?!\d)",
                               re.IGNORECASE)
"""A portal's labelled publication date, on a meta line ("Tác giả: … .Ngày đăng: 17/08/2022 .Lượt xem: …") or run on
at the end of the title line ("… ở Trà Vinh Ngày đăng: 07/12/2016")."""
_QUESTION_DATE = re.compile(r"(?i)^(?:ngày|thời gian)\s+(?:hỏi|gửi(?:\s+câu\s+hỏi)?)\s*:")
"""A Q&A page's date of the question ("Ngày hỏi: 22/04/2022 - Lượt xem: 1675", "Ngày gửi câu hỏi: …") under it: when
the reader asked, not when the answer was published; no dateline."""
_COUNTER_BEFORE_DATE = re.compile(r"(?i)^(?:số\s+)?lượt\s+(?:xem|đọc|truy cập)\s*:?\s*\d[\d.,]*\s*"
                                  r"(?:(?:thời gian|ngày đăng|cập nhật)\s*:?\s*)?(?=\d)")
"""A portal's reader counter run into its labelled dateline, the counter's number glued to the label: "Lượt đọc:
4829Thời gian: 11:34 - 10/08/2016"; the counter and the label go before the line is read as a dateline."""
_LEADING_STAMP = re.compile(r"^(?:\d{1,2}:\d{2}(?:\s*[AP]M)?\s*,?\s*\d{1,2}/\d{1,2}/\d{4}"
                            r"|\d{1,2}/\d{1,2}/\d{4}\s*,?\s*\d{1,2}:\d{2})(?![\d/:])")
"""A time-stamped date opening the first paragraph ("18:22 05/01/2024 Năm 2023 …"): the page's dateline run into its
lead; its clock may be a 12-hour one, before a day-first date ("02:42 AM 29/11/2013 | Lượt xem: 1684 In bài viết
|Cầu nối …", the view counter, print button and the lead's first words run on after it)."""
_TRAILING_STAMP = re.compile(r"\s(\d{1,2}/\d{1,2}/\d{4}\s*,?\s*\d{1,2}:\d{2}|\d{1,2}:\d{2}\s*,?\s*\d{1,2}/\d{1,2}/\d{4})$"
                             r"|(?<!\bngày)(?<![-–/])\s(\d{2}-\d{2}-\d{4})$")
"""A time-stamped date run on at the end of the title line ("… giữ bình yên từ cơ sở 23/02/2026 07:14"), or a portal's
date in its fixed dd-mm-yyyy form ("… năm học 2022-2023 01-06-2023"); not a date the title is about, written the way a
sentence writes it ("… an ninh Tổ quốc 19/8/2025") or after "ngày" ("… đến ngày 19-08-2024")."""
_PARENTHESISED_DATE = re.compile(r"\s(?:\d{1,2}/\d{1,2}/\d{4}\s*)?\((?:\d{1,2}:\d{2}\s*,?\s*)?\d{1,2}/\d{1,2}/\d{4}"
                                 r"(?:\s*,?\s*\d{1,2}:\d{2})?\)$")
"""A page's date in brackets at the end of the title line ("“Tổ tự quản tàu thuyền” ở Phú Đông (02/07/2009)"), with
its clock too ("Bình yên nơi xứ đạo (23/12/2017 16:20)")."""
_MACHINE_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
"""An ISO 8601 timestamp left by a page's metadata ("2023-06-04T00:21:38-04:00", often the time it was last modified):
the page's date only when it shows no dateline of its own ("Thứ sáu - 02/06/2023 05:36")."""
_LEAD_OPENING = re.compile(rf"^Ngày\s+\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}\s*,\s*[{LOWER}{UPPER}]")
"""A first sentence opening on its date ("Ngày 12/8/2023, nhân kỷ niệm …"), cut short by a line break: no dateline."""
_ADMIN_DATELINE = re.compile(r"^[^\d,]{2,40},\s*ngày\s+\d")
_ADMIN_DATE_AFTER_NUMBER = re.compile(r"^Số\s*:.{0,40}\s[^\d,]{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}")
"""Two columns printed on one line: "Số: 09/TB-BCĐ Đắk Lắk, ngày 26 tháng 9 năm 2025"."""
_SOURCE_BEFORE_DATE = re.compile(r"^(?:Báo|Tạp chí|Đài|Nguồn\s*:?)\s[^\d\n]{2,40}?\s*[-–|]\s*(?=\d)")
"""A reposted page's credit line: "Báo Tiếng chuông - 05/05/2016" is the original's dateline."""
_INITIALS = rf"[{UPPER}](?:\.\s?[{UPPER}]){{1,3}}\.?(?:\s?{CAP_WORD})?"
"""An author's initials, alone or before a name: "M.Q", "N.T.Hà"."""
_AUTHOR_BEFORE_DATE = re.compile(
    rf"^{_NAME}(?:\s*[-–,&]\s*{_NAME})*(?:\s+[{UPPER}]{{2,5}}|\s*/\s*[{UPPER}]{{2,8}}|\s*[-–]\s*[{UPPER}]{{2,5}})?"
    rf"\s*[-–|]\s*(?=\d)"
    rf"|^{_NAME}(?:\s*,\s*{_NAME})*\s*(?:\([^()]{{1,20}}\))?\s*(?=(?i:cập nhật|đăng)\b)"
    rf"|^[{UPPER}]{{2,}}(?:(?:\s+|\s*[-–]\s*)[{UPPER}]+){{0,4}}(?:\s+|\s*[-–|]\s*)(?=\d{{1,2}}/\d{{1,2}}/\d{{4}}\s+\d{{1,2}}:\d{{2}}(?!\d)"
    rf"|\d{{1,2}}:\d{{2}},?\s+\d{{1,2}}/\d{{1,2}}/\d{{4}}$)"
    rf"|^(?:{_NAME}|{_INITIALS})(?:\s*[-–,&]\s*(?:{_NAME}|{_INITIALS}))*\s+"
    rf"(?=\d{{1,2}}/\d{{1,2}}/\d{{4}}\s+\d{{1,2}}:\d{{2}}(?!\d))")
"""An author's byline run into the page's date ("Trọng Bảo - 09:52, 07/12/2022", "Tường Mạnh| 03/06/2021 08:59",
"Ái Linh, Phạm Việt (VTV8)Cập nhật 08:00 ngày 22/11/2017", several authors: "T.Tầm - M. Triết - 10:01, 03/06/2022",
in capitals before the date and its clock: "XUÂN MAI 08/06/2024 17:19", two such names joined by a hyphen:
"TRUNG-BẢN 03/06/2024 10:41", or before the clock and the date closing the
line: "TUẤN HƯƠNG 00:32, 02/09/2023", behind a bar with the paper's initials too:
"BẢO TRUNG LDO | 11/08/2023 15:50", with the paper's initials after the name:
"Khánh Linh LDO | 01/05/2022 13:43", or behind a dash, the author's role: "Thanh Nguyễn - CTV - 15:00, 30/11/2022", or
after a slash, the agency the story came from: "Dương Linh/NSHN| 28/06/2019
07:50", names and initials with a space before the date and its clock: "Hoàng Thanh - M.Q
26/06/2024 18:10"): the article's dateline, nearer its title than
a site's clock above."""
_MASTHEAD_BEFORE_DATE = re.compile(rf"^(?=[^\d]{{2,40}}\d)[{UPPER}][{UPPER}{LOWER}]*(?: ?[{UPPER}][{UPPER}{LOWER}]*){{0,7}}"
                                   rf"(?=\d{{1,2}}/\d{{1,2}}/\d{{4}}(?:\s*,?\s*\d{{1,2}}:\d{{2}})?$)")
"""A paper's masthead run into its date with no space between, on a line of its own: "Hà Nội MớiHà Nội Mới21/05/2025"
(the name printed twice, the logo's text and its alt text). Short and every word capitalised: a sentence ending on a
date ("Tổ ra mắt ngày21/05/2025", "… thành lập từ 21/05/2025") is no dateline."""
_SECTION_AFTER_DATE = re.compile(r"(?<=\d)(?:\s*[AP]M)?\s*\|\s*[^\d|]{2,30}$")
"""A page's section run on after its date and clock, behind a bar: "24-12-2025 - 13:46 PM | Kinh tế số" (the clock's
"PM" a site's template adds even to a 24-hour time)."""
_POSTER_AFTER_DATE = re.compile(r"(?<=\d)\s+(?i:đăng|gửi) bởi\s*:?\s*[\w.@-]{2,40}$")
"""A portal's poster (a user name) after the date and clock: "Ngày 04/01/2021 14:13 đăng bởi thanhtruc"."""
_AUTHOR_AFTER_CLOCK = re.compile(rf"(?<=\d/\d{{4}} \d\d:\d\d) [{UPPER}]{{2,}}(?: [{UPPER}]{{2,}}){{0,4}}"
                                 rf"(?: [-–] [^\d\n]{{2,40}})?$")
"""A page's section before its date and clock, and the author in capitals after them, with the author's agency: "Đời
sống - 25/10/2022 18:38 MAI NGỌC - LĐLĐ TP Hà Nội"."""
_DMY = r"\d{1,2}/\d{1,2}/\d{4}"
_CLOCK = r"\d{1,2}:\d{2}"
_SECTION_BEFORE_STAMP = re.compile(rf"^[{UPPER}][{LOWER}]*(?: [{LOWER}]+){{0,3}}(?: [-–|])? "
                                   rf"(?=(?:{_CLOCK} ?[|–-] ?{_DMY}|{_DMY} ?[|–-]? ?{_CLOCK})$)")
"""A page's section before its date and clock, in either order, with a bar or dash or nothing between: "Pháp luật
07:47 | 06/07/2022", "Giáo dục 28/08/2025 12:11", "Đời sống - 25/10/2022 18:38" (its author cut off after it)."""
_SECTION_GLUED_TO_WEEKDAY = re.compile(rf"^[{UPPER}][{LOWER}]*(?: [{LOWER}]+){{0,3}}"
                                       rf"(?=(?:Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ [Nn]hật),\s*\d)")
"""A page's section of at most four words run into the weekday of its dateline with no space between: "Pháp
luậtThứ Năm, 01/06/2017 15:45:00 +07:00" (as a site's clock icon's alt text: "ClockChủ Nhật, 17/05/2020 21:20")."""
_WIDGET_AFTER_ZONE = re.compile(rf"(?<=[+-]\d\d:\d\d)[{UPPER}][{LOWER}]+(?: [{UPPER}][{LOWER}]+)?$")
"""A share button run on after the dateline's time zone: "… 15:45:00 +07:00Google News"."""
_BODY_OPENER = re.compile(r"(?i)^(?:căn cứ|thực hiện|ngày|kính gửi|trên cơ sở|để|nhằm|[IVX]+\.|\d+\.|[a-zđ]\))")
_MOTTO = re.compile(r"(?i)^(?:cộng hòa|cộng hoà|độc lập\s*-|đảng cộng sản|số\s*:|v/v)")
_SITE_LINE = re.compile(
    r"(?i)\s[|›»>]\s|^bạn đang ở|^(?:báo|tạp chí|cổng thông tin|trang thông tin)\b.{0,40}$|điện tử\s*$|online\s*$"
)
_LETTERHEAD = ("CÔNG AN", "UBND", "ỦY BAN", "UỶ BAN", "BAN ", "BÁO ", "ĐẢNG BỘ", "ĐẢNG ỦY", "ĐẢNG UỶ", "SỞ ", "BỘ ",
               "CỤC ", "TỔNG CỤC", "HỘI ĐỒNG", "MẶT TRẬN", "BẢN TIN", "ĐÀI ", "CHƯƠNG TRÌNH")
"""Site names, menus and breadcrumbs, and (in capitals) agency letterheads and programme names: never a title."""
_DOC_TYPE_LINE = re.compile(r"^(?:BÁO CÁO|KẾ HOẠCH|THÔNG BÁO|THÔNG CÁO(?: BÁO CHÍ)?|QUYẾT ĐỊNH|CHỈ THỊ|HƯỚNG DẪN"
                            r"|CÔNG VĂN|TỜ TRÌNH|BIÊN BẢN"
                            r"|NGHỊ QUYẾT|CHƯƠNG TRÌNH|ĐỀ ÁN|CÔNG ĐIỆN)$")
_SPACES = re.compile(r" [ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+"
                     r"|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000][ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*")
"""Blanks to a single space: a run of two or more, or one that is not a plain space (a single space, the most
common match by far, is left alone; opening on the plain space or on another blank, as a run does, is the faster)."""
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


@dataclass(frozen=True)
class Cleaned:
    title: str
    published: dt.date | None
    body: str
    """The title, a blank line, then the other kept lines (dateline included) as paragraphs."""
    written: str = ""
    """The body with the letters the page typed where it used look-alikes (the eth "Ðồn" for "Đồn"), at the same
    offsets; empty when it typed none (then it is the body)."""


def clean(text: str) -> Cleaned:
    """Title, publication date and body of an article or report given as plain text."""
    lines = _split_dated_title([line for line in _lines(text) if not _FURNITURE_RE.match(line)])
    title_at, title_len, dateline = _head(lines)
    if title_at is None:
        return Cleaned("", None, "")
    title = " ".join(lines[title_at:title_at + title_len])
    above = lines[:title_at]
    official = any(_MOTTO.match(line) or _DOC_TYPE_LINE.match(line) for line in lines[:title_at + 1])
    if title_at and not official and _KICKER.match(above[-1]) and not _is_paragraph(title):
        title = f"{above[-1][:-1].rstrip()}: {title}"
    if not official:
        # a web page's menus and site name go; a paragraph above a caption taken for the title stays
        above = [line for i, line in enumerate(above, start=1) if line == dateline or len(line) > MAX_TITLE_CHARS
                 or _announces(line) or i == title_at and _ANNIVERSARY_KICKER.match(line)]
    rest = above + lines[title_at + title_len:]
    rest = _cut_trailer(rest, start=len(above))
    published = first_date(_MASTHEAD_BEFORE_DATE.sub("", dateline)) if dateline else None
    body = "\n\n".join([title, *rest])
    return Cleaned(title, published, body, _as_written(text, body) if _has_eth(text) else "")


_ANNIVERSARY_KICKER = re.compile(r"^(?:(?:Chào mừng|Hướng tới|Nhân dịp|Nhân)\s+)?[Kk][ỷỉ] niệm\s+\d+\s+năm\s")
"""A line right above the title naming the anniversary the article is written for, in sentence case ("Kỷ niệm 89 năm
Ngày truyền thống công tác dân vận của Đảng (15.10.1930-15.10.2019)"): the article's kicker, kept; a site's banner in
capitals ("CHÀO MỪNG KỶ NIỆM 49 NĂM …") is not."""
_KICKER = re.compile(rf"^[{UPPER}“\"][^:\n]{{2,60}}\s[^\s:]+\s?:$")
"""A short line closed by a colon right above the title is the headline's first part: "Hội LHPN tỉnh Điện Biên :" over
"Thực hiện hiệu quả phong trào …" is "Hội LHPN tỉnh Điện Biên: Thực hiện hiệu quả phong trào …"."""


_ETH = str.maketrans("Ðð", "Đđ")
"""The Icelandic eth (U+00D0, U+00F0), typed for the Vietnamese đ by some sites ("Ðồng Nai"), is đ."""


def _has_eth(text: str) -> bool:
    return "Ð" in text or "ð" in text  # two scans for them are much faster than a translation


def _lines(text: str) -> list[str]:
    lines = _typed_lines(text)
    return [line.translate(_ETH) for line in lines] if _has_eth(text) else lines


def _typed_lines(text: str) -> list[str]:
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text)).replace("\r\n", "\n").replace("\r", "\n")
    return [s for s in (line.strip() for line in _SPACES.sub(" ", text).split("\n")) if s]


def _as_written(text: str, body: str) -> str:
    """The body with the page's own letters put back where it typed the eth for đ: the extractor reads "Ðắk Lắk" as
    "Đắk Lắk", the reader sees the page as it was. Each paragraph is looked up among the page's lines read the same
    way (one letter for one, so offsets stay); a paragraph the cleaning put together (a title of two lines) stays as
    read."""
    typed: dict[str, str] = {}
    for line in _typed_lines(text):
        if _has_eth(line):
            typed.setdefault(line.translate(_ETH), line)
    return "\n\n".join(typed.get(part, part) if "Đ" in part or "đ" in part else part for part in body.split("\n\n"))


def _split_dated_title(lines: list[str]) -> list[str]:
    """A head line ending in a labelled, time-stamped or bracketed date ("<title> Ngày đăng: 07/12/2016", "<title>
    23/02/2026 07:14", "<title> (02/07/2009)") as two lines: the title, the date."""
    for i, line in enumerate(lines[:SEARCH_LINES]):
        if not line.rstrip(" .)")[-1:].isdigit():
            continue
        m = _LABELLED_DATE_AT.search(line)
        if not (m and m.end() == len(line.rstrip(" ."))):
            m = _TRAILING_STAMP.search(line) or _PARENTHESISED_DATE.search(line.rstrip(" ."))
        if m and _is_title_like(line[:m.start()].rstrip()):
            return [*lines[:i], line[:m.start()].rstrip(), line[m.start():].strip(), *lines[i + 1:]]
    return lines


def _head(lines: list[str]) -> tuple[int | None, int, str | None]:
    """(index of the title, its number of lines, the dateline): an official document's type line ("BÁO CÁO") with
    the subject under it; else the title-like line nearest a dateline; else the first title-like line. A banner in
    capitals with a date in it ("CHÀO MỪNG … (30/4/1975 - 30/4/2024)") is no title."""
    head = lines[:SEARCH_LINES]
    datelines = [i for i, line in enumerate(head) if _is_dateline(line) and not _is_site_clock(head, i)]
    dateline_at = datelines[0] if datelines else None
    dateline = None if dateline_at is None else lines[dateline_at]
    typed = next((i for i, line in enumerate(lines[:HEAD_LINES - 1]) if _DOC_TYPE_LINE.match(line)), None)
    if typed is not None:
        return typed, 1 + _subject_lines(lines, typed + 1), dateline
    titles = [i for i, line in enumerate(head)
              if i not in datelines and _is_title_like(line) and not (line.isupper() and first_date(line))]
    if titles and not _is_paragraph(head[titles[0]]):  # a lead paragraph is no title when a headline stands first
        titles = [i for i in titles if not _is_paragraph(head[i])]
    pairs = [(abs(t - d), t > d, d, t) for d in datelines for t in titles if abs(t - d) <= DATELINE_REACH]
    if pairs:  # the title nearest a dateline; of two datelines (a site's clock above), the one nearer its title
        _, _, dateline_at, title_at = min(pairs)
        if title_at < dateline_at and title_at - 1 in titles and _SECTION_LINE.match(head[title_at]):
            title_at -= 1  # the page's section between the headline and the dateline
        return title_at, 1, lines[_shown_dateline(head, datelines, dateline_at, title_at)]
    if titles:  # a date far above every title is the site's clock in its header, not the article's date
        return titles[0], 1, dateline if dateline_at is None or dateline_at > titles[0] else None
    others = [i for i, line in enumerate(lines) if i != dateline_at and not _MOTTO.match(line)]
    return (others[0] if others else None), 1, dateline


_SECTION_LINE = re.compile(rf"^[{UPPER}][{LOWER}]*(?: [{LOWER}]+){{3}}$")
"""A page's section printed on a line of its own between the headline and the dateline: "Pháp luật hình sự" — four
words (the fewest a title has), no capital after the first letter, no digit nor punctuation."""


def _shown_dateline(head: list[str], datelines: list[int], dateline_at: int, title_at: int) -> int:
    """The dateline the page shows in place of a metadata stamp found nearer the title (`_MACHINE_STAMP`): the one
    nearest the title, below it first; the stamp when the page shows none."""
    if not _MACHINE_STAMP.match(head[dateline_at]):
        return dateline_at
    shown = [(abs(i - title_at), i < title_at, i) for i in datelines if not _MACHINE_STAMP.match(head[i])]
    return min(shown)[2] if shown else dateline_at


def _announces(line: str) -> bool:
    """A long sentence closed by a colon announces what follows ("… phê duyệt danh sách 43 xã … như sau:"): body text
    above a caption taken for the title, not a menu."""
    return len(line) > PARAGRAPH_CHARS and line.endswith(":")


def _is_paragraph(line: str) -> bool:
    """A lead's sentence: long and closed by a full stop ("Vừa qua, Ban chỉ đạo … xã Nga Liên."), not a headline."""
    return len(line) > PARAGRAPH_CHARS and line.endswith(".")


PARAGRAPH_CHARS = 80


def _subject_lines(lines: list[str], at: int) -> int:
    """Lines of an official document's subject under its type line: the first, and a short wrapped end of it."""
    n = 1
    while (at + n < len(lines) and n < 3 and len(lines[at + n]) <= SUBJECT_TAIL_CHARS
           and not lines[at + n - 1].endswith((".", ":", ";")) and not lines[at + n].endswith(".")
           and not _BODY_OPENER.match(lines[at + n])
           and not (lines[at + n].isupper() and not any(c.isdigit() for c in lines[at + n]))):
        n += 1
    return n


def _is_title_like(line: str) -> bool:
    if len(line) > MAX_TITLE_CHARS:  # before splitting a paragraph into words
        return False
    words = [word for word in line.split() if word.lstrip("“\"‘'")[:1].isalpha()]  # not "/ 27°C - 33°C", a weather box;
    # a quoted word is a word: "“Mắt thần” an ninh"
    if len(line) > MAX_TITLE_CHARS or len(words) < MIN_TITLE_WORDS or line.endswith(":"):
        return False
    return not (_MOTTO.match(line) or _SITE_LINE.search(line) or line.isupper() and line.startswith(_LETTERHEAD)
                or _HOTLINE.match(line))


_HOTLINE = re.compile(r"(?i)^(?:đường dây nóng|hotline)\s*:")
"""A site's hotline in its header ("Đường dây nóng: 0983449277 - 0913303903 …", the site's clock run on after it): no
title, as at the foot of a page it is no body (`_TRAILER_RE`)."""
_CONTACT_ITEM = re.compile(r"(?i)^(?:[•·*-]\s*)?(?:đường dây nóng|hotline|e-?mail)\s*:")
"""A line of a site's contact block, bulleted or not: "• Hotline: 0692324026", "• Email: news@…"."""
CONTACT_REACH = 3


def _is_site_clock(head: list[str], i: int) -> bool:
    """Whether the dated line i is the site's clock in its header: the site's contact block follows it within
    `CONTACT_REACH` lines ("Thứ Hai, 23/03/2026 00:26 GMT+7" over "• ANTV", "• Hotline: …", "• Email: …"), even under
    the headline; it dates the visit, not the article."""
    return any(_CONTACT_ITEM.match(line) for line in head[i + 1:i + 1 + CONTACT_REACH])


def _is_dateline(line: str) -> bool:
    if _LEADING_STAMP.match(line):
        return True
    line = _MASTHEAD_BEFORE_DATE.sub("", line)
    if len(line) > 90 or first_date(line) is None or _LEAD_OPENING.match(line) or _QUESTION_DATE.match(line):
        return False
    line = _COUNTER_BEFORE_DATE.sub("", line)
    line = _SECTION_AFTER_DATE.sub("", _AUTHOR_BEFORE_DATE.sub("", _SOURCE_BEFORE_DATE.sub("", line)))
    line = _POSTER_AFTER_DATE.sub("", line)
    if line[-1:].isalpha() and (author := _AUTHOR_AFTER_CLOCK.search(line)):
        line = line[:author.start()]
    line = _SECTION_BEFORE_STAMP.sub("", line)
    line = _WIDGET_AFTER_ZONE.sub("", _SECTION_GLUED_TO_WEEKDAY.sub("", line))
    return (bool(_ADMIN_DATELINE.match(line) or _ADMIN_DATE_AFTER_NUMBER.search(line) or _LABELLED_DATE.search(line))
            or len(_DATELINE_NOISE.sub("", line)) <= 6)


def _cut_trailer(lines: list[str], start: int) -> list[str]:
    """Lines up to the first trailer heading, copyright line or closing byline; in-article "Tin liên quan" boxes
    are dropped with their teaser titles. An official document's recipients and signature are skipped when an annex
    ("PHỤ LỤC", "DANH SÁCH") follows them: the annex is part of the document. Lines before start (header lines above
    the title) are kept as they are."""
    kept, body_chars, skipping, annex = [], 0, False, None
    lines = lines[:_tail_furniture(lines, start)]
    lines = lines[:_teaser_with_credit(lines, start)]
    lines = lines[:_teaser_cut_short(lines, start)]
    lines = lines[:_excerpts_at_end(lines, start)]
    teasers = _teaser_blocks(lines, start)
    for i, line in enumerate(lines):
        if i < start:
            kept.append(line)
            continue
        if i in teasers:
            continue
        if annex is not None and i < annex:
            continue
        if _TRAILER_RE.match(line):
            if not _RECIPIENTS.match(line):
                break
            annex = next((j for j in range(i + 1, len(lines)) if _ANNEX.match(lines[j])), None)
            if annex is None:
                break
            continue
        if body_chars >= MIN_BODY_BEFORE_BYLINE and (_MOTTO_BOX.match("\n".join(lines[i:i + 2]))
                                                     or _TITLE_WITH_CREDIT.match(line)):
            break
        if _INLINE_RE.match(line):
            skipping = True
            continue
        if skipping and _is_teaser_title(line):
            continue
        skipping = False
        if body_chars >= MIN_BODY_BEFORE_BYLINE and _closing_caps_byline(lines, i):
            break
        if body_chars >= MIN_BODY_BEFORE_BYLINE and _BYLINE_RE.match(line) and not _PHOTO_CREDIT.match(line):
            if not _continues(lines, i) and not _heads_story(lines, i) and not _lead_again(lines, i):
                break
        kept.append(line)
        body_chars += len(line)
        if body_chars >= MIN_BODY_BEFORE_BYLINE and search_from(_GLUED_BYLINE_RE, _GLUED_BYLINE_FAST, line) \
                and not _continues(lines, i) and not _PULL_QUOTE.match(line):
            break  # not the next sentence's first word wrapped: "… các tỉnh bạn. Tham" / "gia “Tổ an ninh …”"
    while len(kept) > start + 1 and (_PHOTO_FILE.match(kept[-1]) or _glued_links(kept[-1])
                                     or _MARKS_ONLY.fullmatch(kept[-1])):
        kept.pop()
    return kept


_MARKS_ONLY = re.compile(r"[^\w]+")
"""A line of marks only after the last paragraph (">>>", a link's arrows left without its title; "* * *"): no word,
no body."""
_CAPS_NAME = re.compile(rf"[{UPPER}]{{1,7}}(?: [{UPPER}]{{1,7}}){{1,3}}")


def _closing_caps_byline(lines: list[str], i: int) -> bool:
    """Whether line i is the author's name in capitals closing the article ("… giai đoạn 2006- 2016." / "THÁI BÌNH" /
    "ĐỒNG HÀNH CÙNG DOANH NGHIỆP"): two to four words, after which the page holds only short lines without a
    sentence's end (its sections, its tags), or nothing; a heading in capitals inside the article has body after it."""
    return _CAPS_NAME.fullmatch(lines[i]) is not None and all(_is_short_unpunctuated(line) for line in lines[i + 1:])


_PHOTO_FILE = re.compile(r"(?i)^(?:\S{1,60}(?: \S{1,60}){0,3}\.(?:jpe?g|png|gif|webp)(?:\s*\(\d[\d.,]*\s*[KM]B\))?"
                         r"|(?:DSCN?|DSC_|IMG|DJI|PANO)[_-]?\d{3,}(?:[_-]\d+)*)$")
"""A photo's file name on a line of its own, its size after it ("image001.jpg (307 KB)"), or a camera's file name
without its extension ("DSC01997", "IMG_5521"): after the last paragraph, photos printed without captions below the
article, no body (above a caption, inside the article, it stays). A file name is a few words at most: a caption's
sentence with the extension glued to it ("Công an xã hỗ trợ người dân sơ tán khỏi vùng ngập.jpg") is the caption,
body."""


_GLUED_JOIN = re.compile(rf"[{LOWER}][{UPPER}]")
GLUED_LINKS_JOINS = 3


def _glued_links(line: str) -> bool:
    """Whether the page's last line is a row of links or tags printed without spaces between them ("Than Nam MẫuCong
    Nghe MoThuc phamThan Hà LầmGiám sát khí mỏ…"): at least GLUED_LINKS_JOINS lower-case letters run on into a capital
    inside a word, and no sentence's end; site furniture, no body (a brand written so, "VinFast", is one join)."""
    return not line.rstrip().endswith((".", "!", "?", "…", "\"", "”", ")")) \
        and len(_GLUED_JOIN.findall(line)) >= GLUED_LINKS_JOINS


_CUT_WORD = re.compile(r"(?<![\w\d.,])(?<!\d )(?P<w>[^\W\d_]{1,3})$")
_VOWELS = frozenset("aeiouy")


def _teaser_cut_short(lines: list[str], start: int) -> int:
    """Where the page's last line begins when it is a related article's excerpt cut off inside a word ("… khiến người
    tham gia giao thông d"): its last word, in lower case and with no vowel, is no Vietnamese syllable (a unit after a
    number, "500 m", is kept); len(lines) otherwise, or when too little body stands before it."""
    if len(lines) - start < 2 or sum(map(len, lines[start:-1])) < MIN_BODY_BEFORE_BYLINE:
        return len(lines)
    m = _CUT_WORD.search(lines[-1])
    if not m or not m["w"].islower():
        return len(lines)
    plain = unicodedata.normalize("NFD", m["w"].replace("đ", "d"))
    return len(lines) - 1 if not _VOWELS.intersection(plain) else len(lines)


_EXCERPT_END = ("…", "...")
EXCERPT_CHARS = 110
_INITIALS_LINE = re.compile(rf"^[{UPPER}]{{2,4}}$")


def _excerpts_at_end(lines: list[str], start: int) -> int:
    """Where related articles' excerpts begin when the page ends on them: TEASER_BLOCK_LINES or more short lines, each
    a first sentence cut off by an ellipsis ("Sáng 27/11, UBND quận Ngô Quyền phối hợp với Công ty TNHH MTV Quản lý…"),
    the author's initials above them ("TG") going too; len(lines) otherwise, or when too little body stands before
    them. A paragraph of the article closing on an ellipsis ("… mỗi khi ốm đau hoặc gặp khó khăn…") is long."""
    i = len(lines)
    while i > start and lines[i - 1].endswith(_EXCERPT_END) and len(lines[i - 1]) <= EXCERPT_CHARS:
        i -= 1
    if len(lines) - i < TEASER_BLOCK_LINES or sum(map(len, lines[start:i])) < MIN_BODY_BEFORE_BYLINE:
        return len(lines)
    return i - 1 if i - 1 > start and _INITIALS_LINE.match(lines[i - 1]) else i


def _teaser_with_credit(lines: list[str], start: int) -> int:
    """Where a related article's teaser begins: a later line opening on the same site credit as the lead ("VTV.vn -
    Sau nhiều năm …" after the lead's "VTV.vn - Tỉnh Phú Yên …"), with its title on the line above; len(lines) when
    there is none. A site credits only its lead so: a second one is another article's, but the lead itself printed
    again (the page's title and lead repeated above the story: "An ninh dòng họ …" / "(ANTĐ) - An ninh trật tự …"
    twice) is the same article's."""
    credit, lead, body_chars = None, None, 0
    for i in range(start, len(lines)):
        m = _SITE_CREDIT.match(lines[i])
        if m and credit is None:
            credit, lead = m["credit"], lines[i]
        elif m and body_chars >= MIN_BODY_BEFORE_BYLINE and m["credit"] == credit and lines[i] != lead:
            return i - 1 if i - 1 > start and _is_teaser_title(lines[i - 1]) else i
        body_chars += len(lines[i])
    return len(lines)


def _teaser_blocks(lines: list[str], start: int) -> set[int]:
    """The lines of each run of at least TEASER_BLOCK_LINES related-article titles standing inside the body without a
    "Tin liên quan" heading: sentence-long lines without closing punctuation, after the lead and before more body
    ("Mặt trận Tổ quốc huyện Cai Lậy huy động tốt nguồn lực …" / "Bình Thuận: Lan tỏa yêu thương, …" / …). A subheading
    or two, and a list of items ("- Mô hình …"), stay; so does a photo's caption printed twice over a subheading
    ("Lực lượng công an 2 xã … tuyên truyền …" twice, then "Giữ bình yên nơi …"): titles of related articles differ, a
    run counts its distinct lines."""
    found: set[int] = set()
    body_chars, i = 0, start
    while i < len(lines):
        j = i
        while j < len(lines) and _is_inline_teaser(lines[j]):
            j += 1
        if len(set(lines[i:j])) >= TEASER_BLOCK_LINES and body_chars >= MIN_BODY_BEFORE_BYLINE and j < len(lines):
            found.update(range(i, j))
        body_chars += sum(len(line) for line in lines[i:max(j, i + 1)])
        i = max(j, i + 1)
    return found


TEASER_BLOCK_LINES, TEASER_MIN_WORDS = 3, 6
_LIST_MARKER = re.compile(r"^(?:[-+•*–—]|\d+[.)/]|[a-zđ][.)]|[IVX]+\.)")


def _is_inline_teaser(line: str) -> bool:
    return (_is_teaser_title(line) and len(line.split()) >= TEASER_MIN_WORDS and line[:1].isupper()
            and not _LIST_MARKER.match(line) and not _INNER_SENTENCE_END.search(line))


_INNER_SENTENCE_END = re.compile(r"[.!?…]\s+\S")
"""A title is one phrase: a line with a sentence closed inside it is a photo's caption ("Công an xã Trung Thành đến
tuyên truyền. Ảnh minh họa") or body."""


def _tail_furniture(lines: list[str], start: int) -> int:
    """Where the page's closing furniture begins: a run of at least TAIL_BLOCK_LINES short lines without a sentence's
    closing punctuation that ends the page (a logo, then tags: "S Việt Nam / Tây Ninh / Xã hội / Xem thêm");
    len(lines) when there is none. One or two short lines at the end are kept: a page cut short may end on a
    subheading ("Đặt vấn đề")."""
    end = len(lines)
    while end > start + 1 and _is_short_unpunctuated(lines[end - 1]):
        end -= 1
    return end if len(lines) - end >= TAIL_BLOCK_LINES else len(lines)


def _is_short_unpunctuated(line: str) -> bool:
    return len(line) <= TAIL_FURNITURE_CHARS and not line.endswith((".", "!", "?", "…", ":", ";", "\"", "”", ")"))


def _continues(lines: list[str], i: int) -> bool:
    """Whether the sentence runs on past line i: a name cut out of its sentence on a line of its own ("Tại Ngày hội,
    đồng chí / Lương Văn Huy / , Ủy viên Ban Thường vụ …") is no byline."""
    after = next((line for line in lines[i + 1:] if line.strip()), "").lstrip()
    return after[:1] in (",", ";") or after[:1].islower()


_CLOCK_LINE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")


def _heads_story(lines: list[str], i: int) -> bool:
    """Whether the name on line i is the author's line under the page's date or clock, above the story's first
    paragraph ("16/09/2025" / "00:00" / "Nữ Miền Bắc" / "Đầu tháng 9, chúng tôi …"), when the lead printed above
    the date already counts as body: the article has begun, not ended."""
    above = lines[i - 1] if i else ""
    after = lines[i + 1] if i + 1 < len(lines) else ""
    return bool(_CLOCK_LINE.match(above) or _is_dateline(above)) and len(after) > PARAGRAPH_CHARS


LEAD_AGAIN_REACH = 3
"""How many lines under a byline are looked at for the lead printed again."""


def _lead_again(lines: list[str], i: int) -> bool:
    """Whether a paragraph above the byline on line i is printed again just under it (the sapo, "Bài, ảnh: TUYẾT
    HIỀN", a photo's caption, the sapo again, then the story): the page repeats its lead where the story begins."""
    above = {line for line in lines[:i] if len(line) > PARAGRAPH_CHARS}
    return any(line in above for line in lines[i + 1:i + 1 + LEAD_AGAIN_REACH])


def _is_teaser_title(line: str) -> bool:
    """A related-article title: short and without a sentence's closing punctuation."""
    return len(line) < 180 and not line.endswith((".", "!", "?", ":", ";", "…"))
