"""Error pages: a clear Vietnamese page in the UI, structured JSON under /api/."""
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

MESSAGES = {
    400: lambda: _("Yêu cầu không hợp lệ."),
    403: lambda: _("Bạn không có quyền thực hiện thao tác này."),
    404: lambda: _("Không tìm thấy trang hoặc đối tượng (hoặc nằm ngoài phạm vi quản lý của bạn)."),
    500: lambda: _("Hệ thống gặp lỗi. Sự cố đã được ghi lại; dữ liệu đã lưu không bị mất."),
}


def _respond(request, status):
    message = MESSAGES[status]()
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": message}, status=status)
    return render(request, "core/error.html", {"status": status, "message": message}, status=status)


def bad_request(request, exception=None):
    return _respond(request, 400)


def permission_denied(request, exception=None):
    return _respond(request, 403)


def page_not_found(request, exception=None):
    return _respond(request, 404)


def server_error(request):
    return _respond(request, 500)
