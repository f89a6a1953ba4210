from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from desktop_app.core.vault import KeyringVault, MemoryVault, SessionVault

from .keyrings import MemoryKeyring


def make_session(total_chars: int) -> dict[str, str]:
    """A PSC-like session of about ``total_chars`` characters, every value random (so a leak is findable)."""
    third = max(total_chars // 3, 16)
    return {
        "refresh_token": "eyJ" + secrets.token_urlsafe(third)[: third - 3],
        "id_token": "eyJ" + secrets.token_urlsafe(third)[: third - 3],
        "access_token": "eyJ" + secrets.token_urlsafe(third)[: third - 3],
        "subject_name_id": "899700218896",
        "refresh_expires_at": "2030-01-01T00:00:00Z",
    }


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def keyring_vault(data_dir: Path, memory_keyring: MemoryKeyring) -> KeyringVault:
    return KeyringVault(data_dir, backend=memory_keyring, timeout=2.0)


@pytest.fixture(params=["keyring", "memory"])
def any_vault(request: pytest.FixtureRequest, keyring_vault: KeyringVault) -> SessionVault:
    """The behaviour every vault kind shares, checked against both."""
    if request.param == "keyring":
        return keyring_vault
    return MemoryVault()
