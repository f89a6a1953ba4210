"""One runner for every sandbox room: bind the ports, start uvicorn servers on one background event loop.

Ports are bound here, in the caller's thread, before anything starts: a busy port is a clear ``SandboxError``
at once rather than a log line from a thread. All servers share one event loop in one thread, and the test
hooks (key rotation, ending sessions, counters) run on that loop too: handlers never run in parallel, so the
sandbox's code needs no locks. (The target authorization server awaits PSC's introspection on that same loop,
asynchronously: PSC answers while it waits.)

Rooms, on ``PORTS_USED`` consecutive ports: the PSC look-alike (HTTPS back channel on ``port``, client
certificate optional for RFC 8705; HTTP wallet on ``port + 1``), the target authorization server
(``port + 2``) and the sample API (``port + 3``), both HTTPS with a client certificate required. Before
serving, the runner makes what is missing: the PKI, the structure's .p12, and the soft card when SoftHSM2 is
installed. A later room (Proxy e-Santé, CIBA…) adds its ``_Listener`` entries on the next ports.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import socket
import ssl
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType, TracebackType
from typing import Any, TypeVar

import uvicorn
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desktop_app.sandbox.errors import SandboxError
from desktop_app.sandbox.mtls import PeerCertificateProtocol
from desktop_app.sandbox.pki import PkiPaths, ensure_pki
from desktop_app.sandbox.private_files import ensure_private_dir
from desktop_app.sandbox.psc import PscProvider
from desktop_app.sandbox.sample_api import SampleApi
from desktop_app.sandbox.settings import SandboxSettings, SandboxUrls, ca_bundle_path, is_loopback, pki_dir
from desktop_app.sandbox.softcard import CardInfo, init_card, softhsm_available
from desktop_app.sandbox.stats import Counters, SandboxStats
from desktop_app.sandbox.structure_cert import ensure_structure_p12
from desktop_app.sandbox.target import TargetAuthorizationServer

_log = logging.getLogger("desktop_app.sandbox")
_access_log = logging.getLogger("desktop_app.sandbox.access")
_START_TIMEOUT = 10.0
_T = TypeVar("_T")


@dataclass(frozen=True)
class _Listener:
    name: str
    port: int
    app: ASGIApp
    tls: bool
    client_certificate: ssl.VerifyMode = ssl.CERT_NONE  # CERT_OPTIONAL / CERT_REQUIRED: verified by client-ca.pem


@dataclass(frozen=True)
class _Rooms:
    psc: PscProvider
    target: TargetAuthorizationServer
    api: SampleApi
    counters: Counters


class SandboxHandle:
    """A running sandbox. ``stop()`` (or leaving the ``with`` block) shuts it down and frees its ports."""

    def __init__(
        self,
        settings: SandboxSettings,
        urls: SandboxUrls,
        rooms: _Rooms,
        card: CardInfo | None,
        servers: list[uvicorn.Server],
        thread: threading.Thread,
        loop: asyncio.AbstractEventLoop,
    ) -> None:
        self.settings = settings
        self.urls: Mapping[str, str] = MappingProxyType(urls.as_dict())
        #: The soft card (None when SoftHSM2 is not installed).
        self.card = card
        self._rooms = rooms
        self._provider = rooms.psc
        self._servers = servers
        self._thread = thread
        self._loop = loop

    def stop(self) -> None:
        """Idempotent: ask every server to exit, wait for the thread; uvicorn closes the listening sockets."""
        for server in self._servers:
            server.should_exit = True
        self._thread.join(timeout=_START_TIMEOUT)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the servers stop (for the foreground command)."""
        self._thread.join(timeout)

    def rotate_signing_key(self) -> str:
        """Test hook: a new current signing key; the JWKS then publishes it and the previous one. Returns its kid."""
        return self._on_loop(self._provider.rotate_signing_key)

    def end_all_sessions(self) -> None:
        """Test hook: every SSO session ends (refresh → invalid_grant, introspection → inactive)."""
        self._on_loop(self._provider.end_all_sessions)

    def rotate_target_signing_key(self, realm: str = "signsessiondata") -> str:
        """Test hook: a new signing key for a realm of the target authorization server. Returns its kid."""
        return self._on_loop(lambda: self._rooms.target.rotate_signing_key(realm))

    def stats(self) -> SandboxStats:
        """Token exchanges per client, refused exchanges per error, API calls and API 401s since start."""
        return self._on_loop(self._rooms.counters.snapshot)

    def reset_stats(self) -> None:
        self._on_loop(self._rooms.counters.reset)

    def __enter__(self) -> SandboxHandle:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def _on_loop(self, func: Callable[[], _T]) -> _T:
        if not self._thread.is_alive():
            return func()

        async def call() -> _T:
            return func()

        return asyncio.run_coroutine_threadsafe(call(), self._loop).result(timeout=_START_TIMEOUT)


def prepare(settings: SandboxSettings) -> Path:
    """Generate what is missing — test PKI, the structure's .p12, the soft card when SoftHSM2 is installed — with
    no server started; returns the CA bundle clients must trust.

    The client needs the bundle (and its credentials) before any sandbox runs (``status`` never starts one).
    """
    _state_dir(settings)
    _materials(settings)
    return ca_bundle_path(settings)


def _materials(settings: SandboxSettings) -> tuple[PkiPaths, CardInfo | None]:
    """PKI, structure .p12, and the soft card when SoftHSM2 is installed.

    The card is optional here: a SoftHSM2 that is installed but fails is logged, and the sandbox serves without
    it (``desktop-app sandbox init-card`` then shows the error), rather than keeping a newcomer from signing in.
    """
    pki = ensure_pki(pki_dir(settings), [settings.host])
    ensure_structure_p12(pki)
    if not softhsm_available():
        return pki, None
    try:
        return pki, init_card(settings, pki=pki)
    except SandboxError as exc:
        _log.warning("sandbox card unavailable (%s): %s", exc.code, exc)
        return pki, None


def _state_dir(settings: SandboxSettings) -> Path:
    """The private (0700) state folder, created if needed; :class:`SandboxError` when unusable."""
    try:
        return ensure_private_dir(settings.state_dir)
    except OSError as exc:
        raise SandboxError(
            f"Dossier du bac à sable inutilisable (unusable state folder) : {settings.state_dir} ({exc.strerror})",
            code="sandbox.state_dir",
            path=str(settings.state_dir),
        ) from None


def start_in_thread(settings: SandboxSettings) -> SandboxHandle:
    """Generate what is missing (PKI, keys, store), start the servers, return once they accept connections."""
    if not is_loopback(settings.host):
        raise SandboxError(
            f"Le bac à sable n'écoute que sur une adresse de bouclage (loopback only), pas sur {settings.host}.",
            code="sandbox.host_not_loopback",
            host=settings.host,
        )
    # authlib's grants log issued tokens at DEBUG; the server side never needs that.
    logging.getLogger("authlib.oauth2.rfc6749.grants").setLevel(logging.INFO)
    state_dir = _state_dir(settings)
    sockets, settings = _bind_ports(settings)
    try:
        urls = SandboxUrls.from_settings(settings)
        pki, card = _materials(settings)
        rooms = _rooms(settings, urls, state_dir)
        listeners = _listeners(settings, rooms)
        servers: list[uvicorn.Server] = [_Server(_config(listener, settings, pki)) for listener in listeners]
        for server in servers:
            server.config.load()  # TLS files are read now, in the caller's thread: errors surface here
        thread, loop = _serve_in_thread(servers, sockets)
    except BaseException:
        for sock in sockets:
            sock.close()
        raise
    _log.info("sandbox started: %s", urls.issuer)
    return SandboxHandle(settings, urls, rooms, card, servers, thread, loop)


#: Ports bound from ``settings.port`` on: PSC back channel, wallet, target authorization server, sample API.
PORTS_USED = 4


def _rooms(settings: SandboxSettings, urls: SandboxUrls, state_dir: Path) -> _Rooms:
    counters = Counters()
    target = TargetAuthorizationServer(settings, urls, state_dir, counters)
    return _Rooms(
        psc=PscProvider(settings, urls, state_dir),
        target=target,
        api=SampleApi(state_dir, target.keys_by_issuer(), counters),
        counters=counters,
    )


def _listeners(settings: SandboxSettings, rooms: _Rooms) -> list[_Listener]:
    """Every room's servers, on ``PORTS_USED`` consecutive ports from ``settings.port``."""
    return [
        # RFC 8705: PSC asks for a certificate without requiring one (tls_client_auth clients, bound tokens).
        _Listener("psc", settings.port, rooms.psc.back_channel_app, tls=True, client_certificate=ssl.CERT_OPTIONAL),
        _Listener("wallet", settings.port + 1, rooms.psc.wallet_app, tls=False),
        _Listener("as", settings.port + 2, rooms.target.app, tls=True, client_certificate=ssl.CERT_REQUIRED),
        _Listener("api", settings.port + 3, rooms.api.app, tls=True, client_certificate=ssl.CERT_REQUIRED),
    ]


def _config(listener: _Listener, settings: SandboxSettings, pki: PkiPaths) -> uvicorn.Config:
    tls: dict[str, Any] = {}
    protocol: type[asyncio.Protocol] | str = "h11"
    if listener.tls:
        tls = {"ssl_certfile": str(pki.server_chain), "ssl_keyfile": str(pki.server_key)}
        if listener.client_certificate is not ssl.CERT_NONE:
            tls |= {"ssl_cert_reqs": listener.client_certificate, "ssl_ca_certs": str(pki.client_ca)}
            protocol = PeerCertificateProtocol
    return uvicorn.Config(
        _AccessLog(listener.app, listener.name),
        host=settings.host,
        port=listener.port,
        http=protocol,
        ws="none",
        lifespan="off",
        log_config=None,
        access_log=False,  # uvicorn's access log prints query strings, i.e. codes: ours below prints paths only
        server_header=False,
        timeout_graceful_shutdown=2,
        **tls,
    )


def _serve_in_thread(
    servers: list[uvicorn.Server], sockets: list[socket.socket]
) -> tuple[threading.Thread, asyncio.AbstractEventLoop]:
    ready = threading.Event()
    outcome: dict[str, Any] = {}

    async def main() -> None:
        outcome["loop"] = asyncio.get_running_loop()
        tasks = [asyncio.create_task(s.serve(sockets=[sock])) for s, sock in zip(servers, sockets, strict=True)]
        while not all(s.started for s in servers) and not any(t.done() for t in tasks):
            await asyncio.sleep(0.002)
        ready.set()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        outcome["errors"] = [r for r in results if isinstance(r, BaseException)]

    def run() -> None:
        try:
            asyncio.run(main())
        except BaseException as exc:  # reported to the starting thread below
            outcome.setdefault("errors", [exc])
        finally:
            ready.set()

    thread = threading.Thread(target=run, name="desktop-app-sandbox", daemon=True)
    thread.start()
    ready.wait(_START_TIMEOUT)
    if not thread.is_alive() or not all(s.started for s in servers):
        for server in servers:
            server.should_exit = True
        thread.join(_START_TIMEOUT)
        raise SandboxError(
            f"Le bac à sable n'a pas pu démarrer (failed to start): {outcome.get('errors')}",
            code="sandbox.start_failed",
        )
    return thread, outcome["loop"]


def _bind_ports(settings: SandboxSettings) -> tuple[list[socket.socket], SandboxSettings]:
    """Bind the ``PORTS_USED`` consecutive ports from ``settings.port`` (any free run of them when it is 0)."""
    if settings.port:
        return _bind_run(settings.host, settings.port), settings
    for _ in range(50):
        first = _bind(settings.host, 0)
        port = first.getsockname()[1]
        if port + PORTS_USED - 1 <= 65535:
            with contextlib.suppress(SandboxError):
                return [first, *_bind_run(settings.host, port + 1, PORTS_USED - 1)], replace(settings, port=port)
        first.close()
    raise SandboxError("Aucune plage de ports libres (no free port range).", code="sandbox.no_free_port")


def _bind_run(host: str, port: int, count: int = PORTS_USED) -> list[socket.socket]:
    bound: list[socket.socket] = []
    try:
        for offset in range(count):
            bound.append(_bind(host, port + offset))
    except BaseException:
        for sock in bound:
            sock.close()
        raise
    return bound


def _bind(host: str, port: int) -> socket.socket:
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets whose proto says TCP; without it every
    # response after the first on a keep-alive connection waits ~40 ms for the client's delayed ACK (Nagle).
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        if sys.platform == "win32":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # type: ignore[attr-defined]
        else:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # restart at once, still one listener
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1)):
            raise SandboxError(
                f"Le port {port} de {host} est déjà utilisé (port already in use) : un autre bac à sable ou un "
                f"autre programme l'occupe. Arrêtez-le ou choisissez un autre port.",
                code="sandbox.port_busy",
                host=host,
                port=port,
            ) from None
        raise SandboxError(
            f"Impossible d'écouter sur {host}:{port} (cannot listen): {exc.strerror}",
            code="sandbox.port_unavailable",
            host=host,
            port=port,
        ) from None
    return sock


class _Server(uvicorn.Server):
    """uvicorn's server, minus the wait for idle keep-alive clients at shutdown.

    uvicorn closes an idle TLS connection by sending close_notify and waiting for the peer's, which an idle
    HTTP client never reads: ``stop()`` would then wait for ``timeout_graceful_shutdown``. A test server drops
    idle connections at once (requests in flight still complete).
    """

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for connection in list(self.server_state.connections):
            cycle = getattr(connection, "cycle", None)
            transport = getattr(connection, "transport", None)
            if transport is not None and (cycle is None or cycle.response_complete):
                transport.abort()
        await super().shutdown(sockets)


class _AccessLog:
    """Log ``room METHOD path status`` — never the query string, where codes and tokens travel."""

    def __init__(self, app: ASGIApp, room: str) -> None:
        self._app = app
        self._room = room

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        status = 0

        async def record(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        await self._app(scope, receive, record)
        _access_log.info("%s %s %s %d", self._room, scope["method"], scope["path"], status)
