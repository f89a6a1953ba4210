"""Real sandboxes for the sandbox's own tests: real uvicorn servers on free ports, state in a tmp folder."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.sandbox import SandboxHandle, SandboxSettings, start_in_thread
from tests.sandbox.oidc_tester import OidcTester

StartSandbox = Callable[..., SandboxHandle]


def free_port_run(count: int) -> int:
    """A port p such that p … p + count - 1 are free on 127.0.0.1 (for a sandbox started in another process)."""
    for _ in range(50):
        with socket.socket() as first:
            first.bind(("127.0.0.1", 0))
            port = int(first.getsockname()[1])
            if port + count - 1 > 65535:
                continue
            others = [socket.socket() for _ in range(count - 1)]
            try:
                for offset, sock in enumerate(others, start=1):
                    sock.bind(("127.0.0.1", port + offset))
            except OSError:
                continue
            finally:
                for sock in others:
                    sock.close()
        return port
    raise RuntimeError("no free run of ports")


@pytest.fixture(scope="session")
def shared_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxHandle]:
    """One sandbox with PSC's default lifetimes, for tests that do not change global state."""
    with start_in_thread(SandboxSettings(state_dir=tmp_path_factory.mktemp("shared-sandbox"), port=0)) as handle:
        yield handle


@pytest.fixture
def psc(shared_sandbox: SandboxHandle) -> Iterator[OidcTester]:
    with OidcTester(shared_sandbox) as tester:
        yield tester


@pytest.fixture
def start_sandbox(tmp_path: Path) -> Iterator[StartSandbox]:
    """Start a dedicated sandbox (``state_dir`` defaults to one tmp folder per test); all stopped at teardown."""
    handles: list[SandboxHandle] = []

    def start(state_dir: Path | None = None, **options: object) -> SandboxHandle:
        settings = SandboxSettings(state_dir=state_dir or tmp_path / "state", **{"port": 0, **options})  # type: ignore[arg-type]
        handle = start_in_thread(settings)
        handles.append(handle)
        return handle

    yield start
    for handle in handles:
        handle.stop()
