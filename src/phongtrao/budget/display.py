"""Money written the Vietnamese way, whatever the page's language: 1.234.000 đ."""


def format_vnd(value) -> str:
    if value is None or value == "":
        return ""
    amount = int(value)
    sign = "−" if amount < 0 else ""
    return f"{sign}{abs(amount):,} đ".replace(",", ".")
