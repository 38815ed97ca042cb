"""Pages of document intake: upload, documents with highlighted mentions, the review queue of candidate models."""
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from phongtrao.core.jobs import start_job
from phongtrao.core.scoping import scoped, user_can
from phongtrao.core.pages import register_model_pages
from phongtrao.core.views import ObjectActionView, ObjectListView, ObjectView
from phongtrao.initiatives.selectors import nearest_sites, nearest_types

from . import display, selectors, services
from .api import CandidateViewSet, DocumentViewSet
from .filters import CandidateFilterSet, DocumentFilterSet
from .forms import AcceptForm, CorrectionForm, DocumentForm, LinkForm, RejectForm, UploadForm
from .jobs import JOB_KIND, batch_of
from .models import Candidate, Document, Mention
from .tables import CandidateTable, DocumentTable

# -- documents -----------------------------------------------------------------------------------------------------


class DocumentListView(ObjectListView):
    def extra_context(self):
        return {"list_links": [{"label": _("Hàng chờ duyệt"), "url": reverse("intake:candidate_list"), "icon": "inbox"}]}


class DocumentUploadView(LoginRequiredMixin, View):
    """Many files, a zip or pasted text in; processing runs as a job whose page shows the progress."""

    template_name = "intake/upload.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not user_can(request.user, "add"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.render(UploadForm(user=request.user, initial={"unit": request.user.unit}))

    def post(self, request):
        form = UploadForm(request.POST, request.FILES, user=request.user)
        if not form.is_valid():
            return self.render(form, status=400)
        data = form.cleaned_data
        documents = services.ingest_batch(files=data["files"], text=data["text"], title=data["title"],
                                          user=request.user, unit=data["unit"])
        queued = sum(d.status == Document.Status.QUEUED for d in documents)
        label = (_("Xử lý %(n)d tài liệu") % {"n": queued} if queued
                 else _("Kết quả tải lên %(n)d tệp") % {"n": len(documents)})
        job = start_job(kind=JOB_KIND, label=label, user=request.user, unit=data["unit"], **batch_of(documents))
        return redirect(job)

    def render(self, form, status=200):
        context = {"form": form, "max_mb": services.max_file_bytes() // 2**20, "max_files": services.max_files()}
        return render(self.request, self.template_name, context, status=status)


class DocumentView(ObjectView):
    def extra_context(self, obj):
        mentions = list(obj.mentions.select_related("model_type", "candidate", "corrected_by"))
        display.attach_successors(mentions)
        return {
            **super().extra_context(obj),
            "highlighted": display.highlighted_body(obj, mentions),
            "groups": display.mentions_by_kind(mentions),
            "original": scoped(Document.objects.filter(pk=obj.duplicate_of_id), self.request.user, "view").first(),
            "copies": scoped(obj.copies.all(), self.request.user, "view"),
            "correction_form": CorrectionForm(),
        }


register_model_pages(
    Document, "documents",
    queryset=Document.objects.select_related("unit"),
    detail_queryset=Document.objects.select_related("unit", "created_by", "duplicate_of"),
    filterset=DocumentFilterSet, table=DocumentTable, form=DocumentForm,
    views={"list": DocumentListView, "add": DocumentUploadView, "detail": DocumentView}, viewset=DocumentViewSet,
)


@login_required
def document_file(request, pk):
    """The original file as received, only inside the user's jurisdiction."""
    document = get_object_or_404(scoped(Document.objects.all(), request.user, "view"), pk=pk)
    if not document.file:
        raise Http404
    return FileResponse(document.file.open("rb"), as_attachment=True, filename=document.filename)


class MentionCorrectView(ObjectActionView):
    """A reviewer's correction of one extracted fact, kept beside the extracted value."""

    queryset = Mention.objects.select_related("document__unit")
    form_class = CorrectionForm
    service = staticmethod(services.correct_mention)
    object_arg = "mention"
    success_message = gettext_lazy("Đã lưu chỉnh sửa.")
    invalid_message = gettext_lazy("Thông tin sửa chưa hợp lệ.")

    def get_queryset(self, action=None):
        documents = scoped(Document.objects.all(), self.request.user, action or self.action)
        return self.queryset.filter(document__in=documents)

    def failure_url(self, obj):
        return f"{obj.document.get_absolute_url()}#mention-{obj.pk}"

    def success_url(self, obj, result):
        return self.failure_url(obj)


# -- candidates (the review queue) ---------------------------------------------------------------------------------


class CandidateListView(ObjectListView):
    def get_queryset(self, action=None):
        return selectors.with_document_counts(self.request.user, super().get_queryset(action))

    def get(self, request):
        if not request.GET:  # the queue opens on what still waits for a decision
            request.GET = request.GET.copy()
            request.GET["state"] = Candidate.State.NEW
        return super().get(request)


class CandidateView(ObjectView):
    def extra_context(self, obj):
        user = self.request.user
        unit = obj.unit if obj.unit and obj.unit.level == "commune" else None
        return {
            **super().extra_context(obj),
            "documents": scoped(obj.documents.all(), user, "view").select_related("unit").order_by("-published"),
            "accept_form": AcceptForm(user=user, initial={"name": obj.name, "commune": unit}),
            "nearest_types": nearest_types(user, obj.name, obj.unit),
            "nearest_sites": nearest_sites(user, obj.name, obj.unit),
            "link_form": LinkForm(user=user),
            "reject_form": RejectForm(),
        }


register_model_pages(
    Candidate, "candidates",
    queryset=Candidate.objects.select_related("unit"),
    detail_queryset=Candidate.objects.select_related("unit", "model_type", "site", "reviewed_by"),
    filterset=CandidateFilterSet, table=CandidateTable,
    views={"list": CandidateListView, "detail": CandidateView, "delete": None}, viewset=CandidateViewSet,
    search_fields=("name_folded",), search_weight=210,
)


REVIEW_ACTIONS = {
    "accept": (AcceptForm, services.accept_candidate, gettext_lazy("Đã công nhận “%(name)s”: điểm mô hình mới chờ xác minh.")),
    "link": (LinkForm, services.link_candidate, gettext_lazy("Đã liên kết “%(name)s” với mô hình có sẵn.")),
    "reject": (RejectForm, services.reject_candidate, gettext_lazy("Đã loại “%(name)s”: tên này sẽ không được đề xuất lại.")),
}


class CandidateReviewView(ObjectActionView):
    """Accept, link or reject a candidate through its service (scope re-checked there)."""

    queryset = Candidate.objects.all()
    object_arg = "candidate"

    def dispatch(self, request, *args, decision, **kwargs):
        if decision not in REVIEW_ACTIONS:
            raise Http404
        if request.user.is_authenticated and not user_can(request.user, "change"):
            raise PermissionDenied
        form_class, service, self.success_message = REVIEW_ACTIONS[decision]
        self.form_class, self.service = form_class, service
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, obj):
        kwargs = {} if self.form_class is RejectForm else {"user": self.request.user}
        return self.form_class(self.request.POST, **kwargs)

    def message_values(self, obj, result):
        return {"name": result.name}

    def success_url(self, obj, result):
        return result.site.get_absolute_url() if result.site else reverse("intake:candidate_list")
