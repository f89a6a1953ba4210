"""How the app authenticates to the token endpoint (RFC 6749 §2.3, RFC 8705 §2).

- ``none``: a public client sends only ``client_id`` (RFC 6749 §2.1; the loopback flow then relies on PKCE).
- ``client_secret_basic`` / ``client_secret_post`` (RFC 6749 §2.3.1): for the sandbox and BAS experiments only —
  a desktop binary must never embed a client secret, so the secret comes from an environment variable at use time.
- ``tls_client_auth`` (RFC 8705 §2.1.1): the proof is the client certificate of the mTLS connection; the body
  carries ``client_id`` (Keycloak requires it). The certificate itself is wired by the TLS layer.

authlib's :class:`~authlib.oauth2.auth.ClientAuth` applies the method; we register the two it lacks or gets
slightly wrong (authlib's Basic encoder skips §2.3.1's form-urlencoding of id and secret).
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable
from typing import Any
from urllib.parse import quote_plus

from authlib.common.urls import add_params_to_qs
from authlib.oauth2.auth import ClientAuth

from desktop_app.core.errors import ConfigError

SecretProvider = Callable[[], str]


Encoded = tuple[str, dict[str, str], str]


def _encode_basic(client: Any, method: str, uri: str, headers: dict[str, str], body: str) -> Encoded:
    """RFC 6749 §2.3.1: id and secret are form-urlencoded, then joined with ':' and base64-encoded."""
    pair = f"{quote_plus(client.client_id)}:{quote_plus(client.client_secret or '')}"
    headers["Authorization"] = "Basic " + base64.b64encode(pair.encode("utf-8")).decode("ascii")
    return uri, headers, body


def _encode_client_id_only(client: Any, method: str, uri: str, headers: dict[str, str], body: str) -> Encoded:
    """RFC 8705 §2.1.1 (and public clients, RFC 6749 §2.1): only ``client_id`` travels in the body."""
    return uri, headers, add_params_to_qs(body or "", [("client_id", client.client_id)])


class ClientAuthenticator:
    """Applies the configured client authentication to a form-encoded request body and headers."""

    def __init__(self, client_id: str, method: str, secret_provider: SecretProvider | None = None) -> None:
        self.client_id = client_id
        self.method = method
        self._secret_provider = secret_provider

    @property
    def uses_mtls(self) -> bool:
        return self.method == "tls_client_auth"

    def apply(self, body: str, headers: dict[str, str]) -> str:
        """Returns the body with the client's credentials added (headers are updated in place)."""
        secret = ""
        if self.method in ("client_secret_basic", "client_secret_post"):
            if self._secret_provider is None:
                raise ConfigError(f"client_auth {self.method} needs a client secret", code="config.no_client_secret")
            secret = self._secret_provider()
        encoders = {
            "client_secret_basic": _encode_basic,
            "client_secret_post": "client_secret_post",
            "none": _encode_client_id_only,
            "tls_client_auth": _encode_client_id_only,
        }
        auth = ClientAuth(self.client_id, secret, encoders[self.method])
        _, new_headers, new_body = auth.prepare("POST", "", headers, body)
        headers.update(new_headers)
        return str(new_body)


def secret_from_env(variable: str) -> SecretProvider:
    """A provider reading the secret from the environment variable named in the configuration."""

    def provide() -> str:
        value = os.environ.get(variable, "")
        if not variable or not value:
            raise ConfigError(
                f"the client secret variable {variable or '(client_secret_env)'} is not set",
                code="config.no_client_secret",
                variable=variable,
            )
        return value

    return provide
