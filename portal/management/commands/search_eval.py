"""`make search-eval`: recall@10 and MRR of the search over the demo content.

Creates a throwaway test database, fills it with the demo data (seed_demo), runs every
query of search/eval/queries.toml through the search the pages use (`kpo.search.ranked`
over the published articles and closed documents) and writes search/eval/latest.json.
"""

import json
import logging
import time
import tomllib
from collections import defaultdict

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.test.utils import setup_databases, setup_test_environment, teardown_databases, teardown_test_environment

from portal.demo import files

EVAL_DIR = settings.BASE_DIR / "search" / "eval"
TOP = 10


def evaluate(queries: list[dict]) -> dict:
    """Run every query; recall@10 and reciprocal rank per query, averaged per class."""
    from documents.public import Document
    from knowledge.public import Article
    from kpo.search import ranked

    titles = {path.stem: files.read_markdown(path)[0]["title"] for path in (files.DATA_DIR / "documents").glob("*.md")}
    corpora = {
        "articles": (Article.objects.published(), ("summary", "body_text"), lambda row: row.slug, {}),
        "documents": (Document.objects.published(), ("summary", "extracted_text"), lambda row: row.title, titles),
    }
    known = {"articles": set(Article.objects.values_list("slug", flat=True)), "documents": set(titles)}
    rows = []
    for query in queries:
        found = expected = 0
        reciprocal = []
        top = {}
        for corpus, (queryset, fields, key, names) in corpora.items():
            wanted = query.get(corpus, [])
            if not wanted:
                continue
            missing = set(wanted) - known[corpus]
            if missing:
                raise ValueError(f"{query['q']!r}: unknown {corpus} {sorted(missing)}")
            wanted_keys = [names.get(slug, slug) for slug in wanted]
            results = [key(row) for row in ranked(queryset, query["q"], snippet_fields=fields)[:TOP]]
            top[corpus] = results
            found += sum(1 for k in wanted_keys if k in results)
            expected += len(wanted_keys)
            first = min((results.index(k) + 1 for k in wanted_keys if k in results), default=None)
            reciprocal.append(1 / first if first else 0.0)
        rows.append(
            {
                "q": query["q"],
                "class": query["class"],
                "recall": found / expected,
                "rr": sum(reciprocal) / len(reciprocal),
                "top": top,
            }
        )
    by_class = defaultdict(list)
    for row in rows:
        by_class[row["class"]].append(row)

    def summary(items):
        return {
            "queries": len(items),
            "recall_at_10": round(sum(r["recall"] for r in items) / len(items), 3),
            "mrr": round(sum(r["rr"] for r in items) / len(items), 3),
        }

    return {
        "overall": summary(rows),
        "classes": {name: summary(items) for name, items in by_class.items()},
        "queries": rows,
    }


class Command(BaseCommand):
    help = "Measure the search on the demo content (search/eval/queries.toml): recall@10 and MRR."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=str(EVAL_DIR / "latest.json"))

    def handle(self, *args, output, **options):
        queries = tomllib.loads((EVAL_DIR / "queries.toml").read_text(encoding="utf-8"))["query"]
        setup_test_environment()
        old_config = setup_databases(verbosity=0, interactive=False)
        try:
            logging.disable(logging.INFO)  # the audit log of seeding is not the report
            try:
                call_command("seed_demo", "--force", verbosity=0)
            finally:
                logging.disable(logging.NOTSET)
            started = time.monotonic()
            report = evaluate(queries)
            seconds = time.monotonic() - started
        finally:
            teardown_databases(old_config, verbosity=0)
            teardown_test_environment()
        report["seconds"] = round(seconds, 2)
        self.stdout.write(f"{'class':<10} {'queries':>7} {'recall@10':>10} {'MRR':>6}")
        for name, figures in [*report["classes"].items(), ("overall", report["overall"])]:
            self.stdout.write(
                f"{name:<10} {figures['queries']:>7} {figures['recall_at_10']:>10.3f} {figures['mrr']:>6.3f}"
            )
        misses = [r for r in report["queries"] if r["recall"] < 1 or r["rr"] < 1]
        for row in misses:
            self.stdout.write(f"  {row['class']:<9} {row['q']!r}: recall {row['recall']:.2f}, RR {row['rr']:.2f}")
        with open(output, "w", encoding="utf-8") as handle:
            json.dump(report, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
