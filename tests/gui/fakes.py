"""Fake services for GUI tests: the shape of ``desktop_app.app.Services``, with no network and no keyring.

They behave like the real ones where the GUI can tell: the session calls its listeners on the thread that
changed it (a worker), ``attempt.wait()`` blocks a worker until the test completes or cancels it, and the
browser verdict arrives from another thread. Tests drive them: ``attempt.complete()``, ``attempt.fail(...)``,
``session.keyring_error = VaultLocked(...)``.

For the credentials page and the API console, ``FakeServices`` carries a ``FakeCredentialSet``
(``tests/gui/fake_credentials.py``) and a ``FakeApiCaller`` (``tests/gui/fake_api.py``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop_app.core.auth.identity import Identity, identity_from_userinfo
from desktop_app.core.auth.session import SessionState, SessionStatus
from desktop_app.core.config import ApiConfig
from desktop_app.core.errors import AppError, AuthFlowError, ConfigError, VaultError
from tests.gui.fake_api import FakeApiCaller, sandbox_apis
from tests.gui.fake_credentials import FakeCredentialSet

WAIT_LIMIT = 10.0  # a forgotten attempt never hangs the suite


def practitioner_userinfo() -> dict[str, Any]:
    """A fictional practitioner with two professions and three places of practice (not real ANS data)."""

    def activity(mode: str, name: str, **extra: str) -> dict[str, str]:
        return {"codeModeExercice": mode, "raisonSocialeSite": name, **extra}

    return {
        "sub": "f:test:ZED0001",
        "SubjectNameID": "899999990017",
        "given_name": "Camille",
        "family_name": "Fictive",
        "SubjectRefPro": {
            "codeCivilite": "MME",
            "exercices": [
                {
                    "codeProfession": "10",
                    "codeCiviliteDexercice": "DR",
                    "codeSavoirFaire": "SM54",
                    "activities": [
                        activity(
                            "L",
                            "CABINET DES TILLEULS",
                            numeroSiretSite="99999999900011",
                            numeroVoie="12",
                            codeTypeDeVoie="R",
                            libelleVoie="DES TILLEULS",
                            codePostal="99001",
                        ),
                        activity("S", "CENTRE HOSPITALIER DE TEST", numeroFinessSite="999000017", codePostal="99002"),
                    ],
                },
                {
                    "codeProfession": "60",
                    "activities": [activity("B", "ASSOCIATION DE SOINS FICTIVE")],
                },
                {"codeProfession": "99"},
            ],
        },
    }


def practitioner() -> Identity:
    return identity_from_userinfo(practitioner_userinfo())


@dataclass
class FakeEnvironment:
    name: str = "sandbox"
    mode: str = "direct"
    client_id: str = "desktop-app"
    apis: Mapping[str, ApiConfig] = field(default_factory=sandbox_apis)
    ca_bundle: Path | None = None


@dataclass
class FakeConfig:
    environments: Mapping[str, object] = field(default_factory=lambda: {"sandbox": None, "psc-bas": None})


@dataclass(frozen=True)
class FakeSignOutReport:
    revoked: bool
    idp_session_ended: bool


class FakeSession:
    """The state half. ``keyring_error``: what the keyring raises (None: it works)."""

    def __init__(self, environment: str = "sandbox", *, clock: Callable[[], float] = time.time) -> None:
        self.environment = environment
        self._clock = clock
        self.kind = "keyring"
        self.keyring_error: VaultError | None = None
        self.stored: SessionStatus | None = None  # what resume() finds "in the keyring"
        self._status = SessionStatus(environment, storage=self.kind)
        self._listeners: list[Callable[[SessionStatus], None]] = []
        self.calls: list[str] = []

    @property
    def status(self) -> SessionStatus:
        return self._status

    @property
    def vault_kind(self) -> str:
        return self.kind

    def subscribe(self, listener: Callable[[SessionStatus], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def resume(self) -> SessionStatus:
        self.calls.append("resume")
        if self.keyring_error is not None and self.kind == "keyring":
            raise self.keyring_error
        return self._set(self.stored or SessionStatus(self.environment, storage=self.kind))

    def signed_in(self, identity: Identity, *, auth_mode: str = "CARD", lifetime: float = 120.0) -> SessionStatus:
        now = self._clock()
        storage, reason = self._persist()
        return self._set(
            SessionStatus(
                self.environment,
                SessionState.SIGNED_IN,
                identity=identity,
                auth_mode=auth_mode,
                acr="eidas1",
                access_token_expires_at=now + lifetime,
                refresh_token_expires_at=now + 1800,
                signed_in_at=now,
                storage=storage,
                reason=reason,
            )
        )

    def require_sign_in(self, reason: str) -> SessionStatus:
        return self._set(
            SessionStatus(
                self.environment,
                SessionState.SIGN_IN_REQUIRED,
                identity=self._status.identity,
                storage=self.kind,
                reason=reason,
            )
        )

    def clear(self) -> SessionStatus:
        self.calls.append("clear")
        return self._set(SessionStatus(self.environment, storage=self.kind))

    def retry_persist(self) -> SessionStatus:
        self.calls.append("retry_persist")
        storage, reason = self._persist()
        return self._set(replace(self._status, storage=storage, reason=reason))

    def use_memory_only(self) -> SessionStatus:
        self.calls.append("use_memory_only")
        self.kind = "memory"
        return self._set(replace(self._status, storage="memory", reason=None))

    def _persist(self) -> tuple[str, str | None]:
        if self.kind == "keyring" and self.keyring_error is not None:
            return "unsaved", self.keyring_error.code
        return self.kind, None

    def _set(self, status: SessionStatus) -> SessionStatus:
        self._status = status
        for listener in list(self._listeners):
            listener(status)
        return status


class FakeAttempt:
    """One browser sign-in; ``wait()`` blocks until :meth:`complete`, :meth:`fail` or :meth:`cancel`."""

    def __init__(self, session: FakeSession, identity: Identity, *, browser_ok: bool = True, seconds: float = 300.0):
        self.url = "http://127.0.0.1:18444/auth?client_id=desktop-app&state=one-time&nonce=one-time"
        self.deadline = time.monotonic() + seconds
        self.browser_ok = browser_ok
        self.browser_opens = 0
        self.cancelled = False
        self._session = session
        self._identity = identity
        self._outcome: Identity | AppError | None = None
        self._done = threading.Event()

    def open_browser(self, on_result: Callable[[bool], None] | None = None) -> None:
        self.browser_opens += 1
        if on_result is not None:
            threading.Thread(target=on_result, args=(self.browser_ok,), daemon=True).start()

    def complete(self) -> None:
        self._conclude(self._identity)

    def fail(self, error: AppError) -> None:
        self._conclude(error)

    def cancel(self) -> None:
        self.cancelled = True
        self._conclude(AuthFlowError("cancelled", code="auth.cancelled"))

    def wait(self) -> SessionStatus:
        if not self._done.wait(WAIT_LIMIT):
            raise AuthFlowError("test attempt never concluded", code="auth.timeout")
        outcome = self._outcome
        if isinstance(outcome, AppError):
            raise outcome
        assert outcome is not None
        return self._session.signed_in(outcome)

    def _conclude(self, outcome: Identity | AppError) -> None:
        if self._outcome is None:
            self._outcome = outcome
        self._done.set()


class FakeAuthService:
    """The network half. ``begin_error``: what begin_sign_in raises; ``attempts``: every attempt made."""

    def __init__(self, session: FakeSession, identity: Identity | None = None) -> None:
        self.session = session
        self.identity = identity or practitioner()
        self.begin_error: Exception | None = None
        self.browser_ok = True
        self.attempts: list[FakeAttempt] = []
        self.begin_gate: threading.Event | None = None  # set by a test to hold begin_sign_in on the worker
        self.sign_outs: list[bool] = []

    def begin_sign_in(self, *, open_browser: bool = True) -> FakeAttempt:
        if self.begin_gate is not None:
            self.begin_gate.wait(WAIT_LIMIT)
        if self.begin_error is not None:
            raise self.begin_error
        attempt = FakeAttempt(self.session, self.identity, browser_ok=self.browser_ok)
        self.attempts.append(attempt)
        if open_browser:
            attempt.open_browser()
        return attempt

    def sign_out(self, *, end_idp_session: bool = True, open_browser: bool = True) -> FakeSignOutReport:
        self.sign_outs.append(end_idp_session)
        self.session.clear()
        return FakeSignOutReport(revoked=True, idp_session_ended=end_idp_session and open_browser)

    def refresh_if_due(self) -> SessionStatus:
        return self.session.status

    def next_refresh_at(self) -> float | None:
        return None


class FakeServices:
    """``desktop_app.app.Services``' shape for one environment."""

    def __init__(self, environment: str = "sandbox", *, mode: str = "direct", names: tuple[str, ...] = ()) -> None:
        self.env = FakeEnvironment(environment, mode)
        self.config = FakeConfig({name: None for name in (names or ("sandbox", "psc-bas"))})
        self.session = FakeSession(environment)
        self.auth = FakeAuthService(self.session)
        self.credentials = FakeCredentialSet.sandbox()
        self.api = FakeApiCaller()
        self.active_credential: str | None = "sandbox-structure"
        self.chosen: list[str] = []
        self.closed = False

    def choose_credential(self, name: str) -> None:
        self.credentials.config(name)  # ConfigError for an unknown name, like the real one
        self.chosen.append(name)
        self.active_credential = name

    def close(self) -> None:
        self.closed = True


class FakeProvider:
    """Opens :class:`FakeServices` per environment (built once each), records what it was asked."""

    def __init__(self, *services: FakeServices, default: str | None = None) -> None:
        self.services = {s.env.name: s for s in services} or {"sandbox": FakeServices()}
        self.default = default or next(iter(self.services))
        self.opened: list[str] = []
        self.prepared: list[str] = []
        self.open_error: Exception | None = None
        self.prepare_error: Exception | None = None

    def open(self, environment: str | None) -> FakeServices:
        name = environment or self.default
        self.opened.append(name)
        if self.open_error is not None:
            raise self.open_error
        if name not in self.services:
            raise ConfigError(f"unknown environment {name!r}", code="config.unknown_environment", environment=name)
        services = self.services[name]
        services.closed = False
        return services

    def prepare(self, services: Any) -> None:
        self.prepared.append(services.env.name)
        if self.prepare_error is not None:
            raise self.prepare_error
