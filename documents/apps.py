from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Besloten gedeelte")

    def ready(self):
        from accounts import signals

        from . import receivers  # also connects the cache invalidation

        signals.collecting_personal_data.connect(receivers.personal_data)
