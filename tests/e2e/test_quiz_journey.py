"""A visitor plays a quiz round and reads the signals page; keyboard and axe-core."""

import re

import pytest
from playwright.sync_api import expect

from learning.models import Signal
from tests.factories import ArticleFactory, PhenomenonFactory, quiz_question


@pytest.fixture
def quiz(transactional_db):
    article = ArticleFactory(title="Wat doen de RIEC's?", slug="wat-doen-riecs")
    for i in range(10):
        quiz_question(level=1, text=f"Vraag nummer {i + 1} over ondermijning?", articles=[article])
    drugs = PhenomenonFactory(name="Drugs en hennepteelt", slug="drugs-en-hennepteelt")
    vastgoed = PhenomenonFactory(name="Vastgoedfraude", slug="vastgoedfraude")
    Signal.objects.create(
        slug="stroom",
        title="Opvallend stroomverbruik",
        description="Een schuur met veel stroom.",
        phenomenon=drugs,
        setting="buitengebied",
        action="Meld het via de procedure van uw organisatie.",
    )
    Signal.objects.create(
        slug="contant",
        title="Contante aankoop van een pand",
        description="Betaling met veel contant geld.",
        phenomenon=vastgoed,
        setting="vastgoed",
        action="Neem contact op met het RIEC in uw regio.",
    )


def test_quiz_round_and_signals(page, live_server, quiz, assert_accessible):
    base = live_server.url
    page.goto(base + "/quiz/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Quiz")
    assert_accessible(page)
    page.get_by_role("button", name="Start niveau 1").click()

    for number in range(1, 11):
        expect(page.get_by_text(f"vraag {number} van 10")).to_be_visible()
        if number == 1:
            assert_accessible(page)
        # Keyboard only: focus the first choice, select it, submit.
        page.get_by_role("radio", name="Tien").focus()
        page.keyboard.press("Space")
        page.get_by_role("button", name="Antwoord geven").press("Enter")
        expect(page.get_by_text("Goed!")).to_be_visible()
        if number == 1:
            expect(page.get_by_role("link", name="Wat doen de RIEC's?")).to_be_visible()
            assert_accessible(page)
        page.get_by_role("button", name=re.compile("Volgende vraag|Naar de uitslag")).click()

    expect(page.get_by_role("heading", level=1)).to_have_text("10 van 10 goed")
    assert_accessible(page)
    page.get_by_label("Bijnaam op de ranglijst").fill("Speurneus")
    page.get_by_role("button", name="Zet op de ranglijst").click()
    expect(page.get_by_role("cell", name="Speurneus")).to_be_visible()
    assert_accessible(page)

    page.goto(base + "/signalen/")
    assert_accessible(page)
    page.get_by_label("Waar u werkt").select_option("vastgoed")
    page.get_by_role("button", name="Filter toepassen").click()
    expect(page.get_by_role("heading", name="Contante aankoop van een pand")).to_be_visible()
    expect(page.get_by_role("heading", name="Opvallend stroomverbruik")).to_have_count(0)
    assert_accessible(page)
