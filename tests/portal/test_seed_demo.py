import pytest
from django.core.management import CommandError, call_command

from accounts.models import Region, User
from knowledge.models import Article, Phenomenon, Theme

pytestmark = pytest.mark.django_db


def test_seed_demo_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo")
    assert Article.objects.count() == 0


def everything() -> dict:
    """How many rows of each model the demo fills, and when they last changed."""
    from django.contrib.auth.models import Group
    from django.db.models import Max

    from documents.models import Contribution, Document, DocumentGroupObjectPermission, DocumentVersion
    from kpo.models import AuditEvent
    from learning.models import QuizChoice, QuizQuestion, Signal
    from network.models import ContactRequest, Profile

    models = [Article, Theme, Phenomenon, Region, User, Group, Document, DocumentGroupObjectPermission]
    models += [QuizQuestion, QuizChoice, Signal, Profile, ContactRequest, AuditEvent, Contribution, DocumentVersion]
    counts = {model.__name__: model.objects.count() for model in models}
    counts["changed"] = [model.objects.aggregate(at=Max("updated_at"))["at"] for model in (Article, Document, Profile)]
    return counts


def test_seed_demo_fills_the_kennisbank_once(client, settings, mailoutbox):
    settings.DEBUG = True
    call_command("seed_demo")
    before, mails = everything(), len(mailoutbox)
    call_command("seed_demo")

    assert everything() == before
    assert len(mailoutbox) == mails
    assert Article.objects.published().count() >= 30
    assert Theme.objects.count() == 5
    assert Region.objects.riecs().count() == 10
    assert Region.objects.filter(kind=Region.Kind.LIEC).count() == 1
    assert Phenomenon.objects.count() >= 9
    for theme in Theme.objects.all():
        assert Article.objects.published().filter(themes=theme).exists(), theme
    for phenomenon in Phenomenon.objects.all():
        assert Article.objects.published().filter(phenomena=phenomenon).exists(), phenomenon
    for region in Region.objects.riecs():
        assert Article.objects.published().filter(kind="nieuws", regions=region).exists(), region
    # Demo drafts and scheduled articles exist but stay hidden.
    assert Article.objects.exclude(pk__in=Article.objects.published()).count() >= 2
    assert client.get("/kennisbank/", {"q": "ondermijnende"}).status_code == 200
    # The quiz: 10 questions per level, each with exactly one right answer; 30+ signals.
    from django.db.models import Count, Q

    from learning.models import QuizQuestion, Signal

    assert QuizQuestion.objects.count() >= 60
    assert all(
        n >= 10 for n in QuizQuestion.objects.values("level").annotate(n=Count("pk")).values_list("n", flat=True)
    )
    assert set(QuizQuestion.objects.values_list("level", flat=True)) == set(range(1, 7))
    assert (
        not QuizQuestion.objects.annotate(right=Count("choices", filter=Q(choices__is_correct=True)))
        .exclude(right=1)
        .exists()
    )
    assert Signal.objects.count() >= 30


def test_demo_curator_can_publish_in_the_admin(client, settings):
    settings.DEBUG = True
    call_command("seed_demo")
    client.login(email="redacteur@liec.nl", password=settings.KPO_DEMO_PASSWORD)
    draft = Article.objects.filter(status=Article.Status.DRAFT).first()

    assert client.get("/admin/knowledge/article/?beoordeling=verlopen").status_code == 200
    response = client.post(
        "/admin/knowledge/article/",
        {"action": "publish", "_selected_action": [draft.pk]},
        follow=True,
    )

    assert "1 artikel gepubliceerd." in response.content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_demo_curator_keeps_synonyms_in_the_admin_and_search_applies_them(client, settings):
    settings.DEBUG = True
    call_command("seed_demo")
    client.login(email="redacteur@liec.nl", password=settings.KPO_DEMO_PASSWORD)
    before = client.get("/kennisbank/", {"q": "blowen"}).content.decode()

    response = client.post(
        "/admin/kpo/searchsynonym/add/",
        {"term": "blowen", "alternative": "hennep", "both_ways": "on"},
        follow=True,
    )

    assert response.status_code == 200 and "blowen" in response.content.decode()
    assert "Drugs en hennepteelt" not in before
    assert "Drugs en hennepteelt" in client.get("/kennisbank/", {"q": "blowen"}).content.decode()


def test_demo_accounts_work_as_the_readme_says(client, settings):
    from documents.access import documents_visible_to
    from documents.models import Document

    settings.DEBUG = True
    settings.KPO_DEMO_PASSWORD = "een-ander-wachtwoord-2026"
    call_command("seed_demo")

    analist = User.objects.get(email="analist@amsterdam.nl")
    rechercheur = User.objects.get(email="rechercheur@politie.nl")
    only_politie = documents_visible_to(rechercheur).exclude(pk__in=documents_visible_to(analist).values("pk"))
    only_amsterdam = documents_visible_to(analist).exclude(pk__in=documents_visible_to(rechercheur).values("pk"))
    assert only_politie.exists() and only_amsterdam.exists()
    assert client.login(email="analist@amsterdam.nl", password="een-ander-wachtwoord-2026")
    assert client.get(f"/besloten/documenten/{only_amsterdam.first().pk}/").status_code == 200
    assert client.get(f"/besloten/documenten/{only_politie.first().pk}/").status_code == 404
    # The files went through the upload checks and their text is searchable.
    assert not Document.objects.filter(extracted_text="").exists()
    assert "kwekerijdetectie" in client.get("/besloten/", {"q": "kwekerijdetectie"}).content.decode()
    assert client.get("/netwerk/contact/").content.decode().count("Mehmet Yilmaz") >= 1

    assert User.objects.get(email="aanvrager@rotterdam.nl").status == "pending"
    assert User.objects.get(email="beheerder@liec.nl").is_superuser
    curator = User.objects.get(email="redacteur@liec.nl")
    assert curator.is_staff and curator.groups.filter(name="Redacteuren").exists()
    assert User.objects.filter(status="approved").count() == 28  # the four named in the README, and 24 more
