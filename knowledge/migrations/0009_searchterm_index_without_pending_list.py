# The vocabulary's trigram index (kpo.SearchTerm, filled by the triggers of knowledge 0007
# and documents 0003) is searched on every search box (kpo.search._EXPAND_SQL). With GIN's
# "fast update" new words wait in an unordered pending list until the next VACUUM, and every
# look-up reads that list: on a freshly seeded factor-1 copy the expansion took 25-70 ms
# instead of 3-10 ms (issue 21). New words are rare, so they go into the index at once.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0008_article_body_text"),
        ("kpo", "0003_search_terms_and_synonyms"),
    ]

    operations = [
        migrations.RunSQL(
            "ALTER INDEX searchterm_word_trgm SET (fastupdate = off)",
            "ALTER INDEX searchterm_word_trgm RESET (fastupdate)",
        ),
        # What is waiting in the list now goes into the index (no VACUUM needed).
        migrations.RunSQL("SELECT gin_clean_pending_list('searchterm_word_trgm'::regclass)", migrations.RunSQL.noop),
    ]
