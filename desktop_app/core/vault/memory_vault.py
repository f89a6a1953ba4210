"""The memory-only vault: the session lives in this process and dies with it.

It is what the app offers when the OS keyring is unavailable or locked, instead of writing secrets anywhere
on disk (the plaintext fallback some apps ship, and this one refuses). It follows the same rules as the
keyring vault, name checks included, so switching between the two changes nothing but persistence.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

from desktop_app.core.vault._slots import check_environment, check_practitioner, copy_secrets


class MemoryVault:
    """A :class:`~desktop_app.core.vault.protocol.SessionVault` that writes nothing, anywhere."""

    kind: str = "memory"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sessions: dict[tuple[str, str], dict[str, str]] = {}
        self._current: dict[str, str] = {}

    def save(self, environment: str, practitioner: str, secrets: Mapping[str, str]) -> None:
        check_environment(environment)
        check_practitioner(practitioner)
        values = copy_secrets(secrets)
        with self._lock:
            previous = self._current.get(environment)
            if previous is not None and previous != practitioner:
                self._sessions.pop((environment, previous), None)  # one session per environment
            self._sessions[(environment, practitioner)] = values
            self._current[environment] = practitioner

    def load_current(self, environment: str) -> tuple[str, dict[str, str]] | None:
        check_environment(environment)
        with self._lock:
            practitioner = self._current.get(environment)
            if practitioner is None:
                return None
            values = self._sessions.get((environment, practitioner))
            if values is None:
                del self._current[environment]
                return None
            return practitioner, dict(values)

    def delete(self, environment: str, practitioner: str | None = None) -> None:
        check_environment(environment)
        if practitioner is not None:
            check_practitioner(practitioner)
        with self._lock:
            current = self._current.get(environment)
            target = practitioner if practitioner is not None else current
            if target is not None:
                self._sessions.pop((environment, target), None)
            if current is not None and current == target:
                del self._current[environment]
