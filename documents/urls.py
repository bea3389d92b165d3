from django.urls import path

from . import views

app_name = "documents"

urlpatterns = [
    path("besloten/", views.document_list, name="list"),
    path("besloten/documenten/<int:pk>/", views.document_detail, name="detail"),
    path("besloten/documenten/<int:pk>/download/", views.document_download, name="download"),
    path("besloten/delen/", views.contribute, name="contribute"),
    path("besloten/delen/mijn/", views.my_contributions, name="my_contributions"),
    path("besloten/delen/mijn/<int:pk>/", views.my_contribution, name="my_contribution"),
    path("besloten/delen/mijn/<int:pk>/intrekken/", views.withdraw, name="withdraw"),
    path("besloten/delen/<int:pk>/bestand/", views.contribution_file, name="contribution_file"),
    path("besloten/delen/beoordelen/", views.reviews, name="reviews"),
    path("besloten/delen/beoordelen/<int:pk>/", views.review, name="review"),
]
