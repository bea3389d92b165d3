"""The widened search reads through the GIN indexes, not the whole table (issue 15,
docs/search.md "Cost and plans"): the plans of the queries the kennisbank and the closed
section run for a search of several common words, with statistics like those of real
content (thousands of texts, a word in a few percent of them), EXPLAIN without ANALYZE."""

import pytest
from django.db import connection

from accounts.services import all_partners_group
from documents.public import documents_visible_to
from knowledge.models import Article
from kpo.search import search
from tests.factories import OrganisationFactory, document, partner

pytestmark = pytest.mark.django_db

ROWS = 4000
# Texts of a few words each, all different; every 10th has `vastgoed`, every 7th `fraude`,
# every 70th the compound `vastgoedfraude`. The some-words query would match a quarter.
TEXT = """'Tekst ' || n || ' over onderwerp' || (n %% 97) || ' en thema' || (n %% 89)
    || CASE WHEN n %% 10 = 0 THEN ' vastgoed' ELSE '' END
    || CASE WHEN n %% 7 = 0 THEN ' fraude' ELSE '' END
    || CASE WHEN n %% 70 = 0 THEN ' vastgoedfraude' ELSE '' END"""


def plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.fixture
def many_articles(db):
    with connection.cursor() as cursor:
        cursor.execute(
            f"""INSERT INTO knowledge_article (title, slug, summary, body, body_text, kind, status,
                published_at, created_at, updated_at)
            SELECT 'Artikel ' || n, 'artikel-' || n, 'Samenvatting ' || n, {TEXT}, {TEXT},
                'achtergrond', 'published', now() - n * interval '1 hour', now(), now()
            FROM generate_series(1, %s) AS n""",  # noqa: S608 - constant text, no input
            [ROWS],
        )
        cursor.execute("ANALYZE knowledge_article")


def test_a_search_of_several_common_words_reads_the_articles_through_the_gin_index(many_articles):
    results = search(Article.objects.published(), "vastgoed fraude").order_by("-rank", "-published_at")

    assert results.count() == ROWS // 70  # all words, or the joined compound: not a quarter
    for queryset in (results.values("pk"), results[:20]):
        explained = plan(queryset)
        assert "Bitmap Index Scan on article_search_gin" in explained, explained
        assert "Seq Scan on knowledge_article " not in explained, explained


@pytest.fixture
def many_documents(db):
    organisation = OrganisationFactory()
    reader = partner(organisation)
    shared = document("Gedeeld", organisation, text="Over vastgoedfraude.", groups=[all_partners_group()])
    with connection.cursor() as cursor:
        cursor.execute(
            f"""INSERT INTO knowledge_document (title, summary, file, original_name, size, content_type,
                extension, checksum, extracted_text, owner_id, status, published_at, created_at, updated_at)
            SELECT 'Document ' || n, '', 'x', 'x.txt', 1, 'text/plain', 'txt', '', {TEXT}, %s,
                'published', now() - n * interval '1 hour', now(), now()
            FROM generate_series(1, %s) AS n""",  # noqa: S608 - constant text, no input
            [shared.owner_id, ROWS],
        )
        # A quarter of them (every 4th) shared with all partners.
        cursor.execute(
            """INSERT INTO knowledge_documentgroupobjectpermission (content_object_id, group_id, permission_id)
            SELECT d.id, p.group_id, p.permission_id FROM knowledge_document d,
                (SELECT group_id, permission_id FROM knowledge_documentgroupobjectpermission LIMIT 1) p
            WHERE d.title LIKE 'Document %' AND substring(d.title from 10)::int % 4 = 0"""
        )
        cursor.execute("ANALYZE knowledge_document")
        cursor.execute("ANALYZE knowledge_documentgroupobjectpermission")
    return reader


def test_the_closed_section_search_reads_the_documents_through_the_gin_index(many_documents):
    visible = documents_visible_to(many_documents)
    results = search(visible, "vastgoed fraude", snippet_fields=("summary", "extracted_text"))

    # The texts with the compound shared with the reader; not the others, nor those with some words.
    assert results.count() == 1 + ROWS // 140
    explained = plan(results.order_by("-rank", "-published_at")[:20])
    assert "Bitmap Index Scan on document_search_gin" in explained, explained
    assert "Seq Scan on knowledge_document " not in explained, explained
