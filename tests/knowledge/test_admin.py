"""Curators work in the admin: the pages they use render, with the site's strict CSP."""

import re

import pytest

from knowledge.models import Article
from tests.factories import ArticleFactory, OrganisationFactory, partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def curator_client(client):
    curator = partner(OrganisationFactory(), is_staff=True, is_superuser=True)
    client.force_login(curator)
    return client


@pytest.mark.parametrize(
    "url",
    [
        "/admin/",
        "/admin/knowledge/article/",
        "/admin/knowledge/article/?beoordeling=verlopen&status__exact=concept",
        "/admin/knowledge/article/add/",
        "/admin/knowledge/theme/",
        "/admin/accounts/organisation/",
        "/admin/accounts/organisation/add/",
        "/admin/accounts/user/",
        "/admin/accounts/region/",
    ],
)
def test_admin_pages_render_without_inline_script(curator_client, url):
    response = curator_client.get(url)

    assert response.status_code == 200
    inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>\s*\S", response.content.decode())
    assert inline_scripts == [] or all("application/json" in s for s in inline_scripts)


def test_review_overdue_filter(curator_client):
    from datetime import timedelta

    from django.utils import timezone

    ArticleFactory(title="Verouderd artikel", review_due=timezone.localdate() - timedelta(days=1))
    ArticleFactory(title="Actueel artikel", review_due=timezone.localdate() + timedelta(days=30))

    page = curator_client.get("/admin/knowledge/article/?beoordeling=verlopen").content.decode()

    assert "Verouderd artikel" in page and "Actueel artikel" not in page


def test_unpublish_action(curator_client):
    article = ArticleFactory(title="Even offline")

    curator_client.post("/admin/knowledge/article/", {"action": "unpublish", "_selected_action": [article.pk]})

    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    assert curator_client.get(article.get_absolute_url()).status_code == 404


def test_quiz_admin_counts_wrong_answers_and_needs_one_right_answer(curator_client):
    from learning.models import QuizQuestion
    from tests.factories import quiz_question

    question = quiz_question(level=3, text="Wat is Bibob?")
    QuizQuestion.objects.filter(pk=question.pk).update(times_answered=4, times_wrong=3)

    page = curator_client.get("/admin/learning/quizquestion/").content.decode()
    assert "Wat is Bibob?" in page and "75%" in page

    data = {
        "level": 1,
        "text": "Nieuwe vraag",
        "explanation": "Uitleg",
        "is_active": "on",
        "choices-TOTAL_FORMS": 2,
        "choices-INITIAL_FORMS": 0,
        "choices-MIN_NUM_FORMS": 0,
        "choices-MAX_NUM_FORMS": 6,
        "choices-0-text": "A",
        "choices-0-is_correct": "on",
        "choices-0-order": 0,
        "choices-1-text": "B",
        "choices-1-is_correct": "on",
        "choices-1-order": 1,
    }
    response = curator_client.post("/admin/learning/quizquestion/add/", data)
    assert "Precies één antwoord moet juist zijn." in response.content.decode()
    assert not QuizQuestion.objects.filter(text="Nieuwe vraag").exists()
