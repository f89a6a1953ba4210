"""The loopback redirect receiver for native-app sign-in (RFC 8252 §7.3) and the logout landing.

The system browser brings the authorization response back to ``http://127.0.0.1:<port><path>``. That port
lives on the practitioner's workstation, where other local processes and any web page the browser shows can
reach it, so the receiver trusts nothing but the one response that carries our ``state``:

- it binds the loopback IP literal only (RFC 8252 §8.3), never ``0.0.0.0`` nor the name ``localhost``;
- it answers GET on the exact path, with a Host header naming exactly our IP and port (a DNS-rebinding page
  sends its own host name), one value per parameter, and the expected ``state`` compared in constant time
  (RFC 6749 §10.12). Anything else gets a short refusal page and the flow goes on, so a stale tab, a probe
  or a forged link can neither end nor hijack the sign-in;
- it is one-shot: the first valid response (or IdP error) ends the flow and the port is released, so a
  second request is refused at connection time;
- each connection has its own thread and read timeout, because browsers pre-connect idle sockets;
- it never logs a query string, and every page forbids caching, framing, referrers and any script.

Threads: the server loop runs on its own daemon thread; :meth:`LoopbackReceiver.wait` blocks the caller's
(worker) thread; :meth:`LoopbackReceiver.cancel` may come from any thread (the GUI) and never blocks.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import secrets
import selectors
import socket
import socketserver
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from types import TracebackType
from typing import Any, Literal, cast
from urllib.parse import parse_qsl

from desktop_app.core.auth.loopback_pages import LoopbackPages
from desktop_app.core.errors import AppError, AuthFlowError, ConfigError, IdpError

_log = logging.getLogger(__name__)

Purpose = Literal["authorization", "logout"]

_POLL_SECONDS = 1.0  # a safety net only: the end of the flow wakes the server loop at once (_stop)
_CONNECTION_READ_TIMEOUT = 10.0  # an idle (pre-connected) socket holds a thread at most this long
_MAX_CONNECTIONS = 32  # a local flood cannot exhaust threads
_MAX_QUERY_FIELDS = 16
_JOIN_SECONDS = 2.0
# RFC 6749 §4.1.2 / §4.1.2.1 and RFC 9207 §2: each of these appears at most once in a response.
_SINGLE_VALUED = ("code", "state", "iss", "error", "error_description", "error_uri")

# Sent with every response, refusals included: nothing cached, framed, sniffed, referred or scripted.
_SECURITY_HEADERS = (
    ("Content-Type", "text/html; charset=utf-8"),
    ("Cache-Control", "no-store"),
    ("Pragma", "no-cache"),
    ("Referrer-Policy", "no-referrer"),
    ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Connection", "close"),
)


@dataclass(frozen=True, repr=False)
class CallbackParams:
    """The accepted redirect: ``state`` matched; ``code`` is None for the logout landing.

    ``iss`` (RFC 9207 §2) is passed through untouched: the code flow compares it with the issuer.
    """

    state: str
    code: str | None
    iss: str | None

    def __repr__(self) -> str:
        code = "None" if self.code is None else "'[REDACTED]'"
        return f"CallbackParams(state='[REDACTED]', code={code}, iss={self.iss!r})"


class LoopbackReceiver:
    """Listens on ``127.0.0.1`` for the one redirect that carries ``expected_state``.

    Use as ``with LoopbackReceiver(expected_state=s) as rx: open_browser(url_for(rx.redirect_uri));
    params = rx.wait()``. :meth:`wait` always releases the port before it returns or raises.
    """

    def __init__(
        self,
        *,
        expected_state: str,
        purpose: Purpose = "authorization",
        ports: Sequence[int] = (0,),
        path: str = "/callback",
        timeout: float = 300.0,
        language: str = "fr",
        host: str = "127.0.0.1",
    ) -> None:
        if not expected_state:
            raise ConfigError("the loopback receiver needs a non-empty state", code="config.invalid")
        if not path.startswith("/") or "?" in path or "#" in path:
            raise ConfigError(f"invalid loopback redirect path {path!r}", code="config.invalid", path=path)
        if any(not 0 <= port <= 65535 for port in ports):
            raise ConfigError("loopback ports must be between 0 and 65535", code="config.invalid")
        self._ip = _loopback_ip(host)
        self._expected_state = expected_state.encode("utf-8")
        self._purpose: Purpose = purpose
        self._ports = tuple(ports) or (0,)
        self._path = path
        self._timeout = timeout
        self._language = language
        self._lock = threading.Lock()
        self._finished = threading.Event()
        # Written to when the flow ends, so the server loop stops at once instead of at its next poll: the
        # sign-in's critical path must not wait for a timer (a self-pipe; socketpair works on every OS).
        self._wake_reader: socket.socket | None = None
        self._wake_writer: socket.socket | None = None
        self._outcome: CallbackParams | AppError | None = None
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._deadline = 0.0
        self._redirect_uri = ""
        self._authority = ""
        self._pages: LoopbackPages | None = None

    # -- public API -----------------------------------------------------------------------------------

    def start(self) -> str:
        """Bind the first free port of ``ports``, start serving, return the redirect URI."""
        if self._server is not None:
            raise RuntimeError("the loopback receiver was already started")
        self._pages = LoopbackPages.load(self._language)
        self._server = self._bind_first_free_port()
        self._wake_reader, self._wake_writer = socket.socketpair()
        port = self._server.server_address[1]
        literal = f"[{self._ip}]" if self._ip.version == 6 else str(self._ip)
        self._authority = f"{literal}:{port}"
        self._redirect_uri = f"http://{self._authority}{self._path}"
        self._deadline = time.monotonic() + self._timeout
        self._thread = threading.Thread(target=self._serve, name=f"loopback-receiver-{port}", daemon=True)
        self._thread.start()
        _log.info("loopback receiver (%s) listening on %s", self._purpose, self._redirect_uri)
        return self._redirect_uri

    @property
    def redirect_uri(self) -> str:
        """``http://127.0.0.1:<port><path>``, the IP literal as RFC 8252 §7.3 asks; valid after start()."""
        if not self._redirect_uri:
            raise RuntimeError("start() the loopback receiver first")
        return self._redirect_uri

    @property
    def deadline(self) -> float:
        """The ``time.monotonic()`` instant the flow times out, for countdowns."""
        if self._server is None:
            raise RuntimeError("start() the loopback receiver first")
        return self._deadline

    def wait(self) -> CallbackParams:
        """Block until the valid callback; raise on timeout, cancel or IdP error. Frees the port first."""
        if self._thread is None:
            raise RuntimeError("start() the loopback receiver before wait()")
        self._finished.wait(max(0.0, self._deadline - time.monotonic()))
        self._conclude(_timed_out(self._timeout))
        self.close()
        outcome = self._outcome
        if isinstance(outcome, AppError):
            raise outcome
        if outcome is None:  # unreachable: every path above concludes the flow
            raise AuthFlowError("the loopback flow ended without an outcome")
        return outcome

    def cancel(self) -> None:
        """End the flow from any thread (the GUI's « Annuler »): wait() raises ``auth.cancelled``."""
        self._conclude(AuthFlowError("sign-in cancelled by the user", code="auth.cancelled"))

    def close(self) -> None:
        """Stop serving and free the port; idempotent. A pending wait() raises ``auth.cancelled``."""
        if self._thread is None:
            return  # never started: nothing to stop, and a later start() must still work
        self._conclude(AuthFlowError("the loopback receiver was closed", code="auth.cancelled"))
        self._stop()  # even if a callback claimed the flow and is still writing its page
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(_JOIN_SECONDS)

    def __enter__(self) -> LoopbackReceiver:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- the flow's single outcome ----------------------------------------------------------------------

    def _claim(self, outcome: CallbackParams | AppError) -> bool:
        """Record the flow's outcome if none yet; True for the one caller that wins."""
        with self._lock:
            if self._outcome is not None:
                return False
            self._outcome = outcome
            return True

    def _conclude(self, outcome: CallbackParams | AppError) -> None:
        if self._claim(outcome):
            self._stop()

    def _stop(self) -> None:
        """Mark the flow finished and wake the server loop (any thread, never blocks)."""
        self._finished.set()
        writer = self._wake_writer
        if writer is not None:
            with contextlib.suppress(OSError):  # already closed, or the buffer is full: the loop is awake anyway
                writer.send(b"\0")

    # -- serving -------------------------------------------------------------------------------------------

    def _bind_first_free_port(self) -> _Server:
        for port in self._ports:
            try:
                return _Server((str(self._ip), port), self)
            except OSError as exc:
                _log.info("loopback port %s unavailable on %s: %s", port, self._ip, exc.strerror or exc)
        ports = ", ".join(str(port) for port in self._ports)
        raise AuthFlowError(
            f"no free loopback port among {ports}", code="auth.loopback_unavailable", ports=ports
        ) from None

    def _serve(self) -> None:
        """The server thread: accept until the flow ends (callback, cancel, close) or times out."""
        server = cast(_Server, self._server)
        wake_reader, wake_writer = cast(socket.socket, self._wake_reader), cast(socket.socket, self._wake_writer)
        try:
            with selectors.DefaultSelector() as selector:
                selector.register(server.socket, selectors.EVENT_READ)
                selector.register(wake_reader, selectors.EVENT_READ)
                while not self._finished.is_set():
                    remaining = self._deadline - time.monotonic()
                    if remaining <= 0:
                        self._conclude(_timed_out(self._timeout))
                        break
                    for key, _ in selector.select(min(remaining, _POLL_SECONDS)):
                        if key.fileobj is server.socket and not self._finished.is_set():
                            server.handle_request()  # one accept: the socket is readable, it does not block
        finally:
            server.server_close()
            server.abort_connections()
            wake_reader.close()
            wake_writer.close()
            _log.debug("loopback receiver stopped; port %s released", server.server_address[1])

    def _judge(self, query: str) -> tuple[int, bytes, CallbackParams | AppError | None]:
        """The answer to a GET on our exact path: (status, page, outcome or None to keep waiting)."""
        pages = cast(LoopbackPages, self._pages)
        params = _single_valued_params(query)
        if params is None:
            return 400, pages.rejected(400), None
        state = params.get("state", "")
        if not secrets.compare_digest(state.encode("utf-8"), self._expected_state):  # RFC 6749 §10.12
            _log.info("loopback: callback with a missing or wrong state refused")
            return 400, pages.rejected(400), None
        if "error" in params:  # RFC 6749 §4.1.2.1
            error, description = params["error"], params.get("error_description")
            idp_error = IdpError(
                f"the identity provider refused the sign-in: {error[:100]}",
                error=error[:100],
                error_description=(description or "")[:500] or None,
            )
            return 200, pages.error(error, description), idp_error
        if self._purpose == "logout":
            return 200, pages.logout(), CallbackParams(state=state, code=None, iss=params.get("iss"))
        code = params.get("code", "")
        if not code:
            _log.info("loopback: callback without a code refused")
            return 400, pages.rejected(400), None
        return 200, pages.success(), CallbackParams(state=state, code=code, iss=params.get("iss"))


def _single_valued_params(query: str) -> dict[str, str] | None:
    """The query's parameters, or None when malformed or when one of ours is repeated (ambiguous)."""
    try:
        pairs = parse_qsl(query, keep_blank_values=True, max_num_fields=_MAX_QUERY_FIELDS)
    except ValueError:
        return None
    params: dict[str, str] = {}
    for name, value in pairs:
        if name in params and name in _SINGLE_VALUED:
            _log.info("loopback: callback with a repeated %r parameter refused", name)
            return None
        params.setdefault(name, value)
    return params


def _timed_out(timeout: float) -> AuthFlowError:
    return AuthFlowError(f"no sign-in response within {timeout:g} s", code="auth.timeout", timeout=timeout)


def _loopback_ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """RFC 8252 §8.3: listen on a loopback IP literal; a name (``localhost``) may resolve elsewhere."""
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        raise ConfigError(f"loopback host must be an IP literal, not {host!r}", host=host) from None
    if not ip.is_loopback:
        raise ConfigError(f"loopback host must be a loopback address, not {host}", host=host)
    return ip


class _Server(socketserver.TCPServer):
    """One thread per connection, tracked so that the end of the flow closes idle pre-connected sockets.

    A connection is "idle" until its handler starts answering; only idle ones are cut when the flow ends,
    so that a response being written is never truncated.
    """

    # POSIX SO_REUSEADDR lets a fixed registered port be re-bound while old connections sit in TIME_WAIT,
    # and never lets a second listener share it. On Windows it would let another process steal the port.
    allow_reuse_address = sys.platform != "win32"

    def __init__(self, address: tuple[str, int], receiver: LoopbackReceiver) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.receiver = receiver
        self.timeout = _POLL_SECONDS
        self._connections: dict[threading.Thread, socket.socket | None] = {}  # None: answering
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        if sys.platform == "win32":  # exclusive use: no other socket may bind our port while we listen
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        super().server_bind()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections = {t: s for t, s in self._connections.items() if t.is_alive()}
            if len(self._connections) >= _MAX_CONNECTIONS:
                _log.info("loopback: too many open connections; one dropped")
                self.shutdown_request(request)
                return
            thread = threading.Thread(
                target=self._serve_connection, args=(request, client_address), name="loopback-connection", daemon=True
            )
            self._connections[thread] = request
        thread.start()

    def _serve_connection(self, request: socket.socket, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # The default prints a traceback to stderr; an exception message may quote the request line.
        _log.debug("loopback: connection failed (%s)", type(sys.exc_info()[1]).__name__)

    def mark_answering(self) -> None:
        """Called on a handler thread as it starts answering: from now on, let it finish."""
        with self._connections_lock:
            if threading.current_thread() in self._connections:
                self._connections[threading.current_thread()] = None

    def abort_connections(self) -> None:
        """Wake handler threads blocked on idle or unfinished requests, then wait for every handler."""
        with self._connections_lock:
            connections = list(self._connections.items())
            self._connections = {thread: None for thread, _ in connections}
        for thread, sock in connections:
            if sock is not None and thread.is_alive():
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)  # the blocked read returns b"": the handler exits
        for thread, _ in connections:
            thread.join(_JOIN_SECONDS)


class _Handler(BaseHTTPRequestHandler):
    """Validates one request and answers with a page; the receiver decides what the flow does."""

    server: _Server
    timeout = _CONNECTION_READ_TIMEOUT
    server_version = "desktop-app-loopback"

    def version_string(self) -> str:
        return self.server_version  # no Python version in the Server header

    def parse_request(self) -> bool:
        """Only GET goes further; every other method (HEAD included) gets 405 and the flow goes on."""
        if not super().parse_request():
            return False
        if self.command != "GET":
            self._respond(405, self._pages().rejected(405), allow="GET")
            return False
        return True

    def do_GET(self) -> None:
        receiver = self.server.receiver
        target, _, query = self.path.partition("?")
        if self.headers.get_all("Host") != [receiver._authority]:  # DNS-rebinding defence
            _log.info("loopback: request with a foreign Host header refused")
            self._respond(400, self._pages().rejected(400))
            return
        if target != receiver._path:
            self._respond(404, self._pages().rejected(404))
            return
        status, page, outcome = receiver._judge(query)
        if outcome is None:
            self._respond(status, page)
        elif not receiver._claim(outcome):
            self._respond(409, self._pages().rejected(409))  # the flow already ended (cancel, timeout, callback)
        else:
            try:
                self._respond(status, page)
            finally:
                receiver._stop()  # after the page is sent: the server loop then stops listening
            _log.info("loopback: %s callback received", "error" if isinstance(outcome, AppError) else "valid")

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # http.server's own error page echoes the request line (the query!) and lacks our headers.
        self._respond(code, self._pages().rejected(code))

    def _respond(self, status: int, page: bytes, *, allow: str | None = None) -> None:
        self.server.mark_answering()
        self.close_connection = True
        if self.request_version == "HTTP/0.9":
            # http.server's default until a request line parses: an HTTP/0.9 answer has no status line
            # and no headers, so none of the headers above would reach the client. No browser speaks 0.9.
            self.request_version = "HTTP/1.0"
        self.send_response(status)
        for name, value in _SECURITY_HEADERS:
            self.send_header(name, value)
        if allow is not None:
            self.send_header("Allow", allow)
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(page)

    def _pages(self) -> LoopbackPages:
        return cast(LoopbackPages, self.server.receiver._pages)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        path = getattr(self, "path", "").partition("?")[0][:200]
        _log.debug("loopback: %s %r -> %s", getattr(self, "command", "") or "-", path, code)

    def log_message(self, format: str, *args: Any) -> None:
        # Never the arguments: http.server passes the raw request line, query string included.
        _log.debug("loopback: %s", format)
