"""The search evaluation (search/eval/queries.toml, docs/search.md) as a test: the goals of
issue 15 hold on the demo content, so a change that makes search worse fails here."""

import tomllib

import pytest
from django.core.management import call_command

from portal.management.commands.search_eval import EVAL_DIR, evaluate

pytestmark = pytest.mark.django_db


def test_search_reaches_the_goals_on_the_demo_content(settings):
    settings.DEBUG = True
    call_command("seed_demo", verbosity=0)
    queries = tomllib.loads((EVAL_DIR / "queries.toml").read_text(encoding="utf-8"))["query"]

    report = evaluate(queries)

    assert len(queries) >= 60
    assert report["overall"]["recall_at_10"] >= 0.95
    assert report["overall"]["mrr"] >= 0.8
    assert {name: c["recall_at_10"] for name, c in report["classes"].items() if c["recall_at_10"] < 0.85} == {}
