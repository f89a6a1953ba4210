"""What the sandbox is told (``SandboxSettings``) and what it tells the client (``describe``, URLs).

Everything here is path and URL arithmetic, with no I/O: the app's composition root calls ``describe()`` at
start-up to build its ``[environments.sandbox]`` table before any sandbox runs, and the runner, the pages and
the discovery document all derive their URLs from the same place so they can never disagree.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, fields
from pathlib import Path

#: PSC's Keycloak realm (the sandbox keeps the real path so the client's URL handling is exercised).
REALM_PATH = "/auth/realms/esante-wallet"
OIDC_PATH = REALM_PATH + "/protocol/openid-connect"
#: The public client the desktop app uses against the sandbox.
DESKTOP_CLIENT_ID = "desktop-app"


@dataclass(frozen=True)
class SandboxSettings:
    """Where the sandbox keeps its state, where it listens, and the PSC lifetimes it enforces (seconds).

    ``port`` is the HTTPS back channel; the browser-facing "wallet" pages listen on ``port + 1`` in plain
    HTTP (a real browser then shows no certificate warning). ``port = 0`` lets the runner pick a free pair;
    the handle's ``settings`` then carries the real port.
    """

    state_dir: Path
    host: str = "127.0.0.1"
    port: int = 18443
    access_token_ttl: int = 120
    refresh_token_ttl: int = 1800
    session_max: int = 4 * 3600
    session_idle: int = 1800
    code_ttl: int = 60

    def __post_init__(self) -> None:
        object.__setattr__(self, "state_dir", Path(self.state_dir))
        if not 0 <= self.port <= 65534:
            raise ValueError(f"port must be in 0..65534 (the wallet uses port + 1), got {self.port}")
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

    @classmethod
    def from_settings(cls, settings: SandboxSettings) -> SandboxUrls:
        back = f"https://{_netloc(settings.host, settings.port)}"
        wallet = f"http://{_netloc(settings.host, settings.port + 1)}"
        issuer = back + REALM_PATH
        oidc = back + OIDC_PATH
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
        )

    def as_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def pki_dir(settings: SandboxSettings) -> Path:
    return settings.state_dir / "pki"


def ca_bundle_path(settings: SandboxSettings) -> Path:
    """The trust anchor a client needs: the test root CA only (servers send leaf + intermediate)."""
    return pki_dir(settings) / "ca-bundle.pem"


def describe(settings: SandboxSettings) -> dict[str, object]:
    """The sandbox as keys of the client's ``[environments.sandbox]`` table (no I/O: path arithmetic only)."""
    return {
        "issuer": SandboxUrls.from_settings(settings).issuer,
        "client_id": DESKTOP_CLIENT_ID,
        "client_auth": "none",
        "ca_bundle": str(ca_bundle_path(settings)),
        "scope": "openid scope_all",
        "acr_values": "eidas1",
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
