from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = _("Quiz en signalen")

    def ready(self):
        from accounts import signals

        from . import receivers

        signals.collecting_personal_data.connect(receivers.personal_data)
