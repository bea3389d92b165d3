"""Search that understands Dutch (issue 15), through HTTP: compounds and their parts, split
compounds, typos and curators' synonyms, in the kennisbank, the closed section (without
showing what a partner may not read), the directory and /zoeken/."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accounts.services import all_partners_group, audience_group
from kpo.models import SearchSynonym
from network.models import Profile
from tests.factories import ArticleFactory, OrganisationFactory, document, partner

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return re.findall(r'<h3 class="card__title"[^>]*><a href="[^"]+">([^<]+)</a>', response.content.decode())


@pytest.fixture
def articles(db):
    now = timezone.now()
    ArticleFactory(title="Drugs en hennepteelt herkennen", body="Een hennepkwekerij op zolder.", published_at=now)
    ArticleFactory(title="Vastgoedfraude aanpakken", body="Panden en notarissen.", published_at=now)
    ArticleFactory(
        title="Zorg in de wijk",
        body="Over vastgoed en over fraude, los van elkaar.",
        published_at=now - timedelta(hours=1),
    )
    ArticleFactory(title="Outlaw motorgangs", body="Clubhuizen en colours.", published_at=now)
    ArticleFactory(title="Witwassen voorkomen", body="Crimineel geld.", published_at=now)
    ArticleFactory(title="Iets anders", body="Verkeersveiligheid.", published_at=now)
    SearchSynonym.objects.create(term="OMG", alternative="outlaw motorgangs", both_ways=True)
    SearchSynonym.objects.get_or_create(term="cannabis", alternative="hennep")


@pytest.mark.parametrize(
    ("q", "first"),
    [
        ("hennep", "Drugs en hennepteelt herkennen"),  # start of a compound
        ("fraude", "Vastgoedfraude aanpakken"),  # end of a compound
        ("motor", "Outlaw motorgangs"),
        ("vastgoed fraude", "Vastgoedfraude aanpakken"),  # split: the joined word first
        ("witwasen", "Witwassen voorkomen"),  # typos
        ("hennup", "Drugs en hennepteelt herkennen"),
        ("OMG", "Outlaw motorgangs"),  # synonyms and abbreviations from the admin model
        ("cannabis", "Drugs en hennepteelt herkennen"),
    ],
)
def test_kennisbank_finds_compounds_split_words_typos_and_synonyms(client, articles, q, first):
    found = titles(client.get("/kennisbank/", {"q": q}))

    assert found and found[0] == first
    assert "Iets anders" not in found


def test_split_compound_ranks_the_joined_word_above_both_words_apart(client, articles):
    found = titles(client.get("/kennisbank/", {"q": "vastgoed fraude"}))

    assert found.index("Vastgoedfraude aanpakken") < found.index("Zorg in de wijk")


def test_exact_word_ranks_above_a_typo(client, db):
    ArticleFactory(title="Hennup", body="Een plaatsnaam.", published_at=timezone.now() - timedelta(days=9))
    ArticleFactory(title="Hennep", body="De plant.", published_at=timezone.now())

    assert titles(client.get("/kennisbank/", {"q": "hennup"})) == ["Hennup", "Hennep"]


def test_highlight_marks_the_whole_compound(client, articles):
    page = client.get("/kennisbank/", {"q": "hennep"}).content.decode()

    assert "<mark>hennepkwekerij</mark>" in page


@pytest.fixture
def closed(db):
    home = OrganisationFactory(domains=["thuis.nl"])
    other = OrganisationFactory(domains=["elders.nl"])
    member = partner(home, email="lid@thuis.nl", name="Lid Thuis")
    colleague = partner(other, email="collega@elders.nl", name="Carla Collega", function="Adviseur zorgfraude")
    Profile.objects.create(
        user=colleague,
        visibility=Profile.Visibility.ALL_PARTNERS,
        completed=True,
        introduction="Ik werk aan vastgoedfraude en hennepteelt.",
    )
    document("Signalenkaart", other, "Signalen van hennepteelt in stallen.", [audience_group(home)])
    document("Geheime notitie", other, "Hennepkwekerijen van een lopend onderzoek.", [audience_group(other)])
    document("Factsheet", other, "Over vastgoedfraude bij notarissen.", [all_partners_group()])
    SearchSynonym.objects.get_or_create(term="cannabis", alternative="hennep")
    return member


def login(client, user):
    client.force_login(user)


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("hennep", ["Signalenkaart"]),  # in the document's text, as part of a compound
        ("henep", ["Signalenkaart"]),
        ("cannabis", ["Signalenkaart"]),
        ("vastgoed fraude", ["Factsheet"]),
        ("fraude", ["Factsheet"]),
    ],
)
def test_closed_section_widens_the_search_but_only_over_what_the_partner_may_read(client, closed, q, expected):
    login(client, closed)

    page = client.get("/besloten/", {"q": q})

    assert titles(page) == expected
    assert "Geheime notitie" not in page.content.decode()


@pytest.mark.parametrize("q", ["zorgfraude", "fraude", "vastgoed fraude", "hennup", "cannabis"])
def test_directory_finds_compounds_split_words_typos_and_synonyms(client, closed, q):
    login(client, closed)

    assert "Carla Collega" in client.get("/netwerk/", {"q": q}).content.decode()


def test_directory_does_not_find_what_is_not_there(client, closed):
    login(client, closed)

    assert "Carla Collega" not in client.get("/netwerk/", {"q": "mensenhandel"}).content.decode()


@pytest.mark.parametrize("q", ["hennep", "hennup", "cannabis"])
def test_site_search_widens_every_group(client, closed, articles, q):
    login(client, closed)

    page = client.get("/zoeken/", {"q": q}).content.decode()

    assert "Drugs en hennepteelt herkennen" in page and "Signalenkaart" in page and "Carla Collega" in page
    assert "Geheime notitie" not in page


# Quotes, `-`, `or`, only stop words, only punctuation, 200 characters of one word, mixed
# scripts, and any text at all.
BAD_QUERIES = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            '"',
            '""',
            '"vastgoed fraude"',
            "-",
            "- -",
            "-hennep",
            "or",
            "or or",
            "hennep or -fraude",
            "de het een",
            "!!!",
            "...",
            "a" * 200,
            ("hennepteelt" * 19)[:200],
            "ОМГ hennep",
            "hennep 漢字 مرحبا ОМГ",
            "😀 fraude",
            "'",
            "\\",
            "a:*",
            "(&|!)",
        ]
    ),
    st.lists(
        st.sampled_from(['"', "-", "or", "hennep", "fraude", "de", "!", "'", "&", "|", ":*", "ОМГ", "漢字"]), max_size=8
    ).map(" ".join),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=BAD_QUERIES)
def test_bad_input_gives_a_normal_page(client, articles, q):
    for url in ("/kennisbank/", "/zoeken/"):
        assert client.get(url, {"q": q}).status_code == 200


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=BAD_QUERIES)
def test_bad_input_gives_a_partner_a_normal_page_that_shows_nothing_closed_to_them(client, closed, articles, q):
    login(client, closed)
    for url in ("/besloten/", "/netwerk/", "/zoeken/", "/kennisbank/"):
        response = client.get(url, {"q": q})
        assert response.status_code == 200, url
        assert "Geheime notitie" not in response.content.decode()


def test_site_search_covers_signals_quiz_topics_and_riec_pages_with_counts(client, db):
    from accounts.models import Region
    from learning.models import QuizQuestion, Signal
    from tests.factories import PhenomenonFactory

    drugs = PhenomenonFactory(name="Drugs", slug="drugs")
    Signal.objects.create(
        slug="stallen",
        title="Stroomverbruik in stallen",
        description="Hennepkwekerij.",
        phenomenon=drugs,
        setting=Signal.Setting.values[0],
        action="Meld het.",
    )
    QuizQuestion.objects.create(
        level=1, text="Wat ruikt u bij hennepteelt?", explanation="Een zoete geur.", phenomenon=drugs
    )
    Region.objects.create(name="RIEC Hennepland", slug="hennepland", area="Waar de hennep groeit")

    page = client.get("/zoeken/", {"q": "hennep"}).content.decode()

    assert "Signalen (1)" in page and 'href="/signalen/?fenomeen=drugs#stallen"' in page
    assert "Quiz (1)" in page and "De quiz heeft vragen over: Drugs." in page
    assert "RIEC's en LIEC (1)" in page and 'href="/riec/#hennepland"' in page


def test_snippet_starts_at_the_sentence_with_the_match_without_markdown(client, db):
    ArticleFactory(
        title="Opmaak",
        summary="Een samenvatting zonder het woord.",
        body="## Kopje\n\nEerste zin over iets anders, lang genoeg om te tellen. Tweede zin over iets anders."
        " Derde zin.\n\n- **Hennepteelt** op zolder is een signaal.\n- Nog een punt.",
    )

    page = client.get("/kennisbank/", {"q": "hennep"}).content.decode()
    snippet = page.split('class="card__snippet" lang="nl">')[1].split("</p>")[0]

    assert snippet.startswith("<mark>Hennepteelt</mark> op zolder is een signaal.")
    assert "**" not in snippet and "- " not in snippet and "#" not in snippet


def test_a_word_added_by_an_edit_is_found_as_part_of_its_compound(client, db):
    article = ArticleFactory(title="Afval in de natuur", body="Vaten in het bos.")
    assert titles(client.get("/kennisbank/", {"q": "dumping"})) == []

    article.body = "Drugsdumping: vaten in het bos."
    article.save()  # the trigger adds the new lexemes to the vocabulary

    assert titles(client.get("/kennisbank/", {"q": "dumping"})) == ["Afval in de natuur"]


def test_a_new_synonym_applies_to_cached_public_pages_at_once(client, articles):
    for url in ("/kennisbank/", "/zoeken/"):
        assert "Witwassen voorkomen" not in client.get(url, {"q": "zwartgeld"}).content.decode()

    SearchSynonym.objects.create(term="zwartgeld", alternative="witwassen")

    for url in ("/kennisbank/", "/zoeken/"):
        assert "Witwassen voorkomen" in client.get(url, {"q": "zwartgeld"}).content.decode()


@pytest.mark.parametrize(
    ("body", "starts"),
    [
        ("# Hennepteelt in **de** stad\n\nDaarna tekst.", "<mark>Hennepteelt</mark> in de stad"),
        ("Eerste zin. Een *schuur* met **hennep**planten. Slot.", "Een schuur met <mark>hennepplanten</mark>."),
        (
            "Inleiding\n\n1. Eerst dit.\n2. Zie [de hennepgids](https://example.org/hennep-x) nu.",
            "Zie de <mark>hennepgids</mark> nu.",
        ),
        ("> Een quote.\n>\n> * Punt over `hennep` in code\n", "Punt over <mark>hennep</mark> in code"),
    ],
)
def test_snippets_are_cut_from_the_rendered_text(client, db, body, starts):
    """The snippet is the text a reader sees: it starts at the sentence, heading or list
    item with the match and shows no Markdown syntax, nor link targets."""
    ArticleFactory(title="Opmaak", summary="Zonder het woord.", body=body)

    page = client.get("/kennisbank/", {"q": "hennep"}).content.decode()
    snippet = page.split('class="card__snippet" lang="nl">')[1].split("</p>")[0]

    assert snippet.startswith(starts), snippet
    for syntax in ("**", "# ", "- ", "* ", "1. ", "](", "example.org", "`", "&gt;"):
        assert syntax not in snippet, (syntax, snippet)


def test_site_search_snippet_is_the_rendered_text_too(client, db):
    ArticleFactory(
        title="Opmaak", summary="Zonder het woord.", body="## Kop\n\n- **Hennepteelt** op zolder.\n- Ander punt"
    )

    page = client.get("/zoeken/", {"q": "hennepteelt"}).content.decode()

    assert "<mark>Hennepteelt</mark> op zolder." in page
    assert "**" not in page.split("<main", 1)[1]


def test_the_plain_text_follows_every_edit_of_the_markdown(client, db):
    article = ArticleFactory(title="Opmaak", summary="Zonder het woord.", body="Niets.")
    article.body = "- **Drugsafval** in het bos."
    article.save(update_fields=["body"])

    assert titles(client.get("/kennisbank/", {"q": "drugsafval"})) == ["Opmaak"]
    assert "**" not in client.get("/kennisbank/", {"q": "drugsafval"}).content.decode().split("<main", 1)[1]
