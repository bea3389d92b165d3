from django.urls import path

from . import views

app_name = "documents"

urlpatterns = [
    path("besloten/", views.document_list, name="list"),
    path("besloten/documenten/<int:pk>/", views.document_detail, name="detail"),
    path("besloten/documenten/<int:pk>/download/", views.document_download, name="download"),
]
