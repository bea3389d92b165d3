from django.urls import path

from . import views

app_name = "learning"

urlpatterns = [
    path("quiz/", views.quiz_home, name="quiz"),
    path("quiz/start/", views.quiz_start, name="quiz_start"),
    path("quiz/vraag/", views.quiz_question, name="quiz_question"),
    path("quiz/volgende/", views.quiz_next, name="quiz_next"),
    path("quiz/uitslag/", views.quiz_result, name="quiz_result"),
    path("signalen/", views.signals, name="signals"),
]
