from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.account_home, name="home"),
    path("welkom/", views.welcome, name="welcome"),
    path("moderatie/", views.moderation, name="moderation"),
    path("moderatie/<int:pk>/", views.moderate, name="moderate"),
    path("moderatie/organisaties/<int:pk>/", views.decide_organisation_request, name="decide_organisation_request"),
    path("organisatie-aanmelden/", views.request_organisation, name="request_organisation"),
    path("bevestigen/", views.confirm_identity, name="confirm_identity"),
    path("mijn-gegevens/", views.export_data, name="export"),
    path("verwijderen/", views.delete_account, name="delete"),
    path("ontgrendelen/<str:token>/", views.unlock_login, name="unlock"),
]
