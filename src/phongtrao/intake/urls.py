from django.urls import path

from . import views

app_name = "intake"
urlpatterns = [
    path("documents/", views.DocumentListView.as_view(), name="document_list"),
    path("documents/add/", views.DocumentUploadView.as_view(), name="document_add"),
    path("documents/<int:pk>/", views.DocumentView.as_view(), name="document"),
    path("documents/<int:pk>/edit/", views.DocumentEditView.as_view(), name="document_edit"),
    path("documents/<int:pk>/delete/", views.DocumentDeleteView.as_view(), name="document_delete"),
    path("documents/<int:pk>/history/", views.DocumentHistoryView.as_view(), name="document_history"),
    path("documents/<int:pk>/file/", views.document_file, name="document_file"),
    path("mentions/<int:pk>/correct/", views.correct_mention, name="mention_correct"),
    path("candidates/", views.CandidateListView.as_view(), name="candidate_list"),
    path("candidates/<int:pk>/", views.CandidateView.as_view(), name="candidate"),
    path("candidates/<int:pk>/history/", views.CandidateHistoryView.as_view(), name="candidate_history"),
    path("candidates/<int:pk>/<str:decision>/", views.review_candidate, name="candidate_review"),
]
