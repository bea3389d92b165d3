"""Dutch full-text search helpers shared by every searchable list (docs/search.md).

Matching stays on the stored tsvectors and their GIN indexes. What is new since issue 15 is
the query: each word the visitor types is widened, before the search, with

- the compounds it is part of, at the start, middle or end (`fraude` → `vastgoedfraude`),
- words one or two letters away (typos: `hennup` → `hennep`),
- the joined word when two typed words form one (`vastgoed fraude` → `vastgoedfraude`),
- the synonyms and abbreviations curators keep in the admin (`OMG` → `outlaw motorgangs`),

all looked up in `kpo.SearchTerm` (every lexeme of the searchable texts, kept by database
triggers) in one query. Ranking then counts, in the title (twice) and the summary: the exact
phrase, all words, all words widened, some words, compound parts, typos, in that order.
"""

import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Case, F, FloatField, Q, TextField, Value, When
from django.db.models.functions import Concat, Left

SEARCH_CONFIG = "dutch"
MAX_QUERY_LENGTH = 200
MAX_WORDS = 12  # words of one query that are looked at; more is not a search but a text
MAX_WORD_LENGTH = 60
MAX_COMPOUNDS = 40  # compounds per word, the shortest first
MAX_TYPO_CANDIDATES = 12
MIN_PART_LENGTH = 4  # `omg` must not find `omgeving`
# Markers around matched words in snippets: the snippet is HTML-escaped first and
# only then are these turned into <mark> (kpo.templatetags.kpo.highlight).
HIGHLIGHT_START = "\ue000"  # private-use characters: never typed, never in content
HIGHLIGHT_STOP = "\ue001"

# ts_headline reads (and, marking every match, returns) the whole text it is given: for a
# 1 MB document that is most of a second. Snippets come from the start of each field; the
# match itself is in the tsvector.
SNIPPET_SOURCE_CHARS = 8_000
# After a summary with a match: enough of the text to fill a snippet (kpo.templatetags.kpo
# takes about 35 words, or 50 of one long line) from the summary's matching sentence on.
SNIPPET_AFTER_SUMMARY_CHARS = 1_000

# The weight of each ranking tier; a match in the title counts twice, in the summary once.
TIERS = {"phrase": 16.0, "all": 8.0, "all_wide": 4.0, "some": 2.0, "parts": 1.0, "typos": 0.5}

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_TOKEN = re.compile(r"(?:(?<=\s)|^)(-)?[\"']?([^\W_]+)", re.UNICODE)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


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
    return bool(_WORD.fullmatch(q or "")) and q == q.lower() and q != "or"


def text_query(q: str) -> SearchQuery:
    """Web-search syntax ("quotes", -not, or) in the Dutch configuration, so
    `ondermijnende` finds `ondermijning`."""
    return SearchQuery(q, config=SEARCH_CONFIG, search_type="websearch")


class LexemeQuery(SearchQuery):
    """A tsquery built here from lexemes (already Dutch stems): `'a' & ('b' | 'c')`."""

    def __init__(self, text: str):
        self.text = text
        super().__init__(text)

    def as_sql(self, compiler, connection, function=None, template=None):
        return "%s::tsquery", [self.text]


def _lexeme(word: str, weight: str = "") -> str:
    quoted = "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
    return f"{quoted}:{weight}" if weight else quoted


def _any(words, weight="") -> str:
    words = sorted(set(words))
    return "(" + " | ".join(_lexeme(w, weight) for w in words) + ")" if words else ""


@dataclass
class WordGroup:
    """One typed word: its stem, the compounds it is part of, and near spellings."""

    word: str
    exact: set[str] = field(default_factory=set)
    parts: set[str] = field(default_factory=set)
    typos: set[str] = field(default_factory=set)

    @property
    def wide(self) -> set[str]:
        return self.exact | self.parts | self.typos


@dataclass
class Expansion:
    groups: list[WordGroup]
    phrases: list[list[str]]  # exact phrases worth most: joined compounds, synonyms
    excluded: set[str]
    synonyms: list[list[WordGroup]] = field(default_factory=list)  # each: all of its words

    def __bool__(self):
        return bool(self.groups or self.phrases)

    def words(self) -> list[set[str]]:
        """Per typed word, every form that counts (for matching outside the tsvectors)."""
        return [group.wide | {group.word} for group in self.groups]

    def alternatives(self) -> list[list[str]]:
        return self.phrases

    def match(self, all_words: bool = False) -> str:
        """Some words (widened) or a phrase, none of the excluded ones. With `all_words`:
        every word (widened) or a phrase, which matches far fewer rows for a broad search."""
        options = [_any(g.wide) for g in self.groups if g.wide]
        if all_words and len(options) > 1:
            options = ["(" + " & ".join(options) + ")"]
        options += [_phrase(p) for p in self.phrases]
        options += ["(" + " & ".join(_any(g.exact | g.parts) for g in words) + ")" for words in self.synonyms if words]
        text = " | ".join(options)
        if text and self.excluded:
            text = f"({text}) & !{_any(self.excluded)}"
        return text

    def rank_lexemes(self) -> set[str]:
        """Every lexeme a ranking tier looks for: a row whose title and summary have none of
        them scores 0 in every tier and in `ts_rank`."""
        lexemes = {w for g in self.groups for w in g.wide}
        lexemes |= {w for p in self.phrases for w in p}
        lexemes |= {w for s in self.synonyms for g in s for w in g.exact | g.parts}
        return lexemes

    def tiers(self, weight: str) -> dict[str, str]:
        groups = [g for g in self.groups if g.wide]
        exact = [g for g in groups if g.exact]
        tiers = {
            "phrase": " | ".join(
                [_phrase(p, weight) for p in self.phrases]
                + ([_phrase([next(iter(g.exact)) for g in exact], weight)] if len(exact) > 1 else [])
            ),
            "all": " & ".join(_any(g.exact, weight) for g in exact) if len(exact) == len(groups) else "",
            "all_wide": " & ".join(_any(g.wide, weight) for g in groups),
            "some": _any({w for g in groups for w in g.exact}, weight),
            "parts": _any(
                {w for g in groups for w in g.parts} | {w for s in self.synonyms for g in s for w in g.parts}, weight
            ),
            "typos": _any({w for g in groups for w in g.typos}, weight),
        }
        return {name: text for name, text in tiers.items() if text}


def _phrase(words, weight="") -> str:
    return "(" + " <-> ".join(_lexeme(w, weight) for w in words) + ")"


def _tokens(q: str) -> tuple[list[str], list[str]]:
    """The words to find and the words to leave out (`-word`), lower case; `or` is syntax."""
    wanted, unwanted = [], []
    for minus, word in _TOKEN.findall(q.lower()):
        word = word[:MAX_WORD_LENGTH]
        if word == "or":
            continue
        (unwanted if minus else wanted).append(word)
    return wanted[:MAX_WORDS], unwanted[:MAX_WORDS]


def _synonym_rows() -> list[tuple[str, str, bool]]:
    from kpo.models import SearchSynonym  # models import late: this module is imported by models

    return list(SearchSynonym.objects.values_list("term", "alternative", "both_ways"))


def _synonym_phrases(words: list[str], rows) -> list[list[str]]:
    """The alternatives of every synonym (`rows`) whose term (or, both ways, alternative) was typed."""
    typed = " " + " ".join(words) + " "
    found = []
    for term, alternative, both_ways in rows:
        term_words = _WORD.findall(term.lower())
        alternative_words = _WORD.findall(alternative.lower())
        if term_words and f" {' '.join(term_words)} " in typed:
            found.append(alternative_words)
        if both_ways and alternative_words and f" {' '.join(alternative_words)} " in typed:
            found.append(term_words)
    return [words for words in found if words]


_EXPAND_SQL = """
WITH stems AS (
    SELECT w,
        (SELECT min(l) FROM unnest(tsvector_to_array(to_tsvector('dutch', w))) AS l) AS stem,
        -- the stem the word gets at the end of a compound, where the stemmer cuts more
        -- (`dumping` stays, `drugsdumping` → `drugsdump`): stem it behind a first part
        (SELECT min(l) FROM unnest(tsvector_to_array(to_tsvector('dutch', 'drugs' || w))) AS l) AS tail
    FROM unnest(%(words)s::text[]) AS w
), shortest AS (
    SELECT w, stem, CASE
        WHEN tail LIKE 'drugs%%' AND length(tail) - 5 < length(stem) THEN substr(tail, 6) ELSE stem
    END AS part FROM stems
), words AS (
    -- the root a compound part is looked for by: `witwass` (from witwassen) → `witwas`
    SELECT w, stem, CASE WHEN part ~ '([b-df-hj-np-tv-z])\\1$' THEN left(part, -1) ELSE part END AS root
    FROM shortest
)
SELECT w, stem, NULL, 0 FROM words
UNION ALL
SELECT w, stem, t.word, 1 FROM words CROSS JOIN LATERAL (
    SELECT word FROM kpo_searchterm
    WHERE length(root) >= %(min_part)s AND word LIKE '%%' || root || '%%'
    ORDER BY length(word), word LIMIT %(compounds)s
) AS t
"""
_EXPAND_TYPOS_SQL = """
UNION ALL
SELECT w, stem, t.word, 2 FROM words CROSS JOIN LATERAL (
    SELECT word FROM kpo_searchterm
    WHERE length(stem) >= %(min_part)s AND word %% stem
    ORDER BY similarity(word, stem) DESC, word LIMIT %(typos)s
) AS t
UNION ALL
SELECT w, stem, t.word, 2 FROM words CROSS JOIN LATERAL (
    -- compounds that start with a near spelling: `hennup` → `hennepteelt`
    SELECT word FROM kpo_searchterm
    WHERE length(stem) > %(min_part)s AND word LIKE left(stem, 3) || '%%'
    ORDER BY word_similarity(stem, word) DESC, word LIMIT %(typos)s
) AS t
"""


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, with a swap of two neighbours counting as one."""
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]


def _allowed_typos(stem: str) -> int:
    return 1 if len(stem) < 8 else 2


def _near(stem: str, term: str) -> bool:
    """`term` is `stem` misspelt, or starts with `stem` misspelt (a compound)."""
    if edit_distance(term, stem) <= _allowed_typos(stem):
        return True
    # The start of a compound: one letter off only.
    return any(edit_distance(stem, term[:length]) <= 1 for length in range(len(stem) - 1, len(stem) + 2))


@dataclass(frozen=True)
class _Word:
    """What the vocabulary says about one looked-up word (kept in the cache, per word)."""

    stem: str  # "" for a stop word
    known: bool = False  # the stem itself is in the vocabulary
    parts: frozenset[str] = frozenset()  # compounds with the word's root in them
    near: frozenset[str] = frozenset()  # near spellings (already checked by `_near`)

    def worth_keeping(self, word: str) -> bool:
        """A stop word (a fixed list), a short word of letters whose stem is too short for
        compounds and typos (`kade` → `kad`), or a word the vocabulary has something for:
        words in, inside or one or two letters from the texts' words, a number bounded by
        the vocabulary. A random string finds nothing and is looked up each time, as before
        (its stem may be short too: `to_tsvector` splits letters and digits)."""
        if not self.stem or self.known or self.parts or self.near:
            return True
        return len(self.stem) < MIN_PART_LENGTH and len(word) <= 2 * MIN_PART_LENGTH and word.isalpha()


def _look_up(words: list[str], typos: bool = True) -> dict[str, _Word]:
    """One query: each of `words` in the vocabulary (`_EXPAND_SQL`); without `typos`, no
    near spellings (for a joined word: only its stem and compounds count)."""
    stems, parts, near, known = {}, {}, {}, set()
    with connection.cursor() as cursor:
        cursor.execute(
            _EXPAND_SQL + (_EXPAND_TYPOS_SQL if typos else ""),
            {"words": words, "min_part": MIN_PART_LENGTH, "compounds": MAX_COMPOUNDS, "typos": MAX_TYPO_CANDIDATES},
        )
        for word, stem, term, kind in cursor.fetchall():
            if not stem:
                continue  # a stop word
            stems[word] = stem
            if kind == 1:
                if term == stem:
                    known.add(word)
                else:
                    parts.setdefault(word, set()).add(term)
            elif kind == 2 and term != stem and _near(stem, term):
                near.setdefault(word, set()).add(term)
    return {
        word: _Word(stems[word], word in known, frozenset(parts.get(word, ())), frozenset(near.get(word, ())))
        if word in stems
        else _Word("")
        for word in words
    }


# Expansions are kept per word, in the "pages" cache, under the vocabulary's version (a new
# synonym or a new word in the texts replaces it: `vocabulary_changed`). Bounded three ways:
# only words the vocabulary has something for are kept (`_Word.worth_keeping`: a random
# string is not), every key expires after EXPAND_CACHE_SECONDS, and the pages Redis evicts
# the least recently used keys at its maxmemory (docs/deploy.md). An entry is the stem and
# at most MAX_COMPOUNDS + 2 * MAX_TYPO_CANDIDATES words: well under 2 kB.
EXPAND_CACHE_SECONDS = 6 * 3600
_EXPAND_CACHE_FORMAT = 1  # raise when `_Word`, the query or its limits change


def _expand_prefix() -> str:
    from kpo.cache import search_vocabulary_version

    return f"kpo:expand:{_EXPAND_CACHE_FORMAT}:{SEARCH_CONFIG}:{search_vocabulary_version()}:"


def _cached_words(key, words: list[str], found: dict, joins: dict) -> dict[str, _Word]:
    """`found` (words already read) completed with `words` from the cache (under `key(w)`),
    the rest from the database (one query, and then kept). `joins`: a joined word that was
    not typed → its two typed words. Only its stem and compounds count, so when every other
    word is warm it is looked up without near spellings; it is kept, even when the texts do
    not have it, if both its parts are kept (a pair of known words then costs no query the
    second time; a random string does not make one)."""
    from kpo.cache import cache

    wanted = [w for w in words if w not in found]
    if wanted:
        hits = cache.get_many([key(w) for w in wanted])
        found.update({w: hits[key(w)] for w in wanted if key(w) in hits})
    missing = [w for w in wanted if w not in found]
    if missing:
        found.update(_look_up(missing, typos=any(w not in joins for w in missing)))
        keep = {
            key(w): found[w]
            for w in missing
            if found[w].worth_keeping(w) or (w in joins and all(found[p].worth_keeping(p) for p in joins[w]))
        }
        if keep:
            cache.set_many(keep, EXPAND_CACHE_SECONDS)
    return found


def expand(q: str) -> Expansion:
    """What `q` means for the search: per word its stem, compounds and near spellings;
    split compounds joined; synonyms. From the cache for words searched before; else two
    queries: the synonyms and the vocabulary."""
    from kpo.cache import cache

    wanted, unwanted = _tokens(q)
    if not wanted and not unwanted:
        return Expansion([], [], set())
    prefix = _expand_prefix()
    joined = [a + b for a, b in zip(wanted, wanted[1:], strict=False)]
    typed = list(dict.fromkeys([*wanted, *unwanted, *joined]))
    # A joined word that was not typed counts by its stem and compounds only (`known`,
    # `parts` below; near spellings only for typed words).
    joins = {a + b: (a, b) for a, b in zip(wanted, wanted[1:], strict=False) if a + b not in wanted + unwanted}

    def key(w):
        return prefix + ("j:" if w in joins else "w:") + w

    # One round trip for the synonyms and the typed words; a second one only for the words
    # of a synonym that applies.
    synonyms_key = prefix + "synonyms"
    hits = cache.get_many([synonyms_key, *(key(w) for w in typed)])
    rows = hits.get(synonyms_key)
    if rows is None:
        rows = _synonym_rows()
        cache.set(synonyms_key, rows, EXPAND_CACHE_SECONDS)
    found = {w: hits[key(w)] for w in typed if key(w) in hits}
    synonyms = _synonym_phrases(wanted, rows)
    lookup = list(dict.fromkeys([*typed, *(w for p in synonyms for w in p)]))
    entries = _cached_words(key, lookup, found, joins)
    stems = {w: entries[w].stem for w in lookup if entries[w].stem}
    known = {w for w in stems if entries[w].known}
    parts = {w: set(entries[w].parts) for w in stems if entries[w].parts}
    typos = {w: set(entries[w].near) for w in stems if entries[w].near}
    groups = []
    for word in wanted:
        if word not in stems:
            continue
        stem = stems[word]
        group_parts = parts.get(word, set())
        group_typos = typos.get(word, set()) - group_parts - {stem}
        if word in known:
            # A word the texts have: only whole words one or two letters off, no compounds
            # starting with a near spelling (`vastgoed` must not find `vastgesteld`).
            group_typos = {t for t in group_typos if edit_distance(t, stem) <= _allowed_typos(stem)}
        if word not in known and not group_parts:
            # Unknown word: its near spellings' compounds count as typos too.
            group_typos |= {t for typo in list(group_typos) for t in parts.get(typo, ())}
        groups.append(WordGroup(word, {stem}, group_parts, group_typos))
    phrases = [[stems[word]] for word in joined if word in known]
    phrases += [[stems[w] for w in p if w in stems] for p in synonyms]
    phrases = [p for p in phrases if p]
    excluded = {stems[w] for w in unwanted if w in stems}
    synonym_groups = [[WordGroup(w, {stems[w]}, parts.get(w, set())) for w in p if w in stems] for p in synonyms]
    return Expansion(groups, phrases, excluded, [g for g in synonym_groups if g])


# Tables whose rows feed kpo_searchterm (the trigger kpo_collect_search_terms, on these
# columns): a save of one of them may add words to the vocabulary.
VOCABULARY_TABLES = {
    "knowledge_article": {"title", "summary", "body", "body_text"},
    "knowledge_document": {"title", "summary", "extracted_text"},
}


def vocabulary_changed(sender, update_fields=None, **kwargs) -> None:
    """Receiver (kpo.apps): a synonym was saved or deleted, or a text the vocabulary is
    collected from was written. Writes that send no signal call
    kpo.cache.invalidate_search_vocabulary themselves."""
    table = getattr(sender._meta, "db_table", "")
    if table not in ("kpo_searchsynonym", "kpo_searchterm"):
        columns = VOCABULARY_TABLES.get(table)
        if columns is None or (update_fields is not None and not columns & set(update_fields)):
            return
    from kpo.cache import invalidate_closed_lists, invalidate_public_pages, invalidate_search_vocabulary

    invalidate_search_vocabulary()
    if table == "kpo_searchsynonym":
        # What every kept search result means changes with it (a saved text already
        # replaces the versions of the pages and lists it is in; the directory: network.apps).
        invalidate_public_pages()
        invalidate_closed_lists()


def rank_expression(expansion: Expansion, rank_vector: str = "rank_vector"):
    """Tiers of matches in the title (weight A, twice) and the summary (weight B), plus
    PostgreSQL's own rank of the exact words to order within a tier."""
    score = Value(0.0, output_field=FloatField())
    for weight, factor in (("A", 2.0), ("B", 1.0)):
        for name, text in expansion.tiers(weight).items():
            score = score + Case(
                When(**{rank_vector: LexemeQuery(text)}, then=Value(TIERS[name] * factor)),
                default=Value(0.0),
                output_field=FloatField(),
            )
    some = expansion.tiers("").get("some")
    if some:
        score = score + SearchRank(F(rank_vector), LexemeQuery(some))
    # Every tier and the rank need one of these lexemes in the title or summary. Most rows
    # of a broad search match in the long text only: for them one test instead of a dozen
    # (same scores; for 30,000 matching articles this was most of the time of the query).
    any_lexeme = expansion.rank_lexemes()
    if not any_lexeme:
        return score
    return Case(
        When(**{rank_vector: LexemeQuery(_any(any_lexeme))}, then=score),
        default=Value(0.0),
        output_field=FloatField(),
    )


def word_filter(expansion: Expansion, mentions) -> Q:
    """For short texts without a tsvector (people, signals, regions): every typed word, its
    stem or a near spelling is in the text (`mentions(word)`, a substring match, so compounds
    and split compounds match), or all words of one of the curators' synonyms."""
    condition = Q()
    for group in expansion.groups:
        condition &= _any_mention({group.word, *group.exact, *group.typos}, mentions)
    for words in expansion.synonyms:
        alternative = Q()
        for group in words:
            alternative &= _any_mention({group.word, *group.exact}, mentions)
        condition |= alternative
    return condition


def _any_mention(words, mentions) -> Q:
    condition = Q()
    for word in sorted(words):
        condition |= mentions(word)
    return condition


def _snippet_source_length(expansion: Expansion, name: str, snippet_fields):
    """How much of a field ts_headline reads. The snippet starts at the first match; when
    the summary (weight B of `rank_vector`) has one, the snippet is that sentence and the
    words after it, so the long text after the summary is needed for a few lines only."""
    lexemes = expansion.rank_lexemes()
    if name != snippet_fields[-1] or snippet_fields[0] != "summary" or len(snippet_fields) < 2 or not lexemes:
        return Value(SNIPPET_SOURCE_CHARS)
    return Case(
        When(rank_vector=LexemeQuery(_any(lexemes, "B")), then=Value(SNIPPET_AFTER_SUMMARY_CHARS)),
        default=Value(SNIPPET_SOURCE_CHARS),
    )


def search(
    queryset,
    q: str,
    *,
    vector: str = "search_vector",
    snippet_fields=("summary", "body_text"),
    expansion: Expansion | None = None,
):
    """Filter `queryset` on the stored tsvector `vector` (the whole text) with the widened
    query and annotate a highlighted `snippet` and the `rank` (docs/search.md). Pass the
    `expansion` of `q` when one page searches several lists."""
    expansion = expansion if expansion is not None else expand(q)
    match = expansion.match()
    if not match:
        return queryset.none().annotate(rank=Value(0.0), snippet=Value(""))
    every_word = expansion.match(all_words=True)
    if every_word != match and queryset.filter(**{vector: LexemeQuery(every_word)}).exists():
        # All words first: results with only some of them rank below those anyway, and a
        # broad search of several words then reads a part of the table through the GIN
        # index instead of all of it. Some words only when no text has them all.
        match = every_word
    query = LexemeQuery(match)
    parts = []
    for name in snippet_fields:
        parts += [Left(F(name), _snippet_source_length(expansion, name, snippet_fields)), Value("\n")]
    return queryset.filter(**{vector: query}).annotate(
        rank=rank_expression(expansion),
        # Every match marked in the start of the fields; the template picks the sentence
        # with the first one (kpo.templatetags.kpo.snippet_text).
        snippet=SearchHeadline(
            Concat(*parts, output_field=TextField()),
            query,
            config=SEARCH_CONFIG,
            start_sel=HIGHLIGHT_START,
            stop_sel=HIGHLIGHT_STOP,
            highlight_all=True,
        ),
    )


def ranked(queryset, q: str, *, snippet_fields=("summary", "body_text")):
    """`search`, best first: what the list pages show when sorted by relevance."""
    return search(queryset, q, snippet_fields=snippet_fields).order_by("-rank", "-published_at")


def first_results(ranked, shown: int) -> tuple[list, int]:
    """The first `shown` rows of `ranked` (a `search`, best first: rank, then newest) and how
    many there are, for a group of /zoeken/. One pass over the matches yields the count and
    the ids of the best (`array_agg` sorted in memory: ids and ranks only), then those rows
    are read by id with their snippets. A separate COUNT found and filtered the matches a
    second time; `count(*) OVER ()` over the rows carried the texts for the snippets through
    the window (30 MB to disk for 33,000 matching articles)."""
    try:
        inner, params = ranked.values("pk", "rank", "published_at").order_by().query.sql_with_params()
    except EmptyResultSet:
        return [], 0
    sql = f"SELECT count(*), (array_agg(s.pk ORDER BY s.rank DESC, s.published_at DESC))[1:%s] FROM ({inner}) s"  # noqa: S608 - Django-compiled SQL, values are parameters
    with connection.cursor() as cursor:
        cursor.execute(sql, [shown, *params])
        total, ids = cursor.fetchone()
    if not total:
        return [], 0
    rows = {row.pk: row for row in ranked.filter(pk__in=ids)}
    return [rows[pk] for pk in ids if pk in rows], total
