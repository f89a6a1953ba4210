"""What every vault kind must do: the SessionVault contract, run against KeyringVault and MemoryVault."""

from __future__ import annotations

import threading

import pytest

from desktop_app.core.errors import VaultError
from desktop_app.core.vault import KeyringVault, MemoryVault, SessionVault

from .conftest import make_session


def test_round_trip(any_vault: SessionVault) -> None:
    session = make_session(1500)
    any_vault.save("psc-bas", "899700218896", session)
    assert any_vault.load_current("psc-bas") == ("899700218896", session)


def test_nothing_stored_is_none(any_vault: SessionVault) -> None:
    assert any_vault.load_current("psc-bas") is None


def test_save_replaces_whole_session(any_vault: SessionVault) -> None:
    any_vault.save("sandbox", "899700218896", {"refresh_token": "old", "id_token": "old-id"})
    any_vault.save("sandbox", "899700218896", {"refresh_token": "new"})
    assert any_vault.load_current("sandbox") == ("899700218896", {"refresh_token": "new"})


def test_current_pointer_is_per_environment(any_vault: SessionVault) -> None:
    any_vault.save("sandbox", "811111111111", {"refresh_token": "sandbox-rt"})
    any_vault.save("psc-bas", "822222222222", {"refresh_token": "bas-rt"})
    assert any_vault.load_current("sandbox") == ("811111111111", {"refresh_token": "sandbox-rt"})
    assert any_vault.load_current("psc-bas") == ("822222222222", {"refresh_token": "bas-rt"})
    any_vault.delete("sandbox")
    assert any_vault.load_current("sandbox") is None
    assert any_vault.load_current("psc-bas") == ("822222222222", {"refresh_token": "bas-rt"})


def test_a_new_practitioner_replaces_the_previous_session(any_vault: SessionVault) -> None:
    any_vault.save("sandbox", "811111111111", {"refresh_token": "first"})
    any_vault.save("sandbox", "822222222222", {"refresh_token": "second"})
    assert any_vault.load_current("sandbox") == ("822222222222", {"refresh_token": "second"})
    # One session per environment: the first practitioner's is gone, deleting the current one leaves nothing.
    any_vault.delete("sandbox")
    assert any_vault.load_current("sandbox") is None
    # Signing the first one in again makes it current, with its new session only.
    any_vault.save("sandbox", "811111111111", {"refresh_token": "again"})
    assert any_vault.load_current("sandbox") == ("811111111111", {"refresh_token": "again"})


def test_replaced_session_leaves_no_key_and_no_blob(keyring_vault: KeyringVault, memory_keyring, data_dir) -> None:  # type: ignore[no-untyped-def]
    keyring_vault.save("sandbox", "811111111111", {"refresh_token": "first"})
    keyring_vault.save("sandbox", "822222222222", {"refresh_token": "second"})
    usernames = {username for _, username in memory_keyring.entries}
    assert usernames == {"sandbox/822222222222", "sandbox/current"}
    assert len(list((data_dir / "vault").glob("*.blob"))) == 1


def test_delete_current_forgets_pointer_and_is_idempotent(any_vault: SessionVault) -> None:
    any_vault.save("sandbox", "811111111111", {"refresh_token": "rt"})
    any_vault.delete("sandbox")
    assert any_vault.load_current("sandbox") is None
    any_vault.delete("sandbox")
    any_vault.delete("sandbox", "811111111111")
    any_vault.delete("never-used")
    assert any_vault.load_current("sandbox") is None


def test_delete_named_current_practitioner_forgets_pointer(any_vault: SessionVault) -> None:
    any_vault.save("sandbox", "811111111111", {"refresh_token": "rt"})
    any_vault.delete("sandbox", "811111111111")
    assert any_vault.load_current("sandbox") is None


def test_deleted_session_does_not_come_back(any_vault: SessionVault) -> None:
    any_vault.save("sandbox", "811111111111", {"refresh_token": "first"})
    any_vault.save("sandbox", "822222222222", {"refresh_token": "second"})
    any_vault.delete("sandbox", "811111111111")
    any_vault.delete("sandbox")
    assert any_vault.load_current("sandbox") is None


def test_loaded_dict_is_a_copy(any_vault: SessionVault) -> None:
    any_vault.save("sandbox", "811111111111", {"refresh_token": "rt"})
    loaded = any_vault.load_current("sandbox")
    assert loaded is not None
    loaded[1]["refresh_token"] = "mutated"
    assert any_vault.load_current("sandbox") == ("811111111111", {"refresh_token": "rt"})


@pytest.mark.parametrize(
    ("environment", "practitioner", "field"),
    [
        ("a/b", "811111111111", "environment"),
        ("", "811111111111", "environment"),
        ("sandbox", "81/1", "practitioner"),
        ("sandbox", "current", "practitioner"),
        ("sandbox", "8111\n", "practitioner"),
        ("sandbox", "", "practitioner"),
        ("sandbox", "x" * 201, "practitioner"),
    ],
)
def test_ambiguous_names_refused(any_vault: SessionVault, environment: str, practitioner: str, field: str) -> None:
    with pytest.raises(VaultError) as caught:
        any_vault.save(environment, practitioner, {"refresh_token": "rt"})
    assert caught.value.code == "vault.invalid_name"
    assert caught.value.params == {"field": field}


def test_non_string_secrets_refused(any_vault: SessionVault) -> None:
    with pytest.raises(TypeError):
        any_vault.save("sandbox", "811111111111", {"expires_in": 120})  # type: ignore[dict-item]
    assert any_vault.load_current("sandbox") is None


def test_kinds() -> None:
    assert KeyringVault.kind == "keyring"
    assert MemoryVault.kind == "memory"


def test_concurrent_saves_and_loads_stay_consistent(any_vault: SessionVault) -> None:
    """The session refreshes from worker threads: interleaved operations never mix two sessions."""
    errors: list[BaseException] = []
    practitioners = [f"8{index:011d}" for index in range(6)]

    def worker(practitioner: str) -> None:
        try:
            for round_number in range(15):
                any_vault.save("sandbox", practitioner, {"refresh_token": f"{practitioner}:{round_number}"})
                loaded = any_vault.load_current("sandbox")
                assert loaded is not None
                owner, values = loaded
                assert values["refresh_token"].startswith(owner + ":")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(practitioner,)) for practitioner in practitioners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    loaded = any_vault.load_current("sandbox")
    assert loaded is not None
    assert loaded[1] == {"refresh_token": f"{loaded[0]}:14"}
