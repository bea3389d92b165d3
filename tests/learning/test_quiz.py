"""A quiz round as a visitor without JavaScript plays it: plain forms and the session."""

import re

import pytest

from knowledge.models import Article
from learning.models import LeaderboardEntry, QuizBestScore, QuizQuestion
from tests.factories import ArticleFactory, OrganisationFactory, partner, quiz_question

pytestmark = pytest.mark.django_db


@pytest.fixture
def questions(db):
    article = ArticleFactory(title="Wat doen de RIEC's?", slug="wat-doen-riecs")
    draft = ArticleFactory(title="Geheim concept", slug="concept", status=Article.Status.DRAFT)
    return [quiz_question(level=2, articles=[article, draft]) for _ in range(12)]


def play(client, level, right_answers):
    """Play a whole round; answer the first `right_answers` questions right."""
    client.post("/quiz/start/", {"level": level})
    pages = []
    for i in range(10):
        page = client.get("/quiz/vraag/").content.decode()
        question = QuizQuestion.objects.get(text=re.search(r'<h1 lang="nl">([^<]+)</h1>', page).group(1))
        wanted = question.choices.filter(is_correct=(i < right_answers)).first()
        client.post("/quiz/vraag/", {"choice": wanted.pk})
        pages.append(client.get("/quiz/vraag/").content.decode())
        client.post("/quiz/volgende/")
    return pages, client.get("/quiz/uitslag/")


def test_a_round_of_ten_with_feedback_and_score(client, questions):
    pages, result = play(client, 2, right_answers=7)

    assert "Goed!" in pages[0] and "Helaas, dat is niet goed." in pages[9]
    assert "Het goede antwoord:" in pages[9] and '<strong lang="nl">Tien</strong>' in pages[9]
    assert "Zo zit het." in pages[0]
    assert 'href="/kennisbank/wat-doen-riecs/"' in pages[0]
    assert "Geheim concept" not in pages[0]  # no links to unpublished articles
    page = result.content.decode()
    assert "7 van 10 goed" in page
    assert page.count('href="/kennisbank/wat-doen-riecs/"') == 3  # the three to read up on
    answered = QuizQuestion.objects.filter(times_answered=1)
    assert answered.count() == 10 and sum(q.times_wrong for q in answered) == 3


def test_an_answer_cannot_be_changed_and_must_be_a_choice(client, questions):
    client.post("/quiz/start/", {"level": 2})
    page = client.get("/quiz/vraag/").content.decode()
    question = QuizQuestion.objects.get(text=re.search(r'<h1 lang="nl">([^<]+)</h1>', page).group(1))

    missing = client.post("/quiz/vraag/", {})
    assert missing.status_code == 400 and "Kies een antwoord" in missing.content.decode()
    other = QuizQuestion.objects.exclude(pk=question.pk).first().choices.first()
    assert client.post("/quiz/vraag/", {"choice": other.pk}).status_code == 400
    client.post("/quiz/vraag/", {"choice": question.choices.filter(is_correct=False).first().pk})
    client.post("/quiz/vraag/", {"choice": question.choices.get(is_correct=True).pk})

    question.refresh_from_db()
    assert question.times_answered == 1 and question.times_wrong == 1
    assert "Helaas" in client.get("/quiz/vraag/").content.decode()


def test_skipping_ahead_is_not_possible(client, questions):
    client.post("/quiz/start/", {"level": 2})
    client.post("/quiz/volgende/")  # not answered: stays
    assert "vraag 1 van 10" in client.get("/quiz/vraag/").content.decode()
    assert client.get("/quiz/uitslag/").status_code == 302


def test_best_score_per_level_for_signed_in_players(client, questions):
    user = partner(OrganisationFactory(), email="speler@example.nl")
    client.force_login(user)

    play(client, 2, right_answers=6)
    play(client, 2, right_answers=4)

    assert QuizBestScore.objects.get(user=user, level=2).score == 6
    assert "Uw beste score: 6 van 10" in client.get("/quiz/").content.decode()


def test_leaderboard_shows_only_the_chosen_nickname(client, questions):
    user = partner(OrganisationFactory(name="Gemeente Geheimstad"), email="echt@example.nl", name="Echte Naam")
    client.force_login(user)
    _, result = play(client, 2, right_answers=8)
    assert "Zet op de ranglijst" in result.content.decode()

    bad = client.post("/quiz/uitslag/", {"nickname": "<b>x</b>"})
    assert bad.status_code == 400 and 'value="&lt;b&gt;x&lt;/b&gt;"' in bad.content.decode()
    client.post("/quiz/uitslag/", {"nickname": "Speurneus"})
    client.post("/quiz/uitslag/", {"nickname": "Nog een keer"})  # once per round

    assert list(LeaderboardEntry.objects.values_list("nickname", "score")) == [("Speurneus", 8)]
    client.logout()
    page = client.get("/quiz/").content.decode()
    board = page.split("Ranglijst van deze week")[1]
    assert "Speurneus" in board
    assert "Echte Naam" not in page and "Geheimstad" not in page and "echt@example.nl" not in page


def test_unknown_level_and_no_round(client, questions):
    assert client.post("/quiz/start/", {"level": "9"}).status_code == 302
    assert client.get("/quiz/vraag/").status_code == 302
    assert client.post("/quiz/start/", {"level": "abc"}).status_code == 302
