"""Request ids, one JSON log line per request, and logs that never carry secrets.

`RequestContextMiddleware` gives every request an id (taken from a well-formed `X-Request-ID`
set by the proxy, else new), returns it in the response and puts it, with the client address,
on every log record and audit event written while the request runs."""

import contextvars
import json
import logging
import re
import time
import uuid
from datetime import UTC, datetime

from kpo.clientip import client_ip

_request = contextvars.ContextVar("kpo_request", default=None)
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
logger = logging.getLogger("kpo.request")

# Secrets that travel in URLs (allauth's confirmation and password-reset keys, tokens in
# query strings) and in free text (password=…); replaced before anything is logged.
_SECRET_PATHS = [
    (re.compile(r"(/accounts/confirm-email/)[^/\s]+"), r"\1[redacted]"),
    (re.compile(r"(/accounts/password/reset/key/)[^/]+"), r"\1[redacted]"),
    (re.compile(r"(/accounts/login/code/confirm/)[^/]+"), r"\1[redacted]"),
]
_SECRET_PAIRS = re.compile(
    r"(?i)(password\d?|passwd|secret|token|key|code|otp|csrfmiddlewaretoken|sessionid|authorization)"
    r"(\"?\s*[=:]\s*\"?)([^\s&\"',;]+)"
)


def redact(text: str) -> str:
    for pattern, replacement in _SECRET_PATHS:
        text = pattern.sub(replacement, text)
    return _SECRET_PAIRS.sub(r"\1\2[redacted]", text)


def scrub_event(event, hint=None):
    """Sentry's before_send and before_breadcrumb: the same redaction as the logs, on every
    string of the event (the address, messages, breadcrumbs)."""

    def scrub(value):
        if isinstance(value, str):
            return redact(value)
        if isinstance(value, dict):
            return {key: scrub(item) for key, item in value.items()}
        if isinstance(value, list):
            return [scrub(item) for item in value]
        return value

    return scrub(event)


def current_request() -> dict:
    """The request id and client address of the request being handled, if any."""
    return _request.get() or {}


class RequestContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        token = _request.set({"request_id": request_id, "client_ip": client_ip(request)})
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = request_id
            user = getattr(request, "user", None)
            path = redact(request.path)  # no query string: search terms, as in nginx's log
            logger.info(
                "%s %s %s",
                request.method,
                path,
                response.status_code,
                extra={
                    "http": {
                        "method": request.method,
                        "path": path,
                        "status": response.status_code,
                        "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                        "user": user.pk if user is not None and user.is_authenticated else None,
                    }
                },
            )
            return response
        finally:
            _request.reset(token)


class ContextFilter(logging.Filter):
    """Adds the request id and client address to every record; redacts secrets from the message."""

    def filter(self, record):
        context = current_request()
        record.request_id = context.get("request_id", "-")
        record.client_ip = context.get("client_ip") or "-"
        if record.args:
            try:
                record.msg = record.getMessage()
            except (TypeError, ValueError):
                record.msg = str(record.msg)
            record.args = None
        record.msg = redact(str(record.msg))
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line, for the log collector."""

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
            "client_ip": getattr(record, "client_ip", "-"),
        }
        for key in ("http", "audit"):
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        if record.exc_info:
            entry["exception"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False, default=str)
