"""The privacy and accessibility statements come from per-language Markdown files
(portal/content/<name>.<language>.md): the page shows the file of the active language."""

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

CONTENT = Path(__file__).resolve().parents[2] / "portal" / "content"


def test_privacy_statement_in_dutch(client):
    page = client.get("/privacy/").content.decode()

    assert "<h1>Privacyverklaring</h1>" in page
    assert '<p class="lead">Op het Kennisplatform Ondermijning gaan we zorgvuldig om met persoonsgegevens.' in page
    assert "<h2>Wie is verantwoordelijk?</h2>" in page
    assert '<a href="/riec/">Contactgegevens van de RIEC\'s en het LIEC</a>' in page
    assert '<a href="/account/">Naar Mijn account</a>' in page
    assert "<dt>Serverlogboek</dt>\n<dd>Ten hoogste 30 dagen. Daarna worden de gegevens verwijderd.</dd>" in page
    assert '<a href="tel:+31703706370">070 370 6370</a>' in page
    assert '<time datetime="2026-11-22">22 november 2026</time>' in page
    assert "Privacy statement" not in page


def test_privacy_statement_in_english(client):
    page = client.get("/en/privacy/").content.decode()

    assert "<h1>Privacy statement</h1>" in page
    assert "<h2>Who is responsible?</h2>" in page
    assert '<a href="/en/riec/">Contact details of the RIECs and the LIEC</a>' in page
    assert '<a href="/en/account/">Go to My account</a>' in page
    assert '<time datetime="2026-11-22">22 November 2026</time>' in page
    assert "Wie is verantwoordelijk?" not in page


@pytest.mark.parametrize("name", ["privacy", "accessibility"])
def test_each_language_has_the_same_parts(name):
    def parts(language):
        text = (CONTENT / f"{name}.{language}.md").read_text(encoding="utf-8")
        return {
            "headings": len(re.findall(r"^#{2,3} ", text, re.M)),
            "ids and classes": re.findall(r"\{: [.#][\w-]+ \}", text),
            "definitions": len(re.findall(r"^:   ", text, re.M)),
            "placeholders": re.findall(r"\{\{ \w+ \}\}", text),
            "links": re.findall(r"\]\(((?:https?|mailto|tel):[^)]*)\)", text),
            "dates": re.findall(r'datetime="([\d-]+)"', text),
        }

    assert parts("nl") == parts("en")
