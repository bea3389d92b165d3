"""Browser and operating system from a User-Agent header, for people reading their own sessions.

Deliberately small: the families people recognise, in the order that matters (Edge and Opera
say "Chrome" too, Chrome says "Safari", Android says "Linux"). Anything else is "unknown", and
the raw header stays available to whoever needs it."""

import re

# (name, pattern): the first match wins.
_BROWSERS = (
    ("Edge", re.compile(r"\bEdg(?:e|A|iOS)?/(\d+)")),
    ("Opera", re.compile(r"\b(?:OPR|Opera)/(\d+)")),
    ("Samsung Internet", re.compile(r"\bSamsungBrowser/(\d+)")),
    ("Firefox", re.compile(r"\b(?:Firefox|FxiOS)/(\d+)")),
    ("Chrome", re.compile(r"\b(?:Chrome|CriOS|HeadlessChrome|Chromium)/(\d+)")),
    ("Safari", re.compile(r"\bVersion/(\d+)[.\d]* (?:Mobile/\S+ )?Safari/")),
)
_SYSTEMS = (
    ("iOS", re.compile(r"\b(?:iPhone|iPad|iPod)\b.*? OS (\d+)")),
    ("Android", re.compile(r"\bAndroid (\d+)")),
    ("Windows", re.compile(r"\bWindows NT (\d+\.\d+)")),
    ("ChromeOS", re.compile(r"\bCrOS\b()")),
    ("macOS", re.compile(r"\bMac OS X (\d+)[_.](\d+)")),
    ("Linux", re.compile(r"\bLinux\b()")),
)
_WINDOWS = {"10.0": "10/11", "6.3": "8.1", "6.2": "8", "6.1": "7"}


def browser(user_agent: str) -> str:
    """The browser and its major version ("Firefox 133"); "" when not recognised."""
    for name, pattern in _BROWSERS:
        match = pattern.search(user_agent or "")
        if match:
            return f"{name} {match.group(1)}"
    return ""


def system(user_agent: str) -> str:
    """The operating system ("Windows 10/11", "macOS 10.15", "Android 14"); "" when not recognised."""
    for name, pattern in _SYSTEMS:
        match = pattern.search(user_agent or "")
        if not match:
            continue
        if name == "Windows":
            return f"Windows {_WINDOWS.get(match.group(1), match.group(1))}"
        if name == "macOS":
            return f"macOS {match.group(1)}.{match.group(2)}"
        version = match.group(1) if match.groups() else ""
        return f"{name} {version}".strip()
    return ""
