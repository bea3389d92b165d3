from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    default = True
    name = "portal"
    verbose_name = _("Portaal")


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django's admin with the site of this project (portal.sites.KpoAdminSite)."""

    default = False
    default_site = "portal.sites.KpoAdminSite"
