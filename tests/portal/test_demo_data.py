"""The demo data files (portal/demo/data): every file parses, every reference resolves, and
a broken reference fails with the file and the reference named.

Nothing here touches the database."""

import io
import re
import shutil
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from documents.uploads import detect_upload, extract_text
from portal.demo import files

MAX = 50 * 1024 * 1024


@pytest.fixture(scope="module")
def data():
    return files.read()


def test_every_file_parses_and_every_reference_resolves(data):
    data_dir = files.DATA_DIR
    # Every file under data/ is read: TOML lists, Markdown with front matter, and their files.
    read = {f"{name}.toml" for name in ("taxonomy", "regions", "partner_types", "organisations", "people")}
    read |= {"network.toml", "quiz.toml", "signals.toml", "scale.toml", "events.toml", "synonyms.toml", "follows.toml"}
    read |= {f"articles/{a['slug']}.md" for a in data.articles}
    read |= {f"documents/{d['slug']}.md" for d in data.documents} | {f"documents/{d['file']}" for d in data.documents}
    on_disk = {str(p.relative_to(data_dir)) for p in data_dir.rglob("*") if p.is_file()}
    assert on_disk == read

    themes, phenomena = {t["slug"] for t in data.themes}, {p["slug"] for p in data.phenomena}
    regions, organisations = {r["slug"] for r in data.regions}, {o["slug"] for o in data.organisations}
    people = {p["email"] for p in data.people}
    articles = {a["slug"] for a in data.articles}
    for article in data.articles:
        assert set(article["themes"]) <= themes and set(article["phenomena"]) <= phenomena
        assert set(article["regions"]) <= regions
    for document in data.documents:
        assert document["owner"] in organisations
        if "contribution" in document:
            assert document["contribution"]["contributor"] in people
            continue
        assert set(document["share"]["organisations"]) <= organisations
        assert set(document["share"]["regions"]) <= regions
    for question in data.questions:
        assert question["answer"] in question["choices"]
        assert set(question["articles"]) <= articles
    assert {p["email"] for p in data.profiles} <= people
    assert {s["phenomenon"] for s in data.signals} <= phenomena
    for event in data.events:
        assert event["organiser"] in regions and set(event["registrations"]) <= people
    assert {f["email"] for f in data.follows} | {s["email"] for s in data.saved_searches} <= people
    assert data.follows and data.saved_searches  # DESIGN: follows and a saved search for the demo partners


def test_the_readme_and_design_promises_hold(data):
    # DESIGN.md "Demo data" and the README's demo accounts table.
    assert len(data.themes) == 5
    assert sum(r["kind"] == "riec" for r in data.regions) == 10
    assert sum(r["kind"] == "liec" for r in data.regions) == 1
    assert len(data.published_articles()) >= 30
    assert len(data.articles) - len(data.published_articles()) >= 2  # a draft and a scheduled one
    people = {p["email"]: p for p in data.people}
    assert people["beheerder@liec.nl"].get("superuser")
    assert people["redacteur@liec.nl"]["groups"] == ["Redacteuren"]
    assert people["redacteur@liec.nl"]["moderates_regions"] == ["riec-rotterdam"]
    assert people["analist@amsterdam.nl"]["organisation"] == "gemeente-amsterdam"
    assert people["rechercheur@politie.nl"]["organisation"] == "politie"
    assert people["aanvrager@rotterdam.nl"]["status"] == "pending"
    assert sum(p["status"] == "approved" for p in data.people) - 4 == 24  # "and 24 more approved people"
    profiles = {p["email"]: p for p in data.profiles}
    assert profiles["buitengebied@groningen.nl"]["visibility"] == "nobody"
    assert any(p["visibility"] == "organisation" for p in data.profiles)
    assert {(r["sender"], r["recipient"]) for r in data.contact_requests} == {
        ("rechercheur@politie.nl", "analist@amsterdam.nl")
    }
    assert len(data.questions) >= 60 and len(data.signals) >= 30


def _can_read(document: dict, organisation: dict) -> bool:
    """The sharing rule the site applies, for the demo data's sake."""
    share = document["share"]
    return document["status"] == "published" and (
        share["all_partners"]
        or organisation["slug"] in share["organisations"]
        or organisation["partner_type"] in share["partner_types"]
        or organisation.get("region") in share["regions"]
    )


def test_demo_documents_are_complete_and_shared_in_different_ways(data):
    contributed = [d for d in data.documents if "contribution" in d]
    documents = [d for d in data.documents if "contribution" not in d]
    assert len(documents) >= 13
    for kind in ("pdf", "docx", "txt"):
        assert sum(d["file"].endswith(f".{kind}") for d in documents) >= 4
    for document in documents:
        assert document["file"] == f"{document['slug']}{document['path'].suffix}"
        assert 150 <= len(document["text"].split()) <= 400, document["slug"]
        assert document["days_ago"] >= 0
    assert [d["status"] for d in documents].count("draft") == 1

    organisations = {o["slug"]: o for o in data.organisations}
    amsterdam = {d["slug"] for d in documents if _can_read(d, organisations["gemeente-amsterdam"])}
    politie = {d["slug"] for d in documents if _can_read(d, organisations["politie"])}
    assert amsterdam - politie and politie - amsterdam and amsterdam & politie
    concept = next(d for d in documents if d["status"] == "draft")
    assert concept["slug"] not in amsterdam | politie
    shares = [d["share"] for d in documents]
    for audience in ("organisations", "partner_types", "regions", "all_partners"):
        assert any(share[audience] for share in shares), audience
    # DESIGN.md: contributed documents too, one of them awaiting review.
    assert {d["contribution"]["audience"] for d in contributed} == {"organisation", "region"}
    for document in contributed:
        assert document["file"] == f"{document['slug']}{document['path'].suffix}"
        assert 150 <= len(document["text"].split()) <= 400, document["slug"]


def test_distinctive_search_word_is_only_in_one_pdf_text(data):
    hits = [d for d in data.documents if "kwekerijdetectie" in d["text"].lower()]
    assert [d["file"][-4:] for d in hits] == [".pdf"]
    assert "kwekerijdetectie" not in (hits[0]["title"] + hits[0]["summary"]).lower()


def test_every_demo_file_passes_the_upload_checks_and_holds_its_text(data):
    for document in data.documents:
        detected = detect_upload(SimpleUploadedFile(document["file"], document["content"]), MAX)
        assert detected.extension == document["path"].suffix
        text = " ".join(extract_text(io.BytesIO(document["content"]), detected.kind).split())
        assert text.startswith(document["title"]), document["slug"]
        assert " ".join(document["text"].split()) in text, document["slug"]


def test_demo_pdfs_have_correct_cross_reference_offsets(data):
    for document in (d for d in data.documents if d["file"].endswith(".pdf")):
        content = document["content"]
        xref_at = int(content.rsplit(b"startxref", 1)[1].split()[0])
        assert content[xref_at:].startswith(b"xref")
        for number, entry in enumerate(content[xref_at:].split(b"\n")[3:], start=1):
            if not entry.endswith(b" n "):
                break
            assert content[int(entry[:10]) :].startswith(b"%d 0 obj" % number), document["slug"]


# A broken file names the file and what is wrong -------------------------------------------------


@pytest.fixture
def copy_of_data(tmp_path):
    shutil.copytree(files.DATA_DIR, tmp_path / "data")
    return tmp_path / "data"


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "articles/wat-is-ondermijning.md",
            'themes = ["bewustwording-en-organisatieontwikkeling"]',
            'themes = ["bewustwording"]',
            "articles/wat-is-ondermijning.md: unknown theme 'bewustwording'",
        ),
        (
            "documents/werkinstructie-bibob-toets-horeca.md",
            'owner = "liec"',
            'owner = "lIEC"',
            "werkinstructie-bibob-toets-horeca.md: unknown owner (organisation) 'lIEC'",
        ),
        (
            "documents/werkinstructie-bibob-toets-horeca.md",
            'partner_types = ["gemeente", "provincie"]',
            'partner_types = ["gemeentes"]',
            "werkinstructie-bibob-toets-horeca.md, [share]: unknown partner type 'gemeentes'",
        ),
        (
            "organisations.toml",
            'region = "riec-amsterdam-amstelland"',
            'region = "amsterdam"',
            "organisations.toml, organisation 'gemeente-amsterdam': unknown region 'amsterdam'",
        ),
        (
            "people.toml",
            'organisation = "politie"',
            'organisation = "gemeente-amsterdam"',
            "people.toml, person 'rechercheur@politie.nl': 'politie.nl' is not an e-mail domain",
        ),
        (
            "quiz.toml",
            'answer = "Tien"',
            'answer = "Elf"',
            "quiz.toml, question 'Hoeveel Regionale Informatie- en Expertisecentra (RIEC's)…': answer 'Elf' is not",
        ),
        (
            "signals.toml",
            'setting = "vastgoed"',
            'setting = "woning"',
            "signals.toml, signal 'hennepgeur-en-condens-bij-huurwoning': setting 'woning' is not one of",
        ),
        (
            "network.toml",
            'recipient = "analist@amsterdam.nl"',
            'recipient = "aanvrager@rotterdam.nl"',
            "network.toml, contact request 'rechercheur@politie.nl': unknown approved person 'aanvrager@rotterdam.nl'",
        ),
        (
            "documents/werkinstructie-bibob-toets-horeca.md",
            'file = "werkinstructie-bibob-toets-horeca.docx"',
            'file = "werkinstructie.docx"',
            "the file 'werkinstructie.docx' is not next to it",
        ),
        ("taxonomy.toml", 'name = "Informatiepositie"\n', "", "taxonomy.toml, taxonomy 2: the field 'name' is missing"),
        ("regions.toml", "[[regions]]", "[[regions]]\nlabel = 1", "regions.toml, region 1: unknown field 'label'"),
    ],
)
def test_a_broken_reference_names_the_file_and_the_reference(copy_of_data, file, old, new, message):
    edit(copy_of_data / file, old, new)
    with pytest.raises(files.DemoDataError) as error:
        files.read(copy_of_data)
    assert message in str(error.value)


def test_a_file_that_is_not_what_its_name_says_is_refused(copy_of_data):
    (copy_of_data / "documents" / "werkinstructie-bibob-toets-horeca.docx").write_bytes(b"<html><script></script>")
    with pytest.raises(files.DemoDataError, match=re.escape("werkinstructie-bibob-toets-horeca.docx: refused")):
        files.read(copy_of_data)


def test_missing_front_matter_is_named(copy_of_data):
    path = copy_of_data / "articles" / "wat-is-ondermijning.md"
    path.write_text(path.read_text(encoding="utf-8").replace("+++\n", "", 1), encoding="utf-8")
    with pytest.raises(files.DemoDataError, match="wat-is-ondermijning.md: expected front matter"):
        files.read(copy_of_data)


def test_demo_content_addresses_the_reader_as_u():
    """Articles, documents' descriptions, quiz, signals and profiles say "u", as the site does."""
    informal = re.compile(r"\b(je|jij|jouw|jou|jezelf|jullie)\b", re.IGNORECASE)
    data = Path(files.__file__).parent / "data"
    found = [
        f"{path.relative_to(data)}:{number}: {line.strip()[:100]}"
        for path in sorted([*data.rglob("*.md"), *data.glob("*.toml")])
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if informal.search(line)
    ]
    assert not found, "\n".join(found)


def test_demo_follows_are_loaded_once(db, settings):
    """seed_demo twice: the demo partners' follows and saved searches exist once each."""
    from django.core.management import call_command

    from follows.models import Follow, Preferences, SavedSearch

    settings.DEBUG = True
    call_command("seed_demo")
    counts = (Follow.objects.count(), SavedSearch.objects.count(), Preferences.objects.count())
    call_command("seed_demo")
    assert (Follow.objects.count(), SavedSearch.objects.count(), Preferences.objects.count()) == counts
    assert counts[0] >= 5 and counts[1] >= 2
    assert SavedSearch.objects.get(name="Draaiboeken").user.email == "analist@amsterdam.nl"
