from django.urls import path

from phongtrao.core.pages import declared_urls

from . import views

app_name = "intake"
urlpatterns = [
    path("documents/<int:pk>/file/", views.document_file, name="document_file"),
    path("mentions/<int:pk>/correct/", views.MentionCorrectView.as_view(), name="mention_correct"),
    *declared_urls(app_name),
    path("candidates/<int:pk>/<str:decision>/", views.CandidateReviewView.as_view(), name="candidate_review"),
]
