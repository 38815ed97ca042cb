"""Administrative units named in text, resolved through the geo gazetteer (legacy names to current units)."""
from __future__ import annotations

import functools
import re
import unicodedata
from itertools import chain
from dataclasses import dataclass, replace

from phongtrao.geo.gazetteer import Gazetteer, Match
from phongtrao.geo.names import key, split_prefix

from .counts import COMPOUND, LABEL_VERBS, SINGLE
from .spans import (LOWER, UPPER, Mask, distinct, finditer_from, fold_same_length, is_sentence_start, starts_word,
                    without_lookbehind)

LEVEL = (r"Thành phố|thành phố|TP\.?|Tp\.?|Tỉnh|tỉnh|Quận|quận|Huyện|huyện|Thị xã|thị xã|TX\.?|Thị trấn|thị trấn|TT\.?"
         r"|Phường|phường|Xã đảo|xã đảo|Xã|xã|Đặc khu|đặc khu|Thủ đô|thủ đô|Thành Phố|Thị Xã|Thị Trấn")
"""Level words, each alternative opening with a plain letter so the regex engine can skip ahead by first letter; the
two-word ones in title case too, as a caption writes them ("Công an Thị Trấn Quế quan sát …")."""
_NAME_WORD = rf"[{UPPER}](?:[{LOWER}]*['’][{UPPER}]?[{LOWER}]+|[{LOWER}]+|(?<!\w.)(?![\w.]))"
"""A capitalised word of a place name, with the apostrophe of Central Highlands names ("Ea H'leo", "Cư M'gar"), or a
letter alone ("A Lưới", "Ô Môn", "Thường Thới Hậu A"; not a letter of "ANTT" or "BĐBP")."""
_RUN = rf"{_NAME_WORD}(?:(?: ?- ?| ){_NAME_WORD})*"
_AREA_WORDS = r"(?:biên giới|vùng cao|miền núi|ven biển|vùng biên|nội địa) "
"""Words that say where a unit lies, between its level word and its name ("hai xã biên giới Lộc Thịnh và Lộc
Thiện", "xã vùng cao Trà Leng", and an inland commune beside border ones: "xã nội địa Mường Lý")."""
_LEVEL_RE = re.compile(rf"(?P<level>{LEVEL}) ?(?:{_AREA_WORDS})?(?P<name>\d{{1,2}}(?!\d)(?![/.,]\d)"
                       rf"|{_RUN}(?: \d{{1,2}}(?!\d)(?![/.,]\d)| III?(?![\w.]))?)")
"""A name with its number after it, in Arabic or Roman figures ("phường Hải Châu 1", "xã Sơn Kim II"; "I" alone is a
name word)."""
_PLURAL_BEFORE = re.compile(r"(?:các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+) $")
_PLURAL_LEVEL_RE = re.compile(rf"(?:[Cc]ác|[Nn]hững|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) "
                              rf"(?:đơn vị (?:hành chính )?(?:cấp )?)?(?:[Cc]ông an )?"
                              rf"(?P<level>{LEVEL})\b"
                              rf"(?:,? (?:{LEVEL})\b)*"
                              rf"(?::[ \t]+|[^.;:\n()]{{0,60}}?(?:\([{LOWER} ]{{1,12}}\)[^.;:\n()]{{0,40}}?)?"
                              rf"(?:\b(?:như|gồm|là)\s*:?\s+|\(\s*(?:(?:gồm|như|là)\s*:?\s+)?|(?<=[{LOWER}]):[ \t]+))"
                              rf"(?=[{UPPER}]|(?P<number>\d{{1,2}})(?!\d)(?![/.,]\d)(?:,|\s+(?:và|hoặc)\s))")
"""A plural level word whose list comes after a clause or in brackets: "các xã vùng cao như Tú Lệ, Nậm Có, Lao Chải",
"4 phường là Ba Đình, Lam Sơn, Ngọc Trạo và Đông Vệ", "6 xã mép nước là: Ngư Lộc, …", "4 xã, thị trấn (Hợp Hòa, Kim
Long, Đạo Tú, Hướng Đạo)", over a note in brackets ("3 xã … tỉnh Hòa Bình (cũ), gồm Văn Sơn, Nhân Nghĩa và Mỹ
Thành"), or right after a colon ("các xã: Sín Thầu, Sen Thượng, Leng Su Sìn"), or after a colon that closes the clause
("các xã giáp ranh: Hòa Lạc, Hòa Sơn, Hồ Sơn"); after the other level words of a compound level ("18 huyện, thị
xã, thành phố, có 16 địa phương … (gồm Tam Kỳ, Thăng Bình, …)"), and in brackets opened by "gồm", "như", "là"; the
units' police counted before the level word too ("4 đơn vị Công an xã, phường gồm: Hải Hòa, Hải Thanh, …"), and
units counted by their level ("4 đơn vị hành chính cấp xã của huyện Hoằng Hóa cũ gồm Hoằng Yến, Hoằng Hải, …"); at a
sentence's start too ("Các xã như: Tân Hưng, Tân Hoà, Đồng Tâm, Tân Lợi, Tân Phú… còn nằm …"); a list of numbered
units by their bare numbers, the first followed by the list's next item ("Công an các quận như: 1, 3, 4, 5, Phú
Nhuận")."""
_OFFICE_RE = re.compile(rf"(?P<level>Tỉnh|Huyện|Quận|Thị|Thành|Xã|Phường) "
                        rf"(?:(?<!Xã )(?<!Phường )(?:ủy|uỷ|Ủy|Uỷ|[Hh]ội)|Đoàn|đoàn) (?P<name>{_RUN})")
"""A Party committee or a youth or mass union named after its unit: "Huyện Đoàn Tây Giang", "Thành ủy Huế"; a
commune's or ward's youth union too ("Bí thư Xã đoàn An Phú"), but not "Xã hội" (society)."""
OFFICE_LEVELS = {"Tỉnh": "tỉnh", "Huyện": "huyện", "Quận": "quận", "Thị": "thị xã", "Thành": "thành phố", "Xã": "xã",
                 "Phường": "phường"}
_LIST_NEXT = re.compile(rf"(?: cũ| ?\([^()\n]{{1,60}}\))?(?: ?, ?(?:và |hoặc )?| (?:và|hoặc) )"
                        rf"(?P<name>{_RUN}(?: \d{{1,2}}(?!\d)(?![/.,]\d))?)")
"""The next name of a list after a plural level word: "các xã Mồ Dề, Chế Cu Nha và Kim Nọi", over a note in brackets
or "cũ" after the name before (a merger's list: "sáp nhập 5 xã: Tân Lĩnh cũ, Minh Chuẩn, …"), over a space typed
before the comma ("phường Lê Lợi , Quang Trung, Đội Cung")."""
_DISTRICT_AFTER = re.compile(r" ?\(|,? (?:(?:của|thuộc) )?(?:huyện|quận|thị xã|thành phố|TP\.?|TX\.?)\s",
                             re.IGNORECASE)
_NUMBER_NEXT = re.compile(r"(?:, ?(?:và )?| (?:và|hoặc) )(?P<name>\d{1,2})(?!\d)(?![/.,]\d)(?!\s*%)")
"""The next number of a list after a numbered unit: "phường 2, 3, 5 và 7"."""
_NUMBERED_RE = re.compile(r"(?P<abbr>[QP])\.\s?(?P<num>\d{1,2})(?!\d)")
ABBREVIATED = {"H": "huyện", "Q": "quận", "P": "phường"}
_ABBREVIATED_RE = re.compile(rf"(?:(?P<abbr>[HQP])\.\s?|(?P<lower>[hqp])\.)(?P<name>{_RUN})")
"""A level word cut to its letter before a name: "H.Củ Chi", "P.Lộc Hưng", "Q.Gò Vấp"; in lower case glued to the name
("p.Phủ Hà – Tp.Phan Rang – Tháp Chàm"), not before a space, where a sentence may end on a lone letter, nor after a
dot (a person's initials, "V.p.")."""
_POLICE_RE = re.compile(rf"(?<![\w.])CA(?P<abbr>P|X|TT|H|Q) (?P<name>{_RUN}(?: \d(?![\d/.,]))?)")
POLICE_LEVELS = {"P": "phường", "X": "xã", "TT": "thị trấn", "H": "huyện", "Q": "quận"}
"""A ward's or commune's police named by its abbreviation (a page or account name: "CAP Hà Huy Tập", "CAX Thạch
Bình", numbered: "CAP Hải Châu 1"): the unit's name."""
_PARENTHESISED_RE = re.compile(rf"\(\s*(?P<name>{_RUN})\s*(?=[,)])")
"""A district named bare in brackets after a place: "xã Điện Quang (Điện Bàn)", "(Củ Chi, TP. Hồ Chí Minh)"."""
_DISTRICT_PROVINCE_RE = re.compile(rf"\(\s*(?P<district>{_NAME_WORD}(?: {_NAME_WORD})*) ?[-–] ?"
                                   rf"(?P<province>{_NAME_WORD}(?: {_NAME_WORD})*)\s*\)")
"""A district and its province in brackets, a dash between them: "xã biên giới Mù Cả (Mường Tè - Lai Châu)", "(Thạch
Hà – Hà Tĩnh)"; both names whole, each a unit of its level."""
DISTRICT_WORDS = ("huyện", "thị xã", "quận", "thành phố")
_COMMUNE_DISTRICT_RE = re.compile(rf"\(\s*(?P<commune>{_RUN})\s*,\s*(?P<district>{_RUN})\s*\)")
_KICKER = re.compile(r":[ \t]+\S")
"""A place name opening a line and followed by a colon heads a news item ("Thanh Khê: Đội hình …")."""
_POST_RE = re.compile(rf"(?:(?:[Đđ]ồn|[Tt]rạm) (?:[Bb]iên phòng|BP)|[Đđ]ồn [Cc]ông an"
                      rf"|(?:[Đđ]ội|[Tt]rạm) (?:CSGT|Cảnh sát giao thông))"
                      rf" +(?P<name>{_RUN})"
                      rf"|(?<![{LOWER}{UPPER}])(?:vùng|khu vực) biên giới +(?P<area>{_RUN})"
                      rf"|(?<![{LOWER}{UPPER}])(?:[Cc]ác|[Nn]hững) cửa khẩu +(?P<gates>{_RUN})(?=, ?{_RUN})")
"""A border post named after its commune ("Đồn Biên phòng Vĩnh Điều", "Đồn Biên phòng Phó Bảng (Đồng Văn)"), and the
posts listed after one head ("đồn Biên phòng Tân Bình, Tân Phú"); a border station too ("Trạm Biên phòng Quảng Nham"),
and a border commune named after the border area word ("vùng biên giới Hoành Mô"; a border gate's post, "Đồn Biên
phòng cửa khẩu Hoành Mô", is left out: annotators differ on it), and a list of border gates after their plural head,
named after their communes ("qua các cửa khẩu Sóc Giang, Pò Peo, Lý Vạn, Tà Lùng": Pò Peo is no commune; one gate on
a route, "đi cửa khẩu Quốc tế Bình Hiệp", is left out as a landmark); a traffic police team or station named after its
commune ("Đội CSGT Đa Phước"; "Đội CSGT Nam Sài Gòn", after no unit, names none), and a police station for a few
communes named after the one it sits in ("Đồn Công an Nà Ớt", Mai Sơn)."""
_ESTUARY = re.compile(r"Cửa ")
"""A coastal post named after its river mouth ("Đồn Biên phòng Cửa Tùng", "Cửa Việt"), as a border gate's post is after
its gate ("Đồn Biên phòng Cửa khẩu Quốc tế …"): a landmark, not the commune, even where a commune shares the name."""
_POST_NEXT = re.compile(rf"(?:, ?(?:và )?| và )(?P<name>{_RUN})")
_ZONE_RE = re.compile(rf"(?:Khu công nghiệp|KCN|Cụm công nghiệp|CCN|Khu chế xuất|KCX|[Kk]hu [Dd]u lịch [Qq]uốc gia)"
                      rf" +(?P<name>{_RUN})")
"""An industrial or export processing zone named after its ward ("Khu công nghiệp Phú Bài (thị xã Hương Thủy, …)", "KCN
Khai Quang", "Khu chế xuất Linh Trung 1, TP. Thủ Đức"), and a national tourist area ("Khu Du lịch Quốc gia Mũi Né"
in Phan Thiết); many are named after a district instead ("KCN Tân Thành"), so a commune's name shared by several units
is no evidence."""
_ADDRESS_RE = re.compile(rf"(?<![{LOWER}{UPPER}])(?:khối|thôn|ấp|xóm|bản|buôn|khu phố|tổ dân phố"
                         rf"|[Kk]hu du lịch|[Đđ]iểm du lịch) (?:{_RUN}|\d{{1,3}}), (?P<name>{_RUN})")
"""The commune named bare after a hamlet in an address ("khối Thịnh Mỹ, Cẩm An"), or after a tourist site ("Khu du lịch
Kỳ Co, Nhơn Lý"), read like a border post's name; not after a count or a plural word ("ba xóm Tam Hòa, Bò Báu": the
hamlets listed)."""
_RUN_RE = re.compile(_RUN)
_FARM_RE = re.compile(rf"(?P<level>Thị trấn|thị trấn|TT\.?) ?(?P<name>Nông trường {_RUN})")
"""A township named after its state farm, "trường" in lower case ("thị trấn Nông trường Phong Hải")."""
_LONG_DASH_NEXT = re.compile(rf" ?[–—] ?(?P<name>{_RUN})")
_DASH = re.compile(r" ?- ?")
_ACRONYM_RE = re.compile(r"(?<![\w.])(?:TP\s?\.?\s?)?[A-ZĐ]{2,5}(?!\w)")
"""An acronym alone or after "TP" ("TPHCM", "TP.HCM", "TP .HCM" with a stray space)."""
_COMPOUND_ACRONYM_BEFORE = re.compile(r"(?<![\w.])(?!TP-)[A-ZĐ]{2,}-$")
"""An acronym after another and a hyphen is part of a compound one ("Trung tâm GDTX-HN": giáo dục thường xuyên -
hướng nghiệp), not a province's ("TP-HCM" is)."""
_HYPHENED_ACRONYM_RE = re.compile(r"(?<![\w./-])[A-ZĐ]{1,4}-[A-ZĐ]{1,4}(?![\w/-])")
"""A province of two names abbreviated with a hyphen ("Tỉnh BR-VT"): read only when it is a province's alias, not a
document's code ("TT-BCA") or a police unit's ("PC-06")."""
_SHOUTED_WORD = re.compile(rf"\b[{UPPER}]{{2,}}\b")
_LINE = re.compile(r"[^\n]+")
_SHOUTED_HINT = re.compile(rf"[{UPPER}]{{3}}")
_DATELINE = re.compile(rf"^(?:\(?[{UPPER}]+\)?[ \t]?[-–][ \t]?)?[{UPPER}]{{2,}}(?:[ \t][{UPPER}]{{2,}}){{0,3}}(?=[ \t]*[-–—][ \t])",
                       re.MULTILINE)
"""A news dateline in capitals opening a paragraph: "BẮC GIANG - Cùng với …"."""
_SHOUTED_UNIT_OPENING = re.compile(rf"^(?:PHƯỜNG|XÃ|THỊ TRẤN|THỊ XÃ|HUYỆN|QUẬN|TỈNH|THÀNH PHỐ)"
                                   rf"(?: (?:\d{{1,2}}|[{UPPER}]{{2,}}))+(?= [{LOWER}])", re.MULTILINE)
"""A unit in capitals, its level word first, opening a line that goes on in lower case (a headline's subject: "PHƯỜNG
10 xây dựng mô hình …")."""
_UPPER_RE, _LOWER_RE = re.compile(f"[{UPPER}]"), re.compile(f"[{LOWER}]")
SHOUTED_SHARE, MAX_HEADER_LINE = 0.7, 160
"""An official header line is short and mostly capitals ("CÔNG AN TỈNH BÌNH DƯƠNG")."""
_CHAIN_GAP = re.compile(r"\s*,?\s*$")
_PUNCTUATION = re.compile(r"[^\w ]+")
NOT_PLACE_HEADS = frozenset((
    "đường", "phố", "quốc lộ", "tỉnh lộ", "cầu", "sông", "chợ", "trường", "học viện", "bệnh viện", "báo",
    "đài", "kinh thành", "sân bay", "cảng", "ga", "ngân hàng", "công ty", "tập đoàn", "khách sạn", "nhà hát",
    "bảo tàng", "câu lạc bộ", "clb", "đội tuyển", "núi", "đèo", "hồ", "vịnh", "biển", "bãi", "bến xe", "nhà máy",
    "thương hiệu", "hãng", "tạp chí", "nhà xuất bản", "giải", "cúp", "nhà thờ", "chùa",
    "tncs", "cộng sản", "chủ tịch", "tư tưởng", "tiền phong", "lăng", "bác", "ảnh :", "cầu vượt", "vòng xoay", "nút giao",
    "ngã ba", "ngã tư", "ấp", "thôn", "xóm", "khóm", "buôn", "sóc", "khu phố", "dân phố", "làng", "giáo xứ", "giáo họ",
    "giáo điểm", "họ đạo", "phong cách", "đạo đức", "tấm gương", "bản", "xa lộ", "đại lộ", "huân chương", "huy chương",
    "giải thưởng", "đường sắt", "tộc họ", "dòng họ", "bán đảo", "cụm", "đảo", "chiến thắng", "chiến dịch",
    "chợ đêm", "đầu mối", "xứ", "kênh",
))
"""Words before a name that make it an institution, a street or a landmark named after a place, or a person ("Đoàn
TNCS Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Chủ tịch Hồ Chí Minh"), or a photographer in a credit ("Ảnh: Hải Dương"), or a hamlet below the
commune, named like a commune elsewhere, or the person of "tư tưởng, đạo đức, phong cách Hồ Chí Minh" ("ấp Tân Thành", "các làng như: An Nhơn, …"), or a parish ("giáo xứ Phú Yên", "giáo họ Xuân Khanh, xứ Sơn Lộc, TX Sơn
Tây"), or a clan ("các tộc họ Tà Yên, Cà Mau"),
or a decoration or prize named after him ("Huân chương Hồ Chí Minh", "Giải thưởng Hồ Chí Minh"), or a railway line named
after its end cities ("tuyến đường sắt Hà Nội – Đồng Đăng"), or a peninsula ("bán đảo Sơn Trà", a landmark like a
mountain or a bay, not the district named after it), or a market of a kind ("chợ đêm Sơn Trà", "chợ đầu mối Long
Biên", as "chợ Bến Thành"), or a battle or campaign named after its place ("Chiến thắng Điện
Biên Phủ", "Chiến dịch Hồ Chí Minh"), or a canal ("kênh Chợ Gạo", as "sông Tiền"), or an island ("đến đảo Bạch
Long Vỹ", not "huyện đảo Phú Quý": see ISLAND_UNITS), or a cluster of communes named after one of them ("4, 5 xã
thuộc cụm Đa Tốn (huyện Gia Lâm)"; a unit with its level word after it, "cụm xã …", is kept).
Not an industrial zone: like an agency ("Công an tỉnh X"),
"KCN Biên Hòa" names its unit."""


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    query: str
    numbered: bool
    spelled: str | None = None
    """The name as written when it splits its words otherwise than the gazetteer ("Mađaguôi" for "Ma Đa Guôi")."""
    sited: bool = False
    """Named bare before its district in brackets, as a commune of it: a market named so is the commune's ("chợ Cán
    Cấu (huyện Si Ma Cai)"), a market elsewhere a landmark ("chợ Bến Thành")."""


@functools.cache
def _keys() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(keys written with a level word, bare keys: provinces and their aliases, first words of the bare keys),
    built once from the gazetteer."""
    all_keys = frozenset(k for k, _ in Gazetteer.default().aliases())
    bare = frozenset(k for k in all_keys if split_prefix(k.split())[0] is None)
    return all_keys, bare, frozenset(k.split()[0] for k in bare)


@functools.cache
def _split_spellings() -> dict[str, str]:
    """Keys written with a level word, by their name's letters without spaces ("thi tran madaguoi" → "thi tran ma da
    guoi", "huyen krongana" → "huyen krong a na"): names of the Central Highlands are split into words in several ways.
    A squashed key that two units share is left out."""
    found: dict[str, str | None] = {}
    for k in _keys()[0]:
        words = k.split()
        level, n = split_prefix(words)
        if level is not None and len(words) - n > 1:
            squashed = " ".join([*words[:n], "".join(words[n:])])
            found[squashed] = None if squashed in found and found[squashed] != k else k
    return {squashed: k for squashed, k in found.items() if k}


@functools.cache
def _c_for_k_spellings() -> dict[str, str]:
    """Keys written with a level word, by their name with a final "k" written "c" ("xa ngoc wang" → "xa ngok wang") or
    a final "c" written "k" ("huyen krong pak" → "huyen krong pac", the district Krông Pắc written Krông Pắk), or
    a final "i" written "y" or "y" written "i" ("xa dak pxy" → "xa dak pxi"): names of the Central Highlands are spelt
    either way. A key that is a unit's own, or that two units share, is
    left out."""
    found: dict[str, str | None] = {}
    for k in _keys()[0]:
        for written in {_FINAL_K.sub("c", k), _FINAL_C.sub("k", k), _FINAL_I.sub(_swap_i_y, k),
                        _WATER_NAME_OPEN.sub(r"\g<0>r", k), _PRESYLLABLE.sub(r"\1", k)} - {k}:
            if written not in _keys()[0]:
                found[written] = None if written in found and found[written] != k else k
    return {written: k for written, k in found.items() if k}


@functools.cache
def _farm_spellings() -> dict[str, str]:
    """Keys written with a level word, by their name with the state farm written out ("thi tran nong truong phong hai"
    → "thi tran n t phong hai"): the gazetteer shortens "Nông trường" to "NT" or "N.T" in townships' names."""
    found: dict[str, str] = {}
    for k in _keys()[0]:
        words = k.split()
        n = split_prefix(words)[1]
        for short in (["nt"], ["n", "t"]):
            if n and words[n:n + len(short)] == short and len(words) > n + len(short):
                found[" ".join([*words[:n], "nong", "truong", *words[n + len(short):]])] = k
    return found


_FINAL_K = re.compile(r"(?<=\w)k\b")
_FINAL_C = re.compile(r"(?<=\w)c\b")
_FINAL_I = re.compile(r"(?:(?<=[bcdfghklmnpqrstvxz])|(?<=\bqu))[iy]\b")
"""A final "i" after a consonant (or "qu") is also spelt "y", and the other way round ("Đăk Pxy" for "Đăk Pxi", "Mĩ"
for "Mỹ", "Phú Quý" for the former district "Phú Quí")."""


_WATER_NAME_OPEN = re.compile(r"(?<= )(?:ia|ea) \w*[aeiouy]$")
"""A name of the Central Highlands opening with "Ia" or "Ea" (water) spells the final "r" of its last word or drops it
("xã Ia Mơr" for the unit named "Ia Mơ")."""


_PRESYLLABLE = re.compile(r"(?<=\b(?:ia|ea) )([bdkmnpt])[ao] (?=[lr]\w)")
"""A name of the Central Highlands opening with "Ia" or "Ea" writes the minor syllable before an "r" or "l" as a word
of its own or fused into the next ("xã Ia Mrơn" for the unit named "Ia Ma Rơn"): the fused spelling drops its vowel."""


def _swap_i_y(m: re.Match) -> str:
    return "y" if m.group() == "i" else "i"


@functools.lru_cache(maxsize=1 << 16)
def _squashed(query_key: str) -> str:
    words = query_key.split()
    n = split_prefix(words)[1]
    return " ".join([*words[:n], "".join(words[n:])])


@functools.lru_cache(maxsize=1 << 16)
def _quick_key(text: str) -> str:
    """The gazetteer key of a level word + capitalised name, computed cheaply: folded, punctuation as spaces,
    no leading zeros ("TP. Hồ Chí Minh" → "tp ho chi minh", "Phường 05" → "phuong 5")."""
    return " ".join(w.lstrip("0") or "0" if w.isdigit() else w for w in _PUNCTUATION.sub(" ", fold_same_length(text)).split())


_PAPER_CREDIT = re.compile(r"(?:^|\n)(?P<open>\([ \t]*)?Báo $")
_PAPER_ACRONYM = re.compile(r"[ \t]*\([A-ZĐ]{2,6}\)[ \t]")
"""A provincial paper crediting its lead ("(Báo Quảng Ngãi)- Sau gần 5 tháng …", "Báo Cà Mau (CMO) “Sông Đốc …")
names its province, as an agency named after its unit does ("Công an tỉnh X"); a paper named elsewhere ("Theo dõi báo
X"), or a site's name in the page's header ("Báo Sơn La điện tử - Tin tức"), is none."""
_PAPER_LINE_END = re.compile(rf"[ \t]*(?:$|\n|[{UPPER}][{LOWER}]*[ \t]+[{LOWER}])")
"""The paper's credit under the title, on a line of its own ("Báo Cà Mau") or run into the lead's first word ("Báo Cà
Mau Xác định ý nghĩa …"); not on the page's first line, its site's header."""
_SIGNATURE = re.compile(r"P\.\s?V\.?")
"""A line that is only "P.V" is the reporter's signature ("phóng viên"), not "phường V" (Vị Thanh's ward V is written
in a sentence: "phường V, thành phố Vị Thanh")."""


_REPORTER_BEFORE = re.compile(r"(?<!\w)(?:với|cho|của|trả lời)\s$", re.IGNORECASE)
"""The reporter ("phóng viên", "P.V") in a sentence is spoken to or answered: "Trao đổi với P.V, ông … cho biết"."""


_PAPER_NAME_BEFORE = re.compile(r"(?<!\w)Pháp [Ll]uật $")
"""A newspaper named after its city ("Trao đổi với Pháp Luật TP.HCM, ông … khẳng định": Báo Pháp Luật TP.HCM), like
a paper's credit: the paper, not the city."""


_DATELINE_AFTER = re.compile(r"\s?[-–—]\s?(?:Thứ|Chủ nhật|\d{1,2}[/-])", re.IGNORECASE)
"""The page's date line run on after the reporter's signature ("P.V-Thứ bảy, ngày 23/11/2024 06:35")."""


def _reporter(text: str, c: Candidate) -> bool:
    return _SIGNATURE.fullmatch(text, c.start, c.end) is not None \
        and (_REPORTER_BEFORE.search(text, max(0, c.start - 10), c.start) is not None
             or _DATELINE_AFTER.match(text, c.end) is not None)


def _paper_credit(text: str, c: Candidate) -> bool:
    credit = _PAPER_CREDIT.search(text, max(0, c.start - 8), c.start)
    return credit is not None and (credit["open"] is not None or _PAPER_ACRONYM.match(text, c.end) is not None
                                   or credit.start() > 0 and _PAPER_LINE_END.match(text, c.end) is not None)


def _line_of(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1:None if end < 0 else end].strip()


def find_places(body: str, mask: Mask | None = None) -> list[dict]:
    """Distinct places: {"name", "unit_code", "level", "legacy_code", "kind", "text", "start", "end"}."""
    mask = mask or Mask()
    text = _unshout(body)
    ethnic = [(m.start("name"), m.end("name")) for m in finditer_from(_ETHNIC_RE, _ETHNIC_FAST, text)]
    if skipped := ethnic + _route_ends(text):
        mask = _Either(mask, Mask(skipped))
    found = _with_level(text)
    taken = Mask((c.start, c.end) for c in found)
    found += [c for c in _bare(text) if not taken.hits(c.start, c.end)]
    found = sorted((c for c in found if not mask.hits(c.start, c.end)
                    and (not _after_head(text, c.start, leveled=_LEVEL_AT.match(text, c.start) is not None)
                         or c.sited and _MARKET_BEFORE.search(text, max(0, c.start - 8), c.start)
                         or _STATION_BEFORE.search(text, max(0, c.start - 8), c.start)
                         and _quick_key(c.query) in _keys()[1]
                         or _paper_credit(text, c))
                    and not (_GATE_BEFORE.search(text, max(0, c.start - GATE_REACH), c.start) and not c.sited)
                    and not _SIGNATURE.fullmatch(_line_of(text, c.start)) and not _reporter(text, c)
                    and not _PAPER_NAME_BEFORE.search(text, max(0, c.start - 12), c.start)
                    and not _abroad(text, c.end)),
                   key=lambda c: c.start)
    places = _resolve(body, found)
    taken = Mask((c.start, c.end) for c in found)
    districts = [c for c in _bare_districts(text)
                 if not taken.hits(c.start, c.end) and not mask.hits(c.start, c.end) and not _after_head(text, c.start)
                 and not _GATE_BEFORE.search(text, max(0, c.start - GATE_REACH), c.start) and not _abroad(text, c.end)]
    named_districts = _in_named_provinces(body, districts, places)
    taken = Mask([*((c.start, c.end) for c in found), *((p["start"], p["end"]) for p in named_districts)])
    posts = [c for c in _posts(text) if not taken.hits(c.start, c.end) and not mask.hits(c.start, c.end)]
    zones = [Candidate(m.start("name"), m.end(), m["name"], False) for m in _ZONE_RE.finditer(text)
             if not taken.hits(m.start("name"), m.end()) and not mask.hits(m.start("name"), m.end())]
    taken = Mask([*((c.start, c.end) for c in found), *((p["start"], p["end"]) for p in named_districts)])
    at = [Candidate(m.start("name"), m.end(), m["name"], False) for m in finditer_from(_AT_RE, _AT_FAST, text)
          if not taken.hits(m.start("name"), m.end()) and not mask.hits(m.start("name"), m.end())]
    at += [Candidate(m.start("name"), m.end("name"), m["name"], False) for m in _SITE_COMMUNE_RE.finditer(text)
           if not taken.hits(m.start("name"), m.end("name")) and not mask.hits(m.start("name"), m.end("name"))]
    if "phà " in text or "đò " in text or "Phà " in text or "Đò " in text:
        at += [Candidate(m.start(g), m.end(g), m[g], False) for m in _FERRY_RE.finditer(text) for g in ("one", "other")
               if not taken.hits(m.start(g), m.end(g)) and not mask.hits(m.start(g), m.end(g))]
    named_districts += _communes_before_districts_named(body, text, places + named_districts, taken, mask)
    places = [_thua_thien(text, p) for p in places]
    return distinct(places + named_districts + _in_named_provinces(body, posts, places, level="xã")
                    + _in_named_provinces(body, zones, places, level="xã", shared=False)
                    + _in_named_districts(body, at, places + named_districts), key=_identity)


_THUA_THIEN = re.compile(r"(?<![\w.])TT(?:[ \t]?[.\-–][ \t]?|[ \t])?Huế$")
THUA_THIEN_HUE = "Thừa Thiên Huế"


def _thua_thien(text: str, place: dict) -> dict:
    """Huế after "TT" ("Phong Điền, TT.Huế", "TP Đông Hà, TT- Huế") is the province by its former name, Thừa Thiên Huế,
    abbreviated (there is no town, thị trấn, named Huế): named so, as the province written in full is."""
    if place["name"] != "Huế" or not _THUA_THIEN.search(text, max(0, place["end"] - 10), place["end"]):
        return place
    return {**place, "name": THUA_THIEN_HUE}


_STATION_BEFORE = re.compile(r"(?<!\w)[Bb]ến xe $")
"""A bus station named after its province or city ("Bến xe Đà Nẵng", "Bến xe Quảng Ngãi") stands in it: the province is
named (a station named after a smaller place, "bến xe Mỹ Đình", stays a landmark)."""
_MARKET_BEFORE = re.compile(r"(?<!\w)[Cc]hợ(?: phiên)? $")
_COMMA_BEFORE = re.compile(r",[ \t]?$")
_HOUSE_NUMBER_BEFORE = re.compile(r"\d[ \t]\Z")
"""A street after its house number ("62 Tràng Tiền, Hoàn Kiếm"), not a commune."""


def _communes_before_districts_named(body: str, text: str, places: list[dict], taken: Mask, mask: Mask) -> list[dict]:
    """A commune named bare before its district, itself named bare, after a comma: "công nhận … và Quế Nham, Tân Yên
    đạt chuẩn", "Đồng Kỳ, Yên Thế" (as "xã Quảng Minh, Việt Yên" with the level word); kept only when the district has
    a commune of that name (the longest such run of capitalised words right before the comma). A district written
    with its level word ("KCN Điện Nam - Điện Ngọc, thị xã Điện Bàn", "Trường THCS Tân Thạnh Đông, H.Củ Chi") is left
    to the rules that read that word (_COMMUNE_COMMA_DISTRICT_RE), which know a school or a zone named after a
    commune."""
    gazetteer, found = Gazetteer.default(), []
    for p in places:
        if p["level"] != "district" or not _RUN_RE.fullmatch(p["text"]) \
                or not (sep := _COMMA_BEFORE.search(text, max(0, p["start"] - 2), p["start"])):
            continue
        parent = p["legacy_code"] or p["unit_code"]
        commune = _commune_ending_at(gazetteer, text, sep.start(), parent)
        if commune is None or taken.hits(commune.start, commune.end) or mask.hits(commune.start, commune.end) \
                or _after_head(text, commune.start) \
                or _HOUSE_NUMBER_BEFORE.search(text, max(0, commune.start - 2), commune.start):
            continue
        if match := _best(gazetteer.lookup(commune.query, parent=parent)):
            found.append(_place(body, commune, match))
    return found


COUNTRIES = ("Trung Quốc", "Lào", "Campuchia", "Cam-pu-chia", "Cămpuchia", "Thái Lan", "Myanmar", "Hàn Quốc",
             "Nhật Bản", "Đài Loan", "Malaysia", "Indonesia", "Philippines", "Singapore", "Hoa Kỳ", "Mỹ")
_ABROAD = re.compile(rf"(?:,[ \t]*(?:(?:{LEVEL})[ \t]+)?{_RUN})*(?:,[ \t]*|[ \t]*\([ \t]*(?:{_RUN},[ \t]*)?)"
                     rf"(?:nước bạn |CHDCND |[Vv]ương quốc )?(?:{'|'.join(COUNTRIES)})(?=[ \t]*[).,;:\n]|$)")
"""An address that ends in a foreign country ("thị trấn Nam Khê, huyện Hà Khẩu, tỉnh Vân Nam, Trung Quốc", "huyện Sê
Kông (Lào)", "Đông Hưng (Quảng Tây, Trung Quốc)"): its units are abroad, whatever Vietnamese unit shares a name."""


def _abroad(text: str, end: int) -> bool:
    """Whether the address from `end` on ends abroad; from the end of the capitalised run too, when the unit read is
    only a leading part of it ("xã Tuần Lung, huyện Mi Mốt, tỉnh Tbong Khmum, Vương quốc Campuchia": no xã Tuần)."""
    if text.startswith((",", " (", "(", " ,"), end) and _ABROAD.match(text, end) is not None:
        return True
    rest = _RUN_TAIL.match(text, end).end()
    return rest > end and text.startswith((",", " (", "(", " ,"), rest) and _ABROAD.match(text, rest) is not None


_RUN_TAIL = re.compile(rf"(?:(?: ?- ?| ){_NAME_WORD})*")


_ETHNIC_RE = re.compile(rf"(?<![{LOWER}{UPPER}])(?:[Đđ]ồng bào|[Dd]ân tộc) (?P<name>{_RUN})")
"""An ethnic group ("đồng bào Gia Rai", "dân tộc Gia Rai") is no place, even where a unit shares its name (thị xã Giá
Rai, Bạc Liêu)."""


_ROUTE_END = rf"(?:{_RUN}(?: [{LOWER}]+(?= ?[-–—]))?|TP\.? ?HCM)(?: \([^()\n]{{1,40}}\))?"
_ROUTE_RE = re.compile(rf"(?<![{LOWER}{UPPER}])(?:[Cc]ao tốc|[Đđ]ường sắt|[Tt]àu [A-Z]{{1,3}}\d{{1,4}})"
                       rf"(?: cửa khẩu)? \(?{_ROUTE_END}(?: ?[-–—] ?{_ROUTE_END})*")
"""An expressway, a railway or a train named by its ends ("cao tốc Khánh Hòa – Buôn Ma Thuột", "cao tốc cửa khẩu Hữu
nghị - Chi Lăng", "tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng", "tàu SE7 (Hà Nội - TP.HCM)"): a route, not its
places; a province in brackets after an end is one ("cao tốc Đồng Đăng (Lạng Sơn) - Trà Lĩnh (Cao Bằng)"). A bus
route ("tuyến Quảng Ngãi - TPHCM") names the places it serves."""
_BRACKETS, _ANY_DASH = re.compile(r"\([^()\n]*\)"), re.compile("[-–—]")


def _route_ends(text: str) -> list[tuple[int, int]]:
    """The spans of the route ends, their brackets left out."""
    spans = []
    for m in finditer_from(_ROUTE_RE, _ROUTE_FAST, text):
        if not _ANY_DASH.search(m.group()):  # a route runs between two ends
            continue
        start = m.start()
        for b in _BRACKETS.finditer(text, m.start(), m.end()):
            spans.append((start, b.start()))
            start = b.end()
        spans.append((start, m.end()))
    return spans


class _Either:
    """Two masks read as one, the caller's left untouched."""

    def __init__(self, first: Mask, second: Mask):
        self.first, self.second = first, second

    def hits(self, start: int, end: int) -> bool:
        return self.first.hits(start, end) or self.second.hits(start, end)


_FERRY_RE = re.compile(rf"(?<![{LOWER}{UPPER}])(?:[Pp]hà|[Đđ]ò)(?: ngang)? (?P<one>{_NAME_WORD}(?: {_NAME_WORD})*) ?[-–] ?"
                       rf"(?P<other>{_NAME_WORD}(?: {_NAME_WORD})*)")
"""A ferry named by its two landings ("Tuyến phà Tam Quang - Tam Hải", "bến đò Y Can - Cổ Phúc"): each a commune on
its bank, read when it is one of a (former) district the text names."""
_AT_RE = re.compile(rf"(?<![{LOWER}{UPPER}])(?:ở|tại|Ở|Tại) (?P<name>{_RUN})(?![{LOWER}{UPPER}])")
"""A name written bare after "ở", "tại": a commune when it is one of a (former) district the text names ("Như ở xã Pà
Cò (Mai Châu) … Còn ở Hang Kia, …")."""

_SITE_COMMUNE_RE = re.compile(rf" \((?<=[{LOWER}] \()(?P<name>{_RUN})\)")
"""A name in brackets right after a name (a pagoda's, a parish's: "các chùa: Nghĩa An (Đông Thanh), Lập Thạch (Đông
Lễ)"): the site's commune when it is one of a (former) district the text names."""


def _in_named_districts(body: str, candidates: list[Candidate], places: list[dict]) -> list[dict]:
    """The bare candidates that are, whole, the name of a commune of a (former) district of the units named."""
    gazetteer = Gazetteer.default()
    districts = _districts(gazetteer, places) if candidates else {}
    found = []
    for c in candidates:
        unit = _longest_unit(body, "xã", c.start, c.end)
        if unit is None or unit.end != c.end:
            continue
        for district in districts:
            if match := next((m for m in gazetteer.lookup(unit.query, parent=district)
                              if _was_commune_of(gazetteer, m, district)), None):
                found.append(_place(body, c, match))
                break
    return found


def _was_commune_of(gazetteer: Gazetteer, match: Match, district: str) -> bool:
    """Whether the match is a former commune of the district: named by its legacy record, or a current commune that
    kept the name of one it took in ("Sín Thầu", of the former district Mường Nhé, now a commune of Điện Biên)."""
    if match.legacy:
        return match.legacy.level == "commune" and match.legacy.parent == district
    return match.unit.level == "commune" and any(
        former.parent == district and key(former.name) == key(match.unit.name)
        for former, _ in gazetteer.predecessors(match.unit.code))


def _identity(place: dict) -> tuple[str, str]:
    """Legacy and current codes are separate series (Tiền Giang's 82 is now Đồng Tháp's): keep them apart; a former
    name kept as an alias ("Thừa Thiên Huế") is apart from the unit's name today ("Huế")."""
    if place["legacy_code"]:
        return "legacy", place["legacy_code"]
    if place["unit_code"]:
        return "current", f"{place['unit_code']} {place['name']}"
    return "name", place["name"].lower()


def _unshout(body: str) -> str:
    """Body with all-caps lines (official headers) and datelines in title case, same length, so their names read as
    names."""
    body = _DATELINE.sub(lambda m: _SHOUTED_WORD.sub(lambda w: w.group().capitalize(), m.group()), body)
    body = _SHOUTED_UNIT_OPENING.sub(lambda m: _SHOUTED_WORD.sub(lambda w: w.group().capitalize(), m.group()), body)
    return _LINE.sub(lambda m: _SHOUTED_WORD.sub(lambda w: w.group().capitalize(), m.group()) if _shouted(m.group())
                     else m.group(), body)


def _shouted(line: str) -> bool:
    if len(line) > MAX_HEADER_LINE or not _SHOUTED_HINT.search(line):
        return False
    upper, lower = len(_UPPER_RE.findall(line)), len(_LOWER_RE.findall(line))
    return upper >= 8 and upper >= SHOUTED_SHARE * (upper + lower)


def _with_level(text: str) -> list[Candidate]:
    """Level word + name ("tỉnh Bình Thuận", "Quận 11", "P.5"): the longest leading part of the name that is a unit."""
    level_keys = _keys()[0]
    found = []
    for m in _NUMBERED_RE.finditer(text):
        query = f"{'Quận' if m['abbr'] == 'Q' else 'Phường'} {m['num']}"
        if starts_word(text, m.start()) and _quick_key(query) in level_keys:
            found.append(Candidate(m.start(), m.end(), query, True))
    for m in _LEVEL_RE.finditer(text):
        if not starts_word(text, m.start()):
            continue
        first = _longest_unit(text, m["level"], m.start("name"), m.end("name"), start=m.start())
        if first is None and _PLURAL_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            found += _list_items(text, m["level"], m.end("name"))  # "các xã Khu Ba, Lộc Bình": the first no unit
            continue
        if first is None or _speaker_named(text, first.end, m.end("name")):
            continue
        numbers = _numbered_items(text, m["level"], first.end) if first.numbered else []
        dashed = _dash_pair(text, m, first)
        found += [first, *numbers, *dashed]
        items = _list_items(text, m["level"], (numbers or [first, *dashed])[-1].end)
        if _PLURAL_BEFORE.search(text, max(0, m.start() - 8), m.start()) or _listed(text, items) \
                or _siblings_named(text, first, items):
            found += items
    for m in _LOWER_FIRST_RE.finditer(text):
        unit = _longest_unit(text, m["level"], m.start("name"), m.end("name"), start=m.start())
        if starts_word(text, m.start()) and unit and unit.end == m.end("name"):
            found.append(unit)
    for m in _LOWER_SECOND_RE.finditer(text):
        unit = _longest_unit(text, m["level"], m.start("name"), m.end("name"), start=m.start())
        if starts_word(text, m.start()) and unit and unit.end == m.end("name") \
                and not any(c.start == m.start() for c in found):
            found.append(unit)
    for m in _FARM_RE.finditer(text) if "Nông trường " in text else ():
        if starts_word(text, m.start()) and (unit := _longest_unit(text, m["level"], m.start("name"), m.end("name"),
                                                                    start=m.start())):
            found.append(unit)
    for m in _OFFICE_RE.finditer(text):
        if starts_word(text, m.start()) and (unit := _longest_unit(text, OFFICE_LEVELS[m["level"]], m.start("name"),
                                                                    m.end("name"))):
            found.append(unit)
    for m in _ABBREVIATED_RE.finditer(text):
        if starts_word(text, m.start()) and not (m["lower"] and text[m.start() - 1:m.start()] == ".") \
                and (unit := _longest_unit(text, ABBREVIATED[(m["abbr"] or m["lower"]).upper()], m.start("name"),
                                           m.end("name"), start=m.start())):
            found.append(unit)
    for m in finditer_from(_POLICE_RE, _POLICE_FAST, text):
        if unit := _longest_unit(text, POLICE_LEVELS[m["abbr"]], m.start("name"), m.end("name")):
            found.append(unit)
    for m in _PARENTHESISED_RE.finditer(text):
        if unit := _longest_unit(text, DISTRICT_WORDS[0], m.start("name"), m.end("name")):
            found.append(_whole_province(text, m, unit))
    for m in _DISTRICT_PROVINCE_RE.finditer(text):
        district = _longest_unit(text, DISTRICT_WORDS[0], m.start("district"), m.end("district"))
        province = _longest_unit(text, "tỉnh", m.start("province"), m.end("province"))
        if district and province and district.end == m.end("district") and province.end == m.end("province"):
            found += [district, province]
    taken = Mask((c.start, c.end) for c in found)  # a unit already read with its level word ("các phường …, An
    # Khánh (quận Ninh Kiều)") is not read again, as a xã, before its district in brackets
    found += [c for c in _communes_before_districts(text) if not taken.hits(c.start, c.end)]
    found += _communes_of_districts(text)
    found += _said_levels(text)
    for m in finditer_from(_PLURAL_LEVEL_RE, _PLURAL_LEVEL_FAST, text):
        if m["number"]:  # "các quận như: 1, 3, 4, 5, Phú Nhuận": the numbers, then the names after them
            if first := _longest_unit(text, m["level"], m.start("number"), m.end("number")):
                numbers = [first, *_numbered_items(text, m["level"], first.end)]
                found += [*numbers, *_list_items(text, m["level"], numbers[-1].end)]
            continue
        name = _RUN_RE.match(text, m.end())
        if name and (first := _longest_unit(text, m["level"], name.start(), name.end())):
            found += [first, *_list_items(text, m["level"], first.end)]
    return found


_SAYING_AFTER = re.compile(r"[ \t]+(?:kể|nói|cho biết|cho hay|chia sẻ|tâm sự|bày tỏ|khẳng định|nhấn mạnh|nhớ lại"
                           r"|thông tin|trao đổi|giải thích|phát biểu)(?!\w)")
_ONE_WORD_LEFT = re.compile(rf"[ \t]+{_NAME_WORD}")


def _speaker_named(text: str, unit_end: int, run_end: int) -> bool:
    """Whether a unit's name read after a level word leaves one capitalised word of the run, and the run is followed
    by a verb of saying: the run is the speaker's full name after the office's level word, the unit left unwritten
    ("Chủ tịch UBND xã Hà Ngọc Sáu chia sẻ": the chairman Hà Ngọc Sáu, not a commune Hà Ngọc); a speaker named after
    the unit is named in full ("Chủ tịch UBND xã Phú Hưng Hà Ngọc Sáu"), never by a given name alone."""
    left = _ONE_WORD_LEFT.fullmatch(text, unit_end, run_end)
    return bool(left and _SAYING_AFTER.match(text, run_end))


def _whole_province(text: str, m: re.Match, unit: Candidate) -> Candidate:
    """The province a name in brackets names as a whole, rather than the district its first words name: "huyện Tam Đảo
    (Vĩnh Phúc)" is Vĩnh Phúc, not the city of Vinh ("Vĩnh" with its tone folded)."""
    if unit.end < m.end("name") and (province := _longest_unit(text, "tỉnh", m.start("name"), m.end("name"))) \
            and province.end == m.end("name"):
        return province
    return unit


_SAID_LEVEL_RE = re.compile(rf" là (?:một |1 )?(?P<level>xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)"
                            rf"(?![{LOWER}{UPPER}])(?! (?:viên|hội|đội|ủy|uỷ|trưởng|phó)(?!\w))")
"""A name said to be a unit of a level ("Thuận Hóa là phường có địa bàn rộng"), not a person's office ("là xã viên",
"là xã đội trưởng", "là huyện ủy viên")."""


def _said_levels(text: str) -> list[Candidate]:
    """The unit of the level named bare right before "là" and its level word: the longest run of capitalised words
    ending there that is, with that level word, a unit's name."""
    found = []
    for m in _SAID_LEVEL_RE.finditer(text):
        before = _TRAILING_WORDS.search(text, max(0, m.start() - 40), m.start())
        for start in [w.start() + before.start() for w in re.finditer(r"\S+", before.group())] if before else ():
            unit = starts_word(text, start) and _longest_unit(text, m["level"], start, m.start())
            if unit and unit.end == m.start():
                found.append(unit)
                break
    return found


def _dash_pair(text: str, m: re.Match, first: Candidate) -> list[Candidate]:
    """The next units joined by a dash to the first ("các xã Bình Hiệp - Tịnh Trà", "huyện Phong Điền - Quảng Điền -
    Hương Trà", the districts on either side of a border zone), when the run is no unit as a whole (not "TP Phan Rang
    - Tháp Chàm"): after a plural level word, or, after a singular one, with a dash spaced on both sides."""
    if first.numbered or first.end >= m.end("name"):
        return []
    plural = _PLURAL_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
    if not plural and (province := _province_after_dash(text, m["level"], first.end, m.end("name"))):
        return [province]
    return _dashed_after(text, m["level"], first.end, m.end("name"), plural)


def _province_after_dash(text: str, level: str, end: int, run_end: int) -> Candidate | None:
    """The province that the rest of the run names after a lower unit and a dash, spaced or typed against the name: its
    address ("huyện Bá Thước- Thanh Hóa", "huyện Mai Châu - Hòa Bình"), not a city of the unit's tier."""
    if level.lower() in PROVINCE_LEVELS:
        return None
    gap = _DASH_GAP.match(text, end)
    if not any(c in "-–" for c in text[_dash_start(text, end):gap.end()]):
        return None
    province = _longest_unit(text, "tỉnh", gap.end(), run_end)
    return province if province and province.end == run_end else None


PROVINCE_LEVELS = frozenset(("tỉnh", "thủ đô"))


def _dash_start(text: str, end: int) -> int:
    """Where the dash after a unit's name starts: its last word may carry the dash ("Phong Điền -", "Bá Thước-")."""
    while end > 0 and text[end - 1] in " -–":
        end -= 1
    return end


def _dashed_after(text: str, level: str, end: int, run_end: int, plural: bool) -> list[Candidate]:
    found = []
    while end < run_end:
        gap = _DASH_GAP.match(text, end)
        since = _dash_start(text, end)
        if not (any(c in "-–" for c in text[since:gap.end()])
                and (plural or _SPACED_DASH.fullmatch(text, since, gap.end()))):
            break
        part = _DASHED_PART.match(text, gap.end(), run_end)
        nxt = _longest_unit(text, level, gap.end(), part.end() if part else gap.end())
        if nxt is None or nxt.end != (part.end() if part else -1):
            break
        found.append(nxt)
        end = nxt.end
    return found


_SPACED_DASH = re.compile(r" [-–] ")
_DASH_GAP = re.compile(r"\s*(?:[-–]\s*)?")
_DASHED_PART = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD})*")
"""One name of a dashed run: its words up to the next dash."""
_LOWER_FIRST_RE = re.compile(rf"(?P<level>huyện|tỉnh|thị xã|quận|thị trấn|phường|xã) (?P<name>[{LOWER}]{{1,7}} {_RUN})")
"""A name whose first letter was typed in lower case ("huyện ý Yên"): a unit only with a capitalised word after the
first, the whole run a unit's name ("xã hội Việt Nam", "xã đảo Thạnh An" are none)."""

_LOWER_SECOND_RE = re.compile(rf"(?P<level>huyện|tỉnh|thị xã|quận|thành phố|T[Pp]\.?) "
                              rf"(?P<name>[{UPPER}][{LOWER}]+ [{LOWER}]+)(?![{LOWER}{UPPER}])")
"""A district's, city's or province's name of two words whose second was typed in lower case ("huyện Lâm bình", "Tp.
Long xuyên"): a unit only when the two words are its whole name; not after a commune's level word, where common
phrases are capitalised as a model's name ("xã An toàn về ANTT")."""


def _communes_before_districts(text: str) -> list[Candidate]:
    """A commune named bare before its district, in brackets: "ông Phan Văn Lâm (Quang Phú, Đồng Hới)", or after a
    street in an address ("78 đường 2 tháng 4, Vĩnh Hải, Nha Trang"); kept only when the district has a commune of
    that name."""
    gazetteer, found = Gazetteer.default(), []
    for m in chain(_COMMUNE_DISTRICT_RE.finditer(text), finditer_from(_STREET_ADDRESS_RE, _STREET_ADDRESS_FAST, text)):
        district = _longest_unit(text, DISTRICT_WORDS[0], m.start("district"), m.end("district"))
        commune = _longest_unit(text, "xã", m.start("commune"), m.end("commune"))
        parent = district and district.end == m.end("district") and _code(_best(gazetteer.lookup(district.query)))
        if parent and commune and commune.end == m.end("commune") and _of_district(gazetteer, commune.query, parent):
            found.append(commune)
    for m in _BRACKETED_DISTRICT_RE.finditer(text):
        found += _commune_before_bracket(gazetteer, text, m)
    return found


_STREET_ADDRESS_RE = re.compile(rf"(?<![{LOWER}{UPPER}])(?:đường|phố) [^,.;:\n()]{{1,30}}, (?P<commune>{_RUN}), "
                                rf"(?P<district>{_RUN})")
"""A commune named bare in an address, between its street and its district ("78 đường 2 tháng 4, Vĩnh Hải, Nha
Trang")."""
_STREET_ADDRESS_FAST = without_lookbehind(_STREET_ADDRESS_RE, rf"(?<![{LOWER}{UPPER}])")
_BRACKETED_DISTRICT_RE = re.compile(rf"(?<=[{LOWER}{UPPER}]) \((?:(?P<level>huyện|thị xã|quận) )?(?P<district>{_RUN})"
                                    rf"(?:, ?(?:tỉnh |TP\.? ?|thành phố )?(?:{_RUN}|HCM))?\)")
"""A district in brackets right after a name, bare or with its level word: "Ma Nới (Ninh Sơn) là xã miền núi", "chợ
Cán Cấu (huyện Si Ma Cai)", its province after it ("Bình Trị Đông A (quận Bình Tân, TP.HCM)")."""
_LIST_BEFORE = re.compile(r"(?:, ?| và )$")
_TRAILING_WORDS = re.compile(rf"(?:{_NAME_WORD} ){{0,3}}{_NAME_WORD}$")


def _commune_before_bracket(gazetteer: Gazetteer, text: str, m: re.Match) -> list[Candidate]:
    """A commune named bare before its district in brackets: "Phước Thái (Ninh Phước) đang có những mô hình"; kept
    only when the district has a commune of that name (the longest such run of capitalised words)."""
    district = _longest_unit(text, m["level"] or DISTRICT_WORDS[0], m.start("district"), m.end("district"))
    parent = district and district.end == m.end("district") and _code(_best(gazetteer.lookup(district.query)))
    if not parent:
        return []
    found, end = [], m.start()
    while commune := _commune_ending_at(gazetteer, text, end, parent):
        found.append(replace(commune, sited=True))
        if not (sep := _LIST_BEFORE.search(text, max(0, commune.start - 5), commune.start)):
            break
        end = sep.start()  # a list of the district's communes: "chợ Mường Hum, Ý Tý, Trịnh Tường (huyện Bát Xát)"
    return found


def _commune_ending_at(gazetteer: Gazetteer, text: str, end: int, parent: str) -> Candidate | None:
    """The commune of the district `parent` named by the (longest) run of capitalised words that ends at end."""
    before = _TRAILING_WORDS.search(text, max(0, end - 40), end)
    if not before:
        return None
    starts = [w.start() + before.start() for w in re.finditer(r"\S+", before.group())]
    for start in starts:
        if not starts_word(text, start):
            continue
        commune = _longest_unit(text, "xã", start, end)
        if commune and commune.end == end and _of_district(gazetteer, commune.query, parent):
            return commune
    return None


def _communes_of_districts(text: str) -> list[Candidate]:
    """A commune named bare and said to be of its district: "Thanh Sơn là địa phương miền núi của huyện Kim Bảng",
    "Thanh Sơn, một xã miền núi thuộc huyện Kim Bảng"; kept only when the district has a commune of that name."""
    gazetteer, found = Gazetteer.default(), []
    for m in chain(_COMMUNE_OF_RE.finditer(text) if _COMMUNE_OF_HINT.search(text) else (),
                   _COMMUNE_COMMA_DISTRICT_RE.finditer(text) if _COMMA_DISTRICT_HINT.search(text) else ()):
        if not starts_word(text, m.start()) or _SCHOOL_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        level = _DISTRICT_ABBREVIATIONS.get(m["level"], m["level"])
        district = _longest_unit(text, level, m.start("district"), m.end("district"))
        commune = _longest_unit(text, "xã", m.start("commune"), m.end("commune"))
        parent = district and _code(_best(gazetteer.lookup(district.query)))
        if parent and commune and commune.end == m.end("commune") and _of_district(gazetteer, commune.query, parent):
            found.append(commune)
    return found


def _of_district(gazetteer: Gazetteer, query: str, parent: str) -> bool:
    """Whether a commune of that name was one of the (former) district's: a commune merged away in 2025, or one that
    kept its name and has no former record of its own ("Chiềng Khương", of Sông Mã, now a commune of Sơn La), in the
    district's province, or formed of the district's communes where the province merged into another ("Cà Ná", of
    Thuận Nam in Ninh Thuận, now a commune of Khánh Hòa)."""
    district = gazetteer.get(parent, current=False)
    return any(match.legacy and match.legacy.parent == parent
               or match.legacy is None and match.unit.level == "commune" and district is not None
               and (match.unit.parent == district.parent and _kept_its_name(gazetteer, match.unit)
                    or any(former.parent == parent for former, _ in gazetteer.predecessors(match.unit.code)))
               for match in gazetteer.lookup(query, parent=parent))


def _kept_its_name(gazetteer: Gazetteer, unit) -> bool:
    """Whether a current commune carries on a former one of its name, or has no former record at all: a commune
    formed in 2025 under a new name ("Bình Hòa", of Bình Hòa Trung, Bình Hòa Đông and Bình Thạnh) was no district's
    commune before, and a market of that name under another district ("chợ Bình Hòa (huyện Bến Lức)") is no sign of
    it."""
    formers = gazetteer.predecessors(unit.code)
    return not formers or any(former.name == unit.name for former, _ in formers)


_SCHOOL_BEFORE = re.compile(r"(?:THCS|THPT|PTDTBT|[Tt]iểu học|[Mm]ầm non|[Mm]ẫu giáo) $")
"""A school named after its commune, with its district after it ("Trường THCS Tân Thạnh Đông, H.Củ Chi"): the
school, not the commune."""
_DISTRICT_ABBREVIATIONS = {"H.": "huyện", "TX.": "thị xã", "TX": "thị xã"}
_COMMUNE_OF_RE = re.compile(rf"(?P<commune>{_RUN})(?: là|,) (?:một |1 )?(?:xã|phường|thị trấn|địa phương)\b"
                            rf"[^.;:\n(]{{0,30}}? (?:của|thuộc) (?P<level>huyện|thị xã|quận|thành phố) (?P<district>{_RUN})")
_COMMUNE_COMMA_DISTRICT_RE = re.compile(rf"(?P<commune>{_RUN}), (?P<level>huyện|thị xã|quận|H\.|TX\.?) ?"
                                        rf"(?P<district>{_RUN})")
"""A commune named bare before its district's level word and name: "quê ở Tam An, huyện Phú Ninh", the level word
abbreviated too ("Đồn BPCKQT Nậm Cắn, H. Kỳ Sơn", "(Thủy Phù, TX. Hương Thủy)")."""


def _list_items(text: str, level: str, end: int) -> list[Candidate]:
    """The next names of a list ("…, Chế Cu Nha và Kim Nọi") that are units of the same level, from end on; a name
    that is none (misspelt, or not a unit) is passed over when the list goes on after it. A name that is a province
    whole is no unit of the level named by its leading part ("các tỉnh, TP: …, TP Hồ Chí Minh, …, Thanh Hóa, Vĩnh
    Phúc": the province Vĩnh Phúc, not the thành phố Vinh read from "Vĩnh" with its tone dropped)."""
    items = []
    while item := _LIST_NEXT.match(text, end):
        unit = _longest_unit(text, level, item.start("name"), item.end("name"))
        if unit is not None and unit.end < item.end("name") \
                and _quick_key(text[item.start("name"):item.end("name")]) in _keys()[1]:
            unit = None
        if unit is None and not _LIST_NEXT.match(text, item.end()):
            break
        if unit is not None:
            items += [unit, *(dashed := _dashed_after(text, level, unit.end, item.end("name"), False))]
            unit = dashed[-1] if dashed else unit
        end = unit.end if unit else item.end()
    return items


def _listed(text: str, items: list[Candidate]) -> bool:
    """Whether names after a singular level word are a list of its units: two or more ("xã Đak Ta Ley, Đê Ar, Kon
    Chiêng"), or one with its district after it, in brackets or with its level word ("xã Hòa Bình Thạnh, Vĩnh Lợi (Châu
    Thành)", "xã Tân Thành, Tân Hòa, huyện Lai Vung", "xã Quới Điền, Đại Điền của huyện Thạnh Phú"); not "xã Mồ Dề,
    Chế Cu Nha" alone, an address's next part; or one followed by "mỗi" and a level word, which says each name is a
    unit ("xã Hạnh Phúc và Bắc Lương mỗi xã có 8 tổ", "xã Xuân Lai và Thọ Lâm, mỗi xã 4 tổ")."""
    return len(items) > 1 or bool(items) and (_DISTRICT_AFTER.match(text, items[-1].end) is not None
                                              or _EACH_AFTER.match(text, items[-1].end) is not None)


_EACH_AFTER = re.compile(rf",? (?:mỗi|từng) (?:{LEVEL})\b")
"""Each of the units just named: "…, mỗi xã 4 tổ"."""


def _siblings_named(text: str, first: Candidate, items: list[Candidate]) -> bool:
    """Whether one name after a singular level word is a second unit of the same district (or province) as the first,
    that the text names elsewhere: "hòa giải viên xã Chiềng Sinh, Quài Tở" in a text on Điện Biên; not "xã Mồ Dề, Chế
    Cu Nha" alone, which may be an address's next part."""
    if len(items) != 1 or first.numbered:
        return False
    gazetteer = Gazetteer.default()

    def parents(c: Candidate) -> set[str | None]:
        return {(m.legacy or m.unit).parent for m in gazetteer.lookup(c.query)}

    item = text[items[0].start:items[0].end]
    for code in filter(None, parents(first) & parents(items[0])):
        for current in (True, False):
            unit = gazetteer.get(code, current=current)
            if unit is not None and unit.name != item and unit.name in text:
                return True
    return False


def _numbered_items(text: str, level: str, end: int) -> list[Candidate]:
    """The next numbers of a list after a numbered unit ("phường 2, 3, 5, 6, 7") that are units of the same level and
    not counts ("phường 3, 4 hộ")."""
    items = []
    while (item := _NUMBER_NEXT.match(text, end)) and (
            unit := _longest_unit(text, level, item.start("name"), item.end("name"))):
        items.append(unit)
        end = unit.end
    return items


def _longest_unit(text: str, level: str, name_start: int, name_end: int, start: int | None = None) -> Candidate | None:
    """The longest leading part of text[name_start:name_end] that, after the level word or another of its tier, names
    a unit ("TT. Phú Hòa (Thoại Sơn), Vĩnh Lợi, Hòa Bình Thạnh": the xã Hòa Bình Thạnh, not a thị trấn Hòa Bình)."""
    level_keys = _keys()[0]
    level = WRITTEN_AS.get(level.lower(), level)
    words = list(_PART_WORD.finditer(text, name_start, name_end))
    numbered = text[name_start].isdigit()
    tier = () if numbered else SAME_TIER.get(ABBREVIATED_LEVELS.get(level.lower(), level.lower()), ())
    for n in range(len(words), 0, -1):
        for word in (level, *tier):
            end = words[n - 1].end()
            query = f"{word} {text[name_start:end]}"
            spelled = None
            query_key = _quick_key(query)
            if not numbered and query_key not in level_keys:
                canonical = (_split_spellings().get(_squashed(query_key))
                             or _farm_spellings().get(query_key)
                             or _c_for_k_spellings().get(query_key)
                             or not _COUNTED_AFTER.match(text, end) and _roman_spelling(query_key))
                if canonical:
                    query, spelled = canonical, text[name_start:end]
                    query_key = _quick_key(query)
            if query_key in level_keys:
                if numbered and _COUNTED_AFTER.match(text, end):  # "Công an phường 9 vụ việc": a count
                    return None
                if n < len(words) and _PART_LETTER.fullmatch(words[n].group()):
                    return None
                if n == len(words) and (letter := _PART_LETTER_AT_END.match(text, end)):
                    # "phường Bình Hưng Hòa A.": the letter, its full stop the sentence's end, names the unit
                    lettered = f"{query} {letter[1]}"
                    return Candidate(name_start if start is None else start, letter.end(1), lettered, numbered,
                                     spelled) if _quick_key(lettered) in level_keys else None
                return Candidate(name_start if start is None else start, end, query, numbered, spelled)
    return None


_PART_WORD = re.compile(r"[^\s-]+")
"""A word of a name's leading parts, a hyphen ending one too: the unit named before a hyphen that joins its province
("Công an xã Chư Prông-Tỉnh Gia Lai": the xã Chư Prông, not a xã "Chư") as before a spaced one."""
_PART_LETTER = re.compile(r"[ABC]")
"""A letter after a unit's name names another unit, one part of a commune split in two or three ("xã Phong Thạnh Đông
A" is not the xã Phong Thạnh Đông): when the gazetteer does not know the lettered one, no unit is read there."""
_PART_LETTER_AT_END = re.compile(r" ([ABC])(?=\.)")
"""The letter of a lettered unit closing a sentence ("ở phường Bình Hưng Hòa A."), which a name's run leaves out (a
lone letter before a full stop may be an initial)."""
_ARABIC_LAST = re.compile(r"(?<=[a-z] )[1-3]$")
ROMAN = {"1": "i", "2": "ii", "3": "iii"}
ARABIC = {roman: arabic for arabic, roman in ROMAN.items()}
_ROMAN_LAST = re.compile(r"(?<=[a-z] )i{1,3}$")


def _roman_spelling(query_key: str) -> str | None:
    """The key of a unit numbered in Roman figures, written with an Arabic one ("phường Hải Châu 1" for the phường Hải
    Châu I), when the name as written is none; or the name written without its Roman figure, when it has one only."""
    m = _ARABIC_LAST.search(query_key)
    roman = m and query_key[:m.start()] + ROMAN[m.group()]
    if roman and roman in _keys()[0]:
        return roman
    # "xã Sơn Kim I" for the xã Sơn Kim 1: the other way round
    written = _ROMAN_LAST.search(query_key)
    arabic = written and query_key[:written.start()] + ARABIC[written.group()]
    if arabic and arabic in _keys()[0]:
        return arabic
    # "xã Cây Trường" for the xã Cây Trường II: the name's only unit is numbered, in Roman figures
    numbered = [f"{query_key} {r}" for r in ROMAN.values() if f"{query_key} {r}" in _keys()[0]]
    return numbered[0] if len(numbered) == 1 and not m else None


COUNTED = frozenset(w for w in SINGLE | COMPOUND if w.islower() and w not in ("quận", "phường", "xã", "huyện", "tỉnh")
                   and w not in LABEL_VERBS)
_COUNTED_AFTER = re.compile(rf" (?!(?:{'|'.join(map(re.escape, LABEL_VERBS))})(?![{LOWER}]))(?!năm (?:19|20)\d\d(?!\d))"
                            rf"(?:{'|'.join(sorted(map(re.escape, COUNTED), key=len, reverse=True))})(?![{LOWER}])")
"""A count word after a numbered unit ("Công an phường 9 vụ việc"), not a verb that begins with one ("Công an quận 12
tổ chức tập huấn": counts.LABEL_VERBS), nor a year after it ("giáp ranh quận 1 – quận 3 năm 2007")."""
SAME_TIER = {"huyện": ("thị xã", "quận", "thành phố"), "thị xã": ("huyện", "thành phố"), "quận": ("huyện",),
             "xã": ("phường", "thị trấn"), "phường": ("xã",), "thị trấn": ("xã", "phường")}
"""Level words tried when the written one does not fit: a unit upgraded or renamed ("huyện Việt Yên", now a thị xã;
"Thị trấn Hòa Hiệp Trung", a phường since its district became a thị xã)."""
ABBREVIATED_LEVELS = {"tp.": "thành phố", "tp": "thành phố", "tx.": "thị xã", "tx": "thị xã", "tt.": "thị trấn",
                      "tt": "thị trấn"}
WRITTEN_AS = {"xã đảo": "xã"}
"""Level words that name their unit by another level word: an island commune is a xã ("xã đảo Thạnh An")."""


def _credit_run_into_lead(text: str, start: int, end: int) -> int:
    """Where a paper's name ends when the lead's first word is run on after it ("Báo Cà Mau Xác định ý nghĩa …": the
    run's last word opens the lead, a word in lower case follows it); end itself otherwise."""
    last = text.rfind(" ", start, end)
    return last if last > start and _PAPER_LINE_END.match(text, last) else end


def _bare(text: str) -> list[Candidate]:
    """Province names and aliases written alone ("Hà Nội", "TP.HCM"): a whole run of capitalised words, or the run
    without its first word when the run opens a sentence ("Tại Hà Nội")."""
    _, bare_keys, first_words = _keys()
    found, joined_end = [], 0
    for m, first_two in _runs(text):
        if m.start() < joined_end:  # the second part of a name joined by a long dash ("Thừa Thiên – Huế")
            continue
        if first_words.isdisjoint(first_two) or not starts_word(text, m.start()):
            continue
        if joined := _dash_joined(text, m, bare_keys):
            found.append(joined)
            joined_end = joined.end
            continue
        start, end = m.start(), m.end()
        opens_line = start == 0 or text[start - 1] == "\n"
        second = m.start() + m.group().index(" ") + 1 if " " in m.group() else end
        if opens_line and _quick_key(m.group()) not in bare_keys and _quick_key(text[second:end]) not in bare_keys \
                and (dash := _DASH.search(m.group())):
            # a dateline: "Bắc Giang - Cùng với …", not "cao tốc Khánh Hòa - Buôn Ma Thuột", "Tại Bà Rịa - Vũng Tàu"
            end = m.start() + dash.start()
        if _quick_key(text[start:end]) not in bare_keys and (_opener(text, m) or _compass_opens(text, m)):
            start = m.start() + m.group().index(" ") + 1
        if opens_line and m.group().startswith("Báo ") and _quick_key(text[start:end]) not in bare_keys:
            end = _credit_run_into_lead(text, start, end)
        if _quick_key(text[start:end]) not in bare_keys and _PHRASE_AFTER.match(text, end):
            end = _before_next_phrase(text, start, end, bare_keys)
        if _quick_key(text[start:end]) in bare_keys and (" " in text[start:end].strip()
                                                          or text[start:end].lower() in _one_word_names()) \
                and _spelt_as_named(text[start:end]):
            found.append(Candidate(start, end, text[start:end], False))
        else:
            found += _provinces_run_together(m, bare_keys) or _provinces_dashed(m, bare_keys)
    for m in _GLUED_DATELINE_RE.finditer(text):
        query = " ".join(_GLUED_WORD.findall(m.group()))
        if _quick_key(query) in bare_keys and _spelt_as_named(query):
            found.append(Candidate(m.start(), m.end(), query, False))
    all_keys = _keys()[0]
    found += [Candidate(m.start(), m.end(), m.group(), False) for m in finditer_from(_ACRONYM_RE, _ACRONYM_FAST, text)
              if _acronym_key(m.group()) in all_keys
              and not _COMPOUND_ACRONYM_BEFORE.search(text, max(0, m.start() - 8), m.start())]
    found += [Candidate(m.start(), m.end(), m.group(), False)
              for m in finditer_from(_HYPHENED_ACRONYM_RE, _HYPHENED_ACRONYM_FAST, text)
              if _acronym_key(m.group()) in bare_keys]
    if "TP" in text:
        found += [Candidate(m.start(), m.end(), city, False) for m in _CITY_INITIALS_RE.finditer(text)
                  if (city := _city_initials().get(m["initials"])) and _acronym_key(m.group()) not in all_keys]
    return found


def _opener(text: str, m: re.Match) -> bool:
    """Whether a run's first word is a sentence's opener, capitalised for that alone, to read the name without it ("Tại
    Hà Nội"); not a family name opening a person's name after a colon ("đồng chí: Nguyễn Chí Linh")."""
    return " " in m.group() and is_sentence_start(text, m.start()) and not _FAMILY_NAME.match(m.group())


_COMPASS_RUN = re.compile(r"(?:Đông|Tây|Nam|Bắc) ")
_COMPASS_BEFORE = re.compile(r"(?<!\w)(?:phía|hướng) $")


def _compass_opens(text: str, m: re.Match) -> bool:
    """Whether a run opens on a point of the compass, capitalised after "phía" or "hướng", before a place's name ("một
    làng quê thuần nông phía Nam Hà Nội", "Bến xe phía Nam Hà Nội"): the direction from the place, not part of its
    name (a name that is whole with it, "phía Bắc Giang", is read whole before this is asked); after "miền" or "vùng"
    it names a region ("vùng Tây Nghệ An", which the corpus leaves out: 61-07)."""
    return bool(_COMPASS_RUN.match(m.group())
                and _COMPASS_BEFORE.search(text, max(0, m.start() - 10), m.start()))


_FAMILY_NAME = re.compile(r"(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Ngô|Dương|Lý|Đinh|Trịnh"
                          r"|Trương|Lương|Lưu|Đào|Quách|Kiều) ")
"""The common family names that are no other word a sentence opens on ("Hồ", "Từ", "Do", "Mai" are)."""


_PHRASE_AFTER = re.compile(rf" [{LOWER}]")


def _before_next_phrase(text: str, start: int, end: int, bare_keys: frozenset[str]) -> int:
    """A province's name run on into the next phrase's capitalised first word, as a teaser headline runs into the next
    one ("… tại Hà Nội Cơ quan An ninh điều tra …"): the end of the name; else end, unchanged."""
    cut = text.rfind(" ", start, end)
    return cut if cut > start and " " in text[start:cut] and _quick_key(text[start:cut]) in bare_keys else end


def _provinces_run_together(m: re.Match, bare_keys: frozenset[str]) -> list[Candidate]:
    """Each province of a run that is two or more provinces' names without commas, as a title rebuilt from its address
    reads ("hung-yen-hai-phong-quang-ninh-…": "Hưng Yên Hải Phòng Quảng Ninh đồng loạt ra quân …"); none unless the
    whole run splits into names of two words or more (longest first)."""
    if m.group().count(" ") < 3 or "-" in m.group():  # fewer than four words, or joined by a dash (a road's ends)
        return []
    words = list(_WORD_IN_RUN.finditer(m.group()))
    parts, i = [], 0
    while i < len(words):
        j = next((j for j in range(min(len(words), i + MAX_RUN_NAME_WORDS), i + 1, -1)
                  if _quick_key(m.group()[words[i].start():words[j - 1].end()]) in bare_keys), None)
        if j is None:
            return []
        start, end = m.start() + words[i].start(), m.start() + words[j - 1].end()
        parts.append(Candidate(start, end, m.string[start:end], False))
        i = j
    return parts if len(parts) > 1 and all(_spelt_as_named(c.query) for c in parts) else []


_ACRONYM_HEADS = re.compile(r"(?<![\w.])[A-ZĐ]{2,6} $")


def _provinces_dashed(m: re.Match, bare_keys: frozenset[str]) -> list[Candidate]:
    """Each province of a run of two or more provinces' names joined by spaced dashes, the ends of a line or a link
    ("Đường dây điện 220kV Cao Bằng - Bắc Kạn"); none unless every part is a province's name of two words or more. An
    expressway's or a railway's ends are masked before (see _ROUTE_RE); after an acronym the pair closes a name ("Công ty
    Cổ phần KCN Sài Gòn - Hải Phòng": a company's)."""
    if _ACRONYM_HEADS.search(m.string, max(0, m.start() - 8), m.start()):
        return []
    parts, start = [], m.start()
    for dash in [*_SPACED_DASH.finditer(m.group()), None]:
        end = m.start() + dash.start() if dash else m.end()
        query = m.string[start:end]
        if " " not in query or _quick_key(query) not in bare_keys or not _spelt_as_named(query):
            return []
        parts.append(Candidate(start, end, query, False))
        start = m.start() + dash.end() if dash else end
    return parts if len(parts) > 1 else []


_WORD_IN_RUN = re.compile(r"\S+")
MAX_RUN_NAME_WORDS = 3
"""The longest province name split out of such a run ("Thừa Thiên Huế")."""
_GLUED_WORD = re.compile(rf"[{UPPER}][{LOWER}]+")
_GLUED_DATELINE_RE = re.compile(rf"^(?:[{UPPER}][{LOWER}]+){{2,3}}(?=[ \t]?[-–][ \t])", re.MULTILINE)
"""A province's name typed with its words run together in the dateline opening a paragraph ("YênBái - Đến nay, …")."""
_CITY_INITIALS_RE = re.compile(r"(?<![\w.])TP\.?\s?(?P<initials>[A-ZĐ]{3,5})(?!\w)")
CITY_INITIALS_WORDS = 3


@functools.cache
def _city_initials() -> dict[str, str]:
    """A city (thành phố) of three words or more by its initials after "TP." ("TP.TDM" is Thủ Dầu Một, "TP.BMT" Buôn Ma
    Thuột), where no other city shares them; two-word names' initials are too often other things."""
    cities: dict[str, set[str]] = {}
    gazetteer = Gazetteer.default()
    for unit in chain(gazetteer.units(current=True), gazetteer.units(current=False)):
        if unit.kind == "Thành phố" and len(words := unit.name.replace("-", " ").split()) >= CITY_INITIALS_WORDS:
            cities.setdefault("".join(w[0].upper() for w in words), set()).add(unit.name)
    return {initials: f"thành phố {next(iter(names))}" for initials, names in cities.items() if len(names) == 1}


@functools.lru_cache(maxsize=1)
def _runs(text: str) -> list[tuple[re.Match, list[str]]]:
    """Each run of capitalised words with its first two words folded, found once for _bare and _bare_districts."""
    return [(m, fold_same_length(m.group()).split(maxsplit=2)[:2]) for m in _RUN_RE.finditer(text)]


def _dash_joined(text: str, m: re.Match, bare_keys: frozenset[str]) -> Candidate | None:
    """A province's name of two parts joined by a long dash ("Bà Rịa – Vũng Tàu"), read with a hyphen."""
    if not (after := _LONG_DASH_NEXT.match(text, m.end())):
        return None
    opener = " " in m.group() and is_sentence_start(text, m.start())  # "Tại Bà Rịa – Vũng Tàu"
    for start in (m.start(), *([m.start() + m.group().index(" ") + 1] if opener else [])):
        query = f"{text[start:m.end()]} - {after['name']}"
        if _quick_key(query) in bare_keys:
            return Candidate(start, after.end(), query, False)
    return None


_SHAPE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323\u0302\u0306"))
"""Tone marks, and the hats of â, ê, ô, ă: placed or typed variously ("Khánh Hoà", "Đăk Lăk"). The horn of ư, ơ and the
bar of đ are letters of their own."""


def _letters(name: str) -> str:
    """A name's letters, lower case, without tone marks or hats, its words joined by single spaces: "Hải Dương" →
    "hai dương", "Bà Rịa-Vũng Tàu" → "ba ria vung tau"."""
    decomposed = unicodedata.normalize("NFD", " ".join(_PUNCTUATION.sub(" ", name.lower()).split()))
    return unicodedata.normalize("NFC", decomposed.translate(_SHAPE_MARKS))


@functools.cache
def _province_letters() -> dict[str, frozenset[str]]:
    """The letters of the provinces' names (current, legacy and former), by their key."""
    gazetteer, found = Gazetteer.default(), {}
    for unit in chain(gazetteer.units(current=True), gazetteer.units(current=False), gazetteer.former_units()):
        if unit.level == "province":
            found.setdefault(key(unit.name), set()).add(_letters(unit.name))
    return {k: frozenset(v) for k, v in found.items()}


def _spelt_as_named(written: str) -> bool:
    """Whether a bare name that folds like a province's is spelt with its letters: "Hải Đường", a person, folds like
    "Hải Dương" but for its đ. A name typed without diacritics ("Ha Noi"), or an alias ("Sài Gòn"), is not checked."""
    named = _province_letters().get(_quick_key(written))
    return named is None or written.isascii() or _letters(written) in named


@functools.cache
def _one_word_names() -> frozenset[str]:
    """Provinces named in one word, with their tone marks: a bare one-word name must keep them ("Huế", but "Ảnh: Phạm
    Huệ" is a photographer)."""
    units = Gazetteer.default().units
    return frozenset(u.name.lower() for current in (True, False) for u in units(current=current)
                     if u.level == "province" and " " not in u.name)


@functools.cache
def _district_names() -> tuple[frozenset[str], frozenset[str]]:
    """(keys of former district-level units' bare names of two words or more, their first words): "hoc mon"; with a
    final "i" spelt "y" or the other way round ("phu quy" for "Phú Quí")."""
    gazetteer, provinces = Gazetteer.default(), _keys()[1]
    former = chain(gazetteer.units(current=False), gazetteer.former_units())
    names = {k for u in former if u.level == "district" and len((k := key(u.name)).split()) > 1 and k not in provinces}
    names |= {spelt for k in names if (spelt := _FINAL_I.sub(_swap_i_y, k)) not in names and spelt not in provinces}
    return frozenset(names), frozenset(k.split()[0] for k in names)


@functools.cache
def _squashed_district_names() -> tuple[frozenset[str], frozenset[str]]:
    """(former district-level units' names of two words or more written as one word, with their marks, lower case:
    "đakrông" for "Đa Krông"; their folded keys, a fast first test)."""
    gazetteer, provinces = Gazetteer.default(), _keys()[1]
    former = chain(gazetteer.units(current=False), gazetteer.former_units())
    names = {"".join(_DASH.sub(" ", u.name.lower()).split()) for u in former
             if u.level == "district" and len(key(u.name).split()) > 1}
    names = {n for n in names if key(n) not in provinces}
    return frozenset(names), frozenset(key(n) for n in names)


def _bare_districts(text: str) -> list[Candidate]:
    """Former district names written alone ("Hóc Môn", "Củ Chi"), read like bare province names: kept only when the
    document also names their province (see _in_named_provinces), so a person or a shop is not taken for one. A name
    of an ethnic minority's language written as one word with the unit's letters and marks ("Gio Linh, Cam Lộ,
    Đakrông, Hướng Hóa" for the former district Đa Krông) is one too (the level word's spellings, see
    _split_spellings, resolve it); one without them ("Maison", no Mai Sơn) is not. A run that a spaced dash joins to
    the next name ("Phòng Giao dịch Ngũ Hành Sơn - Ngân hàng BIDV") is read up to the dash when it is no name whole."""
    names, first_words = _district_names()
    squashed, squashed_keys = _squashed_district_names()
    found = []
    for m, first_two in _runs(text):
        if len(first_two) == 1 and first_two[0] in squashed_keys and m.group().lower() in squashed \
                and starts_word(text, m.start()):
            found.append(Candidate(m.start(), m.end(), m.group(), False))
            continue
        if first_two[0] not in first_words and first_two[0].isalpha() and (
                len(first_two) == 1 or first_two[1] not in first_words and first_two[1].isalpha()):
            continue  # neither its first nor its second word starts a name (cheaper than the tests below)
        if not starts_word(text, m.start()) or first_two[0] not in first_words \
                and not is_sentence_start(text, m.start()):
            continue
        start = m.start()
        if _quick_key(m.group()) not in names and _opener(text, m):
            start = m.start() + m.group().index(" ") + 1
        if _quick_key(text[start:m.end()]) in names:
            found.append(Candidate(start, m.end(), text[start:m.end()], False))
        elif (dash := _SPACED_DASH.search(text, start, m.end())) and _quick_key(text[start:dash.start()]) in names:
            found.append(Candidate(start, dash.start(), text[start:dash.start()], False))
    return found


def _posts(text: str) -> list[Candidate]:
    """The names of border posts, and a commune after a hamlet, read as communes when their province is named (see
    _in_named_provinces)."""
    found = []
    for m in chain(finditer_from(_POST_RE, _POST_FAST, text), finditer_from(_ADDRESS_RE, _ADDRESS_FAST, text)):
        group = "name" if m.re is _ADDRESS_RE or m["name"] else "gates" if m["gates"] else "area"
        if m.re is _POST_RE and group == "name" and _ESTUARY.match(m[group]):
            continue  # "Đồn Biên phòng Cửa Tùng": a post named after its river mouth or gate, not a commune
        if m.re is _ADDRESS_RE and _PLURAL_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "ba xóm Tam Hòa, Bò Báu, Bò Liêm": hamlets listed after their count, no address
        found.append(Candidate(m.start(group), m.end(), m[group], False))
        end = m.end()
        while m.re is _POST_RE and (item := _POST_NEXT.match(text, end)):
            found.append(Candidate(item.start("name"), item.end(), item["name"], False))
            end = item.end()
    return found


def _in_named_provinces(body: str, candidates: list[Candidate], places: list[dict],
                        level: str = DISTRICT_WORDS[0], shared: bool = True) -> list[dict]:
    """The bare candidates that resolve, with the level word, to a unit of a province already named (an ambiguous name
    to the one unit of that name in it), or to one unit alone when the name is a line's kicker ("Thanh Liêm: Huyện
    đoàn xây dựng mô hình …"), or to a former city or town ("Tuổi trẻ Hội An", "Bảo Lộc là …": known without their
    province) not right after a person's title."""
    gazetteer = Gazetteer.default()
    provinces = _ranked_provinces(gazetteer, places)
    found = []
    for c in candidates:
        unit = _longest_unit(body, level, c.start, c.end)
        match = unit and _best(gazetteer.lookup(unit.query))
        if not shared:  # a name several units share is resolved only by its one unit, or by its district named
            if unit:  # "Khu công nghiệp Nhơn Hòa (TX An Nhơn)": the ward of the former town An Nhơn
                near = _in_provinces(gazetteer, body[unit.start:unit.end], level, provinces)
                if near and (near.legacy or near.unit).parent in _districts(gazetteer, places):
                    match = near
        elif unit and match is None:
            match = _in_provinces(gazetteer, body[unit.start:unit.end], level, provinces)
        elif unit and level == "xã" and _province(gazetteer, match.unit.code) not in provinces:
            # a post's commune of a district named wins over a unit of that name elsewhere ("Đồn Biên phòng Bảo Lâm"
            # with Đồng Đăng, in the same former district, named)
            near = _in_provinces(gazetteer, body[unit.start:unit.end], level, provinces)
            if near and near.legacy and near.legacy.parent in _districts(gazetteer, places):
                match = near
        if match and level == "xã" and match.legacy is None and _renamed_after(gazetteer, match.unit, places):
            continue  # "xã Đăk Dục … Đồn Biên phòng Dục Nông": a name of the unit formed later, not a unit of that map
        if match and level == DISTRICT_WORDS[0] and match.unit.kind in ZONE_KINDS \
                and key(match.unit.name) in ARCHIPELAGOS \
                and not _ISLAND_DISTRICT_BEFORE.search(body, max(0, c.start - 12), c.start):
            continue  # "ngư trường truyền thống Hoàng Sa, Trường Sa": the archipelago, even with Đà Nẵng named
        if match and (_province(gazetteer, match.unit.code) in provinces or _KICKER.match(body, c.end)
                      and (c.start == 0 or body[c.start - 1] == "\n") or level == DISTRICT_WORDS[0]
                      and (((match.legacy or match.unit).kind in CITY_KINDS or match.unit.kind in ZONE_KINDS
                            and key(match.unit.name) not in ARCHIPELAGOS
                            and not _SEA_AREA_BEFORE.search(body, max(0, c.start - 16), c.start))
                           and not _PERSON_BEFORE.search(body, max(0, c.start - 12), c.start)
                           or _ISLAND_WORD_BEFORE.search(body, max(0, c.start - 12), c.start)
                           or c.start == 0 and _of_its_own(body, (match.legacy or match.unit).kind)
                           or _BORDER_BEFORE.search(body, max(0, c.start - 16), c.start))):
            # the name as written when it is spelt otherwise ("Đồn Biên phòng Ia Mơr" for the xã Ia Mơ)
            found.append(_place(body, replace(c, spelled=unit.spelled) if unit.spelled else c, match))
    return found


def _renamed_after(gazetteer: Gazetteer, unit, places: list[dict]) -> bool:
    """Whether a current unit's name is new (none of the former units it took in had it) while the text names one of
    those former units by its own name: the text maps the units before the merger, when the name was no unit's (a
    border post named after two communes, "Dục Nông" for Đắk Dục and Đắk Nông, before the merged xã Dục Nông)."""
    former = gazetteer.predecessors(unit.code)
    if any(key(u.name) == key(unit.name) for u, _ in former):
        return False
    codes = {u.code for u, _ in former}
    return any(p["unit_code"] == unit.code and p["legacy_code"] in codes or _gone_in(gazetteer, p, unit.parent)
               for p in places)


def _gone_in(gazetteer: Gazetteer, place: dict, province: str | None) -> bool:
    """Whether a place is a commune of the province named by a former name that no current unit bears ("xã Thái Đô",
    now part of the xã Đông Thái Ninh): the text maps the province before the merger, where a name first given at it
    ("Đồn Biên phòng Trà Lý", a post named after its river, and the later phường Trà Lý) was no unit's."""
    if place["level"] != "commune" or not place["legacy_code"]:
        return False
    current = gazetteer.get(place["unit_code"])
    return current is not None and current.parent == province and key(current.name) != key(place["name"])


CITY_KINDS = ("Thành phố", "Thị xã")
ZONE_KINDS = ("Đặc khu",)
"""An island district that is now a special zone ("Nhà tù Côn Đảo", "ngư dân Lý Sơn") is known without its province,
like a former city; not the archipelago or sea area of its name ("vùng biển Trường Sa", "quần đảo Hoàng Sa")."""
ARCHIPELAGOS = frozenset(("hoang sa", "truong sa"))
"""Special zones whose bare name is nearly always the archipelago, its sea or a street ("cung đường nhiều hàng quán như
Hoàng Sa, Trường Sa"), not the unit: only "đặc khu Hoàng Sa", "huyện Trường Sa" name it."""
_SEA_AREA_BEFORE = re.compile(r"(?:[Vv]ùng biển|[Qq]uần đảo|[Nn]gư trường|[Tt]uyến đường|[Đđ]ường)\s+$")
_BORDER_BEFORE = re.compile(rf"(?<![{LOWER}])(?:biên giới|biên cương|vùng biên)\s+$")
"""A former district named bare after a border word is that border district, its province named or not ("trên biên
giới Mường Nhé", "nơi biên cương Mường Nhé"); a person or a shop is not said to be on a border."""
_ISLAND_DISTRICT_BEFORE = re.compile(r"(?:[Hh]uyện đảo|[Hh]uyện|[Đđ]ặc khu)\s+$")
""""huyện đảo Hoàng Sa" ("huyện đảo" is no level word of the gazetteer's) names the unit."""
_ISLAND_WORD_BEFORE = re.compile(r"[Hh]uyện đảo\s+$")
"""An island district is known without its province, like a former city ("chuyến thăm huyện đảo Trường Sa")."""
_OWN_LEVEL = re.compile(rf"\b(?:địa bàn|toàn|của|trong) (?P<level>huyện|thị xã|quận|thành phố)\b(?! ?[{UPPER}\d])")


def _of_its_own(body: str, kind: str) -> bool:
    """Whether the text speaks of a unit of the kind as its own, unnamed ("trên địa bàn huyện", "toàn huyện"): the
    district whose name opens its title ("Tân Hưng thực hiện tốt mô hình …") is that unit, as a kicker's is."""
    return any(m["level"] == kind.lower() for m in _OWN_LEVEL.finditer(body))
_PERSON_BEFORE = re.compile(r"\b(?:ông|bà|anh|chị|em|cô|chú|cháu|thầy|đồng chí|đ/c|tên|đối tượng|nghi phạm)\s+$",
                            re.IGNORECASE)


def _districts(gazetteer: Gazetteer, places: list[dict]) -> dict[str, None]:
    """The former districts of the communes and districts named (of a current unit, of the former ones it took in), in
    the order the text names them (a dict, not a set: the first district that has a commune of a name wins, and a
    set's order changes with the hash seed)."""
    districts: dict[str, None] = {}
    for p in places:
        legacy = [gazetteer.get(p["legacy_code"], current=False)] if p["legacy_code"] else [
            u for u, _ in gazetteer.predecessors(p["unit_code"])] if p["unit_code"] else []
        districts.update(dict.fromkeys(u.parent if u.level == "commune" else u.code for u in legacy
                                       if u and u.level != "province" and p["level"] != "province"))
    return districts


_TIER_RANK = {"province": 0, "district": 1}


def _ranked_provinces(gazetteer: Gazetteer, places: list[dict]) -> list[str | None]:
    """The provinces of the units named, the most telling first: one named itself or through a district before one
    reached through communes only (a commune's name is shared by many: "xã Tân Bình, Tân Biên" is Tây Ninh's, not the
    one current "xã Tân Bình" elsewhere), then the one with more units named, then the one named first. A stable order,
    so an ambiguous name ("đồn Biên phòng Tân Bình, Tân Phú") resolves the same way on every run."""
    rank: dict[str | None, tuple[int, int, int]] = {}
    for i, p in enumerate(places):
        if p["unit_code"]:
            code = _province(gazetteer, p["unit_code"])
            tier, n, first = rank.get(code, (2, 0, i))
            rank[code] = (min(tier, _TIER_RANK.get(p["level"], 2)), n - 1, first)
    return sorted(rank, key=rank.__getitem__)


def _in_provinces(gazetteer: Gazetteer, name: str, level: str, provinces: list[str | None]) -> Match | None:
    """The one unit of the name, at the level or another of its tier, in one of the provinces (a border post's
    "Phước Lộc": a phường of Bình Thuận, a xã elsewhere), tried in their order (_ranked_provinces)."""
    for province in filter(None, provinces):
        for word in (level, *SAME_TIER.get(level, ())):
            if match := _best(gazetteer.lookup(f"{word} {name}", parent=province)):
                return match
    return None


def _province(gazetteer: Gazetteer, code: str) -> str | None:
    unit = gazetteer.get(code)
    while unit is not None and unit.level != "province":
        unit = gazetteer.get(unit.parent) if unit.parent else None
    return unit.code if unit else None


@functools.lru_cache(maxsize=4096)
def _acronym_key(text: str) -> str:
    """The gazetteer key of an all-caps word ("TPHCM"); the same few (UBND, MTTQ, ANTT…) recur in every document."""
    return key(text)


_LIST_OPENERS = frozenset((":", "như", "gồm"))
_UNIVERSITY = ["đại", "học"]
_SCHOOL_LIST_BEFORE = re.compile(r"(?<!\w)(?:các|những) trường(?: học)?(?: như| gồm)?:? (?:[^.;:!?\n]*(?:, | và ))?"
                                 r"(?:[Tt]rường )?[Đđ]ại học $")
SCHOOL_LIST_REACH = 200
"""A university in a list of schools ("đến các trường: THPT chuyên Lương Thế Vinh, đại học Đồng Nai"): a school of
the list, like its first item after "các trường" (a landmark), not the unit; a university named alone ("Trường Đại học
Đồng Nai phối hợp …", "ĐH Huế") names its unit, as the guideline has an agency named after a unit list the unit."""


def _after_head(text: str, start: int, leveled: bool = False) -> bool:
    """Whether the words right before the name (no number or punctuation between) make it a street, a school…; a
    hamlet's or a neighbourhood's head before a unit written with its level word names a group of that unit ("Ban bảo
    vệ dân phố phường Nam Thanh"), not a hamlet. Only the name's own line is read: a subheading ending on such a word
    ("Đóng góp của các dòng họ" / "Thái Cường là xã …") heads no name on the next line."""
    tokens = re.findall(r"\w+|[^\w\s]", text[max(0, start - 25, text.rfind("\n", 0, start) + 1):start].lower())
    if len(tokens) > 1 and (tokens[-1] in AREA_HEADS and tokens[-2] in AREA_WORDS
                            or tokens[-1] == _ISLAND and tokens[-2] in ISLAND_UNITS):
        return False
    dot = int(len(tokens) > 1 and tokens[-1] == ".")
    if tokens and (written := HEAD_ABBREVIATIONS.get(tokens[-1 - dot])):  # "KP.Hải Phong": the hamlet's head
        tokens[len(tokens) - 1 - dot:] = written
    if not leveled and len(tokens) > 1 and tokens[-1].isdigit() and (
            tokens[-2] in HAMLET_HEADS or tokens[-2] in STREET_NUMBER_HEADS or " ".join(tokens[-3:-1]) == _HOUSE):
        return True  # "thôn 2 Hải Phong", "ngõ 319 Đà Nẵng": a numbered hamlet's or lane's name after its number
    head = next((h for h in (" ".join(tokens[-2:]), *tokens[-1:]) if h in NOT_PLACE_HEADS), None)  # the longer first
    if tokens[-2:] == _UNIVERSITY and _SCHOOL_LIST_BEFORE.search(text, max(0, start - SCHOOL_LIST_REACH), start):
        return True
    if head and not (leveled and (head in HAMLET_HEADS or head in (_BRIDGE, _CLUSTER) or head in UNIT_SITES)):
        return True
    if _MARKET_WORD.search(text, max(0, start - MARKET_LIST_REACH), start) and \
            _MARKET_LIST_BEFORE.search(text, max(0, start - MARKET_LIST_REACH), start):
        return True
    if "họ " in text[max(0, start - 120):start] and _CLAN_LIST_BEFORE.search(text, max(0, start - 120), start):
        return True
    if _HAMLET_GATE.search(text, max(0, start - 120), start) and (
            m := _HAMLET_LIST_BEFORE.search(text, max(0, start - 120), start)):
        if m["sep"] == " và " or m["more"] or _LIST_ITEM_AFTER.match(text, start):
            return True
    while len(tokens) > 1 and tokens[-1] in _LIST_OPENERS:  # "các làng như: An Nhơn"
        tokens.pop()
    if len(tokens) > 2 and tokens[-2] in HEAD_CLASSIFIERS:  # "các trục đường như Ngô Quyền"
        del tokens[-2]
    return len(tokens) > 1 and tokens[-1] in NOT_PLACE_HEADS and tokens[-2] in ("các", "những")


_GATE_BEFORE = re.compile(r"(?<![\w])[Cc]ửa khẩu(?: (?:[Qq]uốc tế|[Qq]uốc gia|[Cc]hính|[Pp]hụ))? $")
GATE_REACH = 30
"""A border gate named after a place ("Cửa khẩu quốc tế Hoa Lư" in Bình Phước; Hoa Lư is a city of Ninh Bình): a
landmark, like a river or a bridge; one sited by its district in brackets ("cửa khẩu quốc tế Thường Phước (huyện Hồng
Ngự)") is the commune's."""
_CLAN_LIST_BEFORE = re.compile(rf"(?<![{LOWER}{UPPER}])(?:[Tt]ộc|[Dd]òng) họ {_RUN}(?:, {_RUN})*(?:, | và )$")
"""A later item of a list of clans named after their ancestors' homes ("Tộc họ Tà Yên, Vari Nhông, Cà Mau, Kator và Tà
Pú"): a clan, not the province."""
_HAMLET_LIST_BEFORE = re.compile(rf"(?<![{LOWER}{UPPER}])(?:ấp|thôn|xóm|khóm|buôn|bản|sóc|làng|khu phố|khối):? {_RUN}"
                                 rf"(?P<more>(?:, {_RUN})*)(?P<sep>, | và )$")
_HAMLET_GATE = re.compile(r"(?:ấp|thôn|xóm|khóm|buôn|bản|sóc|làng|phố|khối):? ")
_LIST_ITEM_AFTER = re.compile(rf"{_RUN}(?:, | và ){_RUN}")
"""A later item of a list of hamlets ("ấp Vĩnh Hòa, Vĩnh Phúc, Vĩnh Lợi", after a colon too: "các ấp: Ninh Hòa, Ninh
Thuận, Tường Tín", "tuyến ấp Vĩnh Thuận và Vĩnh Phúc"): a
hamlet, not the province; a list joined by "và" or of three names or more (two bare names after a hamlet, "khối Thịnh
Mỹ, Cẩm An", are an address: the hamlet and its commune)."""
UNIT_SITES = frozenset(("chợ", "chợ đêm", "đầu mối", "trường", "đài"))
"""A market, a hall or a station of a unit written with its level word ("chợ đầu mối phường Phú Hậu", "hội trường xã
Đồng Tiến", "Họ đạo Cao Đài xã An Thạnh"): the unit is named, as after a hamlet's head."""
_MARKET_WORD = re.compile(r"(?<!\w)chợ ")
_MARKET_LIST_BEFORE = re.compile(rf"(?<![\w])(?:[Cc]ác|[Nn]hững|\d+) chợ(?: [{LOWER}]+){{0,3}} (?:là|gồm|như):? "
                                 rf"(?:{_RUN}(?:, {_RUN})*(?:, | và ))?$")
MARKET_LIST_REACH = 120
"""Markets listed by their names after a plural or counted market word and "là", "gồm", "như" ("TPHCM có 3 chợ đầu mối
lớn là Thủ Đức, Hóc Môn và Bình Điền"): markets named after places, landmarks, not the units."""
_BRIDGE, _CLUSTER = "cầu", "cụm"
"""A hamlet is named after its number too ("anh Thành ở thôn 2 Hải Phong, xã Kỳ Lợi": the hamlet, not Hải Phòng, whose
tone a bare name's check lets go); a unit with its level word after the number ("thôn 2 xã Kỳ Lợi") is kept.
A bridge is named without a level word ("cầu Rồng"): "đầu cầu xã Đạ R'Sal" places the bridgehead in the commune."""
HAMLET_HEADS = frozenset(("ấp", "thôn", "xóm", "khóm", "buôn", "sóc", "khu phố", "dân phố", "làng", "bản"))
STREET_NUMBER_HEADS, _HOUSE = frozenset(("ngõ", "ngách", "hẻm", "kiệt")), "số nhà"
"""A lane or a house is numbered, then named after its street ("ngõ 319 Đà Nẵng", "hẻm 12 Hà Nội", "số nhà 5 Lạch
Tray"): a street named after a city, not the city (a unit with its level word after the number is kept)."""
HEAD_ABBREVIATIONS = {"kp": ["khu", "phố"], "tdp": ["tổ", "dân", "phố"]}
"""A hamlet's head abbreviated, with or without its full stop ("KP.Hải Phong, TT.Long Hải", "TDP Hải Phong"): read as
written out."""
_LEVEL_AT = re.compile(rf"(?:{LEVEL})[ .]")
AREA_HEADS, AREA_WORDS = frozenset(("núi", "biển")), frozenset(("miền", "vùng", "giới", "bờ"))
"""A mountain or sea word after "miền", "vùng", "biên giới" or "bờ" describes the area of the unit named next ("các
huyện miền núi Nghệ An", "biên giới biển xã Vĩnh Tân", "dạt vào bờ biển Quảng Trị"), not a landmark named after it
("núi Bà Đen")."""
_ISLAND, ISLAND_UNITS = "đảo", frozenset(("huyện", "xã"))
"""An island unit's level word ("huyện đảo Phú Quý", "xã đảo Thạnh An") names the unit, not the island."""
HEAD_CLASSIFIERS = frozenset(("trục", "tuyến", "con"))
"""A word between a plural word and a street head ("các trục đường như Ngô Quyền, Trường Chinh")."""


def _resolve(body: str, found: list[Candidate]) -> list[dict]:
    """Look each candidate up, the enclosing unit of "phường 5, quận 10" first as its parent; an ambiguous name is
    retried inside the other units the document names (districts before provinces)."""
    gazetteer = Gazetteer.default()
    parents: dict[int, str | None] = {}
    for i in range(len(found) - 1, -1, -1):
        nxt = found[i + 1] if i + 1 < len(found) else None
        chained = nxt and _CHAIN_GAP.match(body[found[i].end:nxt.start]) and nxt.start - found[i].end < 4
        parents[i] = _code(_best(gazetteer.lookup(nxt.query))) if chained else None
    matches = [parents[i] and _best(gazetteer.lookup(c.query, parent=parents[i])) or _best(gazetteer.lookup(c.query))
               for i, c in enumerate(found)]
    named = {(m.legacy or m.unit).level: _code(m) for m in matches if m}
    context = [named[level] for level in ("commune", "district", "province") if level in named]
    places = []
    for c, match in zip(found, matches):
        for parent in context if match is None else ():
            if match := _best(gazetteer.lookup(c.query, parent=parent)):
                break
        places.append(_place(body, c, match))
    return places


def _best(matches: list[Match]) -> Match | None:
    """The top match when it is clearly ahead of the next one (same score for two units: ambiguous), or when the ones
    level with it are the same former unit, split between today's units ("xã Đoàn Xá", now in Kiến Hưng and Kiến
    Hải)."""
    if not matches or (len(matches) > 1 and matches[1].score >= matches[0].score
                       and not _one_former_unit(matches)):
        return None
    return matches[0]


def _one_former_unit(matches: list[Match]) -> bool:
    level = [m for m in matches if m.score >= matches[0].score]
    return matches[0].legacy is not None and all(m.legacy and m.legacy.code == matches[0].legacy.code for m in level)


def _code(match: Match | None) -> str | None:
    return None if match is None else (match.legacy or match.unit).code


def _place(body: str, c: Candidate, match: Match | None) -> dict:
    named = match and (match.legacy or match.unit)
    if named:
        name = (f"{named.kind} {named.name}" if c.numbered
                else c.spelled or _former_name(c.query, named.name) or _i_for_y(c.query, named.name) or named.name)
    else:
        name = _written_name(c.query) if not c.numbered else c.query.capitalize()
    return {"name": name, "unit_code": match.unit.code if match else None, "level": named.level if named else None,
            "legacy_code": match.legacy.code if match and match.legacy else None, "kind": named.kind if named else None,
            "text": body[c.start:c.end], "start": c.start, "end": c.end}


def _i_for_y(query: str, name: str) -> str | None:
    """The name as written when it spells a final "i" as "y" or the other way round ("già làng A Lăng Nhít ở Ga Ry" for
    the xã Ga Ri): the unit's name as the text gives it, as other spellings are kept ("Đồn Biên phòng Ia Mơr")."""
    written = _written_name(query)
    folded = _quick_key(written)
    return written if folded != _quick_key(name) and _FINAL_I.sub(_swap_i_y, folded) == _quick_key(name) else None


def _former_name(query: str, name: str) -> str | None:
    """A unit's longer former name kept as its alias, as written ("Thừa Thiên - Huế" for today's Huế), not an
    abbreviation or another spelling ("TP.HCM", "Sài Gòn", "Daklak")."""
    written = " ".join(_DASH.sub(" ", _written_name(query)).split())
    return written if _quick_key(written).endswith(" " + _quick_key(name)) else None


def _written_name(query: str) -> str:
    """The name as written, without its level word."""
    m = re.match(rf"(?:{LEVEL})\s*", query)
    return query[m.end():] if m else query


_ETHNIC_FAST = re.compile(r"[ĐđDd](?:ồng bào|ân tộc) ")
_ROUTE_FAST = re.compile(r"[CcĐđTt](?:ao tốc|ường sắt|àu [A-Z])")
_AT_FAST = without_lookbehind(_AT_RE, rf"(?<![{LOWER}{UPPER}])")
_POLICE_FAST = without_lookbehind(_POLICE_RE, r"(?<![\w.])")
_PLURAL_LEVEL_FAST = re.compile(rf"[cnhbstmCN\d](?:ác|hín|hững|ăm|ai|a|ốn|ảy|áu|ám|ười|(?<=\d)\d*) "
                                rf"(?:đơn vị (?:hành chính )?(?:cấp )?)?"
                                rf"(?:[Cc]ông an )?(?:{LEVEL})")
_ACRONYM_FAST = re.compile(r"[A-ZĐ][A-ZĐ]")
_HYPHENED_ACRONYM_FAST = re.compile(r"[A-ZĐ][A-ZĐ]{0,3}-")
_POST_FAST = re.compile(r"[ĐđTtvkCcNn](?:ồn |rạm |ùng biên giới |hu vực biên giới |ác cửa khẩu |hững cửa khẩu "
                        r"|ội CSGT |ội Cảnh sát giao thông )")
_ADDRESS_FAST = without_lookbehind(_ADDRESS_RE, rf"(?<![{LOWER}{UPPER}])")
"""Fast finders of where the scans above may match (spans.finditer_from: the same matches, without trying the slow
regex at every character). A hand-written one must match at least wherever its regex can: widen it with the regex."""
_COMMUNE_OF_HINT = re.compile(r" (?:của|thuộc) (?:huyện|thị xã|quận|thành phố) ")
_COMMA_DISTRICT_HINT = re.compile(r", (?:huyện |thị xã |quận |H\.|TX)")
"""What a text must hold for _COMMUNE_OF_RE and _COMMUNE_COMMA_DISTRICT_RE to match in it: most texts are not
scanned."""
