"""Cache invalidation only: shared documents changed, so closed-list counts are stale."""

from accounts.models import Organisation
from knowledge.models import Phenomenon, Theme
from kpo.cache import invalidate_closed_lists, invalidate_on_change

from . import fragments
from .models import Document, DocumentGroupObjectPermission

# Themes and phenomena name the facets of both; organisations own documents.
invalidate_on_change(
    invalidate_closed_lists,
    "closed-lists",
    (Document, DocumentGroupObjectPermission, Organisation, Theme, Phenomenon),
    (Document.themes.through, Document.phenomena.through),
)
# A document's page fragment also shows contributions and the names of audiences.
fragments.connect()


def personal_data(sender, user, **kwargs):
    """The closed section's part of a person's data export (accounts imports no other app)."""
    from . import services

    return services.personal_data(user)
