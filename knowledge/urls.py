from django.urls import path

from . import views

app_name = "knowledge"

urlpatterns = [
    path("kennisbank/", views.article_list, name="articles"),
    path("kennisbank/<slug:slug>/", views.article_detail, name="article"),
    path("zoeken/", views.search_everything, name="search"),
]

urlpatterns += [
    path("besloten/", views.closed_home, name="closed"),
]
