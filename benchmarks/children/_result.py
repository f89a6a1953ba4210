"""How a child reports to the harness: one JSON object in ``$BENCH_RESULT``, written atomically.

No Qt here: the headless children import this too.
"""

from __future__ import annotations

import json
import os
import resource
from pathlib import Path
from typing import Any


def write_result(data: dict[str, Any]) -> None:
    target = Path(os.environ["BENCH_RESULT"])
    partial = target.with_suffix(".partial")
    partial.write_text(json.dumps(data), encoding="utf-8")
    partial.replace(target)


def fail(message: str) -> None:
    """Report a measure that could not be taken (the harness shows ``message`` and the child's stderr)."""
    write_result({"error": message})


def max_rss_kib() -> int:
    """Peak resident set size of this process so far (``ru_maxrss`` is in KiB on Linux)."""
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def current_rss_kib() -> int:
    """Resident set size now (``VmRSS``), 0 where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0
