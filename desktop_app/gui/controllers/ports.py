"""What the GUI's controllers need from the core, as structural types.

The composition root's :class:`desktop_app.app.Services` satisfies these, and so do the fakes of
``tests/gui``: the controllers depend on the shape, not on the concrete services, which is also what lets
the window appear before the heavy core modules are imported (everything here is ``TYPE_CHECKING`` only).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from pathlib import Path

    from desktop_app.core.api.api_client import ApiResponse
    from desktop_app.core.auth.session import SessionStatus
    from desktop_app.core.config import ApiConfig, CredentialConfig
    from desktop_app.core.tls.credentials import Credential, Pkcs11Worker


class SessionPort(Protocol):
    """The state half: :class:`desktop_app.core.auth.session.Session`."""

    @property
    def status(self) -> SessionStatus: ...

    @property
    def vault_kind(self) -> str: ...

    def subscribe(self, listener: Callable[[SessionStatus], None]) -> Callable[[], None]: ...

    def resume(self) -> SessionStatus: ...

    def retry_persist(self) -> SessionStatus: ...

    def use_memory_only(self) -> SessionStatus: ...


class AttemptPort(Protocol):
    """One browser sign-in: :class:`desktop_app.core.auth.service.SignInAttempt`."""

    @property
    def url(self) -> str: ...

    @property
    def deadline(self) -> float: ...

    def open_browser(self, on_result: Callable[[bool], None] | None = None) -> None: ...

    def cancel(self) -> None: ...

    def wait(self) -> SessionStatus: ...


class SignOutReportPort(Protocol):
    @property
    def revoked(self) -> bool: ...

    @property
    def idp_session_ended(self) -> bool: ...


class AuthPort(Protocol):
    """The network half: :class:`desktop_app.core.auth.service.AuthService`."""

    def begin_sign_in(self, *, open_browser: bool = True) -> AttemptPort: ...

    def sign_out(self, *, end_idp_session: bool = True, open_browser: bool = True) -> SignOutReportPort: ...

    def refresh_if_due(self) -> SessionStatus: ...

    def next_refresh_at(self) -> float | None: ...


class EnvironmentPort(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def mode(self) -> str: ...

    @property
    def client_id(self) -> str: ...

    @property
    def apis(self) -> Mapping[str, ApiConfig]: ...

    @property
    def ca_bundle(self) -> Path | None: ...


class ConfigPort(Protocol):
    @property
    def environments(self) -> Mapping[str, object]: ...


class CredentialSetPort(Protocol):
    """The configured credentials: :class:`desktop_app.core.tls.credential_set.CredentialSet`.

    ``names``/``config``/``add``/``remove`` touch memory only; ``get(...).certificate()`` and everything
    about tokens does I/O and runs in tasks.
    """

    def names(self) -> list[str]: ...

    def config(self, name: str) -> CredentialConfig: ...

    def get(self, name: str) -> Credential: ...

    def add(self, config: CredentialConfig) -> None: ...

    def remove(self, name: str) -> None: ...

    def forget_all(self) -> None: ...

    @property
    def worker(self) -> Pkcs11Worker:
        """The app's one PKCS#11 thread: PIN-less card listings run on it too."""
        ...


class ApiCallerPort(Protocol):
    """:class:`desktop_app.core.api.api_client.ApiCaller`: bearer + mTLS with the chosen credential."""

    def call(
        self,
        api: ApiConfig,
        credential: Credential,
        method: str,
        path_or_url: str,
        *,
        json_body: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        on_chunk: Callable[[bytes], None] | None = None,
    ) -> ApiResponse: ...


class ServicesPort(Protocol):
    """One environment's services: :class:`desktop_app.app.Services`."""

    @property
    def config(self) -> ConfigPort: ...

    @property
    def env(self) -> EnvironmentPort: ...

    @property
    def session(self) -> SessionPort: ...

    @property
    def auth(self) -> AuthPort: ...

    @property
    def credentials(self) -> CredentialSetPort: ...

    @property
    def api(self) -> ApiCallerPort: ...

    @property
    def active_credential(self) -> str | None: ...

    def choose_credential(self, name: str) -> None: ...

    def close(self) -> None: ...


class RefreshSchedulerPort(Protocol):
    """The background refresher: :class:`desktop_app.core.auth.refresh_scheduler.RefreshScheduler`."""

    def start(self) -> None: ...

    def poke(self) -> None: ...

    def stop(self, timeout: float = 5.0) -> None: ...


class ServicesProvider(Protocol):
    """Builds services; both methods block (config file, sandbox start) and run on worker threads."""

    def open(self, environment: str | None) -> ServicesPort:
        """Read the configuration (once) and build the services of ``environment`` (None: the default)."""
        ...

    def prepare(self, services: ServicesPort) -> None:
        """Make the environment usable: start the embedded sandbox when it is the sandbox environment."""
        ...
