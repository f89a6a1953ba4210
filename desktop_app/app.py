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

from desktop_app.core.api.api_client import ApiCaller
from desktop_app.core.api.connections import ClientPool
from desktop_app.core.api.token_exchange import TokenExchanger
from desktop_app.core.auth.browser import BrowserLauncher
from desktop_app.core.auth.client_auth import ClientAuthenticator, secret_from_env
from desktop_app.core.auth.discovery import DiscoveryClient
from desktop_app.core.auth.jwks import JwksCache
from desktop_app.core.auth.service import AuthService
from desktop_app.core.auth.session import Session, SessionStatus
from desktop_app.core.config import AppConfig, Environment, load_config
from desktop_app.core.errors import AppError, ConfigError
from desktop_app.core.http import build_http_client
from desktop_app.core.paths import AppPaths
from desktop_app.core.tls.credential_set import CredentialSet
from desktop_app.core.tls.credentials import Pkcs11Worker
from desktop_app.core.tls.pin import EnvPinProvider
from desktop_app.core.tls.trust import build_ssl_context
from desktop_app.core.vault import KeyringVault, SessionVault

if TYPE_CHECKING:
    import httpx

    from desktop_app.core.tls.credentials import Credential
    from desktop_app.core.tls.pin import PinProvider
    from desktop_app.sandbox import SandboxHandle, SandboxSettings

log = logging.getLogger(__name__)

SANDBOX_PORT_ENV = "DESKTOP_APP_SANDBOX_PORT"
SANDBOX_DIR_ENV = "DESKTOP_APP_SANDBOX_DIR"
CONFIG_ENV = "DESKTOP_APP_CONFIG"
DEFAULT_SANDBOX_PORT = 18443
SOFTHSM2_CONF_ENV = "SOFTHSM2_CONF"


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
    credentials: CredentialSet
    pool: ClientPool
    exchanger: TokenExchanger
    api: ApiCaller
    active_credential: str | None = None
    sandbox: SandboxHandle | None = None
    _closers: list[Any] = field(default_factory=list)

    def choose_credential(self, name: str) -> None:
        """Use ``name`` for API calls for the rest of the session (``ConfigError`` if it is not configured)."""
        self.credentials.config(name)
        self.active_credential = name

    def credential(self, name: str | None = None) -> Credential:
        """The credential ``name``, else the active one (cheap, no I/O); ``ConfigError`` when there is none."""
        chosen = name or self.active_credential
        if not chosen:
            raise ConfigError(
                f"environment {self.env.name!r}: no credential is chosen for API calls",
                code="config.no_credential",
                environment=self.env.name,
            )
        return self.credentials.get(chosen)

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
    """The configuration: built-in environments (the sandbox described by itself), its credentials (a .p12 and a
    SoftHSM card), then the file, whose tables win."""
    from desktop_app.sandbox import describe_credentials, describe_environments

    path, must_exist = config_path(explicit, paths)
    settings = sandbox_settings(paths)
    return load_config(
        path,
        must_exist=must_exist,
        sandbox=describe_environments(settings),
        builtin_credentials=describe_credentials(settings),
    )


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
    pin_provider: PinProvider | None = None,
) -> Services:
    """Build the services of one environment. No network, no keyring access, no sandbox start here (only the
    sandbox's test PKI is generated the very first time, so its CA can be trusted).

    ``pin_provider`` answers the credentials' password and PIN requests: the CLI passes the environment variables
    then the terminal, the GUI its dialog; by default only the ``*_env`` variables are read (non-interactive).
    """
    env = config.environment(env_name)
    if env.mode == "proxy":
        raise ConfigError(
            f"environment {env.name!r}: the Proxy e-Santé architecture is not available in this version",
            code="config.proxy_unavailable",
            environment=env.name,
        )
    if env.client_auth == "tls_client_auth" and not env.credential:
        raise ConfigError(
            f"environment {env.name!r}: client_auth = tls_client_auth needs a credential",
            code="config.no_credential",
            environment=env.name,
        )
    if login_timeout is not None:
        env = replace(env, login_timeout=login_timeout)
    if config.is_sandbox(env):
        _prepare_sandbox_trust(env, paths)
    http = build_http_client(build_ssl_context(env.ca_bundle), timeout=env.http_timeout)
    session = Session(env.name, vault if vault is not None else open_vault(paths))
    credentials = CredentialSet(config.credentials, pin_provider or EnvPinProvider(), Pkcs11Worker())
    pool = ClientPool(timeout=env.http_timeout)
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
        # RFC 8705 §2: the token endpoint (and the resource servers of bound tokens) see the environment's
        # certificate; built at first use, so that its password or PIN is asked on a worker thread.
        mtls_http=(lambda: pool.client(credentials.get(env.credential), env.ca_bundle)) if client.uses_mtls else None,
    )
    exchanger = TokenExchanger(pool, client_id=env.client_id, subject_token=auth.access_token, ca_bundle=env.ca_bundle)
    services = Services(
        config=config,
        env=env,
        paths=paths,
        http=http,
        session=session,
        auth=auth,
        language=language,
        credentials=credentials,
        pool=pool,
        exchanger=exchanger,
        api=ApiCaller(env, pool, exchanger),
        active_credential=env.credential or None,
    )

    def forget_api_tokens(status: SessionStatus) -> None:
        if not status.signed_in:  # signed out, or the PSC session is over: its API tokens go with it
            exchanger.drop()

    unsubscribe = session.subscribe(forget_api_tokens)
    # Closed in reverse order: browser waits are cancelled first, queued keyring writes finish last.
    services._closers += [session.close, credentials.close, http.close, pool.close, unsubscribe, auth.cancel_pending]
    return services


def _prepare_sandbox_trust(env: Environment, paths: AppPaths) -> None:
    """The sandbox's test PKI (generated the very first time, so that its CA can be trusted), and its soft card's
    SoftHSM configuration for this process (an explicit ``SOFTHSM2_CONF`` wins: SoftHSM reads one per process)."""
    from desktop_app.sandbox import softhsm_conf

    settings = sandbox_settings(paths)
    if env.ca_bundle is not None and not env.ca_bundle.exists():
        from desktop_app.sandbox import prepare

        prepare(settings)
    os.environ.setdefault(SOFTHSM2_CONF_ENV, str(softhsm_conf(settings)))


def ensure_sandbox(services: Services) -> None:
    """Start the embedded sandbox when the environment is ``sandbox`` and none is running (stopped on close).

    A sandbox already answering on the port (``desktop-app sandbox`` in another terminal, a test's) is reused.
    """
    if not services.config.is_sandbox(services.env) or services.sandbox is not None:
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
