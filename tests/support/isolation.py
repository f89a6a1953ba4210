"""The pieces every real-world harness needs (tests, benchmarks, screenshots), with no pytest in sight.

- :func:`isolated_home`: fresh HOME and XDG folders, so the app's config, caches, logs and sealed session files
  are the harness's own (platformdirs honours ``XDG_*``);
- :func:`browser_wrapper`: the scripted user agent as a ``BROWSER`` program (``$BROWSER`` cannot carry
  arguments, so a one-line shell wrapper runs it with this interpreter);
- :func:`free_port_pair`: two consecutive free ports, for tests that need a port where nothing listens.
"""

from __future__ import annotations

import socket
import stat
import sys
from pathlib import Path

SCRIPTED_BROWSER = Path(__file__).resolve().parent / "scripted_browser.py"


def isolated_home(root: Path) -> dict[str, str]:
    """Create ``root/home`` with its XDG folders; returns the environment variables pointing at them."""
    home = root / "home"
    dirs = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_STATE_HOME": home / ".local" / "state",
    }
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True)
    return {key: str(value) for key, value in dirs.items()}


def browser_wrapper(path: Path, *, delay: float = 0.0) -> Path:
    """Write the executable wrapper that runs the scripted browser (after ``delay`` seconds, for screenshots)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pause = f"sleep {delay}\n" if delay else ""
    path.write_text(f'#!/bin/sh\n{pause}exec "{sys.executable}" "{SCRIPTED_BROWSER}" "$@"\n', encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def free_port_pair() -> int:
    """A port p such that p and p + 1 are both free on 127.0.0.1 (where the sandbox would listen)."""
    for _ in range(50):
        with socket.socket() as first:
            first.bind(("127.0.0.1", 0))
            port = int(first.getsockname()[1])
            if port >= 65535:
                continue
            with socket.socket() as second:
                try:
                    second.bind(("127.0.0.1", port + 1))
                except OSError:
                    continue
        return port
    raise RuntimeError("no free port pair")
