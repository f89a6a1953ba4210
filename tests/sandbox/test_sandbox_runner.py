"""The runner: start/stop, ports, reuse detection, persistence, key rotation, state on disk, the foreground command."""

from __future__ import annotations

import logging
import os
import signal
import socket
import ssl
import stat
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from joserfc import jws

from desktop_app.sandbox import PORTS_USED, SandboxError, SandboxSettings, is_running, start_in_thread
from tests.sandbox.conftest import StartSandbox, free_port_run
from tests.sandbox.mtls_tester import client, exchange_form, structure_certificate
from tests.sandbox.oidc_tester import NURSE, OidcTester

pytestmark = pytest.mark.integration


def kid_of(token: str) -> str:
    return str(jws.extract_compact(token.encode()).protected["kid"])


def test_key_rotation_publishes_current_and_previous(start_sandbox: StartSandbox) -> None:
    handle = start_sandbox()
    with OidcTester(handle) as psc:
        before = psc.sign_in()
        old_kid = kid_of(before["access_token"])
        new_kid = handle.rotate_signing_key()
        assert new_kid != old_kid
        assert [key.kid for key in psc.jwks()] == [new_kid, old_kid]
        after = psc.sign_in()
        assert kid_of(after["access_token"]) == kid_of(after["id_token"]) == new_kid
        assert psc.userinfo(before["access_token"]).status_code == 200  # still verifiable: previous key
        refreshed = psc.refresh(before["refresh_token"]).json()
        assert kid_of(refreshed["id_token"]) == new_kid
        newest = handle.rotate_signing_key()
        assert [key.kid for key in psc.jwks()] == [newest, new_kid]  # the oldest is no longer published
        assert psc.userinfo(before["access_token"]).status_code == 401


def test_state_persists_across_restarts_on_the_same_folder(start_sandbox: StartSandbox, tmp_path: Path) -> None:
    state = tmp_path / "shared-state"
    first = start_sandbox(state)
    with OidcTester(first) as psc:
        tokens = psc.sign_in(practitioner=NURSE)
        jwks_before = psc.back.get(psc.urls["jwks"]).json()
    port = first.settings.port
    first.stop()
    second = start_sandbox(state, port=port)  # another process would do just this
    with OidcTester(second) as psc:
        assert psc.back.get(psc.urls["jwks"]).json() == jwks_before
        assert psc.userinfo(tokens["access_token"]).json()["SubjectNameID"] == NURSE
        refreshed = psc.refresh(tokens["refresh_token"])
        assert refreshed.status_code == 200, refreshed.text
        logout = psc.wallet.get(psc.urls["end_session"], params={"id_token_hint": refreshed.json()["id_token"]})
        assert "Vous êtes déconnecté" in logout.text
        assert psc.refresh(refreshed.json()["refresh_token"]).json()["error"] == "invalid_grant"


def test_second_start_is_fast_and_reuses_the_pki(start_sandbox: StartSandbox, tmp_path: Path) -> None:
    state = tmp_path / "state"
    start_sandbox(state).stop()
    files = {p: p.read_bytes() for p in (state / "pki").iterdir()}
    began = time.perf_counter()
    handle = start_sandbox(state)
    elapsed = time.perf_counter() - began
    assert elapsed < 1.0, elapsed
    assert {p: p.read_bytes() for p in (state / "pki").iterdir()} == files
    assert is_running(handle.settings)


def test_busy_ports_are_a_clear_error(start_sandbox: StartSandbox, tmp_path: Path) -> None:
    running = start_sandbox()
    port = running.settings.port
    for busy in (port, port - 1, port - 3):  # the back channel, the wallet on busy + 1, the API on busy + 3
        with pytest.raises(SandboxError) as caught:
            start_in_thread(SandboxSettings(state_dir=tmp_path / "other", port=busy))
        assert caught.value.code == "sandbox.port_busy"
        assert "déjà utilisé" in str(caught.value)
        # the first busy port of the run is named: ours, or (rarely) a neighbour some other socket holds meanwhile
        assert caught.value.params["port"] in range(busy, busy + 4)
    assert is_running(running.settings)  # the failed starts left the running one alone


def test_stop_is_idempotent_and_frees_the_ports(start_sandbox: StartSandbox) -> None:
    handle = start_sandbox()
    settings = handle.settings
    assert is_running(settings) and handle.running
    began = time.perf_counter()
    handle.stop()
    assert time.perf_counter() - began < 1.0
    handle.stop()
    assert not handle.running and not is_running(settings)
    for port in range(settings.port, settings.port + PORTS_USED):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", port))


def test_is_running_needs_our_ca(start_sandbox: StartSandbox, tmp_path: Path) -> None:
    handle = start_sandbox()
    start_sandbox(tmp_path / "elsewhere").stop()  # another PKI
    foreign = SandboxSettings(state_dir=tmp_path / "elsewhere", port=handle.settings.port)
    assert is_running(handle.settings)
    assert not is_running(foreign)
    assert not is_running(SandboxSettings(state_dir=tmp_path / "nothing", port=handle.settings.port))


def test_loopback_only(tmp_path: Path) -> None:
    with pytest.raises(SandboxError) as caught:
        start_in_thread(SandboxSettings(state_dir=tmp_path, host="0.0.0.0", port=0))
    assert caught.value.code == "sandbox.host_not_loopback"


def test_no_bearer_secret_on_disk_and_private_files(
    start_sandbox: StartSandbox, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.INFO, logger="desktop_app.sandbox")
    handle = start_sandbox()
    with OidcTester(handle) as psc, client(handle, structure_certificate(handle, tmp_path / "client")) as mtls:
        login = psc.authorize(psc.new_login())
        code = login.code
        tokens = psc.exchange(login).json()
        refreshed = psc.refresh(tokens["refresh_token"]).json()
        exchanged = mtls.post(handle.urls["token_exchange"], data=exchange_form(refreshed["access_token"])).json()
        api_token = exchanged["access_token"]
        called = mtls.get(handle.urls["api"] + "practitioner", headers={"Authorization": f"Bearer {api_token}"})
        assert called.status_code == 200
    secrets_issued = [
        code,
        tokens["access_token"],
        tokens["refresh_token"],
        refreshed["refresh_token"],
        refreshed["access_token"],
        api_token,
    ]
    state = handle.settings.state_dir
    handle.stop()
    files = [p for p in state.rglob("*") if p.is_file()]
    assert files
    for path in files:
        content = path.read_bytes()
        for secret in secrets_issued:
            assert secret.encode() not in content, path
    private = [
        *state.glob("signing/*.pem"),
        *state.glob("target/*/signing/*.pem"),
        *state.glob("api/signing/*.pem"),
        *state.glob("pki/*.key.pem"),
        state / "pki" / "org-auth-cli.p12",
        state / "psc.sqlite3",
    ]
    assert len(private) >= 10
    for path in private:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    access_lines = [r.getMessage() for r in caplog.records if r.name == "desktop_app.sandbox.access"]
    assert any("/auth" in line for line in access_lines) and any("/token" in line for line in access_lines)
    assert any(line.startswith("as POST /realms/signsessiondata/") for line in access_lines)
    assert "api GET /practitioner 200" in access_lines
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "?" not in "\n".join(access_lines) and code not in logged
    assert all(secret not in logged for secret in secrets_issued)


def test_foreground_command_prints_in_french_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    port = free_port_run(PORTS_USED)
    code = (
        "import sys\nfrom desktop_app.sandbox import SandboxSettings, run_foreground\n"
        f"sys.exit(run_foreground(SandboxSettings(state_dir={str(tmp_path / 'fg')!r}, port={port})))\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ)
    )
    assert process.stdout is not None
    lines = []
    for line in process.stdout:
        lines.append(line)
        if "Ctrl+C" in line:
            break
    banner = "".join(lines)
    assert "Bac à sable Pro Santé Connect démarré" in banner
    assert f"https://127.0.0.1:{port}/auth/realms/esante-wallet" in banner
    assert "899700001011" in banner and "Pharmacien" in banner and "desktop-app" in banner
    assert f"https://127.0.0.1:{port + 2}/realms/signsessiondata/protocol/openid-connect/token" in banner
    assert f"https://127.0.0.1:{port + 3}/" in banner and "signsessiondata-ans" in banner
    assert str(tmp_path / "fg" / "pki" / "org-auth-cli.p12") in banner and "« bac-a-sable »" in banner
    assert "« CPS-BAC-A-SABLE »" in banner and "« 1234 »" in banner
    assert "tls_client_auth" in banner
    context = ssl.create_default_context(cafile=str(tmp_path / "fg" / "pki" / "ca-bundle.pem"))
    discovery = f"https://127.0.0.1:{port}/auth/realms/esante-wallet/.well-known/openid-configuration"
    assert httpx.get(discovery + "?probe=1", verify=context).status_code == 200
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=15)
    assert process.returncode == 0, err
    assert "GET /auth/realms/esante-wallet/.well-known/openid-configuration 200" in out  # the path, no query
    assert "probe=1" not in out
    assert "Bac à sable arrêté" in out
    assert "Traceback" not in err
