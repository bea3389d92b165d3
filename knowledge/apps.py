from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = _("Kennisbank")

    def ready(self):
        from accounts import signals

        from . import receivers

        signals.collecting_personal_data.connect(receivers.personal_data)
