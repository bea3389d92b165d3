from django.urls import path

from . import views

app_name = "follows"

urlpatterns = [
    path("mijn-kpo/volgen/", views.manage, name="manage"),
    path("mijn-kpo/volgen/toevoegen/", views.follow, name="follow"),
    path("mijn-kpo/volgen/<int:pk>/stoppen/", views.unfollow, name="unfollow"),
    path("mijn-kpo/zoekopdrachten/bewaren/", views.save_search, name="save_search"),
    path("mijn-kpo/zoekopdrachten/<int:pk>/", views.change_search, name="change_search"),
    path("mijn-kpo/meldingen/", views.notifications, name="notifications"),
    path("mijn-kpo/instellingen/", views.notification_settings, name="settings"),
    path("mijn-kpo/afmelden/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("mijn-kpo/feed/<str:secret>/", views.personal_feed, name="feed"),
]
