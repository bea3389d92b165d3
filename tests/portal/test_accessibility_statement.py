"""The accessibility statement at /toegankelijkheid/ has the parts of the model statement of
DigiToegankelijk: organisation, scope, status, state per WCAG 2.1 AA, known problems with
planned dates, measures, date, how to report a problem, and the Nationale ombudsman."""

import re
from html.parser import HTMLParser

import pytest

pytestmark = pytest.mark.django_db


class Sections(HTMLParser):
    """The text of the page per h2/h3 heading, and the <time datetime> values."""

    def __init__(self):
        super().__init__()
        self.sections, self.current, self.in_heading, self.times = {}, None, False, []

    def handle_starttag(self, tag, attrs):
        if tag in ("h2", "h3"):
            self.in_heading, self.current = True, ""
        if tag == "time":
            self.times.append(dict(attrs).get("datetime"))

    def handle_endtag(self, tag):
        if tag in ("h2", "h3"):
            self.in_heading = False
            self.current = self.current.strip()
            self.sections[self.current] = ""

    def handle_data(self, data):
        if self.in_heading:
            self.current += data
        elif self.current is not None:
            self.sections[self.current] += data


def statement(client, url="/toegankelijkheid/"):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    parser = Sections()
    parser.feed(html)
    return html, {k: " ".join(v.split()) for k, v in parser.sections.items()}, parser.times


def test_statement_follows_the_model(client):
    html, sections, times = statement(client)

    assert "<h1>Toegankelijkheidsverklaring</h1>" in html
    # Organisation and scope: this installation's own address.
    assert "Landelijk Informatie- en Expertisecentrum (LIEC)" in sections["Verklaring"]
    assert "Besluit digitale toegankelijkheid overheid" in sections["Verklaring"]
    assert 'href="http://testserver/">http://testserver/</a>' in html
    assert "WCAG) 2.1, niveau A en AA" in sections["Verklaring"]

    # Status C, honestly: no independent audit yet.
    assert "Status C: eerste maatregelen genomen." in sections["Nalevingsstatus"]
    assert "nog niet gedaan" in sections["Nalevingsstatus"]
    state = sections["Stand van zaken per onderdeel van WCAG 2.1 niveau AA"]
    for part in ("Automatisch getest", "Met de hand getest", "Bekende afwijkingen", "Nog niet onderzocht"):
        assert part in state

    # Measures: axe-core on every page, keyboard tests, a planned WCAG-EM evaluation.
    measures = sections["Maatregelen die we hebben genomen"]
    assert "axe-core elke pagina" in measures
    assert "Toetsenbordtests" in measures
    assert re.search(r"WCAG-EM\. Dat onderzoek is gepland in het \w+ kwartaal van 20\d\d", measures)

    # The known deviations name the requirement; every known problem says when it is fixed.
    deviations = ["Documenten in het besloten gedeelte", "Inhoud in de Engelse versie"]
    for problem in deviations:
        assert re.search(r"Welke eisen\? WCAG \d\.\d\.\d", sections[problem]), problem
    for problem in [*deviations, "Keuzevelden in de beheeromgeving"]:
        assert re.search(r"Wanneer is het opgelost\?.*\b\d{1,2} \w+ 20\d\d\b", sections[problem]), problem

    # How to report a problem, the response time, and the right to complain.
    report = sections["Een probleem melden"]
    assert "mailto:info@liec.nl" in html
    assert "Binnen 5 werkdagen" in report
    assert "Nationale ombudsman" in sections["Niet tevreden met ons antwoord?"]
    assert 'href="https://www.nationaleombudsman.nl/"' in html

    # Date of drafting.
    assert "2026-11-23" in times
    assert "Opgesteld op 23 november 2026" in sections["Over deze verklaring"]


def test_statement_in_english(client):
    html, sections, _ = statement(client, "/en/toegankelijkheid/")

    assert "<h1>Accessibility statement</h1>" in html
    assert "Status C: first measures taken." in sections["Compliance status"]
    assert "When will it be fixed?" in sections["Known problems"] + sections["Content in the English version"]
    assert "23 November 2026" in sections["About this statement"]
