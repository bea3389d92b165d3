"""Dutch names for what packages show in the admin without a translatable name.

allauth's `UserSession` and `Authenticator` have no verbose names, so the admin showed
"User sessions" and "Authenticators"; django-tasks-db names its app in English only.
Set once at start-up (portal.apps). Only the display names change: migrations read the
names a model was declared with (`Meta.original_attrs`, `Field._verbose_name`), so no
migration of those packages follows. Permission names are stored rows; Django writes them
in English ("Can add artikel") and `dutch_permission_names` renames the standard four."""

from django.apps import apps
from django.utils import translation
from django.utils.translation import gettext_lazy as _

MODEL_NAMES = {
    "usersessions.usersession": (_("sessie"), _("sessies")),
    "mfa.authenticator": (_("inlogmiddel"), _("inlogmiddelen")),
}
FIELD_NAMES = {
    "usersessions.usersession": {
        "user": _("gebruiker"),
        "created_at": _("begonnen op"),
        "ip": _("IP-adres"),
        "last_seen_at": _("laatst gezien op"),
        "session_key": _("sessiesleutel"),
        "user_agent": _("browser en systeem"),
        "data": _("gegevens"),
    },
    "mfa.authenticator": {
        "user": _("gebruiker"),
        "type": _("soort"),
        "data": _("gegevens"),
        "created_at": _("toegevoegd op"),
        "last_used_at": _("laatst gebruikt op"),
    },
}
APP_NAMES = {"django_tasks_database": _("Achtergrondtaken"), "mfa": _("Tweestapsverificatie")}

ACTIONS = {"add": _("toevoegen"), "change": _("wijzigen"), "delete": _("verwijderen"), "view": _("bekijken")}


def name_models_in_dutch() -> None:
    for label, (singular, plural) in MODEL_NAMES.items():
        model = apps.get_model(label)
        model._meta.verbose_name = singular
        model._meta.verbose_name_plural = plural
        for field_name, verbose_name in FIELD_NAMES.get(label, {}).items():
            model._meta.get_field(field_name).verbose_name = verbose_name
    for app_label, name in APP_NAMES.items():
        apps.get_app_config(app_label).verbose_name = name


def dutch_permission_names() -> int:
    """Rename the standard permissions ("Can add artikel") to "Kan artikel toevoegen".
    Returns how many were renamed; running it again renames none."""
    from django.contrib.auth.models import Permission

    renamed = []
    with translation.override("nl"):
        for permission in Permission.objects.select_related("content_type"):
            action, _sep, model_name = permission.codename.partition("_")
            model = permission.content_type.model_class()
            if action not in ACTIONS or model is None or model._meta.model_name != model_name:
                continue
            name = f"Kan {model._meta.verbose_name} {ACTIONS[action]}"[:255]
            if permission.name != name:
                permission.name = name
                renamed.append(permission)
    Permission.objects.bulk_update(renamed, ["name"])
    return len(renamed)
