"""Demo accounts: one per role at sample units (small), or staff in every unit (national)."""
import random

from django.contrib.auth.hashers import make_password

from phongtrao.core.demodata import DEMO_PASSWORD, person_name
from phongtrao.geo.models import AdminUnit, Level

from .models import Role, User

SAMPLE_PROVINCES = ("79", "01", "68")  # Hồ Chí Minh, Hà Nội, Lâm Đồng


def _user(username, role, unit, rng, password_hash, **extra):
    last, first = person_name(rng)
    return User(username=username, role=role, unit=unit, first_name=first, last_name=last,
                password=password_hash, **extra)


def _accounts(scale: str, rng: random.Random, password_hash: str) -> list[User]:
    users = [
        _user("admin", Role.ADMIN, None, rng, password_hash, is_superuser=True, is_staff=True),
        _user("bo.xdpt", Role.NATIONAL, None, rng, password_hash, position="Cán bộ Cục Xây dựng phong trào"),
        _user("xem", Role.VIEWER, None, rng, password_hash, position="Lãnh đạo (chỉ xem)"),
    ]
    provinces = AdminUnit.objects.current().filter(level=Level.PROVINCE)
    if scale == "small":
        provinces = provinces.filter(code__in=SAMPLE_PROVINCES)
    for province in provinces.order_by("code"):
        users.append(_user(f"tinh.{province.code}", Role.PROVINCE, province, rng, password_hash,
                           position=f"Cán bộ Phòng Xây dựng phong trào, Công an {province.full_name}"))
        communes = province.children.order_by("code")
        for commune in communes[:2] if scale == "small" else communes:
            users.append(_user(f"xa.{commune.code}", Role.COMMUNE, commune, rng, password_hash,
                               position=f"Công an {commune.full_name}"))
    return users


def build(*, scale: str, seed: int) -> str:
    """Create the demo accounts that do not exist yet; all share the printed demo password."""
    rng = random.Random(seed)
    wanted = _accounts(scale, rng, make_password(DEMO_PASSWORD))
    existing = set(User.objects.filter(username__in=[u.username for u in wanted]).values_list("username", flat=True))
    User.objects.bulk_create([u for u in wanted if u.username not in existing], batch_size=1000)
    samples = ", ".join(u.username for u in wanted[1:6])
    return (f"{len(wanted) - len(existing)} tài khoản mới, {len(existing)} đã có. "
            f"Quản trị: admin / {DEMO_PASSWORD}; tài khoản khác ({samples}…) cùng mật khẩu")
