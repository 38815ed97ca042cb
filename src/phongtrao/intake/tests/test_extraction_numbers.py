"""Vietnamese number formats."""
import pytest

from phongtrao.intake.extraction.numbers import parse_number, scale


@pytest.mark.parametrize(("text", "value"), [
    ("1.080", 1080), ("12,5", 12.5), ("01", 1), ("659.000", 659000), ("1.500.000", 1500000), ("6,9", 6.9),
    ("46,15", 46.15), ("6.9", 6.9), ("2,0", 2),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(("number", "multiplier", "value"), [
    ("20", "triệu", 20_000_000), ("1,5", "tỷ", 1_500_000_000), ("1.500", "tỷ", 1_500_000_000_000),
    ("3", "nghìn", 3000), ("2", "nghìn tỷ", 2 * 10**12), ("7", None, 7), ("0,5", "Triệu", 500_000),
])
def test_scale_by_multiplier_words(number, multiplier, value):
    assert scale(parse_number(number), multiplier) == value


@pytest.mark.parametrize("text", ["", "abc", "1..2", "1,2,3"])
def test_parse_number_rejects_non_numbers(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize("number, multiplier, value", [
    ("136,76", "tỷ", 136_760_000_000),  # 193-06: 136.76 × 10⁹ in floats is 136759999999.99998
    ("10,23", "tỷ", 10_230_000_000), ("1,66", "tỷ", 1_660_000_000), ("0,29", "triệu", 290_000),
    ("4,35", "nghìn tỷ", 4_350_000_000_000), ("12,345", "triệu", 12_345_000),
])
def test_round83_a_decimal_amount_is_scaled_exactly(number, multiplier, value):
    scaled = scale(parse_number(number), multiplier)
    assert scaled == value and isinstance(scaled, int)
