"""The vault against the REAL Secret Service (gnome-keyring on a private D-Bus), and without any bus at all.

Run through ``tools/keyring-session.sh`` (``make test`` does): it provides a throwaway, unlocked gnome-keyring
in a private D-Bus session and sets ``PYTHON_KEYRING_BACKEND`` to the Secret Service backend. The tests that
write to the keyring refuse to run outside it, so they never touch a developer's own keyring. The no-bus and
locked-keyring cases run the app's code in a subprocess with its own environment.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import keyring
import pytest
import secretstorage

from desktop_app.core.vault import KeyringVault, open_vault

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
SECRET_SERVICE_BACKEND = "keyring.backends.SecretService.Keyring"


@pytest.fixture
def service() -> Iterator[str]:
    """A keyring service name of this test's own, on the private Secret Service; cleaned up afterwards."""
    if not os.environ.get("DESKTOP_APP_TEST_ROOT") or os.environ.get("PYTHON_KEYRING_BACKEND") != (
        SECRET_SERVICE_BACKEND
    ):
        pytest.fail(
            "run through tools/keyring-session.sh (make test): these tests need its private Secret Service "
            "and refuse to write to your own keyring"
        )
    name = f"desktop-app-test-{secrets.token_hex(4)}"
    yield name
    for username in _items(name):
        keyring.get_keyring().delete_password(name, username)


def _items(service: str) -> list[str]:
    """Usernames of the Secret Service items stored for ``service``, read with secretstorage directly."""
    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        return sorted(item.get_attributes()["username"] for item in collection.search_items({"service": service}))


def _secret_of(service: str, username: str) -> bytes:
    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        (item,) = collection.search_items({"service": service, "username": username})
        return item.get_secret()


def _session(total_chars: int) -> dict[str, str]:
    third = total_chars // 3
    return {
        "refresh_token": "eyJ" + secrets.token_urlsafe(third)[: third - 3],
        "id_token": "eyJ" + secrets.token_urlsafe(third)[: third - 3],
        "access_token": "eyJ" + secrets.token_urlsafe(third)[: third - 3],
        "subject_name_id": "899700218896",
    }


def _disk_bytes(root: Path) -> bytes:
    return b"".join(path.read_bytes() for path in root.rglob("*") if path.is_file()) if root.exists() else b""


@pytest.mark.parametrize("size", [1_500, 12_000, 100_000], ids=["1.5KB", "12KB", "100KB"])
def test_session_round_trip_survives_restart_and_delete_wipes_it(tmp_path: Path, service: str, size: int) -> None:
    data_dir = tmp_path / "data"
    session = _session(size)
    first = KeyringVault(data_dir, service=service)  # backend chosen by keyring: the Secret Service
    first.save("psc-bas", "899700218896", session)
    assert first.backend_name == SECRET_SERVICE_BACKEND

    assert _items(service) == ["psc-bas/899700218896", "psc-bas/current"]
    assert len(_secret_of(service, "psc-bas/899700218896")) == 51  # one small key, whatever the session's size
    assert _secret_of(service, "psc-bas/current") == b"899700218896"
    on_disk = _disk_bytes(data_dir)
    assert len(on_disk) > size
    assert not any(value.encode() in on_disk for value in session.values())

    restarted = KeyringVault(data_dir, service=service)
    assert restarted.load_current("psc-bas") == ("899700218896", session)

    restarted.delete("psc-bas")
    assert _items(service) == []
    assert list((data_dir / "vault").iterdir()) == []
    assert KeyringVault(data_dir, service=service).load_current("psc-bas") is None


def test_default_service_and_check(tmp_path: Path, service: str) -> None:
    """The app's own entry names (service ``desktop-app``), and a probe that leaves nothing behind."""
    vault = open_vault(tmp_path / "data")
    vault.check()
    assert _items("desktop-app") == []
    vault.save("sandbox", "811111111111", {"refresh_token": "rt-" + secrets.token_hex(8)})
    try:
        assert _items("desktop-app") == ["sandbox/811111111111", "sandbox/current"]
    finally:
        vault.delete("sandbox")
    assert _items("desktop-app") == []


_PROBE = """
import json, sys, time
from pathlib import Path
from desktop_app.core.errors import VaultError
from desktop_app.core.vault import open_vault

vault = open_vault(Path(sys.argv[1]), timeout=5.0)
outcomes = {}
for name, operation in [
    ("check", vault.check),
    ("save", lambda: vault.save("sandbox", "811111111111", {"refresh_token": sys.argv[2]})),
    ("load", lambda: vault.load_current("sandbox")),
]:
    started = time.monotonic()
    try:
        operation()
        outcome = "ok"
    except VaultError as exc:
        outcome = type(exc).__name__
    outcomes[name] = [outcome, time.monotonic() - started]
print(json.dumps(outcomes))
"""


def _probe_env(tmp_path: Path, **overrides: str) -> dict[str, str]:
    home = tmp_path / "home"
    for sub in ("", ".config", ".local/share", "run"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    (home / "run").chmod(0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(REPO),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_RUNTIME_DIR": str(home / "run"),
    }
    env.update(overrides)
    return env


def _run_probe(command_prefix: list[str], env: dict[str, str], data_dir: Path, secret: str) -> dict[str, list[object]]:
    completed = subprocess.run(
        [*command_prefix, sys.executable, "-c", _PROBE, str(data_dir), secret],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    outcomes: dict[str, list[object]] = json.loads(completed.stdout.strip().splitlines()[-1])
    assert secret not in completed.stdout + completed.stderr
    return outcomes


def _dead_socket(tmp_path: Path) -> Path:
    """A socket file nobody listens on: what a crashed session bus leaves behind."""
    path = tmp_path / "dead-bus.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.bind(str(path))
    return path


@pytest.mark.parametrize("explicit_backend", [True, False], ids=["PYTHON_KEYRING_BACKEND", "auto-detected"])
@pytest.mark.parametrize("bus", ["dead-socket", "missing-socket"])
def test_no_session_bus_fails_fast_and_writes_nothing(tmp_path: Path, explicit_backend: bool, bus: str) -> None:
    bus_path = _dead_socket(tmp_path) if bus == "dead-socket" else tmp_path / "no-such.sock"
    overrides = {"DBUS_SESSION_BUS_ADDRESS": f"unix:path={bus_path}"}
    if explicit_backend:
        overrides["PYTHON_KEYRING_BACKEND"] = SECRET_SERVICE_BACKEND
    env = _probe_env(tmp_path, **overrides)
    secret = "rt-" + secrets.token_hex(16)
    data_dir = tmp_path / "data"

    outcomes = _run_probe([], env, data_dir, secret)

    for name, (outcome, seconds) in outcomes.items():
        assert outcome in {"VaultUnavailable", "VaultLocked"}, (name, outcome)
        assert isinstance(seconds, float) and seconds < 2.0, (name, seconds)
    assert not data_dir.exists()
    assert secret.encode() not in _disk_bytes(tmp_path)


@pytest.mark.skipif(shutil.which("dbus-run-session") is None, reason="needs dbus-run-session (tools/system-deps.sh)")
def test_locked_keyring_without_prompt_is_locked_and_fast(tmp_path: Path) -> None:
    """A session bus whose Secret Service is started locked and cannot show its unlock prompt (no display)."""
    env = _probe_env(tmp_path, PYTHON_KEYRING_BACKEND=SECRET_SERVICE_BACKEND)
    secret = "rt-" + secrets.token_hex(16)
    data_dir = tmp_path / "data"

    outcomes = _run_probe(["dbus-run-session", "--"], env, data_dir, secret)

    for name, (outcome, seconds) in outcomes.items():
        assert outcome in {"VaultLocked", "VaultUnavailable"}, (name, outcome)
        assert isinstance(seconds, float) and seconds < 5.0, (name, seconds)
    assert not data_dir.exists()
    assert secret.encode() not in _disk_bytes(tmp_path)
