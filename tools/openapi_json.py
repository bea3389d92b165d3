"""Print the OpenAPI document exactly as the site serves it at /api/v1/openapi.json (over
HTTPS, as in production), for `make api-lint`. Usage: python tools/openapi_json.py > file."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kpo.settings.test")


def main() -> int:
    import django

    django.setup()
    from django.conf import settings
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()  # lets the test client's host in, mail stays in memory
    host = settings.KPO_SITE_URL.split("://", 1)[-1].split("/", 1)[0]
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, host.split(":")[0]]
    response = Client().get("/api/v1/openapi.json", secure=True, headers={"host": host})
    if response.status_code != 200:
        print(f"/api/v1/openapi.json answered {response.status_code}", file=sys.stderr)
        return 1
    sys.stdout.write(response.content.decode())
    return 0


if __name__ == "__main__":
    sys.exit(main())
