"""The one answer to "which address did this request come from?", for the API rate limit,
the request and audit logs and allauth's rate limits and session list (through the
account adapter's get_client_ip).

X-Forwarded-For is believed only when the peer (REMOTE_ADDR) is one of KPO_TRUSTED_PROXIES
(addresses or networks). The header is then read from the right, each entry written by the
proxy before it, and the walk stops at the first address that is not a trusted proxy: that
is the client. Anything to its left the client may have written itself. Importable from the
settings (no Django settings at import time)."""

import ipaddress
from functools import lru_cache

from django.core.exceptions import ImproperlyConfigured


def parse(value: str) -> list[str]:
    """KPO_TRUSTED_PROXIES, comma-separated addresses or CIDR networks; refuses anything
    else (a host name would silently trust nobody, or everybody)."""
    entries = [item.strip() for item in (value or "").split(",") if item.strip()]
    for entry in entries:
        try:
            ipaddress.ip_network(entry, strict=False)
        except ValueError:
            raise ImproperlyConfigured(
                f"KPO_TRUSTED_PROXIES: {entry!r} is not an address or network (e.g. 127.0.0.1, 10.0.0.0/24)."
            ) from None
    return entries


def check_environment(environ) -> None:
    """Refuse the count-based setting this replaced: a count trusts any peer."""
    if environ.get("KPO_TRUSTED_PROXY_COUNT"):
        raise ImproperlyConfigured(
            "KPO_TRUSTED_PROXY_COUNT is no longer used: list the proxies' addresses in KPO_TRUSTED_PROXIES."
        )


@lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]):
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)


def _address(text: str):
    text = (text or "").strip()
    if text.startswith("[") and "]" in text:  # [2001:db8::1]:443
        text = text[1 : text.index("]")]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    return address.ipv4_mapped or address if address.version == 6 else address


def client_ip(request) -> str | None:
    """The client's address (see the module's docstring); None when REMOTE_ADDR is missing."""
    from django.conf import settings

    peer = _address(request.META.get("REMOTE_ADDR", ""))
    if peer is None:
        return None
    trusted = _networks(tuple(settings.KPO_TRUSTED_PROXIES))

    def is_trusted(address) -> bool:
        return any(address.version == network.version and address in network for network in trusted)

    client = peer
    if is_trusted(peer):
        chain = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        for entry in reversed([item for item in chain if item.strip()]):
            address = _address(entry)
            if address is None:
                break  # a malformed entry: trust nothing further left
            client = address
            if not is_trusted(address):
                break
    return str(client)
