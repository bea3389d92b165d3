from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Besloten gedeelte")

    def ready(self):
        from . import receivers  # noqa: F401 - connects the cache invalidation
