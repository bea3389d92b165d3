"""seed_scale at a tiny factor: what a visitor, a partner and an API client then see."""

import re

import pytest
from django.core.management import CommandError, call_command

from accounts.models import MembershipStatus, User
from documents.access import documents_visible_to
from documents.models import Document, DocumentAccess
from knowledge.models import Article
from network.models import Profile

pytestmark = pytest.mark.django_db


def shown_count(page: str, noun: str) -> int:
    match = re.search(rf"(\d+) {noun}", page)
    assert match, f"no count of {noun} on the page"
    return int(match.group(1))


def test_seed_scale_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_scale", factor=0.001)
    assert Article.objects.count() == 0


def test_seed_scale_fills_what_people_see(client, settings):
    settings.DEBUG = True
    call_command("seed_demo")
    demo_articles = Article.objects.published().count()
    demo_people = User.objects.count()

    call_command("seed_scale", factor=0.002)  # 200 articles, 100 documents, 40 people, 3 organisations

    page = client.get("/kennisbank/").content.decode()
    total = shown_count(page, "artikelen")
    # 200 generated articles, of which a few drafts and scheduled ones that stay hidden
    assert demo_articles + 185 <= total < demo_articles + 200
    assert client.get("/api/v1/articles").json()["count"] == total
    assert shown_count(client.get("/kennisbank/?q=ondermijning").content.decode(), "artikelen") > 100

    people = User.objects.filter(status=MembershipStatus.APPROVED).exclude(profile=None)
    assert User.objects.count() == demo_people + 40
    assert people.count() >= demo_people + 40 - 2  # every generated person is approved with a profile

    # A generated partner reads the documents shared with one of their groups, not the others.
    member = User.objects.filter(email__endswith=".nl", is_superuser=False).order_by("-pk").first()
    client.force_login(member)
    closed = client.get("/besloten/").content.decode()
    visible = documents_visible_to(member)
    assert shown_count(closed, "documenten") == visible.count() > 0
    hidden = Document.objects.published().exclude(pk__in=visible.values("pk")).first()
    assert hidden is not None
    assert client.get(f"/besloten/documenten/{hidden.pk}/").status_code == 404
    assert client.get(f"/besloten/documenten/{visible.first().pk}/").status_code == 200
    in_directory = shown_count(client.get("/netwerk/").content.decode(), "personen")
    assert in_directory >= 30  # most generated people show their profile to all partners
    assert Profile.objects.count() >= demo_people + 40 - 3
    assert DocumentAccess.objects.count() >= 200  # the read log (a tenth of the audit events, or all)

    # Events: 4 generated; a closed one the partner may not see is a 404 like a missing one.
    from events.public import Event, events_visible_to

    generated = Event.objects.filter(slug__startswith="schaal-")
    assert generated.count() == 4
    seen = events_visible_to(member).filter(slug__startswith="schaal-")
    for event in generated:
        expected = 200 if event in seen else 404
        assert client.get(f"/bijeenkomsten/{event.slug}/").status_code == expected

    # A second run adds nothing; on a database seeded before events existed, it adds them.
    articles = Article.objects.count()
    call_command("seed_scale", factor=0.002)
    assert Article.objects.count() == articles
    assert User.objects.count() == demo_people + 40
    assert generated.count() == 4
    generated.delete()
    call_command("seed_scale", factor=0.002)
    assert Article.objects.count() == articles
    assert generated.count() == 4


def test_seed_scale_follows_and_the_bench_digest_run(settings, mailoutbox):
    """The bench's digest step (bench/digest.py) at a tiny factor: every generated person
    follows ten things, the run mails those with news, and its queries grow with the
    number of mails (one transaction each), not with people × follows."""
    import runpy

    from django.conf import settings as django_settings

    from follows.models import Follow

    settings.DEBUG = True
    call_command("seed_demo")
    call_command("seed_scale", factor=0.002)
    generated = User.objects.filter(email__contains=".", follows__isnull=False).distinct().count()
    assert Follow.objects.count() >= 10 * 40 and generated >= 40

    mailoutbox.clear()  # the demo's own mail (contact requests)
    bench = runpy.run_path(str(django_settings.BASE_DIR / "bench" / "digest.py"), run_name="bench_digest")
    figures = bench["run"]()
    assert figures["sent"] == len(mailoutbox) > 0
    assert figures["queries"] <= 8 * figures["sent"] + 40
    again = bench["run"]()  # the bench removes the period's rows first: a full run each time
    assert again["sent"] == figures["sent"]
