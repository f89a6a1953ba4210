"""Unreadable sessions (corrupt, moved, half-written) load as None, are wiped, and are logged without content."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop_app.core.vault import KeyringVault

from .conftest import make_session
from .keyrings import MemoryKeyring

SERVICE = "desktop-app"


def _blobs(data_dir: Path) -> set[Path]:
    folder = data_dir / "vault"
    return set(folder.glob("*.blob")) if folder.exists() else set()


def _assert_wiped(memory_keyring: MemoryKeyring, data_dir: Path, environment: str = "sandbox") -> None:
    assert (SERVICE, f"{environment}/current") not in memory_keyring.entries
    assert not any(username.startswith(environment + "/") for _, username in memory_keyring.entries)
    assert _blobs(data_dir) == set()


def test_corrupt_blob_is_none_and_cleaned(
    keyring_vault: KeyringVault, memory_keyring: MemoryKeyring, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    session = make_session(2000)
    keyring_vault.save("sandbox", "811111111111", session)
    (blob,) = _blobs(data_dir)
    data = bytearray(blob.read_bytes())
    data[40] ^= 0x01
    blob.write_bytes(bytes(data))
    with caplog.at_level(logging.DEBUG, logger="desktop_app"):
        assert keyring_vault.load_current("sandbox") is None
    _assert_wiped(memory_keyring, data_dir)
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1
    logged = caplog.text
    assert "sandbox" in warnings[0].getMessage()
    assert "811111111111" not in logged
    assert not any(value in logged for value in session.values() if len(value) > 20)


@pytest.mark.parametrize("content", [b"", b"DAV1", b"garbage that is long enough to hold a nonce and a tag!"])
def test_garbage_blob_is_none_and_cleaned(
    keyring_vault: KeyringVault, memory_keyring: MemoryKeyring, data_dir: Path, content: bytes
) -> None:
    keyring_vault.save("sandbox", "811111111111", {"refresh_token": "rt"})
    (blob,) = _blobs(data_dir)
    blob.write_bytes(content)
    assert keyring_vault.load_current("sandbox") is None
    _assert_wiped(memory_keyring, data_dir)


def test_blob_moved_to_another_practitioner_fails_authentication(
    keyring_vault: KeyringVault, memory_keyring: MemoryKeyring, data_dir: Path
) -> None:
    """Even with the same key copied along, the AAD binds the blob to its practitioner."""
    keyring_vault.save("sandbox", "822222222222", {"refresh_token": "victim"})
    (victim_blob,) = _blobs(data_dir)
    keyring_vault.save("sandbox", "811111111111", {"refresh_token": "attacker"})
    (attacker_blob,) = _blobs(data_dir) - {victim_blob}
    assert keyring_vault.load_current("sandbox") == ("811111111111", {"refresh_token": "attacker"})  # control

    victim_blob.write_bytes(attacker_blob.read_bytes())
    memory_keyring.entries[(SERVICE, "sandbox/822222222222")] = memory_keyring.entries[
        (SERVICE, "sandbox/811111111111")
    ]
    memory_keyring.entries[(SERVICE, "sandbox/current")] = "822222222222"
    assert keyring_vault.load_current("sandbox") is None
    assert victim_blob not in _blobs(data_dir)
    assert (SERVICE, "sandbox/822222222222") not in memory_keyring.entries


def test_blob_moved_to_another_environment_fails_authentication(
    keyring_vault: KeyringVault, memory_keyring: MemoryKeyring, data_dir: Path
) -> None:
    keyring_vault.save("psc-bas", "811111111111", {"refresh_token": "bas"})
    (bas_blob,) = _blobs(data_dir)
    keyring_vault.save("sandbox", "811111111111", {"refresh_token": "sandbox"})
    (sandbox_blob,) = _blobs(data_dir) - {bas_blob}
    bas_blob.write_bytes(sandbox_blob.read_bytes())
    memory_keyring.entries[(SERVICE, "psc-bas/811111111111")] = memory_keyring.entries[
        (SERVICE, "sandbox/811111111111")
    ]
    assert keyring_vault.load_current("psc-bas") is None
    assert keyring_vault.load_current("sandbox") == ("811111111111", {"refresh_token": "sandbox"})


def test_missing_key_with_blob_present(
    keyring_vault: KeyringVault, memory_keyring: MemoryKeyring, data_dir: Path
) -> None:
    keyring_vault.save("sandbox", "811111111111", {"refresh_token": "rt"})
    del memory_keyring.entries[(SERVICE, "sandbox/811111111111")]
    assert keyring_vault.load_current("sandbox") is None
    _assert_wiped(memory_keyring, data_dir)


def test_key_present_blob_missing(keyring_vault: KeyringVault, memory_keyring: MemoryKeyring, data_dir: Path) -> None:
    keyring_vault.save("sandbox", "811111111111", {"refresh_token": "rt"})
    (blob,) = _blobs(data_dir)
    blob.unlink()
    assert keyring_vault.load_current("sandbox") is None
    _assert_wiped(memory_keyring, data_dir)


def test_crash_after_new_key_before_blob(
    keyring_vault: KeyringVault, memory_keyring: MemoryKeyring, data_dir: Path
) -> None:
    """A key that does not match the blob (a write interrupted between the two) fails closed."""
    keyring_vault.save("sandbox", "811111111111", {"refresh_token": "rt"})
    memory_keyring.entries[(SERVICE, "sandbox/811111111111")] = "A256GCM." + "A" * 43
    assert keyring_vault.load_current("sandbox") is None
    _assert_wiped(memory_keyring, data_dir)


def test_unparsable_key_entry(keyring_vault: KeyringVault, memory_keyring: MemoryKeyring, data_dir: Path) -> None:
    keyring_vault.save("sandbox", "811111111111", {"refresh_token": "rt"})
    memory_keyring.entries[(SERVICE, "sandbox/811111111111")] = "A256GCM.short"
    assert keyring_vault.load_current("sandbox") is None
    _assert_wiped(memory_keyring, data_dir)


def test_pointer_without_session(keyring_vault: KeyringVault, memory_keyring: MemoryKeyring) -> None:
    memory_keyring.entries[(SERVICE, "sandbox/current")] = "811111111111"
    assert keyring_vault.load_current("sandbox") is None
    assert memory_keyring.entries == {}


def test_invalid_pointer(keyring_vault: KeyringVault, memory_keyring: MemoryKeyring) -> None:
    memory_keyring.entries[(SERVICE, "sandbox/current")] = "../../etc"
    assert keyring_vault.load_current("sandbox") is None
    assert memory_keyring.entries == {}
    keyring_vault.delete("sandbox")  # and deleting with such a pointer does not trip either
