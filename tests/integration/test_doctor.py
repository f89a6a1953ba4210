"""`desktop-app doctor` against the real sandbox: all green when the set-up is right, and a wrong CA bundle or an
expired certificate reported on a line of its own."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop_app.sandbox import SandboxHandle
from tests.support.real_world import AppHome, sandbox_secrets_config, structure_p12, subprocess_env

pytestmark = pytest.mark.integration


def doctor(app_home: AppHome, config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--config", str(config), "doctor"],
        env=subprocess_env(app_home),
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )


def lines(result: subprocess.CompletedProcess[str], mark: str) -> list[str]:
    return [line for line in result.stdout.splitlines() if line.startswith(mark)]


def test_the_sandbox_passes(app_home: AppHome, sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch) -> None:
    result = doctor(app_home, sandbox_secrets_config(app_home, sandbox, monkeypatch))
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines(result, "✘") == []
    ok = "\n".join(lines(result, "✔"))
    port = sandbox.settings.port
    for origin in (port, port + 2, port + 3):  # PSC, the target AS, the sample API
        assert f"https://127.0.0.1:{origin}" in ok
    assert "sandbox-structure" in ok and "CPS-BAC-A-SABLE" in ok
    assert ok.count("✔") >= 12, result.stdout  # config, DNS, 3×TLS, clock, keyring, certificate ×3, mTLS, card
    assert "Traceback" not in result.stderr


def test_a_wrong_ca_bundle_is_reported(
    app_home: AppHome, sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    stranger = tmp_path / "other-ca.pem"
    stranger.write_bytes(_self_signed("Some other CA").public_bytes(serialization.Encoding.PEM))
    extra = f'[environments.sandbox]\nca_bundle = "{stranger}"\n'
    result = doctor(app_home, sandbox_secrets_config(app_home, sandbox, monkeypatch, extra))
    assert result.returncode == 1
    failures = lines(result, "✘")
    assert len([line for line in failures if "https://127.0.0.1:" in line]) >= 3, result.stdout
    assert all("Traceback" not in line for line in failures)


def test_an_unreadable_ca_bundle_is_a_configuration_error(app_home: AppHome, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate", encoding="utf-8")
    config = tmp_path / "c.toml"
    config.write_text(f'[environments.sandbox]\nca_bundle = "{garbage}"\n', encoding="utf-8")
    result = doctor(app_home, config)
    assert result.returncode == 2
    assert "[config.ca_bundle]" in result.stderr and str(garbage) in result.stderr


def test_an_expired_certificate_is_reported(
    app_home: AppHome, sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    expired = structure_p12(sandbox, tmp_path / "expired.p12", not_after=dt.datetime.now(dt.UTC) - dt.timedelta(days=2))
    config = sandbox_secrets_config(app_home, sandbox, monkeypatch)
    text = config.read_text(encoding="utf-8")
    original = text.split('path = "', 1)[1].split('"', 1)[0]
    config.write_text(text.replace(original, str(expired), 1), encoding="utf-8")
    result = doctor(app_home, config)
    assert result.returncode == 1
    failures = "\n".join(lines(result, "✘"))
    assert "sandbox-structure" in failures and "[credential.expired]" in failures, result.stdout


def _self_signed(name: str) -> x509.Certificate:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
