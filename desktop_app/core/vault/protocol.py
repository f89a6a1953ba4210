"""What the rest of the app needs from a session vault, whichever kind it is.

Two kinds exist: ``"keyring"`` (:class:`~desktop_app.core.vault.keyring_vault.KeyringVault`, the session
survives a restart) and ``"memory"`` (:class:`~desktop_app.core.vault.memory_vault.MemoryVault`, offered when
no usable keyring exists; the GUI shows a visible indicator because the user will sign in again next time).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol


class SessionVault(Protocol):
    """Keeps one session's secrets per ``(environment, practitioner)`` and who is current per environment."""

    kind: str

    def save(self, environment: str, practitioner: str, secrets: Mapping[str, str]) -> None:
        """Replace what is stored for ``(environment, practitioner)`` and make it the environment's current one.

        An environment holds one session: a different practitioner's previous session is wiped.
        """
        ...

    def load_current(self, environment: str) -> tuple[str, dict[str, str]] | None:
        """``(practitioner, secrets)`` of the environment's current session, or None (none, or unreadable)."""
        ...

    def delete(self, environment: str, practitioner: str | None = None) -> None:
        """Wipe a session (None: the current one) and forget the pointer to it; idempotent."""
        ...
