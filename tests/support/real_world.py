"""Real components for integration tests: the sandbox over HTTPS, the Secret Service keyring, a scripted browser.

A pytest plugin, loaded by tests/conftest.py.

Each test gets its own HOME / XDG directories (so the app's files, caches and logs are the test's), its own
sandbox on free ports with its state OUTSIDE that HOME (it is the server side), and the scripted user agent as
the ``BROWSER`` program. The keyring is the real gnome-keyring of the private D-Bus session that
``tools/keyring-session.sh`` (``make test``) provides.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.sandbox import SandboxHandle, SandboxSettings, start_in_thread
from tests.support.isolation import browser_wrapper, free_port_pair, isolated_home

__all__ = ["AppHome", "app_home", "free_port_pair", "sandbox", "sandbox_factory", "subprocess_env"]


@dataclass
class AppHome:
    """The isolated world one test's app lives in."""

    root: Path
    env: dict[str, str]
    browser_log: Path

    @property
    def home(self) -> Path:
        return self.root / "home"


@pytest.fixture
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppHome:
    root = tmp_path / "app"
    env = isolated_home(root)
    wrapper = browser_wrapper(tmp_path / "bin" / "scripted-browser")
    browser_log = tmp_path / "browser.jsonl"
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
        handle = start_in_thread(SandboxSettings(state_dir=state_dir, port=0, **lifetimes))  # port 0: free ports
        port = str(handle.settings.port)
        for key, value in (("DESKTOP_APP_SANDBOX_PORT", port), ("DESKTOP_APP_SANDBOX_DIR", str(state_dir))):
            monkeypatch.setenv(key, value)
            app_home.env[key] = value
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
