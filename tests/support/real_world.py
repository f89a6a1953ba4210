"""Real components for integration tests: the sandbox over HTTPS, the Secret Service keyring, a scripted browser.

A pytest plugin, loaded by tests/conftest.py.

Each test gets its own HOME / XDG directories (so the app's files, caches and logs are the test's), its own
sandbox on free ports with its state OUTSIDE that HOME (it is the server side), and the scripted user agent as
the ``BROWSER`` program. The keyring is the real gnome-keyring of the private D-Bus session that
``tools/keyring-session.sh`` (``make test``) provides.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.sandbox import SandboxHandle, SandboxSettings, start_in_thread
from tests.support.isolation import browser_wrapper, free_port_pair, isolated_home

__all__ = [
    "CARD_PIN_ENV",
    "P12_PASSWORD_ENV",
    "AppHome",
    "app_home",
    "free_port_pair",
    "sandbox",
    "sandbox_factory",
    "sandbox_secrets_config",
    "structure_p12",
    "subprocess_env",
]

#: Environment variables through which tests give the sandbox's published test password and PIN (no prompt).
P12_PASSWORD_ENV = "DESKTOP_APP_TEST_P12_PASSWORD"
CARD_PIN_ENV = "DESKTOP_APP_TEST_CARD_PIN"


@dataclass
class AppHome:
    """The isolated world one test's app lives in."""

    root: Path
    env: dict[str, str]
    browser_log: Path

    @property
    def home(self) -> Path:
        return self.root / "home"


@pytest.fixture
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppHome:
    root = tmp_path / "app"
    env = isolated_home(root)
    wrapper = browser_wrapper(tmp_path / "bin" / "scripted-browser")
    browser_log = tmp_path / "browser.jsonl"
    env.update({"BROWSER": str(wrapper), "SCRIPTED_BROWSER_LOG": str(browser_log), "DESKTOP_APP_LANG": "fr"})
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("DESKTOP_APP_CONFIG", raising=False)
    monkeypatch.delenv("SOFTHSM2_CONF", raising=False)  # the app points it at the sandbox card of THIS test
    return AppHome(root=root, env=env, browser_log=browser_log)


@pytest.fixture
def sandbox_factory(tmp_path: Path, app_home: AppHome, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Start a sandbox with chosen lifetimes; the app (in-process or a CLI subprocess) finds and reuses it."""
    handles: list[SandboxHandle] = []
    state_dir = tmp_path / "sandbox-state"

    def start(**lifetimes: int) -> SandboxHandle:
        handle = start_in_thread(SandboxSettings(state_dir=state_dir, port=0, **lifetimes))  # port 0: free ports
        port = str(handle.settings.port)
        for key, value in (("DESKTOP_APP_SANDBOX_PORT", port), ("DESKTOP_APP_SANDBOX_DIR", str(state_dir))):
            monkeypatch.setenv(key, value)
            app_home.env[key] = value
        handles.append(handle)
        return handle

    yield start
    for handle in handles:
        handle.stop()


@pytest.fixture
def sandbox(sandbox_factory: object) -> SandboxHandle:
    return sandbox_factory()  # type: ignore[operator]


def subprocess_env(app_home: AppHome, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(app_home.env)
    env.update(extra)
    return env


def sandbox_secrets_config(
    app_home: AppHome, handle: SandboxHandle, monkeypatch: pytest.MonkeyPatch, extra: str = ""
) -> Path:
    """A configuration file whose sandbox credentials read the published test password and PIN from
    environment variables (set in ``app_home.env``), so that nothing prompts; ``extra`` TOML is appended."""
    from desktop_app.sandbox import SANDBOX_CARD_PIN, SANDBOX_P12_PASSWORD, describe_credentials

    secrets = {"sandbox-structure": ("password_env", P12_PASSWORD_ENV), "sandbox-card": ("pin_env", CARD_PIN_ENV)}
    lines = []
    for name, table in describe_credentials(handle.settings).items():
        lines.append(f"[credentials.{name}]")
        values = {**table, secrets[name][0]: secrets[name][1]}
        lines += [f"{key} = {json.dumps(value)}" for key, value in values.items()]
    for key, value in ((P12_PASSWORD_ENV, SANDBOX_P12_PASSWORD), (CARD_PIN_ENV, SANDBOX_CARD_PIN)):
        app_home.env[key] = value
        monkeypatch.setenv(key, value)
    path = app_home.home / "secrets-by-env.toml"
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


def structure_p12(handle: SandboxHandle, path: Path, *, not_after: dt.datetime | None = None) -> Path:
    """Another « ORG AUTH_CLI » certificate for the sandbox's structure: same subject DN, new key, issued by the
    sandbox's CA (what an IGC Santé renewal delivers), in a .p12 with the published test password. ``not_after``
    in the past makes an expired one."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12

    from desktop_app.sandbox import SANDBOX_P12_PASSWORD, describe_credentials
    from desktop_app.sandbox.pki import PkiPaths

    password = SANDBOX_P12_PASSWORD.encode()
    current = Path(str(describe_credentials(handle.settings)["sandbox-structure"]["path"]))
    _key, old, _chain = pkcs12.load_key_and_certificates(current.read_bytes(), password)
    assert old is not None
    pki = PkiPaths(handle.settings.state_dir / "pki")
    ca = x509.load_pem_x509_certificate(pki.intermediate_cert.read_bytes())
    ca_key = serialization.load_pem_private_key(pki.intermediate_key.read_bytes(), None)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    end = not_after or dt.datetime.now(dt.UTC) + dt.timedelta(days=365)
    builder = (
        x509.CertificateBuilder()
        .subject_name(old.subject)
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(min(end, dt.datetime.now(dt.UTC)) - dt.timedelta(days=30))
        .not_valid_after(end)
    )
    for extension in old.extensions:
        if extension.oid not in (x509.SubjectKeyIdentifier.oid, x509.AuthorityKeyIdentifier.oid):
            builder = builder.add_extension(extension.value, extension.critical)
    cert = builder.sign(ca_key, hashes.SHA256())  # type: ignore[arg-type]
    encryption = serialization.BestAvailableEncryption(password)
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"structure", key, cert, [ca], encryption))
    return path
