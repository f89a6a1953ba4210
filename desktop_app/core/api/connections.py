"""One keep-alive ``httpx.Client`` per (client certificate, trust anchors), shared by every thread.

Why a pool: a TLS handshake costs network round trips and, with a CPS card, a signature by the card (slow, and
each one goes through the card's single PKCS#11 session). An API session of many calls must pay it once per
origin, so everyone who calls an API with the same certificate and trust anchors must share one client and its
connection pool. httpx clients are thread-safe and keep connections alive (HTTP/1.1 persistent connections,
RFC 9112 §9.3).

The client certificate travels inside the ``ssl.SSLContext`` given as ``verify=`` (see ``core/http.py``); the
:class:`~desktop_app.core.tls.credentials.Credential` builds and caches that context, asking for its password or
PIN once. The pool counts TLS handshakes per origin through httpcore's ``trace`` request extension, so that tests
and benchmarks can prove "one handshake per origin" instead of assuming it.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from desktop_app.core.http import build_http_client
from desktop_app.core.tls.trust import build_ssl_context

if TYPE_CHECKING:
    from desktop_app.core.tls.credentials import Credential

log = logging.getLogger(__name__)

_Key = tuple[str | None, str | None]
# httpcore names its trace events "<layer>.<step>.<started|complete|failed>"; the TLS handshake step of a
# direct connection is "connection.start_tls".
_HANDSHAKE_DONE = "connection.start_tls.complete"


class ClientPool:
    """The app's HTTP clients for API calls and token exchanges, one per (credential name, CA bundle).

    Thread-safe. Building a client may block on the credential's password or PIN prompt: only the threads that
    want *that* client wait for it, the others keep working.
    """

    def __init__(self, *, timeout: float) -> None:
        self._timeout = timeout
        self._clients: dict[_Key, tuple[Credential | None, httpx.Client]] = {}
        self._building: dict[_Key, threading.Lock] = {}
        self._lock = threading.Lock()
        self._handshakes: Counter[str] = Counter()
        self._closed = False

    def client(self, credential: Credential | None, ca_bundle: Path | None) -> httpx.Client:
        """The shared client presenting ``credential``'s certificate (none when ``None``), trusting the OS store
        plus ``ca_bundle``. The first call for a key builds the TLS context (may ask for the secret).

        A credential replaced under the same name (a new .p12 imported) is a new object: its old client is
        closed and a new one built, so the new certificate is presented from the next request on.
        """
        key: _Key = (credential.name if credential is not None else None, str(ca_bundle) if ca_bundle else None)
        with self._lock:
            self._check_open()
            existing = self._current(key, credential)
            if existing is not None:
                return existing
            building = self._building.setdefault(key, threading.Lock())
        with building:  # one build per key; a second thread wanting the same client waits for the first
            with self._lock:
                self._check_open()
                existing = self._current(key, credential)
            if existing is not None:
                return existing
            context = credential.ssl_context(ca_bundle) if credential is not None else build_ssl_context(ca_bundle)
            client = build_http_client(context, timeout=self._timeout)
            client.event_hooks = {"request": [self._install_trace], "response": []}
            with self._lock:
                if self._closed:
                    client.close()
                    self._check_open()
                self._clients[key] = (credential, client)
            log.debug("new API client for credential %s", key[0] or "(none)")
            return client

    @property
    def handshakes(self) -> Mapping[str, int]:
        """TLS handshakes completed so far, per origin (``https://host:port``): a snapshot."""
        with self._lock:
            return dict(self._handshakes)

    def drop(self, credential_name: str) -> None:
        """Close the clients of ``credential_name`` (card removed, certificate replaced, user request)."""
        with self._lock:
            keys = [key for key in self._clients if key[0] == credential_name]
            dropped = [self._clients.pop(key)[1] for key in keys]
        for client in dropped:
            client.close()

    def close(self) -> None:
        """Close every client. Idempotent; the pool refuses new clients afterwards."""
        with self._lock:
            self._closed = True
            clients, self._clients = [client for _, client in self._clients.values()], {}
        for client in clients:
            client.close()

    def _current(self, key: _Key, credential: Credential | None) -> httpx.Client | None:
        """The client of ``key`` if it was built for this very credential object; an outdated one is closed.
        Called with the lock held."""
        entry = self._clients.get(key)
        if entry is None:
            return None
        if entry[0] is credential:
            return entry[1]
        del self._clients[key]
        entry[1].close()
        return None

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("the client pool is closed")

    def _install_trace(self, request: httpx.Request) -> None:
        """httpx request hook: chain our handshake counter in front of any trace the caller installed."""
        origin = f"{request.url.scheme}://{request.url.host}:{request.url.port or _default_port(request.url.scheme)}"
        previous = request.extensions.get("trace")

        def trace(event: str, info: Mapping[str, Any]) -> None:
            if event == _HANDSHAKE_DONE:
                with self._lock:
                    self._handshakes[origin] += 1
            if previous is not None:
                previous(event, info)

        request.extensions["trace"] = trace


def _default_port(scheme: str) -> int:
    return 443 if scheme == "https" else 80
