"""`desktop-app call` end to end in subprocesses: the real sandbox, keyring, browser agent, .p12 and soft card
(SoftHSM through OpenSSL's pkcs11-provider), and sign-in with tls_client_auth."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.sandbox import SandboxHandle
from tests.support.real_world import AppHome, sandbox_secrets_config, subprocess_env

pytestmark = pytest.mark.integration

SESSION_DATA = json.dumps(
    {"nationalId": "899700218896", "clientID": "desktop-app", "proxy_session_id": "p-1", "session_state": "s-1"}
)


def cli(app_home: AppHome, config: Path, *args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--config", str(config), *args],
        env=subprocess_env(app_home),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        stdin=subprocess.DEVNULL,
        start_new_session=True,  # no controlling terminal: a prompt would be « cancelled », never a hang
    )


@pytest.fixture
def config(app_home: AppHome, sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch) -> Path:
    return sandbox_secrets_config(app_home, sandbox, monkeypatch)


def signed_in(app_home: AppHome, config: Path) -> None:
    login = cli(app_home, config, "login")
    assert login.returncode == 0, login.stderr


@pytest.mark.parametrize("credential", ["sandbox-structure", "sandbox-card"])
def test_call_prints_the_signed_data_for_both_cnf_encodings(
    app_home: AppHome, config: Path, sandbox: SandboxHandle, credential: str
) -> None:
    signed_in(app_home, config)
    for api in ("sign", "sign-ans"):
        result = cli(
            app_home, config, "call", "--api", api, "--credential", credential, "POST", "/signsessiondata",
            "--json", SESSION_DATA,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        signed = json.loads(result.stdout)
        assert isinstance(signed, dict) and signed
        assert "Traceback" not in result.stderr and result.stderr == ""
    stats = sandbox.stats()
    assert stats.total_exchanges == 2 and stats.api_calls == 2 and stats.api_unauthorized == 0


def test_data_from_a_file_and_the_default_api(app_home: AppHome, config: Path, tmp_path: Path) -> None:
    signed_in(app_home, config)
    body = tmp_path / "session.json"
    body.write_text(SESSION_DATA, encoding="utf-8")
    result = cli(app_home, config, "call", "POST", "/signsessiondata", "--data", f"@{body}")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)


def test_not_found_exits_1_with_a_clear_line(app_home: AppHome, config: Path) -> None:
    signed_in(app_home, config)
    result = cli(app_home, config, "call", "--api", "sign", "GET", "/nowhere")
    assert result.returncode == 1
    assert "404" in result.stderr and "[api.not_found]" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_a_refused_token_exits_1_after_one_new_exchange(
    app_home: AppHome, sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An API whose resource server does not accept the target AS's tokens (here: PSC's userinfo)."""
    urls = sandbox.urls
    extra = (
        "[environments.sandbox.apis.wrong]\n"
        f'token_exchange_url = "{urls["token_exchange"]}"\n'
        f'base_url = "{urls["issuer"]}/"\n'
        'scope = "signsessiondata"\nsubject_issuer = "psc"\n'
    )
    config = sandbox_secrets_config(app_home, sandbox, monkeypatch, extra)
    signed_in(app_home, config)
    result = cli(app_home, config, "call", "--api", "wrong", "GET", "/protocol/openid-connect/userinfo")
    assert result.returncode == 1, result.stderr
    assert "[api.unauthorized]" in result.stderr and "401" in result.stderr
    assert sandbox.stats().total_exchanges == 2  # the token was exchanged again once, then the client gave up


def test_not_signed_in_exits_3(app_home: AppHome, config: Path, sandbox: SandboxHandle) -> None:
    result = cli(app_home, config, "call", "--api", "sign", "GET", "/practitioner")
    assert result.returncode == 3
    assert "[session.sign_in_required]" in result.stderr
    assert sandbox.stats().total_exchanges == 0


def test_usage_errors_exit_2(app_home: AppHome, config: Path) -> None:
    bad_json = cli(app_home, config, "call", "POST", "/signsessiondata", "--json", "{nope")
    assert bad_json.returncode == 2 and "--json" in bad_json.stderr
    unknown = cli(app_home, config, "call", "--api", "ghost", "GET", "/x")
    assert unknown.returncode == 2 and "[api.unknown]" in unknown.stderr and "sign, sign-ans" in unknown.stderr
    outside = cli(app_home, config, "call", "GET", "https://example.org/steal")
    assert outside.returncode == 2 and "[api.bad_url]" in outside.stderr


def test_sign_in_with_tls_client_auth_then_call(
    app_home: AppHome, sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    """RFC 8705 §2 at PSC: client `desktop-app-mtls` authenticates with the structure's certificate."""
    extra = '[environments.sandbox]\nclient_id = "desktop-app-mtls"\nclient_auth = "tls_client_auth"\n'
    config = sandbox_secrets_config(app_home, sandbox, monkeypatch, extra)
    signed_in(app_home, config)
    status = cli(app_home, config, "status", "--json")
    assert json.loads(status.stdout)["signed_in"] is True
    result = cli(app_home, config, "call", "--api", "sign", "POST", "/signsessiondata", "--json", SESSION_DATA)
    assert result.returncode == 0, result.stderr
    assert sandbox.stats().token_exchanges == {"desktop-app-mtls": 1}
    logout = cli(app_home, config, "logout", "--no-browser")
    assert logout.returncode == 0, logout.stderr
    assert "révoqué" in logout.stdout  # the revocation went over mTLS too


def test_card_without_its_pin_fails_cleanly(app_home: AppHome, sandbox: SandboxHandle, tmp_path: Path) -> None:
    """No pin_env and no terminal: « cancelled », not a hang, and never a guessed PIN."""
    bare = tmp_path / "bare.toml"
    bare.write_text("", encoding="utf-8")
    login = cli(app_home, bare, "login")
    assert login.returncode == 0, login.stderr
    result = cli(app_home, bare, "call", "--credential", "sandbox-card", "GET", "/practitioner", timeout=60)
    assert result.returncode == 1
    assert "[credential.cancelled]" in result.stderr and "Traceback" not in result.stderr
