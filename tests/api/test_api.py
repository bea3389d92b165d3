"""The open API: every response matches its own OpenAPI document, the right answer is
never in a question, nothing closed comes out, and the limits hold."""

import json
from unittest import mock

import pytest
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
    return {"article": article, "question": question}


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
        "/api/v1/articles/": "ArticlePage",
        "/api/v1/articles/?q=bibob&thema=informatiepositie": "ArticlePage",
        "/api/v1/articles/bibob/": "ArticleDetail",
        "/api/v1/themes/": "TaxonomyPage",
        "/api/v1/phenomena/": "TaxonomyPage",
        "/api/v1/regions/": "RegionPage",
        "/api/v1/signals/?fenomeen=drugs&waar=buitengebied": "SignalPage",
        "/api/v1/quiz/questions/?level=1": "QuestionPage",
        f"/api/v1/quiz/questions/{content['question'].pk}/": "Question",
    }
    for url, schema in cases.items():
        assert_valid(client, client.get(url), schema)
        path = url.split("?")[0].removeprefix("/api/v1")
        templated = path.replace("bibob", "{slug}").replace(str(content["question"].pk), "{id}")
        assert templated in doc["paths"], templated


def test_the_right_answer_is_not_in_the_question_and_answering_tells_it(client, content):
    question = content["question"]
    payload = client.get(f"/api/v1/quiz/questions/{question.pk}/").content.decode()
    assert "is_correct" not in payload and "correct" not in payload

    right = question.choices.get(is_correct=True)
    wrong = question.choices.filter(is_correct=False).first()
    url = f"/api/v1/quiz/questions/{question.pk}/answer/"
    yes = client.post(url, json.dumps({"choice": right.pk}), content_type="application/json")
    no = client.post(url, json.dumps({"choice": wrong.pk}), content_type="application/json")

    assert_valid(client, yes, "AnswerResult")
    assert yes.json()["correct"] is True and no.json()["correct"] is False
    assert no.json()["correct_choice"] == right.pk and no.json()["explanation"] == "Zo zit het."
    for bad in ["", "{}", '{"choice": "x"}', "[1]", '{"choice": 99999999999999999999999}']:
        response = client.post(url, bad, content_type="application/json")
        assert response.status_code == 400 and "detail" in response.json()
    assert client.get(url).status_code == 405
    missing = client.post("/api/v1/quiz/questions/999999/answer/", '{"choice": 1}', content_type="application/json")
    assert missing.status_code == 404


def test_nothing_closed_or_unpublished_comes_out(client, content):
    urls = [
        "/api/v1/articles/?page_size=100",
        "/api/v1/articles/?q=geheimewoord",
        "/api/v1/themes/",
        "/api/v1/regions/",
        "/api/v1/signals/",
        "/api/v1/quiz/questions/",
        "/kennisbank/feed/",
        "/kennisbank/nieuws/feed/",
    ]
    for url in urls:
        body = client.get(url).content.decode()
        assert "Besloten rapport XYZ" not in body and "Concept dat niemand ziet" not in body, url
    assert client.get("/api/v1/articles/concept/").status_code == 404


def test_pagination_and_errors(client, content):
    first = client.get("/api/v1/articles/?page_size=2").json()
    assert first["count"] == 5 and len(first["results"]) == 2
    assert first["next"].endswith("page=2&page_size=2") or "page=2" in first["next"]
    assert first["previous"] is None
    for bad in ["?page=999", "?page=abc", "?page_size=x"]:
        response = client.get("/api/v1/articles/" + bad)
        assert response.status_code == 404 and response.json()["detail"]
    assert client.get("/api/v1/articles/?page_size=5000").json()["count"] == 5


def test_etag_and_last_modified(client, content):
    first = client.get("/api/v1/articles/")
    assert first["ETag"] and first["Last-Modified"]

    again = client.get("/api/v1/articles/", HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304


def test_rate_limit_answers_429_and_recovers(client, content, settings):
    settings.KPO_API_RATE_LIMIT = 5
    with mock.patch("kpo.ratelimit.time.time", return_value=1_000_020):
        statuses = [client.get("/api/v1/themes/").status_code for _ in range(6)]
        limited = client.get("/api/v1/themes/")
    assert statuses[:5] == [200] * 5 and statuses[5] == 429
    assert limited.status_code == 429 and int(limited["Retry-After"]) > 0
    with mock.patch("kpo.ratelimit.time.time", return_value=1_000_020 + 60):
        assert client.get("/api/v1/themes/").status_code == 200


def test_feeds_are_atom(client, content):
    response = client.get("/kennisbank/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert "Bibob uitgelegd" in response.content.decode()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    path=st.sampled_from(["articles/", "signals/", "quiz/questions/", "themes/", "regions/"]),
    params=st.dictionaries(
        st.sampled_from(["q", "page", "page_size", "level", "thema", "fenomeen", "soort", "regio", "waar"]),
        st.text(max_size=60),
        max_size=4,
    ),
)
def test_no_server_errors_for_any_query(client, content, path, params):
    response = client.get("/api/v1/" + path, params)
    assert response.status_code in (200, 400, 404)
    assert response["Content-Type"].startswith("application/json")
