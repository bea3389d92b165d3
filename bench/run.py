"""`make bench`: the site as in production (gunicorn, production settings, the seed_scale
database), driven by wrk from a separate process, on 127.0.0.1 only, bounded in time.

Environment: BENCH_FACTOR (1), BENCH_SECONDS per endpoint (10), BENCH_CONNECTIONS (8),
BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/kpo_bench, with the factor in the
name when it is not 1), BENCH_REDIS_URL (redis://127.0.0.1:6379/14), WEB_CONCURRENCY,
BENCH_OUTPUT (bench/results/latest.json); while working on one page, BENCH_ONLY=a,b (only
those endpoints, and /healthz) and BENCH_DIGEST=0 (no digest run).

Prints per endpoint requests per second, p50/p95/p99 and the ratio to /healthz measured in
the same run, and p95 at one client for the partner pages; writes the figures as JSON.
"""

import json
import os
import platform
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
LUA = Path(__file__).resolve().parent / "wrk_report.lua"

FACTOR = float(os.environ.get("BENCH_FACTOR", "1"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
_default_db = "kpo_bench" if FACTOR == 1 else f"kpo_bench_{FACTOR:g}".replace(".", "_")
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", f"postgres://postgres@127.0.0.1:5432/{_default_db}")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
SECRET_KEY = os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(64)  # one for the whole run
ONLY = {name for name in os.environ.get("BENCH_ONLY", "").split(",") if name}
DIGEST = os.environ.get("BENCH_DIGEST", "1") != "0"
OUTPUT = Path(os.environ.get("BENCH_OUTPUT", str(ROOT / "bench" / "results" / "latest.json")))

# Common words and facets of the demo content, which seed_scale recombines.
COMMON_WORDS = ["ondermijning", "witwassen", "vastgoed", "gemeente", "signalen", "samenwerking", "bibob", "drugs"]


def log(message):
    print(message, file=sys.stderr, flush=True)


def production_env(**extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kpo.settings.production",
        "SECRET_KEY": SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        "SECURE_SSL_REDIRECT": "false",  # plain http on 127.0.0.1; everything else as in production
        "LOG_LEVEL": "WARNING",
        "KPO_TASKS": "immediate",
        # Steady state: no worker recycling in the middle of a 10-second window (production
        # recycles every ~5,000 requests; a fresh worker's first requests are slow).
        "GUNICORN_MAX_REQUESTS": "0",
    }
    env.update(extra)
    return env


def manage(*args, env=None, capture=False):
    command = [PY, str(ROOT / "manage.py"), *args]
    env = env or {**os.environ, "DATABASE_URL": DATABASE_URL}
    if capture:
        return subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True, text=True).stdout  # noqa: S603
    subprocess.run(command, env=env, cwd=ROOT, check=True)  # noqa: S603 - our own manage.py
    return ""


def prepare_database():
    """Create and migrate the bench database; fill it with seed_scale when it is empty."""
    import psycopg

    name = DATABASE_URL.rsplit("/", 1)[1]
    server = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(server, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            log(f"creating database {name}")
            conn.execute(f'CREATE DATABASE "{name}"')
    manage("migrate", "--noinput", "-v0")
    check = (
        "from knowledge.models import Article; "
        "print('FILLED', Article.objects.filter(slug__startswith='schaal-').exists())"
    )
    filled = manage("shell", "-c", check, capture=True)
    if "FILLED True" not in filled:
        log(f"seeding {name} with seed_scale --factor {FACTOR:g} (a few minutes at factor 1)")
        started = time.monotonic()
        manage("seed_scale", f"--factor={FACTOR:g}", "--force")
        log(f"seeded in {time.monotonic() - started:.0f} s")


SETUP_SCRIPT = """
import json
from importlib import import_module
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from allauth.mfa.models import Authenticator
from accounts.models import User
from documents.public import documents_visible_to
from events.public import events_visible_to
from knowledge.models import Article, Phenomenon, Theme

# An approved partner at a generated gemeente, with a TOTP authenticator: production requires MFA.
partner = (
    User.objects.filter(status="approved", is_active=True, organisation__slug__startswith="schaal-gemeente")
    .exclude(organisation__region=None).order_by("pk").first()
)
Authenticator.objects.get_or_create(user=partner, type=Authenticator.Type.TOTP, defaults={"data": {"secret": "x"}})
store = import_module(settings.SESSION_ENGINE).SessionStore()
store[SESSION_KEY] = str(partner.pk)
store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
store[HASH_SESSION_KEY] = partner.get_session_auth_hash()
store.create()
published = Article.objects.published()
print(json.dumps({
    "cookie": f"{settings.SESSION_COOKIE_NAME}={store.session_key}",
    "partner": partner.email,
    "articles": list(published.filter(slug__startswith="schaal-").order_by("?").values_list("slug", flat=True)[:50]),
    "documents": list(documents_visible_to(partner).order_by("?").values_list("pk", flat=True)[:50]),
    "events": list(
        events_visible_to(partner).filter(slug__startswith="schaal-").order_by("?").values_list("slug", flat=True)[:50]
    ),
    "themes": list(Theme.objects.values_list("slug", flat=True)),
    "phenomena": list(Phenomenon.objects.values_list("slug", flat=True)),
    "visible_documents": documents_visible_to(partner).count(),
}))
"""


def digest_run():
    """One full weekly digest over the seeded people (bench/digest.py), timed."""
    env = production_env(KPO_REQUIRE_MFA="false", EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend")
    script = (ROOT / "bench" / "digest.py").read_text()
    out = manage("shell", "-c", script, env=env, capture=True)
    figures = json.loads(next(line for line in out.splitlines() if line.startswith("DIGEST "))[7:])
    log(
        f"digest: {figures['seconds']} s for {figures['people_following']} people with {figures['follows']} "
        f"follows ({figures['sent']} mails, {figures['queries']} queries)"
    )
    return figures


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def search_vocabulary(minimum=500):
    """The words of the demo articles (five letters or more, lower case, sorted): what
    people search for, compounds included. The uncached search endpoint combines them."""
    import re

    words = set()
    for path in sorted((ROOT / "portal" / "demo" / "data" / "articles").glob("*.md")):
        words.update(w.lower() for w in re.findall(r"[^\W\d_]{5,}", path.read_text(encoding="utf-8")))
    vocabulary = sorted(words)
    if len(vocabulary) < minimum:
        raise SystemExit(f"only {len(vocabulary)} words in the demo articles, {minimum} needed")
    return vocabulary


# Endpoints whose requests each search a new pair of words (bench/wrk_report.lua): the
# first path is the prefix, the others are the warm-up checks. The one-client pass starts
# further along the list of pairs, so it never repeats a pair of the first pass.
UNCACHED = {
    "kennisbank_search_uncached",
    "zoeken_uncached",
    "besloten_search_uncached",
    "netwerk_uncached",
    "zoeken_partner_uncached",
}
# At one client: the partner pages, and the searches no cache can answer.
ONE_CLIENT_PUBLIC = {"kennisbank_search_uncached", "zoeken_uncached"}


def endpoints(data):
    """name -> (paths, partner?): several paths per endpoint, as real traffic varies."""
    themes, phenomena = data["themes"], data["phenomena"]
    facet_paths = [f"/kennisbank/?thema={t}&fenomeen={p}" for t in themes for p in phenomena[:4]]
    return {
        "healthz": (["/healthz"], False),
        "home": (["/"], False),
        "kennisbank": (["/kennisbank/", *[f"/kennisbank/?page={n}" for n in range(2, 6)]], False),
        "kennisbank_search": ([f"/kennisbank/?q={w}" for w in COMMON_WORDS], False),
        "kennisbank_facets": (facet_paths, False),
        "article": ([f"/kennisbank/{slug}/" for slug in data["articles"]], False),
        "zoeken": ([f"/zoeken/?q={w}" for w in COMMON_WORDS], False),
        "kennisbank_search_uncached": (["/kennisbank/?q=", "/kennisbank/?q=hennep+fraude"], False),
        "zoeken_uncached": (["/zoeken/?q=", "/zoeken/?q=vastgoed+fraude"], False),
        "besloten": (["/besloten/", *[f"/besloten/?page={n}" for n in range(2, 4)]], True),
        "besloten_search": ([f"/besloten/?q={w}" for w in COMMON_WORDS], True),
        "besloten_search_uncached": (["/besloten/?q=", "/besloten/?q=vastgoed+fraude"], True),
        "document": ([f"/besloten/documenten/{pk}/" for pk in data["documents"]], True),
        "mijn_kpo": (["/mijn-kpo/"], True),
        "event": ([f"/bijeenkomsten/{slug}/" for slug in data["events"]], True),
        "netwerk": ([f"/netwerk/?soort=gemeente&thema={t}" for t in themes], True),
        "netwerk_uncached": (["/netwerk/?soort=gemeente&q=", "/netwerk/?soort=gemeente&q=vastgoed+fraude"], True),
        "zoeken_partner": ([f"/zoeken/?q={w}" for w in COMMON_WORDS], True),
        "zoeken_partner_uncached": (["/zoeken/?q=", "/zoeken/?q=vastgoed+fraude"], True),
    }


def fetch(base, path, cookie=None):
    request = urllib.request.Request(base + path, headers={"Cookie": cookie} if cookie else {})  # noqa: S310
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 - 127.0.0.1 only
        return response.status, response.geturl(), response.headers, response.read()


def warm_up(base, name, paths, cookie):
    for path in paths:
        for _ in range(2):
            status, url, _headers, _body = fetch(base, path, cookie)
            if status != 200 or url != base + path:
                raise SystemExit(f"{name}: {path} answered {status} at {url}, not a 200 page")


def wrk(base, paths, cookie, connections, seconds, words=(), word_offset=0):
    env = {
        **os.environ,
        "BENCH_PATHS": "\n".join(paths),
        "BENCH_COOKIE": cookie or "",
        "BENCH_WORDS": "\n".join(words),
        "BENCH_WORD_OFFSET": str(word_offset),
    }
    command = [
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "30s",
        "-s",
        str(LUA),
        base,
    ]
    out = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout  # noqa: S603
    line = next(line for line in out.splitlines() if line.startswith("BENCH_JSON "))
    return json.loads(line.removeprefix("BENCH_JSON "))


def static_caching(base):
    """The Cache-Control header whitenoise gives a hashed static file (far future expected)."""
    import re

    home = fetch(base, "/")[3].decode()
    css = re.search(r'href="(/static/[^"]+\.css)"', home).group(1)
    _status, _url, headers, _body = fetch(base, css)
    return {"url": css, "cache_control": headers.get("Cache-Control", "")}


def drain(base):
    """Wait until the workers are done with what the last run left queued (requests wrk
    gave up on are still served), so the next endpoint starts on idle workers."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        started = time.monotonic()
        fetch(base, "/healthz")
        if time.monotonic() - started < 0.05:
            return
        time.sleep(0.5)


def machine():
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": model or platform.processor(), "python": platform.python_version()}


def start_server(port, static_root):
    env = production_env(KPO_BIND=f"127.0.0.1:{port}", STATIC_ROOT=static_root)
    server = subprocess.Popen(  # noqa: S603 - our own gunicorn
        [GUNICORN, "-c", str(ROOT / "kpo" / "gunicorn_conf.py"), "kpo.wsgi"],
        env=env,
        cwd=ROOT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn stopped during start-up")
        try:
            if fetch(base, "/healthz")[0] == 200:
                return server, base
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.3)
    raise SystemExit("gunicorn did not answer /healthz within 60 s")


def stop_server(server):
    if server is None or server.poll() is not None:
        return
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=25)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def flush_cache():
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def cache_memory():
    """What the caches hold in Redis: bytes used by the server and keys in the bench's database."""
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    return {"used_memory": client.info("memory")["used_memory"], "keys": client.dbsize()}


def main():
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    prepare_database()
    flush_cache()
    static_root = tempfile.mkdtemp(prefix="kpo-bench-static-")
    server = None

    def on_signal(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_signal)
    try:
        env = production_env(STATIC_ROOT=static_root)
        manage("collectstatic", "--noinput", "-v0", env=env)
        data = json.loads(manage("shell", "-c", SETUP_SCRIPT, env=env, capture=True).strip().splitlines()[-1])
        digest = digest_run() if DIGEST else None
        port = free_port()
        server, base = start_server(port, static_root)
        log(f"gunicorn on {base}; partner {data['partner']} may read {data['visible_documents']} documents")
        static = static_caching(base)
        log(f"static files: {static}")
        plan = {name: value for name, value in endpoints(data).items() if not ONLY or name in ONLY or name == "healthz"}
        vocabulary = search_vocabulary()
        log(f"uncached searches combine {len(vocabulary)} words")
        for name, (paths, partner) in plan.items():
            warm_up(base, name, paths, data["cookie"] if partner else None)
        results = {}
        memory = {"after_warm_up": cache_memory()}
        order = list(plan) + ["healthz_end"]
        for name in order:
            paths, partner = plan["healthz" if name == "healthz_end" else name]
            log(f"{name}: {SECONDS} s with {CONNECTIONS} connections")
            drain(base)
            words = vocabulary if name in UNCACHED else ()
            results[name] = wrk(base, paths, data["cookie"] if partner else None, CONNECTIONS, SECONDS, words)
            if name in UNCACHED:
                memory[f"after_{name}"] = cache_memory()
        health_rps = (results["healthz"]["rps"] + results.pop("healthz_end")["rps"]) / 2
        for figures in results.values():
            figures["ratio_to_healthz"] = round(figures["rps"] / health_rps, 3)
        one_client = {}
        for name, (paths, partner) in plan.items():
            if partner or name in ONE_CLIENT_PUBLIC:
                log(f"{name}: {SECONDS} s at one client")
                drain(base)
                words = vocabulary if name in UNCACHED else ()
                cookie = data["cookie"] if partner else None
                one_client[name] = wrk(base, paths, cookie, 1, SECONDS, words, word_offset=len(vocabulary) * 997)
        memory["end"] = cache_memory()
        report = {
            "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "machine": machine(),
            "factor": FACTOR,
            "seconds_per_endpoint": SECONDS,
            "connections": CONNECTIONS,
            "workers": int(os.environ.get("WEB_CONCURRENCY", str(2 * (os.cpu_count() or 1) + 1))),
            "healthz_rps": round(health_rps, 1),
            "static_files": static,
            "endpoints": results,
            "one_client": one_client,
            "cache_memory": memory,
        }
        if digest:
            report["digest"] = digest
    finally:
        stop_server(server)
        shutil.rmtree(static_root, ignore_errors=True)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(report, indent=2) + "\n")
    print_table(report)
    log(f"written to {OUTPUT}")


def print_table(report):
    m = report["machine"]
    print(f"\nKPO bench: factor {report['factor']:g}, {m['nproc']} × {m['cpu']}, {report['workers']} gunicorn workers,")
    print(f"{report['connections']} connections, {report['seconds_per_endpoint']} s per endpoint\n")
    print(f"{'endpoint':<26}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'× healthz':>11}{'errors':>8}")
    for name, r in report["endpoints"].items():
        print(
            f"{name:<26}{r['rps']:>9.1f}{r['p50_ms']:>9.1f}{r['p95_ms']:>9.1f}{r['p99_ms']:>9.1f}"
            f"{r['ratio_to_healthz']:>11.2f}{r['errors']:>8}"
        )
    if "digest" in report:
        d = report["digest"]
        print(
            f"\nweekly digest: {d['seconds']} s for {d['people_following']} people, {d['follows']} follows, "
            f"{d['sent']} mails, {d['queries']} queries"
        )
    print("\none client (partner pages, uncached searches)")
    for name, r in report["one_client"].items():
        print(f"{name:<26}{r['rps']:>9.1f}{r['p50_ms']:>9.1f}{r['p95_ms']:>9.1f}{r['p99_ms']:>9.1f}")
    print("\nRedis (caches)")
    for moment, m in report["cache_memory"].items():
        print(f"{moment:<36}{m['used_memory'] / 2**20:>9.1f} MB{m['keys']:>9} keys")


if __name__ == "__main__":
    main()
