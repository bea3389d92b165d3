from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.account_home, name="home"),
    path("moderatie/", views.moderation, name="moderation"),
    path("moderatie/<int:pk>/", views.moderate, name="moderate"),
    path("bevestigen/", views.confirm_identity, name="confirm_identity"),
    path("mijn-gegevens/", views.export_data, name="export"),
    path("verwijderen/", views.delete_account, name="delete"),
    path("ontgrendelen/<str:token>/", views.unlock_login, name="unlock"),
]
