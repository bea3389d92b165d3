"""All factories in one import, for tests that span apps; each app's are in tests/<app>/factories.py."""

from tests.accounts.factories import OrganisationFactory, PartnerTypeFactory, RegionFactory, UserFactory, partner
from tests.documents.factories import document
from tests.events.factories import event
from tests.knowledge.factories import ArticleFactory, PhenomenonFactory, ReferenceFactory, ThemeFactory
from tests.learning.factories import quiz_question

__all__ = [
    "ArticleFactory",
    "OrganisationFactory",
    "PartnerTypeFactory",
    "PhenomenonFactory",
    "ReferenceFactory",
    "RegionFactory",
    "ThemeFactory",
    "UserFactory",
    "document",
    "event",
    "partner",
    "quiz_question",
]
