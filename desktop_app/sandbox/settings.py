"""What the sandbox is told (``SandboxSettings``) and what it tells the client (``describe``, URLs).

Everything here is path and URL arithmetic, with no I/O: the app's composition root calls ``describe()`` and
``describe_credentials()`` at start-up to build its ``[environments.sandbox]`` and ``[credentials]`` tables
before any sandbox runs, and the runner, the pages and the discovery documents all derive their URLs from the
same place so they can never disagree.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, fields
from pathlib import Path

from desktop_app.sandbox.softhsm import CARD_KEY_LABEL, CARD_TOKEN_LABEL, softhsm_conf_path, softhsm_module

#: PSC's Keycloak realm (the sandbox keeps the real path so the client's URL handling is exercised).
REALM_PATH = "/auth/realms/esante-wallet"
OIDC_PATH = REALM_PATH + "/protocol/openid-connect"
#: The public client the desktop app uses against the sandbox.
DESKTOP_CLIENT_ID = "desktop-app"
#: Published TEST password of the structure's .p12 (printed by ``desktop-app sandbox``, documented): not a secret.
SANDBOX_P12_PASSWORD = "bac-a-sable"
#: The target authorization server's realms (Keycloak-like paths) and the cnf encoding of the API tokens each
#: issues: RFC 8705 §3.1, or ANS's Keycloak mapper variant (standard base64 of the lowercase hex SHA-256).
TARGET_REALMS = {"signsessiondata": "rfc8705", "signsessiondata-ans": "ans-hex"}
API_SCOPE = "signsessiondata"
API_AUDIENCE = "sandbox-api"
#: Keycloak's legacy token exchange names the external identity provider by its alias (ANS uses "psc").
SUBJECT_ISSUER = "psc"
STRUCTURE_CREDENTIAL = "sandbox-structure"
CARD_CREDENTIAL = "sandbox-card"


@dataclass(frozen=True)
class SandboxSettings:
    """Where the sandbox keeps its state, where it listens, and the PSC lifetimes it enforces (seconds).

    ``port`` is the HTTPS back channel; the browser-facing "wallet" pages listen on ``port + 1`` in plain
    HTTP (a real browser then shows no certificate warning); the target authorization server on ``port + 2``
    and the sample API on ``port + 3`` (both HTTPS with a client certificate required). ``port = 0`` lets the
    runner pick a free run of ports; the handle's ``settings`` then carries the real port.
    """

    state_dir: Path
    host: str = "127.0.0.1"
    port: int = 18443
    access_token_ttl: int = 120
    refresh_token_ttl: int = 1800
    session_max: int = 4 * 3600
    session_idle: int = 1800
    code_ttl: int = 60
    #: Lifetime of the target authorization server's API tokens (the IG says 1 h).
    api_token_ttl: int = 3600

    def __post_init__(self) -> None:
        object.__setattr__(self, "state_dir", Path(self.state_dir))
        if not 0 <= self.port <= 65535 - 3:
            raise ValueError(f"port must be in 0..65532 (the sandbox uses port to port + 3), got {self.port}")
        for f in fields(self):
            if f.name.endswith(("_ttl", "_max", "_idle")) and getattr(self, f.name) <= 0:
                raise ValueError(f"{f.name} must be a positive number of seconds")


@dataclass(frozen=True)
class SandboxUrls:
    """Every public URL of the PSC look-alike, derived from the settings."""

    issuer: str
    discovery: str
    wallet_discovery: str
    jwks: str
    token: str
    userinfo: str
    introspection: str
    revocation: str
    wallet: str
    authorization: str
    end_session: str
    token_exchange: str
    token_exchange_ans: str
    api: str

    @classmethod
    def from_settings(cls, settings: SandboxSettings) -> SandboxUrls:
        back = f"https://{_netloc(settings.host, settings.port)}"
        wallet = f"http://{_netloc(settings.host, settings.port + 1)}"
        issuer = back + REALM_PATH
        oidc = back + OIDC_PATH
        realms = list(TARGET_REALMS)
        return cls(
            issuer=issuer,
            discovery=issuer + "/.well-known/openid-configuration",
            wallet_discovery=issuer + "/.well-known/wallet-openid-configuration",
            jwks=oidc + "/certs",
            token=oidc + "/token",
            userinfo=oidc + "/userinfo",
            introspection=oidc + "/token/introspect",
            revocation=oidc + "/revoke",
            wallet=wallet,
            authorization=wallet + "/auth",
            end_session=wallet + OIDC_PATH + "/logout",
            token_exchange=realm_url(settings, realms[0]) + "/protocol/openid-connect/token",
            token_exchange_ans=realm_url(settings, realms[1]) + "/protocol/openid-connect/token",
            api=f"https://{_netloc(settings.host, settings.port + 3)}/",
        )

    def as_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def pki_dir(settings: SandboxSettings) -> Path:
    return settings.state_dir / "pki"


def ca_bundle_path(settings: SandboxSettings) -> Path:
    """The trust anchor a client needs: the test root CA only (servers send leaf + intermediate)."""
    return pki_dir(settings) / "ca-bundle.pem"


def structure_p12_path(settings: SandboxSettings) -> Path:
    """The structure's « ORG AUTH_CLI » certificate and key, protected by ``SANDBOX_P12_PASSWORD``."""
    return pki_dir(settings) / "org-auth-cli.p12"


def softhsm_conf(settings: SandboxSettings) -> Path:
    """The ``SOFTHSM2_CONF`` file of the sandbox card, in the state folder (written when the card is created)."""
    return softhsm_conf_path(settings.state_dir)


def realm_url(settings: SandboxSettings, realm: str) -> str:
    """A realm of the target authorization server: its issuer (Keycloak layout, no ``/auth`` prefix)."""
    return f"https://{_netloc(settings.host, settings.port + 2)}/realms/{realm}"


def describe_environments(settings: SandboxSettings) -> dict[str, dict[str, object]]:
    """Every environment the sandbox serves, by name, as ``[environments.NAME]`` tables (no I/O)."""
    return {"sandbox": describe(settings)}


def describe(settings: SandboxSettings) -> dict[str, object]:
    """The sandbox as keys of the client's ``[environments.sandbox]`` table (no I/O: path arithmetic only)."""
    urls = SandboxUrls.from_settings(settings)
    return {
        "issuer": urls.issuer,
        "client_id": DESKTOP_CLIENT_ID,
        "client_auth": "none",
        "ca_bundle": str(ca_bundle_path(settings)),
        "scope": "openid scope_all",
        "acr_values": "eidas1",
        "credential": STRUCTURE_CREDENTIAL,
        "apis": {
            name: {
                "token_exchange_url": realm_url(settings, realm) + "/protocol/openid-connect/token",
                "base_url": urls.api,
                "scope": API_SCOPE,
                "cnf_encoding": encoding,
                "subject_issuer": SUBJECT_ISSUER,
                "audience": API_AUDIENCE,
            }
            for name, (realm, encoding) in zip(("sign", "sign-ans"), TARGET_REALMS.items(), strict=True)
        },
    }


def describe_credentials(settings: SandboxSettings) -> dict[str, dict[str, object]]:
    """The sandbox's credentials as entries of the client's ``[credentials]`` table (no I/O but a few ``stat``).

    The structure's .p12 password and the card's PIN are published test values (``SANDBOX_P12_PASSWORD``,
    ``SANDBOX_CARD_PIN``): the client asks them like any other, so its prompts are exercised too.
    """
    return {
        STRUCTURE_CREDENTIAL: {"type": "pkcs12", "path": str(structure_p12_path(settings)), "password_env": ""},
        CARD_CREDENTIAL: {
            "type": "pkcs11",
            "module": softhsm_module(),
            "token_label": CARD_TOKEN_LABEL,
            "key_label": CARD_KEY_LABEL,
            "signature_scheme": "pkcs1",  # like a CPS3 card, which cannot sign RSA-PSS
        },
    }


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _netloc(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
