from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Netwerk")

    def ready(self):
        from accounts import signals

        from . import receivers

        signals.membership_changed.connect(receivers.ensure_profile_when_approved)
        signals.account_deleting.connect(receivers.forget_user)
        signals.collecting_personal_data.connect(receivers.personal_data)
