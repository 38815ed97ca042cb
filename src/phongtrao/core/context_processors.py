"""Template context shared by every page: the navigation menu the apps registered, the unread notices."""
from django.conf import settings

from .models import Notice
from .registry import menu_for, registry


def navigation(request):
    """Computed once per request: a table's template is rendered with the request again (django-tables2), which
    runs the context processors a second time."""
    known = request.__dict__.get("_navigation")
    if known is None:
        known = request._navigation = _navigation(request)
    return known


def _navigation(request):
    user = getattr(request, "user", None)
    if not user or not user.is_authenticated:
        return {"menu": []}
    return {"menu": menu_for(request), "user_menu": registry.user_menu, "map_tile_url": settings.MAP_TILE_URL,
            "unread_notices": Notice.objects.filter(user=user, read_at__isnull=True).count()}
