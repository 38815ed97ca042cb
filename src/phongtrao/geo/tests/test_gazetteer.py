"""The in-memory gazetteer: shipped counts, spellings, crosswalk and ambiguity (no database, no Django)."""
from collections import Counter

import pytest

from phongtrao.geo.gazetteer import Gazetteer, Match, fold
from phongtrao.geo.names import canonical, key, tokens


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def kinds(gaz, level, current=True):
    return Counter(u.kind for u in gaz.units(current=current) if u.level == level)


class TestCounts:
    def test_current(self, gaz):
        assert sum(kinds(gaz, "province").values()) == 34
        assert kinds(gaz, "commune") == {"Xã": 2621, "Phường": 687, "Đặc khu": 13}

    def test_legacy(self, gaz):
        assert sum(kinds(gaz, "province", current=False).values()) == 63
        assert kinds(gaz, "district", current=False) == {"Huyện": 509, "Thành phố": 86, "Thị xã": 52, "Quận": 49}
        assert kinds(gaz, "commune", current=False) == {"Xã": 7717, "Phường": 1716, "Thị trấn": 618}

    def test_meta_and_codes(self, gaz):
        assert gaz.meta["effective_from"] == "2025-07-01" and gaz.meta["legacy_valid_to"] == "2025-06-30"
        assert {s["package"] for s in gaz.meta["sources"]} == {"vietnam-provinces", "vietnamadminunits"}
        width = {"province": 2, "district": 3, "commune": 5}
        for current in (True, False):
            assert all(len(u.code) == width[u.level] and u.code.isdigit() for u in gaz.units(current=current))

    def test_names_without_level_word(self, gaz):
        assert gaz.get("760", current=False).name == "1"
        assert all(u.full_name == f"{u.kind} {u.name}" for u in gaz.units())

    def test_current_units_have_coordinates(self, gaz):
        assert all(u.lat and u.lon for u in gaz.units())

    def test_unmapped_legacy_communes(self, gaz):
        unmapped = [u for u in gaz.units(current=False) if u.level == "commune" and not gaz.successors(u.code)]
        assert len(unmapped) == 28


SPELLINGS = [
    # (text, current code of the first match, legacy code it named or None)
    ("TP.HCM", "79", None),
    ("TPHCM", "79", None),
    ("TP. HCM", "79", None),
    ("tp.hcm", "79", None),
    ("HCM", "79", None),
    ("Sài Gòn", "79", None),
    ("TP Hồ Chí Minh", "79", None),
    ("Thành phố Hồ Chí Minh", "79", None),
    ("Ho Chi Minh", "79", None),
    ("thanh pho ho chi minh", "79", None),
    ("Thủ đô Hà Nội", "01", None),
    ("Hà Nội", "01", None),
    ("ha noi", "01", None),
    ("HN", "01", None),
    ("tỉnh Bình Thuận", "68", "60"),
    ("T. Bình Thuận", "68", "60"),
    ("Binh Thuan", "68", "60"),
    ("Bình Dương", "79", "74"),
    ("tinh Binh Duong", "79", "74"),
    ("Bà Rịa - Vũng Tàu", "79", "77"),
    ("Bà Rịa – Vũng Tàu", "79", "77"),
    ("BR-VT", "79", "77"),
    ("Hòa Bình", "25", "17"),
    ("Hoà Bình", "25", "17"),
    ("tỉnh Hòa Bình", "25", "17"),
    ("Thanh Hoá", "38", None),
    ("Thanh Hóa", "38", None),
    ("Thừa Thiên Huế", "46", None),
    ("Đắk Lắk", "66", None),
    ("Daklak", "66", None),
    ("Đắk Nông", "68", "67"),
    ("tỉnh Quảng Nam", "48", "49"),
    ("Hậu Giang", "92", "93"),
    ("tỉnh Tiền Giang", "82", "82"),
    ("Quận 11", "79", "772"),
    ("Q.11", "79", "772"),
    ("Q11", "79", "772"),
    ("quan 11", "79", "772"),
    ("Quận 1", "79", "760"),
    ("Q1", "79", "760"),
    ("Q. 01", "79", "760"),
    ("Quận Ba Đình", "01", "001"),
    ("H. Củ Chi", "79", "783"),
    ("huyện Củ Chi", "79", "783"),
    ("TX. Bến Cát", "79", "721"),
    ("thị xã Bến Cát", "79", "721"),
    ("Thành phố Thủ Đức", "79", "769"),
    ("TP Thủ Đức", "79", "769"),
    ("thị xã Phú Mỹ", "79", "754"),
    ("huyện Côn Đảo", "26732", "755"),
    ("P. Bến Thành", "26743", None),
    ("P.Bến Thành", "26743", None),
    ("Phường Bến Thành", "26743", None),
    ("phuong ben thanh", "26743", None),
    ("ben thanh", "26743", None),
    ("Phường Sài Gòn", "26740", None),
    ("Phường Ba Đình", "00004", None),
    ("đặc khu Phú Quốc", "31078", None),
    ("Đặc khu Côn Đảo", "26732", None),
    ("Phường Phúc Xá", "00097", "00001"),
    ("P. Phúc Xá, Q. Ba Đình, HN", "00097", "00001"),
    ("Phường 5, Quận 3", "27154", "27151"),
    ("Phường 5 Quận 3 TP HCM", "27154", "27151"),
    ("Phường 05, Q.3", "27154", "27151"),
    ("Phường Tân Định, Quận 1", "26737", None),
    ("Phường Đa Kao, Quận 1", "26737", "26737"),
    ("Bến Thành, Quận 1", "26743", None),
    ("Phú Quốc, Kiên Giang", "31078", None),
    ("X. Tân Thông Hội", "27553", "27556"),
    ("xã Tân Thông Hội", "27553", "27556"),
    ("Thị trấn Củ Chi, Huyện Củ Chi", "27496", "27496"),
    ("TT. Củ Chi, H. Củ Chi", "27496", "27496"),
    ("Phường 4, Thành phố Tân An", "27694", "27691"),
    ("Xã Quan Sơn, Thanh Hóa", "15016", None),
    ("123 Lê Lợi, P. Bến Thành, Q.1, TP.HCM", "26743", None),
]


@pytest.mark.parametrize(("text", "code", "legacy"), SPELLINGS)
def test_spellings(gaz, text, code, legacy):
    first = gaz.lookup(text)[0]
    assert first.unit.code == code and first.unit.is_current
    assert (first.legacy.code if first.legacy else None) == legacy
    if legacy is not None:
        assert not first.legacy.is_current


class TestFormerUnits:
    """Units dissolved or renamed before the legacy list, from older releases of the same package."""

    def test_resolve_through_the_unit_that_took_them_over(self, gaz):
        first = gaz.lookup("huyện Đất Đỏ")[0]  # merged with Long Điền into Long Đất (code 753) in 2024
        assert (first.unit.code, first.legacy.code, first.legacy.full_name) == ("79", "former:753", "Huyện Đất Đỏ")
        first = gaz.lookup("xã Chánh Hội")[0]  # merged into thị trấn Cái Nhum (29641)
        assert (first.unit.code, first.legacy.name, first.legacy.level) == ("29641", "Chánh Hội", "commune")
        assert gaz.lookup("xã Chánh Hội", parent="86")[0].unit.code == "29641"

    def test_kept_apart_from_the_legacy_list(self, gaz):
        former = list(gaz.former_units())
        assert len(former) > 800 and all(u.code.startswith("former:") and not u.is_current for u in former)
        assert not any(u.code.startswith("former:") for u in gaz.units(current=False))

    def test_legacy_name_before_a_former_one(self, gaz):
        assert gaz.lookup("Huyện Long Đất")[0].legacy.code == "753"


class TestScores:
    def test_exact_beats_folded(self, gaz):
        assert gaz.lookup("Hồ Chí Minh")[0].score > gaz.lookup("Ho Chi Minh")[0].score
        assert gaz.lookup("Xã Phù Mỹ")[0].unit.name == "Phù Mỹ"
        assert gaz.lookup("Xã Phú Mỹ")[0].unit.name == "Phú Mỹ"

    def test_province_before_commune_without_level_word(self, gaz):
        matches = gaz.lookup("Sài Gòn")
        assert [m.unit.code for m in matches[:2]] == ["79", "26740"]
        assert gaz.lookup("Phường Sài Gòn")[0].unit.code == "26740"

    def test_current_before_legacy_for_same_text(self, gaz):
        first = gaz.lookup("Phường Bến Thành")[0]
        assert first.legacy is None and first.score == 1.0

    def test_scores_in_range_and_sorted(self, gaz):
        matches = gaz.lookup("An Phú", limit=20)
        assert len(matches) > 10 and all(0 <= m.score <= 1 for m in matches)
        assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)

    def test_unknown_text(self, gaz):
        assert gaz.lookup("Paris") == [] and gaz.lookup("") == [] and gaz.lookup(" , ") == []

    def test_fuzzy_fallback(self, gaz):
        first = gaz.lookup("Hồ Chí Mnh")[0]
        assert first.unit.code == "79" and first.score < 0.9

    def test_match_is_frozen_and_cached_results_are_copies(self, gaz):
        matches = gaz.lookup("Quận 11")
        assert isinstance(matches[0], Match) and matches[0].matched == "11"
        matches.clear()
        assert gaz.lookup("Quận 11")
        with pytest.raises(AttributeError):
            gaz.lookup("Quận 11")[0].score = 0


class TestCrosswalk:
    def test_hcmc_ward_kept_its_name_and_code(self, gaz):
        assert gaz.successors("26743") == [(gaz.get("26743"), False)]

    def test_legacy_provinces_merged_into_hcmc(self, gaz):
        for code in ("74", "77", "79"):
            assert gaz.successors(code) == [(gaz.get("79"), False)]
        absorbed = {u.code for u, partial in gaz.predecessors("79") if u.level == "province"}
        assert absorbed == {"74", "77", "79"}

    def test_split_commune(self, gaz):
        assert sorted((u.code, partial) for u, partial in gaz.successors("26737")) == [("26737", True), ("26740", True)]
        assert {m.unit.code for m in gaz.lookup("Phường Đa Kao")} == {"26737", "26740"}
        assert all(m.legacy.code == "26737" for m in gaz.lookup("Phường Đa Kao"))

    def test_predecessors_of_a_current_ward(self, gaz):
        assert sorted((u.code, p) for u, p in gaz.predecessors("26743")) == [
            ("26743", False), ("26746", True), ("26749", False), ("26752", True),
        ]

    def test_districts_go_to_provinces(self, gaz):
        assert gaz.successors("772") == [(gaz.get("79"), False)]
        assert {u.code for u, _ in gaz.successors("755")} == {"79", "26732"}

    def test_unmapped_commune_resolves_to_its_province(self, gaz):
        first = gaz.lookup("Phường 14, Quận Bình Thạnh")[0]
        assert first.unit.code == "79" and first.legacy.code == "26935"

    def test_children(self, gaz):
        assert len(gaz.children("79")) == 168
        assert {u.code for u in gaz.children("79", current=False)} >= {"760", "772", "769"}
        assert "26743" in {u.code for u in gaz.children("760", current=False)}
        assert gaz.get("760") is None and gaz.get("760", current=False).full_name == "Quận 1"


class TestAmbiguity:
    def test_same_name_in_several_provinces(self, gaz):
        matches = gaz.lookup("Xã An Phú")
        exact = [m for m in matches if m.score == 1.0 and m.legacy is None]
        assert len({m.unit.parent for m in exact}) == 3

    @pytest.mark.parametrize("parent", ["31", "Hải Phòng", "TP. Hải Phòng", "291", "Huyện Nam Sách"])
    def test_parent_narrows(self, gaz, parent):
        assert gaz.lookup("Xã An Phú", parent=parent)[0].unit.code == "10645"

    def test_parent_as_context_in_text(self, gaz):
        assert gaz.lookup("Xã An Phú, Hải Phòng")[0].unit.code == "10645"

    def test_parent_legacy_province(self, gaz):
        matches = gaz.lookup("Phú Lợi", parent="74")
        assert [(m.unit.name, m.unit.parent) for m in matches] == [("Phú Lợi", "79")]
        legacy = gaz.lookup("Phường Phú Lợi", parent="Bình Dương")
        assert all(gaz.get(m.legacy.parent, current=False).parent == "74" for m in legacy if m.legacy)

    def test_parent_excluding_everything(self, gaz):
        assert gaz.lookup("Phường Bến Thành", parent="01") == []

    def test_numbered_wards(self, gaz):
        everywhere = gaz.lookup("Phường 5", limit=50)
        assert len({m.unit.parent for m in everywhere}) > 5
        in_district = gaz.lookup("Phường 5", parent="Quận 3")
        assert [(m.unit.code, m.legacy.code) for m in in_district] == [("27154", "27151")]


class TestNormalisation:
    def test_fold(self):
        assert fold("  Thành   phố Hồ Chí Minh ") == "thanh pho ho chi minh"
        assert fold("Đắk Lắk") == "dak lak" and fold("Hoa\u0300") == "hoa"

    def test_tone_placement(self):
        assert canonical("Hòa") == canonical("Hoà") and canonical("Thủy") == canonical("Thuỷ")
        assert canonical("Phú") != canonical("Phù")

    def test_keys(self):
        assert key("P.Bến Thành") == "p ben thanh" and key("TPHCM") == "tp hcm" and key("Q11") == "q 11"
        assert tokens("Phường 05") == (["phường", "5"], ["phuong", "5"])

    def test_aliases(self, gaz):
        aliases = {}
        for alias, unit in gaz.aliases():
            aliases.setdefault(alias, set()).add((unit.code, unit.is_current))
        assert ("79", True) in aliases["tp hcm"] and ("79", True) in aliases["ho chi minh"]
        assert ("26743", True) in aliases["phuong ben thanh"] and ("26743", True) in aliases["p ben thanh"]
        assert ("60", False) in aliases["tinh binh thuan"] and ("772", False) in aliases["quan 11"]
        assert "ben thanh" not in aliases
