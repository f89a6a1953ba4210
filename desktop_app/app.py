"""Composition root: reads the configuration, builds the services, starts the GUI or runs a CLI command.

This is the only place that wires things together, and the only place that knows both sides of the wire: it
starts the embedded sandbox when the environment is ``sandbox`` and describes it to the core as an ordinary
environment. Nothing here is global; objects are built once and passed down.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.auth.browser import BrowserLauncher
from desktop_app.core.auth.client_auth import ClientAuthenticator, secret_from_env
from desktop_app.core.auth.discovery import DiscoveryClient
from desktop_app.core.auth.jwks import JwksCache
from desktop_app.core.auth.service import AuthService
from desktop_app.core.auth.session import Session
from desktop_app.core.config import SANDBOX, AppConfig, Environment, load_config
from desktop_app.core.errors import AppError, ConfigError
from desktop_app.core.http import build_http_client
from desktop_app.core.paths import AppPaths
from desktop_app.core.tls.trust import build_ssl_context
from desktop_app.core.vault import KeyringVault, SessionVault

if TYPE_CHECKING:
    import httpx

    from desktop_app.sandbox import SandboxHandle, SandboxSettings

log = logging.getLogger(__name__)

SANDBOX_PORT_ENV = "DESKTOP_APP_SANDBOX_PORT"
SANDBOX_DIR_ENV = "DESKTOP_APP_SANDBOX_DIR"
CONFIG_ENV = "DESKTOP_APP_CONFIG"
DEFAULT_SANDBOX_PORT = 18443


@dataclass
class Services:
    """Everything a front end (GUI or CLI) needs for one environment. Built by :func:`build_services`."""

    config: AppConfig
    env: Environment
    paths: AppPaths
    http: httpx.Client
    session: Session
    auth: AuthService
    language: str
    sandbox: SandboxHandle | None = None
    _closers: list[Any] = field(default_factory=list)

    def close(self) -> None:
        """Release network clients and stop the sandbox this process started. Idempotent."""
        for closer in reversed(self._closers):
            try:
                closer()
            except Exception:  # closing must never mask the real outcome
                log.exception("error while closing")
        self._closers.clear()


def sandbox_settings(paths: AppPaths) -> SandboxSettings:
    from desktop_app.sandbox import SandboxSettings

    port = int(os.environ.get(SANDBOX_PORT_ENV, DEFAULT_SANDBOX_PORT))
    state_dir = Path(os.environ[SANDBOX_DIR_ENV]) if os.environ.get(SANDBOX_DIR_ENV) else paths.sandbox_dir
    return SandboxSettings(state_dir=state_dir, port=port)


def config_path(explicit: str | None, paths: AppPaths) -> tuple[Path, bool]:
    """The configuration file and whether it must exist (explicitly given) or is optional (default location)."""
    if explicit:
        return Path(explicit).expanduser(), True
    from_env = os.environ.get(CONFIG_ENV)
    if from_env:
        return Path(from_env).expanduser(), True
    return paths.config_file, False


def read_config(explicit: str | None, paths: AppPaths) -> AppConfig:
    from desktop_app.sandbox import describe

    path, must_exist = config_path(explicit, paths)
    return load_config(path, must_exist=must_exist, sandbox=describe(sandbox_settings(paths)))


def open_vault(paths: AppPaths) -> SessionVault:
    return KeyringVault(paths.data_dir)


def build_services(
    config: AppConfig,
    env_name: str | None,
    paths: AppPaths,
    *,
    language: str = "fr",
    vault: SessionVault | None = None,
    login_timeout: float | None = None,
) -> Services:
    """Build the services of one environment. No network, no keyring access, no sandbox start here (only the
    sandbox's test PKI is generated the very first time, so its CA can be trusted)."""
    env = config.environment(env_name)
    if env.mode == "proxy":
        raise ConfigError(
            f"environment {env.name!r}: the Proxy e-Santé architecture is not available in this version",
            code="config.proxy_unavailable",
            environment=env.name,
        )
    if login_timeout is not None:
        env = replace(env, login_timeout=login_timeout)
    if env.is_sandbox and env.ca_bundle is not None and not env.ca_bundle.exists():
        from desktop_app.sandbox import prepare

        prepare(sandbox_settings(paths))  # the test PKI, so that TLS to the sandbox can be trusted
    http = build_http_client(build_ssl_context(env.ca_bundle), timeout=env.http_timeout)
    session = Session(env.name, vault if vault is not None else open_vault(paths))
    client = ClientAuthenticator(
        env.client_id,
        env.client_auth,
        secret_from_env(env.client_secret_env) if env.client_secret_env else None,
    )
    auth = AuthService(
        env,
        session,
        http=http,
        discovery=DiscoveryClient(http, paths.cache_dir),
        jwks=JwksCache(http, paths.cache_dir),
        client=client,
        browser=BrowserLauncher(),
        language=language,
    )
    services = Services(config=config, env=env, paths=paths, http=http, session=session, auth=auth, language=language)
    # Closed in reverse order: browser waits are cancelled first, queued keyring writes finish last.
    services._closers += [session.close, http.close, auth.cancel_pending]
    return services


def ensure_sandbox(services: Services) -> None:
    """Start the embedded sandbox when the environment is ``sandbox`` and none is running (stopped on close).

    A sandbox already answering on the port (``desktop-app sandbox`` in another terminal, a test's) is reused.
    """
    if services.env.name != SANDBOX or services.sandbox is not None:
        return
    from desktop_app.sandbox import SandboxError, is_running, start_in_thread

    settings = sandbox_settings(services.paths)
    if is_running(settings):
        return
    try:
        handle = start_in_thread(settings)
    except SandboxError as exc:  # the sandbox cannot raise the core's errors: translate at the seam
        params = {k: v for k, v in exc.params.items() if isinstance(v, str | int | float)}
        raise AppError(str(exc), code=exc.code, **params) from None
    services.sandbox = handle
    services._closers.insert(0, handle.stop)


def main(argv: list[str]) -> int:
    from desktop_app.cli import run

    return run(argv)
