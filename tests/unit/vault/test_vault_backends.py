"""Backend choice and failures: refused backends, typed errors, and a bound on every keyring call."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import pytest
import secretstorage.exceptions
from keyring.backend import KeyringBackend
from keyring.errors import InitError, KeyringError, KeyringLocked, NoKeyringError, PasswordSetError

from desktop_app.core.errors import VaultError, VaultLocked, VaultTimeout, VaultUnavailable
from desktop_app.core.vault import KeyringVault, open_vault

from .keyrings import (
    CredWriteError,
    HangingKeyring,
    MemoryKeyring,
    NoPriorityKeyring,
    PlaintextFileKeyring,
    RaisingKeyring,
    UnusableKeyring,
)

TIMEOUT = 0.3


def _files(root: Path) -> list[Path]:
    return [path for path in root.rglob("*")] if root.exists() else []


# --- refused backends -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "backend",
    [
        keyring.backends.fail.Keyring(),
        keyring.backends.null.Keyring(),
        PlaintextFileKeyring(),
        NoPriorityKeyring(),
        UnusableKeyring(),
    ],
    ids=["fail", "null", "keyrings.alt", "priority-0", "priority-raises"],
)
def test_unacceptable_backends_refused(data_dir: Path, backend: KeyringBackend) -> None:
    vault = KeyringVault(data_dir, backend=backend, timeout=2.0)
    with pytest.raises(VaultUnavailable):
        vault.check()
    with pytest.raises(VaultUnavailable):
        vault.save("sandbox", "811111111111", {"refresh_token": "rt"})
    with pytest.raises(VaultUnavailable):
        vault.load_current("sandbox")
    assert _files(data_dir) == []  # no silent fallback of any kind
    assert isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring) or (
        backend.entries == {}  # type: ignore[attr-defined]
    )


def test_default_backend_comes_from_keyring(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: chosen)
    vault = open_vault(data_dir, timeout=2.0)
    vault.save("sandbox", "811111111111", {"refresh_token": "rt"})
    assert ("desktop-app", "sandbox/current") in chosen.entries
    assert vault.backend_name is not None
    assert vault.backend_name.endswith("MemoryKeyring")


@pytest.mark.parametrize(
    "outcome",
    [keyring.backends.fail.Keyring, FileNotFoundError(2, "No such file or directory"), NoKeyringError("x")],
    ids=["fail-backend-chosen", "dead-dbus-socket", "no-keyring"],
)
def test_default_backend_unusable(data_dir: Path, monkeypatch: pytest.MonkeyPatch, outcome: object) -> None:
    def get_keyring() -> KeyringBackend:
        if isinstance(outcome, Exception):
            raise outcome
        return outcome()  # type: ignore[operator, no-any-return]

    monkeypatch.setattr(keyring, "get_keyring", get_keyring)
    with pytest.raises(VaultUnavailable):
        open_vault(data_dir, timeout=2.0).check()


class _Chainer(keyring.backends.chainer.ChainerBackend):
    """keyring's ChainerBackend with given members (the real one discovers them process-wide)."""

    viable = False

    def __init__(self, members: list[KeyringBackend]) -> None:
        super().__init__()
        self._members = members

    @property
    def backends(self) -> list[KeyringBackend]:
        return self._members


def test_chainer_is_unwrapped_to_its_acceptable_member(data_dir: Path) -> None:
    plaintext, secure = PlaintextFileKeyring(), MemoryKeyring()
    vault = KeyringVault(data_dir, backend=_Chainer([plaintext, secure]), timeout=2.0)
    vault.save("sandbox", "811111111111", {"refresh_token": "rt"})
    assert plaintext.entries == {}
    assert ("desktop-app", "sandbox/current") in secure.entries


def test_chainer_of_only_plaintext_backends_refused(data_dir: Path) -> None:
    vault = KeyringVault(data_dir, backend=_Chainer([PlaintextFileKeyring()]), timeout=2.0)
    with pytest.raises(VaultUnavailable):
        vault.check()


# --- failures become typed errors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "expected", "code"),
    [
        (NoKeyringError("No recommended backend was available."), VaultUnavailable, "vault.unavailable"),
        (KeyringLocked("Failed to unlock the collection!"), VaultLocked, "vault.locked"),
        (InitError("Failed to create the collection: Prompt dismissed.."), VaultLocked, "vault.locked"),
        (InitError("Failed to create the collection: no such object."), VaultUnavailable, "vault.unavailable"),
        (secretstorage.exceptions.LockedException("Item is locked!"), VaultLocked, "vault.locked"),
        (secretstorage.exceptions.PromptDismissedException("Prompt dismissed."), VaultLocked, "vault.locked"),
        (secretstorage.exceptions.SecretServiceNotAvailableException("x"), VaultUnavailable, "vault.unavailable"),
        (ConnectionRefusedError(111, "Connection refused"), VaultUnavailable, "vault.unavailable"),
        (PasswordSetError("Failed to store"), VaultError, "vault.error"),
        (CredWriteError(1783, "CredWrite", "The stub received bad data."), VaultError, "vault.error"),
        (KeyringError("something else"), VaultError, "vault.error"),
    ],
)
def test_backend_errors_are_typed(data_dir: Path, error: Exception, expected: type[VaultError], code: str) -> None:
    vault = KeyringVault(data_dir, backend=RaisingKeyring(error), timeout=2.0)
    for operation in (vault.check, lambda: vault.load_current("sandbox"), lambda: vault.delete("sandbox")):
        with pytest.raises(VaultError) as caught:
            operation()
        assert type(caught.value) is expected
        assert caught.value.code == code
        assert caught.value.params["error_type"] == type(error).__name__
        assert caught.value.__cause__ is None  # the backend's text does not ride along
        assert caught.value.__context__ is None


def test_dbus_locked_error_is_locked(data_dir: Path) -> None:
    class DBusErrorResponse(Exception):
        __module__ = "jeepney.wrappers"

    error = DBusErrorResponse("[org.freedesktop.Secret.Error.IsLocked] Cannot get secret of a locked object")
    with pytest.raises(VaultLocked):
        KeyringVault(data_dir, backend=RaisingKeyring(error), timeout=2.0).load_current("sandbox")


def test_backend_error_text_never_reaches_the_error(data_dir: Path) -> None:
    """A backend that echoes what it was given must not leak the data key through our exception."""

    class EchoingKeyring(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise PasswordSetError(f"cannot store {password!r}")

    vault = KeyringVault(data_dir, backend=EchoingKeyring(), timeout=2.0)
    with pytest.raises(VaultError) as caught:
        vault.save("sandbox", "811111111111", {"refresh_token": "rt"})
    rendered = f"{caught.value} {caught.value.params} {caught.value.__cause__} {caught.value.__context__}"
    assert "A256GCM" not in rendered


# --- check() ---------------------------------------------------------------------------------------------


def test_check_leaves_no_entry(keyring_vault: KeyringVault, memory_keyring: MemoryKeyring) -> None:
    keyring_vault.check()
    assert memory_keyring.writes == 1
    assert memory_keyring.entries == {}


def test_check_detects_a_keyring_that_loses_data(data_dir: Path) -> None:
    class ForgetfulKeyring(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            value = super().get_password(service, username)
            return None if value is None else value[:-1]

    forgetful = ForgetfulKeyring()
    with pytest.raises(VaultError) as caught:
        KeyringVault(data_dir, backend=forgetful, timeout=2.0).check()
    assert caught.value.code == "vault.check_failed"
    assert forgetful.entries == {}


# --- a keyring that hangs --------------------------------------------------------------------------------


@pytest.fixture
def hanging() -> Iterator[HangingKeyring]:
    backend = HangingKeyring()
    yield backend
    backend.release.set()


def _vault_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "vault-keyring"]


def test_hanging_backend_times_out_without_piling_up_threads(data_dir: Path, hanging: HangingKeyring) -> None:
    threads_before = set(_vault_threads())
    vault = KeyringVault(data_dir, backend=hanging, timeout=TIMEOUT)
    for operation in (
        lambda: vault.save("sandbox", "811111111111", {"refresh_token": "rt"}),
        lambda: vault.load_current("sandbox"),
        vault.check,
        lambda: vault.delete("sandbox"),
    ):
        started = time.monotonic()
        with pytest.raises(VaultTimeout) as caught:
            operation()
        elapsed = time.monotonic() - started
        assert TIMEOUT * 0.9 <= elapsed < TIMEOUT + 0.5
        assert caught.value.code == "vault.timeout"
    assert len(set(_vault_threads()) - threads_before) == 1  # the stuck one, nothing more
    assert hanging.calls_started == 1  # calls queued behind it were dropped, not run late

    hanging.release.set()  # the keyring wakes up: the vault recovers, and nothing stale ran in between
    vault.save("sandbox", "811111111111", {"refresh_token": "rt"})
    assert vault.load_current("sandbox") == ("811111111111", {"refresh_token": "rt"})
    assert hanging.writes == 2  # key + pointer of the last save only


def test_hanging_backend_detection_times_out(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """keyring's auto-detection probes D-Bus; it is bounded too."""
    release = threading.Event()

    def slow_get_keyring() -> KeyringBackend:
        release.wait(30)
        return MemoryKeyring()

    monkeypatch.setattr(keyring, "get_keyring", slow_get_keyring)
    started = time.monotonic()
    try:
        with pytest.raises(VaultTimeout):
            open_vault(data_dir, timeout=TIMEOUT).check()
    finally:
        release.set()
    assert time.monotonic() - started < TIMEOUT + 0.5
