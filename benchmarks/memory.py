"""Memory — peak RSS (``getrusage`` ``ru_maxrss``) of the GUI process after a sign-in, and of a bare window.

No goal: a figure to watch over time. The GUI process is the one of measure 2 (the real main window signed
in on the sandbox: Qt, the views, httpx, authlib, joserfc, keyring and its D-Bus client, the sandbox's
absence included — it runs in the harness); the bare window is measure 1's baseline, at its first paint.
When those measures ran in the same invocation their children's figures are reused; alone, this measure
runs two children of each kind. When ``gui_api_stall`` ran, the peak of its process (a 5 MB answer parsed and
shown, the history keeping it) is shown too.
"""

from __future__ import annotations

from benchmarks.report import INFO, MeasureResult, Row
from benchmarks.stats import Summary
from benchmarks.world import BenchWorld

_OWN_RUNS = 2


def run(world: BenchWorld) -> MeasureResult:
    shared = world.shared
    if not shared.get("bare_window_maxrss_mib"):
        for _ in range(_OWN_RUNS):
            result = world.run_child("bare_window.py", world.new_home("memory-bare")).result
            shared.setdefault("bare_window_maxrss_mib", []).append(result["maxrss_kib"] / 1024)
    if not shared.get("gui_after_sign_in_maxrss_mib"):
        for _ in range(_OWN_RUNS):
            result = world.run_child("gui_sign_in.py", world.new_home("memory-gui")).result
            shared.setdefault("gui_after_sign_in_maxrss_mib", []).append(result["maxrss_kib"] / 1024)
            shared.setdefault("gui_after_sign_in_rss_mib", []).append(result["rss_kib"] / 1024)
    gui = Summary.of(shared["gui_after_sign_in_maxrss_mib"])
    bare = Summary.of(shared["bare_window_maxrss_mib"])
    rows = [
        Row("memory: GUI process after sign-in (maxrss)", _mib(gui), "—", INFO),
        Row("  bare PySide6 window (maxrss)", _mib(bare), "—", INFO),
        Row("  ratio GUI / bare", f"{gui.median / bare.median:.2f}×", "—", INFO),
    ]
    if shared.get("gui_after_large_answer_maxrss_mib"):
        large = Summary.of(shared["gui_after_large_answer_maxrss_mib"])
        rows.insert(1, Row("  GUI process after a 5 MB API answer shown (maxrss)", _mib(large)))
    if shared.get("app_first_paint_maxrss_mib"):
        rows.insert(1, Row("  app at its first paint (maxrss)", _mib(Summary.of(shared["app_first_paint_maxrss_mib"]))))
    details = {key: value for key, value in shared.items() if key.endswith("_mib")}
    return MeasureResult("memory", rows, details)


def _mib(summary: Summary) -> str:
    return f"{summary.median:.0f} MiB ({summary.low:.0f}–{summary.high:.0f}, n={summary.n})"
