from django.urls import path, re_path

from . import views as api

app_name = "api"

urlpatterns = [
    path("", api.root, name="root"),
    path("openapi.json", api.openapi, name="openapi"),
    path("articles", api.articles, name="articles"),
    path("articles/<slug:slug>", api.article, name="article"),
    path("events", api.events, name="events"),
    path("events/<slug:slug>", api.event, name="event"),
    path("themes", api.themes, name="themes"),
    path("phenomena", api.phenomena, name="phenomena"),
    path("regions", api.regions, name="regions"),
    path("signals", api.signals, name="signals"),
    path("quiz/questions", api.questions, name="questions"),
    path("quiz/questions/<int:pk>", api.question, name="question"),
    path("quiz/questions/<int:pk>/answer", api.answer, name="answer"),
    # Version 1.0.0's addresses ended in a slash: 308 to the same address without (docs/api.md).
    re_path(r"^(?P<path>[\s\S]+)/$", api.moved, name="moved"),
    # Anything else under /api/v1/ is a 404 problem, not the site's HTML page (a new line
    # in the path too: `.` would not match it).
    re_path(r"^(?P<path>[\s\S]*)$", api.not_found, name="not_found"),
]
