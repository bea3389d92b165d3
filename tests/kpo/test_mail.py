"""Issue 13, observations 4 and 11, for KPO's own mail: no text a person typed reaches
someone else's mailbox, links come from KPO_SITE_URL (never the request's Host), and every
mail has an HTML and a plain-text part whose links survive being copied from the console."""

import email
import subprocess

import pytest
from django.core import mail

from accounts import services as account_services
from accounts.models import MembershipStatus
from network.models import ContactRequest, Profile
from tests.factories import OrganisationFactory, partner

pytestmark = pytest.mark.django_db

EVIL_NAME = "ICT Politie: uw account wordt verwijderd, log in via https://evil.example/kpo"
EVIL_FUNCTION = "Helpdesk, bel 0900-1234"
EVIL_MESSAGE = "Uw wachtwoord verloopt; vul het in op https://evil.example/reset"
SITE = "https://kennisplatform-ondermijning.example.nl"


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.KPO_SITE_URL = SITE


def every_part(message) -> str:
    parsed = email.message_from_bytes(message.message().as_bytes())
    texts = [message.subject]
    for part in parsed.walk():
        if part.get_content_maintype() == "text":
            texts.append(part.get_payload(decode=True).decode())
    return "\n".join(texts)


def assert_no_typed_text(message):
    text = every_part(message)
    for typed in ("evil.example", "ICT Politie", "Helpdesk", "0900-1234", "wachtwoord verloopt"):
        assert typed not in text, (typed, text)


def visible_profile(user):
    profile, _created = Profile.objects.get_or_create(user=user)
    profile.visibility, profile.completed = Profile.Visibility.ALL_PARTNERS, True
    profile.save()
    return profile


@pytest.fixture
def people(db):
    organisation = OrganisationFactory(name="Gemeente Utrecht", domains=["utrecht.nl"])
    sender = partner(organisation, email="zender@utrecht.nl", name=EVIL_NAME, function=EVIL_FUNCTION)
    recipient = partner(organisation, email="ontvanger@utrecht.nl", name=EVIL_NAME)
    return sender, recipient


def test_a_contact_request_mail_says_there_is_a_request_and_nothing_the_sender_typed(client, people):
    sender, recipient = people
    client.force_login(sender)
    response = client.post(
        f"/netwerk/{visible_profile(recipient).public_id}/contact/",
        {"message": EVIL_MESSAGE},
        HTTP_HOST="127.0.0.1:8791",
    )
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["ontvanger@utrecht.nl"]
    assert_no_typed_text(message)
    text = every_part(message)
    assert f"{SITE}/netwerk/contact/" in text
    assert "127.0.0.1" not in text
    assert "Kennisplatform Ondermijning" in text
    assert "Gemeente Utrecht" in text  # the organisation, as curated in the admin


@pytest.mark.parametrize("decision", ["accept", "decline"])
def test_the_answer_to_a_contact_request_carries_no_name(client, people, decision):
    sender, recipient = people
    client.force_login(sender)
    client.post(f"/netwerk/{visible_profile(recipient).public_id}/contact/", {"message": "Hallo"})
    mail.outbox.clear()
    client.force_login(recipient)
    request = ContactRequest.objects.get()
    client.post(f"/netwerk/contact/{request.public_id}/", {"decision": decision}, HTTP_HOST="localhost:9999")
    (message,) = mail.outbox
    assert message.to == ["zender@utrecht.nl"]
    assert_no_typed_text(message)
    assert "localhost" not in every_part(message)


def test_moderators_are_told_an_application_waits_and_read_it_on_the_site(people):
    from guardian.shortcuts import assign_perm

    moderated = OrganisationFactory(name="Gemeente Rotterdam", domains=["rotterdam.nl"])
    moderator = partner(moderated, email="moderator@rotterdam.nl")
    assign_perm("accounts.moderate_organisation", moderator, moderated)
    applicant = partner(
        moderated, email="nieuw@rotterdam.nl", name=EVIL_NAME, function=EVIL_FUNCTION, status=MembershipStatus.PENDING
    )
    mail.outbox.clear()
    account_services.email_verified(applicant)
    (message,) = [m for m in mail.outbox if m.to == ["moderator@rotterdam.nl"]]
    assert_no_typed_text(message)
    assert "nieuw@rotterdam.nl" not in every_part(message)
    assert f"{SITE}/account/moderatie/" in every_part(message)


def test_mail_has_html_and_plain_text_and_long_links_stay_whole(client, people, settings):
    settings.KPO_SITE_URL = SITE + "/een/lange/weg/naar/de/site/die/langer/is/dan/een/regel/van/achtenzeventig/tekens"
    sender, recipient = people
    sender.organisation.name = "Gemeente Súdwest-Fryslân"  # not ASCII: 8bit, still no encoding
    sender.organisation.save()
    client.force_login(sender)
    client.post(f"/netwerk/{visible_profile(recipient).public_id}/contact/", {"message": "Hallo"})
    (message,) = mail.outbox
    raw = message.message().as_bytes().decode()  # as the console and SMTP backends send it
    assert "quoted-printable" not in raw.lower() and "base64" not in raw.lower()
    assert raw.count(settings.KPO_SITE_URL + "/netwerk/contact/") >= 2  # whole, in both parts
    assert "Súdwest-Fryslân" in raw
    parsed = email.message_from_bytes(raw.encode())
    kinds = {part.get_content_type() for part in parsed.walk()}
    assert {"text/plain", "text/html"} <= kinds
    html = next(p for p in parsed.walk() if p.get_content_type() == "text/html").get_payload(decode=True).decode()
    assert f'href="{settings.KPO_SITE_URL}/netwerk/contact/"' in html


def test_make_run_gives_mail_links_the_port_it_serves_on():
    output = subprocess.run(  # noqa: S603
        ["make", "-n", "run", "HOST=0.0.0.0", "PORT=8791"],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin"},
    ).stdout
    assert "KPO_SITE_URL=http://127.0.0.1:8791" in output


def test_allauths_mail_has_the_same_shape(client, people, settings):
    settings.KPO_SITE_URL = SITE + "/een/lange/weg/naar/de/site/die/langer/is/dan/een/regel/van/achtenzeventig/tekens"
    client.post("/accounts/password/reset/", {"email": "zender@utrecht.nl"})
    (message,) = mail.outbox
    raw = message.message().as_bytes().decode()
    assert "quoted-printable" not in raw.lower() and "base64" not in raw.lower()
    kinds = {part.get_content_type() for part in email.message_from_string(raw).walk()}
    assert {"text/plain", "text/html"} <= kinds


def test_a_link_typed_in_a_rejection_reason_is_not_made_clickable(client, people):
    # The moderator's reason reaches the applicant as the site's own mail: a web address in
    # it stays text, only links to this site are made clickable.
    from guardian.shortcuts import assign_perm

    moderated = OrganisationFactory(name="Gemeente Rotterdam", domains=["rotterdam.nl"])
    moderator = partner(moderated, email="moderator@rotterdam.nl")
    assign_perm("accounts.moderate_organisation", moderator, moderated)
    applicant = partner(moderated, email="nieuw@rotterdam.nl", status=MembershipStatus.PENDING)
    client.force_login(moderator)
    reason = f"Onvolledig. {EVIL_MESSAGE} of {SITE}.evil.example/kpo"
    response = client.post(f"/account/moderatie/{applicant.pk}/", {"decision": "reject", "reason": reason})
    assert response.status_code == 302
    (message,) = [m for m in mail.outbox if m.to == ["nieuw@rotterdam.nl"]]
    parsed = email.message_from_bytes(message.message().as_bytes())
    html = next(p for p in parsed.walk() if p.get_content_type() == "text/html").get_payload(decode=True).decode()
    assert "evil.example" in html  # the reason is there, as text
    assert 'href="https://evil.example' not in html and f'href="{SITE}.evil' not in html
