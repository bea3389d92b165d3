"""The group "Redacteuren": curators who keep the content without being superusers.

Its rights are written down once, here (and listed for people in docs/roles.md).
`ensure_editor_group()` creates the group and sets exactly these permissions; it runs after
every `migrate` (portal.apps) and from `seed_demo`, and running it again changes nothing."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q

EDITORS_GROUP = "Redacteuren"

ALL = ("add", "change", "delete", "view")

# "app_label.model": the actions Redacteuren may take in the admin.
EDITOR_MODEL_PERMISSIONS = {
    # The kennisbank: articles, their sources, themes and phenomena.
    "knowledge.article": ALL,
    "knowledge.reference": ALL,
    "knowledge.theme": ALL,
    "knowledge.phenomenon": ALL,
    # The closed section: documents, and with whom each is shared (the audiences on its form).
    "documents.document": ALL,
    # Partners' contributions: read in the admin (decided in the review queue on the site), and
    # who may not contribute for a while.
    "documents.contribution": ("change", "view"),
    "documents.contributorsuspension": ALL,
    # The quiz (questions and their answers) and the signals.
    "learning.quizquestion": ALL,
    "learning.quizchoice": ALL,
    "learning.signal": ALL,
    # Events, and so their attendee lists (events.access: staff with events.change_event).
    "events.event": ALL,
    # The RIECs' contact details on /riec/ (no new regions, none removed).
    "accounts.region": ("change", "view"),
    # The search vocabulary.
    "kpo.searchsynonym": ALL,
}

# Permissions beyond add/change/delete/view, as "app_label.codename". Add new rights of
# curators here, e.g. "documents.review_contribution" (reviewing partner contributions).
EDITOR_EXTRA_PERMISSIONS: tuple[str, ...] = ("documents.review_contribution",)


def editor_permission_codenames() -> list[str]:
    """Every permission of Redacteuren as "app_label.codename", sorted."""
    names = [
        f"{label.split('.')[0]}.{action}_{label.split('.')[1]}"
        for label, actions in EDITOR_MODEL_PERMISSIONS.items()
        for action in actions
    ]
    return sorted([*names, *EDITOR_EXTRA_PERMISSIONS])


def editor_permissions():
    query = Q(pk__in=[])
    for name in editor_permission_codenames():
        app_label, codename = name.split(".")
        query |= Q(content_type__app_label=app_label, codename=codename)
    return Permission.objects.filter(query)


@transaction.atomic
def ensure_editor_group() -> Group:
    """The group Redacteuren with exactly its permissions (idempotent)."""
    group, _created = Group.objects.get_or_create(name=EDITORS_GROUP)
    group.permissions.set(editor_permissions())
    return group
