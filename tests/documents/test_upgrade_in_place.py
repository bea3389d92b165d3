"""A database filled before issue 14 (closed documents and the quiz inside `knowledge`)
migrates forward in place: the same documents, grants, reads log, audit rows, files and quiz
questions are read through the new apps, and `view_document` keeps its id, so every
guardian grant still points at the right permission. Stored Dutch choice values that never
appear in a URL become English (the naming rule of docs/architecture.md)."""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from documents.access import documents_visible_to
from documents.models import Document, DocumentAccess, DocumentGroupObjectPermission
from knowledge.models import Article
from kpo.models import AuditEvent
from learning.models import QuizQuestion
from network.models import Profile

BEFORE_THE_MOVE = [
    ("accounts", "0001_initial"),
    ("knowledge", "0004_rank_vector"),
    ("documents", None),
    ("learning", None),
    ("network", "0001_initial"),
]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    ContentType.objects.clear_cache()
    executor = MigrationExecutor(connection)
    return executor.loader.project_state(list(executor.loader.applied_migrations)).apps


def _latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.mark.django_db(transaction=True)
def test_a_database_from_before_the_split_keeps_its_documents_grants_and_quiz():
    old = _migrate(BEFORE_THE_MOVE)
    try:
        assert not old.is_installed("documents") or "document" not in old.all_models["documents"]
        rows = _fill_at_the_old_state(old)
    finally:
        _migrate(_latest())

    document = Document.objects.get(pk=rows["document"])
    assert document.title == "Ondermijning in het havengebied"
    with document.file.open("rb") as fh:
        assert fh.read() == b"Vertrouwelijke tekst"
    assert [t.slug for t in document.themes.all()] == ["weerbare-haven"]
    assert document.status == Document.Status.PUBLISHED == "published"
    assert Article.objects.get(slug="bibob").status == Article.Status.DRAFT == "draft"
    assert Profile.objects.get(pk=rows["profile"]).visibility == Profile.Visibility.NOBODY == "nobody"

    permission = Permission.objects.get(content_type__app_label="documents", codename="view_document")
    assert permission.pk == rows["permission"]
    assert not Permission.objects.filter(content_type__app_label="knowledge", codename="view_document").exists()
    grant = DocumentGroupObjectPermission.objects.get(pk=rows["grant"])
    assert (grant.content_object_id, grant.group_id, grant.permission_id) == (
        document.pk,
        rows["group"],
        rows["permission"],
    )

    access = DocumentAccess.objects.get(pk=rows["access"])
    assert (access.document_id, access.user_id, access.action) == (document.pk, rows["reader"], "view")
    event = AuditEvent.objects.get(pk=rows["event"])
    assert (event.action, event.target_id) == ("document_shared", str(document.pk))

    question = QuizQuestion.objects.get(pk=rows["question"])
    assert [(c.text, c.is_correct) for c in question.choices.all()] == [("Tien", True), ("Vijf", False)]
    assert [a.slug for a in question.articles.all()] == ["bibob"]

    # The one gate reads the old grant: the reader in the group sees the document.
    reader = document.accesses.get().user
    assert list(documents_visible_to(reader)) == [document]


def _fill_at_the_old_state(apps):
    """Rows as the code before issue 14 wrote them, through the historical models."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    User = apps.get_model("accounts", "User")
    Region = apps.get_model("accounts", "Region")
    PartnerType = apps.get_model("accounts", "PartnerType")
    Organisation = apps.get_model("accounts", "Organisation")
    Theme = apps.get_model("knowledge", "Theme")
    Article = apps.get_model("knowledge", "Article")
    OldDocument = apps.get_model("knowledge", "Document")
    OldGrant = apps.get_model("knowledge", "DocumentGroupObjectPermission")
    OldAccess = apps.get_model("knowledge", "DocumentAccess")
    OldQuestion = apps.get_model("knowledge", "QuizQuestion")
    OldChoice = apps.get_model("knowledge", "QuizChoice")
    OldAuditEvent = apps.get_model("kpo", "AuditEvent")
    OldProfile = apps.get_model("network", "Profile")

    region = Region.objects.create(name="Rotterdam", slug="rotterdam")
    partner_type = PartnerType.objects.create(name="Gemeente", slug="gemeente")
    group = Group.objects.create(name="Organisatie: Gemeente Rotterdam")
    organisation = Organisation.objects.create(
        name="Gemeente Rotterdam", slug="gemeente-rotterdam", region=region, partner_type=partner_type, group=group
    )
    reader = User.objects.create(
        email="lezer@rotterdam.nl", name="Lezer", organisation=organisation, status="approved", is_active=True
    )
    reader.groups.add(group)
    theme = Theme.objects.create(name="Weerbare haven", slug="weerbare-haven")
    # The file as the storage of the (unchanged) file field keeps it; the row holds its name.
    storage = Document._meta.get_field("file").storage
    name = storage.save("documenten/voor-de-verhuizing", ContentFile(b"Vertrouwelijke tekst"))
    document = OldDocument.objects.create(
        title="Ondermijning in het havengebied",
        file=name,
        original_name="haven.txt",
        content_type="text/plain",
        extension="txt",
        checksum="0" * 64,
        owner=organisation,
        status="gepubliceerd",
        published_at=timezone.now(),
    )
    document.themes.add(theme)
    permission = Permission.objects.get(content_type__app_label="knowledge", codename="view_document")
    grant = OldGrant.objects.create(content_object=document, group=group, permission=permission)
    access = OldAccess.objects.create(user=reader, document=document, action="view")
    event = OldAuditEvent.objects.create(
        action="document_shared", target_type="knowledge.document", target_id=str(document.pk)
    )
    article = Article.objects.create(
        title="Bibob", slug="bibob", summary="De Wet Bibob.", body="Tekst", status="concept"
    )
    profile = OldProfile.objects.create(user=reader, visibility="niemand")
    question = OldQuestion.objects.create(level=1, text="Hoeveel RIEC's zijn er?", explanation="Tien.")
    question.articles.add(article)
    OldChoice.objects.create(question=question, text="Tien", is_correct=True, order=0)
    OldChoice.objects.create(question=question, text="Vijf", is_correct=False, order=1)
    return {
        "document": document.pk,
        "permission": permission.pk,
        "group": group.pk,
        "grant": grant.pk,
        "reader": reader.pk,
        "access": access.pk,
        "event": event.pk,
        "question": question.pk,
        "profile": profile.pk,
    }
