"""Measure 6 — GUI-thread stalls in the API console (goal ≤ 50 ms): the first call, and a ~5 MB JSON answer.

In one child process per run (``children/gui_api_console.py``): the real main window on the sandbox, a 5 ms
heartbeat on the GUI thread, a sign-in, then from the console (a) the first call — the .p12 password asked in
the GUI's dialog and answered by the script, the RFC 8693 exchange, the handshakes, ``POST /signsessiondata``,
the answer painted — and (b) ``GET /journal?entries=ENTRIES`` (~5 MB) shown in the JSON tree, its ``entries``
array expanded, then the raw-text tab filled, until idle. A stall is a gap between two beats minus the period.

The child also records when the console's worker functions ran (wrappers around ``perform_call``, JSON parsing,
the raw text, the PKCS#12 decryption, the token exchange): the longest stall of each run is attributed to the
innermost one it overlapped most — a worker that holds the GIL in one long C call (``json.loads``, a PBKDF2 in
``cryptography``) stalls the GUI thread as surely as work on the GUI thread itself. Each run is a fresh process
in a fresh HOME; the first is discarded (page cache).
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise
from typing import Any

from benchmarks.report import MeasureResult, Row, verdict
from benchmarks.stats import Summary, percentile
from benchmarks.world import BenchWorld

GOAL_MS = 50.0
WARMUP_RUNS = 1
RUNS = 7
#: The sandbox's journal entries are ≈ 114.8 bytes each: 46 000 of them make 5.03 MiB.
ENTRIES = 46_000
_SPAN_NAMES = {
    "json.loads": "json.loads of the answer (worker)",
    "display_text": "pretty text for the raw view (worker)",
    "record": "record building (worker)",
    "perform_call": "the call (worker)",
    "pkcs12.load_key_and_certificates": "PKCS#12 decryption (cryptography, worker)",
    "pkcs12 TLS context": "TLS context (worker)",
    "token exchange": "token exchange (worker)",
}
#: Stages of the large answer: (label, mark where it starts, mark where it ends); a stall belongs to the stage
#: in which it ends.
_STAGES = (
    ("download + parse", "click", "shown"),
    ("tree", "shown", "rows_painted"),
    ("expand", "rows_painted", "expanded_painted"),
    ("raw view", "expanded_painted", "raw_done"),
)


def run(world: BenchWorld) -> MeasureResult:
    from desktop_app.sandbox import SANDBOX_P12_PASSWORD  # published test value (docs/sandbox.md)

    env = {"BENCH_P12_PASSWORD": SANDBOX_P12_PASSWORD, "BENCH_JOURNAL_ENTRIES": str(ENTRIES)}
    runs: list[dict[str, Any]] = []
    for index in range(WARMUP_RUNS + RUNS):
        result = world.run_child("gui_api_console.py", world.new_home("gui-api-stall"), extra_env=env).result
        if index >= WARMUP_RUNS:
            runs.append(_analyse(result))
            world.shared.setdefault("gui_after_large_answer_maxrss_mib", []).append(result["maxrss_kib"] / 1024)
    first = [r["first_call"] for r in runs]
    large = [r["large"] for r in runs]
    first_longest = Summary.of([r["longest_s"] for r in first])
    large_longest = Summary.of([r["longest_s"] for r in large])
    goal = f"≤ {GOAL_MS:.0f} ms"
    rows = [
        Row(
            "GUI stall, first API call (.p12 password, exchange, call): longest",
            first_longest.ms_fine(),
            goal,
            verdict(first_longest.median <= GOAL_MS / 1000),
        ),
        Row("  99th percentile of stalls", Summary.of([r["p99_s"] for r in first]).ms_fine()),
        Row("  the longest stall overlapped", _culprits(first)),
        Row("  click → answer painted (password dialog answered at once)", _ms(first, "click", "rows_painted")),
        Row(
            f"GUI stall, {_mib(large)} JSON answer (tree, expand, raw view): longest",
            large_longest.ms_fine(),
            goal,
            verdict(large_longest.median <= GOAL_MS / 1000),
        ),
        Row("  99th percentile of stalls", Summary.of([r["p99_s"] for r in large]).ms_fine()),
        Row("  stalls over the goal, per run", ", ".join(str(r["over_goal"]) for r in large)),
        Row("  the longest stall overlapped", _culprits(large)),
        Row("  json.loads on the worker (one C call: the GIL is held throughout)", _parse(large)),
        Row("  longest stall by stage (" + " / ".join(label for label, _, _ in _STAGES) + ")", _stages(large)),
        Row("  click → first rows shown in the tree", _ms(large, "click", "rows_painted")),
        Row("  click → answer parsed and handed to the view", _ms(large, "click", "shown")),
        Row(f"  raw view filled ({large[0]['raw_chars']:,} characters shown)", _ms(large, "raw_started", "raw_done")),
        Row(
            "GUI stall, console tab opened the first time: longest",
            Summary.of([r["console"]["longest_s"] for r in runs]).ms_fine(),
        ),
        Row("  idle floor (longest stall, no work)", Summary.of([r["idle_longest_s"] for r in runs]).ms_fine()),
    ]
    details = {"goal_ms": GOAL_MS, "warmup_runs": WARMUP_RUNS, "beat_ms": 5, "entries": ENTRIES, "runs": runs}
    return MeasureResult("gui_api_stall", rows, details)


def _analyse(result: dict[str, Any]) -> dict[str, Any]:
    period = result["beat_ms"] / 1000
    spans = result["worker_spans"]
    analysed: dict[str, Any] = {"idle_longest_s": max(max(0.0, gap - period) for gap in result["idle_gaps_s"])}
    for name, stretch in result["stretches"].items():
        beats = stretch["beats"]
        stalls = [(max(0.0, later - earlier - period), later) for earlier, later in pairwise(beats)]
        longest, ended = max(stalls)
        marks = stretch["marks"]
        analysed[name] = {
            "longest_s": longest,
            "p99_s": percentile([stall for stall, _ in stalls], 0.99),
            "over_goal": sum(stall > GOAL_MS / 1000 for stall, _ in stalls),
            "worst_stalls_s": sorted((stall for stall, _ in stalls), reverse=True)[:5],
            "culprit": _culprit(ended - longest - period, ended, spans),
            "marks_s": {key: at - marks["click"] for key, at in marks.items()},
            "stages_longest_s": _by_stage(stalls, marks) if name == "large" else {},
            "parse": _parse_span(spans, marks) if name == "large" else {},
            **{key: value for key, value in stretch.items() if key not in ("beats", "marks")},
        }
    return analysed


def _culprit(start: float, end: float, spans: list[dict[str, Any]]) -> str:
    """The innermost (shortest) worker span covering more than half of [start, end], else the GUI thread's own
    work. Nested spans (``perform_call`` ⊃ ``record`` ⊃ ``json.loads``) all cover a stall inside the innermost;
    the innermost says what held the GIL."""
    covering = [span for span in spans if min(end, span["end"]) - max(start, span["start"]) > 0.5 * (end - start)]
    if not covering:
        return "no worker function: GUI-thread work"
    name = str(min(covering, key=lambda span: span["end"] - span["start"])["name"])
    return _SPAN_NAMES.get(name, name)


def _by_stage(stalls: list[tuple[float, float]], marks: dict[str, float]) -> dict[str, float]:
    longest: dict[str, float] = {}
    for label, begin, end in _STAGES:
        inside = [stall for stall, ended in stalls if marks[begin] < ended <= marks[end]]
        longest[label] = max(inside, default=0.0)
    return longest


def _parse_span(spans: list[dict[str, Any]], marks: dict[str, float]) -> dict[str, Any]:
    """The parse of the large answer: the longest ``json.loads`` after the click, and the collections inside."""
    parses = [span for span in spans if span["name"] == "json.loads" and span["start"] >= marks["click"]]
    if not parses:
        return {}
    span = max(parses, key=lambda s: s["end"] - s["start"])
    return {"duration_s": span["end"] - span["start"], "gc_collections": span["gc"]}


def _culprits(stretches: list[dict[str, Any]]) -> str:
    counts = Counter(stretch["culprit"] for stretch in stretches)
    return ", ".join(f"{name} ×{n}" for name, n in counts.most_common())


def _ms(stretches: list[dict[str, Any]], since: str, until: str) -> str:
    return Summary.of([s["marks_s"][until] - s["marks_s"][since] for s in stretches]).ms()


def _parse(stretches: list[dict[str, Any]]) -> str:
    parsed = [s["parse"] for s in stretches if s["parse"]]
    if not parsed:
        return "not seen"
    with_gen2 = sum(p["gc_collections"][2] > 0 for p in parsed)
    duration = Summary.of([p["duration_s"] for p in parsed])
    return f"{duration.ms()}; a full (gen-2) garbage collection inside it in {with_gen2}/{len(parsed)} runs"


def _stages(stretches: list[dict[str, Any]]) -> str:
    return (
        " / ".join(
            f"{Summary.of([s['stages_longest_s'][label] for s in stretches]).median * 1000:.1f}"
            for label, _, _ in _STAGES
        )
        + " ms (medians)"
    )


def _mib(stretches: list[dict[str, Any]]) -> str:
    return f"{stretches[0]['size'] / 2**20:.2f} MiB"
