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


def test_seed_demo_fills_the_kennisbank_once(client, settings):
    settings.DEBUG = True
    call_command("seed_demo")
    counts = (Article.objects.count(), Theme.objects.count(), Region.objects.count(), User.objects.count())
    call_command("seed_demo")

    assert (
        Article.objects.count(),
        Theme.objects.count(),
        Region.objects.count(),
        User.objects.count(),
    ) == counts
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
