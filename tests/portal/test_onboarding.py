"""Who can get an account and how, said before anyone fails: the home page, the sign-up
form, and the admin's way to the moderation queue."""

import re

import pytest
from guardian.shortcuts import assign_perm

from network.models import Profile
from tests.factories import OrganisationFactory, PartnerTypeFactory, RegionFactory, partner

pytestmark = pytest.mark.django_db


def test_home_page_says_who_can_ask_for_an_account_and_how_long_it_takes(client, settings):
    settings.KPO_APPROVAL_WORKING_DAYS = 3
    OrganisationFactory(name="Gemeente Hoorn", partner_type=PartnerTypeFactory(name="Gemeente"))
    OrganisationFactory(name="Douane", partner_type=PartnerTypeFactory(name="Douane"))
    PartnerTypeFactory(name="Soort zonder organisaties")
    page = client.get("/").content.decode()
    assert "Voor professionals: account aanvragen" in page
    assert "<li>Gemeente</li>" in page and "<li>Douane</li>" in page
    assert "Soort zonder organisaties" not in page
    assert "werk-e-mailadres" in page and "binnen 3 werkdagen" in page
    assert 'href="/accounts/signup/"' in page


def test_home_page_in_english(client):
    OrganisationFactory(partner_type=PartnerTypeFactory(name="Politie"))
    page = client.get("/en/").content.decode()
    assert "For professionals: request an account" in page


def test_signed_in_people_do_not_see_the_sign_up_block(client):
    client.force_login(partner(OrganisationFactory()))
    assert "Voor professionals: account aanvragen" not in client.get("/").content.decode()


def test_sign_up_form_asks_for_the_work_address_before_anyone_fails(client, settings):
    settings.KPO_APPROVAL_WORKING_DAYS = 5
    page = client.get("/accounts/signup/").content.decode()
    assert "Werk-e-mailadres" in page
    assert "Gebruik uw werk-e-mailadres" in page and "binnen 5 werkdagen" in page
    assert "Hebt u al een account?" in page and "Log dan in" in page
    assert "Meld u dan aan" not in page


def test_admin_index_links_to_the_moderation_queue_for_moderators_only(client):
    region = RegionFactory()
    organisation = OrganisationFactory(region=region)
    moderator = partner(organisation, email="mod@example.nl", is_staff=True)
    assign_perm("accounts.moderate_region", moderator, region)
    client.force_login(moderator)
    assert 'href="/account/moderatie/"' in client.get("/admin/").content.decode()
    client.force_login(partner(organisation, email="staf@example.nl", is_staff=True))
    assert 'href="/account/moderatie/"' not in client.get("/admin/").content.decode()


def test_a_new_profile_is_visible_to_the_own_organisation_only(client):
    person = partner(OrganisationFactory())
    client.force_login(person)
    client.get("/netwerk/mijn-profiel/")
    profile = Profile.objects.get(user=person)
    assert profile.visibility == Profile.Visibility.ORGANISATION
    page = client.get("/netwerk/mijn-profiel/").content.decode()
    assert re.search(r'<input[^>]*value="organisation"[^>]*checked', page)
    assert not re.search(r'<input[^>]*value="partners"[^>]*checked', page)
