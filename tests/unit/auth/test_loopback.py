"""The loopback receiver over real sockets on 127.0.0.1: the flow, its ends, and every hardening rule.

Each refusal test ends with a valid callback to prove the flow went on: a refused request must neither end
nor hijack the sign-in.
"""

from __future__ import annotations

import http.client
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from urllib.parse import urlencode

import pytest

from desktop_app.core.auth import loopback
from desktop_app.core.auth.loopback import CallbackParams, LoopbackReceiver
from desktop_app.core.errors import AuthFlowError, ConfigError, IdpError

STATE = "st-9f8e7d6c5b4a"
CODE = "SECRET-CODE-0123456789"
ISS = "https://auth.esante.gouv.fr/auth/realms/esante-wallet"

SECURITY_HEADERS = {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Connection": "close",
}


class Reply:
    def __init__(self, response: http.client.HTTPResponse) -> None:
        self.status = response.status
        self.headers = response.headers
        self.body = response.read().decode("utf-8")


def send(
    port: int, target: str, *, method: str = "GET", host: str | None = "", extra: tuple[str, str] | None = None
) -> Reply:
    """One request; ``host=""`` sends the right Host header, ``None`` sends none."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
        if host is not None:
            conn.putheader("Host", host or f"127.0.0.1:{port}")
        if extra is not None:
            conn.putheader(*extra)
        conn.endheaders()
        return Reply(conn.getresponse())
    finally:
        conn.close()


def callback(**params: str) -> str:
    return "/callback?" + urlencode(params)


def port_of(receiver: LoopbackReceiver) -> int:
    return int(receiver.redirect_uri.rsplit(":", 1)[1].split("/", 1)[0])


def port_is_free(port: int) -> bool:
    """Nobody listens there any more. SO_REUSEADDR, as the receiver itself uses, ignores the TIME_WAIT
    left by closed connections but (on Linux) never lets a second socket bind a port that is listening."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
            sock.listen()
        except OSError:
            return False
        return True


def receiver_threads_alive(port: int) -> bool:
    return any(t.name == f"loopback-receiver-{port}" and t.is_alive() for t in threading.enumerate())


def assert_flow_still_open(receiver: LoopbackReceiver) -> None:
    """The valid callback still ends the flow with the code: the earlier request changed nothing."""
    port = port_of(receiver)
    reply = send(port, callback(code=CODE, state=STATE, iss=ISS))
    assert reply.status == 200
    params = receiver.wait()
    assert (params.code, params.state, params.iss) == (CODE, STATE, ISS)


@pytest.fixture
def receiver() -> Iterator[LoopbackReceiver]:
    rx = LoopbackReceiver(expected_state=STATE, timeout=30)
    rx.start()
    yield rx
    rx.close()


# -- the flow ---------------------------------------------------------------------------------------------


def test_start_advertises_the_ip_literal_and_path(receiver: LoopbackReceiver) -> None:
    assert receiver.redirect_uri.startswith("http://127.0.0.1:")
    assert receiver.redirect_uri.endswith("/callback")
    assert 1024 <= port_of(receiver) <= 65535
    assert 29 < receiver.deadline - time.monotonic() <= 30


def test_valid_callback_shows_success_in_french_and_returns_params(receiver: LoopbackReceiver) -> None:
    reply = send(port_of(receiver), callback(code=CODE, state=STATE, iss=ISS))
    assert reply.status == 200
    assert "Connexion réussie" in reply.body
    assert "Vous pouvez fermer cet onglet." in reply.body
    assert receiver.wait() == CallbackParams(state=STATE, code=CODE, iss=ISS)


def test_iss_is_optional(receiver: LoopbackReceiver) -> None:
    send(port_of(receiver), callback(code=CODE, state=STATE))
    assert receiver.wait().iss is None


def test_english_pages() -> None:
    with LoopbackReceiver(expected_state=STATE, language="en") as rx:
        reply = send(port_of(rx), callback(code=CODE, state=STATE))
        assert "Signed in" in reply.body
        assert rx.wait().code == CODE


def test_custom_path_and_fixed_port() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    with LoopbackReceiver(expected_state=STATE, ports=(free_port,), path="/oauth2/cb") as rx:
        assert rx.redirect_uri == f"http://127.0.0.1:{free_port}/oauth2/cb"
        assert send(free_port, "/callback?" + urlencode({"code": CODE, "state": STATE})).status == 404
        assert send(free_port, "/oauth2/cb?" + urlencode({"code": CODE, "state": STATE})).status == 200
        assert rx.wait().code == CODE


def test_logout_landing_needs_only_the_state() -> None:
    with LoopbackReceiver(expected_state=STATE, purpose="logout") as rx:
        reply = send(port_of(rx), callback(state=STATE))
        assert reply.status == 200
        assert "Vous êtes déconnecté(e)" in reply.body
        assert rx.wait() == CallbackParams(state=STATE, code=None, iss=None)


@pytest.mark.parametrize("params", [{}, {"state": "stale"}, {"state": STATE[:-1]}])
def test_logout_landing_checks_the_state_too(params: dict[str, str]) -> None:
    with LoopbackReceiver(expected_state=STATE, purpose="logout") as rx:
        port = port_of(rx)
        assert send(port, callback(**params)).status == 400
        assert send(port, callback(state=STATE, code="ignored")).status == 200
        assert rx.wait().code is None


def test_idp_error_shows_an_escaped_error_page_and_raises(receiver: LoopbackReceiver) -> None:
    reply = send(
        port_of(receiver),
        callback(error="<script>alert(1)</script>", error_description='<img src=x onerror="x()">', state=STATE),
    )
    assert reply.status == 200
    assert "La connexion n'a pas abouti" in reply.body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in reply.body
    assert "<script" not in reply.body
    assert "<img" not in reply.body
    with pytest.raises(IdpError) as caught:
        receiver.wait()
    assert caught.value.code == "idp.error"
    assert caught.value.params["error"] == "<script>alert(1)</script>"


def test_access_denied_is_an_idp_error(receiver: LoopbackReceiver) -> None:
    send(port_of(receiver), callback(error="access_denied", state=STATE))
    with pytest.raises(IdpError) as caught:
        receiver.wait()
    assert caught.value.params["error"] == "access_denied"


def test_timeout_raises_frees_the_port_and_stops_the_thread() -> None:
    rx = LoopbackReceiver(expected_state=STATE, timeout=0.2)
    rx.start()
    port = port_of(rx)
    started = time.monotonic()
    with pytest.raises(AuthFlowError) as caught:
        rx.wait()
    assert caught.value.code == "auth.timeout"
    assert 0.15 < time.monotonic() - started < 2
    assert not receiver_threads_alive(port)
    assert port_is_free(port)


def test_timeout_frees_the_port_even_when_nobody_waits() -> None:
    rx = LoopbackReceiver(expected_state=STATE, timeout=0.1)
    rx.start()
    port = port_of(rx)
    _poll(lambda: not receiver_threads_alive(port))
    assert port_is_free(port)
    with pytest.raises(AuthFlowError, match="no sign-in response") as caught:
        rx.wait()
    assert caught.value.code == "auth.timeout"


def test_cancel_from_another_thread_wakes_wait_and_frees_the_port(receiver: LoopbackReceiver) -> None:
    port = port_of(receiver)
    threading.Timer(0.1, receiver.cancel).start()
    started = time.monotonic()
    with pytest.raises(AuthFlowError) as caught:
        receiver.wait()
    assert caught.value.code == "auth.cancelled"
    assert time.monotonic() - started < 2
    assert not receiver_threads_alive(port)
    with LoopbackReceiver(expected_state=STATE, ports=(port,)) as again:  # a fixed port is re-bound at once
        assert port_of(again) == port


def test_cancel_alone_stops_listening(receiver: LoopbackReceiver) -> None:
    port = port_of(receiver)
    started = time.monotonic()
    receiver.cancel()
    receiver.cancel()  # idempotent
    assert time.monotonic() - started < 0.05  # never blocks
    _poll(lambda: port_is_free(port))
    with pytest.raises(ConnectionRefusedError):
        send(port, callback(code=CODE, state=STATE))
    with pytest.raises(AuthFlowError) as caught:
        receiver.wait()
    assert caught.value.code == "auth.cancelled"


def test_close_is_idempotent_and_wakes_a_waiting_thread() -> None:
    rx = LoopbackReceiver(expected_state=STATE)
    rx.close()  # before start: nothing to do
    rx.start()
    port = port_of(rx)
    errors: list[BaseException] = []

    def waiter() -> None:
        try:
            rx.wait()
        except AuthFlowError as exc:
            errors.append(exc)

    thread = threading.Thread(target=waiter)
    thread.start()
    rx.close()
    rx.close()
    thread.join(2)
    assert [getattr(e, "code", None) for e in errors] == ["auth.cancelled"]
    assert port_is_free(port)


def test_one_shot_second_request_cannot_connect(receiver: LoopbackReceiver) -> None:
    port = port_of(receiver)
    send(port, callback(code=CODE, state=STATE))
    assert receiver.wait().code == CODE
    with pytest.raises(ConnectionRefusedError):
        send(port, callback(code="another", state=STATE))
    assert receiver.wait().code == CODE  # the outcome is kept


def test_ports_are_tried_in_order() -> None:
    with socket.socket() as taken, socket.socket() as probe:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        probe.bind(("127.0.0.1", 0))
        busy, free = taken.getsockname()[1], probe.getsockname()[1]
        probe.close()
        with LoopbackReceiver(expected_state=STATE, ports=(busy, free)) as rx:
            assert port_of(rx) == free


def test_no_free_port_is_a_typed_error() -> None:
    with socket.socket() as first, socket.socket() as second:
        for sock in (first, second):
            sock.bind(("127.0.0.1", 0))
            sock.listen()
        ports = (first.getsockname()[1], second.getsockname()[1])
        with pytest.raises(AuthFlowError) as caught:
            LoopbackReceiver(expected_state=STATE, ports=ports).start()
    assert caught.value.code == "auth.loopback_unavailable"
    assert caught.value.params["ports"] == f"{ports[0]}, {ports[1]}"


def test_repr_never_shows_the_code_or_state() -> None:
    text = repr(CallbackParams(state=STATE, code=CODE, iss=ISS))
    assert CODE not in text
    assert STATE not in text
    assert ISS in text
    assert CODE not in str(CallbackParams(state=STATE, code=CODE, iss=None))


def test_misuse_is_reported() -> None:
    rx = LoopbackReceiver(expected_state=STATE)
    with pytest.raises(RuntimeError):
        rx.wait()
    with pytest.raises(RuntimeError):
        _ = rx.redirect_uri
    with rx, pytest.raises(RuntimeError):
        rx.start()


@pytest.mark.parametrize("host", ["0.0.0.0", "localhost", "192.0.2.10", "::", "not an ip"])
def test_only_loopback_ip_literals_are_accepted(host: str) -> None:
    with pytest.raises(ConfigError):
        LoopbackReceiver(expected_state=STATE, host=host)


@pytest.mark.parametrize("kwargs", [{"expected_state": ""}, {"path": "callback"}, {"ports": (70000,)}])
def test_invalid_settings_are_config_errors(kwargs: dict[str, object]) -> None:
    settings: dict[str, object] = {"expected_state": STATE, **kwargs}
    with pytest.raises(ConfigError):
        LoopbackReceiver(**settings)  # type: ignore[arg-type]


# -- hardening ---------------------------------------------------------------------------------------------


def test_listens_on_127_0_0_1_only(receiver: LoopbackReceiver) -> None:
    # Linux routes all of 127/8 to lo: a socket bound to 0.0.0.0 would accept on 127.0.0.2 too.
    with pytest.raises(OSError), socket.create_connection(("127.0.0.2", port_of(receiver)), timeout=2):
        pass
    assert_flow_still_open(receiver)


@pytest.mark.parametrize(
    "target",
    [
        "/favicon.ico",
        "/",
        "/callback/x",
        "/CALLBACK?code=c&state=" + STATE,
        "/callback/?code=c&state=" + STATE,
        "/callback;x?code=c&state=" + STATE,
        "/%63allback?code=c&state=" + STATE,
        "http://127.0.0.1/callback?code=c&state=" + STATE,
    ],
)
def test_other_paths_get_404_and_the_flow_continues(receiver: LoopbackReceiver, target: str) -> None:
    reply = send(port_of(receiver), target)
    assert reply.status == 404
    assert "Requête non acceptée" in reply.body
    assert_flow_still_open(receiver)


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "HEAD", "BREW"])
def test_only_get_is_allowed(receiver: LoopbackReceiver, method: str) -> None:
    reply = send(port_of(receiver), callback(code=CODE, state=STATE), method=method)
    assert reply.status == 405
    assert reply.headers["Allow"] == "GET"
    assert (reply.body == "") == (method == "HEAD")
    assert_flow_still_open(receiver)


@pytest.mark.parametrize("host", ["localhost:{port}", "attacker.example:{port}", "127.0.0.1", "127.0.0.1:1", None])
def test_foreign_host_header_gets_400(receiver: LoopbackReceiver, host: str | None) -> None:
    port = port_of(receiver)
    reply = send(port, callback(code=CODE, state=STATE), host=None if host is None else host.format(port=port))
    assert reply.status == 400
    assert_flow_still_open(receiver)


def test_duplicate_host_header_gets_400(receiver: LoopbackReceiver) -> None:
    port = port_of(receiver)
    reply = send(port, callback(code=CODE, state=STATE), extra=("Host", f"127.0.0.1:{port}"))
    assert reply.status == 400
    assert_flow_still_open(receiver)


@pytest.mark.parametrize(
    "params",
    [
        {"code": "c"},
        {"code": "c", "state": ""},
        {"code": "c", "state": "wrong"},
        {"code": "c", "state": STATE.upper()},
        {"code": "c", "state": STATE[:-1]},
        {"code": "c", "state": STATE + "x"},
        {"code": "c", "state": "é" + STATE},
        {"state": STATE},
        {"code": "", "state": STATE},
        {"error": "access_denied", "state": "wrong"},
        {"error": "access_denied"},
    ],
)
def test_bad_callbacks_get_400_and_the_flow_continues(receiver: LoopbackReceiver, params: dict[str, str]) -> None:
    reply = send(port_of(receiver), callback(**params))
    assert reply.status == 400
    assert "Requête non acceptée (erreur 400)" in reply.body
    assert_flow_still_open(receiver)


@pytest.mark.parametrize(
    "query",
    [
        f"code=a&code=b&state={STATE}",
        f"code=a&state={STATE}&state={STATE}",
        f"code=a&state={STATE}&iss=x&iss=y",
        f"error=a&error=b&state={STATE}",
        f"code=a&state={STATE}&" + "&".join(f"p{i}=v" for i in range(40)),
    ],
)
def test_repeated_or_too_many_parameters_get_400(receiver: LoopbackReceiver, query: str) -> None:
    reply = send(port_of(receiver), "/callback?" + query)
    assert reply.status == 400
    assert_flow_still_open(receiver)


def test_unknown_extra_parameters_are_ignored(receiver: LoopbackReceiver) -> None:
    reply = send(port_of(receiver), callback(code=CODE, state=STATE, session_state="s", extra="1"))
    assert reply.status == 200
    assert receiver.wait().code == CODE


@pytest.mark.parametrize(
    ("target", "method", "status"),
    [
        (callback(code=CODE, state=STATE), "GET", 200),
        (callback(error="access_denied", state=STATE), "GET", 200),
        (callback(code=CODE, state="wrong"), "GET", 400),
        ("/favicon.ico", "GET", 404),
        (callback(code=CODE, state=STATE), "POST", 405),
    ],
)
def test_every_response_carries_the_security_headers(
    receiver: LoopbackReceiver, target: str, method: str, status: int
) -> None:
    reply = send(port_of(receiver), target, method=method)
    assert reply.status == status
    for name, value in SECURITY_HEADERS.items():
        assert reply.headers.get_all(name) == [value], name
    assert "Python" not in reply.headers["Server"]
    assert int(reply.headers["Content-Length"]) == len(reply.body.encode("utf-8"))


def raw_exchange(port: int, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.parametrize(
    "request_line",
    [
        f"GET /callback?code={CODE}&state={STATE} HTTP/9.9",
        f"GET /callback?code={CODE}&state={STATE} HTTP/1.1 extra",
        f"CODE={CODE}",
    ],
)
def test_malformed_requests_get_our_page_and_headers(
    receiver: LoopbackReceiver, request_line: str, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    port = port_of(receiver)
    answer = raw_exchange(port, f"{request_line}\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()).decode()
    head, _, body = answer.partition("\r\n\r\n")
    assert head.split(" ", 2)[1][0] in "45"
    assert "Content-Security-Policy: default-src 'none'" in head
    assert "X-Frame-Options: DENY" in head
    assert CODE not in body
    assert "Requête non acceptée" in body
    assert CODE not in caplog.text
    assert CODE not in "".join(capfd.readouterr())
    assert_flow_still_open(receiver)


def test_an_idle_preconnected_socket_does_not_block_the_callback(receiver: LoopbackReceiver) -> None:
    port = port_of(receiver)
    with (
        socket.create_connection(("127.0.0.1", port)) as idle,
        socket.create_connection(("127.0.0.1", port)) as partial,
    ):
        partial.sendall(b"GET /callback?code=")  # a request that never finishes
        started = time.monotonic()
        reply = send(port, callback(code=CODE, state=STATE))
        assert reply.status == 200
        assert receiver.wait().code == CODE
        assert time.monotonic() - started < 2
        # The end of the flow closed the idle connections instead of leaving their threads waiting.
        idle.settimeout(2)
        assert idle.recv(1) == b""
    assert port_is_free(port)


def test_a_stalled_request_is_dropped_after_the_read_timeout(
    receiver: LoopbackReceiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert loopback._Handler.timeout is not None
    assert 1 <= loopback._Handler.timeout <= 30  # long enough for a slow browser, short enough to free threads
    monkeypatch.setattr(loopback._Handler, "timeout", 0.2)
    port = port_of(receiver)
    with socket.create_connection(("127.0.0.1", port)) as stalled:
        stalled.sendall(b"GET /callback?code=")
        stalled.settimeout(3)
        started = time.monotonic()
        assert stalled.recv(1) == b""  # the server hung up on its own
        assert 0.15 < time.monotonic() - started < 2
    assert_flow_still_open(receiver)


def test_http_server_messages_never_log_their_arguments(caplog: pytest.LogCaptureFixture) -> None:
    # http.server calls log_message with the raw request line; our override keeps only the template.
    caplog.set_level(logging.DEBUG)
    handler = object.__new__(loopback._Handler)
    handler.log_message('"%s" %s %s', f"GET /callback?code={CODE}&state={STATE} HTTP/1.1", "400", "-")
    handler.log_error("code %d, message %s", 400, f"Bad request syntax ('GET /callback?code={CODE}')")
    assert len(caplog.records) == 2
    assert CODE not in caplog.text
    assert STATE not in caplog.text


def test_the_query_string_is_never_logged(
    receiver: LoopbackReceiver, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    port = port_of(receiver)
    send(port, "/favicon.ico?code=" + CODE)
    send(port, callback(code=CODE, state="wrong"))
    send(port, callback(code=CODE, state=STATE), method="POST")
    send(port, callback(code=CODE, state=STATE))
    assert receiver.wait().code == CODE
    printed = "".join(capfd.readouterr())
    for secret in (CODE, STATE):
        assert secret not in caplog.text
        assert secret not in printed
    assert "GET '/callback' -> 200" in caplog.text  # method and path only
    assert "'/favicon.ico' -> 404" in caplog.text


def test_concurrent_valid_callbacks_have_one_winner(receiver: LoopbackReceiver) -> None:
    port = port_of(receiver)
    statuses: list[int] = []

    def attempt(code: str) -> None:
        try:
            statuses.append(send(port, callback(code=code, state=STATE)).status)
        except OSError:
            statuses.append(0)  # the listener had already closed
        except http.client.HTTPException:
            statuses.append(-1)  # a truncated answer: must never happen

    threads = [threading.Thread(target=attempt, args=(f"code-{i}",)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    winner = receiver.wait().code
    assert statuses.count(200) == 1
    assert winner is not None
    assert winner.startswith("code-")
    assert set(statuses) <= {200, 409, 0}


def _poll(condition: Callable[[], bool], timeout: float = 2.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)
