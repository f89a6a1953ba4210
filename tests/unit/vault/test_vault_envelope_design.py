"""Why envelope encryption: a 12 KB session through a Windows-capped keyring, one small entry per session."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop_app.core.vault import KeyringVault

from .conftest import make_session
from .keyrings import CappedKeyring, CredWriteError, MemoryKeyring

_KEY_ENTRY = re.compile(r"A256GCM\.[A-Za-z0-9_-]{43}")


def test_capped_keyring_really_enforces_the_windows_limit() -> None:
    """The fake must bite, or the next test proves nothing: a 12 KB session does not fit in one entry."""
    capped = CappedKeyring()
    with pytest.raises(CredWriteError):
        capped.set_password("desktop-app", "sandbox/811111111111", json.dumps(make_session(12_000)))
    capped.set_password("desktop-app", "sandbox/811111111111", "x" * 1280)  # 2,560 bytes in UTF-16: accepted
    with pytest.raises(CredWriteError):
        capped.set_password("desktop-app", "sandbox/811111111111", "x" * 1281)


def test_twelve_kilobyte_session_through_capped_keyring(data_dir: Path) -> None:
    capped = CappedKeyring()
    vault = KeyringVault(data_dir, backend=capped, timeout=2.0)
    session = make_session(12_000)
    assert len(json.dumps(session)) > 12_000
    vault.save("psc-bas", "899700218896", session)
    assert vault.load_current("psc-bas") == ("899700218896", session)
    assert max(len(value.encode("utf-16-le")) for value in capped.entries.values()) < 200


def test_keyring_holds_only_a_data_key_and_the_pointer(
    keyring_vault: KeyringVault, memory_keyring: MemoryKeyring
) -> None:
    session = make_session(3000)
    keyring_vault.save("sandbox", "811111111111", session)
    assert set(memory_keyring.entries) == {("desktop-app", "sandbox/811111111111"), ("desktop-app", "sandbox/current")}
    assert _KEY_ENTRY.fullmatch(memory_keyring.entries[("desktop-app", "sandbox/811111111111")])
    assert memory_keyring.entries[("desktop-app", "sandbox/current")] == "811111111111"
    stored = " ".join(memory_keyring.entries.values())
    assert not any(value in stored for value in session.values() if len(value) > 20)


def test_refresh_reuses_the_key_and_rewrites_only_the_blob(
    keyring_vault: KeyringVault, memory_keyring: MemoryKeyring, data_dir: Path
) -> None:
    keyring_vault.save("sandbox", "811111111111", {"refresh_token": "rt-1"})
    assert memory_keyring.writes == 2  # key + pointer
    key_before = dict(memory_keyring.entries)
    (blob_path,) = (data_dir / "vault").glob("*.blob")
    blob_before = blob_path.read_bytes()
    keyring_vault.save("sandbox", "811111111111", {"refresh_token": "rt-1"})
    assert memory_keyring.writes == 2
    assert memory_keyring.entries == key_before
    assert blob_path.read_bytes() != blob_before  # fresh nonce, even for identical content
    assert keyring_vault.load_current("sandbox") == ("811111111111", {"refresh_token": "rt-1"})


def test_restarted_app_reads_the_session(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    session = make_session(5000)
    KeyringVault(data_dir, backend=memory_keyring).save("sandbox", "811111111111", session)
    restarted = KeyringVault(data_dir, backend=memory_keyring)
    assert restarted.load_current("sandbox") == ("811111111111", session)


def test_service_name_isolates_vaults(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    KeyringVault(data_dir, backend=memory_keyring).save("sandbox", "811111111111", {"refresh_token": "rt"})
    other = KeyringVault(data_dir, service="another-app", backend=memory_keyring)
    assert other.load_current("sandbox") is None


def test_delete_wipes_key_blob_and_pointer(
    keyring_vault: KeyringVault, memory_keyring: MemoryKeyring, data_dir: Path
) -> None:
    keyring_vault.save("sandbox", "811111111111", make_session(2000))
    keyring_vault.delete("sandbox")
    assert memory_keyring.entries == {}
    assert list((data_dir / "vault").iterdir()) == []


def test_new_sign_in_after_delete_gets_a_new_key(keyring_vault: KeyringVault, memory_keyring: MemoryKeyring) -> None:
    keyring_vault.save("sandbox", "811111111111", {"refresh_token": "rt"})
    first_key = memory_keyring.entries[("desktop-app", "sandbox/811111111111")]
    keyring_vault.delete("sandbox")
    keyring_vault.save("sandbox", "811111111111", {"refresh_token": "rt"})
    assert memory_keyring.entries[("desktop-app", "sandbox/811111111111")] != first_key


def test_unparsable_key_is_replaced_on_save(keyring_vault: KeyringVault, memory_keyring: MemoryKeyring) -> None:
    memory_keyring.entries[("desktop-app", "sandbox/811111111111")] = "not a key"
    keyring_vault.save("sandbox", "811111111111", {"refresh_token": "rt"})
    assert _KEY_ENTRY.fullmatch(memory_keyring.entries[("desktop-app", "sandbox/811111111111")])
    assert keyring_vault.load_current("sandbox") == ("811111111111", {"refresh_token": "rt"})
