from django.urls import path

from . import views

app_name = "network"

urlpatterns = [
    path("netwerk/", views.directory, name="directory"),
    path("netwerk/mijn-profiel/", views.my_profile, name="my_profile"),
    path("netwerk/contact/", views.contacts, name="contacts"),
    path("netwerk/contact/<uuid:public_id>/", views.answer, name="answer"),
    path("netwerk/<uuid:public_id>/", views.profile_detail, name="profile"),
    path("netwerk/<uuid:public_id>/contact/", views.contact, name="contact"),
]
