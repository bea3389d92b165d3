"""Cache invalidation when content changes, and the kennisbank's part of the data export."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from accounts.models import Organisation, Region
from kpo.cache import invalidate_closed_lists, invalidate_public_pages

from .models import Article, Document, DocumentGroupObjectPermission, Phenomenon, Reference, Theme


def invalidate_on_change(invalidate, name, models, link_tables):
    """Call `invalidate` when a row of `models` is saved or deleted, or a link of
    `link_tables` (many-to-many) is added, removed or cleared."""

    def changed(sender, **kwargs):
        invalidate()

    def links_changed(sender, action, **kwargs):
        if action.startswith("post_"):
            invalidate()

    for model in models:
        post_save.connect(changed, sender=model, weak=False, dispatch_uid=f"{name}-save-{model.__name__}")
        post_delete.connect(changed, sender=model, weak=False, dispatch_uid=f"{name}-delete-{model.__name__}")
    for through in link_tables:
        m2m_changed.connect(links_changed, sender=through, weak=False, dispatch_uid=f"{name}-m2m-{through.__name__}")


invalidate_on_change(
    invalidate_public_pages,
    "public-pages",
    (Article, Reference, Theme, Phenomenon, Region),
    (Article.themes.through, Article.phenomena.through, Article.regions.through),
)
# Themes and phenomena name the facets of both; organisations own documents.
invalidate_on_change(
    invalidate_closed_lists,
    "closed-lists",
    (Document, DocumentGroupObjectPermission, Organisation, Theme, Phenomenon),
    (Document.themes.through, Document.phenomena.through),
)


def personal_data(sender, user, **kwargs):
    """The kennisbank's part of a person's data export (accounts imports no other app)."""
    from . import services

    return services.personal_data(user)
