from django.urls import path

from . import views
from .feeds import ArticlesFeed, NewsFeed

app_name = "knowledge"

urlpatterns = [
    path("kennisbank/", views.article_list, name="articles"),
    path("kennisbank/feed/", ArticlesFeed(), name="feed"),
    path("kennisbank/nieuws/feed/", NewsFeed(), name="news_feed"),
    path("kennisbank/<slug:slug>/", views.article_detail, name="article"),
    path("besloten/", views.document_list, name="closed"),
    path("besloten/documenten/<int:pk>/", views.document_detail, name="document"),
    path("besloten/documenten/<int:pk>/download/", views.document_download, name="document_download"),
]

from . import views_quiz  # noqa: E402

urlpatterns += [
    path("quiz/", views_quiz.quiz_home, name="quiz"),
    path("quiz/start/", views_quiz.quiz_start, name="quiz_start"),
    path("quiz/vraag/", views_quiz.quiz_question, name="quiz_question"),
    path("quiz/volgende/", views_quiz.quiz_next, name="quiz_next"),
    path("quiz/uitslag/", views_quiz.quiz_result, name="quiz_result"),
    path("signalen/", views_quiz.signals, name="signals"),
]
