"""What a measure hands back, the one table printed at the end, and ``results/latest.json``.

A measure returns rows for the table (one headline row compared with its goal, then indented detail rows
marked ``info``) and a ``details`` dictionary with every raw sample, so that a surprising figure can be
checked against the runs behind it without running again.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PASS, MISSED, INFO, ERROR = "pass", "MISSED", "info", "ERROR"


@dataclass(frozen=True)
class Row:
    measure: str
    value: str
    goal: str = "—"
    verdict: str = INFO


@dataclass
class MeasureResult:
    name: str
    rows: list[Row]
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        return any(row.verdict == ERROR for row in self.rows)


def verdict(ok: bool) -> str:
    return PASS if ok else MISSED


def render_table(results: list[MeasureResult]) -> str:
    """A plain-text table, readable in a terminal and pasteable into Markdown as is."""
    rows = [row for result in results for row in result.rows]
    header = Row("measure", "value", "goal", "verdict")
    names = ("measure", "value", "goal", "verdict")
    widths = [max(len(getattr(row, name)) for row in [header, *rows]) for name in names]

    def line(row: Row) -> str:
        return (
            "| " + " | ".join(getattr(row, name).ljust(width) for name, width in zip(names, widths, strict=True)) + " |"
        )

    rule = "|" + "|".join("-" * (width + 2) for width in widths) + "|"
    return "\n".join([line(header), rule, *(line(row) for row in rows)])


def write_json(results: list[MeasureResult], path: Path, *, started: float) -> None:
    """Every row and raw sample, plus what the figures depend on (machine, versions)."""
    from PySide6 import __version__ as pyside_version

    document = {
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(started)),
        "duration_s": round(time.time() - started, 1),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": sys.version.split()[0],
            "pyside6": pyside_version,
            "qt_qpa_platform": os.environ.get("QT_QPA_PLATFORM", ""),
        },
        "measures": {
            result.name: {"rows": [row.__dict__ for row in result.rows], "details": result.details}
            for result in results
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
