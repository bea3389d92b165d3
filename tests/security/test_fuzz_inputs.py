"""Bad input, everywhere: whatever is typed into a form or a query string of any page, the
site answers without a server error, and nothing typed comes back as live HTML.

tests/knowledge/test_bad_input.py covers the kennisbank, /zoeken/ and the home page for
anonymous visitors, and tests/api/test_api.py short text in the API's query strings;
this file covers the rest: the closed section, the network, the signals page, the quiz,
every form (sign-up, login, password reset, profile, network profile, contact request,
moderation, account deletion), the API with longer and nastier values, and the admin's
list parameters."""

import json
import re
from urllib.parse import urlsplit

import pytest
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accounts.models import MembershipStatus, User
from accounts.services import audience_group
from learning import quiz
from learning.models import QuizChoice, Signal
from network.models import ContactRequest, Profile
from tests.factories import (
    ArticleFactory,
    OrganisationFactory,
    PhenomenonFactory,
    ThemeFactory,
    document,
    partner,
    quiz_question,
)

pytestmark = pytest.mark.django_db

FUZZ = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Requests per example are many in the form journeys below: fewer examples there.
FEW = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Markup that would run if a page put it back unescaped. Escaped, "<" becomes "&lt;", so
# these strings can only appear in a page that reflects input raw.
LIVE_MARKUP = ("<script>kpo(", "<img src=x onerror=kpo(", "<svg onload=kpo(", '"><b>kpo')
PAYLOADS = [
    "<script>kpo(1)</script>",
    '"><img src=x onerror=kpo(1)>',
    "'><svg onload=kpo(1)>",
    '"><b>kpo</b>',
    "' OR '1'='1' --",
    "1; DROP TABLE accounts_user; --",
    "%' UNION SELECT password FROM accounts_user --",
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "{{ 7*7 }}${7*7}",
    "%00",
    "\x00",
    "a\x00b",
    "../../../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "/etc/passwd%00.pdf",
    "\u202eevil\u202c",
    "שלום עולם",
    "مرحبا بالعالم",
    "🙂👮‍♀️🏳️‍🌈",
    "e" + "\u0301" * 200,
    "\ufeff\u200b\u2028\u2029",
    "²",
    "١٢",
    "-1",
    "0",
    "9" * 30,
    "9" * 5000,
    "1e309",
    "NaN",
    "[]",
    "null",
    "\r\nSet-Cookie: kpo=1",
    "\x1b[31m\x07\x08\x7f",
    " ",
]
# Any text (surrogates cannot travel over HTTP), payloads, payloads inside text, very long.
ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=120)
VALUE = st.one_of(
    st.sampled_from(PAYLOADS),
    ANY_TEXT,
    st.builds(lambda a, p, b: a + p + b, ANY_TEXT, st.sampled_from(PAYLOADS), ANY_TEXT),
    st.builds(
        lambda p, n: (p or "x") * n,
        st.sampled_from(["a", "ü", "<script>kpo(1)</script>", "🙂", "%"]),
        st.integers(500, 3000),
    ),
)


def query(names):
    """A query string over `names` (and a stray unknown one), with one or more values each."""
    return st.dictionaries(
        st.one_of(st.sampled_from(names), ANY_TEXT.filter(bool)),
        st.lists(VALUE, min_size=1, max_size=3),
        max_size=len(names) + 1,
    )


def assert_safe(response):
    """No server error, no live markup from the input, no secrets."""
    assert response.status_code < 500, response.status_code
    body = response.content.decode("utf-8", "replace")
    for markup in LIVE_MARKUP:
        assert markup not in body, markup
    from django.conf import settings as django_settings

    assert django_settings.SECRET_KEY not in body
    location = response.get("Location", "")
    if location:
        parts = urlsplit(location)
        assert parts.netloc in ("", "testserver"), location  # never away from the site
        assert not location.startswith(("//", "/\\")), location


@pytest.fixture(autouse=True)
def _no_limits(settings):
    # The limits have their own tests (test_rate_limits.py); here they would only stop the fuzzing.
    settings.ACCOUNT_RATE_LIMITS = False
    settings.KPO_API_RATE_LIMIT = 1_000_000
    settings.KPO_CONTACT_REQUESTS_PER_DAY = 1_000_000


@pytest.fixture
def world(db):
    theme = ThemeFactory(name="Communicatie", slug="communicatie")
    drugs = PhenomenonFactory(name="Drugs", slug="drugs")
    ArticleFactory.create_batch(3, themes=[theme], phenomena=[drugs], body="ondermijning in het buitengebied")
    org_a = OrganisationFactory(name="Gemeente A", slug="gemeente-a", domains=["a.nl"])
    org_b = OrganisationFactory(name="Politie B", slug="politie-b", domains=["b.nl"])
    reader = partner(org_a, email="lezer@a.nl", name="Lotte Lezer")
    other = partner(org_b, email="ander@b.nl", name="Otto Ander")
    for user in (reader, other):
        profile, _created = Profile.objects.get_or_create(user=user)
        profile.visibility, profile.completed = Profile.Visibility.ALL_PARTNERS, True
        profile.save()
    doc = document("Werkinstructie drugs", org_a, "ondermijning", [audience_group(org_a)], themes=[theme])
    Signal.objects.create(
        slug="contant-geld", title="Veel contant geld", description="…", phenomenon=drugs, setting="balie", action="…"
    )
    questions = [quiz_question(level=2) for _ in range(10)]
    return {
        "reader": reader,
        "other": other,
        "org_a": org_a,
        "document": doc,
        "questions": questions,
        "profile": other.profile,
    }


# Query strings --------------------------------------------------------------------------------

# The pages and the query parameters they read (unknown ones are added by the strategies).
PUBLIC = {
    "/signalen/": ["fenomeen", "waar"],
    "/en/quiz/": ["level"],
    "/riec/": ["regio"],
    "/accounts/login/": ["next", "login"],
    "/accounts/signup/": ["next", "email"],
    "/accounts/password/reset/": ["email"],
}
PARTNER = {
    "/besloten/": ["q", "thema", "fenomeen", "organisatie", "sorteer", "page"],
    "/zoeken/": ["q"],
    "/netwerk/": ["q", "organisatie", "soort", "regio", "thema", "fenomeen", "page"],
}


@FUZZ
@given(data=st.data())
def test_public_pages_take_any_query_string(client, world, data):
    url = data.draw(st.sampled_from(sorted(PUBLIC)))
    assert_safe(client.get(url, data.draw(query(PUBLIC[url]))))


@FUZZ
@given(data=st.data())
def test_partner_pages_take_any_query_string(client, world, data):
    client.force_login(world["reader"])
    urls = {
        **PARTNER,
        f"/besloten/documenten/{world['document'].pk}/": ["page"],
        f"/netwerk/{world['profile'].public_id}/": ["next"],
        "/netwerk/contact/": ["q"],
        "/account/": ["next"],
    }
    url = data.draw(st.sampled_from(sorted(urls)))
    assert_safe(client.get(url, data.draw(query(urls[url]))))


@FUZZ
@given(data=st.data())
def test_admin_lists_take_any_query_string(client, world, data):
    curator = partner(world["org_a"], email=f"redactie{User.objects.count()}@a.nl", is_staff=True, is_superuser=True)
    client.force_login(curator)
    url = data.draw(
        st.sampled_from(
            [
                "/admin/documents/document/",
                "/admin/knowledge/article/",
                "/admin/accounts/user/",
                "/admin/documents/documentaccess/",
            ]
        )
    )
    params = data.draw(
        query(["q", "o", "p", "e", "status__exact", "themes__id__exact", "at__gte", "_popup", "_to_field"])
    )
    assert_safe(client.get(url, params))


API = {
    "/api/v1/articles": ["q", "thema", "fenomeen", "soort", "regio", "page", "pageSize"],
    "/api/v1/themes": ["page", "pageSize"],
    "/api/v1/regions": ["page", "pageSize"],
    "/api/v1/signals": ["fenomeen", "waar", "page", "pageSize"],
    "/api/v1/quiz/questions": ["level", "page", "pageSize"],
    "/api/v1/openapi.json": ["format"],
}


@FUZZ
@given(data=st.data())
def test_api_takes_any_query_string_and_always_answers_json(client, world, data):
    url = data.draw(st.sampled_from(sorted(API)))
    response = client.get(url, data.draw(query(API[url])))
    assert_safe(response)
    # JSON (errors as problem details), never HTML: a browser does not render reflected input from it.
    assert response["Content-Type"] in ("application/json", "application/problem+json")
    json.loads(response.content)


@FUZZ
@given(slug=VALUE, number=st.integers(min_value=-(2**70), max_value=2**70))
def test_api_object_paths_take_anything(client, world, slug, number):
    for url in (f"/api/v1/articles/{slug.replace('/', '')}", f"/api/v1/quiz/questions/{number}"):
        response = client.get(url)
        assert_safe(response)
        # A slug that leaves the path ending in "/" (empty, or "#…", "?…") is version 1.0's list: 308.
        moved = re.split(r"[?#]", url, maxsplit=1)[0].endswith("/") and response.status_code == 308
        assert response.status_code in (200, 404) or moved


@FUZZ
@given(
    body=st.one_of(
        st.binary(max_size=300),
        VALUE.map(str.encode),
        st.recursive(
            st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), VALUE),
            lambda inner: (
                st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["choice", "x"]), inner, max_size=2)
            ),
            max_leaves=5,
        ).map(lambda v: json.dumps(v).encode()),
    )
)
def test_api_quiz_answer_takes_any_body(client, world, body):
    question = world["questions"][0]
    response = client.post(f"/api/v1/quiz/questions/{question.pk}/answer", body, content_type="application/json")
    assert_safe(response)
    assert response.status_code in (200, 400)
    expected = "application/json" if response.status_code == 200 else "application/problem+json"
    assert response["Content-Type"] == expected


# Every known nasty value in every parameter --------------------------------------------------


# The values that broke something once, or would: each alone, as the whole value.
SWEEP = [
    "\x00",
    "²",
    "9" * 5000,
    '<script>kpo(1)</script>"><img src=x onerror=kpo(1)>',
    "' OR '1'='1' --; {{ settings.SECRET_KEY }}{% debug %} ../../etc/passwd %00",
    "\u202eשלום مرحبا 🙂👮‍♀️ e\u0301\u0301\ufeff\u200b\r\nSet-Cookie: kpo=1\x1b\x07\x7f",
    "x" * 10_000,
]


@pytest.mark.parametrize("value", SWEEP)
def test_known_nasty_values_in_every_query_parameter(client, world, value):
    for url, names in PUBLIC.items():
        assert_safe(client.get(url, dict.fromkeys(names, value)))
    for url, names in API.items():
        response = client.get(url, dict.fromkeys(names, value))
        assert_safe(response)
        assert response["Content-Type"] in ("application/json", "application/problem+json")
    client.force_login(world["reader"])
    for url, names in PARTNER.items():
        assert_safe(client.get(url, dict.fromkeys(names, value)))


@pytest.mark.parametrize("value", SWEEP)
def test_known_nasty_values_in_every_form_field(client, world, value):
    fields = {"name", "email", "function", "organisation", "password1", "password2"}
    assert_safe(client.post("/accounts/signup/", dict.fromkeys(fields, value)))
    assert_safe(client.post("/accounts/login/", {"login": value, "password": value, "next": value}))
    assert_safe(client.post("/accounts/password/reset/", {"email": value}))
    assert_safe(client.post("/quiz/start/", {"level": value}))
    client.post("/quiz/start/", {"level": "2"})
    assert_safe(client.post("/quiz/vraag/", {"choice": value}))
    assert_safe(client.post("/quiz/uitslag/", {"nickname": value}))
    assert_safe(
        client.post(f"/api/v1/quiz/questions/{world['questions'][0].pk}/answer", {"choice": value}, "application/json")
    )

    client.force_login(world["reader"])
    assert_safe(client.post("/account/", {"name": value, "function": value}))
    fields = {"introduction", "phone", "visibility", "themes", "phenomena"}
    assert_safe(client.post("/netwerk/mijn-profiel/", dict.fromkeys(fields, value)))
    assert_safe(client.post(f"/netwerk/{world['profile'].public_id}/contact/", {"message": value}))
    client.force_login(world["other"])
    for request in ContactRequest.objects.all():
        assert_safe(client.post(f"/netwerk/contact/{request.public_id}/", {"decision": value}))

    applicant = partner(world["org_a"], email="aanvrager@a.nl", status=MembershipStatus.PENDING)
    client.force_login(partner(world["org_a"], email="moderator@a.nl", is_staff=True, is_superuser=True))
    assert_safe(client.post(f"/account/moderatie/{applicant.pk}/", {"decision": value, "reason": value}))
    assert_safe(client.post(f"/account/moderatie/{applicant.pk}/", {"decision": "reject", "reason": value}))

    client.force_login(partner(world["org_a"], email="weg@a.nl"))
    assert_safe(client.post("/accounts/reauthenticate/", {"password": value}))
    client.post("/accounts/reauthenticate/", {"password": "geheim-wachtwoord-123"})
    assert_safe(client.post("/account/verwijderen/", {"confirm": value}))


# Forms ----------------------------------------------------------------------------------------


@FUZZ
@given(level=VALUE, choice=VALUE)
def test_quiz_start_and_answer_take_anything(client, world, level, choice):
    assert_safe(client.post("/quiz/start/", {"level": level}))
    client.post("/quiz/start/", {"level": "2"})
    response = client.post("/quiz/vraag/", {"choice": choice})
    assert_safe(response)
    assert response.status_code in (302, 400)


@FUZZ
@given(nickname=VALUE)
def test_quiz_nickname_takes_anything(client, world, nickname):
    if client.get("/quiz/uitslag/").status_code != 200:  # play a round once, to reach the leaderboard form
        client.post("/quiz/start/", {"level": "2"})
        for question_id in client.session[quiz.SESSION_KEY]["ids"]:
            client.post("/quiz/vraag/", {"choice": QuizChoice.objects.filter(question_id=question_id).first().pk})
            client.post("/quiz/volgende/")
        assert client.get("/quiz/uitslag/").status_code == 200
    response = client.post("/quiz/uitslag/", {"nickname": nickname})
    assert_safe(response)
    assert response.status_code in (302, 400)


@FUZZ
@given(name=VALUE, email=VALUE, function=VALUE, password=VALUE, organisation=VALUE, use_partner_domain=st.booleans())
def test_sign_up_form_takes_anything(client, world, name, email, function, password, organisation, use_partner_domain):
    if use_partner_domain:
        email = f"{email[:40]}@a.nl"
    response = client.post(
        "/accounts/signup/",
        {
            "name": name,
            "email": email,
            "function": function,
            "organisation": organisation,
            "password1": password,
            "password2": password,
        },
    )
    assert_safe(response)


@FUZZ
@given(
    login=VALUE,
    password=VALUE,
    next_url=st.one_of(
        VALUE, st.sampled_from(["//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:kpo(1)"])
    ),
)
def test_login_form_takes_anything_and_never_redirects_away(client, world, login, password, next_url):
    assert_safe(client.get("/accounts/login/", {"next": next_url}))
    assert_safe(client.post("/accounts/login/", {"login": login, "password": password, "next": next_url}))
    # Even a correct login goes to a page of this site, whatever `next` says.
    response = client.post(
        "/accounts/login/", {"login": "lezer@a.nl", "password": "geheim-wachtwoord-123", "next": next_url}
    )
    assert_safe(response)
    client.logout()


@FUZZ
@given(email=VALUE)
def test_password_reset_form_takes_anything(client, world, email):
    assert_safe(client.post("/accounts/password/reset/", {"email": email}))


@FUZZ
@given(name=VALUE, function=VALUE)
def test_account_profile_form_takes_anything(client, world, name, function):
    client.force_login(world["reader"])
    assert_safe(client.post("/account/", {"name": name, "function": function}))


@FEW
@given(
    introduction=VALUE,
    phone=VALUE,
    visibility=st.one_of(VALUE, st.sampled_from(Profile.Visibility.values)),
    themes=st.lists(VALUE, max_size=3),
)
def test_network_profile_form_takes_anything(client, world, introduction, phone, visibility, themes):
    client.force_login(world["reader"])
    data = {
        "introduction": introduction,
        "phone": phone,
        "visibility": visibility,
        "themes": themes,
        "phenomena": themes,
    }
    assert_safe(client.post("/netwerk/mijn-profiel/", data))
    # Whatever was saved, the pages that show the profile stay safe.
    assert_safe(client.get("/netwerk/mijn-profiel/"))
    client.force_login(world["other"])
    assert_safe(client.get("/netwerk/", {"q": "Lotte"}))
    assert_safe(client.get(f"/netwerk/{world['reader'].profile.public_id}/"))


@FEW
@given(message=VALUE, decision=VALUE)
def test_contact_forms_take_anything(client, world, message, decision):
    ContactRequest.objects.all().delete()
    client.force_login(world["reader"])
    assert_safe(client.post(f"/netwerk/{world['profile'].public_id}/contact/", {"message": message}))
    # The recipient sees the message (if it was sent) and answers with anything.
    client.force_login(world["other"])
    assert_safe(client.get("/netwerk/contact/"))
    for request in ContactRequest.objects.all():
        assert_safe(client.post(f"/netwerk/contact/{request.public_id}/", {"decision": decision}))


@FUZZ
@given(reason=VALUE, decision=st.one_of(VALUE, st.just("reject")))
def test_moderation_reject_form_takes_anything(client, world, reason, decision):
    applicant = partner(world["org_a"], email=f"aanvrager{User.objects.count()}@a.nl", status=MembershipStatus.PENDING)
    curator = User.objects.filter(is_superuser=True).first() or partner(
        world["org_a"], email="moderator@a.nl", is_staff=True, is_superuser=True
    )
    client.force_login(curator)
    response = client.post(f"/account/moderatie/{applicant.pk}/", {"decision": decision, "reason": reason})
    assert_safe(response)
    assert response.status_code in (302, 400)


@FEW
@given(confirm=VALUE, password=VALUE)
def test_account_deletion_form_takes_anything(client, world, confirm, password):
    user = partner(world["org_a"], email=f"weg{User.objects.count()}@a.nl")
    client.force_login(user)
    assert_safe(client.post("/accounts/reauthenticate/", {"password": password}))
    client.post("/accounts/reauthenticate/", {"password": "geheim-wachtwoord-123"})
    assert_safe(client.post("/account/verwijderen/", {"confirm": confirm}))


# What a form shows back is escaped ------------------------------------------------------------

TYPED = '"><img src=x onerror=kpo(1)>'


@pytest.mark.parametrize(
    ("who", "url", "data", "field"),
    [
        (None, "/accounts/signup/", {"name": TYPED, "email": "iemand@gmail.com", "function": "x"}, "name"),
        (None, "/accounts/login/", {"login": TYPED, "password": "x"}, "login"),
        (None, "/accounts/password/reset/", {"email": TYPED}, "email"),
        ("reader", "/account/", {"name": TYPED, "function": "x\x00"}, "name"),
        ("reader", "/netwerk/mijn-profiel/", {"introduction": TYPED, "visibility": "geen"}, "introduction"),
        ("reader", "contact", {"message": TYPED + "x" * 1000}, "message"),
        ("curator", "reject", {"decision": "reject", "reason": TYPED + "x" * 1000}, "reason"),
    ],
)
def test_a_refused_form_shows_what_was_typed_escaped(client, world, who, url, data, field):
    if who == "curator":
        applicant = partner(world["org_a"], email="aanvrager@a.nl", status=MembershipStatus.PENDING)
        client.force_login(partner(world["org_a"], email="moderator@a.nl", is_staff=True, is_superuser=True))
        url = f"/account/moderatie/{applicant.pk}/"
    elif who:
        client.force_login(world[who])
    if url == "contact":
        url = f"/netwerk/{world['profile'].public_id}/contact/"

    response = client.post(url, data)

    assert response.status_code in (200, 400)
    page = response.content.decode()
    assert TYPED not in page
    assert escape(data[field][:200]) in page  # shown again, as text
    assert 'class="error' in page or "errorlist" in page or 'aria-invalid="true"' in page


def test_what_others_typed_is_shown_escaped_everywhere(client, world):
    """Stored input (name, function, introduction, contact message) on every page that shows it."""
    reader = world["reader"]
    client.force_login(reader)
    client.post("/account/", {"name": "Lotte <script>kpo(1)</script>", "function": '"><img src=x onerror=kpo(1)>'})
    client.post(
        "/netwerk/mijn-profiel/",
        {"introduction": "<svg onload=kpo(1)> **vet**", "phone": "", "visibility": Profile.Visibility.ALL_PARTNERS},
    )
    client.post(f"/netwerk/{world['profile'].public_id}/contact/", {"message": '"><b>kpo</b> hallo'})
    reader.refresh_from_db()
    assert reader.name == "Lotte <script>kpo(1)</script>"  # stored as typed, escaped when shown

    client.force_login(world["other"])
    pages = [
        client.get("/netwerk/"),
        client.get("/netwerk/", {"q": "Lotte"}),
        client.get("/zoeken/", {"q": "Lotte"}),
        client.get(f"/netwerk/{reader.profile.public_id}/"),
        client.get("/netwerk/contact/"),
    ]
    for response in pages:
        assert response.status_code == 200
        assert_safe(response)
    assert "Lotte &lt;script&gt;kpo(1)&lt;/script&gt;" in pages[3].content.decode()
    assert "&lt;svg onload=kpo(1)&gt;" in pages[3].content.decode()
    assert "&quot;&gt;&lt;b&gt;kpo&lt;/b&gt; hallo" in pages[4].content.decode()
