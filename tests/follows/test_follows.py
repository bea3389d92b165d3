"""Mijn KPO, follows, notifications, the personal feed and the digests, through HTTP and the
mailbox: what a partner sees, and what a partner of another organisation never sees."""

import json
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from accounts.models import MembershipStatus
from accounts.services import audience_group, delete_account, suspend_membership
from documents.services import share_document, unshare_document
from follows import services
from follows.models import DigestDelivery, Follow, Frequency, PersonalFeed, Preferences, SavedSearch
from tests.factories import (
    ArticleFactory,
    OrganisationFactory,
    PartnerTypeFactory,
    PhenomenonFactory,
    RegionFactory,
    ThemeFactory,
    document,
    partner,
)

SECRET_A = "Okapidraaiboek"  # shared with organisation A only
SECRET_B = "Narwalverslag"  # shared with organisation B only


@pytest.fixture
def world(db):
    north = RegionFactory(name="RIEC Noord", slug="riec-noord")
    south = RegionFactory(name="RIEC Zuid", slug="riec-zuid")
    gemeente = PartnerTypeFactory(name="Gemeente", slug="gemeente")
    org_a = OrganisationFactory(name="Gemeente Alfa", slug="gemeente-alfa", partner_type=gemeente, region=north)
    org_b = OrganisationFactory(name="Gemeente Bravo", slug="gemeente-bravo", partner_type=gemeente, region=south)
    drugs = PhenomenonFactory(name="Drugs", slug="drugs")
    theme = ThemeFactory(name="Informatiepositie", slug="informatiepositie")
    a = partner(org_a, email="anna@gemeente-alfa.nl", name="Anna Alfa")
    b = partner(org_b, email="bert@gemeente-bravo.nl", name="Bert Bravo")
    pending = partner(org_a, email="piet@gemeente-alfa.nl", name="Piet Wacht", status=MembershipStatus.PENDING)
    doc_a = document(f"{SECRET_A} drugs", org_a, f"{SECRET_A} tekst", [audience_group(org_a)])
    doc_a.phenomena.set([drugs])
    doc_b = document(f"{SECRET_B} drugs", org_b, f"{SECRET_B} tekst", [audience_group(org_b)])
    doc_b.phenomena.set([drugs])
    article = ArticleFactory(title="Drugslab in schuur", slug="drugslab", phenomena=[drugs], themes=[theme])
    return {
        "a": a, "b": b, "pending": pending, "org_a": org_a, "org_b": org_b, "drugs": drugs, "theme": theme,
        "doc_a": doc_a, "doc_b": doc_b, "article": article, "north": north,
    }  # fmt: skip


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def digest_for(user):
    mails = [m for m in mail.outbox if m.to == [user.email]]
    assert len(mails) <= 1, "one digest per person per period"
    return mails[0] if mails else None


def mail_text(message):
    return message.body + "".join(a[0] if isinstance(a, tuple) else a.content for a in message.alternatives)


# --- Mijn KPO ---------------------------------------------------------------------------------


def test_login_lands_on_mijn_kpo(world):
    client = Client()
    response = client.post("/accounts/login/", {"login": "anna@gemeente-alfa.nl", "password": "geheim-wachtwoord-123"})
    assert response.status_code == 302
    assert response["Location"] == "/mijn-kpo/"


def test_start_page_shows_what_is_new_for_this_person_only(world):
    services.follow(world["a"], world["drugs"])
    page = signed_in(world["a"]).get("/mijn-kpo/").content.decode()
    assert SECRET_A in page
    assert "Drugslab in schuur" in page  # an article on a followed phenomenon
    assert SECRET_B not in page
    page_b = signed_in(world["b"]).get("/mijn-kpo/").content.decode()
    assert SECRET_B in page_b and SECRET_A not in page_b


def test_a_pending_applicant_gets_a_status_page_without_closed_data(world):
    response = signed_in(world["pending"]).get("/mijn-kpo/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Uw aanvraag wacht op goedkeuring" in page
    assert SECRET_A not in page and SECRET_B not in page
    assert signed_in(world["pending"]).get("/mijn-kpo/meldingen/")["Location"] == "/account/"


def test_a_newcomer_is_told_what_to_do(world):
    page = signed_in(world["a"]).get("/mijn-kpo/").content.decode()
    assert "Wat u hier kunt doen" in page
    assert "U volgt nog niets" in page
    services.follow(world["a"], world["drugs"])
    assert "Wat u hier kunt doen" not in signed_in(world["a"]).get("/mijn-kpo/").content.decode()


def test_open_contact_requests_and_reverification_date_are_on_the_start_page(world):
    from network.models import ContactRequest

    ContactRequest.objects.create(sender=world["b"], recipient=world["a"], message="Vraag over drugs")
    page = signed_in(world["a"]).get("/mijn-kpo/").content.decode()
    assert "Contactverzoeken om te beantwoorden" in page and "Bert Bravo" in page
    assert "Bevestig uiterlijk" in page


def test_the_start_page_costs_the_same_whatever_is_followed_or_new(world, django_assert_num_queries):
    from django.core.cache import caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    services.follow(world["a"], world["theme"])
    services.save_search(world["a"], "kennisbank", "q=drugs")
    services.save_search(world["a"], "closed", "q=drugs")
    client = signed_in(world["a"])
    client.get("/mijn-kpo/")  # the first visit creates the settings row
    # Counted without the kept "new for you" (portal.mijn_kpo), then with it.
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as few:
        assert client.get("/mijn-kpo/").status_code == 200
    with CaptureQueriesContext(connection) as few_kept:
        assert client.get("/mijn-kpo/").status_code == 200
    # Kept: the person's own settings row and the other sections, not the news queries.
    assert len(few_kept) < len(few) - 5
    for n in range(8):
        theme = ThemeFactory(name=f"Thema {n}", slug=f"thema-{n}")
        services.follow(world["a"], theme)
        doc = document(f"Extra {n}", world["org_a"], "", [audience_group(world["org_a"])], themes=[theme])
        doc.phenomena.set([world["drugs"]])
        ArticleFactory(title=f"Artikel {n}", slug=f"artikel-{n}", themes=[theme], phenomena=[world["drugs"]])
        services.save_search(world["a"], "kennisbank", f"q=drugs{n}&thema=thema-{n}")
        services.save_search(world["a"], "closed", f"q=extra{n}")
    services.follow(world["a"], world["drugs"])
    services.follow(world["a"], world["north"])
    services.follow(world["a"], world["org_a"])
    caches["pages"].clear()
    with django_assert_num_queries(len(few)):
        page = client.get("/mijn-kpo/").content.decode()
    assert "Extra 7" in page and "Artikel 7" in page
    with django_assert_num_queries(len(few_kept)):
        assert "Extra 7" in client.get("/mijn-kpo/").content.decode()


# --- follows and saved searches ---------------------------------------------------------------


def test_follow_from_the_kennisbank_filter_and_save_the_search(world):
    client = signed_in(world["a"])
    page = client.get("/kennisbank/?fenomeen=drugs&q=schuur").content.decode()
    assert "Drugs volgen" in page and "Zoekopdracht bewaren" in page
    back = "/kennisbank/?fenomeen=drugs&q=schuur"
    assert client.post("/mijn-kpo/volgen/toevoegen/", {"fenomeen": "drugs", "next": back})["Location"] == back
    client.post("/mijn-kpo/zoekopdrachten/bewaren/", {"section": "kennisbank", "query": "q=schuur&fenomeen=drugs"})
    assert Follow.objects.filter(user=world["a"], phenomenon=world["drugs"]).exists()
    search = SavedSearch.objects.get(user=world["a"])
    assert search.query == "q=schuur&fenomeen=drugs"
    page = client.get(back).content.decode()
    assert "U volgt Drugs" in page and "U hebt deze zoekopdracht bewaard" in page
    # rename, then remove at /mijn-kpo/volgen/
    client.post(f"/mijn-kpo/zoekopdrachten/{search.pk}/", {"name": "Schuren"})
    assert "Schuren" in client.get("/mijn-kpo/volgen/").content.decode()
    client.post(f"/mijn-kpo/zoekopdrachten/{search.pk}/", {"name": "Schuren", "verwijderen": "1"})
    assert not SavedSearch.objects.filter(user=world["a"]).exists()


def test_follow_a_phenomenon_from_the_signals(world, client):
    from learning.models import Signal

    Signal.objects.create(
        slug="contant", title="Contante betaling van huur", description="Huur wordt contant betaald.",
        phenomenon=world["drugs"], setting=Signal.Setting.choices[0][0], action="Meld het bij het RIEC.",
    )  # fmt: skip
    back = "/signalen/?fenomeen=drugs"
    assert "volgen" not in client.get(back).content.decode()  # not for visitors
    partner_client = signed_in(world["a"])
    assert "Drugs volgen" not in partner_client.get("/signalen/").content.decode()  # nothing chosen
    page = partner_client.get(back).content.decode()
    assert "Contante betaling van huur" in page and "Drugs volgen" in page
    assert "Zoekopdracht bewaren" not in page
    assert partner_client.post("/mijn-kpo/volgen/toevoegen/", {"fenomeen": "drugs", "next": back})["Location"] == back
    assert "U volgt Drugs" in partner_client.get(back).content.decode()
    assert Follow.objects.filter(user=world["a"], phenomenon=world["drugs"]).exists()


def test_nobody_changes_someone_elses_follows(world):
    own = services.follow(world["a"], world["drugs"])
    search = services.save_search(world["a"], "kennisbank", "q=drugs")
    client = signed_in(world["b"])
    assert client.post(f"/mijn-kpo/volgen/{own.pk}/stoppen/").status_code == 404
    assert client.post(f"/mijn-kpo/zoekopdrachten/{search.pk}/", {"verwijderen": "1"}).status_code == 404
    assert Follow.objects.filter(pk=own.pk).exists() and SavedSearch.objects.filter(pk=search.pk).exists()


def test_following_needs_a_post_with_csrf(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world["a"])
    assert client.post("/mijn-kpo/volgen/toevoegen/", {"fenomeen": "drugs"}).status_code == 403
    assert client.get("/mijn-kpo/volgen/toevoegen/").status_code == 405


# --- notifications and feed ---------------------------------------------------------------


def test_notifications_list_and_unread_count(world):
    services.follow(world["a"], world["drugs"])
    client = signed_in(world["a"])
    header = client.get("/kennisbank/").content.decode()
    assert '<span class="unread-count">2<span class="visually-hidden"> ongelezen' in header
    page = client.get("/mijn-kpo/meldingen/").content.decode()
    assert SECRET_A in page and "Drugslab in schuur" in page and SECRET_B not in page
    assert "unread-count" not in client.get("/kennisbank/").content.decode()  # read now
    other = signed_in(world["b"]).get("/mijn-kpo/meldingen/").content.decode()
    assert SECRET_A not in other


def test_personal_feed_respects_access_at_every_read(world):
    client = signed_in(world["a"])
    client.post("/mijn-kpo/instellingen/", {"feed": "1"})
    secret = PersonalFeed.objects.get(user=world["a"]).secret
    anonymous = Client()
    feed = anonymous.get(f"/mijn-kpo/feed/{secret}/")
    assert feed.status_code == 200 and feed["Content-Type"].startswith("application/atom+xml")
    assert SECRET_A in feed.content.decode() and SECRET_B not in feed.content.decode()
    assert f"{SECRET_A} tekst" not in feed.content.decode()  # titles only, never the text
    unshare_document(world["doc_a"], [audience_group(world["org_a"])])
    assert SECRET_A not in anonymous.get(f"/mijn-kpo/feed/{secret}/").content.decode()
    suspend_membership(world["a"], by=None, reason="test")
    assert anonymous.get(f"/mijn-kpo/feed/{secret}/").status_code == 404
    # renewing: the old secret stops working
    assert anonymous.get("/mijn-kpo/feed/onbekend/").status_code == 404


def test_renewing_the_feed_link_ends_the_old_one(world):
    client = signed_in(world["a"])
    client.post("/mijn-kpo/instellingen/", {"feed": "1"})
    old = PersonalFeed.objects.get(user=world["a"]).secret
    client.post("/mijn-kpo/instellingen/", {"feed": "1"})
    assert Client().get(f"/mijn-kpo/feed/{old}/").status_code == 404


def test_the_kennisbank_shows_its_atom_feeds(world):
    page = Client().get("/kennisbank/").content.decode()
    assert 'href="/kennisbank/feed/"' in page and 'href="/kennisbank/nieuws/feed/"' in page


# --- digests ------------------------------------------------------------------------------


def test_weekly_digest_holds_my_titles_only_with_one_click_unsubscribe(world, settings):
    settings.KPO_SITE_URL = "https://kpo.example"
    services.follow(world["a"], world["drugs"])
    call_command("send_digests", "--frequency", "weekly", stdout=open("/dev/null", "w"))  # noqa: SIM115
    to_a, to_b = digest_for(world["a"]), digest_for(world["b"])
    assert SECRET_A in to_a.body and SECRET_B not in mail_text(to_a)
    assert f"{SECRET_A} tekst" not in mail_text(to_a)  # never the text of a closed document
    assert "Fenomeen: Drugs" in to_a.body and "https://kpo.example/kennisbank/drugslab/" in to_a.body
    assert SECRET_B in to_b.body and SECRET_A not in mail_text(to_b)
    assert digest_for(world["pending"]) is None
    unsubscribe = to_a.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<https://kpo.example/mijn-kpo/afmelden/")
    assert to_a.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "https://kpo.example/mijn-kpo/instellingen/" in to_a.body
    assert any(a[1] == "text/html" for a in to_a.alternatives)
    # the one click: a POST without session or CSRF token
    path = unsubscribe.strip("<>").removeprefix("https://kpo.example")
    response = Client(enforce_csrf_checks=True).post(path, "List-Unsubscribe=One-Click", content_type="text/plain")
    assert response.status_code == 200
    assert Preferences.objects.get(user=world["a"]).frequency == Frequency.NEVER


def test_a_share_withdrawn_or_an_account_suspended_before_sending_sends_nothing(world):
    unshare_document(world["doc_a"], [audience_group(world["org_a"])])
    suspend_membership(world["b"], by=None, reason="test")
    services.send_digests("weekly")
    assert digest_for(world["a"]) is None  # the only news for A was the withdrawn share
    assert digest_for(world["b"]) is None


def test_running_the_digest_again_sends_nothing_twice(world):
    services.send_digests("weekly")
    first = len(mail.outbox)
    services.send_digests("weekly")
    assert len(mail.outbox) == first == 2


def test_a_worker_dying_halfway_sends_no_mail_twice_and_misses_none(world, monkeypatch):
    third = partner(world["org_a"], email="carla@gemeente-alfa.nl", name="Carla Alfa")
    real = services._send_digest_mail
    calls = []

    def dies_on_second(user, frequency, news, mailer=None):
        calls.append(user.pk)
        if len(calls) == 2:
            raise SystemExit("worker killed")
        real(user, frequency, news, mailer)

    monkeypatch.setattr(services, "_send_digest_mail", dies_on_second)
    with pytest.raises(SystemExit):
        services.send_digests("weekly")
    assert len(mail.outbox) == 1
    monkeypatch.setattr(services, "_send_digest_mail", real)
    services.send_digests("weekly")
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in (world["a"], world["b"], third))


def test_two_workers_at_once_send_no_mail_twice(world):
    """A second worker starting the same run while the first is busy sends nothing; once
    the first is done, a run sends (a killed worker's lock goes with its connection)."""
    from django.db import connections

    other = connections.create_connection("default")  # the worker that is busy
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [services._lock_key("weekly")])
        assert services.send_digests("weekly")["busy"] == 1
        assert not mail.outbox
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [services._lock_key("weekly")])
    finally:
        other.close()
    services.send_digests("weekly")
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in (world["a"], world["b"]))


def test_smtp_failure_is_retried_with_back_off_and_shown_to_administrators(world, monkeypatch, admin_client):
    import smtplib

    real = services._send_digest_mail

    def refuses(user, frequency, news, mailer=None):
        raise smtplib.SMTPServerDisconnected("server gone")

    monkeypatch.setattr(services, "_send_digest_mail", refuses)
    services.send_digests("weekly")
    failed = DigestDelivery.objects.filter(status=DigestDelivery.Status.FAILED)
    assert failed.count() == 2 and not mail.outbox
    assert all(d.next_attempt_at > timezone.now() for d in failed)
    page = admin_client.get("/admin/follows/digestdelivery/?status__exact=failed").content.decode()
    assert "server gone" in page
    monkeypatch.setattr(services, "_send_digest_mail", real)
    assert services.retry_failed_digests() == 0  # not yet: back-off
    assert services.retry_failed_digests(timezone.now() + timedelta(hours=1)) == 2
    assert len(mail.outbox) == 2
    assert not DigestDelivery.objects.filter(status=DigestDelivery.Status.FAILED).exists()


def test_frequency_is_per_person(world):
    services.set_frequency(world["b"], Frequency.DAILY)
    services.send_digests("weekly")
    assert digest_for(world["a"]) and digest_for(world["b"]) is None
    services.send_digests("daily")
    assert digest_for(world["b"])


def test_unsubscribe_link_asks_before_it_acts_and_refuses_forged_tokens(world):
    token = services.unsubscribe_token(world["a"])
    page = Client().get(f"/mijn-kpo/afmelden/{token}/")
    assert page.status_code == 200 and "Afmelden" in page.content.decode()
    assert not Preferences.objects.filter(user=world["a"], frequency=Frequency.NEVER).exists()
    assert Client().post(f"/mijn-kpo/afmelden/{token}x/").status_code == 400


def test_settings_form_rejects_an_unknown_frequency(world):
    response = signed_in(world["a"]).post("/mijn-kpo/instellingen/", {"frequency": "elk-uur"})
    assert response.status_code == 400
    response = signed_in(world["a"]).post("/mijn-kpo/instellingen/", {"frequency": "daily"})
    assert Preferences.objects.get(user=world["a"]).frequency == Frequency.DAILY


# --- privacy ------------------------------------------------------------------------------


def test_follows_and_settings_are_in_the_export_and_go_with_the_account(world):
    services.follow(world["a"], world["drugs"])
    services.save_search(world["a"], "kennisbank", "q=schuur", "Schuren")
    services.set_frequency(world["a"], Frequency.DAILY)
    export = json.loads(signed_in(world["a"]).get("/account/mijn-gegevens/").content)
    text = json.dumps(export)
    assert "Drugs" in text and "Schuren" in text and "dagelijks" in text
    delete_account(world["a"])
    assert not Follow.objects.filter(user=world["a"]).exists()
    assert not SavedSearch.objects.filter(user=world["a"]).exists()
    assert not Preferences.objects.filter(user=world["a"]).exists()


def test_batch_partner_rule_agrees_with_the_per_person_rule(world, settings):
    from accounts.access import may_use_partner_pages, partner_page_users
    from accounts.models import User

    settings.KPO_REQUIRE_MFA = True
    world["b"].identity_confirmed_at = timezone.now() - timedelta(days=400)
    world["b"].save()
    for require_mfa in (True, False):
        settings.KPO_REQUIRE_MFA = require_mfa
        batch = set(partner_page_users(User.objects.all()).values_list("pk", flat=True))
        assert batch == {u.pk for u in User.objects.all() if may_use_partner_pages(u)}


def test_a_new_share_with_my_organisation_is_new_for_me(world):
    later = document("Nieuwe kaart", world["org_b"], "", [])
    services.send_digests("weekly")
    mail.outbox.clear()
    share_document(later, [audience_group(world["org_a"])])
    services.send_digests("weekly", now=timezone.now() + timedelta(days=7))
    assert "Nieuwe kaart" in digest_for(world["a"]).body
    assert digest_for(world["b"]) is None  # B's organisation had nothing new


def test_mijn_kpo_in_english(world):
    page = signed_in(world["a"]).get("/en/mijn-kpo/").content.decode()
    assert "<h1>My KPO</h1>" in page and "New for you" in page and "What you can do here" in page
    assert "Notification settings" in signed_in(world["a"]).get("/en/mijn-kpo/instellingen/").content.decode()
