"""After a full session, no token, code, verifier or refresh token is anywhere but the keyring.

A whole session runs with verbose logging (the most a support engineer would ask for): sign-in through the
scripted browser, refresh, a restart that resumes from the keyring, sign-out. Every secret value the app
handled is collected, then searched for in every file under the test HOME (config, cache, logs, vault blobs,
Qt settings), in the captured stdout/stderr and in every log record. The CLI variant checks its output too.
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.app import build_services, read_config
from desktop_app.core.auth import code_flow
from desktop_app.core.logging_setup import setup_logging
from desktop_app.core.paths import AppPaths
from desktop_app.sandbox import SANDBOX_CARD_PIN, SANDBOX_P12_PASSWORD, SandboxHandle
from tests.support.real_world import AppHome, sandbox_secrets_config, subprocess_env

pytestmark = pytest.mark.integration


def files_containing(root: Path, secrets: set[str]) -> list[tuple[str, str]]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for secret in secrets:
                if secret.encode() in data:
                    hits.append((str(path), secret[:6] + "…"))
    return hits


def test_full_session_leaves_no_secret_behind(
    app_home: AppHome,
    sandbox_factory: object,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    sandbox_factory(access_token_ttl=3)  # type: ignore[operator]
    paths = AppPaths.default()
    setup_logging(paths.log_dir, verbose=True)
    secrets: set[str] = set()

    real_exchange = code_flow.exchange_code

    def recording_exchange(*args: object, **kwargs: object) -> dict[str, object]:
        secrets.add(str(kwargs["code"]))
        secrets.add(kwargs["request"].pkce.verifier)  # type: ignore[attr-defined]
        body = real_exchange(*args, **kwargs)  # type: ignore[arg-type]
        secrets.update(str(body[k]) for k in ("access_token", "refresh_token", "id_token") if body.get(k))
        return body

    monkeypatch.setattr(code_flow, "exchange_code", recording_exchange)
    svc = build_services(read_config(None, paths), "sandbox", paths)
    attempt = svc.auth.begin_sign_in()
    attempt.wait()
    svc.auth.refresh()
    tokens = svc.session.current_tokens()
    assert tokens is not None
    secrets.update({tokens.access_token, tokens.refresh_token or "", tokens.id_token})
    svc.close()

    restarted = build_services(read_config(None, paths), "sandbox", paths)
    restarted.session.resume()
    restarted.auth.refresh()
    tokens = restarted.session.current_tokens()
    assert tokens is not None
    secrets.update({tokens.access_token, tokens.refresh_token or "", tokens.id_token})
    restarted.auth.sign_out()
    restarted.close()

    secrets.discard("")
    assert len(secrets) >= 8  # code, verifier, 3 access, 3 refresh, id tokens…
    for handler in logging.getLogger("desktop_app").handlers:
        handler.flush()
    assert paths.log_dir.is_relative_to(app_home.home)
    assert any(paths.log_dir.iterdir()), "the log file should exist (and be scanned)"
    assert files_containing(app_home.home, secrets) == []
    out, err = capfd.readouterr()
    for secret in secrets:
        assert secret not in out and secret not in err
    messages = "\n".join(record.getMessage() for record in caplog.records)
    for secret in secrets:
        assert secret not in messages, "a log record carries a secret before redaction"


def test_cli_outputs_never_carry_tokens(app_home: AppHome, sandbox: object) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop_app", "-v", *args],
            env=subprocess_env(app_home),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    outputs = [run("login"), run("status", "--json"), run("status"), run("logout")]
    assert [o.returncode for o in outputs] == [0, 0, 0, 0], [o.stderr for o in outputs]
    for output in outputs:
        text = output.stdout + output.stderr
        assert "eyJ" not in text  # no JWT (access/ID token)
        assert "refresh_token=" not in text and "code=" not in text.replace("code_challenge", "")
    log_files = list(app_home.home.rglob("desktop-app.log"))
    assert log_files and "eyJ" not in log_files[0].read_text(encoding="utf-8")


def test_api_calls_leave_no_password_pin_or_api_token_behind(
    app_home: AppHome,
    sandbox: SandboxHandle,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A call session with verbose logging — .p12 in-process (both APIs, a forced re-exchange), the soft card in a
    CLI subprocess with -v — then the .p12 password, the card PIN and every API token are searched for."""
    caplog.set_level(logging.DEBUG)
    config = sandbox_secrets_config(app_home, sandbox, monkeypatch)
    paths = AppPaths.default()
    setup_logging(paths.log_dir, verbose=True)
    svc = build_services(read_config(str(config), paths), "sandbox", paths)
    svc.auth.begin_sign_in().wait()
    api_tokens: set[str] = set()
    body = {"nationalId": "899700218896", "clientID": "desktop-app", "proxy_session_id": "", "session_state": ""}
    for name in ("sign", "sign-ans"):
        api = svc.api.api(name)
        api_tokens.add(
            svc.api.call(api, svc.credential(), "POST", "/signsessiondata", json_body=body).token.access_token
        )
        api_tokens.add(svc.exchanger.token(api, svc.credential(), force=True).access_token)
    svc.auth.sign_out(end_idp_session=False)
    svc.close()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop_app", "-v", "--config", str(config), *args],
            env=subprocess_env(app_home),
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )

    card = [run("login"), run("call", "--credential", "sandbox-card", "GET", "/practitioner"), run("logout")]
    assert [r.returncode for r in card] == [0, 0, 0], [r.stderr[-2000:] for r in card]

    assert len(api_tokens) == 4
    password, pin = SANDBOX_P12_PASSWORD, SANDBOX_CARD_PIN
    for handler in logging.getLogger("desktop_app").handlers:
        handler.flush()
    assert files_containing(app_home.home, api_tokens | {password}) == []
    pin_alone = re.compile(rb"(?<![0-9A-Za-z])" + re.escape(pin.encode()) + rb"(?![0-9A-Za-z])")
    config_text = config.read_bytes()
    for path in app_home.home.rglob("*"):
        if path.is_file() and path != config:
            data = path.read_bytes()
            assert not pin_alone.search(data), f"the card PIN reached {path}"
            assert b"PRIVATE KEY" not in data, f"a private key reached {path}"
    assert pin.encode() not in config_text and password.encode() not in config_text  # only the variables' names
    out, err = capfd.readouterr()
    texts = [out, err] + [r.stdout + r.stderr for r in card]
    texts.append("\n".join(record.getMessage() for record in caplog.records))
    for text in texts:
        for secret in (*api_tokens, password):
            assert secret not in text
        assert not pin_alone.search(text.encode())
    for result in card:
        assert "eyJ" not in result.stderr  # the subprocess's API and PSC tokens (JWTs) are not in its verbose log
    log_files = list(app_home.home.rglob("desktop-app.log"))
    assert log_files and "eyJ" not in log_files[0].read_text(encoding="utf-8")
