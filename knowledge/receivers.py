"""Cache invalidation only: content changed, so cached public pages and closed-list counts are stale."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from accounts.models import Organisation, Region
from kpo.cache import invalidate_closed_lists, invalidate_public_pages

from .models import Article, Document, DocumentGroupObjectPermission, Phenomenon, Reference, Theme


def public_content_changed(sender, **kwargs):
    invalidate_public_pages()


def article_links_changed(sender, action, **kwargs):
    if action.startswith("post_"):
        invalidate_public_pages()


for model in (Article, Reference, Theme, Phenomenon, Region):
    post_save.connect(public_content_changed, sender=model, dispatch_uid=f"public-pages-save-{model.__name__}")
    post_delete.connect(public_content_changed, sender=model, dispatch_uid=f"public-pages-delete-{model.__name__}")
for through in (Article.themes.through, Article.phenomena.through, Article.regions.through):
    m2m_changed.connect(article_links_changed, sender=through, dispatch_uid=f"public-pages-m2m-{through.__name__}")


def closed_content_changed(sender, **kwargs):
    invalidate_closed_lists()


def document_links_changed(sender, action, **kwargs):
    if action.startswith("post_"):
        invalidate_closed_lists()


# Themes and phenomena name the facets of both; organisations own documents.
for model in (Document, DocumentGroupObjectPermission, Organisation, Theme, Phenomenon):
    post_save.connect(closed_content_changed, sender=model, dispatch_uid=f"closed-lists-save-{model.__name__}")
    post_delete.connect(closed_content_changed, sender=model, dispatch_uid=f"closed-lists-delete-{model.__name__}")
for through in (Document.themes.through, Document.phenomena.through):
    m2m_changed.connect(document_links_changed, sender=through, dispatch_uid=f"closed-lists-m2m-{through.__name__}")
