"""Template context shared by every page: the navigation menu."""
from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .scoping import user_can

MENU = (
    # (label, url name, icon, action required or None)
    (_("Tổng quan"), "home", "speedometer2", "view"),
    (_("Mô hình"), "initiatives:modeltype_list", "diagram-3", "view"),
    (_("Điểm mô hình"), "initiatives:site_list", "pin-map", "view"),
    (_("Bản đồ"), "initiatives:site_map", "map", "view"),
    (_("Đánh giá"), "initiatives:evaluation_list", "clipboard-check", "view"),
    (_("Tài liệu"), "intake:document_list", "file-earmark-text", "view"),
    (_("Hàng chờ duyệt"), "intake:candidate_list", "inbox", "view"),
    (_("Đơn vị hành chính"), "geo:tree", "geo-alt", "view"),
    (_("Người dùng"), "accounts:user_list", "people", "view"),
    (_("Nhật ký thay đổi"), "accounts:auditlog", "clock-history", "view"),
    (_("API"), "api:docs", "braces", "view"),
)


def navigation(request):
    user = getattr(request, "user", None)
    if not user or not user.is_authenticated:
        return {"menu": []}
    menu = [
        {"label": label, "url": reverse(name), "icon": icon, "active": request.path == reverse(name)}
        for label, name, icon, action in MENU
        if action is None or user_can(user, action)
    ]
    return {"menu": menu, "map_tile_url": settings.MAP_TILE_URL}
