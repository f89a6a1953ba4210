"""Measure 5 — sequential API calls: our client against raw httpx with the same SSLContext (goal ≤ 1.10×),
TLS handshakes per origin (goal 1) and token exchanges (goal 1 per API-token lifetime).

One child process per credential (``children/api_calls.py``): the structure's .p12, then the sandbox's soft card
(SoftHSM through OpenSSL's pkcs11-provider, which are set up once per process). After a sign-in and a first
call (exchange, handshakes), each round times ``CALLS`` sequential ``GET /practitioner`` and as many
``POST /signsessiondata`` through ``services.api.call``, and the same through a plain ``httpx.Client`` holding the
credential's very ``SSLContext`` and the same API token, in interleaved blocks. The headline is the median over
rounds of the per-round ratio of wall times. The child's CPU time per call (``time.thread_time``) is the
client's own cost; for the .p12 two intermediate variants split the difference into layers. Handshakes are the
pool's own count and, independently, new TLS sockets during the timed batches; exchanges are counted by the
client and again at the sandbox.

The run's sandbox issues 1-hour API tokens (the IG's), which a child never outlives: its "1 exchange" shows no
needless exchange, not a renewal. So a last child calls for ``LIFETIME_RUN_S`` against a second sandbox whose API
tokens live ``SHORT_TTL_S``: it must exchange once per token lifetime, each time at the token's margin
(min(60 s, 20 %) before its end), and never meet a 401.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from benchmarks.report import ERROR, INFO, MeasureResult, Row, verdict
from benchmarks.stats import Summary
from benchmarks.world import CARD_CREDENTIAL, STRUCTURE_CREDENTIAL, BenchError, BenchWorld

GOAL_RATIO = 1.10
CALLS = 500
ROUNDS = 5
WARMUP_ROUNDS = 1
#: (credential, label in the table, split the GET difference into layers)
CREDENTIALS = ((STRUCTURE_CREDENTIAL, ".p12", True), (CARD_CREDENTIAL, "soft card", False))
_TIMED = ("ours", "raw", "pool_request", "pool_stream")
SHORT_TTL_S = 6
LIFETIME_RUN_S = 10.5


def run(world: BenchWorld) -> MeasureResult:
    rows: list[Row] = []
    details: dict[str, Any] = {
        "goal_ratio": GOAL_RATIO,
        "calls": CALLS,
        "rounds": ROUNDS,
        "warmup_rounds": WARMUP_ROUNDS,
    }
    for credential, label, breakdown in CREDENTIALS:
        try:
            result, served = _run_child(world, credential, breakdown)
        except BenchError as exc:
            reason = str(exc).splitlines()[0][:140]
            rows.append(Row(f"API calls, {label}", reason, "—", ERROR))
            details[credential] = {"error": str(exc)}
            continue
        rows += _rows(label, result, served)
        details[credential] = {**result, "sandbox_counted": served}
    lifetime_rows, details["short_lifetimes"] = _short_lifetimes(world)
    rows += lifetime_rows
    return MeasureResult("api_calls", rows, details)


def _short_lifetimes(world: BenchWorld) -> tuple[list[Row], dict[str, Any]]:
    """Calls for LIFETIME_RUN_S with SHORT_TTL_S-second API tokens (a sandbox of their own): exchanges per
    lifetime, and when each came."""
    renew_every = SHORT_TTL_S - min(60.0, 0.2 * SHORT_TTL_S)  # the client's margin rule (docs/api-calls.md)
    with world.other_sandbox("short-api-tokens", api_token_ttl=SHORT_TTL_S) as sandbox:
        home = world.new_home("api-token-lifetimes", sandbox)
        env = {**world.secrets_config(home, sandbox), "BENCH_CREDENTIAL": STRUCTURE_CREDENTIAL}
        outcome = world.run_child("api_calls.py", home, extra_env={**env, "BENCH_DURATION_S": str(LIFETIME_RUN_S)})
        stats = sandbox.stats()
    result = outcome.result
    starts = result["exchange_starts_s"]
    intervals = [later - earlier for earlier, later in pairwise(starts)]
    expected = 1 + int(result["duration_s"] // renew_every)
    # Each renewal at the margin: not before (a needless exchange), nor so late that the token expired (a 401).
    on_time = all(renew_every - 0.05 <= gap <= SHORT_TTL_S for gap in intervals)
    ok = result["exchanges"] == stats.total_exchanges == expected and on_time and stats.api_unauthorized == 0
    row = Row(
        f"API token lifetimes: exchanges in {result['duration_s']:.1f} s of calls, {SHORT_TTL_S} s tokens",
        f"{result['exchanges']} (sandbox: {stats.total_exchanges}), every "
        + (", ".join(f"{gap:.2f}" for gap in intervals) or "—")
        + f" s; {stats.api_unauthorized} × 401; {result['calls']} calls",
        f"{expected}: 1 per lifetime, renewed {renew_every:g} s in",
        verdict(ok),
    )
    return [row], {**result, "expected": expected, "renew_every_s": renew_every, "sandbox": dict(stats.token_exchanges)}


def _run_child(world: BenchWorld, credential: str, breakdown: bool) -> tuple[dict[str, Any], dict[str, float]]:
    if credential == CARD_CREDENTIAL and world.sandbox.card is None:
        raise BenchError("the sandbox has no soft card: SoftHSM2 is not installed (make sysdeps-test)")
    home = world.new_home(f"api-calls-{credential}")
    env = {
        **world.secrets_config(home),
        "BENCH_CREDENTIAL": credential,
        "BENCH_CALLS": str(CALLS),
        "BENCH_ROUNDS": str(ROUNDS),
        "BENCH_WARMUP_ROUNDS": str(WARMUP_ROUNDS),
        "BENCH_BREAKDOWN": "1" if breakdown else "0",
    }
    before = world.sandbox.stats()
    outcome = world.run_child("api_calls.py", home, extra_env=env)
    after = world.sandbox.stats()
    served = {
        "token_exchanges": after.total_exchanges - before.total_exchanges,
        "api_calls": after.api_calls - before.api_calls,
        "api_unauthorized": after.api_unauthorized - before.api_unauthorized,
        "child_wall_s": round(outcome.wall_s, 1),
    }
    return outcome.result, served


def _rows(label: str, result: dict[str, Any], served: dict[str, float]) -> list[Row]:
    calls = result["calls"]
    rows: list[Row] = []
    for endpoint, samples in result["endpoints"].items():
        wall, cpu = samples["wall_s"], samples["cpu_s"]
        ratios = [ours / raw for ours, raw in zip(wall["ours"], wall["raw"], strict=True)]
        ratio = Summary.of(ratios)
        per_call = {name: Summary.of(values).median / calls * 1e6 for name, values in wall.items()}
        cpu_per_call = {name: Summary.of(values).median / calls * 1e6 for name, values in cpu.items()}
        rows += [
            Row(
                f"API calls, {label}: app / raw httpx, {endpoint} ×{calls}",
                f"{ratio.median:.3f}× (per round {ratio.low:.3f}–{ratio.high:.3f}, n={ratio.n})",
                f"≤ {GOAL_RATIO:.2f}×",
                verdict(ratio.median <= GOAL_RATIO),
            ),
            Row(
                "  per call, wall: app / raw",
                f"{per_call['ours']:.0f} µs / {per_call['raw']:.0f} µs (+{per_call['ours'] - per_call['raw']:.0f} µs)",
            ),
            Row(
                "  per call, client CPU: app / raw",
                f"{cpu_per_call['ours']:.0f} µs / {cpu_per_call['raw']:.0f} µs "
                f"(+{cpu_per_call['ours'] - cpu_per_call['raw']:.0f} µs)",
            ),
        ]
        if "pool_stream" in cpu:
            rows.append(Row("  where the extra CPU goes (per call)", _layers(cpu, calls, result["resolve_url_s"])))
    rows += _connection_rows(label, result, served)
    return rows


def _layers(cpu: dict[str, list[float]], calls: int, resolve_url_s: float) -> str:
    """Median over rounds of each layer's extra CPU per call (a round's batches share the machine's state)."""

    def step(upper: str, lower: str) -> float:
        return Summary.of([(u - d) / calls * 1e6 for u, d in zip(cpu[upper], cpu[lower], strict=True)]).median

    return (
        f"app's client settings + trace hook {step('pool_request', 'raw'):+.0f} µs; "
        f"stream() + iter_bytes {step('pool_stream', 'pool_request'):+.0f} µs; "
        f"api.call's own work {step('ours', 'pool_stream'):+.0f} µs (resolve_url alone {resolve_url_s * 1e6:.0f} µs)"
    )


def _connection_rows(label: str, result: dict[str, Any], served: dict[str, float]) -> list[Row]:
    origins = result["origins"]
    names = {origins["api"]: "API", origins["target_as"]: "target AS"}
    handshakes = {names.get(origin, origin): count for origin, count in result["handshakes"].items()}
    in_batches = sum(count for phase, count in result["tls_sockets_by_phase"].items() if phase in _TIMED)
    timed_calls = 2 * (ROUNDS + WARMUP_ROUNDS) * result["calls"]
    lifetime = result["api_token_lifetime_s"]
    exchanges = result["exchanges"]
    return [
        Row(
            f"API calls, {label}: TLS handshakes per origin (first call + {timed_calls} app calls)",
            ", ".join(f"{name} {count}" for name, count in sorted(handshakes.items())),
            "1 per origin",
            verdict(handshakes == {"API": 1, "target AS": 1} and in_batches == 0),
        ),
        Row("  new TLS connections during the timed batches (app and raw)", str(in_batches), "—", INFO),
        Row(
            f"API calls, {label}: token exchanges (API token lifetime {lifetime:.0f} s, child ran "
            f"{served['child_wall_s']:.0f} s)",
            f"{exchanges} (counted at the sandbox: {served['token_exchanges']})",
            "1 per token lifetime",
            verdict(exchanges == 1 and served["token_exchanges"] == 1 and served["api_unauthorized"] == 0),
        ),
        Row("  first call: exchange + 2 handshakes + call", f"{result['first_call_s'] * 1000:.0f} ms", "—", INFO),
    ]
