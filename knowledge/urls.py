from django.urls import path

from . import views
from .feeds import ArticlesFeed, NewsFeed

app_name = "knowledge"

urlpatterns = [
    path("kennisbank/", views.article_list, name="articles"),
    path("kennisbank/feed/", ArticlesFeed(), name="feed"),
    path("kennisbank/nieuws/feed/", NewsFeed(), name="news_feed"),
    path("kennisbank/<slug:slug>/", views.article_detail, name="article"),
]
