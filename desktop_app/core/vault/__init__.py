"""Session secrets at rest: the OS keyring, never plaintext on disk, never a silent fallback.

Public API (everything else in this package is private)::

    SessionVault   the protocol the session code depends on (kind, save, load_current, delete)
    KeyringVault   persistent: AES-256-GCM data key in the OS keyring, sealed blob under <data_dir>/vault
    MemoryVault    process-only, offered when the keyring is unavailable; writes nothing
    open_vault     builds the app's KeyringVault

The design and threat model are in ``docs/vault.md``.
"""

from desktop_app.core.vault.keyring_vault import KeyringVault, open_vault
from desktop_app.core.vault.memory_vault import MemoryVault
from desktop_app.core.vault.protocol import SessionVault

__all__ = ["KeyringVault", "MemoryVault", "SessionVault", "open_vault"]
