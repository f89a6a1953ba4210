"""Runs the chosen measures in one world, prints ONE table, writes ``results/latest.json``.

A measure that cannot be taken (a child crashed, the keyring is missing) becomes an ``ERROR`` row with its
reason and the others still run; the exit status is 1 then, 0 otherwise. A missed goal is a finding, not a
failure of the benchmark: it is reported as ``MISSED`` and explained in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from benchmarks import api_calls, cold_start, gui_api_stall, gui_stall, memory, round_trips, sign_in_time
from benchmarks.report import ERROR, MeasureResult, Row, render_table, write_json
from benchmarks.world import REPO, BenchError, BenchWorld

#: In running order; memory last, since it reuses the figures of the GUI measures when they ran.
MEASURES: dict[str, Callable[[BenchWorld], MeasureResult]] = {
    "cold_start": cold_start.run,
    "gui_stall": gui_stall.run,
    "sign_in_time": sign_in_time.run,
    "round_trips": round_trips.run,
    "api_calls": api_calls.run,
    "gui_api_stall": gui_api_stall.run,
    "memory": memory.run,
}
DEFAULT_OUTPUT = REPO / "benchmarks" / "results" / "latest.json"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description="Measure the desktop app.")
    parser.add_argument("measures", nargs="*", metavar="MEASURE", help=f"any of: {', '.join(MEASURES)} (default all)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="JSON results (default %(default)s)")
    args = parser.parse_args(argv)
    unknown = [name for name in args.measures if name not in MEASURES]
    if unknown:
        parser.error(f"unknown measure(s): {', '.join(unknown)}; choose among {', '.join(MEASURES)}")
    chosen = [name for name in MEASURES if not args.measures or name in args.measures]
    if not os.environ.get("DESKTOP_APP_TEST_ROOT"):  # set by tools/keyring-session.sh
        print(
            "warning: not inside tools/keyring-session.sh (make bench): the children would use your own keyring, "
            "or none",
            file=sys.stderr,
        )
    started = time.time()
    results: list[MeasureResult] = []
    with BenchWorld.open() as world:
        for name in chosen:
            print(f"… {name}", file=sys.stderr, flush=True)
            began = time.perf_counter()
            results.append(_run_one(name, world))
            print(f"  {name}: {time.perf_counter() - began:.1f} s", file=sys.stderr, flush=True)
    print(render_table(results))
    write_json(results, args.output, started=started)
    print(f"\n{len(chosen)} measure(s) in {time.time() - started:.0f} s; details in {args.output}")
    return 1 if any(result.failed for result in results) else 0


def _run_one(name: str, world: BenchWorld) -> MeasureResult:
    try:
        return MEASURES[name](world)
    except BenchError as exc:
        reason = str(exc)
    except Exception as exc:  # a bug in the benchmark itself: show it, run the other measures anyway
        reason = f"{type(exc).__name__}: {exc}"
        traceback.print_exc()
    print(f"  {name} failed: {reason}", file=sys.stderr, flush=True)
    first_line = reason.splitlines()[0] if reason else "failed"
    return MeasureResult(name, [Row(name, first_line[:140], "—", ERROR)], {"error": reason})
