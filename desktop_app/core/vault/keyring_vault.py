"""The persistent vault: a data key per session in the OS keyring, the sealed session in a 0600 file.

Why envelope encryption rather than the whole session in the keyring (see ``docs/vault.md``): a PSC session
(refresh token, ID token, metadata) is several kilobytes and Windows Credential Manager refuses any blob over
2,560 bytes. Chunking would need a dozen entries per session, written without atomicity; instead each
session has one 51-character keyring entry (its AES-256-GCM key) whatever its size, the blob is replaced
atomically on disk, and sign-out is crypto-shredding: once the key is deleted, any copy of the blob left in
a backup, a snapshot or an SSD's spare blocks is noise.

Keyring entries (service ``desktop-app``): ``"<environment>/<practitioner>"`` holds the data key,
``"<environment>/current"`` the practitioner signed in there. Writes happen in this order: key (only on a
session's first save: refreshes reuse it), blob, pointer. A crash between any two leaves either the previous
state or a session that fails authentication and is discarded on the next load: never wrong data, never
plaintext.

Every keyring call runs on one worker thread and each public operation has one deadline (``timeout``), so a
hung keyring surfaces as :class:`VaultTimeout` instead of freezing a sign-in or a token refresh. Instances
are thread-safe: the session refreshes from worker threads while the GUI may sign out.
"""

from __future__ import annotations

import contextlib
import logging
import secrets as _random
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

import keyring.errors
from keyring.backend import KeyringBackend

from desktop_app.core.errors import VaultError, VaultTimeout
from desktop_app.core.vault import _envelope
from desktop_app.core.vault._blob_store import BlobStore
from desktop_app.core.vault._bounded import BoundedCaller
from desktop_app.core.vault._keyring_backend import backend_name, resolve_backend, translate
from desktop_app.core.vault._slots import (
    check_environment,
    check_practitioner,
    copy_secrets,
    current_username,
    is_valid_practitioner,
    key_username,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_SERVICE = "desktop-app"
_PROBE_USERNAME = "vault-check"  # no "/": cannot collide with a session's entries


class KeyringVault:
    """A :class:`~desktop_app.core.vault.protocol.SessionVault` backed by the OS keyring (kind ``"keyring"``)."""

    kind: str = "keyring"

    def __init__(
        self,
        data_dir: Path,
        *,
        service: str = DEFAULT_SERVICE,
        backend: KeyringBackend | None = None,
        timeout: float = 5.0,
    ) -> None:
        """Cheap: no I/O here. The backend is resolved (and refused if unacceptable) on first use."""
        self._store = BlobStore(data_dir)
        self._service = service
        self._requested_backend = backend
        self._backend: KeyringBackend | None = None
        self._timeout = timeout
        self._caller = BoundedCaller("vault-keyring")
        self._lock = threading.RLock()

    @property
    def backend_name(self) -> str | None:
        """``module.Class`` of the backend in use, once resolved (for ``doctor``); None before."""
        return None if self._backend is None else backend_name(self._backend)

    def check(self) -> None:
        """Probe the keyring with a throwaway entry: write, read back, delete.

        Raises :class:`VaultUnavailable`, :class:`VaultLocked`, :class:`VaultTimeout` or :class:`VaultError`.
        Used by ``doctor`` and at start-up, where a failure offers the memory-only mode.
        """
        with self._lock:
            calls = self._calls()
            probe = _random.token_urlsafe(16)
            calls.set(_PROBE_USERNAME, probe)
            try:
                if calls.get(_PROBE_USERNAME) != probe:
                    raise VaultError("the OS keyring did not return what was just stored", code="vault.check_failed")
            except BaseException:
                with contextlib.suppress(VaultError):
                    calls.delete(_PROBE_USERNAME)
                raise
            calls.delete(_PROBE_USERNAME)
            self._store.ensure_directory()

    def save(self, environment: str, practitioner: str, secrets: Mapping[str, str]) -> None:
        check_environment(environment)
        check_practitioner(practitioner)
        values = copy_secrets(secrets)
        with self._lock:
            calls = self._calls()
            key = self._existing_key(calls, environment, practitioner)
            if key is None:
                key = _envelope.new_key()
                calls.set(key_username(environment, practitioner), _envelope.encode_key(key))
            self._store.write(environment, practitioner, _envelope.seal(key, environment, practitioner, values))
            previous = calls.get(current_username(environment))
            if previous != practitioner:
                calls.set(current_username(environment), practitioner)
                if previous is not None and is_valid_practitioner(previous):
                    self._wipe(calls, environment, previous)  # one session per environment: the old one goes
            log.debug("vault: session saved for environment %r", environment)

    def load_current(self, environment: str) -> tuple[str, dict[str, str]] | None:
        check_environment(environment)
        with self._lock:
            calls = self._calls()
            practitioner = calls.get(current_username(environment))
            if practitioner is None:
                return None
            if not is_valid_practitioner(practitioner):
                self._discard(calls, environment, None, "the current pointer is not a valid id")
                return None
            encoded_key = calls.get(key_username(environment, practitioner))
            blob = self._store.read(environment, practitioner)
            if encoded_key is None or blob is None:
                missing = "key" if blob is not None else "blob" if encoded_key is not None else "key and blob"
                self._discard(calls, environment, practitioner, f"the session's {missing} is missing")
                return None
            try:
                values = _envelope.open_blob(_envelope.decode_key(encoded_key), environment, practitioner, blob)
            except _envelope.UnreadableBlob as exc:
                self._discard(calls, environment, practitioner, exc.reason)
                return None
            return practitioner, values

    def delete(self, environment: str, practitioner: str | None = None) -> None:
        check_environment(environment)
        if practitioner is not None:
            check_practitioner(practitioner)
        with self._lock:
            calls = self._calls()
            current = calls.get(current_username(environment))
            target = practitioner if practitioner is not None else current
            if target is not None and is_valid_practitioner(target):
                self._wipe(calls, environment, target)
            if current is not None and (practitioner is None or current == practitioner):
                calls.delete(current_username(environment))
            log.debug("vault: session deleted for environment %r", environment)

    def _existing_key(self, calls: _KeyringCalls, environment: str, practitioner: str) -> bytes | None:
        """The session's data key when one is stored and well-formed (refreshes reuse it)."""
        encoded = calls.get(key_username(environment, practitioner))
        if encoded is None:
            return None
        try:
            return _envelope.decode_key(encoded)
        except _envelope.UnreadableBlob:
            return None  # replaced by a fresh key; the old blob is overwritten anyway

    def _wipe(self, calls: _KeyringCalls, environment: str, practitioner: str) -> None:
        """Delete the blob, then the key; try both even if the first fails (either alone makes it unreadable)."""
        try:
            self._store.delete(environment, practitioner)
        except VaultError:
            calls.delete(key_username(environment, practitioner))
            raise
        calls.delete(key_username(environment, practitioner))

    def _discard(self, calls: _KeyringCalls, environment: str, practitioner: str | None, reason: str) -> None:
        log.warning("vault: discarding the unreadable session of environment %r: %s", environment, reason)
        if practitioner is not None:
            self._wipe(calls, environment, practitioner)
        calls.delete(current_username(environment))

    def _calls(self) -> _KeyringCalls:
        """The keyring, for one public operation: every call in it shares one deadline."""
        deadline = time.monotonic() + self._timeout
        if self._backend is None:
            requested = self._requested_backend
            self._backend = _bounded(self._caller, lambda: resolve_backend(requested), deadline, self._timeout)
        return _KeyringCalls(self._caller, self._backend, self._service, deadline, self._timeout)


class _KeyringCalls:
    """get / set / delete on the backend, each bounded by the operation's deadline and translated."""

    def __init__(
        self, caller: BoundedCaller, backend: KeyringBackend, service: str, deadline: float, timeout: float
    ) -> None:
        self._caller = caller
        self._backend = backend
        self._service = service
        self._deadline = deadline
        self._timeout = timeout

    def get(self, username: str) -> str | None:
        return self._run(lambda: self._backend.get_password(self._service, username))

    def set(self, username: str, value: str) -> None:
        self._run(lambda: self._backend.set_password(self._service, username, value))

    def delete(self, username: str) -> None:
        """Idempotent: backends raise ``PasswordDeleteError`` for a missing entry, so check it is really gone."""
        try:
            self._run(lambda: self._delete_raw(username))
        except _DeleteRefused:
            refused = True
        else:
            refused = False
        if refused and self.get(username) is not None:
            raise VaultError("the OS keyring refused to delete an entry", code="vault.delete_failed")

    def _delete_raw(self, username: str) -> None:
        try:
            self._backend.delete_password(self._service, username)
        except keyring.errors.PasswordDeleteError:
            refused = True
        else:
            refused = False
        if refused:
            raise _DeleteRefused

    def _run(self, function: Callable[[], T]) -> T:
        return _bounded(self._caller, function, self._deadline, self._timeout)


class _DeleteRefused(Exception):
    """``PasswordDeleteError``: usually "no such entry", which an idempotent delete accepts."""


def _bounded(caller: BoundedCaller, function: Callable[[], T], deadline: float, timeout: float) -> T:
    failure: VaultError
    try:
        return caller.call(function, deadline=deadline)
    except _DeleteRefused:
        raise
    except TimeoutError:
        failure = VaultTimeout(f"the OS keyring did not answer within {timeout:g} s", timeout=timeout)
    except Exception as exc:
        failure = translate(exc)
    # Raised outside the handler on purpose: the backend's exception must not ride along as __context__.
    raise failure


def open_vault(data_dir: Path, *, backend: KeyringBackend | None = None, timeout: float = 5.0) -> KeyringVault:
    """The app's keyring vault under ``data_dir`` (service ``desktop-app``). No I/O until first use."""
    return KeyringVault(data_dir, backend=backend, timeout=timeout)
