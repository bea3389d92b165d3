from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("bijeenkomsten/", views.event_list, name="list"),
    path("bijeenkomsten/archief/", views.event_archive, name="archive"),
    path("bijeenkomsten/nieuw/", views.event_create, name="create"),
    path("bijeenkomsten/agenda.ics", views.public_feed, name="feed"),
    path("bijeenkomsten/mijn-agenda/", views.my_calendar, name="my_calendar"),
    path("bijeenkomsten/agenda/<str:secret>.ics", views.personal_feed, name="personal_feed"),
    path("bijeenkomsten/aanmelding/<str:token>/", views.registration, name="registration"),
    path("bijeenkomsten/<slug:slug>/", views.event_detail, name="detail"),
    path("bijeenkomsten/<slug:slug>/agenda.ics", views.event_ics, name="ics"),
    path("bijeenkomsten/<slug:slug>/bewerken/", views.event_edit, name="edit"),
    path("bijeenkomsten/<slug:slug>/aanmelden/", views.register, name="register"),
    path("bijeenkomsten/<slug:slug>/afmelden/", views.cancel, name="cancel"),
    path("bijeenkomsten/<slug:slug>/deelnemers/", views.attendees, name="attendees"),
    path("bijeenkomsten/<slug:slug>/deelnemers.csv", views.attendees_export, name="attendees_export"),
]
