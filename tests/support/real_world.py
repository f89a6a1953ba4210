"""Real components for integration tests: the sandbox over HTTPS, the Secret Service keyring, a scripted browser.

Each test gets its own HOME / XDG directories (so the app's files, caches and logs are the test's), its own
sandbox on free ports with its state OUTSIDE that HOME (it is the server side), and the scripted user agent as
the ``BROWSER`` program. The keyring is the real gnome-keyring of the private D-Bus session that
``tools/keyring-session.sh`` (``make test``) provides.
"""

from __future__ import annotations

import os
import socket
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop_app.sandbox import SandboxHandle, SandboxSettings, start_in_thread

REPO = Path(__file__).resolve().parents[2]
SCRIPTED_BROWSER = REPO / "tests" / "support" / "scripted_browser.py"


def free_port_pair() -> int:
    """A port p such that p and p + 1 are both free on 127.0.0.1 (the sandbox uses a small range)."""
    for _ in range(50):
        with socket.socket() as first:
            first.bind(("127.0.0.1", 0))
            port = first.getsockname()[1]
            if port > 65000:
                continue
            with socket.socket() as second:
                try:
                    second.bind(("127.0.0.1", port + 1))
                except OSError:
                    continue
        return port
    raise RuntimeError("no free port pair")


@dataclass
class AppHome:
    """The isolated world one test's app lives in."""

    root: Path
    env: dict[str, str]
    browser_log: Path
    secrets_seen: set[str] = field(default_factory=set)

    @property
    def home(self) -> Path:
        return self.root / "home"


@pytest.fixture
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppHome:
    root = tmp_path / "app"
    dirs = {
        "HOME": root / "home",
        "XDG_CONFIG_HOME": root / "home" / ".config",
        "XDG_DATA_HOME": root / "home" / ".local" / "share",
        "XDG_CACHE_HOME": root / "home" / ".cache",
        "XDG_STATE_HOME": root / "home" / ".local" / "state",
    }
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True)
    wrapper = tmp_path / "bin" / "scripted-browser"
    wrapper.parent.mkdir()
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{SCRIPTED_BROWSER}" "$@"\n', encoding="utf-8")
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
    browser_log = tmp_path / "browser.jsonl"
    env = {k: str(v) for k, v in dirs.items()}
    env.update({"BROWSER": str(wrapper), "SCRIPTED_BROWSER_LOG": str(browser_log), "DESKTOP_APP_LANG": "fr"})
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("DESKTOP_APP_CONFIG", raising=False)
    return AppHome(root=root, env=env, browser_log=browser_log)


@pytest.fixture
def sandbox_factory(tmp_path: Path, app_home: AppHome, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Start a sandbox with chosen lifetimes; the app (in-process or a CLI subprocess) finds and reuses it."""
    handles: list[SandboxHandle] = []
    state_dir = tmp_path / "sandbox-state"

    def start(**lifetimes: int) -> SandboxHandle:
        port = free_port_pair()
        settings = SandboxSettings(state_dir=state_dir, port=port, **lifetimes)
        monkeypatch.setenv("DESKTOP_APP_SANDBOX_PORT", str(port))
        monkeypatch.setenv("DESKTOP_APP_SANDBOX_DIR", str(state_dir))
        app_home.env["DESKTOP_APP_SANDBOX_PORT"] = str(port)
        app_home.env["DESKTOP_APP_SANDBOX_DIR"] = str(state_dir)
        handle = start_in_thread(settings)
        handles.append(handle)
        return handle

    yield start
    for handle in handles:
        handle.stop()


@pytest.fixture
def sandbox(sandbox_factory: object) -> SandboxHandle:
    return sandbox_factory()  # type: ignore[operator]


def subprocess_env(app_home: AppHome, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(app_home.env)
    env.update(extra)
    return env
