"""The world every measure runs in: one sandbox, a fresh HOME per child process, the scripted browser.

The same isolation as the integration tests (``tests/support/real_world.py``): each child process gets its own
HOME and XDG folders (its caches, logs and sealed session files are its own), the sandbox listens on free
ports with its state OUTSIDE every HOME (it is the server side), and the scripted user agent is the
``BROWSER`` program through a one-line wrapper. The keyring is the real gnome-keyring of the private D-Bus
session that ``tools/keyring-session.sh`` (``make bench``) provides; children wipe what they saved.

The sandbox runs on a thread of THIS process, the harness, which only waits for its children: the process
being measured never shares its interpreter (its GIL) with the server, as a real IdP would not.

Children report through a JSON file named by ``$BENCH_RESULT`` (not stdout, where the CLI prints), and they
start with the same interpreter as the harness, the repository on ``PYTHONPATH`` so that they can import
``benchmarks.children``.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.sandbox import SandboxHandle, SandboxSettings, start_in_thread
from tests.support.isolation import browser_wrapper, isolated_home

REPO = Path(__file__).resolve().parents[1]
CHILDREN = REPO / "benchmarks" / "children"
CHILD_TIMEOUT = 90.0
STRUCTURE_CREDENTIAL, CARD_CREDENTIAL = "sandbox-structure", "sandbox-card"
#: Environment variables through which children get the sandbox's published test password and PIN (no prompt).
P12_PASSWORD_ENV, CARD_PIN_ENV = "DESKTOP_APP_TEST_P12_PASSWORD", "DESKTOP_APP_TEST_CARD_PIN"
_STDERR_TAIL = 1500


class BenchError(Exception):
    """A measure could not be taken (a child crashed, timed out, or the world is not what it needs)."""


@dataclass(frozen=True)
class Home:
    """One child's private HOME and the environment that points the app at it."""

    root: Path
    env: dict[str, str]

    @property
    def home(self) -> Path:
        return self.root / "home"


@dataclass(frozen=True)
class ChildOutcome:
    """What a child wrote to ``$BENCH_RESULT``, and when (``time.monotonic_ns``) the harness spawned it."""

    result: dict[str, Any]
    spawned_ns: int
    wall_s: float


@dataclass
class BenchWorld:
    root: Path
    sandbox: SandboxHandle
    browser: Path
    #: Figures a measure collects for another one (the memory figure reuses the RSS of earlier children).
    shared: dict[str, list[float]] = field(default_factory=dict)
    _access: _AccessCounter | None = None
    _homes: int = 0

    @classmethod
    @contextmanager
    def open(cls) -> Iterator[BenchWorld]:
        with tempfile.TemporaryDirectory(prefix="desktop-app-bench-") as tmp:
            root = Path(tmp)
            browser = browser_wrapper(root / "bin" / "scripted-browser")
            counter = _AccessCounter.install()
            # port=0: the runner picks a free pair of ports; the handle's settings carry them.
            sandbox = start_in_thread(SandboxSettings(state_dir=root / "sandbox-state", port=0))
            try:
                yield cls(root=root, sandbox=sandbox, browser=browser, _access=counter)
            finally:
                sandbox.stop()
                counter.uninstall()

    @contextmanager
    def other_sandbox(self, label: str, **settings: Any) -> Iterator[SandboxHandle]:
        """A second sandbox for one measure (other lifetimes, say), on free ports, stopped at the end."""
        handle = start_in_thread(SandboxSettings(state_dir=self.root / f"sandbox-{label}", port=0, **settings))
        try:
            yield handle
        finally:
            handle.stop()

    def new_home(self, label: str, sandbox: SandboxHandle | None = None) -> Home:
        """Fresh HOME/XDG folders and the environment of a child living there, pointed at ``sandbox`` (default:
        the run's)."""
        sandbox = sandbox or self.sandbox
        self._homes += 1
        root = self.root / f"{self._homes:03d}-{label}"
        env = isolated_home(root)
        env.update(
            {
                "BROWSER": str(self.browser),
                "SCRIPTED_BROWSER_LOG": str(root / "browser.jsonl"),
                "DESKTOP_APP_LANG": "fr",
                "DESKTOP_APP_SANDBOX_PORT": str(sandbox.settings.port),
                "DESKTOP_APP_SANDBOX_DIR": str(sandbox.settings.state_dir),
                "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                "PYTHONPATH": str(REPO),
            }
        )
        return Home(root=root, env=env)

    def run_child(
        self, script: str, home: Home, *, extra_env: dict[str, str] | None = None, timeout: float = CHILD_TIMEOUT
    ) -> ChildOutcome:
        """Run ``benchmarks/children/<script>`` in ``home``; its result, or :class:`BenchError`."""
        runs = len(list(home.root.glob("result-*.json")))
        result_file = home.root / f"result-{runs}.json"
        # The harness's own config and SoftHSM configuration must not leak in: the app points SOFTHSM2_CONF at
        # the sandbox card of THIS run (it only sets it when unset).
        env = {k: v for k, v in os.environ.items() if k not in ("DESKTOP_APP_CONFIG", "SOFTHSM2_CONF")}
        env.update(home.env)
        env.update(extra_env or {})
        env["BENCH_RESULT"] = str(result_file)
        stderr_file = home.root / f"child-{runs}.err"
        with open(home.root / f"child-{runs}.out", "wb") as out, open(stderr_file, "wb") as err:
            start = time.perf_counter()
            spawned_ns = time.monotonic_ns()
            process = subprocess.Popen(
                [sys.executable, str(CHILDREN / script)], env=env, cwd=home.home, stdout=out, stderr=err
            )
            try:
                code = process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                raise BenchError(f"{script} did not finish within {timeout:g} s{_tail(stderr_file)}") from None
            wall = time.perf_counter() - start
        if not result_file.exists():
            raise BenchError(f"{script} exited with {code} without a result{_tail(stderr_file)}")
        result = json.loads(result_file.read_text(encoding="utf-8"))
        if result.get("error"):
            raise BenchError(f"{script}: {result['error']}{_tail(stderr_file)}")
        if code != 0:
            raise BenchError(f"{script} exited with {code}{_tail(stderr_file)}")
        return ChildOutcome(result=result, spawned_ns=spawned_ns, wall_s=wall)

    def secrets_config(self, home: Home, sandbox: SandboxHandle | None = None) -> dict[str, str]:
        """Extra environment for a child whose sandbox credentials must not prompt: a configuration file in its
        HOME whose ``[credentials.*]`` read the sandbox's PUBLISHED test password and PIN from environment
        variables (as ``tests/support/real_world.sandbox_secrets_config`` does), and those variables."""
        from desktop_app.sandbox import SANDBOX_CARD_PIN, SANDBOX_P12_PASSWORD, describe_credentials

        secrets = {
            STRUCTURE_CREDENTIAL: ("password_env", P12_PASSWORD_ENV, SANDBOX_P12_PASSWORD),
            CARD_CREDENTIAL: ("pin_env", CARD_PIN_ENV, SANDBOX_CARD_PIN),
        }
        lines: list[str] = []
        env: dict[str, str] = {}
        for name, table in describe_credentials((sandbox or self.sandbox).settings).items():
            key, variable, value = secrets[name]
            lines.append(f"[credentials.{name}]")
            lines += [f"{k} = {json.dumps(v)}" for k, v in {**table, key: variable}.items()]
            env[variable] = value
        path = home.home / "secrets-by-env.toml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return {"DESKTOP_APP_CONFIG": str(path), **env}

    def sandbox_requests(self) -> list[tuple[str, str, str]]:
        """``(room, method, path)`` of every request the sandbox served so far (its access log)."""
        return self._access.snapshot() if self._access is not None else []

    def endpoint_name(self, url: str) -> str:
        """The name of a sandbox URL in ``SandboxHandle.urls`` (``token``, ``userinfo``, ``jwks``, ``discovery``
        for ``/.well-known/openid-configuration``, ``wallet_discovery`` for PSC's own well-known…), query
        ignored; the URL itself when it is none of them."""
        bare = url.split("?", 1)[0]
        names = {value: key for key, value in self.sandbox.urls.items()}
        return names.get(bare, bare)

    def origin_of(self, name: str) -> str:
        """``https://127.0.0.1:<port>`` of the sandbox URL called ``name``."""
        scheme, _, rest = self.sandbox.urls[name].partition("://")
        return f"{scheme}://{rest.split('/', 1)[0]}"


class _AccessCounter(logging.Handler):
    """Counts requests at the sandbox from its own access log (``room METHOD path status``, never a query)."""

    _LOGGER = "desktop_app.sandbox.access"

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self._seen: list[tuple[str, str, str]] = []
        self._lock_seen = threading.Lock()
        self._previous_level = logging.NOTSET

    @classmethod
    def install(cls) -> _AccessCounter:
        handler = cls()
        logger = logging.getLogger(cls._LOGGER)
        handler._previous_level = logger.level
        logger.setLevel(logging.INFO)
        logger.addHandler(handler)
        logger.propagate = False
        return handler

    def uninstall(self) -> None:
        logger = logging.getLogger(self._LOGGER)
        logger.removeHandler(self)
        logger.setLevel(self._previous_level)
        logger.propagate = True

    def emit(self, record: logging.LogRecord) -> None:
        parts = record.getMessage().split()
        if len(parts) >= 3:
            with self._lock_seen:
                self._seen.append((parts[0], parts[1], parts[2]))

    def snapshot(self) -> list[tuple[str, str, str]]:
        with self._lock_seen:
            return list(self._seen)


def _tail(stderr_file: Path) -> str:
    try:
        text = stderr_file.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""
    return f"\n--- child stderr (end) ---\n{text[-_STDERR_TAIL:]}" if text else ""
