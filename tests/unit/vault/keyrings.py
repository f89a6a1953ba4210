"""Fake keyring backends for the vault's unit tests (model: keyring/testing/backend.py).

All of them set ``viable = False`` so that keyring's own auto-detection, which registers every subclass of
``KeyringBackend``, never picks them for another test in the same process. The vault does not look at
``viable``: it is handed these backends explicitly.
"""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

WINDOWS_BLOB_CAP_BYTES = 2560  # CRED_MAX_CREDENTIAL_BLOB_SIZE (keyring issue #540)


class MemoryKeyring(KeyringBackend):
    """Entries in a dict; deleting a missing entry raises like the real backends do."""

    priority = 1
    viable = False

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.writes = 0

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.writes += 1
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise PasswordDeleteError("No such password!") from None


class CredWriteError(Exception):
    """What pywin32-ctypes raises from ``CredWrite`` for an oversized blob: ``pywintypes.error`` (not OSError)."""


class CappedKeyring(MemoryKeyring):
    """Refuses a password whose UTF-16 encoding exceeds 2,560 bytes, as Windows Credential Manager does."""

    def set_password(self, service: str, username: str, password: str) -> None:
        if len(password.encode("utf-16-le")) > WINDOWS_BLOB_CAP_BYTES:
            raise CredWriteError(1783, "CredWrite", "The stub received bad data.")
        super().set_password(service, username, password)


class HangingKeyring(MemoryKeyring):
    """Every call blocks until ``release`` is set (a D-Bus service that never answers)."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.calls_started = 0

    def _hang(self) -> None:
        self.calls_started += 1
        self.release.wait(30)

    def get_password(self, service: str, username: str) -> str | None:
        self._hang()
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._hang()
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._hang()
        super().delete_password(service, username)


class RaisingKeyring(MemoryKeyring):
    """Every call raises the given exception (a locked collection, a missing daemon…)."""

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


class PlaintextFileKeyring(MemoryKeyring):
    """Stands for a keyrings.alt backend (PlaintextKeyring and friends): refused by module name."""

    __module__ = "keyrings.alt.file"


class NoPriorityKeyring(MemoryKeyring):
    """A backend keyring itself would never choose (priority 0)."""

    priority = 0


class UnusableKeyring(MemoryKeyring):
    """A backend whose priority raises, keyring's way of saying "cannot work on this system"."""

    @property
    def priority(self) -> float:  # type: ignore[override]
        raise RuntimeError("The Secret Service daemon is neither running nor activatable through D-Bus")
