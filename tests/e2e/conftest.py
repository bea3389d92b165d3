"""Browser journeys: Playwright driving Debian's Chromium (never `playwright install`).

Without Chromium the journeys are skipped, unless KPO_REQUIRE_BROWSER=1 (CI), where
a missing browser is a failure."""

import json
import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("KPO_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

E2E_DIR = Path(__file__).parent


def pytest_collection_modifyitems(config, items):
    """Every test in this folder is a browser journey and carries the `e2e` marker, so CI can
    run them as their own step (`-m e2e`, `-m "not e2e"`). Hooks in a conftest see every
    collected item, not only this folder's: hence the path check."""
    for item in items:
        if E2E_DIR in item.path.parents:
            item.add_marker(pytest.mark.e2e)


# The live server runs in a thread next to Playwright's event loop.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session", autouse=True)
def _chromium_present():
    if Path(CHROMIUM).exists():
        return
    if os.environ.get("KPO_REQUIRE_BROWSER") == "1":
        pytest.fail(f"KPO_REQUIRE_BROWSER=1 but Chromium is not installed at {CHROMIUM}.")
    pytest.skip(f"Chromium not found at {CHROMIUM}; browser journeys skipped.")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, _chromium_present):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # bypass_csp lets the test inject axe-core; the site's own CSP stays as it is.
    return {**browser_context_args, "bypass_csp": True, "locale": "nl-NL"}


def _axe_source() -> str:
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()


@pytest.fixture(scope="session")
def axe_source():
    return _axe_source()


@pytest.fixture
def assert_accessible(axe_source):
    """Run axe-core (WCAG 2.0/2.1 A and AA rules) on the page; fail with the violations."""

    def check(page):
        page.evaluate(axe_source)
        result = page.evaluate(
            "axe.run(document, {runOnly: {type: 'tag', values: "
            "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
        )
        violations = [
            {
                "id": v["id"],
                "impact": v["impact"],
                "help": v["help"],
                "nodes": [n["target"] for n in v["nodes"]][:5],
            }
            for v in result["violations"]
        ]
        assert violations == [], f"axe-core on {page.url}:\n{json.dumps(violations, indent=2)}"

    return check


@pytest.fixture
def log_in(live_server):
    """Log in through the login form, as a person would."""

    def go(page, email, password="geheim-wachtwoord-123"):
        import re

        page.goto(live_server.url + "/accounts/login/")
        page.get_by_label("E-mail").first.fill(email)
        page.get_by_label("Wachtwoord").first.fill(password)
        page.get_by_role("button", name=re.compile("Inloggen")).click()

    return go
