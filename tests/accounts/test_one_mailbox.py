"""Issue 13, observation 12: one mailbox, one account. At a partner domain, an address that
a mail server delivers to another address's mailbox (sub-addressing `+x`, source routing
`%`, quoted local parts …) is refused, unless the organisation allows sub-addressing."""

import pytest
from django.test import Client

from accounts.models import Organisation, User
from tests.factories import OrganisationFactory, partner

pytestmark = pytest.mark.django_db

TRICKS = [
    "iemand+x@amsterdam.nl",
    "iemand%40evil.com@amsterdam.nl",
    '"iemand"@amsterdam.nl',
    '"iemand@evil.com"@amsterdam.nl',
    "iemand!evil.com@amsterdam.nl",
    "iemand=x@amsterdam.nl",
]
ERROR = "Gebruik het e-mailadres van uw eigen mailbox"


@pytest.fixture
def amsterdam(db):
    return OrganisationFactory(
        name="Gemeente Amsterdam", domains=["amsterdam.nl"], approval_policy=Organisation.ApprovalPolicy.AUTOMATIC
    )


def sign_up(client, email):
    return client.post(
        "/accounts/signup/",
        {
            "name": "Nieuwe Collega",
            "email": email,
            "function": "Adviseur",
            "password1": "een-lang-wachtwoord-2026",
            "password2": "een-lang-wachtwoord-2026",
        },
    )


@pytest.mark.parametrize("email", TRICKS)
def test_sign_up_refuses_another_name_for_a_mailbox(client, amsterdam, email):
    response = sign_up(client, email)
    assert response.status_code == 200
    assert ERROR in response.content.decode()
    assert not User.objects.filter(email__iexact=email).exists()


@pytest.mark.parametrize("email", TRICKS[:3])
def test_adding_an_address_refuses_another_name_for_a_mailbox(client, amsterdam, email):
    person = partner(amsterdam, email="iemand@amsterdam.nl")
    client.force_login(person)
    response = client.post("/accounts/email/", {"action_add": "", "email": email})
    assert ERROR in response.content.decode()
    assert not person.emailaddress_set.filter(email__iexact=email).exists()


def test_an_organisation_may_allow_sub_addressing(client, amsterdam):
    amsterdam.allows_subaddressing = True
    amsterdam.save()
    response = sign_up(client, "iemand+kpo@amsterdam.nl")
    assert response.status_code == 302
    assert User.objects.filter(email="iemand+kpo@amsterdam.nl").exists()
    # Source routing and quoted names stay refused: they are not sub-addressing. (A new
    # browser: the first one is now on its way to typing the code.)
    assert ERROR in sign_up(Client(), "iemand%40evil.com@amsterdam.nl").content.decode()


def test_ordinary_addresses_still_work(client, amsterdam):
    assert sign_up(client, "jan-willem.o'brien_2@amsterdam.nl").status_code == 302
