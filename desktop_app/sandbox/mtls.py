"""The client certificate of a TLS connection, handed to the ASGI app (the ASGI "TLS" extension).

uvicorn verifies client certificates (``ssl_cert_reqs``, ``ssl_ca_certs``) but does not put the peer
certificate in the ASGI scope, and RFC 8705 needs it twice: to authenticate a ``tls_client_auth`` client
(§2.1) and to check a certificate-bound token's ``cnf`` against the certificate presented now (§3). This
protocol subclass reads it once per connection, after the handshake, and adds it to every request's scope as
the ASGI TLS extension says: ``scope["extensions"]["tls"]["client_cert_chain"]`` (PEM strings, leaf first;
Python exposes only the leaf).
"""

from __future__ import annotations

import asyncio
import ssl
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

_TLS_VERSIONS = {"TLSv1.2": 0x0303, "TLSv1.3": 0x0304}


class PeerCertificateProtocol(H11Protocol):
    """uvicorn's h11 protocol, plus the ASGI TLS extension carrying the client certificate."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        ssl_object: ssl.SSLObject | None = transport.get_extra_info("ssl_object")
        if ssl_object is None:
            return
        der = ssl_object.getpeercert(binary_form=True)
        version = ssl_object.version()
        tls: dict[str, Any] = {
            "server_cert": None,
            "client_cert_chain": [ssl.DER_cert_to_PEM_cert(der)] if der else [],
            "client_cert_name": None,
            "client_cert_error": None,
            "tls_version": _TLS_VERSIONS.get(version or ""),
            "cipher_suite": None,
        }
        self.app = _WithTls(self.app, tls)


class _WithTls:
    def __init__(self, app: ASGIApp, tls: dict[str, Any]) -> None:
        self._app = app
        self._tls = tls

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope = {**scope, "extensions": {**scope.get("extensions", {}), "tls": self._tls}}
        await self._app(scope, receive, send)


def peer_certificate(scope: Scope) -> bytes | None:
    """The DER client certificate of the request's connection, or None when the client presented none."""
    chain = scope.get("extensions", {}).get("tls", {}).get("client_cert_chain") or []
    return ssl.PEM_cert_to_DER_cert(chain[0]) if chain else None
