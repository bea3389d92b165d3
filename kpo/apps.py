from django.apps import AppConfig


class KpoConfig(AppConfig):
    default = True
    name = "kpo"
    verbose_name = "KPO"
