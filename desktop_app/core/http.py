"""The one way the core speaks HTTP: an ``httpx.Client`` per trust configuration, typed errors.

Client certificates and trust anchors travel inside the ``ssl.SSLContext`` given as ``verify=`` (httpx's
``cert=`` is deprecated). Clients keep connections alive, so a sign-in reuses one TLS session per origin.
Redirects are never followed: OAuth endpoints must answer directly (RFC 6749 §3.2 forbids following a
token-endpoint redirect with credentials).
"""

from __future__ import annotations

import json
import logging
import ssl
from collections.abc import Mapping
from typing import Any, NoReturn

import httpx

from desktop_app.core.errors import IdpError, NetworkError, ProtocolError, TlsError

log = logging.getLogger(__name__)

USER_AGENT = "desktop-app/0.1 (Pro Sante Connect reference thick client)"


def build_http_client(ssl_context: ssl.SSLContext, *, timeout: float = 15.0) -> httpx.Client:
    """An ``httpx.Client`` with our TLS context, timeouts, no redirects and a plain User-Agent."""
    return httpx.Client(
        verify=ssl_context,
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        follow_redirects=False,
        headers={"User-Agent": USER_AGENT},
        trust_env=False,
    )


def send(client: httpx.Client, method: str, url: str, **kwargs: Any) -> httpx.Response:
    """``client.request`` with transport failures turned into :class:`NetworkError` / :class:`TlsError`."""
    try:
        return client.request(method, url, **kwargs)
    except httpx.HTTPError as exc:
        raise transport_error(exc, url) from None


def transport_error(exc: httpx.HTTPError, url: str) -> NetworkError:
    """An httpx failure as the core's typed error: TLS (a handshake refused, a certificate not trusted), timeout,
    or another network failure. The one mapping every HTTP caller of the core uses."""
    origin = _origin(url)
    if caused_by_tls(exc):
        return TlsError(f"TLS handshake with {origin} failed: {exc}", origin=origin)
    if isinstance(exc, httpx.TimeoutException):
        return NetworkError(f"{origin} did not answer in time", code="network.timeout", origin=origin)
    if isinstance(exc, httpx.ConnectError):
        return NetworkError(f"cannot connect to {origin}: {exc}", origin=origin)
    return NetworkError(f"HTTP exchange with {origin} failed: {exc}", origin=origin)


def json_object(response: httpx.Response, *, what: str) -> dict[str, Any]:
    """The response body as a JSON object, or :class:`ProtocolError` naming ``what`` was expected."""
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ProtocolError(
            f"{what}: expected JSON from {_origin(str(response.url))}, got {response.headers.get('content-type')!r}",
            what=what,
            status=response.status_code,
        ) from None
    if not isinstance(body, dict):
        raise ProtocolError(f"{what}: expected a JSON object", what=what, status=response.status_code)
    return body


def oauth_json(response: httpx.Response, *, what: str) -> dict[str, Any]:
    """Parse an OAuth endpoint's answer: 2xx JSON object, or the RFC 6749 §5.2 error turned into :class:`IdpError`."""
    if response.is_success:
        return json_object(response, what=what)
    raise_oauth_error(response, what=what)


def raise_oauth_error(response: httpx.Response, *, what: str) -> NoReturn:
    """Raise :class:`IdpError` from an RFC 6749 §5.2 error body, or :class:`ProtocolError` if there is none."""
    body: Mapping[str, Any] = {}
    try:
        parsed = response.json()
        body = parsed if isinstance(parsed, dict) else {}
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = {}
    error = body.get("error")
    if isinstance(error, str) and error:
        description = body.get("error_description")
        raise IdpError(
            f"{what}: {error}" + (f" ({description})" if isinstance(description, str) else ""),
            error=error,
            status=response.status_code,
            what=what,
        )
    if response.status_code >= 500:
        raise NetworkError(
            f"{what}: server error {response.status_code} from {_origin(str(response.url))}",
            code="network.server_error",
            status=response.status_code,
            origin=_origin(str(response.url)),
        )
    raise ProtocolError(
        f"{what}: unexpected HTTP {response.status_code} from {_origin(str(response.url))}",
        what=what,
        status=response.status_code,
    )


def caused_by_tls(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) is an ``ssl.SSLError``."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _origin(url: str) -> str:
    parts = httpx.URL(url)
    return f"{parts.scheme}://{parts.host}" + (f":{parts.port}" if parts.port else "")
