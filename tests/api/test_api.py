"""The open API: every response matches its own OpenAPI document, the right answer is
never in a question, nothing closed comes out, and the limits hold."""

import json
from datetime import timedelta
from unittest import mock

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from accounts.services import all_partners_group
from knowledge.models import Article
from learning.models import Signal
from tests.factories import (
    ArticleFactory,
    OrganisationFactory,
    PhenomenonFactory,
    RegionFactory,
    ThemeFactory,
    document,
    event,
    quiz_question,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(db):
    theme = ThemeFactory(name="Informatiepositie", slug="informatiepositie")
    drugs = PhenomenonFactory(name="Drugs en hennepteelt", slug="drugs")
    region = RegionFactory(name="RIEC Limburg", slug="limburg")
    article = ArticleFactory(title="Bibob uitgelegd", slug="bibob", themes=[theme], phenomena=[drugs], regions=[region])
    ArticleFactory.create_batch(4)
    ArticleFactory(title="Concept dat niemand ziet", slug="concept", status=Article.Status.DRAFT)
    Signal.objects.create(
        slug="stroom",
        title="Hoog stroomverbruik",
        description="d",
        phenomenon=drugs,
        setting="buitengebied",
        action="a",
    )
    question = quiz_question(level=1, text="Hoeveel RIEC's zijn er?", articles=[article])
    org = OrganisationFactory(name="Geheime Dienst", domains=["geheim.nl"])
    document("Besloten rapport XYZ", org, "geheimewoord", [all_partners_group()])
    public = event(
        "Open themamiddag Bibob",
        region,
        is_public=True,
        slug="themamiddag",
        capacity=30,
        form="hybride",
        place="Provinciehuis Maastricht",
        online_url="https://meet.example.org/alleen-met-plaats",
        programme="## Opening\n\nWelkom door de **gedeputeerde**.",
        speakers="Anna Aarts\nBert Bos",
    )
    public.themes.set([theme])
    event("Terugblik webinar", region, is_public=True, slug="terugblik", starts_in=timedelta(days=-30))
    event("Besloten fenomeentafel QRS", region, groups=[all_partners_group()], slug="besloten-tafel")
    event("Concept-bijeenkomst TUV", region, is_public=True, slug="concept-bijeenkomst", status="draft")
    return {"article": article, "question": question, "event": public}


PROBLEM = "application/problem+json"


def assert_problem(response, status):
    """An RFC 9457 problem with exactly its five members, and the version header."""
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert set(body) == {"type", "title", "status", "detail", "instance"}
    assert body["status"] == status and body["detail"] and body["instance"].startswith("/api/v1/")
    assert response["API-Version"] == "1.2.0"


def validator(client, schema_name):
    doc = client.get("/api/v1/openapi.json").json()
    return Draft202012Validator({"$ref": f"#/components/schemas/{schema_name}", "components": doc["components"]})


def assert_valid(client, response, schema_name):
    assert response.status_code == 200, response.content[:300]
    errors = list(validator(client, schema_name).iter_errors(response.json()))
    assert errors == [], errors[:3]


def test_every_endpoint_matches_the_openapi_document(client, content):
    doc = client.get("/api/v1/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    cases = {
        "/api/v1/articles": "ArticlePage",
        "/api/v1/articles?q=bibob&thema=informatiepositie": "ArticlePage",
        "/api/v1/articles/bibob": "ArticleDetail",
        "/api/v1/themes": "TaxonomyPage",
        "/api/v1/phenomena": "TaxonomyPage",
        "/api/v1/regions": "RegionPage",
        "/api/v1/signals?fenomeen=drugs&waar=buitengebied": "SignalPage",
        "/api/v1/quiz/questions?level=1": "QuestionPage",
        f"/api/v1/quiz/questions/{content['question'].pk}": "Question",
        "/api/v1/events?thema=informatiepositie&vorm=hybride&regio=limburg": "EventPage",
        "/api/v1/events?periode=voorbij": "EventPage",
        "/api/v1/events/themamiddag": "EventDetail",
    }
    for url, schema in cases.items():
        assert_valid(client, client.get(url), schema)
        path = url.split("?")[0].removeprefix("/api/v1")
        templated = (
            path.replace("bibob", "{slug}")
            .replace("themamiddag", "{slug}")
            .replace(str(content["question"].pk), "{id}")
        )
        assert templated in doc["paths"], templated


def test_the_right_answer_is_not_in_the_question_and_answering_tells_it(client, content):
    question = content["question"]
    payload = client.get(f"/api/v1/quiz/questions/{question.pk}").content.decode()
    assert "is_correct" not in payload and "correct" not in payload

    right = question.choices.get(is_correct=True)
    wrong = question.choices.filter(is_correct=False).first()
    url = f"/api/v1/quiz/questions/{question.pk}/answer"
    yes = client.post(url, json.dumps({"choice": right.pk}), content_type="application/json")
    no = client.post(url, json.dumps({"choice": wrong.pk}), content_type="application/json")

    assert_valid(client, yes, "AnswerResult")
    assert yes.json()["correct"] is True and no.json()["correct"] is False
    assert no.json()["correct_choice"] == right.pk and no.json()["explanation"] == "Zo zit het."
    for bad in ["", "{}", '{"choice": "x"}', "[1]", '{"choice": 99999999999999999999999}']:
        response = client.post(url, bad, content_type="application/json")
        assert_problem(response, 400)
    assert_problem(client.get(url), 405)
    missing = client.post("/api/v1/quiz/questions/999999/answer", '{"choice": 1}', content_type="application/json")
    assert missing.status_code == 404


def test_nothing_closed_or_unpublished_comes_out(client, content):
    urls = [
        "/api/v1/articles?pageSize=100",
        "/api/v1/articles?q=geheimewoord",
        "/api/v1/themes",
        "/api/v1/regions",
        "/api/v1/signals",
        "/api/v1/quiz/questions",
        "/kennisbank/feed/",
        "/kennisbank/nieuws/feed/",
    ]
    for url in urls:
        body = client.get(url).content.decode()
        assert "Besloten rapport XYZ" not in body and "Concept dat niemand ziet" not in body, url
    assert client.get("/api/v1/articles/concept").status_code == 404


def test_events_are_the_public_ones_only_without_their_online_link(client, content):
    upcoming = client.get("/api/v1/events").json()
    past = client.get("/api/v1/events?periode=voorbij").json()

    assert [e["slug"] for e in upcoming["results"]] == ["themamiddag"]
    assert [e["slug"] for e in past["results"]] == ["terugblik"]
    detail = client.get("/api/v1/events/themamiddag").json()
    assert detail["organiser"] == "limburg" and detail["place"] == "Provinciehuis Maastricht"
    assert detail["seats_left"] == 30 and detail["speakers"] == ["Anna Aarts", "Bert Bos"]
    assert "<strong>gedeputeerde</strong>" in detail["programme_html"]
    assert detail["starts_at"].endswith(("+01:00", "+02:00"))  # Dutch time, with its offset
    for url in ("/api/v1/events?pageSize=100", "/api/v1/events?periode=voorbij", "/api/v1/events/themamiddag"):
        body = client.get(url).content.decode()
        assert "meet.example.org" not in body, url
        assert "QRS" not in body and "TUV" not in body, url
    for slug in ("besloten-tafel", "concept-bijeenkomst", "bestaat-niet"):
        assert_problem(client.get(f"/api/v1/events/{slug}"), 404)
    assert_problem(client.get("/api/v1/events?vorm=fietstocht"), 400)
    assert_problem(client.get("/api/v1/events?periode=morgen"), 400)


def test_pagination_and_errors(client, content):
    first = client.get("/api/v1/articles?pageSize=2").json()
    assert first["count"] == 5 and len(first["results"]) == 2
    assert first["next"].endswith("page=2&pageSize=2") or "page=2" in first["next"]
    assert first["previous"] is None
    assert_problem(client.get("/api/v1/articles?page=999"), 404)
    too_many = "?" + "&".join(f"thema=t{n}" for n in range(21))
    for bad in ["?page=abc", "?page=0", "?pageSize=x", "?pageSize=0", "?pageSize=101", "?soort=roman", too_many]:
        assert_problem(client.get("/api/v1/articles" + bad), 400)
    assert_problem(client.get("/api/v1/quiz/questions?level=7"), 400)
    assert_problem(client.get("/api/v1/signals?waar=zee"), 400)
    assert client.get("/api/v1/articles?pageSize=100").json()["count"] == 5


def test_etag_and_last_modified(client, content):
    first = client.get("/api/v1/articles")
    assert first["ETag"] and first["Last-Modified"]

    again = client.get("/api/v1/articles", HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304
    assert again["API-Version"] == "1.2.0" and again["Access-Control-Allow-Origin"] == "*"


def test_rate_limit_answers_429_and_recovers(client, content, settings):
    settings.KPO_API_RATE_LIMIT = 5
    with mock.patch("kpo.ratelimit.time.time", return_value=1_000_020):
        statuses = [client.get("/api/v1/themes").status_code for _ in range(6)]
        limited = client.get("/api/v1/themes")
    assert statuses[:5] == [200] * 5 and statuses[5] == 429
    assert_problem(limited, 429)
    assert int(limited["Retry-After"]) > 0
    with mock.patch("kpo.ratelimit.time.time", return_value=1_000_020 + 60):
        assert client.get("/api/v1/themes").status_code == 200


def test_feeds_are_atom(client, content):
    response = client.get("/kennisbank/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert "Bibob uitgelegd" in response.content.decode()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    path=st.sampled_from(["articles", "signals", "quiz/questions", "themes", "regions"]),
    params=st.dictionaries(
        st.sampled_from(["q", "page", "pageSize", "level", "thema", "fenomeen", "soort", "regio", "waar"]),
        st.text(max_size=60),
        max_size=4,
    ),
)
def test_no_server_errors_for_any_query(client, content, path, params):
    response = client.get("/api/v1/" + path, params)
    assert response.status_code in (200, 400, 404)
    assert response["Content-Type"] == ("application/json" if response.status_code == 200 else PROBLEM)


def test_every_answer_carries_the_full_version(client, content):
    question = content["question"].pk
    answers = [
        client.get("/api/v1/"),
        client.get("/api/v1/openapi.json"),
        client.get("/api/v1/articles"),
        client.get("/api/v1/articles/bibob"),
        client.get("/api/v1/articles/", {"q": "x"}),  # 308
        client.get("/api/v1/nergens"),  # 404
        client.delete("/api/v1/articles"),  # 405
        client.options(f"/api/v1/quiz/questions/{question}/answer"),  # CORS preflight
        client.post(f"/api/v1/quiz/questions/{question}/answer", "{}", content_type="application/json"),  # 400
    ]
    doc = answers[1].json()
    assert doc["info"]["version"] == "1.2.0"
    for response in answers:
        assert response["API-Version"] == "1.2.0", response.status_code
        assert response["Access-Control-Allow-Origin"] == "*"


def test_the_openapi_document_is_open_to_anyone_and_says_who_to_ask(client, content):
    response = client.get("/api/v1/openapi.json", secure=True, headers={"origin": "https://app.example"})

    assert response.status_code == 200 and response["Access-Control-Allow-Origin"] == "*"
    doc = response.json()
    assert doc["servers"] == [{"url": "https://testserver/api/v1", "description": "Versie 1"}]
    assert set(doc["info"]["contact"]) == {"name", "email", "url"}
    assert not [path for path in doc["paths"] if path.endswith("/")]
    preflight = client.options("/api/v1/quiz/questions/1/answer", headers={"origin": "https://app.example"})
    assert preflight.status_code == 204 and "POST" in preflight["Access-Control-Allow-Methods"]
    assert "Content-Type" in preflight["Access-Control-Allow-Headers"]


def test_unknown_addresses_and_methods_are_problems_not_html(client, content):
    assert_problem(client.get("/api/v1/nergens/te/vinden"), 404)
    assert_problem(client.get("/api/v1/articles/concept"), 404)
    assert_problem(client.get(f"/api/v1/quiz/questions/{content['question'].pk + 999}"), 404)
    method = client.put("/api/v1/themes")
    assert_problem(method, 405)
    assert method["Allow"] == "GET, HEAD"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/api/v1/articles/", "/api/v1/articles"),
        ("/api/v1/articles/?page_size=2&q=bibob", "/api/v1/articles?q=bibob&pageSize=2"),
        ("/api/v1/articles?page_size=2", "/api/v1/articles?pageSize=2"),
        ("/api/v1/articles/bibob/", "/api/v1/articles/bibob"),
        ("/api/v1/themes/?page=2", "/api/v1/themes?page=2"),
        ("/api/v1/quiz/questions/?level=1", "/api/v1/quiz/questions?level=1"),
    ],
)
def test_the_addresses_of_version_1_0_answer_308_to_the_new_ones(client, content, old, new):
    response = client.get(old)

    assert response.status_code == 308 and response["Location"] == new
    assert response["API-Version"] == "1.2.0"
    assert client.get(old, follow=True).status_code == 200


def test_an_answer_posted_to_the_old_address_still_counts(client, content):
    question = content["question"]
    right = question.choices.get(is_correct=True)
    old = f"/api/v1/quiz/questions/{question.pk}/answer/"

    moved = client.post(old, json.dumps({"choice": right.pk}), content_type="application/json")
    followed = client.post(old, json.dumps({"choice": right.pk}), content_type="application/json", follow=True)

    assert moved.status_code == 308 and moved["Location"] == old.rstrip("/")
    assert followed.status_code == 200 and followed.json()["correct"] is True


def test_a_server_error_is_a_problem_too(client, content):
    with mock.patch("api.views._taxonomy", side_effect=RuntimeError("boom")):
        response = client.get("/api/v1/themes")

    assert_problem(response, 500)
    assert "boom" not in response.content.decode()


# schemathesis: requests generated from the OpenAPI document the site serves (valid and invalid
# input), every response checked against it: no server errors; status codes, content types,
# headers and bodies as documented; invalid input refused, valid input accepted. The document
# is fetched at collection (no database needed for it); the requests run in each test's
# database transaction with the content fixture.
# A choice id that is no choice of the question is well-formed (an integer) and still refused
# (400): the document cannot say which ids belong to which question, so 400 is accepted there.
CONFIG = schemathesis.config.SchemathesisConfig.from_dict(
    {
        "operations": [
            {
                "include-operation-id": "answerQuizQuestion",
                "checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "400", "404", "429"]}},
            }
        ]
    }
)
served_schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", WSGIHandler(), config=CONFIG)


@pytest.fixture
def served_api(content, settings):
    """The site as a WSGI application inside the test's transaction: like Django's test client,
    keep the connection open at the end of each request (it would end the transaction)."""
    settings.KPO_API_RATE_LIMIT = 100_000  # the limit has its own test; here it would only add 429s
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@served_schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_response_matches_the_served_openapi_document(case, served_api):
    case.call_and_validate()


def test_linked_operations_hold_together(served_api):
    """Stateful: schemathesis follows the document's links (a list to one of its items, a question
    to its answer) with real ids, and checks every response on the way."""
    served_schema.as_state_machine().run(
        settings=settings(
            max_examples=10, stateful_step_count=4, deadline=None, suppress_health_check=list(HealthCheck)
        )
    )


def test_the_root_without_its_slash_answers_as_the_api_does(client):
    response = client.get("/api/v1")
    assert response.status_code == 308
    assert response["Location"] == "/api/v1/"
    assert response["API-Version"]


@pytest.mark.parametrize("path", ["/api/v1/events/a%0A", "/api/v1/articles/x%0Ay", "/api/v1/%0A"])
def test_a_new_line_in_the_path_is_a_problem_too(client, content, path):
    assert_problem(client.get(path), 404)
