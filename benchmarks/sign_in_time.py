"""Measure 3 — sign-in machine time, from redirect received to signed in, vs one bare token request (≤ 1.2×).

Machine time is what the app does after the browser hands back the code: exchange it, validate the ID token,
fetch userinfo, record the session (its keyring write is queued to a background writer and timed apart).
The baseline is one bare token request to the same sandbox
with the same client (``children/sign_in_timing.py`` explains how each is taken, from outside the app). All
sign-ins run in one process: the first is reported apart (JWKS fetch, first imports) and the others give the
median. The ratio compares the medians; the breakdown shows where the difference goes.
"""

from __future__ import annotations

from typing import Any

from benchmarks.report import INFO, MeasureResult, Row, verdict
from benchmarks.stats import Summary
from benchmarks.world import BenchWorld

GOAL_RATIO = 1.2
SIGN_INS = 11  # the first is the warm-up
_PHASES = (
    ("receiver_close", "loopback receiver close"),
    ("exchange", "code exchange (token request)"),
    ("validation", "ID-token validation"),
    ("userinfo", "userinfo request"),
    ("vault_save", "session recorded (keyring write queued)"),
)


def run(world: BenchWorld) -> MeasureResult:
    home = world.new_home("sign-in-time")
    result = world.run_child("sign_in_timing.py", home, extra_env={"BENCH_SIGN_INS": str(SIGN_INS)})
    iterations: list[dict[str, Any]] = result.result["iterations"]
    first, measured = iterations[0], iterations[1:]
    machine = Summary.of([it["machine_s"] for it in measured])
    bare = Summary.of([it["bare_token_request_s"] for it in measured])
    ratio = machine.median / bare.median
    phases = {key: Summary.of([it["phases_s"][key] for it in measured]) for key, _ in _PHASES}
    keyring = Summary.of([it["phases_s"].get("keyring_write", 0.0) for it in measured])
    rest = Summary.of([it["machine_s"] - sum(it["phases_s"][key] for key, _ in _PHASES) for it in measured])
    new_connections = sorted({it["sign_in_new_connections"] for it in measured})
    waits = Summary.of([it["sign_in_body_wait_s"] for it in measured])
    bare_waits = Summary.of([it["bare_body_wait_s"] for it in measured])
    # What-if: the same figures minus the time response bodies took to follow their headers (see the child).
    net_ratio = (machine.median - waits.median) / (bare.median - bare_waits.median)
    rows = [
        Row(
            "sign-in machine time / bare token request",
            f"{ratio:.2f}× ({machine.median * 1000:.1f} ms / {bare.median * 1000:.1f} ms)",
            f"≤ {GOAL_RATIO}×",
            verdict(ratio <= GOAL_RATIO),
        ),
        Row("  redirect received → signed in", machine.ms_fine(), "—", INFO),
        *(Row(f"    {label}", phases[key].ms_fine(), "—", INFO) for key, label in _PHASES),
        Row("    the rest (token parsing, issuer check…)", rest.ms_fine(), "—", INFO),
        Row("  keyring write, in the background (off the critical path)", keyring.ms_fine(), "—", INFO),
        Row("  bare token request (refresh_token grant)", bare.ms_fine(), "—", INFO),
        Row("  response bodies waited after headers: sign-in", waits.ms_fine(), "—", INFO),
        Row("  response bodies waited after headers: bare", bare_waits.ms_fine(), "—", INFO),
        Row("  ratio without those waits (what-if)", f"{net_ratio:.2f}×", "—", INFO),
        Row("  first sign-in of the process (JWKS fetch, first use)", f"{first['machine_s'] * 1000:.1f} ms", "—", INFO),
    ]
    details = {
        "goal": GOAL_RATIO,
        "ratio": ratio,
        "machine_s": machine.as_dict(),
        "bare_token_request_s": bare.as_dict(),
        "phases_s": {key: summary.as_dict() for key, summary in phases.items()},
        "new_tcp_connections_per_sign_in": new_connections,
        "body_wait_s": {"sign_in": waits.as_dict(), "bare": bare_waits.as_dict()},
        "ratio_without_body_waits": net_ratio,
        "first_iteration": first,
        "iterations": measured,
    }
    return MeasureResult("sign_in_time", rows, details)
