"""One full weekly digest run over the seed_scale database, timed (`make bench` runs it
through `manage.py shell`; tests/portal/test_seed_scale.py runs it at a tiny factor).

Mail goes to Django's dummy backend (bench/run.py sets EMAIL_BACKEND): what is measured is
deciding what each person gets (follows.news through the gates), rendering each mail and
recording it, not an SMTP server. The seeded people have no second factor, so the run
treats MFA as not required. The period's deliveries are removed first, so every bench run
measures a full run.

Queries are counted with a wrapper that only counts (not Django's debug cursor, which keeps
every statement's SQL and time and made the run itself slower). The phases are timed by
wrapping two functions of follows.services: `news_seconds` is what each batch's
news_for_people took, `mail_seconds` rendering and handing each mail to the backend, and
`record_seconds` the rest (reading the batches, the delivery rows and their transactions)."""

import json
import time

from django.db import connection
from django.test.utils import override_settings

from follows import services
from follows.models import DigestDelivery, Follow, Preferences


def _timed(function, total: list):
    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            total[0] += time.perf_counter() - started

    return timed


def run() -> dict:
    DigestDelivery.objects.filter(frequency="weekly").delete()
    Preferences.objects.update(digested_until=None)
    people = Follow.objects.values("user").distinct().count()
    queries = [0]
    news, mails = [0.0], [0.0]

    def count(execute, sql, params, many, context):
        queries[0] += 1
        return execute(sql, params, many, context)

    real_news, real_mail = services.news_for_people, services._send_digest_mail
    services.news_for_people = _timed(real_news, news)
    services._send_digest_mail = _timed(real_mail, mails)
    try:
        with override_settings(KPO_REQUIRE_MFA=False), connection.execute_wrapper(count):
            started = time.monotonic()
            counts = services.send_digests("weekly")
            seconds = time.monotonic() - started
    finally:
        services.news_for_people, services._send_digest_mail = real_news, real_mail
    return {
        "seconds": round(seconds, 1),
        "news_seconds": round(news[0], 1),
        "mail_seconds": round(mails[0], 1),
        "record_seconds": round(seconds - news[0] - mails[0], 1),
        "people_following": people,
        "follows": Follow.objects.count(),
        "queries": queries[0],
        **counts,
    }


if __name__ in ("__main__", "django.core.management.commands.shell"):
    print("DIGEST " + json.dumps(run()))
