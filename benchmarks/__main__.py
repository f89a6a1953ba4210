"""``python -m benchmarks [MEASURE ...]`` — see benchmarks/runner.py and docs/benchmarks.md."""

from __future__ import annotations

import sys

from benchmarks.runner import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
