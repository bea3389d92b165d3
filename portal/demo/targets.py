"""Every model and service the demo loader and seed_scale write through, in one place, so
a move of a model to another app changes only this list."""

from accounts import services as account_services
from accounts.models import MembershipStatus, Organisation, OrganisationDomain, PartnerType, Region, User
from documents import services as document_services
from documents.models import Contribution, Document, DocumentAccess, DocumentGroupObjectPermission
from documents.uploads import detect_upload, extract_text
from events import services as event_services
from events.models import Event, Registration
from follows import services as follows_services
from follows.models import Follow, SavedSearch
from knowledge.models import Article, Phenomenon, Reference, Theme
from kpo.models import SearchSynonym
from learning.models import QuizChoice, QuizQuestion, Signal
from learning.quiz import LEVELS as QUIZ_LEVELS
from network import services as network_services
from network.models import ContactRequest, Profile

# The app of the Document model: its `view_document` permission is what sharing grants.
DOCUMENT_APP = Document._meta.app_label

__all__ = [
    "DOCUMENT_APP",
    "QUIZ_LEVELS",
    "Article",
    "ContactRequest",
    "Contribution",
    "Document",
    "DocumentAccess",
    "DocumentGroupObjectPermission",
    "Event",
    "Follow",
    "MembershipStatus",
    "Organisation",
    "OrganisationDomain",
    "PartnerType",
    "Phenomenon",
    "Profile",
    "QuizChoice",
    "QuizQuestion",
    "Reference",
    "Region",
    "Registration",
    "SavedSearch",
    "SearchSynonym",
    "Signal",
    "Theme",
    "User",
    "account_services",
    "detect_upload",
    "document_services",
    "event_services",
    "follows_services",
    "extract_text",
    "network_services",
]
