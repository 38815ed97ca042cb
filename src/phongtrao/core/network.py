"""The client's address behind trusted reverse proxies (login lockout, audit trail)."""
from ipaddress import ip_address, ip_network

from django.conf import settings


def _address(text: str):
    try:
        return ip_address(text.strip())
    except ValueError:
        return None


def _trusted(address, networks) -> bool:
    return address is not None and any(address in network for network in networks)


def client_address(request) -> str | None:
    """The address of the client, not of our own proxy.

    `X-Forwarded-For` is read only when the direct peer (`REMOTE_ADDR`) is one of `PHONGTRAO_TRUSTED_PROXIES`
    (addresses or networks); then the rightmost entry that is not a trusted proxy is the client (entries to its left
    were written by the client and may be forged). Otherwise, or when that entry is no address, `REMOTE_ADDR`.
    """
    remote = request.META.get("REMOTE_ADDR")
    networks = [ip_network(n, strict=False) for n in settings.PHONGTRAO_TRUSTED_PROXIES]
    if not _trusted(_address(remote or ""), networks):
        return remote
    for entry in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        address = _address(entry)
        if not _trusted(address, networks):
            return str(address) if address is not None else remote
    return remote
