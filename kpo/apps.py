from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class KpoConfig(AppConfig):
    default = True
    name = "kpo"
    verbose_name = "KPO"


class KpoAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "kpo.sites.KpoAdminSite"
