"""Sequential API calls through the app's client against raw httpx with the same SSLContext and bearer token.

The services are built as the CLI builds them (``read_config`` + ``build_services`` on the sandbox; the parent
gives a configuration whose credential reads the sandbox's published password or PIN from the environment).
After a sign-in (scripted browser, real keyring) and one first call — the RFC 8693 exchange, the TLS
handshakes, the call — each round times, for one endpoint, batches of ``BENCH_CALLS`` sequential requests:

- ``ours``: ``services.api.call(api, credential, …)``, the exact path of the console and of ``desktop-app call``
  (cached API token, the pool's keep-alive client, the body streamed then returned whole);
- ``raw``: ``httpx.Client.request`` on a plain client built with the SAME ``ssl.SSLContext`` object (the
  credential's cached one: same client certificate, same trust anchors), the same API token in the
  ``Authorization`` header, the same ``Accept`` header and JSON body, the body read whole;
- with ``BENCH_BREAKDOWN=1``, for GET only, two steps in between (see :func:`_variants`).

In a round, every variant makes ``BENCH_CALLS`` calls, in blocks of ``BENCH_BLOCK`` interleaved with the other
variants' blocks (which variant goes first rotates from block to block): on a shared machine the speed of the
CPU itself changes from one second to the next (a client's CPU time per call can jump by half for a few
seconds), and blocks a fraction of a second long let such a change hit every variant alike. The calls stay
sequential, each client keeps its connections; every client is warm before the first round. Each block
records its wall time and this thread's CPU time (``time.thread_time``): the CPU time is the client's own cost,
without the wait for the server, and tells where a difference in wall time goes.

Nothing is added to the app's per-call path. Handshakes are the pool's own count (``ClientPool.handshakes``,
httpcore's trace) and, independently, calls to ``wrap_socket`` of that SSLContext instance (httpcore calls it
once per new TLS connection), by phase. Token exchanges: the exchanger's count; the parent counts them again
at the sandbox (``SandboxHandle.stats()``). ``BENCH_PROFILE``: write a cProfile (pstats) of one extra batch of
``ours`` there.
"""

from __future__ import annotations

import os
import ssl
import sys
import time
import timeit
from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx

from benchmarks.children._result import fail, write_result
from desktop_app.app import Services, build_services, ensure_sandbox, read_config
from desktop_app.core.api.api_client import resolve_url
from desktop_app.core.logging_setup import setup_logging
from desktop_app.core.paths import AppPaths

API = "sign"
BREAKDOWN = ("pool_request", "pool_stream")
ACCEPT = "application/json, */*;q=0.5"  # what the app's client sends
_Batch = Callable[[int], None]


class SocketCounter:
    """Counts ``wrap_socket`` calls on one SSLContext instance — one per new TLS connection — by phase."""

    def __init__(self, context: ssl.SSLContext) -> None:
        self.phase = "first call"
        self.counts: Counter[str] = Counter()
        original = context.wrap_socket

        def wrap_socket(*args: Any, **kwargs: Any) -> ssl.SSLSocket:
            self.counts[self.phase] += 1
            return original(*args, **kwargs)

        context.wrap_socket = wrap_socket  # type: ignore[method-assign]


def main() -> int:
    credential_name = os.environ["BENCH_CREDENTIAL"]
    paths = AppPaths.default()
    setup_logging(paths.log_dir, verbose=False)
    services = build_services(read_config(None, paths), None, paths)
    try:
        ensure_sandbox(services)  # the harness's sandbox is found running and reused
        status = services.auth.begin_sign_in(open_browser=True).wait()
        if not status.signed_in or status.identity is None:
            fail(f"the sign-in did not complete ({status.state})")
            return 0
        services.choose_credential(credential_name)
        body = {
            "nationalId": status.identity.subject_name_id,
            "clientID": services.env.client_id,
            "proxy_session_id": "",
            "session_state": "",
        }
        duration = float(os.environ.get("BENCH_DURATION_S", "0"))
        measured = _lifetimes(services, duration) if duration else _measure(services, body)
        write_result({"credential": credential_name, **measured})
        services.session.clear()  # leave the shared keyring as found
    finally:
        services.close()
    return 0


def _measure(services: Services, session_data: dict[str, str]) -> dict[str, Any]:
    calls = int(os.environ.get("BENCH_CALLS", "500"))
    rounds = int(os.environ.get("BENCH_ROUNDS", "3"))
    warmup = int(os.environ.get("BENCH_WARMUP_ROUNDS", "1"))
    breakdown = os.environ.get("BENCH_BREAKDOWN") == "1"
    block_size = int(os.environ.get("BENCH_BLOCK", "50"))
    if calls % block_size:
        raise ValueError("BENCH_CALLS must be a multiple of BENCH_BLOCK")
    api = services.api.api(API)
    credential = services.credential()
    # The context the pool is going to use (the credential caches it; unlocked here through the *_env variable):
    # its TLS sockets are counted from the very first handshake on.
    context = credential.ssl_context(services.env.ca_bundle)
    sockets = SocketCounter(context)
    exchanged_at, started = time.time(), time.perf_counter()
    first = services.api.call(api, credential, "GET", "/practitioner")
    first_call = time.perf_counter() - started
    token = first.token
    raw_client = httpx.Client(verify=context, timeout=services.env.http_timeout)
    sockets.phase = "raw warm-up"
    raw_client.get(api.base_url.rstrip("/") + "/practitioner", headers=_headers(token.access_token))
    pool_client = services.pool.client(credential, services.env.ca_bundle)  # the very client api.call uses
    endpoints: dict[str, tuple[str, str, Any]] = {
        "GET /practitioner": ("GET", "/practitioner", None),
        "POST /signsessiondata": ("POST", "/signsessiondata", session_data),
    }
    results: dict[str, Any] = {}
    for label, (method, path, json_body) in endpoints.items():
        batches = _variants(services, raw_client, pool_client, token.access_token, method, path, json_body)
        chosen = ("ours", "raw", *(BREAKDOWN if breakdown and method == "GET" else ()))
        wall: dict[str, list[float]] = {name: [] for name in chosen}
        cpu: dict[str, list[float]] = {name: [] for name in chosen}
        for index in range(warmup + rounds):
            totals = {name: [0.0, 0.0] for name in chosen}
            for block in range(calls // block_size):
                shift = (index + block) % len(chosen)
                for name in chosen[shift:] + chosen[:shift]:
                    sockets.phase = name
                    wall_s, cpu_s = _timed(batches[name], block_size)
                    totals[name][0] += wall_s
                    totals[name][1] += cpu_s
            if index >= warmup:
                for name, (wall_s, cpu_s) in totals.items():
                    wall[name].append(wall_s)
                    cpu[name].append(cpu_s)
        results[label] = {"wall_s": wall, "cpu_s": cpu}
        profile_to = os.environ.get("BENCH_PROFILE", "")
        if profile_to and method == "GET":
            _profile(batches["ours"], calls, profile_to)
    raw_client.close()
    timer = timeit.Timer(lambda: resolve_url(api, "/practitioner"))
    loops, _ = timer.autorange()
    return {
        "calls": calls,
        "warmup_rounds": warmup,
        "endpoints": results,
        "first_call_s": first_call,
        "handshakes": dict(services.pool.handshakes),
        "tls_sockets_by_phase": dict(sockets.counts),
        "exchanges": services.exchanger.exchanges,
        "api_token_lifetime_s": token.expires_at - exchanged_at,
        "resolve_url_s": min(timer.repeat(3, loops)) / loops,
        "origins": {"api": _origin(api.base_url), "target_as": _origin(api.token_exchange_url)},
    }


def _lifetimes(services: Services, duration: float) -> dict[str, Any]:
    """``GET /practitioner`` without a pause for ``duration`` seconds, the instant of every token exchange noted
    (a wrapper around ``TokenExchanger._exchange``, installed here): with short-lived API tokens, one exchange
    per token lifetime, each at the margin, and never a 401, is what the client should show."""
    from desktop_app.core.api.token_exchange import TokenExchanger

    exchanges: list[tuple[float, float]] = []
    exchange = TokenExchanger._exchange

    def timed_exchange(self: TokenExchanger, *args: Any, **kwargs: Any) -> Any:
        started = time.monotonic()
        try:
            return exchange(self, *args, **kwargs)
        finally:
            exchanges.append((started, time.monotonic()))

    TokenExchanger._exchange = timed_exchange  # type: ignore[method-assign]
    api = services.api.api(API)
    credential = services.credential()
    credential.ssl_context(services.env.ca_bundle)  # unlocked before the clock starts
    calls, start = 0, time.monotonic()
    while True:
        response = services.api.call(api, credential, "GET", "/practitioner")
        calls += 1
        if response.status != 200 or time.monotonic() - start >= duration:
            break
    return {
        "calls": calls,
        "duration_s": time.monotonic() - start,
        "exchange_starts_s": [began - start for began, _ in exchanges],
        "exchanges": services.exchanger.exchanges,
    }


def _variants(
    services: Services,
    raw_client: httpx.Client,
    pool_client: httpx.Client,
    access_token: str,
    method: str,
    path: str,
    json_body: Any,
) -> dict[str, _Batch]:
    """One batch function per variant. ``ours`` and ``raw`` are the measure; the two others sit between them,
    each adding one layer of the app's path, to show where a difference goes:

    - ``pool_request``: ``request()`` on the pool's own client (the app's client settings and its trace hook);
    - ``pool_stream``: the same through ``stream()`` + ``iter_bytes()``, the way ``ApiCaller`` reads a body.
    """
    api = services.api.api(API)
    credential = services.credential()
    url = api.base_url.rstrip("/") + path
    headers = _headers(access_token)

    def ours(n: int) -> None:
        call = services.api.call
        for _ in range(n):
            if call(api, credential, method, path, json_body=json_body).status != 200:
                raise RuntimeError(f"{method} {path}: not 200")

    def plain(client: httpx.Client) -> _Batch:
        def batch(n: int) -> None:
            request = client.request
            for _ in range(n):
                if request(method, url, headers=headers, json=json_body).status_code != 200:
                    raise RuntimeError(f"{method} {path}: not 200")

        return batch

    def pool_stream(n: int) -> None:
        for _ in range(n):
            with pool_client.stream(method, url, headers=headers, json=json_body) as response:
                b"".join(list(response.iter_bytes()))
                if response.status_code != 200:
                    raise RuntimeError(f"{method} {path}: not 200")

    return {"ours": ours, "raw": plain(raw_client), "pool_request": plain(pool_client), "pool_stream": pool_stream}


def _headers(access_token: str) -> dict[str, str]:
    return {"Accept": ACCEPT, "Authorization": f"Bearer {access_token}"}


def _timed(batch: _Batch, calls: int) -> tuple[float, float]:
    """Wall time and this thread's CPU time of one batch."""
    wall, cpu = time.perf_counter(), time.thread_time()
    batch(calls)
    return time.perf_counter() - wall, time.thread_time() - cpu


def _profile(batch: _Batch, calls: int, path: str) -> None:
    import cProfile

    profiler = cProfile.Profile()
    profiler.runcall(batch, calls)
    profiler.dump_stats(path)


def _origin(url: str) -> str:
    parsed = httpx.URL(url)
    return f"{parsed.scheme}://{parsed.host}:{parsed.port}"


if __name__ == "__main__":
    sys.exit(main())
