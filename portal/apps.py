from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _after_migrate(sender, **kwargs):
    # Once per `migrate` (and after a test database is flushed): after the last app with
    # models, when the permissions of every app exist. (portal has no models, so Django
    # sends it no post_migrate of its own.)
    from django.apps import apps

    if sender is not [config for config in apps.get_app_configs() if config.models_module][-1]:
        return
    from .editors import ensure_editor_group
    from .labels import dutch_permission_names

    dutch_permission_names()
    ensure_editor_group()


class PortalConfig(AppConfig):
    default = True
    name = "portal"
    verbose_name = _("Portaal")

    def ready(self):
        from . import mijn_kpo
        from .labels import name_models_in_dutch

        name_models_in_dutch()
        mijn_kpo.connect()  # forgets a person's kept "new for you" when it changes
        post_migrate.connect(_after_migrate, dispatch_uid="portal_after_migrate")


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django's admin with the site of this project (portal.sites.KpoAdminSite)."""

    default = False
    default_site = "portal.sites.KpoAdminSite"
