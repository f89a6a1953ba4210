"""The command line end to end: login, status --json, logout against the real sandbox, keyring and browser agent."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime

import keyring
import pytest

from tests.support.isolation import free_port_pair
from tests.support.real_world import AppHome, subprocess_env

pytestmark = pytest.mark.integration


def cli(app_home: AppHome, *args: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        env=subprocess_env(app_home, **env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def browser_runs(app_home: AppHome) -> list[dict[str, object]]:
    if not app_home.browser_log.exists():
        return []
    return [json.loads(line) for line in app_home.browser_log.read_text(encoding="utf-8").splitlines() if line]


def practitioners() -> list[str]:
    from desktop_app.sandbox.data import PRACTITIONERS

    return [p.subject_name_id for p in PRACTITIONERS]


def test_login_status_logout(app_home: AppHome, sandbox: object) -> None:
    chosen = practitioners()[1]
    before = cli(app_home, "status", "--json")
    assert before.returncode == 0, before.stderr
    assert json.loads(before.stdout)["signed_in"] is False

    login = cli(app_home, "login", SCRIPTED_BROWSER_PRACTITIONER=chosen, SCRIPTED_BROWSER_MODE="CARD")
    assert login.returncode == 0, login.stderr
    assert "Connecté" in login.stdout
    assert chosen in login.stdout
    assert "Traceback" not in login.stderr
    runs = browser_runs(app_home)
    assert "Vous pouvez revenir à l'application" in str(runs[-1]["text"])

    status = cli(app_home, "status", "--json")
    assert status.returncode == 0, status.stderr
    doc = json.loads(status.stdout)
    assert doc["environment"] == "sandbox"
    assert doc["signed_in"] is True
    assert doc["subject_name_id"] == chosen
    assert doc["given_name"] and doc["family_name"]
    assert doc["auth_mode"] == "CARD"
    now = datetime.now(UTC)
    access = datetime.fromisoformat(doc["access_token_expires_at"].replace("Z", "+00:00"))
    refresh = datetime.fromisoformat(doc["refresh_token_expires_at"].replace("Z", "+00:00"))
    assert 0 < (access - now).total_seconds() <= 120
    assert 1000 < (refresh - now).total_seconds() <= 1800
    assert "eyJ" not in status.stdout  # never a token

    logout = cli(app_home, "logout")
    assert logout.returncode == 0, logout.stderr
    assert "révoqué" in logout.stdout
    assert "session du fournisseur d'identité terminée" in logout.stdout
    assert "déconnecté" in str(browser_runs(app_home)[-1]["text"]).lower()

    after = cli(app_home, "status", "--json")
    assert json.loads(after.stdout)["signed_in"] is False
    assert keyring.get_password("desktop-app", "sandbox/current") is None
    assert keyring.get_password("desktop-app", f"sandbox/{chosen}") is None


def test_cancel_in_the_browser_is_a_clear_error(app_home: AppHome, sandbox: object) -> None:
    result = cli(app_home, "login", SCRIPTED_BROWSER_ACTION="cancel")
    assert result.returncode == 1
    assert "annulée" in result.stderr.lower()
    assert "Traceback" not in result.stderr
    assert json.loads(cli(app_home, "status", "--json").stdout)["signed_in"] is False


def test_closed_tab_times_out_cleanly(app_home: AppHome, sandbox: object) -> None:
    result = cli(app_home, "login", "--timeout", "3", SCRIPTED_BROWSER_ACTION="close")
    assert result.returncode == 1
    assert "[auth.timeout]" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_browser_prints_the_url(app_home: AppHome, sandbox: object) -> None:
    result = cli(app_home, "login", "--no-browser", "--timeout", "2")
    assert result.returncode == 1  # nobody opened it
    assert "http://127.0.0.1:" in result.stderr and "code_challenge=" in result.stderr
    assert browser_runs(app_home) == []


def test_status_when_not_signed_in_and_unknown_environment(app_home: AppHome) -> None:
    plain = cli(app_home, "status")
    assert plain.returncode == 0
    assert "Non connecté" in plain.stdout
    unknown = cli(app_home, "--env", "ghost", "status")
    assert unknown.returncode == 2
    assert "ghost" in unknown.stderr
    assert "Traceback" not in unknown.stderr


def test_identity_provider_down_is_a_clear_error(app_home: AppHome, tmp_path: object) -> None:
    port = free_port_pair()  # nothing listens there
    config = app_home.home / "down.toml"
    config.write_text(
        f'[environments.down]\nissuer = "https://127.0.0.1:{port}/auth/realms/esante-wallet"\nclient_id = "x"\n',
        encoding="utf-8",
    )
    result = cli(app_home, "--config", str(config), "--env", "down", "login", "--timeout", "5")
    assert result.returncode == 1
    assert "[network.unreachable]" in result.stderr
    assert "Traceback" not in result.stderr


def test_busy_sandbox_port_is_a_clear_error(app_home: AppHome) -> None:
    import socket

    port = free_port_pair()
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", port))
        squatter.listen()
        result = cli(app_home, "login", "--timeout", "5", DESKTOP_APP_SANDBOX_PORT=str(port))
    assert result.returncode == 1
    assert "[sandbox.port_busy]" in result.stderr
    assert f"le port {port} est déjà utilisé" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_keyring_is_a_clear_error_and_nothing_is_written_in_clear(app_home: AppHome, sandbox: object) -> None:
    no_bus = {"DBUS_SESSION_BUS_ADDRESS": f"unix:path={app_home.root}/no-such-bus"}
    login = cli(app_home, "login", **no_bus)
    assert login.returncode == 1
    assert "n'a pas pu être enregistrée dans le trousseau système" in login.stderr
    assert "Aucun trousseau système n'est disponible" in login.stderr
    assert "Traceback" not in login.stderr
    status = cli(app_home, "status", "--json", **no_bus)
    assert status.returncode == 1
    assert "[vault.unavailable]" in status.stderr and "Traceback" not in status.stderr
    for path in app_home.home.rglob("*"):
        if path.is_file():
            assert b"eyJ" not in path.read_bytes(), f"a token reached {path}"


def test_a_proxy_environment_says_it_is_not_available_yet(app_home: AppHome) -> None:
    config = app_home.home / "proxy.toml"
    config.write_text('[environments.edc]\nmode = "proxy"\nproxy_url = "https://127.0.0.1:9/"\n', encoding="utf-8")
    result = cli(app_home, "--config", str(config), "--env", "edc", "login")
    assert result.returncode == 2
    assert "Proxy e-Santé" in result.stderr and "[config.proxy_unavailable]" in result.stderr
