"""The memory-only vault: same behaviour (see test_vault_contract), but nothing leaves the process."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from desktop_app.core.vault import MemoryVault

from .conftest import make_session


def test_memory_vault_writes_nothing_and_never_touches_the_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "TMPDIR"):
        monkeypatch.setenv(variable, str(tmp_path))
    monkeypatch.chdir(tmp_path)

    def no_keyring() -> None:
        raise AssertionError("MemoryVault must not use the OS keyring")

    monkeypatch.setattr(keyring, "get_keyring", no_keyring)
    vault = MemoryVault()
    session = make_session(12_000)
    vault.save("sandbox", "811111111111", session)
    assert vault.load_current("sandbox") == ("811111111111", session)
    vault.delete("sandbox")
    assert vault.load_current("sandbox") is None
    assert list(tmp_path.iterdir()) == []


def test_memory_vault_forgets_with_the_process() -> None:
    first = MemoryVault()
    first.save("sandbox", "811111111111", {"refresh_token": "rt"})
    assert MemoryVault().load_current("sandbox") is None
