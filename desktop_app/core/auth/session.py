"""The practitioner's session: sign-in result, refresh, persistence, sign-out.

State machine::

    signed_out ──sign-in──▶ signed_in ──refresh fails / refresh token or IdP session expired──▶ sign_in_required
        ▲                      │                                                                  │
        └──────sign-out────────┴───────────────────────────sign-in────────────────────────────────┘

- **One refresh at a time** (RFC 6749 §6, and PSC rotates refresh tokens): a lock around "check, refresh,
  store"; threads that need a token while a refresh runs wait for it and then use its result.
- **Proactive**: a token is refreshed once it has less than its margin left (``TokenSet.refresh_margin``:
  min(60 s, 20 % of the lifetime) — 24 s for PSC's 2-minute tokens), so a token handed out is still valid when
  it reaches the API. :class:`~desktop_app.core.auth.refresh_scheduler.RefreshScheduler` does it in the background.
- **Nothing lost** when the session ends: the identity stays visible with state ``sign_in_required`` so the GUI
  can say who must sign in again, and what the user was doing is the GUI's to keep.
- **Persisted** in the vault (OS keyring) per environment and practitioner, by one background writer so that
  neither sign-in nor refresh waits for the keyring; resumed on restart; wiped before sign-out returns. Nothing
  secret goes anywhere else. If the keyring refuses, the session stays usable in memory and the status says so
  (``storage = "unsaved"``) so the GUI can offer to retry or to continue in memory only.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from desktop_app.core.auth.id_token import IdTokenClaims
from desktop_app.core.auth.identity import Identity, identity_from_userinfo
from desktop_app.core.auth.tokens import Clock, TokenSet, system_clock
from desktop_app.core.errors import ProtocolError, SignInRequired, TokenValidationError, VaultError
from desktop_app.core.vault import MemoryVault, SessionVault

log = logging.getLogger(__name__)

# OAuth errors from the token endpoint that mean "this grant is over, sign in again" (RFC 6749 §5.2).
GRANT_OVER_ERRORS = frozenset({"invalid_grant", "unauthorized_client", "invalid_token"})


class SessionState(StrEnum):
    SIGNED_OUT = "signed_out"
    SIGNED_IN = "signed_in"
    SIGN_IN_REQUIRED = "sign_in_required"


@dataclass(frozen=True)
class SessionStatus:
    """A plain-data snapshot for the GUI and ``status --json``: never a token."""

    environment: str
    state: SessionState = SessionState.SIGNED_OUT
    identity: Identity | None = None
    auth_mode: str | None = None
    acr: str | None = None
    access_token_expires_at: float | None = None
    refresh_token_expires_at: float | None = None
    signed_in_at: float | None = None
    storage: str = "keyring"  # "keyring" | "memory" (chosen) | "unsaved" (the keyring refused; memory for now)
    reason: str | None = None  # error code that led to sign_in_required / unsaved storage

    @property
    def signed_in(self) -> bool:
        return self.state is SessionState.SIGNED_IN


Listener = Callable[[SessionStatus], None]


@dataclass(frozen=True)
class _Current:
    """What the session holds while signed in (immutable: replaced wholesale under the lock)."""

    tokens: TokenSet
    id_claims: IdTokenClaims
    userinfo: dict[str, Any]
    signed_in_at: float


class Session:
    """One environment's session. Thread-safe; every method that may do I/O is documented as such."""

    def __init__(self, environment: str, vault: SessionVault, *, clock: Clock = system_clock) -> None:
        self.environment = environment
        self._vault = vault
        self._clock = clock
        self._lock = threading.RLock()
        self._current: _Current | None = None
        self._status = SessionStatus(environment, storage=vault.kind)
        self._listeners: list[Listener] = []
        self._writes = ThreadPoolExecutor(max_workers=1, thread_name_prefix="session-vault")  # in order, FIFO

    # ----------------------------------------------------------------- observation (no I/O)
    @property
    def status(self) -> SessionStatus:
        return self._status

    @property
    def vault_kind(self) -> str:
        return self._vault.kind

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(status)`` after every change (on the thread that made it). Returns an unsubscribe."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def current_tokens(self) -> TokenSet | None:
        """The held token set (for the refresher and the sign-out); ``None`` when not signed in."""
        current = self._current
        return current.tokens if current else None

    def id_claims(self) -> IdTokenClaims | None:
        current = self._current
        return current.id_claims if current else None

    # ----------------------------------------------------------------- transitions
    def resume(self) -> SessionStatus:
        """Reload the environment's session from the vault (keyring I/O; no network)."""
        record = self._vault.load_current(self.environment)
        if record is None:
            return self._set(SessionStatus(self.environment, storage=self._vault.kind))
        practitioner, secrets = record
        try:
            current = _decode(secrets)
        except (ProtocolError, TokenValidationError, KeyError, ValueError, TypeError):
            log.warning("stored session for %s is unreadable; discarding it", self.environment)
            self._vault.delete(self.environment, practitioner)
            return self._set(SessionStatus(self.environment, storage=self._vault.kind))
        with self._lock:
            self._current = current
        if not current.tokens.refresh_valid(self._clock()) and not current.tokens.access_valid(self._clock()):
            return self.require_sign_in("session.expired")
        return self._set(self._status_for(current, storage=self._vault.kind))

    def signed_in(self, tokens: TokenSet, id_claims: IdTokenClaims, userinfo: dict[str, Any]) -> SessionStatus:
        """Record a completed sign-in; the keyring write follows in the background (see :meth:`flush`)."""
        current = _Current(tokens=tokens, id_claims=id_claims, userinfo=userinfo, signed_in_at=self._clock())
        with self._lock:
            self._current = current
        status = self._set(self._status_for(current, storage=self._vault.kind))
        self._save_later(current)
        return status

    def tokens_refreshed(self, tokens: TokenSet, id_claims: IdTokenClaims | None) -> SessionStatus:
        """Record a refresh's result; the keyring write follows in the background. Called under :meth:`refresh_lock`."""
        with self._lock:
            old = self._current
            if old is None:
                raise SignInRequired("signed out during the refresh")
            current = replace(old, tokens=tokens, id_claims=id_claims or old.id_claims)
            self._current = current
        previous = self._status
        storage, reason = (
            (previous.storage, previous.reason) if previous.storage == "unsaved" else (self._vault.kind, None)
        )
        status = self._set(self._status_for(current, storage=storage, reason=reason))
        self._save_later(current)
        return status

    def require_sign_in(self, reason: str) -> SessionStatus:
        """The grant is over (refresh refused, session expired): drop the secrets, keep who it was (keyring I/O)."""
        with self._lock:
            current, self._current = self._current, None
        self._wipe_vault()
        identity = _identity_or_none(current.userinfo) if current else self._status.identity
        return self._set(
            SessionStatus(
                self.environment,
                SessionState.SIGN_IN_REQUIRED,
                identity=identity,
                storage=self._vault.kind,
                reason=reason,
            )
        )

    def clear(self) -> tuple[_Current | None, SessionStatus]:
        """Sign-out's local half: forget everything, wiped from the keyring before this returns (keyring I/O).

        Returns what was held, for revocation."""
        with self._lock:
            current, self._current = self._current, None
        self._wipe_vault()
        return current, self._set(SessionStatus(self.environment, storage=self._vault.kind))

    def use_memory_only(self) -> SessionStatus:
        """The user chose to keep the session in memory only (keyring unavailable or locked)."""
        with self._lock:
            self._vault = MemoryVault()
            current = self._current
        if current is None:
            return self._set(replace(self._status, storage="memory", reason=None))
        self._set(self._status_for(current, storage="memory"))
        self._save_later(current)
        self.flush()
        return self._status

    def retry_persist(self) -> SessionStatus:
        """Try the keyring again after it refused; returns once the attempt is over (keyring I/O)."""
        current = self._current
        if current is not None:
            self._save_later(current)
            self.flush()
        return self._status

    def close(self) -> None:
        """Finish the queued keyring writes and stop the writer thread (the services are closing)."""
        self._writes.shutdown(wait=True)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every queued keyring write is done (the CLI before exiting, the app when closing)."""
        try:
            self._writes.submit(lambda: None).result(timeout)
        except FuturesTimeout:
            return False
        return True

    @property
    def refresh_lock(self) -> threading.RLock:
        """Held by whoever refreshes, so that only one refresh runs at a time (see module docstring)."""
        return self._lock

    # ----------------------------------------------------------------- internals
    def _save_later(self, current: _Current) -> None:
        """Queue the keyring write. Sign-in and refresh do not wait for the keyring (a Secret Service round trip
        costs ~10 ms, an unlock prompt much more): callers waiting for a fresh token under the refresh lock would
        wait for it too. One writer thread keeps the writes in order; a failure shows as ``storage = "unsaved"``."""
        self._writes.submit(self._save_now, current)

    def _save_now(self, current: _Current) -> None:
        if self._current is not current:
            return  # superseded by a newer state (queued after this one) or signed out: nothing to keep
        storage, reason = self._persist(current)
        if self._current is current and (storage, reason) != (self._status.storage, self._status.reason):
            self._set(replace(self._status, storage=storage, reason=reason))

    def _persist(self, current: _Current) -> tuple[str, str | None]:
        practitioner = _identity_or_none(current.userinfo)
        key = practitioner.subject_name_id if practitioner else current.id_claims.sub
        try:
            self._vault.save(self.environment, key, _encode(current))  # replaces the environment's previous one
        except VaultError as exc:
            log.warning("the session could not be saved in the keyring: %s", exc.code)
            return "unsaved", exc.code
        return self._vault.kind, None

    def _wipe_vault(self) -> None:
        """Delete the stored session, after any queued write (same writer thread), and wait for it."""

        def wipe() -> None:
            try:
                self._vault.delete(self.environment)
            except VaultError as exc:
                log.warning("the stored session could not be wiped: %s", exc.code)

        self._writes.submit(wipe).result()

    def _status_for(self, current: _Current, *, storage: str, reason: str | None = None) -> SessionStatus:
        mode = current.id_claims.raw.get("authMode")
        return SessionStatus(
            environment=self.environment,
            state=SessionState.SIGNED_IN,
            identity=_identity_or_none(current.userinfo),
            auth_mode=mode if isinstance(mode, str) else None,
            acr=current.id_claims.acr,
            access_token_expires_at=current.tokens.access_expires_at if current.tokens.access_token else None,
            refresh_token_expires_at=current.tokens.refresh_expires_at,
            signed_in_at=current.signed_in_at,
            storage=storage,
            reason=reason,
        )

    def _set(self, status: SessionStatus) -> SessionStatus:
        self._status = status
        for listener in list(self._listeners):
            try:
                listener(status)
            except Exception:  # a broken listener must not break the session
                log.exception("session listener failed")
        return status


def _identity_or_none(userinfo: dict[str, Any]) -> Identity | None:
    try:
        return identity_from_userinfo(userinfo)
    except ProtocolError:
        return None


# The vault stores strings: tokens as they are, everything else in one JSON "meta" entry.
def _encode(current: _Current) -> dict[str, str]:
    tokens = current.tokens
    meta = {
        "access_expires_at": tokens.access_expires_at,
        "access_lifetime": tokens.access_lifetime,
        "refresh_expires_at": tokens.refresh_expires_at,
        "scope": tokens.scope,
        "id_claims": dict(current.id_claims.raw),
        "userinfo": current.userinfo,
        "signed_in_at": current.signed_in_at,
    }
    return {
        "access_token": tokens.access_token,
        "refresh_token": tokens.refresh_token or "",
        "id_token": tokens.id_token,
        "meta": json.dumps(meta, separators=(",", ":")),
    }


def _decode(secrets: dict[str, str]) -> _Current:
    meta = json.loads(secrets["meta"])
    tokens = TokenSet(
        access_token=secrets.get("access_token", ""),
        access_expires_at=float(meta["access_expires_at"]),
        access_lifetime=float(meta["access_lifetime"]),
        id_token=secrets["id_token"],
        refresh_token=secrets.get("refresh_token") or None,
        refresh_expires_at=None if meta.get("refresh_expires_at") is None else float(meta["refresh_expires_at"]),
        scope=str(meta.get("scope", "")),
    )
    return _Current(
        tokens=tokens,
        id_claims=IdTokenClaims.from_claims(meta["id_claims"]),
        userinfo=dict(meta["userinfo"]),
        signed_in_at=float(meta["signed_in_at"]),
    )
