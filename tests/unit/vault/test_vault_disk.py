"""What reaches the disk: ciphertext only, 0600 files in a 0700 folder, replaced atomically."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop_app.core.errors import VaultError
from desktop_app.core.vault import KeyringVault

from .conftest import make_session

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes; Windows relies on the profile's ACL")


def _all_bytes(root: Path) -> bytes:
    return b"".join(path.read_bytes() for path in root.rglob("*") if path.is_file())


def test_no_plaintext_on_disk(keyring_vault: KeyringVault, data_dir: Path) -> None:
    session = make_session(12_000)
    for round_number in range(3):
        session["refresh_token"] = session["refresh_token"][:-1] + str(round_number)
        keyring_vault.save("psc-bas", "899700218896", session)
    on_disk = _all_bytes(data_dir)
    assert len(on_disk) > 12_000  # the blob is there...
    for value in session.values():
        assert value.encode() not in on_disk  # ...but none of the values, not even the practitioner id
    names = " ".join(str(path.relative_to(data_dir)) for path in data_dir.rglob("*"))
    assert "899700218896" not in names
    assert "psc-bas" not in names
    assert [path.suffix for path in (data_dir / "vault").iterdir()] == [".blob"]  # no temporary file left


@posix_only
def test_file_and_folder_modes(keyring_vault: KeyringVault, data_dir: Path) -> None:
    previous = os.umask(0)  # the most permissive umask must not loosen anything
    try:
        keyring_vault.save("sandbox", "811111111111", {"refresh_token": "rt"})
    finally:
        os.umask(previous)
    folder = data_dir / "vault"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    (blob,) = folder.iterdir()
    assert stat.S_IMODE(blob.stat().st_mode) == 0o600


@posix_only
def test_existing_open_folder_is_tightened(keyring_vault: KeyringVault, data_dir: Path) -> None:
    folder = data_dir / "vault"
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    keyring_vault.save("sandbox", "811111111111", {"refresh_token": "rt"})
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_failed_replace_keeps_the_previous_session(
    keyring_vault: KeyringVault, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring_vault.save("sandbox", "811111111111", {"refresh_token": "old"})

    def refuse(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(VaultError) as caught:
        keyring_vault.save("sandbox", "811111111111", {"refresh_token": "new"})
    monkeypatch.undo()
    assert caught.value.code == "vault.file_error"
    assert "new" not in str(caught.value.params)
    assert keyring_vault.load_current("sandbox") == ("811111111111", {"refresh_token": "old"})
    assert [path.suffix for path in (data_dir / "vault").iterdir()] == [".blob"]


def test_unwritable_data_dir_is_a_vault_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data dir should be")
    from .keyrings import MemoryKeyring

    vault = KeyringVault(blocker, backend=MemoryKeyring())
    with pytest.raises(VaultError) as caught:
        vault.save("sandbox", "811111111111", {"refresh_token": "rt"})
    assert caught.value.code == "vault.file_error"
