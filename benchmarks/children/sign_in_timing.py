"""Sign-in machine time, phase by phase, against one bare token request — headless, one process.

The services are built as the CLI builds them (``read_config`` + ``build_services`` on the sandbox, real
keyring). Wrappers installed here, never in the app, time each phase of ``SignInAttempt.wait()``:

- *redirect received*: the instant the loopback receiver's handler claims the callback (``_claim``);
- *receiver close*: ``LoopbackReceiver.close`` (stopping its server thread, which ``wait()`` does first);
- *exchange*: ``code_flow.exchange_code`` (RFC 6749 §4.1.3 token request);
- *validation*: ``validate_id_token`` (signature with the cached JWKS, claims);
- *userinfo*: ``fetch_userinfo`` (OIDC Core §5.3 request, ``sub`` check);
- *session recorded*: ``Session.signed_in`` (the new state; the keyring write is only queued there);
- *keyring write*: ``Session._persist`` on the session's writer thread (sealing, keyring calls, the 0600 file),
  off the critical path: timed apart, waited for (``flush``) before the baseline request so it cannot perturb it;
- *signed in*: ``attempt.wait()`` returns.

Then the baseline: one bare token request with the same ``httpx.Client`` (same SSL context, same pool): a
``refresh_token`` grant with the refresh token just obtained, POSTed and its JSON read. httpcore's trace
extension (set by an event hook) counts the TCP connections each part opened, so a difference between a warm
and a cold connection cannot hide, and times how long each response body took to arrive after its headers:
a server that writes headers and body in two segments without ``TCP_NODELAY`` makes the client wait for its
delayed ACK (~40 ms on Linux), a cost of the server, not of the client. Each iteration ends with the local
sign-out (``session.clear()``), so every sign-in saves into an empty keyring, as a first sign-in does. The
first iteration is reported apart: it pays the JWKS fetch and the first imports of the protocol code.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx

from benchmarks.children._result import fail, write_result
from desktop_app.app import build_services, ensure_sandbox, read_config
from desktop_app.core.auth import code_flow
from desktop_app.core.auth import service as service_module
from desktop_app.core.auth.id_token import validate_id_token
from desktop_app.core.auth.loopback import CallbackParams, LoopbackReceiver
from desktop_app.core.auth.session import Session
from desktop_app.core.auth.userinfo import fetch_userinfo
from desktop_app.core.logging_setup import setup_logging
from desktop_app.core.paths import AppPaths

_marks: dict[str, float] = {}
_connections: list[float] = []
_body_waits: list[tuple[float, float]] = []  # (body started, body complete) of every response
_body_started: list[float] = []


def _timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """``function``, adding each call's duration to ``_marks[name]`` (close() is called twice per sign-in)."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            _marks[name] = _marks.get(name, 0.0) + time.perf_counter() - start

    return wrapper


def _install_probes() -> None:
    claim = LoopbackReceiver._claim

    def timed_claim(self: LoopbackReceiver, outcome: Any) -> bool:
        won = claim(self, outcome)
        if won and isinstance(outcome, CallbackParams):
            _marks["redirect_at"] = time.perf_counter()
        return won

    LoopbackReceiver._claim = timed_claim  # type: ignore[method-assign]
    LoopbackReceiver.close = _timed("receiver_close", LoopbackReceiver.close)  # type: ignore[method-assign]
    code_flow.exchange_code = _timed("exchange", code_flow.exchange_code)
    # The service module looks these names up at call time: replacing them there times every call.
    service_module.validate_id_token = _timed("validation", validate_id_token)  # type: ignore[attr-defined]
    service_module.fetch_userinfo = _timed("userinfo", fetch_userinfo)  # type: ignore[attr-defined]
    Session.signed_in = _timed("vault_save", Session.signed_in)  # type: ignore[method-assign]
    Session._persist = _timed("keyring_write", Session._persist)  # type: ignore[method-assign]


def _trace(event: str, _info: dict[str, Any]) -> None:
    """httpcore's trace extension: called synchronously on the requesting thread at each step."""
    now = time.perf_counter()
    if event == "connection.connect_tcp.complete":
        _connections.append(now)
    elif event == "http11.receive_response_body.started":
        _body_started.append(now)
    elif event == "http11.receive_response_body.complete" and _body_started:
        _body_waits.append((_body_started.pop(), now))


def _body_wait(since: float, until: float) -> float:
    return sum(end - start for start, end in _body_waits if since <= start <= until)


def _count_connections(request: httpx.Request) -> None:
    request.extensions["trace"] = _trace


def main() -> int:
    runs = int(os.environ.get("BENCH_SIGN_INS", "6"))
    paths = AppPaths.default()
    setup_logging(paths.log_dir, verbose=False)
    _install_probes()
    services = build_services(read_config(None, paths), None, paths)
    services.http.event_hooks["request"].append(_count_connections)
    iterations: list[dict[str, Any]] = []
    try:
        ensure_sandbox(services)
        for _ in range(runs):
            _marks.clear()
            attempt = services.auth.begin_sign_in(open_browser=True)
            status = attempt.wait()
            done = time.perf_counter()
            services.session.flush()  # the background keyring write: done before the baseline is timed
            status = services.session.status
            if status.storage != "keyring":
                fail(f"the session was stored as {status.storage!r}, not in the keyring")
                return 0
            redirect = _marks["redirect_at"]
            sign_in_connections = sum(redirect <= at <= done for at in _connections)
            sign_in_body_wait = _body_wait(redirect, done)
            tokens = services.session.current_tokens()
            metadata = services.auth.metadata()
            if tokens is None or not tokens.refresh_token:
                fail("no refresh token after the sign-in")
                return 0
            form = {
                "grant_type": "refresh_token",
                "refresh_token": tokens.refresh_token,
                "client_id": services.env.require_client_id(),
                "scope": services.env.scope,
            }
            start = time.perf_counter()
            response = services.http.post(metadata.token_endpoint, data=form, headers={"Accept": "application/json"})
            body = response.json()
            bare = time.perf_counter() - start
            bare_body_wait = _body_wait(start, start + bare)
            if response.status_code != 200 or "access_token" not in body:
                fail(f"the bare token request answered HTTP {response.status_code}")
                return 0
            iterations.append(
                {
                    "machine_s": done - redirect,
                    "phases_s": {k: v for k, v in _marks.items() if k != "redirect_at"},
                    "bare_token_request_s": bare,
                    "sign_in_new_connections": sign_in_connections,
                    "bare_new_connections": sum(at >= start for at in _connections),
                    "sign_in_body_wait_s": sign_in_body_wait,
                    "bare_body_wait_s": bare_body_wait,
                }
            )
            services.session.clear()  # local sign-out: the next sign-in saves into an empty keyring again
        write_result({"iterations": iterations})
    finally:
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
