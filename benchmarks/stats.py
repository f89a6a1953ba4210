"""Robust summaries of repeated measurements: median with min/max, and percentiles.

The median, not the mean: on a shared two-core machine one run in five is disturbed by something else (a
page-cache miss, another process), and one outlier must not move the figure we compare with a goal.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Summary:
    """Median, min and max of ``n`` samples (warm-up runs already left out)."""

    median: float
    low: float
    high: float
    n: int

    @classmethod
    def of(cls, samples: Sequence[float]) -> Summary:
        if not samples:
            raise ValueError("no samples to summarise")
        return cls(statistics.median(samples), min(samples), max(samples), len(samples))

    def as_dict(self) -> dict[str, float | int]:
        return {"median": self.median, "min": self.low, "max": self.high, "n": self.n}

    def ms(self) -> str:
        """``612 ms (590–640, n=7)`` for samples in seconds."""
        return f"{self.median * 1000:.0f} ms ({self.low * 1000:.0f}–{self.high * 1000:.0f}, n={self.n})"

    def ms_fine(self) -> str:
        """Like :meth:`ms` with one decimal, for figures of a few milliseconds."""
        return f"{self.median * 1000:.1f} ms ({self.low * 1000:.1f}–{self.high * 1000:.1f}, n={self.n})"


def percentile(samples: Sequence[float], fraction: float) -> float:
    """The ``fraction`` quantile (0..1) by linear interpolation between order statistics (NumPy's default)."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    position = (len(ordered) - 1) * fraction
    below = int(position)
    above = min(below + 1, len(ordered) - 1)
    return ordered[below] + (ordered[above] - ordered[below]) * (position - below)
