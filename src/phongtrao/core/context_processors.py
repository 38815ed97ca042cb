"""Template context shared by every page: the navigation menu the apps registered, the unread notices."""
from django.conf import settings

from .models import Notice
from .registry import menu_for, registry


def navigation(request):
    user = getattr(request, "user", None)
    if not user or not user.is_authenticated:
        return {"menu": []}
    return {"menu": menu_for(request), "user_menu": registry.user_menu, "map_tile_url": settings.MAP_TILE_URL,
            "unread_notices": Notice.objects.filter(user=user, read_at__isnull=True).count()}
