"""Building blocks for demo data: plausible Vietnamese names from a seeded generator."""
import random

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý")
MIDDLE = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Thu")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Hương", "Lan", "Long", "Mai", "Nam", "Ngọc", "Phúc",
         "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Khánh", "Linh", "Hiếu", "Thắng", "Yến")

DEMO_PASSWORD = "Demo@BVANTQ2025"  # noqa: S105 - local demo accounts only, printed by `make run`


def person_name(rng: random.Random) -> tuple[str, str]:
    """(last name as Django stores it = family + middle, first name = given name)."""
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)}", rng.choice(GIVEN)
