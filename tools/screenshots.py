"""Screenshots of the main pages at a phone's and a laptop's width, for review (`make screenshots`).

Fills the embedded database with the demo content (migrate, seed_demo: running it twice
changes nothing), starts `manage.py runserver` on a free port, and lets Playwright on Debian's
Chromium visit each page as the person who would see it: anonymous, an approved partner, the
superuser (admin). Writes <name>-<width>.png into the folder given (default: screenshots/,
which git ignores). Usage: python tools/screenshots.py [folder]."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("KPO_CHROMIUM", "/usr/bin/chromium")
WIDTHS = (390, 1280)
PASSWORD = os.environ.get("KPO_DEMO_PASSWORD", "kpo-demo-2026")
PARTNER = "analist@amsterdam.nl"
SUPERUSER = "beheerder@liec.nl"


def manage(*args, **kwargs):
    return subprocess.run(  # noqa: S603 - our own arguments
        [sys.executable, "manage.py", *args], cwd=ROOT, check=True, **kwargs
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 - our own local server
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"The site did not answer at {url}")


def first_link(page, base, path, selector):
    """The address of the first link matching `selector` on `path` (ids differ per seed)."""
    page.goto(base + path)
    href = page.locator(selector).first.get_attribute("href")
    if not href:
        raise SystemExit(f"No link {selector!r} on {path}")
    return href


def log_in(page, base, email):
    page.context.clear_cookies()
    page.goto(base + "/accounts/login/")
    page.locator("main input[type=email], main input[name=login]").first.fill(email)
    page.locator("main input[type=password]").first.fill(PASSWORD)
    with page.expect_navigation():
        page.locator("main form [type=submit]").first.click()
    if "/accounts/login/" in page.url:
        raise SystemExit(f"Could not log in as {email}")


def shoot(page, base, folder, name, path):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
        target = folder / f"{name}-{width}.png"
        page.screenshot(path=str(target), full_page=True)
        print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)


def take(base: str, folder: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(locale="nl-NL", viewport={"width": 1280, "height": 900})

        article = first_link(page, base, "/kennisbank/", "main .card__title a")
        for name, path in (
            ("home", "/"),
            ("kennisbank", "/kennisbank/"),
            ("article", article),
            ("zoeken", "/zoeken/?q=bibob"),
            ("quiz", "/quiz/"),
            ("riec", "/riec/"),
            ("login", "/accounts/login/"),
            ("signup", "/accounts/signup/"),
            ("home-en", "/en/"),
        ):
            shoot(page, base, folder, name, path)

        log_in(page, base, PARTNER)
        document = first_link(page, base, "/besloten/", "main .card__title a")
        profile = first_link(page, base, "/netwerk/", "main .card__title a")
        for name, path in (
            ("account", "/account/"),
            ("closed-list", "/besloten/"),
            ("document", document),
            ("directory", "/netwerk/"),
            ("profile", profile),
            ("sessions", "/accounts/sessions/"),
            ("home-signed-in", "/"),
        ):
            shoot(page, base, folder, name, path)

        log_in(page, base, SUPERUSER)
        shoot(page, base, folder, "admin", "/admin/")
        browser.close()


def main() -> int:
    folder = (ROOT / (sys.argv[1] if len(sys.argv) > 1 else "screenshots")).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"Chromium not found at {CHROMIUM} (apt-get install chromium, or set KPO_CHROMIUM)")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "kpo.settings.dev"}
    manage("migrate", "--noinput", stdout=subprocess.DEVNULL, env=env)
    manage("seed_demo", stdout=subprocess.DEVNULL, env=env)
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 - our own arguments
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/healthz")
        take(base, folder)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
