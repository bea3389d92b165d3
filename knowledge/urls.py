from django.urls import path

from . import views

app_name = "knowledge"

urlpatterns = [
    path("kennisbank/", views.article_list, name="articles"),
    path("kennisbank/<slug:slug>/", views.article_detail, name="article"),
    path("besloten/", views.document_list, name="closed"),
    path("besloten/documenten/<int:pk>/", views.document_detail, name="document"),
    path("besloten/documenten/<int:pk>/download/", views.document_download, name="document_download"),
]
