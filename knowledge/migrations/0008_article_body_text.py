"""Articles keep the text a reader sees (`body_text`: the Markdown rendered, tags stripped,
one line per block) and search that instead of the Markdown source, so snippets never show
`- `, `**` or `#` (issue 15, docs/search.md). A generated column cannot change its
expression: `search_vector` is dropped and added again (with its GIN index) after
`body_text` is filled."""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.db import migrations, models

BATCH = 500

TRIGGER = """
DROP TRIGGER IF EXISTS knowledge_article_search_terms ON knowledge_article;
CREATE TRIGGER knowledge_article_search_terms
AFTER INSERT OR UPDATE OF title, summary, body, body_text ON knowledge_article
FOR EACH ROW EXECUTE FUNCTION kpo_collect_search_terms();
"""
OLD_TRIGGER = """
DROP TRIGGER IF EXISTS knowledge_article_search_terms ON knowledge_article;
CREATE TRIGGER knowledge_article_search_terms
AFTER INSERT OR UPDATE OF title, summary, body ON knowledge_article
FOR EACH ROW EXECUTE FUNCTION kpo_collect_search_terms();
"""


def fill_body_text(apps, schema_editor):
    from kpo.markdown import markdown_to_text

    Article = apps.get_model("knowledge", "Article")
    batch = []
    for article in Article.objects.only("pk", "body").iterator(chunk_size=BATCH):
        article.body_text = markdown_to_text(article.body)
        batch.append(article)
        if len(batch) == BATCH:
            Article.objects.bulk_update(batch, ["body_text"])
            batch = []
    Article.objects.bulk_update(batch, ["body_text"])


def vector(text_field):
    return models.GeneratedField(
        db_persist=True,
        expression=django.contrib.postgres.search.CombinedSearchVector(
            django.contrib.postgres.search.CombinedSearchVector(
                django.contrib.postgres.search.SearchVector("title", config="dutch", weight="A"),
                "||",
                django.contrib.postgres.search.SearchVector("summary", config="dutch", weight="B"),
                django.contrib.postgres.search.SearchConfig("dutch"),
            ),
            "||",
            django.contrib.postgres.search.SearchVector(text_field, config="dutch", weight="C"),
            django.contrib.postgres.search.SearchConfig("dutch"),
        ),
        output_field=django.contrib.postgres.search.SearchVectorField(),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0007_search_terms"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="body_text",
            field=models.TextField(blank=True, editable=False, verbose_name="tekst zonder opmaak"),
        ),
        migrations.RunPython(fill_body_text, migrations.RunPython.noop, elidable=False),
        migrations.RemoveIndex(model_name="article", name="article_search_gin"),
        migrations.RemoveField(model_name="article", name="search_vector"),
        migrations.AddField(model_name="article", name="search_vector", field=vector("body_text")),
        migrations.AddIndex(
            model_name="article",
            index=django.contrib.postgres.indexes.GinIndex(fields=["search_vector"], name="article_search_gin"),
        ),
        migrations.RunSQL(TRIGGER, OLD_TRIGGER),
    ]
