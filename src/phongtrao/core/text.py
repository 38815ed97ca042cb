"""Vietnamese text normalisation shared by search, lookups and extraction (no Django import)."""
import unicodedata


def _fold_table() -> dict[int, str | None]:
    """Every precomposed Latin letter → its lowercase base letter; combining marks dropped; đ → d."""
    table: dict[int, str | None] = {ord("đ"): "d", ord("Đ"): "d"}
    for cp in range(0xC0, 0x1F00):
        base = unicodedata.normalize("NFD", chr(cp))
        if len(base) > 1 and base[0].isascii() and all(unicodedata.combining(c) for c in base[1:]):
            table[cp] = base[0].lower()
    table.update({cp: None for cp in range(0x300, 0x370)})
    return table


FOLD = _fold_table()


def fold(text: str) -> str:
    """NFC, lowercase, no diacritics (đ → d), single spaces: " Hồ Chí  Minh" → "ho chi minh"."""
    return " ".join(unicodedata.normalize("NFC", text).lower().translate(FOLD).split())
