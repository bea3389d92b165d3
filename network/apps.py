from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Netwerk")

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from accounts import signals
        from accounts.public import Organisation, PartnerType, Region
        from knowledge.public import Phenomenon, Theme
        from kpo.models import SearchSynonym

        from . import receivers
        from .models import Profile

        # The directory's kept counts and facets (network.cache) are stale after any change
        # of a profile, its expertise, an account, an organisation or a facet's names, or of
        # a curator's synonym (what a search finds: kpo.search).
        User = get_user_model()
        post_save.connect(receivers.user_saved, sender=User, dispatch_uid="directory-save-User")
        post_delete.connect(receivers.directory_changed, sender=User, dispatch_uid="directory-delete-User")
        for model in (Profile, Organisation, PartnerType, Region, Theme, Phenomenon, SearchSynonym):
            uid = f"directory-{model.__name__}"
            post_save.connect(receivers.directory_changed, sender=model, dispatch_uid=f"{uid}-save")
            post_delete.connect(receivers.directory_changed, sender=model, dispatch_uid=f"{uid}-delete")
        for through in (Profile.themes.through, Profile.phenomena.through):
            uid = f"directory-m2m-{through.__name__}"
            m2m_changed.connect(receivers.directory_links_changed, sender=through, dispatch_uid=uid)

        signals.membership_changed.connect(receivers.ensure_profile_when_approved)
        signals.account_deleting.connect(receivers.forget_user)
        signals.collecting_personal_data.connect(receivers.personal_data)
