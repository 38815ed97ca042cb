"""References to legal and Party documents, normalised to symbol, type, number, year and issuer."""
from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

from .spans import CAP_WORD, LOW_WORD, Mask, finditer_from, fold_same_length, search_from, without_lookbehind

TYPES = {
    "Chỉ thị": "CT", "Nghị quyết": "NQ", "Kết luận": "KL", "Kế hoạch": "KH", "Quyết định": "QĐ",
    "Thông tư liên tịch": "TTLT", "Thông tư": "TT", "Nghị định": "NĐ", "Chương trình": "CTr", "Hướng dẫn": "HD",
    "Công văn": "CV", "Thông báo": "TB", "Đề án": "ĐA", "Báo cáo": "BC", "Quy định": "QĐ", "Công điện": "CĐ",
    "Pháp lệnh": "PL", "Thông tri": "TTr", "Luật": "L", "Quy chế phối hợp": "QCPH", "Quy chế": "QC",
    "Mệnh lệnh": "ML",
}
"""Type word → abbreviation used in symbols (and by the scorer's equivalence "Chỉ thị 09" = "09-CT/TW"); a police
chief's numbered command too ("Mệnh lệnh số 01 của Giám đốc Công an tỉnh")."""
ABBREVIATIONS = {abbr.upper(): name for name, abbr in TYPES.items()} | {"QĐ": "Quyết định", "QD": "Quyết định",
                                                                        "ND": "Nghị định", "CTR": "Chương trình"}
MODIFIERS = ("phối hợp", "hành động", "liên tịch", "liên ngành", "công tác", "liên bộ")
UNIT_AFTER = (r"%|(?:năm(?!\s+(?:19|20)\d\d(?!\d|\s*[-–—]\s*(?:19|20)?\d\d))|tháng|tuần|giờ|người|lần|điểm|mặt"
              r"|nội dung|nhiệm vụ|tiêu chí)\b")
"""Words after a number without "số" that make "Kế hoạch 5 năm" a duration, not a document number; not "năm" before a
year alone, the document's year ("Chỉ thị 01 năm 2015"; a period after it, "Kế hoạch 5 năm 2021-2025", stays one)."""
LAW_STOP = frozenset(("được", "đã", "có", "và", "của", "ngày", "năm", "số", "thì", "là", "với", "cho", "trong", "tại",
                      "để", "theo", "nhằm", "khi", "sẽ", "đang", "cũng", "nhưng", "vào", "từ", "do", "này", "mới",
                      "quy", "về", "các", "những", "luật", "bộ", "qua", "hoặc", "bằng", "trên", "tốt", "hơn",
                      "nghiêm"))
MAX_NAME_COMMAS = 1
"""A law's name holds one comma at most ("Luật Trật tự, an toàn giao thông đường bộ", "Luật Phòng, chống ma túy"): a
second starts the list of topics it was named in ("…, phòng chống bạo lực học đường")."""
LAW_COMMA_GLUE = ("chống", "trật")
CLAUSE_AFTER_COMMA = frozenset(("không", "chưa", "nhất", "đặc"))
"""A negation after a comma opens the next clause: "chấp hành nghiêm túc Luật Thủy sản, không sử dụng mìn, xung điện"
(no law's name goes on with "không" after its comma); so does "nhất là", "đặc biệt là" (especially …): "tuyên truyền
Luật Hòa giải cơ sở, nhất là trong vùng dân tộc thiểu số"."""
"""A comma inside a law's name: "Luật Phòng, chống ma túy", "... an ninh, trật tự ở cơ sở", "Thi đua, khen thưởng"
(a lower-case word after the comma goes on; a capitalised one starts the next item: "Luật Biên giới quốc gia, Hiệp
định"). A name written in lower case goes on past a comma only before these words: "Luật hòa giải, địa bàn tỉnh …"
ends at the comma."""

NAMES_ONLY = frozenset(("chỉ thị", "nghị định", "nghị quyết", "thông tư", "thông tư liên tịch"))
"""Type words that name nothing but a document, in lower case too: a number after them is its number ("tỉnh ta đã có
chỉ thị 46 tiến hành việc thành lập các tổ", "điều 10 nghị định 282/2025"); not "quyết định 7 vị trí" (the verb
"decide"), "kế hoạch 5" or "hướng dẫn 3 hộ" (a plan, to guide), which a number after them does not make a document."""
_TYPE = "|".join(sorted([*TYPES, *(t[0].lower() + t[1:] for t in TYPES)], key=len, reverse=True))
"""A type word capitalised, or in lower case when "số" or a zero-padded number follows it: "chương trình phối hợp số
11", "đề án 06" (an official number's leading zero), not "kế hoạch 5"."""
_NUM = r"(?P<num>\d\d{0,4}[a-z]?)"  # not \d{1,5}: a first digit lets the scan skip ahead
_CODE = r"(?P<code>[A-ZĐ][A-ZĐa-zđ]*\d*(?:\s?[-/]\s?[A-ZĐ][A-ZĐa-zđ0-9]*)*)"
SYMBOL = rf"{_NUM}(?:/(?P<year>(?:19|20)\d{{2}}))?\s?(?P<sep>[-/])\s?{_CODE}(?![\w-])"
_GLUED_NO = r"(?:(?<![\w/.-])|(?<=[Ss]ố))"
_SYMBOL_RE = re.compile(rf"{_GLUED_NO}{SYMBOL}")
"""A symbol alone, "số" glued to it by a lost space too ("quyết định số1093- QĐ-ĐHV")."""
_ATTACHED_RE = re.compile(rf"(?<![\w.-])[a-z]{{1,4}}[-_](?={SYMBOL}\.(?:signed|pdf|docx?)(?!\w))")
_BARE_SYMBOL_RE = re.compile(SYMBOL)
"""An attached file named by its symbol after a short prefix, as an office system signs it: "di-269-KH-UBND.signed"
(an outgoing paper, "đi"), "1520-QĐ-UBND.signed.pdf"."""
_ATTACHED_FAST = re.compile(r"\.(?:signed|pdf|docx?)(?!\w)")
_ABBREVIATED_TYPE_RE = re.compile(rf"(?<!\w)(?P<abbr>NĐ|NQ|QĐ|CT|KH|TT)\s+{SYMBOL}")
"""A type written as its abbreviation before a symbol whose code does not say it: "NĐ 36/CP"."""
_TYPED_RE = re.compile(
    rf"(?<!\w)(?P<type>{_TYPE})(?:\s+(?P<mod>{'|'.join(MODIFIERS)}))?(?:\s+\([A-ZĐ]{{2,6}}\))?(?P<no>\s+số)?\s*:?\s+"
    rf"(?:{SYMBOL}|(?P<bare>\d{{1,5}})(?:/(?P<bare_year>(?:19|20)\d{{2}})(?![\w/-]))?(?![\d/,.:]\d|\d|\+)"
    rf"(?(no)|(?!\s*(?:{UNIT_AFTER}))))"
)
"""A type word and its symbol, or a bare number; a number and a year with no code is cited short: "Thông tư 15/2010 của
Bộ Công an" (Thông tư 15 of 2010); not a clock after the type word (a section "Pháp luật 07:47" over the page's date)."""
_PAPER_RE = re.compile(rf"(?<!\w)(?P<type>[Vv]ăn bản)\s+số\s+(?:{SYMBOL}|(?P<bare>\d{{1,5}})(?![\w/,.:-]\w|[\w+]))")
"""A paper cited by "văn bản số" and its symbol is a document whatever its code says: "văn bản số 4763/UBND-NC"; so is
one cited by its number alone ("theo Văn bản số 2294 ngày 26/9/2025": "số" says the number is the paper's)."""
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[,.;:)]|$)", re.MULTILINE)
"""A bare number closing its clause after a type word in lower case counts nothing after it: it is the document's
("triển khai kế hoạch 115, xây dựng …"), unlike "kế hoạch 800 giường bệnh" or "hướng dẫn 17 tổ"."""
_YEAR = re.compile(r"(?:19|20)\d{2}")
"""A year right after a type word, with no "số", dates a document cited without its number: "Chỉ thị 2015 của Thủ
tướng" (the border directive 01/CT-TTg of 2015), not "Quyết định số 2015"."""
_ACRONYM = r"[A-ZĐ]{2,6}(?![\w])"
"""(The typed pattern also passes over the type's abbreviation in brackets: "Nghị quyết liên tịch (NQLT) số 01/TW".)"""
"""An abbreviation inside a law's name: "… bảo vệ ANTT cơ sở"."""
_LAW_RE = re.compile(
    rf"(?<!\w)(?P<type>Bộ luật|Luật|Pháp lệnh(?=\s+{CAP_WORD})|(?<!pháp )(?<!Pháp )luật(?=\s+{CAP_WORD}\s+{LOW_WORD}))"
    rf"[^\S\n]+(?P<name>(?:{CAP_WORD}|{LOW_WORD})(?:,?[^\S\n]+(?:{CAP_WORD}|{LOW_WORD}|{_ACRONYM})){{0,14}})")
"""A law's name stays on its line: a title closing on "dự án Luật" is followed by no name ("… dự án Luật" / "Câu 1.
…")."""
_QUY_DINH = re.compile(r"\s+định(?!\w)")
""""quy" ends a law's name as the verb "quy định" ("Luật X quy định …"), not in "văn bản quy phạm pháp luật"."""
_AMENDING_RE = re.compile(r"[Ss]ửa đổi(?:,?\s+bổ sung)?(?:\s+(?:một số|một|các)\s+điều(?:\s+luật)?)?\s+(?:của\s+)?"
                          r"(?=(?:Bộ luật|Luật)\s)")
"""An amending law is named with the law it amends: "Luật sửa đổi, bổ sung một số điều của Luật Giao thông đường bộ",
"Luật sửa đổi, bổ sung Luật An ninh quốc gia", its first word capitalised too ("Luật Sửa đổi, bổ sung …")."""
_AMENDED_TOO = re.compile(r"[ \t]+và[ \t]+(?=(?:Bộ luật|Luật)[ \t])")
"""An amending law's title names each law it amends: "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và
Luật Tổ chức chính quyền địa phương" is one law."""
_JOINING_VERB = re.compile(r"(?:kết hợp|gắn với|gắn liền với)(?!\w)")
"""A verb that joins another task ends a law's name: "tuyên truyền Luật Trật tự ATGT kết hợp triển khai mô hình"."""
NOT_LAW_NAMES = frozenset(("sư", "pháp", "lệ", "định", "chơi", "gia", "học", "phát", "tục", "rừng", "liên"))
"""Words after "Luật" that make a common noun ("Luật sư", "Luật pháp"), not a law's name written in lower case; laws
in general by their subject ("văn bản Luật liên quan đến phụ nữ, trẻ em") neither."""
MIN_LOWER_NAME_WORDS = 2
"""A law name written in lower case ("Luật hòa giải", "Luật lực lượng tham gia bảo vệ ANTT cơ sở") is this long at
least."""
_SCHOOL_BEFORE = re.compile(r"(?:[Tt]rường|[Tt]rung cấp|[Cc]ao đẳng|[Đđ]ại học|[Kk]hoa|[Hh]ọc viện)\s+$")
"""A school of law named after its town ("Trường Trung cấp Luật Vị Thanh", "Đại học Luật Hà Nội") is no law."""
_CONVENTION_ON = re.compile(r"(?<!\w)[Cc]ông ước(?!\w)(?:[^.;:\n“”]{0,60}\svề)?\s+$")
CONVENTION_REACH = 80
"""The law a convention is about ("Công ước của Liên Hợp Quốc về Luật Biển năm 1982": the law of the sea), or named right
after it ("Công ước Luật Biển 1982"), is its subject, international law, no Vietnamese law."""
_BRACKETED_ABBREVIATION = r"(?:\s+\([A-Za-z]{2,6}\))?,?\s*"
"""An abbreviation in brackets inside a known title is part of the name as written: "Luật Biên phòng (BP) Việt Nam";
a space between two of its words may be lost ("Hội đồng nhân dân và Uỷban nhân dân")."""
_LAW_TITLES = json.loads((Path(__file__).parent / "data" / "laws.json").read_text(encoding="utf-8"))["titles"]
_KNOWN_LAW_RE = re.compile("(?:" + "|".join(
    _BRACKETED_ABBREVIATION.join(re.escape(word) for word in fold_same_length(title).replace(",", "").split())
    for title in sorted(_LAW_TITLES, key=len, reverse=True)) + r")(?!\w)")
"""A law named by a known title (data/laws.json), matched on the folded text, a comma of the title optional: the name
ends where the title ends, over a comma or "và" of the title, and not past it."""
KNOWN_TITLE_REACH = max(map(len, _LAW_TITLES)) + 20
ISSUER_ONLY_SYMBOLS = {"Nghị định": "CP"}
CENTRAL_ISSUERS = frozenset(("CP", "TW", "TTg"))
"""Codes naming the Government, the Party's Central Committee, the Prime Minister: a symbol of theirs written with the
issuer alone is a short citation whose type the type word before it gives."""
"""A type whose official symbol of old named its issuer alone: the Government's decrees of the 1990s, "Nghị định
26/CP" (today "…/2023/NĐ-CP"), kept as written; "Nghị quyết 09/CP" is a short citation of 09/1998/NQ-CP."""


def find_documents(body: str) -> list[dict]:
    """Document references, one per document (first offset), merged over mentions with and without symbol. A paper's
    own number is one of them, on its letterhead's "Số:" line ("Số: 27/KH-UBND"), in its title or in a legal
    database's "Số hiệu" row, like the papers it cites."""
    found = [_doc(m, None, _capitalised(m["type"]), m["bare"], m["bare_year"], None) if m["bare"]
             else _from_symbol(m, _capitalised(m["type"]), typed=not m["mod"] and (not m["no"] or _central_issuer(m)))
             for m in finditer_from(_TYPED_RE, _TYPED_FAST, body)
             if (m["type"][0].isupper() or m["no"] or (m["bare"] or "").startswith("0") or m["type"] in NAMES_ONLY
                 or m["bare"] and _CLAUSE_ENDS.match(body, m.end()))
             and not (m["bare"] and not m["no"] and _YEAR.fullmatch(m["bare"]))]
    found += [_from_symbol(m, ABBREVIATIONS[m["abbr"]])
              for m in finditer_from(_ABBREVIATED_TYPE_RE, _ABBREVIATED_TYPE_FAST, body)
              if not _abbreviation(m["code"])]
    found += [_doc(m, None, "Văn bản", m["bare"], None, None) if m["bare"] else _from_symbol(m, m["type"])
              for m in finditer_from(_PAPER_RE, _PAPER_FAST, body)]
    typed = Mask((d["start"], d["end"]) for d in found)
    found += [_from_symbol(m, None) for m in finditer_from(_SYMBOL_RE, _SYMBOL_FAST, body)
              if not typed.hits(m.start(), m.end()) and _abbreviation(m["code"])]
    found += _attached(body)
    found += _constitutions(body)
    found += _quoted_agreements(body)
    found += _laws(body)
    found += _acronym_laws(body)
    named = Mask((d["start"], d["end"]) for d in found)
    found += [law for m in finditer_from(_SUBJECT_LAW_RE, _SUBJECT_LAW_FAST, body) if not named.hits(m.start(), m.end())
              and (law := _subject_law(m))]
    found.sort(key=lambda d: d["start"])
    numbered = {_key(law): _key(doc) for law, doc in zip(found, found[1:])
                if law["number"] is None and doc["symbol"] and law["end"] <= doc["start"]
                and _NUMBER_OF_NAMED.fullmatch(body, law["end"], doc["start"])}
    amended = []
    for doc, law in zip(found, found[1:]):
        if doc["symbol"] and law["number"] is None and doc["end"] <= law["start"] \
                and _NAME_OF_NUMBERED.fullmatch(body, doc["end"], law["start"]):
            numbered[_key(law)] = _key(doc)
            if amending := _AMENDING_RE.match(body, law["start"] + len(law["type"]) + 1):
                amended += _laws(body[:law["end"]], amending.end())
    return _merge(sorted(found + amended, key=lambda d: d["start"]), numbered)


_NAME_OF_NUMBERED = re.compile(r"[ \t]*[-–:][ \t]*")
"""A law's number with its title after a dash is one document, listed by its number: "Luật số 23/2023/QH15 - Luật sửa
đổi, bổ sung một số điều của Luật Xuất cảnh, nhập cảnh … và Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước
ngoài tại Việt Nam"; the laws an amending law so numbered names are then listed each on its own (117-05), as laws
named beside their amending law are (a name that is numbered elsewhere merges into that number)."""


_NUMBER_OF_NAMED = re.compile(r"[ \t]*(?:\([ \t]*|,[ \t]*(?=số))?(?:số[ \t]*)?")
"""A law named and numbered at once is the numbered document, wherever else its name alone is written: "Luật Lực lượng
tham gia bảo vệ an ninh, trật tự ở cơ sở số 30/2023/QH15" is 30/2023/QH15 (the symbol is listed when the text gives
it); so is one whose number follows its name after a comma and "số" ("Luật …, số 30/2023/QH15")."""
_NAME_SPELLINGS = {"antt": "an ninh trat tu", "antq": "an ninh to quoc", "atgt": "an toan giao thong",
                   "pccc": "phong chay chua chay"}
_NAME_WORD = re.compile(r"\w+")
_BRACKETED_IN_NAME = re.compile(r"\s*\([A-ZĐ]{2,6}\)")
"""An abbreviation in brackets after the words it stands for: not part of the law's name ("an ninh, trật tự (ANTT) ở
cơ sở")."""


def _central_issuer(m: re.Match) -> bool:
    """After "số" the type word goes into a symbol only when its code names a central issuer alone ("Nghị quyết số
    09/CP", "Chỉ thị số 05/TW"): a local office's dispatch keeps its code ("Công văn số 6519/UBND")."""
    return re.sub(r"\s", "", m["code"] or "") in CENTRAL_ISSUERS


def _capitalised(type_word: str) -> str:
    return type_word[0].upper() + type_word[1:]


def _from_symbol(m: re.Match, type_word: str | None, typed: bool = False) -> dict:
    """typed: the type word right before a symbol whose code names only the issuer is part of the symbol, a short
    citation of the official one: "Nghị quyết 09/CP" is 09/NQ-CP (not "Nghị quyết liên tịch (NQLT) số 01/TW")."""
    code = re.sub(r"\s", "", m["code"])
    abbr = _abbreviation(code)
    if typed and not abbr and not m["year"] and m["sep"] == "/" and type_word in TYPES \
            and ISSUER_ONLY_SYMBOLS.get(type_word) != code:
        code = f"{TYPES[type_word]}-{code}"
        abbr = TYPES[type_word]
    parts = re.split(r"[-/]", code)
    type_name = type_word or ABBREVIATIONS.get(abbr.upper(), abbr)
    issuer = "-".join(parts[1:]) if abbr else code
    if abbr and abbr.upper().startswith("QH"):
        type_name, issuer = type_word or "Luật", code
    symbol = f"{m['num']}/{m['year']}/{code}" if m["year"] else f"{m['num']}{m['sep']}{code}"
    return _doc(m, symbol, type_name, m["num"], m["year"], issuer or None)


def _attached(body: str) -> list[dict]:
    """Documents attached as files named by their symbols (see _ATTACHED_RE)."""
    if not _ATTACHED_FAST.search(body):
        return []
    return [_from_symbol(sm, None) for m in _ATTACHED_RE.finditer(body)
            if (sm := _BARE_SYMBOL_RE.match(body, m.end())) and _abbreviation(sm["code"])]


_CONSTITUTION_RE = re.compile(r"(?<!\w)Hiến pháp(?:\s+nước\s+(?i:cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa|CHXHCN)"
                              r"\s+Việt\s+Nam(?:\s+năm\s+(?:19|20)\d\d)?|\s+năm\s+(?:19|20)\d\d)(?!\d)")
"""The Constitution named by its country or its year ("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Hiến pháp
năm 2013"); not "Hiến pháp và pháp luật", the Constitution and the laws in general."""


_AMENDED_CONSTITUTION_RE = re.compile(r"(?<!\w)(?:sửa đổi(?:,?\s+bổ sung)?|[Dd]ự thảo)\s+(?P<name>Hiến pháp)(?!\w)")
"""The Constitution as the text being amended, named bare: "góp ý sửa đổi, bổ sung Hiến pháp" (the amendment put to
the people); not where the text names it by its year or country ("sửa đổi Hiến pháp năm 2013" … "góp ý sửa đổi Hiến
pháp trên VNeID" is the 2013 Constitution)."""


_QUOTED_AGREEMENT_RE = re.compile(r"“(?P<name>(?P<type>Thỏa thuận|Thoả thuận|Hiệp định|Hiệp ước|Công ước"
                                  r"|Nghị định thư)[ \t]+[^“”\n]{5,160}?)”")
"""An agreement between states given by its title in quotes ("việc thực hiện “Thỏa thuận giải quyết vấn đề di cư tự do
và kết hôn không giá thú trong vùng biên giới” giữa Chính phủ hai nước"): a document named without a number. Bare, the
same words are also a treaty told of in passing (“ký Hiệp định Genève”), which the corpus leaves out."""


def _quoted_agreements(body: str) -> list[dict]:
    if "“" not in body:
        return []
    return [{"symbol": None, "type": m["type"], "number": None, "year": None, "issuer": None, "name": m["name"],
             "text": m["name"], "start": m.start("name"), "end": m.end("name")}
            for m in _QUOTED_AGREEMENT_RE.finditer(body)]


def _constitutions(body: str) -> list[dict]:
    found = [_constitution(m, 0) for m in _CONSTITUTION_RE.finditer(body)]
    if not found and "Hiến pháp" in body and (m := _AMENDED_CONSTITUTION_RE.search(body)):
        found.append(_constitution(m, "name"))
    return found


def _constitution(m: re.Match, group) -> dict:
    return {"symbol": None, "type": "Hiến pháp", "number": None, "year": None, "issuer": None, "name": m.group(group),
            "text": m.group(group), "start": m.start(group), "end": m.end(group)}


def _abbreviation(code: str) -> str | None:
    """The type abbreviation a symbol's code starts with: "KL/TW" → "KL", "TT-BTC" → "TT", "QH15" → "QH15"."""
    first = re.split(r"[-/]", re.sub(r"\s", "", code))[0]
    return first if first.upper() in ABBREVIATIONS or re.fullmatch(r"QH\d+", first) else None


def _doc(m: re.Match, symbol, type_name, number, year, issuer) -> dict:
    return {"symbol": symbol, "type": type_name, "number": number, "year": int(year) if year else None,
            "issuer": issuer, "name": f"{type_name} {symbol or number}", "text": m.group(),
            "start": m.start(), "end": m.end()}


def _laws(body: str, pos: int = 0) -> list[dict]:
    """Each law named without a number from pos on, the next one searched from the end of a name (not of the regex's
    reach): "Luật Phổ biến, giáo dục pháp luật và Luật Đất đai"."""
    laws = []
    while m := search_from(_LAW_RE, _LAW_FAST, body, pos):
        law = _law(body, m)
        if law:
            laws.append(law)
        pos = law["end"] if law else m.end("type")
    return laws


def _law(body: str, m: re.Match) -> dict | None:
    """A law named without a number: the capitalised name up to a function word or a clause comma; an amending law
    runs on over the name of the law it amends."""
    end, lower, previous, commas = m.start("name"), body[m.start("name")].islower(), "", 0
    for word in re.finditer(r"(,?)\s*([^\s,]+)", body[m.start("name"):m.end()]):
        glued, token = word.group(1), word.group(2).rstrip(",")
        stop = (token.lower() in LAW_STOP and token != "bộ"  # "đường bộ" goes on, "Bộ Công an" does not
                and not (token.lower() == "luật" and previous == "pháp")  # "… quy phạm pháp luật"
                and not (token.lower() == "quy" and not _QUY_DINH.match(body, m.start("name") + word.end(2)))
                or _JOINING_VERB.match(body, m.start("name") + word.start(2)))
        if word.start() and (stop or glued and (token[0].isupper() or lower) and not token.lower().startswith(LAW_COMMA_GLUE)
                             or glued and (commas >= MAX_NAME_COMMAS or token.lower() in CLAUSE_AFTER_COMMA)):
            break
        commas += bool(glued)
        end, previous = m.start("name") + word.start(2) + len(token), token.lower()
    if known := _KNOWN_LAW_RE.match(fold_same_length(body[m.start():m.start() + KNOWN_TITLE_REACH])):
        end = m.start() + known.end()
    end = _paired_kind_end(body, m.start("name"), end)
    if (amending := _AMENDING_RE.match(body, m.start("name"))) and end <= amending.end() \
            and (amended := _LAW_RE.match(body, amending.end())) and (law := _law(body, amended)):
        end = law["end"]
        while "điều" in amending.group() and (joined := _AMENDED_TOO.match(body, end)) \
                and (amended := _LAW_RE.match(body, joined.end())) and (law := _law(body, amended)):
            end = law["end"]
    name = body[m.start("name"):end]
    if end == m.start("name") or name.lower().startswith("số") or _SCHOOL_BEFORE.search(body, max(0, m.start() - 12),
                                                                                        m.start()) \
            or _CONVENTION_ON.search(body, max(0, m.start() - CONVENTION_REACH), m.start()):
        return None
    if not known and name[0].islower() and (name.split()[0] in NOT_LAW_NAMES or name.split()[0] in LAW_STOP
                              or len(name.split()) < MIN_LOWER_NAME_WORDS):
        return None
    return {"symbol": None, "type": m["type"], "number": None, "year": None, "issuer": None,
            "name": body[m.start():end], "text": body[m.start():end], "start": m.start(), "end": end}


_PAIRED_KIND = re.compile(r"[ \t]?[-–][ \t]?(?P<head>\w+)[ \t]\w+")
"""A second kind of the name's last head word after a dash: "Luật giao thông đường bộ - đường sắt" (roads and
railways); not an apposition ("Luật … ở cơ sở – lực lượng được hình thành …")."""


def _paired_kind_end(body: str, start: int, end: int) -> int:
    """The end of a law's name run on over a paired kind after a dash (`_PAIRED_KIND`)."""
    words = body[start:end].split()
    pair = _PAIRED_KIND.match(body, end)
    return pair.end() if pair and len(words) > 1 and pair["head"].lower() == words[-2].lower() else end


_ACRONYM_LAW_RE = re.compile(rf"(?<!\w)(?P<name>Luật[ \t](?:{'|'.join(_NAME_SPELLINGS).upper()}))(?!\w|[.\-/&]\w)"
                             rf"(?:[ \t]+(?P<next>\w+))?")
"""A law named by the abbreviation of its subject alone, one that the names' key spells out (`_NAME_SPELLINGS`):
"chấp hành quy định của Luật PCCC", "Luật ATGT và …"; not an abbreviation opening a longer name ("Luật ATGT Việt
Nam", "Luật PCCC đường bộ"): only a word that ends a law's name (`LAW_STOP`) may follow it."""


def _acronym_laws(body: str) -> list[dict]:
    if "Luật " not in body:
        return []
    return [{"symbol": None, "type": "Luật", "number": None, "year": None, "issuer": None, "name": m["name"],
             "text": m["name"], "start": m.start(), "end": m.end("name")} for m in _ACRONYM_LAW_RE.finditer(body)
            if not m["next"] or m["next"].lower() in LAW_STOP]


_SUBJECT_LAW_RE = re.compile(r"(?<!\w)(?P<type>Pháp lệnh|Bộ luật|Luật) về(?P<subject>(?:[ \t]+[^\s,.;:()“”\"]+){1,14})")
"""A law or ordinance named by its subject, without a number: "Pháp lệnh về tổ chức và hoạt động hoà giải ở cơ sở"; the
subject runs to the clause's end or a function word ("của", "đã"), "và" inside it."""


def _subject_law(m: re.Match) -> dict | None:
    words = m["subject"].split()
    kept = list(itertools.takewhile(lambda w: w.lower() == "và" or w.lower() not in LAW_STOP, words))
    while kept and kept[-1].lower() == "và":
        kept.pop()
    if len(kept) < MIN_LOWER_NAME_WORDS:
        return None
    end = m.start("subject")
    for word in kept:
        end = m.string.index(word, end) + len(word)
    name = m.string[m.start():end]
    return {"symbol": None, "type": m["type"], "number": None, "year": None, "issuer": None, "name": name, "text": name,
            "start": m.start(), "end": end}


def _key(doc: dict) -> tuple:
    if doc["number"] is None:  # one law in its spellings: "… bảo vệ ANTT ở cơ sở", "… an ninh, trật tự (ANTT) ở cơ sở"
        name = _BRACKETED_IN_NAME.sub("", doc["name"])
        return ("name", " ".join(_NAME_SPELLINGS.get(w, w) for w in _NAME_WORD.findall(fold_same_length(name))))
    return (TYPES.get(doc["type"], doc["type"]).upper(), int(re.sub(r"\D", "", doc["number"]) or 0))


def _merge(docs: list[dict], numbered: dict[tuple, tuple] | None = None) -> list[dict]:
    """One entry per key at its first offset; symbol, year and issuer filled from a later, fuller mention; a law's name
    written out in full rather than abbreviated ("ANTT"); names numbered somewhere (numbered: name key → number key)
    merged into their number."""
    merged: dict[tuple, dict] = {}
    for doc in docs:
        key = _key(doc)
        first = merged.setdefault((numbered or {}).get(key, key), {**doc, "occurrences": []})
        first["occurrences"].append([doc["start"], doc["end"]])
        if first["symbol"] is None and doc["symbol"]:
            fields = ("symbol", "year", "issuer", "name") + (("type", "number") if first["number"] is None else ())
            first.update({f: doc[f] for f in fields})
        elif first["number"] is None and doc["number"] is None and len(doc["name"]) > len(first["name"]):
            first.update({f: doc[f] for f in ("name", "text")})
    return list(merged.values())


def _by_first_letter(words: list[str]) -> str:
    """The words as an alternation grouped by their first letter ("C(?:hỉ thị|ông văn)|…"): the same words, which the
    engine tries faster than one long alternation."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


_TYPED_FAST = re.compile(without_lookbehind(_TYPED_RE, r"(?<!\w)").pattern.replace(
    f"(?P<type>{_TYPE})", f"(?P<type>{_by_first_letter(_TYPE.split('|'))})", 1))
_ABBREVIATED_TYPE_FAST = without_lookbehind(_ABBREVIATED_TYPE_RE, r"(?<!\w)")
_SYMBOL_FAST = without_lookbehind(_SYMBOL_RE, _GLUED_NO)
_PAPER_FAST = re.compile(r"[Vv]ăn bản\s")
_SUBJECT_LAW_FAST = without_lookbehind(_SUBJECT_LAW_RE, r"(?<!\w)")
_LAW_FAST = re.compile(r"(?:Bộ luật|Luật|Pháp lệnh|luật)\s")
"""Fast finders of where the scans above may match (spans.finditer_from: the same matches, without trying the slow
regex at every character). A hand-written one must match at least wherever its regex can: widen it with the regex."""
