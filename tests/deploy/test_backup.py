"""make backup / make restore: a backup restored into an empty database serves the same
articles, documents and people, with the production settings."""

import json
import textwrap

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection

from documents.models import Document
from documents.storage import PrivateStorage
from network.models import Profile
from tests.factories import ArticleFactory, OrganisationFactory, document, partner

from .servers import ROOT, database_url, manage, production_env, redis_available

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not redis_available(), reason="the production settings need Redis at 127.0.0.1:6379"),
]

CHECK = textwrap.dedent(
    """
    import json, django
    django.setup()
    from django.test import Client
    from accounts.models import User
    from documents.models import Document
    client = Client()
    article = client.get("/kennisbank/{slug}/")
    reader = Client()
    reader.force_login(User.objects.get(email="{email}"))
    document = Document.objects.get(title="{title}")
    download = reader.get(f"/besloten/documenten/{{document.pk}}/download/")
    profile = reader.get("/netwerk/{profile}/")
    print(json.dumps({{
        "article": [article.status_code, "{article_title}" in article.content.decode()],
        "download": [download.status_code, b"".join(download.streaming_content).decode()],
        "profile": [profile.status_code, "Ria Hersteld" in profile.content.decode()],
    }}))
    """
)


@pytest.fixture
def restore_database():
    name = f"{connection.settings_dict['NAME']}_restore"
    with psycopg.connect(database_url("postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(database_url("postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_restored_backup_serves_the_same_articles_documents_and_people(
    tmp_path, settings, restore_database, monkeypatch
):
    # Documents on disk, as in production (the test settings keep them in memory).
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {"BACKEND": "documents.storage.PrivateStorage", "OPTIONS": {"location": str(tmp_path / "src")}},
    }
    monkeypatch.setattr(Document._meta.get_field("file"), "storage", PrivateStorage(location=tmp_path / "src"))
    article = ArticleFactory(title="Hersteld artikel over witwassen", slug="hersteld-artikel")
    organisation = OrganisationFactory()
    reader = partner(organisation, email="ria@hersteld.nl", name="Ria Hersteld")
    profile, _ = Profile.objects.get_or_create(user=reader, defaults={"completed": True})
    closed = document(
        "Besloten verslag", owner=organisation, groups=[organisation.group], text="Inhoud van het besloten verslag"
    )
    assert (tmp_path / "src" / closed.file.name).exists()

    call_command("backup", str(tmp_path / "backup"), stdout=(tmp_path / "backup.log").open("w"))
    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())
    assert manifest["counts"]["documents"] == 1

    env = production_env(
        tmp_path,
        DATABASE_URL=database_url(restore_database),
        KPO_PRIVATE_MEDIA_ROOT=str(tmp_path / "dst"),
        SECURE_SSL_REDIRECT="false",
    )
    out = manage(env, "restore", str(tmp_path / "backup"))
    assert "1 documents" in out
    # Restoring twice is refused: the database is no longer empty.
    with pytest.raises(AssertionError, match="not empty"):
        manage(env, "restore", str(tmp_path / "backup"))

    manage(env, "collectstatic", "--noinput")
    script = CHECK.format(
        slug=article.slug,
        article_title=article.title,
        email=reader.email,
        title=closed.title,
        profile=profile.public_id,
    )
    result = json.loads(manage(env, "shell", "-c", script).strip().splitlines()[-1])
    assert result == {
        "article": [200, True],
        "download": [200, "Inhoud van het besloten verslag"],
        "profile": [200, True],
    }
    assert ROOT.exists()
