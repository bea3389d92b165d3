"""One full weekly digest run over the seed_scale database, timed (`make bench` runs it
through `manage.py shell`; tests/portal/test_seed_scale.py runs it at a tiny factor).

Mail goes to Django's dummy backend (bench/run.py sets EMAIL_BACKEND): what is measured is
deciding what each person gets (follows.news through the gates) and recording it, not an
SMTP server. The seeded people
have no second factor, so the run treats MFA as not required. The period's deliveries are
removed first, so every bench run measures a full run."""

import json
import time

from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from follows.models import DigestDelivery, Follow, Preferences
from follows.services import send_digests


def run() -> dict:
    DigestDelivery.objects.filter(frequency="weekly").delete()
    Preferences.objects.update(digested_until=None)
    people = Follow.objects.values("user").distinct().count()
    with override_settings(KPO_REQUIRE_MFA=False), CaptureQueriesContext(connection) as queries:
        started = time.monotonic()
        counts = send_digests("weekly")
        seconds = time.monotonic() - started
    return {
        "seconds": round(seconds, 1),
        "people_following": people,
        "follows": Follow.objects.count(),
        "queries": len(queries),
        **counts,
    }


if __name__ in ("__main__", "django.core.management.commands.shell"):
    print("DIGEST " + json.dumps(run()))
