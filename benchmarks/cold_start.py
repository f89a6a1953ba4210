"""Measure 1 — cold start to the first painted main window, as a ratio to a bare PySide6 window (goal ≤ 1.3).

Both are timed the same way: from the harness spawning the child process (``time.monotonic_ns`` just before
``Popen``) to the instant the child's event filter sees the first paint event of its top-level window; the
clock is CLOCK_MONOTONIC, shared by every process on the machine. The app child goes through
``desktop_app.cli.run(["gui"])`` on the sandbox environment, exactly what ``desktop-app gui`` does; the bare
child shows a QMainWindow of the same size with one label. Both run offscreen and quit after that paint.

Runs alternate bare/app (which goes first alternates too), so that a slow minute of the machine hits both;
the first rounds only warm the page cache and are discarded. Every child gets a fresh HOME, so the app also
starts as on a first launch (no config file, no cache): what happens after the first paint does not count.
"""

from __future__ import annotations

from benchmarks.report import INFO, MeasureResult, Row, verdict
from benchmarks.stats import Summary
from benchmarks.world import BenchWorld

GOAL_RATIO = 1.3
WARMUP_ROUNDS = 2
ROUNDS = 15
_KINDS = {"bare": "bare_window.py", "app": "app_window.py"}


def run(world: BenchWorld) -> MeasureResult:
    samples: dict[str, list[float]] = {"bare": [], "app": []}
    frames: dict[str, list[float]] = {"bare": [], "app": []}
    rss: dict[str, list[float]] = {"bare": [], "app": []}
    for round_index in range(WARMUP_ROUNDS + ROUNDS):
        order = ("bare", "app") if round_index % 2 == 0 else ("app", "bare")
        for kind in order:
            outcome = world.run_child(_KINDS[kind], world.new_home(f"cold-{kind}"))
            if round_index < WARMUP_ROUNDS:
                continue
            samples[kind].append((outcome.result["paint_ns"] - outcome.spawned_ns) / 1e9)
            frames[kind].append((outcome.result["frame_ns"] - outcome.spawned_ns) / 1e9)
            rss[kind].append(outcome.result["maxrss_kib"] / 1024)
    bare, app = Summary.of(samples["bare"]), Summary.of(samples["app"])
    ratio = app.median / bare.median
    world.shared.setdefault("bare_window_maxrss_mib", []).extend(rss["bare"])
    world.shared.setdefault("app_first_paint_maxrss_mib", []).extend(rss["app"])
    per_round = [a / b for a, b in zip(samples["app"], samples["bare"], strict=True)]
    rows = [
        Row(
            "cold start: app / bare window (first paint)",
            f"{ratio:.2f}× (per round {min(per_round):.2f}–{max(per_round):.2f})",
            f"≤ {GOAL_RATIO}×",
            verdict(ratio <= GOAL_RATIO),
        ),
        Row("  app: spawn → first paint", app.ms(), "—", INFO),
        Row("  bare window: spawn → first paint", bare.ms(), "—", INFO),
    ]
    details = {
        "ratio": ratio,
        "goal": GOAL_RATIO,
        "warmup_rounds": WARMUP_ROUNDS,
        "app_s": app.as_dict(),
        "bare_s": bare.as_dict(),
        "samples_s": samples,
        "frame_done_s": frames,
        "maxrss_mib": rss,
    }
    return MeasureResult("cold_start", rows, details)
