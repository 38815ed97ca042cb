"""Named grassroots models (mô hình): quoted names after a cue, capitalised model phrases, known model families."""
from __future__ import annotations

import functools
import itertools
import json
import re
from pathlib import Path

from .spans import (CAP_WORD, LOWER, UPPER, Mask, distinct, fold_same_length, is_sentence_start, matches_at,
                    sentence_bounds, starts_word)

_DATA = json.loads((Path(__file__).parent / "data" / "initiatives.json").read_text(encoding="utf-8"))


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _initials(*lists: list[str]) -> str:
    """A lookahead for the first two letters of these words: it spares trying every word where none can start."""
    words = [w for group in lists for w in group]
    if not all(words):
        return ""
    seconds: dict[str, set[str]] = {}
    for w in words:
        seconds.setdefault(w[0], set()).add(w[1:2])
    return "(?=" + "|".join(re.escape(first) + ("" if "" in after else f"[{''.join(map(re.escape, sorted(after)))}]")
                            for first, after in sorted(seconds.items())) + ")"


def _occurrences(body: str, words) -> list[int]:
    """Where each of these words occurs in body, ascending (overlaps included): where a pattern opening with one of
    them can start, for matches_at."""
    found = set()
    for word in words:
        at = body.find(word)
        while at >= 0:
            found.add(at)
            at = body.find(word, at + 1)
    return sorted(found)


def _model_word_starts(body: str) -> list[int]:
    """Where a pattern opening with "[Mm]ô hình" can start: one letter before "ô hình"."""
    return [at - 1 for at in _occurrences(body, (MODEL_WORD,)) if at]


_CUE_INITIALS = _initials(_DATA["movement"], _DATA["cues"], _DATA["group_cues"], _DATA["marked_cues"], _DATA["not_cues"])
_CUE_RE = re.compile(rf"(?<!\w){_CUE_INITIALS}"
                     rf"(?:(?P<movement>{_alternation(_DATA['movement'])})"
                     rf"|(?P<good>{_alternation(_DATA['cues'])})|(?P<group>{_alternation(_DATA['group_cues'])})"
                     rf"|(?P<marked>{_alternation(_DATA['marked_cues'])})"
                     rf"|(?P<bad>{_alternation(_DATA['not_cues'])}))(?!\w)", re.IGNORECASE)
_CUE_FALSE_FRIENDS_RE = re.compile(rf"(?<!\w)(?:{_alternation(_DATA['cue_false_friends'])})(?!\w)", re.IGNORECASE)
"""Phrases that hold a cue's words without being one: "phát huy hiệu quả" holds no badge ("huy hiệu")."""
_PLACE_WORDS = r"(?:làng|thôn|ấp|bản|buôn|bon|plei|sóc|khóm|xóm|khu phố|tổ dân phố|xã|phường|thị trấn|quận|thị xã|thành phố|huyện|tỉnh)"
_QUOTE_RE = re.compile(rf"[“\"«„][ \t]*(?P<q>[^“”\"«»„\n]{{2,150}}?|[{UPPER}][^“”\"«»„\n;,]{{150,210}}?)"
                       rf"[ \t]*(?:[”»]|\"(?!\w)"
                       rf"|(?=(?:[ \t]*\([^()\n]{{1,60}}\))?(?:[ \t]+(?:tại|ở)[ \t]+{_PLACE_WORDS}[ \t]+[{UPPER}]"
                       r"[^,;.“”\"()\n]{0,40})?[ \t]*;[ \t]*[“\"]))")
"""A quoted phrase (a straight quote with a word right after it opens one: 'nói: "… mô hình "Mái trường an toàn"
…'); one left open before the next item of its list ends before its owner or place: “X (AN-TT) tại
phường A; “Y” tại phường B. A quote longer than 150 characters is a name only when it opens on a capital and holds no
semicolon nor comma (a saying quoted at length has them): “Đưa đảng viên đội công tác địa bàn tham gia sinh hoạt tại
các chi bộ thôn (làng) và kết nghĩa giúp các hộ gia đình khó khăn trên biên giới vươn lên thoát nghèo” (round 72,
149-12), not a resolution's title of many clauses."""
_UNCLOSED_RE = re.compile(r"[“\"«„][ \t]*(?P<q>[^“”\"«»„\n]{2,150}?)[ \t]*(?=\.[ \t]|\.?\n|\.?$)")
"""A quote left open to the end of its sentence, in a caption or a title: “Tổ tự quản đường biên, mốc giới và an
ninh, trật tự xóm ấp. Ảnh: …"""
_SEPARATOR_RE = re.compile(rf"\s*(?:\([^()\n]{{1,60}}\))?\s*"
                           rf"(?:(?:tại|ở|của)\s+{_PLACE_WORDS}\s+[{UPPER}][^,;.“”\"()\n]{{0,40}}"
                           rf"(?:,\s*{_PLACE_WORDS}\s+[{UPPER}][^,;.“”\"()\n]{{0,40}}(?=;))?)?"
                           rf"(?:\s+(?:do|của)\s+[{UPPER}][^,;.“”\"()\n]{{0,50}}(?=;))?"
                           r"\s*(?:[,;]\s*(?:và|hoặc|hay)?|và|hoặc|hay|cùng|(?:cho\s+)?đến)?\s*(?:(?:mô hình|sáng kiến)\s*)?",
                           re.IGNORECASE)
"""Between quotes of one list: "“X”, “Y” và “Z”", "từ “X” cho đến “Y”", past the owner or the place of each: "“X”
(Công an phường A), “Y” (Công an xã B)", "“X” tại phường A; “Y” của phường B", "“X” tại thôn A, xã B; “Y”", "“X” do Mặt trận Tổ quốc triển khai;
“Y” của Đoàn thanh niên"."""
_LIST_CUE_RE = re.compile(rf"[Mm]ô hình[ \t]*(?:chỉ đạo[ \t]+điểm[ \t]+)?"
                          rf"(?:(?:như|là|gồm|mang tên|có tên)[ \t]*)?:?[ \t]*(?=[{UPPER}])"
                          rf"|(?P<clause>[Mm]ô hình[ \t][^.;:\n“”\"]{{1,60}}?[ \t](?:như|gồm)[ \t]*:[ \t]*)"
                          rf"(?=[{UPPER}])"
                          rf"|(?P<club>CLB|Câu lạc bộ)[ \t]+(?=[{UPPER}])")
"""Names listed right after "mô hình" (or a pilot one, "mô hình chỉ đạo điểm", round 70), after "mô hình … như:" ("17
mô hình về ANTT hoạt động hiệu quả như: …"), and clubs named after "CLB" ("CLB Nữ tiểu thương, Nữ chủ nhà trọ")."""
_SEMICOLON_LIST_CUE_RE = re.compile(r"(?:\d+|[Cc]ác|[Nn]hững|[Mm]ột số|[Nn]hiều)[ \t]+mô hình"
                                    r"(?:[ \t,][^.;:\n“”\"]{1,60}?[ \t](?:như|gồm|là)"
                                    r"|,[^.;:\n]{1,80}?[”\"](?:[ \t]+(?:như|gồm))?)?[ \t]*:[ \t]*")
_SUBJECT_LIST_CUE_RE = re.compile(r"[Mm]ô hình[ \t][^.;:\n“”\"]{1,160}?[ \t,](?:như|gồm)[ \t]*:[ \t]*")
_CLAUSE_OPENS = re.compile(r"(?:^|\n|[.!?,] )$")
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|những|một số|nhiều)[ \t]+$")
"""A subject list cue may speak of many models, however long what it says of them: "Thông qua các mô hình ANTT về
phong trào toàn dân bảo vệ ANTQ được xây dựng, củng cố và hoạt động có hiệu quả đã được nhân rộng, như: nhà trọ tự
quản; tổ xe ôm tự quản về ANTT; tổ liên kết ANTT; …"."""
_DEPLOYED = re.compile(r"\b(?:triển khai|thực hiện|xây dựng|nhân rộng|duy trì|thành lập|ra mắt)\b")
_PARTS = re.compile(r"\b(?:có(?![ \t]+hiệu quả)|tiêu chí|tiêu chuẩn|nhiệm vụ|thành phần|thành viên|nội dung|yêu cầu|giải pháp|biện pháp"
                    r"|phương châm|cách thức)\b")
"""The models themselves are listed after a clause that deploys them ("Mô hình triển khai … gồm:"), not what one
model has ("Mô hình có các thành phần gồm: …", "mô hình có nhiệm vụ gồm: …", "… theo các tiêu chí gồm: …")."""
_OWNER_AGENCIES = "Công an|Phòng|Hội|Đoàn|Ban|UBND|Ủy ban|Uỷ ban|Mặt trận|MTTQ|Chi hội|Chi đoàn|Đồn|Đội|Trường"
"""An item of a list ends before the agency that runs it, to the item's end: "… camera an ninh của Công an TP. Thái
Nguyên", "… của Phòng Cảnh sát phòng, chống tội phạm về môi trường (Công an tỉnh)"; one "tại cộng đồng" names where
the model works ("quản lý … đối tượng nghiện ma tuý tại cộng đồng ở Đại Từ" ends before "ở Đại Từ")."""
_TOWN_DOT = rf"(?<=TP|Tp|TX|Tx)\.(?=[ \t][{UPPER}])"
"""The dot of an abbreviated town ("TP. Thái Nguyên", "TX. Sơn Tây") ends no sentence."""
_SEMICOLON_LIST_ITEM = re.compile(rf"(?:[^;.…\n]|{_TOWN_DOT}){{2,240}}?"
                                  rf"(?=[ \t]*(?:;|(?!{_TOWN_DOT})\.|…|\n|$))")
_ITEM_PLACE_CUT = re.compile(rf"[ \t,]+(?:(?P<at>tại|giữa[ \t]+(?:các|những))[ \t](?!(?:cộng đồng|gia đình|chỗ)(?!\w))"
                             rf"|(?:ở[ \t])?{_PLACE_WORDS}[ \t][{UPPER}\d]|ở[ \t](?=[{UPPER}])"
                             rf"|(?P<of>của[ \t](?:{_OWNER_AGENCIES})(?!\w)))")
_PLACE_RUN = re.compile(rf"(?:[ \t,]+(?:tại|ở|và|(?i:{_PLACE_WORDS})(?!\w)|[{UPPER}\d][^\s,]*))+")
"""The place an item of a list runs at, to the item's end: "… tại Trường tiểu học xã Đak Djrăng", "… làng Chrơng 2,
xã Đak Taley và làng Đê Gơl, xã Đak Djrăng", its place word capitalised or not ("… ở Thị trấn Vũng Liêm, xã Tân An
Luông và xã Trung An", round 73) (not "… ở xã Tân Mỹ tham gia giữ gìn an ninh trật tự")."""
_SEMICOLON = re.compile(r"[ \t]*;[ \t]*")
_PLURAL_ITEM = re.compile(r"(?:(?:và|cùng)[ \t]+)?(?:các|những|nhiều)[ \t]", re.IGNORECASE)
"""An item that speaks of many ("và các nhóm nòng cốt của Hội phụ nữ về …") is a kind, not a name."""
MIN_SEMICOLON_ITEMS, MAX_LISTED_WORDS = 3, 24
"""A list of models separated by semicolons after "N mô hình … gồm:" (not "các tiêu chí của mô hình như: …"): each
item names a model in any case, up to the place where it runs; so does a list after a count of models and a quoted
campaign they belong to ("6 mô hình, điển hình tiên tiến trong phong trào “Toàn dân bảo vệ ANTQ”: …", "… “Toàn dân
bảo vệ an ninh Tổ quốc” như: …"), and one after "mô hình" opening its clause, however long what it says of them ("Mô
hình triển khai … căn cứ vào tình hình thực tế của địa phương (hoàn thành trước ngày 15/12/2023), gồm: …") ("… gồm: Mô hình cổng làng an ninh trật tự tại làng Hrăk,
xã Đak Djrăng; cổng làng bình yên làng Chrơng 2, …; con đường an toàn xã Đak Djrăng; …")."""
_NEXT_SEMICOLON_ITEM_RE = re.compile(r"[^;.\n]*?;[ \t]*(?:mô hình[ \t]+)?(?=\w)")
"""After semicolons, the next item opens in any case, past the rest of this one: "…: Camera an ninh trên các trục
đường chính; ánh sáng an ninh trật tự có chiều dài gần 100 km; …"; one in lower case is a name with a marker."""
_NEXT_ITEM_RE = re.compile(rf"[ \t]*(?:[,;][ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)(?=[{UPPER}])")
_SEMICOLON_ITEM = re.compile(r"[^;.,\n…“”\"]{2,150}?(?=[ \t]*(?:;|\.\.\.|…))")
_LOWER_SEMICOLON_ITEM = re.compile(rf"[^;.,\n…“”\"][^;.\n…“”\"{UPPER}]{{1,150}}?(?=[ \t]*(?:;|\.\.\.|…))")
"""An item in lower case past its first letter runs over its commas, to the semicolon: "…: Tổ nhân dân tự quản;
Quản lý, giáo dục, giúp đỡ người nghiện ma túy tại cộng đồng; …" (not "CLB 5 không, 3 sạch, CLB phòng, chống …",
nor "tiếng kẻng an ninh làng Đê Kijêng, xã Ayun", nor "đèn an ninh có chiều dài 20 km, lắp 300 bóng")."""
_LOCATION_CUT = re.compile(r"[ \t]+(?:tại|ở|trên|dọc|khắp)[ \t]+(?:các|những|mọi|toàn|khắp)[ \t]")
"""Where an item runs, over many places, ends its name: "Camera an ninh trên các trục đường chính"."""
"""An item of a list separated by semicolons is the whole item: "Tổ tự quản về ANTT tại khu dân cư; Đổi vũ khí …"."""
_DESCRIBED_RUN = re.compile(rf"[^.;:,\n…“”\"!?()\d{UPPER}]+(?:,[ \t]+[^.;:,\n…“”\"!?()\d{UPPER}]+)*(?=[ \t]*(?:[.;…\n]|$))")
_ACTION_STOPS = ("lắp", "giúp", "tạo")
"""A model named by what it does, capitalised after "mô hình" with no head, runs to the end of its sentence in lower
case, over an action verb: "mô hình Vận động nhân dân lắp đặt camera giám sát an ninh trật tự." (not "mô hình Dân vận
khéo được nhân rộng …")."""
_LOWER_LIST_CUE_RE = re.compile(rf"[Mm]ô hình(?:[ \t]+điểm|,[ \t]*phong trào(?=[ \t]+(?:như|gồm)))?[ \t]+(?:(?:như|là|gồm)[ \t]*:?[ \t]*)?(?=[{LOWER}])")
_NEXT_LOWER_ITEM_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)(?:\d+[ \t]+)?(?=\w)")
"""The next item of a lower-case list, counted or not: "28 mô hình tổ dân phố …, và 22 tuyến đường …"; a name in
capitals may sit among them ("camera an ninh, Zalo an ninh, tổ liên kết …")."""
_PURPOSE_VERBS = ("đảm bảo", "bảo đảm", "giữ gìn", "giữ vững", "nâng cao")
_PURPOSE_GAP = re.compile(rf"[ \t]+(?:{'|'.join(_PURPOSE_VERBS)})[ \t]+(?:ANTT|an ninh,?[ \t]+trật tự|an ninh)[ \t]*")
"""A model's purpose between its cue and its quoted name keeps them close: mô hình bảo đảm ANTT “đèn ngoài ngõ, …”."""
_COUNTED_GROUP_RE = re.compile(rf"(?:\d+|tham gia)[ \t]+(?P<group>{_alternation(_DATA['group_cues'])})[ \t]+"
                               rf"(?=[{LOWER}]|(?:ANTT|ANTQ|TTATGT|ATGT)[ \t]+[{LOWER}])")
"""A group counted or joined in lower case, named by the words after it: "91 tổ tự quản đường biên, cột mốc",
"tham gia tổ tự quản khu nhà trọ", or by self-management that its group word lacks ("268 tổ liên gia tự quản") (not
"các tổ tự quản hoạt động", "tổ tự quản thôn Nà Pàn", "990 tổ tự quản về ANTT"); the domain may be abbreviated before
lower-case words: "16 tổ tự quản ANTT thôn (bản)" (round 45)."""
_NOT_OBJECT_HEADS = frozenset({"tổ", "đội", "nhóm", "hộ", "câu lạc bộ", "clb", "khu phố", "tổ dân phố", "ấp", "thôn", "xóm",
                               "bản", "khu dân cư", "liên gia", "dân phòng", "phum sóc", "dòng họ", "tộc họ"})
_OBJECT_HEADS = [h.lower() for h in _DATA["heads"]
                 if h not in _DATA["heads_capitalised_only"] and h.lower() not in _NOT_OBJECT_HEADS]
_BOARDING_ROWS = ("xóm trọ", "dãy trọ", "khu trọ")
_OBJECT_GROUP_RE = re.compile(rf"(?:{_alternation(_DATA['group_cues'])})[ \t]+"
                              rf"(?:{_alternation(_OBJECT_HEADS + list(_BOARDING_ROWS))})(?=[ \t,.;]|$)")
"""A group in lower case named by the thing it keeps, a model head that is no place nor group, before the place it
keeps it at ("tổ tự quản bến đò xã Vân Đức"), not by its place ("tổ tự quản thôn Nà Pàn", "tổ tự quản khu dân cư"), nor
in passing, with no place (a related-news line "Hiệu quả tổ tự quản khu nhà trọ công nhân"). A row of rented rooms
("xóm trọ", "dãy trọ", "khu trọ") is such a thing, a "khu nhà trọ" in other words, not a place though it opens with a
place word: "tổ tự quản xóm trọ thôn Song Khê 2" (round 86, 206-07; the corpus annotates "tổ tự quản khu nhà trọ"
before a place each time: 06-01, 08-04, 124-01, 187-08)."""
_SAFE_ABOUT_ORDER_RE = re.compile(rf"(?<=xây dựng )[{UPPER}]\w*(?:[ \t][\w-]+){{0,8}}?[ \t]an toàn về[ \t]"
                                  rf"(?:an ninh,?[ \t]trật tự|ANTT|AN-TT)(?!\w)")
"""A unit or place built, capitalised, to be safe about security and order is a model of its own: "xây dựng Khu công
nghiệp Đại An an toàn về an ninh trật tự" (not "xây dựng Khu dân cư thật sự đảm bảo an toàn về …", whose name a stop
word ends, nor an event or a city kept safe: "Lễ hội Đền Hùng an toàn về ANTT", "giúp Thủ đô Hà Nội an toàn về …")."""
SAFE_ABOUT = " an toàn về "
"""Searched first: most documents have none."""
_COUNTED_BARE_GROUP_RE = re.compile(rf"(?<=\d[ \t])(?P<group>tổ|nhóm)[ \t]+(?=[{LOWER}]|[{UPPER}]{{2,4}}[ \t]+[{LOWER}])")
_EXEMPLARY_GROUP_RE = re.compile(rf"{_initials(_DATA['group_cues'])}(?:{_alternation(_DATA['group_cues'])})[ \t]+"
                                 rf"(?:kiểu[ \t]+)?mẫu(?!\w)", re.IGNORECASE)
"""A group made an example is a model of its own, in any case: "ra mắt tổ hòa giải mẫu" (a tally of them is none: "4
tổ tự quản kiểu mẫu với 100 thành viên")."""
_SELF_MANAGED = re.compile(r"\btự (?:quản|phòng|bảo vệ)\b")
"""A self-managed group counted by its bare word, named by the words after it when they say more than the domain:
"163 tổ nhân dân tự quản", its members abbreviated too: "Ra mắt 6 tổ CN tự quản" (round 50) (not "990 tổ tự quản về
ANTT", "6 tổ ANTT tự quản", nor a task force: "5 tổ thanh niên xung kích hỗ trợ …")."""
_LOWER_CLUB_RE = re.compile(r"(?:[Cc]âu lạc bộ|CLB)[ \t]+")
"""A club named in lower case by a model head: "họp câu lạc bộ nhà trọ", "câu lạc bộ xe ôm tự quản về ANTT"."""
_SEMICOLON_BEFORE = re.compile(r";[ \t]*$")


def _deployed_item(body: str, pos: int) -> bool:
    """Whether pos opens an item, after a semicolon, of what the sentence builds: "xây dựng và nhân rộng các tổ tự
    quản; CLB nông dân với pháp luật; CLB phòng chống tội phạm và tệ nạn xã hội; …" (round 53; not a club in passing:
    "CLB thường họp mặt; câu lạc bộ phòng chống tội phạm; …")."""
    return (bool(_SEMICOLON_BEFORE.search(body, max(0, pos - 3), pos))
            and bool(_DEPLOYED.search(body, max(body.rfind(".", 0, pos), body.rfind("\n", 0, pos)) + 1, pos)))
_COUNTED_BEFORE = re.compile(r"(?:\d|\b(?:các|những))[ \t]+$")
_AGAINST = re.compile(r"(?:(?:nông dân|phụ nữ|thanh niên|cựu chiến binh)[ \t]+)?phòng(?:,?[ \t]+|[ \t]*-[ \t]*)chống[ \t]+")
"""Clubs counted against an evil are a model: "các CLB phòng, chống tội phạm", "22 CLB phòng, chống TNXH từ gia
đình" (not one club in passing: "câu lạc bộ phòng chống tội phạm"); so are those of a people, or with a hyphen: "các
câu lạc bộ nông dân phòng, chống tội phạm", "4 câu lạc bộ phòng-chống ma túy" (round 46)."""
_POLICE_UNIT = re.compile(r"(?<!\w)Công an(?!\w)")
"""A capitalised group of the police is a unit of it, not a model: "Tổ tuần tra Công an phường Nhiêu Lộc"."""
_LIST_FOLLOWS = re.compile(rf"[ \t]*(?:(?:hiệu quả|điển hình|tiêu biểu)[ \t]*)?,?[ \t]*(?:như|gồm)(?:[ \t]*:)?[ \t]+(?=[{UPPER}])")
"""An unquoted phrase right before "như"/"gồm" and a list is the kind the list names ("nhiều mô hình câu lạc bộ (CLB)
người dân phòng, chống tội phạm hiệu quả như CLB Honda xe khách, …"), not a model."""
_FORCE_BEFORE = re.compile(r"(?<!\w)(?:lực lượng|chiến sĩ|chiến sỹ|cán bộ|CBCS)[ \t]+$", re.IGNORECASE)
"""A head after "lực lượng" names the force: "cùng với lực lượng Công an cơ sở đảm bảo tốt ANTT"; after one of its
officers, the unit they serve in: "Chiến sỹ Đội An ninh kiểm tra …", "một cán bộ Công an chính quy làm nhiệm vụ đảm
bảo an ninh, trật tự" (round 79; none of 132 such heads in the corpus is annotated as a model)."""
_GRASSROOTS_FORCE = re.compile(r"(?:an ninh,?[ \t]+trật tự|ANTT)(?:[ \t]*\([A-Z]{2,6}\))?[ \t]+ở[ \t]+cơ sở(?!\w)")
"""A team for security and order "ở cơ sở" is the grassroots force the law sets up, no model: "các Tổ an ninh trật tự
ở cơ sở ứng trực, tuần tra", "Tổ bảo vệ tham gia bảo vệ an ninh trật tự (ANTT) ở cơ sở" (round 79; a mediation team
"ở cơ sở" stays one: "Tổ hòa giải ở cơ sở")."""
_AGENCY_OWNER = re.compile(rf"(?<!\w)[{UPPER}]\w*[ \t]+$")
""""Công an" after a capitalised word, or followed by one, is a force: "Bộ Công an về …", "Công an xứ Dừa vì bình
yên", "Công an An Giang quyết giữ vững an ninh" (a title), not a model ("Công an xã điển hình, kiểu mẫu về ANTT")."""
_GROUP_WORD_RE = re.compile(rf"(?:{_alternation(_DATA['group_cues'])})(?!\w)")
MIN_GROUP_WORDS = 3
"""Words after the group word that make a counted group a name ("5 tổ tuần tra lưu động", "10 tổ tự quản tiêu
biểu" are none)."""
_GROUP_LIST_CUE_RE = re.compile(rf"{_initials(_DATA['group_cues'])}(?:{_alternation(_DATA['group_cues'])})"
                                rf"(?:[ \t]+[{LOWER}]+){{0,4}}[ \t]+(?:như|gồm)"
                                rf"[ \t]*:[ \t]*", re.IGNORECASE)
_NEXT_ANY_ITEM_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)")
_ANY_HEAD_RE = re.compile(rf"(?:{_alternation([h.lower() for h in _DATA['heads']])})(?=[\s,]|$)")
_LOWER_HEADS = [h.lower() for h in _DATA["heads"] if h not in _DATA["heads_capitalised_only"]]
_LOWER_HEAD_RE = re.compile(rf"(?:{_alternation(_LOWER_HEADS)})(?=[\s,]|$)")
_HEAD_RE = re.compile(rf"(?:{_alternation(_DATA['heads'])})(?=[\s,])")
_PLACE_AFTER = re.compile(rf"(?:làng|thôn|ấp|bản|buôn|bon|plei|sóc|khóm|xóm|khu phố|tổ dân phố|xã|phường|thị trấn|quận|thị xã|thành phố|huyện|tỉnh)"
                          rf" [{UPPER}\d]")
"""A place named, or numbered, after a model's name ends it: "Tổ tự quản đường biên, cột mốc thôn Nà Pàn", "Tổ tuần tra
nhân dân tổ dân phố 7"."""
_INSTITUTION_AFTER = re.compile(rf"(?:KTX|[Kk]ý túc xá|[Tt]rường[ \t]+(?:THPT|THCS|TH|PTDTBT|PTDTNT|PTDT|[Tt]iểu học|[Mm]ầm non"
                                rf"|[Đđ]ại học|[Cc]ao đẳng|[Tt]rung học(?:[ \t]+(?:cơ sở|phổ thông))?))[ \t]+[{UPPER}\d]")
"""A school or a dormitory named after a model's name is where the group works, as a place is, and ends the name:
"Đội tự quản sinh viên KTX Trường Bia" names "Đội tự quản sinh viên" (round 63, 123-07), "Tổ An ninh trường THPT Đại
Từ" names "Tổ An ninh", a short mention of the text's "Tổ An ninh trường học" (123-09); a school word in lower case
with no name after it stays in the name ("Tổ An ninh trường học", "Cổng trường an toàn giao thông")."""
_NUMBERED_PLACE_WORD = re.compile(rf"[ \t]+(?:{_PLACE_WORDS}|khu|tổ|số)$")
"""A place word left at a name's end when its number was cut off ("Tổ hòa giải khu | 4"), or "số" ("Tổ liên gia số | 4":
the numbered group of a place, no model)."""
_UNIT_AT_END = re.compile(rf",?[ \t]+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)[ \t]+[{UPPER}][^,]*$")
_OTHER_NAME_RE = re.compile(r"(?<!\w)[Mm]ô hình(?:[ \t]+(?:này|đó))?[ \t]+(?:còn[ \t]+|hay[ \t]+|được[ \t]+)*"
                            r"(?:có tên(?:[ \t]+gọi)?|gọi|mang tên)[ \t]+là[ \t]+[“\"]?")
_ONE_OF_A_KIND = re.compile(r"một trong (?:số )?(?:những|các) (?:mô hình|sáng kiến)[ \t]+$", re.IGNORECASE)
_JOINED_TEAM = re.compile(r"(?<!\w)tham gia(?:[ \t]+tích cực)?(?:[ \t]+(?:các|những|vào))?[ \t]+"
                          rf"(?:Tổ[ \t][^.;:,\n“”\"]{{2,40}},[ \t]+)*$")
"""Unquoted teams that people join ("12.500 người cao tuổi tham gia Tổ hòa giải", "phân công hội viên tham gia tích
cực các Tổ hòa giải, Tổ tự quản, Tổ An ninh nhân dân", 120-19, 120-20) are the kinds of team they sit in, not models
named (round 60)."""
"""An unquoted name after "one of the models" is their kind, the subject being the model: "Mô hình “X” là một trong
những mô hình dân vận khéo"."""
_QUOTES = re.compile(r"[“”\"«»„]")
_HEAD_BEFORE_QUOTE = re.compile(
    rf"(?:[Cc]âu lạc bộ|CLB|(?:{_alternation([c[:1].upper() + c[1:] for c in _DATA['group_cues']])})"
    rf"(?: [{LOWER}]+){{0,2}})"
    rf"[ \t]*[“\"«„]\s*$")
"""A club's or a group's name is its quoted part with the words before it: Câu lạc bộ “Thanh niên với pháp luật”,
Tổ tự quản “3 trong 1” (a counted group in lower case, "924 tổ tuần tra “Dân cử, dân nuôi”", is named by the quote)."""
LOWER_CLUB = "câu lạc bộ"
"""The club word in lower case before a quote that carries a marker of its own is the kind, not part of the name: câu
lạc bộ “Phụ nữ với pháp luật” is "Phụ nữ với pháp luật" (a club's quote with no marker keeps it: câu lạc bộ “Đồng cảm”
is "Câu lạc bộ Đồng cảm"; so does a capitalised club word: Câu lạc bộ “Gia đình hạnh phúc”)."""
_BARE_GROUP = r"(?:Tổ|Nhóm|Đội|Hộ)"
_BARE_GROUP_BEFORE_QUOTE = re.compile(rf"(?<!\w)(?P<head>{_BARE_GROUP})[ \t]*(?:[“\"«„]\s*)?$", re.IGNORECASE)
"""A group word alone before a quote names the group by it ("các tổ “Tự quản đường biên mốc giới”"), with the word
when it is capitalised and the quote opens with no head of its own: mô hình Tổ “Tự phòng, tự quản, tự bảo vệ” is "Tổ
Tự phòng, tự quản, tự bảo vệ", Nhóm “Zalo an ninh” is "Zalo an ninh"."""
_HEAD_BEFORE_SLOGAN = re.compile(rf"(?:{_alternation(_DATA['heads'] + _LOWER_HEADS)})[ \t]*[“\"«„]\s*$")
"""A numbered slogan in quotes is named with the head before it: dòng họ “3 quản” is "Dòng họ 3 quản"."""
_SLOGAN_NUMBER = r"(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
_SLOGAN_WORD = r"(?:không|sạch|có|giảm|tốt|giữ|nhất|xanh|cùng|nhanh|an toàn|phòng|tự giác|quản)"
_NUMBERED_MODEL_RE = re.compile(rf"[Mm]ô hình[ \t]+\d+(?:[ \t]+{_SLOGAN_WORD}(?=[ \t]*\()|(?=[ \t]*[,.;(]))")
"""A model named by its number, alone or with a slogan's word that its brackets spell out: "theo mô hình 363, …", "mô
hình 4 quản (quản công việc, quản thời gian, …)" (not a policy's levers: "mô hình 3 tăng (tăng hiệu lực pháp lý, tăng
nguồn lực, …)")."""
_NUMBERED_SLOGAN = re.compile(rf"{_SLOGAN_NUMBER} {_SLOGAN_WORD}(?:(?:,| và|,? [-–]) {_SLOGAN_NUMBER} {_SLOGAN_WORD})*",
                              re.IGNORECASE)
"""A quoted numbered slogan is a model's name after its cue, however far in its sentence ("mô hình tự quản ANTT,
TTATGT với nội dung “ba không”"), and with the group before it: Tổ tự quản tàu thuyền “5 không”."""
_NUMBERED_TAIL = re.compile(r"\d+\s?(?:trong|giúp)\s?\d+(?!\w)")
"""Numbers inside a name, read whole with their "trong" and last number: "Tổ tự quản 5 trong 1 của xã Tam Thanh"."""
_SLOGAN_PART = re.compile(r"\d+ (?:không|sạch|có|giảm|tốt|giữ|nhất|xanh|cùng|nhanh|an toàn)(?!\w)")
"""A numbered slogan goes on past its commas: "Tổ 4 giảm, 4 không", "CLB 5 không, 3 sạch"."""
_KNOWN_NAMES = _DATA['known'] + [k.lower() for k in _DATA['known_in_lower_case']]
_KNOWN_RE = re.compile(rf"(?:{_alternation(_KNOWN_NAMES)})(?!\w)")
_KNOWN_LOWER_RE = re.compile(rf"(?:{_alternation([k.lower() for k in _DATA['known']])})")
_FAMILY_RE = re.compile("|".join(f"(?:{f})(?!\\w)" for f in _DATA["families"]))
_FREE_OF_RE = re.compile(rf"(?:{_DATA['free_of']})(?!\w)")
FREE_OF = "không có"
FREE_OF_KEY = "khong co"
LAW_ABIDING = "không vi phạm pháp luật"
"""A community whose members break no law is named as one free of crime: "mô hình dòng họ, khu dân cư không vi phạm
pháp luật" (round 55, 109-06; also "không có người vi phạm pháp luật")."""
"""Searched first: the words every community-free-of name holds; most documents have none, and the regex is slow."""
_WORD_RE = re.compile(rf"(,?)[ \t]*(\([{UPPER}]{{2,6}}\)|[^\s,.;:()“”\"«»!?…]+)")
"""A word of a name; an abbreviation in brackets is one: "Tổ tự quản an ninh trật tự (ANTT) bảo vệ đường biên"."""
_TRAILING_ABBREVIATION = re.compile(rf"\s*\([{UPPER}]{{2,6}}\)$")
_ACRONYM = re.compile(rf"[{UPPER}]{{2,}}")
_MODEL_PREFIX_RE = re.compile(r"[Mm]ô hình\s+(?!\d)")
_FORMULA = re.compile(r"\d+[ \t]?\+[ \t]?\d+")
_CUE_BEFORE_FORMULA = re.compile(r"(?<!\w)mô hình[ \t]*[“\"«„]$", re.IGNORECASE)
_FORMULA_LIST_GAP = re.compile(r"[”\"»“][ \t]*(?:,|và|hoặc)[ \t]*[“\"«„]")
"""A quoted formula after "mô hình", and the formulas listed with it, are numbered names that keep the word (as "Mô
hình 5+1" does): mô hình "1+2", "1+3" are "Mô hình 1+2" and "Mô hình 1+3" (a bare "3+" is no formula)."""
_STOP_RE = re.compile(rf"(?:{_alternation(_DATA['stop'])})(?![\w])")
"""A stop word ends a name, whatever follows it ("tham gia, hội viên…", "do Công an")."""
_STOP_EXCEPTIONS = tuple(_DATA["stop_exceptions"])
_MARKERS = tuple(_DATA["markers"])
LOWER_CASE_MARKERS = ("bình an",)
"""Markers only as written in lower case; capitalised they are a place's name ("Chợ Bình An", "Tổ Bình An"): "mô hình
Giáo xứ Ninh Phát bình an, trật tự" (round 39)."""
_GENERIC = frozenset(_DATA["generic"])
_EXCLUDED = frozenset(fold_same_length(n) for n in _DATA["excluded"] if not n.endswith(" "))
_DETERMINERS = tuple(fold_same_length(n) for n in _DATA["excluded"] if n.endswith(" "))
_COMMA_GLUE = ("chống", "trật tự", "kiểu mẫu", "chữa cháy", "mốc giới", "cột mốc", "mốc quốc giới", "an toàn xã hội",
               "tổ dân phố", "thuyền", "bản", "xóm", "ấp", "làng", "khu phố", "an toàn giao thông", "ngõ hẻm",
               "an ninh chính trị", "phổ biến", "họ đạo", "nói không với", "cứu hộ", "an toàn về", "phòng cháy",
               "an toàn phòng cháy")
"""Words that go on past a comma inside a name: "Tổ Quản lý tuyến đường an ninh trật tự, an toàn giao thông" (order
and road safety, the two domains named together), "Trường học an toàn, nói không với ma túy" (a second slogan part),
"Tổ tự quản về phòng cháy, chữa cháy và cứu nạn, cứu hộ" (rescue, "cứu nạn, cứu hộ", a fixed pair like "phòng cháy,
chữa cháy"; round 64, 127-04). A second quality with its domain goes on past the comma too: "Dòng họ văn minh, an
toàn về an ninh trật tự" (round 71, 146-06; before cut to "Dòng họ văn minh", no marker)."""
_PUNCTUATION = re.compile(r"[^\w ]+")
_GENERIC_KEYS = frozenset(fold_same_length(w) for w in _DATA["generic"])
"""Words that, running past a quoted name, make another name of the domain ("Camera an ninh trật tự" beside “Camera
an ninh”), not a mention of it ("mô hình camera an ninh đầu tiên")."""
_MARKER_KEYS = frozenset(_PUNCTUATION.sub(" ", fold_same_length(m)).strip() for m in _MARKERS)
_GROUP_KEYS = frozenset(" ".join(_PUNCTUATION.sub(" ", fold_same_length(g)).split()) for g in _DATA["group_cues"])
_GROUP_KEYS |= {"dong ho tu quan", "toc ho tu quan"}
"""A group word alone ("Tổ tự quản"), or a self-managed lineage alone ("dòng họ tự quản"), is a short mention of the
document's group of that kind, when it names one ("Dòng họ Tẩn tự quản về an ninh trật tự")."""
_HEAD_WORD_KEYS = frozenset(fold_same_length(h.lower()) for h in _DATA["heads"] if " " not in h)
ABBREVIATIONS = {"antt": "an ninh trat tu", "antq": "an ninh to quoc", "clb": "cau lac bo", "pccc": "phong chay chua chay",
                 "ttatgt": "trat tu an toan giao thong", "atgt": "an toan giao thong", "kcn": "khu cong nghiep",
                 "ccb": "cuu chien binh", "atxh": "an toan xa hoi", "ttatxh": "trat tu an toan xa hoi"}
"""Abbreviations spelt out in a name's key ("Tổ CCB tự quản" is a short mention of "Tổ Cựu chiến binh tự quản …"; "Tổ
tự quản về TTATXH" is "Tổ tự quản về trật tự ATXH" written shorter, round 74, 156-01)."""
_DEVICE_HEADS = tuple(_DATA["device_heads"])
_CLUB_HEADS = ("CLB", "Câu lạc bộ")
"""A club named in lower case ("CLB phòng chống tội phạm", "CLB thường họp mặt") is no name."""
MIN_SHARED_HEAD, MIN_SHARED_TAIL = 2, 1
"""A short form keeps at least this many words of the long name's start and end ("Tổ xung kích làng Chăm")."""
MAX_WORDS = 14
MAX_LISTING_WORDS = 22
"""A name that goes on past a comma lists its domains or tasks ("… bảo vệ an toàn giao thông, trật tự xã hội, an ninh
chính trị"): it may be this long."""
MIN_LISTED_WORDS = 3
"""A list item with no marker is a name only when it is this long ("cụm dân cư liên kết", not "xã" in "…, xã đã")."""
CAMPAIGN_CUES = ("phong trào", "phong trào thi đua", "chuyên đề", "chương trình")
"""Contrary cues that still give way to a quote with a model head and marker: a campaign run as a model ("phong trào
“Giáo xứ, giáo họ không ma tuý, …”", chuyên đề “Hộ tự phòng – Số nhà tự quản”, chương trình “Cổng trường bình yên - Em
tới lớp an toàn”), an emulation movement as any other ("phong trào thi đua “Dân vận khéo”", round 44)."""
CUE_REACH, NOT_CUE_REACH, LOWER_CUE_REACH = 80, 25, 12
"""How far before a quote a model cue ("mô hình ... “X”") and a contrary cue ("phong trào “X”") still apply, and how
near a cue must be to a quoted phrase in lower case that opens with no model head ("mô hình trao “móc khóa an ninh”")."""


def find_models(body: str, mask: Mask | None = None) -> list[dict]:
    """Distinct named models: {"name", "text", "start", "end"} (name without quotes or a leading "mô hình")."""
    mask = mask or Mask()
    claimed = Mask()
    found, devices, numbered, formula_end = [], set(), set(), -1
    listed = {item.start() for items in _semicolon_lists(body) for item in items if body[item.start()] in "“\"«„"}
    accepted_quotes = set()
    for start, end, accepted in _quoted(body, listed):
        if accepted:
            accepted_quotes.add(start)
            bare = _BARE_GROUP_BEFORE_QUOTE.search(body, max(0, start - 10), start)
            head = (_HEAD_BEFORE_QUOTE.search(body, max(0, start - 40), start)
                    or body[start].isdigit() and _HEAD_BEFORE_SLOGAN.search(body, max(0, start - 40), start)
                    or bare and bare["head"][0].isupper() and _group_of_quote(body[start:end].lower()) and bare)
            if head and body.startswith(LOWER_CLUB, head.start()) and _has_marker(body[start:end]):
                head = None  # câu lạc bộ "nông dân phòng, chống tội phạm": a club of that kind, named by the quote
            if not head and _UNITS_PAIRED.fullmatch(body, start, end):
                head = _PAIRING_BEFORE_QUOTE.search(body, max(0, start - 20), start)  # kết nghĩa “bản - bản”
            start = head.start() if head and starts_word(body, head.start()) else start
            if _FORMULA.fullmatch(body, start, end):
                if _CUE_BEFORE_FORMULA.search(body, max(0, start - 10), start) or (
                        formula_end >= 0 and _FORMULA_LIST_GAP.fullmatch(body, formula_end, start)):
                    numbered.add(start)
                formula_end = end
            found.extend((a, b, True) for a, b in _headed_pair(body, start, end))
        elif inner := _model_ending_title(body, start, end):
            found.append((*inner, False))
        elif _OBJECT_BEFORE_QUOTE.search(body, max(0, start - OBJECT_REACH), start):
            continue  # nói không với “tín dụng đen”: the end of the name that says no to it (_read_name)
        claimed.add(start, end)
    named_in_full = list(_named_in_full(body))
    joined = Mask()
    for start, end in [*_counted_members(body), *named_in_full]:
        if not claimed.hits(start, end):
            claimed.add(start, end)
            found.append((start, end, True))
    for finder in (_unclosed_quote, _unclosed_spelt_out, _single_quoted, _single_quoted_list, _said_to_be_model, _other_name, _called, _founded_by_decision, _families, _drug_clean_units, _club_list, _after_cue, _capitalised_list, _semicolon_list, _repeated_cue_list, _launched_group, _border_programme, _border_group, _people_self_managed, _reintegration,
                   _counted_list, _lower_after_cue, _against_harm, _group_against_harm, _lower_group_fighting, _praised_list, _app_group_after_cue, _tied_to_quote, _built_as_model,
                   _fitted_in_title, _dashed_title, _unquoted_swap,
                   _link_between, _listed_after_group,
                   _plural_group_list, _lower_plural_named_groups, _counted_group, _plural_linked_households, _counted_bare_group, _workers_group,
                   _trade_union,
                   _object_group, _recognised_by_count, _at_sea_group, _safe_about_order, _industrial_safe,
                   _exemplary_group, _exemplary_unit, _dashed_kind, _numbered_model, _spelt_numbered_model, _club_after_cue,
                   _lower_club, _abbreviated_group,
                   _headed,
                   _self_managed_lineage, _self_managed_activity, _known, _known_in_title, _comma_repeated_cue_list):
        for start, end in finder(body, claimed) if finder is _headed else finder(body):
            if finder in (_headed, _known, _lower_after_cue) and _kind_of_accepted_quote(body, end, accepted_quotes):
                continue  # Dân phòng tự quản “Phòng chống tội phạm trên sông”, mô hình tổ tự quản “Cổng trường …”
            end = _spelt_as_in_title(body, start, end) if body.startswith(",", end) else end
            end = _care_setting_end(body, start, end)
            if finder in (_headed, _plural_group_list) and _JOINED_TEAM.search(body, max(0, start - 160), start):
                joined.add(start, end)
                continue
            if finder is _headed and joined.hits(start, start + 1):
                continue  # tham gia Đội Dân phòng Honda khách …: the joined team's inner head, no name of its own
            if not claimed.hits(start, end) and not _ONE_OF_A_KIND.search(body, max(0, start - 40), start):
                claimed.add(start, end)
                found.append((start, end, False))
                if (_device_opening_sentence(body, start, finder) and not _MODEL_AFTER_DASH.match(body, end)
                        or _device_counted(body, start, finder)):
                    devices.add(start)
    models = [_model(body, s, e, s in numbered) | {"quoted": q, "slogan": bool(q and _NUMBERED_SLOGAN.fullmatch(body, s, e)),
                                                   "nicknamed": bool(_NICKNAME_AFTER_NAME.match(body, e))}
              for s, e, q in found
              if not (mask.hits(s, e) and not _law_obeyed(body, mask, s, e)) and (q or not _bare_group(body, s, e)
                                          and not (_LIST_FOLLOWS.match(body, e) and not _PARTS_LISTED.search(body, s, e)))
              and not _economic(body, s, e) and not _other_field(body, s, e)
              and not (not q and _NAMED_FOR_NOW.match(body, e))]
    models = [_short_form_in_text(body, _spelt_in_text(body, m)) for m in models]
    quoted = {_key(m["name"]) for m in models if m["quoted"]}
    spelt = _abbreviations_defined(body)
    models = [m for m in models if (_is_name(m["name"], m["quoted"])
                                    or m["quoted"] and (_capitalised_slogan(m["text"])
                                                        or _SELF_MANAGED_ORDER.fullmatch(m["text"])
                                                        or _day_called_a_model(body, m)))
              and not _VIRTUE_SLOGAN.match(m["name"])
              and not (_SPORTS_CLUB.match(m["name"]) and not _has_marker(m["name"]))]
    models = _placed_quotes_unplaced(models, spelt)
    models = _comma_tails_dropped(models)
    models = distinct(_spelt_out_in_body(body, models, spelt), key=lambda m: _spelt_key(_key(m["name"]), spelt))
    return [{k: v for k, v in m.items() if k not in ("quoted", "slogan", "nicknamed")}
            for m in _merge_short(models, quoted, {_key(_model(body, s, e)["name"]) for s, e in named_in_full}
                                  | _named_in_title(body))
            if not all(s in devices for s, _ in m["occurrences"])]



def _comma_tails_dropped(models: list[dict]) -> list[dict]:
    """A name that is only the last comma-separated words of another name found in the text is that name cut at its
    comma, no name of its own: "Ra mắt mô hình Tuyến đường thủy nội địa Cửa Đại – Cù Lao Chàm Văn hóa, An toàn" gives
    no "An toàn" beside the whole name (round 88, 216-06; no gold of the corpus holds a name beside another that ends
    in ", " and that name)."""
    tails = {_key(name.rsplit(", ", 1)[1]) for m in models if ", " in (name := m["name"])}
    return [m for m in models if _key(m["name"]) not in tails]


_NAMED_FOR_NOW = re.compile(r"[ \t]*\([^()\n]{0,40}?(?<!\w)tạm[ \t]+gọi(?:[ \t]+là)?[ \t]", re.IGNORECASE)
"""An unquoted group that the writer goes on to name for the time being, in brackets, has no name of its own: its words
describe it, "vừa ra mắt nhóm nhân viên giám sát bảo vệ kiêm bắt cướp (chúng tôi tạm gọi là “hiệp sĩ”)" (round 86,
208-03; the only such bracket in the corpus; a name the people give is no such thing: "Câu lạc bộ xung kích phòng chống
tội phạm (được người dân quen gọi là "hiệp sĩ đường phố")", 190-09, keeps the club)."""


_SPORTS_CLUB = re.compile(r"(?:CLB|Câu lạc bộ)[ \t]+(?:Taekwondo|Karate|Karatedo|Vovinam|Judo|Aikido|Wushu|Boxing"
                          r"|võ thuật|võ|bóng đá|bóng chuyền|cầu lông|bơi lội|thể thao|thể hình|dưỡng sinh)(?!\w)",
                          re.IGNORECASE)
"""A club of a sport or a martial art, with no marker of its own, is a club of that sport, not a model of security:
"huấn luyện viên … (Câu lạc bộ Taekwondo Trần Văn Trọng quận Bình Tân)" (round 87, 211-01; no gold of the corpus holds
such a club: the martial-arts clubs of 173-03, 211-02 and 211-04 are none; "Lớp võ 0 đồng", 211-07, is a class)."""


_PLACE_TAIL = re.compile(rf"(?:[ \t]*\([{UPPER}]{{2,6}}\))?[ \t]+(?:tại|ở|trên[ \t]+địa[ \t]+bàn)[ \t]+{_PLACE_WORDS}[ \t]+[{UPPER}][^,;()]*$")


_PLURAL_WORD = re.compile(r"[ \t]+(?:các|những)(?=[ \t])")


def _placed_quotes_unplaced(models: list[dict], spelt: dict[str, str]) -> list[dict]:
    """A quoted name that ends in "tại/ở" and a place, while the text quotes the same name again without the place, is
    that model where it is: it is named without the place, nor the abbreviation in brackets before it (round 85,
    204-02: mô hình “Khu dân cư không có thanh thiếu niên mắc tệ nạn xã hội (TNXH) tại bản Brun” beside mô hình “Khu
    dân cư không có thanh thiếu niên mắc TNXH” is "Khu dân cư không có thanh thiếu niên mắc tệ nạn xã hội"). A name
    quoted with its place only once keeps it: “Cựu chiến binh gương mẫu … ở thị trấn Cái Bè” (30-06)."""
    quoted = {_spelt_key(_key(m["name"]), spelt): m["name"] for m in models if m["quoted"]}
    out = []
    for m in models:
        tail = _PLACE_TAIL.search(m["name"]) if m["quoted"] else None
        if tail and _spelt_key(_key(head := m["name"][:tail.start()]), spelt) in quoted:
            m = m | {"name": head}
        elif tail and (short := quoted.get(_spelt_key(_key(_PLURAL_WORD.sub(" ", head)), spelt))):
            m = m | {"name": short}  # “… trong các trường học trên địa bàn tỉnh Nghệ An” beside “… trong trường học”
        out.append(m)
    return out


def _spelt_out_in_body(body: str, models: list[dict], spelt: dict[str, str]) -> list[dict]:
    """A name the title abbreviates ("PCCC", "ANTT", "KCN") and the body never writes so, while the body quotes the
    same name spelt out, is named as the body quotes it: the headline shortened it (round 84, 197-04: title "Chung cư an
    toàn PCCC", body mô hình “Chung cư an toàn phòng cháy, chữa cháy”; 75-20; the gold of 56-05, 111-04, 164-01 names
    them so too). Not when the body uses the title's short form too (“Tổ liên gia an toàn PCCC” 131-02, 40-03, 08-19),
    nor when the body spells it out unquoted, in running text ("kiểm tra kết quả xây dựng Công an phường điển hình,
    kiểu mẫu về an ninh, trật tự …" under a title with "ANTT", 97-10)."""
    title_end = body.find("\n")
    if title_end < 0 or not any(m["start"] < title_end for m in models):
        return models
    short = set(ABBREVIATIONS) | set(spelt)
    body_words = f" {' '.join(_PUNCTUATION.sub(' ', fold_same_length(body[title_end:].lower())).split())} "
    out = []
    for m in models:
        words = _PUNCTUATION.sub(" ", fold_same_length(m["name"].lower())).split()
        if m["start"] < title_end and short.intersection(words) and f" {' '.join(words)} " not in body_words:
            key = _spelt_key(_key(m["name"]), spelt)
            full = next((o for o in models if o["start"] > title_end and o["quoted"]
                         and not short.intersection(_PUNCTUATION.sub(" ", fold_same_length(o["name"].lower())).split())
                         and _spelt_key(_key(o["name"]), spelt) == key), None)
            if full is not None:
                m = m | {"name": full["name"]}
        out.append(m)
    return out


_UNITS_PAIRED = re.compile(rf"[{LOWER}]+(?:[ \t][{LOWER}]+)?[ \t]*[-–][ \t]*[{LOWER}]+(?:[ \t][{LOWER}]+)?")
_PAIRING_BEFORE_QUOTE = re.compile(r"(?<!\w)(?:[Kk]ết nghĩa|[Ll]iên kết)[ \t]*[“\"«„][ \t]*$")
"""Two units in lower case paired by a dash and quoted ("bản - bản", "cụm - cụm") are no name alone but what a
twinning pairs: the verb before the quote opens the name, "mô hình kết nghĩa “bản - bản” giữa thôn Pò Hèn Việt Nam và
thôn Thán Sản Trung Quốc" names "Kết nghĩa “bản - bản”" (round 73, 154-07, before "Bản - bản"; as 72-14 writes it
unquoted, "Kết nghĩa bản - bản")."""


def _named_in_title(body: str) -> set[str]:
    """The capitalised name the title gives after "mô hình", to the title's end, is the writer's short name of the
    model the body quotes in full: both are names, the short one goes into no other ("Sơ kết một năm thực hiện mô hình
    Khu nội trú sinh viên" over mô hình “Khu nội trú sinh viên an toàn, văn minh, không có tội phạm và tệ nạn xã hội”;
    round 72, 150-03)."""
    title_end = body.find("\n")
    cue = title_end > 0 and _TITLE_NAME_RE.search(body, 0, title_end)
    return {_key(cue["name"])} if cue and len(cue["name"].split()) >= MIN_LISTED_WORDS else set()


_TITLE_NAME_RE = re.compile(rf"(?<!\w)mô hình[ \t]+(?P<name>[{UPPER}][^\W\d_]*(?:[ \t]+[{LOWER}]+)+)$")


def _spelt_as_in_title(body: str, start: int, end: int) -> int:
    """A name cut at a comma goes on over the next comma items when the title ends on the same words written without
    the commas: "Lễ ra mắt mô hình Thanh niên xung kích, tuần tra, tự quản, đảm bảo trật tự an toàn xã hội, an toàn
    giao thông tại trường" under the title "… ra mắt mô hình thanh niên xung kích tuần tra tự quản đảm bảo trật tự an
    toàn xã hội an toàn giao thông" (round 54): the headline spells the whole name, so the commas are inside it."""
    title_end = body.find("\n")
    if title_end < 0 or start < title_end:
        return end
    title = _TOKEN.findall(body[:title_end].lower())
    stop = _NAME_STOP.search(body, end)
    words = list(_TOKEN.finditer(body, start, stop.start() if stop else len(body)))
    named = sum(1 for w in words if w.end() <= end)
    if not named or len(words) == named:
        return end
    lowered = [w.group().lower() for w in words]
    for i in range(len(title) - named):
        if title[i:i + named] == lowered[:named] and i + len(words) >= len(title) \
                and title[i + named:] == lowered[named:len(title) - i]:
            return words[len(title) - i - 1].end()
    return end


def _care_setting_end(body: str, start: int, end: int) -> int:
    """A name that cares for addicts or offenders goes on over where it cares for them, the family and the community:
    "mô hình Câu lạc bộ cai nghiện ma túy tại gia đình, cộng đồng" (round 78, 171-05, before cut at "tại"), as the
    corpus writes such names ("Quản lý, giáo dục, giúp đỡ người nghiện ma túy tại cộng đồng" 22-07, "Câu lạc bộ cai
    nghiện tại gia đình, cộng đồng" 74-03); elsewhere "tại" still ends a name ("Tổ tự quản … tại cộng đồng dân cư thôn
    Đông")."""
    if not body.startswith(" tại ", end) or not _CARE.search(body, start, end):
        return end
    setting = _CARE_SETTING.match(body, end)
    return setting.end() if setting else end


_CARE = re.compile(r"(?<!\w)(?:cai nghiện|giáo dục|giúp đỡ|cảm hóa|cảm hoá|quản lý)(?!\w)", re.IGNORECASE)
_CARE_SETTING = re.compile(r"[ \t]+tại[ \t]+(?:gia đình(?:[ \t]*(?:,|[-–]|và)[ \t]*cộng đồng)?|cộng đồng)"
                           r"(?:[ \t]+dân cư)?(?!\w)")


_TOKEN = re.compile(r"\w+")
_NAME_STOP = re.compile(r"[.;:!?…“”\"()\n]")


_PAIR_COMMA = re.compile(rf",[ \t]+(?=[{UPPER}])")


def _headed_pair(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """A quote of two names, each capitalised with a head and a marker, joined by a comma, is two models: “Zalo an
    ninh, Facebook phòng chống tội phạm” (not “Thôn, Tổ dân phố Ba Nhất về ANTT”, one name of two units) (round 53)."""
    commas = list(_PAIR_COMMA.finditer(body, start, end))
    if len(commas) == 1:
        parts = [(start, commas[0].start()), (commas[0].end(), end)]
        if all(_HEAD_RE.match(body[a:b] + " ") and _has_marker(body[a:b]) for a, b in parts):
            return parts
    return [(start, end)]


def _group_of_quote(quoted: str) -> bool:
    """Whether a bare group word right before a quote is part of its name: not before a head of its own (Tổ “Camera
    an ninh”), but before the people it gathers: Tổ “Cựu chiến binh vì dân”, then Tổ “CCB vì dân" (round 50)."""
    return not _ANY_HEAD_RE.match(quoted) or quoted.startswith(_MEMBER_HEADS)


_MEMBER_HEADS = ("cựu chiến binh", "người có uy tín", "già làng", "sư sãi")
_TAKING_PART = re.compile(r"[ \t]+tham gia(?!\w)")
"""People who "tham gia", unquoted, as the subject that opens a sentence, are the people at work, not a model named
after them: a headline "Cựu chiến binh tham gia giữ gìn trật tự, an toàn giao thông" over the model it tells of (round
76, 163-08, 166-09, 74-17); after a verb or a cue, or quoted, they name it ("Xây dựng Cựu chiến binh tham gia giữ gìn
an ninh trật tự ở xã …", "mô hình Cựu chiến binh tham gia cảnh giới giao thông")."""


def _spelt_in_text(body: str, model: dict) -> dict:
    """A name with an acronym of its own, that the text writes out elsewhere word for word, takes the words: "Tổ ĐKKTHS
    trên biển" beside a title "… tổ đoàn kết khai thác hải sản trên biển", "tổ CN tự quản" beside "ra mắt tổ công nhân
    tự quản" (round 40; not the domain's acronyms, ABBREVIATIONS, which keys spell out already)."""
    if not _ACRONYM.search(model["name"]):
        return model
    pattern = _spelling_pattern(model["name"])
    if pattern is None or not (found := pattern.search(body)):
        return model
    name = " ".join(found.group().split())
    return model | {"name": name[:1].upper() + name[1:]}


_INNER_ABBREVIATION = re.compile(rf"[ \t]\((?P<abbr>[{UPPER}]{{2,6}}(?:[ \t]*[-–][ \t]*[{UPPER}]{{2,6}})*)\)(?=[ \t]+\w)")
"""An abbreviation in brackets inside a name, after the words it stands for: "Đội Phòng cháy chữa cháy - Cứu nạn cứu
hộ (PCCC - CNCH) tự quản …"."""


def _short_form_in_text(body: str, model: dict) -> dict:
    """A name that defines an abbreviation in brackets inside it, when the text gives the same name as a name (in
    quotes or after "mô hình") with the abbreviation in place of its words, is named in that short form (round 57):
    “Đội Phòng cháy chữa cháy - Cứu nạn cứu hộ (PCCC - CNCH) tự quản thị trấn Lạc Dương” beside mô hình “Đội PCCC -
    CNCH tự quản thị trấn Lạc Dương” (113-14), as 73-12 and 94-03 name “Công an phường điển hình, kiểu mẫu về ANTT và
    văn minh đô thị” beside its “… an ninh trật tự (ANTT) …”; with no such short form of the whole name the brackets
    stay: “Đội công nhân xung kích (CNXK) tự quản về ANTT” beside a bare “Đội CNXK” (27-08, 52-14), unless the text
    writes the same name whole without them: "Tổ tự quản về phòng cháy, chữa cháy (PCCC) và cứu nạn, cứu hộ" beside a
    caption's "… Tổ tự quản về phòng cháy, chữa cháy và cứu nạn, cứu hộ xã Đoàn Tùng" is named as the caption writes it
    (round 64, 127-04)."""
    name = model["name"]
    if "(" not in name or not (inner := _INNER_ABBREVIATION.search(name)):
        return model
    before, after = name[:inner.start()].split(), name[inner.end():]
    folded = " ".join(body.split()).lower()
    if _spells(inner["abbr"], before) and _used_whole(folded, (short := inner["abbr"] + after).lower()):
        return model | {"name": short}
    for k in range(len(before) - 1, 0, -1):
        short = " ".join(before[:k]) + " " + inner["abbr"] + after
        at = folded.find(short.lower())
        while at >= 0:
            if _NAMED_BEFORE.search(folded, max(0, at - 10), at):
                return model | {"name": short}
            at = folded.find(short.lower(), at + 1)
    if _used_whole(folded, (plain := " ".join((name[:inner.start()] + name[inner.end():]).split())).lower()):
        return model | {"name": plain}  # round 64: the text also writes the name whole without the brackets
    return model


def _spells(abbr: str, words: list[str]) -> bool:
    """Whether an abbreviation is the initials of all the words before it: "CLB" of "Câu lạc bộ"."""
    return len(words) == len(abbr) and all(fold_same_length(w[:1]).upper() == c for w, c in zip(words, abbr))


def _used_whole(folded: str, short: str) -> bool:
    """A name whose head is all the abbreviation stands for ("Câu lạc bộ (CLB) Phụ nữ phòng, chống tội phạm") takes the
    short form when the text goes on to use it whole, even in running text ("sinh hoạt với CLB Phụ nữ phòng, chống tội
    phạm", "42 CLB Phụ nữ phòng, chống tội phạm"): the brackets only defined the head's abbreviation (round 62, 123-03).
    A part of the head abbreviated ("Đội công nhân xung kích (CNXK) tự quản về ANTT" beside "Đội CNXK") still needs a
    quote or "mô hình" before the short form (_NAMED_BEFORE)."""
    at = folded.find(short)
    while at >= 0:
        if (at == 0 or not folded[at - 1].isalnum()) and not folded[at + len(short):at + len(short) + 1].isalnum():
            return True
        at = folded.find(short, at + 1)
    return False
_NAMED_BEFORE = re.compile(r"(?:[“\"'‘«]|mô hình )$")
"""What gives a short form as the model's name: a quote or "mô hình" right before it (not a running mention, "Khi
thành lập Đội TN xung kích", round 31, which leaves the name its brackets)."""


@functools.lru_cache(maxsize=1024)
def _spelling_pattern(name: str) -> re.Pattern | None:
    """The words of a name, its one own acronym (2 to 6 letters) as that many words opening with its letters."""
    words = name.split()
    at = [i for i, w in enumerate(words) if _ACRONYM.fullmatch(w) and len(w) <= MAX_SPELT_LETTERS
          and fold_same_length(w.lower()) not in ABBREVIATIONS]
    if len(at) != 1 or len(words) < 2:
        return None
    i = at[0]
    parts = ([re.escape(w) for w in words[:i]] + [rf"{re.escape(letter)}\w*" for letter in words[i]]
             + [re.escape(w) for w in words[i + 1:]])
    return re.compile(r"(?<!\w)" + r"[ \t]+".join(parts) + r"(?!\w)", re.IGNORECASE)


MAX_SPELT_LETTERS = 6


def _kind_of_accepted_quote(body: str, end: int, accepted_quotes: set[int]) -> bool:
    """Whether a capitalised name, or a known one, ends right before a quote accepted as a model's name: then it says
    the model's kind, as a phrase after "mô hình" right before a quote does (_KIND_OF_QUOTE): Dân phòng tự quản “Phòng
    chống tội phạm trên sông”, mô hình dân vận khéo “Lá chắn vùng biên” (round 38; a known name in the title that the
    body calls a model is still the document's subject: _known_in_title)."""
    kind = _KIND_OF_QUOTE.match(body, end)
    if not kind:
        return False
    at = kind.end()
    while body[at:at + 1] in (" ", "\t"):
        at += 1
    return at in accepted_quotes


def _law_obeyed(body: str, mask: Mask, start: int, end: int) -> bool:
    """A law the model's name says it obeys, claimed as a document, leaves the name whole: "cổng trường an toàn, thân
    thiện chấp hành tốt Luật Giao thông đường bộ" (only the part from "Luật" on is claimed)."""
    law = body.find(" Luật ", start, end)
    return law > start and not mask.hits(start, law) and _OBEYS.search(body, max(start, law - 24), law) is not None


_OBEYS = re.compile(r"(?:chấp hành|thực hiện|tuân thủ|làm theo)(?:[ \t]+(?:tốt|nghiêm))?$")
_PARTS_LISTED = re.compile(r"\d+ (?:không|sạch|giảm|nhất)$")
"""A numbered slogan whose parts a list gives next is still a name: "mô hình tự quản 6 không như: Không còn hộ đói, …"."""
MIN_SLOGAN_PARTS = 3
_TITLE_CUE = re.compile(rf"(?<!\w)mô hình[ \t]+(?=[{LOWER}])")
MAX_TITLE_NAME_WORDS = 8


def _model_ending_title(body: str, start: int, end: int) -> tuple[int, int] | None:
    """The model a quoted title (of a report, a talk) ends with, in lower case after "mô hình", whole to the quote's
    end and carrying a marker: báo cáo về “Xây dựng mô hình gậy an ninh trật tự”, “Thực hiện có hiệu quả xây dựng mô
    hình camera giám sát an ninh trật tự” (not “… mô hình tự quản”, generic, nor a name a stop word cuts short)."""
    cue = None
    for cue in _TITLE_CUE.finditer(body, start, end):
        pass
    if cue is None or _read_name(body, cue.end()) != end or len(body[cue.end():end].split()) > MAX_TITLE_NAME_WORDS:
        return None
    return (cue.end(), end) if _has_marker(body[cue.end():end]) else None


_ECONOMIC_KIND = re.compile(r"mô hình(?:[ \t]+[^\s.,;:“”\"]+){0,3}?[ \t]+(?:(?:trên|trong)[ \t]+lĩnh vực|về|phát triển)"
                            r"[ \t]+kinh tế(?!\w)", re.IGNORECASE)
_SECURITY = re.compile(r"an ninh|ANTT|trật tự|tội phạm|ma túy|ma tuý|tệ nạn|TNXH|pháp luật|PCCC|cháy|biên giới|mốc|tuần tra",
                       re.IGNORECASE)


_OTHER_FIELD_NAME = re.compile(r"khuyến học|khuyến tài|khuyến nông|môi trường|giảm nghèo|làm giàu"
                               r"|từ thiện|nhân đạo|thiện nguyện|mảnh đời|khuyết tật|khiếm khuyết|tiết kiệm"
                               r"|(?:làm|theo)[ \t]+(?:theo[ \t]+)?(?:lời|gương)[ \t]+Bác|đường[ \t]+kiểu mẫu", re.IGNORECASE)
"""Round 69: the Hồ Chí Minh emulation ("đồng bào dân tộc làm theo lời Bác") and the new countryside's model roads
("đoạn đường kiểu mẫu") are fields of their own too (137-10)."""
"""A name that says another field and nothing of security is a model of that field: “Dòng họ khuyến học”, “Khu dân cư
tự quản bảo vệ môi trường” (not “Tổ công nhân vì môi trường xanh - tự quản về an ninh, trật tự”); charity and thrift
too, works of a union listed beside its safety model: “Đi tìm ánh sáng cho những mảnh đời khiếm khuyết”, “Ví tiết
kiệm theo gương Bác” (round 50; not “Câu lạc bộ … với công tác an ninh trật tự và hoạt động từ thiện nhân đạo”)."""


def _other_field(body: str, start: int, end: int) -> bool:
    return bool(_OTHER_FIELD_NAME.search(body, start, end)) and not _SECURITY.search(body, start, end)


def _economic(body: str, start: int, end: int) -> bool:
    """Models that their sentence calls economic ("431 mô hình tự quản trên lĩnh vực kinh tế …, tiêu biểu như mô hình
    “Vay vốn không lãi”") are livelihood models, not security ones, unless their name says security."""
    sentence_start, _ = sentence_bounds(body, start)
    return bool(_ECONOMIC_KIND.search(body, sentence_start, start)) and not _SECURITY.search(body, start, end)


def _capitalised_slogan(text: str) -> bool:
    """A quoted slogan of domain words is a name when it is written capitalised, as one of a list of names (“Camera
    an ninh”, “Tự phòng, tự quản, tự bảo vệ”, “Tự phòng - tự quản”), not as the kind of many ("nhiều mô hình “tự
    phòng, tự quản, tự bảo vệ”")."""
    parts = _SLOGAN_SEPARATOR.split(text)
    return text[:1].isupper() and (len(parts) >= MIN_SLOGAN_PARTS
                                   or len(parts) > 1 and _SLOGAN_DASH.search(text) is not None)


_SELF_MANAGED_ORDER = re.compile(r"Tự (?:quản|phòng|bảo vệ)(?:,?[ \t]+tự (?:quản|phòng|bảo vệ))*(?:[ \t]+về)?[ \t]+"
                                 r"(?:an ninh,?[ \t]+trật tự|ANTT)")
"""A quoted name of self-management and the order it keeps, all generic words, is a name when written capitalised, as
one of a list of names: “Ba an toàn”, “Tự quản an ninh trật tự”, mô hình “Tự quản về an ninh trật tự” (round 50; not
the kind of many: các mô hình “tự quản”); so is a run of such words before the order: các mô hình về “Tự phòng, tự
quản về ANTT” (round 74, 158-01)."""
_SELF_MANAGED_SLOGAN = re.compile(r"Tự (?:quản|phòng|bảo vệ|hòa giải|hoà giải)"
                                  r"(?:,[ \t]+tự (?:quản|phòng|bảo vệ|hòa giải|hoà giải)){2,}")
"""A capitalised run of three or more self-management words, quoted right after a campaign cue, is the model, not the
campaign: phong trào “Tự quản, tự phòng, tự bảo vệ” (round 86, 208-08; 45-10 in a list after "như:"; the corpus gives
this quote capitalised as a model each time: 72-06, 76-04, 153-07); in lower case it is the way of the movement
("trong phong trào “tự quản, tự phòng, tự bảo vệ”", 24-02), after "phương châm" a motto (140-08). The campaigns
quoted after it stay campaigns: phong trào “Tự quản, …”, “Ba giỏi, hai vững mạnh” (45-10) names the first alone."""
_DAY_NAME = re.compile(r"Ngày[ \t]+(?!hội(?!\w))")
_CUE_RIGHT_BEFORE_QUOTE = re.compile(r"(?<!\w)mô hình[ \t]*[“\"«„][ \t]*$", re.IGNORECASE)


def _day_called_a_model(body: str, model: dict) -> bool:
    """A quoted day, which alone is an observance ("hưởng ứng “Ngày toàn dân phòng, chống mua bán người”", "thực hiện
    “Ngày Biên phòng toàn dân”"), is a model when "mô hình" stands right before its quote and the rest would be a name
    on its own: mô hình “Ngày thứ năm nghe dân nói” (round 74, 158-04; not the festival, “Ngày hội …”)."""
    start = model["start"]
    return (model["quoted"] and bool(_DAY_NAME.match(model["name"]))
            and bool(_CUE_RIGHT_BEFORE_QUOTE.search(body, max(0, start - 12), start))
            and _is_name(_DAY_NAME.sub("", model["name"], count=1), True))


_SLOGAN_SEPARATOR = re.compile(r",|[ \t]+[-–][ \t]+")
_SLOGAN_DASH = re.compile(r"[ \t]+[-–][ \t]+")
"""Parts joined by a dash make a slogan's name too: “Tự phòng - tự quản” in a list of names."""


def _bare_group(body: str, start: int, end: int) -> bool:
    """An unquoted group word with nothing but generic words after it names no model: "nhiều mô hình tổ hòa giải
    mới, hiệu quả", or the group of the place named next ("Tổ hòa giải thôn R’Chai II", "Tổ hòa giải khu 4")."""
    numbered = body[end:end + 3].lstrip()[:1].isdigit() and _NUMBERED_PLACE_WORD.search(body, start, end)
    if numbered:
        end = numbered.start()
    words = _key(_model(body, start, end)["name"]).split()
    cut = next((k for k in range(len(words), 0, -1) if " ".join(words[:k]) in _GROUP_KEYS), 0)
    if not cut:
        return False
    extra = " ".join(words[cut:])
    return (bool(extra) and set(extra.split()) <= _GENERIC_KEYS
            and not any(f" {k} " in f" {extra} " for k in _MARKER_KEYS)
            or not extra and bool(numbered or _PLACE_AFTER.match(body, end + 1)))


def _device_opening_sentence(body: str, start: int, finder) -> bool:
    """A device named with no cue, capitalised only because it opens the sentence, is the device: "Camera giám sát
    giúp CSGT xử phạt …", "Camera an ninh là một trong số các biện pháp kỹ thuật …" (not "mô hình Camera an ninh");
    it is still a short mention of a model named otherwise. So is a device the sentence opens with as the means it was
    seen or done through: "Qua Camera an ninh, thấy đối tượng đứng trước phòng …" (round 84, 197-12)."""
    if finder not in (_headed, _known) or not body.startswith(_DEVICE_HEADS, start):
        return False
    if through := _THROUGH_BEFORE.search(body, max(0, start - 12), start):
        start = through.start()
    return is_sentence_start(body, start) and body[start - 1:start] != ":"


_THROUGH_BEFORE = re.compile(r"(?<!\w)(?:Thông qua|Qua|Nhờ)[ \t]+$")


_DEVICE_COUNT = re.compile(r"(?:\d|\bhệ thống|\btrung tâm)[ \t]+$", re.IGNORECASE)


def _device_counted(body: str, start: int, finder) -> bool:
    """A device counted, in a system or in a centre is the device: "lắp đặt gần 1.000 Camera giám sát an ninh", "hệ
    thống Camera an ninh này", "khánh thành Trung tâm Camera AI giám sát …" (not "mô hình Camera an ninh", nor the model
    fitted: "lắp đặt Camera an ninh không chỉ …")."""
    return (finder in (_headed, _known) and body.startswith(_DEVICE_HEADS, start)
            and bool(_DEVICE_COUNT.search(body, max(0, start - 16), start)))


@functools.lru_cache(maxsize=8192)
def _key(name: str) -> str:
    """Folded, lower case, punctuation as spaces, abbreviations spelt out: "thôn, bản" and "thôn bản", "về ANTT" and
    "về an ninh, trật tự" are one name; an abbreviation defined in brackets right after the words it spells adds no
    words: "Tổ tự quản về phòng cháy, chữa cháy (PCCC) và cứu nạn, cứu hộ" is "Tổ tự quản về phòng cháy, chữa cháy và
    cứu nạn, cứu hộ" (round 64, 127-04: spelt twice, the two read as two names that the title's shorter one stemmed)."""
    out: list[str] = []
    for w in _PUNCTUATION.sub(" ", fold_same_length(name.lower())).split():
        full = ABBREVIATIONS.get(w, w).split()
        if w not in ABBREVIATIONS or out[-len(full):] != full:
            out.extend(full)
    return " ".join(out)


def _merge_short(models: list[dict], quoted: set[str], named: frozenset[str] | set[str] = frozenset()) -> list[dict]:
    """A name that starts another model's longer name ("Camera giám sát" and "Camera giám sát an ninh, trật tự")
    is a short mention of that model: its occurrences go to the longer one. A name written in quotes is the name as
    its writer meant it: it is no short form of another quoted name when all they share past its start is the domain
    ("Camera giám sát an ninh trật tự" and “Camera giám sát gắn với công tác đảm bảo an ninh trật tự”, unlike “Tổ
    xung kích làng Chăm”), and an unquoted phrase that runs on past it ("mô hình camera an ninh đầu tiên", a title
    "Tổ liên gia an toàn PCCC trổ tài dập lửa") is a mention of the quoted name, unless a colon and a nickname follow it,
    the name a headline gives ("Mô hình Camera an ninh cộng đồng: “Mắt thần” …" beside “Camera an ninh”, round 51). A
    quoted numbered slogan is a name of its own, not a short form of a longer quoted name that opens with it: mô hình
    “4 an toàn” beside mô hình “4 an toàn trong cơ quan, doanh nghiệp, bệnh viện, nhà trường …”. An unquoted numbered
    slogan that ends another name is a short mention of it: "mô hình 3 không" beside "mô hình xứ đạo, họ đạo 3 không"
    (round 39). A quoted name numbered or placed (_instance_of) gives its occurrences to the quoted model it opens with,
    which keeps its name (round 51). A name given in full and its short form said at once ("gọi tắt là", named: keys
    of _named_in_full) are both the writer's names: neither goes into another (round 64)."""
    kept = []
    stems = _stems({_key(m["name"]) for m in models} - quoted)
    for model in models:
        key = _key(model["name"])
        scoped = any(_scoped(model["name"], m["name"]) or _scoped(m["name"], model["name"]) for m in models)
        if key in named:
            into = None
        elif key in stems:
            into = None
        elif key not in quoted and (stem := next((k for k in stems if key.startswith(k + " ")), None)):
            into = next(m for m in models if _key(m["name"]) == stem)
        elif key not in quoted and not model["nicknamed"] and (
                cut := max((q for q in quoted if key.startswith(q + " ") and not _completes(q, key)), key=len, default=None)):
            into = next((m for m in models if _key(m["name"]) == cut), None)
        elif key in _GROUP_KEYS:  # "Tổ tự quản đã phát hiện …": the document's own "Tổ liên gia tự quản về ANTT"
            into = next((m for m in models if m is not model and _holds(_key(m["name"]), key)), None)
        elif not model["slogan"]:
            into = next((m for m in models if m is not model and _shortens(key, _key(m["name"]))
                         and not _clan_unnamed(model, m)
                         and not (key in quoted and (_key(m["name"]) not in quoted or _narrows(model, m)
                                                     or _domain_tail(key, _key(m["name"]))))), None)
        else:
            into = None
        if into is None:
            into = next((m for m in models if len(m["occurrences"]) > len(model["occurrences"])
                         and _misspells(key, _key(m["name"])) or _splits_word(key, _key(m["name"]))), None)
        if into is None and key not in quoted:
            into = next((m for m in models if m is not model and _reorders(key, _key(m["name"]))), None)
        if into is None and key not in quoted:
            into = next((m for m in models if _key(m["name"]) in quoted and _one_word_inside(key, _key(m["name"]))), None)
        if into is None and key not in quoted:
            into = next((m for m in models if m is not model and _key(m["name"]) in quoted
                         and _abridges(key, _key(m["name"]))
                         and not (key in named and _key(m["name"]).startswith(key + " "))), None)
        if into is None and key not in quoted:
            into = next((m for m in models if m is not model and _key(m["name"]) in quoted
                         and _reheaded(model["name"], m["name"])), None)
        if into is None and key not in quoted:
            into = next((m for m in kept if m["start"] < model["start"] and (_same_border_group(key, _key(m["name"]))
                                                                             or _told_again(key, _key(m["name"])))),
                        None)
        if into is None and key in quoted:
            into = next((m for m in kept if _key(m["name"]) in quoted and _club_of(key, _key(m["name"]))), None)
        if into is None and key not in quoted:
            into = next((m for m in models if m is not model and _key(m["name"]) == CLUB_KEY + key), None)
        if into is None and key not in quoted:
            into = next((m for m in models if m is not model and (plain := _unabbreviated_key(m["name"]))
                         and _shortens(key, plain) and len(key.split()) > _key_words_before_abbreviation(m["name"])),
                        None)
        if into is None and key in quoted:
            into = next((m for m in models if m is not model and _key(m["name"]) in quoted
                         and _unplaced(model["name"], m["name"])), None)
        if into is None and key in quoted:
            into = next((m for m in models if len(m["occurrences"]) > len(model["occurrences"])
                         and _key(m["name"]) in quoted and _grouped_slogan(key, _key(m["name"]))), None)
        if into is None and key not in quoted and key.startswith(AGAINST_KEY):  # "mô hình phòng, chống bạo lực gia
            into = next((m for m in models if m is not model  # đình" beside "Nhóm phòng, chống …" (round 55), or
                         # "Câu lạc bộ phòng, chống …" (round 70, 141-03)
                         and _key(m["name"]).endswith(" " + key)
                         and _key(m["name"])[:-len(key) - 1] in _HEAD_WORD_KEYS | {CLUB_KEY.strip()}),
                        None)
        if into is None and key not in quoted and _NUMBERED_SLOGAN.fullmatch(model["name"]):
            into = next((m for m in models if m is not model and _key(m["name"]).endswith(" " + key)), None)
        if into is None or scoped:
            kept.append(model)
        else:
            long = _key(into["name"])
            if (len(model["occurrences"]) > len(into["occurrences"]) and key not in quoted and long not in quoted
                    and long.startswith(key + " ") and _PURPOSE_TAIL_KEY.fullmatch(long, len(key) + 1)):
                into["name"] = model["name"]  # "Tổ xe ôm tự quản" five times, "… bảo đảm ANTT" once in a caption
                if model["start"] < into["start"]:
                    into.update(text=model["text"], start=model["start"], end=model["end"])
            elif key in quoted and long in quoted and _instance_of(key, long):
                into.update(name=model["name"], text=model["text"], start=model["start"], end=model["end"])
            into["occurrences"] = sorted(into["occurrences"] + model["occurrences"])
    return kept


def _key_words_before_abbreviation(name: str) -> int:
    """How many key words of a name come before the abbreviation in brackets inside it."""
    inner = _INNER_ABBREVIATION.search(name)
    return len(_key(name[:inner.start()]).split()) if inner else 0


def _unabbreviated_key(name: str) -> str:
    """The key of a name without the abbreviation in brackets inside it that spells the words before it, or "" when it
    has none: "Đội Công nhân xung kích (CNXK) tự quản về ANTT" is keyed as "Đội Công nhân xung kích tự quản về ANTT", so
    that "mô hình Đội Công nhân xung kích tự quản" later in the text is a short mention of it (round 81, 187-01). Only a
    short form that runs on past the words the abbreviation spells is one: the head and those words alone ("mô hình Đội
    công nhân xung kích" in a title, 164-04, 187-03) name the kind of team, a model of its own in the corpus."""
    if "(" not in name or not (inner := _INNER_ABBREVIATION.search(name)):
        return ""
    before = name[:inner.start()].split()
    if not any(_spells(inner["abbr"].replace(" ", ""), before[-k:]) for k in range(2, min(len(before), 6) + 1)):
        return ""
    return _key(name[:inner.start()] + name[inner.end():])


def _scoped(short: str, long: str) -> bool:
    """Whether a long name is a short one and the field it serves, after "trong": both are the writer's names, a
    headline's short slogan and the launch's full one ("Hộ an toàn - Thôn bình yên - Xã đạt tiêu chí an ninh, trật tự"
    in a title, “… trật tự trong xây dựng nông thôn mới” quoted in the body, round 70, 140-01), neither a mention of
    the other; not so for a named place it works in: "Tổ tự quản bảo vệ rừng" beside “… trong rừng phòng hộ Cần
    Giờ” (110-08)."""
    short_key, long_key = _key(short), _key(long)
    if not long_key.startswith(short_key + " trong "):
        return False
    scope = long.split(" trong ")[-1].split()
    return len(scope) >= MIN_SCOPE_WORDS and not any(w[:1].isupper() for w in scope)


MIN_SCOPE_WORDS = 3


def _stems(keys: set[str]) -> set[str]:
    """Unquoted names that two other unquoted names run on from two ways, neither the other's start: the name they
    share is the model's, what each adds is said of it ("Zalo An ninh gần dân" in a title and "mô hình Zalo An ninh hỗ
    trợ Công an quận …" beside "mô hình Zalo An ninh" are mentions of "Zalo An ninh", round 52); a head alone is no
    name ("Camera" of "Camera an ninh" and "Camera giám sát an ninh")."""
    return {key for key in keys if " " in key and any(
        not b.startswith(a + " ")  # sorted: a start comes before the names it opens
        for a, b in itertools.combinations(sorted(k for k in keys if k.startswith(key + " ")), 2))}


_PURPOSE_TAIL_KEY = re.compile(r"(?:bao dam|dam bao|giu gin) (?:an ninh trat tu|an ninh|trat tu)"
                               r"|(?:(?:o|tai) )?(?:khu vuc|vung|tuyen) bien gioi")
"""A long name that only adds its purpose, keeping order, to a name written more often is that name, its purpose said
once: "Tổ xe ôm tự quản" five times beside "Tổ xe ôm tự quản bảo đảm ANTT" in a caption (written as often or more,
the long name stays: "Camera giám sát đảm bảo an ninh trật tự" twice beside "Camera giám sát" once); so is one that
only adds the border region it works in: "Tổ Nhân dân tự quản khu vực biên giới" in a title beside "Tổ Nhân dân tự
quản" written on through the body (round 39)."""


def _instance_of(short: str, long: str) -> bool:
    """Whether a quoted name is another quoted one numbered or placed, one instance of that model: “Tổ liên gia an toàn
    PCCC số 1”, “Tổ liên gia an toàn phòng cháy, chữa cháy (PCCC) khu phố 3” beside “Tổ liên gia an toàn phòng cháy,
    chữa cháy”, which names the model (round 51)."""
    return long.startswith(short + " ") and any(c.isdigit() for c in long[len(short):])


def _same_border_group(short: str, long: str) -> bool:
    """Whether an unquoted border group is one named before told again: the same group up to the border it keeps,
    "về" aside, whatever border words follow: "tổ tự quản đường biên, cột mốc" after 'Tổ tự quản về đường biên mốc
    giới' (round 43)."""
    a, b = _BORDER_KEY.search(short), _BORDER_KEY.search(long)
    return bool(a and b) and short != long and (
        short[:a.start()].replace(" ve ", " ") == long[:b.start()].replace(" ve ", " "))


MIN_TOLD_AGAIN_WORDS = 6
MAX_INSERTED_WORDS = 2


def _told_again(long: str, short: str) -> bool:
    """Whether an unquoted name is a long one written before, told again with a word or two put right after its head:
    "Tổ phối hợp tuần tra bảo đảm an ninh trật tự du lịch biển" in a caption after "Tổ tuần tra bảo đảm an ninh trật
    tự du lịch biển" (round 52)."""
    words, others = long.split(), short.split()
    return (len(others) >= MIN_TOLD_AGAIN_WORDS and 0 < len(words) - len(others) <= MAX_INSERTED_WORDS
            and words[0] == others[0] and words[len(words) - len(others) + 1:] == others[1:])


_BORDER_KEY = re.compile(r"(?<!\w)(?:duong bien|cot moc|moc gioi|moc quoc gioi)(?!\w)")


def _grouped_slogan(key: str, slogan: str) -> bool:
    """Whether a quoted name is a group word before a numbered slogan that the text quotes alone, as the model's name,
    more often: Tổ tự quản “4 không, 5 đảm bảo” once beside mô hình “4 không, 5 đảm bảo” in the title and the lead is
    that model (a group written with its slogan as often or more keeps its word: Tổ tự quản “5 trong 1”) (round 41)."""
    return slogan[:1].isdigit() and key.endswith(" " + slogan) and key[:-len(slogan) - 1] in _GROUP_KEYS


MIN_ABRIDGED_WORDS = 4


def _abridges(short: str, long: str) -> bool:
    """Whether an unquoted name is a quoted one with words left out after its head, all its own words in that order:
    "Công an phường kiểu mẫu" beside “Công an phường điển hình, kiểu mẫu về an ninh trật tự và văn minh đô thị”."""
    words, others = short.split(), long.split()
    return (MIN_ABRIDGED_WORDS <= len(words) < len(others) and words[:MIN_ABRIDGED_WORDS - 1] == others[:MIN_ABRIDGED_WORDS - 1]
            and _holds(long, short))


_UNIT_KIND_WORDS = frozenset({"xã", "phường", "huyện", "quận", "tỉnh", "ấp", "thôn", "bản", "xóm"})


def _unplaced(short: str, long: str) -> bool:
    """Whether a quoted name is another quoted one with its place left out, the place's name at its end and the word
    for the place's kind inside it: “Công an vì thế hệ trẻ” in a caption beside lớp học “Công an xã vì thế hệ trẻ Nga
    Liên” is that model, which keeps the full name (round 56, 112-05)."""
    words = long.split()
    k = len(words)
    while k > 1 and words[k - 1][:1].isupper() and not _ACRONYM.fullmatch(words[k - 1]):
        k -= 1
    kept = [w for w in words[1:k] if w.lower() not in _UNIT_KIND_WORDS]
    return k < len(words) and len(kept) < k - 1 and _key(" ".join(words[:1] + kept)) == _key(short)


CLUB_KEY = "cau lac bo "


def _club_of(key: str, other: str) -> bool:
    """Whether two quoted names are one club's, with and without its word: "Câu lạc bộ (CLB) “Phụ nữ với pháp luật”"
    then "CLB “Phụ nữ với pháp luật”" name one model, as first written."""
    return key == CLUB_KEY + other or other == CLUB_KEY + key


MIN_MISSPELT_LETTERS = 3


def _reorders(short: str, long: str) -> bool:
    """Whether an unquoted name is another's with its words reordered and domain words left out: "tổ an ninh tự quản"
    counted beside the model "Tổ tự quản về an ninh trật tự" is that model."""
    words, others = short.split(), long.split()
    return (len(words) < len(others) and words[0] == others[0] and not long.startswith(short + " ")
            and set(words) <= set(others) and set(others) - set(words) <= _GENERIC_KEYS)


def _one_word_inside(long: str, short: str) -> bool:
    """Whether an unquoted name is a quoted one with one word more inside it: "mô hình trường học an toàn về an ninh
    trật tự" in a title beside “Trường an toàn về an ninh trật tự” is that model."""
    words, others = long.split(), short.split()
    return len(words) == len(others) + 1 and any(words[:k] + words[k + 1:] == others for k in range(1, len(others)))


@functools.lru_cache(maxsize=16384)
def _misspells(key: str, other: str) -> bool:
    """Whether a name is another's, written more often, with one letter dropped from one word: 'Zao kết nối bình yên'
    once beside 'Zalo kết nối bình yên' twice is a typo of it."""
    words, others = key.split(), other.split()
    if len(words) != len(others):
        return False
    differ = [(w, o) for w, o in zip(words, others) if w != o]
    return len(differ) == 1 and len(differ[0][0]) >= MIN_MISSPELT_LETTERS and len(differ[0][1]) == len(differ[0][0]) + 1 \
        and any(differ[0][1][:k] + differ[0][1][k + 1:] == differ[0][0] for k in range(len(differ[0][1])))


@functools.lru_cache(maxsize=16384)
def _splits_word(key: str, other: str) -> bool:
    """Whether a name is another's with one word split in two by a stray space: “Dòng họ tự quản về an nin h trật tự”
    beside “Dòng họ tự quản về an ninh trật tự” is a typo of it, however often written (round 50)."""
    words, others = key.split(), other.split()
    return len(words) == len(others) + 1 and any(words[:k] + [words[k] + words[k + 1]] + words[k + 2:] == others
                                                 for k in range(len(others)))


MIN_REHEADED_WORDS = 4


def _reheaded(name: str, quoted_name: str) -> bool:
    """Whether an unquoted name is a quoted model told again under another head: all its words past the head stand
    together inside the quoted name, which opens with a different head of its own ("Khu dân cư đảm bảo trật tự an
    toàn giao thông", a title, beside mô hình “Tuyến đường Đặng Thái Thân đảm bảo trật tự an toàn giao thông - trật
    tự công cộng”, round 65, 130-08): the writer's words for that model, not a second one. A quote that holds no head
    is the name a head is given (Con đường “Ánh sáng an ninh”), and a quoted name that says no more past its head is
    a model of that other kind ("ấp không có tệ nạn ma túy" beside “Xã không có tệ nạn ma túy”, 09-19): both kept,
    unless both heads are words for a road, one road told twice ("Tuyến đường thanh niên tự quản về an ninh trật tự" in
    the lead beside “Đoạn đường thanh niên tự quản về an ninh trật tự”, round 76, 42-08)."""
    head, other = _HEAD_RE.match(name), _HEAD_RE.match(quoted_name)
    if head is None or other is None or _key(head.group()) == _key(other.group()):
        return False
    tail, told = _key(name[head.end():]), _key(quoted_name[other.end():])
    roads = {_key(head.group()), _key(other.group())} <= _ROAD_HEAD_KEYS
    return len(tail.split()) >= MIN_REHEADED_WORDS and (tail != told or roads) and f" {tail} " in f" {told} "


_ROAD_HEAD_KEYS = frozenset({"tuyen duong", "doan duong", "con duong"})


def _domain_tail(short: str, long: str) -> bool:
    tail = [w for w, v in zip(reversed(short.split()), reversed(long.split())) if w == v]
    return not long.startswith(short + " ") and set(tail) <= _GENERIC_KEYS


def _completes(quoted: str, key: str) -> bool:
    """Whether key runs past the quoted name only by domain words the name lacks: "camera an ninh trat tu" beside
    “Camera an ninh” (not "… ve an ninh trat tu (ANTT)" beside “… về an ninh trật tự”, nor a word of praise: "mô hình
    camera an ninh mới" in a title beside hệ thống “camera an ninh”, round 52)."""
    extra = set(key[len(quoted):].split())
    return extra <= _GENERIC_KEYS and not extra <= set(quoted.split()) | _PRAISE_KEYS


_PRAISE_KEYS = frozenset(fold_same_length(w) for w in ("mới", "hay", "điển", "hình", "tiên", "tiến", "hiệu", "quả"))


def _narrows(short: dict, long: dict) -> bool:
    """Whether two quoted names are two models, the long one a kind of the short ("Cổng trường an toàn" and
    “Cổng trường an toàn giao thông”), not an instance of it ("… PCCC số 1") or the same model at a place: a short
    name that names its place already names the group (“Tổ tự quản tuyến đường Phạm Văn Đồng”); a compound name
    holds the short one as a model of its own (“Khu phố bình yên, gia đình không có ma túy” and “Khu phố bình yên”),
    but a swap that lists fewer of the things handed in is the same swap written short: “Đổi gạo lấy vũ khí, vật liệu
    nổ” in a caption beside chương trình “Đổi gạo lấy vũ khí, vật liệu nổ, công cụ hỗ trợ” (round 59, 27-02)."""
    if _SWAP_NAME.match(short["name"]):
        return False
    extra = long["name"][len(short["name"]):]
    named_place = any(w[0].isupper() and not _ACRONYM.fullmatch(w) for w in short["name"].split()[1:])
    return long["name"].lower().startswith((short["name"].lower() + " ", short["name"].lower() + ",")) \
        and extra.islower() and not any(
        c.isdigit() for c in extra) and not named_place


_CLAN_HEAD = re.compile(r"(?:[Dd]òng[ \t]+(?:họ|tộc)|[Tt]ộc[ \t]+họ|[Hh]ọ[ \t]+tộc)[ \t]+")


def _clan_unnamed(short: dict, long: dict) -> bool:
    """Whether an unquoted name is a clan's model with the clan's own name left out, in the very words the clan's
    model is written with: "dòng họ tự quản về ANTT" beside "dòng họ Trần Ngọc tự quản về ANTT" is the kind of model
    the named clan built, a model of its own that the corpus names beside the clan's (round 66: 30-11, 132-02, 132-06;
    10-07, 08-14), not a short mention of it. A kind written more often than the clan's model is the article's model,
    the clan where it was built told once (26-12: “ra mắt Mô hình Dòng họ tự quản …” twice, “Dòng họ Bon Niêng …”
    once); a kind written in other words is a headline's loose mention of the clan's model (02-08: "mô hình dòng họ tự
    quản an ninh trật tự" beside “Dòng họ Rmah tự quản ANTT”); both go on as before."""
    head, other = _CLAN_HEAD.match(long["text"]), _CLAN_HEAD.match(short["text"])
    if head is None or other is None or len(long["occurrences"]) < len(short["occurrences"]):
        return False
    words = long["text"][head.end():].split()
    k = 0
    while k < len(words) and words[k][:1].isupper() and not _ACRONYM.fullmatch(words[k]):
        k += 1
    return 0 < k < len(words) and " ".join(words[k:]).lower() == " ".join(short["text"][other.end():].split()).lower()


@functools.lru_cache(maxsize=16384)
def _holds(long: str, words: str) -> bool:
    """Whether long has all these words, in this order ("to lien gia tu quan ve …" holds "to tu quan")."""
    rest = iter(long.split())
    return all(word in rest for word in words.split())


@functools.lru_cache(maxsize=16384)
def _shortens(short: str, long: str) -> bool:
    """Whether short is long's start ("Camera giám sát"), or its start and end with words between left out
    ("Tổ xung kích làng Chăm" for "Tổ xung kích phòng, chống tội phạm làng Chăm")."""
    if long.startswith(short + " ") or long.endswith(" " + short) and f" {FREE_OF_KEY} " in f" {short} ":
        return True  # "Ấp không có tội phạm" is a mention of "Khóm, ấp không có tội phạm"
    if long.endswith(" " + short) and len(long.split()) == len(short.split()) + 1:
        return long.split()[0] not in _HEAD_WORD_KEYS  # “kẻng an ninh” of "Tiếng kẻng an ninh", not of "Tổ camera …"
    s, w = short.split(), long.split()
    return len(w) > len(s) and any(s[:k] == w[:k] and s[k:] == w[len(w) - len(s) + k:]
                                   and not (short.startswith(CLUB_KEY) and w[k:len(w) - len(s) + k] == [WOMEN_KEY])
                                   for k in range(MIN_SHARED_HEAD, len(s) - MIN_SHARED_TAIL + 1))


WOMEN_KEY = "nu"
"""A club of women is another club than the one of the same name without them: "mô hình câu lạc bộ chủ nhà trọ …, mô
hình CLB nữ chủ nhà trọ" lists two models (round 69, 138-01)."""


def _quoted(body: str, listed: frozenset[int] | set[int] = frozenset()):
    """(start, end, accepted) of each quoted phrase: a model after a model cue, or after another accepted quote in
    the same list, or as an item of a list of models separated by semicolons (listed: where those quotes open); not
    after a campaign, award, crime or document cue; without a cue, when it looks like a model."""
    previous_end, previous = -1, False
    for m in _QUOTE_RE.finditer(body):
        campaign_slogan = False
        sentence_start, sentence_end = sentence_bounds(body, m.start())
        gap = body[previous_end:m.start()] if previous_end >= 0 else None
        if previous_end < sentence_start and not (";" in (gap or "") and _SEPARATOR_RE.fullmatch(gap)):
            gap = None  # a list of quotes goes on past a semicolon: "tiêu biểu: Mô hình “X”; “Y”; “Z”"
        if (gap is not None and _SEPARATOR_RE.fullmatch(gap) and not _PLACE_THEN_CLAUSE.fullmatch(gap)
                and (previous or not _CUE_IN_GAP.search(gap))):
            accepted = previous  # a cue of its own in the gap ("“x”, mô hình “Y”") is weighed afresh after a refusal
        else:
            window = body[max(sentence_start, previous_end, m.start() - CUE_REACH):m.start()]
            cue = _last_cue(window)
            if cue and cue["bad"] and len(window) - cue.end() > NOT_CUE_REACH:
                cue = None
            accepted = (bool(cue and (cue["good"] or cue["group"]))
                        or bool(cue and cue["marked"]) and (_has_marker(m["q"]) or _looks_like_model(m["q"]))
                        or NAMED in window and bool(_NAMED_AS.search(window))
                        and any(c["good"] for c in _CUE_RE.finditer(window))
                        or NAMED in window and bool(_FIRST_NAMED_AS.search(window))
                        and any(c["good"] for c in _CUE_RE.finditer(body, sentence_start, m.start()))
                        or _named_group(window, m["q"], body[m.end():sentence_end])
                        or _named_by_kind(window, m["q"])
                        or bool(_NUMBERED_SLOGAN.fullmatch(m["q"])
                                and _HEAD_BEFORE_QUOTE.search(body, max(0, m.start("q") - 40), m.start("q")))
                        or (cue is None or cue.group().lower() in CAMPAIGN_CUES) and _looks_like_model(m["q"])
                        or cue is None and bool(_SOUND_DEVICE_NAME.match(m["q"]) or _MAILBOX_NAME.match(m["q"])
                                                or _ALARM_NAME.match(m["q"]))
                        or (cue is None or cue.group().lower() in CAMPAIGN_CUES) and bool(_SWAP_NAME.match(m["q"]))
                        or bool(_SELF_NAMED.match(m["q"])) and not (cue and cue["bad"])
                        or cue is None and bool(_BORDER_SELF_MANAGED_QUOTE.match(m["q"]))
                        or _slogan_spelt_out(body, m["q"], m.end(), sentence_end)
                        or _title_quote_named_again(body, m))
            if (not accepted and cue and cue.group().lower() in CAMPAIGN_CUES
                    and _SELF_MANAGED_SLOGAN.fullmatch(m["q"])):
                accepted = campaign_slogan = True  # phong trào “Tự quản, tự phòng, tự bảo vệ”: the model, alone
            if (accepted and cue and len(window) - cue.end() > LOWER_CUE_REACH and _loose_lower(m["q"])
                    and not _lower_dashed_slogan(m["q"])
                    and not _PURPOSE_GAP.fullmatch(window, cue.end()) and not _NUMBERED_SLOGAN.fullmatch(m["q"])
                    and not _LISTED_AFTER_COLON.search(window, cue.end()) and not _NAMED_AS.search(window)):
                accepted = False  # "mô hình được nâng cấp từ việc gắn bảng “tố giác tội phạm”": a sign, not a name
            if not accepted and body.find(":", max(sentence_start, m.start() - LIST_REACH), m.start()) >= 0 and (
                    items := _LISTED_AFTER_COLON.search(body, max(sentence_start, m.start() - LIST_REACH), m.start())):
                far_cue = _last_cue(_QUOTES.sub("", body[max(sentence_start, items.start() - LIST_REACH):items.start()]))
                accepted = bool(far_cue and far_cue["good"])
        if (not accepted and _MODELS_BEFORE_COLON.search(body, max(sentence_start, m.start() - LIST_REACH), m.start())
                and not _MOTTO_BEFORE_COLON.search(body, max(sentence_start, m.start() - MOTTO_REACH), m.start())):
            accepted = True  # "củng cố các mô hình khác … trên địa bàn: “X”, “Y”": the clause's models, listed
        if (not accepted and SINGLED_OUT_WORDS.search(body, max(sentence_start, m.start() - SINGLED_OUT_WORDS_REACH),
                                                      m.start())
                and _MODELS_SINGLED_OUT.search(body, max(sentence_start, m.start() - LIST_REACH), m.start())):
            accepted = True  # "xây dựng mới 12 mô hình …, phức tạp về ANTT, tiêu biểu là “X”": one of the models
        if (not accepted and _APP_BEFORE.search(body, max(sentence_start, m.start() - APP_REACH), m.start())
                and _has_marker(m["q"]) and _CUE_IN_GAP.search(body, sentence_start, sentence_end)):
            accepted = True  # triển khai Ứng dụng “SOS An ninh, trật tự CATP.HCM” và mô hình “…”: launched as one
        if not accepted and _OTHER_MODELS_AFTER.match(body, m.end()):
            accepted = True  # “Đội dân phòng cơ động” cùng với một số mô hình khác như …: a model among others
        if not accepted and _MODEL_AFTER_QUOTE.match(body, m.end()):
            accepted = True  # một chiếc “móc khóa an ninh” - mô hình sáng kiến của Công an xã
        if not accepted and _NAME_OF_WORK_AFTER_QUOTE.match(body, m.end()):
            accepted = True  # “Ánh sáng vùng biên” là tên gọi công trình dân sinh …: the work's name
        if not accepted and _SAID_A_MODEL_AFTER_QUOTE.match(body, m.end()):
            accepted = True  # Phong trào “X” được triển khai từ năm 2018 là một trong những mô hình …
        if not accepted and _ONE_OF_THE_MODELS_IS.search(body, max(sentence_start, m.start() - LIST_REACH), m.start()):
            accepted = True  # Một trong những mô hình … được đánh giá cao về tính hiệu quả đó là “X”
        if accepted and _COVENANT_BEFORE.search(body, max(0, m.start() - 24), m.start()):
            accepted = False  # Ký giao ước thi đua “Dòng họ bảo đảm an toàn về ANTT”: the covenant's title
        if accepted and _CONTENT_BEFORE.search(body, max(0, m.start() - 12), m.start()) and not _NUMBERED_SLOGAN.fullmatch(
                m["q"]):
            accepted = False  # Đối với nội dung “Tổ dân phố an toàn nhất”: a part of the movement named before
        if accepted and _nickname_after_name(body, m.start(), m.end()):
            accepted = False  # Mô hình Camera an ninh cộng đồng: “Mắt thần” bảo đảm …: what the named model is called
        if accepted and _ALSO_A_MODEL_OF.search(body, max(0, m.start() - ALSO_REACH), m.start()):
            accepted = False  # … cũng được xác định là mô hình “Dân vận khéo”: the kind of the model described
        accepted = accepted or m.start() in listed
        if _EMPHASIS.fullmatch(m["q"]):
            yield m.start("q"), m.end("q"), False  # Mô hình Dân vận “khéo”: “X”: the cue still reaches “X”
            continue
        accepted = (accepted and not _INNER_SENTENCE.search(m["q"]) and not _POLICE_OF_PLACE.fullmatch(m["q"])
                    and not _drug_free_target(body, m.start("q"), m.end("q")))
        previous_end, previous = m.end(), accepted and not campaign_slogan
        yield m.start("q"), m.end("q"), accepted


def _title_quote_named_again(body: str, quote: re.Match) -> bool:
    """A capitalised quote in the title that the body gives again, unquoted and with the same letters, right after a
    group's word or "mô hình", is the model the document is about: “Hiệp sĩ đường phố” in the title, "tri ân cho tập
    thể đội Hiệp sĩ đường phố" in the body (round 82, 190-01; each of the corpus's 8 such titles has its quote annotated:
    109-05, 123-10, 141-01, 153-01, 40-03, 45-08, 92-20; "các hiệp sĩ đường phố" in lower case is people, 190-08)."""
    title_end = body.find("\n")
    if not 0 <= quote.end() <= title_end or not quote["q"][:1].isupper():
        return False
    return bool(re.compile(rf"(?<!\w)(?i:đội|tổ|nhóm|câu lạc bộ|mô hình)[ \t]+{re.escape(quote['q'])}(?!\w)")
                .search(body, title_end))


_CUE_IN_GAP = re.compile(r"(?<!\w)(?:mô hình|sáng kiến)(?!\w)", re.IGNORECASE)
"""A model cue between two quotes of a list: the quote after it is weighed by that cue, not by the refusal of the one
before: "Mô hình nhóm zalo “…”, mô hình “Xã nói không với tệ nạn ma tuý”, “Camera an ninh”" (round 67, 133-04)."""
_DASHED_PART = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)+")


def _lower_dashed_slogan(phrase: str) -> bool:
    """A phrase in lower case of two or more parts of two words or more joined by a dash is a slogan's name, however far
    from its cue: nhóm ứng dụng zalo “kết nối toàn dân - bình yên cuộc sống” (round 67, 133-04; not a sign's words like
    “tố giác tội phạm”)."""
    parts = _SLOGAN_DASH.split(phrase)
    return len(parts) >= 2 and all(_DASHED_PART.fullmatch(part) for part in parts)


_PLACE_THEN_CLAUSE = re.compile(rf"\s*(?:tại|ở|của)\s+{_PLACE_WORDS}\s+[^,;.“”\"()\n]*?(?<!\w)"
                                rf"(?!(?:và|hoặc|hay|cùng|đến|hình|kiến)\s*$)[{LOWER}]\w*\s*")
"""A place after a quote that a clause in lower case goes on from, with no comma nor conjunction before the next quote,
is where the first model is, and the next quote is a word of that clause, no item of a list: "mô hình “Địa chỉ tin cậy”
ở xã Trung Hạ lại luôn "vắng khách”" (round 55, 109-01; not "“X” tại phường A; “Y”", "“X” ở xã B và “Y”")."""
_NAME_BEFORE_COLON = re.compile(rf"(?<!\w)[Mm]ô hình[ \t]+[{UPPER}][^.;:!?“”\"«»„\n]{{1,80}}:[ \t]*$")
_CLAUSE_GOES_ON = re.compile(rf"[ \t]+[{LOWER}]")
NICKNAME_REACH = 100


def _nickname_after_name(body: str, start: int, end: int) -> bool:
    """Whether a quote after a colon that closes a capitalised name after "mô hình" is a word of the clause that goes on
    past it, the model's nickname in a headline: "Mô hình Camera an ninh cộng đồng: “Mắt thần” bảo đảm an ninh trật
    tự" (the name is before the colon; not "Mô hình Dân vận “khéo”: “…”", a quote that names the model) (round 51)."""
    return bool(_CLAUSE_GOES_ON.match(body, end)
                and _NAME_BEFORE_COLON.search(body, max(0, start - NICKNAME_REACH), start))


_SOUND_DEVICE_NAME = re.compile(r"(?:Tiếng[ \t]+(?:loa|kẻng|mõ|chuông)|Loa|Kẻng|Mõ)[ \t]+\w")
"""A quoted name that opens with a sound device is a model with no cue, as such names always are: “Tiếng loa Biên
phòng” do Đồn Biên phòng … triển khai (round 43)."""
_MAILBOX_NAME = re.compile(r"(?:[Hh]òm|[Hh]ộp)[ \t]+thư[ \t]+\w")
"""So does a quoted mailbox, in any case: bên "hòm thư góp ý" treo trước trụ sở (round 44; in the corpus every quoted
mailbox is a model: “Hòm thư cứu bạn”, “hòm thư tố giác tội phạm”)."""
_ALARM_NAME = re.compile(r"(?:[Cc]huông|[Nn]út)[ \t]+(?:cảnh[ \t]+)?báo(?:[ \t]+động)?[ \t]+(?:tội phạm|an ninh|trộm|cướp)"
                         r"(?!\w)")
"""So does a quoted alarm against crime, a bell or a button: lắp đặt hệ thống “chuông báo tội phạm” tại nhiều cơ sở
kinh doanh vàng bạc (round 82, 191-09; in the corpus every quoted alarm against crime is a model, mô hình “Chuông báo
tội phạm và PCCC” in 12-08 too; a fire alarm, “chuông báo cháy”, is equipment)."""
_SWAP_NAME = re.compile(r"[Đđ]ổi[ \t]+[^“”\"«»„]{2,100}?[ \t](?:lấy|nhận)[ \t]+\w")
"""A quoted swap, what people hand in "đổi … lấy" (or "nhận") what they get, names the swap a police unit runs, with
no cue or after "chương trình", as the corpus gives every such quote: “Đổi gạo lấy vũ khí, vật liệu nổ, công cụ hỗ
trợ” (27-02), "thực hiện việc “đổi vũ khí, vật liệu nổ và công cụ hỗ trợ lấy vật dụng thiết yếu”" (round 59, 117-07),
chương trình “Đổi vũ khí - vật liệu nổ - công cụ hỗ trợ nhận quà Tết” (118-17), like mô hình “Đổi vũ khí lấy bình chữa
cháy” (43-16); a document's or an award's quote keeps its contrary cue."""
_UNQUOTED_SWAP_RE = re.compile(rf"(?<!\w)(?:(?P<programme>chương trình)|phong trào)[ \t]+(?P<swap>đổi[ \t]+"
                               rf"[{LOWER}][^\W\d_]*(?:[ \t]+[^\W\d_]+){{0,7}}?[ \t]+(?:lấy|nhận)[ \t]+[^\W\d_])")
_SWAP_HEADING_RE = re.compile(rf"(?m)^(?P<swap>Đổi[ \t]+[{LOWER}][^\W\d_]*(?:[ \t]+[^\W\d_]+){{0,7}}?[ \t]+"
                              rf"(?:lấy|nhận)(?:[ \t]+[^\W\d_]+){{1,4}})[ \t]*$")
"""A swap in lower case, what people hand in "đổi … lấy" (or "nhận") what they get, right after "chương trình" or
"phong trào", names the programme as the quoted swap does (_SWAP_NAME), to the word that stops a name: "trong đó có
chương trình đổi vũ khí lấy quà" (185-03, as 16-04 lists it, with its word), "đợt phát động phong trào đổi vũ khí lấy
quà thu được nhiều kết quả" (185-04; the campaign's word is left, as the corpus leaves "phong trào" before a name); a
swap alone on a line is a heading that names the model the paragraph under it tells of: "Đổi vũ khí lấy bình chữa
cháy", then "Đó là mô hình đã và đang được Công an phường 3 … thực hiện" (round 81, 185-01; a sentence that opens with a
swap, "Đổi vũ khí lấy quà tết là cách làm sáng tạo", 118-17, names none)."""


def _unquoted_swap(body: str):
    for m in _UNQUOTED_SWAP_RE.finditer(body):
        start = m.start() if m["programme"] else m.start("swap")
        yield start, _read_name(body, m.start("swap"))
    for m in _SWAP_HEADING_RE.finditer(body):
        yield m.start("swap"), m.end("swap")


_NAMED_AS = re.compile(r"(?<!\w)(?:có tên(?:[ \t]+gọi)?|mang tên|với tên gọi|tên gọi là|tên là)[ \t]*:?[ \t]*$")
_FIRST_NAMED_AS = re.compile(r"(?<!\w)tên gọi[ \t]+(?:ban đầu|đầu tiên|lúc đầu|trước đây|trước kia|cũ)[ \t]+là"
                             r"[ \t]*:?[ \t]*$")
"""A name given as what a model was first called reaches back to the model's cue at its sentence's start, however far:
"Câu lạc bộ Phòng chống tội phạm (PCTP) đầu tiên trên địa bàn được thành lập vào năm 1997 với tên gọi ban đầu là "Đội
dân quân tự vệ …"" (round 38)."""
NAMED = "tên"
"""Searched first: every way of giving the name holds it."""
"""Words that give the quote as the name, however far the cue: "mô hình tự quản về ANTT có tên gọi “2 xây, 3 phòng, 4
tự”"."""
_LISTED_AFTER_COLON = re.compile(r"(?<!\w)(?:như|gồm|là)[ \t]*:[ \t]*(?:[^.;:!?“”\"\n]{1,60},[ \t]*){0,6}$")
LIST_REACH = 240
"""A quote listed after "như:" (first, or after unquoted items) is a model when the last cue of its sentence before the
colon, past the quoted movement, is a model cue, however far: "Nhiều mô hình, điển hình tiên tiến trong phong trào
“Toàn dân bảo vệ an ninh Tổ quốc” được nhân rộng … như: “X”, “Y”", "Một số mô hình tiêu biểu như: camera an ninh, tổ
an ninh nhân dân, “trong nhà có mõ, ngoài ngõ có đèn”" (not "tuyên truyền các nội dung như: “…”")."""
_MODELS_BEFORE_COLON = re.compile(r"(?<!\w)(?:các|những|nhiều|một số|\d+)[ \t]+mô hình(?:[ \t,][^.;:!?\n“”\"]{0,100})?"
                                  r":[ \t]*$", re.IGNORECASE)
"""A quote right after a colon that closes a clause about many models opens their list, whatever the clause says of
them in between, a contrary cue too: "Tiếp tục củng cố các mô hình khác góp phần đảm bảo an ninh trật tự trên địa bàn:
“Tổ an ninh nhân dân”, “Tổ hòa giải”, …" (round 39)."""
_MODELS_SINGLED_OUT = re.compile(r"(?<!\w)(?:các|những|nhiều|một số|\d+)[ \t]+mô hình(?:[ \t,][^.;:!?\n“”\"]{0,160})?"
                                 r"[ \t,]+(?:tiêu biểu|điển hình|nổi bật)(?:[ \t]+(?:là|như|gồm))?[ \t]*:?[ \t]*$",
                                 re.IGNORECASE)
SINGLED_OUT_WORDS = re.compile(r"(?:tiêu biểu|điển hình|nổi bật)(?:[ \t]+(?:là|như|gồm))?[ \t]*:?[ \t]*$", re.IGNORECASE)
SINGLED_OUT_WORDS_REACH = 20
"""A quote singled out of many models counted or quantified in its clause ("tiêu biểu là", "điển hình như", "nổi bật
là") is one of them, however far the cue and whatever the clause says of them in between, a contrary cue too:
"xây dựng mới 12 mô hình phong trào hướng vào các địa bàn, tuyến, lĩnh vực trọng điểm, phức tạp về ANTT, tiêu biểu là
“Liên kết bảo đảm ANTT giữa các ngân hàng với phường Niệm Nghĩa”" (round 75, 162-02: "về ANTT" read as a topic cue
refused it; as every such clause of the corpus lists models: 12-10, 15-17, 30-09, 48-05, 91-06, 113-14)."""
_APP_BEFORE = re.compile(r"(?<!\w)ứng dụng[ \t]*$", re.IGNORECASE)
APP_REACH = 12
"""An app named in quotes, its name carrying a security marker, is a model where its sentence names a model too: it is
launched or promoted as one of them: "triển khai Ứng dụng “SOS An ninh, trật tự CATP.HCM” và mô hình “Tổ công tác 3
trong 1: …”" (round 75, 161-02), "Lễ ra mắt mô hình “Tổ công tác 3 trong 1: …”, và tuyên truyền cài đặt ứng dụng “SOS
An ninh, trật tự”" (108-15); an app taught or described in a sentence of its own is left alone ("Tại buổi lễ, phường
Tân Định hướng dẫn người dân sử dụng ứng dụng “SOS An ninh, trật tự – Công an TPHCM”", 22-15)."""
_MOTTO_BEFORE_COLON = re.compile(r"(?<!\w)(?:phương châm|khẩu hiệu|tôn chỉ|tinh thần)(?:[ \t]+hoạt động)?[ \t]*:[ \t]*$",
                                 re.IGNORECASE)
MOTTO_REACH = 30
"""A colon right after a motto's word opens the motto the models work by, not their list: "Các mô hình này hoạt động
theo phương châm: “Tự nguyện, tự giác, tự chủ, tự chịu trách nhiệm”" (round 69, 137-10)."""
_OTHER_MODELS_AFTER = re.compile(r"(?:[^.;:!?\n“”\"«»]{0,60}[“\"«„][^.;:!?\n“”\"«»]{2,80}[”\"»])?"
                                 r"[ \t]*,?[ \t]*(?:cùng(?:[ \t]+với)?|và|với)[ \t]+"
                                 r"(?:(?:một số|các|những|nhiều)[ \t]+)?mô hình[ \t]+khác(?!\w)", re.IGNORECASE)
"""A quote followed by "and other models", or by one more quote and those words, is a model: kết hợp “Tiếng mõ an ninh”
của tỉnh đã có trước đây, với “Đội dân phòng cơ động” cùng với một số mô hình khác như … (round 39)."""
_MODEL_AFTER_QUOTE = re.compile(r"[ \t]*[-–—][ \t]*mô hình(?!\w)(?![ \t]*[“\"«„])", re.IGNORECASE)
"""A quote that a dash then calls a model is that model's name: “móc khóa an ninh” - mô hình sáng kiến của Công an xã
Vĩnh Thái (not when another quote follows "mô hình" and names it) (round 39)."""
_NAME_OF_WORK_AFTER_QUOTE = re.compile(r"[ \t]+là[ \t]+tên(?:[ \t]+gọi)?[ \t]+(?:của[ \t]+)?(?:một[ \t]+)?"
                                       r"(?:công trình|mô hình|sáng kiến)(?!\w)", re.IGNORECASE)
"""A quote said to be the name of a work, a model or an initiative right after it is that model: "“Ánh sáng vùng biên” là
tên gọi công trình dân sinh đã và đang được các đơn vị Bộ đội Biên phòng … lắp đặt" (round 80, 182-11; the reverse of
"có tên gọi là “…”", _NAMED_AS); "là chương trình …" after a quote is no such word."""
_CONTENT_BEFORE = re.compile(r"(?<!\w)nội dung[ \t]*$", re.IGNORECASE)
"""A quote right after "nội dung" names a part of a movement or model, no model of its own: "Về nội dung “Gia đình an
toàn nhất”, đây là nội dung cơ bản nhất của phong trào" (the parts of “5 nhất”), "thực hiện tốt các nội dung “Ngày Biên
phòng toàn dân”" (round 79); a numbered slogan stays the model's: "mô hình tự quản … với nội dung “ba không”"."""
_COVENANT_BEFORE = re.compile(r"(?<!\w)giao ước(?:[ \t]+thi đua)?[ \t]*$", re.IGNORECASE)
"""A quote right after "giao ước thi đua" is the title of the covenant signed, not a model: Ký giao ước thi đua “Dòng họ
bảo đảm an toàn về ANTT” (the goal built after a verb still is: giao ước thi đua xây dựng “Giáo xứ bình yên về ANTT”)
(round 39)."""
_POLICE_OF_PLACE = re.compile(rf"(?:CA|CAP|CAX|CATT|CAH|CAQ|CAT|CATP|CATX|Công an(?:[ \t]+(?:phường|xã|thị trấn|huyện|quận"
                              rf"|thị xã|tỉnh|thành phố|TP\.?))?)[ \t]+[{UPPER}\d][\w.]*(?:[ \t]+[{UPPER}\d][\w.]*)*")
"""A quote that names a police unit of a place, its abbreviation (CAP: Công an phường, CAX: Công an xã) or words and a
capitalised place, is that unit or an account named after it: “CAP Hà Huy Tập”, “CAX Thạch Bình”."""
_DRUG_FREE_UNIT = re.compile(r"(?:xã|phường|thị trấn|đặc khu|địa bàn)(?:,?[ \t]+(?:xã|phường|thị trấn|đặc khu))*"
                             r"[ \t]+không[ \t]+(?:có[ \t]+)?ma[ \t]+t(?:úy|uý)", re.IGNORECASE)
_MODEL_CUE_BEFORE = re.compile(r"(?<!\w)mô hình(?!\w)", re.IGNORECASE)


def _drug_free_target(body: str, start: int, end: int) -> bool:
    """A commune free of drugs ("Xã không ma túy", "xã, phường không có ma túy") is the target a commune is built to,
    no model, unless a model cue in its sentence names it so: "kế hoạch xây dựng “Xã không ma túy” giai đoạn
    2025-2030", "Xã không ma túy, không người nghiện" (a subheading), not "triển khai mô hình “Xã không ma túy”" (round
    49)."""
    sentence_start, _ = sentence_bounds(body, start)
    return bool(_DRUG_FREE_UNIT.fullmatch(body, start, end)) and not _MODEL_CUE_BEFORE.search(
        body, max(sentence_start, start - CUE_REACH), start)


_EMPHASIS = re.compile(rf"[{LOWER}]+")
"""One word in lower case in quotes is stressed, not named ("Dân vận “khéo”"); a list or a cue runs on past it."""
_INNER_SENTENCE = re.compile(rf"[{LOWER}][.!?][ \t]+[{UPPER}]")
"""A quote that holds a sentence's end is a saying, not a name: chia sẻ: “Từ khi có mô hình tự quản, … đáng kể. Người
dân chúng tôi …”."""


_SELF_NAMED = re.compile(rf"Mô hình[ \t]+(?!(?:nào|này|đó|ấy|đã|được|là|có|sẽ|vừa|mới)(?!\w))[{LOWER}][^.!?]*$")
"""A quote that calls itself a model names one, after the movement it serves too: "… phong trào toàn dân bảo vệ an
ninh Tổ quốc như: “Mô hình hội viên vì bình yên cuộc sống", “Mô hình tham gia đảm bảo an ninh, trật tự”" (not a saying quoted: “Mô hình nào do dân bàn … thì mô hình đó sống
lâu. …”)."""


_BORDER_SELF_MANAGED_QUOTE = re.compile(r"(?:[Pp]hong trào[ \t]+)?(?:(?:[Qq]uần chúng|[Nn]hân dân|[Tt]oàn dân)[ \t]+"
                                        r"tham gia[ \t]+)?(?:[Tt]ự quản)[ \t]+(?:về[ \t]+)?đường biên(?!\w)")
"""A quote with no cue before it that names the people's self-management of the border line is the Border Guard's
model, even when its own first word is "Phong trào", as the unquoted "mô hình quần chúng tham gia tự quản đường biên,
cột mốc …" is (65-04, 67-14) and “Tự quản đường biên, mốc giới và an ninh trật tự khu vực biên giới” (20-12): "bản cam
kết thực hiện “Phong trào tự quản đường biên giới - an ninh trật tự thôn, làng”" (round 56, 112-14); after a campaign
cue it is the campaign ("phát động phong trào “Quần chúng tham gia tự quản đường biên mốc giới”", 03-04), and the verb
"Tổ chức phong trào …" opens a document's title."""
_SPELT_WORDS = r"(?:không|sạch|giảm|có|an)"
_SPELT_SLOGAN = re.compile(rf"(?:[^\W\d_]+[ \t]+){{0,3}}?(?P<parts>\d+[ \t]+{_SPELT_WORDS}(?:,?[ \t]+\d+[ \t]+{_SPELT_WORDS})*)",
                           re.IGNORECASE)
_SPELT_PART = re.compile(rf"(?P<n>\d+)[ \t]+(?P<word>{_SPELT_WORDS})", re.IGNORECASE)
SPELT_SLOGAN_REACH = 60
_AIMS_QUOTED = re.compile(r"[ \t]+với[ \t]+(?:các|những)[ \t]+(?:mục tiêu|tiêu chí)[ \t]+(?=[“\"«„])")
_ANY_QUOTE = re.compile(r"[“”\"«»„‘’]")
_LIST_STOP = re.compile(r"[.!?…](?=\s|$)|\n")


def _slogan_spelt_out(body: str, quoted: str, end: int, sentence_end: int) -> bool:
    """Whether a quoted numbered slogan has its parts spelt out after a colon or in brackets further in its sentence,
    as many as its numbers, each opening with its word, in order: it names the model, as after "mô hình" ("mô hình 3
    không: không tội phạm, không ma túy, không mại dâm", 56-04): "hiếm có huyện nào phấn đấu được "3 không" như ở Lý
    Sơn: không tội phạm, không ma túy, không tệ nạn xã hội" (round 56, 111-17; not a result with no parts: "giữ được
    kết quả “2 không” rất ấn tượng", 69-14). So with a head before the number and with several numbers (round 85):
    chương trình “Thành phố 4 an”, gồm: an ninh trật tự, an toàn giao thông, … và an sinh xã hội (204-04); gia đình “5
    không, 3 sạch” bao gồm: không đói nghèo, …; sạch nhà, sạch bếp, sạch ngõ (204-11); phong trào “3 không” với ma túy
    (không thử, không giữ, không sử dụng ma túy) (204-02); chương trình “5 Không” với các mục tiêu “Không có hộ đói”,
    … (204-06, the parts quoted). Not the same campaign named with no parts (chương trình “Thành phố 4 an”, 46-02;
    cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”, 03-18, 24-10), nor its parts after "gồm" with no colon: “3
    sạch” gồm sạch nhà, … is one half of the family's standard (204-09)."""
    slogan = _SPELT_SLOGAN.fullmatch(quoted)
    if not slogan:
        return False
    stop = _LIST_STOP.search(body, end)
    sentence_end = max(sentence_end, stop.start() if stop else len(body))  # the parts go on past a semicolon
    if aims := _AIMS_QUOTED.match(body, end):
        opener, close = aims.end() - 1, sentence_end
    else:
        opener = next((i for i in range(end, min(sentence_end, end + SPELT_SLOGAN_REACH)) if body[i] in ":("), -1)
        if opener < 0 or _QUOTES.search(body, end, opener):
            return False
        close = body.find(")", opener, sentence_end) if body[opener] == "(" else sentence_end
        if close < 0:
            return False
    words = [w.lower() for m in _SPELT_PART.finditer(slogan["parts"]) for w in [m["word"]] * int(m["n"])]
    listed = _ANY_QUOTE.sub("", body[opener + 1:close]).strip(" \t.…")
    parts = re.split(rf"[ \t]*(?:[,;]|[ \t]và(?=[ \t]+{_SPELT_WORDS}[ \t]))[ \t]*", listed, flags=re.IGNORECASE)
    return len(parts) == len(words) and all(p.lower().startswith(w + " ") for p, w in zip(parts, words))


def _named_group(window: str, quoted: str, after: str) -> bool:
    """Whether a bare group word before the quote names a group by it: the quote has a marker, or both are capitalised
    and the rest of the sentence has the group keep order (Tổ “Cựu chiến binh vì dân” xã Mỹ Tiến đã … tuần tra, canh
    gác, … giữ vững trật tự, round 50), and the two are not a kind of group (Tổ "An ninh nhân dân")."""
    bare = _BARE_GROUP_BEFORE_QUOTE.search(window)
    return bool(bare) and (_has_marker(quoted) or bare["head"][0].isupper() and quoted[:1].isupper()
                           and bool(_SECURITY.search(after))) and _key(f"{bare['head']} {quoted}") not in _GROUP_KEYS


_KIND_HEAD_BEFORE_QUOTE = re.compile(rf"(?<!\w)(?:{_alternation(_DATA['heads'])})(?:[ \t]+[{LOWER}]+){{1,4}}[ \t]+$")


def _named_by_kind(window: str, quoted: str) -> bool:
    """Whether a capitalised model head and a marker right before a capitalised quote with a marker of its own give the
    kind of the model the quote names: Đội trưởng Dân phòng tự quản “Phòng chống tội phạm trên sông” (the quote is the
    name; find_models drops the kind, which _headed reads as a name of its own) (round 38)."""
    kind = _KIND_HEAD_BEFORE_QUOTE.search(window)
    return bool(kind) and quoted[:1].isupper() and _has_marker(quoted) and _has_marker(kind.group())


_NEXT_QUOTE_MARK = re.compile(r"[“”\"«»„]")


def _unclosed_quote(body: str):
    """The name in a quote left open after a model cue, up to the end of its sentence, when it looks like a model; a
    quote that opens with "Mô hình" is its own cue, and the commune or district it ends with is no part of the name
    (a caption: “Mô hình cụm an ninh liên kết số 2-3 xã Tả Phời); right after its cue, a head alone will do: mô hình
    “Câu lạc bộ 3 tích cực trong đồng bào Khmer."""
    for m in _UNCLOSED_RE.finditer(body):
        line_end = body.find("\n", m.end())
        rest = body[m.end():None if line_end < 0 else line_end]
        if (nxt := _NEXT_QUOTE_MARK.search(rest)) and nxt.group() in "”\"»":
            continue  # closed further on (not when another quote opens first: “X. Câu lạc bộ trở thành “cánh tay …”)
        window = body[max(sentence_bounds(body, m.start())[0], m.start() - CUE_REACH):m.start()]
        cue = _last_cue(window)
        own_cue = _MODEL_PREFIX_RE.match(m["q"])
        adjacent = cue and cue["good"] and not window[cue.end():].strip() and _HEAD_RE.match(m["q"])
        if ((own_cue or cue and (cue["good"] or cue["group"])) and (_looks_like_model(m["q"]) or adjacent)
                and len(m["q"].split()) <= MAX_WORDS):
            place = _UNIT_AT_END.search(m["q"]) if own_cue else None
            yield m.start("q"), m.start("q") + place.start() if place else m.end("q")


_UNCLOSED_SPELT_OUT_RE = re.compile(rf"[Mm]ô hình[ \t]*[“\"«„][ \t]*(?P<q>\d+[ \t]+[{UPPER}]\w*)[ \t]*"
                                    rf"\([ \t]*[{UPPER}][^()\n“”\"«»„]{{2,80}}\)(?![ \t]*[”\"»])")
"""A numbered name whose words are spelt out in brackets, its quote left open: mô hình “2 An (An ninh trật tự - An sinh
xã hội) giữa Công an tỉnh và …: the name is the number and its word."""


def _unclosed_spelt_out(body: str):
    """The numbered name before the brackets that spell it out, in a quote after "mô hình" never closed on its line."""
    for m in _UNCLOSED_SPELT_OUT_RE.finditer(body):
        line_end = body.find("\n", m.end())
        rest = body[m.end():None if line_end < 0 else line_end]
        if not ((nxt := _NEXT_QUOTE_MARK.search(rest)) and nxt.group() in "”\"»"):
            yield m.start("q"), m.end("q")


def _loose_lower(phrase: str) -> bool:
    """A phrase in lower case that opens with no model head: a name only close after its cue."""
    return phrase[:1].islower() and not _LOWER_HEAD_RE.match(phrase.lower())


@functools.lru_cache(maxsize=1024)
def _last_cue(window: str) -> re.Match | None:
    """The last cue in the window; the movement's own name is none, a group word only right before the quote."""
    if _ABOUT_BUILDING.search(window) or _HONOURED.search(window) or _FOUNDED.search(window):
        return None
    window = _CUE_FALSE_FRIENDS_RE.sub(lambda m: " " * len(m.group()), window)
    cues = [cue for cue in _CUE_RE.finditer(window)
            if not cue["movement"] and not (cue["group"] and window[cue.end():].strip())
            and not (cue.group() == ASSOCIATION and window[cue.end():].strip())]
    cues = [cue for k, cue in enumerate(cues) if not _about_of_cue(cue, cues[k - 1] if k else None, window)
            and not _also_of_cue(cue, cues[k - 1] if k else None, window)]
    return cues[-1] if cues else None


_ABOUT_BUILDING = re.compile(r"(?<!\w)về[ \t]+(?:việc[ \t]+)?xây dựng[ \t]*$")
""""về" and building right before a quote give the goal built, no topic, whatever cue comes before them: "các tiêu chí
của Bộ Công an về xây dựng “Công an phường điển hình kiểu mẫu …”", "Chỉ thị số 10 về xây dựng "Khu dân cư an toàn về an
ninh, trật tự"" (the quote is then a model when it looks like one) (round 48)."""


_FOUNDED = re.compile(r"(?<!\w)thành lập[ \t]*$")
"""Founding right before a quote gives what is founded, not the plan or decision that founds it: "đề án, đề xuất thành
lập “Tổ tự quản bảo vệ rừng trong rừng phòng hộ Cần Giờ”" (round 55, 110-08; the quote is then a model when it looks
like one, as after "về xây dựng")."""
_HONOURED = re.compile(r"(?<!\w)(?:biểu dương|tuyên dương|tôn vinh)[ \t]*$")
"""Honouring right before a quote gives what is honoured, not the title of the conference that does it: "Hội nghị
biểu dương “Dòng họ tiêu biểu, tự quản về an ninh trật tự”" (the quote is then a model when it looks like one) (round
53)."""


def _also_of_cue(cue: re.Match, previous: re.Match | None, window: str) -> bool:
    """A campaign cue joined to a model cue right before it names the same thing twice: "Hội Phụ nữ với mô hình,
    chuyên đề “Vận động …”" (the model cue holds; "chuyên đề “…”" alone is a campaign)."""
    return (bool(cue["bad"]) and cue.group().lower() in CAMPAIGN_CUES and previous is not None
            and bool(previous["good"]) and bool(_CUES_JOINED.fullmatch(window, previous.end(), cue.start())))


_CUES_JOINED = re.compile(r"[ \t]*(?:,|/|[ \t](?:và|hoặc|hay))[ \t]*")


ASSOCIATION = "Hội"
"""A capitalised "Hội" with words between it and the quote is an association acting (the veterans' "Hội phối hợp thành
lập “Tổ nhân dân tự quản”"), not a festival named by the quote ("hội “…”")."""


def _about_of_cue(cue: re.Match, previous: re.Match | None, window: str) -> bool:
    """"về" right after a model cue gives the models' domain, not a topic quoted: "24 mô hình về an ninh trật tự như
    “Đội dân phòng”, …" (unlike "tuyên truyền về “…”")."""
    return (cue.group().lower() == ABOUT and previous is not None and bool(previous["good"])
            and bool(_CUE_QUALIFIER.fullmatch(window, previous.end(), cue.start())))


ABOUT = "về"
_CUE_QUALIFIER = re.compile(rf"(?:,?[ \t]+[{LOWER}]+){{0,3}}[ \t]*")
"""Up to three words in lower case may qualify the models before their domain: "các mô hình tự quản về ANTT như:
“Tiếng chuông bình yên”, …"."""


_SINGLE_QUOTED_RE = re.compile(r"(?<!\w)[Mm]ô hình[ \t]+['‘](?P<q>[^'‘’“”\"\n]{2,150}?)['’](?!\w)")
"""A name in single quotes right after "mô hình": mô hình 'Đổi vũ khí, vật liệu nổ, công cụ hỗ trợ và pháo lấy bình
chữa cháy' (an apostrophe inside a word, "K'tu", opens none)."""
_SINGLE_QUOTED_GATE = re.compile(r"ô hình[ \t]+['‘]")


def _single_quoted(body: str):
    if not _SINGLE_QUOTED_GATE.search(body):
        return
    for m in _SINGLE_QUOTED_RE.finditer(body):
        if _looks_like_model(m["q"]) or _has_marker(m["q"]) or m["q"][:1].isupper():
            yield m.start("q"), m.end("q")


def _single_quoted_list(body: str):
    """The names in curly single quotes that a list of models or movements gives after "như", "gồm" or "là", each
    capitalised: "các phong trào quần chúng như ‘Việt Dũng thanh niên đoàn’, ‘Việt nữ đoàn’, ‘Cảnh sát danh dự không
    lương’ đã được huy động" (round 61, 120-02), as a list in double quotes is read; a quote alone after no such cue
    (‘lấy dân làm gốc’) is none."""
    if "‘" not in body:
        return
    for m in _SINGLE_QUOTED_LIST_CUE_RE.finditer(body):
        pos = m.end()
        while item := _SINGLE_QUOTED_ITEM.match(body, pos):
            if item["q"][:1].isupper():
                yield item.start("q"), item.end("q")
            pos = item.end()
            if not (nxt := _NEXT_QUOTED_ITEM.match(body, pos)):
                break
            pos = nxt.end()


_SINGLE_QUOTED_LIST_CUE_RE = re.compile(r"(?<!\w)(?:mô hình|phong trào)(?:[ \t]+[^\s.;:“”\"‘’]+){0,4}?[ \t]*,?[ \t]+"
                                        r"(?:như|gồm|là)[ \t]*:?[ \t]*(?=‘)", re.IGNORECASE)
_SINGLE_QUOTED_ITEM = re.compile(r"‘[ \t]*(?P<q>[^‘’“”\"\n]{2,100}?)[ \t]*’")
_NEXT_QUOTED_ITEM = re.compile(r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)(?=‘)")


_SAID_TO_BE_MODEL_RE = re.compile(r"[ \t]+là[ \t]+(?:một[ \t]+trong[ \t]+(?:số[ \t]+)?(?:những|các)[ \t]+|một[ \t]+)"
                                  r"mô hình(?!\w)")
_CLAUSE_MARK = re.compile(r"[,;:.!?\n(“”\"]")
_SAID_TO_BE_GATE = re.compile(r"là[ \t]+một[ \t]")
_SAID_A_MODEL_AFTER_QUOTE = re.compile(rf"[^.;:!?\n“”\"«»]{{0,60}}?{_SAID_TO_BE_MODEL_RE.pattern}")
"""A quote that its own clause then says is a model is that model's name, whatever cue came before it: Phong trào
“Phật giáo Đông Hà tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc và xây dựng văn minh đô thị” được triển khai từ
năm 2018 là một trong những mô hình mang lại hiệu quả (round 77, 170-05)."""
_ONE_OF_THE_MODELS_IS = re.compile(r"(?<!\w)một[ \t]+trong[ \t]+(?:số[ \t]+)?(?:những|các)[ \t]+mô hình"
                                   r"(?:[ \t,][^.;:!?\n“”\"«»]{0,160})?[ \t]là[ \t]*$", re.IGNORECASE)
"""The same said the other way round: a quote its clause opens with one of the models and ends on "là" right before
it is that model, whatever cue came between: "Một trong những mô hình mang lại kết quả và được đánh giá cao về tính
hiệu quả đó là "Tiếng loa an ninh"" (round 78, 173-07, before refused: "về" reads as a topic quoted)."""


def _said_to_be_model(body: str):
    """A group or model head in lower case that its clause says is a model, with a marker, runs to "là": "trong đó tổ
    liên gia tự quản là một trong những mô hình hiệu quả" (not "tổ liên gia tự quản đã phát hiện …")."""
    if not _SAID_TO_BE_GATE.search(body):
        return
    for m in _SAID_TO_BE_MODEL_RE.finditer(body):
        clause_start = max((c.end() for c in _CLAUSE_MARK.finditer(body, max(0, m.start() - 120), m.start())),
                           default=max(0, m.start() - 120))
        for head in _LOWER_HEAD_RE.finditer(body, clause_start, m.start()):
            if starts_word(body, head.start()) and _read_name(body, head.start()) == m.start() \
                    and _has_marker(body[head.start():m.start()]):
                yield head.start(), m.start()
                break


_FOUNDED_BY_DECISION_RE = re.compile(rf"[Qq]uyết định[^.;\n]{{0,60}}?[ \t]về việc thành lập[ \t]+(?:các[ \t]+)?"
                                     rf"(?P<group>tổ|đội|nhóm)[ \t]+(?=[{LOWER}])")
MIN_FOUNDED_WORDS = 2
FOUNDING = "về việc thành lập"
"""Words after the group word that make a group founded by decision a name ("các tổ đoàn kết trên biển", not "tổ
công tác")."""


def _drug_clean_units(body: str):
    """Units clean of drugs named in lower case right after "mô hình" are that model: "Nổi bật là mô hình xã sạch về
    ma túy tại 158 xã, phường, thị trấn, 98 điểm mô hình khối, xóm, thôn, bản sạch về ma túy" (round 78, 174-07, before
    none: a unit word in lower case heads no name); without the cue they are the goal a unit reaches ("40 xã sạch về
    ma túy")."""
    matches = matches_at(_DRUG_CLEAN_AFTER_CUE_RE, body, _model_word_starts(body))
    return ((m.start("name"), m.end("name")) for m in matches)


_CLEAN_UNIT = r"(?:xã|phường|thị trấn|khối|xóm|thôn|bản|ấp|làng|khu phố|tổ dân phố)"
_FREE_HARM = r"(?:ma[ \t]+t(?:úy|uý)|mại[ \t]+dâm|tệ[ \t]+nạn[ \t]+xã[ \t]+hội)"
_DRUG_CLEAN_AFTER_CUE_RE = re.compile(rf"[Mm]ô hình[ \t]+(?P<name>{_CLEAN_UNIT}(?:,?[ \t]+(?:và[ \t]+)?{_CLEAN_UNIT})*"
                                      r"(?:[ \t]+sạch(?:[ \t]+về)?[ \t]+ma[ \t]+t(?:úy|uý)"
                                      rf"|(?:[ \t]+(?:lành mạnh|an toàn))?,?[ \t]+không(?:[ \t]+có)?[ \t]+(?:tệ[ \t]+nạn[ \t]+)?"
                                      rf"{_FREE_HARM}(?:(?:,|[ \t]+và)[ \t]+{_FREE_HARM})*))(?!\w)")
"""Or free of harms, the units listed and what they are besides: "Hiệu quả mô hình xã, phường, thị trấn lành mạnh không
có tệ nạn ma túy, mại dâm" (round 82, 191-03, a title the body does not name again; as the corpus annotates "mô hình xã
không có tệ nạn ma túy" in 09-19 and "mô hình thôn không có ma túy" in 23-16)."""


def _founded_by_decision(body: str):
    """Groups that a decision sets up across a province, in lower case, are the model it founds: "Quyết định số
    1703/QĐ-UBND về việc thành lập các tổ đoàn kết trên biển"."""
    if FOUNDING not in body:
        return
    for m in _FOUNDED_BY_DECISION_RE.finditer(body):
        end = _read_name(body, m.start("group"))
        if len(body[m.end():end].split()) >= MIN_FOUNDED_WORDS:
            yield m.start("group"), end


def _other_name(body: str):
    """A model's other name, unquoted or with its quote left open: "mô hình này còn có tên là camera 0 đồng"."""
    if not _OTHER_NAME_GATE.search(body):
        return
    for m in _OTHER_NAME_RE.finditer(body):
        if (end := _read_name(body, m.end())) > m.end():
            yield m.end(), end


def _called(body: str):
    """What people call a thing, in lower case, is a model when the name carries a marker: "Mọi người gọi đây là móc
    khóa an ninh bởi có bất cứ vấn đề gì về an ninh trật tự …" (not a nickname: "Ông Y Thưng Niê (còn gọi là Ma An)",
    "hay còn gọi là hội hiếu")."""
    if CALLED not in body:
        return
    for m in _CALLED_RE.finditer(body):
        end = _read_name(body, m.end())
        if len(body[m.end():end].split()) >= MIN_CALLED_WORDS and _has_marker(body[m.end():end]):
            yield m.end(), end


_CALLED_RE = re.compile(rf"(?<!\w)gọi[ \t]+(?:(?:đây|đó|nó|chúng)[ \t]+)?là[ \t]+(?=[{LOWER}])")
MIN_CALLED_WORDS = 2
CALLED = "gọi"
"""Searched first: every name people give holds it."""


_OTHER_NAME_GATE = re.compile(r"(?:tên|gọi)[ \t]+là")
"""Searched first (as the gates of the other finders): every other name is called "… tên là" or "gọi là"."""


_BUILT_WITH_LEVELS = re.compile(r"xây dựng[ \t]+(?:(?:xã|phường|thị trấn|huyện|quận|tỉnh)(?:,?[ \t]+(?:và[ \t]+)?))+$")
"""A community free of drugs built with the units above it is the goal, as "xây dựng khu dân cư không có tội phạm" is:
"xây dựng xã, phường và khu dân cư không có tệ nạn ma túy"."""


_SHARE_BEFORE = re.compile(rf"(?<![\w,.])\d+(?:[.,]\d+)*[ \t]*%[ \t]+(?:[{LOWER}]+(?:[ \t][{LOWER}]+)?,[ \t]+){{0,4}}$")
SHARE_REACH = 60
"""Communities free of drugs or crime as a share of all are those that meet the standard, not the model: "đã xây dựng
được 72,6% khu dân cư không có tội phạm và tệ nạn xã hội; 72% khu dân cư không có ma túy" (a count in a list of models
still names it: "13 mô hình …; 70 tổ dân phố, thôn không có tội phạm; …"), the last of a list of units too: "giữ vững
100% cơ quan, đơn vị, trường học không có ma túy" (round 40)."""


OPENING_STARTS = {"[Mm]ô hình": _model_word_starts, "Công an ": lambda body: _occurrences(body, ("Công an ",)),
                  "(?<=[Mm]ô hình )": lambda body: [at + len("Mô hình ") for at in _model_word_starts(body)],
                  "[Tt]ổ ": lambda body: _occurrences(body, ("Tổ ", "tổ ")),
                  "tổ ": lambda body: _occurrences(body, ("tổ ",)),
                  "[Đđ]ội ": lambda body: _occurrences(body, ("Đội ", "đội ")),
                  "[Cc]hốt ": lambda body: _occurrences(body, ("Chốt ", "chốt "))}


def _openings(regexes: list[str]) -> set[str] | None:
    """The openings (keys of OPENING_STARTS) of these regexes, if each opens with one, not quantified; else None."""
    openings = set()
    for regex in regexes:
        opening = next((o for o in OPENING_STARTS if regex.startswith(o) and regex[len(o):len(o) + 1] not in "*+?{"),
                       None)
        if opening is None:
            return None
        openings.add(opening)
    return openings


_FAMILY_OPENINGS = _openings(_DATA["families"])
"""Where a family can start, so that its regex is tried only there (None: everywhere)."""


def _families(body: str):
    matches = _FAMILY_RE.finditer(body) if _FAMILY_OPENINGS is None else matches_at(
        _FAMILY_RE, body, sorted({at for opening in _FAMILY_OPENINGS for at in OPENING_STARTS[opening](body)}))
    found = [m for m in matches if starts_word(body, m.start())]
    if FREE_OF in body or LAW_ABIDING in body:
        found += [m for m in _FREE_OF_RE.finditer(body) if starts_word(body, m.start())
                  and not _BUILT_WITH_LEVELS.search(body, max(0, m.start() - 60), m.start())
                  and not _SHARE_BEFORE.search(body, max(0, m.start() - SHARE_REACH), m.start())
                  and not _PLEDGED_BEFORE.search(body, max(0, m.start() - PLEDGE_REACH), m.start())
                  and not (body[m.start()].islower()
                           and _AT_MANY_BEFORE.search(body, max(0, m.start() - AT_MANY_REACH), m.start()))
                  and not (body[m.start()].islower() and _TIME_CLAUSE_BEFORE.match(
                      body, sentence_bounds(body, m.start())[0], m.start()))]
    return ((m.start(), m.end()) for m in found)


_PLEDGED_BEFORE = re.compile(r"(?<!\w)cam kết(?:[ \t]+(?:thực hiện|xây dựng|giữ))?[ \t]+"
                             r"(?:[^.;:!?\n“”\"]{1,60}?,[ \t]+)?$")
PLEDGE_REACH = 90
"""A unit free of harm that people pledge, unquoted, is what they promise, no model: "các CCB, cựu quân nhân ký cam kết
gia đình không có người nghiện ma túy" (round 76, 166-09), "cam kết gia đình an toàn về ANTT, gia đình không có tội
phạm và tệ nạn xã hội" (140-02), "ký cam kết thực hiện gia đình không có tội phạm, tệ nạn xã hội" (86-03); not one
carried out after the pledge: "ký cam kết, thực hiện ấp không có tệ nạn ma túy" (09-19)."""


AT_MANY_REACH = 20
_AT_MANY_BEFORE = re.compile(r"(?<!\w)(?:tại|ở|hầu hết)[ \t]+(?:các|những)[ \t]+$", re.IGNORECASE)
"""Communities free of crime, in lower case where many are placed ("Hầu hết tại các bản không có người nghiện ma túy
…"), are how those places stand, not a model (round 72, 149-05)."""
_TIME_CLAUSE_BEFORE = re.compile(r"(?:Từ khi|Kể từ khi|Từ ngày|Kể từ ngày|Sau khi|Từ đó|Đến nay|Nhờ đó|Nhờ vậy)"
                                 r"(?!\w)[^.!?;:\n“”\"]{0,100},[ \t]+$")
"""A community free of crime in lower case right after a clause of time that opens its sentence is how things stand,
not a model: "Từ khi mô hình ra đời, xóm không có tội phạm, tệ nạn xã hội." (round 41)."""


def _self_managed_activity(body: str):
    """Self-management of an activity, in lower case after "mô hình", is named by the activity it governs, past the
    domains it keeps: "mô hình tự quản về vệ sinh môi trường, an ninh trật tự hoạt động bán hàng rong", "Mô hình tự
    quản về hoạt động dịch vụ và kinh doanh thương mại, mô hình tự quản về hoạt động chụp ảnh", up to the next model
    joined by "và": "… hoạt động dịch vụ xe ô tô điện và mô hình tự quản tại các đền, chùa" (not how the models
    work: "mô hình tự quản về ANTT hoạt động hiệu quả", "… hoạt động thực chất")."""
    if SELF_MANAGED_ACTIVITY not in body:
        return
    for m in matches_at(_SELF_MANAGED_ACTIVITY_RE, body, _model_word_starts(body)):
        rest = body[m.start("activity"):m.start("activity") + 20].lower()
        domains = m["domains"].lower()
        if (starts_word(body, m.start()) and not _STOP_RE.match(rest) and not rest.startswith(_MANNER_WORDS)
                and not any(_STOP_RE.match(domains, w.start()) for w in re.finditer(r"\S+", domains))):
            yield m.start("name"), m.end("name")


SELF_MANAGED_ACTIVITY = "tự quản về "
_SELF_MANAGED_ACTIVITY_RE = re.compile(
    rf"[Mm]ô hình[ \t]+(?P<name>tự quản về[ \t]+(?P<domains>(?:[{LOWER}]+,?[ \t]+){{0,8}}?)hoạt động[ \t]+"
    rf"(?P<activity>[{LOWER}]+(?:[ \t]+[{LOWER}]+){{0,7}}?))(?=[ \t]*(?:[,.;:…)\n]|$)|[ \t]+và[ \t]+mô hình(?!\w))")
_MANNER_WORDS = ("thực chất", "tốt", "ổn định", "mạnh", "sôi nổi", "liên tục", "đều", "rất", "khá", "chưa", "không")
"""Words after "hoạt động" that say how a model works, not what it governs."""


def _self_managed_lineage(body: str):
    """A self-managed lineage in lower case, with no cue, is the model, neither counted nor in the plural: "6/6 thôn
    của xã đều có dòng họ tự quản", "phát huy vai trò của tổ tự quản, dòng họ tự quản" (not "thành lập 10 dòng họ tự
    quản", "Những dòng họ tự quản về an ninh", nor a team of lineages, "Các tổ dòng họ tự quản", nor the kind of a
    lineage that a quote names: dòng họ tự quản "Xa Sình Vi quản”); a clan named so ("Dòng họ Lò tự quản về ANTT")
    takes it as a short mention."""
    if LINEAGE_SELF_MANAGED not in body:
        return
    for m in _LINEAGE_SELF_MANAGED_RE.finditer(body):
        end = _read_name(body, m.start())
        if not (_KINDS_BEFORE.search(body, max(0, m.start() - 10), m.start())
                or _GROUP_OF_LINEAGES.search(body, max(0, m.start() - 6), m.start()) or _KIND_OF_QUOTE.match(body, end)):
            yield m.start(), end


LINEAGE_SELF_MANAGED = "họ tự quản"
_LINEAGE_SELF_MANAGED_RE = re.compile(r"(?<!\w)(?:dòng|tộc) họ tự quản(?!\w)")
_GROUP_OF_LINEAGES = re.compile(r"(?<!\w)(?:tổ|nhóm|đội)[ \t]+$", re.IGNORECASE)


def _known_in_title(body: str):
    """A known name in lower case in the title (the body's first line), not counted, is the model the document is
    about when the body calls its subject a model: "Phường Sơn Phong gắn hòm thư tố giác tội phạm tại …", then "Được
    biết, đây là mô hình được … triển khai lần đầu tiên" (a device in a title is the device otherwise: "Xã … lắp đặt
    170 hòm thư tố giác tội phạm")."""
    title_end = body.find("\n")
    if title_end < 0 or not _CALLED_A_MODEL.search(body, title_end):
        return
    for m in _KNOWN_LOWER_RE.finditer(body, 0, title_end):
        if (body[m.start()].islower() and starts_word(body, m.start()) and not body[m.end():m.end() + 1].isalnum()
                and not _KINDS_BEFORE.search(body, max(0, m.start() - 10), m.start())
                and not _BOUGHT_BEFORE.search(body, max(0, m.start() - 12), m.start())):
            yield m.start(), m.end()


_BOUGHT_BEFORE = re.compile(r"(?<!\w)(?:mua|sắm|mua sắm)[ \t]+$", re.IGNORECASE)
"""A known device bought in the title is the thing bought: "Vừa góp tiền mua camera an ninh, dân bắt ngay được trộm"
(the model is the residents' camera system named in the body; not "gắn hòm thư tố giác tội phạm")."""
_CALLED_A_MODEL = re.compile(r"(?<!\w)[Đđ]ây là (?:một )?mô hình(?!\w)")


def _known(body: str):
    for m in matches_at(_KNOWN_RE, body, _occurrences(body, _KNOWN_NAMES)):
        start = m.start()
        if body[start - 1:start] == "/" and (shared := _HEAD_BEFORE_SLASH.search(body, max(0, start - 24), start)):
            start = shared.start()
        if (starts_word(body, start)
                and not (body[start].islower() and _SKILL_BEFORE.search(body, max(0, start - 40), start))
                and not (body[start].islower() and _PAGE_BEFORE.search(body, max(0, start - 12), start))
                and not _ALSO_A_MODEL_OF.search(body, max(0, start - ALSO_REACH), start)):
            yield start, m.end()


_ALL_LOWER_HEADS = _LOWER_HEADS + [h.lower() for h in _DATA["heads_capitalised_only"]]
_HEAD_BEFORE_SLASH = re.compile(rf"(?<!\w)(?:{_alternation(_ALL_LOWER_HEADS)})/$", re.IGNORECASE)
"""A head joined by a slash to a known name shares it: "229 gia đình/dòng họ an toàn"."""


_ALSO_A_MODEL_OF = re.compile(r"(?<!\w)(?:còn|cũng)[ \t]+(?:được[ \t]+(?:xác định|công nhận|chọn|coi|xem)[ \t]+)?là[ \t]+"
                              r"(?:một[ \t]+)?mô hình[ \t]*$")
ALSO_REACH = 50
"""A known name, or a quote, that the model described also is gives its kind, no name of its own: "Đây còn là mô hình
dân vận khéo đem lại nhiều hiệu quả" (of the Zalo model named before) (round 47), "Mô hình “Tiếng kẻng an ninh” … cũng
được xác định là mô hình “Dân vận khéo” …" (round 48; not a model chosen: "lựa chọn là mô hình “Dân vận khéo”")."""
_PAGE_BEFORE = re.compile(r"(?<!\w)(?:trang|tài khoản)[ \t]+$", re.IGNORECASE)
"""A known name in lower case after "trang" is a page the model runs, no model: "Các trang zalo an ninh trật tự (ANTT)
dần trở thành kênh thông tin" (of the quoted model “Kết nối mạng xã hội - Bình yên cho mỗi gia đình”) (round 48)."""
_SKILL_BEFORE = re.compile(r"(?:kỹ năng|kĩ năng|phương pháp|nghệ thuật)(?:[ \t]+[^\s,.;:]+){0,3},?[ \t]+$")
"""A known name in lower case among the skills someone uses is the skill, not the model: "vận dụng kỹ năng tuyên
truyền, dân vận khéo" (not "hoạt động an sinh xã hội, dân vận khéo")."""


def _after_cue(body: str):
    """Capitalised names after "mô hình" ("mô hình Nhà trọ tự quản, Xe ôm tự quản"), unless they name an agency or
    a place (a capitalised word after the first one) without a model marker."""
    starts = (o.start() - (o.group() == MODEL_WORD) for o in _LIST_CUE_STARTS.finditer(body))
    listed = None
    for m in matches_at(_LIST_CUE_RE, body, starts):
        if (not starts_word(body, m.start()) or _KIND_BEFORE.search(body, max(0, m.start() - 6), m.start())
                or _DOMAIN_OPENING.match(body, m.end()) or m["clause"] and _NUMBERED_PARTS_CUE.match(m["clause"])
                or _CLAUSE_OPENING.match(body, m.end())):
            continue
        pos = m.start() if m["club"] else m.end()
        first = _semicolon_item(body, pos)
        semicolons = (bool(first) and body[first.end():first.end() + 2].lstrip().startswith(";")
                      and not (m["club"] and _CLAUSE_AFTER_SEMICOLON.match(body, first.end())))
        while (end := _item_end(body, pos, semicolons)) > pos:
            if listed is None:
                listed = _whole_listed_items(body)
            end = max(end, listed.get(pos, end))
            end = _described_end(body, pos, end) if body[pos].isupper() else end
            taking_part = (body[pos].isupper() and not _has_marker(body[pos:end])
                           and _PARTICIPANTS_KEEPING_ORDER.match(body, end)
                           or _ACRONYM.fullmatch(body, pos, end) and _AGENCY_TAKING_PART.match(body, end))
            end = taking_part.end() if taking_part else end
            kept_at = _BARE_PURPOSE.fullmatch(body, pos, end) and _KEPT_AT.match(body, end)
            end = kept_at.end() if kept_at else end
            if _SPELT_PEOPLE.fullmatch(body, pos, end) and (run := _PEOPLE_DOING.match(body, end)) and len(
                    body[pos:run.end()].split()) <= MAX_LISTING_WORDS:
                yield pos, run.end()
                break
            phrase = body[pos:end]
            plain = ((not any(w[0].isupper() and not _ACRONYM.fullmatch(w) for w in phrase.split()[1:])
                      or _acronym_named(phrase))
                     and (not m["clause"] or " " in phrase))  # "Tổ phụ nữ không có TNXH": an acronym is no name
            category = ((_CATEGORY_OF_QUOTE.match(body, end) and not _NICKNAME_AFTER_NAME.match(body, end))
                        or _KIND_OF_QUOTE.match(body, end))
            club = m["club"] and (pos == m.start() or phrase[0].isupper())
            if not category and (club or taking_part or kept_at or _looks_like_model(phrase)
                                 or plain and (phrase[0].isupper() or _has_marker(phrase))) and not (
                    _FORMER_MEMBERS.search(phrase) and _CLUB_WORD.match(phrase) and not _has_marker(phrase)
                    or m["club"] and pos != m.start() and _CLUB_OFFICE.match(phrase)):
                yield pos, end
            nxt = (_NEXT_ITEM_RE.match(body, end) or semicolons and _NEXT_SEMICOLON_ITEM_RE.match(body, end)
                   or _COMMA_THEN_QUALIFIED_PLACE.match(body, end))
            if not nxt:
                break
            pos = nxt.end()


def _whole_listed_items(body: str) -> dict[int, int]:
    """Items of a list separated by semicolons that open with "Mô hình" and hold no other cue: start → end."""
    if ";" not in body:
        return {}
    return {start: end for start, end in _semicolon_list(body)
            if body.startswith("Mô hình ", start) and not _LIST_CUE_STARTS.search(body, start + 2, end)}


_SPELT_PEOPLE = re.compile(rf"(?:Hội viên|Đoàn viên|Cựu chiến binh|Phụ nữ|Nông dân|Thanh niên)"
                           rf"[ \t]+\([{UPPER}]{{2,6}}\)")
_PEOPLE_DOING = re.compile(rf",[ \t]+[{UPPER}]{{2,6}}[ \t]+[{LOWER}][^.;:!?\n“”\"()]*")
"""People whose abbreviation is spelt out, then a comma and more people doing something, are not a name of their own
but the subject of one that runs to the end of the clause: "mô hình Hội viên (HV), CCB vận động, tuyên truyền và tham
gia tuần tra bảo vệ cột mốc, đường biên." (round 72, 148-10)."""
_CLUB_OFFICE = re.compile(r"(?:Phó[ \t]+)?(?:Chủ nhiệm|Chủ tịch|Trưởng ban|Ban chủ nhiệm|Thành viên|Hội viên"
                          r"|Bộ trưởng|Thứ trưởng|Giám đốc|Cục trưởng)(?!\w)", re.IGNORECASE)
"""A later item of a club cue that names an office is the people who hold it, no club: "có CLB Phòng, chống mua bán
người và Chủ nhiệm 16 CLB" (round 70, 141-10); so is a minister or a director speaking after it: "lễ kỷ niệm … Câu lạc
bộ Sĩ quan Công an hưu trí Bộ Công an, Bộ trưởng Công an … cho biết" (round 79)."""
_CLAUSE_AFTER_SEMICOLON = re.compile(rf"[ \t]*;[ \t]*[{LOWER}]")
"""A club named in running text, then a semicolon and a word in lower case, ends a clause, not a list item: "đánh giá
kết quả hoạt động của CLB Công an hưu và quá trình thành lập Hội Cựu CAND; công bố và trao Quyết định …" names at most
the club, and "công bố" is no club (a club cue's later items are clubs only capitalised, as in "CLB Nữ tiểu thương,
Nữ chủ nhà trọ") (round 58)."""
_FORMER_MEMBERS = re.compile(r"(?<!\w)(?:hưu trí|hưu|cựu)(?!\w)", re.IGNORECASE)
_CLUB_WORD = re.compile(r"(?:CLB|[Cc]âu lạc bộ)(?!\w)")
"""A club of the retired or the former with no purpose of security is their association, as "Hội Cựu CAND" is, not a
model: "Câu lạc bộ Công an hưu trí TX.Đức Phổ" (the forerunner of the district's Hội Cựu CAND), "CLB Doanh nghiệp Cựu
CAND" (115-02, -07, -10, -11); a club of veterans for security is one: "Câu lạc bộ cựu chiến binh với công tác đảm bảo
an ninh trật tự" (59-02), "Câu lạc bộ CCB phòng chống tội phạm" (96-12) (round 58)."""


_BARE_PURPOSE = re.compile(rf"(?:{'|'.join(_PURPOSE_VERBS)})[ \t]+(?:ANTT|an ninh,?[ \t]+trật tự)", re.IGNORECASE)
_KEPT_AT = re.compile(rf"[ \t]+(?:ở|tại)[ \t]+(?:[{UPPER}]?[{LOWER}]+[ \t]+){{0,2}}{CAP_WORD}(?:[ \t]+{CAP_WORD})*")
"""A capitalised name that is a bare purpose, keeping order, goes on to the named place it keeps it at, which alone
makes it a name: "mô hình Đảm bảo an ninh, trật tự ở Giáo xứ Păng Tiêng (xã Lát, Lạc Dương)" (round 48)."""


def _acronym_named(phrase: str) -> bool:
    """A name that opens with an acronym of its own (an app, a hotline), not a domain's (ABBREVIATIONS), capitalises its
    domain, a marker: "mô hình SOS An ninh trật tự" (round 47)."""
    first = phrase.split(maxsplit=1)[0]
    return bool(_ACRONYM.fullmatch(first)) and first.lower() not in ABBREVIATIONS and _has_marker(phrase)


_PARTICIPANTS_KEEPING_ORDER = re.compile(
    rf"(?:,[ \t]+[{LOWER}]+(?:[ \t][{LOWER}]+)?){{1,6}}(?:[ \t]+{_PLACE_WORDS}(?:[ \t]+{CAP_WORD}){{1,3}})?"
    rf"[ \t]+tham gia[ \t]+(?:giữ gìn|giữ|bảo đảm|đảm bảo|bảo vệ)[ \t]+(?:ANTT|an ninh,?[ \t]+trật tự)(?!\w)")
"""A capitalised name after "mô hình" that the people after it, listed with commas and maybe their place, take part in
keeping order with is one name, the participants and their task: "mô hình Chức sắc, chức việc, tăng, ni, phật tử huyện
Cần Đước tham gia giữ ANTT" (like “Sư sãi, phật tử tham gia phòng, chống tội phạm”; not a clause: "mô hình Camera an
ninh, người dân tích cực tham gia giữ gìn ANTT") (round 41)."""
_AGENCY_TAKING_PART = re.compile(rf"[ \t]+tham gia[ \t]+(?:phòng,?[ \t]+chống|phòng ngừa|đấu tranh|giữ gìn|bảo đảm"
                                 rf"|đảm bảo|bảo vệ)(?:,?[ \t]+[{LOWER}]+){{1,10}}(?=[ \t]*(?:[.;:\n]|$))")
"""An agency's acronym alone after "mô hình" (a pilot one: "mô hình chỉ đạo điểm") and its taking part in fighting
crime, to the clause's end, is one name: "mô hình chỉ đạo điểm MTTQ tham gia phòng chống tội phạm, ma túy" (round 70,
140-04; before, "MTTQ" alone, no name)."""
_CLAUSE_OPENING = re.compile(r"(?:Khi|Nếu|Sau khi|Trước khi|Trong khi|Mặc dù|Tuy nhiên)(?!\w)")
"""A capitalised phrase after "mô hình" that opens with a conjunction is a clause, no name: "Phương pháp thống kê mô
hình: Khi thống kê số liệu mô hình trong phong trào …"."""
_NOT_A_HEAD = re.compile(r"(?:Bản[ \t]+thân|Điểm[ \t]+tựa|Đường[ \t]+dây"
                         r"|(?:Xã|Phường|Thôn|Ấp|Xóm|Bản|Buôn|Làng)[ \t]+đồng[ \t]+bào)(?!\w)")
""""Bản thân" is oneself, not the head "Bản" (a village): "Bản thân mình vất vả chút nhưng an ninh trật tự được đảm
bảo"; "Điểm tựa" is a support, not the head "Điểm" (a site): "Điểm tựa bình yên của người dân biên giới" (round 49);
"Đường dây" is a line, a hotline the police give out or a crime ring, not the head "Đường" (a road): the headline
"Đường dây nóng phòng, chống tội phạm mùa World Cup 2022" (round 59, 118-11; a hotline is a model only where a cue or a
list of models gives it, as the corpus does: “Đường dây nóng Trưởng Công an xã” 20-13, "…; Đường dây điện thoại nóng;
…" 95-14). A place head right before "đồng bào" is a place told by its people, no model: the headline "Xã đồng
bào dân tộc thiểu số không có tội phạm" (round 71, 143-01: a minority commune without crime; unlike "Xã không có tội
phạm, tệ nạn ma túy" in a list of models, 82-11)."""


MODEL_WORD = "ô hình"
_LIST_CUE_STARTS = re.compile(rf"{MODEL_WORD}|CLB|Câu lạc bộ")
"""Where a match of _LIST_CUE_RE can start: one letter before "ô hình", or at a club word."""
_CATEGORY_OF_QUOTE = re.compile(rf"[ \t]*(?:[“\"][{LOWER}]+[”\"])?[ \t]*:[ \t]*[“\"]")
"""A phrase after "mô hình" right before a colon and a quote is the kind of the model the quote names: "Mô hình Dân
vận “khéo”: “Công an tỉnh … chăm lo con của can, phạm nhân”"."""
_NICKNAME_AFTER_NAME = re.compile(rf"[ \t]*:[ \t]*[“\"«„][^“”\"«»„\n]{{2,40}}[”\"»][ \t]+[{LOWER}]")
"""Unless the quote is a nickname the clause goes on past (_nickname_after_name): then the phrase is the name."""
_KIND_OF_QUOTE = re.compile(r"[ \t]+[“\"«„]|“")
"""So is a phrase right before a quote: "mô hình Zalo “Kết nối toàn dân - Bình yên cuộc sống”" (the
quote names the model; "Zalo" says what kind of model it is), glued to an opening curly quote too: "mô hình tổ tự
quản“Cổng trường an toàn giao thông”" (round 51)."""
_KIND_BEFORE = re.compile(r"(?<!\w)loại[ \t]+$")
_NUMBERED_PARTS_CUE = re.compile(r"[Mm]ô hình[ \t]+[“\"]?\d+[ \t]?(?:\+[ \t]?\d+|[ \t]\w+)[”\"]?[ \t]+gồm")
"""What a numbered model is made of follows "gồm:" right after its name: "Mô hình 3+1 gồm: Hội đoàn thể phường với
Công an phường, chi hội đoàn thể khu dân cư cùng với gia đình …" (its parts, no models)."""
_DOMAIN_OPENING = re.compile(r"(?:ANTT|ANTQ|TTATGT|PCCC)[ \t]+(?:về|trong|tại|ở)[ \t]")
"""Nor is a field's acronym right after "mô hình" and before what it is about: "các mô hình ANTT về phong trào toàn dân
bảo vệ ANTQ" (models in the field of ANTT, no name)."""
"""Kinds of models counted are followed by their domain, not a name: "55 loại mô hình ANTT với 484 điểm mô hình"."""


def _described_end(body: str, pos: int, end: int) -> int:
    """The end of a name with no head that a stop word cut, at its sentence's end when it is described whole."""
    run = _DESCRIBED_RUN.match(body, pos + 1)
    if not run or run.end() <= end or _ANY_HEAD_RE.match(body[pos:end].lower()) or len(run.group().split()) >= MAX_WORDS:
        return end
    if _COMMA_THEN_QUALIFIED_PLACE.match(body, end):
        return end  # "Tiếng loa an ninh, ấp an ninh – an toàn – an dân": a second name, no description
    stops = [w for w in re.finditer(r"\S+", body[end:run.end()]) if _STOP_RE.match(body, end + w.start())]
    described = _has_marker(body[end:run.end()]) and all(body.startswith(_ACTION_STOPS, end + w.start()) for w in stops)
    return run.end() if described else end


def _capitalised_list(body: str):
    """The names many models are given as, all capitalised, after "như" and up to the sentence's end: "những mô hình
    đầy nghĩa tình như Con nuôi Đồn biên phòng, Nâng bước em tới trường, Cháo nghĩa tình,..." (round 39; not models
    that places run: "các mô hình ở các xã như Tân An, Bình Hòa, …", nor the places that count them: "nhiều mô hình như
    Yên Thủy 895 mô hình, Mai Châu 772 mô hình, …")."""
    if CAPITALISED_LIST not in body:
        return
    for m in matches_at(_CAPITALISED_LIST_CUE_RE, body, _model_word_starts(body)):
        if not _PLURAL_BEFORE.search(body, max(0, m.start() - 8), m.start()) or _PLACE_QUALIFIER.search(m["qualifier"]):
            continue
        run = _CAPITALISED_LIST_RUN.match(body, m.end())
        if not run or not _LIST_RUN_END.match(body, run.end()):
            continue
        items, pos = [], m.end()
        for part in [*_LIST_ITEM_SEPARATOR.finditer(body, m.end(), run.end()), None]:
            end = part.start() if part else run.end()
            while end > pos and body[end - 1] in " \t":
                end -= 1
            if end > pos:
                items.append((pos, end))
            pos = part.end() if part else end
        if len(items) >= MIN_SEMICOLON_ITEMS and all(
                body[a].isupper() and len(body[a:b].split()) <= MAX_CAPITALISED_ITEM_WORDS
                and not _TALLY_ITEM.search(body, a, b) for a, b in items):
            yield from items


CAPITALISED_LIST = "như"
_CAPITALISED_LIST_CUE_RE = re.compile(rf"[Mm]ô hình(?P<qualifier>(?:[ \t]+[{LOWER}]+){{0,6}}?)[ \t]+như[ \t]+(?=[{UPPER}])")
_PLACE_QUALIFIER = re.compile(rf"(?<!\w)(?:ở|tại|{_PLACE_WORDS}|địa phương)(?!\w)")
_CAPITALISED_LIST_RUN = re.compile(r"[^.;:!?\n“”\"«»…()]+")
_LIST_RUN_END = re.compile(r"[ \t]*(?:\.|…|;|$)")
_LIST_ITEM_SEPARATOR = re.compile(r"[ \t]*,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+")
MAX_CAPITALISED_ITEM_WORDS = 8
_TALLY_ITEM = re.compile(r"\d|mô hình")


def _semicolon_list(body: str):
    for items in _semicolon_lists(body):
        for item in items:
            end = next((cut.start() for cut in _ITEM_PLACE_CUT.finditer(body, item.start(), item.end())
                        if cut["at"] or cut["of"] or _PLACE_RUN.fullmatch(body, cut.start(), item.end())), item.end())
            if len(body[item.start():end].split()) <= MAX_LISTED_WORDS and not _QUOTES.search(body, item.start(), end) \
                    and not _PLURAL_ITEM.match(body, item.start()):
                yield item.start(), end


def _repeated_cue_list(body: str):
    """The later items of a list after "mô hình … như" in lower case, separated by semicolons, when each of them opens
    with "mô hình" again, are names, each up to the place where it runs: "nhiều mô hình như câu lạc bộ thanh niên phòng
    chống tội phạm ở 20 xã thị trấn; mô hình phòng chống tội phạm hủy hoại đường dây điện ở xã Trung Thành Đông; mô hình
    quản lý giáo dục người chưa thành niên làm trái pháp luật ở Thị trấn Vũng Liêm, …; mô hình câu lạc bộ Hội Cựu chiến
    binh tham gia phòng chống tội phạm ở xã Trung An." (round 73, 151-02; the cue said again is the writer's own list
    mark; the first item, with no cue of its own, is left to the finders of names in lower case)."""
    if ";" not in body:
        return
    for m in matches_at(_LOWER_REPEATED_CUE_RE, body, _model_word_starts(body)):
        if not starts_word(body, m.start()) or _PARTS.search(m.group()):
            continue
        items = _semicolon_items(body, m.end())
        later = [_MODEL_WORD_OPENING.match(body, item.start()) for item in items[1:]]
        if len(items) < MIN_SEMICOLON_ITEMS or not all(later):
            continue
        for opening, item in zip(later, items[1:]):
            end = next((cut.start() for cut in _ITEM_PLACE_CUT.finditer(body, opening.end(), item.end())
                        if cut["at"] or cut["of"] or _PLACE_RUN.fullmatch(body, cut.start(), item.end())), item.end())
            name_start = opening.end()
            if len(body[name_start:end].split()) <= MAX_LISTED_WORDS and not _QUOTES.search(body, name_start, end):
                yield name_start, end


_COMMA_REPEATED_CUE_RE = re.compile(rf"(?<!\w)như[ \t]*:?[ \t]+mô hình[ \t]+(?=[{LOWER}])")
_COMMA_REPEATED_CUE_ITEMS = re.compile(r"[^.;\n…“”\"]+")
_COMMA_REPEATED_CUE_SPLIT = re.compile(rf",[ \t]*(?:và[ \t]+)?mô hình[ \t]+(?=[{LOWER}])")


def _comma_repeated_cue_list(body: str):
    """A list after "như" whose items, separated by commas, each open with "mô hình" in lower case, three or more, is a
    list of names, each the whole item (its own commas and a field it serves after "trong" kept) up to the place where
    it runs: "… phát huy hiệu quả tích cực như: mô hình tiếng loa an ninh, mô hình tự phòng, tự quản trong các cơ sở thờ
    tự, mô hình đảm bảo an ninh trật tự tại khu công nghiệp, mô hình tổ tự quản khu nhà trọ công nhân…" (round 81,
    187-11; the cue said again is the writer's list mark, as in _repeated_cue_list with semicolons; "tại các …" and a
    named place still end an item: 138-01 "mô hình câu lạc bộ chủ nhà trọ tại các khu dân cư, mô hình CLB …")."""
    for m in _COMMA_REPEATED_CUE_RE.finditer(body):
        run = _COMMA_REPEATED_CUE_ITEMS.match(body, m.end())
        if not run:
            continue
        bounds, pos = [], m.end()
        for sep in _COMMA_REPEATED_CUE_SPLIT.finditer(body, m.end(), run.end()):
            bounds.append((pos, sep.start()))
            pos = sep.end()
        bounds.append((pos, run.end()))
        if len(bounds) < MIN_SEMICOLON_ITEMS:
            continue
        for start, end in bounds:
            cut = next((c.start() for c in _ITEM_PLACE_CUT.finditer(body, start, end)
                        if not c["at"] or _PLACE_RUN.fullmatch(body, c.start(), end)), end)
            if plural := _LOCATION_CUT.search(body, start, cut):
                cut = plural.start()
            end = cut
            while end > start and body[end - 1] in " \t,":
                end -= 1
            if len(body[start:end].split()) <= MAX_LISTED_WORDS:
                yield start, end


def _semicolon_items(body: str, pos: int) -> list[re.Match]:
    """The items of a list separated by semicolons, from pos on."""
    items = []
    while item := _SEMICOLON_LIST_ITEM.match(body, pos):
        items.append(item)
        if not (separator := _SEMICOLON.match(body, item.end())):
            break
        pos = separator.end()
    return items


_LOWER_REPEATED_CUE_RE = re.compile(rf"[Mm]ô hình(?:[ \t][^.;:\n“”\"]{{1,100}}?)?[ \t]như[ \t]+(?=[{LOWER}])")
_MODEL_WORD_OPENING = re.compile(rf"mô hình[ \t]+(?=[{LOWER}])")


def _semicolon_lists(body: str):
    """The items of each list of models separated by semicolons (a quoted item is a name too, with no cue of its own
    in its clause: "một số mô hình phát huy hiệu quả như: mô hình camera an ninh; thôn xóm bình yên; "Người cha trách
    nhiệm"; …")."""
    cues = []
    if _model_before_colon(body):
        subjects = (m for m in _SUBJECT_LIST_CUE_RE.finditer(body)
                    if (_CLAUSE_OPENS.search(body, max(0, m.start() - 2), m.start())
                        or _PLURAL_BEFORE.search(body, max(0, m.start() - 8), m.start()))
                    and _DEPLOYED.search(m.group()) and not _PARTS.search(m.group()))
        cues = [*_SEMICOLON_LIST_CUE_RE.finditer(body), *subjects]
    if ";" in body:
        cues += (m for m in matches_at(_UNCOLONED_LIST_CUE_RE, body, _model_word_starts(body))
                 if not _PARTS.search(m.group()))
    for m in cues:
        if not starts_word(body, m.start()):
            continue
        items = _semicolon_items(body, m.end())
        if m.re is _UNCOLONED_LIST_CUE_RE and not all(body[item.start()].isupper() or body[item.start()].isdigit()
                                                      for item in items):
            continue
        if len(items) >= MIN_SEMICOLON_ITEMS:
            last = items[-1]
            if joined := _AND_MODEL.search(body, last.start(), last.end()):
                items[-1:] = [_SPAN.match(body, last.start(), joined.start()), _SPAN.match(body, joined.end(), last.end())]
            yield items


_UNCOLONED_LIST_CUE_RE = re.compile(rf"[Mm]ô hình(?:[ \t][^.;:\n“”\"]{{1,100}}?)?[ \t]như[ \t]+(?=[{UPPER}])")
"""A list after "mô hình … như" with no colon is a list of models too when its items, all capitalised, are separated by
semicolons (or open with a number): "nhân rộng mô hình điển hình tiên tiến trong công tác đấu tranh phòng, chống tội
phạm như Cổng ANTT; Ánh sáng ANTT; …; Nhóm Zalo Cảnh sát khu vực; 5 hộ + 3 quản; …" (not what a model holds: "Mô hình
có nhiều nội dung như …") (round 47)."""


def _model_before_colon(body: str) -> bool:
    """Searched first: whether "mô hình" comes before a colon on its line, as in both list cues; most documents have
    none, and colons are few."""
    colon = body.find(":")
    while colon >= 0:
        if body.find(MODEL_WORD, body.rfind("\n", 0, colon) + 1, colon) >= 0:
            return True
        colon = body.find(":", colon + 1)
    return False
_AND_MODEL = re.compile(r"[ \t]+và[ \t]+mô hình[ \t]+(?=\w)")
_SPAN = re.compile(r"[^\n]+")
"""The last item of a list joined by "và mô hình" is two models: "…; câu lạc bộ phòng, chống tội phạm, tệ nạn xã hội và
mô hình ký túc xá an toàn về ANTT"."""


def _semicolon_item(body: str, pos: int) -> re.Match | None:
    """The item at pos; over its commas only where a comma, not a stop word, would end its name."""
    if item := _SEMICOLON_ITEM.match(body, pos):
        return item
    end = _read_name(body, pos)
    return _LOWER_SEMICOLON_ITEM.match(body, pos) if body.startswith(",", end) or "," in body[pos:end] else None


def _item_end(body: str, pos: int, semicolons: bool) -> int:
    if semicolons and (item := _semicolon_item(body, pos)) and len(item.group().split()) <= MAX_LISTED_WORDS:
        cut = _LOCATION_CUT.search(item.group())
        return pos + (cut.start() if cut else len(item.group().rstrip()))
    return _read_name(body, pos)


def _launched_group(body: str):
    """A group launched in lower case, with a marker after its group word, is a model: "ra mắt tổ cựu quân nhân xung
    kích phòng chống tội phạm …", "ra mắt tổ tàu thuyền an toàn" (not a tally launched: "ra mắt 713 tổ bảo vệ …", nor
    the statutory force, which _is_name drops) (round 47)."""
    for m in matches_at(_LAUNCHED_GROUP_RE, body, _occurrences(body, (LAUNCHED,))):
        end = _read_name(body, m.start("group"))
        if starts_word(body, m.start()) and _has_marker(body[m.end("group"):end]):
            yield m.start("group"), end


LAUNCHED = "ra mắt "
_LAUNCHED_GROUP_RE = re.compile(rf"ra mắt[ \t]+(?P<group>tổ|đội|nhóm|câu lạc bộ)(?=[ \t]+[{LOWER}])")


def _border_programme(body: str):
    for m in matches_at(_BORDER_PROGRAMME_RE, body, _model_word_starts(body)):
        if starts_word(body, m.start()):
            yield m.start("name"), m.end("name")


_BORDER_PROGRAMME_RE = re.compile(r"[Mm]ô hình[ \t]+(?P<name>(?:quần chúng|nhân dân|toàn dân)[ \t]+tham gia[ \t]+tự quản"
                                  r"[ \t]+đường biên[^.;:!?\n“”\"«»()]{0,100}?biên giới)(?!\w)")
"""The border programme run as a model is named in full, up to the border it keeps, past its commas and "và": "mô hình
quần chúng tham gia tự quản đường biên, cột mốc và an ninh trật tự xóm, bản khu vực biên giới" (the programme of the
Border Guard's Chỉ thị 34; after "phong trào" it is the movement, no model)."""


def _border_group(body: str):
    """A group named by the border it keeps is the Border Guard's model, in any case, counted or not: "Tổ phụ nữ giữ
    gìn đường biên, cột mốc biên giới xã …", "các tổ tự quản đường biên, cột mốc thường xuyên …" (not the task alone:
    "tuần tra bảo vệ đường biên, cột mốc") (round 43)."""
    if BORDER_LINE not in body and BORDER_MARK not in body:
        return
    for m in _BORDER_GROUP_RE.finditer(body):
        if starts_word(body, m.start()):
            yield m.start(), _read_name(body, m.start())


BORDER_LINE, BORDER_MARK = "đường biên", "mốc"
_BORDER_GROUP_RE = re.compile(r"(?<!\w)(?:tổ|nhóm|đội)(?:[ \t]+(?:nhân dân|phụ nữ|thanh niên|quần chúng|cựu chiến binh"
                              r"|nông dân|dân quân))?(?:[ \t]+(?:tự quản|giữ gìn|bảo vệ)){1,2}(?:[ \t]+về)?[ \t]+"
                              r"(?=(?:đường biên|cột mốc|mốc giới|mốc quốc giới)(?!\w))", re.IGNORECASE)


def _people_self_managed(body: str):
    """A group of one kind of people that manages itself is a model in lower case too, counted or not: "tổ phụ nữ tự
    quản và các cá nhân …", "các tổ nhân dân tự quản sẽ …" (not "mỗi tổ đều tự quản việc …") (round 43)."""
    if SELF_MANAGED not in body:
        return
    for m in _PEOPLE_SELF_MANAGED_RE.finditer(body):
        yield m.start(), _read_name(body, m.start())


SELF_MANAGED = "tự quản"
_PEOPLE_SELF_MANAGED_RE = re.compile(r"(?<!\w)(?:tổ|nhóm|đội)[ \t]+(?:nhân dân|phụ nữ|thanh niên|công nhân|nông dân"
                                     r"|cựu chiến binh|hội viên|tiểu thương|ngư dân)[ \t]+tự quản(?!\w)")


def _reintegration(body: str):
    for m in matches_at(_REINTEGRATION_RE, body, _model_word_starts(body)):
        if starts_word(body, m.start()):
            yield m.start("name"), m.end("name")


_REINTEGRATION_RE = re.compile(
    r"Mô hình[ \t]+(?P<name>(?:(?:quản lý|giáo dục|cảm hóa|cảm hoá|giúp đỡ|hỗ trợ),?[ \t]+){1,4}"
    r"(?:người|phụ nữ|đối tượng|thanh thiếu niên|thanh niên)[ \t]+(?:[^\s.,;:!?“”\"()]+[ \t]+){0,2}?"
    r"(?:lầm lỗi|lầm lỡ|chấp hành xong án phạt tù|sau cai|hoàn lương)(?:[ \t]+tái hòa nhập cộng đồng)?"
    r"(?:[ \t]+tại[ \t]+(?:gia đình và[ \t]+)?cộng đồng(?:[ \t]+dân cư)?)?)(?!\w)")
"""A model that takes back those who went wrong, right after a capitalised "Mô hình" (a title, its name's first word), is
named by what it does for whom, with the community it works in: "Mô hình quản lý giáo dục giúp đỡ phụ nữ lầm lỗi tại
cộng đồng dân cư", "ra mắt Mô hình giúp đỡ người chấp hành xong án phạt tù tái hòa nhập cộng đồng trên địa bàn khóm";
in lower case it is the kind of work ("Hiệu quả mô hình giúp đỡ người lầm lỗi tái hòa nhập cộng đồng"), and none
follows praise ("Mô hình hay hỗ trợ người lầm lỗi")."""


def _counted_list(body: str):
    """The models a count announces and a list then names, as many as the count says: each item is a name, with no head
    or marker needed ("duy trì 3 mô hình hoạt động thường xuyên gồm camera an ninh, tiếng loa an ninh và mô hình tái
    hòa nhập cộng đồng"); a list of another length is left to the other finders."""
    for m in matches_at(_COUNTED_LIST_CUE_RE, body, _model_word_starts(body)):
        count = _COUNT_BEFORE.search(body, max(0, m.start() - 6), m.start())
        if not count or not starts_word(body, m.start()):
            continue
        items, pos = [], m.end()
        while (end := _read_name(body, pos)) > pos:
            items.append((pos, end))
            nxt = _NEXT_LOWER_ITEM_RE.match(body, end)
            if not nxt or len(items) > COUNTED_LIST_MAX:
                break
            pos = nxt.end()
            if body.startswith(MODEL_WORD_PREFIX, pos):
                pos += len(MODEL_WORD_PREFIX)
        if len(items) == _COUNT_WORDS.get(count["n"].lower(), int(count["n"]) if count["n"].isdigit() else 0) >= 2 and all(
                b == len(body) or body[b] in ",.;" or body.startswith((" và ", "\tvà "), b) for _, b in items):
            yield from items


_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5}
COUNTED_LIST_MAX = 5
MODEL_WORD_PREFIX = "mô hình "
_COUNTED_LIST_CUE_RE = re.compile(rf"mô hình(?:[ \t]+[{LOWER}]+){{0,4}}?[ \t]+gồm[ \t]*:?[ \t]*(?=[{LOWER}])")
_COUNT_BEFORE = re.compile(r"(?<!\w)(?P<n>[2-5]|hai|ba|bốn|năm)[ \t]+$", re.IGNORECASE)
"""Only after a count of two to five models, with at most four words of its own before "gồm"."""


def _lower_after_cue(body: str):
    """Names in lower case after "mô hình", alone or in a list: "các mô hình tổ liên gia an toàn, chợ an toàn về
    ANTT, bến đò tự quản", "mô hình camera giám sát"; each must open with a model head and carry a marker, or, in a
    list where one item does, open with a head ("các mô hình cụm dân cư liên kết, tổ liên gia bảo đảm ANTT")."""
    starts = _model_word_starts(body)  # each cue opens with "[Mm]ô hình"
    qualified = (m for m in matches_at(_QUALIFIED_LOWER_LIST_CUE_RE, body, starts)
                 if set(m["domain"].lower().split()) <= _GENERIC)
    for m in [*matches_at(_LOWER_LIST_CUE_RE, body, starts), *qualified, *matches_at(_SINGLED_OUT_CUE_RE, body, starts)]:
        if starts_word(body, m.start()):
            single = not _MANY_BEFORE.search(body, max(0, m.start() - 10), m.start())
            yield from _headed_list(body, m.end(), _NEXT_LOWER_ITEM_RE,
                                    _looks_like_single_model if single else _looks_like_lower_model)


def _praised_list(body: str):
    """The items of a list after many models praised as effective, each in lower case and itself like a model, to the
    end of the sentence: "Nhiều mô hình được hình thành và phát huy hiệu quả như: nhà tôi có bình chữa cháy, phụ nữ với
    công tác PCCC." (round 44; not "tuyến đường cờ Tổ quốc" among them in 54-15, with no marker)."""
    if PRAISED not in body:
        return
    for m in _PRAISED_LIST_CUE_RE.finditer(body):
        pos, items = m.end(), []
        while item := _PRAISED_ITEM.match(body, pos):
            end = item.end() - (len(item.group()) - len(item.group().rstrip()))
            items.append((pos, end))
            if not (nxt := _NEXT_PRAISED_ITEM.match(body, item.end())):
                break
            pos = nxt.end()
        placed = len(items) >= MIN_PLACED_ITEMS and all(_PLACE_IN_BRACKETS.match(body, b) for _, b in items)
        for a, b in items:
            phrase = body[a:b]
            if _looks_like_lower_model(phrase) or placed and _has_marker(phrase) and len(phrase.split()) <= MAX_WORDS:
                yield a, b


PRAISED = "hiệu quả"
_PRAISED_LIST_CUE_RE = re.compile(rf"(?<!\w)(?:[Nn]hiều|[Cc]ác|[Nn]hững|[Mm]ột số)[ \t]+mô hình"
                                  rf"(?:[ \t]+[^.;:\n“”\"]{{1,60}}?)?"
                                  rf"[ \t]hiệu quả(?:[ \t]+cao)?,?[ \t]+như[ \t]*:[ \t]*(?=[{LOWER}])")
_PRAISED_ITEM = re.compile(r"[^,.;:\n…“”\"()]+")
_PLACE_IN_BRACKETS = re.compile(rf"[ \t]*\((?:{_PLACE_WORDS})[ \t]+[{UPPER}][^()\n]{{0,40}}\)")
_NEXT_PRAISED_ITEM = re.compile(rf"(?:{_PLACE_IN_BRACKETS.pattern})?,[ \t]*(?:và[ \t]+)?(?=\w)")
MIN_PLACED_ITEMS = 2
"""Each item may name where it runs, in brackets: "như: phối hợp đảm bảo ANTT địa bàn giáp ranh (xã Tân Lập), móc khóa
an ninh (xã Tà Đảnh), …"; when every item of the list does, each item with a marker is a model though it opens with no
head: the places say these are the models of those places (round 72, 148-01)."""


def _looks_like_single_model(phrase: str) -> bool:
    """After one model ("mô hình" not counted nor plural), a school or an enterprise in lower case with a marker is that
    model too: "duy trì mô hình trường học an toàn, nói không với ma túy", "Ra mắt mô hình doanh nghiệp đồng hành phòng
    chống tội phạm" (round 76, 164-11), and so is a cluster: "Hiệu quả của mô hình cụm tàu bè an toàn" (round 77,
    168-05) (not "nhiều mô hình trường học an toàn", the kind of many)."""
    return _looks_like_lower_model(phrase) or phrase.startswith(_SINGLE_MODEL_HEADS) and _has_marker(phrase)


_SINGLE_MODEL_HEADS = ("trường học ", "doanh nghiệp ", "cụm ")


def _app_group_after_cue(body: str):
    """A group on a messaging app right after one "mô hình", neither counted nor plural, is that model, whatever
    follows its comma: "Thông qua mô hình nhóm zalo, cảnh sát khu vực …" (not "lập nhóm zalo", with no cue) (round
    43)."""
    for m in matches_at(_APP_GROUP_AFTER_CUE_RE, body, _model_word_starts(body)):
        if starts_word(body, m.start()) and not _MANY_BEFORE.search(body, max(0, m.start() - 10), m.start()):
            yield m.start("name"), _read_name(body, m.start("name"))


_APP_GROUP_AFTER_CUE_RE = re.compile(r"[Mm]ô hình[ \t]+(?P<name>(?:nhóm|group)[ \t]+(?:zalo|facebook|viber)(?!\w))",
                                     re.IGNORECASE)
_MANY_BEFORE = re.compile(r"(?<!\w)(?:\d+|các|những|một số|nhiều|mọi)[ \t]+$", re.IGNORECASE)


def _against_harm(body: str):
    """One model, neither counted nor plural, against a social harm other than the movement's own is named by the harms
    it fights, a second one joined by "và" too: "xây dựng mô hình phòng, chống tảo hôn và hôn nhân cận huyết thống từ
    đầu năm 2020" (round 50; not "mô hình phòng, chống tội phạm và ma túy", the kind of all the movement's models)."""
    if AGAINST not in body:
        return
    for m in matches_at(_AGAINST_HARM_RE, body, _model_word_starts(body)):
        if starts_word(body, m.start()) and not _MANY_BEFORE.search(body, max(0, m.start() - 10), m.start()):
            end = _read_name(body, m.start("name"))
            if second := _SECOND_HARM_RE.match(body, end):
                end = _read_name(body, second.end())
            yield m.start("name"), end


AGAINST = "chống "
AGAINST_KEY = "phong chong "
"""A model named by the harm it fights, beside a group with a head and that same name, is the group: "Mô hình phòng,
chống bạo lực gia đình lấy việc thành lập … Nhóm phòng, chống bạo lực gia đình" (round 55, 109-04)."""
_HARMS = _alternation(_DATA["social_harms"])
_AGAINST_HARM_RE = re.compile(rf"[Mm]ô hình[ \t]+(?P<name>phòng(?:,?[ \t]+|[ \t]*-[ \t]*)chống[ \t]+(?:tội phạm[ \t]+)?"
                              rf"(?:{_HARMS})(?!\w))")
"""The harm may be named as a crime: "xây dựng mô hình phòng, chống tội phạm xâm hại tình dục trẻ em tại bản Phiêng"
(round 83, 194-01; as 15-03 annotates “Phòng, chống tội phạm xâm hại tình dục trẻ em”; the corpus has no other "mô
hình phòng, chống tội phạm" before a harm of that list)."""
_SECOND_HARM_RE = re.compile(rf"[ \t]+và[ \t]+(?=(?:{_HARMS})(?!\w))")


def _group_against_harm(body: str):
    """A group against a social harm is a model in any case, counted or not, named to the harm it fights: "Nhóm Phòng,
    chống bạo lực gia đình thôn Phú Diễn Ngoài", "toàn xã có 8 nhóm phòng, chống bạo lực gia đình" (round 77, 169-06,
    169-07; not a task force against crime: "Tổ phòng chống tội phạm Công an xã")."""
    if AGAINST in body:
        yield from (m.span() for m in _GROUP_AGAINST_HARM_RE.finditer(body))


_GROUP_AGAINST_HARM_RE = re.compile(rf"(?<!\w)(?:[Nn]hóm|[Tt]ổ)[ \t]+[Pp]hòng(?:,?[ \t]+|[ \t]*-[ \t]*)chống[ \t]+"
                                    rf"(?:{_HARMS})(?:[ \t]+và[ \t]+(?:{_HARMS}))?(?!\w)")


def _lower_group_fighting(body: str):
    """A group word in lower case right before a capitalised "Phòng chống" opens the group's own name, read to where a
    name ends (the place after it left): "trao giấy khen cho câu lạc bộ Phòng chống tội phạm phường Phú Hòa", "Trưởng
    nhóm Phòng chống tội phạm đường phố quận Tân Bình" (round 82, 190-07, 190-11; both such places of the corpus are
    annotated; in lower case, "tổ phòng chống tội phạm Công an xã", it is a task force)."""
    if AGAINST in body:
        yield from ((m.start(), _read_name(body, m.start())) for m in _LOWER_GROUP_FIGHTING_RE.finditer(body))


_LOWER_GROUP_FIGHTING_RE = re.compile(r"(?<!\w)(?:câu lạc bộ|nhóm|tổ|đội)[ \t]+(?=Phòng(?:,?[ \t]+|[ \t]*-[ \t]*)chống[ \t])")


def _tied_to_quote(body: str):
    """A phrase in lower case tied by "gắn với" to a quoted name, opening with a model head and carrying a marker, is a
    second model: "mô hình tuyến hẻm “Văn minh đô thị” gắn với tuyến hẻm thanh niên tự quản về an ninh trật tự" (not
    "“…” gắn với công tác phòng, chống tội phạm", which opens with no head)."""
    if TIED not in body:
        return
    for m in _TIED_TO_QUOTE_RE.finditer(body):
        end = _read_name(body, m.end())
        if _looks_like_lower_model(body[m.end():end]):
            yield m.end(), end


TIED = "gắn với"
_TIED_TO_QUOTE_RE = re.compile(rf"[”\"»][ \t]*gắn với[ \t]+(?:mô hình[ \t]+)?(?=[{LOWER}])")


def _link_between(body: str):
    """A security link between parties, in lower case after "mô hình", runs over the parties (and what a parenthesis
    says of them) to the end of its clause: "mô hình liên kết đảm bảo ANTT giữa UBND thị trấn A với Ban Quản lý khu du
    lịch (nay là Hội Du lịch A) và các doanh nghiệp trên địa bàn." (round 44, as the quoted “liên kết bảo đảm an ninh
    trật tự giữa 4 xã … với khu công nghiệp …” of 23-10; not "liên kết sản xuất giữa …", no security link)."""
    if LINK not in body:
        return
    for m in _LINK_BETWEEN_RE.finditer(body):
        yield m.start("name"), m.end("name")
    for m in _LINK_FOR_ORDER_RE.finditer(body):
        if not _MANY_BEFORE.search(body, max(0, m.start() - 10), m.start()):
            end = _read_name(body, m.start("name"))
            if cluster := _CLUSTER_NAMED.search(body, m.end(), end):
                end = cluster.start()
            elif at := _LINK_AT_INSTITUTIONS.match(body, end):
                end = at.end()
            yield m.start("name"), end


LINK = "liên kết"
_LINK_BETWEEN_RE = re.compile(r"(?<!\w)[Mm]ô hình[ \t]+(?P<name>liên kết[ \t]+(?:bảo đảm|đảm bảo|giữ gìn)[ \t]+"
                              r"(?:ANTT|AN-TT|an ninh,?[ \t]+trật tự)[ \t]+giữa[ \t]+"
                              r"(?:[^.;:,\n“”\"()]|\([^()\n]{1,80}\))+?)"
                              r"(?=[ \t]+(?:nhằm|để|với mục tiêu|được|đã|đang)(?!\w)|[ \t]*(?:[.;:,\n]|$))")


_LINK_FOR_ORDER_RE = re.compile(r"(?<!\w)[Mm]ô hình[ \t]+(?P<name>liên kết[ \t]+(?:bảo đảm|đảm bảo|giữ gìn)[ \t]+"
                                r"(?:ANTT|AN-TT|an ninh,?[ \t]+trật tự)(?!\w))(?![ \t]+giữa(?!\w))")
"""One link named by its purpose, without the parties, runs as a name does, over what it is about ("mô hình liên kết bảo
đảm ANTT về lưu trú tại phường Thành Tô"), to a cluster of places ("liên kết đảm bảo ANTT cụm Gia Lâm (Hà Nội) và Văn
Giang") or over the institutions it links ("liên kết bảo đảm an ninh trật tự tại các cơ sở y tế trên địa bàn") (round
69, 138-09, 69-14, 58-12; between named parties: _LINK_BETWEEN_RE)."""
_CLUSTER_NAMED = re.compile(rf"[ \t]+cụm[ \t]+[{UPPER}]")
_LINK_AT_INSTITUTIONS = re.compile(rf"[ \t]+tại[ \t]+(?:các|những)[ \t]+(?:cơ sở|bệnh viện|trường học|doanh nghiệp|khu công nghiệp"
                                   rf"|cơ quan)(?:[ \t]+[{LOWER}]\w*){{0,3}}?(?=[ \t]+(?:trên|tại|ở|của|nhằm|để)(?!\w)"
                                   rf"|[ \t]*[.;:,\n]|$)")


def _built_as_model(body: str):
    """What is built "làm mô hình (điểm)", in lower case and opening with a model head that is no place, is that model:
    "xây dựng hệ thống camera cộng đồng làm mô hình điểm" names "camera cộng đồng" (not "chọn thôn 5 làm mô hình
    điểm", a place chosen)."""
    if AS_MODEL not in body:
        return
    for m in _BUILT_AS_MODEL_RE.finditer(body):
        if _LOWER_HEAD_RE.match(m["name"]) and not _PLACE_HEAD.match(m["name"]):
            yield m.start("name"), m.end("name")


def _fitted_in_title(body: str):
    """What a named place fits or puts into operation in the title, a device in lower case with a marker and not
    counted, is the model the document is about: "Xã Quảng Minh đưa vào vận hành hệ thống camera giám sát an ninh -
    trật tự" names "camera giám sát an ninh - trật tự" (round 54; not "Xã … lắp đặt 38 camera an ninh", counted, nor
    a centre: "Phường … ra mắt Trung tâm camera AI …", nor a caption standing alone: "Thôn Phú Văn lắp đặt camera
    kiểm soát an ninh trên các tuyến đường.")."""
    title_end = body.find("\n")  # a title over a body; a caption alone is what the place does
    m = title_end > 0 and _FITTED_IN_TITLE_RE.match(body, 0, title_end)
    if m and _has_marker(m["name"]):
        yield m.start("name"), m.end("name")


def _dashed_title(body: str):
    """A title that calls what it opens with a model after a dash names it, unquoted, when it carries a marker: "Gác
    chắn an toàn - mô hình linh hoạt, phù hợp" (round 76, 164-02; quoted, _MODEL_AFTER_QUOTE takes it: “Móc khóa tố
    giác tội phạm” - Mô hình …); a comma before the dash ends no name: "Tổ hòa giải thôn Hà An, xã Điện Phong – Mô
    hình hòa giải hiệu quả" names the group and its place, which _headed reads."""
    title_end = body.find("\n")
    m = title_end > 0 and _DASHED_TITLE_RE.match(body, 0, title_end)
    if m and _has_marker(m["name"]):
        yield m.start("name"), m.end("name")


_DASHED_TITLE_RE = re.compile(rf"(?:[^:\n]{{1,40}}:[ \t]+)?(?P<name>[{UPPER}][^.,:;!?“”\"«»\n]{{2,80}}?)"
                              rf"(?=[ \t]+[-–—][ \t]+(?:[Mm]ột[ \t]+)?[Mm]ô hình(?!\w))")


_FITTED_IN_TITLE_RE = re.compile(rf"(?:Xã|Phường|Thị trấn|Thôn|Ấp|Bản|Khu phố|Tổ dân phố)(?:[ \t]+{CAP_WORD})+"
                                 rf"(?:[ \t]+(?:đã|vừa|chính thức))?[ \t]+"
                                 rf"(?:lắp đặt|lắp|đưa vào (?:vận hành|sử dụng|hoạt động)|vận hành|khánh thành)[ \t]+"
                                 rf"(?:hệ thống[ \t]+)?"
                                 rf"(?P<name>(?:{_alternation([h.lower() for h in _DATA['device_heads']])})"
                                 rf"(?:[ \t]+(?:[{LOWER}]+|[-–]))+?)(?=[ \t]+(?:tại|ở|trên|cho)(?!\w)|[ \t]*$)")


AS_MODEL = "làm mô hình"
_BUILT_AS_MODEL_RE = re.compile(rf"(?<!\w)xây dựng[ \t]+(?:hệ thống[ \t]+)?(?P<name>[{LOWER}]+(?:[ \t][{LOWER}]+){{1,6}}?)"
                                rf"[ \t]+làm[ \t]+mô hình(?!\w)")
_PLACE_HEAD = re.compile(rf"(?:{_PLACE_WORDS}|khu dân cư|cụm dân cư)(?!\w)")


_SINGLED_OUT_CUE_RE = re.compile(rf"[Mm]ô hình(?:[ \t,]+[^.;:\n“”\"]{{1,60}}?)?[ \t,]+(?:tiêu biểu|nổi bật|điển hình)"
                                 rf"[ \t]+(?:như|là|gồm)[ \t]*:?[ \t]*"
                                 rf"(?:(?:việc[ \t]+)?(?:thành lập|xây dựng|triển khai|duy trì)[ \t]+)?(?=[{LOWER}])")
"""The models singled out of many, in lower case: "Một số mô hình tiêu biểu như: camera an ninh, tổ an ninh nhân dân",
"nhiều mô hình có hiệu quả, nổi bật là việc thành lập tổ tàu thuyền an toàn và tổ an ninh tự quản …"."""


_QUALIFIED_LOWER_LIST_CUE_RE = re.compile(rf"[Mm]ô hình[ \t]+(?P<domain>[{LOWER}]+(?:[ \t]+\w+){{0,3}}?)"
                                          rf"(?:[ \t]+(?:tại|ở)[ \t]+(?:các|những)[ \t]+(?:địa phương|cơ sở))?,?[ \t]+"
                                          rf"(?:như|gồm)[ \t]*:?[ \t]*(?=[{LOWER}])")
"""A list cue whose models are qualified by their domain alone: "Các mô hình tự quản như tổ liên gia PCCC, tổ công
nhân tự quản…", or by praise and where they are, before a comma: "nhiều mô hình hay tại các địa phương, như: camera an
ninh, mô hình “3 không”, …" (round 40)."""


def _listed_after_group(body: str):
    """A list after a group word and "như:"/"gồm:", in any case: "các tổ tự quản như: Tổ cựu chiến binh, tổ liên gia
    PCCC, tổ camera an ninh"."""
    if not _listed_before_colon(body):
        return
    for m in _GROUP_LIST_CUE_RE.finditer(body):
        if starts_word(body, m.start()):
            yield from _headed_list(body, m.end(), _NEXT_ANY_ITEM_RE, lambda phrase: _has_marker(phrase))


LISTED_BEFORE_COLON = ("như", "gồm")


def _listed_before_colon(body: str) -> bool:
    """Searched first: whether a colon follows "như" or "gồm" (in any case), as the list cue's does; most documents
    have none, and colons are few."""
    colon = body.find(":")
    while colon >= 0:
        end = colon
        while end and body[end - 1] in " \t":
            end -= 1
        if body[max(0, end - 3):end].lower() in LISTED_BEFORE_COLON:
            return True
        colon = body.find(":", colon + 1)
    return False


def _plural_group_list(body: str):
    """The kinds of groups listed after a plural capitalised group word, each capitalised and carrying a marker: "các
    Tổ công tác đặc biệt 1311, Tuần tra nhân dân, Thanh niên phòng, chống tội phạm đã …" names "Tuần tra nhân dân" and
    "Thanh niên phòng, chống tội phạm" (not "các Tổ công tác, Ban điều hành, …", which carry none)."""
    if not _PLURAL_GROUP_GATE.search(body):
        return
    for m in _PLURAL_GROUP_LIST_RE.finditer(body):
        if not starts_word(body, m.start()):
            continue
        pos = _FIRST_LISTED_GROUP.match(body, m.end()).end()
        while (nxt := _NEXT_ANY_ITEM_RE.match(body, pos)) and body[nxt.end():nxt.end() + 1].isupper():
            start = nxt.end()
            if (pos := _read_name(body, start)) <= start:
                break
            if _marked_item(body, start, pos):
                yield start, pos


def _lower_plural_named_groups(body: str):
    """Three or more capitalised names listed, with commas, right after a plural group word in lower case are the
    groups' own names: "cho các nhóm Trăng khuyết, Đồng tâm hiệp lực, Nắng cuối trời, Vì ngày mai Sông Lô, Nhóm …"
    (round 87, 210-10; the list ends at an item that opens with a group word of its own)."""
    for m in matches_at(_LOWER_PLURAL_NAMED_RE, body, _occurrences(body, ("các ", "những "))):
        if not starts_word(body, m.start()):
            continue
        items, pos = [], m.end()
        while pos < len(body) and body[pos].isupper() and not _ANY_HEAD_RE.match(body[pos:pos + 30].lower()):
            if (end := _read_name(body, pos)) <= pos:
                break
            items.append((pos, end))
            if not (nxt := _NEXT_ANY_ITEM_RE.match(body, end)) or "," not in nxt.group():
                break
            pos = nxt.end()
        if len(items) >= MIN_NAMED_GROUPS:
            yield from items


_LOWER_PLURAL_NAMED_RE = re.compile(rf"(?:các|những)[ \t]+(?:nhóm|câu lạc bộ|CLB)[ \t]+(?=[{UPPER}])")
MIN_NAMED_GROUPS = 3


_PLURAL_GROUP_LIST_RE = re.compile(r"(?:[Cc]ác|[Nn]hững)[ \t]+(?=(?:Tổ|Đội|Nhóm)[ \t])")
_PLURAL_GROUP_GATE = re.compile(r"(?:ác|hững)[ \t]+(?:Tổ|Đội|Nhóm)[ \t]")
_FIRST_LISTED_GROUP = re.compile(r"[^,.;:\n]{0,60}")


def _named_in_full(body: str):
    """A name after "mô hình" that the text shortens at once in brackets ("gọi tắt là" and a start of it) is given in
    full: read whole up to the bracket, its place included, as a quote is (round 64): "mô hình Đội PCCC tự quản thị trấn
    Lạc Dương (gọi tắt là Đội PCCC tự quản; …)" (127-02; before, a semicolon inside the brackets ran the name on
    into them and the short form took it); the short form the writer gives is a name too, as with quotes ("… “Tổ Tuần
    tra nhân dân và tự quản về an ninh, trật tự”, gọi tắt là mô hình “Tổ Tuần tra – Tự quản”", 15-15)."""
    if CALLED_SHORT not in body:
        return
    for m in _NAMED_IN_FULL_RE.finditer(body):
        name, short = _key(m["name"]), _key(m["short"])
        if starts_word(body, m.start()) and name.startswith(short + " "):
            yield m.start("name"), m.end("name")
            yield m.start("short"), m.end("short")


CALLED_SHORT = "gọi tắt"
_NAMED_IN_FULL_RE = re.compile(rf"[Mm]ô hình[ \t]+(?P<name>[{UPPER}][^()\n.;:!?“”\"«»]{{2,120}}?)[ \t]*"
                               rf"\((?:sau đây[ \t]+)?gọi tắt(?:[ \t]+là)?[ \t]+(?P<short>[^()\n.;:“”\"]{{2,80}}?)[ \t]*[;)]")


def _counted_members(body: str):
    """The model whose groups and members a report counts: "thành lập 17 tổ/85 thành viên Tổ an ninh trật tự", "7
    tổ/39 thành viên bến bãi an toàn"; named, as a quote is, even by a group word and a domain alone, when it opens
    with a model head or carries a marker and opens with no verb ("12 tổ/60 thành viên tham gia tuần tra": no name)."""
    if not _MEMBERS_GATE.search(body):
        return
    for m in _COUNTED_MEMBERS_RE.finditer(body):
        end = _read_name(body, m.end())
        if end > m.end() and (_ANY_HEAD_RE.match(body[m.end():end].lower()) or _marked_item(body, m.end(), end)):
            yield m.start("name"), end


_COUNTED_MEMBERS_RE = re.compile(r"(?<![\w.])\d[\d.]*[ \t]+(?:tổ|đội|nhóm|câu lạc bộ|CLB)"
                                 r"(?:[ \t]*/[ \t]*\d[\d.]*[ \t]+[^\s/,.;]+)*[ \t]*/[ \t]*\d[\d.]*[ \t]+"
                                 r"(?:thành viên|hội viên)[ \t]+(?P<name>)(?=\w)")


_MEMBERS_GATE = re.compile(r"/[ \t]*\d[\d.]*[ \t]+(?:thành viên|hội viên)")


def _counted_group(body: str):
    """The whole group word counts ("4.025 tổ an ninh nhân dân" is no name), and the words after it must say more
    than the domain ("990 tổ tự quản về ANTT" is generic)."""
    for m in matches_at(_COUNTED_GROUP_RE, body, _counted_group_starts(body)):
        end = _read_name(body, m.start("group"))
        cue_end = _GROUP_WORD_RE.match(body, m.start("group")).end()
        after = body[cue_end:end]
        named = (_spelt_words(after) >= MIN_GROUP_WORDS and not set(re.findall(r"\w+", after.lower())) <= _GENERIC
                 or _SELF_MANAGED.match(after.strip()) and not _SELF_MANAGED.search(m["group"]))
        if starts_word(body, m.start()) and named and not _BARE_PLACE_WORD.fullmatch(after.strip()) \
                and not body.endswith(_AT_GRASSROOTS, m.start(), end):
            yield m.start("group"), end


def _plural_linked_households(body: str):
    """Self-managed groups of linked households are a model even when spoken of as many, named to where a name ends:
    "cùng các nhóm liên gia tự quản, các già làng", up to the praise of the best of them: "Liên hoan các nhóm liên gia
    tự quản an ninh trật tự giỏi toàn xã" (round 77, 169-01, 29-13, 114-16; not the bare "các tổ tự quản", which may be
    any)."""
    if LINKED_SELF_MANAGED in body:
        for m in _PLURAL_LINKED_RE.finditer(body):
            end = max(m.end(), _read_name(body, m.start("group")))
            praised = _PRAISED.search(body, m.end(), end)
            yield m.start("group"), praised.start() if praised else end


LINKED_SELF_MANAGED = "liên gia tự quản"
_PRAISED = re.compile(r"[ \t]+(?:giỏi|xuất sắc|tiêu biểu)(?!\w)")
_PLURAL_LINKED_RE = re.compile(r"(?<!\w)(?:[Cc]ác|[Nn]hững)[ \t]+"
                               r"(?P<group>(?:tổ|nhóm)[ \t]+liên gia[ \t]+tự quản)(?!\w)")


def _spelt_words(phrase: str) -> int:
    """Words of a phrase with each abbreviation spelt out: "ANTT thôn" is five ("an ninh trật tự thôn"), as long as the
    counted group "16 tổ tự quản ANTT thôn" would be written in full (round 45)."""
    return sum(len(ABBREVIATIONS.get(w.lower(), w).split()) for w in phrase.split())


COUNTED_JOINED = "tham gia"


def _counted_group_starts(body: str) -> list[int]:
    """Where a match of _COUNTED_GROUP_RE can start: at the digits, or at "tham gia", before a group word and the
    spaces between."""
    starts = set()
    for at in _occurrences(body, _DATA["group_cues"]):
        start = at
        while start and body[start - 1] in " \t":
            start -= 1
        if start == at:
            continue
        if start and body[start - 1].isdecimal():  # \d: a decimal digit
            while start and body[start - 1].isdecimal():
                start -= 1
            starts.add(start)
        elif body.endswith(COUNTED_JOINED, 0, start):
            starts.add(start - len(COUNTED_JOINED))
    return sorted(starts)


_BARE_PLACE_WORD = re.compile(rf"{_PLACE_WORDS}|khu dân cư")
"""A counted group named only by the kind of place it keeps is a tally by place, no name: "9 tổ tự quản tổ dân phố"."""
_AT_GRASSROOTS = " ở cơ sở"
"""A counted team "ở cơ sở" is the statutory grassroots force: "9 tổ an ninh trật tự ở cơ sở"."""


def _object_group(body: str):
    for m in matches_at(_OBJECT_GROUP_RE, body, _occurrences(body, _DATA["group_cues"])):
        end = _read_name(body, m.start())
        if (starts_word(body, m.start()) and not any(w[:1].isupper() for w in body[m.start():end].split())
                and _PLACE_AFTER.match(body, end + 1)):
            yield m.start(), end


def _recognised_by_count(body: str):
    """Things (a model head that is no place nor group, and maybe one word more) launched or recognised by count as
    safe are a model of that kind: "đã ra mắt và công nhận 9 bến đò an toàn tại các quận, huyện" (round 76, 164-08;
    not things fitted by count: "lắp đặt 38 camera an ninh", nor groups launched by count: "ra mắt 713 tổ bảo vệ …",
    nor things self-managed and measured: "ra mắt 6 tuyến đường tự quản dài tổng cộng 7,5 km")."""
    if not any(verb in body for verb in RECOGNISED):
        return
    for m in _RECOGNISED_BY_COUNT_RE.finditer(body):
        if starts_word(body, m.start()):
            yield m.start("name"), _read_name(body, m.start("name"))


RECOGNISED = ("ra mắt", "công nhận")
_RECOGNISED_BY_COUNT_RE = re.compile(rf"(?:ra mắt|công nhận)(?:[ \t]+và[ \t]+(?:ra mắt|công nhận))?[ \t]+"
                                     rf"(?:thêm[ \t]+)?\d+[ \t]+(?P<name>(?:{_alternation(_OBJECT_HEADS)})"
                                     rf"(?:[ \t]+[{LOWER}]+)?[ \t]+(?:an toàn|bình yên)(?!\w))")


_AT_SEA_GROUP_RE = re.compile(rf"(?:{_alternation(_DATA['group_cues'])})[ \t]+(?:về[ \t]+)?"
                              rf"(?:an ninh,?[ \t]+trật tự|ANTT)[ \t]+trên[ \t]+biển(?!\w)")
"""A group in lower case that keeps order at sea is named by it: "tổ tự quản an ninh trật tự trên biển ở bến cá Cửa
Lân" (not "các tổ tự quản an ninh trật tự", the domain alone, nor "các tổ … trên biển", a kind)."""
AT_SEA = " trên biển"
"""Searched first: most documents have none."""


def _at_sea_group(body: str):
    if AT_SEA not in body:
        return
    for m in matches_at(_AT_SEA_GROUP_RE, body, _occurrences(body, _DATA["group_cues"])):
        if starts_word(body, m.start()) and not _KINDS_BEFORE.search(body, max(0, m.start() - 10), m.start()):
            yield m.start(), m.end()


_KINDS_BEFORE = re.compile(r"(?:các|những|nhiều|\d+)[ \t]+$", re.IGNORECASE)
"""Groups counted or in the plural are a kind, no name: "thành lập các tổ tự quản về an ninh trật tự trên biển"."""


def _safe_about_order(body: str):
    if SAFE_ABOUT not in body:
        return
    for m in [*_SAFE_ABOUT_ORDER_RE.finditer(body), *_SAFE_ABOUT_AFTER_CUE_RE.finditer(body)]:
        if (end := _read_name(body, m.start())) >= m.end() and not body.startswith(_PURPOSE_VERBS, m.start()):
            yield m.start(), end if _ROAD_SAFETY_TOO.fullmatch(body, m.end(), end) else m.end()


_ROAD_SAFETY_TOO = re.compile(r",?[ \t]+(?:và[ \t]+)?(?:an toàn giao thông|ATGT|trật tự an toàn giao thông|TTATGT)",
                              re.IGNORECASE)
"""Road safety named with security and order after a comma is part of what the unit is safe about, the two domains
named together as in _COMMA_GLUE: "xây dựng Trường học an toàn về an ninh trật tự, an toàn giao thông" (round 54)."""


_SAFE_ABOUT_AFTER_CUE_RE = re.compile(rf"(?<=[Mm]ô hình )[{LOWER}]\w*(?:[ \t][\w-]+){{1,5}}?[ \t]an toàn về[ \t]"
                                      rf"(?:an ninh,?[ \t]trật tự|ANTT|AN-TT)(?!\w)")
"""So is a unit in lower case right after "mô hình": "Mô hình cụm công nghiệp an toàn về an ninh trật tự ở Trực Ninh"
(not "mô hình đảm bảo an toàn về ANTT", a purpose)."""


_INDUSTRIAL_KIND = r"(?:[ \t]+(?:khu|cụm))?(?:[ \t]+(?:kinh tế|công nghiệp|chế xuất))?"
_INDUSTRIAL_SAFE_RE = re.compile(rf"(?:(?<=[Xx]ây dựng )|(?<=[Mm]ô hình ))(?:(?:các|những)[ \t]+)?"
                                 rf"(?P<name>(?:[Kk]hu|[Cc]ụm){_INDUSTRIAL_KIND}(?:(?:,|[ \t]+và)[ \t]+(?:khu|cụm)"
                                 rf"{_INDUSTRIAL_KIND})*(?<=tế|ệp|ất)[ \t]+an toàn về[ \t]+"
                                 rf"(?:an ninh,?[ \t]trật tự|ANTT|AN-TT))(?!\w)")
"""Economic and industrial zones listed in lower case, built to be safe about security and order, are a model, like a
named one ("xây dựng Khu công nghiệp Đại An an toàn về …"): "xây dựng khu kinh tế, khu công nghiệp, cụm công nghiệp an
toàn về an ninh trật tự", "Xây dựng các khu, cụm công nghiệp an toàn về …" (not another area: "khu vực biên giới")
(round 41)."""


def _industrial_safe(body: str):
    if SAFE_ABOUT not in body:
        return
    for m in _INDUSTRIAL_SAFE_RE.finditer(body):
        yield m.start("name"), m.end("name")


def _exemplary_unit(body: str):
    return ((m.start("name"), m.end("name")) for m in matches_at(_EXEMPLARY_UNIT_RE, body, _model_word_starts(body)))


_EXEMPLARY_UNIT_RE = re.compile(r"[Mm]ô hình[ \t]+(?P<name>(?:xã|phường|thị trấn)[ \t]+điển hình[ \t]+về[ \t]+"
                                r"phong trào[ \t]+[Tt]oàn dân bảo vệ[ \t]+(?:an ninh Tổ quốc|ANTQ))(?!\w)")
"""A commune made an example of the movement, when the text calls it a model, is one, as the model ward "Công an
phường điển hình, kiểu mẫu …" is: "thực hiện mô hình xã điển hình về phong trào Toàn dân bảo vệ an ninh Tổ quốc" (the
movement in its name; not the goal "xây dựng xã điển hình về phong trào …" with no cue) (round 47)."""


def _dashed_kind(body: str):
    for dash in _DASH_MODEL.finditer(body):
        kind = _PLURAL_KIND_BEFORE.search(body, max(0, dash.start() - DASHED_KIND_REACH), dash.start())
        if kind and _has_marker(kind["name"]):
            yield kind.start("name"), kind.end("name")


_DASH_MODEL = re.compile(r"[ \t][-–][ \t]+mô hình(?!\w)")
_PLURAL_KIND_BEFORE = re.compile(rf"(?<!\w)(?:các|những)[ \t]+(?P<name>[{LOWER}]+(?:[ \t][{LOWER}]+){{1,5}})$")
DASHED_KIND_REACH = 60
"""Many of a kind in lower case set beside a dash and "mô hình" are called a model, when the kind carries a marker:
"thành lập các trạm gác tự quản - mô hình “lạ” so với …" (round 47; in a title a dash before "Mô hình" does the same
for a capitalised name, _MODEL_AFTER_DASH)."""


def _numbered_model(body: str):
    return ((m.start(), m.end()) for m in matches_at(_NUMBERED_MODEL_RE, body, _model_word_starts(body))
            if starts_word(body, m.start()))


def _spelt_numbered_model(body: str):
    for m in matches_at(_SPELT_NUMBERED_MODEL_RE, body, _model_word_starts(body)):
        word, reach = m["word"], body[m.end():m.end() + SPELT_NUMBERED_REACH]
        reach = reach[:min((i for i in (reach.find("."), reach.find("\n")) if i >= 0), default=len(reach))]
        if starts_word(body, m.start()) and sum(1 for _ in re.finditer(rf"(?<!\w){re.escape(word)}[ \t]", reach)) >= int(m["n"]):
            yield m.start("name"), m.end("name")


_SPELT_NUMBERED_MODEL_RE = re.compile(rf"[Mm]ô hình[ \t]+(?P<name>(?P<n>[2-9])[ \t]+(?P<word>[{UPPER}][{LOWER}]*))"
                                      rf"(?=[ \t]*[:(]?[ \t]*(?P=word)[ \t])")
SPELT_NUMBERED_REACH = 120
"""A number and a capitalised word after "mô hình", unquoted, spelt out at once by as many parts that each open with
that word, is a numbered slogan's name: "mô hình 2 An An ninh trật tự An sinh xã hội" (a title that lost its quotes and
brackets) is mô hình “2 An” (27-19, 56-08, 56-10; round 66, 132-03); the same word written fewer times after it than
the number says spells nothing out ("mô hình 3 Nhà Nhà văn hóa …")."""


def _exemplary_group(body: str):
    if EXEMPLARY not in body and EXEMPLARY.upper() not in body:
        return ()
    return ((m.start(), m.end()) for m in _EXEMPLARY_GROUP_RE.finditer(body)
            if starts_word(body, m.start()) and not _COUNTED_BEFORE.search(body, max(0, m.start() - 8), m.start()))


EXEMPLARY = "ẫ"
"""Searched first, in either case: most documents have no group made an example ("mẫu")."""


def _counted_bare_group(body: str):
    for m in matches_at(_COUNTED_BARE_GROUP_RE, body, _occurrences(body, ("tổ", "nhóm"))):
        if _GROUP_WORD_RE.match(body, m.start("group")):
            continue
        end = _read_name(body, m.start("group"))
        if tally := _TALLY_SLASH.search(body, m.end(), end):
            end = tally.start()  # "2 tổ tàu thuyền an toàn/20 phương tiện/150 thuyền viên"
        after = body[m.end():end]
        if (_SELF_MANAGED.search(after) and not set(re.findall(r"\w+", after.lower())) <= _GENERIC
                or _OBJECT_HEAD_RE.match(after) and _has_marker(after)
                or _GUARDING_KIND.match(after) and _has_marker(after[_GUARDING_KIND.match(after).end():])):
            yield m.start("group"), end


def _workers_group(body: str):
    """A counted group of workers, in any case, is named by its words when they carry a marker: "04 đội An ninh công
    nhân", "04 đội Thanh niên công nhân xung kích" (a plantation's own groups; not "04 đội Bảo vệ", "12 tổ công nhân
    làm ca đêm") (round 48)."""
    if WORKERS not in body:
        return
    for m in _WORKERS_GROUP_RE.finditer(body):
        end = _read_name(body, m.start("group"))
        if end >= m.end() and _has_marker(body[m.end("group"):end]):
            yield m.start("group"), end


def _trade_union(body: str):
    """A union of a trade's workers that the text names twice or more, in any case, is the model it tells of, named
    by the trade and a "tự quản" after it, short of the place: "nghiệp đoàn xe ôm phường 6" (195-01), "Nghiệp đoàn Xe
    ôm tự quản quận 2" (195-02), "Nghiệp đoàn nghề cá xã An Hải" (196-09), "Nghiệp đoàn xe ôm phường Tân Định" (114-08)
    (round 83; each text of the corpus that names such a union twice annotates it; named once, among counted groups,
    it is not: "3 nghiệp đoàn nghề cá" in 84-10). The form with an abbreviation ("Nghiệp đoàn (NĐ) Xe ôm") counts."""
    if UNION not in body:
        return
    unions = list(_TRADE_UNION_RE.finditer(body))
    for abbr in {m["abbr"].strip(" \t()") for m in unions if m["abbr"]}:
        unions += re.finditer(rf"(?<!\w){re.escape(abbr)}{_TRADE_AFTER}", body)  # "NĐ Xe ôm tự quản quận 2"
    for m in unions:
        trade = m["trade"].lower()
        if sum(u["trade"].lower() == trade for u in unions) >= MIN_UNION_MENTIONS:
            yield m.span()


UNION = "ghiệp đoàn"  # either case of its first letter
MIN_UNION_MENTIONS = 2
_TRADE_AFTER = (r"[ \t]+(?P<trade>(?i:xe[ \t]+ôm|xe[ \t]+thồ|xe[ \t]+honda|xích[ \t]+lô|ba[ \t]+gác|bốc[ \t]+xếp"
                r"|nghề[ \t]+cá))(?:[ \t]+tự[ \t]+quản)?(?!\w)")
_TRADE_UNION_RE = re.compile(rf"(?<!\w)[Nn]ghiệp[ \t]+đoàn(?P<abbr>[ \t]*\([^\W\d_]{{2,6}}\))?{_TRADE_AFTER}")


WORKERS = "công nhân"
_WORKERS_GROUP_RE = re.compile(r"(?<!\w)\d+[ \t]+(?P<group>tổ|đội|nhóm)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?công nhân(?!\w)",
                               re.IGNORECASE)


_TALLY_SLASH = re.compile(r"/\d")
_GUARDING_KIND = re.compile(rf"[{LOWER}]+(?:[ \t]+[{LOWER}]+){{1,3}}?[ \t]+(?:bảo vệ|giữ gìn|bảo đảm|đảm bảo)[ \t]+")
"""A counted bare group named by its kind, two words or more, and what it guards is named too: "147 tổ trung kiên cốt
cán bảo vệ an toàn giao thông, trật tự xã hội, an ninh chính trị" (veterans' core teams; not "5 tổ bảo vệ an ninh", the
domain alone)."""
_OBJECT_HEAD_RE = re.compile(rf"(?:{_alternation(_OBJECT_HEADS)})(?=[ \t]+\w)")
"""A counted bare group named by the thing it keeps and a marker is named too: "13 tổ tàu thuyền an toàn" (not "10 tổ
tàu thuyền đánh bắt xa bờ")."""


_WORDS_BEFORE_ABBREVIATION = re.compile(r"(?:[^\W\d_]+[ \t]+){1,6}$")


def _abbreviations_defined(body: str) -> dict[str, str]:
    """Abbreviations the text defines inline after the words they stand for, folded: "Đội thanh niên (TN) xung kích"
    defines "tn" as "thanh nien" (the last words whose initials spell it)."""
    spelt = {}
    for a in _OWN_ABBREVIATION_RE.finditer(body):
        abbr = fold_same_length(a["abbr"].lower())
        if abbr in spelt or (words := _WORDS_BEFORE_ABBREVIATION.search(body, max(0, a.start() - 60), a.start())) is None:
            continue
        last = fold_same_length(words.group().lower()).split()[-len(abbr):]
        if len(last) == len(abbr) and "".join(w[0] for w in last) == abbr:
            spelt[abbr] = " ".join(last)
    return spelt


def _spelt_key(key: str, spelt: dict[str, str]) -> str:
    """A name's key with the text's own abbreviations spelt out and their inline definitions dropped: "Đội thanh niên
    (TN) xung kích" and a later "Đội TN xung kích" are one model."""
    if not spelt:
        return key
    words = key.split()
    out: list[str] = []
    for w in words:
        if w in spelt:
            full = spelt[w].split()
            if out[-len(full):] != full:
                out.extend(full)
        else:
            out.append(w)
    return " ".join(out)


_OWN_ABBREVIATION_RE = re.compile(rf"\((?P<abbr>[{UPPER}]{{2,6}})\)")
_GROUP_BEFORE_ABBREVIATION = {n: re.compile(rf"(?<!\w)(?:tổ|đội|nhóm|câu lạc bộ)(?P<words>(?:[ \t]+[{LOWER}]+){{{n}}})[ \t]*$")
                              for n in range(2, 7)}
"""A group in lower case given an abbreviation of all its own words is named: "tổ xe thồ tự quản (XTTQ)" (not "tổ bảo
vệ an ninh trật tự (ANTT)", whose abbreviation is the domain's)."""
ABBREVIATED_GROUP_REACH = 80


def _abbreviated_group(body: str):
    for a in _OWN_ABBREVIATION_RE.finditer(body):
        abbr = fold_same_length(a["abbr"])
        m = _GROUP_BEFORE_ABBREVIATION[len(abbr)].search(body, max(0, a.start() - ABBREVIATED_GROUP_REACH), a.start())
        if m and "".join(fold_same_length(w[0]) for w in m["words"].split()) == abbr and _has_marker(m["words"]):
            yield m.start(), m.end("words")


_CLUB = r"(?:[Cc]âu lạc bộ|CLB)"
_CLUB_LIST_CUE_RE = re.compile(rf"(?<!\w){_CLUB}[ \t][^.;:\n“”\"]{{0,60}}?[ \t](?:như|gồm)[ \t]*:?[ \t]*(?={_CLUB}[ \t])")
_CLUB_LIST_RUN = re.compile(r"[^.;:\n“”\"…]+")
_NEXT_CLUB = re.compile(rf"[ \t]*,[ \t]*(?:và[ \t]+)?(?={_CLUB}[ \t])|[ \t]+và[ \t]+(?={_CLUB}[ \t])")


def _has_club(body: str) -> bool:
    return "âu lạc bộ" in body or "CLB" in body


def _club_list(body: str):
    """Clubs listed after a club of security and "như"/"gồm", each whole to the next club: "câu lạc bộ tự quản về an
    ninh trật tự như: Câu lạc bộ phụ nữ công giáo với công tác an ninh trật tự và hoạt động từ thiện nhân đạo, câu lạc
    bộ giữ gìn an ninh trật tự của cựu chiến binh"."""
    if not _has_club(body) or "như" not in body and "gồm" not in body:
        return
    for m in _CLUB_LIST_CUE_RE.finditer(body):
        if not _has_marker(m.group()) or not (run := _CLUB_LIST_RUN.match(body, m.end())):
            continue
        pos = m.end()
        for nxt in [*_NEXT_CLUB.finditer(body, m.end(), run.end()), None]:
            end = nxt.start() if nxt else run.end()
            if len(body[pos:end].split()) <= MAX_LISTED_WORDS:
                yield pos, end
            pos = nxt.end() if nxt else end


def _club_after_cue(body: str):
    """A club right after one "mô hình" (neither counted nor plural), in lower case, is named by the words after it up to
    where a name ends, with a marker or without: "mô hình câu lạc bộ chủ nhà trọ tại các khu dân cư", "mô hình câu lạc
    bộ (CLB) cảm hóa giáo dục thanh thiếu niên vi phạm pháp luật của chùa …" (round 69, 138-01, 135-07, 16-01; as the
    capitalised "mô hình CLB nữ chủ nhà trọ" is read after its cue)."""
    if LOWER_CLUB not in body:
        return
    for m in matches_at(_CLUB_AFTER_CUE_RE, body, _model_word_starts(body)):
        if starts_word(body, m.start()) and not _MANY_BEFORE.search(body, max(0, m.start() - 10), m.start()):
            end = _read_name(body, m.start("name"))
            if end > m.end("name") + 1:
                yield m.start("name"), end


_CLUB_AFTER_CUE_RE = re.compile(r"[Mm]ô hình[ \t]+(?P<name>câu lạc bộ(?:[ \t]*\(CLB\))?)[ \t]+(?=[^\W\d_])")


_CLUB_LISTED_BEFORE = re.compile(r"(?<!\w)(?:[Cc]âu lạc bộ|CLB)[ \t][^.;:\n“”\"]{2,60},[ \t]*$")
"""A club against a harm listed after another club, with a comma, is named as that one is, as if counted: "Các câu
lạc bộ gia đình phát triển bền vững, Câu lạc bộ phòng, chống bạo lực gia đình cũng đã phối hợp …" (round 70,
141-03)."""

_OF_FAMILIES = re.compile(rf"gia đình[ \t]+(?!phòng\W)(?=[{LOWER}])")
"""A club of families is named by the words after it, with a marker or without: "thành lập Câu lạc bộ gia đình phát
triển bền vững", "câu lạc bộ gia đình hạnh phúc" (round 77, 169-07, 141-03); one of families against a harm is read as
families against it are ("CLB gia đình phòng, chống tội phạm")."""


def _lower_club(body: str):
    """The club and its head ("câu lạc bộ nhà trọ"), and the words after the head when they carry a marker."""
    if not _has_club(body):
        return
    for m in _LOWER_CLUB_RE.finditer(body):
        if not starts_word(body, m.start()):
            continue
        if _AGAINST.match(body, m.end()) and (_COUNTED_BEFORE.search(body, max(0, m.start() - 8), m.start())
                                             or _CLUB_LISTED_BEFORE.search(body, max(0, m.start() - 80), m.start())) \
                or _OF_FAMILIES.match(body, m.end()):
            yield m.start(), _read_name(body, m.start())
            continue
        if (_deployed_item(body, m.start()) and (item := _SEMICOLON_ITEM.match(body, m.start()))
                and _has_marker(item.group())):
            yield item.span()
            continue
        if not (head := _LOWER_HEAD_RE.match(body, m.end())) or _STOP_RE.match(body, m.end()):
            continue  # "câu lạc bộ tổ chức được 25 buổi": the club organising, "tổ" no head (round 46)
        end = _read_name(body, m.start())
        yield m.start(), end if end > head.end() and _has_marker(body[head.end():end]) else head.end()


def _headed_list(body: str, pos: int, separator: re.Pattern, model_like) -> list[tuple[int, int]]:
    """The items of a list that open with a model head, or after one, after a comma, carry a marker ("tiếng kẻng bình
    yên, ánh điện an ninh"), up to the first that does neither: those model_like, and, when one is, the others of
    MIN_LISTED_WORDS words or more."""
    items = []
    while (end := _read_name(body, pos)) > pos and (
            _ANY_HEAD_RE.match(body[pos:end].lower()) or not items and _generic_kind(body, pos, end)
            or items and body[items[-1][1]:pos].lstrip().startswith(",") and _marked_item(body, pos, end)):
        items.append((pos, end))
        nxt = separator.match(body, end)
        if not nxt:
            break
        pos = nxt.end()
    liked = [model_like(body[a:b]) for a, b in items]
    if not any(liked):
        return []
    return [(a, b) for (a, b), ok in zip(items, liked) if ok or len(body[a:b].split()) >= MIN_LISTED_WORDS]


def _generic_kind(body: str, pos: int, end: int) -> bool:
    """A first item of generic words only, before a comma, is the kind the list opens with, no name; the list goes on:
    "như mô hình tự quản, camera an ninh, trường học an toàn về ANTT…" (round 53)."""
    return bool(_UNCOUNTED_NEXT.match(body, end)) and set(_key(body[pos:end]).split()) <= _GENERIC_KEYS


_UNCOUNTED_NEXT = re.compile(r",[ \t]*(?=[^\W\d])")
"""Not before a count, where the generic item counts models of its own: "duy trì 5 mô hình tự quản về an ninh trật
tự, 9 tổ tự quản tổ dân phố"."""


def _marked_item(body: str, pos: int, end: int) -> bool:
    """A list item with no head that still names a model: it carries a marker and opens with no verb ("…, lắp đặt
    hệ thống camera", "camera giám sát, đảm bảo an ninh trật tự")."""
    rest = body[pos:pos + 20].lower()
    return (_has_marker(body[pos:end]) and not _STOP_RE.match(rest) and not rest.startswith(_PURPOSE_VERBS)
            and not rest.startswith(_SITUATION_NOUNS))


_SITUATION_NOUNS = ("tình hình ", "tình trạng ")
"""The situation a model brings is no model listed after it: "mô hình camera an ninh, tình hình an ninh chính trị,
trật tự, an toàn xã hội … luôn được đảm bảo"."""


def _looks_like_lower_model(phrase: str) -> bool:
    lowered = phrase.lower()
    return bool((_LOWER_HEAD_RE.match(lowered) or lowered.startswith(_PEOPLE_AFTER_CUE))
                and (_has_marker(phrase) or _SLOGAN_AT_END.search(phrase))
                or _KNOWN_LOWER_RE.fullmatch(lowered) or _PEOPLE_WITH_FIELD.fullmatch(lowered)
                or _SELF_MANAGED_BRANCH.fullmatch(lowered))


_SELF_MANAGED_BRANCH = re.compile(r"chi hội(?:[ \t]+[^\W\d_]+){1,4}[ \t]+tự quản(?:[ \t]+về[ \t].+)?")
"""An association's branch ("chi hội", a head only when capitalised) that manages itself is a model in a list in lower
case: "như: tổ nhân dân tự quản, chi hội cựu chiến binh tự quản, …" (not "chi hội phụ nữ ấp 3") (round 45)."""


_PEOPLE_WITH_FIELD = re.compile(r"(?:phụ nữ|nông dân|thanh niên|cựu chiến binh|học sinh|sinh viên|công nhân|người cao tuổi)"
                                r"[ \t]+với[ \t]+(?:công tác[ \t]+)?(?:pccc|phòng cháy,?[ \t]+chữa cháy|atgt|an toàn giao thông"
                                r"|antt|an ninh,?[ \t]+trật tự|pháp luật)")
"""People "with" the field they serve name a model in lower case: "phụ nữ với công tác PCCC", "nông dân với ATGT"
(round 44)."""


_SLOGAN_AT_END = re.compile(rf"(?<!\w){_NUMBERED_SLOGAN.pattern}$", re.IGNORECASE)
"""A head and the numbered slogan it ends with is a name as a marked one is: "mô hình xứ đạo, họ đạo 3 không" (round
39)."""


_PEOPLE_AFTER_CUE = ("cựu chiến binh ",)
"""Veterans, a common noun in lower case, name a model right after "mô hình" when a marker follows: "nhân rộng mô hình
cựu chiến binh tham gia bảo đảm an ninh trật tự"."""


def _headed(body: str, claimed: Mask | None = None):
    """Capitalised phrases that start with a model head and carry a marker: "Tổ tự quản về ANTT", "Camera an ninh";
    none where claimed (what find_models has taken so far) already holds the head's first letter, as it would drop
    the phrase."""
    for m in _HEAD_RE.finditer(body):
        if not starts_word(body, m.start()) or claimed is not None and claimed.hits(m.start(), m.start() + 1):
            continue
        if _YOUTH_UNION.match(body, m.start()) or _NOT_A_HEAD.match(body, m.start()):
            continue  # "Ban Chấp hành Xã đoàn Vĩnh Hanh …": the commune's youth union, a unit
        if _UNIT_WORD_BEFORE.search(body, max(0, m.start() - 12), m.start()):
            continue  # "huyện Chợ Mới – Trưởng Ban Chỉ đạo phòng chống tội phạm": the head opens the unit's name
        if _HONOUR_BEFORE.search(body, max(0, m.start() - 12), m.start()):
            continue  # "giữ vững danh hiệu Xã An toàn về an ninh trật tự": a title of honour the place holds
        if _PLURAL_AFTER_HEAD.match(body, m.end()):
            continue  # "Thắp sáng những con đường quê": a headline on many roads, not a name
        if m.group() in _PLACE_HEADS and _POLICE_BEFORE.search(body, max(0, m.start() - 10), m.start()):
            continue  # "Công an Phường I kiểu mẫu về an ninh, trật tự": the police of the place, judged at "Công an"
        if m.group() in _CUED_ONLY_HEADS and m.start() and body[m.start() - 1] != "\n":
            continue  # "vai trò Tộc họ tự quản về ANTT": mid-sentence, mostly one clan ("Tộc họ Tà Yên")
        if (m.group().lower() in _MEMBER_HEADS and _TAKING_PART.match(body, m.end())
                and is_sentence_start(body, m.start())):
            continue  # "Cựu chiến binh tham gia giữ gìn an ninh trật tự": a headline on the people at work
        formation = _FORMATION.match(body, m.start())
        if not formation and not _MARKER_RE.search(body[m.start():_NAME_REACH.match(body, m.start(), m.start() + 160).end()]
                                                   .lower()):
            continue  # no marker before the name must end: _has_marker below fails whatever _read_name says
        force = _FORCE_BEFORE.search(body, max(0, m.start() - 12), m.start()) and not _force_against_crime(body, m)
        if force or m.group() == "Công an" and (
                _AGENCY_OWNER.search(body, max(0, m.start() - 12), m.start()) or _LEVEL_ACTING.match(body, m.end())
                or _POLICE_ARRIVING.match(body, m.end())):
            continue  # a police unit whatever the name's end (police_unit below)
        end = _read_name(body, m.start())
        if _opening_bare_group(body, m.start(), end):
            continue
        marked = body[m.start():end]
        if formation:
            marked = _FORMATION_ROLE.sub(" ", marked[len("Đội hình"):])
        elif _ARTS_TROUPE.match(body, m.start()):
            marked = _FORMATION_ROLE.sub(" ", marked)
        if not _has_marker(marked) or _drug_free_target(body, m.start(), end) or _GRASSROOTS_FORCE.search(marked):
            continue
        lower_club = (m.group() in _CLUB_HEADS and body[m.end() + 1:m.end() + 2].islower()
                      and not _self_managed_club(body, m))
        role = fold_same_length(body[m.start():end].lower()).startswith(_DETERMINERS)  # "Tổ trưởng Tổ tự quản …"
        police_unit = (_POLICE_UNIT.search(body, m.end(), end) or m.group() == "Công an" and _is_agency(body, m, end)
                       or m.group() in _POLICE_BRANCH_HEADS and (_POLICE_BRANCH.match(body, m.end())
                                                                 or _beside_police_branch(body, m.start(), end))
                       or force
                       or _POLICE_OWNER_AFTER.match(body, end)
                       or m.group() == "Công an" and _LEVEL_ACTING.match(body, m.end()))
        people_of_place = (_NAMED_UNIT.search(body, m.end(), end)
                           or (place := _PLACE_NAMED.match(body, m.start(), end))
                           and (not _has_marker(body[place.end():end]) or _PLACE_ACTING.match(body, place.end())))
        parts = _PARTS_OF_NUMBERED.search(body, max(0, m.start() - PARTS_REACH), m.start())
        if _CREDITS_MODEL.search(body, m.end(), end):
            continue  # a headline: "Xóm làng bình yên nhờ mô hình nông dân tự quản …"
        if m.group() in _TEAM_HEADS and _CLUB_INSIDE.search(body, m.end(), end):
            continue  # "Đội xung kích Câu lạc bộ xung kích phòng chống tội phạm": the club's team, the club the model
        if not lower_club and not role and not police_unit \
                and not people_of_place and not parts:
            yield m.start(), end


def _force_against_crime(body: str, m: re.Match) -> bool:
    """A force ("lực lượng") of a capitalised kind other than the police, named on to the fight against crime it wages,
    is the model, not a police unit: "Tặng giấy khen cho lực lượng Dân phòng honda khách phòng, chống tội phạm huyện
    Bến Lức" (round 84, 200-03; not "lực lượng Dân phòng phối hợp tuần tra …" 50-16, nor "cán bộ Tổ phòng chống tội
    phạm Công an xã", the staff of a police team)."""
    if m.group() == "Công an" or not _FORCE_KIND_BEFORE.search(body, max(0, m.start() - 12), m.start()):
        return False
    end = _read_name(body, m.start())
    against = _AGAINST.search(body, m.end(), end)
    return against is not None and _CRIME_FOUGHT.match(body, against.end()) is not None


_FORCE_KIND_BEFORE = re.compile(r"(?<!\w)lực lượng[ \t]+$")
_CRIME_FOUGHT = re.compile(r"tội phạm(?!\w)")


_TEAM_HEADS = frozenset({"Tổ", "Đội", "Nhóm"})
_CLUB_INSIDE = re.compile(r"[ \t](?:Câu lạc bộ|CLB)[ \t]")
"""A group read on into a capitalised club names the club's team, no model of its own: the club is read on its own
("Để phát huy hiệu quả của Đội xung kích Câu lạc bộ xung kích phòng chống tội phạm", round 82, 190-09); no name the
corpus annotates holds a club after a group's head."""


def _opening_bare_group(body: str, start: int, end: int) -> bool:
    """A group word alone, capitalised only as it opens a sentence past the title, is the group at work, no name: "Tổ
    tự quản của Hội Cựu chiến binh xã … tham gia xử lý vi phạm", "Tổ tự quản hoạt động theo quy ước" (round 50; a
    headline's subject is the model: "Tổ hòa giải góp phần ổn định an ninh trật tự"; mid-sentence the capital names
    it: "người dân trong Tổ tự quản")."""
    return (_key(body[start:end]) in _GROUP_KEYS and is_sentence_start(body, start)
            and body.find("\n", 0, start) >= 0)


def _self_managed_club(body: str, head: re.Match) -> bool:
    """"Câu lạc bộ" written capitalised mid-sentence before a "tự" marker names its kind, as "Tổ tự quản" does: "thành
    lập, nhân rộng 194 Câu lạc bộ tự quản về an ninh trật tự" (in lower case, "187 câu lạc bộ tự quản về ANTT, an toàn
    giao thông", it is a count of clubs)."""
    return (head.group() == CLUB and not is_sentence_start(body, head.start())
            and bool(_SELF_MARKER_OPENS.match(body, head.end() + 1)))


CLUB = "Câu lạc bộ"
_YOUTH_UNION = re.compile(r"(?:Xã|Phường)[ \t]+đoàn(?!\w)(?![ \t]+kết)")
"""A place head before "đoàn" is a youth union ("Xã đoàn Vĩnh Hanh xung kích tham gia giữ gìn an ninh trật tự", a
headline on what the union does), no model; "xã đoàn kết" is another word."""
_UNIT_WORD_BEFORE = re.compile(r"(?<!\w)(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)[ \t]+$")
"""A capitalised head right after a unit's word in lower case opens the unit's name, whatever marker follows: "Chủ tịch
UBND huyện Chợ Mới – Trưởng Ban Chỉ đạo phòng chống tội phạm" (round 39)."""
_HONOUR_BEFORE = re.compile(r"(?<!\w)danh hiệu[ \t]+$", re.IGNORECASE)
"""A capitalised head right after "danh hiệu" opens a title of honour a place or a family earns or keeps, not a model:
"góp sức cùng xã giữ vững danh hiệu Xã An toàn về an ninh trật tự" (round 80, 184-02); none of the corpus's 15 places
with a capital after "danh hiệu" ("Gia đình văn hóa", "Anh hùng Lực lượng vũ trang nhân dân") is annotated a model."""
_PLURAL_AFTER_HEAD = re.compile(r"[ \t]+những[ \t]")
"""A head followed at once by the plural "những" opens a sentence or a headline, not a name: "Thắp sáng những con đường
quê" (round 80, 182-06, a headline over a model of street lights; the model's name is “Thắp sáng đường quê”); no name
the corpus annotates has "những" right after its head."""
_PLACE_HEADS = frozenset({"Phường", "Xã", "Thôn", "Ấp", "Xóm", "Bản", "Khu phố", "Tổ dân phố"})
_POLICE_BEFORE = re.compile(r"(?<!\w)Công an[ \t]+$")
"""A place head right after "Công an" opens the name of the place whose police it is, not a model: "Công an Phường I
kiểu mẫu về an ninh, trật tự và văn minh đô thị" is one unit's title, as "Công an phường Phước Trung kiểu mẫu" is;
"Công an" itself is a head, judged as such (round 45)."""
_CUED_ONLY_HEADS = frozenset({"Tộc họ"})
"""Heads that name a model only after a cue or in a list ("mô hình tộc họ tự quản về ANTT", "như: Tộc họ tự quản"),
like "dòng họ", or opening a line (a headline: "Tộc họ tự quản về an ninh trật tự: Mô hình nhiều lợi ích"); a
capitalised phrase they open mid-sentence is one clan's name or a sentence."""
_CREDITS_MODEL = re.compile(r"[ \t](?:nhờ|từ|với|qua|theo)[ \t]+mô hình(?!\w)", re.IGNORECASE)
"""A capitalised phrase that credits a model inside it is a sentence or a headline, not the model's name."""
_MARKER_RE = re.compile("|".join(re.escape(marker) for marker in (*_MARKERS, *LOWER_CASE_MARKERS)))
_NAME_REACH = re.compile(r"[^.;:“”\"«»!?…\n]*")
"""Where _read_name must stop at the latest: its words and what joins them hold none of these characters."""
_FORMATION = re.compile(r"Đội hình(?!\w)")
_FORMATION_ROLE = re.compile(r"xung kích|tình nguyện", re.IGNORECASE)
"""A youth formation ("Đội hình") is a shock or volunteer one by its kind: "xung kích" in its name is no marker, the rest
must say security ("Đội hình thanh niên xung kích bảo vệ an ninh trật tự", not "Đội hình xung kích chuyển đổi số")."""
_ARTS_TROUPE = re.compile(r"(?:Đội|Tổ|Nhóm)[ \t]+văn nghệ(?!\w)", re.IGNORECASE)
"""An arts troupe is a shock or volunteer one by its kind, as a youth formation is: "xung kích" in its name is no marker,
the rest must say security ("Đội văn nghệ xung kích được thành lập với 30 thành viên", a provincial police's troupe that
performs and tells the law, round 56, 112-09)."""
_PARTS_OF_NUMBERED = re.compile(r"[“\"]\d+[ \t][^“”\"\n]{1,40}[”\"][^.\n]{0,40}\.[ \t]*"
                                r"(?:Đó là|Cụ thể là|Bao gồm|Gồm)[ \t]*:[ \t]*$")
PARTS_REACH = 140
"""The parts a numbered model is said to be right after it are no models of their own: "mô hình "5 nhất về ANTT". Đó
là: Gia đình an toàn nhất; khối, xóm an toàn nhất; …"."""


MAX_DEPARTMENT_WORDS = 8
_POLICE_BRANCH_HEADS = frozenset({"Đội", "Tổ"})
_POLICE_BRANCH = re.compile(r"[ \t]+(?:Cảnh sát[ \t]+(?!khu vực)[^\W\d_]|CS[A-ZĐ]{1,5}(?!\w)"
                            r"|(?<=Đội )An ninh[ \t]+nhân dân(?!\w))")
"""A team named by a police branch, a capitalised "Cảnh sát …" or its abbreviation ("CSGT", "CSĐT"), or "Đội An ninh
nhân dân", is a police unit whatever marker its sentence carries: "Đội trưởng Đội CSGT – TT đánh giá tình hình trật tự
an toàn giao thông …", "theo chân các anh Đội An ninh nhân dân" (round 69; "Cảnh sát khu vực" is a model's own word,
and "Tổ An ninh nhân dân", "Đội An ninh cơ động" stay groups of the people)."""
_POLICE_OWNER_AFTER = re.compile(rf"[ \t]*(?:\d+[ \t]*)?(?:,|\(|[ \t](?:trực[ \t]+)?thuộc[ \t])[ \t]*"
                                 rf"(?:Phòng[ \t]+[{UPPER}][^\s,()]*(?:[ \t]+[^\s,()]+){{0,{MAX_DEPARTMENT_WORDS}}}?[ \t]+)?"
                                 r"Công an[ \t]+"
                                 r"(?:tỉnh|huyện|quận|thị xã|thành phố|TP|xã|phường|thị trấn)(?!\w)")
"""A group that a police unit owns, named after a comma, "thuộc" or in brackets, is a unit of it: "Đội an ninh, Công an
huyện Sơn Động", "Tổ đảm bảo an toàn du lịch tuyến biển thuộc Công an phường Mũi Né" (round 40); so is a numbered team
of a police department: "Đội tuần tra kiểm soát giao thông số 5 (Phòng CSGT Công an tỉnh)" (round 49), whatever
the department's name: "Đội Tham mưu An ninh, Phòng Tham mưu Công an TP Hồ Chí Minh" (round 52)."""
_LEVEL_ACTING = re.compile(r"[ \t]+(?:(?:các|những|hai|ba|bốn|năm|\d+)[ \t]+)?"
                           r"(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)[ \t]+"
                           r"(?:đi|đã|đang|sẽ|cùng|phối hợp|tuyên truyền|trở thành|tổ chức|triển khai|phát động|vận động"
                           r"|báo cáo|kiểm tra|tiếp nhận|trao|tặng|ra quân|bắt giữ|phát hiện|xử lý|tham mưu|chủ trì|thực hiện"
                           r"|xây dựng|tuần tra|ngoài việc|biểu dương|tuyên dương|khen thưởng|khen ngợi"
                           r"|gắn(?![ \t]+(?:với|bó|kết)(?!\w))|lắp|lắp đặt|treo|dán)(?!\w)")
""""Công an" of a level doing something, or becoming something, is the force at work: "Chủ tịch UBND xã và Công an xã
đi tuần tra", "lực lượng bảo vệ dân phố và Công an phường tuần tra trên các tuyến đường", "Công an phường ngoài việc
tăng cường tuần tra, kiểm soát …", "Phòng … Công an tỉnh tuyên truyền pháp luật về phòng chống ma túy", "100% Công an phường trở thành đơn
vị điển hình, kiểu mẫu về ANTT", or praising those who fought crime: "Phó phòng Phong trào bảo vệ an ninh Tổ quốc
Công an tỉnh biểu dương tinh thần đấu tranh phòng chống tội phạm của hai học sinh" (round 38), or fitting signs: "phối
hợp Công an xã gắn áp phích tố giác tội phạm tại các tuyến đường" (round 39; not "gắn với", "gắn bó", "gắn kết"); a district's or
a city's police as well: "Công an quận tuần tra, chốt điểm" (round 46); the police of several units reporting too:
"chỉ huy Công an hai xã báo cáo nhanh tình hình an ninh trật tự" (round 49)."""
_POLICE_ARRIVING = re.compile(rf"[ \t]+(?:về|xuống|đến|tới)[ \t]+[{LOWER}]")
""""Công an" right before a verb of motion is the force arriving to work: "cán bộ, chiến sĩ Công an về tuyên truyền phổ
biến giáo dục pháp luật" (no model named "Công an …")."""
_NAMED_UNIT = re.compile(rf"[ \t](?:Thành phố|TP\.?|Tỉnh|Huyện|Quận|Thị xã|Xã|Phường)[ \t]?[{UPPER}]")
"""A unit named with its capitalised level word after the head makes the phrase a headline about the people of that
unit ("Cựu chiến binh Thành phố Hồ Chí Minh tham gia giữ gìn an ninh trật tự"), not a model's name."""


_PLACE_NAMED = re.compile(rf"(?:Xã|Phường|Thôn|Ấp|Xóm|Bản|Khu phố|Tổ dân phố)(?:[ \t]+[{UPPER}][{LOWER}]*)+(?!\w)")
"""A place head and a proper name is the place, whose name may hold a marker ("Xã An Ninh, huyện Tiền Hải"); its model
has a marker past the name ("Thôn Láo Lý tự quản về an ninh trật tự")."""


_PLACE_ACTING = re.compile(r"[ \t]+(?:gắn|lắp|lắp đặt|trao|tặng|ra mắt|ra quân|diễn tập|phát động|tổ chức|triển khai|xây dựng"
                           r"|thành lập|nhân rộng|duy trì|vận động|tuyên truyền|đẩy mạnh|tăng cường"
                           r"|đưa vào (?:vận hành|sử dụng|hoạt động)|vận hành|khánh thành|bàn giao"
                           r"|(?:là[ \t]+|[-–][ \t]+)?(?:điểm sáng|lá cờ đầu))(?!\w)")
"""A place named and a verb of what it does make a headline, however marked what it does: "Phường Sơn Phong gắn hòm thư
tố giác tội phạm tại thiết chế văn hóa khối phố" (the model is the thing it fits, not "Phường Sơn Phong gắn …"); so
does a drill ("Xã Phú Thành Trà Ôn diễn tập thế trận an ninh nhân dân", round 46), and a system put into
operation ("Xã Quảng Minh đưa vào vận hành hệ thống camera giám sát an ninh - trật tự", round 54); so does a place
praised as the bright spot or the leader of a movement, whose name holds the markers ("Phường Phương Lâm điểm sáng
phong trào Toàn dân bảo vệ an ninh Tổ quốc", round 76, 163-06), a dash between them or not ("Bản Sin Suối Hồ - điểm
sáng phòng, chống ma túy ở vùng biên", round 78, 171-01)."""


def _beside_police_branch(body: str, start: int, end: int) -> bool:
    """Whether a team is listed next to a police branch, one of the police's own units: "Công an đặc khu gồm 5 tổ …:
    Tổ Tổng hợp, Tổ An ninh, Tổ Cảnh sát phòng chống tội phạm, …" (round 76, 165-02)."""
    before = _TEAM_BEFORE.search(body, max(0, start - TEAM_BEFORE_REACH), start)
    return any(team and _POLICE_BRANCH.match(body, team.end("head")) for team in (_NEXT_TEAM.match(body, end), before))


_LIST_GAP = r"(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)"
_NEXT_TEAM = re.compile(rf"[ \t]*{_LIST_GAP}(?P<head>Đội|Tổ)")
_TEAM_BEFORE = re.compile(rf"(?<!\w)(?P<head>Đội|Tổ)[ \t][^,;:.()\n]{{1,40}}{_LIST_GAP}$")
TEAM_BEFORE_REACH = 60


def _is_agency(body: str, head: re.Match, end: int) -> bool:
    return bool(_AGENCY_OWNER.search(body, max(0, head.start() - 12), head.start())) or any(
        w[:1].isupper() and not _ACRONYM.fullmatch(w) for w in body[head.end():end].split())


def _read_name(body: str, pos: int) -> int:
    """End of an unquoted name starting at pos: words up to a stop word, a clause comma or punctuation."""
    end, brackets, limit, tail_end, last = pos, 0, MAX_WORDS, 0, None
    for i, w in enumerate(_WORD_RE.finditer(body, pos, min(len(body), pos + 160))):
        if (w.start() != end and i and (quoted := _QUOTED_OBJECT.match(body, end))
                and _TAKES_OBJECT.search(body, pos, end)):
            end = quoted.end()  # Tổ phụ nữ nói không với “tín dụng đen”: the object it says no to
            break
        if w.start() != end or i - brackets >= limit:
            break
        brackets += w[2].startswith("(") or w[2] in _DASHES  # neither a bracket nor a dash counts as a word
        if not i:  # the first word is always read
            end = w.end()
            continue
        rest = body[w.start(2):w.start(2) + 20].lower()
        if rest[0].isdigit() and (tail := _NUMBERED_TAIL.match(rest)):
            tail_end = w.start(2) + tail.end()
        slogan = rest[0].isdigit() and bool(part := _SLOGAN_PART.match(rest)) and (
            bool(_SLOGAN_PART.search(body, pos, end))
            or bool(_SLOGAN_CLOSES.match(body, w.start(2) + part.end())) and bool(_ANY_HEAD_RE.match(body[pos:end].lower())))
        stop = w.start(2) >= tail_end and (_STOP_RE.match(rest) and not rest.startswith(_STOP_EXCEPTIONS)
                and not (_SECOND_PURPOSE.match(rest) and _FIRST_PURPOSE.search(body, pos, end))
                and not (_SECOND_KEEPING.match(rest) and _FIRST_FIGHTING.search(body, pos, end))
                and not (_BORDER_ORDER.match(rest) and _BORDER_KEPT.search(body, pos, end))
                and not (_SECOND_AREA.match(rest) and _OBJECT_KEPT.search(body, pos, end))
                and not (i == 1 and _COORDINATING_TEAM.match(body, pos))
                and not _DASHED_PART_OPENED.search(body, pos, w.start())
                and not (rest.startswith(_WITH) and (_SAYS_NO.search(body, pos, end)
                                                   or _TIED.search(body, pos, end) and _DEVICE_TIED.match(rest)))
                and not (_HARM_HAD.match(body, w.start(2)) and _NOT_BEFORE.search(body, pos, end))
                and not (i >= 3 and _IN_PURPOSE.match(body, w.start(2)) and _VERB_OPENER.match(body, pos))
                and not (i == 1 and rest.startswith(_AND) and _BARE_DEVICE.fullmatch(body, pos, end)
                         and _has_marker(body[w.end():_read_name(body, w.end())]))
                or i >= 2 and rest[0].isdigit() and not _NUMBERED_TAIL.match(rest) and not slogan
                or _PLACE_AFTER.match(body, w.start(2))
                or i >= 2 and _INSTITUTION_AFTER.match(body, w.start(2))
                or rest.startswith(("các", "những")) and _CAPITALISED_OPENER.match(body, w.start(2))
                or rest[0] in "-–—" and _MODEL_AFTER_DASH.match(body, w.start())
                or rest.startswith("mô hình") and _CUE_BEFORE_QUOTE.match(body, w.start(2))
                or body[w.start(2)].isupper() and _PERSON_SPEAKING.match(body, w.start(2))
                or rest.startswith("chi ") and _BRANCH_OWNER.match(body, w.start(2))
                or rest.startswith(_BETWEEN) and bool(_ANY_HEAD_RE.match(body[pos:end].lower()))
                or _DATED_AFTER.match(rest))
        self_chain = (rest.startswith("tự ") and bool(_SELF_MARKER_OPENS.match(rest))
                      and bool(_SELF_MARKER_ENDS.search(body, pos, end)))
        task_chain = "," in body[pos:end] and bool(_KEEPING_ORDER.match(body, w.start(2)))
        if i and (stop or w[1] and not (rest.startswith(_COMMA_GLUE) and not _QUALIFIED_PLACE.match(rest))
                  and not slogan and not self_chain
                  and not task_chain):
            if (stop and not w[1] and i >= 3 and last and _bare_unit_before(body, last)
                    and not _COUNT_BEFORE_NAME.search(body, max(0, pos - 12), pos)):
                end = last.start()  # "Tổ tuần tra bảo đảm ANTT thôn tiến hành tuần tra": the village's team
            break
        if w[1] or rest.startswith(_SECOND_ORDER):
            limit = MAX_LISTING_WORDS
        end, last = w.end(), w
    return end


_QUALIFIED_PLACE = re.compile(r"(?:bản|xóm|ấp|làng|khu phố|tổ dân phố)[ \t]+(?:an ninh|an toàn|bình yên|văn hóa|văn hoá"
                              r"|không[ \t]+(?:có|ma)|tự quản)(?!\w)")
_COMMA_THEN_QUALIFIED_PLACE = re.compile(rf"[ \t]*,[ \t]+(?={_QUALIFIED_PLACE.pattern})")
"""A place word with the quality it earns after a comma opens a name of its own, not the place of the name before it:
"mô hình an ninh trật tự … như: Tiếng loa an ninh, ấp an ninh – an toàn – an dân" names two (round 73, 151-06,
before read as one, past the comma and as a sentence that describes the first); the list goes on to it though it is
in lower case. A place word that goes on past the comma still names the place ("… cột mốc và an ninh trật tự xóm, bản
khu vực biên giới")."""


_DASHED_PART_OPENED = re.compile(rf"[^\W\d_][ \t]+[-–][ \t]+[{UPPER}][{LOWER}]*[ \t]*$")
"""A slogan's part after a dash is never its one capitalised word: a stop word right after it goes on with the part,
"mô hình Hộ an toàn - Thôn bình yên - Xã đạt tiêu chí an ninh, trật tự" (round 70, 140-01, before cut to "… - Xã");
the name still ends on a stop word later in the part."""
_SAYS_NO = re.compile(r"(?<!\w)nói[ \t]+không$")
_NOT_BEFORE = re.compile(r"(?<!\w)không$")
_TIED = re.compile(r"(?<!\w)gắn$")
_AND = "và "
_BARE_DEVICE = re.compile(rf"(?:{_alternation(_DATA['device_heads'] + [h.lower() for h in _DATA['device_heads']])})")
"""A bare device word (no model alone) goes on past "và" to the marked thing it is paired with: "Mô hình camera và ánh
sáng an ninh chính thức đi vào hoạt động" (round 61, 122-02, before nothing: "camera" alone is generic)."""
_DEVICE_TIED = re.compile(rf"với[ \t]+(?:{_alternation([h.lower() for h in _DATA['device_heads']])})(?!\w)")
_HARM_HAD = re.compile(r"có[ \t]+(?:người[ \t]+(?:nghiện|vi phạm)|tội phạm|ma túy|ma tuý|tệ nạn|vi phạm)(?!\w)")
"""A name free of a harm goes on past "có" when "không" comes before it and a harm after: "mô hình Nhà trọ an toàn
không có tội phạm gắn với camera giám sát ANTT" (round 61, 122-07, before cut to "Nhà trọ an toàn không", a name that
cannot end on "không"); "có" alone still ends a name ("Tổ tự quản có 12 thành viên"). A name goes on past "gắn với"
to a device it is tied to, as past "nói không với": "… không có tội phạm gắn với camera giám sát ANTT" (same text;
not "… gắn với phát triển", "… gắn với các phong trào", a clause that goes on)."""
_IN_PURPOSE = re.compile(r"trong[ \t]+(?:công[ \t]+tác[ \t]+)?(?:bảo đảm|đảm bảo|giữ gìn|giữ vững)[ \t]+(?:an ninh|ANTT|trật tự)",
                         re.IGNORECASE)
_VERB_OPENER = re.compile(r"(?:Phát huy|Nâng cao|Tăng cường|Đẩy mạnh|Huy động)[ \t]")
"""A name that opens with a verb (what the model does: "Phát huy sức mạnh toàn dân") goes on past "trong" to the
keeping of order it serves: "thực hiện mô hình Phát huy sức mạnh toàn dân trong bảo đảm an ninh, trật tự (ANTT) địa bàn
cửa sông ra biển" (round 61, 122-08, before cut to "Phát huy sức mạnh toàn dân"); after a group or a place "trong"
still ends the name ("Tổ tự quản trong khu dân cư")."""
_WITH = "với "
_TAKES_OBJECT = re.compile(r"(?<!\w)(?:nói[ \t]+không[ \t]+với|chống)$")
_QUOTED_OBJECT = re.compile(rf"[ \t]*[“\"«„][ \t]*[{LOWER}]+(?:[ \t]+[{LOWER}]+){{0,3}}[ \t]*[”\"»]")
_OBJECT_BEFORE_QUOTE = re.compile(r"(?<!\w)(?:nói[ \t]+không[ \t]+với|chống)[ \t]*[“\"«„][ \t]*$")
OBJECT_REACH = 24
"""A name that says no ("nói không với") goes on past "với" to what it says no to, its marker's object, whatever it is:
"Tổ phụ nữ nói không với tín dụng đen" (the stop exceptions held only "với ma túy", "với tội phạm" …); a name that ends
on "nói không với" or "chống" before a word or a few in quotes, the harm stressed ("tín dụng đen" is a crime's
nickname), takes the quoted object as its last words: "ra mắt mô hình Câu lạc bộ Phụ nữ nói không với "tín dụng đen”
gồm 33 thành viên" (round 59, 118-04, before cut to "… nói không"), "lễ ra mắt Tổ phụ nữ nói không với “tín dụng đen”"
(118-06), as the corpus writes the same names quoted whole: “Chi hội phụ nữ nói không với tín dụng đen” (118-02), Câu
lạc bộ “Phụ nữ nói không với tín dụng đen” (118-05)."""


_BETWEEN = "giữa "
"""A name that opens with a model head ends before "giữa": what follows is where the group works, "mô hình Cụm an ninh
tự quản giữa vùng giáp ranh" (round 78, 174-06), "cụm giáp ranh an toàn về ANTT giữa thôn …" (119-18); a link or a
joint task with no head goes on to the parties it joins ("Liên kết bảo đảm an ninh trật tự giữa các trường học")."""


_DATED_AFTER = re.compile(r"(?:ngày|sáng|chiều|tối|trưa|đêm)[ \t]+\d")
"""A day with its date after a name ends it, as a year does ("năm"): "dự gặp mặt CLB Doanh nghiệp Cựu CAND ngày
5/11/2025" names "CLB Doanh nghiệp Cựu CAND" (round 58)."""


_COUNT_BEFORE_NAME = re.compile(r"\d[ \t]+$")
"""Counted groups keep the unit word: it says their level, one group to each unit ("12 tổ tự quản ANTT xóm với 60
thành viên", round 45)."""


def _bare_unit_before(body: str, word: re.Match) -> bool:
    """Whether a name's last word, before the verb or the word that stops it, is a bare unit word, alone (not after a
    comma or another unit word): the unit the group belongs to, named before ("thôn" for "của thôn"), not part of its
    name: "Tổ tuần tra bảo đảm ANTT thôn tiến hành tuần tra" (after "Tổ tuần tra … (ANTT) thôn Quảng Long"), "Câu lạc
    bộ … huyện từ khi thành lập đến nay" (round 58; at a sentence's end, before a comma or a bracket, it stays: "Tổ tự
    quản đường biên, cột mốc, giữ gìn an ninh trật tự thôn.", "tổ tự quản ANTT thôn (bản)")."""
    return (not word[1] and word[2] in _UNIT_KIND_WORDS
            and not body[max(0, word.start() - 12):word.start()].rstrip().endswith(tuple(_UNIT_KIND_WORDS)))


_SECOND_ORDER = ("và trật tự an toàn", "và trật tự, an toàn")
"""A name goes on past "và" to a second order it keeps (a stop exception), as long as a list may run: "Đội tự quản về
trật tự an toàn giao thông (ATGT) đường thủy và trật tự an toàn xã hội" (round 45)."""


_DASHES = ("-", "–", "—")
"""A dash between two parts of a name is no word of it: "Tổ công nhân vì môi trường xanh - Tự quản về an ninh trật tự"
is fourteen words long."""
_SLOGAN_CLOSES = re.compile(r"[ \t]*(?:[,.;:()]|$)")
"""A numbered slogan that closes a name opened by a head is its end: "mô hình xứ đạo, họ đạo 3 không, góp phần …"
(round 39)."""
_COORDINATING_TEAM = re.compile(r"(?:[Tt]ổ|[Đđ]ội|[Nn]hóm)[ \t]+phối hợp[ \t]+(?!(?:với|cùng)(?!\w))\w")
"""A group word and "phối hợp" name a coordinating team by what it coordinates: "Tổ phối hợp tuần tra đảm bảo an ninh
trật tự du lịch biển Đà Nẵng" (not a group that works with another: "Tổ tự quản phối hợp với Công an xã")."""
_CUE_BEFORE_QUOTE = re.compile(r"mô hình[ \t]*[“\"«„]")
_FIRST_PURPOSE = re.compile(r"(?<!\w)(?:đảm bảo|bảo đảm|giữ gìn)[ \t]")
_SECOND_PURPOSE = re.compile(r"và phòng,?[ \t]+chống(?!\w)")
"""A name that states its purpose ("đảm bảo an toàn giao thông") goes on past "và" to a second purpose, fighting crime
or vice: "Lái xe taxi đảm bảo an toàn giao thông và phòng chống tội phạm" (elsewhere "và phòng chống" ends a name: "an
ninh Tổ quốc và phòng chống tội phạm")."""
_FIRST_FIGHTING = re.compile(r"(?<!\w)phòng,?[ \t]+chống[ \t]")
_SECOND_KEEPING = re.compile(r"và[ \t]+(?:giữ gìn|bảo đảm|đảm bảo)[ \t]")
"""And the other way round, a name against crime goes on past "và" to keeping order: "tổ cựu quân nhân xung kích phòng
chống tội phạm và giữ gìn TTVSĐT" (round 47)."""
_BORDER_KEPT = re.compile(r"(?<!\w)(?:đường biên|cột mốc|mốc giới|mốc quốc giới)(?!\w)", re.IGNORECASE)
_BORDER_ORDER = re.compile(r"và an ninh,?[ \t]+trật tự(?!\w)")
"""A name that keeps the border goes on past "và" to the order it keeps as well, and the area: "Tổ tự quản đường
biên, mốc quốc giới và an ninh trật tự khu vực biên giới" (the Border Guard's group; elsewhere "và an ninh trật tự"
ends a name) (round 43)."""
_SECOND_AREA = re.compile(r"và (?:khu vực|vùng) ")
_OBJECT_KEPT = re.compile(rf"(?<!\w)(?:{_alternation(_OBJECT_HEADS)})$")
"""A name that keeps a thing goes on past "và" to the area it keeps as well: "tổ an ninh tự quản tàu thuyền và khu vực
đầm bãi" (round 48; not a name that ends on its domain: "tổ tự quản về ANTT và khu vực biên giới vững mạnh")."""
_BRANCH_OWNER = re.compile(rf"chi (?:hội|đoàn|bộ)[ \t]+(?:[{UPPER}]"
                           r"|(?:cựu chiến binh|phụ nữ|nông dân|thanh niên)(?!\w))")
"""A branch named after a name is its owner, as a place named after it is where it works: "Tổ Quản lý tuyến đường an
ninh trật tự, an toàn giao thông chi hội Cựu chiến binh ấp Tân Cường" (its people in lower case too: "… chi hội cựu
chiến binh ấp Tân Cường", round 47)."""
_PERSON_SPEAKING = re.compile(rf"{CAP_WORD}(?:[ \t]+{CAP_WORD}){{1,3}}[ \t]+(?:kể|nói|cho biết|cho hay|chia sẻ|tâm sự"
                              r"|bày tỏ|khẳng định|nhấn mạnh|nhớ lại|thông tin|trao đổi|giải thích)(?!\w)")
"""A capitalised personal name and a reporting verb end the name of the group the person leads or serves: "Tổ trưởng Tổ
tự quản ANTT Tiêu Văn Hoanh kể: …" names "Tổ tự quản ANTT" (a person who speaks is never part of a model's name)."""
"""A name ends before "mô hình" and a quote, the cue of the next name: "187 CLB phòng chống tội phạm mô hình "1+2""."""
_SELF_MARKER_OPENS = re.compile(r"tự (?:quản|phòng|bảo vệ|hòa giải|hoà giải)(?!\w)")
_SELF_MARKER_ENDS = re.compile(r"(?<!\w)tự (?:quản|phòng|bảo vệ|hòa giải|hoà giải)$", re.IGNORECASE)
"""A chain of the "tự" markers goes on past its commas: "Đội xung kích tự quản, tự phòng ấp Tân Thị", "Tổ tự phòng, tự
quản, tự bảo vệ" (one name, as the slogan “Tự phòng, tự quản, tự bảo vệ” is)."""
_KEEPING_ORDER = re.compile(r"(?:giữ gìn|bảo vệ|bảo đảm|đảm bảo)[ \t]+(?:ANTT|an ninh,?[ \t]+trật tự)(?!\w)")
"""A name that already lists its tasks with commas goes on past one more comma to keeping order, its last task: "Tổ tự
quản đường biên, cột mốc, giữ gìn an ninh trật tự thôn" (a name with no comma yet ends there: "Tổ tự quản, giữ gìn
ANTT" is a name and what the group does)."""
_MODEL_AFTER_DASH = re.compile(r"[ \t]+[-–—][ \t]+[Mm]ô hình(?!\w)")
"""A dash and "mô hình" after a name, in a title, call what the name names a model: "Camera an ninh kết hợp loa phát
thanh - Mô hình mới giữ gìn an ninh trật tự" (the name ends at the dash; the device that opens it is the model)."""
_CAPITALISED_OPENER = re.compile(r"(?:Các|Những)(?!\w)")
"""A capitalised plural word inside a name opens the next sentence, run on after a caption: "mô hình dòng họ tự quản
Các cơ quan chức năng …"."""


def _looks_like_model(phrase: str) -> bool:
    """A head and a marker ("Tổ tự quản về ANTT"; a quoted name may open in lower case, or with "Mô hình": “Mô hình
    cổng trường an toàn”), a known name or family."""
    if prefix := _MODEL_PREFIX_RE.match(phrase):
        phrase = phrase[prefix.end():]
    capitalised = phrase[:1].upper() + phrase[1:]
    return bool(_HEAD_RE.match(capitalised) and _has_marker(_SHOCK_ROLE.sub(r"\g<head>", phrase))
                or _KNOWN_RE.fullmatch(capitalised) or _FAMILY_RE.fullmatch(phrase))


_SHOCK_ROLE = re.compile(rf"^(?P<head>(?:tổ|đội|nhóm)[ \t]+)xung kích(?=[ \t]+[{LOWER}])", re.IGNORECASE)
"""A quoted shock team named for its task right after its head is one by its role, as a youth formation is
(_FORMATION_ROLE): the task must say security (“Đội xung kích tự quản về an ninh trật tự”, not “Đội xung kích tuyên
truyền” that a police department's youth union sets up, round 52); shock youth are the known force at work (“Đội thanh
niên xung kích tình nguyện” tham gia tuần tra)."""


def _has_marker(phrase: str) -> bool:
    lowered = phrase.lower()
    return (any(marker in lowered and _unnegated(lowered, marker) for marker in _MARKERS)
            or any(marker in phrase and _unnegated(phrase, marker) for marker in LOWER_CASE_MARKERS))



_NEGATION_BEFORE = re.compile(r"(?<!\w)(?:không|chưa)[ \t]+$")
NEGATION_REACH = 8
"""A marker said not to hold marks nothing: "Xã biên giới một thời không bình yên" (a headline, the opposite of a model),
"chưa an toàn"; a marker that is itself a "không" ("không ma túy", "nói không với") is no negation."""


_SAFE, _POLICE_WORD = "an toàn", "công "
""""an toàn" after "công" is the police's name and its reach ("Hội nghị Công an toàn quốc", "Công an toàn tỉnh"), no
safety marker."""


def _unnegated(lowered: str, marker: str) -> bool:
    at = lowered.find(marker)
    while at >= 0:
        if not _NEGATION_BEFORE.search(lowered, max(0, at - NEGATION_REACH), at) and not (
                marker.startswith(_SAFE) and lowered.endswith(_POLICE_WORD, 0, at)):
            return True
        at = lowered.find(marker, at + 1)
    return False


_SLOGAN_AFTER_CUE = re.compile(rf"mô hình[ \t]+(?={_SLOGAN_NUMBER} {_SLOGAN_WORD}(?:,? (?:và )?| ?[-–] ?){_SLOGAN_NUMBER} "
                               rf"{_SLOGAN_WORD}(?!\w))")
"""A numbered slogan of two parts or more names itself: in lower case "mô hình" before it is the cue ("mô hình 5 không 3
có"), not part of the name (as it is in "mô hình 4 quản", "Mô hình 5+1")."""


_ONE_PART_SLOGAN_AFTER_CUE = re.compile(r"mô hình[ \t]+(?=\d+ (?:không|sạch|giảm|nhất|tự)$)")
"""A one-part numbered slogan of a clear word after lower-case "mô hình" names itself as well: "mô hình 2 không như: không
có người mắc bệnh xã hội, …" names "2 không", a title's "mô hình 5 tự ở Kim Liên" names "5 tự" (round 76, 164-09;
the family reads "tự" alone, never the first word of "tự quản"); not the ambiguous "mô hình 4 quản"."""


_TIED_AT_END = re.compile(r"[ \t]+gắn$")
_WITH_AFTER = re.compile(r"[ \t]+với(?!\w)")
"""A name cut at "với" does not end on the verb that "với" completes: "Đội Thanh niên xung kích vì an ninh Tổ quốc gắn
với phát triển kinh tế" names "Đội Thanh niên xung kích vì an ninh Tổ quốc"."""


def _model(body: str, start: int, end: int, numbered: bool = False) -> dict:
    """The mention, its name without a leading "Mô hình" (kept before a number: "Mô hình 5+1")."""
    if prefix := (_MODEL_PREFIX_RE.match(body, start, end) or _SLOGAN_AFTER_CUE.match(body, start, end)
                  or _ONE_PART_SLOGAN_AFTER_CUE.match(body, start, end)):
        start = prefix.end()
    while end > start and body[end - 1] in " ,.;:…'’":
        end -= 1
    if (tied := _TIED_AT_END.search(body, start, end)) and _WITH_AFTER.match(body, end):
        end = tied.start()
    if abbreviation := _TRAILING_ABBREVIATION.search(body, start, end):
        end = abbreviation.start()
    if (frame := _TIME_FRAME_AT_END.search(body, start, end)) and frame.start() > start:
        end = frame.start()
    name = " ".join(_QUOTES.sub(" ", body[start:end]).split())
    name = f"Mô hình {name}" if numbered else name[:1].upper() + name[1:]
    return {"name": name, "text": body[start:end], "start": start, "end": end}


_TIME_FRAME_AT_END = re.compile(r"[ \t,]+(?:(?:từ|kể từ)[ \t]+)?(?:năm|giai đoạn)[ \t]+\d{4}(?:[ \t]*[-–][ \t]*\d{4})?"
                                r"(?:[ \t]+và[ \t]+định hướng[ \t]+(?:đến|tới)[ \t]+năm[ \t]+\d{4})?$")
"""The years a name is built for end no name: “Công an phường điển hình kiểu mẫu về an ninh, trật tự và văn minh đô
thị năm 2023 và định hướng đến năm 2030”, “… giai đoạn 2021 - 2025” (round 44; no name in the corpus holds a year);
nor the year it runs since: “Các xứ họ đạo bảo vệ an ninh trật tự từ năm 2018” (round 72, 147-05)."""
_CUT_SHORT = re.compile(r"(?<!\w)(?:chống|không có|không)[ \t]+(?:tội|tệ|ma)$|(?<!\w)an ninh[ \t]+trật$", re.IGNORECASE)
"""A name that ends on the first syllable of a two-syllable word of its domain ("tội" of "tội phạm", "tệ" of "tệ nạn",
"ma" of "ma túy", "trật" of "trật tự") is a quote cut short, a typo of the name given whole elsewhere."""
_VIRTUE_SLOGAN = re.compile(r"(?:Đoàn kết|Nghĩa tình|Kỷ cương|Dân chủ|Đổi mới)[ \t]+[-–][ \t]+", re.IGNORECASE)
"""Community virtues joined by dashes are the emulation title of a residential area, not a model: khu dân cư “Đoàn kết
– Nghĩa tình – Tự quản – Muôn sắc hoa” (not “Khu dân cư An ninh – An toàn – An dân”)."""
MOVEMENT_KEY = "phong trao "
ORDER_KEYS = frozenset({"an", "ninh", "trat", "tu", "bao", "ve"})
"""The statutory force's domain, security and order (a grassroots mediation team, "tổ hòa giải ở cơ sở", is a model)."""


@functools.lru_cache(maxsize=16384)
def _is_name(name: str, quoted: bool = False) -> bool:
    """Not a generic mention ("mô hình tự quản"), not the movement, its festival day or a statutory force, not a bare
    abbreviation (a photo credit "CTV" after "mô hình" in a caption); a militia team in quotes is a name (QUOTED_FORCE_
    KEYS)."""
    folded = _key(name).removesuffix(" o co so")
    if folded != _key(name) and set(_key(_spelt_by_abbreviation(name)).removesuffix(" o co so").split()[1:]) <= ORDER_KEYS:
        return False  # "Tổ an ninh trật tự ở cơ sở": the statutory grassroots force, named by its domain alone
    if folded.startswith(MOVEMENT_KEY):
        return False  # "Phong trào toàn dân tham gia quản lý, bảo vệ chủ quyền …" in a list of models
    if _CUT_SHORT.search(name):
        return False  # “Câu lạc bộ phòng chống tội”: a quote cut before the second syllable of its last word
    syllables = set(re.findall(r"\w+", name.lower()))
    if folded.startswith(PILOT_KEY):
        return False  # “Thí điểm giới thiệu đảng viên Bộ đội Biên phòng …”: a pilot of a policy, named by what it tries
    if " voi mo hinh " in folded:
        return False  # "Chi hội nông dân thôn Tố Lan (xã An Nhơn) với mô hình tự quản …": who runs a model
    determined = (folded.startswith(_DETERMINERS) and not folded.startswith(BRIGHT_SPOT_NAMES)
                  and not (quoted and folded.startswith(QUOTED_FORCE_KEYS))
                  and not (quoted and _PLURAL_OF_HEAD.match(name) and _has_marker(name)))
    if _DOMAIN_PRAISED.fullmatch(name):
        return False  # "mô hình PCCC chuyên nghiệp đầu tiên": a domain and praise describe a model, name none
    if len("".join(name.split())) < 2 or not _LETTERS.search(name):
        return False  # "H" of "H. Lạc Dương" (huyện) read as a list item: a name has two characters at least ("3+")
    return (bool(name) and not _ACRONYM.fullmatch(name) and _PURPOSE_KEY.sub("", folded) not in _EXCLUDED
            and not determined and not syllables <= _GENERIC and not _PATROL_FORCE_KEY.fullmatch(folded))


_PLURAL_OF_HEAD = re.compile(rf"Các[ \t]+(?=(?:{_alternation(_LOWER_HEADS)})[ \t])")
"""A quote that opens on "Các" and a model head, with a marker, names the model for many such units, as written:
“Các xứ họ đạo bảo vệ an ninh trật tự” (round 72, 147-05; a plural in running text stays a mention of many)."""
_DOMAIN_PRAISED = re.compile(rf"(?:{_alternation(sorted(a.upper() for a in ABBREVIATIONS if a.isalpha()))})"
                             r"(?:[ \t]+(?:chuyên nghiệp|hiệu quả|điển hình|tiêu biểu|đầu tiên|mới|hay|tốt))+")
"""A domain's abbreviation and words of praise alone are no name (round 64, 127-10: "Đây là mô hình PCCC chuyên
nghiệp đầu tiên …" after the model “Khu tập thể an toàn PCCC”)."""
_LETTERS = re.compile(r"[^\W_]")
"""A letter or digit: a name needs one, and two characters at least ("3+" is the shortest in the corpus; round 64, a
lone "H" in 127-02)."""
_PURPOSE_KEY = re.compile(r" (?:dam bao|bao dam|giu gin)(?= (?:an ninh|trat tu)(?: |$))")
"""A purpose said before the domain leaves an excluded name what it is: "tổ bảo vệ đảm bảo an ninh, trật tự" is the
statutory team "tổ bảo vệ an ninh, trật tự" (round 51)."""
_PATROL_FORCE_KEY = re.compile(r"(?:to|doi|nhom) tuan tra(?: (?:doc lap|co dong|vu trang|phoi hop|khep kin|kiem soat"
                               r"|hon hop|lien nganh))*")
"""A patrol group named by patrolling alone, or by how it is organised, is the force on duty, no model: "Nhóm tuần tra
tại tổ đoàn kết số 2", "Đội tuần tra độc lập và đội tuần tra phối hợp" (militia and police) (round 47; not "Tổ tuần
tra an ninh", "Tổ tuần tra nhân dân")."""


def _spelt_by_abbreviation(name: str) -> str:
    """The name with the words that a bracketed abbreviation right after them spells out left to the abbreviation, as
    its writer meant them, even misspelt: "Tổ anh ninh trật tự (ANTT) ở cơ sở" is "Tổ (ANTT) ở cơ sở" (round 39)."""
    for a in _OWN_ABBREVIATION_RE.finditer(name):
        abbr = fold_same_length(a["abbr"].lower())
        words = name[:a.start()].split()
        if len(words) > len(abbr) and "".join(fold_same_length(w[0].lower()) for w in words[-len(abbr):]) == abbr:
            return " ".join(words[:-len(abbr)]) + " " + name[a.start():]
    return name


PILOT_KEY = "thi diem "
QUOTED_FORCE_KEYS = ("doi dan quan ",)
"""A militia team ("Đội dân quân …") is the force in passing ("thành lập Đội dân quân tự quản đường biên"), but a name
its writer quotes among models or gives as a model's name is a model: “Đội dân quân tự vệ trong doanh nghiệp” in a list
of quoted models, Câu lạc bộ Phòng chống tội phạm … với tên gọi ban đầu là "Đội dân quân tự vệ giữ gìn trật tự công
cộng và vây bắt các đối tượng trộm, cướp, cướp giật" (round 38)."""
BRIGHT_SPOT_NAMES = ("diem sang an ninh", "diem sang an toan")
""""Điểm sáng" is praise ("điểm sáng về ANTT", "điểm sáng trong phong trào …", "điểm sáng giữ gìn an ninh trật tự của
xã"), but a name when the security it lights follows it directly: "mô hình “Điểm sáng an ninh”" (street lights paid for
by the households, like "Ánh sáng an ninh")."""
