"""Measure 4 — round trips of a second sign-in with cached discovery and JWKS (goal: none extra).

Two ``desktop-app login`` runs in two fresh processes sharing one HOME, hence one disk cache. Each counts the
HTTP requests the app made (an httpx event hook installed by ``children/cli_login.py``), by endpoint. The
second must make exactly one token request and one userinfo request: discovery and JWKS come from the disk.
The sandbox's own access log (the other side of the wire) counts its back-channel requests independently;
what it saw beyond the app's client is shown apart (the composition root's ``is_running`` probe of the
sandbox, which does not go through the app's HTTP client and exists for the sandbox environment only).
"""

from __future__ import annotations

from collections import Counter

from benchmarks.report import INFO, MeasureResult, Row, verdict
from benchmarks.world import BenchWorld

EXPECTED_SECOND = Counter({"token": 1, "userinfo": 1})
_NAMES = {"wallet_discovery": "discovery (PSC well-known)", "discovery": "discovery (openid-configuration)"}


def run(world: BenchWorld) -> MeasureResult:
    home = world.new_home("round-trips")
    app_side: list[Counter[str]] = []
    server_side: list[Counter[str]] = []
    for _ in range(2):
        before = len(world.sandbox_requests())
        outcome = world.run_child("cli_login.py", home)
        app_side.append(Counter(world.endpoint_name(r["url"]) for r in outcome.result["requests"]))
        served = world.sandbox_requests()[before:]
        origin = world.origin_of("token")
        # The back channel only ("psc" room): the wallet room serves the browser (login page, form post).
        server_side.append(Counter(world.endpoint_name(origin + path) for room, _, path in served if room == "psc"))
    first, second = app_side
    rows = [
        Row(
            "second sign-in: app's HTTP requests (cached discovery/JWKS)",
            _show(second),
            "token + userinfo only",
            verdict(second == EXPECTED_SECOND),
        ),
        Row("  first sign-in: app's HTTP requests", _show(first), "—", INFO),
        Row(
            "  sandbox also served (1st / 2nd process)",
            " / ".join(_show(server - app) or "nothing" for server, app in zip(server_side, app_side, strict=True)),
            "—",
            INFO,
        ),
    ]
    details = {
        "expected_second": dict(EXPECTED_SECOND),
        "app_side": [dict(c) for c in app_side],
        "sandbox_side": [dict(c) for c in server_side],
    }
    return MeasureResult("round_trips", rows, details)


def _show(counts: Counter[str]) -> str:
    return ", ".join(f"{_NAMES.get(name, name)} ×{n}" for name, n in sorted(counts.items()))
