"""The closed list costs the same number of queries with 100+ documents and 20+ groups."""

import pytest
from django.contrib.auth.models import Permission

from accounts.services import all_partners_group, audience_group
from documents.models import Document, DocumentGroupObjectPermission
from tests.factories import OrganisationFactory, PhenomenonFactory, ThemeFactory, partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_documents(db):
    organisations = [OrganisationFactory(domains=[f"org{i}.nl"]) for i in range(22)]
    groups = [audience_group(o) for o in organisations] + [all_partners_group()]
    themes = [ThemeFactory() for _ in range(5)]
    phenomena = [PhenomenonFactory() for _ in range(9)]
    permission = Permission.objects.get(codename="view_document")
    documents = Document.objects.bulk_create(
        Document(
            title=f"Document {i} over ondermijning",
            summary="Samenvatting",
            owner=organisations[i % 22],
            status="published",
            published_at="2026-01-01T10:00:00Z",
            file=f"documenten/{i}",
            original_name=f"{i}.txt",
            content_type="text/plain",
            extension=".txt",
            checksum="0" * 64,
            extracted_text="ondermijning witwassen",
        )
        for i in range(120)
    )
    for i, doc in enumerate(documents):
        doc.themes.set(themes[i % 5 : i % 5 + 2])
        doc.phenomena.set(phenomena[i % 9 : i % 9 + 1])
    DocumentGroupObjectPermission.objects.bulk_create(
        DocumentGroupObjectPermission(content_object=doc, group=groups[i % len(groups)], permission=permission)
        for i, doc in enumerate(documents)
    )
    member = partner(organisations[0], email="lid@org0.nl")
    return member, documents


def test_closed_list_and_search_query_counts(
    client, many_documents, django_assert_max_num_queries, django_assert_num_queries, session_queries
):
    member, documents = many_documents
    client.force_login(member)
    client.get("/")  # warm the content-type cache

    # The first visit renders the list: session, user, user session (read, and touched in a
    # savepoint: 4), your groups, your organisation; results: count, rows with owners; facets:
    # theme and phenomenon counts and names, owner counts and names; the next scheduled
    # publication (how long the counts and the rendered fragment are kept).
    with django_assert_max_num_queries(16):
        page = client.get("/besloten/").content.decode()
    assert "120 documenten" not in page and "documenten" in page
    # After that the results, facets and pages come from the audience's fragment (kpo.cache):
    # session (with database sessions), user, your groups, your organisation; no rows, no
    # counts, no search.
    with django_assert_num_queries(session_queries + 3):
        assert client.get("/besloten/").status_code == 200
    theme = documents[0].themes.first().slug
    with django_assert_max_num_queries(16):
        assert client.get(f"/besloten/?q=ondermijning&thema={theme}").status_code == 200
    # The same four, and the follow panel: your follows, the chosen theme, your saved search.
    with django_assert_num_queries(session_queries + 6):
        assert client.get(f"/besloten/?q=ondermijning&thema={theme}").status_code == 200
