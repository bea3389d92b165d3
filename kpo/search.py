"""Dutch full-text search helpers shared by every searchable list."""

import re

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db.models import F, TextField, Value
from django.db.models.functions import Concat, Left

SEARCH_CONFIG = "dutch"
MAX_QUERY_LENGTH = 200
# Markers around matched words in snippets: the snippet is HTML-escaped first and
# only then are these turned into <mark> (kpo.templatetags.kpo.highlight).
HIGHLIGHT_START = "\ue000"  # private-use characters: never typed, never in content
HIGHLIGHT_STOP = "\ue001"

# ts_headline reads the whole text it is given: for a 1 MB document that is most of a
# second. Snippets come from the start of each field; the match itself is in the tsvector.
SNIPPET_SOURCE_CHARS = 20_000

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_PLAIN_WORD = re.compile(r"[^\W_]+")


def clean_query(raw: str | None) -> str:
    """What the visitor typed, without control characters (PostgreSQL refuses NUL),
    with white space folded and cut to a length a search box needs."""
    text = _CONTROL_CHARS.sub(" ", raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def is_canonical_query(q: str) -> bool:
    """Whether results for the search `q` (as cleaned) may be kept in a cache: one plain
    lower-case word. Anything more finds what a simpler search finds under a new key each
    time: web-search syntax (`witwassen -<random>`, `witwassen or <random>`), Dutch stop
    words the search leaves out (`witwassen de het`), case variants. One word that finds
    something is bounded by the words in the content; other searches are served fresh."""
    return bool(_PLAIN_WORD.fullmatch(q or "")) and q == q.lower() and q != "or"


def text_query(q: str) -> SearchQuery:
    """Web-search syntax ("quotes", -not, or) in the Dutch configuration, so
    `ondermijnende` finds `ondermijning`."""
    return SearchQuery(q, config=SEARCH_CONFIG, search_type="websearch")


def search(queryset, q: str, *, vector: str = "search_vector", snippet_fields=("summary", "body")):
    """Filter `queryset` on the stored tsvector `vector` (the whole text) and annotate a
    highlighted `snippet` and the `rank`, by title and summary (`rank_vector`): a match in
    the title first, then in the summary, then in the text only (those by date)."""
    query = text_query(q)
    parts = []
    for field in snippet_fields:
        parts += [Left(F(field), SNIPPET_SOURCE_CHARS), Value(" ")]
    return queryset.filter(**{vector: query}).annotate(
        rank=SearchRank(F("rank_vector"), query),
        snippet=SearchHeadline(
            Concat(*parts, output_field=TextField()),
            query,
            config=SEARCH_CONFIG,
            start_sel=HIGHLIGHT_START,
            stop_sel=HIGHLIGHT_STOP,
            max_words=35,
            min_words=15,
            max_fragments=2,
            fragment_delimiter=" … ",
        ),
    )
