"""The catalogues are complete: `makemessages` run over the code leaves no English entry empty
or fuzzy, and the Dutch catalogue (which only overrides packages' texts: KPO's own msgids are
Dutch) has none either."""

import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management import call_command

ROOT = Path(settings.BASE_DIR)
NOT_SOURCE = shutil.ignore_patterns(
    ".venv",
    "node_modules",
    ".data",
    ".git",
    "static",
    "tests",
    "backups",
    "*.pdf",
    "*.docx",
    "*.xlsx",
    "*.odt",
    "*.png",
    "*.jpg",
    "*.mo",
)


def incomplete(path: Path) -> list[str]:
    with path.open("rb") as file:
        catalog = read_po(file)
    found = []
    for message in catalog:
        if not message.id:
            continue
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        if message.fuzzy:
            found.append(f"fuzzy: {msgid!r}")
        elif not all(strings):
            found.append(f"empty: {msgid!r}")
    return found


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="makemessages needs GNU gettext")
def test_makemessages_leaves_no_english_entry_empty_or_fuzzy(tmp_path, monkeypatch, settings):
    copy = tmp_path / "kpo"
    shutil.copytree(ROOT, copy, ignore=NOT_SOURCE)
    settings.LOCALE_PATHS = [copy / "locale"]
    monkeypatch.chdir(copy)
    call_command("makemessages", locale=["en"], verbosity=0)
    problems = incomplete(copy / "locale" / "en" / "LC_MESSAGES" / "django.po")
    assert not problems, "translate these in locale/en/LC_MESSAGES/django.po:\n" + "\n".join(problems)


@pytest.mark.parametrize(
    "catalogue", ["nl/LC_MESSAGES/django.po", "en/LC_MESSAGES/django.po", "nl/LC_MESSAGES/djangojs.po"]
)
def test_catalogue_has_no_empty_or_fuzzy_entry(catalogue):
    assert not incomplete(ROOT / "locale" / catalogue)


def test_the_admins_javascript_texts_are_dutch(admin_client):
    # The time-zone note under date fields and the calendar (locale/nl/LC_MESSAGES/djangojs.po).
    catalogue = admin_client.get("/admin/jsi18n/").content.decode()
    assert "Let op: vul tijden in voor de tijdzone" in catalogue
    assert "Vandaag (%(date)s)" in catalogue


def test_the_check_finds_an_empty_and_a_fuzzy_entry(tmp_path):
    po = tmp_path / "django.po"
    po.write_text('msgid ""\nmsgstr ""\n\nmsgid "Leeg"\nmsgstr ""\n\n#, fuzzy\nmsgid "Vaag"\nmsgstr "Vague"\n')
    assert incomplete(po) == ["empty: 'Leeg'", "fuzzy: 'Vaag'"]
