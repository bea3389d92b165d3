"""The part of a document's page that is the same for everyone who may read it (title,
summary, who shared it, with whom, when, the file, themes and phenomena), rendered once per
document and language and kept in the "pages" cache.

Only what the document itself says goes in: never the reader's name, a CSRF token or
messages. Who may read it is decided on every request before the fragment is looked up
(`access.get_document_for_user_or_404`), and every view is still logged. The key holds the
document's `updated_at` and two versions that are replaced on every change the fragment
could show: the closed section's version (a document, its sharing, themes, phenomena,
owner; kpo.cache) and this module's version (contributions, the names of audiences and of a
contributor who shows their name)."""

from django.contrib.auth.models import Group
from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.template.loader import render_to_string
from django.utils.translation import get_language

from accounts.public import PartnerType, Region, User
from kpo.cache import CLOSED_VERSION_KEY, data_version, kept_parts, replace_data_version

from .models import Contribution

VERSION_KEY = "documents:page-fragment:version"
TEMPLATES = ("documents/_detail_main.html", "documents/_detail_aside.html")


def _cache():
    return caches["pages"]


def _versions() -> tuple[str, str]:
    names = (CLOSED_VERSION_KEY, VERSION_KEY)
    found = _cache().get_many(names)
    closed, own = (found.get(name) or data_version(name) for name in names)
    return closed, own


def invalidate() -> None:
    """Every kept fragment is stale from now on; again at commit (see kpo.cache)."""
    replace_data_version(VERSION_KEY)


def _render(context) -> tuple[str, ...]:
    return tuple(render_to_string(name, context) for name in TEMPLATES)


def document_fragments(document, context_for) -> tuple[str, str]:
    """The page's main part and aside for `document` (already through the gate).
    `context_for(document)` gives the templates' context on a miss."""

    def key():
        closed, own = _versions()
        updated = document.updated_at.isoformat()
        return f"documents:page-fragment:{closed}:{own}:{get_language()}:{document.pk}:{updated}"

    return kept_parts(key, lambda: _render(context_for(document)))


def _changed(sender, **kwargs):
    invalidate()


def _person_changed(sender, instance, created=False, update_fields=None, **kwargs):
    # A contributor who shows their name renamed themselves. Logins save only last_login.
    if created or (update_fields is not None and "name" not in update_fields):
        return
    if Contribution.objects.filter(contributor=instance, show_name=True).exists():
        invalidate()


def connect() -> None:
    for model in (Contribution, Group, Region, PartnerType):
        post_save.connect(_changed, sender=model, weak=False, dispatch_uid=f"document-page-save-{model.__name__}")
        post_delete.connect(_changed, sender=model, weak=False, dispatch_uid=f"document-page-delete-{model.__name__}")
    post_save.connect(_person_changed, sender=User, weak=False, dispatch_uid="document-page-person")
